"""The normalised view keeps a way back to every original offset."""

from __future__ import annotations

import regex
from hypothesis import given, strategies as st

from actions.text.normalize import normalize


def test_page_number_between_chinese_characters_is_removed():
    norm = normalize("今年市里抓了两个典 7 型，一个是桃源")
    assert "典型" in norm.view
    start = norm.view.index("典型")
    assert norm.span_to_original(start, start + 2) == (8, 13)


def test_a_date_spaced_out_by_a_conversion_is_a_date_not_a_page_number():
    text = "要在9 月 30 日前完成，10 月末前上报，5 个工作日内办结"
    norm = normalize(text)
    assert norm.view == "要在9月30日前完成，10月末前上报，5个工作日内办结"
    start = norm.view.index("30")
    assert text[slice(*norm.span_to_original(start, start + 2))] == "30"
    assert normalize("典 7 型").view == "典型"  # a page number between characters still goes


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


# --- noisy input: wrapped lines, page numbers, conversion artefacts -------------------------

from hypothesis import settings  # noqa: E402


def test_a_hard_line_break_inside_a_sentence_is_joined_with_the_offsets_kept():
    text = "下面，根据区长办公会的安排，我先\n讲两点意见。\n一、第一季度经济社会发展情况\n今年以来，全区"
    norm = normalize(text)
    assert norm.view == "下面，根据区长办公会的安排，我先讲两点意见。\n一、第一季度经济社会发展情况\n今年以来，全区"
    start = norm.view.index("我先讲")
    assert norm.span_to_original(start, start + 3) == (text.index("我先"), text.index("讲") + 1)


def test_a_line_that_starts_with_a_marker_is_never_joined():
    for marker in ("二是", "（二）", "2.", "二、", "第二，", "首先", "最后"):
        text = f"各单位要认真落实，\n{marker}加强领导，确保完成"
        assert f"\n{marker}".translate(str.maketrans("(),", "（），")) in normalize(text).view


def test_headings_titles_and_labelled_lines_are_not_joined():
    text = "三、健全完善城市管理运行保障机制\n城市管理要步入良性运转轨道，必须完善保障\n时间：2012年3月9日上午\n地点：市政府"
    assert normalize(text).view.count("\n") == 3
    title = "在全市安全生产工作会议上的讲话\n同志们：\n"
    assert normalize(title).view == title


def test_a_wrapped_heading_keeps_its_tail():
    text = "一、切实提高现代城市管理水平已成为城市发展的迫切\n要求\n城市管理是城市运转的基本保障，是城市发展"
    assert normalize(text).view.startswith("一、切实提高现代城市管理水平已成为城市发展的迫切要求\n城市管理")


def test_page_number_lines_and_form_feeds_are_removed_and_the_sentence_joined():
    text = "我们要加强安全生产工作，确保全年\n- 3 -\n\f目标任务圆满完成。\n第 4 页\n二、下一步"
    norm = normalize(text)
    assert norm.view == "我们要加强安全生产工作，确保全年目标任务圆满完成。\n二、下一步"
    start = norm.view.index("目标")
    assert text[slice(*norm.span_to_original(start, start + 2))] == "目标"


def test_conversion_look_alikes_become_ordinary_characters():
    assert normalize("⼀、总体要求﹐⼆是加强领导︰").view == "一、总体要求，二是加强领导："
    assert normalize("要加强管理.下一步3.5亿元，一.总体").view == "要加强管理。下一步3.5亿元，一.总体"
    assert normalize("落实\u00a0 责任\u200b。").view == "落实责任。"


def test_spaces_inside_arabic_markers_are_removed():
    assert normalize("1 、加强领导\n 2 .落实责任\n3 .5亿").view == "1、加强领导\n2.落实责任\n3 .5亿"  # a decimal is left alone


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(["\n", "一、", "（一）", "一是", "2.", "要", "加强", "，", "。", " 3 ", "- 5 -", "典", "：", "."]), min_size=1).map("".join))
def test_line_starts_with_markers_survive_and_offsets_stay_exact(text):
    norm = normalize(text)
    for index in range(len(norm.view)):
        start, end = norm.span_to_original(index, index + 1)
        assert end - start == 1
    positions = {norm.to_original(i): i for i in range(len(norm.view))}
    for found in regex.finditer(r"(?<=\n)(?:一、|（一）|一是)", text):
        view_index = positions[found.start()]
        assert view_index == 0 or norm.view[view_index - 1] == "\n"


def test_fixed_width_pdf_lines_are_joined_even_without_punctuation():
    paragraph = (
        "各级各部门要充分认识做好安全生产工作的重要性和紧迫性切实把思想和行动统一到市委市政府的决策部署上来"
        "坚持安全第一预防为主综合治理的方针全面落实企业主体责任和部门监管责任确保全市安全生产形势持续稳定好转"
    )
    lines = [paragraph[i : i + 20] for i in range(0, len(paragraph), 20)]
    text = "关于安全生产的讲话\n" + "\n".join(lines) + "\n二、下一步工作\n"
    assert normalize(text).view == "关于安全生产的讲话\n" + paragraph + "\n二、下一步工作\n"
    # The same short lines without a common width are titles, not wraps.
    assert normalize("关于安全生产的讲话\n市长张三\n").view.count("\n") == 2


# --- the start guard of the noise scan ------------------------------------------------------

from pathlib import Path  # noqa: E402

from actions.text import normalize as normalize_module  # noqa: E402

_UNGUARDED_NOISE = regex.compile(normalize_module._NOISE_RUNS, regex.VERBOSE)
_SPEECHES = [path.read_text(encoding="utf-8") for path in sorted(Path(__file__).parents[1].glob("fixtures/speeches/*.txt"))]
_NOISY = [" ", "\u3000", "\t", "\u00a0", "\n", "\r\n", "\f", "\ufeff", "\u200b", "\u00ad", "- 3 -", "—2—", "第 4 页", "第1页 共9页",
          "12/30", " 7 ", "（ 一 ）", "1 、", "2 .5", "典", "型", "，", "。", "(", ")", "：", "a", "5"]


def _noise_runs(pattern, text):
    return [match.span() for match in pattern.finditer(text)]


def test_the_noise_guard_finds_the_same_runs_as_the_bare_alternatives_in_the_speeches():
    for speech in _SPEECHES:
        assert _noise_runs(normalize_module._NOISE, speech) == _noise_runs(_UNGUARDED_NOISE, speech)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_NOISY), max_size=40).map("".join))
def test_the_noise_guard_finds_the_same_runs_as_the_bare_alternatives(text):
    assert _noise_runs(normalize_module._NOISE, text) == _noise_runs(_UNGUARDED_NOISE, text)


def _maps_back(text: str) -> None:
    norm = normalize(text)
    for offset, char in enumerate(norm.view):
        original = text[norm.to_original(offset)]
        assert char == original or original in "<&" or char in "，：；（）？！。 \n", (offset, char, original)


def test_html_line_breaks_and_entities_read_as_what_they_stand_for():
    text = "会议要求，各单位要抓好落<br />实。<br />  一、强化&ldquo;三个责任&rdquo;&nbsp;&nbsp;落实"
    norm = normalize(text)
    assert norm.view == "会议要求，各单位要抓好落实。\n一、强化“三个责任”落实"  # the <br /> inside the sentence was a wrap
    start = norm.view.index("一、")
    assert norm.span_to_original(start, start + 2) == (text.index("一、"), text.index("一、") + 2)
    quote = norm.view.index("“")
    assert text[norm.to_original(quote)] == "&"
    _maps_back(text)
    assert normalize("若 a < b & c 则").view == normalize("若 a < b & c 则").view  # plain < and & stay


def test_a_stray_bullet_or_question_mark_before_a_line_marker_is_deleted():
    for stray in ("?", "？", "•", "●", "|", "- ", " ■ "):
        text = f"会议强调：\n{stray}一、加强领导\n{stray}（二）落实责任\n{stray}3、强化督查"
        view = normalize(text).view
        assert view == "会议强调：\n一、加强领导\n（二）落实责任\n3、强化督查", stray
        _maps_back(text)
    assert normalize("?镇政府召开会议").view == "？镇政府召开会议"  # a lost character elsewhere stays


def test_a_lone_question_mark_ends_a_question_and_a_run_of_them_stays():
    from actions.text.normalize import normalize
    assert normalize("怎么办?要加强领导").view == "怎么办？要加强领导"
    assert normalize("成立小组,???镇长任组长").view == "成立小组，???镇长任组长"
