"""Parts of a summary slogan (主要表现为“一快、两稳”) head sections between 一、 and （一）."""

import actions

TEXT = (
    "一、上半年工作情况\n"
    "主要表现为“一快、两稳”。\n"
    "一快，即：项目建设加快推进。一是续建项目进展快。二是新开工项目多。\n"
    "两稳，即：工业平稳增长，财税稳步发展。\n"
    "（一）工业平稳增长。一是效益提升。二是企业增加。\n"
    "（二）财税稳步发展。税收增长较快。\n"
    "二、下半年工作安排\n"
)


def test_slogan_parts_nest_between_section_and_paren_headings():
    outline = actions.parse_outline(TEXT)
    tree = [(node.level, node.marker) for node in outline.walk()]
    assert tree == [
        (1, "一、"), (2, "一快，即："), (3, "一是"), (3, "二是"),
        (2, "两稳，即："), (3, "（一）"), (4, "一是"), (4, "二是"), (3, "（二）"),
        (1, "二、"),
    ]
    second = [node for node in outline.walk() if node.marker == "两稳，即："][0]
    assert second.ordinal == 2 and TEXT[second.marker_span[0]:second.marker_span[1]] == "两稳，即："
