"""Decisions of meeting minutes without a modal, and minutes in traditional characters (issue 16)."""

import actions

DECIDED = (
    "县政府常务会议纪要\n"
    "5月8日，县长主持召开县政府第7次常务会议。现将会议议定事项纪要如下：\n"
    "一、关于道路修复问题\n"
    "会议听取了县交通局关于道路损毁情况的汇报。\n"
    "会议议定：由县交通局负责，10月底前完成道路修复；县财政局落实配套资金；方案修改完善后印发。\n"
    "二、关于农贸市场改造问题\n"
    "会议原则同意县商务局提出的改造方案，会后报县委常委会研究。县市场监管局负责日常监管，街道办负责环境卫生。\n"
)


def _texts(text, **kwargs):
    return [(item.text, item.kind) for item in actions.extract(text, **kwargs).items]


def test_every_decision_clause_of_minutes_is_a_task_without_a_modal():
    found = _texts(DECIDED, reference_date="2026-05-08")
    texts = [text for text, _ in found]
    assert "由县交通局负责，10月底前完成道路修复" in texts
    assert "县财政局落实配套资金" in texts
    assert "方案修改完善后印发" in texts
    assert all(kind == "task" for _, kind in found)


def test_the_agreement_and_the_report_of_minutes_are_not_items_but_what_follows_the_agreement_is():
    texts = [text for text, _ in _texts(DECIDED, reference_date="2026-05-08")]
    assert not any(text.startswith(("会议听取", "会议原则同意")) for text in texts)
    assert "会后报县委常委会研究" in texts


def test_each_party_named_to_carry_out_a_decision_starts_its_own_decision():
    texts = [text for text, _ in _texts(DECIDED, reference_date="2026-05-08")]
    assert "县市场监管局负责日常监管" in texts
    assert "街道办负责环境卫生" in texts


def test_a_decision_line_outside_minutes_still_needs_a_directive():
    speech = "同志们：\n去年县交通局完成道路修复，县财政局落实配套资金。今年要继续加大投入。"
    texts = [text for text, _ in _texts(speech)]
    assert texts == ["今年要继续加大投入"]


def test_minutes_written_in_traditional_characters_are_read_like_simplified_ones():
    traditional = (
        "縣政府常務會議紀要\n"
        "現將會議議定事項紀要如下：\n"
        "一、會議原則同意縣財政局關于預算調整的意見，會后報請縣人大常委會審批。\n"
        "二、由縣交通局負責，10月底前完成道路修復。\n"
    )
    doc = actions.extract(traditional, reference_date="2026-05-08")
    texts = [item.text for item in doc.items]
    assert "會后報請縣人大常委會審批" in texts
    assert "由縣交通局負責，10月底前完成道路修復" in texts
    assert not any("紀要" in text for text in texts)  # 紀要 is not the modal 要
    item = next(item for item in doc.items if item.text.startswith("由縣交通局"))
    assert [owner.name for owner in item.owners] == ["縣交通局"]  # names read from the text as written
    assert traditional[item.span[0]:item.span[1]] == item.text


def test_in_minutes_a_step_or_a_limit_of_its_own_is_the_next_decision_and_a_routine_stays():
    minutes = ("县政府常务会议纪要\n现将会议议定事项纪要如下：\n"
               "一、会议要求，要明确工作责任，强化考核奖惩，6月底前完成整改验收；"
               "每周开展一次专项整治，根据整治情况逐项整改到位；请县督查室做好督查，每季度通报一次进展情况。\n")
    texts = [text for text, _ in _texts(minutes, reference_date="2026-05-08")]
    assert "6月底前完成整改验收" in texts
    assert "每周开展一次专项整治" in texts
    assert "根据整治情况逐项整改到位" in texts
    assert "请县督查室做好督查，每季度通报一次进展情况" in texts


def test_under_a_meeting_demand_of_a_news_report_a_routine_stays_in_its_action():
    report = "会议要求，要建立督查工作台账，定期开展督查督办。"
    assert [text for text, _ in _texts(report)] == ["要建立督查工作台账，定期开展督查督办"]


SET_UP = "会议议定：\n一、成立项目建设领导小组，张镇长任组长，李副镇长具体负责，党政办负责外围环境，财政所负责资金兑付。\n"


def test_a_role_after_an_action_without_its_doer_completes_that_action():
    found = [(item.text, [owner.name for owner in item.owners]) for item in actions.extract(SET_UP, reference_date="2026-05-08").items]
    assert found[0] == ("成立项目建设领导小组，张镇长任组长，李副镇长具体负责", ["张镇长"])
    assert ("党政办负责外围环境", ["党政办"]) in found and ("财政所负责资金兑付", ["财政所"]) in found


def test_a_role_before_an_action_without_a_doer_still_leads_it():
    texts = [text for text, _ in _texts("会议议定：\n一、由县交通局负责，10月底前完成道路修复。\n", reference_date="2026-05-08")]
    assert texts == ["由县交通局负责，10月底前完成道路修复"]


def test_names_a_conversion_lost_as_question_marks_do_not_end_the_sentence():
    text = "会议议定：\n一、成立领导小组,???镇长任组长,???具体负责,党政办负责外围环境。\n"
    found = [(item.text, [owner.name for owner in item.owners]) for item in actions.extract(text, reference_date="2026-05-08").items]
    assert found[0] == ("成立领导小组,???镇长任组长,???具体负责", ["镇长"])


def test_each_member_of_a_decided_list_in_minutes_is_a_decision_without_a_modal():
    text = ("会议纪要\n现将会议议定事项纪要如下：\n"
            "一、关于农机厂改制问题：一是职工回迁原址安置，一律按成本价安置；二是自愿异地安置的职工按基准价安置；"
            "三是经发局要做好职工的思想稳定工作。\n")
    texts = [text for text, kind in _texts(text, reference_date="2026-05-08") if kind == "task"]
    assert texts == ["职工回迁原址安置，一律按成本价安置", "自愿异地安置的职工按基准价安置", "经发局要做好职工的思想稳定工作"]


def test_members_of_a_list_outside_minutes_still_need_a_cue():
    text = "一、关于农机厂改制问题：一是职工回迁原址安置；二是职工情绪总体稳定。\n"
    assert _texts(text, reference_date="2026-05-08") == []
