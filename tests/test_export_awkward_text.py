"""Text that a format cannot hold raw: control characters, line wraps, line separators.

Real input carries them: PDF conversion wraps lines inside names and sentences, Word writes
VT for a manual line break, damaged files leave C0 controls. Every format must still be
written, readable by its parser, and show the text a reader of the speech would.
"""

from __future__ import annotations

import io
import json

import openpyxl
import pytest
import regex

import actions
from actions.cli import main
from actions.export import FORMATS, export
from actions.export.common import one_line, safe_label
from actions.export.xlsx import HEADER_ROW, cell_text
from actions.io.jsonio import to_json
from export_support import OPTIONS, csv_rows, ics_todos, item_rows

# A decision with a control character, a Word line break (VT) and an owner name wrapped over
# two lines, as converted files give them.
AWKWARD = "同志们：\n今天召开会议。\n一、整改要求\n各部门要按照统一部署，在9月30日前完成\x01整改\x0b工作，由市城\n管局牵头负责。\n"
TASK = "各部门要按照统一部署，在9月30日前完成 整改工作，由市城管局牵头负责"


@pytest.fixture(scope="module")
def document():
    return actions.extract(AWKWARD, reference_date="2026-03-01")


def test_the_awkward_text_gives_one_item_with_owner_and_deadline(document):
    # The exports below only mean something if the control characters reach them.
    [item] = document.items
    assert "\x01" in item.text and "\x0b" in item.text
    assert [(owner.name, owner.role) for owner in item.owners] == [("各部门", "responsible"), ("市城\n管局", "lead")]
    assert item.deadline.due.isoformat() == "2026-09-30"


@pytest.mark.parametrize("format_name", sorted(FORMATS))
def test_every_format_is_written_and_keeps_the_item(document, format_name):
    assert item_rows(format_name, export(document, format_name, OPTIONS)) == 1


def test_one_line_joins_wraps_in_chinese_text_and_drops_controls():
    assert one_line("市城\n管局") == "市城管局"
    assert one_line("9月\r\n30日前") == "9月30日前"
    assert one_line("完成\x0b整改") == "完成整改"  # Word's manual line break
    assert one_line("共计\n500万元") == "共计500万元"
    assert one_line("see\nthe plan") == "see the plan"  # between Latin words a wrap is a space
    assert one_line("第一是 抓重点") == "第一是 抓重点"  # a space someone wrote stays
    assert one_line("完成\x01整改") == "完成 整改"
    assert one_line("a\x85b\u2028c") == "a b c"


def test_table_cells_show_names_and_deadlines_unwrapped(document):
    rows = csv_rows(export(document, "csv"))
    assert rows[0]["牵头单位"] == "市城管局"
    assert rows[0]["工作任务"] == TASK


def test_xlsx_escapes_what_ooxml_cannot_hold_and_excel_reads_it_back():
    raw = "要\x01完成 _x0041_ 和\ufffe"
    escaped = cell_text(raw)
    assert escaped == "要_x0001_完成 _x005F_x0041_ 和_xFFFE_"
    # Excel decodes every _xHHHH_ back to its character (ECMA-376 ST_Xstring).
    assert regex.sub(r"_x([0-9A-Fa-f]{4})_", lambda m: chr(int(m.group(1), 16)), escaped) == raw


def test_xlsx_with_a_control_character_in_the_source_name_opens(document):
    named = document.model_copy(update={"source": document.source.model_copy(update={"name": "会议\x02纪要"})})
    workbook = openpyxl.load_workbook(io.BytesIO(export(named, "xlsx", OPTIONS)))
    sheet = workbook.active
    assert "会议_x0002_纪要" in sheet.cell(2, 1).value
    assert sheet.cell(HEADER_ROW + 1, 3).value == TASK


def test_ics_holds_no_control_character_and_parses(document):
    data = export(document, "ics", OPTIONS)
    assert not regex.search(rb"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]|\r(?!\n)|(?<!\r)\n", data)
    [todo] = [todo for todo in ics_todos(data) if "-item-" in str(todo["UID"])]
    assert str(todo["SUMMARY"]) == TASK
    assert "市城管局" in [str(category) for category in todo["CATEGORIES"].cats]


def test_labels_hold_no_control_character():
    assert safe_label("市\x1f城管局") == "市_城管局"
    assert safe_label("各\x85部门") == "各_部门"


def test_json_lines_stay_one_line_for_line_splitting_readers(document):
    data = export(document, "jsonl").decode("utf-8")
    assert len(data.splitlines()) == 1  # str.splitlines breaks at U+2028 and NEL; raw ones would split the record
    assert json.loads(data)["text"] == document.items[0].text
    assert to_json({"a": "x\x85y\u2028z\u2029"}, indent=False) == b'{"a":"x\\u0085y\\u2028z\\u2029"}'


def test_cli_exports_a_file_with_control_characters_to_xlsx(tmp_path, capsys):
    source = tmp_path / "纪要.txt"
    source.write_text(AWKWARD, encoding="utf-8")
    out = tmp_path / "任务.xlsx"
    assert main(["export", str(source), "--to", "xlsx", "--date", "2026-03-01", "-o", str(out)]) == 0
    sheet = openpyxl.load_workbook(out).active
    assert sheet.cell(HEADER_ROW + 1, 4).value == "市城管局"
