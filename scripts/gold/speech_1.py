"""Gold file for fixtures/speeches/speech-1.txt (安委全体扩大会议徐市长讲话), written by reading the text.

The speaker reuses 第一/第二/第三 at several depths; every level and parent below is a reading
decision, not the output of the extractor. Run: .venv/bin/python scripts/gold/speech_1.py
"""

from __future__ import annotations

from goldlib import GoldBuilder

g = GoldBuilder(
    "speech-1",
    "2020-05-15",
    "No date and no year in the text, so the year is assumed (2020, the spec's default year). The month "
    "is read from the text: the meeting reviews 前四个月 (the speaker calls it 上半年也就是前4个月), sets "
    "本月20号前 for the plans, plans 六月份…现场督查 and 6月底7月初 a 大检查, and the 9月30日 deadline is "
    "一百多天 away: the meeting is in May, before the 20th. Day 15 = mid-month (as 临近岁末 → 12-15). The "
    "bare default 2020-03-01 would put 本月20号前 in March, contradicting 前四个月.",
)
T = g.text
R, L, S = "responsible", "lead", "support"


def H(marker: str, context: str, level: int, parent: int | None, after: int = 0, note: str | None = None) -> int:
    return g.heading(marker, context, level, parent, after=after, note=note)


def I(text: str, cls: str, owners=None, deadline=None, after: int = 0, note: str | None = None):
    return g.item(text, cls, owners=owners, deadline=deadline, after=after, note=note)


# ---------------------------------------------------------------------------------------------
# Headings
# ---------------------------------------------------------------------------------------------
h0 = H("第一篇:", "第一篇:安委", 1, None)

# A. the assessment of the first four months: 一是…四是 (announced as 5个非常, four given)
a1 = H("一是", "一是认识非常统一", 2, h0)
a2 = H("二是", "二是是主题非常明确", 2, h0)
a3 = H("三是", "三是重点非常突出", 2, h0)
H("一个就是", "一个就是两化建设", 3, a3,
  note="三大重点 named as 一个就是/再就是/第三就是: an enumeration with irregular markers inside a narrative "
       "sentence. Recorded as three nodes; a reader could treat it as a plain noun list (no headings).")
H("再就是", "再就是打击非法生产经营", 3, a3, note="再就是 = the second item of the 三大重点 list (irregular marker).")
H("第三就是", "第三就是隐患的排查整治", 3, a3)
H("四是", "四是措施非常有力", 2, h0)

# B. 现实 / 观点 / 目标
b1 = H("首先", "首先我讲一个现实", 2, h0,
       note="首先 is followed by 第二,我讲一个观点 / 第三,一个目标, so it is the first marker of that list "
            "(its title also previews the three). The lists A (一是…四是), B (首先/第二/第三), C (第一是/第二/第三) "
            "and 最后 are all level 2 under the 第一篇 separator: no heading encloses them.")
H("第二,", "第二,我讲一个观点", 2, h0)
b3 = H("第三,", "第三,一个目标", 2, h0)
H("第二,", "第二,他影响一个地方的大局", 3, b3,
  note="The second reason why safety matters (the first, 关系到人民的生命财产安全, has no marker). It "
       "elaborates 观点 (B 第二) but lies after 第三,一个目标, so it nests in the 第三 node; a reader could "
       "also take it as a narrative ordinal and drop it.")

# C1. 第一是抓重点工作全力推进
c1 = H("第一是", "第一是抓重点工作全力推进", 2, h0,
       note="Announced by 下步的工作我主要是讲三个方面,也就是突出抓好三手; siblings 第二,抓专项整治全面展开 / "
            "第三,抓安全工作全面落实.")
c11 = H("第一,", "第一,全力推进两化建设", 3, c1)
H("第一是", "第一是加认识", 4, c11, note="突出四加: 加认识 / 加标准 / 加投入 / 加力度.")
c112 = H("第二是", "第二是加标准", 4, c11)
H("一是", "一是要高起点", 5, c112)
H("二是", "二是要统一标准", 5, c112)
H("第三是", "第三是按标准建设和规范", 5, c112,
  note="Continues the inner 一是/二是 list of 加标准 (its title is about 标准), not the outer 四加 list.")
H("三是", "三是要加投入", 4, c11, note="Continues the outer 四加 list (第一是加认识/第二是加标准) after the inner 第三是.")
c114 = H("第四是", "第四是加力度", 4, c11)
H("第一,", "第一,各县市区政府要加大", 5, c114, note="加大四个方面的力度: 示范 / 企业创建 / 行业指导服务 / 督办.")
H("第二,", "第二,要加大企业创建的力度", 5, c114)
c1143 = H("第三,", "第三,要加大行业指导服务的力度", 5, c114)
H("第二,", "第二,示范指导", 6, c1143,
  note="A list whose first item has no marker (主要是市里的行业主管部门要拿出来): 第二,示范指导 and "
       "第三,两化建设的验收考核 are the sub-points of 行业指导服务.")
H("第三,", "第三,两化建设的验收考核", 6, c1143)
c1144 = H("第四,", "第四,加大高度督办的力度", 5, c114, note="Continues 四个方面的力度 after the inner 第二/第三.")
H("一是", "一是六月份准备", 6, c1144,
  note="市政府搞三大方面的调度,一是…: only the first of the three has a marker (下半年…, 年底… follow unmarked).")

c12 = H("第二,", "第二,全力推进打非工作", 3, c1)
H("第一要", "第一要深化认识", 4, c12)
c122 = H("第二,", "第二,要全面排查", 4, c12)
H("第一是", "第一是组织地毯式的排查", 5, c122)
H("第二是", "第二是必须要暗访暗查", 5, c122)
H("第三", "第三发动举报", 5, c122)
c123 = H("第三,", "第三,要强力整治", 4, c12)
H("一个是", "一个是要依法打击", 5, c123)
H("第二是", "第二是联合执法", 5, c123)
H("第三是", "第三是典型曝光", 5, c123)
H("第四是", "第四是严肃查处", 5, c123)
H("第四是", "第四是要切实规范", 4, c12,
  note="The inner 强力整治 list already has its 第四 (严肃查处), so this 第四 continues the outer list "
       "深化认识/全面排查/强力整治.")

c13 = H("第三,", "第三,全力推进隐患整治", 3, c1)
H("第一,", "第一,要抓好隐患排查", 4, c13)
H("第二是", "第二是要突出整治重点隐患", 4, c13)
H("三是", "三是要强力整治隐患", 4, c13)
c134 = H("四是", "四是落实整治的保障", 4, c13)
H("一个要", "一个要明确整治主体", 5, c134,
  note="隐患整治的保险是一个要…, 第二是…, 再就是…, 最后就是…: the four 保障 (irregular markers).")
H("第二是", "第二是治理投入", 5, c134)
H("再就是", "再就是严格整治责任", 5, c134)
H("最后就是", "最后就是保证整治的效果", 5, c134)

# C2. 第二,抓专项整治全面展开
c2 = H("第二,", "第二,抓专项整治全面展开", 2, h0)
c21 = H("第一是", "第一是开展 5 道路交通", 3, c2)
H("第一是", "第一是抓根本整治驾驶人员", 4, c21)
H("第二是", "第二是抓基础整治设施设备", 4, c21)
H("第三是", "第三是抓关键整治监督管理", 4, c21)
H("一个是", "一个是各县市区和行业主管部门", 4, c21,
  note="具体怎么搞: a second list in the 道路交通 section (一个是/第二是/第三是), a sibling list of 三抓三整治, "
       "not nested under 第三是抓关键 (a stack parser would nest it there).")
c215 = H("第二是", "第二是要明确工和责任", 4, c21)
for n, title in enumerate(["政府牵头负责", "部门各负其责", "企业主体负责", "乡村包保负责", "司机包干负责"], 1):
    H(f"{n}、", f"{n}、{title}", 5, c215)
c216 = H("第三是", "第三是抓整治落实", 4, c21)
H("第二要", "第二要抓宣传教育", 5, c216,
  note="A list whose first item has no marker (这次会议后,各地要全面组织动员部署): 宣传教育 / 排查整治 / "
       "督查结帐 are sub-points of 抓整治落实; ordinal 2 cannot continue the 一个是/第二是/第三是 list.")
H("第三要", "第三要抓排查整台", 5, c216)
H("第四", "第四抓督查结帐", 5, c216)

c22 = H("第二是", "第二是开展烟花爆竹", 3, c2)
c221 = H("第一,", "第一,切实抓好生产企业的两化建设", 4, c22)
H("一是", "一是提高两化建设的标准", 5, c221)
H("二是", "二是要加快两化建设的进度", 5, c221)
H("三是", "三是要抓好两化建设的落实", 5, c221)
H("第二是", "第二是抓好经营的规范管理", 4, c22)
H("第三是", "第三是要切实抓好打击非法生产经营", 4, c22)

c23 = H("第三是", "第三是开展煤矿整顿关闭专项整治", 3, c2)
H("第一要", "第一要真心实意抓整顿", 4, c23)
H("第二要", "第二要强力推进", 4, c23)
H("第三是", "第三是要严格监控", 4, c23)

# C3. 第三,抓安全工作全面落实
c3 = H("第三,", "第三,抓安全工作全面落实", 2, h0)
H("第一个", "第一个认识工作落实", 3, c3,
  note="The preview sentence 我讲三点。第一要认识工作落实,第二要抓好工作落实,第三是保证工作落实。 only "
       "announces the three sections; its markers are not recorded as nodes. The sections start at "
       "第一个认识工作落实 / 第二要抓好工作 / 第三要保证工作落实. A reader could record the preview markers "
       "as three more nodes.")
c32 = H("第二要", "第二要抓好工作,", 3, c3)
H("一个是", "一个是抓调度促进落实", 4, c32)
c322 = H("二是", "二是抓典型促进落实", 4, c32)
taoyuan = H("一个是", "一个是桃源", 5, c322,
            note="今年市里抓了两个典型,一个是桃源: the first of two examples (the second is never given); a "
                 "reader could treat 一个是 here as narrative and put the 四条 directly under 二是抓典型.")
for ctx in ["第一,全市通报", "第二,黄牌警告", "第三,列入重点", "第四,按有关规定"]:
    H(ctx[:3], ctx, 6, taoyuan)
H("第三,", "第三,是抓暗方", 4, c32, note="Continues 一个是/二是 (ways to 抓好工作落实) after the inner 第一…第四 of 桃源.")
H("第四是", "第四是抓督查", 4, c32)
H("第五是", "第五是抓结帐促进落实", 4, c32)
c33 = H("第三要", "第三要保证工作落实,主要是", 3, c3)
c331 = H("第一", "第一强化责任", 4, c33,
         note="三个强化 = 强化责任 / 第二,强化监管 / 第三,强化领导, so 第一 opens 强化责任 and the following "
              "第二履行责任,第三严格责任 are its sub-points (the first sub-point is the title itself). A reader "
              "could read 第一强化责任,第二履行责任,第三严格责任 as one flat list, but then 第二,强化监管 has "
              "no place.")
H("第二", "第二履行责任", 5, c331)
H("第三", "第三严格责任", 5, c331)
c332 = H("第二,", "第二,强化监管", 4, c33)
for ctx in ["一个是健全监管机制", "二是要配强监管队伍", "三是必须严格依法监管", "四是保证监管的投入",
            "五是形成监管的合力", "六是要建立和完善有效监管的机制"]:
    H(ctx[: 3 if ctx.startswith("一个是") else 2], ctx, 5, c332)
c333 = H("第三,", "第三,强化领导", 4, c33)
for ctx in ["第一,要把安全生产工作放到", "第二,要高度集中精力", "第三,要切实加强本地区", "第四,要确保本地区"]:
    H(ctx[:3], ctx, 5, c333)

# D. 最后,会后贯彻
d = H("最后,", "最后,对这次会后贯彻的问题", 2, h0,
      note="最后 closes the speech after the three announced 方面; whether it continues the C list or the 首先 of "
           "B, its parent is the 第一篇 separator at level 2.")
H("一是", "一是这次会后要组织学习", 3, d)
H("二是", "二是要认真传达贯彻", 3, d)
d3 = H("第三,", "第三,对前一段的工作", 3, d)
H("第二", "第二对这次会议精神贯彻落实情况", 4, d3,
  note="Ordinal 2 after 第三: a list whose first item has no marker (回头看…上报安委办 / 组织一次大检查). A "
       "reader could take it as a misspoken 第四, a sibling at level 3 under 最后.")

# ---------------------------------------------------------------------------------------------
# Items
# ---------------------------------------------------------------------------------------------
I("希望大家认真的贯彻落实", "directive",
  note="Asks the audience to implement 张平局长's report; 大家 is not an owner. A reader could drop it as a courtesy.")
I("要大家正视现实,面对现实,高度重视,警钟长鸣,长抓不懈,安全生产工作一切也不能放松", "directive",
  note="Stated as the purpose of the speaker's point (我讲这个现实的目的在这里) but is an exhortation of the "
       "要高度重视 kind; a reader could treat it as narrative.")
I("让大家充分认识到安全生产工作抓与不抓大不一样", "directive",
  note="Purpose of the speaker's 观点, phrased as 要充分认识; a reader could treat it as narrative.")

# 两化建设 — 四加
I("一个真认识,不要搞虚假,不要搞应付,要充分认识到抓两化建设就是抓硬件软件,就是抓民生,就是抓安全效益,也就是抓稳定发展",
  "directive")
I("要高起点", "directive")
I("各个行业各个区县要拟定统一的标准", "task", [("各个行业", R, False), ("各个区县", R, False)])
I("新企业要按标准抓建设", "task", [("新企业", R, False)])
I("老企业要按统一的标准抓改造,改造达标", "task", [("老企业", R, False)])
I("按统一的标准来抓建设抓规范", "directive")
I("达不到标准该关的要关,该取缔的要取缔,要带强制性", "directive",
  note="The title 要加投入 is a category here (this item lies in its section). 企业是投入的主体,政府只能以奖代投,"
       "公共安全设施,政府投入 is read as a statement of principle, not an item; a reader could record "
       "加投入 as an item with owners 企业/政府.")
I("各县市区政府要加大两化建设示范的力度", "task", [("各县市区政府", R, False)])
I("各个区县市各个行业对所有的高危行业都要树出标杆,把高标准高起点的两化建设的试点先拿出来", "task",
  [("各个区县市", R, False), ("各个行业", R, False)], ("这次会后", "asap", None),
  after=T.find("第一,各县市区政府"), note="高危行业 is the object, not an owner.")
I("拿出来后再在这个地方召开所有创建企业的现场调度会", "task",
  [("各个区县市", R, True), ("各个行业", R, True)],
  note="Subject omitted, so it continues 各个区县市各个行业 by the spec's rule; the city could also be the one "
       "convening the 现场调度会 (then no stated owner).")
I("就按这个标准搞,要求什么时候搞到位,你不搞到位企业就要停下来", "directive",
  [("各个区县市", R, True), ("各个行业", R, True)],
  note="No date is set (要求什么时候搞到位 asks for one): no deadline. 企业就要停下来 is the sanction.")
I("现在一定要把企业动员起来,所有企业都要全面动员", "directive",
  note="企业 is the object of 动员; 现在 is manner, not a deadline.")
I("市里的行业主管部门要拿出来", "task", [("市里的行业主管部门", R, False)],
  note="Garbled transcript (拿出来 what? probably standards/guidance; 拿不聘为 = 拿不出来). The sanction "
       "拿不出来就要追究责任 is not a separate item.")
I("行业主管部门要和区县联合办试点,示范企业", "task", [("行业主管部门", R, False), ("区县", S, False)],
  after=T.find("第二,示范指导"), note="和区县联合办 read like 会同区县: 区县 support; a reader could make it responsible.")
I("要加强两化建设的指导", "directive", [("行业主管部门", R, True)])
I("验收还应该有个评审委员会", "task", note="A deliverable (a review committee) without owner or date.")
I("还要有一个行业的组织机构", "task")
I("各级政府、各级主管部门对两化建设要加大高度的力度,加大督办的力度", "task",
  [("各级政府", R, False), ("各级主管部门", R, False)])
CITY_NOTE = ("市政府搞三大方面的调度: the speaker's own government scheduling its own work; the spec's hard "
             "cases exclude 市政府将… commitments, but its task examples list exactly these actions and the brief "
             "asks for them as tasks; owner 市政府 inherited from the lead-in.")
I("六月份准备到现场组织一次现场督查", "task", [("市政府", R, True)], ("六月份", "on", "2020-06-30"), note=CITY_NOTE)
I("下半年要搞一次大的现场调度会", "task", [("市政府", R, True)], ("下半年", "on", "2020-12-31"))
I("年底对第一批创建企业进行验收考核", "task", [("市政府", R, True)], ("年底", "on", "2020-12-31"),
  note="企业 is the object; 年底 without 前 → kind on.")

# 打非
I("深化认识大家要充分认识到抓打非就是抓根本就是抓治乱,就是抓隐患,也就是抓规范", "directive")
I("组织地毯式的排查", "directive",
  note="A method of the 排查 without count, owner or date; a reader could call 组织…排查 a checkable event (task).")
I("必须要暗访暗查", "directive")
I("发动举报,举报有奖", "directive")
I("要依法打击", "directive")
I("联合执法必须是政府牵头,组织有关部门强力打击", "task", [("政府", L, False), ("有关部门", S, False)])
I("典型曝光", "directive", after=T.find("第三是典型曝光"))
I("严肃查处,该关的关,该停的停,该抓的抓,该判的要判,涉及到干部的该处分的要处分", "directive")
I("要整章建制,建立长效机制", "directive")

# 隐患整治
I("安全生产事故隐患的排查一定要坚持全面排查,经常排查,暗访排查,领导带班排查", "directive",
  note="领导带班 is a manner of 排查, not an owner.")
I("必须突出重点行业重点区域重点企业", "directive")
I("对重大的老大难隐患,要一个隐患一个方案一套班子,一个领导,要一抓到底", "task",
  note="Checkable (a plan, a team and a leader per major hazard) → task; a reader could call it a directive.")
I("要强力整治隐患,就是依法整治,集中整治,彻底整治", "directive")
I("明确整治主体,谁的隐患谁整治,企业的隐患企业整治,公共隐患政府整治", "task",
  [("企业", R, False), ("政府", R, False)], after=T.find("一个要明确整治主体"),
  note="One action (明确整治主体) whose text names 企业 and 政府 as the parties; a reader could split it into "
       "two tasks or keep it a directive without owners.")
I("治理投入那就是谁的隐患谁投入", "directive")
I("严格整治责任", "directive")
I("保证整治的效果,隐患整治以后要防止反弹,现在我们要吸取教训,有些隐患今天搞到位,明天就要有防反弹的行之有效的措施",
  "directive")

# 专项整治 — 道路交通
I("要作为安全生产工作的重中之中,全面开展专项治理", "directive")
I("抓根本整治驾驶人员", "directive")
I("抓基础整治设施设备", "directive")
I("抓关键整治监督管理", "directive")
I("各县市区和行业主管部门要制定实施方案", "task", [("各县市区", R, False), ("行业主管部门", R, False)])
DUTY_NOTE = ("The five 1、…5、 lines allocate responsibility (责任主要是明确五个方面); each names its party, so each "
             "is a task by the spec's rule. A reader could record one item 明确责任 instead.")
I("政府牵头负责", "task", [("政府", L, False)], note=DUTY_NOTE)
I("部门各负其责", "task", [("部门", R, False)])
I("企业主体负责", "task", [("企业", R, False)])
I("乡村包保负责", "task", [("乡村", R, False)])
I("司机包干负责", "task", [("司机", R, False)])
I("各地要全面组织动员部署", "task", [("各地", R, False)], ("这次会议后", "asap", None))
I("抓宣传教育,大家都要有这个安全意识", "directive",
  note="各地 of the unmarked first sub-point is not inherited: it lies in the parent node, not in this one.")
I("抓排查整台,要把发现的问题一个一个整治到位", "directive")
I("抓督查结帐", "directive")

# 烟花爆竹
I("提高两化建设的标准", "directive", note="生产企业 (抓好生产企业的两化建设) is whose 两化建设, not an owner.")
I("要加快两化建设的进度", "directive")
I("要抓好两化建设的落实,特别是规范化管理要落实", "directive")
I("抓好经营的规范管理,主要是规范仓储规范经营", "directive")
I("要全市联动", "directive")
I("除了抓排查还要抓典型,典型要重点打击", "directive")
I("必须政府牵头组织联合执法", "task", [("政府", L, False)])
I("要建立长效机制打击下去后不能反弹", "directive")

# 煤矿 (the three points the speaker gave 澧县 and 石门 on his inspection, restated here)
COAL_NOTE = ("Owners 澧县 and 石门 inherited from the lead-in (到这两个县做了专项督查,讲三条): the two counties "
             "whose 28 mines are being closed or rectified. A reader could leave the owners empty.")
I("真心实意抓整顿,不要有任务侥幸心理", "directive", [("澧县", R, True), ("石门", R, True)], note=COAL_NOTE)
I("强力推进,加快进度,最后期限是9月30日", "task", [("澧县", R, True), ("石门", R, True)],
  ("9月30日", "by", "2020-09-30"), note="最后期限 → kind by.")
I("这两县的煤矿不管是恢复生产的,还是在抓整顿技改的,以及在停产的,通通都要加强监控,要加大巡查的力度", "directive",
  [("澧县", R, True), ("石门", R, True)], note="煤矿 is the object of 监控.")
I("两县政府主管部门要加强平时的巡视巡查和监控", "task", [("两县政府主管部门", R, False)],
  note="Read as one party (the competent departments of the two county governments); a reader could split "
       "两县政府 / 主管部门.")

# 抓安全工作全面落实
I("我们要充分认识抓工作落实", "directive")
METHOD_NOTE = ("抓调度/抓典型/抓暗访/抓督查/抓结帐 are the speaker's own methods (我经常抓的方法和手段) offered as "
               "the way to 抓好工作落实; recorded as directives, a reader could treat them as description.")
I("抓调度促进落实", "directive", note=METHOD_NOTE)
I("抓典型促进落实", "directive",
  note="The 桃源 四条 (全市通报/黄牌警告/列入重点/追究责任) are decisions taken earlier (当时我讲了四条): not items.")
I("现在抓安全生产工作也要改进工作方式方法,不能千篇一律,不能按步就搬", "directive")
I("各级特别是领导,要抓暗访暗查", "task", [("各级", R, False), ("领导", R, False)],
  note="今后 = from now on, not a limit. 各级 (all levels) and 领导 are named as the subject.")
I("抓督查,抓专项督查,重点督办", "directive")
I("抓结帐促进落实", "directive")
I("履行责任", "directive", note="The title 强化责任 is the category of 履行/严格责任 here; a reader could count it as an item too.")
I("严格责任", "directive", after=T.find("第三严格责任"))
I("健全监管机制,关键是乡镇、企业基层的监管网络,必须全面的建立健全,今年年底要全面结帐", "task",
  deadline=("今年年底", "on", "2020-12-31"),
  note="结帐 = the final check that the network is complete, read as the deadline of this action, not a separate item.")
I("要配强监管队伍", "directive")
I("必须严格依法监管", "directive")
I("每个县50万的投入都要到位", "task", [("每个县", R, False)],
  note="每个县 is the one whose investment must be in place (a 责任单位 column would say 各县); a reader could "
       "leave owners empty.")
I("形成监管的合力主要内部监管行业监管综合监管要全面加强", "directive")
I("请安委办起草这个东西", "task", [("安委办", R, False)],
  note="The title 要建立和完善有效监管的机制 is then a category (this item lies in its section).")
LEAD_NOTE = "Owner inherited from the lead-in 特别是主管安全生产工作的领导,我提四条要求."
I("要把安全生产工作放到一切工作的首位", "directive", [("主管安全生产工作的领导", R, True)], note=LEAD_NOTE)
I("要高度集中精力全身心地投入安全生产工作", "directive", [("主管安全生产工作的领导", R, True)])
I("要切实加强本地区本行业安全生产领导协调监管", "directive", [("主管安全生产工作的领导", R, True)])
I("要确保本地区本行业安全生产的持续稳定安全", "directive", [("主管安全生产工作的领导", R, True)])

# 最后 — 会后贯彻
I("这次会后要组织学习市委市政府关于坚持标本兼治实现长治久安加强安全生产工作的决定", "task",
  deadline=("这次会后", "asap", None))
I("要认真传达贯彻研究这次会议精神", "directive")
I("对前一段的工作要来一次回头看,分析和查找存在的问题和原因", "task", note="来一次回头看: one review, checkable.")
I("对这三大重点工作三个专项整治结合本级的实际认真研究贯彻落实", "directive")
I("本月20号前将贯彻落实意见方案上报安委办", "task", deadline=("本月20号前", "by", "2020-05-20"),
  note="安委办 is the recipient, not the owner; no subject stated.")
I("对这次会议精神贯彻落实情况,6月底7月初组织一次大检查", "task", deadline=("6月底7月初", "on", "2020-07-10"),
  note="No owner stated (presumably the city's 安委办).")
I("按照这个思路拿个东西出来,在半年度的安全生产工作会上进行通报", "task",
  deadline=("半年度的安全生产工作会上", "on", None),
  note="The occasion (半年度的安全生产工作会) is the time of the 通报, its date is not given: due null. A reader "
       "could give no deadline.")
I("好的要表扬差的要追究责任", "directive")

# ---------------------------------------------------------------------------------------------
g.note("Not headings: 第一年, 第一批, 三个方面, 三大重点/六项行动 counts, 一个真认识 (加认识's title, not a marker), "
       "一个隐患一个方案一套班子, 一季度, 一百多天, the page numbers 1…8 inside sentences (讲的 1 就是, 下步的 2 工作, "
       "我 3 希望, 三 4 个方面, 开展 5 道路, 典 7 型, 专一 8 行), and the preview markers 第一要认识工作落实,"
       "第二要抓好工作落实,第三是保证工作落实.")
g.note("Not items: the assessment of the first four months (一是…四是, 5个非常), 下一步怎么搞,按年初全市安全生产工作"
       "会议总体部署 (a reference to an earlier plan), 决定从现在起在全市开展三个专项整治 (announces the section whose "
       "items follow), the 桃源 四条 (past decisions), the description of the 大检查 (这次检查重点就是…搞暗访看效果), "
       "大家必须做到这四条 (a summary of the four items before it), 安全生产的形势大家要看到,是十分严峻的 (an assessment).")
g.note("task vs directive: task = an explicit (not inherited) owner, an explicit deadline, or a single checkable "
       "deliverable/event (方案, 委员会, 一次回头看, 投入到位); methods and intensities (排查, 整治, 打击, 加强, 建立…机制) "
       "without owner or date are directives.")
g.note("Headings whose title is an instruction are items only when no item lies in their section (spec rule); "
       "where the body merely elaborates the title, the item span covers title and body (e.g. 健全监管机制…).")
g.write()
