"""Unit vocabulary, role words and non-owner words as data.

Each `OwnerRule`'s pattern finds owners in one construction; `role` is the role it gives
and `triggers` the words without which it cannot match (a cheap pre-check). `split` says how
its `units` group becomes owners (see actions.owners.extract, the engine that applies the
rules and runs their examples). `ends_at_trigger` marks a rule whose every match is a run of
Han characters, 、 and brackets ending with one of its trigger words: a search for it can
start at the run that holds the next trigger word. `anchored` rules are read at the start of
an action only. The examples run as tests: `expect` is the list of (name, role) found in the text.
"""

from __future__ import annotations

from dataclasses import dataclass

from actions.lang.zh.numerals import COUNTING
from actions.lang.zh.words import AUDIENCE as AUDIENCE_WORDS
from actions.lang.zh.words import CONNECTIVES, MODALS, OWNER_FIELD_LABELS, TIME_LEADS, UNIT_HEADS, alternation
from actions.rules import Example, Rule, SpanRule


@dataclass(frozen=True)
class OwnerRule(Rule):
    """A construction that names owners; its `units` group holds them."""

    role: str = "responsible"
    triggers: tuple[str, ...] = ()  # none: tried on every span
    split: str = "parties"  # "parties": a unit list (parties()); "form": a field value; "kinds": names sharing 等部门; "levels": as parties, but level words (省, 市县) are parties too
    ends_at_trigger: bool = False
    anchored: bool = False

# Words a unit name ends with (the 责任单位 column writes what the text says).
UNIT_SUFFIXES = UNIT_HEADS

# The general audience and the speaker are never owners.
AUDIENCE = frozenset(AUDIENCE_WORDS) | frozenset({
    "我", "你们", "全县", "全市", "全区", "全体人员", "在座的", "在座各位", "自己", "大家都", "同志",
    "人员", "干部",
}) | frozenset("全" + place for place in ("省", "市", "县", "区", "镇", "乡", "村", "街道")) \
   | frozenset({"全部", "内部", "外部", "局部", "大部", "本部", "组织"})  # the whole place is the audience; …部 words and 组织 (to organise) name no unit
# Words that end like a unit but name a place or a thing (…现场, …市场): no name ends with them.
NOT_UNIT_ENDINGS = ("现场", "市场", "会场", "广场", "立场", "战场")

# Longest first; the one-character heads as one class at the end (the same matches as an
# alternation of them, at a fraction of the cost: the suffix is tried at every name character).
# (委 before 会 is the head 委会 of 居委会/村委会/管委会, read whole: 希望街道居委会配合 is not 街道居委.)
_SUFFIX = ("(?:" + "|".join(sorted((head for head in UNIT_SUFFIXES if len(head) > 1), key=len, reverse=True))
           + "|[" + "".join(head for head in UNIT_SUFFIXES if len(head) == 1 and head != "委") + "]|委(?!会(?!同)))")
# Characters that never stand inside a unit name (verbs of the directive, particles, joiners).
NOT_IN_NAME = "要的把对在将向给请望由和与及是了就都也还从按以为被让使牵"
# A Han character outside NOT_IN_NAME (a class, not a lookahead per character: several times faster).
_NAME_CHAR = r"[^\P{Han}" + NOT_IN_NAME + r"]"
# One unit name: the longest run of up to 16 name characters that ends in a unit suffix,
# optionally qualified by one 的 phrase (市里的行业主管部门, 主管安全生产工作的领导).
# A variant in brackets right after the name (街道（镇）, 各部门（单位）) is part of it; a role in
# brackets (市交通局（牵头）) is not.
VARIANT = r"(?:（(?!牵头|配合|协办|协助|负责|参与|主办|承办|责任)[^\P{Han}）]{1,4}）)?"
# A name may hold 和 or 与 between two words of its field (县人力资源和社会保障局, 卫生和计划生育局);
# actions.owners.extract.parties keeps such a name whole (the part before 和 names no unit).
UNIT = r"(?:" + _NAME_CHAR + r"{1,10}的)?(?:" + _NAME_CHAR + r"{2,8}[和与])?" + _NAME_CHAR + r"{0,16}" + _SUFFIX + VARIANT
# Words joining coordinated parties.
# (各级 is a modifier: 各级各部门 is one party; 各地各部门 is two, split by actions.owners.extract.parties.)
JOINER = r"(?:（(?:牵头|配合|协办|协助|参与|主办)）、?|、|和|与|及其|及|以及|同(?!志)|特别是|尤其是|(?=各个))"
UNIT_LIST = f"{UNIT}(?:{JOINER}{UNIT}){{0,8}}"
# A subject named as the one responsible (X是本地安全生产第一责任人，要…): the action after it is X's.
RESPONSIBLE_IS = r"[是为][^，。；：！？\n]{0,16}?(?:责任人|责任主体|主体责任)"
# A party's share of the work, said before what it means (省负总责，就是要…; 市县抓落实，就是要…).
ROLE_SHARE = r"(?:统筹|负总责|抓落实|抓推进|负主责|主抓)"
# What follows a subject: modal or role verbs.
SUBJECT_FOLLOW = (
    r"(?:" + alternation(MODALS) + r"|一定|都要|也要|还要|应当|应该|应(?![急用])|须|可以|也可以|负责|具体|决定|牵头|会同|协同|要在|在|于|抓紧|立即|尽快|马上|切实|"
    r"进一步|认真|全力|积极|迅速|主动|共同|分别|联合|统一|严格|相应|按照|对|将|从|今年|明年|近期|同步|"
    r"本月|下月|月底|年底|年内|上半年|下半年|本周|下周|[0-9一二三四五六七八九十]{1,2}月|"
    r"各负其责|主体负责|包保负责|包干负责|负总责|" + RESPONSIBLE_IS +
    # a decision's verbs, as minutes write them without a modal (县财政局落实配套资金；县法制办审查后报…)
    r"|落实|完成|安排|审查|审核|提出|组织|做好|抓好|研究|制定|开展|提高|加强|督促|指导)"
)

# Where a subject can end: a modal or role verb right after a unit suffix. Every match of the
# subject rule contains one, so a span without it needs no subject match (a cheap gate).
SUBJECT_END = "(?<=" + _SUFFIX + VARIANT + "，?)" + SUBJECT_FOLLOW

# The labels of the owner fields of minutes and task tables (牵头单位：X), by the role they give.
FIELD_LABELS = OWNER_FIELD_LABELS



def _field(role: str) -> str:
    """A labelled owner field of `role`: its value runs to the next ；。 or line end."""
    # (a label opens its field: 各牵头单位、服务部门要… and 各责任单位相应成立… are subjects, not fields)
    return r"(?<!\p{Han})(?:" + "|".join(FIELD_LABELS[role]) + r")[：:]?(?P<units>[^；。\n]{1,60})"


RULES: list[OwnerRule] = [
    OwnerRule(
        name="lead_unit_form",
        pattern=_field("lead"),
        triggers=FIELD_LABELS["lead"], role="lead", split="form",
        doc="牵头单位：X、Y (every lead label of FIELD_LABELS)",
        examples=(Example("牵头单位：市发改委；配合单位：市财政局", [("市发改委", "lead")]),
                  Example("牵头部门：市住建局；配合部门：市城管局", [("市住建局", "lead")])),
    ),
    OwnerRule(
        name="support_unit_form",
        pattern=_field("support"),
        triggers=FIELD_LABELS["support"], role="support", split="form",
        doc="配合单位：X、Y (every support label of FIELD_LABELS)",
        examples=(Example("配合单位：市财政局、市国土局", [("市财政局", "support"), ("市国土局", "support")]),
                  Example("牵头部门：市住建局；配合部门：市城管局", [("市城管局", "support")])),
    ),
    OwnerRule(
        name="responsible_unit_form",
        pattern=_field("responsible"),
        triggers=FIELD_LABELS["responsible"], role="responsible", split="form",
        doc="责任单位：X (every responsible label of FIELD_LABELS)",
        examples=(Example("责任单位：各县市区政府", [("各县市区政府", "responsible")]),),
    ),
    OwnerRule(
        name="lead_bracket",
        pattern=r"(?P<units>" + UNIT + r")（(?:牵头|主办)）",
        triggers=("（牵头）", "（主办）"), role="lead", ends_at_trigger=True,
        doc="X（牵头）: the role written in brackets after the unit",
        examples=(Example("市交通局（牵头）、市公安局（配合）要制定停车规划", [("市交通局", "lead")]),),
    ),
    OwnerRule(
        name="support_bracket",
        pattern=r"(?P<units>" + UNIT + r")（(?:配合|协办|协助|参与)）",
        triggers=("（配合）", "（协办）", "（协助）", "（参与）"), role="support", ends_at_trigger=True,
        doc="X（配合）: the role written in brackets after the unit",
        examples=(Example("市交通局（牵头）、市公安局（配合）要制定停车规划", [("市公安局", "support")]),),
    ),
    OwnerRule(
        name="you_lead",
        pattern=r"(?<![原现])由(?P<units>" + UNIT_LIST + r")(?:总?牵头|负总责)",
        triggers=("由",), role="lead",
        doc="由X牵头",
        examples=(Example("由市城管执法局牵头，各街道配合", [("市城管执法局", "lead")]),
                  Example("由县应急局总牵头，县公安局配合", [("县应急局", "lead")])),
    ),
    OwnerRule(
        name="you_responsible",
        pattern=r"(?<![原现])由(?P<units>" + UNIT_LIST + r")(?:负责|组织|具体|统一|承担|提出|研究|制定|起草|拟定)",
        triggers=("由",), role="responsible",
        doc="由X负责 (原由X承担的职能 names who had it before, not who acts)",
        examples=(Example("由市安监局负责组织验收", [("市安监局", "responsible")]),
                  Example("将原由林业部门承担的绿化养护职能划给园林局", []),
                  Example("设备配备由县复审工作领导小组提出具体方案后另行研究", [("县复审工作领导小组", "responsible")])),
    ),
    OwnerRule(
        name="lead_after",
        pattern=r"(?P<units>" + UNIT_LIST + r")(?:要|将|负责)?总?牵头(?!单位|部门)",
        triggers=("牵头",), role="lead", ends_at_trigger=True,
        doc="X牵头",
        examples=(Example("市城管执法局牵头，各街道配合", [("市城管执法局", "lead")]),
                  Example("市公安局要牵头开展专项整治", [("市公安局", "lead")]),
                  Example("县应急局总牵头，县公安局配合", [("县应急局", "lead")])),
    ),
    OwnerRule(
        name="support_after",
        pattern=r"(?P<units>" + UNIT_LIST + r")(?:配合|协助|参与)(?!单位)",
        triggers=("配合", "协助", "参与"), role="support", ends_at_trigger=True,
        doc="X配合 / X协助",
        examples=(Example("市城管执法局牵头，各街道配合", [("各街道", "support")]),),
    ),
    OwnerRule(
        name="support_with",
        pattern=r"(?:会同|协同)(?P<units>" + UNIT_LIST + r")|(?:和|与)(?P<units>" + UNIT_LIST + r")(?=密切配合|一起|共同|联合|开展|进行|协作|合作)",
        triggers=("会同", "协同", "和", "与"), role="support",
        doc="会同X / 和X密切配合",
        examples=(Example("市交通局要会同市公安局开展检查", [("市公安局", "support")]),
                  Example("行业主管部门要和区县联合办试点", [("区县", "support")]),
                  Example("城管执法部门要与宣传部门协作", [("宣传部门", "support")]),
                  Example("企业的隐患和政府的责任", [])),
    ),
    OwnerRule(
        name="listed_with_kind",
        pattern=r"(?<![^，。；：\n])(?P<units>" + _NAME_CHAR + r"{2,8}(?:、" + _NAME_CHAR + r"{2,8}){1,8})等(?:有关|相关)?(?:部门|单位)"
                + SUBJECT_FOLLOW,
        triggers=("等部门", "等单位", "等有关", "等相关"), role="responsible", split="kinds",
        doc="工商、城管执法、规划等部门要…: each listed party (the kind word after 等 names them all)",
        examples=(Example("工商、城管执法、规划等部门要加强协调", [("工商", "responsible"), ("城管执法", "responsible"), ("规划", "responsible")]),
                  Example("加强与工商、税务等部门的协调", [])),
    ),
    OwnerRule(
        name="support_with_kind",
        pattern=r"(?:会同|协同)(?P<units>" + _NAME_CHAR + r"{2,8}(?:、" + _NAME_CHAR + r"{2,8}){0,8})等(?:有关|相关)?(?:部门|单位)",
        triggers=("会同", "协同"), role="support", split="kinds",
        doc="会同公安、交通等部门: each listed party supports (the kind word after 等 names them all)",
        examples=(Example("县安监局牵头，会同公安、交通、住建等部门开展检查",
                          [("公安", "support"), ("交通", "support"), ("住建", "support")]),),
    ),
    OwnerRule(
        name="organised_by_lead",
        pattern=r"牵头，?(?:组织|带领|督促)(?P<units>" + UNIT_LIST + r")",
        triggers=("牵头",), role="support",
        doc="X牵头，组织Y…: Y takes part",
        examples=(Example("联合执法必须是政府牵头，组织有关部门强力打击", [("有关部门", "support")]),),
    ),
    OwnerRule(
        name="distributive_subject",
        pattern=r"(?<![^，。；：\n])(?P<units>每个" + UNIT + r")[^，。；：\n]{0,12}?都(?:要|必须|应)",
        triggers=("每个",), role="responsible",
        doc="每个X…都要: each X",
        examples=(Example("每个县50万的投入都要到位", [("每个县", "responsible")]),),
    ),
    OwnerRule(
        name="demands_to",
        pattern=r"(?<![^，。；：\n])对(?P<units>" + UNIT_LIST + r")提出[^，。；：\n]{0,6}?要求",
        triggers=("提出",), role="responsible",
        doc="对X提出三点要求：… — X is addressed by the demands (elsewhere 对X is the object of the action)",
        examples=(Example("对各乡镇、各养殖场提出三点要求", [("各乡镇", "responsible"), ("各养殖场", "responsible")]),
                  Example("对企业进行验收", [])),
    ),
    OwnerRule(
        name="addressee",
        pattern=r"(?<![^，。；：\n])(?:特别是|尤其是|对于?)?(?P<units>" + UNIT_LIST + r")，(?:我|下面我)(?:再)?(?:提|讲|强调)",
        triggers=("我提", "我讲", "我强调", "我再"), role="responsible",
        doc="X，我提四条要求: the parties a list of demands addresses",
        examples=(Example("特别是主管安全生产工作的领导，我提四条要求", [("主管安全生产工作的领导", "responsible")]),),
    ),
    OwnerRule(
        name="role_expounded",
        pattern=r"(?<![^，。；：\n])(?P<units>" + UNIT + r"|[省市县区]{1,3})" + ROLE_SHARE + r"，就是要",
        triggers=("就是要",), role="responsible", split="levels",
        doc="X统筹，就是要… / 省负总责，就是要…: a party's share of the work, then what it means (a level alone, "
            "or levels written together, 市县, name the parties here)",
        examples=(Example("中央统筹，就是要做好顶层设计", [("中央", "responsible")]),
                  Example("省负总责，就是要做到承上启下", [("省", "responsible")]),
                  Example("市县抓落实，就是要因地制宜", [("市", "responsible"), ("县", "responsible")]),
                  Example("各乡镇抓落实，就是要把任务分到村", [("各乡镇", "responsible")]),
                  Example("这次会议的目的，就是要统一思想", [])),
    ),
    OwnerRule(
        name="subject_topic_modal",
        pattern=r"(?<![^，。；：\n])(?P<units>" + UNIT + r")(?:(?<=部门|单位|政府|机关)|(?<=各\p{Han}{1,30}))"
                + _NAME_CHAR + r"{2,8}?工作(?:" + alternation(MODALS + ("一定要",)) + ")",
        triggers=("工作要", "工作必须", "工作务必", "工作一定要"), role="responsible",
        doc="各部门宣传教育工作要做到位: a party, then the topic of its work, then the modal (the party is "
            "one named as a unit: 各X, or a name ending in 部门/单位/政府/机关; 农村工作要… names no one)",
        examples=(Example("各部门宣传教育工作要做到位", [("各部门", "responsible")]),
                  Example("各乡镇防汛值守工作必须落实到人", [("各乡镇", "responsible")]),
                  Example("县直有关单位信访工作要有专人负责", [("县直有关单位", "responsible")]),
                  Example("城市管理工作要精细化", []), Example("农村人居环境整治工作要扎实推进", [])),
    ),
    OwnerRule(
        name="group_leader",
        pattern=r"(?P<units>" + UNIT + r")(?:任|担任)(?:常务副|副)?组长",
        triggers=("任组长", "任副组长", "任常务副组长", "担任组长"), role="responsible",
        doc="成立领导小组，张镇长任组长: the one who leads the group the action sets up carries it out",
        examples=(
            Example("成立领导小组，县长任组长，分管副县长任副组长", [("县长", "responsible"), ("分管副县长", "responsible")]),
            Example("由王局长担任组长", [("王局长", "responsible")]),
        ),
    ),
    OwnerRule(
        name="please_subject",
        pattern=r"(?:请|责成|要求|希望)(?P<units>" + UNIT_LIST + r")",
        triggers=("请", "责成", "要求", "希望"), role="responsible",
        doc="请X… / 责成X…",
        examples=(
            Example("请安委办起草这个东西", [("安委办", "responsible")]),
            Example("希望街道居委会做好宣传", [("街道居委会", "responsible")]),
            Example("请大家保持安静", []),
        ),
    ),
    OwnerRule(
        name="subject_modal",
        anchored=True,
        pattern=r"\G(?:[-－•·●■◆▶]\s?)?(?:主要是|特别是|尤其是|同时|另外|此外|还有|其中|并且|而且|所以|因此|关键是|重点是|会后)?(?P<units>" + UNIT_LIST + r")，?" + SUBJECT_FOLLOW,
        role="responsible",
        doc="X要… at the start of the action",
        examples=(
            Example("各县市区政府要加大示范力度", [("各县市区政府", "responsible")]),
            Example("市城管执法局和各街道要联合行动", [("市城管执法局", "responsible"), ("各街道", "responsible")]),
            Example("我们要高度重视", []),
            Example("全市青联组织和青年干部，要以高度的政治责任感", [("全市青联组织", "responsible"), ("青年干部", "responsible")]),
            Example("上报安委办", []),
            Example("各乡镇党政主要负责人是本地安全生产第一责任人，要亲自抓", [("各乡镇党政主要负责人", "responsible")]),
            Example("安全生产是头等大事", []),
            Example("市城管执法局会同各区政府制定整治计划", [("市城管执法局", "responsible")]),
            Example("全市各级各部门务必高度重视", [("全市各级各部门", "responsible")]),
            Example("各乡镇各部门要统一思想", [("各乡镇", "responsible"), ("各部门", "responsible")]),
            Example("各县区各单位要抓好落实", [("各县区", "responsible"), ("各单位", "responsible")]),
            Example("各乡镇各部门主要领导要靠前指挥", [("各乡镇各部门主要领导", "responsible")]),
            Example("全市各级、各部门和社会各界要充分认识", [("全市各级", "responsible"), ("各部门", "responsible"), ("社会各界", "responsible")]),
            Example("乡（镇）具体负责辖区内的河道保洁", [("乡（镇）", "responsible")]),
            Example("县防汛指挥部及其办公室负责汛期值守", [("县防汛指挥部", "responsible"), ("办公室", "responsible")]),
            Example("县政府决定成立食品安全委员会", [("县政府", "responsible")]),
            Example("各村应把握好工作进度", [("各村", "responsible")]),
            Example("各责任单位相应成立专门班子", [("各责任单位", "responsible")]),
            Example("有条件的地方，也可以先行试点", [("有条件的地方", "responsible")]),
            Example("县水利局6月上旬完成清淤", [("县水利局", "responsible")]),
            Example("汛期各级网格员要加强巡查", [("各级网格员", "responsible")]),
            Example("攻坚期内干部队伍要保持稳定", [("干部队伍", "responsible")]),
            Example("过渡期间执法队伍要加强巡查", [("执法队伍", "responsible")]),
            Example("县人力资源和社会保障局要做好就业服务", [("县人力资源和社会保障局", "responsible")]),
            Example("县卫生和计划生育局与各乡镇卫生院要联合排查", [("县卫生和计划生育局", "responsible"), ("各乡镇卫生院", "responsible")]),
            Example("我们交警部门要加强路面管控", [("交警部门", "responsible")]),
            Example("县直各有关单位要抓好落实", [("县直各有关单位", "responsible")]),
            Example("各乡镇同步做好宣传", [("各乡镇", "responsible")]),
            Example("-各部门要做好值班值守", [("各部门", "responsible")]),
            Example("县农业局（牵头）、县水利局要制定方案", [("县农业局", "responsible"), ("县水利局", "responsible")]),
            Example("市场要发挥调节作用", []),
            Example("省、市、县都要加大培训力度", [("省", "responsible"), ("市", "responsible"), ("县", "responsible")]),
            Example("县要加大培训力度", []),
            Example("县新冠肺炎疫情防控处置工作成员单位要压实责任", [("县新冠肺炎疫情防控处置工作成员单位", "responsible")]),
            Example("县财政局落实配套资金", [("县财政局", "responsible")]),
            Example("县法制办审查后报县委常委会研究", [("县法制办", "responsible")]),
            Example("组织抓好本部门工作任务落实", []),
            Example("各牵头单位、服务部门要按照职责分工推进", [("各牵头单位", "responsible"), ("服务部门", "responsible")]),
            Example("县应急管理局要加强值守", [("县应急管理局", "responsible")]),
            Example("各乡镇主要负责人为安全生产第一责任人，要亲自抓", [("各乡镇主要负责人", "responsible")]),
            Example("保证人员在岗在位", []),
            Example("落实脱贫攻坚一把手负责制", []),
        ),
    ),
]


@dataclass(frozen=True)
class SubjectRule(SpanRule):
    """Where a subject stands in a clause: a pattern whose match is the answer (see SpanRule)."""


# A subject end stands after a unit suffix (and an optional ，): looking behind for the last
# character of one first rejects most positions at half the cost of the suffix alternation.
_SUFFIX_LAST_CHARS = "".join(sorted({suffix[-1] for suffix in UNIT_SUFFIXES} | {"）"}))  # ）: 街道（镇）

SUBJECT_RULES: list[SubjectRule] = [
    SubjectRule(
        name="subject_end",
        pattern=f"(?<=[{_SUFFIX_LAST_CHARS}]，?)" + SUBJECT_END,
        apply="search",
        doc="Where a subject can end (SUBJECT_END behind a unit suffix's last character): scanned once per "
            "view, it tells which spans may open with a subject.",
        examples=(Example("各县市区政府要加大示范力度", "要"), Example("各县市区政府，要加强领导", "要"),
                  Example("我们要高度重视", None)),
    ),
    SubjectRule(
        name="subject_only",
        pattern="(?:" + alternation(TIME_LEADS + ("下步",) + CONNECTIVES) + ")?(?:(?P<units>" + UNIT_LIST + ")(?:" + RESPONSIBLE_IS
                + "|" + ROLE_SHARE + ")?|(?P<units>[省市县区]{1,3})" + ROLE_SHARE + ")",
        apply="fullmatch",
        doc="A clause that is only a subject (全市青联组织和青年干部，要…; 各乡镇主要负责人是第一责任人，要…): "
            "the action after it starts at the subject.",
        examples=(Example("全市青联组织和青年干部", "全市青联组织和青年干部"), Example("省负总责", "省负总责"),
                  Example("中央统筹", "中央统筹"), Example("统筹", None),
                  Example("各乡镇党政主要负责人是本地安全生产第一责任人", "各乡镇党政主要负责人是本地安全生产第一责任人"),
                  Example("要加强领导", None)),
    ),
    SubjectRule(
        name="subject_announce",
        pattern=(r"(?P<units>" + UNIT_LIST + r")[ \u3000]?(?:要|将|还要|也要|主要)?\p{Han}{1,3}?(?:以下)?"
                 rf"[{COUNTING}]{{1,3}}(?:大|个|项|条|件|点)\p{{Han}}{{0,8}}"),
        apply="fullmatch",
        doc="A last clause naming who does the counted things that follow (市政府搞三大方面的调度，一是…): "
            "its subject, not the sentence's first one, governs the list.",
        examples=(Example("市政府搞三大方面的调度", "市政府搞三大方面的调度"), Example("各部门要抓好三个方面", "各部门要抓好三个方面"),
                  Example("要抓好三个方面", None)),
    ),
    SubjectRule(
        name="audience_subject",
        pattern="(?:" + alternation(TIME_LEADS + CONNECTIVES + ("而且",)) + ")?(?:" + alternation(AUDIENCE_WORDS) + ")",
        apply="match",
        doc="An action whose subject is the audience (我们还要…) names no owner: it continues no one's.",
        examples=(Example("我们还要加强宣传", "我们"), Example("今后大家要自觉遵守", "今后大家"), Example("市交通局要牵头", None)),
    ),
]

# The longest name of a reporter the reporting_lead rule reads (街道党工委副书记、办事处主任王某某).
REPORTER_MAX = 24

SUBJECT_RULES.append(SubjectRule(
    name="reporting_lead",
    pattern=r"(?<![^。！？；\n])(?!根据|依照|对照|遵照|经)(?:" + _NAME_CHAR + r"|[、·]){1," + str(REPORTER_MAX) + "}?"
            r"(?:强调|指出|要求|提出|表示|明确|说|认为|提醒|希望)[，：]",
    apply="search",
    doc="A sentence opened by a new report (会议要求，…; 县长强调：…; 徐强指出，…): what follows starts afresh, "
        "so the subject of an earlier sentence does not pass over it (a lead-in colon still governs its list).",
    examples=(Example("会议要求，要依法开展排查", "会议要求，"), Example("县委副书记、县长王某某强调：各单位要", "县委副书记、县长王某某强调："),
              Example("街道党工委副书记、办事处主任王某某强调，各村要", "街道党工委副书记、办事处主任王某某强调，"),
              Example("按照省委要求，各地要抓好落实", None), Example("各部门要按照要求，抓好落实", None)),
))

SUBJECT_RULES.append(SubjectRule(
    name="approved_proposal",
    pattern=r"同意(?P<units>" + UNIT_LIST + r")(?:关于|提出的|提交的|报送的|上报的|起草的|拟定的|制定的|报来的)",
    apply="match",
    doc="Minutes approving a unit's proposal (会议原则同意县经发局关于…的意见，会后提交…): the actions after "
        "it in the sentence are its authors' (inherited).",
    examples=(Example("同意县财政局关于预算调整的意见", "同意县财政局关于"),
              Example("同意县住建局、县发改局提交的管理办法", "同意县住建局、县发改局提交的"),
              Example("同意大家的意见", None)),
))

SUBJECT_RULE = {rule.name: rule for rule in SUBJECT_RULES}
