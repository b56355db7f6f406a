"""The builder's choices on small texts, one signal at a time."""

from __future__ import annotations

from actions import parse_outline
from actions.outline.build import build_outline
from actions.outline.rules import scan_markers
from actions.outline.signals import prepare
from actions.text.normalize import normalize


def _tree(text: str) -> list[tuple[int, str]]:
    return [(node.level, normalize(node.marker).view + node.title[:4]) for node in parse_outline(text).walk()]


def test_headings_nest_by_rank():
    text = "一、形势\n（一）工业。一是产值增长，二是效益提高。\n（二）农业。\n二、工作\n1.加快进度。\n（1）土地。\n（2）资金。\n2.优化服务。\n"
    assert _tree(text) == [
        (1, "一、形势"), (2, "（一）工业"), (3, "一是产值增长"), (3, "二是效益提高"), (2, "（二）农业"),
        (1, "二、工作"), (2, "1.加快进度"), (3, "（1）土地"), (3, "（2）资金"), (2, "2.优化服务"),
    ]


def test_forms_mix_inside_one_list():
    text = "第一是抓学习，要深入。第二，抓落实，要有力。三是抓作风，要扎实。"
    assert [level for level, _ in _tree(text)] == [1, 1, 1]


def test_a_one_opens_a_nested_list_and_a_later_ordinal_returns():
    text = "第一，抓项目。一是加快进度。二是强化保障。第二，抓改革。一是深化改革。二是扩大开放。"
    assert _tree(text) == [
        (1, "第一，抓项目"), (2, "一是加快进度"), (2, "二是强化保障"),
        (1, "第二，抓改革"), (2, "一是深化改革"), (2, "二是扩大开放"),
    ]


def test_lone_first_in_a_narrative_sentence_is_dropped():
    assert _tree("首先，我代表市委向大家表示感谢。今年的工作很重要，大家辛苦了。") == []


def test_first_member_without_marker():
    # 第二/第三 after 第三，… open a list under it (its own text is the unmarked first member),
    # and 第四 then continues the outer list announced as four.
    text = (
        "主要是加大四个方面的力度。第一，要加大示范的力度。第二，要加大创建的力度。"
        "第三，要加大指导的力度，主要是部门要拿出来。第二，示范指导。第三，验收考核。第四，加大督办的力度。"
    )
    assert _tree(text) == [
        (1, "第一，要加大示"), (1, "第二，要加大创"), (1, "第三，要加大指"),
        (2, "第二，示范指导"), (2, "第三，验收考核"), (1, "第四，加大督办"),
    ]


def test_preview_inside_one_sentence_is_not_a_heading():
    text = "我讲三点。第一要认识落实，第二要抓好落实，第三是保证落实。第一个认识落实，很重要。第二要抓好落实，要有方法。第三要保证落实，要有责任。"
    assert _tree(text) == [(1, "第一个认识落实"), (1, "第二要抓好落"), (1, "第三要保证落")]


def test_lead_in_count_and_keyword_are_read():
    view = "主要是三个强化。第一强化责任，第二履行责任。"
    first = prepare(view, scan_markers(view))[0]
    assert (first.announced, first.keyword, first.lead_in) == (3, "强化", True)
    view = "我提几点要求：一是学习。"
    first = prepare(view, scan_markers(view))[0]
    assert (first.announced, first.lead_in) == (None, True)


def test_spans_run_to_the_next_sibling_or_the_parent_end():
    view = "一、甲\n一是乙。二是丙。\n二、丁\n"
    one, two = build_outline(view)
    assert one.span == (0, view.index("二、"))
    assert one.children[-1].span[1] == one.span[1]
    assert two.span == (view.index("二、"), len(view))
    assert [c.id for c in one.children] == ["1.1", "1.2"]


def test_parallel_intros_make_lists_side_by_side():
    text = "存在问题。从客观上讲，一是人口增加，二是建设落后。从主观上讲，一是重建设轻管理。二是体制不顺。三是保障不足。"
    assert [level for level, _ in _tree(text)] == [1, 1, 1, 1, 1]


def test_a_marker_inside_a_paragraph_belongs_to_its_heading():
    text = "首先，提高水平是必然要求。\n其次，提高水平是题中之义。\n再则，提高水平是重要检验，从客观上讲，一是人口增加，二是建设落后。\n"
    assert [level for level, _ in _tree(text)] == [1, 1, 1, 2, 2]


def test_the_search_lets_its_cached_title_bigrams_go():
    from actions.outline import signals

    nodes = build_outline("一、加强组织领导\n二、加强督促检查\n三、加强宣传引导\n")
    assert [node.title for node in nodes] == ["加强组织领导", "加强督促检查", "加强宣传引导"]
    assert signals._bigrams.cache_info().currsize == 0
    assert signals.similarity(*signals.prepare("一、加强领导\n二、加强检查\n", scan_markers("一、加强领导\n二、加强检查\n"))) > 0.25


def test_the_whole_view_scans_find_what_regex_finds():
    # prepare's scans of plain characters and words run on the standard library's engine; on
    # lead-ins of every form, counts, stops and near misses, regex must find the same matches.
    import random

    import regex

    from actions.outline import signals

    pieces = ["讲三个方面", "突出四加", "我提几点要求", "第三个方面", "12条措施", "三抓", "十一项工作", "两件事", "一句话",
              "三", "个", "方面", "。", "！", "？", "\n", "；", "：", "，", "甲乙丙", "0", "9", "几"]
    rng = random.Random(7)
    for _ in range(300):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 30)))
        for name in ("_LEAD_IN", "_SENTENCE_END", "_TITLE_STOP"):
            scan = getattr(signals, name)
            reference = regex.compile(scan.pattern)
            start = rng.randint(0, len(text))
            for bounds in ((), (start,), (start, rng.randint(start, len(text)))):
                assert [(m.span(), m.groups()) for m in scan.finditer(text, *bounds)] == \
                    [(m.span(), m.groups()) for m in reference.finditer(text, *bounds)], (name, text, bounds)
