"""Sentences and clauses of the view, with spans."""

from actions.text.segment import clauses, sentences


def test_sentences_split_at_end_punctuation_and_lines():
    view = "一是加强领导，二是落实责任。要高度重视！\n请安委办起草；好"
    got = [view[s.start:s.end] for s in sentences(view)]
    assert got == ["一是加强领导，二是落实责任", "要高度重视", "请安委办起草", "好"]


def test_clauses_split_at_comma_and_colon_with_offsets():
    view = "各部门要做到：一是加强领导，二是落实责任。"
    parts = clauses(view, 0, len(view) - 1)
    assert [view[p.start:p.end] for p in parts] == ["各部门要做到", "一是加强领导", "二是落实责任"]
    assert parts[1].start == view.index("一是")


def test_blank_pieces_are_dropped():
    assert sentences("。。\n\n  ") == []
