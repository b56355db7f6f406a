"""The normalised view keeps a way back to every original offset."""

from __future__ import annotations

from hypothesis import given, strategies as st

from actions.text.normalize import normalize


def test_page_number_between_chinese_characters_is_removed():
    norm = normalize("今年市里抓了两个典 7 型，一个是桃源")
    assert "典型" in norm.view
    start = norm.view.index("典型")
    assert norm.span_to_original(start, start + 2) == (8, 13)


def test_half_width_punctuation_and_fullwidth_digits_become_canonical():
    norm = normalize("第三,抓安全(一)２０１２年")
    assert norm.view == "第三，抓安全（一）2012年"


def test_spaces_inside_a_bracketed_marker_are_removed():
    assert normalize("（ 一 ）总体要求").view == "（一）总体要求"


def test_crlf_becomes_one_line_break():
    norm = normalize("一、总体\r\n二、要求")
    assert norm.view == "一、总体\n二、要求"
    assert norm.to_original(norm.view.index("二")) == 6


@given(st.text())
def test_every_view_character_comes_from_the_same_original_character_class(text):
    norm = normalize(text)
    for index in range(len(norm.view)):
        start, end = norm.span_to_original(index, index + 1)
        assert 0 <= start < end <= len(text)
        assert end - start == 1


@given(st.text(alphabet=st.sampled_from("一二三 7 典型，。\n（）(),:0１")))
def test_view_offsets_map_monotonically(text):
    norm = normalize(text)
    mapped = [norm.to_original(i) for i in range(len(norm.view) + 1)]
    assert mapped == sorted(mapped)
    assert all(0 <= m <= len(text) for m in mapped)
