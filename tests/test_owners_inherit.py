"""The inheritance policy (actions.owners.inherit) on invented sentences of each case."""

from __future__ import annotations

import actions
from actions.models import Owner
from actions.owners.inherit import Inheritance


def _owners(text: str) -> list[list[tuple[str, str, bool]]]:
    document = actions.extract(text, "2012-05-10")
    return [[(owner.name, owner.role, owner.inherited) for owner in item.owners] for item in document.items]


def test_the_previous_subject_is_continued_without_its_supporting_parties():
    assert _owners("市交通局要制定停车规划，会同市公安局开展检查。要在6月底前完成。") == [
        [("市交通局", "responsible", False), ("市公安局", "support", False)],
        [("市交通局", "responsible", True)],
    ]


def test_an_audience_subject_ends_the_previous_subject():
    assert _owners("市交通局要制定停车规划。我们要加强宣传。要在6月底前完成。") == [
        [("市交通局", "responsible", False)], [], []]


def test_a_lead_in_governs_the_list_after_it():
    assert _owners("各部门要做到：一是要加强领导；二是要落实责任。") == [
        [("各部门", "responsible", True)], [("各部门", "responsible", True)]]


def test_a_new_section_does_not_continue_the_subject_of_another():
    assert _owners("市交通局要制定停车规划。\n一、加强领导\n要落实责任。") == [[("市交通局", "responsible", False)], []]


def test_a_lead_in_governs_its_scope_only():
    owner = Owner(name="市安监局", span=(0, 4))
    policy = Inheritance()
    policy.add_lead(10, 20, [owner])
    assert policy.lead_owners(9) == [] and policy.lead_owners(10) == [owner] and policy.lead_owners(20) == []
    taken = policy.owners_of("要落实", "", 0, 3, [], False, policy.lead_owners(15), True)
    assert [(o.name, o.span, o.inherited) for o in taken] == [("市安监局", (0, 4), True)]


def test_an_omitted_subject_does_not_cross_a_paragraph_break():
    assert _owners("县水利局要加强汛期巡查。\n要做好物资储备。") == [
        [("县水利局", "responsible", False)], []]


def test_an_indentation_inside_a_line_is_a_paragraph_break():
    # Web pages run paragraphs together on one line, each opened by an ideographic indent.
    assert _owners("县水利局要加强汛期巡查。　　要做好物资储备。") == [
        [("县水利局", "responsible", False)], []]


def test_an_omitted_subject_does_not_pass_over_a_new_report():
    assert _owners("会议指出，各乡镇要压实排查责任。副县长李某强调，要做好物资储备。") == [
        [("各乡镇", "responsible", False)], []]


def test_an_omitted_subject_continues_within_a_paragraph():
    assert _owners("会议要求，各乡镇要压实排查责任。要做好物资储备。") == [
        [("各乡镇", "responsible", False)], [("各乡镇", "responsible", True)]]


def test_people_of_the_governing_units_do_not_replace_its_subject():
    assert _owners("各级税务部门要加强征管，主要负责同志要亲自抓。要加大稽查力度。") == [
        [("各级税务部门", "responsible", False)], [("主要负责同志", "responsible", False)],
        [("各级税务部门", "responsible", True)]]


def test_people_named_first_are_continued():
    assert _owners("各村党支部书记要亲自抓排查。要做好台账。") == [
        [("各村党支部书记", "responsible", False)], [("各村党支部书记", "responsible", True)]]


def test_duties_shared_out_in_one_sentence_pass_to_no_later_action():
    assert _owners("县水利局要加强巡查，各乡镇要做好转移准备。要做好物资储备。") == [
        [("县水利局", "responsible", False)], [("各乡镇", "responsible", False)], []]


def test_a_second_subject_after_other_words_is_continued():
    assert _owners("各乡镇要加强巡查，这次检查发现问题不少，所以各村要做好转移准备。要做好物资储备。")[-1] == [
        ("各村", "responsible", True)]


def test_the_authors_of_an_approved_proposal_carry_it_on():
    from actions.owners.index import OwnerIndex

    text = "会议原则同意县民政局关于调整低保标准的意见，会后修改完善后报县委常委会研究。"
    index = OwnerIndex(text)
    policy = Inheritance(index)
    start = text.find("会后")
    taken = policy.owners_of(text, "", start, len(text) - 1, [], False, [], True)
    assert [(o.name, o.inherited) for o in taken] == [("县民政局", True)]
    assert index.approved_by(text.find("会议")) == []  # not before the approval
    assert OwnerIndex("会议原则同意县民政局关于调整低保标准的意见。会后报县委研究。").approved_by(28) == []  # another sentence


def test_a_unit_charged_by_you_carries_on_without_a_cue():
    from actions.owners.extract import explicit_owners

    text = "由县统筹办组织验收之后，召开专题会议研究解决问题"
    policy = Inheritance()
    first = explicit_owners(text, 0, 11)
    policy.owners_of(text, "", 0, 11, first, False, [], True)
    taken = policy.owners_of(text, "", 12, len(text), [], False, [], True)
    assert [(o.name, o.inherited) for o in taken] == [("县统筹办", True)]


def test_a_subject_chosen_by_a_condition_is_its_sentences_only():
    assert _owners("受灾严重的乡镇要集中力量抢险。要做好物资储备。") == [
        [("受灾严重的乡镇", "responsible", False)], []]


def test_a_role_defined_by_its_duty_is_continued():
    assert _owners("分管安全工作的领导要亲自督查。要做好台账。")[-1] == [("分管安全工作的领导", "responsible", True)]


def test_demands_addressed_to_units_govern_the_list_after_them():
    assert _owners("对各乡镇、各养殖场提出三点要求：一是落实消毒制度；二是做好进出登记。") == [
        [("各乡镇", "responsible", True), ("各养殖场", "responsible", True)],
        [("各乡镇", "responsible", True), ("各养殖场", "responsible", True)]]


def test_a_new_subject_or_date_inside_a_sentence_names_its_own_owner():
    assert _owners("县农业局5月底前完成调配，县水利局6月上旬完成清淤，各乡镇同步做好宣传。") == [
        [("县农业局", "responsible", False)], [("县水利局", "responsible", False)], [("各乡镇", "responsible", False)]]


def test_a_subject_with_an_adverb_for_its_modal_is_continued():
    assert _owners("要强化要素保障，各工作专班迅速下沉、靠前指挥，抓好落实。要明确任务目标。")[-1] == [("各工作专班", "responsible", True)]


def test_shares_of_a_division_of_labour_name_their_parties_and_pass_on_none():
    # X统筹，就是要…: the party (a level word too) owns the action that expounds its share,
    # and the next subject-less action is none of the sharers'.
    document = actions.extract("县统筹，就是要定好规划。各乡镇抓落实，就是要把任务分到村。要加强督导检查。", "2012-05-10")
    assert [(item.kind, [(o.name, o.inherited) for o in item.owners]) for item in document.items] == [
        ("task", [("县", False)]), ("task", [("各乡镇", False)]), ("directive", [])]
    assert _owners("区县抓落实，就是要因地制宜。") == [[("区", "responsible", False), ("县", "responsible", False)]]


def test_a_subject_before_the_topic_of_its_work_owns_the_action_and_passes_on():
    # 各部门宣传教育工作要…: the party stands before the topic; the topic-subject clauses after it continue it.
    assert _owners("各乡镇防汛值守工作要落实到人，常态化措施要坚持到位。") == [
        [("各乡镇", "responsible", False)], [("各乡镇", "responsible", True)]]
    assert _owners("城市管理工作要精细化。") == [[]]


def test_a_lead_in_inside_a_sentence_governs_its_list_not_the_sentences_after_it():
    # …，主要是管两头，一头是…，另一头是…: the members are the lead-in's; the next sentence is not.
    items = actions.extract("一、强化机制。中央统筹，就是要做好顶层设计，主要是管两头，一头是在政策方面创造条件，"
                            "另一头是加强监管。要改进考核评估机制。", "2012-05-10").items
    assert [(o.name, o.inherited) for o in items[0].owners] == [("中央", False)]
    assert items[-1].text == "要改进考核评估机制" and items[-1].owners == []
    # before a colon the lead-in governs its whole list, over sentences
    assert _owners("一、强化机制。县交通局要抓好两件事：一是要修好道路。二是要建好桥梁。")[-1] == [("县交通局", "responsible", True)]


def test_the_people_named_responsible_in_one_sentence_own_one_action():
    # X是第一责任人，Y是具体责任人: one item, both owners (not a second action for Y)
    items = actions.extract("三是明确工作责任。村党支部书记是第一责任人，村主办会计是具体责任人，要按月上报进度。", "2012-05-10").items
    assert len(items) == 1 and items[0].text.startswith("村党支部书记是第一责任人，村主办会计是具体责任人")
    assert [(o.name, o.inherited) for o in items[0].owners] == [("村党支部书记", False), ("村主办会计", False)]


def test_places_chosen_by_a_condition_own_their_action_only():
    document = actions.extract("有条件的地方，也可以先行试点。要加强指导。一些地方还存在畏难情绪。", "2012-05-10")
    assert [(item.text, item.kind, [o.name for o in item.owners]) for item in document.items] == [
        ("有条件的地方，也可以先行试点", "task", ["有条件的地方"]), ("要加强指导", "directive", [])]


LEAD_AFTER_REPORT = ("街道党工委副书记、办事处主任王某某强调，各村和社区要高度重视，要做到“三个抓好”：一是抓好重点。"
                     "重点对上访户进行深入走访；二是抓好责任落实。认真落实责任追究制度；三是抓好会议精神落实。"
                     "各包片领导要及时到村召开座谈会。要结合本村实际，制定稳控措施。")


def test_a_lead_in_after_a_long_reporting_lead_passes_its_owners_to_its_list():
    owners = _owners(LEAD_AFTER_REPORT)
    assert owners[1] == [("各村", "responsible", True), ("社区", "responsible", True)]


def test_a_subject_named_inside_the_list_governs_what_follows_it_there():
    owners = _owners(LEAD_AFTER_REPORT)
    assert owners[-2] == [("各包片领导", "responsible", False)]
    assert owners[-1] == [("各包片领导", "responsible", True)]
