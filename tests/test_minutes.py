"""Meeting minutes (会议纪要): decisions with 由X牵头 / 会同 / labelled unit fields / 请X."""

import actions
from actions.items.forms import field_runs

MINUTES = (
    "关于城市管理工作的会议纪要\n"
    "（2026年3月9日）\n"
    "3月6日，市政府召开专题会议，研究城市管理有关工作。会议议定如下：\n"
    "一、关于老旧小区改造。由市住建局牵头，市财政局、各街道配合，于6月底前完成改造方案，报市政府审定。\n"
    "二、关于背街小巷整治。会议要求，市城管执法局会同各区政府，在本月20号前制定整治计划，年底前完成整治任务。\n"
    "三、关于停车设施建设。牵头单位：市交通局；配合单位：市自然资源局、市住建局。三年内新增公共停车泊位5000个。\n"
    "四、其他事项。请市政府办公室做好督查，每季度通报一次进展情况。\n"
)


def rows(text, **kwargs):
    doc = actions.extract(text, **kwargs)
    return doc, [
        (item.text, [(o.name, o.role, o.inherited) for o in item.owners], item.deadline and item.deadline.due)
        for item in doc.items
    ]


def test_minutes_give_one_task_per_decision_with_owners_and_due_dates():
    doc, found = rows(MINUTES)
    assert str(doc.reference_date) == "2026-03-09" and doc.reference_date_source == "text"
    texts = [text for text, _, _ in found]
    assert "关于城市管理工作的会议纪要" not in texts  # the title (纪要 is not the modal 要)
    by_text = {text: (owners, due) for text, owners, due in found}
    owners, due = by_text["由市住建局牵头，市财政局、各街道配合，于6月底前完成改造方案，报市政府审定"]
    assert owners == [("市住建局", "lead", False), ("市财政局", "support", False), ("各街道", "support", False)]
    assert str(due) == "2026-06-30"


def test_the_unit_before_hui_tong_is_the_subject_and_the_next_clause_continues_it():
    _, found = rows(MINUTES)
    by_text = {text: (owners, due) for text, owners, due in found}
    owners, due = by_text["市城管执法局会同各区政府，在本月20号前制定整治计划"]
    assert owners == [("市城管执法局", "responsible", False), ("各区政府", "support", False)]
    assert str(due) == "2026-03-20"
    owners, due = by_text["年底前完成整治任务"]
    assert owners == [("市城管执法局", "responsible", True)] and str(due) == "2026-12-31"


def test_labelled_unit_fields_belong_to_the_decision_next_to_them():
    doc, found = rows(MINUTES)
    assert not any(text.startswith(("牵头单位", "配合单位")) for text, _, _ in found)
    by_text = {text: (owners, due) for text, owners, due in found}
    owners, due = by_text["三年内新增公共停车泊位5000个"]
    assert owners == [("市交通局", "lead", False), ("市自然资源局", "support", False), ("市住建局", "support", False)]
    assert str(due) == "2029-03-09"
    item = next(item for item in doc.items if item.text.startswith("三年内"))
    for owner in item.owners:  # the owners' spans point at the fields, outside the item's text
        assert MINUTES[owner.span[0] : owner.span[1]] == owner.name


def test_please_with_a_report_later_in_the_sentence_is_not_an_agenda_line():
    _, found = rows(MINUTES)
    by_text = {text: (owners, due) for text, owners, due in found}
    owners, _ = by_text["请市政府办公室做好督查，每季度通报一次进展情况"]
    assert owners == [("市政府办公室", "responsible", False)]
    _, agenda = rows("下面请市政府办公室通报一季度督查情况。")
    assert agenda == []


def test_fields_on_lines_after_the_task_with_a_time_limit_field():
    text = (
        "1．开展燃气安全专项检查，全面排查老旧管网隐患。\n"
        "牵头单位：市住建局\n"
        "配合单位：市应急管理局、各县市区政府\n"
        "完成时限：2026年9月30日前\n"
        "2．加强宣传教育。\n"
    )
    _, found = rows(text, reference_date="2026-03-09")
    assert found[0] == (
        "开展燃气安全专项检查，全面排查老旧管网隐患",
        [("市住建局", "lead", False), ("市应急管理局", "support", False), ("各县市区政府", "support", False)],
        __import__("datetime").date(2026, 9, 30),
    )
    assert [text for text, _, _ in found[1:]] == ["加强宣传教育"]


def test_a_field_run_with_no_action_next_to_it_keeps_its_owners():
    text = "会议指出，城市管理任务很重。\n\n牵头单位：市城管局；配合单位：各街道\n\n下一步的工作另行研究。"
    runs = field_runs(text)
    assert [text[a:b] for a, b in runs] == ["牵头单位：市城管局；配合单位：各街道"]
    doc = actions.extract(text, reference_date="2026-03-09")
    names = [(o.name, o.role) for item in doc.items for o in item.owners]
    assert ("市城管局", "lead") in names  # not dropped: nothing to merge into


HOST_CLOSING = (
    "同志们，刚才张县长的讲话，我们一定要认真学习领会，抓好贯彻落实。下面，我就贯彻落实好这次会议精神，再强调三点：\n"
    "一要迅速传达会议精神。各乡镇、各部门要在4月15日前召开专题会议，传达学习本次会议精神。\n"
    "二要狠抓隐患排查整治。县安监局牵头，会同公安、交通、住建等部门，在5月底前完成一轮全覆盖检查。\n"
)


def test_host_closing_unit_leads_and_kind_listed_supporters():
    _, found = rows(HOST_CLOSING, reference_date="2026-04-02")
    by_text = {text: (owners, due) for text, owners, due in found}
    owners, due = by_text["县安监局牵头，会同公安、交通、住建等部门，在5月底前完成一轮全覆盖检查"]
    assert owners == [("县安监局", "lead", False), ("公安", "support", False), ("交通", "support", False), ("住建", "support", False)]
    assert str(due) == "2026-05-31"
    owners, due = by_text["各乡镇、各部门要在4月15日前召开专题会议，传达学习本次会议精神"]
    assert [name for name, _, _ in owners] == ["各乡镇", "各部门"] and str(due) == "2026-04-15"


def test_department_labels_give_their_owners_like_unit_labels():
    # 牵头部门/配合部门 were recognised as a field run but named no owner (the form rules knew …单位 only).
    text = "三、关于停车设施建设。牵头部门：市住建局；配合部门：市城管局。三年内新增泊位5000个。"
    _, found = rows(text, reference_date="2026-03-09")
    assert found == [("三年内新增泊位5000个", [("市住建局", "lead", False), ("市城管局", "support", False)],
                      __import__("datetime").date(2029, 3, 9))]


def test_every_label_of_a_field_run_names_its_owners():
    from actions.items.forms import run_owners
    from actions.owners.lexicon import FIELD_LABELS

    for role, labels in FIELD_LABELS.items():
        for label in labels:
            text = f"{label}：市住建局、市城管局"
            assert field_runs(text) == [(0, len(text))]
            assert [(owner.name, owner.role) for owner in run_owners(text, 0, len(text))] == [
                ("市住建局", role), ("市城管局", role)], label
