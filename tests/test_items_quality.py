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


def owner_rows(text):
    return [(item.text, [(owner.name, owner.inherited) for owner in item.owners]) for item in items(text)]


def test_a_bracketed_unit_variant_is_part_of_the_subject_and_starts_its_own_action():
    text = "要理顺县、乡两级职责，县水利局负责河道规划和执法，乡（镇）具体负责辖区内的河道保洁。"
    rows = owner_rows(text)
    assert ("乡（镇）具体负责辖区内的河道保洁", [("乡（镇）", False)]) in rows
    assert ("县水利局负责河道规划和执法", [("县水利局", False)]) in rows


def test_the_audience_as_subject_ends_the_chain_of_omitted_subjects():
    text = "县交通局要加强客运管理。我们要把安全放在首位。要确保春运平安有序。"
    rows = dict(owner_rows(text))
    assert rows["县交通局要加强客运管理"] == [("县交通局", False)]
    assert rows["要确保春运平安有序"] == []


def test_a_decision_names_its_maker_and_a_purpose_lead_is_not_the_action():
    text = ("一要加强环卫管理。为解决环卫作业标准不一的问题，县政府决定整合环卫作业队伍，"
            "将原由各乡镇承担的道路保洁职能划转县环卫处。")
    rows = owner_rows(text)
    assert rows == [("县政府决定整合环卫作业队伍，将原由各乡镇承担的道路保洁职能划转县环卫处", [("县政府", False)])]


def test_a_list_describing_a_documents_content_is_not_items():
    text = ("县政府出台了《关于加强农村公路养护的实施意见》。意见主要包括三个方面：一是加强养护管理；二是落实养护资金；三是健全考核办法。\n"
            "各乡镇要做到：一是加强养护管理；二是落实养护资金。\n")
    found = [(item.text, [owner.name for owner in item.owners]) for item in items(text)]
    assert found == [("加强养护管理", ["各乡镇"]), ("落实养护资金", ["各乡镇"])]


def test_the_subject_of_a_counted_lead_clause_governs_the_list_after_it():
    text = ("各乡镇要加大巡查力度，县政府抓三件事，一是九月份组织一次防汛演练，"
            "二是年底对各乡镇进行验收。\n")
    rows = dict(owner_rows(text))
    assert rows["各乡镇要加大巡查力度"] == [("各乡镇", False)]
    assert rows["九月份组织一次防汛演练"] == [("县政府", True)]
    assert rows["年底对各乡镇进行验收"] == [("县政府", True)]


def test_roles_in_brackets_after_the_units():
    found = items("市交通局（牵头）、市公安局（配合）要制定停车规划。")
    assert [(owner.name, owner.role) for owner in found[0].owners] == [("市交通局", "lead"), ("市公安局", "support")]


def test_the_next_step_of_a_sequence_and_a_new_basis_start_new_actions():
    text = ("各县区要先把试点方案拿出来，方案出来后再召开现场推进会，就按这个方案推开。"
            "对去年的工作要来一次全面盘点，按照这次会议的要求，根据各地实际认真抓好落实。")
    assert [(item.text, item.kind) for item in items(text)] == [
        ("各县区要先把试点方案拿出来", "task"),
        ("方案出来后再召开现场推进会", "task"),
        ("就按这个方案推开", "task"),
        ("对去年的工作要来一次全面盘点", "task"),
        ("按照这次会议的要求，根据各地实际认真抓好落实", "directive"),
    ]


def test_a_report_of_what_we_did_ends_the_action_and_a_plan_with_a_deliverable_is_one():
    text = ("要充分发挥社区网格员的作用，我们组建了200人的巡查队，推行错时巡查制度，"
            "计划在老城区设置8个便民服务点，确保群众办事不出社区。")
    found = [(item.text, item.kind) for item in items(text)]
    assert found == [
        ("要充分发挥社区网格员的作用", "directive"),
        ("计划在老城区设置8个便民服务点，确保群众办事不出社区", "task"),
    ]


def test_planned_figures_are_not_a_plan_and_later_we_still_names_no_owner():
    text = "该项目计划总投资3.5亿元。市公安局要加强巡逻防控。今后我们还要不断充实警力。"
    rows = owner_rows(text)
    assert rows == [("市公安局要加强巡逻防控", [("市公安局", False)]), ("今后我们还要不断充实警力", [])]


def test_work_spread_over_years_is_due_within_them():
    text = "县人社局要分三年招录120名社区工作者，2027年先招录40名。"
    found = [(item.text, item.deadline and item.deadline.text, item.deadline and str(item.deadline.due)) for item in items(text)]
    assert found == [("县人社局要分三年招录120名社区工作者", "分三年", "2029-11-27"),
                     ("2027年先招录40名", "2027年", "2027-12-31")]


def test_judgements_and_hypotheses_are_not_items_but_the_clause_after_a_condition_is():
    text = ("推行河长制是改善水环境的重要举措。若按户籍人口计算人均收入要下降三成。"
            "如果发现隐患，要立即整改。执法检查是必要的。")
    assert [item.text for item in items(text)] == ["要立即整改"]


def test_a_very_short_modal_clause_says_how_the_action_before_it_is_done():
    text = "对违规排污的企业，该停产的要停产，该关闭的要关闭，要一查到底。各乡镇要建立巡查台账，要每周报送一次巡查情况。"
    assert [item.text for item in items(text)] == [
        "对违规排污的企业，该停产的要停产，该关闭的要关闭，要一查到底",  # the things it is about lead it
        "各乡镇要建立巡查台账",
        "要每周报送一次巡查情况",
    ]


def test_a_paired_slogan_title_is_an_instruction_whose_body_states_the_items():
    text = ("同志们：\n一要强基础强保障。建立健全应急物资储备制度，将应急物资储备纳入年度目标考核。\n"
            "二要强队伍强作风。\n")
    assert [(item.text, item.kind) for item in items(text)] == [
        ("建立健全应急物资储备制度，将应急物资储备纳入年度目标考核", "task"),
        ("强队伍强作风", "directive"),
    ]


def test_dense_input_for_the_new_rules_gives_spans_into_it():
    # How linear this is, is measured by benchmarks/adversarial.py (cases "time-word soup", "在…时").
    pieces = ["在规划", "时", "是", "的重要举措", "若", "要", "计划", "我们", "分三年", "后再", "街道（镇）",
              "文件有", "强", "县政府抓三件事", "，"]
    soup = "".join(pieces[(i * 7) % len(pieces)] for i in range(20_000))
    documents = {text: actions.extract(text, reference_date="2026-11-27") for text in (soup, "在" * 50_000 + "时" * 50_000)}
    assert documents[soup].items
    for text, document in documents.items():
        for item in document.items:
            assert text[item.span[0] : item.span[1]] == item.text
