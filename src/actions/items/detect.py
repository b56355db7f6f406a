"""Clauses → action items (task / directive) with owners, deadlines and outline context.

One pass over the sentences of the view. A sentence is cut into units at the outline's
markers (items never cross a marker); in each unit the first clause carrying a directive
cue opens the item, which runs to the end of the unit, less trailing justification, and
is cut again where a new clause brings its own deadline or its own subject. Heading titles
wait for a second pass: a title is an item only when no item lies in its section.
"""

from __future__ import annotations

import bisect
import datetime as dt
from dataclasses import dataclass, field

import regex

from actions.items.rules import BY_NAME, DIRECTIVE_RULES, NOT_ITEM_RULES, TASK_RULES, first_match
from actions.models import Deadline, Item, OutlineNode, Owner
from actions.owners.extract import explicit_owners
from actions.owners.lexicon import RULES as _OWNER_RULE_LIST, UNIT_LIST

OWNER_RULES = {rule.name: rule for rule in _OWNER_RULE_LIST}
from actions.text.segment import Segment, clauses, sentences
from actions.timex.resolve import scan_deadlines

_LINE_HEADING = ("heading_", "document_separator")
# Clauses that justify or explain rather than ask: the action ends before them.
_TRAILING = regex.compile(r"(?:总的来(?:讲|说|看)|总之|因为|由于|这是|这样|否则|不然|只有|才能|以免|以便|从而|因此|所以|如果|不.{1,4}就|也就是|就是说|比如|例如|特别是去年|现在只|只剩|还剩|为(?!了?(?:确保|保证))|以便|以确保)")
# Deadline kinds that by themselves make a clause with a concrete action an item.
_LIMIT_KINDS = frozenset({"by", "within", "asap"})
# A clause that opens with its own modal (…，要…) after a directive is a further action.
_MODAL_START = regex.compile(r"(?:还|也|都|并|而且|并且|同时|更)?(?:要|必须|务必|一定要)(?!求)")
# With a date of kind "on" (六月份…, 下半年…), a planned event is an item, a statistic is not.
_PLANNED = regex.compile(r"准备|计划|组织|召开|开展|搞|进行|启动|验收|考核|督查|部署")
_WHOLE_UNIT_NOT_ITEM = [rule for rule in NOT_ITEM_RULES if rule.name != "narrative"]
_IMPERATIVE = BY_NAME["imperative_verb"]
# A clause that is only a subject (全市青联组织和青年干部，要…) or opens with subject + modal.
_SUBJECT_ONLY = regex.compile(r"(?:今后|现在|下一步|下步|同时|另外)?(?P<units>" + UNIT_LIST + ")")
_SUBJECT = OWNER_RULES["subject_modal"].compiled
_NARRATIVE = BY_NAME["narrative"]
# A lead-in that only announces the list (各部门要做到：).
# An assessment of the situation (…，是十分严峻的 / …的工作将十分繁重): the directive-looking
# clauses before it are its subject, not an action.
_ASSESSMENT = regex.compile(r"(?:是|将|会|更|也)?(?:十分|非常|相当|很|极其|更加|尤为|越来越)(?:严峻|繁重|艰巨|复杂|困难|紧迫)的?$")
# A topic phrase reporting what someone spoke about (就如何…，…提出了要求), up to its verb.
_TOPIC = regex.compile(r"就(?:如何|怎样|怎么)")
# A consequence that is itself an instruction (…，所以要作为重中之重): a new action after the connective.
_CONSEQUENCE = regex.compile(r"(?:所以|因此|因而|为此)(?=\p{Han}{0,4}?(?:要|必须|务必|一定要))")
# A concessive lead (X不管是…，还是…，都要…): the action starts at it.
_CONCESSIVE = regex.compile(r"不管|无论|不论")
_ANNOUNCE = regex.compile(r"(?:要|必须|重点)?(?:做到|抓好|把握|注意|强调|突出|求|讲|提).{0,6}$")


@dataclass
class _Context:
    view: str
    reference_date: dt.date | None
    deadlines: list[Deadline]
    deadline_starts: list[int]
    nodes: list[OutlineNode]
    node_starts: list[int]
    parents: dict[str, OutlineNode | None]
    roots: list[OutlineNode]
    root_starts: list[int] = field(default_factory=list)
    previous_owners: dict[str, list[Owner]] = field(default_factory=dict)


def detect_items(view: str, outline: list[OutlineNode], reference_date: dt.date | None) -> list[Item]:
    """Items of `view` with owners and deadlines; spans in view offsets; ids left empty."""
    deadlines = scan_deadlines(view, reference_date)
    nodes: list[OutlineNode] = []
    parents: dict[str, OutlineNode | None] = {}
    for root in outline:
        _collect(root, None, nodes, parents)
    nodes.sort(key=lambda node: node.marker_span[0])
    ctx = _Context(view, reference_date, deadlines, [d.span[0] for d in deadlines], nodes,
                   [node.marker_span[0] for node in nodes], parents, outline,
                   [root.marker_span[0] for root in outline])
    items: list[Item] = []
    titles: list[tuple[OutlineNode, Item]] = []
    leads: list[tuple[int, int, list[Owner]]] = []  # (scope start, scope end, owners)
    for sentence in sentences(view):
        _sentence_items(ctx, sentence, items, titles, leads)
    items.extend(_title_items(titles, items))
    items.sort(key=lambda item: item.span)
    return items


def _collect(node: OutlineNode, parent: OutlineNode | None, out: list[OutlineNode], parents: dict) -> None:
    out.append(node)
    parents[node.id] = parent
    for child in node.children:
        _collect(child, node, out, parents)


def _units(ctx: _Context, sentence: Segment) -> list[tuple[OutlineNode | None, Segment]]:
    """The sentence cut at outline markers: (node opened at the unit's start or None, body)."""
    first = bisect.bisect_left(ctx.node_starts, sentence.start)
    last = bisect.bisect_left(ctx.node_starts, sentence.end)
    units: list[tuple[OutlineNode | None, Segment]] = []
    cursor, node = sentence.start, None
    for index in range(first, last):
        marker = ctx.nodes[index]
        if marker.marker_span[0] > cursor:
            units.append((node, Segment(cursor, marker.marker_span[0])))
        cursor, node = marker.marker_span[1], marker
    units.append((node, Segment(cursor, sentence.end)))
    return [(n, _strip(ctx.view, u)) for n, u in units if _strip(ctx.view, u).end > _strip(ctx.view, u).start or n]


def _strip(view: str, segment: Segment) -> Segment:
    start, end = segment.start, segment.end
    while start < end and view[start] in "，、：． \t\u3000":
        start += 1
    while end > start and view[end - 1] in "，、：；。 \t\u3000":
        end -= 1
    return Segment(start, end)


def _sentence_items(ctx, sentence, items, titles, leads) -> None:
    view = ctx.view
    units = _units(ctx, sentence)
    for position, (node, unit) in enumerate(units):
        if unit.end <= unit.start:
            continue
        followed_by_marker = position < len(units) - 1 or (sentence.end < len(view) and view[sentence.end - 1:sentence.end] == "：")
        before_colon = view[unit.end:unit.end + 1] == "："
        if before_colon or (node is None and followed_by_marker):
            # A lead-in: its owners govern the list after it (a heading's title may be one too).
            lead_owners = explicit_owners(view, unit.start, unit.end)
            if lead_owners:
                leads.append((unit.end, _lead_scope_end(ctx, unit.end), lead_owners))
            if node is None and (_ANNOUNCE.search(view, unit.start, unit.end) or unit.end - unit.start <= 12):
                # Only the last clause announces the list; the clauses before it are read as usual.
                last = max(view.rfind("，", unit.start, unit.end), view.rfind("：", unit.start, unit.end))
                if last <= unit.start:
                    continue
                unit = Segment(unit.start, last)
        inherited = _lead_owners(leads, unit.start)
        found = _unit_items(ctx, node, unit, sentence, inherited)
        if found and node is not None and _is_title(node, found, unit):
            titles.append((node, found.pop(0)))
        items.extend(found)


def _is_title(node: OutlineNode, found: list[Item], unit: Segment) -> bool:
    """Whether the first item of a marker's unit is the node's title (kept only if its section has no item).

    A title has no owner of its own and no deadline, and is either the whole unit after the
    marker (二要建立培养青年的舞台，不时加强辐射力。), the first action of a marker with
    sub-markers, or a single clause that further items of
    the unit elaborate (二是要统一标准，各个行业各个区县要拟定统一的标准).
    """
    item = found[0]
    if item.span[0] != unit.start or item.deadline is not None or any(not owner.inherited for owner in item.owners):
        return False
    return item.span[1] == unit.end or bool(node.children) or ("，" not in item.text and len(found) > 1)


def _lead_scope_end(ctx: _Context, position: int) -> int:
    """A lead-in governs the list that follows it: up to the end of that list's parent."""
    index = bisect.bisect_left(ctx.node_starts, position)
    if index >= len(ctx.nodes):
        return position
    first = ctx.nodes[index]
    parent = ctx.parents.get(first.id)
    if parent is not None:
        return parent.span[1]
    return max(root.span[1] for root in ctx.roots)


def _lead_owners(leads: list[tuple[int, int, list[Owner]]], position: int) -> list[Owner]:
    for start, end, owners in reversed(leads[-8:]):
        if start <= position < end:
            return owners
    return []


def _unit_items(ctx, node, unit, sentence, inherited) -> list[Item]:
    view = ctx.view
    if first_match(_WHOLE_UNIT_NOT_ITEM, view, unit.start, unit.end):
        return []
    if view[unit.end:unit.end + 1] == "？":
        return []
    parts = clauses(view, unit.start, unit.end)
    groups: list[list[Segment]] = []
    current: list[Segment] = []
    in_topic = False
    concessive: int | None = None
    for index, clause in enumerate(parts):
        narrative = _NARRATIVE.compiled.search(view, clause.start, clause.end)
        if in_topic or _TOPIC.match(view, clause.start, clause.end):
            in_topic = not narrative
            continue
        if _ASSESSMENT.search(view, clause.start, clause.end):
            current = []
            continue
        consequence = _CONSEQUENCE.match(view, clause.start, clause.end)
        if consequence:
            clause = Segment(consequence.end(), clause.end)
        if current:
            if narrative or (_TRAILING.match(view, clause.start, clause.end) and not consequence):
                groups.append(current)
                current = []
                continue
            if consequence or _starts_new_action(ctx, current, clause):
                groups.append(current)
                current = [clause]
            else:
                current.append(clause)
            continue
        if narrative:
            concessive = None
            continue
        if _opens_action(ctx, clause, at_marker=(index == 0 and node is not None)):
            if concessive is not None:
                current = [Segment(concessive, clause.start), clause]
                concessive = None
                continue
            lead = parts[index - 1] if index > 0 else None
            lead_deadline = lead and _deadline_in(ctx, lead.start, lead.end)
            lead_subject = lead and _SUBJECT_ONLY.fullmatch(view, lead.start, lead.end)
            if lead is not None and (lead_deadline or lead_subject) \
                    and not _NARRATIVE.compiled.search(view, lead.start, lead.end) \
                    and not (groups and groups[-1][-1].end > lead.start):
                # The item starts at the deadline or subject of the lead clause (这次会后，…).
                start = lead_deadline.span[0] if lead_deadline else lead_subject.start("units")
                current = [Segment(start, lead.end), clause]
            else:
                current = [clause]
        elif concessive is None and _CONCESSIVE.search(view, clause.start, clause.end):
            concessive = clause.start
    if current:
        groups.append(current)
    return [item for number, group in enumerate(groups)
            if (item := _make_item(ctx, node, group, sentence, inherited, opens_unit=number == 0))]


def _opens_action(ctx: _Context, clause: Segment, at_marker: bool) -> bool:
    view = ctx.view
    if first_match(DIRECTIVE_RULES, view, clause.start, clause.end):
        return True
    if at_marker and _IMPERATIVE.compiled.match(view, clause.start, clause.end):
        return True
    deadline = _deadline_in(ctx, clause.start, clause.end)
    if deadline is None or not first_match(TASK_RULES, view, clause.start, clause.end):
        return False
    return deadline.kind in _LIMIT_KINDS or bool(_PLANNED.search(view, clause.start, clause.end))


def _starts_new_action(ctx: _Context, current: list[Segment], clause: Segment) -> bool:
    """A clause that brings its own subject, its own modal after a directive, or a deadline at its start."""
    if len(current) == 1 and _is_bare_time(ctx, current[0]):
        return False  # 这次会议后，各地要…: the time leads the action
    if _SUBJECT.match(ctx.view, clause.start, clause.end) and explicit_owners(ctx.view, clause.start, clause.end):
        return True
    if _MODAL_START.match(ctx.view, clause.start, clause.end) and any(
            first_match(DIRECTIVE_RULES, ctx.view, part.start, part.end) for part in current):
        return True
    if _is_bare_time(ctx, clause):
        return True
    deadline = _deadline_in(ctx, clause.start, clause.end)
    if deadline and deadline.span[0] == clause.start and deadline.kind != "recurring":
        # A second date is a second action (六月份…，下半年…); the first date of a group
        # finishes the action it elaborates (健全监管机制，…，今年年底要全面结帐).
        start = current[0].start
        return _deadline_in(ctx, start, current[-1].end) is not None or bool(explicit_owners(ctx.view, start, current[-1].end))
    return False


def _is_bare_time(ctx: _Context, clause: Segment) -> bool:
    """A clause that is only a time limit (这次会议后，) and so leads the clause after it."""
    deadline = _deadline_in(ctx, clause.start, clause.end)
    return deadline is not None and deadline.span[1] == clause.end and deadline.span[0] - clause.start <= 2 \
        and deadline.kind != "recurring"


def _deadline_in(ctx: _Context, start: int, end: int) -> Deadline | None:
    index = bisect.bisect_left(ctx.deadline_starts, start)
    if index < len(ctx.deadlines) and ctx.deadlines[index].span[1] <= end:
        return ctx.deadlines[index]
    return None


def _make_item(ctx, node, group: list[Segment], sentence: Segment, inherited: list[Owner], opens_unit: bool) -> Item | None:
    view = ctx.view
    start, end = group[0].start, group[-1].end
    if end - start < 2:
        return None
    path = _enclosing(ctx, start)
    owners = explicit_owners(view, start, end)
    if not owners:
        for clause in group[:2]:
            owners = explicit_owners(view, clause.start, clause.end)
            if owners:
                break
    key = path[-1].id if path else ""
    explicit = bool(owners)
    if owners:
        if view[start:end] and first_match(DIRECTIVE_RULES, view, start, end):
            ctx.previous_owners[key] = owners
    elif inherited:
        owners = [owner.model_copy(update={"inherited": True}) for owner in inherited]
    elif key in ctx.previous_owners and (node is None or not opens_unit):
        # The omitted subject is the previous subject, not the parties it worked with.
        subject = [owner for owner in ctx.previous_owners[key] if owner.role != "support"]
        owners = [owner.model_copy(update={"inherited": True}) for owner in subject]
    deadline = _deadline_in(ctx, start, end)
    task_cue = first_match(TASK_RULES, view, start, end)
    kind = "task" if (explicit or deadline or task_cue) else "directive"
    rule = "explicit_owner" if explicit else "deadline" if deadline else task_cue[0].name if task_cue else "directive_cue"
    confidence = 0.9 if explicit and deadline else 0.75 if kind == "task" else 0.6
    category_nodes = [n for n in path if n is not node]
    return Item(
        id="",
        text=view[start:end],
        span=(start, end),
        kind=kind,
        outline_path=[n.id for n in path],
        category=[n.title for n in category_nodes],
        owners=owners,
        deadline=deadline,
        sentence=view[sentence.start:sentence.end],
        sentence_span=(sentence.start, sentence.end),
        rule=rule,
        confidence=confidence,
    )


def _enclosing(ctx: _Context, position: int) -> list[OutlineNode]:
    """The outline nodes whose span contains `position`, outermost first."""
    path: list[OutlineNode] = []
    level, starts = ctx.roots, ctx.root_starts
    while level:
        index = bisect.bisect_right(starts, position) - 1
        if index < 0 or not (level[index].span[0] <= position < level[index].span[1]):
            break
        path.append(level[index])
        level = level[index].children
        starts = [node.marker_span[0] for node in level]  # children lists are short
    return path


def _title_items(titles: list[tuple[OutlineNode, Item]], items: list[Item]) -> list[Item]:
    """Heading titles that are instructions and have no other item in their section.

    Deepest first (a later marker is never an ancestor of an earlier one), so that a kept
    sub-heading title counts as an item in its parent's section.
    """
    starts = sorted(item.span[0] for item in items)
    kept: list[Item] = []
    for node, title in reversed(titles):
        index = bisect.bisect_right(starts, title.span[0])
        if index < len(starts) and starts[index] < node.span[1]:
            continue
        kept.append(title)
        bisect.insort(starts, title.span[0])
    return kept
