"""Build tests/data/speech-1.document.json: a hand-made Document of fixtures/speeches/speech-1.txt.

The exporter tests need a Document that does not move while the extractor is rewritten, so this
one is written by a person: the outline nodes, items, owners and deadlines below were chosen by
reading the speech (following docs of the gold format), and every offset is computed here by
locating a unique substring, never typed in. Run it from the repository root to rewrite the
fixture; tests/test_export_fixture.py checks that the checked-in file still indexes the speech.

    .venv/bin/python tests/data/build_speech_1_document.py
"""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

from actions.ids import ItemIds
from actions.io.jsonio import to_json
from actions.models import Deadline, Document, Item, OutlineNode, Owner, Source

ROOT = Path(__file__).resolve().parents[2]
SPEECH = ROOT / "fixtures" / "speeches" / "speech-1.txt"
OUT = Path(__file__).with_name("speech-1.document.json")
TEXT = SPEECH.read_text(encoding="utf-8")
REFERENCE_DATE = dt.date(2012, 5, 10)
NAME = "speech-1.txt"
TITLE_STOPS = "。；：！？;:!?\n"
SENTENCE_STOPS = "。！？!?\n"


def find(needle: str, after: int = 0, before: int | None = None) -> int:
    """Offset of the only occurrence of `needle` in TEXT[after:before]."""
    end = len(TEXT) if before is None else before
    first = TEXT.find(needle, after, end)
    assert first >= 0, f"not found after {after}: {needle!r}"
    assert TEXT.find(needle, first + 1, end) < 0, f"not unique after {after}: {needle!r}"
    return first


# (marker, unique context starting with the marker, family, ordinal, children)
OUTLINE = [
    ("第一篇:", "第一篇:安委全体扩大会议", "document_separator", 1, [
        ("第一是", "第一是抓重点工作全力推进", "di_shi", 1, [
            ("第一,", "第一,全力推进两化建设", "di_comma", 1, [
                ("第一是", "第一是加认识", "di_shi", 1, []),
                ("第二是", "第二是加标准", "di_shi", 2, [
                    ("一是", "一是要高起点", "yi_shi", 1, []),
                    ("二是", "二是要统一标准", "yi_shi", 2, []),
                ]),
                ("三是", "三是要加投入", "yi_shi", 3, []),
                ("第四是", "第四是加力度", "di_shi", 4, [
                    ("第一,", "第一,各县市区政府要加大", "di_comma", 1, []),
                    ("第二,", "第二,要加大企业创建的力度", "di_comma", 2, []),
                    ("第三,", "第三,要加大行业指导服务的力度", "di_comma", 3, []),
                    ("第四,", "第四,加大高度督办的力度", "di_comma", 4, []),
                ]),
            ]),
            ("第二,", "第二,全力推进打非工作", "di_comma", 2, [
                ("第二,", "第二,要全面排查", "di_comma", 2, []),
                ("第三,", "第三,要强力整治", "di_comma", 3, []),
            ]),
            ("第三,", "第三,全力推进隐患整治", "di_comma", 3, [
                ("第一,", "第一,要抓好隐患排查", "di_comma", 1, []),
            ]),
        ]),
        ("第二,", "第二,抓专项整治全面展开", "di_comma", 2, [
            ("第一是", "第一是开展 5 道路交通", "di_shi", 1, []),
            ("第二是", "第二是开展烟花爆竹", "di_shi", 2, []),
            ("第三是", "第三是开展煤矿整顿关闭", "di_shi", 3, [
                ("第二", "第二要强力推进", "di_bare", 2, []),
                ("第三是", "第三是要严格监控", "di_shi", 3, []),
            ]),
        ]),
        ("第三,", "第三,抓安全工作全面落实", "di_comma", 3, [
            ("第三", "第三要保证工作落实,主要是", "di_bare", 3, [
                ("第二,", "第二,强化监管", "di_comma", 2, [
                    ("一个是", "一个是健全监管机制", "yi_ge_shi", 1, []),
                    ("六是", "六是要建立和完善", "yi_shi", 6, []),
                ]),
                ("第三,", "第三,强化领导", "di_comma", 3, [
                    ("第一,", "第一,要把安全生产工作", "di_comma", 1, []),
                    ("第三,", "第三,要切实加强本地区", "di_comma", 3, []),
                ]),
            ]),
        ]),
        ("最后,", "最后,对这次会后贯彻的问题", "zuihou", 4, [
            ("一是", "一是这次会后要组织学习", "yi_shi", 1, []),
            ("二是", "二是要认真传达贯彻", "yi_shi", 2, []),
            ("第三,", "第三,对前一段的工作", "di_comma", 3, []),
        ]),
    ]),
]


def build_nodes(specs, parent_id: str, level: int, after: int, end: int) -> list[OutlineNode]:
    """Nodes of one list: each spans from its marker to the next sibling or the parent's end."""
    starts = []
    for marker, context, family, ordinal, children in specs:
        at = find(context, after, end)
        assert context.startswith(marker) and TEXT[at : at + len(marker)] == marker
        starts.append(at)
        after = at + 1
    nodes = []
    for number, ((marker, context, family, ordinal, children), at) in enumerate(zip(specs, starts), start=1):
        node_end = starts[number] if number < len(starts) else end
        node_id = f"{parent_id}.{number}" if parent_id else str(number)
        title_start = at + len(marker)
        title_end = title_start
        while title_end < len(TEXT) and TEXT[title_end] not in TITLE_STOPS:
            title_end += 1
        nodes.append(
            OutlineNode(
                id=node_id,
                marker=marker,
                family=family,
                ordinal=ordinal,
                level=level,
                marker_span=(at, at + len(marker)),
                title=TEXT[title_start:title_end],
                title_span=(title_start, title_end),
                span=(at, node_end),
                children=build_nodes(children, node_id, level + 1, at + len(marker), node_end),
            )
        )
    return nodes


OUTLINE_NODES = build_nodes(OUTLINE, "", 1, 0, len(TEXT))
NODES = {node.id: node for root in OUTLINE_NODES for node in root.walk()}

# (node id, item text, kind, owners [(name, role, inherited, search from)], deadline (text, kind, start, due, value) or None)
ITEMS = [
    ("1", "希望大家认真的贯彻落实", "directive", [], None),
    ("1.1.1.2.2", "各个行业各个区县要拟定统一的标准", "task",
     [("各个行业", "responsible", False), ("各个区县", "responsible", False)], None),
    ("1.1.1.4.1", "各县市区政府要加大两化建设示范的力度", "task", [("各县市区政府", "responsible", False)], None),
    ("1.1.1.4.1", "各个区县市各个行业对所有的高危行业都要树出标杆", "task",
     [("各个区县市", "responsible", False), ("各个行业", "responsible", False)],
     ("这次会后", "asap", None, None, None)),
    ("1.1.1.4.2", "要加大企业创建的力度", "directive", [], None),
    ("1.1.1.4.3", "行业主管部门要和区县联合办试点", "task",
     [("行业主管部门", "responsible", False), ("区县", "support", False)], None),
    ("1.1.1.4.4", "各级政府、各级主管部门对两化建设要加大高度的力度", "task",
     [("各级政府", "responsible", False), ("各级主管部门", "responsible", False)], None),
    ("1.1.2.2", "联合执法必须是政府牵头,组织有关部门强力打击", "task",
     [("政府", "lead", False), ("有关部门", "support", False)], None),
    ("1.1.3.1", "安全生产事故隐患的排查一定要坚持全面排查,经常排查,暗访排查,领导带班排查", "directive", [], None),
    ("1.2.1", "各县市区和行业主管部门要制定实施方案", "task",
     [("各县市区", "responsible", False), ("行业主管部门", "responsible", False)], None),
    ("1.2.1", "各地要全面组织动员部署", "task", [("各地", "responsible", False)],
     ("这次会议后", "asap", None, None, None)),
    ("1.2.3.1", "要强力推进,加快进度,最后期限是9月30日", "task", [],
     ("9月30日", "by", None, dt.date(2012, 9, 30), "2012-09-30")),
    ("1.2.3.2", "两县政府主管部门要加强平时的巡视巡查和监控", "task", [("两县政府主管部门", "responsible", False)], None),
    ("1.3.1.1.1", "今年年底要全面结帐", "task", [],
     ("今年年底", "by", None, dt.date(2012, 12, 31), "2012-12-31")),
    ("1.3.1.1.2", "请安委办起草这个东西", "task", [("安委办", "responsible", False)], None),
    ("1.3.1.2.1", "要把安全生产工作放到一切工作的首位", "directive",
     [("主管安全生产工作的领导", "responsible", True)], None),
    ("1.3.1.2.2", "要切实加强本地区本行业安全生产领导协调监管", "directive",
     [("主管安全生产工作的领导", "responsible", True)], None),
    ("1.4.1", "这次会后要组织学习市委市政府关于坚持标本兼治实现长治久安加强安全生产工作的决定", "task", [],
     ("这次会后", "asap", None, None, None)),
    ("1.4.2", "要认真传达贯彻研究这次会议精神", "directive", [], None),
    ("1.4.3", "本月20号前将贯彻落实意见方案上报安委办", "task", [],
     ("本月20号前", "by", None, dt.date(2012, 5, 20), "2012-05-20")),
    ("1.4.3", "6月底7月初组织一次大检查", "task", [],
     ("6月底7月初", "on", dt.date(2012, 6, 21), dt.date(2012, 7, 10), "2012-07-10")),
]


def sentence_around(start: int, end: int) -> tuple[int, int]:
    """The sentence that holds [start, end): from after the previous stop to its own stop."""
    left = start
    while left > 0 and TEXT[left - 1] not in SENTENCE_STOPS:
        left -= 1
    right = end
    while right < len(TEXT) and TEXT[right - 1] not in SENTENCE_STOPS and TEXT[right] != "\n":
        right += 1
    return left, right


def build_items() -> list[Item]:
    items = []
    ids = ItemIds(NAME)  # made as the extractor makes them (actions.ids)
    for node_id, text, kind, owners, deadline in ITEMS:
        node = NODES[node_id]
        start = find(text, node.span[0], node.span[1])
        end = start + len(text)
        path = node_id.split(".")
        outline_path = [".".join(path[: depth + 1]) for depth in range(len(path))]
        sentence_span = sentence_around(start, end)
        item_owners = []
        for name, role, inherited in owners:
            if inherited:
                at = TEXT.rfind(name, 0, start)
            else:
                at = TEXT.find(name, start, end)
            assert at >= 0, (name, text)
            item_owners.append(Owner(name=name, role=role, span=(at, at + len(name)), inherited=inherited))
        item_deadline = None
        if deadline is not None:
            words, deadline_kind, window_start, due, value = deadline
            at = TEXT.find(words, start, end)
            if at < 0:  # written just before the item's subject
                at = find(words, max(0, start - 12), end)
            item_deadline = Deadline(
                text=words, span=(at, at + len(words)), kind=deadline_kind, start=window_start, due=due,
                value=value, rule="hand",
            )
        items.append(
            Item(
                id=ids.next(outline_path, text),
                text=text,
                span=(start, end),
                kind=kind,
                outline_path=outline_path,
                category=[NODES[node].title for node in outline_path],
                owners=item_owners,
                deadline=item_deadline,
                sentence=TEXT[sentence_span[0] : sentence_span[1]],
                sentence_span=sentence_span,
                rule="hand",
                confidence=1.0,
            )
        )
    return items


def build() -> Document:
    return Document(
        source=Source(
            name=NAME,
            sha256=hashlib.sha256(TEXT.encode("utf-8")).hexdigest(),
            chars=len(TEXT),
            encoding="utf-8",
        ),
        reference_date=REFERENCE_DATE,
        reference_date_source="argument",
        outline=OUTLINE_NODES,
        items=build_items(),
    )


if __name__ == "__main__":
    document = build()
    OUT.write_bytes(to_json(document) + b"\n")
    print(f"wrote {OUT}: {sum(1 for _ in document.walk_outline())} outline nodes, {len(document.items)} items")
