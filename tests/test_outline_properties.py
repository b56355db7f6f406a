"""Properties of the outline on any text: it never raises, spans index the text, markers are
where their spans say, children lie inside their parent, and ordinals inside a list go up."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from actions import parse_outline
from actions.outline.build import build_outline

# Pieces speeches are made of: markers of every family, false markers, page numbers, noise.
PIECES = [
    "一、", "二、", "十二、", "（一）", "(二)", "（三）", "1、", "2、", "1.", "2．", "3.5亿", "（1）", "(2)", "①", "②",
    "第一篇：", "第二篇:", "一是", "二是", "二是是", "三是", "一要", "二要", "第一，", "第二是", "第三", "第一点，",
    "第一个", "首先，", "其次，", "再则，", "最后，", "最后期限", "一方面，", "另一方面，", "一个是", "第一年", "第一批",
    "第一时间", "一是一、二是二", "三个方面", "一百多天", "2012年3月", "讲三个方面。", "我提几点要求：", "突出四加。",
    "加强领导", "抓好落实", "全力推进", "，", "。", "：", "；", "\n", " 7 ", "　", "要", "是", "的", "（", "）",
]


def _check(text: str) -> None:
    outline = parse_outline(text)
    for node in outline.walk():
        start, end = node.span
        assert 0 <= start <= end <= len(text)
        marker_start, marker_end = node.marker_span
        assert start == marker_start < marker_end <= end
        assert text[marker_start:marker_end] == node.marker
        assert marker_end <= node.title_span[0] <= node.title_span[1] <= len(text)
        assert text[node.title_span[0]:node.title_span[1]] == node.title
        assert node.ordinal >= 1
        previous = None
        for child in node.children:
            assert start <= child.span[0] <= child.span[1] <= end
            assert child.level == node.level + 1
            if previous is not None:
                assert previous.span[1] <= child.span[0]
                # inside one list ordinals go up; a second list beside it starts again at 1 or 2
                assert child.ordinal > previous.ordinal or child.ordinal <= 2
            previous = child
    roots = outline.nodes
    assert all(root.level == 1 for root in roots)
    for left, right in zip(roots, roots[1:]):
        assert left.span[1] <= right.span[0]


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=300))
def test_any_text(text):
    _check(text)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=60))
def test_marker_rich_text(pieces):
    _check("".join(pieces))


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=40))
def test_view_spans_index_the_view(pieces):
    view = "".join(pieces)
    for root in build_outline(view):
        for node in root.walk():
            assert view[node.marker_span[0] : node.marker_span[1]] == node.marker


def test_many_markers_in_a_row_stay_bounded():
    outline = parse_outline("一是，二是，" * 20_000)
    assert max(node.level for node in outline.walk()) <= 8
    outline = parse_outline("1、加强\n" * 20_000)
    assert sum(1 for _ in outline.walk()) >= 1
