"""Chinese words that several rule files share: one spelling, read by every rule that needs it.

Only words used by more than one rules file live here; a word one rule needs stays in that
rule. `alternation(words)` writes a tuple as a pattern alternative (a|b|c, in the order given),
so a rule that needs a few more words appends them: `alternation(MODALS + ("应当",))`.
"""

from __future__ import annotations

import regex


def alternation(words: tuple[str, ...]) -> str:
    """`words` as the body of a pattern alternation, in order (the words are escaped)."""
    return "|".join(regex.escape(word) for word in words)


MODALS = ("要", "必须", "务必")
"""The modal verbs of a directive (要加强…, 必须…, 务必…); rules add the weaker ones they accept."""

AUDIENCE = ("我们", "大家", "同志们", "咱们", "各位", "全市上下", "全县上下", "全区上下", "全省上下")
"""The speaker's audience as a subject (我们要…, 全市上下要…): never an owner."""

TIME_LEADS = ("今后", "现在", "下一步")
"""Words of 'from now on' that may stand before a subject (今后各部门要…)."""

CONNECTIVES = ("同时", "另外")
"""Connectives that may stand before a subject (同时，各单位要…)."""

UNIT_HEADS = (
    "各地", "各界", "部门", "政府", "街道",
    "单位", "公司", "企业", "各级", "机关", "委员会", "中心", "集团", "学校", "医院",
    "组织", "共青团", "党组", "协会", "商会", "工会", "小组", "工作组", "法院", "检察院", "卫生院", "管委会", "居委会", "村委会",
    "局", "委", "办", "厅", "处", "科", "室", "队",
    "行业", "系统", "镇", "乡", "村", "县", "区", "市",
    "干部", "司机", "班子", "人员", "主要负责人", "主要负责同志", "主要领导", "负责人", "一把手", "领导", "同志",
    # levels, places and bodies (有条件的地方, 中央财政, 各镇街, 各村组, 各中小学, 村卫生室, 驻村工作队, 信用社, 财政所)
    "国家", "中央", "省", "财政", "社区", "镇街", "乡街", "村组", "中小学", "校", "部", "专班",
    "社", "所", "站", "场", "业主", "层面", "地方", "牵头单位", "牵头部门",  # (各牵头单位: a head, as 牵 stands in no other name)
    # people in a role (各级网格员, 村党支部书记, 村主办会计, 业务骨干)
    "网格员", "书记", "会计", "骨干", "干部队伍", "执法队伍",  # (bodies of people; 队伍 alone ends objects: 整合环卫作业队伍)
    # office holders (张镇长, 分管副县长, 办公室主任; 长 alone would take 经济增长 for a name)
    "县长", "市长", "区长", "镇长", "乡长", "村长", "局长", "主任", "组长",
)
# (A head that ends in another head, all its other characters name characters, needs no entry:
# 领导小组, 办事处, 乡镇, 县市区, 指挥部, 党委, 派出所, 工作队 are read through 小组, 处, 镇, 区, 部, 委, 所, 队.)
"""Words a unit name ends with (the head of 市交通局, 各县市区政府, 主管安全生产工作的领导)."""

PERSON_HEADS = ("干部", "司机", "人员", "主要负责人", "主要负责同志", "主要领导", "负责人", "一把手", "领导", "同志",
                "网格员", "书记", "会计", "骨干")
"""Unit heads that name people in a unit (its 主要领导, 一把手): 各乡镇各部门主要领导 is one party, the leaders of both."""

OWNER_FIELD_LABELS: dict[str, tuple[str, ...]] = {
    "lead": ("牵头单位", "牵头部门"),
    "support": ("配合单位", "配合部门", "协办单位"),
    "responsible": ("责任单位", "责任部门", "主办单位", "承办单位"),
}
"""The labels of the owner fields of minutes and task tables (牵头单位：X), by the role they give."""

TIME_FIELD_LABELS = ("完成时限", "完成时间", "办结时限", "时限要求")
"""The labels of a time-limit field (完成时限：6月底前)."""
