"""Directive, task and not-an-item cues as data.

`kind` says what a match of a `CueRule` means for a clause:
- "not_item": the sentence is narrative, agenda, thanks, purpose, a higher body's words …
- "directive": a directive cue (要, 必须, 请 …): the clause asks someone to act;
- "task": a concrete, checkable action (召开, 上报, 制定, 验收 …).
`scope` says where a not-item rule is read: on the whole unit (the default), per clause, or at
a clause's start only.
`needs` (optional) lists words one of which every match contains: a span holding
none of them needs no search (a cheap pre-check, worth it where the rule is slow to search
or is read on most clauses but rarely matches).
`check_example` runs `classify(text)` and compares with the example's expected class
("task" / "directive" / None for not an item).
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from actions.lang.zh.numerals import COUNTING
from actions.lang.zh.words import MODALS, alternation
from actions.owners.lexicon import UNIT_LIST
from actions.rules import Example, Rule, SpanRule, check_span_example, register


@dataclass(frozen=True)
class CueRule(Rule):
    """A cue: what its match says about the clause it is in (see the module docstring)."""

    kind: str = "directive"  # not_item, directive, task, imperative, body, content_lead
    scope: str = "unit"  # not-item rules: "unit", "clause", "clause_start" or "clause_gated" (per clause, where a `needs` word is)
    needs: tuple[str, ...] | None = None


RULES: list[CueRule] = [
    # ---- not items -------------------------------------------------------------
    CueRule(
        name="agenda",
        pattern=r"下面请|下面由|现在请|请[^，。；：！？\n]{0,24}?(?:发言|讲话|作报告|介绍|宣读|通报)|会议(?:议程|进行)|进行第.项|我(?:再)?(?:提|讲|强调)(?:几|[一二三四五六七八九十两])(?:点|条|个)|"
                r"今天(?:又|还|主要)?要(?:部署|讲|研究|布置|安排|谈)",
        kind="not_item",
        examples=(Example("下面请张局长发言", None), Example("对这次会后贯彻的问题，我提几点要求", None),
                  Example("请市政府办公室做好督查，每季度通报一次进展情况", "directive"),
                  Example("今天又要部署三个专项整治，这三大重点是非常明确的", None)),
    ),
    CueRule(
        name="thanks",
        pattern=r"感谢|谢谢|致以|辛勤|表示衷心",
        kind="not_item",
        examples=(Example("在此向大家表示衷心的感谢", None),),
    ),
    CueRule(
        name="meeting_purpose",
        pattern=r"(?:这次|本次|今天的?)(?:会议|会)(?:的)?(?:主要)?(?:目的|任务)?(?:就是要|是要|主要是|就是)|主要目的是|主要任务是|会议的主要任务|会议的?召开，?目的|目的在于",
        kind="not_item",
        examples=(Example("这次会议就是要统一思想", None),
                  Example("这次全体会议的召开，目的在于贯彻会议精神，确保实现首季开门红", None),
                  Example("今天召开这个会，主要任务是分析形势，动员全县上下立即行动起来，确保安全度汛", None)),
    ),
    CueRule(
        name="higher_body",
        pattern=r"(?:中央|国务院|省委|省政府|党中央|总书记|上级)(?:明确|反复|多次)?(?:要求|提出|强调|指出)",
        kind="not_item",
        examples=(Example("中央要求各地加强安全监管", None),),
    ),
    CueRule(
        name="self_commitment",
        pattern=r"\G(?:市|县|区|省|镇|乡|街道)(?:人民政府|政府|党委|党工委|委)(?:将|会)",
        kind="not_item",
        examples=(Example("市政府将加大投入", None), Example("镇党委将定期组织检查督查", None)),
    ),
    CueRule(
        name="own_side_later",
        pattern=r"(?:今年|明年|下一步|今后|随后)?(?:(?:市|县|区|省|镇|乡|街道)(?:人民政府|政府|党委|党工委|委)|中央|党中央|国务院|省委|省政府)将",
        kind="not_item", scope="clause_start", needs=("将",),
        doc="The speaker's own side or a higher body saying what it will do, inside a sentence (…的要求，镇党委将"
            "定期组织检查督查; 今年中央将继续开展考核): a commitment or background, it asks no one here.",
        examples=(Example("今年中央将继续开展成效考核", None), Example("县政府将组织一次督查", None),
                  Example("县交通局要落实责任", "directive")),
    ),
    CueRule(
        name="purpose_or_warning",
        pattern=r"为(?:了)?(?:确保|保证|使)|希望引起(?:大家|各位|同志们|各级|全体)?(?:的)?(?:高度)?(?:重视|警觉|警惕|注意)",
        kind="not_item", scope="clause_start", needs=("为", "希望引起"),
        doc="A purpose clause (为确保会议精神得到落实，…) and a warning to the audience (希望引起大家高度警觉): "
            "neither asks anyone to act by itself; the clause after a purpose may.",
        examples=(Example("为确保此次会议精神得到较好的落实", None), Example("希望引起大家高度警觉", None),
                  Example("为群众办实事要抓实", "directive")),
    ),
    CueRule(
        name="this_meeting_is",
        pattern=r"(?:此次|这次|本次|今天的)(?:会议|大会|座谈会)(?:是|既是|也是)",
        kind="not_item", scope="clause_start", needs=("会议是", "大会是", "座谈会是", "会议既是", "会议也是"),
        doc="What this meeting is (此次会议是继…之后召开的又一次会议): a description of the meeting, no one is asked.",
        examples=(Example("此次会议是继去年5月之后召开的又一次推进会", None), Example("这次会议是一次动员会", None),
                  Example("会议要求各单位抓好落实", "directive")),
    ),
    CueRule(
        name="definition",
        pattern=r"所谓|(?<![^，。；：\n])\p{Han}{2}就是(?!要|说|把|抓|在|对)",
        kind="not_item", needs=("所谓", "就是"),
        doc="A definition (所谓优美就是…要…; 和谐就是城市要协调): it explains a word, it asks nothing.",
        examples=(Example("所谓优美就是城市不仅要建设得优美，而且要管理得优美", None), Example("和谐就是城市要协调", None),
                  Example("关键就是要落实责任", "directive")),
    ),
    CueRule(
        name="meeting_order",
        pattern=r"会场(?:秩序|纪律)|关闭手机|手机(?:调|关)|清点(?:到会)?人数|(?:报告|统计)到会人数",
        kind="not_item",
        examples=(Example("请保持会场秩序", None), Example("请工作人员清点人数", None)),
    ),
    CueRule(
        name="narrative",
        pattern=r"同比(?:增长|下降|上升|减少)|已(?:经)?完成(?![^，。；：\n]{0,12}?的要)|取得了|今年以来|预计完成|累计|(?:增长|下降)了?\d|百分点|实现了|得到了|达到了|完成了|"
                r"比去年|比上年|必须强调|要强调|我强调|需要指出|占全年|占全市|占全县|\d%|提出了|作了|进行了|(?:重要|深远)(?<!认识到?\p{Han}{0,24}(?:重要|深远))的?(?:指导|现实)?意义|意义重大|上半年(?:全市|全县)|截至|共(?:发生|查处|排查)|发生(?:各类|事故)|死亡\d|我看|我认为|我觉得|可以说|也就是说|"
                r"是不行的|是不可能的|是行不通的|是要\p{Han}{1,6}的$|(?:清醒|清楚|客观|冷静)地?看到|(?:要|应当|必须)看到|"
                r"确保了|(?<![为除])了(?:部分|一批|一系列|一些|《|[一两二三四五六七八九十几\d]+(?:个|项|条|批|家|次|支|座|所))",
        kind="not_item", scope="clause",
        doc="Statistics, achievements and the speaker's opinions. Read per clause: it stops what the clause "
            "would start, not the sentence. A verb with 了 before a quantity or a document (下放了部分职能, "
            "出台了《…》) reports what was done. The look-behind for 认识 stands after 重要/深远 (the same test, "
            "read only where the word is, not at every position of the clause).",
        examples=(Example("全市工业增加值同比增长12%", None), Example("各地已完成排查任务", None),
                  Example("已经完成整改的要抓紧销号", "task"),
                  Example("硬件是要投入的", None), Example("企业要改造不拿钱是不行的", None),
                  Example("去年切实下放了部分审批权限", None), Example("市政府认真制定出台了《关于加强物业管理的意见》", None),
                  Example("为了一些小事要耐心做好群众工作", "directive"), Example("我们也要清醒看到，基础仍然薄弱", None),
                  Example("这项工作具有重要的现实意义", None), Example("要充分认识到这项工作的重要意义", "directive"),
                  ),
    ),
    CueRule(
        name="modal_in_attribute",
        pattern=r"是(?:一场|一项|一个|一件|我们)?[^，。；：！？\n是]{0,12}?(?:必须|需要|要)[^，。；：！？\n的]{1,12}的"
                r"[^\P{Han}的]{0,4}(?:问题|硬仗|任务|大事|课题|战役|攻坚战|仗)$",
        kind="not_item", scope="clause_gated",
        needs=("问题", "硬仗", "任务", "大事", "课题", "战役", "攻坚战", "仗"),
        doc="A judgement whose modal stands inside a 的 phrase (…是一场必须打赢的硬仗; 是…必须正视和解决好的重要问题): "
            "it says what a thing is, it asks no one.",
        examples=(Example("防汛是一场必须打赢的硬仗", None), Example("这是我们必须正视和解决好的重要问题", None),
                  Example("要解决好群众反映的问题", "directive")),
    ),
    CueRule(
        name="meeting_narrative",
        pattern=r"已(?:经)?(?:全部|全面|基本)(?:完成|到位|就绪)|已(?:经)?(?:到位|就绪)|共计|会议(?:原则|一致)?(?:同意|通过)|(?:汇报|通报|介绍)了|"
                r"(?:负责人|负责同志|局长|县长|镇长|主任|书记)(?:分别|逐一|先后|依次)?(?:汇报|通报)|"
                r"(?:参加|出席|列席)(?<![要须请应]\p{Han}{2})(?:了)?(?:本次|这次)?(?:会议|座谈会)?$|就要[^，。；：\n]{1,8}?了$",
        kind="not_item", scope="clause_gated",
        needs=("已全", "已经全", "已基", "已经基", "已到", "已经到", "已就", "已经就", "共计", "同意", "通过", "汇报", "通报", "介绍",
               "参加", "出席", "列席", "就要"),
        doc="What happened at the meeting and around it (负责人参加会议, 负责人汇报…, 汇报了, 会议原则同意…, 明天就要"
            "开幕了) and what is already done (已全面到位, 共计): read per clause, only where one of its words is "
            "(a scan of the view for them, not a search of every clause).",
        examples=(Example("前期征地已全面到位", None), Example("会议原则同意县财政局关于预算调整的意见", None),
                  Example("各牵头单位负责人汇报项目进展情况", None), Example("县直各部门主要负责人参加会议", None),
                  Example("各单位负责同志要参加会议", "directive"), Example("明天就要开幕了", None),
                  Example("费用共计15万元", None)),
    ),
    CueRule(
        name="assessment",
        pattern=r"是(?:应该|应当|必须|必要|需要)的|是(?!要)[^，。；：\n]{1,30}?的(?:重要|有效|根本|必然|必要|基本)?"
                r"(?:举措|途径|手段|保障|前提|要求|体现|选择)$",
        kind="not_item", scope="clause",
        doc="A judgement about an action (实行垃圾分类是改善环境的重要举措, 检查是必要的): it assesses, it asks "
            "nothing. Read per clause.",
        examples=(Example("推行河长制是改善水环境的重要举措", None), Example("加强检查是必要的", None),
                  Example("关键是要落实资金保障", "directive"), Example("重点是切实做好资金保障", "directive")),
    ),
    CueRule(
        name="hypothesis",
        pattern=r"(?:若|假如|倘若|如果|要是)[^，。；：\n]{1,30}?要",
        kind="not_item", scope="clause_start", needs=("若", "假如", "如果", "要是"),
        doc="A condition whose own clause holds the 要 (若按户籍人口计算人均收入要下降; 如果要开展检查): "
            "要 is 'would' or 'want to' there, not a demand. Read per clause: the clause after it may ask.",
        examples=(Example("若按户籍人口计算人均收入要下降三成", None),
                  Example("如果发现隐患，要立即整改", "directive")),
    ),
    CueRule(
        name="goal_state",
        pattern=r"(?:同时|而且|并且|因此|所以)?(?:(?:我|全)[市县区省镇乡]|\p{Han}{0,6}?(?:管理|工作|建设|发展|经济|事业|产业))"
                r"(?:也|还|更|都)?(?:要|必须|将|应)(?:逐步|尽快|真正|全面)?(?:步入|跻身|迈入|迈上|跨入|跨进|进入|位居|走在|成为|体现)",
        kind="not_item", scope="clause_start",
        needs=("步入", "跻身", "迈入", "迈上", "跨入", "跨进", "进入", "位居", "走在", "成为", "体现"),
        doc="A goal whose subject is a topic, not a party (环保工作要走在全省前列, 我县要跻身全省十强): it "
            "names a state to reach, it asks no one to act. Read per clause (the clauses after it may ask).",
        examples=(Example("我县要跻身全省经济强县行列", None), Example("社区服务工作要走在全市前列", None),
                  Example("交通管理要体现以人为本", None),
                  Example("各级干部要成为遵纪守法的表率", "directive")),
    ),
    CueRule(
        name="content_lead",
        pattern=r"(?:文件|意见|方案|办法|规划|报告|通知|决定|条例|纲要|规定|细则|《[^》\n]{1,40}》)(?:的)?(?:主要)?(?:内容)?(?:主要)?"
                rf"(?:分为|包括|包含|涵盖|共有|有)(?:以下)?[{COUNTING}\d]{{0,3}}(?:个|项|条|点)?(?:方面|部分|内容|章|条|项|点)?$",
        kind="content_lead",
        doc="A lead-in that describes what a document contains (文件主要分为四个方面：一是…二是…): the list "
            "after it, in its paragraph, reports the document's content; it asks no one to act.",
        examples=(Example("《实施方案》主要包括三个部分", None), Example("这个意见共有五个方面", None),
                  Example("方案要包括以下内容", "directive")),
    ),
    # ---- directive cues --------------------------------------------------------
    CueRule(
        name="modal_yao",
        pattern=r"(?<![主重需只想纲扼不概纪摘提必首次简紧])要(?![求点害素闻么是说讲义领务]|不(?!断|停|懈))",
        kind="directive",
        examples=(Example("要高度重视安全生产", "directive"), Example("这是非常重要的", None),
                  Example("关于城市管理工作的会议纪要", None), Example("要不断创新城市管理的体制机制", "directive"),
                  Example("要不要开这个会", None), Example("出台这个办法十分必要", None),
                  Example("精准是要义", None), Example("发展是第一要务", None), Example("这是首要任务", None),
                  Example("要确保完成全年目标任务", "directive"), Example("要落实脱贫攻坚方案", "directive"),
                  Example("要建立长效机制", "directive"), Example("要为全面建成小康社会作出贡献", "directive")),
    ),
    CueRule(
        name="modal_strong",
        pattern=r"必须|务必|确保|一定要|应当|应该(?!说|是|$)|切实|坚决(?<!不坚决)|严禁|不得|要求各|责成|抓紧|尽快|立即|(?:前|底|内)，?(?:将|把|要)",
        kind="directive",
        doc="The strong modals and adverbs of a directive; an assessment that holds one is none "
            "(处理不坚决; 实在不应该 with nothing after it).",
        examples=(Example("必须加强监管", "directive"), Example("月底前将名单报来", "directive"),
                  Example("处理不坚决", None), Example("实在不应该", None), Example("不应该放松警惕", "directive"),
                  Example("验收还应该有个评审委员会", "task"), Example("应该说思路已经明确", None)),
    ),
    CueRule(
        name="weak_modal",
        pattern=r"可以(?<=(?:地方|地区|单位|部门|乡镇|各地|企业)，?\p{Han}{0,14}?可以)(?!说|看|想|肯定|预见|用|称|形容|理解)|"
                r"应(?<=(?:村|镇|乡|局|委|办|部门|单位|乡镇|街道|社区|学校|企业|政府|各校)(?:都|也)?应)(?![急对用变有届运声]|该是)",
        kind="directive",
        doc="A permission or duty given to a party (有条件的地方，也可以先做起来; 各地可以统筹安排资金; 各村应把握好"
            "进度): weaker than 要, still asked of someone. Only after a place or party word, not in 可以说 or 应急.",
        examples=(Example("有条件的地方也可以先行试点", "directive"), Example("各地可以统筹安排专项资金", "directive"),
                  Example("各村应把握好工作进度", "directive"), Example("可以说成效明显", None),
                  Example("各部门应急处置能力不断提升", None), Example("有的地方可以用穷山恶水来形容", None)),
    ),
    CueRule(
        name="please",
        pattern=r"(?<![^，。；：\n])(?:也|还|更)?(?:请|希望)(?!假|示|教|求|客)|(?:建议|提议)(?<=(?:^|[，。；：\n])(?:我们?|我们还)?(?:建议|提议))(?![书案稿权])",
        kind="directive",
        examples=(Example("请各单位认真落实", "directive"), Example("也希望街道居委会配合", "directive"),
                  Example("我建议大家读一读这份材料", "directive")),
    ),
    CueRule(
        name="responsibility",
        pattern=r"由.{1,20}?(?:负责|牵头)|牵头单位|责任单位|牵头负责|牵头组织|各负其责|主体负责|包保负责|包干负责|负总责|"
                r"(?:局|委|办|厅|部门|政府|单位|中心|街道|乡镇|领导小组|指挥部)牵头(?!单位|部门|的|责任)|"
                r"负(?:主体|全面|直接)?责任(?=$|，)|责任人(?<=(?:是|为)[^，。；：\n]{0,16}?(?:第一|直接|具体|主要)责任人)",
        kind="directive",
        examples=(Example("由市城管执法局牵头", "task"), Example("部门各负其责", "task"),
                  Example("县安监局牵头，会同公安、交通等部门开展检查", "task"),
                  Example("村党支部书记是第一责任人", "task"), Example("县政府对这项工作负主体责任", "task")),
    ),
    CueRule(
        name="imperative_verb",
        pattern=r"\G(?:进一步)?(?:加强|强化|抓好|落实|推进|开展|建立|完善|做好|提高|加大|严格|坚持|组织|深化|加快|"
                r"健全|狠抓|突出|强调|搞好|把握|发动|实行|履行|实施|推行|全面|认真|积极|主动|集中|重点|着力|大力|"
                r"切实|扎实|继续|努力|提升|改进|推动|构建|规范|创新|优化|打造|抓|加|搞|把|对|以|按|强(?=\p{Han}{2}强))(?!\p{Han}{0,4}?(?:非常|十分|很|是|关系到|事关))",
        kind="imperative",
        examples=(Example("加强组织领导", "directive"), Example("重点非常突出", None), Example("重点项目建设关系到全县发展", None),
                  Example("强基础强保障", "directive"), Example("强大的工作合力", None)),
    ),
    CueRule(
        name="body_imperative",
        pattern=r"\G(?:进一步|不断|全面|切实|大力|积极|认真|努力|着力|逐步|更加|合理|正确|充分|同时|同步|并|要|重点|集中)?"
                r"(?:加强|强化|抓好|落实|推进|开展|建立|健全|完善|做好|提高|提升|加大|严格|坚持|组织|深化|实行|实施|"
                r"推行|发挥|改进|采取|界定|划分|处理|构建|形成|引导|规范|优化|创新|探索|确保|保证|注重|打造|"
                r"实现|壮大|扩大|延伸|制定|制订|出台|整合|理顺|明确|加快|推动|建设|抓|把|将|"
                r"对(?=[^，。；：\n]{1,40}?(?:进行|开展|实行|实施)))"
                r"(?!\p{Han}{0,4}?(?:非常|十分|很|是))",
        kind="body",
        doc="A clause that opens with an imperative verb in the body of a heading whose title is an "
            "instruction (一要推进X。进一步落实…，不断扩大…): the body states the action.",
        examples=(Example("进一步落实相对集中行政处罚权制度", "directive"), Example("合理界定和划分两级职责", "directive"),
                  Example("改进执法方式，提高执法效能", "directive"), Example("依法管理城市是现代化管理的基础", None),
                  Example("加强管理是非常必要的", None),
                  Example("重点对上访户进行深入走访", "directive"), Example("对群众的意见要认真听取", None)),
    ),
    # ---- task cues (concrete, checkable) -----------------------------------------
    CueRule(
        name="deliverable",
        pattern=r"召开|上报|报送|报到|制定|出台|完成(?<!(?:确保|保证|坚决|全面|按时|如期|圆满|顺利|地)完成)|验收|起草|印发|下发|调度会|方案(?<!(?:落实|实施|按照|根据|依照|执行)\p{Han}{0,6}方案)|编制|"
                r"建成(?<!全面建成)|关闭|启动|评比|表彰|演练|签订|公布|挂牌|备案|审批|拨付|"
                r"组织一次|搞一次|开一次|来一次|进行一次|开展一次|召集|成立|设立|配备|增加\d|有一?个\p{Han}{0,8}?(?:委员会|机构|小组|班子|方案|制度|专班)|\d+(?:个|家|万|亿|人|次|项|所|条)|"
                r"制订|划分[^，。；：\n]{0,20}?(?:职责|权限|事权)|委托给?[^，。；：\n]{0,12}?(?:公司|机构|单位)|纳入[^，。；：\n]{0,16}?考核|"
                r"(?:建立|建成|构建|搭建)起?[^，。；：\n]{0,12}?网络",
        kind="task",
        doc="A concrete, checkable action: a meeting, a report, a document, a body, a number, a division of "
            "duties, an outsourcing, an appraisal scope, a network.",
        examples=(Example("本月20号前将方案上报安委办", "task"), Example("要召开现场调度会", "task"),
                  Example("还要有一个行业的组织机构", "task"), Example("对上半年的工作要来一次全面盘点", "task"),
                  Example("要合理划分县、乡两级的事权", "task"), Example("要把环卫清扫委托给专业保洁公司", "task"),
                  Example("要将安全生产纳入年度目标考核", "task"), Example("要建立覆盖全县的应急救援网络", "task"),
                  Example("要制订停车收费标准", "task"), Example("要开展一次拉网式排查", "task"),
                  Example("要组织一次应急演练", "task")),
    ),
    CueRule(
        name="deliverable_named",
        pattern=r"(?:制度|台账|台帐|项目库|数据库|清单|档案)(?<=(?:建立|健全|建起|实行|推行|履行|执行)(?:健全|完善)?[^，。；：\n]{0,12}?(?:制度|台账|台帐|项目库|数据库|清单|档案))|"
                r"机制(?<=建立(?!长效|健全)\p{Han}{2,10}机制)|(?:清单|时间表|台账)(?<=列出[^，。；：\n]{0,8}?(?:清单|时间表|台账))|"
                r"(?:专项行动|普查|大排查|大检查)(?<=开展[^，。；：\n]{0,12}?(?:专项行动|普查|大排查|大检查))|活动(?<=(?:组织|举办|搞好|策划|办好)[^，。；：\n]{0,10}?活动)|"
                r"发放|轮训|走访|(?:第一|直接|具体)责任人|负主体责任|提交|报请|"
                r"报[^，。；：\n]{1,10}?(?:研究|审批|审定|审议|批准)|修改完善|(?:整改|分解)到(?:位|人|岗)",
        kind="task",
        needs=("制度", "台账", "台帐", "项目库", "数据库", "清单", "档案", "机制", "时间表", "专项行动", "普查", "大排查", "大检查",
               "活动", "发放", "轮训", "走访", "责任人", "负主体责任", "提交", "报请", "报", "修改完善", "整改到", "分解到"),
        doc="A concrete action named by what it makes (建立周报制度, 建立包联机制 or a longer named one: 建立防止返贫监测机制, 列出清单, 开展专项行动, 组织…活动, "
            "发放, 轮训, 走访, 报…审批, naming the one responsible, a rectification or a breakdown carried through: 整改到位, 分解到人). Read only where one of its words is (a scan of the "
            "view for them): its look-behinds are costly to try on every span.",
        examples=(Example("请县交通局会后修改完善后报县委常委会研究", "task"), Example("请县交通局提交论证报告", "task"),
                  Example("要建立周报制度", "task"), Example("认真履行24小时值班制度", "task"), Example("要向农户发放明白纸", "task"), Example("要列出问题清单和时间表", "task"),
                  Example("要建立包联机制", "task"), Example("要组织策划好节会招商活动", "task"),
                  Example("要加快建立防止农户返贫的监测机制", "task"), Example("反馈的问题要逐条整改到位", "task"),
                  Example("要把创建任务分解到人", "task"), Example("重点对上访户进行深入走访", "task")),
    ),
]

BY_NAME = {rule.name: rule for rule in RULES}
NOT_ITEM_RULES = [rule for rule in RULES if rule.kind == "not_item"]
DIRECTIVE_RULES = [rule for rule in RULES if rule.kind == "directive"]
TASK_RULES = [rule for rule in RULES if rule.kind == "task"]
_IMPERATIVE_ONLY = [BY_NAME["imperative_verb"]]


_COMBINED: dict[int, tuple[list[Rule], regex.Pattern[str]]] = {}


def combined(rules: list[Rule]) -> regex.Pattern[str]:
    """One alternation of the rules' patterns, a named group per rule (one search per list)."""
    cached = _COMBINED.get(id(rules))
    if cached is None or cached[0] is not rules:
        cached = _COMBINED[id(rules)] = (rules, regex.compile(
            "|".join(f"(?P<r{index}>{rule.pattern})" for index, rule in enumerate(rules))))
    return cached[1]


def may_match(rule: Rule, text: str, start: int, end: int) -> bool:
    """False when text[start:end] holds none of the rule's `needs` words (the rule surely does not match there)."""
    needs = rule.needs
    if needs is None:
        return True
    for word in needs:  # a loop, not any() over a generator: this runs once per unit
        if text.find(word, start, end) >= 0:
            return True
    return False


def needed_words(rules: list[Rule]) -> tuple[str, ...] | None:
    """The `needs` words of all `rules` (a span without any of them matches none), or None when one has no list."""
    if any(rule.needs is None for rule in rules):
        return None
    return tuple(word for rule in rules for word in rule.needs)


def first_match(rules: list[Rule], text: str, start: int = 0, end: int | None = None):
    """(rule, match) of the earliest match among `rules` in text[start:end] (ties: list order), or None."""
    end = len(text) if end is None else end
    match = combined(rules).search(text, start, end)
    if match is None:
        return None
    return _owner_of(rules, match), match


def _owner_of(rules: list[Rule], match: regex.Match[str]) -> Rule:
    for index, rule in enumerate(rules):
        if match.start(f"r{index}") >= 0:
            return rule
    raise AssertionError("a combined match without a rule group")


def classify(text: str) -> str | None:
    """The class of a stand-alone action text: "task", "directive" or None (not an item)."""
    if first_match(NOT_ITEM_RULES, text):
        return None
    directive = first_match(DIRECTIVE_RULES, text) or first_match(_IMPERATIVE_ONLY, text)
    if directive is None:
        return None
    if first_match(TASK_RULES, text) or directive[0].name == "responsibility":
        return "task"
    return "directive"


def check_example(rule: CueRule, example: Example) -> str | None:
    """The example text must classify as `example.expect` (and the rule must match it when it is a cue).

    A body rule applies only inside a heading's body, so its examples say whether it opens the
    action there ("directive") or not (None); a content lead's examples say whether the list
    after the lead-in is items ("directive") or a document's content (None).
    """
    if rule.kind == "content_lead":
        describes = rule.compiled.search(example.text) is not None
        return None if describes == (example.expect is None) else f"{rule.name}: {example.text!r} describes={describes}"
    if rule.kind == "body":
        opens = rule.compiled.match(example.text) is not None
        return None if opens == (example.expect == "directive") else f"{rule.name}: {example.text!r} opens={opens}"
    got = classify(example.text)
    if got != example.expect:
        return f"{rule.name}: {example.text!r} classified {got}, expected {example.expect}"
    if example.expect is not None and rule.kind != "not_item" and not rule.compiled.search(example.text):
        return f"{rule.name}: pattern does not match {example.text!r}"
    return None



# ---- clause rules: where an action opens, ends or turns (read by actions.items.detect) ----------


@dataclass(frozen=True)
class ClauseRule(SpanRule):
    """A clause-level cue of the item detector: its match says how a clause stands to the action around it."""


def _clause(name: str, pattern: str, apply: str, examples: tuple[tuple[str, str | None], ...], doc: str,
            starts: tuple[str, ...] = ()) -> ClauseRule:
    return ClauseRule(name=name, pattern=pattern, apply=apply, starts=starts, doc=doc,
                      examples=tuple(Example(text, expect) for text, expect in examples))


# An assessment's words of severity (十分严峻, 越来越繁重).
_SEVERE = r"(?:十分|非常|相当|很|极其|更加|尤为|越来越)(?:严峻|繁重|艰巨|复杂|困难|紧迫)"
CONSEQUENCE_WORDS = ("所以", "因此", "因而", "为此")

CLAUSE_RULES: list[ClauseRule] = [
    _clause(
        "trailing_reason",
        r"(?:总的来(?:讲|说|看)|总之|因为|由于|这是|这样|否则|不然|只有|才能|以免|以便|从而|因此|所以|如果|不.{1,4}就|也就是|就是说|比如|例如|特别是去年|现在只|只剩|还剩|为(?!了?(?:确保|保证))|以便|以确保)",
        "match",
        (("因为这项工作涉及面广", "因为"), ("否则就会出问题", "否则"), ("为确保按期完成", None),
         ("为了保证质量", None), ("不抓紧就来不及", "不抓紧就"), ("要抓紧落实", None)),
        "A clause that justifies or explains rather than asks (因为…, 否则…, 比如…): the action ends before it.",
    ),
    _clause(
        "next_step",
        r"然后|随后|接着|[^\P{Han}，]{1,6}后再|(?:就|再|并)?(?:按照|根据|依照|依据|按(?!照))(?!时|期|月|季|年|规定)|并结合",
        "match",
        (("然后组织验收", "然后"), ("方案拿出来后再召开论证会", "方案拿出来后再"), ("按照方案组织实施", "按照"),
         ("并结合本村实际制定措施", "并结合"), ("按照时间节点完成任务", None), ("结合实际抓好落实", None),
         ("按时完成", None), ("按规定上报", None)),
        "A clause that opens the next step of a sequence (…先拿出来，拿出来后再召开…; 然后…; 按照…; 并结合…).",
    ),
    _clause(
        "modal_start",
        r"(?:同时|而且|并且)?(?:还|也|都|并|而且|并且|同时|更|特别|尤其|特别是|尤其是)?(?:" + alternation(MODALS + ("一定要",)) + ")(?!求)",
        "match",
        (("还要加强督查", "还要"), ("同时还要加强联系和衔接", "同时还要"), ("特别要搞好推介活动", "特别要"), ("必须一抓到底", "必须"), ("要求各地上报", None), ("加强督查", None)),
        "A clause that opens with its own modal (…，要…): after a directive, a further action.",
    ),
    _clause(
        "topic_modal",
        r"(?![第我咱大对把在从为将今明同不而并还也都更既])(?:[^\P{Han}要的就]|、){2,10}?(?:也|还|都|更)?"
        r"(?:要(?<![主重需只想纲扼不概纪摘提必首次简紧]要)(?![求点害素闻么是说讲义领务]|不(?!断|停|懈))|"
        + alternation(tuple(modal for modal in MODALS if modal != "要")) + ")",
        "match",
        (("常态化措施要坚持到位", "常态化措施要"), ("省、市、县都要加大培训力度", "省、市、县都要"), ("应急能力也要加强", "应急能力也要"), ("宣传的声势要大", None),
         ("加强管理", None), ("第二要抓好落实", None), ("我们要建设宜居城市", None), ("明天就要有措施", None),
         ("对非法经营要全面排查", None)),
        "A clause that opens with its own topic and modal (…做到位，常态化措施要坚持到位，应急能力要加强): "
        "after a directive, a further action, as a subject with a modal is.",
    ),
    _clause(
        "object_lead",
        r"(?:对于|对(?!峙|比|照|接|待|象|策|话|手|外|应|口|标|称|立|了|不起))(?![^，。；：\n]*?(?:的重要|的关键|的意义))[^，。；：\n]{1,30}?"
        r"(?:的|(?:也|还|都)?(?:" + alternation(MODALS + ("一律", "坚决")) + "))",
        "match",
        (("对发现的隐患", "对发现的"), ("对一时难以整改的", "对一时难以整改的"), ("对于弄虚作假的要坚决问责", "对于弄虚作假的"),
         ("对重点场所要全面排查", "对重点场所要"), ("加强排查", None), ("对照标准要逐项整改", None)),
        "A clause that opens with the things or people an action is about (对发现的隐患，要立即整改；对一时难以"
        "整改的，上报…): it leads the action after it, and after a directive, ending in 的, it starts a further one.",
        starts=("对",),
    ),
    _clause(
        "planned_event",
        r"准备|计划|组织|召开|开展|搞|进行|启动|验收|考核|督查|部署",
        "search",
        (("六月份召开现场会", "召开"), ("下半年组织一次检查", "组织"), ("六月份全市完成投资10亿元", None)),
        "With a date of kind on (六月份…, 下半年…), a planned event makes a clause an item; a statistic does not.",
    ),
    _clause(
        "we_report",
        r"(?:这些年|近年来|目前|去年|今年)?(?:我们|我市|我县|我区)(?!\p{Han}{0,3}?(?:"
        + alternation(MODALS + ("应当", "应该", "需要", "得", "将", "会")) + "))",
        "match",
        (("我们建立了便衣队", "我们"), ("近年来我市加大了投入", "近年来我市"), ("我们要加强领导", None),
         ("我市将出台办法", None)),
        "A clause where we (the speaker's side) did or have something, with no modal: a report that ends "
        "the action before it (…的重要作用，我们建立了便衣队…).",
    ),
    _clause(
        "severity",
        _SEVERE,
        "search",
        (("形势十分严峻", "十分严峻"), ("任务越来越繁重", "越来越繁重"), ("形势总体平稳", None)),
        "Words of severity: where they occur (scanned once per view), an assessment may end a clause.",
    ),
    _clause(
        "assessment",
        r"(?:是|将|会|更|也)?" + _SEVERE + "的?$",
        "search",
        (("当前的安全形势是十分严峻的", "是十分严峻的"), ("今年的任务将十分繁重", "将十分繁重"),
         ("十分严峻的形势要求我们", None)),
        "An assessment of the situation (…，是十分严峻的 / …的工作将十分繁重): the directive-looking clauses "
        "before it are its subject, not an action.",
    ),
    _clause(
        "topic",
        r"就(?:如何|怎样|怎么)",
        "match",
        (("就如何抓好安全生产", "就如何"), ("就这个问题", None)),
        "A topic phrase reporting what someone spoke about (就如何…，…提出了要求), up to its verb.",
        starts=("就",),
    ),
    _clause(
        "consequence",
        "(?:" + alternation(CONSEQUENCE_WORDS) + r")(?=\p{Han}{0,4}?(?:" + alternation(MODALS + ("一定要",)) + "))",
        "match",
        (("所以要作为重中之重", "所以"), ("为此必须加强领导", "为此"), ("所以效果不好", None)),
        "A consequence that is itself an instruction (…，所以要作为重中之重): a new action after the connective.",
        starts=CONSEQUENCE_WORDS,
    ),
    _clause(
        "plan",
        r"(?:计划|打算|准备)(?!总|投资|产值|面积|工期|用地|内|外|生育|单列|工作|阶段|的)",
        "match",
        (("计划在城区设置5至6个巡视据点", "计划"), ("打算增加编制", "打算"), ("计划总投资12.5亿元", None),
         ("准备工作要充分", None), ("计划生育", None)),
        "A plan announced with a deliverable (计划在城区设置5至6个巡视据点; 打算增加编制): an action "
        "(not the nouns: 计划总投资, 准备工作, 计划生育).",
    ),
    _clause(
        "concessive",
        r"不管|无论|不论",
        "search",
        (("不管是城区还是乡镇", "不管"), ("无论遇到什么困难", "无论"), ("管好用好", None)),
        "A concessive lead (X不管是…，还是…，都要…): the action starts at it.",
    ),
    _clause(
        "list_announcement",
        r"(?:要|必须|重点)?(?:(?:做到|抓好|把握|注意|强调|突出|求|讲|提).{0,6}|(?:上)?下功夫|见成效|以下几点|以下工作|"
        rf"(?:遵循|坚持|把握|抓住|突出|做好|落实)?[{COUNTING}]+(?:个|项|条|点|件)?"
        r"(?:原则|方面|要求|意见|任务|重点|措施|环节|事情|工作)?)$",
        "search",
        (("各部门要做到", "要做到"), ("重点抓好三个方面", "重点抓好三个方面"), ("要坚持四项原则", "要坚持四项原则"),
         ("要加强领导", None)),
        "A lead-in that only announces the list after it (各部门要做到：; 重点抓好三个方面：).",
    ),
    _clause(
        "minutes_part",
        r"(?:纪要|记录|议定|决定|确定)(?:事项)?如下|(?:议定|决定|确定|明确)(?:的)?(?:以下|如下)?事项|"
        r"会议(?<![^，。；：\n]会议)(?:研究)?(?:议定|决定|确定|明确|要求|强调|部署)(?=[，：,:]|$)",
        "search",
        (("现将会议情况纪要如下", "纪要如下"), ("会议议定：", "会议议定"), ("会议要求，", "会议要求"),
         ("会议主要议题及议定事项", "议定事项"), ("会议要求各地加强领导", None), ("这次会议决定的事", None)),
        "Where a part of meeting minutes opens (现将会议议定事项纪要如下; 会议议定：; 会议要求，…): in it every "
        "decision clause is an action, with or without a modal (由县交通局负责，10月底前完成修复；县财政局"
        "落实配套资金). A cue that announces the minutes (…如下) opens a part that runs to the end of the "
        "document; one that heads a decision (会议议定：…) runs to the end of its paragraph, and over the "
        "list lines after it when it ends its line.",
    ),
    _clause(
        "minutes_report",
        r"(?:会议|会上)(?:首先|还|先后|一致|认真)?(?:指出|认为|听取|审议|通报|传达|学习|总结|回顾|肯定)|汇报|"
        r"(?:主持|出席|参加|列席)(?:召开|了|会议|人员|：|:)|(?<![^，。；：\n])(?:时间|地点|主持人?|出席|列席|记录人?)[：:]",
        "search",
        (("会议指出，各级各部门做了大量工作", "会议指出"), ("县长主持召开常务会议", "主持召开"), ("县长要主持好会议", None), ("主持人：张三", "主持人："),
         ("会议听取了县财政局的汇报", "会议听取"), ("会议要求，一是要加强领导", None)),
        "A sentence of minutes that reports (会议指出/认为/听取…, 汇报, the head's 时间：/出席：) rather than "
        "decides: it holds no decision clause of its own.",
    ),
    _clause(
        "minutes_decision",
        r"(?:由)?(?:" + UNIT_LIST + r")(?:负责|牵头|承办|组织|落实|做好|安排|抓好|开展|完成|制定|审查|提出|会同|协调|督促|指导)|"
        r"(?:由)?[^，。；：\n]{1,24}?(?:负责|牵头|承办|组织实施|具体落实)(?!人|同志|单位|部门|的)",
        "match",
        (("党政办负责外围环境", "党政办负责"), ("由统筹办组织实施", "由统筹办组织"), ("县财政局落实配套资金", "县财政局落实"),
         ("主要负责人要亲自抓", None), ("配套资金落实到位", None)),
        "In minutes, a clause that names who carries out a part of the decision (党政办负责外围环境; 县财政局"
        "落实配套资金) is a decision of its own: it opens an item and ends the one before it.",
    ),
    _clause(
        "minutes_work_step",
        r"(?!将|把|对|强化|加强|加快|做好|抓好|推进)[^，。；：\n]{0,12}?(?:工作|方案|工程|项目|手续|材料|资料|合同)(?:要|须)?"
        r"(?:做好|抓好|完成|落实|开展|启动|实施|办理|修改完善后印发|印发)(?!到位|情况|的)",
        "match",
        (("招标工作做好与县纪委的衔接", "招标工作做好"), ("征地手续抓紧办理", None), ("验收工作完成后报县政府", "验收工作完成"),
         ("方案修改完善后印发", "方案修改完善后印发"), ("配套资金落实到位", None), ("工作落实情况较好", None),
         ("将项目推进工作明确到岗位", None), ("强化工作推进和责任落实", None)),
        "In minutes, a clause that names a piece of the work and the step decided for it (招标工作做好…衔接; "
        "方案修改完善后印发) is a decision of its own, written without its doer.",
    ),
    _clause(
        "object_before",
        r"(?:就|都|也)?(?:要|必须|一定要|务必|必须要)(?:继续|坚决|如期|按期|长期|认真|切实|抓紧|全面|一以贯之地)?"
        r"(?:坚持|实现|落实|完成|执行|兑现|推广|用好|抓好|做好|办好)(?:下去|到位|好)?",
        "fullmatch",
        (("要继续坚持", "要继续坚持"), ("必须如期实现", "必须如期实现"), ("就要兑现", "就要兑现"),
         ("要继续坚持这一做法", None), ("要抓好落实", None)),
        "A modal and a verb with nothing after them, after other clauses (…发挥了重要作用，要继续坚持; "
        "到2020年…全部脱贫，是…承诺，必须如期实现): the verb's object is what the sentence said before it, so "
        "the action starts with the sentence.",
    ),
    _clause(
        "goal_tail",
        r"(?:以|从而|进而|切实|努力)?(?:确保|保证|力争|争取)",
        "match",
        (("确保完成全年目标任务", "确保"), ("力争一季度开门红", "力争"), ("加快推进项目建设", None)),
        "A clause after others that states the result aimed at (…，动员大家再鼓干劲，确保完成全年目标任务): "
        "it ends or closes the action before it, it opens none of its own, unless it names a deliverable "
        "beyond a bare 完成 (…，确保召开委员会大会每年两次以上).",
    ),
    _clause(
        "submission",
        r"(?:再|并|然后)?(?:报请|报送|上报|提交|报)",
        "match",
        (("报市政府审定", "报"), ("并报县委常委会研究", "并报"), ("召开专题会议", None)),
        "A clause that submits the deliverable before it for approval (…完成改造方案，报市政府审定): the last "
        "step of that decision, not a decision of its own.",
    ),
    _clause(
        "unit_lead",
        r"(?:由)?(?:" + UNIT_LIST + r")(?:在|于|要|须|必须|务必)?",
        "fullmatch",  # (detect.py also reads it as a prefix: a unit name before an imperative verb)
        (("县水利局", "县水利局"), ("县财政局、县审计局", "县财政局、县审计局"), ("各乡镇要", "各乡镇要"), ("加强排查", None)),
        "A unit name alone before a clause's time limit (…，县水利局6月上旬完成清淤): a new subject with a "
        "time of its own starts a new item.",
    ),
    _clause(
        "bare_role",
        r"(?:由)?[^，。；：\n]{1,40}?(?:总)?(?:牵头|负责|配合|协助|参与|协办)",
        "fullmatch",
        (("由县交通局负责", "由县交通局负责"), ("县水利局牵头", "县水利局牵头"), ("县财政局、县审计局配合", "县财政局、县审计局配合"),
         ("县交通局负责道路修复", None)),
        "A clause that only names a role (由X负责, X牵头, Y、Z配合): it leads the action after it "
        "(X牵头，Y、Z配合，6月底前出台… is one item), it ends no group.",
    ),
]

CLAUSE_RULE = {rule.name: rule for rule in CLAUSE_RULES}

register("items", RULES, check_example)
register("items.clauses", CLAUSE_RULES, check_span_example)
