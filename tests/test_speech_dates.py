"""A text of several speeches (第X篇): each finds its own meeting date in its own head or signature,
and the Document says which date each item was resolved against."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import actions
from actions.export import ExportOptions, export
from actions.present.table import meeting_date_note, render_table

SPEECHES = Path(__file__).resolve().parents[1] / "fixtures" / "speeches"
# The seed file as given: the five speeches one after another (第一篇 … 第五篇).
SEED = "".join((SPEECHES / f"speech-{number}.txt").read_text(encoding="utf-8") for number in range(1, 6))


def test_the_seed_file_resolves_speech_5_against_its_own_date():
    document = actions.extract(SEED)
    assert [speech.reference_date for speech in document.speeches] == [None, None, None, None, dt.date(2012, 3, 9)]
    fifth = document.speeches[-1]
    assert SEED[slice(*fifth.reference_date_span)] == "2012年3月9日"
    assert document.reference_date is None  # the speeches do not share one date
    inside = [item for item in document.items if fifth.span[0] <= item.span[0] < fifth.span[1]]
    assert inside and all(item.reference_date == dt.date(2012, 3, 9) for item in inside)
    dated = {item.deadline.text: item.deadline.due for item in inside if item.deadline}
    assert dated["首季度"] == dt.date(2012, 3, 31)
    # …the same dates as speech 5 read alone.
    alone = actions.extract((SPEECHES / "speech-5.txt").read_text(encoding="utf-8"))
    assert {item.deadline.text: item.deadline.due for item in alone.items if item.deadline} == dated
    # The other speeches state no date: nothing relative is guessed for them.
    before = [item for item in document.items if item.span[0] < fifth.span[0]]
    assert all(item.reference_date is None for item in before)
    assert all(item.deadline.due is None for item in before if item.deadline and item.deadline.text == "本月20号前")


def test_each_speech_finds_its_date_in_its_own_head_or_signature():
    text = ("第一篇：全县安全生产会议讲话\n（2013年4月2日）\n各乡镇要在本月20号前上报方案。\n"
            "第二篇：全县防汛工作会议讲话\n各部门要在月底前完成排查。\n县防汛指挥部\n2013年6月5日\n")
    document = actions.extract(text)
    assert [speech.reference_date for speech in document.speeches] == [dt.date(2013, 4, 2), dt.date(2013, 6, 5)]
    assert [(item.reference_date, item.deadline.due) for item in document.items] == [
        (dt.date(2013, 4, 2), dt.date(2013, 4, 20)), (dt.date(2013, 6, 5), dt.date(2013, 6, 30))]
    assert "第一篇 2013-04-02（文中）；第二篇 2013-06-05（文中）" in meeting_date_note(document)


def test_a_date_given_is_the_date_of_every_speech():
    document = actions.extract(SEED, "2012-05-10")
    assert document.reference_date == dt.date(2012, 5, 10) and document.reference_date_source == "argument"
    assert {speech.reference_date for speech in document.speeches} == {dt.date(2012, 5, 10)}
    assert meeting_date_note(document) == ""


def test_a_single_speech_document_is_written_as_before():
    document = actions.extract("一、加强领导\n各部门要在6月底前制定方案。", "2012-05-10")
    assert document.speeches == [] and document.items[0].reference_date is None
    dumped = document.model_dump(mode="json")
    assert "speeches" not in dumped and "reference_date" not in dumped["items"][0]


def test_without_a_meeting_date_the_table_says_so_once_and_points_to_the_option():
    document = actions.extract("一、加强领导\n各部门要在6月底前制定方案，本月20号前上报。")
    out = io.StringIO()
    render_table(document, file=out)
    printed = out.getvalue()
    assert printed.count("--date") == 1 and "会议日期未知" in printed


def test_without_a_meeting_date_the_exports_say_so():
    document = actions.extract("一、加强领导\n各部门要在6月底前制定方案。")
    assert "会议日期：未知" in export(document, "markdown")
    assert "截止日期（会议日期未知的，用 --date 指定）" in export(document, "csv").decode("utf-8-sig").splitlines()[0]
    for name in ("jira-csv", "github", "ics"):
        written = export(document, name, ExportOptions(project="OPS"))
        written = written.decode("utf-8") if isinstance(written, bytes) else written
        assert "会议日期未知" in written, name
    dated = actions.extract("一、加强领导\n各部门要在6月底前制定方案。", "2012-05-10")
    assert "会议日期未知" not in export(dated, "markdown") and "会议日期未知" not in export(dated, "csv").decode("utf-8-sig")
