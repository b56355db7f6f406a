"""Sentences and clauses of the view, with spans."""

import random
from pathlib import Path

from actions.text.normalize import normalize
from actions.text.segment import CLAUSE_ENDS, clauses, sentences, split


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


def test_clauses_are_the_pieces_split_gives_at_comma_and_colon():
    rng = random.Random(5)
    speeches = sorted((Path(__file__).parents[1] / "fixtures" / "speeches").glob("*.txt"))
    views = [normalize(path.read_text(encoding="utf-8")).view for path in speeches]
    views.append("，： 甲 ，\u3000乙\t：：丙，\r丁 ：")
    for view in views:
        spans = [(0, len(view))] + [(start, min(len(view), start + rng.randint(0, 120)))
                                    for start in (rng.randrange(len(view)) for _ in range(500))]
        for start, end in spans:
            assert clauses(view, start, end) == split(view, start, end, CLAUSE_ENDS), (start, end)
