"""Gold file for fixtures/speeches/speech-2.txt (区政府第一季度全体扩大会议讲话), written by reading the text.

The text stops after the heading (二)财政工作稳步健康发展: only the first of the 两点意见 (the first-quarter
review: statistics and achievements) is present, so the file has a full outline and almost no items.
Run: .venv/bin/python scripts/gold/speech_2.py
"""

from __future__ import annotations

from goldlib import GoldBuilder

g = GoldBuilder(
    "speech-2",
    "2013-04-10",
    "No meeting date in the text. The only year written is 2013 (入选2013年河南省高成长性百高企业, reported "
    "among this quarter's results), read as the meeting year; 区政府第一季度全体(扩大)会议 reviewing the first "
    "quarter → YYYY-04-10 by the spec's convention. The 2013 list could also be one published in an earlier "
    "year's terms, so the year is a reading, not a statement.",
)


def H(marker: str, context: str, level: int, parent: int | None, note: str | None = None) -> int:
    return g.heading(marker, context, level, parent, note=note)


h0 = H("第二篇:", "第二篇:区政府", 1, None)
part1 = H("一、", "一、第一季度经济社会发展情况", 2, h0, note="The first of the 两点意见 announced just before; the second is missing (the text is truncated).")
LABEL_NOTE = ("一快 / 两稳 are the labels of the announced list 一快、两稳、两持续 (两持续 never comes: the text "
              "stops). They are not ordinal markers but they open the sections that hold 一是…三是 and (一)/(二); "
              "a reader who keeps only ordinal markers would drop them and put those lists directly under 一、 at "
              "level 3.")
fast = H("一快,即:", "一快,即:", 3, part1, note=LABEL_NOTE)
for ctx in ["一是续建项目进展快", "二是落地项目开工快", "三是前期项目运作快"]:
    H(ctx[:2], ctx, 4, fast)
steady = H("两稳,即:", "两稳,即:", 3, part1, note=LABEL_NOTE)
industry = H("(一)", "(一)工业经济平稳增长", 4, steady)
for ctx in ["一是经济效益稳步提升", "二是支柱企业带动作用增强", "三是企业创新能力得到加强", "四是企业融资工作有序推进",
            "五是承载能力进一步提升"]:
    H(ctx[:2], ctx, 5, industry)
H("(二)", "(二)财政工作稳步健康发展", 4, steady, note="Last line of the text; its body is missing.")

g.item("请大家按照**区长的要求认真抓好落实", "directive",
       note="Asks the audience (大家, not an owner) to carry out the district head's coming requirements; a reader "
            "could treat it as part of the opening courtesies.")

g.note("The text is truncated after (二)财政工作稳步健康发展: the second part of the 两点意见 (the tasks for the "
       "coming quarters) is not in the fixture, so there are no tasks to record.")
g.note("Not items: the whole of 一、 is statistics and past achievements (坚持项目推进例会制度, 积极扶持中小企业, "
       "鼓励辖区企业…, 加强中财公司与金融机构的合作 describe work done), and 预计6月份开工建设 is a forecast, not a "
       "deadline; 一会儿…区长还要讲话 and 我先讲两点意见 are agenda remarks.")
g.note("Not headings: 一快、两稳、两持续 in the announcing sentence (only the labels that open the sections are "
       "recorded), 一季度, 首批, 二期, 经四路/纬二路 etc. (road names), dates and figures.")
g.write()
