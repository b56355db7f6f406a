"""`actions eval` on the command line: table, JSON, error list, one-line errors with exit code 2."""

from __future__ import annotations

import json

from actions.cli import main
from test_evaluate import gold_data, perfect, TEXT  # noqa: F401  (shared hand-made pair)


def make_tree(tmp_path, prediction=None):
    (tmp_path / "gold").mkdir()
    (tmp_path / "speeches").mkdir()
    (tmp_path / "speeches" / "toy.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "gold" / "toy.json").write_text(json.dumps(gold_data(), ensure_ascii=False), encoding="utf-8")
    pred = tmp_path / "pred"
    pred.mkdir()
    document = prediction or perfect()
    (pred / "toy.json").write_text(document.model_dump_json(), encoding="utf-8")
    return tmp_path


def test_table_lists_every_figure_and_the_total(tmp_path, capsys):
    tree = make_tree(tmp_path)
    assert main(["eval", str(tree / "gold"), "--pred", str(tree / "pred")]) == 0
    out = capsys.readouterr().out
    for label in ("marker F1", "parent accuracy", "item precision", "task recall", "kind accuracy",
                  "owner F1", "deadline F1", "due-date accuracy", "exact task rows", "toy", "total"):
        assert label in out, label
    assert "1.000" in out and "3/3" in out


def test_json_report_holds_documents_counts_and_figures(tmp_path, capsys):
    tree = make_tree(tmp_path)
    assert main(["eval", str(tree / "gold"), "--pred", str(tree / "pred"), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["source"] == "predictions"
    assert report["figures"]["rows.exact_task_rows"] == 1.0
    assert report["documents"][0]["name"] == "toy" and "errors" not in report["documents"][0]
    assert report["counts"]["items_gold"] == 4


def test_show_errors_lists_missed_and_spurious_items_with_their_text(tmp_path, capsys):
    prediction = perfect()
    prediction.items.pop(3)
    prediction.items[1] = prediction.items[1].model_copy(update={"text": "大家辛苦了", "span": (TEXT.find("大家辛苦了"), TEXT.find("大家辛苦了") + 5)})
    tree = make_tree(tmp_path, prediction)
    assert main(["eval", str(tree / "gold"), "--pred", str(tree / "pred"), "--show-errors"]) == 0
    out = capsys.readouterr().out
    assert "missed item" in out and "请安委办起草通知，会后下发" in out and "要加大检查力度" in out
    assert "spurious item" in out and "大家辛苦了" in out
    assert main(["eval", str(tree / "gold"), "--pred", str(tree / "pred"), "--show-errors", "--json"]) == 0
    errors = json.loads(capsys.readouterr().out)["documents"][0]["errors"]
    assert {(e["field"], e["problem"], e["text"]) for e in errors} >= {
        ("item", "missed", "请安委办起草通知，会后下发"), ("item", "spurious", "大家辛苦了")
    }


def test_bad_input_is_one_line_and_exit_code_2(tmp_path, capsys):
    tree = make_tree(tmp_path)
    assert main(["eval", str(tree / "missing")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("actions: error: ") and err.count("\n") == 1
    (tree / "gold" / "toy.json").write_text("{", encoding="utf-8")
    assert main(["eval", str(tree / "gold"), "--pred", str(tree / "pred")]) == 2
    assert "not a valid gold file" in capsys.readouterr().err
    (tree / "gold" / "toy.json").write_text(json.dumps(gold_data()), encoding="utf-8")
    (tree / "speeches" / "toy.txt").unlink()
    assert main(["eval", str(tree / "gold")]) == 2
    assert "no text" in capsys.readouterr().err


def test_the_fixtures_evaluate_with_the_real_extractor(capsys):
    from conftest import GOLD_DIR

    if not any(p.name != "floor.json" for p in GOLD_DIR.glob("*.json")):
        return
    assert main(["eval", str(GOLD_DIR), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["source"] == "extractor" and report["documents"]
    assert report["counts"]["items_gold"] > 0


def test_the_table_fits_the_terminal_by_splitting_document_columns():
    import io

    from rich.console import Console

    from actions.evaluation.render import render_report
    from actions.evaluation.report import Counts, DocumentReport, EvaluationReport, figures

    counts = Counts(items_gold=10, items_predicted=8, items_matched=6)
    documents = [
        DocumentReport(name=f"speech-{n}", reference_date="2012-01-15", counts=counts, figures=figures(counts))
        for n in range(1, 6)
    ]
    report = EvaluationReport.from_documents(documents, "extractor")
    for width in (60, 80, 160):
        buffer = io.StringIO()
        render_report(report, Console(file=buffer, width=width))
        lines = buffer.getvalue().splitlines()
        assert max(len(line) for line in lines) <= width
        assert all(f"speech-{n}" in buffer.getvalue() for n in range(1, 6)) and "total" in buffer.getvalue()
        tables = sum(line.startswith("┃ figure") for line in lines)
        assert tables == (1 if width == 160 else 2 if width == 80 else 3)


def make_corpus(tmp_path, name: str):
    """A corpus laid out like the development corpus: <name>/gold/*.json beside <name>/texts/*.txt."""
    (tmp_path / name / "gold").mkdir(parents=True)
    (tmp_path / name / "texts").mkdir()
    (tmp_path / name / "texts" / "toy.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / name / "gold" / "toy.json").write_text(json.dumps(gold_data(), ensure_ascii=False), encoding="utf-8")
    return tmp_path / name / "gold"


def test_a_corpus_reads_its_texts_beside_its_gold_without_texts_option(tmp_path, capsys):
    gold = make_corpus(tmp_path, "dev")
    assert main(["eval", str(gold), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["documents"][0]["name"] == "toy"


def test_several_corpora_print_their_totals_side_by_side(tmp_path, capsys):
    (tmp_path / "fixtures").mkdir()
    fixtures = make_tree(tmp_path / "fixtures")
    dev = make_corpus(tmp_path, "dev")
    assert main(["eval", str(fixtures / "gold"), str(dev)]) == 0
    out = capsys.readouterr().out
    header = next(line for line in out.splitlines() if line.startswith("┃ figure"))
    assert "fixtures" in header and "dev" in header and "toy" not in header  # totals only
    assert "fixtures: 1 documents" in out and "dev: 1 documents" in out
    assert main(["eval", str(fixtures / "gold"), str(dev), "--docs"]) == 0
    out = capsys.readouterr().out
    assert sum(line.startswith("┃ figure") and "toy" in line for line in out.splitlines()) == 2  # one per corpus
    assert main(["eval", str(fixtures / "gold"), str(dev), "--json"]) == 0
    corpora = json.loads(capsys.readouterr().out)["corpora"]
    assert sorted(corpora) == ["dev", "fixtures"] and corpora["dev"]["figures"] == corpora["fixtures"]["figures"]


def test_texts_and_pred_belong_to_one_corpus(tmp_path, capsys):
    dev = make_corpus(tmp_path, "dev")
    assert main(["eval", str(dev), str(dev), "--texts", str(tmp_path)]) == 2
    assert "one GOLD" in capsys.readouterr().err
