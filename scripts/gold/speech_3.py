"""Gold file for fixtures/speeches/speech-3.txt (徐市长城市管理工作会议讲话), written by reading the text.

Three parts (一、why 二、what 三、how it is secured). 一、 is an argument (首先/其次/再则, each with
narrative 一是…五是 lists); 二、 holds four principles (一是…四是) and six lines of work ((一)…(六), each
with 一要/二要/三要 or 一方面/另一方面); 三、 gives the 十个强 as five 一要…五要 (two 强 each). Every level,
item, owner and deadline below is a reading decision, not the extractor's output.
Run: .venv/bin/python scripts/gold/speech_3.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from goldlib import GoldBuilder  # noqa: E402

R, L, S = "responsible", "lead", "support"
DUE_IN_THREE_YEARS = "2013-12-15"  # reference_date + 三年

g = GoldBuilder(
    "speech-3",
    "2010-12-15",
    "No date in the text. Month from 临近岁末,我们市政府召开这个会议 → YYYY-12-15 by the spec's convention. "
    "The year is read from the content: the Shanghai Expo (May–Oct 2010) is told as finished (确保世博举办圆满成功), "
    "the staffing plan starts next year (2011年先增加50个编制), and the 十二五 plan (2011–2015) is being drafted "
    "(当前在研究“十二五”规划时, 在制定“十二五”规划的时候): December 2010. The year is a reading, not a statement.",
)
T = g.text


def H(marker: str, context: str, level: int, parent: int | None, after: int = 0, note: str | None = None) -> int:
    return g.heading(marker, context, level, parent, after=after, note=note)


def I(text: str, cls: str, owners=None, deadline=None, after: int = 0, note: str | None = None):
    return g.item(text, cls, owners=owners, deadline=deadline, after=after, note=note)


def inherited(*owners: tuple[str, str, bool]) -> list[tuple[str, str, bool]]:
    return [(name, role, True) for name, role, _ in owners]


# ---------------------------------------------------------------------------------------------
# Headings
# ---------------------------------------------------------------------------------------------
top = H("第三篇:", "第三篇:徐市长", 1, None)

# The opening paragraph: two narrative lists (what this government changed; what the new 意见 contains).
H("一是", "一是对浒山街道", 2, top,
  note="Past adjustments (本届政府…进行了完善和调整,一是…二是…): a narrative list, recorded as nodes like the "
       "assessment lists of speech-1; a reader could drop it as not an outline. Level 2 beside 一、二、三、 (no "
       "heading encloses the opening paragraph).")
H("二是", "二是根据综合执法", 2, top)
H("一是", "一是构建“两级政府", 2, top, note="文件主要分为四个方面:一是…四是: the contents of the 意见 document.")
H("二是", "二是完善城市综合执法体制问题", 2, top)
H("三是", "三是提高、发挥", 2, top)
H("四是", "四是加强城市管理的综合保障", 2, top)

# 一、 why: 首先 / 其次 / 再则 (总之 sums up and is not a marker)
part1 = H("一、", "一、切实提高现代城市管理水平", 2, top,
          note="The first of the 三点意见 announced in the opening paragraph. Its title breaks across a line "
               "(迫切\\n要求); title_end is the line end.")
first = H("首先,", "首先,提高现代城市管理水平", 3, part1,
          note="Followed by 其次 and 再则, so a list marker. The later 首先会对这个城市有所评价 is narrative "
               "('first of all', the spec's own example), not a heading.")
for ctx in ["一是城市仍不够“洁”", "二是城市仍不够“美”", "三是城市仍不够“绿”", "四是城市仍不够“亮”", "五是城市仍不够“畅”"]:
    H(ctx[:2], ctx, 4, first)
H("其次,", "其次,提高现代城市管理水平", 3, part1)
then = H("再则,", "再则,提高现代城市管理水平", 3, part1)
H("一是", "一是人口的急剧增加", 4, then,
  note="从客观上讲,一是…二是… and 从主观上讲,一是…五是… are two sibling lists inside 再则; 从客观上讲 / "
       "从主观上讲 carry no marker, so both lists sit directly under 再则 at level 4.")
H("二是", "二是我市城市建设还处于", 4, then)
for ctx in ["一是“重建设轻管理”", "二是大城管体制", "三是城市管理运行保障机制", "四是城市管理精细化程度", "五是市民文明素质"]:
    H(ctx[:2], ctx, 4, then)

# 二、 what: four principles, then (一)…(六)
part2 = H("二、", "二、围绕一流幸福家园建设", 2, top,
          note="The heading line runs straight into its paragraph (…水平我市要建设成为…) with no line break; "
               "title_end stops at the first 。.")
for ctx in ["一是坚持重心下移", "二是坚持建", "三是坚持标本兼治", "四是坚持社会互动"]:
    H(ctx[:2], ctx, 3, part2)

social = H("(一)", "(一)坚持多元共治", 3, part2,
           note="(一)…(六) are siblings of the principles 一是…四是 under 二、 (both lists are announced in 二、's "
                "own text); a reader could put the principles one level lower under a lead-in, but no marker opens one.")
H("一要", "一要全面构建起", 4, social)
H("二要", "二要切实强化市场主体", 4, social)
H("三要", "三要建立健全城管义工制度", 4, social)
law = H("(二)", "(二)坚持依法规范", 3, part2)
H("一要", "一要推进城管综合执法覆盖城乡", 4, law)
H("二要", "二要坚持依法规范管理城市", 4, law)
H("三要", "三要提升城管执法水平", 4, law)
info = H("(三)", "(三)坚持智慧管理", 3, part2)
H("一方面,", "一方面,要健全", 4, info)
H("另一方面,", "另一方面,要提高", 4, info)
fine = H("(四)", "(四)坚持量化标准", 3, part2)
H("一要", "一要制定标准", 4, fine)
H("二要", "二要落实责任", 4, fine)
quality = H("(五)", "(五)坚持提升形象", 3, part2)
H("一要", "一要扩大城市绿化覆盖面", 4, quality)
H("二要", "二要提升“夜慈溪”形象", 4, quality)
H("三要", "三要实施城市街面家具管理", 4, quality)
joint = H("(六)", "(六)坚持互促并进", 3, part2)
H("一要", "一要以高起点规划", 4, joint)
H("二要", "二要以高水准建设", 4, joint)
H("三要", "三要以和谐秩序", 4, joint)

# 三、 how it is secured: the 十个强 as 一要…五要
part3 = H("三、", "三、健全完善城市管理运行保障机制", 2, top)
H("一要", "一要强组织强协调", 3, part3,
  note="具体要在“十个强”下功夫: five markers with two 强 each (强组织强协调 … 强投入强支撑) = ten 强, so the "
       "list is complete, not truncated.")
for ctx in ["二要强考核强督查", "三要强队伍强作风", "四要强宣传强引导", "五要强投入强支撑"]:
    H(ctx[:2], ctx, 3, part3)

# ---------------------------------------------------------------------------------------------
# Items
# ---------------------------------------------------------------------------------------------
I("希望各地、各部门认真抓好贯彻落实", "task", [("各地", R, False), ("各部门", R, False)],
  note="Asks the named parties to carry out 戚市长's deployment: an exhortation with explicit owners, so a task "
       "by the spec's rule (as speech-5's 希望各部门、各单位…).")

# 一、 (the argument: only its 要/必须 sentences are items)
I("全市各级各部门务必从贯彻落实科学发展观、扎实推进新型城市化的高度,从改善城市形象、提升生活品质、建设幸福家园的高度,"
  "从加快政府职能转变、改善公共服务、提升管理水平的高度,充分认识新形势下加强和改善城市管理的重要性、必要性和艰巨性,"
  "进一步增强建立高效能、现代化城市管理新机制的紧迫感和责任感", "task",
  [("全市各级", R, False), ("各部门", R, False)],
  note="A 要充分认识…重要性 exhortation, but with explicitly named owners → task by the spec's rule. 全市各级各部门 "
       "split into two parties (all levels / all departments) as speech-1 split 各个区县市各个行业; a reader could "
       "write one owner 全市各级各部门.")
I("我们到发达国家、先进城市去考察,除考察学习他们先进的经济发展、社会管理,更要学习城市建设管理的经验、做法", "directive",
  note="我们 is the general audience, not an owner.")
I("必须加强城市管理、提升城市形象、改善城市品质,真正在做大、做强城市的同时把城市做优、做美", "directive",
  note="The preceding 我们要增强市民对城市的认同感…吸引外商… is the purpose of this 必须 clause and left out; a "
       "reader could treat the whole sentence as part of the argument (not an item).")
I("我们要通过加强城市管理,把城市“洁起来、美起来、绿起来、亮起来、畅起来”,营造出干净、整洁、优美、舒适、有序的城市环境",
  "directive")
I("必须解决广大市民最关注、最迫切、最强烈的城市管理难点、热点问题,千方百计为市民营造一个良好的生活、居住和工作环境",
  "directive", note="打造一流幸福家园,就… is the purpose; 真正做到“城管上水平,市民得实惠” the slogan of the aim.")
I("我们要通过建设整洁有序环境,营造文明和谐氛围", "directive",
  note="使广大新老市民…切实感受到… is the intended effect, left out.")
I("不能再用过去的眼光、手段经营管理城市,要不断创新城市管理的体制机制", "directive")
I("当前在研究“十二五”规划时要考虑人口因素", "task", deadline=("研究“十二五”规划时", "on", None),
  note="An aside in the assessment of 再则. The drafting of the 十二五 plan is the period in which this is done "
       "(a named period, date not fixed by the text: due null), so an explicit deadline and a task; a reader could "
       "read 在…时 as the context (then a directive without deadline).")
I("分三年增加150个编制", "task", deadline=("分三年", "within", DUE_IN_THREE_YEARS),
  note="打算分三年增加150个编制,2011年先增加50个编制: the city's own staffing plan for the 城管 team, told as a "
       "reason in the assessment. Recorded as tasks because the spec lists 增加50个编制 among its task examples "
       "(as speech-1 records the city's own scheduled inspections), although the spec also excludes the "
       "government's commitments about itself. Split in two: two targets with two limits (150 within three "
       "years, the first 50 in 2011); a reader could keep one item. 分三年 = within three years from the "
       "meeting. No subject: owners [].")
I("2011年先增加50个编制", "task", deadline=("2011年", "on", "2011-12-31"),
  note="A year written out: done during 2011 → kind on, due its last day.")
I("我们必须按照政府转变职能要求,以社会管理综合创新试点为契机,努力打造体制合理、机制顺畅、运转高效的城市管理新格局", "directive",
  note="以此提升政府社会管理和公共服务水平 is the purpose, left out.")
I("不仅要高起点搞好城市规划、高标准地建设好城市,而且要高效能地管理好城市", "directive",
  note="In the 总之 summary; 我们要建设宜居宜业城市和一流幸福家园 is the purpose.")
I("全市各级、各部门和社会各界要充分认识到提高城市管理水平的重要意义,把加强城市管理上升到服务我市经济转型升级、城市改造更新、"
  "市民生活改善、责任政府建设的高度来正确对待,切实加以重视和配合支持", "task",
  [("全市各级", R, False), ("各部门", R, False), ("社会各界", R, False)],
  note="Explicit owners make the exhortation a task. 社会各界 is a named group, not the general audience of the "
       "meeting; a reader could leave it out.")

# 二、 goals and principles
I("要积极实现“优美、和谐、安全、高效”的工作目标", "directive",
  note="Inside 二、's run-on title line; sets the goal of the section. 我市要建设成为…一流幸福家园 is the purpose.")
I("城市管理工作要以依法管理、高效管理、现代化管理为主线,以建立健全“两级政府、三级管理”的城市管理体系为核心,"
  "以深化完善城市管理综合执法体制机制和推动城市综合管理水平提升为重点,以加强城市管理干部队伍建设和加大财政投入为保障,"
  "努力构建体制合理、机制顺畅、运转高效、覆盖城乡,与一流幸福家园相适应的城市管理新格局", "directive",
  note="城市管理工作 is the topic (the work), not a party.")
PRINCIPLE_NOTE = ("The four principles 一是坚持…原则。 are titles whose body sentence states the action; the body "
                  "is the item and the title its category (as for the 一要…三要 below). 我市 (the lead-in 我市…要遵循"
                  "四个原则) is the city as a whole, the general audience, not an owner.")
I("在统一标准、统一调配、统一体系、统一考核的前提下,充分发挥街道、镇的城市管理主体作用和社区的基础作用,"
  "全面构建起“两级政府、三级管理”的城市管理体系", "directive",
  note=PRINCIPLE_NOTE + " 街道、镇 and 社区 are the ones whose role is brought into play (objects), not owners.")
I("在加强城市规划和建设的同时,更加注重城市精细化、品质化、人性化管理,切实做到城市建设与城市管理、城市管理与城管执法相互衔接、"
  "共同促进、协调发展", "directive")
I("通过单一管理和系统管理相结合、静态管理和动态管理相结合,突击整治和日常管理相结合、专项整治与综合整治相结合,"
  "为广大市民创造并持久保持整洁、有序、优美的城市生活和创业环境", "directive")
I("立足“城市管理为人民、城市管理靠人民、城市管理成果由人民共享、城市管理成效让人民检验”的理念,建立健全城市管理社会公众参与机制,"
  "在广大市民中形成理解、支持、参与城市管理的良好氛围", "directive",
  note="建立健全…机制 without owner or date stays a directive (as speech-1's 建立长效机制).")

# (一) 社会化
I("必须加快建设政府、市场、社会“三位一体”的多元化城市管理新机制", "directive",
  note="The opening argument of (一) ends in this 必须 clause; a reader could count it as part of the argument.")
I("要不断探索新机制,更\n多地利用社会化、市场化的资源,加强城市的建设与管理", "directive")
I("合理界定和划分市、街道(镇)两级城市管理职责和权限", "task",
  note="A deliverable (the division of duties and powers between the two levels), so a task although no party "
       "is named; a reader could call it a directive. The title 全面构建起…体系 is the category of the items below.")
I("市城管执法局负责规划目标确立、政策标准制定、城管行政执法、城管集中整治等工作", "task", [("市城管执法局", R, False)],
  note="The allocation of duties names its party: a task with 市城管执法局 responsible (负责, not 牵头).")
I("街道(镇)具体落实辖区环卫保洁、市容整治等工作", "task", [("街道(镇)", R, False)],
  note="街道(镇) written as in the text: one tier (street office, or town where there is no street office); a "
       "reader could write two owners 街道 and 镇.")
I("同时将城市管理工作延伸至社区,建立起社区城市管理服务网络", "task",
  note="A deliverable (a community service network). No subject: the previous sentence names two parties for two "
       "different duties, so neither is inherited; a reader could give it 街道(镇).")
I("城市管理领域要更多的依靠市场主体", "directive",
  note="The title 切实强化市场主体参与城市管理 is the category. 部分管理服务职能可通过委托管理、服务外包等方式… (可, "
       "'may') is read as part of the reasoning, not an item; a reader could record it as a directive.")
I("要像当初搞“天网工程”一样将网络建设、更新、维护等委托给移动公司,政府租用移动公司服务", "task", [("政府", R, False)],
  note="A concrete arrangement (outsourcing the 数字城管 network to 移动公司, which is the contractor, not an owner). "
       "政府 is the written subject of 租用. 在建设“数字城管”过程中 is the context (过程中, no time limit), not a deadline.")
I("采取会员单位、社区和个人三管齐下的形式,不断壮大城管义工队伍", "directive",
  note="会员单位、社区和个人 are where the volunteers come from (participants), not the party responsible; the title "
       "建立健全城管义工制度 is the category of the two items.")
I("以城管知识宣传员、行政执法协助员、环境卫生监督员的身份,定期开展服务活动", "task", deadline=("定期", "recurring", None),
  note="Regular service activities by the volunteers: 定期 → recurring, which makes it a task (as speech-5's 定期督查). "
       "有效改进城市管理方式,引导公民有序参与城市管理 is the intended effect, left out.")

# (二) 法治化
I("进一步落实城市管理相对集中行政处罚\n权制度,按照“一职多能、综合执法”的模式,在目前中心城区已实施相对集中行政处罚权的基础上,"
  "不断扩大覆盖范围,逐步向街道和镇延伸,力争三年内实现全覆盖", "task", deadline=("三年内", "within", DUE_IN_THREE_YEARS),
  note="One action (extend the centralised enforcement until it covers town and country) with its limit 三年内 → "
       "reference date + 3 years. 街道和镇 are where it extends to, not owners.")
I("按照执法标准化的要求,建立健全城市管理行政执法的各项规定或规范,加强制度建设,切实做到依法审批、依法管理、依法监管、依法处罚,"
  "严格防控自由裁量权滥用", "directive",
  note="One clause group about rule-making and lawful management (like speech-1's 要整章建制,建立长效机制); a reader "
       "could split out 建立健全…各项规定或规范 as a task (a set of rules is a deliverable).")
I("要规范执法程序、执法标准、执法标志、执法文书", "directive",
  note="在实施相对集中行政处罚权过程中 is the context, not a deadline; 实现城市管理法治化 is the aim.")
I("改进执法方式,提高执法效能,推行阳光执法,提高城管执法公信力", "directive")
I("正确处理好执法与管理、执法与教育、执法与服务三者之间的关系,在执法中加强管理,在管理中做好服务", "directive",
  note="形成…社会各方主动配合的良好氛围 is the aim, left out.")

# (三) 信息化
I("要强化“数字城管”前台和后台建设,推进城市管理由被动向主动、由静态向动态、由粗放向精细的转变", "directive",
  note="The general requirement of (三) before its 一方面/另一方面.")
I("要健全“数字城管”网络,扩大“数字城管”覆盖,搭建“数字城管”协同平台,加快与城市地理信息系统、公安天网工程、部门视频监控等系统的"
  "有机对接和资源共享", "directive",
  note="实现精确、快速…的城市管理和服务 is the aim. 搭建…协同平台 is close to a deliverable; kept within one directive "
       "clause group (no owner, no date).")
I("进一步完善“数字城管”工作流程,提高“数字城管”执行效率", "directive",
  note="The title 要提高“数字城管”管理成效 is the category. 第一时间发现/处臵/解决问题 is the 目标导向 of the workflow "
       "(what the workflow must achieve), not the deadline of this action.")
I("市政府决定调整市政道路养护管理体制,将原由建设部门承担的该项职能划转市城管部门", "task", [("市政府", R, False)],
  note="A decision of the speaker's government announced here: recorded as a task (a concrete change that someone "
       "must carry out) with 市政府 as its written subject. The spec excludes the government's commitments about "
       "itself (市政府将…), so a reader could drop it; another could make 建设部门 (hands over) and 市城管部门 "
       "(takes over) the owners.")

# (四) 精细化
I("制订“洁化、绿化、美化、亮化、有序化”管理标准,在市容市貌、环境卫生、市政设施、园林绿化设施、广场公园绿地管理、户外广告管理、"
  "建筑工地管理等方面,制定详细的质量标准、管理细则和考核标准", "task",
  note="Deliverables (standards, rules, appraisal criteria). 做到管理有规范、执法有依据、服务有目标 is the aim.")
I("工商、城管执法、规划等部门要加强协调,加强对户外广告包括固定广告、标牌的宽度、高度、设计、使用材料、放臵地点等审核", "task",
  [("工商", R, False), ("城管执法", R, False), ("规划", R, False)],
  note="Owners written as in the text (工商、城管执法、规划等部门): one entry per department, the shared 部门 is not "
       "repeated; none is marked 牵头.")
I("把责任落实到部门、落实到科室、落实到个人", "directive",
  note="部门/科室/个人 receive the responsibility (recipients), not owners. The title 落实责任 is the category.")

# (五) 品质化
I("要切实加强绿化建设后养\n护管理,切实做到绿化建设一片、养护一片,建成一片、管理一片", "directive",
  note="The 森林慈溪 mobilisation meeting before it is past narrative; 大力营造优美宜人的城市环境 is the aim.")
I("要在加强规划、设计的基础上,强化城市整体景观效应管理,体现城市的景观美", "directive",
  note="使我们的“夜慈溪”更漂亮,更优美 is the aim.")
I("文化商务区在规划建设时,要考虑到整体景观美", "task", deadline=("规划建设时", "on", None),
  note="文化商务区 is what is being planned (the object), not an owner. 在规划建设时 = the planning and building "
       "phase of the district, a named period with no date → deadline on, due null, which makes it a task; a reader "
       "could read it as context and keep a directive.")
I("在文化商务区开园的时候希望景观照明也能够一起投入使用", "task", deadline=("文化商务区开园的时候", "by", None),
  note="Checkable (lighting in use when the district opens); the opening is the limit (by), its date not given.")
I("要按照精细化要求管理好", "directive", note="The subject is the 城市家具 listed before it (the object managed).")

# (六) 综合效能
I("要树立城市管理与城市规划、城市建设、城市运行秩序协调发展、互促并进的大城管理念,切实加强和提升城市规划、建设和运行秩序管理的"
  "能力与水平,充分发挥城市管理的综合效能", "directive")
I("要以发展眼光、科学论证、专家决策为前提,完善城市总规,精编控制性详规和城市设计,切实强化规划依法管理,充分发挥规划引领、主导和"
  "统筹作用,优化城市发展布局、提升城市形象品位", "directive",
  note="为提高城市管理水平创造充分的先天条件 is the aim. 精编控制性详规 names plans to be drawn up; kept in one "
       "directive clause group, a reader could make it a task.")
I("城市建设要以规划为依据,不断完善城市基础设施,切实强化城市功能配臵,着力提升城市建筑品位,始终增强城市建设管理的协调性和有序性",
  "directive", note="城市建设 is the work, not a party.")
I("当前尤其要在城市交通设施建设、园林绿化建设、文化元素建设方面狠下功夫,力求有重大突破", "directive",
  note="当前 ('at present, above all') sets a priority, not a time limit: no deadline.")
I("要充分发挥公安队伍在管理城市运行、治安秩序、交通秩序的重要作用", "directive",
  note="公安队伍 is the one whose role is brought into play (object). The following 我们建立150人的便衣队…设臵5个卡点 "
       "tells measures already in place (contrasted with the 计划 that follows): narrative, not items.")
I("在我市城区36平方公里内,设臵5至6个巡视据点,确保在接到报警以后在2-3分钟内能及时赶到现场处臵", "task",
  note="计划…设臵5至6个巡视据点: the city's own concrete plan, recorded like the 编制 plan (see there). 2-3分钟内 is the "
       "response time the posts must achieve on every call, not the limit of the action: no deadline.")
I("公安部门要切实承担起管理社会治安秩序和交通畅通秩序等方面的责任", "task", [("公安部门", R, False)])
I("我们还要不断加强公安队伍的力量,提升社会治安水平", "directive",
  note="我们 is not an owner; 今后 ('from now on') is not a limit. Could be read as the government's commitment "
       "about itself (not an item by the spec); kept as an exhortation in 要 form. 使群众安居乐业 is the aim.")
I("加快推进背街小巷、老小区改造", "directive",
  note="No subject; the previous sentence's subject is 我们 (no owner). 加快 is manner, not a deadline.")
I("在制定“十二五”规划的时候,对万人刑事案件立案率这个指标要有所下降", "task",
  deadline=("制定“十二五”规划的时候", "on", None),
  note="A target to be written into the 十二五 plan while it is drafted: the same reading as 当前在研究“十二五”规划时 "
       "(named period, due null). 逐步实现社会治安良好 is the aim.")

# 三、 the 十个强
COMMITTEE = ("市城市综合管理委员会", L, False)
OFFICE = ("办公室", L, False)
I("市城市综合管理委员会及其办公室负责整个城市管理工作的综合协调和牵头抓总", "task", [COMMITTEE, OFFICE],
  note="Two parties: the committee and its office (办公室, written as in the text: 及其办公室). Role lead: they 牵头抓总 "
       "the whole of the city management work; a reader could say responsible (负责).")
I("建立例会制度定期研究协调解决突出问题", "task",
  [("市城市综合管理委员会", R, True), ("办公室", R, True)], ("定期", "recurring", None),
  note="并建立…: subject continued from the committee and its office (inherited); here they are responsible for "
       "their own meetings, not leading others.")
I("确保召开城市综合管理委员会大会每年两次以上", "task",
  [("市城市综合管理委员会", R, True), ("办公室", R, True)], ("每年", "recurring", None),
  note="每年两次以上 → recurring.")
I("要明确会议内容和重点工作", "directive",
  [("市城市综合管理委员会", R, True), ("办公室", R, True)],
  note="A new 要 clause, a distinct action (fix the agenda and key work of the meetings): its own item. Only "
       "inherited owners and nothing checkable beyond the meetings themselves, so a directive; a reader could keep "
       "it within the meeting task.")
I("建立健全城市管理考核评价机制", "directive")
I("将城市管理工作纳入工作目标责任制考核范围", "task",
  note="A measurable change (city management enters the target-responsibility appraisal). The 按照“任务目标化…”的要求 "
       "before it is the manner, left out.")
I("强化城市管理和执法队伍建设,要配足、配齐、配好人员", "directive")
I("主管部门要加强队伍的培训、考核", "task", [("主管部门", R, False)])
I("政府要通过合适的渠道来解决他们的就业问题", "task", [("政府", R, False)],
  note="他们 = the 困难家庭、困难群体、困难工人 in conflict with 城管 (beneficiaries, not owners); 以此减轻城管执法的压力 "
       "is the purpose.")
ENFORCER = ("城管执法部门", R, False)
PRESS = ("宣传部门", S, False)
I("城管执法部门要与宣传部门协作,加强城市管理要求、城市管理案例的宣传和引导", "task", [ENFORCER, PRESS],
  note="与宣传部门协作 makes 宣传部门 support (as 和X密切配合 in the spec).")
I("对违反城市管理的行为也要曝光", "directive", inherited(ENFORCER, PRESS),
  note="Subject continued from the previous clause (inherited); 营造良好的氛围 is the aim.")
I("市、街道(镇)要做好保障工作", "task", [("市", R, False), ("街道(镇)", R, False)],
  note="The two levels of government named as subjects (市 and 街道(镇)); 按照“有钱办事” before it is the manner "
       "(the sentence seems cut short in the transcript).")

# ---------------------------------------------------------------------------------------------
g.note("Not headings: 第一次综合性的城市管理工作会议, 首先会对这个城市有所评价 (narrative 'first of all'), 总之 (a summing-up "
       "word, not in the spec's marker families; its paragraph sits in 再则's section), 三点意见/四个方面/四个原则/十个强/"
       "三大环节 (counts), 三分建设、七分管理, 两级政府、三级管理, 一职多能, 第一时间发现问题 (第一时间), 1998年 and the "
       "figures.")
g.note("Not items: the past adjustments and the 意见 document of the opening paragraph (希望在今后几年中进一步完善城市管理框架 "
       "is the document's purpose), 下面我再讲三点意见 (agenda), the assessments (五个不够, the 客观/主观 problems), the examples "
       "of 新加坡/香港/杭州/上海世博会, 今年市委决定要…要加强城市管理 (the 市委's decision quoted as background), the lead-ins that "
       "name the groups of items (我市…要遵循四个原则, 要在…上下功夫:, 重点要在以下几方面加以提升突破:, 必须完善保障机制,健全保障"
       "体系,具体要在“十个强”下功夫), measures already in place (便衣队, 巡特警队伍, 5个卡点, the police's 装备投入), and the "
       "closing 让我们牢记责任…再作积极贡献 (a rallying call).")
g.note("The instruction titles (一要…/二要…, the principles, (一)…(六), 一方面/另一方面) all have items in their sections, "
       "so they are categories, not items (spec rule).")
g.note("task vs directive: task = an explicit (not inherited) owner, an explicit deadline, or a single checkable "
       "deliverable/change (a division of duties, a network, standards, an outsourcing arrangement, posts, staff "
       "numbers, an appraisal scope). Sentences that mix a deliverable into a run of general verbs (健全…搭建…加快…, "
       "完善…精编…强化…, 建立健全…规定…加强…做到…) are one directive clause group each.")
g.note("Deadlines: besides 三年内/分三年 (+3 years), 2011年 and the recurring 定期/每年, the text gives only named "
       "periods without dates (研究/制定“十二五”规划时, 规划建设时, 开园的时候: due null). 在…过程中 phrases, 当前, 今后, "
       "逐步 and 2-3分钟内 (a response time) are not deadlines.")
g.note("Owners are written as in the text; the general audience (我们, 我市) is never an owner. 政府 and 市政府 are owners "
       "where they are the written subject of a directive.")
g.write()
