"""The evaluation metrics on small hand-made gold/prediction pairs whose figures are worked out by hand."""

from __future__ import annotations

import datetime as dt
import hashlib
import json

import pytest

from actions.errors import InputError
from actions.evaluate import GoldCase, evaluate, evaluate_document
from actions.evaluation.gold import parse_gold
from actions.evaluation.matching import greedy_one_to_one, item_score, items_overlap_enough
from actions.evaluation.report import EvaluationReport
from actions.models import Deadline, Document, Item, OutlineNode, Owner, Source

TEXT = (
    "一、安全生产。各县市区政府要在本月20号前上报整治方案。要加大检查力度。\n"
    "（一）专项整治。市城管执法局和各街道要在6月底前完成清理。\n"
    "二、其他工作。请安委办起草通知，会后下发。大家辛苦了。"
)


def at(needle: str) -> int:
    start = TEXT.find(needle)
    assert start >= 0 and TEXT.find(needle, start + 1) < 0, needle
    return start


def span(needle: str) -> tuple[int, int]:
    return at(needle), at(needle) + len(needle)


# -- gold ------------------------------------------------------------------------------------------------

ITEM_1 = "各县市区政府要在本月20号前上报整治方案"
ITEM_2 = "要加大检查力度"
ITEM_3 = "市城管执法局和各街道要在6月底前完成清理"
ITEM_4 = "请安委办起草通知，会后下发"


def gold_owner(name: str, role: str = "responsible", inherited: bool = False) -> dict:
    return {"name": name, "role": role, "inherited": inherited}


def gold_deadline(words: str, kind: str, due: str | None) -> dict:
    return {"span": list(span(words)), "text": words, "kind": kind, "due": due}


def gold_data() -> dict:
    return {
        "id": "toy",
        "reference_date": "2012-05-10",
        "headings": [
            {"at": at("一、"), "marker": "一、", "level": 1, "parent_at": None},
            {"at": at("（一）"), "marker": "（一）", "level": 2, "parent_at": at("一、")},
            {"at": at("二、"), "marker": "二、", "level": 1, "parent_at": None},
        ],
        "items": [
            {"span": list(span(ITEM_1)), "class": "task", "owners": [gold_owner("各县市区政府")],
             "deadline": gold_deadline("本月20号前", "by", "2012-05-20")},
            {"span": list(span(ITEM_2)), "class": "directive", "owners": [gold_owner("各县市区政府", inherited=True)],
             "deadline": None},
            {"span": list(span(ITEM_3)), "class": "task",
             "owners": [gold_owner("市城管执法局"), gold_owner("各街道")],
             "deadline": gold_deadline("6月底前", "by", "2012-06-30")},
            {"span": list(span(ITEM_4)), "class": "task", "owners": [gold_owner("安委办")],
             "deadline": gold_deadline("会后", "asap", None)},
        ],
    }


def gold_case(data: dict | None = None) -> GoldCase:
    from pathlib import Path

    data = data or gold_data()
    gold = parse_gold(Path("toy.json"), json.dumps(data, ensure_ascii=False).encode())
    return GoldCase(path=Path("toy.json"), gold=gold, text=TEXT)


# -- predictions -----------------------------------------------------------------------------------------


def node(marker: str, level: int, children: list[OutlineNode] = ()) -> OutlineNode:
    start = at(marker)
    return OutlineNode(
        id="x", marker=marker, family="test", ordinal=1, level=level, marker_span=(start, start + len(marker)),
        title="", span=(start, len(TEXT)), children=list(children),
    )


def owner(name: str, role: str = "responsible") -> Owner:
    return Owner(name=name, role=role, span=span(name) if TEXT.count(name) == 1 else (0, 0))


def deadline(words: str, kind: str, due: str | None) -> Deadline:
    return Deadline(text=words, span=span(words), kind=kind, due=dt.date.fromisoformat(due) if due else None)


def item(words: str, kind: str, owners=(), deadline: Deadline | None = None) -> Item:
    return Item(id="T", text=words, span=span(words), kind=kind, owners=list(owners), deadline=deadline)


def document(outline=(), items=()) -> Document:
    source = Source(sha256=hashlib.sha256(TEXT.encode()).hexdigest(), chars=len(TEXT))
    return Document(source=source, outline=list(outline), items=list(items))


def perfect() -> Document:
    return document(
        [node("一、", 1, [node("（一）", 2)]), node("二、", 1)],
        [
            item(ITEM_1, "task", [owner("各县市区政府")], deadline("本月20号前", "by", "2012-05-20")),
            item(ITEM_2, "directive", [Owner(name="各县市区政府", span=span(ITEM_1)[:1] * 2, inherited=True)]),
            item(ITEM_3, "task", [owner("市城管执法局"), owner("各街道")], deadline("6月底前", "by", "2012-06-30")),
            item(ITEM_4, "task", [owner("安委办")], deadline("会后", "asap", None)),
        ],
    )


# -- the overlap rule ----------------------------------------------------------------------------------------


def test_item_pair_needs_half_of_the_shorter_and_a_fifth_of_the_longer():
    assert items_overlap_enough((0, 10), (5, 15))  # 5 shared: half of 10, a fifth of 10
    assert not items_overlap_enough((0, 10), (6, 16))  # 4 shared < half of 10
    assert items_overlap_enough((0, 50), (0, 10))  # 10 shared: all of the shorter, a fifth of 50
    assert not items_overlap_enough((0, 51), (0, 10))  # 10 < a fifth of 51
    assert not items_overlap_enough((0, 10), (10, 20))  # touching is not overlapping
    assert not items_overlap_enough((5, 5), (0, 10))  # an empty span matches nothing


def test_greedy_matching_is_one_to_one_by_largest_overlap():
    gold = [(0, 20), (20, 40)]
    predicted = [(2, 18), (0, 30), (21, 40)]
    pairs = greedy_one_to_one(gold, predicted, item_score)
    # (0,30) overlaps gold 0 by 20, the largest; (2,18) then has no gold left; gold 1 takes (21,40).
    assert pairs == {0: 1, 1: 2}


# -- whole-document figures -------------------------------------------------------------------------------------


def test_a_perfect_prediction_scores_one_everywhere():
    report = evaluate_document(gold_case(), perfect())
    assert report.errors == []
    assert all(value == 1.0 for value in report.figures.values()), report.figures
    assert report.counts.headings_gold == 3 and report.counts.items_gold == 4 and report.counts.deadlines_gold == 3


def test_an_empty_prediction_scores_zero_recall_and_no_precision():
    report = evaluate_document(gold_case(), document())
    figures = report.figures
    assert figures["outline.marker_recall"] == 0.0 and figures["outline.marker_precision"] is None
    assert figures["items.task_recall"] == 0.0 and figures["items.item_precision"] is None
    assert figures["owners.f1"] is None  # nothing matched, so no owner is measured
    assert figures["deadlines.recall"] == 0.0 and figures["deadlines.f1"] == 0.0
    assert figures["rows.exact_task_rows"] == 0.0
    missed = [(e.field, e.problem) for e in report.errors]
    assert missed.count(("item", "missed")) == 4 and missed.count(("heading", "missed")) == 3


def test_outline_markers_parents_and_levels():
    # （一） placed at the top level: matched marker, wrong level and wrong parent; a spurious 大家.
    predicted = document([node("一、", 1), node("（一）", 1), node("二、", 1), node("大家", 1)])
    report = evaluate_document(gold_case(), predicted)
    c = report.counts
    assert (c.headings_gold, c.headings_predicted, c.headings_matched) == (3, 4, 3)
    assert report.figures["outline.marker_precision"] == 3 / 4
    assert report.figures["outline.marker_recall"] == 1.0
    assert report.figures["outline.marker_f1"] == pytest.approx(2 * 3 / (4 + 3))
    assert report.figures["outline.level_accuracy"] == 2 / 3
    assert report.figures["outline.parent_accuracy"] == 2 / 3
    kinds = {(e.field, e.problem) for e in report.errors}
    assert {("level", "wrong"), ("parent", "wrong"), ("heading", "spurious")} <= kinds


def test_a_marker_matches_by_overlap_when_it_starts_elsewhere():
    # A prediction that reads the marker as 一、安 (one character longer, same start) and one that starts
    # inside the gold marker both match; a marker elsewhere does not.
    start = at("（一）")
    inside = OutlineNode(id="x", marker="一）", family="t", ordinal=1, level=2, marker_span=(start + 1, start + 3),
                         title="", span=(start + 1, len(TEXT)))
    report = evaluate_document(gold_case(), document([node("一、", 1, [inside]), node("二、", 1)]))
    assert report.counts.headings_matched == 3
    assert report.figures["outline.parent_accuracy"] == 1.0


def test_a_child_of_an_unmatched_node_has_a_wrong_parent():
    start = at("专项")
    stray = OutlineNode(id="x", marker="专项", family="t", ordinal=1, level=1, marker_span=(start, start + 2),
                        title="", span=(start, len(TEXT)), children=[node("（一）", 2)])
    report = evaluate_document(gold_case(), document([node("一、", 1), stray, node("二、", 1)]))
    assert report.counts.headings_matched == 3
    assert report.counts.parents_right == 2  # （一）'s predicted parent matches no gold heading
    assert report.counts.levels_right == 3


def test_items_precision_task_recall_and_kind():
    predicted = document(items=[
        item("各县市区政府要在本月20号前上报", "directive"),  # matches ITEM_1, wrong kind
        item(ITEM_2, "directive"),  # matches a gold directive
        item("大家辛苦了", "directive"),  # spurious
    ])
    report = evaluate_document(gold_case(), predicted)
    c = report.counts
    assert (c.items_predicted, c.items_matched, c.tasks_gold, c.tasks_matched, c.kinds_right) == (3, 2, 3, 1, 1)
    assert report.figures["items.item_precision"] == 2 / 3
    assert report.figures["items.item_recall"] == 2 / 4
    assert report.figures["items.task_recall"] == 1 / 3
    assert report.figures["items.kind_accuracy"] == 1 / 2
    errors = {(e.field, e.problem, e.text) for e in report.errors if e.field in ("item", "kind")}
    assert ("item", "spurious", "大家辛苦了") in errors
    assert ("item", "missed", ITEM_3) in errors and ("item", "missed", ITEM_4) in errors
    assert ("kind", "wrong", ITEM_1) in errors


def test_a_prediction_too_short_for_the_gold_item_does_not_match():
    # 3 characters of a 20-character gold item: all of the shorter but less than a fifth of the longer;
    # 4 characters are a fifth and match.
    report = evaluate_document(gold_case(), document(items=[item("报整治", "task")]))
    assert report.counts.items_matched == 0
    report = evaluate_document(gold_case(), document(items=[item("上报整治", "task")]))
    assert report.counts.items_matched == 1


def test_owners_are_compared_by_name_and_role_on_matched_items():
    predicted = document(items=[
        item(ITEM_1, "task", [owner("各县市区政府")]),  # right
        item(ITEM_2, "directive"),  # misses the inherited owner
        item(ITEM_3, "task", [owner("市城管执法局", "lead"), owner("各街道"), owner("安委办")]),  # wrong role, extra
        # ITEM_4 not predicted: its owner is not counted
    ])
    report = evaluate_document(gold_case(), predicted)
    c = report.counts
    assert (c.owners_gold, c.owners_predicted, c.owners_right) == (4, 4, 2)
    assert report.figures["owners.precision"] == 0.5 and report.figures["owners.recall"] == 0.5
    wrong = {e.text: (e.gold, e.predicted) for e in report.errors if e.field == "owners"}
    assert wrong[ITEM_2] == ("各县市区政府", "(none)")
    assert wrong[ITEM_3] == ("各街道、市城管执法局", "各街道、安委办、市城管执法局（牵头）")


def test_owner_names_fold_width_and_space_but_keep_prefixes():
    predicted = document(items=[
        item(ITEM_1, "task", [Owner(name="县市区政府", span=(0, 0))]),  # 各 dropped: a different name
        item(ITEM_3, "task", [Owner(name="市城管执法局 ", span=(0, 0)), Owner(name="各街道", span=(0, 0))]),
    ])
    c = evaluate_document(gold_case(), predicted).counts
    assert c.owners_right == 2  # the trailing space does not matter; 县市区政府 ≠ 各县市区政府


def test_deadlines_by_span_over_the_document_and_due_dates():
    predicted = document(items=[
        item(ITEM_1, "task", deadline=deadline("本月20号", "on", "2012-05-20")),  # overlaps, due right
        item(ITEM_3, "task", deadline=deadline("6月底前", "by", "2013-06-30")),  # span right, due wrong
        item("大家辛苦了", "directive", deadline=deadline("辛苦", "on", None)),  # a spurious deadline
        # ITEM_4's 会后 missed
    ])
    report = evaluate_document(gold_case(), predicted)
    c = report.counts
    assert (c.deadlines_gold, c.deadlines_predicted, c.deadlines_matched, c.dues_right) == (3, 3, 2, 1)
    assert report.figures["deadlines.precision"] == 2 / 3
    assert report.figures["deadlines.recall"] == 2 / 3
    assert report.figures["deadlines.due_accuracy"] == 1 / 2
    wrong = [(e.problem, e.text) for e in report.errors if e.field == "deadline"]
    assert wrong == [("wrong", ITEM_3)]  # on item pairs only; 会后 belongs to an unmatched item


def test_a_shared_deadline_span_counts_once():
    both = deadline("本月20号前", "by", "2012-05-20")
    predicted = document(items=[item(ITEM_1, "task", deadline=both), item(ITEM_2, "directive", deadline=both)])
    report = evaluate_document(gold_case(), predicted)
    assert report.counts.deadlines_predicted == 1 and report.counts.deadlines_matched == 1
    assert [(e.field, e.problem, e.text) for e in report.errors if e.field == "deadline"] == [("deadline", "spurious", ITEM_2)]


def test_rows_need_every_owner_and_the_deadline_right():
    predicted = perfect()
    predicted.items[0].owners.append(owner("安委办"))  # row 1: an extra owner
    predicted.items[2].deadline = deadline("6月底前", "by", "2012-06-29")  # row 3: wrong due date
    # row 4 stays right; ITEM_2 is a directive and not a row
    report = evaluate_document(gold_case(), predicted)
    assert report.counts.rows_right == 1 and report.counts.tasks_gold == 3
    assert report.figures["rows.exact_task_rows"] == 1 / 3


def test_a_missing_asap_deadline_spoils_the_row():
    predicted = perfect()
    predicted.items[3].deadline = None
    report = evaluate_document(gold_case(), predicted)
    assert report.figures["rows.exact_task_rows"] == 2 / 3
    assert [(e.problem, e.gold) for e in report.errors] == [("missed", "会后 [asap] → null")]


def test_totals_are_micro_averaged_over_documents():
    one = evaluate_document(gold_case(), perfect())  # 4 of 4 items
    data = gold_data()
    data["items"] = data["items"][:1]  # a second document with 1 gold item, missed
    two = evaluate_document(gold_case(data), document())
    report = EvaluationReport.from_documents([one, two], "predictions")
    assert report.figures["items.item_recall"] == 4 / 5  # not the mean of 1.0 and 0.0
    assert report.counts.items_gold == 5


# -- files and errors -------------------------------------------------------------------------------------


@pytest.fixture()
def gold_tree(tmp_path):
    (tmp_path / "gold").mkdir()
    (tmp_path / "speeches").mkdir()
    (tmp_path / "speeches" / "toy.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "gold" / "toy.json").write_text(json.dumps(gold_data(), ensure_ascii=False), encoding="utf-8")
    (tmp_path / "gold" / "floor.json").write_text('{"documents": [], "figures": {}}', encoding="utf-8")
    return tmp_path


def test_evaluate_reads_texts_beside_the_gold_dir_and_predictions(gold_tree):
    pred = gold_tree / "pred"
    pred.mkdir()
    (pred / "toy.json").write_text(perfect().model_dump_json(), encoding="utf-8")
    report = evaluate(gold_tree / "gold", pred_dir=pred)
    assert [d.name for d in report.documents] == ["toy"]  # floor.json is not a gold file
    assert report.figures["rows.exact_task_rows"] == 1.0
    one_file = evaluate(gold_tree / "gold" / "toy.json", pred_dir=pred)
    assert one_file.figures == report.figures


def test_evaluate_runs_an_extractor_with_the_gold_meeting_date(gold_tree):
    seen = []

    def extractor(text, gold):
        seen.append((text, gold.reference_date))
        return perfect()

    report = evaluate(gold_tree / "gold", extractor=extractor)
    assert seen == [(TEXT, dt.date(2012, 5, 10))]
    assert report.source == "extractor"


def test_texts_dir_can_be_given(gold_tree):
    moved = gold_tree / "elsewhere"
    (gold_tree / "speeches").rename(moved)
    with pytest.raises(InputError, match="no text"):
        evaluate(gold_tree / "gold", extractor=lambda t, g: perfect())
    assert evaluate(gold_tree / "gold", texts_dir=moved, extractor=lambda t, g: perfect()).figures["items.item_recall"] == 1.0


@pytest.mark.parametrize(
    "content, message",
    [
        ("{not json", "not a valid gold file"),
        ('{"id": "toy", "reference_date": "2012-05-10", "items": [{"span": [0, 3]}]}', "items.0.class"),
        ('{"id": "toy", "reference_date": "soon"}', "reference_date"),
    ],
)
def test_a_malformed_gold_file_is_an_input_error(gold_tree, content, message):
    (gold_tree / "gold" / "toy.json").write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=message):
        evaluate(gold_tree / "gold", extractor=lambda t, g: perfect())


def test_a_gold_span_that_does_not_index_the_text_is_an_input_error(gold_tree):
    data = gold_data()
    data["headings"][0]["at"] += 1
    (gold_tree / "gold" / "toy.json").write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(InputError, match="not the marker"):
        evaluate(gold_tree / "gold", extractor=lambda t, g: perfect())


def test_missing_gold_and_prediction_inputs_are_input_errors(gold_tree):
    with pytest.raises(InputError, match="no such gold"):
        evaluate(gold_tree / "nowhere")
    with pytest.raises(InputError, match="no gold files"):
        evaluate(gold_tree / "speeches")
    with pytest.raises(InputError, match="no prediction"):
        evaluate(gold_tree / "gold", pred_dir=gold_tree)
    other = perfect().model_copy(update={"source": Source(sha256="0" * 64, chars=1)})
    (gold_tree / "toy.json").write_text(other.model_dump_json(), encoding="utf-8")
    with pytest.raises(InputError, match="another text"):
        evaluate(gold_tree / "gold", pred_dir=gold_tree)
    (gold_tree / "toy.json").write_text('{"items": 3}', encoding="utf-8")
    with pytest.raises(InputError, match="not a Document"):
        evaluate(gold_tree / "gold", pred_dir=gold_tree)


# -- the real gold files, fed back as predictions ---------------------------------------------------------------


def gold_as_document(case: GoldCase) -> Document:
    """A Document that says exactly what the gold file says (the outline rebuilt from parent_at)."""
    text = case.text
    nodes: dict[int, OutlineNode] = {}
    roots: list[OutlineNode] = []
    for heading in sorted(case.gold.headings, key=lambda h: h.at):
        built = OutlineNode(
            id="x", marker=heading.marker, family="gold", ordinal=1, level=heading.level,
            marker_span=heading.marker_span, title="", span=(heading.at, len(text)),
        )
        nodes[heading.at] = built
        (roots if heading.parent_at is None else nodes[heading.parent_at].children).append(built)
    items = []
    for number, g in enumerate(case.gold.items):
        d = g.deadline
        items.append(Item(
            id=f"T{number}", text=text[g.span[0]:g.span[1]], span=g.span, kind=g.kind,
            owners=[Owner(name=o.name, role=o.role, span=(0, 0), inherited=o.inherited) for o in g.owners],
            deadline=None if d is None else Deadline(text=d.text, span=d.span, kind=d.kind, due=d.due),
        ))
    source = Source(sha256=hashlib.sha256(text.encode()).hexdigest(), chars=len(text))
    return Document(source=source, outline=roots, items=items)


def fixture_cases() -> list[GoldCase]:
    from conftest import GOLD_DIR

    from actions.evaluate import load_cases

    if not any(p.name != "floor.json" for p in GOLD_DIR.glob("*.json")):
        return []
    return load_cases(GOLD_DIR)


@pytest.mark.parametrize("case", fixture_cases(), ids=lambda c: c.path.stem)
def test_each_fixture_gold_file_scores_one_against_itself(case):
    report = evaluate_document(case, gold_as_document(case))
    assert report.errors == []
    assert all(value in (None, 1.0) for value in report.figures.values()), report.figures


@pytest.mark.parametrize("case", fixture_cases(), ids=lambda c: c.path.stem)
def test_dropping_one_gold_item_and_one_heading_costs_exactly_one(case):
    predicted = gold_as_document(case)
    n_items = len(predicted.items)
    dropped = predicted.items.pop(0)
    last_root = predicted.outline[-1]
    leaves = [n for n in last_root.walk() if not n.children]
    parent = next(n for n in last_root.walk() if leaves[-1] in n.children) if leaves[-1] is not last_root else None
    if parent is None:
        predicted.outline.pop()
    else:
        parent.children.remove(leaves[-1])
    report = evaluate_document(case, predicted)
    assert report.counts.items_matched == n_items - 1
    assert report.figures["items.item_recall"] == (n_items - 1) / n_items
    # a gold file with a single item leaves no predicted item: precision is then undefined
    assert report.figures["items.item_precision"] == (1.0 if n_items > 1 else None)
    assert report.counts.headings_matched == len(case.gold.headings) - 1
    assert [e.text for e in report.errors if e.field == "item"] == [dropped.text]


def test_an_outline_scope_file_scores_its_headings_and_no_items():
    # A gold file annotating only the outline (`"scope": "outline"`) must not count the extractor's
    # items as spurious, nor its empty item list as missed items.
    data = gold_data()
    data["scope"] = "outline"
    data["items"] = []
    report = evaluate_document(gold_case(data), perfect())
    assert report.figures["outline.marker_f1"] == 1.0
    assert report.counts.items_predicted == 0 and report.counts.items_gold == 0
    assert report.figures["items.item_precision"] is None
    assert not [e for e in report.errors if e.field == "item"]
