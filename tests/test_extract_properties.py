"""Properties of actions.extract on arbitrary text (hypothesis)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import jsonschema
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import actions

ROOT = Path(__file__).resolve().parent.parent
SCHEMA = json.loads((ROOT / "schemas" / "document.schema.json").read_text(encoding="utf-8"))
MEETING = dt.date(2012, 5, 10)

# Pieces of real speech language, so that generated texts exercise the rules, mixed with noise.
PIECES = [
    "各县市区政府要", "请安委办起草", "由市城管执法局牵头", "各街道配合", "本月20号前", "将方案上报安委办", "一是", "二是",
    "（一）", "1、", "第一，", "首先", "年底", "9月30日前", "三年内", "会后", "要高度重视", "同比增长12%", "下面请",
    "牵头单位：市发改委；配合单位：市财政局", "各部门、各单位要做到：", "我们要", "大家", "，", "。", "；", "：", "\n",
    " ", "3", ",", ":", "(", ")", "？", "！", "典 7 型", "要", "请", "由", "和", "各", "局", "年", "月", "日",
    "完成时限：", "配合单位：", "会同", "春节前", "中秋节前", "“一快、两稳”", "一快，即：", "两稳，即：", "所谓",
    "一要推进", "进一步落实", "我们还要", "八两四三年内", "分三年", "在编制预算时", "（牵头）", "及其",
]
texts = st.one_of(
    st.lists(st.sampled_from(PIECES), max_size=40).map("".join),
    st.text(max_size=200),
    st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=5)), max_size=30).map("".join),
)


def _check_spans(text: str, doc) -> None:
    titles = {}
    for node in doc.walk_outline():
        assert text[node.marker_span[0]:node.marker_span[1]] == node.marker
        assert text[node.title_span[0]:node.title_span[1]] == node.title
        titles[node.id] = node.title
    for item in doc.items:
        assert item.category == [titles[node_id] for node_id in item.outline_path[: len(item.category)]]
        assert text[item.span[0]:item.span[1]] == item.text
        assert text[item.sentence_span[0]:item.sentence_span[1]] == item.sentence
        for owner in item.owners:
            assert text[owner.span[0]:owner.span[1]] == owner.name
        if item.deadline is not None:
            assert text[item.deadline.span[0]:item.deadline.span[1]] == item.deadline.text


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts, st.sampled_from([None, MEETING]))
def test_extract_never_raises_and_spans_back_fields(text, meeting):
    doc = actions.extract(text, reference_date=meeting)
    _check_spans(text, doc)
    if doc.reference_date is not None:
        for item in doc.items:
            deadline = item.deadline
            if deadline is not None and deadline.kind in ("by", "within") and deadline.due is not None:
                assert deadline.due >= doc.reference_date


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_document_validates_against_the_schema(text):
    doc = actions.extract(text, reference_date=MEETING)
    jsonschema.validate(json.loads(doc.model_dump_json()), SCHEMA)


def test_seed_speeches_validate_and_span_back():
    for path in sorted((ROOT / "fixtures" / "speeches").glob("speech-*.txt")):
        text = path.read_text(encoding="utf-8")
        doc = actions.extract(text, reference_date=MEETING)
        _check_spans(text, doc)
        jsonschema.validate(json.loads(doc.model_dump_json()), SCHEMA)
