"""Merged and split spans (issue 16): where one action ends and the next begins inside a sentence."""

import actions


def _items(text):
    return actions.extract(text, reference_date="2026-03-01").items


def test_a_marker_holding_the_modal_makes_the_clause_after_it_a_directive():
    speech = "会议强调：一要思想认识再提高；二要进一步营造干事创业的浓厚氛围；三要注意把握政策导向。"
    assert [item.text for item in _items(speech)] == ["思想认识再提高", "进一步营造干事创业的浓厚氛围", "注意把握政策导向"]


def test_a_clause_with_its_own_topic_and_modal_is_a_further_action():
    speech = "各部门宣传教育工作要做到位，常态化措施要坚持到位，应急处置能力要进一步加强。"
    assert [item.text for item in _items(speech)] == [
        "各部门宣传教育工作要做到位", "常态化措施要坚持到位", "应急处置能力要进一步加强"]


def test_connectives_ordinals_and_the_audience_before_a_modal_start_no_action():
    speech = "总之，我们要建设宜居城市，不仅要高起点搞好规划。第二要抓好落实。对违法建设要全面排查。"
    texts = [item.text for item in _items(speech)]
    assert "我们要建设宜居城市，不仅要高起点搞好规划" in texts
    assert not any(text.startswith("不仅") for text in texts)


def test_roles_before_the_action_make_one_item_with_lead_support_and_deadline():
    speech = "县住建局牵头，县财政局、县自然资源局配合，6月底前出台老旧小区改造实施方案。"
    (item,) = _items(speech)
    assert [(owner.name, owner.role) for owner in item.owners] == [
        ("县住建局", "lead"), ("县财政局", "support"), ("县自然资源局", "support")]
    assert item.deadline is not None and str(item.deadline.due) == "2026-06-30"


def test_the_things_an_action_is_about_lead_it_and_start_the_next_one():
    speech = "对排查发现的隐患，要立即整改，对一时难以整改的，上报县应急管理局挂牌督办。"
    assert [item.text for item in _items(speech)] == [
        "对排查发现的隐患，要立即整改", "对一时难以整改的，上报县应急管理局挂牌督办"]


def test_a_verb_starting_with_dui_is_not_the_things_an_action_is_about():
    speech = "要对照标准逐项整改，对接上级部门。"
    assert [item.text for item in _items(speech)] == ["要对照标准逐项整改，对接上级部门"]


def test_a_modal_marker_clause_and_a_particular_demand_after_it_are_two_actions():
    speech = "会议要求，一要突出招商重点；二要组织策划好节会招商活动，特别要搞好集中外出招商推介活动。"
    texts = [item.text for item in _items(speech)]
    assert "组织策划好节会招商活动" in texts
    assert "特别要搞好集中外出招商推介活动" in texts


def test_haste_in_a_run_of_verbs_is_manner_but_a_new_date_starts_a_new_item():
    speech = "各乡镇必须强化责任意识，尽早部署、充分准备、周密安排，确保安全度汛。"
    (item,) = _items(speech)
    assert item.text.startswith("各乡镇必须强化责任意识，尽早部署")



def test_a_new_subject_with_its_own_time_or_verb_starts_a_new_item():
    three = _items("县农业局5月底前完成调配，县水利局6月上旬完成清淤，各乡镇同步做好宣传。")
    assert [item.text for item in three] == ["县农业局5月底前完成调配", "县水利局6月上旬完成清淤", "各乡镇同步做好宣传"]
    assert [item.deadline and str(item.deadline.due) for item in three] == ["2026-05-31", "2026-06-10", None]


def test_a_request_to_another_party_and_a_listed_subject_with_a_modal_start_new_actions():
    speech = "工商局全面出动抓，也希望街道居委会配合。中央层面要重点开展轮训，省、市、县都要加大培训力度。"
    texts = [item.text for item in _items(speech)]
    assert "也希望街道居委会配合" in texts
    assert "省、市、县都要加大培训力度" in texts


def test_a_short_modal_head_is_continued_by_the_clauses_that_say_how():
    # 要分类施策，对…要…: the short call and how it is done are one action; a clause with its own 要 still splits
    speech = "要分类施策，对受灾严重的乡镇要加大救助力度。要压实责任，列出具体清单，列出时间表。要压实责任，要加强督查。"
    assert [item.text for item in _items(speech)] == [
        "要分类施策，对受灾严重的乡镇要加大救助力度", "要压实责任，列出具体清单，列出时间表", "要压实责任", "要加强督查"]


def test_a_named_duty_followed_by_how_it_is_done_is_a_further_action():
    # …，确保值班到位，认真履行…制度: the duty opens an item of its own; a closing aim does not
    speech = "各单位要加强协调、形成合力，确保值班到位，认真履行24小时值班制度，及时报告。各乡镇要加强巡查，确保责任落实到位。"
    assert [(item.text, item.kind) for item in _items(speech)] == [
        ("各单位要加强协调、形成合力", "task"), ("确保值班到位，认真履行24小时值班制度，及时报告", "task"),
        ("各乡镇要加强巡查，确保责任落实到位", "task")]
