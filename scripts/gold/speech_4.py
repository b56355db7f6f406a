"""Gold file for fixtures/speeches/speech-4.txt (市长在青联全体会讲话), written by reading the text.

The text is a machine-'rewritten' copy (synonyms swapped: 当局 for 政府, 连合 for 团结, 任务
for 工作 …); it is read for what it says. Run: python scripts/gold/speech_4.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from goldlib import GoldBuilder  # noqa: E402

LEAGUE = ("全市青联组织", "responsible", False)
CADRES = ("青年干部", "responsible", False)


def inherited(*owners: tuple[str, str, bool]) -> list[tuple[str, str, bool]]:
    return [(name, role, True) for name, role, _ in owners]


def build() -> GoldBuilder:
    g = GoldBuilder(
        "speech-4",
        "2013-04-28",
        "year from the text: 五四运动94周年 (1919 + 94 = 2013); month from 五四…94周年岁念日行将到来之际 "
        "(the meeting is held just before 4 May, during the tea festival), so late April; the day is assumed",
    )
    top = g.heading("第四篇:", "第四篇:市长在青联", 1, None)

    # -- 一要: the bridge ----------------------------------------------------------------------
    one = g.heading("一要", "一要修建连合青年的桥梁", 2, top)
    g.item(
        "全市青联组织和青年干部,要以高度的政治责任感,自动顺应新情势,承当新义务,高举连合的大旗,"
        "对峙用一起的思维根底指导青年,用一起的喜欢国情怀感化青年,用一起的斗争目的鼓励青年,"
        "用一起的文明血脉联合青年,把全市青年结成愈加普遍、愈加结实的一致阵线",
        "task",
        [LEAGUE, CADRES],
        after=one,
        note="explicit named owners make it a task (spec: a directive with an explicitly named responsible unit); "
        "the trailing 真正让…使之成为… is the purpose and is left out of the span",
    )

    # -- 二要: the stage ---------------------------------------------------------------------------
    two = g.heading("二要", "二要建立培养青年的舞台", 2, top)
    league = ("青联组织", "responsible", False)
    g.item(
        "青联组织要从全市开展大局动身,积极发明前提,建立舞台,促进高本质青年人才生长,促进青年全体本质进步",
        "task",
        [league],
        after=two,
    )
    g.item(
        "要倡议树立终身进修观念,树立永不知足、永不懒惰、永一直步的奋进认识,推进青年在进修中成才",
        "directive",
        inherited(league),
        after=two,
    )
    g.item(
        "要着眼于加速经济开展方法改变,指导青年实行社会责任,积极投身于资本节省型和情况友爱型社会建立,"
        "自动参加河南省乡村变革开展综合实验区建立、“六城联创”、财产集聚区开展等中间任务,"
        "起劲把青年培育成为各行各业的领武士物和推进科学开展的排头兵,推进青年在理论中成才",
        "directive",
        inherited(league),
        after=two,
        note="the youth are the ones guided (objects); the owner is the 青联组织 of the section's first sentence",
    )
    g.item(
        "要拓宽青年人才发现、培育和推荐渠道,一直以坦荡的视野发现人才,以灵敏的方法培育人才,"
        "以广博的襟怀选拔人才,以积极的姿势推荐人才,把各个范畴的优异青年接收进来",
        "directive",
        inherited(league),
        after=two,
    )

    # -- 三要: the home ----------------------------------------------------------------------------
    three = g.heading("三要", "三要营建关怀青年的家园", 2, top)
    g.item(
        "要把效劳青年生长成才,作为悉数任务的起点和落脚点",
        "directive",
        after=three,
        note="a principle that the three 要效劳… clauses then detail; counted as its own directive, "
        "though a reader could treat it as their lead-in. No subject is named in this section, so no owner",
    )
    g.item(
        "要效劳青年生长成才的需求,加大对青年的进修培训力度,丰厚培训内容,进步培训条理,起劲进步青年的政治本质和营业才能",
        "directive",
        after=three,
    )
    g.item(
        "要效劳青年政治提高的需求,培育优异青年典型,做好优异青年的推荐表扬任务",
        "directive",
        after=three,
    )
    g.item(
        "要效劳青年的精力文明需求,尊敬青年的特性,展开文明体育运动,开展安康有益、充溢生机的协会文明",
        "directive",
        after=three,
    )
    g.item(
        "要推进全社会充沛看法培育青年人才的主要性,起劲营建关怀青年安康生长、协助青年具体开展、"
        "鼓舞青年立异创业的社会情况,支撑青年早日生长为社会栋梁",
        "directive",
        after=three,
        note="全社会 is the object to be moved, not an owner; 早日 is not a deadline",
    )

    # -- 四要: the front ---------------------------------------------------------------------------
    four = g.heading("四要", "四要稳固引领青年的阵地", 2, top)
    levels = ("各级青联组织", "responsible", False)
    g.item(
        "各级青联组织和青年干部,要高度注重青年研讨任务,实时把握青年群体的转变,对峙青联任务的准确偏向",
        "task",
        [levels, CADRES],
        after=four,
        note="实时 (及时) is manner, not a deadline",
    )
    for clause in (
        "要坚持灵敏性,做到政治坚决、明辨是非、思想清醒,擅长掌握社会开展趋向,擅长掌握青年任务规则,不时进步任务的自动性、预见性",
        "要富有发明性,强化立异认识,起劲在任务方法、运动载体、效劳内容上顺应青年需求,使青联任务在立异中向前开展",
        "要表现进步前辈性,积极率领广阔青年,走前人未走之路,创前人未竞之业,起劲发明一流的任务业绩,争那时代进步的标兵",
        "要发扬青年企业家的典范示范效果,激起青年创业热情,引领青年参加创业激流,促进全民创业",
        "要带头恪守社会公德,树立优越职业品德,倡议安康文明生涯方法,积极参与公益运动",
        "要注重实效性,紧紧环绕市委、市当局的中间任务,盲目把开展本身事业、完成小我价值同建立魅力的雄伟目的严密连系起来,"
        "同完成经济社会开展的历程连系起来,起劲追求更高的目的,开辟更大的事业",
    ):
        g.item(clause, "directive", inherited(levels, CADRES), after=four)
    g.item(
        "要加强开放性,树立完美与市表里、省表里青年结合会的交流机制,增强与省表里青年社团的交流、协作和联谊,拓宽交流的渠道和范畴",
        "directive",
        inherited(levels, CADRES),
        after=four,
        note="树立完美…交流机制 (set up an exchange mechanism) is close to a deliverable; kept a directive "
        "because it names no body, no date and no checkable end, and its owners are only inherited",
    )

    # -- closing paragraph: each sentence names its own subject -----------------------------------------
    close = g.find("青联事业前景宽广")
    g.item(
        "各级党委、当局要注重、关怀青年和青年任务,增强对青联任务的指导",
        "task",
        [("各级党委", "responsible", False), ("当局", "responsible", False)],
        after=close,
        note="当局 stands for 各级政府 (各级 governs both); written as in the text",
    )
    g.item(
        "共青团要发扬在青联中的中心效果,积极为青联发明优越的任务前提,支撑青联发明性地展开任务",
        "task",
        [("共青团", "responsible", False)],
        after=close,
    )
    g.item(
        "青联组织要实在增强本身建立,最大限制地把优异青年吸纳到青联中来,扩展青联的掩盖面",
        "task",
        [league],
        after=close,
    )

    g.note("No deadlines: the speech sets none (早日, 实时 and 时代 are not time limits).")
    g.note(
        "Not items: the congratulations and greetings of the opening paragraph; 要加速开展,必需连合一切可以连合的力气… "
        "(a principle given as the reason for 一要, not a request to anyone); 经过效劳,把青联事业深深植根于… "
        "(the summed-up aim of 三要's three clauses, no new action); the closing 我们置信… paragraph (expectation)."
    )
    g.note(
        "The four 一要…四要 titles are instructions, but each section holds items, so the titles are categories, not items."
    )
    g.note(
        "Owners are written as in the text: 全市青联组织 / 各级青联组织 / 青联组织 keep their qualifiers; "
        "omitted subjects in 二要 and 四要 continue the section's first subject (inherited)."
    )
    return g


if __name__ == "__main__":
    build().write()
