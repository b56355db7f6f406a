"""The review page: the speech with what was found highlighted, the outline, the task table.

`build_page(document, text)` gives one self-contained HTML file (styles and script inline,
no network, system fonts that carry Chinese) that opens by double-click. `page_parts` gives
the four changing parts (summary, outline, text, table) for the web app, which swaps them in
after a correction. Every piece of text goes through `text_html` / `attribute`: a speech
that contains `<script>` shows it as text, and the page's Content-Security-Policy admits only
its own inline script and style (by hash), so nothing injected could run or load.
"""

from __future__ import annotations

import base64
import hashlib
from importlib import resources

from actions.export.common import one_line, short_marker
from actions.labels import KIND_LABELS, ROLE_HEADERS
from actions.models import Document, Item, OutlineNode, Owner, SpeechDate
from actions.review.marks import Highlight, attribute, marked_html, text_html

LOW_CONFIDENCE = 0.6
"""At or below this confidence an item counts as low (the extractor gives 0.6 to a directive
without owner or deadline, 0.75 to a task, 0.9 to one with an explicit owner and deadline)."""

DEADLINE_KINDS = {"by": "之前", "on": "当期", "within": "期限内", "asap": "尽快", "recurring": "定期"}
DATE_SOURCES = {"argument": "使用者给出", "text": "文中写明", "none": "未知"}
FILTERS = (
    ("task", "只看任务"),
    ("no-owner", "无责任单位"),
    ("no-due", "无截止日期"),
    ("low", f"低置信度（≤ {LOW_CONFIDENCE}）"),
)
_ROLE_ORDER = ("lead", "responsible", "support")
LEGEND = (
    '<span class="legend" aria-label="图例"><span class="kind task">任务</span><span class="kind directive">要求</span>'
    '<span class="owner">责任单位</span><span class="owner lead">牵头</span><span class="owner support">配合</span>'
    '<span class="deadline">时限</span><span class="marker">提纲序号</span></span>'
)
_RANKS = {"item": 0, "marker": 1, "owner": 2, "deadline": 3, "refdate": 4}


def _static(name: str) -> str:
    return resources.files("actions.review").joinpath("static", name).read_text(encoding="utf-8")


def _digest(source: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(source.encode("utf-8")).digest()).decode("ascii") + "'"


def content_security_policy(style: str, scripts: list[str], *, connect: bool = False) -> str:
    """Only the page's own inline style and scripts, no loads; `connect` lets the app call its server."""
    policy = [
        "default-src 'none'",
        f"style-src {_digest(style)}",
        "script-src " + " ".join(_digest(script) for script in scripts),
        "img-src data:",
        "base-uri 'none'",
        "form-action 'none'",
    ]
    if connect:
        policy.append("connect-src 'self'")
    return "; ".join(policy)


def build_page(document: Document, text: str) -> str:
    """The review page of a Document and the text it was extracted from, as one HTML file."""
    parts = page_parts(document, text)
    title = document.source.name or "讲话"
    return _page(title, parts, app=False)


def build_app_page(formats: list[tuple[str, str]], max_bytes: int) -> str:
    """The web app's page: the open form, and the review panes filled by its script."""
    options = "".join(
        f'<option value="{attribute(name)}" title="{attribute(description)}">{text_html(name)}</option>' for name, description in formats
    )
    toolbar = _static("app_toolbar.html").format(formats=options, max_mb=f"{max_bytes / 1024**2:g}", max_bytes=max_bytes)
    empty = {"summary": "", "outline": "", "text": "", "table": ""}
    return _page("任务分解表校对", empty, app=True, toolbar=toolbar)


def _assets(app: bool) -> tuple[str, list[str]]:
    return _static("review.css"), [_static("review.js")] + ([_static("app.js")] if app else [])


def page_policy(*, app: bool) -> str:
    """The Content-Security-Policy of the review page (app: the web app's page)."""
    style, scripts = _assets(app)
    return content_security_policy(style, scripts, connect=app)


def _page(title: str, parts: dict[str, str], *, app: bool, toolbar: str = "") -> str:
    style, scripts = _assets(app)
    policy = page_policy(app=app)
    filters = "".join(
        f'<label><input type="checkbox" id="filter-{name}" data-filter="{name}"> {text_html(label)}</label>'
        for name, label in FILTERS
    )
    script_tags = "".join(f"<script>{script}</script>" for script in scripts)
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="{attribute(policy)}">
<title>校对：{text_html(title)}</title>
<style>{style}</style>
</head>
<body class="{'app' if app else 'static'}" data-low-confidence="{LOW_CONFIDENCE}">
<header class="top">
<h1>任务分解表校对 <span class="source-name" id="source-name">{text_html('' if app else title)}</span></h1>
{toolbar}
<section id="summary" aria-live="polite">{parts['summary']}</section>
<div class="filters" role="group" aria-label="筛选">{filters}<span id="visible-count"></span>{LEGEND}</div>
</header>
<main class="panes">
<nav id="outline" class="pane" aria-label="提纲">{parts['outline']}</nav>
<article id="text" class="pane speech" lang="zh-CN" aria-label="原文">{parts['text']}</article>
<section id="table" class="pane" aria-label="任务表">{parts['table']}</section>
</main>
{script_tags}
</body>
</html>
"""


def page_parts(document: Document, text: str, *, editable: bool = False) -> dict[str, str]:
    """The four parts of the page that depend on the Document, as HTML."""
    return {
        "summary": summary_html(document),
        "outline": outline_html(document),
        "text": speech_html(document, text),
        "table": table_html(document, editable=editable),
    }


# -- summary -------------------------------------------------------------------------------------------


def summary_html(document: Document) -> str:
    items = document.items
    tasks = sum(item.kind == "task" for item in items)
    owned = sum(bool(item.owners) for item in items)
    timed = [item for item in items if item.deadline is not None]
    due = sum(item.deadline.due is not None for item in timed)
    counts = [
        f"<li><b>{len(items)}</b> 项</li>",
        f"<li>任务 <b>{tasks}</b></li>",
        f"<li>要求 <b>{len(items) - tasks}</b></li>",
        f"<li>有责任单位 <b>{owned}</b></li>",
        f"<li>有时限 <b>{len(timed)}</b>，已定截止日期 <b>{due}</b></li>",
        f"<li>会议日期 {_meeting_date(document)}</li>",
    ]
    if document.review is not None:
        corrected = sum(bool(item.corrected) for item in items)
        counts.append(f'<li class="by-person">人工校对：改 <b>{corrected}</b> 项，删 <b>{len(document.review.deleted)}</b> 项</li>')
    notices = "".join(f'<li class="notice">{text_html(line)}</li>' for line in not_read(document))
    return f'<ul class="counts">{"".join(counts)}</ul>' + (f'<ul class="notices">{notices}</ul>' if notices else "")


def _meeting_date(document: Document) -> str:
    if document.speeches:  # several speeches: each has its own date (actions.models.SpeechDate)
        dates = (_one_date(speech, f"refdate-{number}") for number, speech in enumerate(document.speeches, start=1))
        return "；".join(f"第 {number} 篇 {date}" for number, date in enumerate(dates, start=1))
    return _one_date(document, "refdate")


def _one_date(dated: Document | SpeechDate, anchor: str) -> str:
    """The date a Document or one of its speeches resolves against, and where it was read."""
    if dated.reference_date is None:
        return "<b>未知</b>"
    where = DATE_SOURCES[dated.reference_date_source]
    if dated.reference_date_span is not None:
        start = dated.reference_date_span[0]
        where = f'<a href="#{anchor}" data-jump="{anchor}">{where}（第 {start} 字）</a>'
    return f"<b>{dated.reference_date.isoformat()}</b>（{where}）"


def _undated_speeches(document: Document) -> int:
    return sum(speech.reference_date is None for speech in document.speeches)


def not_read(document: Document) -> list[str]:
    """What the page cannot show, said plainly: what was not found and what is not read."""
    lines = []
    if not document.items:
        lines.append("没有找到工作任务：文中没有一句被读作要求或任务（文本可能不是讲话稿或纪要，或句式规则没有覆盖）。")
    if document.speeches and _undated_speeches(document):
        lines.append(
            f"{_undated_speeches(document)} 篇讲话没有会议日期：文中没有写明，也没有给出。这几篇的相对时限没有换算成截止日期；"
            "请给出会议日期后重新解析。"
        )
    elif not document.speeches and document.reference_date is None:
        lines.append(
            "没有会议日期：文中没有写明，也没有给出。相对时限（本月20号前、年底前、三年内）没有换算成截止日期；"
            "请给出会议日期后重新解析。"
        )
    if not document.outline:
        lines.append("没有找到提纲序号（一、（一）、一是、第一……），提纲为空。")
    unresolved = sum(1 for item in document.items if item.deadline is not None and item.deadline.due is None)
    if unresolved:
        lines.append(f"{unresolved} 个时限没有截止日期（会后、尽快、每月这类没有确定日期，或缺会议日期、年份）。")
    no_owner = sum(1 for item in document.items if not item.owners)
    if no_owner:
        lines.append(f"{no_owner} 项没有责任单位：文中没有写明由谁负责（从不猜测）。")
    if document.source.encoding == "docx":
        lines.append("Word 文件中的文本框、图形里的文字和修订中删除的文字没有读取。")
    if document.items:
        lines.append("只有标出的文字被读作任务；没有标出的句子请对照原文检查，漏掉的可以选中文字后添加。")
    return lines


# -- outline -------------------------------------------------------------------------------------------


def outline_html(document: Document) -> str:
    if not document.outline:
        return '<p class="empty">没有提纲</p>'
    counts: dict[str, int] = {}
    for item in document.items:
        for node_id in item.outline_path:
            counts[node_id] = counts.get(node_id, 0) + 1
    return '<h2>提纲</h2><ul class="tree">' + "".join(_node_html(node, counts) for node in document.outline) + "</ul>"


def _node_html(node: OutlineNode, counts: dict[str, int]) -> str:
    title = one_line(node.title, 40)
    count = counts.get(node.id, 0)
    badge = f' <span class="count" title="其中的条目">{count}</span>' if count else ""
    children = "".join(_node_html(child, counts) for child in node.children)
    link = (
        f'<a href="#node-{attribute(node.id)}" data-node="{attribute(node.id)}" title="{attribute(node.family)}">'
        f'<span class="marker-text">{text_html(short_marker(node))}</span> {text_html(title)}</a>'
    )
    return f"<li>{link}{badge}" + (f"<ul>{children}</ul>" if children else "") + "</li>"


# -- the text ------------------------------------------------------------------------------------------


def speech_html(document: Document, text: str) -> str:
    return marked_html(text, highlights(document))


def highlights(document: Document) -> list[Highlight]:
    """Every item, owner, deadline, outline marker and the meeting date as a highlight."""
    marks = [_item_highlight(item) for item in document.items]
    for node in document.walk_outline():
        start, end = node.marker_span
        tip = f"提纲第 {node.level} 级 · {node.family} · {one_line(node.title, 40)}"
        marks.append(Highlight(start, end, _RANKS["marker"], "span", (("class", "marker"), ("title", tip)), f"node-{node.id}"))
    marks.extend(_shared_highlights(document))
    dated = [(f"refdate-{number}", speech) for number, speech in enumerate(document.speeches, start=1)] or [("refdate", document)]
    for anchor, where in dated:
        if where.reference_date_span is not None and where.reference_date is not None:
            start, end = where.reference_date_span
            tip = f"会议日期 {where.reference_date.isoformat()}：相对时限按这一天换算"
            marks.append(Highlight(start, end, _RANKS["refdate"], "span", (("class", "refdate"), ("title", tip)), anchor))
    return marks


def _item_highlight(item: Item) -> Highlight:
    tip = f"{KIND_LABELS[item.kind]} {item.id} · 规则 {item.rule or '—'} · 置信度 {item.confidence:.2f}"
    if item.corrected:
        tip += " · 人工校对：" + "、".join(_CORRECTED_WORDS[field] for field in item.corrected)
    classes = f"item {item.kind}" + (" by-person" if item.corrected else "")
    attributes = (("class", classes), ("data-item", item.id), ("title", tip))
    return Highlight(item.span[0], item.span[1], _RANKS["item"], "mark", attributes, f"item-{item.id}")


_CORRECTED_WORDS = {"span": "原文", "kind": "类型", "owners": "责任单位", "deadline": "时限"}


def _shared_highlights(document: Document) -> list[Highlight]:
    """Owners and deadlines; one highlight per span, however many items share it (a lead-in's owner)."""
    tips: dict[tuple[str, int, int], list[str]] = {}
    owners_of: dict[tuple[str, int, int], list[str]] = {}
    roles: dict[tuple[str, int, int], str] = {}
    for item in document.items:
        for owner in item.owners:
            if owner.span is None:
                continue
            key = ("owner", *owner.span)
            tips.setdefault(key, []).append(_owner_tip(owner, item))
            owners_of.setdefault(key, []).append(item.id)
            roles.setdefault(key, owner.role)
        deadline = item.deadline
        if deadline is not None and deadline.span is not None:
            key = ("deadline", *deadline.span)
            due = deadline.due.isoformat() if deadline.due else "未定"
            tips.setdefault(key, []).append(
                f"完成时限（{item.id}）：{deadline.text} · {DEADLINE_KINDS[deadline.kind]} · 截止 {due} · 规则 {deadline.rule or '—'}"
            )
            owners_of.setdefault(key, []).append(item.id)
    marks = []
    for key, lines in tips.items():
        layer, start, end = key
        classes = f"owner {roles[key]}" if layer == "owner" else "deadline"
        attributes = (("class", classes), ("data-items", " ".join(dict.fromkeys(owners_of[key]))), ("title", "\n".join(dict.fromkeys(lines))))
        marks.append(Highlight(start, end, _RANKS[layer], "span", attributes))
    return marks


def _owner_tip(owner: Owner, item: Item) -> str:
    tip = f"{ROLE_HEADERS[owner.role]}（{item.id}）：{owner.name}"
    if owner.inherited:
        tip += " · 承前：从前文继承"
    return tip


# -- the table -----------------------------------------------------------------------------------------

HEADER = ("序号", "工作任务", "牵头单位", "责任单位", "配合单位", "完成时限", "出处")


def table_html(document: Document, *, editable: bool = False) -> str:
    header = "".join(f"<th>{name}</th>" for name in HEADER) + ("<th>校对</th>" if editable else "")
    markers = {node.id: short_marker(node) for node in document.walk_outline()}
    rows = "".join(_row_html(number, item, markers, editable) for number, item in enumerate(document.items, start=1))
    if not rows:
        rows = f'<tr class="empty"><td colspan="{len(HEADER) + editable}">没有找到工作任务</td></tr>'
    return f'<table class="tasks"><thead><tr>{header}</tr></thead><tbody>{rows}</tbody></table>'


def _row_html(number: int, item: Item, markers: dict[str, str], editable: bool) -> str:
    due = item.deadline.due if item.deadline else None
    data = (
        f'data-item="{attribute(item.id)}" data-kind="{item.kind}" data-owners="{len(item.owners)}" '
        f'data-due="{1 if due else 0}" data-confidence="{item.confidence:g}"'
    )
    classes = item.kind + (" by-person" if item.corrected else "")
    cells = [
        f'<td class="num">{number}</td>',
        f'<td class="task-text">{_kind_badge(item)}{text_html(one_line(item.text))}</td>',
        *(f'<td class="owners">{_owners_cell(item, role)}</td>' for role in _ROLE_ORDER),
        f'<td class="deadline">{_deadline_cell(item)}</td>',
        f'<td class="origin">{_origin_cell(item, markers)}</td>',
    ]
    if editable:
        cells.append(
            f'<td class="edit"><button type="button" data-edit="{attribute(item.id)}">校对</button>'
            f'<button type="button" class="delete" data-delete="{attribute(item.id)}" title="删除这一行">删除</button></td>'
        )
    return f'<tr class="{classes}" {data}>{"".join(cells)}</tr>'


def _kind_badge(item: Item) -> str:
    person = ' <span class="person-badge" title="人工校对">人工</span>' if item.corrected else ""
    return f'<span class="kind {item.kind}">{KIND_LABELS[item.kind]}</span>{person} '


def _owners_cell(item: Item, role: str) -> str:
    names = []
    for owner in item.owners:
        if owner.role != role:
            continue
        classes = "who" + (" inherited" if owner.inherited else "") + (" unwritten" if owner.span is None else "")
        tip = "承前：从前文继承" if owner.inherited else ("文中没有这个名称（人工填写）" if owner.span is None else "文中写明")
        names.append(f'<span class="{classes}" title="{tip}">{text_html(one_line(owner.name))}</span>')
    return "、".join(names)


def _deadline_cell(item: Item) -> str:
    deadline = item.deadline
    if deadline is None:
        return ""
    written = text_html(one_line(deadline.text)) if deadline.text else "（未写明）"
    due = f'<time datetime="{deadline.due.isoformat()}">{deadline.due.isoformat()}</time>' if deadline.due else (
        f'<span class="no-due">{DEADLINE_KINDS[deadline.kind]}</span>'
    )
    return f"{written}<br>→ {due}"


def _origin_cell(item: Item, markers: dict[str, str]) -> str:
    path = " › ".join(markers.get(node_id, node_id) for node_id in item.outline_path)
    span = f"[{item.span[0]}:{item.span[1]}]"
    rule = f'<span class="rule" title="规则与置信度">{text_html(item.rule or "—")} · {item.confidence:.2f}</span>'
    return (f"{text_html(path)} " if path else "") + f'<span class="span">{span}</span><br>{rule}'
