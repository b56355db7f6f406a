"""Hand-checked expectations on the seed speeches, through actions.extract.

Each expectation was read off the speech text by a person (what a 督查室 clerk would list),
not copied from the extractor's output.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

import actions

SPEECHES = Path(__file__).resolve().parent.parent / "fixtures" / "speeches"
MEETING_1 = dt.date(2012, 5, 10)


def _doc(number: int, date=None):
    return actions.extract((SPEECHES / f"speech-{number}.txt").read_text(encoding="utf-8"), reference_date=date)


@pytest.fixture(scope="module")
def speech1():
    return _doc(1, MEETING_1)


def _item(doc, fragment: str):
    found = [item for item in doc.items if fragment in item.text]
    assert found, f"no item contains {fragment!r}"
    return found[0]


def _owner_names(item):
    return [owner.name for owner in item.owners]


def test_speech1_report_by_the_20th_is_a_task_with_a_by_deadline(speech1):
    item = _item(speech1, "本月20号前将贯彻落实意见方案上报安委办")
    assert item.kind == "task"
    assert item.deadline is not None and item.deadline.kind == "by"
    assert item.deadline.due == dt.date(2012, 5, 20)
    assert "安委办" not in _owner_names(item)  # 安委办 receives the plan


def test_speech1_please_anweiban_draft(speech1):
    item = _item(speech1, "安委办起草")
    assert "安委办" in _owner_names(item)
    assert item.kind == "task"


def test_speech1_city_government_schedule_gives_three_tasks(speech1):
    expected = [("六月份准备到现场组织一次现场督查", dt.date(2012, 6, 30)), ("下半年要搞一次大的现场调度会", dt.date(2012, 12, 31)),
                ("年底对第一批创建企业进行验收考核", dt.date(2012, 12, 31))]
    items = [_item(speech1, fragment) for fragment, _ in expected]
    assert len({item.span for item in items}) == 3
    for item, (_, due) in zip(items, expected):
        assert item.kind == "task" and item.deadline is not None and item.deadline.due == due


def test_speech1_coal_mine_deadline(speech1):
    item = _item(speech1, "最后期限是9月30日")
    assert item.deadline is not None and item.deadline.due == dt.date(2012, 9, 30) and item.deadline.kind == "by"


def test_speech1_fifty_thousand_per_county_is_a_task(speech1):
    assert _item(speech1, "每个县50万的投入都要到位").kind == "task"


def test_speech1_county_governments_own_the_demonstration(speech1):
    item = _item(speech1, "各县市区政府要加大两化建设示范的力度")
    assert _owner_names(item)[:1] == ["各县市区政府"]
    assert item.owners[0].inherited is False


def test_speech1_no_owner_is_the_audience_or_the_speaker(speech1):
    for item in speech1.items:
        for name in _owner_names(item):
            assert name not in {"我", "我们", "大家", "同志们", "全市上下", "全县上下"}


def test_speech1_narrative_opening_is_not_an_item(speech1):
    # 今天上午，各个县市区和行业主管部门对前四个月的工作作了一次全面汇报 — a report of the meeting.
    assert not [item for item in speech1.items if "作了一次全面汇报" in item.text]


def test_speech2_statistics_are_not_items():
    doc = _doc(2)
    assert not [item for item in doc.items if "开工项目15个" in item.text or "产值18.4亿元" in item.text]


def test_speech3_public_security_owns_its_duty():
    doc = _doc(3)
    item = _item(doc, "公安部门要切实承担起管理社会治安秩序")
    assert _owner_names(item) == ["公安部门"] and item.kind == "task"


def test_speech4_youth_federation_owners_and_inheritance():
    doc = _doc(4, dt.date(2013, 4, 28))
    first = _item(doc, "各级青联组织和青年干部,要高度注重青年研讨任务")
    assert _owner_names(first) == ["各级青联组织", "青年干部"]
    following = _item(doc, "要坚持灵敏性")
    assert _owner_names(following) == ["各级青联组织", "青年干部"]
    assert all(owner.inherited for owner in following.owners)
    assert following.kind == "directive"  # an exhortation whose only owners are inherited
    assert _owner_names(_item(doc, "共青团要发扬在青联中的中心效果")) == ["共青团"]


def test_speech5_meeting_date_from_the_text():
    doc = _doc(5)
    assert doc.reference_date == dt.date(2012, 3, 9)
    assert doc.reference_date_source == "text"


def test_speech5_after_the_meeting_units_act():
    doc = _doc(5)
    item = _item(doc, "各部门、各单位要将年初确定的目标进行再排队")
    assert _owner_names(item) == ["各部门", "各单位"]
    assert item.deadline is not None and item.deadline.kind == "asap" and item.deadline.due is None
    assert item.kind == "task"
    # the next sentence has no subject and continues 各部门、各单位
    follow = _item(doc, "要进一步落实目标责任制")
    assert _owner_names(follow) == ["各部门", "各单位"] and all(o.inherited for o in follow.owners)


def test_items_are_in_document_order_and_within_their_sentence(speech1):
    spans = [item.span for item in speech1.items]
    assert spans == sorted(spans)
    for item in speech1.items:
        assert item.sentence_span[0] <= item.span[0] < item.span[1] <= item.sentence_span[1]
