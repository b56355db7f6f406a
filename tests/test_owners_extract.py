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
])
def test_explicit_owners(text, expected):
    assert owners(text) == expected


def test_owner_spans_index_the_text():
    text = "会后，各部门、各单位要将年初确定的目标进行再排队"
    found = explicit_owners(text, 3, len(text))
    assert [text[o.span[0]:o.span[1]] for o in found] == [o.name for o in found] == ["各部门", "各单位"]
