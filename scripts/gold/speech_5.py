"""Gold file for fixtures/speeches/speech-5.txt (政府全体扩大会议主持词), written by reading the text.

A host's script (主持词): the agenda and the announcements that run the meeting are not items;
the host's own closing requirements (三点要求) are. Run: python scripts/gold/speech_5.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from goldlib import GoldBuilder  # noqa: E402

DEPARTMENTS = ("各部门", "responsible", False)
UNITS = ("各单位", "responsible", False)


def inherited(*owners: tuple[str, str, bool]) -> list[tuple[str, str, bool]]:
    return [(name, role, True) for name, role, _ in owners]


def build() -> GoldBuilder:
    g = GoldBuilder("speech-5", "2012-03-09", "stated in the text: (2012年3月9日) under the title")
    top = g.heading("第五篇:", "第五篇:政府全体扩大会议主持词", 1, None)

    # -- the agenda: a numbered list, and the host's 首先 … 最后 walk through it ---------------------
    agenda = g.find("今天的会议共有四项议程项")
    g.heading("1.", "1.发改经信委主任", 2, top, after=agenda)
    g.heading("2.", "2.住建局局长", 2, top, after=agenda)
    g.heading("3.", "3.开发区管委会", 2, top, after=agenda)
    g.heading("4.", "4.丹阳市委副书记", 2, top, after=agenda)
    g.heading(
        "首先,",
        "首先,进行会议的第一项议程",
        2,
        top,
        note="首先 … (下面, 下面) … 最后 step through the four agenda items: an enumeration of the proceedings, "
        "a new list beside the numbered one. A reader could call them narrative sequence words instead",
    )
    g.heading("最后,", "最后,进行会议的第四项议程", 2, top, note="closes the 首先 … 最后 sequence")

    # -- the host's summing-up ---------------------------------------------------------------------
    summing = g.find("同志们,刚才裔市长的讲话")
    g.item(
        "希望各部门、各单位按照裔市长讲话的要求,树立强烈的紧迫感和责任感,加强组织领导,加大落实力度,"
        "不折不扣完成好政府各项工作任务",
        "task",
        [DEPARTMENTS, UNITS],
        after=summing,
        note="an exhortation, but with explicitly named owners, so a task by the spec's rule",
    )

    # -- 一是 ----------------------------------------------------------------------------------------
    one = g.heading("一是", "一是要迅速传达会议精神", 2, top)
    g.item(
        "各单位要联系各自实际,迅速传达贯彻会议精神",
        "task",
        [UNITS],
        ("会议结束后", "asap", None),
        after=one,
        note="会议结束后 = 会后 (asap, no due date); 迅速 is manner",
    )
    g.item(
        "要通过会议精神的传达学习,使大家正确认识当前的经济形势,"
        "把广大干部群众的注意力、积极性和创造性统一到咬定目标、狠抓落实上来",
        "directive",
        inherited(UNITS),
        after=one,
        note="subject omitted: continues 各单位 of the previous sentence; 大家 and 广大干部群众 are objects. "
        "The trailing 为全面完成今年首季度的各项工作任务奠定坚实的基础 is justification (its 首季度 is no deadline)",
    )

    # -- 二是 ----------------------------------------------------------------------------------------
    two = g.heading("二是", "二是要牢固树立目标必成意识", 2, top)
    g.item(
        "我们完成目标任务的决心不能有丝毫动摇,狠抓落实的劲头不能有丝毫减弱",
        "directive",
        after=two,
        note="an exhortation about resolve addressed to everyone (我们 is the general audience, not an owner); "
        "a reader could also read it as part of the assertion before it and not an item",
    )
    g.item(
        "各部门、各单位要将年初确定的目标进行再排队、再分析,逐项对照序时进度找差距",
        "task",
        [DEPARTMENTS, UNITS],
        ("会后", "asap", None),
        after=two,
    )
    g.item(
        "要进一步落实目标责任制,将各项重点目标和责任人紧紧抓在手上,定期督查,定期考核",
        "task",
        inherited(DEPARTMENTS, UNITS),
        ("定期", "recurring", None),
        after=two,
        note="owners continue 各部门、各单位 (同时要… has no subject); 定期督查,定期考核 is a checkable, recurring "
        "action, so a task although its owners are inherited. The trailing 真正做到…确保各项指标不落空 is the aim",
    )

    # -- 三是 ----------------------------------------------------------------------------------------
    three = g.heading("三是", "三是要振奋精神", 2, top)
    g.item(
        "各部门、各单位要切实加强各项工作的领导,进一步改进工作作风,深入基层,扑下身子,帮助基层理清发展思路,解决实际问题",
        "task",
        [DEPARTMENTS, UNITS],
        after=three,
        note="基层 is the beneficiary, not an owner",
    )
    g.item(
        "要克服工作一般化的倾向,切忌形式主义,注重实际效果",
        "directive",
        inherited(DEPARTMENTS, UNITS),
        after=three,
    )
    g.item(
        "各级领导要进一步集中精力,从各种事务性工作中解脱出来,紧紧抓住影响全局的关键环节,组织猛攻,"
        "一个一个地抓,一个一个地突破,努力将各项关键措施落到实处,确保首季度各项工作任务的圆满完成",
        "task",
        [("各级领导", "responsible", False)],
        ("首季度", "on", "2012-03-31"),
        after=three,
        note="首季度 (the first quarter of 2012) is the period the tasks must be finished in, so the deadline with the "
        "quarter's last day as due; a reader could take 确保… as the aim only and give no deadline",
    )

    g.note(
        "Not items: the meeting's purpose (目的在于贯彻落实…), the list of attendees, the agenda (1.–4.) and the "
        "announcements that run it (请…作大会发言, 大家欢迎), the host's summary of the mayor's speech, 关键要抓好落实 "
        "(an assessment), and 今天的会议到此结束,散会."
    )
    g.note(
        "第一项议程 … 第四项议程 and 四项议程 / 三点要求 are counts and names of agenda items, not list markers."
    )
    g.note("The 一是/二是/三是 titles are instructions, but each section holds items, so they are categories.")
    return g


if __name__ == "__main__":
    build().write()
