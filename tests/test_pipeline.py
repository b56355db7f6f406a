"""The pipeline runs the stages in order and passes each stage's result on to the next."""

from __future__ import annotations

import datetime as dt

from actions import pipeline


def test_the_stages_run_in_order_on_the_results_before_them(monkeypatch):
    calls: list[str] = []
    results: dict[str, object] = {}

    def recorded(name, function):
        def run(*args, **kwargs):
            calls.append(name)
            results[name] = value = function(*args, **kwargs)
            results[name + " args"] = args
            return value
        return run

    for name, attribute in [("normalise", "normalize"), ("outline", "build_outline"), ("meeting date", "meeting_date"),
                            ("deadlines", "scan_parts"), ("owner index", "OwnerIndex"), ("items", "item_drafts"),
                            ("remap", "remap_item")]:
        monkeypatch.setattr(pipeline, attribute, recorded(name, getattr(pipeline, attribute)))
    document = pipeline.extract("一、加强领导\n各部门要在6月底前制定方案。", "2012-05-10")
    # The meeting date follows the outline: a text of several speeches (第X篇) dates each one.
    assert calls == ["normalise", "outline", "meeting date", "deadlines", "owner index", "items", "remap"]
    view = results["normalise"].view
    assert results["deadlines args"] == (view, [(0, len(view), dt.date(2012, 5, 10))])
    assert results["items args"] == (view, results["outline"], results["deadlines"], results["owner index"])
    assert [item.deadline.due for item in document.items] == [dt.date(2012, 6, 30)]


def test_titles_and_categories_are_read_from_the_text_as_written():
    # The rules read the normalised view (，（）); what a person reads is the text as given.
    text = "一、加强领导,落实责任(重点)\n要抓好三项工作,落实到位。"
    document = pipeline.extract(text, "2012-05-10")
    [node] = document.outline
    assert node.title == "加强领导,落实责任(重点)" == text[node.title_span[0]:node.title_span[1]]
    assert [item.category for item in document.items] == [["加强领导,落实责任(重点)"]]
    outline = pipeline.parse_outline(text)
    assert outline.nodes[0].title == node.title and outline.nodes[0].title_span == node.title_span
