"""The main structure of speeches 2-5 (written by reading them), and the CLI on all five."""

from __future__ import annotations

import json
import subprocess
import sys

from actions import parse_outline
from actions.text.normalize import normalize
from conftest import SPEECHES_DIR


def _m(node) -> str:
    """The marker in the normalised form (the speeches write 首先, and (一) half-width)."""
    return normalize(node.marker).view


def _shape(node, depth: int = 1):
    """(marker, title start) of the node and its children down to `depth` levels."""
    return (node.marker, node.title[:6], [_shape(c, depth - 1) for c in node.children] if depth > 0 else [])


def test_speech_2_headings_and_lists(speeches):
    [document] = parse_outline(speeches[2]).nodes
    assert document.marker.startswith("第二篇")
    [part_one] = document.children
    assert part_one.marker == "一、" and part_one.title == "第一季度经济社会发展情况"
    # The parts of the slogan “一快、两稳、两持续” head the sections; 一是…三是 detail 一快 and
    # （一）（二） detail 两稳 (a heading never sits inside 一是).
    assert [_m(c) for c in part_one.children] == ["一快，即：", "两稳，即："]
    fast, stable = part_one.children
    assert [_m(c) for c in fast.children] == ["一是", "二是", "三是"]
    assert [_m(c) for c in stable.children] == ["（一）", "（二）"]
    industry = stable.children[0]
    assert [_m(c) for c in industry.children] == ["一是", "二是", "三是", "四是", "五是"]
    assert all("第一季度" not in n.marker for n in parse_outline(speeches[2]).walk())


def test_speech_3_three_parts_with_numbered_sections(speeches):
    [document] = parse_outline(speeches[3]).nodes
    parts = [c for c in document.children if c.family == "heading_cn_comma"]
    assert [_m(p) for p in parts] == ["一、", "二、", "三、"]
    one, two, three = parts
    assert [_m(c) for c in one.children[:3]] == ["首先，", "其次，", "再则，"]
    assert [_m(c) for c in one.children[0].children] == ["一是", "二是", "三是", "四是", "五是"]
    # 再则: 从客观上讲，一是…二是…。从主观上讲，一是…五是: two lists side by side inside it
    assert [_m(c) for c in one.children[2].children] == ["一是", "二是", "一是", "二是", "三是", "四是", "五是"]
    sections = [c for c in two.children if c.family == "heading_cn_paren"]
    assert [_m(s) for s in sections] == ["（一）", "（二）", "（三）", "（四）", "（五）", "（六）"]
    assert [_m(c) for c in sections[0].children] == ["一要", "二要", "三要"]
    assert [_m(c) for c in sections[2].children] == ["一方面，", "另一方面，"]
    assert [_m(c) for c in three.children] == ["一要", "二要", "三要", "四要", "五要"]
    # 首先会对这个城市有所评价 (narrative) and 第一时间 are not markers
    titles = [n.marker + n.title for n in parse_outline(speeches[3]).walk()]
    assert not any(t.startswith("首先会") or t.startswith("第一时间") for t in titles)


def test_speech_4_four_requests(speeches):
    [document] = parse_outline(speeches[4]).nodes
    assert [(_m(c), c.title[:5]) for c in document.children] == [
        ("一要", "修建连合青"), ("二要", "建立培养青"), ("三要", "营建关怀青"), ("四要", "稳固引领青"),
    ]


def test_speech_5_agenda_and_three_requests(speeches):
    [document] = parse_outline(speeches[5]).nodes
    agenda = [c for c in document.children if c.family == "heading_arabic_dot"]
    assert [_m(c) for c in agenda] == ["1.", "2.", "3.", "4."]
    requests = [c for c in document.walk() if c.family == "inline_shi"]
    assert [_m(c) for c in requests] == ["一是", "二是", "三是"]
    # the three requests (我再提三点要求) stand beside the agenda, not inside its last item
    assert all(r.level == 2 for r in requests)


def test_cli_json_on_every_speech():
    for number in range(1, 6):
        path = SPEECHES_DIR / f"speech-{number}.txt"
        result = subprocess.run(
            [sys.executable, "-m", "actions", "outline", str(path), "--format", "json"],
            capture_output=True, text=True, check=True,
        )
        data = json.loads(result.stdout)
        assert data["nodes"], number
        text = path.read_text(encoding="utf-8")

        def check(node):
            start, end = node["marker_span"]
            assert text[start:end] == node["marker"]
            for child in node["children"]:
                check(child)

        for node in data["nodes"]:
            check(node)
