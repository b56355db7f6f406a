"""Each exporter keeps to the documented limits of its target, and no spreadsheet cell is a
formula (OWASP CSV injection)."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest

import actions
from actions.errors import InputError
from actions.export import FORMATS, export, export_files
from actions.models import Document, Item, OutlineNode, Owner, Source
from export_support import OPTIONS, as_text, csv_rows, csv_table, ics_todos, item_rows

ROOT = Path(__file__).resolve().parents[1]
SEED = "".join(path.read_text(encoding="utf-8") for path in sorted((ROOT / "fixtures" / "speeches").glob("speech-*.txt")))
FORMULA = re.compile(r"^[=+\-@\t\r]")

# An invented speech whose sentences start with what a spreadsheet would evaluate.
FORMULA_SPEECH = (
    "关于安全生产的几点要求\n"
    "-各部门要在6月底前完成隐患排查。\n"
    "=SUM(1+1)各乡镇要加强领导。\n"
    "+市住建局要牵头制定方案。\n"
    "@各单位要按月上报进展。\n"
)
TABULAR_CSV = ("csv", "jira-csv", "todoist")


@pytest.fixture(scope="module")
def formula_document() -> Document:
    document = actions.extract(FORMULA_SPEECH, "2012-05-10", name="=cmd|' /C calc'!A0.txt")
    assert [item.text[0] for item in document.items] == ["-", "=", "+", "@"]
    return document


@pytest.mark.parametrize("format_name", TABULAR_CSV)
def test_no_csv_cell_starts_like_a_formula(formula_document, format_name):
    table = csv_table(export(formula_document, format_name, OPTIONS))
    cells = [cell for row in table for cell in row]
    assert not [cell for cell in cells if FORMULA.match(cell)]
    for item in formula_document.items:
        assert "'" + item.text in cells  # the text as written, after the apostrophe that makes it text


def test_xlsx_cells_are_text_with_the_quote_prefix_and_read_as_written(formula_document):
    import openpyxl

    workbook = openpyxl.load_workbook(io.BytesIO(export(formula_document, "xlsx", OPTIONS)))
    cells = [cell for sheet in workbook.worksheets for row in sheet.iter_rows() for cell in row if cell.value is not None]
    assert all(cell.data_type != "f" for cell in cells)
    by_value = {cell.value: cell for cell in cells}
    for item in formula_document.items:
        cell = by_value[item.text]  # exactly the text: no apostrophe shows
        assert cell.data_type == "s" and cell.quotePrefix
    assert not by_value["任务"].quotePrefix  # other text is left as it is


# --- a Document at the edges of every target ----------------------------------------------------

LONG = 70_000


def edge_document() -> Document:
    """Eight nested outline levels with an item in each; long texts, sentences, owners."""
    text_length = 2_000_000
    nodes: list[OutlineNode] = []
    parent_children = nodes
    path: list[str] = []
    items = []
    for level in range(1, 9):
        node_id = ".".join([*path, "1"])
        node = OutlineNode(
            id=node_id, marker=f"{level}.", family="heading_arabic_dot", ordinal=1, level=level,
            marker_span=(level * 10, level * 10 + 2), title="=标题" * 30, span=(level * 10, text_length),
        )
        parent_children.append(node)
        parent_children = node.children
        path = node_id.split(".")
        owners = [Owner(name="+" + "很长的单位名称" * 12 + "局", span=(0, 1)), Owner(name="市住建局, 牵头 单位", role="lead", span=(0, 1))]
        items.append(
            Item(
                id=f"T{level}", text="-" + "各部门要" * (LONG // 4), span=(level * 100, level * 100 + LONG), kind="task",
                outline_path=[".".join(path[: n + 1]) for n in range(len(path))],
                owners=owners, sentence="@" + "句子" * (LONG // 2), sentence_span=(0, 1),
            )
        )
    return Document(source=Source(name="edge.txt", sha256="0" * 64, chars=text_length), outline=nodes, items=items)


@pytest.fixture(scope="module")
def edge() -> Document:
    return edge_document()


def test_csv_keeps_to_excel_cells(edge):
    rows = csv_table(export(edge, "csv", OPTIONS))
    assert max(len(cell) for row in rows for cell in row) <= 32_767
    assert len(rows) == len(edge.items) + 1


def test_xlsx_keeps_to_excel_cells_sheet_names_and_rows(edge, monkeypatch):
    import openpyxl

    from actions.export import xlsx

    workbook = openpyxl.load_workbook(io.BytesIO(export(edge, "xlsx", OPTIONS)))
    assert max(len(str(cell.value)) for sheet in workbook.worksheets for row in sheet.iter_rows() for cell in row if cell.value) <= 32_767
    monkeypatch.setattr(xlsx, "SHEET_ROWS_MAX", xlsx.HEADER_ROW + 3)  # a sheet of three data rows, to see the continuation
    workbook = openpyxl.load_workbook(io.BytesIO(export(edge, "xlsx", OPTIONS)))
    assert [sheet.title for sheet in workbook.worksheets] == ["任务分解表", "任务分解表 (2)", "任务分解表 (3)"]
    assert all(sheet.max_row <= xlsx.HEADER_ROW + 3 for sheet in workbook.worksheets)
    assert item_rows("xlsx", export(edge, "xlsx", OPTIONS)) == len(edge.items)
    long_name = Document(source=Source(name="一" * 40 + "[x]:*?/\\", sha256="0" * 64, chars=1), items=[])
    names = [sheet.title for sheet in openpyxl.load_workbook(io.BytesIO(export([long_name, long_name], "xlsx", OPTIONS))).worksheets]
    assert all(len(name) <= 31 and not set(name) & set("[]:*?/\\") for name in names) and len({n.lower() for n in names}) == 2


def test_jira_csv_keeps_to_jira_fields(edge):
    table = csv_table(export(edge, "jira-csv", OPTIONS))
    header, rows = table[0], table[1:]
    for row in rows:
        assert len(row[header.index("Summary")]) <= 255
        assert len(row[header.index("Description")]) <= 32_767
        assert all(" " not in label for column, label in zip(header, row) if column == "Labels")


def test_jira_json_keeps_to_jira_fields(edge):
    import json

    for body in json.loads(export(edge, "jira-json", OPTIONS)):
        fields = body["fields"]
        assert len(fields["summary"]) <= 255
        text = "".join(node["text"] for block in fields["description"]["content"] for node in _texts(block))
        assert len(text) <= 32_767
        assert all(" " not in label and len(label) <= 255 for label in fields["labels"])


def _texts(node):
    if node.get("type") == "text":
        yield node
    for child in node.get("content", []):
        yield from _texts(child)


def test_github_keeps_to_github_fields(edge):
    import json

    for body in json.loads(export(edge, "github", OPTIONS)):
        assert len(body["title"]) <= 256 and len(body["body"]) <= 65_536
        assert all(len(label) <= 50 for label in body["labels"])


def test_gitlab_keeps_to_gitlab_fields():
    import json

    huge = edge_document()
    huge.items[0].sentence = "句" * 1_100_000
    for body in json.loads(export(huge, "gitlab", OPTIONS)):
        assert len(body["title"]) <= 255 and len(body["description"]) <= 1_048_576
        assert all("," not in label for label in body["labels"].split(","))
        assert len(body["labels"].split(",")) == len(set(body["labels"].split(",")))


def test_todoist_keeps_to_todoist_fields_and_levels(edge):
    rows = csv_rows(export(edge, "todoist", OPTIONS))
    tasks = [row for row in rows if row["TYPE"] == "task"]
    assert {int(row["INDENT"]) for row in tasks} <= {1, 2, 3, 4}
    assert max(int(row["INDENT"]) for row in tasks) == 4  # eight levels folded to four
    assert all(len(row["CONTENT"]) <= 500 and len(row["DESCRIPTION"]) <= 16_383 for row in tasks)
    assert sum(1 for row in tasks if not row["CONTENT"].startswith("* ")) == len(edge.items)


def test_ics_keeps_to_rfc_5545_lines_and_unique_uids(edge):
    data = export([edge, edge], "ics", OPTIONS)
    lines = data.split(b"\r\n")
    assert lines[-1] == b"" and all(len(line) <= 75 for line in lines)
    assert b"\n" not in data.replace(b"\r\n", b"")
    for line in lines:
        line.decode("utf-8")  # folding never cuts a character
    uids = [str(todo["UID"]) for todo in ics_todos(data)]
    assert len(uids) == len(set(uids))


def test_markdown_has_six_heading_levels_at_most(edge):
    text = as_text(export(edge, "markdown", OPTIONS))
    assert not re.search(r"(?m)^#{7,}", text) and re.search(r"(?m)^###### ", text)


def test_jsonl_is_one_record_per_line(edge):
    edge.items[0].text = "甲\u2028乙\u2029丙\u0085丁"
    lines = as_text(export(edge, "jsonl", OPTIONS)).split("\n")
    assert lines[-1] == "" and len(lines) - 1 == len(edge.items)
    assert "\u2028" not in "".join(lines)


# --- Todoist: 300 tasks a project, four levels ------------------------------------------------


@pytest.fixture(scope="module")
def seed() -> Document:
    return actions.extract(SEED, name="seed.txt")


def test_the_seed_file_keeps_to_four_todoist_levels(seed):
    rows = csv_rows(export(seed, "todoist", OPTIONS))
    indents = [int(row["INDENT"]) for row in rows if row["TYPE"] == "task"]
    assert max(indents) == 4  # the seed nests five deep: folded
    for before, after in zip(indents, indents[1:]):
        assert after <= before + 1  # a sub-task directly under its parent


def test_more_than_300_tasks_become_one_file_per_project(seed):
    with pytest.raises(InputError, match="more than the 300"):
        export([seed, seed], "todoist", OPTIONS)
    parts = export_files([seed, seed], "todoist", OPTIONS)
    assert len(parts) >= 2
    seen = []
    for part in parts:
        rows = csv_rows(part)
        tasks = [row for row in rows if row["TYPE"] == "task"]
        assert 0 < len(tasks) <= 300
        assert rows[0]["TYPE"] == "section"  # each file starts in its place in the outline
        indents = [int(row["INDENT"]) for row in tasks]
        assert indents[0] == 1 and all(after <= before + 1 for before, after in zip(indents, indents[1:]))
        seen += [row["CONTENT"] for row in tasks if not row["CONTENT"].startswith("* ")]
    everything = [row["CONTENT"] for row in csv_rows(export(seed, "todoist", OPTIONS)) if row["TYPE"] == "task" and not row["CONTENT"].startswith("* ")]
    assert seen == everything * 2  # every task once, in order


def test_a_section_longer_than_a_project_is_cut_with_its_context():
    from actions.export.common import tasks
    from actions.export.todoist import projects, todoist_rows

    document = actions.extract(SEED.split("第二篇")[0])
    rows = todoist_rows(tasks([document]))
    parts = projects(rows, 40)
    assert all(sum(row[0] == "task" for row in part) <= 40 for part in parts) and len(parts) >= 4
    assert [row for part in parts for row in part if row[0] == "task" and not row[1].startswith("* ")] == [
        row for row in rows if row[0] == "task" and not row[1].startswith("* ")
    ]
    for part in parts[1:]:
        assert part[0][0] == "section"


def test_the_cli_writes_one_todoist_file_per_project(tmp_path, capsysbinary):
    from actions.cli import main

    speech = tmp_path / "seed-twice.txt"
    speech.write_text(SEED + SEED, encoding="utf-8")
    code = main(["export", str(speech), "--to", "todoist"])
    err = capsysbinary.readouterr().err.decode()
    assert code == 2 and err.count("\n") == 1 and "-o OUT" in err
    code = main(["export", str(speech), "--to", "todoist", "-o", str(tmp_path / "plan.csv")])
    err = capsysbinary.readouterr().err.decode()
    assert code == 0 and not (tmp_path / "plan.csv").exists()
    written = sorted(path.name for path in tmp_path.glob("plan-*.csv"))
    assert written == [f"plan-{n}.csv" for n in range(1, len(written) + 1)] and len(written) >= 2
    assert all(0 < sum(row["TYPE"] == "task" for row in csv_rows(path.read_text(encoding="utf-8"))) <= 300 for path in tmp_path.glob("plan-*.csv"))
    assert "plan-1.csv" in err


def test_the_readme_names_the_limits_of_every_target():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("**Limits of the targets.**") :].split("\n\n")[1]
    for format_name in FORMATS:
        assert f"`{format_name}`" in section, format_name


def test_every_writer_docstring_names_its_limits():
    import importlib

    for module_name in FORMATS.values():
        module = importlib.import_module(f"actions.export.{module_name}")
        assert "Limits of the target" in module.__doc__, module_name
