"""Round trips through real parsers: what the trackers read back is what the Document says."""

from __future__ import annotations

import datetime as dt
import json
import os
import time

import jsonschema
import pytest

from actions.export import FORMATS, ExportOptions, export
from actions.export.common import document_tasks
from actions.export.ics import group_uid, task_uid
from export_support import CREATED, OPTIONS, csv_rows, csv_table, fixture_document, ics_todos, item_rows, schema, xlsx_sheets


@pytest.fixture(scope="module")
def document():
    return fixture_document()


def expected_rows(document):
    """The Document's items in export order, with what every table must show for them."""
    rows = []
    for task in document_tasks(document):
        item = task.item
        rows.append(
            {
                "text": item.text,
                "lead": [o.name for o in item.owners if o.role == "lead"],
                "responsible": [o.name for o in item.owners if o.role == "responsible"],
                "support": [o.name for o in item.owners if o.role == "support"],
                "written": item.deadline.text if item.deadline else "",
                "due": item.deadline.due if item.deadline else None,
                "sentence": item.sentence,
                "kind": {"task": "任务", "directive": "要求"}[item.kind],
            }
        )
    return rows


def names(cell: str | None) -> list[str]:
    return cell.split("、") if cell else []


def test_csv_reads_back_the_same_rows_and_dates(document):
    data = export(document, "csv")
    assert data.startswith("\ufeff".encode("utf-8"))
    rows = csv_rows(data)
    assert list(rows[0]) == ["序号", "类别", "工作任务", "牵头单位", "责任单位", "配合单位", "完成时限", "截止日期", "出处", "原文", "类型"]
    expected = expected_rows(document)
    assert len(rows) == len(document.items) == len(expected)
    for number, (row, want) in enumerate(zip(rows, expected), start=1):
        assert row["序号"] == str(number)
        assert row["工作任务"] == want["text"]
        assert names(row["牵头单位"]) == want["lead"]
        assert names(row["责任单位"]) == want["responsible"]
        assert names(row["配合单位"]) == want["support"]
        assert row["完成时限"] == want["written"]
        assert row["截止日期"] == (want["due"].isoformat() if want["due"] else "")
        assert row["原文"] == want["sentence"]
        assert row["类型"] == want["kind"]
    assert sum(1 for row in rows if row["截止日期"]) == sum(1 for item in document.items if item.deadline and item.deadline.due)


def test_xlsx_reads_back_the_same_rows_with_real_dates(document):
    sheets = xlsx_sheets(export(document, "xlsx"))
    assert list(sheets) == ["任务分解表"]
    rows = sheets["任务分解表"]
    expected = expected_rows(document)
    assert len(rows) == len(expected)
    for number, (row, want) in enumerate(zip(rows, expected), start=1):
        assert row[0] == number
        assert row[2] == want["text"]
        assert names(row[3]) == want["lead"] and names(row[4]) == want["responsible"] and names(row[5]) == want["support"]
        assert (row[6] or "") == want["written"]
        if want["due"] is None:
            assert row[7] is None
        else:
            assert isinstance(row[7], dt.datetime) and row[7].date() == want["due"]
            assert row[7].time() == dt.time(0, 0)
        assert row[9] == want["sentence"]


def test_xlsx_layout_is_a_formatted_table(document):
    import io

    import openpyxl

    sheet = openpyxl.load_workbook(io.BytesIO(export(document, "xlsx"))).active
    assert sheet["A1"].value.startswith("任务分解表") and sheet["A1"].font.b
    assert sheet.freeze_panes == "A4"
    assert [cell.value for cell in sheet[3]][:3] == ["序号", "类别", "工作任务"] and all(cell.font.b for cell in sheet[3])
    assert sheet.column_dimensions["C"].width >= 30
    assert sheet["C4"].alignment.wrap_text
    due_cells = [row[7] for row in sheet.iter_rows(min_row=4) if row[7].value is not None]
    assert due_cells and all(cell.is_date and cell.number_format == "yyyy-mm-dd" for cell in due_cells)


def test_ics_parses_back_with_the_same_uids_due_dates_and_parents(document):
    data = export(document, "ics", OPTIONS)
    todos = {str(todo["UID"]): todo for todo in ics_todos(data)}
    tasks = document_tasks(document)
    for task in tasks:
        todo = todos[task_uid(task)]
        assert str(todo["SUMMARY"]) == task.item.text
        due = task.item.deadline.due if task.item.deadline else None
        if due is None:
            assert "DUE" not in todo
        else:
            assert todo["DUE"].dt == due and not isinstance(todo["DUE"].dt, dt.datetime)
            assert todo["DUE"].params.get("VALUE") == "DATE"
        owners = [owner.name for owner in task.item.owners]
        if owners:
            assert list(todo["CATEGORIES"].cats) == task.all_owners() and set(task.all_owners()) == set(owners)
        else:
            assert "CATEGORIES" not in todo
        if task.groups:
            parent = todo["RELATED-TO"]
            assert str(parent) == group_uid(document, task.groups[-1]) and parent.params["RELTYPE"] == "PARENT"
            assert str(parent) in todos
    # Every group's parent link points at the enclosing group, which is itself in the file.
    groups = [todo for uid, todo in todos.items() if "-group-" in uid]
    assert groups and all(str(todo["RELATED-TO"]) in todos for todo in groups if "RELATED-TO" in todo)
    assert sum(1 for uid in todos if "-item-" in uid) == len(document.items)
    assert all(todo["DTSTAMP"].dt == CREATED for todo in todos.values())


def test_ics_due_is_written_as_an_all_day_date(document):
    text = export(document, "ics", OPTIONS).decode("utf-8")
    assert "DUE;VALUE=DATE:20120930\r\n" in text
    assert "DUE:" not in text and "TZID" not in text


def test_jira_csv_lists_parents_first_and_links_children(document):
    table = csv_table(export(document, "jira-csv"))
    header, rows = table[0], table[1:]
    assert header[:4] == ["Summary", "Issue Type", "Description", "Due date"]
    assert header[-2:] == ["Issue ID", "Parent"] and set(header[4:-2]) == {"Labels"}
    seen: dict[str, str] = {}
    for row in rows:
        issue_id, parent = row[-2], row[-1]
        if parent:
            assert seen.get(parent) == "Epic", "a parent must be an epic listed before its child"
        seen[issue_id] = row[1]
        labels = [label for label in row[4:-2] if label]
        assert all(" " not in label for label in labels)
    tasks = [row for row in rows if row[1] == "Task"]
    assert len(tasks) == len(document.items)
    assert [row[3] for row in tasks] == [
        task.item.deadline.due.isoformat() if task.item.deadline and task.item.deadline.due else "" for task in document_tasks(document)
    ]
    epics = [row for row in rows if row[1] == "Epic"]
    assert [row[0] for row in epics] == ["第一是 抓重点工作全力推进", "第二 抓专项整治全面展开", "第三 抓安全工作全面落实", "最后 对这次会后贯彻的问题"]
    assert not any(row[-1] for row in epics)
    assert not rows[0][-1], "an item outside every group has no parent"


def test_todoist_sections_indents_and_dates(document):
    rows = csv_rows(export(document, "todoist"))
    assert list(rows[0]) == ["TYPE", "CONTENT", "DESCRIPTION", "PRIORITY", "INDENT", "AUTHOR", "RESPONSIBLE", "DATE", "DATE_LANG", "TIMEZONE"]
    sections = [row["CONTENT"] for row in rows if row["TYPE"] == "section"]
    assert sections == ["第一是 抓重点工作全力推进", "第二 抓专项整治全面展开", "第三 抓安全工作全面落实", "最后 对这次会后贯彻的问题"]
    previous_indent = 0
    for row in rows:
        if row["TYPE"] == "section":
            previous_indent = 0
            continue
        indent = int(row["INDENT"])
        assert 1 <= indent <= previous_indent + 1 <= 6, "a task can only nest one level under the row before it"
        previous_indent = indent
        assert row["TIMEZONE"] == "" and row["AUTHOR"] == "" and row["RESPONSIBLE"] == ""
    dated = {row["CONTENT"]: row["DATE"] for row in rows if row["DATE"]}
    assert dated["本月20号前将贯彻落实意见方案上报安委办"] == "May 20 2012"
    assert dated["要强力推进,加快进度,最后期限是9月30日"] == "Sep 30 2012"
    assert len(dated) == sum(1 for item in document.items if item.deadline and item.deadline.due)
    assert all(dt.datetime.strptime(value, "%b %d %Y") for value in dated.values())
    assert item_rows("todoist", export(document, "todoist")) == len(document.items)


@pytest.mark.parametrize(("format_name", "schema_name"), [("jira-json", "jira-create-issue"), ("github", "github-create-issue"), ("gitlab", "gitlab-create-issue")])
def test_json_bodies_validate_against_the_tracker_schema(document, format_name, schema_name):
    validator = jsonschema.Draft202012Validator(schema(schema_name), format_checker=jsonschema.FormatChecker())
    bodies = json.loads(export(document, format_name, OPTIONS))
    assert len(bodies) == len(document.items)
    for body in bodies:
        errors = sorted(validator.iter_errors(body), key=str)
        assert not errors, errors[0].message


def test_tracker_schemas_reject_what_the_trackers_reject():
    jira = jsonschema.Draft202012Validator(schema("jira-create-issue"), format_checker=jsonschema.FormatChecker())
    good = {"fields": {"project": {"key": "AQ"}, "summary": "x", "issuetype": {"name": "Task"}}}
    assert jira.is_valid(good)
    assert not jira.is_valid({"fields": {**good["fields"], "labels": ["two words"]}})
    assert not jira.is_valid({"fields": {**good["fields"], "duedate": "2012-02-30"}})
    assert not jira.is_valid({"fields": {**good["fields"], "dueDate": "2012-02-03"}})
    empty_text = {"type": "doc", "version": 1, "content": [{"type": "paragraph", "content": [{"type": "text", "text": ""}]}]}
    assert not jira.is_valid({"fields": {**good["fields"], "description": empty_text}})
    gitlab = jsonschema.Draft202012Validator(schema("gitlab-create-issue"))
    assert not gitlab.is_valid({"title": "x", "labels": ["a", "b"]})
    github = jsonschema.Draft202012Validator(schema("github-create-issue"))
    assert not github.is_valid({"title": "x", "due_date": "2012-05-20"})


def test_json_bodies_carry_dates_owners_and_kind(document):
    jira = json.loads(export(document, "jira-json", OPTIONS))
    github = json.loads(export(document, "github"))
    gitlab = json.loads(export(document, "gitlab"))
    for task, jira_body, github_body, gitlab_body in zip(document_tasks(document), jira, github, gitlab):
        fields = jira_body["fields"]
        due = task.item.deadline.due if task.item.deadline else None
        assert fields.get("duedate") == (due.isoformat() if due else None)
        assert gitlab_body.get("due_date") == (due.isoformat() if due else None)
        due_labels = [label for label in github_body["labels"] if label.startswith("due:")]
        assert due_labels == ([f"due:{due.isoformat()}"] if due else [])
        if due:
            assert f"**截止日期**：{due.isoformat()}" in github_body["body"]
        assert fields["labels"][0] == task.kind_label == github_body["labels"][0]
        assert gitlab_body["labels"].split(",") == fields["labels"]
        assert set(fields["labels"][1:]) == {owner.name for owner in task.item.owners}
        quote = fields["description"]["content"][-1]
        assert quote["type"] == "blockquote" and quote["content"][0]["content"][0]["text"] == task.item.sentence
        assert fields["project"] == {"key": "AQ"}


def test_jira_json_without_a_project_key_is_a_clear_error(document):
    from actions.errors import InputError

    with pytest.raises(InputError, match="--project"):
        export(document, "jira-json")


@pytest.mark.parametrize("format_name", sorted(FORMATS))
def test_same_output_across_two_runs(document, format_name):
    first = export(document, format_name, OPTIONS)
    second = export(fixture_document(), format_name, OPTIONS)
    if format_name == "xlsx":  # the zip and core properties hold save times; compare what is inside
        assert xlsx_sheets(first) == xlsx_sheets(second)
    else:
        assert first == second


def test_ics_uids_do_not_depend_on_the_timestamp(document):
    later = ExportOptions(created=CREATED + dt.timedelta(days=400))
    first = {str(todo["UID"]) for todo in ics_todos(export(document, "ics", OPTIONS))}
    second = {str(todo["UID"]) for todo in ics_todos(export(document, "ics", later))}
    assert first == second and len(first) == len(document.items) + len({node.id for task in document_tasks(document) for node in task.groups})


@pytest.mark.parametrize("zone", ["Pacific/Kiritimati", "Pacific/Pago_Pago"])
def test_dates_do_not_shift_with_the_time_zone(document, zone):
    before = {name: export(document, name, OPTIONS) for name in ("csv", "ics", "todoist", "jira-csv", "gitlab")}
    xlsx_before = xlsx_sheets(export(document, "xlsx"))
    saved = os.environ.get("TZ")
    os.environ["TZ"] = zone
    time.tzset()
    try:
        for name, data in before.items():
            assert export(document, name, OPTIONS) == data, name
        assert xlsx_sheets(export(document, "xlsx")) == xlsx_before
    finally:
        if saved is None:
            os.environ.pop("TZ", None)
        else:
            os.environ["TZ"] = saved
        time.tzset()


def test_no_owner_and_no_date_stay_empty(document):
    """An item without owners or due date: empty cells, no date field — never 'unknown' or a made-up day."""
    bare = next(task for task in document_tasks(document) if not task.item.owners and not task.item.deadline)
    row = next(row for row in csv_rows(export(document, "csv")) if row["工作任务"] == bare.item.text)
    assert row["牵头单位"] == row["责任单位"] == row["配合单位"] == row["完成时限"] == row["截止日期"] == ""
    body = next(body for body in json.loads(export(document, "jira-json", OPTIONS)) if body["fields"]["summary"] == bare.item.text)
    assert "duedate" not in body["fields"] and body["fields"]["labels"] == [bare.kind_label]
    gitlab = next(body for body in json.loads(export(document, "gitlab")) if body["title"] == bare.item.text)
    assert "due_date" not in gitlab


def test_xlsx_never_turns_text_into_a_formula(document):
    first = document.items[0]
    tricky = first.model_copy(update={"text": "=SUM(A1:A9)要落实"})
    changed = document.model_copy(update={"items": [tricky, *document.items[1:]]})
    import io

    import openpyxl

    sheet = openpyxl.load_workbook(io.BytesIO(export(changed, "xlsx"))).active
    cell = sheet.cell(4, 3)
    assert cell.value == "=SUM(A1:A9)要落实" and cell.data_type == "s"


def test_todoist_item_text_never_becomes_an_uncompletable_heading(document):
    starred = document.items[0].model_copy(update={"text": "* 要落实"})
    changed = document.model_copy(update={"items": [starred, *document.items[1:]]})
    first = csv_rows(export(changed, "todoist"))[0]
    assert first["CONTENT"] == "＊ 要落实"
