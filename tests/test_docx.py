""".docx input: paragraphs and tables in order, Word's automatic numbering rendered into the
text, and the outline read from it. The Word files are built here with python-docx; the
numbering definitions are written into the numbering part as Word writes them."""

from __future__ import annotations

import datetime as dt
import io

import pytest

docx = pytest.importorskip("docx")
from docx.oxml import parse_xml  # noqa: E402

import actions  # noqa: E402
from actions.cli import main  # noqa: E402
from actions.errors import InputError  # noqa: E402
from actions.io.docx_reader import chinese_counting, format_number  # noqa: E402
from actions.io.sources import read_source, source_from_bytes  # noqa: E402

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def add_list(document, num_id: int, levels: list[tuple[str, str]], *, start_override: int | None = None) -> None:
    """Add an abstract numbering definition with `levels` [(numFmt, lvlText)] and a num using it."""
    root = document.part.numbering_part.element
    abstract_id = 100 + num_id
    lvls = "".join(
        f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/></w:lvl>'
        for i, (fmt, text) in enumerate(levels)
    )
    abstract = parse_xml(f'<w:abstractNum xmlns:w="{W_NS}" w:abstractNumId="{abstract_id}">{lvls}</w:abstractNum>')
    override = (
        f'<w:lvlOverride w:ilvl="0"><w:startOverride w:val="{start_override}"/></w:lvlOverride>' if start_override else ""
    )
    num = parse_xml(
        f'<w:num xmlns:w="{W_NS}" w:numId="{num_id}"><w:abstractNumId w:val="{abstract_id}"/>{override}</w:num>'
    )
    first_num = root.find(f"{{{W_NS}}}num")
    if first_num is not None:
        first_num.addprevious(abstract)  # Word wants every abstractNum before the nums
    else:
        root.append(abstract)
    root.append(num)


def numbered(document, text: str, num_id: int, level: int):
    paragraph = document.add_paragraph(text)
    ppr = paragraph._p.get_or_add_pPr()
    ppr.append(parse_xml(f'<w:numPr xmlns:w="{W_NS}"><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr>'))
    return paragraph


def to_bytes(document) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def two_level_speech() -> bytes:
    document = docx.Document()
    add_list(document, 7, [("chineseCounting", "%1、"), ("chineseCounting", "（%2）")])
    document.add_paragraph("在全市安全生产工作会议上的讲话")
    document.add_paragraph("同志们：下面我讲两点意见。")
    numbered(document, "统一思想，提高认识", 7, 0)
    numbered(document, "认清形势。当前安全生产形势依然严峻。", 7, 1)
    numbered(document, "明确责任。各县市区政府要在6月底前完成隐患排查。", 7, 1)
    numbered(document, "突出重点，狠抓落实", 7, 0)
    numbered(document, "抓好道路交通安全。市公安局要牵头开展专项整治。", 7, 1)
    numbered(document, "抓好校园安全。市教育局要在9月1日前完成检查。", 7, 1)
    numbered(document, "抓好食品安全。", 7, 1)
    return to_bytes(document)


def test_word_numbering_at_two_levels_is_rendered_into_the_text():
    text = source_from_bytes(two_level_speech(), "speech.docx").text
    lines = text.splitlines()
    assert lines[2] == "一、统一思想，提高认识"
    assert lines[3] == "（一）认清形势。当前安全生产形势依然严峻。"
    assert lines[4].startswith("（二）明确责任")
    assert lines[5] == "二、突出重点，狠抓落实"
    assert lines[6].startswith("（一）抓好道路交通安全")  # the deeper level restarts under 二、
    assert lines[8].startswith("（三）抓好食品安全")


def test_outline_of_a_numbered_word_file_has_two_levels():
    text = source_from_bytes(two_level_speech(), "speech.docx").text
    outline = actions.parse_outline(text)
    tree = [(node.marker, [child.marker for child in node.children]) for node in outline.nodes]
    assert tree == [("一、", ["（一）", "（二）"]), ("二、", ["（一）", "（二）", "（三）"])]
    for node in outline.walk():
        assert text[node.marker_span[0] : node.marker_span[1]] == node.marker


def test_extract_from_a_word_file_records_docx_and_finds_items(tmp_path):
    path = tmp_path / "speech.docx"
    path.write_bytes(two_level_speech())
    source = read_source(str(path))
    assert source.encoding == "docx"
    document = actions.extract(source.text, "2012-05-10", name=source.name, encoding=source.encoding)
    assert document.source.encoding == "docx"
    owners = {owner.name for item in document.items for owner in item.owners}
    assert {"市公安局", "市教育局"} <= owners
    dues = {item.deadline.due.isoformat() for item in document.items if item.deadline and item.deadline.due}
    assert {"2012-06-30", "2012-09-01"} <= dues


def test_decimal_and_nested_decimal_labels():
    document = docx.Document()
    add_list(document, 3, [("decimal", "%1."), ("decimal", "%1.%2")])
    numbered(document, "总体要求", 3, 0)
    numbered(document, "目标", 3, 1)
    numbered(document, "措施", 3, 1)
    numbered(document, "保障", 3, 0)
    numbered(document, "组织", 3, 1)
    lines = source_from_bytes(to_bytes(document), "a.docx").text.splitlines()
    assert lines == ["1.总体要求", "1.1目标", "1.2措施", "2.保障", "2.1组织"]


def test_separate_lists_count_separately_and_start_override_restarts():
    document = docx.Document()
    add_list(document, 4, [("decimal", "%1、")])
    add_list(document, 5, [("decimal", "（%1）")], start_override=3)
    numbered(document, "甲", 4, 0)
    numbered(document, "乙", 5, 0)
    numbered(document, "丙", 4, 0)
    numbered(document, "丁", 5, 0)
    lines = source_from_bytes(to_bytes(document), "a.docx").text.splitlines()
    assert lines == ["1、甲", "（3）乙", "2、丙", "（4）丁"]


def test_tables_are_read_in_order_between_paragraphs():
    document = docx.Document()
    document.add_paragraph("任务分解如下：")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "工作任务"
    table.cell(0, 1).text = "责任单位"
    table.cell(1, 0).text = "完成隐患排查"
    table.cell(1, 1).text = "市安监局"
    document.add_paragraph("以上请认真落实。")
    lines = source_from_bytes(to_bytes(document), "a.docx").text.splitlines()
    # One line per row, the cells separated by a tab (as Word copies a row), not one line per cell.
    assert lines == ["任务分解如下：", "工作任务\t责任单位", "完成隐患排查\t市安监局", "以上请认真落实。"]


def test_tabs_and_line_breaks_inside_a_paragraph_are_kept():
    document = docx.Document()
    paragraph = document.add_paragraph("第一行")
    run = paragraph.add_run()
    run.add_break()
    run.add_text("第二行")
    run.add_tab()
    run.add_text("尾")
    assert source_from_bytes(to_bytes(document), "a.docx").text == "第一行\n第二行\t尾\n"


@pytest.mark.parametrize(
    ("value", "fmt", "label"),
    [
        (1, "chineseCounting", "一"),
        (10, "chineseCounting", "十"),
        (11, "chineseCountingThousand", "十一"),
        (20, "chineseCounting", "二十"),
        (105, "chineseCounting", "一百零五"),
        (12, "ideographDigital", "一二"),
        (3, "decimalEnclosedCircle", "③"),
        (3, "ideographTraditional", "丙"),
        (12, "chineseLegalSimplified", "拾贰"),
        (4, "lowerRoman", "iv"),
        (28, "upperLetter", "BB"),
        (7, "decimalFullWidth", "７"),
        (7, "bullet", ""),
    ],
)
def test_number_formats(value, fmt, label):
    assert format_number(value, fmt) == label


def test_chinese_counting_round_trips_through_the_numeral_reader():
    from actions.lang.zh.numerals import parse_number

    for value in range(1, 200):
        assert parse_number(chinese_counting(value)) == value


def test_a_zip_that_is_not_a_word_file_is_binary_input(tmp_path):
    import zipfile

    path = tmp_path / "archive.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("a.txt", "hello")
    with pytest.raises(InputError, match="binary input"):
        read_source(str(path))


def test_a_docx_name_on_text_bytes_is_refused(tmp_path):
    path = tmp_path / "fake.docx"
    path.write_text("不是Word文件", encoding="utf-8")
    with pytest.raises(InputError, match="not a Word .docx"):
        read_source(str(path))


def test_cli_text_prints_the_rendered_word_text(tmp_path, capsysbinary):
    path = tmp_path / "speech.docx"
    path.write_bytes(two_level_speech())
    assert main(["text", str(path)]) == 0
    out = capsysbinary.readouterr().out.decode("utf-8")
    assert out == source_from_bytes(two_level_speech(), "speech.docx").text
    assert "一、统一思想" in out and "（二）明确责任" in out


def test_cli_outline_reads_a_word_file(tmp_path, capsysbinary):
    path = tmp_path / "speech.docx"
    path.write_bytes(two_level_speech())
    assert main(["outline", str(path)]) == 0
    out = capsysbinary.readouterr().out.decode("utf-8")
    assert "一、 统一思想，提高认识" in out
    assert "  （三） 抓好食品安全" in out


def test_cli_extract_of_a_word_file_with_numbering(tmp_path, capsysbinary):
    import orjson

    path = tmp_path / "speech.docx"
    path.write_bytes(two_level_speech())
    assert main(["extract", str(path), "--date", "2012-05-10", "--format", "json"]) == 0
    document = orjson.loads(capsysbinary.readouterr().out)
    assert document["source"] == {**document["source"], "name": "speech.docx", "encoding": "docx"}
    paths = {item["text"][:4]: [node for node in item["category"]] for item in document["items"]}
    assert paths["市公安局"] == ["突出重点，狠抓落实", "抓好道路交通安全"]


def test_numbering_that_comes_from_the_paragraph_style():
    """Chinese templates often number 标题 1 / 标题 2 through the style, not the paragraph."""
    document = docx.Document()
    add_list(document, 9, [("chineseCounting", "%1、"), ("chineseCounting", "（%2）")])
    for style_name, level in (("Heading 1", 0), ("Heading 2", 1)):
        ppr = document.styles[style_name].element.get_or_add_pPr()
        ppr.append(parse_xml(f'<w:numPr xmlns:w="{W_NS}"><w:ilvl w:val="{level}"/><w:numId w:val="9"/></w:numPr>'))
    document.add_heading("总体要求", level=1)
    document.add_heading("目标", level=2)
    document.add_paragraph("正文不编号。")
    document.add_heading("工作措施", level=1)
    document.add_heading("加强领导", level=2)
    lines = source_from_bytes(to_bytes(document), "a.docx").text.splitlines()
    assert lines == ["一、总体要求", "（一）目标", "正文不编号。", "二、工作措施", "（一）加强领导"]


def _table(document, rows: list[list[str]]) -> None:
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.cell(r, c).text = value


def test_a_task_table_gives_one_item_per_row_with_its_owners_roles_and_deadline():
    document = docx.Document()
    document.add_paragraph("全县安全生产重点工作任务分解表")
    _table(document, [
        ["序号", "工作任务", "牵头单位", "责任单位", "配合单位", "完成时限"],
        ["1", "开展危化企业隐患排查整治", "县应急局", "", "县公安局、县消防大队", "6月底前"],
        ["2", "制定城区停车设施建设方案", "", "县住建局", "", "2024年9月30日前"],
        ["3", "建立重点项目调度机制", "县发改局", "", "各乡镇", "每月"],
    ])
    document.add_paragraph("参会人员名单")
    _table(document, [["姓名", "职务"], ["张三", "县长"]])
    text = source_from_bytes(to_bytes(document), "tasks.docx").text
    lines = text.splitlines()
    assert lines[1] == "序号\t工作任务\t牵头单位\t责任单位\t配合单位\t完成时限"
    assert lines[-2:] == ["姓名\t职务", "张三\t县长"]  # another table: one line per row, cells separated
    doc = actions.extract(text, "2024-05-10")
    rows = [(item.text, [(o.name, o.role) for o in item.owners], item.deadline and item.deadline.due, item.kind)
            for item in doc.items]
    assert rows == [
        ("开展危化企业隐患排查整治", [("县应急局", "lead"), ("县公安局", "support"), ("县消防大队", "support")],
         dt.date(2024, 6, 30), "task"),
        ("制定城区停车设施建设方案", [("县住建局", "responsible")], dt.date(2024, 9, 30), "task"),
        ("建立重点项目调度机制", [("县发改局", "lead"), ("各乡镇", "support")], None, "task"),
    ]
    assert doc.items[2].deadline.kind == "recurring"
    for item in doc.items:  # every span is a place in the text as read
        assert text[slice(*item.span)] == item.text
        assert all(text[slice(*owner.span)] == owner.name for owner in item.owners)
        assert item.deadline is None or text[slice(*item.deadline.span)] == item.deadline.text
    assert not any("工作任务" in item.text or "完成时限" in item.text for item in doc.items)  # the header is no item


def test_a_table_without_task_columns_is_read_as_text():
    document = docx.Document()
    _table(document, [["项目", "说明"], ["危化企业", "各乡镇要在6月底前完成排查整治"]])
    text = source_from_bytes(to_bytes(document), "a.docx").text
    assert text.splitlines() == ["项目\t说明", "危化企业\t各乡镇要在6月底前完成排查整治"]
    doc = actions.extract(text, "2024-05-10")
    assert [item.deadline.due for item in doc.items if item.deadline] == [dt.date(2024, 6, 30)]
