"""Sentences and clauses of the view, with spans."""

import random
from pathlib import Path

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

import actions
from actions.text.normalize import normalize
from actions.text.segment import _BLANK, CLAUSE_ENDS, CONTEXT_MAX, SENTENCE_ENDS, Segment, clauses, context, sentences


def split(view: str, start: int, end: int, ends: frozenset[str]) -> list[Segment]:
    """The reference: the non-empty pieces of view[start:end] between characters of `ends`, blanks trimmed, by a pattern."""
    stop = regex.escape("".join(sorted(ends)))
    edge = "[^" + stop + regex.escape(_BLANK) + "]"
    piece = regex.compile(edge + "(?:[^" + stop + "]*" + edge + ")?")
    return [Segment(*match.span()) for match in piece.finditer(view, start, end)]


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


def test_a_sentence_within_the_limit_is_the_context():
    text = "各部门要加强领导，落实责任。"
    assert context(text, (0, 13), (7, 12)) == (0, 13)


def test_in_an_overlong_sentence_the_context_is_whole_clauses_around_the_item():
    text = "，".join(f"第{n}项要加强" for n in range(200))
    item = (text.index("第100项"), text.index("第100项") + len("第100项要加强"))
    low, high = context(text, (0, len(text)), item)
    assert low <= item[0] and item[1] <= high
    assert high - low <= CONTEXT_MAX
    assert high - low > CONTEXT_MAX - 2 * len("第100项要加强，")  # not much less than it may be
    assert text[low - 1] == "，" and text[high] == "，"  # cut at clause ends
    assert text[low:high].startswith("第") and text[low:high].endswith("要加强")


def test_an_item_longer_than_the_limit_is_its_own_context():
    text = "要" + "加" * 1000 + "，好" * 300
    assert context(text, (0, len(text)), (0, 1001)) == (0, 1001)


def test_comma_joined_lines_give_every_item_a_bounded_context():
    # One "sentence" of the whole text: with it as every item's context the output was quadratic.
    text = "要加强安全检查，\n" * 2000
    document = actions.extract(text, reference_date="2026-11-27")
    assert len(document.items) == 2000
    for item in document.items:
        low, high = item.sentence_span
        assert text[low:high] == item.sentence
        assert high - low <= CONTEXT_MAX
        assert low <= item.span[0] and item.span[1] <= high
        assert not item.sentence.startswith("\n") and not item.sentence.endswith("\n")


def test_sentences_are_the_pieces_split_gives_at_sentence_ends():
    rng = random.Random(7)
    speeches = sorted((Path(__file__).parents[1] / "fixtures" / "speeches").glob("*.txt"))
    views = [normalize(path.read_text(encoding="utf-8")).view for path in speeches]
    views += ["".join(rng.choice("甲乙。！？；\n \u3000\t\r，") for _ in range(rng.randint(0, 16))) for _ in range(3000)]
    for view in views:
        assert sentences(view) == split(view, 0, len(view), SENTENCE_ENDS), view


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="要加强，：,: \n\u3000", min_size=1, max_size=600), st.data())
def test_context_holds_the_item_inside_its_sentence_within_the_limit(text, data):
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    item_start = data.draw(st.integers(start, end))
    item_end = data.draw(st.integers(item_start, end))
    limit = data.draw(st.integers(1, 200))
    low, high = context(text, (start, end), (item_start, item_end), limit)
    assert start <= low <= item_start <= item_end <= high <= end
    assert high - low <= max(limit, item_end - item_start)


def test_the_sentence_table_reads_as_the_sentences():
    from actions.text.segment import sentence_table

    view = "一、总体要求\n  各部门要抓好落实。 县区要配合！\n\n最后；"
    table = sentence_table(view)
    assert list(table) == sentences(view) and len(table) == len(sentences(view)) == 4
    assert [table[index] for index in range(len(table))] == sentences(view)
    assert list(table.starts) == [segment.start for segment in sentences(view)]
