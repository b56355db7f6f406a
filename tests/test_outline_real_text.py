"""Outline error classes of real pages, each on invented sentences of its class.

Flattened lines, named parts, restarted lists, host agendas, document separators, stray
characters before markers, traditional script. No sentence here comes from a real text.
"""

from __future__ import annotations

import actions


def tree(text: str) -> list[tuple[int, str, str]]:
    """(level, marker, parent marker) of every node, in order."""
    found = []

    def walk(nodes, parent):
        for node in nodes:
            found.append((node.level, node.marker, parent))
            walk(node.children, node.marker)

    walk(actions.parse_outline(text).nodes, "")
    return found


# -- line headings inside a flattened line ----------------------------------------------------------

FLATTENED = (
    "同志们：　　今天召开全市环境整治会议。　　下面，我讲几点意见。"
    "　　一、充分认识整治工作的重要性　　环境是城市的名片。第一，整治是民生所盼。群众反映强烈。第二，整治是发展所需。企业看重环境。"
    "　　二、突出整治重点　　今年要抓好三件事。一是治理河道。二是清理违建。三是美化街巷。"
    "　　三、加强组织领导　　各区要成立专班，每周调度一次。"
)


def test_line_headings_run_into_one_line_are_confirmed_by_their_sequence():
    assert tree(FLATTENED) == [
        (1, "一、", ""), (2, "第一，", "一、"), (2, "第二，", "一、"),
        (1, "二、", ""), (2, "一是", "二、"), (2, "二是", "二、"), (2, "三是", "二、"),
        (1, "三、", ""),
    ]


def test_a_flattened_first_heading_is_confirmed_by_the_lead_in_that_counts_it():
    text = "今天召开秋季防火动员会。下面，我讲三点意见：一、春防工作的简要回顾春防期间，全区未发生森林火灾…"
    assert tree(text) == [(1, "一、", "")]
    text = "今天召开学校安全工作会议。下面，我强调三点意见。一、高度重视安全工作学校是育人的地方…"
    assert tree(text) == [(1, "一、", "")]


def test_an_unconfirmed_mid_line_heading_form_is_not_a_heading():
    assert tree("他说：一、不能松劲，这是底线。会议要求各村抓好落实。") == []
    assert tree("全年完成投资十亿元。1、2月份增速较快。") == []


def test_an_agenda_after_a_colon_and_a_space_is_a_list():
    text = "本次会议共有三项议程： 1、审议秘书长名单； 2、审议议程草案； 3、通过决议。 现在进行。"
    assert tree(text) == [(1, "1、", ""), (1, "2、", ""), (1, "3、", "")]


# -- long work reports ---------------------------------------------------------------------------

def _report_chapter(number: str, title: str, body: str) -> str:
    return f"{number}、{title}\n{body}\n"


def test_a_report_cut_off_before_its_announced_sections_keeps_its_chapters():
    text = (
        "各位代表：\n现在，我代表省人民政府向大会报告工作。\n"
        + _report_chapter("一", "过去一年工作回顾", "主要做了以下工作：\n一是稳住经济大盘。" + "全年增长百分之五。" * 30
                          + "\n二是推进科技创新。" + "新建实验室十个。" * 30)
        + _report_chapter("二", "今后五年的目标任务", "要重点把握三个方面：\n一是聚焦创新。" + "持续加大投入。" * 20
                          + "\n二是聚焦民生。" + "办好实事。" * 20)
        + _report_chapter("三", "今年重点工作", "重点抓好以下12个方面的工作：\n（一）扩大有效需求。" + "推进项目建设。" * 40
                          + "\n（二）建设产业体系。" + "培育新兴产业。" * 40)
    )
    levels = [(level, marker) for level, marker, _ in tree(text)]
    assert levels == [
        (1, "一、"), (2, "一是"), (2, "二是"), (1, "二、"), (2, "一是"), (2, "二是"), (1, "三、"), (2, "（一）"), (2, "（二）"),
    ]


# -- parts that name themselves, and pairs ------------------------------------------------------

def test_a_named_part_heads_the_points_inside_it():
    text = ("下面，我讲两个问题。第一个问题：充分认识成绩。第一，经济稳步增长。全年增长五个百分点。第二，民生持续改善。"
            "新增就业一万人。第二个问题：明确今年任务。第一，加强组织领导。各县要成立专班。第二，强化资金保障。要足额安排资金。")
    assert tree(text) == [
        (1, "第一个问题：", ""), (2, "第一，", "第一个问题："), (2, "第二，", "第一个问题："),
        (1, "第二个问题：", ""), (2, "第一，", "第二个问题："), (2, "第二，", "第二个问题："),
    ]


def test_layers_of_meaning_are_a_list():
    text = "召集大家开会，主要有三层意思：第一层意思，亮一亮成绩。第二层意思，听一听意见。第三层意思，鼓一鼓干劲。"
    assert [marker for _, marker, _ in tree(text)] == ["第一层意思，", "第二层意思，", "第三层意思，"]


def test_one_and_the_other_are_a_pair():
    text = "第一，目标任务接近完成。过去有两个难题。一个是贫困人口减不动，另一个是贫困县越扶越多。这次扭转了趋势。第二，收入大幅提高。"
    assert tree(text) == [(1, "第一，", ""), (2, "一个是", "第一，"), (2, "另一个是", "第一，"), (1, "第二，", "")]
    text = "第一，理顺体制。中央主要是管两头，一头是创造条件，另一头是加强监管。第二，完善资金管理。"
    assert tree(text) == [(1, "第一，", ""), (2, "一头是", "第一，"), (2, "另一头是", "第一，"), (1, "第二，", "")]


# -- a list restarted by a new speaker or a new part of the text ---------------------------------

def test_a_new_speaker_restarts_the_list_at_the_first_lists_level():
    text = ("会上，书记对防汛工作提出三点要求：一是压实责任。各乡镇要落实包保。二是排查隐患。要逐库检查。三是做好值守。要二十四小时值班。\n"
            "县长强调：一是抓好物资储备。二是加强预警发布。")
    assert tree(text) == [(1, "一是", ""), (1, "二是", ""), (1, "三是", ""), (1, "一是", ""), (1, "二是", "")]


def test_a_meeting_turning_to_its_requirements_restarts_inside_the_same_section():
    text = ("一、关于迎检工作\n会议指出，迎检工作时间紧。会议要求，一是加强领导。二是落实经费。三是强化督查。\n"
            "会议就具体事项明确如下：\n1.关于设备配备问题。由领导小组提出方案。\n2.关于工作经费问题。县财政安排经费。\n二、关于水环境治理\n会议原则同意方案。")
    assert tree(text) == [
        (1, "一、", ""), (2, "一是", "一、"), (2, "二是", "一、"), (2, "三是", "一、"), (2, "1.", "一、"), (2, "2.", "一、"),
        (1, "二、", ""),
    ]


def test_a_paragraph_turning_to_the_audience_opens_a_new_list_in_the_chapter():
    body = "全年增长百分之五。" * 20
    text = ("一、过去一年工作回顾\n一年来，主要做了三个方面工作：\n（一）稳住经济大盘。" + body + "\n（二）推进科技创新。" + body
            + "\n（三）防范化解风险。" + body + "\n各位代表！五年来，各项事业取得重大成就。一是综合实力再上台阶。" + body
            + "二是民生福祉持续改善。" + body + "\n二、今年重点工作\n要抓好以下工作。")
    assert tree(text) == [
        (1, "一、", ""), (2, "（一）", "一、"), (2, "（二）", "一、"), (2, "（三）", "一、"), (2, "一是", "一、"), (2, "二是", "一、"),
        (1, "二、", ""),
    ]


def test_a_sub_list_announced_inside_a_point_still_nests():
    text = "一是加强领导。各部门要做到以下几点：\n1.明确责任人。\n2.建立台账。\n二是强化督查。"
    assert tree(text) == [(1, "一是", ""), (2, "1.", "一是"), (2, "2.", "一是"), (1, "二是", "")]


# -- host agendas -------------------------------------------------------------------------------

def test_a_hosts_agenda_is_an_outline_list_and_its_announcements_are_no_items():
    text = ("同志们：\n今天召开全县安全生产工作会议。会议第一项，请安监局局长通报事故情况；会议第二项，请副县长部署工作；"
            "会议最后一项，请县长作重要讲话。\n")
    document = actions.extract(text, "2020-03-01")
    assert [(node.level, node.marker) for node in document.outline] == [(1, "会议第一项，"), (1, "会议第二项，"), (1, "会议最后一项，")]
    assert document.outline[2].ordinal == 3
    assert document.items == []


def test_an_agenda_announced_step_by_step_is_a_list():
    text = "现在进行第一项议程：宣读表彰决定。\n下面进行会议第二项议程，请县长讲话。\n现在进行第三项议程：签订责任书。"
    assert [(level, marker) for level, marker, _ in tree(text)] == [
        (1, "现在进行第一项议程："), (1, "下面进行会议第二项议程，"), (1, "现在进行第三项议程：")]


def test_an_ordinal_task_in_a_narrative_sentence_is_no_agenda():
    assert tree("今年的第一项任务是防汛。要完成第二项工作。") == []


# -- documents of one page ----------------------------------------------------------------------

def test_bracketed_separators_between_documents_of_one_page():
    text = ("镇长办公会议纪要\n一、关于防汛工作。会议要求各村落实责任。\n二、关于经费。财政所负责兑付。\n"
            "镇长办公会议纪要 [篇2]\n时间：某月某日\n一、关于春耕。各村要备足农资。\n")
    nodes = actions.parse_outline(text).nodes
    assert [(node.level, node.marker) for node in nodes] == [(1, "一、"), (1, "二、"), (1, "[篇2]")]
    assert [child.marker for child in nodes[2].children] == ["一、"]
    items = actions.extract(text, "2020-03-01").items
    assert all("纪要" not in item.text for item in items)  # the second document's title line is its head
    for separator in ("【篇2】", "【二】", "篇2"):
        text = f"一、加强领导。\n二、落实责任。\n{separator}\n在全县会议上的讲话\n一、提高认识。\n"
        assert [node.marker for node in actions.parse_outline(text).nodes] == ["一、", "二、", separator], separator


# -- traditional script -------------------------------------------------------------------------

def test_traditional_script_markers():
    text = "下面講三點意見。第一個，提高認識。各單位要重視。第二個，落實責任。第三點，加強督查。"
    assert [marker for _, marker, _ in tree(text)] == ["第一個，", "第二個，", "第三點，"]
    assert tree("要在第一時間報告，第十八屆運動會即將舉行。") == []


def test_nesting_holds_over_a_ten_thousand_character_work_report():
    filler = "全省上下攻坚克难，各项指标稳中有进，群众获得感明显增强。"
    paragraph = filler * 16 + "\n"
    parts = ["各位代表：\n现在，我代表省人民政府向大会报告工作。\n一、过去一年工作回顾\n一年来，主要做了6个方面工作：\n"]
    for number in "一二三四五六":
        parts.append(f"（{number}）推进第{number}项重点工作，取得明显成效。" + filler * 2
                     + "一是抓项目建设。" + filler + "二是抓改革攻坚。" + filler + "三是抓民生保障。" + filler + "\n" + paragraph)
    parts.append("各位代表！五年来，我们牢记嘱托，各项事业取得重大成就。一是综合实力再上台阶。" + filler * 2 + "二是创新动能持续增强。"
                 + filler * 2 + "三是民生福祉持续改善。" + filler * 2 + "\n")
    parts.append("二、今后五年的目标任务\n要重点把握三个方面：\n一是全力激发创新潜能。" + paragraph + "二是全力缩小城乡差距。" + paragraph
                 + "三是全力筑牢安全底线。" + paragraph)
    parts.append("三、今年重点工作\n今年要重点做好4个方面工作：\n")
    for number in "一二三四":
        parts.append(f"（{number}）着力做好第{number}方面工作\n" + paragraph + "1.扩大有效投资。" + paragraph + "2.提振消费需求。" + paragraph)
    text = "".join(parts)
    assert len(text) > 10_000
    expected = [(1, "一、", "")]
    for number in "一二三四五六":
        expected += [(2, f"（{number}）", "一、")] + [(3, f"{n}是", f"（{number}）") for n in "一二三"]
    expected += [(2, f"{n}是", "一、") for n in "一二三"]
    expected += [(1, "二、", "")] + [(2, f"{n}是", "二、") for n in "一二三"]
    expected += [(1, "三、", "")]
    for number in "一二三四":
        expected += [(2, f"（{number}）", "三、"), (3, "1.", f"（{number}）"), (3, "2.", f"（{number}）")]
    assert tree(text) == expected
