"""Owners written in an action: subjects, 请X, 由X牵头, coordination, role forms, non-owners."""

import pytest

from actions.owners.extract import explicit_owners


def owners(text):
    return [(o.name, o.role) for o in explicit_owners(text, 0, len(text))]


@pytest.mark.parametrize(("text", "expected"), [
    ("各县市区政府要加大两化建设示范的力度", [("各县市区政府", "responsible")]),
    ("请安委办起草这个东西", [("安委办", "responsible")]),
    ("由市城管执法局牵头，各街道配合，开展专项整治", [("市城管执法局", "lead"), ("各街道", "support")]),
    ("市城管执法局和各街道要联合行动", [("市城管执法局", "responsible"), ("各街道", "responsible")]),
    ("牵头单位：市发改委；配合单位：市财政局、市国土局", [("市发改委", "lead"), ("市财政局", "support"), ("市国土局", "support")]),
    ("本月20号前将贯彻落实意见方案上报安委办", []),
    ("年底对第一批创建企业进行验收考核", []),
    ("我们要高度重视", []),
    ("大家要充分认识", []),
    ("全县上下要行动起来", []),
    # heads outside the first suffix list: villages, towns, schools, teams, 部, levels, people in a role
    ("各村组要逐户排查", [("各村组", "responsible")]),
    ("各镇街、各中小学要落实值班制度", [("各镇街", "responsible"), ("各中小学", "responsible")]),
    ("村卫生室和驻村工作队要做好登记", [("村卫生室", "responsible"), ("驻村工作队", "responsible")]),
    ("市委宣传部要加强舆论引导", [("市委宣传部", "responsible")]),
    ("市委组织部、市人武部要抓好培训", [("市委组织部", "responsible"), ("市人武部", "responsible")]),
    ("各包片领导和各级网格员要每日巡查", [("各包片领导", "responsible"), ("各级网格员", "responsible")]),
    ("中央财政要增加专项资金，各级财政也要保证投入", [("中央财政", "responsible")]),
    ("各校要开展一次安全排查", [("各校", "responsible")]),
    ("县信用社要做好放贷服务", [("县信用社", "responsible")]),
    # the whole place is the audience; 内部/全部 name no unit
    ("全街道要高度重视", []),
    ("全镇要行动起来", []),
    ("内部要加强管理", []),
    ("全部工作要按期完成", []),
])
def test_explicit_owners(text, expected):
    assert owners(text) == expected


def test_owner_spans_index_the_text():
    text = "会后，各部门、各单位要将年初确定的目标进行再排队"
    found = explicit_owners(text, 3, len(text))
    assert [text[o.span[0]:o.span[1]] for o in found] == [o.name for o in found] == ["各部门", "各单位"]


def test_later_clauses_with_their_own_subject_and_modal_name_owners_too():
    from actions.owners.index import OwnerIndex

    text = "主要领导务必亲自抓、分管领导务必具体抓、业务骨干务必全力推，抓好各项任务落实"
    assert [o.name for o in OwnerIndex(text).owners(0, len(text))] == ["主要领导", "分管领导", "业务骨干"]
    text = "村党支部书记是第一责任人，村会计是具体责任人"
    assert [o.name for o in OwnerIndex(text).owners(0, len(text))] == ["村党支部书记", "村会计"]
    text = "县交通局要会同县公安局开展检查，严格执法"  # no later subject: the supporter is read by its role form
    assert [(o.name, o.role) for o in OwnerIndex(text).owners(0, len(text))] == [
        ("县交通局", "responsible"), ("县公安局", "support")]


def test_the_trigger_scan_finds_the_words_of_the_overlapped_alternation():
    # Triggers scans with the standard library's engine; at every place it must give the word
    # regex's overlapped scan of the alternation gives (the longest one starting there).
    from actions.owners.extract import _TRIGGER_WORDS, _TRIGGERS, Triggers

    text = "，".join(_TRIGGER_WORDS) + "牵头单位牵头部门配合配合单位由市局牵头负责，各负其责，会同协同和与请责成" * 2
    triggers = Triggers(text)
    expected = [(match.start(), match.group()) for match in _TRIGGERS.finditer(text, overlapped=True)]
    assert list(zip(triggers.starts, triggers.words)) == expected
    assert len(expected) > len(_TRIGGER_WORDS)
