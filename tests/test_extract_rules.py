"""Item, owner and deadline rules on small speech-like texts (one behaviour per test).

The sentences are written in the style of the seed speeches but are not copied from them:
each test pins one general rule (titles, narrative, consequence, lead-ins, owner forms).
"""

from __future__ import annotations

import datetime as dt

import actions

MEETING = dt.date(2012, 5, 10)


def _items(text: str):
    return actions.extract(text, reference_date=MEETING).items


def _texts(text: str) -> list[str]:
    return [item.text for item in _items(text)]


def _owners(item) -> list[tuple[str, str, bool]]:
    return [(owner.name, owner.role, owner.inherited) for owner in item.owners]


def _only(text: str, fragment: str):
    found = [item for item in _items(text) if fragment in item.text]
    assert len(found) == 1, f"{fragment!r} in {[item.text for item in _items(text)]}"
    return found[0]


# ---- heading titles ---------------------------------------------------------------

def test_a_title_clause_followed_by_its_own_items_is_not_an_item():
    text = "第一，要统一标准，各县区要拟定统一的考核标准，新建企业要按标准抓建设。第二，要配强监管队伍。"
    got = _texts(text)
    assert "要统一标准" not in got
    assert any(t.startswith("各县区要拟定") for t in got)
    assert any(t.startswith("新建企业要按标准") for t in got)
    assert "要配强监管队伍" in got  # a title with nothing below it is the item


def test_a_title_sentence_is_not_an_item_when_its_section_has_items():
    text = "一要搭建服务青年的平台，不断增强吸引力。青联组织要积极创造条件，为青年成才搭建舞台。\n二要加强自身建设。"
    got = _texts(text)
    assert not any("搭建服务青年的平台" in t for t in got)
    assert any(t.startswith("青联组织要积极创造条件") for t in got)
    assert "加强自身建设" in got  # the marker 二要 carries the modal


# ---- not items --------------------------------------------------------------------

def test_the_speakers_agenda_for_today_is_not_an_item():
    assert _texts("今天又要部署两个专项行动，这两项重点是非常明确的。") == []


def test_an_assessment_of_the_situation_is_not_an_item():
    assert _texts("当前的形势大家要看到，是十分严峻的，因为隐患无处不在。") == []
    assert _texts("要确保完成全年目标，各部门今后一段时间的工作将十分繁重。") == []


def test_explanations_with_shi_yao_de_and_bu_xing_are_not_items():
    assert _texts("设备是要投入的，企业要改造不拿钱是不行的。") == []


def test_the_purpose_of_the_meeting_is_not_an_item():
    assert _texts("这次全体会议的召开，目的在于贯彻全会精神，确保实现开门红。") == []


def test_a_topic_phrase_reporting_a_speech_is_not_an_item():
    assert _texts("刚才市长的讲话，就如何统一思想，切实加大落实力度提出了明确的要求。") == []


def test_a_lead_in_announcing_a_list_keeps_the_directive_before_it():
    text = "局长通报了情况，希望大家认真贯彻落实，总的来讲，全市形势平稳，具体我讲几句话：一是认识统一，二是措施有力。"
    assert _texts(text)[0] == "希望大家认真贯彻落实"


# ---- spans ------------------------------------------------------------------------

def test_a_consequence_that_instructs_is_an_item_after_its_connective():
    item = _only("道路交通是隐患最多的领域，所以要作为全年工作的重中之重，全面开展专项治理。", "重中之重")
    assert item.text == "要作为全年工作的重中之重，全面开展专项治理"


def test_a_concessive_lead_belongs_to_the_action():
    item = _only("这两县的煤矿不管是恢复生产的，还是在停产的，通通都要加强监控。", "加强监控")
    assert item.text.startswith("这两县的煤矿不管是")


def test_a_first_date_finishes_the_action_it_follows():
    item = _only("一是健全监管机制，必须全面建立健全基层监管网络，今年年底要全面完成。", "健全监管机制")
    assert item.text.endswith("今年年底要全面完成")
    assert item.deadline is not None and item.deadline.due == dt.date(2012, 12, 31)


def test_a_bare_time_clause_leads_the_action_after_it():
    item = _only("这次会议后，各地要全面组织动员部署。", "动员部署")
    assert item.deadline is not None and item.deadline.kind == "asap"
    assert _owners(item) == [("各地", "responsible", False)]


# ---- owners -----------------------------------------------------------------------

def test_a_subject_with_te_bie_shi_and_a_time_word_before_it():
    item = _only("今后各级特别是领导，要抓暗访暗查。", "暗访暗查")
    assert [name for name, _, _ in _owners(item)] == ["各级", "领导"]
    assert item.kind == "task"


def test_a_distributive_subject():
    item = _only("每个乡镇20万元的经费都要到位。", "经费")
    assert _owners(item) == [("每个乡镇", "responsible", False)]


def test_a_subject_qualified_by_de():
    item = _only("主要是市里的行业主管部门要拿出方案。", "拿出方案")
    assert _owners(item) == [("市里的行业主管部门", "responsible", False)]


def test_the_addressee_of_a_list_of_demands_owns_each_demand():
    text = "特别是分管安全的领导，我提三条要求：第一，要把安全工作放在首位。第二，要集中精力抓落实。"
    items = _items(text)
    assert len(items) == 2
    for item in items:
        assert _owners(item) == [("分管安全的领导", "responsible", True)]


def test_a_partner_joined_by_he_lian_he_supports_and_is_not_inherited():
    first, second = _items("行业主管部门要和区县联合办试点，要加强指导。")
    assert _owners(first) == [("行业主管部门", "responsible", False), ("区县", "support", False)]
    assert _owners(second) == [("行业主管部门", "responsible", True)]


def test_units_organised_by_the_lead_support():
    item = _only("联合执法必须是政府牵头，组织有关部门强力打击。", "强力打击")
    assert _owners(item) == [("政府", "lead", False), ("有关部门", "support", False)]


def test_a_modal_before_the_subject_is_not_part_of_its_name():
    item = _only("必须政府牵头组织联合执法。", "联合执法")
    assert _owners(item) == [("政府", "lead", False)]


def test_responsibility_forms_after_a_subject():
    text = "1、政府牵头负责\n2、部门各负其责\n3、企业主体负责"
    items = _items(text)
    assert [(_owners(item)[0][0], item.kind) for item in items] == [("政府", "task"), ("部门", "task"), ("企业", "task")]


def test_a_wish_is_not_part_of_the_owner_name():
    item = _only("希望各部门、各单位按照讲话的要求，加强组织领导。", "加强组织领导")
    assert [name for name, _, _ in _owners(item)] == ["各部门", "各单位"]


# ---- task cues --------------------------------------------------------------------

def test_a_body_to_set_up_is_a_task():
    assert [(item.text, item.kind) for item in _items("验收还应该有个评审委员会。")] == [("验收还应该有个评审委员会", "task")]


def test_parties_listed_before_deng_bumen_each_own_the_action():
    item = _only("比如店招店牌，工商、市容、规划等部门要加强协调，加强审核。", "加强协调")
    assert [name for name, _, _ in _owners(item)] == ["工商", "市容", "规划"]
    assert _owners(_only("要加强与工商、税务等部门的协调。", "协调")) == []
