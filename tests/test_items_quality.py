"""Item, owner and deadline behaviour on small realistic texts (issue 4, round 2)."""

import actions


def items(text, date="2026-11-27"):
    return actions.extract(text, reference_date=date).items


def test_a_clause_opening_with_its_own_event_time_is_a_second_action():
    text = "新图书馆在设计时，要考虑无障碍通道，在新馆开通的时候希望自助借还系统同时投入使用。"
    found = items(text)
    assert [(item.text, item.kind, item.deadline and item.deadline.text) for item in found] == [
        ("设计时，要考虑无障碍通道", "task", "设计时"),
        ("在新馆开通的时候希望自助借还系统同时投入使用", "task", "新馆开通的时候"),
    ]


def test_a_goal_with_a_topic_subject_stops_only_its_own_clause():
    text = "环保工作要走在全省前列，各乡镇要抓紧完成污水管网建设。"
    found = items(text)
    assert [(item.text, [owner.name for owner in item.owners]) for item in found] == [
        ("各乡镇要抓紧完成污水管网建设", ["各乡镇"]),
    ]


def test_a_past_action_reported_with_le_is_not_an_item():
    text = "去年我们切实下放了部分审批权限，制定出台了《关于加强物业管理的意见》。今年要抓好意见的落实。"
    assert [item.text for item in items(text)] == ["今年要抓好意见的落实"]
