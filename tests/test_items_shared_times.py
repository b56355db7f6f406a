"""Times a sentence or a heading sets for several actions, a second date inside a clause, a
decided step of minutes written without its doer, and a template date that starts a payment
(issues 16 and 17). Invented sentences of each class."""

import actions

REF = "2024-05-10"


def _rows(text, reference_date=REF):
    return [(item.text, item.deadline.text if item.deadline else None, [owner.name for owner in item.owners], item.kind)
            for item in actions.extract(text, reference_date).items]


def test_a_time_set_alone_before_the_first_comma_is_the_limit_of_every_action_of_the_sentence():
    rows = _rows("今年，要抓好干部培训工作，市里要重点对科级干部开展轮训，各乡镇都要加大培训力度。")
    assert [deadline for _, deadline, _, _ in rows] == ["今年", "今年", "今年"]
    assert all(kind == "task" for *_, kind in rows)


def test_a_shared_time_never_replaces_an_action_s_own_time():
    rows = _rows("今年，各乡镇要完成排查，各部门要在6月底前完成整改。")
    assert [deadline for _, deadline, _, _ in rows] == ["今年", "6月底前"]


def test_a_time_inside_the_first_action_is_not_shared_with_the_next():
    rows = _rows("各乡镇要在6月底前开展排查，各部门要加强督导。")
    assert [deadline for _, deadline, _, _ in rows] == ["6月底前", None]


def test_a_second_date_later_in_a_clause_is_a_second_action():
    rows = _rows("各乡镇要尽快做好前期工作：方案的评审要求本周完成。")
    assert [(text, deadline) for text, deadline, _, _ in rows] == [
        ("各乡镇要尽快做好前期工作", "尽快"), ("方案的评审要求本周完成", "本周")]


def test_haste_in_a_run_of_verbs_is_not_a_second_limit():
    rows = _rows("各乡镇要在6月底前完成排查，尽早部署、充分准备。")
    assert len(rows) == 1 and rows[0][1] == "6月底前"


HEADED = (
    "会议强调：\n"
    "1、要做好安置工作。\n"
    "2、要尽快做好前期工作：治理方案的评审要求本周完成；招标工作要做好与县纪委的衔接。\n"
    "3、要按照节俭的原则控制支出。\n"
)


def test_a_heading_title_that_sets_a_time_and_announces_its_actions_is_their_category_and_their_limit():
    rows = _rows(HEADED)
    texts = [text for text, *_ in rows]
    assert "要尽快做好前期工作" not in texts
    assert ("治理方案的评审要求本周完成", "本周") in [(text, deadline) for text, deadline, _, _ in rows]
    assert ("招标工作要做好与县纪委的衔接", "尽快") in [(text, deadline) for text, deadline, _, _ in rows]


def test_the_heading_s_time_stops_at_the_end_of_its_section():
    rows = _rows(HEADED)
    assert ("要按照节俭的原则控制支出", None) in [(text, deadline) for text, deadline, _, _ in rows]


def test_a_decided_step_for_a_piece_of_work_is_a_decision_of_minutes_without_its_doer():
    rows = _rows("会议议定：县财政局落实配套资金；招标工作做好与县纪委的衔接；方案修改完善后印发。")
    assert [text for text, *_ in rows] == ["县财政局落实配套资金", "招标工作做好与县纪委的衔接", "方案修改完善后印发"]
    assert all(kind == "task" for *_, kind in rows)


def test_a_piece_of_work_done_or_pushed_is_not_a_decided_step():
    rows = _rows("会议议定：县财政局落实配套资金，配套资金落实到位，强化工作推进和责任落实。")
    assert [text for text, *_ in rows] == ["县财政局落实配套资金，配套资金落实到位，强化工作推进和责任落实"]


def test_a_template_date_that_starts_a_payment_is_not_its_limit():
    assert _rows("各单位要从x年xx月份起支付两年补贴。")[0][1] is None
    assert _rows("各单位要在xx月份前完成。")[0][1] == "xx月份前"


def test_a_hyphen_left_for_a_lost_month_is_read_as_the_month():
    rows = _rows("会议要求，要在4-初召开动员大会，每半个-调度一次。")
    assert [(text, deadline) for text, deadline, _, _ in rows] == [("要在4-初召开动员大会", "4-初"), ("每半个-调度一次", "每半个-")]
    assert actions.extract("要在4-初召开动员大会。", "2024-03-24").items[0].deadline.due.isoformat() == "2024-04-10"


def test_a_hyphen_between_numbers_stays_a_range():
    rows = _rows("各乡镇要在1-5月份完成排查。")
    assert rows[0][1] == "1-5月份"


def test_a_routine_after_a_dated_action_or_another_routine_is_an_action_of_its_own():
    rows = _rows("要在6月初召开动员大会，每半个月调度一次，每周开展一次专项行动。")
    assert [deadline for _, deadline, _, _ in rows] == ["6月初", "每半个月", "每周"]


def test_a_routine_after_an_untimed_action_or_the_same_routine_again_belongs_to_it():
    assert len(_rows("各乡镇要做好督查，每季度通报一次。")) == 1
    assert len(_rows("要落实目标责任制，定期督查，定期考核。")) == 1


def test_a_bare_modal_and_verb_takes_what_the_sentence_said_before_as_its_object():
    rows = _rows("小额信贷对支持群众发展生产发挥了重要作用，要继续坚持。")
    assert [text for text, *_ in rows] == ["小额信贷对支持群众发展生产发挥了重要作用，要继续坚持"]


def test_the_time_of_the_object_said_before_is_the_action_s_limit():
    rows = _rows("到2030年全县农村人口全部实现安全饮水，是县委作出的郑重承诺，必须如期实现。")
    assert rows[0][0].startswith("到2030年") and rows[0][1] == "2030年" and rows[0][3] == "task"


def test_a_modal_verb_with_its_own_object_starts_where_it_is_written():
    rows = _rows("小额信贷发挥了重要作用，要继续坚持这一做法。")
    assert [text for text, *_ in rows] == ["要继续坚持这一做法"]
