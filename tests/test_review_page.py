"""The review page as HTML (no browser): highlights, escaping, counts, what was not read, the command."""

from __future__ import annotations

import html
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import actions
from actions.cli import main
from actions.models import Owner
from actions.review.marks import Highlight, marked_html
from actions.review.page import build_page, not_read, page_parts
from conftest import SPEECHES_DIR, speech_text

TAG = re.compile(r"<[^>]*>")


def plain(markup: str) -> str:
    """The text of HTML markup as a parser gives it (tags dropped, references read)."""
    return html.unescape(TAG.sub("", markup))


def test_every_item_is_one_highlight_with_rule_and_confidence():
    text = speech_text(1)
    document = actions.extract(text, "2012-05-10")
    markup = page_parts(document, text)["text"]
    marks = re.findall(r'<mark id="item-([^"]+)" class="item (task|directive)[^"]*" data-item="\1" title="([^"]*)">', markup)
    assert [(mark[0], mark[1]) for mark in marks] == [(item.id, item.kind) for item in document.items]
    first = document.items[0]
    assert f"规则 {first.rule} · 置信度 {first.confidence:.2f}" in html.unescape(marks[0][2])
    assert plain(markup) == text


def test_owner_and_deadline_marks_sit_inside_the_text_they_name():
    text = "一、各县市区政府要在6月底前完成隐患排查整治。\n"
    document = actions.extract(text, "2012-05-10")
    markup = page_parts(document, text)["text"]
    [item] = document.items
    owner = re.search(rf'<span class="owner responsible" data-items="{item.id}" title="([^"]*)">([^<]*)</span>', markup)
    deadline = re.search(rf'<span class="deadline" data-items="{item.id}" title="([^"]*)">([^<]*)</span>', markup)
    assert owner.group(2) == "各县市区政府" and "责任单位" in html.unescape(owner.group(1))
    assert deadline.group(2) == "6月底前" and "截止 2012-06-30" in html.unescape(deadline.group(1))
    assert markup.index("<mark") < owner.start() < deadline.start() < markup.index("</mark>")


def test_crossing_highlights_nest_as_pieces_and_keep_the_text():
    text = "abcdefghij"
    marks = [
        Highlight(1, 6, 0, "mark", (("class", "item"),), "item-A"),
        Highlight(4, 9, 0, "mark", (("class", "item"),), "item-B"),
        Highlight(5, 8, 2, "span", (("class", "owner"),)),
    ]
    markup = marked_html(text, marks)
    assert plain(markup) == text
    assert markup.count('id="item-B"') == 1 and 'data-piece="more"' in markup
    # Proper nesting: every closing tag closes the element opened last.
    stack = []
    for match in re.finditer(r"<(/?)(\w+)", markup):
        if match.group(1):
            assert stack.pop() == match.group(2)
        else:
            stack.append(match.group(2))
    assert not stack


@settings(max_examples=200, deadline=None)
@given(
    st.text(alphabet=st.sampled_from("ab<&>\"'\r\n\x00\ud800要、"), max_size=40),
    st.lists(st.tuples(st.integers(0, 40), st.integers(0, 40), st.integers(0, 4)), max_size=8),
)
def test_any_highlights_keep_every_character(text, spans):
    marks = [Highlight(min(a, b), max(a, b), rank, "span", ()) for a, b, rank in spans]
    markup = marked_html(text, marks)
    expected = text.replace("\x00", "\ufffd").replace("\ud800", "\ufffd")
    assert plain(markup.replace("&#13;", "\r")) == expected
    assert "<script" not in markup and "\r" not in markup


def test_markup_in_the_speech_and_its_name_is_escaped():
    text = '一、各部门要<script>alert(1)</script>在6月底前完成"排查"。\n'
    document = actions.extract(text, "2012-05-10", name='<img src=x onerror="alert(2)">.txt')
    page = build_page(document, text)
    assert "<script>alert" not in page and "<img" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert page.count("<script>") == 1  # the page's own


def test_the_page_loads_nothing():
    text = speech_text(5)
    page = build_page(actions.extract(text), text)
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", page)
    assert "@import" not in page and "url(" not in page
    policy = re.search(r'http-equiv="Content-Security-Policy" content="([^"]*)"', page).group(1)
    assert "default-src &#x27;none&#x27;" in policy and "unsafe-inline" not in policy


def test_counts_and_the_meeting_date_with_where_it_came_from():
    text = speech_text(5)
    document = actions.extract(text)
    summary = page_parts(document, text)["summary"]
    tasks = sum(item.kind == "task" for item in document.items)
    assert f"<b>{len(document.items)}</b> 项" in summary and f"任务 <b>{tasks}</b>" in summary
    assert f"<b>{document.reference_date.isoformat()}</b>" in summary and "文中写明" in summary


def test_what_was_not_read_is_said_plainly():
    document = actions.extract("今年以来，全市经济运行平稳。\n")
    lines = not_read(document)
    assert any(line.startswith("没有找到工作任务") for line in lines)
    assert any(line.startswith("没有会议日期") for line in lines)
    with_date = not_read(actions.extract("一、各部门要在6月底前完成排查。\n", "2012-05-10"))
    assert not any(line.startswith(("没有找到工作任务", "没有会议日期")) for line in with_date)


def test_table_has_the_columns_and_one_row_per_item():
    text = "一、由市住建局牵头，各街道配合，在6月底前完成老旧小区改造方案。\n"
    document = actions.extract(text, "2012-05-10")
    table = page_parts(document, text)["table"]
    assert [plain(cell) for cell in re.findall(r"<th>(.*?)</th>", table)] == ["序号", "工作任务", "牵头单位", "责任单位", "配合单位", "完成时限", "出处"]
    row = re.search(r"<tr class=\"task\".*?</tr>", table).group()
    cells = [plain(cell) for cell in re.findall(r"<td[^>]*>(.*?)</td>", row)]
    assert cells[2] == "市住建局" and cells[4] == "各街道"
    assert "6月底前" in cells[5] and "2012-06-30" in cells[5]
    assert "[" in cells[6] and "·" in cells[6]


def test_an_owner_a_person_named_shows_without_a_mark():
    text = "一、要在6月底前完成排查。\n"
    document = actions.extract(text, "2012-05-10")
    item = document.items[0].model_copy(update={"owners": [Owner(name="县应急局", span=None)], "corrected": ["owners"]})
    document = document.model_copy(update={"items": [item]})
    parts = page_parts(document, text)
    assert "县应急局" in parts["table"] and "unwritten" in parts["table"]
    assert "县应急局" not in parts["text"]


def test_review_command_writes_the_page(tmp_path, capsys):
    out = tmp_path / "review.html"
    assert main(["review", str(SPEECHES_DIR / "speech-5.txt"), "-o", str(out)]) == 0
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and page.count('class="item ') == len(actions.extract(speech_text(5)).items)
    assert main(["review", str(SPEECHES_DIR / "speech-5.txt"), "-o", str(out)]) == 2
    assert "already exists" in capsys.readouterr().err


def test_review_command_shows_a_saved_document_only_for_its_text(tmp_path, capsys):
    saved = tmp_path / "speech-5.json"
    assert main(["extract", str(SPEECHES_DIR / "speech-5.txt"), "--format", "json", "-o", str(saved)]) == 0
    out = tmp_path / "review.html"
    assert main(["review", str(SPEECHES_DIR / "speech-5.txt"), "--document", str(saved), "-o", str(out)]) == 0
    assert main(["review", str(SPEECHES_DIR / "speech-4.txt"), "--document", str(saved)]) == 2
    assert "made from another text" in capsys.readouterr().err


def test_a_text_of_several_speeches_shows_each_speechs_date_and_marks_where_it_is_written():
    text = ("第一篇：全县安全生产会议讲话\n（2013年4月2日）\n各乡镇要在本月20号前上报方案。\n"
            "第二篇：全县防汛工作会议讲话\n各部门要在月底前完成排查。\n")
    document = actions.extract(text)
    assert [speech.reference_date is not None for speech in document.speeches] == [True, False]
    parts = page_parts(document, text)
    assert "第 1 篇 <b>2013-04-02</b>" in parts["summary"] and "第 2 篇 <b>未知</b>" in parts["summary"]
    assert 'data-jump="refdate-1"' in parts["summary"]
    assert '<span id="refdate-1" class="refdate"' in parts["text"] and "2013年4月2日</span>" in parts["text"]
    lines = not_read(document)
    assert any(line.startswith("1 篇讲话没有会议日期") for line in lines)
    assert not any(line.startswith("没有会议日期") for line in lines)
