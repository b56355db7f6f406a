"""Page noise (actions.text.noise): furniture, previews, captions, page numbers, tables of contents.

Every text here is invented for its class; none is copied from a real page.
"""

from __future__ import annotations

import actions
from actions.text.noise import find_noise
from actions.text.normalize import normalize


def noise_texts(text: str) -> list[str]:
    view = normalize(text).view
    return [view[start:end] for start, end in find_noise(view).spans]


def test_furniture_lines_are_noise_and_speech_lines_are_not():
    text = "全县春耕工作会议召开\n发布时间：2020-03-01  浏览次数：12\n会议要求，各乡镇要在3月底前完成备耕。\n扫一扫在手机打开当前页\n上一篇：全县防汛会议召开\n"
    assert noise_texts(text) == ["发布时间：2020-03-01  浏览次数：12", "扫一扫在手机打开当前页", "上一篇：全县防汛会议召开"]


def test_a_paragraph_naming_its_source_is_not_a_furniture_line():
    assert noise_texts("副镇长某某参加会议。（来源：镇党政办）\n") == []


def test_a_document_shop_teaser_holds_no_item():
    text = "同志们：\n今天召开全镇安全生产会议。\n各村要立即开展隐患排查。\n试读结束，请点击右下角登录后\n开通VIP查看和下载\n"
    items = [item.text for item in actions.extract(text, "2020-03-01").items]
    assert items == ["各村要立即开展隐患排查"]


def test_a_disclaimer_list_holds_no_heading_and_no_item():
    text = ("一、加强领导。各村要落实责任。\n二、强化督查。各站所要每月督查一次。\n"
            "免责声明：\n1、本站文章由用户上传，仅供参考。\n2、请勿转载，如有侵权请联系删除。\n")
    document = actions.extract(text, "2020-03-01")
    assert [node.marker for node in document.outline] == ["一、", "二、"]
    assert all("本站" not in item.text and "侵权" not in item.text for item in document.items)


def test_a_copied_summary_line_holds_no_item():
    text = "摘要：会议要求各单位要在月底前上报方案。\n同志们：\n会议要求各单位要在月底前上报方案。\n"
    items = actions.extract(text, "2020-03-01").items
    assert len(items) == 1 and items[0].span[0] > text.index("同志们")


def test_a_photo_credit_is_noise_and_the_marker_after_it_opens_a_node():
    text = ("下面讲两个问题。第一个问题：认清形势。去年全市建成项目五十个。某日，市领导到工地调研。 本报记者 张某某/摄"
            "第一，项目建设加快。全年开工六十个。第二，招商成效明显。引进企业三十家。第二个问题：明确任务。")
    assert "本报记者张某某/摄" in noise_texts(text)
    outline = actions.parse_outline(text)
    first = outline.nodes[0]
    assert [child.marker for child in first.children] == ["第一，", "第二，"]


def test_preview_page_numbers_that_split_a_word_are_not_headings():
    page = "各位委员：县政协第九届二次会议即将开幕，各项筹备工作已经就绪，现在举行预备会议，请工作人员清点人数，本次会议应到委员一百二十人，实到一百一十人，符合法定人数。下面请秘书长宣读大会秘"
    text = "1、县政协预备会议主持词 " + page + "\n2、书长名单（草案），各位委员如无意见，请举手表决，一致通过。" + "好" * 150 + "下面请工作人员宣读议程草案，各位委员如无意见，请举手表决，一致通过，请大家继续审议下一项议"
    text += "\n3、程的草案。"
    assert noise_texts(text) == ["1、", "2、", "3、"]
    assert actions.parse_outline(text).nodes == []


def test_a_real_numbered_list_is_not_taken_for_page_numbers():
    text = "会议议定：\n1、县交通局负责，10月底前完成修复，县财政局落实资金，各乡镇配合做好群众工作\n2、方案修改完善后印发。\n"
    assert noise_texts(text) == []
    assert [node.marker for node in actions.parse_outline(text).nodes] == ["1、", "2、"]


def test_a_table_of_contents_that_the_body_repeats_is_noise():
    text = ("目  录\n一、总体要求……1\n二、重点任务……3\n三、保障措施……5\n"
            "一、总体要求\n坚持问题导向。\n二、重点任务\n各部门要抓好落实。\n三、保障措施\n要加强组织领导。\n")
    assert noise_texts(text) == ["目录\n一、总体要求……1\n二、重点任务……3\n三、保障措施……5"]
    outline = actions.parse_outline(text)
    assert [(node.marker, node.marker_span[0]) for node in outline.nodes] == [
        ("一、", text.index("一、总体要求\n")), ("二、", text.index("二、重点任务\n")), ("三、", text.index("三、保障措施\n"))]


def test_noise_spans_index_the_view_and_are_disjoint():
    text = "扫一扫\n我要投稿\n打印本页\n" * 3 + "各村要落实。"
    view = normalize(text).view
    spans = find_noise(view).spans
    assert all(0 <= start < end <= len(view) for start, end in spans)
    assert all(a[1] < b[0] for a, b in zip(spans, spans[1:]))


def test_the_furniture_scan_finds_what_the_furniture_rule_finds():
    # The scan runs the rule's phrases on the standard library's engine: every phrase, one next to
    # another, one inside another's words and a near miss give the same matches as the rule.
    from actions.text.noise import _BY_NAME, _FURNITURE_SCAN, FURNITURE_PHRASES

    text = "各村要抓好落实。\n" + "｜".join(FURNITURE_PHRASES) + "\n打印本页关闭窗口扫码获取扫一扫在手机上查看上一篇:下一篇：打印本\n.jpgx微信图片_1.png"
    rule = _BY_NAME["furniture_line"].compiled
    assert [m.span() for m in _FURNITURE_SCAN.finditer(text)] == [m.span() for m in rule.finditer(text)]
    assert len(list(_FURNITURE_SCAN.finditer(text))) > len(FURNITURE_PHRASES)
