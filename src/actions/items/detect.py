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
from typing import Callable

from actions import progress
from actions.items.draft import ItemDraft, item_of
from actions.items.forms import attach_field_runs, hold_field_drafts
from actions.items.heads import in_head
from actions.items.index import ItemIndex
from actions.lang.zh.script import fold_traditional
from actions.lang.zh.words import MODALS
from actions.items.rules import BY_NAME, CLAUSE_RULE, DIRECTIVE_RULES, NOT_ITEM_RULES, TASK_RULES, combined, first_match, may_match, needed_words
from actions.models import Deadline, Item
from actions.owners.draft import OwnerDraft
from actions.outline.node import NodeDraft
from actions.outline.rules import AGENDA_FAMILIES
from actions.owners.extract import parties
from actions.owners.index import OwnerIndex
from actions.owners.inherit import Inheritance, lead_scope_end
from actions.owners.lexicon import SUBJECT_RULE
from actions.text.noise import NO_NOISE, Noise
from actions.text.segment import Segment, Sentences, clauses, sentence_table
from actions.timex.scan import scan_deadlines

# The clause rules of actions.items.rules, compiled once (names as the detector reads them).
_TRAILING = CLAUSE_RULE["trailing_reason"].compiled
_NEXT_STEP = CLAUSE_RULE["next_step"].compiled
_MODAL_START = CLAUSE_RULE["modal_start"].compiled
_TOPIC_MODAL = CLAUSE_RULE["topic_modal"].compiled
_OBJECT_LEAD = CLAUSE_RULE["object_lead"].compiled
_PLANNED = CLAUSE_RULE["planned_event"].compiled
_WE_REPORT = CLAUSE_RULE["we_report"].compiled
_SEVERE_RE = CLAUSE_RULE["severity"].compiled  # a cheap gate, scanned once per view (see positions.hits)
_ASSESSMENT = CLAUSE_RULE["assessment"].compiled
_TOPIC = CLAUSE_RULE["topic"].compiled
_TOPIC_START = CLAUSE_RULE["topic"].starts
_CONSEQUENCE = CLAUSE_RULE["consequence"].compiled
_CONSEQUENCE_WORDS = CLAUSE_RULE["consequence"].starts
_PLAN = CLAUSE_RULE["plan"].compiled
_CONCESSIVE = CLAUSE_RULE["concessive"].compiled
_ANNOUNCE = CLAUSE_RULE["list_announcement"].compiled
_MINUTES_REPORT = CLAUSE_RULE["minutes_report"].compiled
_MINUTES_DECISION = CLAUSE_RULE["minutes_decision"].compiled
_MINUTES_WORK_STEP = CLAUSE_RULE["minutes_work_step"].compiled
_BARE_ROLE = CLAUSE_RULE["bare_role"].compiled
_UNIT_LEAD = CLAUSE_RULE["unit_lead"].compiled
_UNIT_LEAD_PREFIX = CLAUSE_RULE["unit_lead"].compiled  # read with .match: the unit name that opens a clause
_SUBMISSION = CLAUSE_RULE["submission"].compiled
_GOAL_TAIL = CLAUSE_RULE["goal_tail"].compiled
_OBJECT_BEFORE = CLAUSE_RULE["object_before"].compiled
_REPORTING_LEAD = SUBJECT_RULE["reporting_lead"].compiled
_PLEASE_START = BY_NAME["please"].compiled
_SUBJECT_ONLY = SUBJECT_RULE["subject_only"].compiled
_SUBJECT_ANNOUNCE = SUBJECT_RULE["subject_announce"].compiled
# Deadline kinds that by themselves make a clause with a concrete action an item.
_LIMIT_KINDS = frozenset({"by", "within", "asap"})
# A modal clause this short that names no action verb (…该取缔的要取缔，要一抓到底) says how
# the action before it is done; 要加强指导 is an action of its own.
_SHORT_TAIL = 4
# The longest modal clause read as the short head of the clauses after it (要建立长效机制).
_SHORT_HEAD = 8
# Not-item rules read per clause (narrative, goals) stop what a clause would start; the
# others (agenda, thanks, purpose …) make the whole unit no item.
# Those read at the clause's start only are matched there (one anchored try, not a search).
_CLAUSE_NOT_ITEM = [rule for rule in NOT_ITEM_RULES if rule.scope == "clause"]
_CLAUSE_START_NOT_ITEM = [rule for rule in NOT_ITEM_RULES if rule.scope == "clause_start"]
# Read per clause too, but only where one of their words is (ItemIndex.narrative_gated_hits).
_CLAUSE_GATED_NOT_ITEM = [rule for rule in NOT_ITEM_RULES if rule.scope == "clause_gated"]
_WHOLE_UNIT_NOT_ITEM = [rule for rule in NOT_ITEM_RULES if rule.scope not in ("clause", "clause_start", "clause_gated")]
_IMPERATIVE = BY_NAME["imperative_verb"]
_BODY_OPEN = BY_NAME["body_imperative"].compiled
_CONTENT_LEAD = BY_NAME["content_lead"].compiled
_NARRATIVE = combined(_CLAUSE_NOT_ITEM)
_NARRATIVE_START = combined(_CLAUSE_START_NOT_ITEM)
_NARRATIVE_GATED = combined(_CLAUSE_GATED_NOT_ITEM)
# Words one of which every match of those holds (None: a rule has no `needs` list); a clause
# without one needs no try at its start (see _narrative).
_NARRATIVE_START_WORDS = needed_words(_CLAUSE_START_NOT_ITEM)
_DIRECTIVE = combined(DIRECTIVE_RULES)
_TASK = combined(TASK_RULES)
# The task rules read on every span, and those read only where one of their words is (ItemIndex.task_hits).
_TASK_ANYWHERE_RULES = [rule for rule in TASK_RULES if rule.needs is None]
_TASK_GATED_RULES = [rule for rule in TASK_RULES if rule.needs is not None]
_TASK_ANYWHERE = combined(_TASK_ANYWHERE_RULES)
_TASK_GATED = combined(_TASK_GATED_RULES)
# The whole-unit rules run as one alternation, but for those with a `needs` list: one of them
# (definition) can start at any Han character, which makes the alternation try every
# position with every rule; alone, it runs only in a unit that holds one of its words.
_WHOLE_UNIT_ANYWHERE = [rule for rule in _WHOLE_UNIT_NOT_ITEM if rule.needs is None]
_WHOLE_UNIT_NEEDING = [rule for rule in _WHOLE_UNIT_NOT_ITEM if rule.needs is not None]
_WHOLE_UNIT_ANYWHERE_RE = combined(_WHOLE_UNIT_ANYWHERE)


@dataclass(slots=True)
class _Context:
    """The reading state of one pass; what it looks up is in `index` and `owner_index`."""

    view: str
    index: ItemIndex
    owner_index: OwnerIndex
    inheritance: Inheritance = field(default_factory=Inheritance)
    # Where a list reports a document's content (after 文件主要分为四个方面：): its marker units are no items.
    described_until: int = -1
    # A heading's title that sets a time and announces its section's actions (3、要尽快做好前期工作：…):
    # (title end, section end, the time), the limit of the section's actions that name none.
    lead_time: tuple[int, int, Deadline] | None = None
    # Deepest enclosing node → the path to it, one tuple shared by the items under that node.
    paths: dict[NodeDraft, tuple[NodeDraft, ...]] = field(default_factory=dict)
    # The index's two most asked lookups, bound once (they run for most clauses).
    may_hold: Callable[[list[int], int, int], bool] = field(init=False)
    deadline_in: Callable[[int, int], Deadline | None] = field(init=False)

    def __post_init__(self) -> None:
        self.inheritance.index = self.owner_index
        self.may_hold = self.index.may_hold
        self.deadline_in = self.index.deadline_in


def detect_items(view: str, outline: list[NodeDraft], reference_date: dt.date | None, *, gated: bool = True,
                 noise: Noise = NO_NOISE) -> list[Item]:
    """Items of `view` with owners and deadlines; spans in view offsets; ids left empty.

    Runs the two stages before the items (deadlines, owner index) itself; the pipeline runs
    them as stages of their own and calls `items_of`. `gated=False` reads every clause with
    every pattern (the reference the tests compare the gated scan with); the result is the
    same, only slower.
    """
    deadlines = scan_deadlines(view, reference_date)
    view = fold_traditional(view)  # as the pipeline reads it (same offsets; see actions.pipeline)
    return items_of(view, outline, deadlines, OwnerIndex(view, gated=gated), gated=gated, noise=noise)


def items_of(view: str, outline: list[NodeDraft], deadlines: list[Deadline], owner_index: OwnerIndex,
             *, gated: bool = True, noise: Noise = NO_NOISE) -> list[Item]:
    """Items of `view` given its outline, its deadlines and its owner index (see detect_items)."""
    drafts = item_drafts(view, outline, deadlines, owner_index, gated=gated, noise=noise)
    sentence_span, sentence = None, ""
    for index, draft in enumerate(drafts):
        span = draft.span
        if draft.sentence_span != sentence_span:  # the items of one sentence hold one string of it
            sentence_span = draft.sentence_span
            sentence = view[sentence_span[0] : sentence_span[1]]
        drafts[index] = item_of(draft, "", view[span[0] : span[1]], sentence)
    return drafts


def item_drafts(view: str, outline: list[NodeDraft], deadlines: list[Deadline], owner_index: OwnerIndex,
                *, gated: bool = True, noise: Noise = NO_NOISE) -> list[ItemDraft]:
    """`items_of` as drafts (actions.items.draft), for a caller that reads their texts elsewhere
    (the pipeline's remap reads them from the original text)."""
    ctx = _Context(view, ItemIndex(view, outline, deadlines, gated=gated), owner_index)
    index = ctx.index
    items: list[ItemDraft] = []
    titles: list[tuple[NodeDraft, ItemDraft]] = []
    all_sentences = sentence_table(view)
    report = progress.current()
    for number, sentence in enumerate(all_sentences):
        if report is not None and not number % progress.EVERY:
            report("items", number, len(all_sentences))
        if _may_act(ctx, sentence) and not in_head(index.heads, sentence):
            _sentence_items(ctx, sentence, items, titles)
    _body_items(ctx, all_sentences, titles, items)
    runs = index.runs
    items, held = hold_field_drafts(view, items, runs)
    items.extend(_title_items(titles, items))
    items.sort(key=lambda item: item.span)
    items = attach_field_runs(view, items, runs, held, index.deadline_in, _with_fields)
    # Nothing in the page's noise (furniture, previews: actions.text.noise) is an item.
    if noise:
        items = [item for item in items if not noise.covers(*item.span)]
    return items


def _units(ctx: _Context, sentence: Segment) -> list[tuple[NodeDraft | None, Segment]]:
    """The sentence cut at outline markers: (node opened at the unit's start or None, body)."""
    index = ctx.index
    first = bisect.bisect_left(index.node_starts, sentence.start)
    last = bisect.bisect_left(index.node_starts, sentence.end)
    if first == last:
        unit = _strip(ctx.view, sentence)
        return [(None, unit)] if unit.end > unit.start else []
    units: list[tuple[NodeDraft | None, Segment]] = []
    cursor, node = sentence.start, None
    for number in range(first, last):
        marker = index.nodes[number]
        if marker.marker_span[0] > cursor:
            units.append((node, Segment(cursor, marker.marker_span[0])))
        cursor, node = marker.marker_span[1], marker
    units.append((node, Segment(cursor, sentence.end)))
    stripped = [(n, _strip(ctx.view, u)) for n, u in units]
    return [(n, u) for n, u in stripped if u.end > u.start or n]


def _strip(view: str, segment: Segment) -> Segment:
    start, end = segment
    if start < end and view[start] not in _LEFT_TRIM and view[end - 1] not in _RIGHT_TRIM:
        return segment
    while start < end and view[start] in _LEFT_TRIM:
        start += 1
    while end > start and view[end - 1] in _RIGHT_TRIM:
        end -= 1
    return Segment(start, end)


_LEFT_TRIM = frozenset("，、：． \t\u3000")
_RIGHT_TRIM = frozenset("，、：；。 \t\u3000")


def _may_act(ctx: _Context, sentence: Segment) -> bool:
    """False when no clause of the sentence can open an item or change the reading state:
    no cue, deadline, concessive or 就, no outline marker and no lead-in colon in it."""
    return ctx.may_hold(ctx.index.sentence_hits, sentence.start, sentence.end) or ctx.index.in_minutes(sentence.start)


def _body_items(ctx: _Context, all_sentences: Sentences, titles, items: list[ItemDraft]) -> None:
    """Items stated in the body of an instruction heading whose body has none yet.

    一要推进城管综合执法覆盖城乡。进一步落实…，不断扩大覆盖范围，力争三年内实现全覆盖。 — the
    title names the action and the body states it, with no modal of its own: there a clause
    opening with an imperative verb opens the item (and the title becomes its category).
    The body runs from the end of the title's sentence to the first sub-heading.
    """
    starts = all_sentences.starts
    item_starts = sorted(item.span[0] for item in items)
    for node, title in titles:
        zone_start = title.sentence_span[1]
        zone_end = node.children[0].marker_span[0] if node.children else node.span[1]
        index = bisect.bisect_left(item_starts, zone_start)
        if zone_end <= zone_start or (index < len(item_starts) and item_starts[index] < zone_end):
            continue
        for position in range(bisect.bisect_left(starts, zone_start), bisect.bisect_left(starts, zone_end)):
            sentence = all_sentences[position]
            if sentence.end <= zone_end:
                _sentence_items(ctx, sentence, items, [], body=True)


def _sentence_items(ctx, sentence, items, titles, body: bool = False) -> None:
    view = ctx.view
    units = _units(ctx, sentence)
    # In a part of minutes, a sentence that decides (not one that reports: 会议指出…, …汇报) holds
    # decision clauses, actions with or without a modal.
    minutes = ctx.index.in_minutes(sentence.start) and not _reports(view, sentence.start, sentence.end) \
        and not _reported_line(view, sentence.start)
    for position, (node, unit) in enumerate(units):
        if unit.end <= unit.start:
            continue
        followed_by_marker = position < len(units) - 1 or (sentence.end < len(view) and view[sentence.end - 1:sentence.end] == "：")
        before_colon = view[unit.end:unit.end + 1] == "："
        if node is not None and (unit.start < ctx.described_until or node.family in AGENDA_FAMILIES):
            continue  # a list that describes a document; a host's agenda step (会议第二项，请…讲话) announces, it asks no one
        if before_colon and node is None and _CONTENT_LEAD.search(view, unit.start, unit.end):
            paragraph_end = view.find("\n", unit.end)
            ctx.described_until = len(view) if paragraph_end < 0 else paragraph_end
            continue
        if before_colon or (node is None and followed_by_marker):
            # A lead-in: its owners govern the list after it (a heading's title may be one too).
            last = max(view.rfind("，", unit.start, unit.end), view.rfind("：", unit.start, unit.end))
            announcer = _SUBJECT_ANNOUNCE.fullmatch(view, max(last + 1, unit.start), unit.end) if node is None else None
            lead_owners = parties(view, *announcer.span("units")) if announcer else _lead_owners(ctx, unit)
            scope_end = lead_scope_end(ctx.index, unit.end, in_sentence=not before_colon)
            if lead_owners:
                ctx.inheritance.add_lead(unit.end, scope_end, lead_owners)
            if node is None and (announcer or _ANNOUNCE.search(view, unit.start, unit.end) or unit.end - unit.start <= 12):
                # Only the last clause announces the list; the clauses before it are read as usual.
                if last <= unit.start:
                    continue
                unit = Segment(unit.start, last)
        inherited = ctx.inheritance.lead_owners(unit.start)
        # (a heading's title in minutes names a topic: 二、研究…方案; 关于…问题)
        decides = minutes and not _reports(view, unit.start, unit.end) \
            and not (node is not None and node.family not in _MEMBER_FAMILIES and unit.end >= node.title_span[1]
                     and "，" not in view[unit.start:unit.end])
        found = _unit_items(ctx, node, unit, sentence, inherited, body, decides)
        if found and node is not None and _is_title(ctx, node, found, unit):
            title = found.pop(0)
            titles.append((node, title))
            if title.deadline is not None:
                ctx.lead_time = (title.span[1], node.span[1], title.deadline)
                found = [_with_deadline(item, title.deadline) if item.deadline is None else item for item in found]
        items.extend(found)


def _lead_owners(ctx: _Context, unit: Segment) -> list[OwnerDraft]:
    """The owners a lead-in names, also after the report that opens it (张三强调，各村要做到：…)."""
    owners = ctx.owner_index.owners(unit.start, unit.end)
    if owners:
        return owners
    report = _REPORTING_LEAD.match(ctx.view, unit.start, unit.end)
    return ctx.owner_index.owners(report.end(), unit.end) if report else []


# Markers of the members of a list inside a sentence (一是…；二是…): a member says a decision, never a topic.
_MEMBER_FAMILIES = frozenset({"inline_shi", "inline_yao"})


def _is_title(ctx: _Context, node: NodeDraft, found: list[ItemDraft], unit: Segment) -> bool:
    """Whether the first item of a marker's unit is the node's title (kept only if its section has no item).

    A title has no owner of its own and no deadline, and is either the whole unit after the
    marker (二要建立培养青年的舞台，不时加强辐射力。), the first action of a marker with
    sub-markers, or a single clause that further items of
    the unit elaborate (二是要统一标准，各个行业各个区县要拟定统一的标准). A title that
    announces the actions after its colon may set their time (3、要尽快做好前期工作：…).
    """
    item = found[0]
    if node.marker.endswith(_MODAL_MARKER_ENDS) and not node.children and len(found) > 1:
        # 六要组织策划好…活动，特别要…: the marker holds the modal; the first clause is an action of its
        # own, not the category of the one after it
        return False
    announces = len(found) > 1 and ctx.view[item.span[1]:item.span[1] + 1] == "："
    if item.span[0] != unit.start or (item.deadline is not None and not announces) \
            or any(not owner.inherited for owner in item.owners):
        return False
    view = ctx.view
    return item.span[1] == unit.end or bool(node.children) or (
        view.find("，", item.span[0], item.span[1]) < 0 and len(found) > 1)


def _reports(view: str, start: int, end: int) -> bool:
    """Whether the first clause of view[start:end] reports (会议指出…, …汇报) rather than decides."""
    stops = [found for found in (view.find("，", start, end), view.find("：", start, end)) if found >= 0]
    return _MINUTES_REPORT.search(view, start, min(stops) if stops else end) is not None


_LEAD_IN_MAX = 40  # a lead-in longer than this is a sentence of its own, not the line's head


def _reported_line(view: str, position: int) -> bool:
    """Whether the line of `position` opens with a report lead-in (二、张三汇报准备情况：…): the line reports."""
    line = view.rfind("\n", 0, position) + 1
    line_end = view.find("\n", position)
    colon = view.find("：", line, len(view) if line_end < 0 else line_end)
    return 0 <= colon - line <= _LEAD_IN_MAX and _MINUTES_REPORT.search(view, line, colon) is not None


def _unit_items(ctx, node, unit, sentence, inherited, body: bool = False, minutes: bool = False) -> list[ItemDraft]:
    groups = _groups(ctx, node, unit, body, minutes)
    if not groups:
        return []
    view = ctx.view
    if _whole_unit_not_item(ctx, unit.start, unit.end) or view[unit.end:unit.end + 1] == "？":
        return []
    items = [item for number, group in enumerate(groups)
             if (item := _make_item(ctx, node, group, sentence, inherited, opens_unit=number == 0, decided=minutes))]
    topic_time = _topic_time(ctx, unit, items)
    if topic_time is not None:
        # 今年，要…，中央层面要…，省、市、县都要…: the time set before the unit's first comma is
        # the limit of every action of the unit that names none of its own.
        items[1:] = [_with_deadline(item, topic_time) if item.deadline is None else item for item in items[1:]]
    return items


def _lead_time_at(ctx: _Context, position: int) -> Deadline | None:
    """The time a heading's title set for the actions of its section, if `position` lies there."""
    lead = ctx.lead_time
    return lead[2] if lead is not None and lead[0] <= position < lead[1] else None


def _topic_time(ctx: _Context, unit: Segment, items: list[ItemDraft]) -> Deadline | None:
    """The time limit written alone at the head of the unit (今年，…) that its first item holds."""
    if len(items) < 2 or items[0].deadline is None:
        return None
    deadline = items[0].deadline
    start, end = deadline.span
    if start != unit.start or deadline.kind == "recurring" or ctx.view[end:end + 1] != "，":
        return None
    return deadline


def _with_deadline(draft: ItemDraft, deadline: Deadline) -> ItemDraft:
    """`draft` with a time limit it shares with the unit's first action, graded again."""
    explicit = any(not owner.inherited for owner in draft.owners)
    cue = None if draft.rule in ("explicit_owner", "deadline", "directive_cue") else draft.rule
    kind, rule, confidence = _grading(explicit, deadline, cue)
    return draft._replace(deadline=deadline, kind=kind, rule=rule, confidence=confidence)


def _whole_unit_not_item(ctx: _Context, start: int, end: int) -> bool:
    """Whether a not-item rule read on the whole unit (agenda, thanks, purpose …) matches in view[start:end]."""
    view = ctx.view
    if _WHOLE_UNIT_ANYWHERE_RE.search(view, start, end) is not None:
        return True
    return any((not ctx.index.gated or may_match(rule, view, start, end)) and rule.compiled.search(view, start, end) is not None
               for rule in _WHOLE_UNIT_NEEDING)


def _groups(ctx: _Context, node: NodeDraft | None, unit: Segment, body: bool = False,
            minutes: bool = False) -> list[list[Segment]]:
    """The unit's clauses grouped into actions: a cue opens a group, trailing reasons close it.

    In a heading's body (`body`), a clause opening with an imperative verb opens a group too,
    and the first group starts with the sentence (按照…，合理界定…: the lead belongs to it).
    In a decision of minutes (`minutes`), a clause opening with an imperative verb, naming a
    deliverable or naming who carries it out (党政办负责…) opens a group, and one naming a
    further deliverable or a further party starts the next.
    """
    view = ctx.view
    parts = clauses(view, unit.start, unit.end)
    # Most units hold no assessment, concessive or plan word: one test for the unit spares
    # three per clause (every clause lies inside the unit).
    gates = ctx.index
    rare_here = gates.may_hold(gates.rare_hits, unit.start, unit.end)
    groups: list[list[Segment]] = []
    current: list[Segment] = []
    in_topic = False
    concessive: int | None = None
    marker_modal = node is not None and node.marker.endswith(_MODAL_MARKER_ENDS)
    for index, clause in enumerate(parts):
        at_marker = index == 0 and node is not None
        if not (current or in_topic or at_marker or body or minutes or concessive is not None) \
                and not gates.may_hold(gates.clause_hits, clause.start, clause.end) \
                and not (index and not groups and gates.may_hold(gates.deadline_starts, parts[index - 1].start, clause.start)):
            continue  # nothing can open here and no state can change (see _hits)
        if in_topic or (view.startswith(_TOPIC_START, clause.start) and _TOPIC.match(view, clause.start, clause.end)):
            in_topic = not _narrative(ctx, clause.start, clause.end)
            continue
        if rare_here and gates.may_hold(gates.severe_hits, clause.start, clause.end) and _ASSESSMENT.search(view, clause.start, clause.end):
            current = []
            continue
        consequence = view.startswith(_CONSEQUENCE_WORDS, clause.start) and _CONSEQUENCE.match(view, clause.start, clause.end)
        if consequence:
            clause = Segment(consequence.end(), clause.end)
        written = parts[index].start  # narrative is read on the clause as written
        if current:
            if _narrative(ctx, written, clause.end) or (_TRAILING.match(view, clause.start, clause.end) and not consequence) \
                    or _WE_REPORT.match(view, clause.start, clause.end):
                groups.append(current)
                current = []
                continue
            if minutes and _trailing_role(ctx, parts, index, current):
                current.append(clause)  # 成立领导小组，张三任组长，李四具体负责，…: who carries the action out
                continue
            asked = marker_modal and current[0].start == parts[0].start  # the group the modal marker opened
            if consequence or _starts_new_action(ctx, current, clause, asked) or (minutes and _next_decision(ctx, current, clause)):
                groups.append(current)
                if view.startswith(_FURTHER_DISPOSAL, clause.start) or view.startswith("并结合", clause.start):
                    # (the item is the further action, not its 并)
                    clause = Segment(clause.start + (1 if view[clause.start] in "并还" else 2), clause.end)
                current = [clause]
            else:
                current.append(clause)
            continue
        if concessive is None:
            # Narrative only stops what this clause would start: read it only when something would.
            body_opens = body and _BODY_OPEN.match(view, clause.start, clause.end) is not None
            opens = body_opens or _opens_action(ctx, clause, at_marker or minutes) or (rare_here and _opens_plan(ctx, parts, index)) \
                or (index and not groups and _after_subject_time(ctx, parts[index - 1], clause)) \
                or (minutes and (at_marker or _decision(ctx, clause))) or (at_marker and node.marker.endswith(_MODAL_MARKER_ENDS)) \
                or (at_marker and _announced(ctx, node))
            if opens and index and _GOAL_TAIL.match(view, clause.start, clause.end) and not _names_event(view, clause):
                continue  # the result a sentence aims at (…，确保完成全年任务) opens no action of its own
            if not (opens or (rare_here and _is_concessive(ctx, clause))) or _narrative(ctx, written, clause.end):
                continue
            if body_opens and index and not groups:
                # The sentence's lead belongs to it, from the clause that names its subject if one does
                # (为解决…问题，市政府决定调整…，将…划转…: the purpose before the subject is not the action).
                current = [Segment(_lead_start(ctx, parts[:index]), clause.start), clause]
            elif opens and index and not groups and _after_subject_time(ctx, parts[index - 1], clause):
                current = [parts[index - 1], clause]  # the subject and its time lead the action
            elif opens and index and not groups and _OBJECT_BEFORE.fullmatch(view, clause.start, clause.end):
                current = [Segment(parts[0].start, parts[index - 1].end), clause]  # (…发挥了重要作用，要继续坚持)
            elif opens:
                current = _opening(ctx, parts, index, clause, groups)
            else:
                concessive = clause.start
            continue
        if _narrative(ctx, written, clause.end):
            concessive = None
        elif _opens_action(ctx, clause, at_marker) or (body and _BODY_OPEN.match(view, clause.start, clause.end)):
            current = [Segment(concessive, clause.start), clause]
            concessive = None
    if current:
        groups.append(current)
    return groups


# Words before a unit that make it a partner, not a subject (会同X, 配合X, 与X …).
_ROLE_LEADS = ("会同", "协同", "联合", "配合", "协助", "和", "与", "同", "并", "及", "由")
# The characters a match of the please rule starts with (a cheap test before the match).
_PLEASE_FIRSTS = frozenset("请希也还更我建提")
# The words a clause that only names a role ends with (the bare_role rule).
_ROLE_WORDS = ("牵头", "负责", "配合", "协助", "参与", "协办")
# A clause naming who is responsible (X是第一责任人，要亲自抓): the modal after it is that party's action.
_NAMED_RESPONSIBLE = ("责任人", "责任主体", "主体责任")
# What a basis names (按照…的要求, 根据…精神): a group that ends with one is only the basis.
_BASIS_NOUNS = ("要求", "精神", "规定", "原则", "部署", "安排", "意见")
# A group ending in its modal (the text cut off: 各有关部门要) states no action.
_BARE_MODAL_ENDS = MODALS + ("应当", "一定要")
# A marker that holds the modal (一要…, 二是要…): the clause after it is the directive.
_MODAL_MARKER_ENDS = ("要", "要：", "要，")
# A clause joining a further disposal of a thing to a directive (…，并将X纳入考核): its own action when checkable.
_FURTHER_DISPOSAL = ("并将", "并把", "同时将", "同时把", "还将", "还把")


def _names_event(view: str, clause: Segment) -> bool:
    """Whether the clause names a concrete deliverable beyond a bare 完成 (确保召开大会每年两次以上)."""
    return any(match.group() not in _BARE_DELIVERABLES for match in _TASK.finditer(view, clause.start, clause.end))


# A deliverable word that alone names no deliverable (确保完成全年任务 is a goal, not a task).
_BARE_DELIVERABLES = frozenset({"完成"})


def _decision(ctx: _Context, clause: Segment) -> bool:
    """In minutes: a clause naming a deliverable (报县委常委会研究, 召开专题会议), its doer (财政所负责…)
    or its time (定期邀请专家指导)."""
    view = ctx.view
    return _task(ctx, clause.start, clause.end) or _names_decision(view, clause) \
        or ctx.deadline_in(clause.start, clause.end) is not None


def _names_decision(view: str, clause: Segment) -> bool:
    """In minutes: a clause naming its doer (党政办负责…) or a piece of the work and its step (招标工作做好…)."""
    return _MINUTES_DECISION.match(view, clause.start, clause.end) is not None \
        or _MINUTES_WORK_STEP.match(view, clause.start, clause.end) is not None


def _next_decision(ctx: _Context, current: list[Segment], clause: Segment) -> bool:
    """In minutes: a clause naming its own doer, or a deliverable after a group that names one, is the next decision."""
    view = ctx.view
    if _only_roles(view, current):
        return False
    if _names_decision(view, clause):
        return True
    if ctx.index.in_minutes_document(clause.start):
        # In minutes proper, a step or a time of its own is a decision of its own (…强化考核奖惩，定期督查…)
        if _NEXT_STEP.match(view, clause.start, clause.end):
            return True
        deadline = ctx.deadline_in(clause.start, clause.end)
        # (a routine says how often the action before it is done: 做好督查，每季度通报一次)
        if deadline is not None and deadline.span[0] == clause.start and deadline.kind != "recurring" \
                and not _is_bare_time(ctx, clause):
            return True
    return _task(ctx, clause.start, clause.end) and not _SUBMISSION.match(view, clause.start, clause.end) \
        and any(_task(ctx, part.start, part.end) for part in current)


def _lead_start(ctx: _Context, lead: list[Segment]) -> int:
    """Where the lead clauses of a body item start: at the last one opening with a subject, else the first."""
    for clause in reversed(lead):
        if ctx.owner_index.opens_with_subject(clause.start, clause.end):
            return clause.start
    return lead[0].start


def _opens_plan(ctx: _Context, parts: list[Segment], index: int) -> bool:
    """A clause opening with 计划/打算/准备 whose clause or the next names a deliverable."""
    clause = parts[index]
    if not (ctx.may_hold(ctx.index.plan_hits, clause.start, clause.start + 1) and _PLAN.match(ctx.view, clause.start, clause.end)):
        return False
    end = parts[index + 1].end if index + 1 < len(parts) else clause.end
    return _task(ctx, clause.start, end)


def _narrative(ctx: _Context, start: int, end: int) -> bool:
    """Whether the clause view[start:end] reports, judges or supposes rather than asks (the clause rules)."""
    view, words_at = ctx.view, ctx.index.narrative_start_hits
    if (words_at is None or ctx.may_hold(words_at, start, end)) and _NARRATIVE_START.match(view, start, end) is not None:
        return True
    if ctx.may_hold(ctx.index.narrative_gated_hits, start, end) and _NARRATIVE_GATED.search(view, start, end) is not None:
        return True
    return _NARRATIVE.search(view, start, end) is not None


def _is_concessive(ctx: _Context, clause: Segment) -> bool:
    """A clause with 不管/无论/不论: the action after it starts at it."""
    return ctx.may_hold(ctx.index.concessive_hits, clause.start, clause.end) and _CONCESSIVE.search(ctx.view, clause.start, clause.end) is not None


def _announced(ctx: _Context, node: NodeDraft) -> bool:
    """Whether the node's list is announced by a directive lead-in just before its first member
    (县交通局要抓好两件事，一是修好道路，二是建好桥梁): every member is then an action, with or without a cue."""
    index = ctx.index
    at = bisect.bisect_left(index.node_starts, node.marker_span[0])
    first = node
    for back in range(at - 1, max(at - 12, -1), -1):  # (the earlier members of the list, a few at most)
        earlier = index.nodes[back]
        if earlier.level < node.level:
            break
        if earlier.level == node.level and earlier.ordinal < first.ordinal:
            first = earlier
    if first.ordinal != 1:
        return False
    view, end = ctx.view, first.marker_span[0]
    while end > 0 and view[end - 1] in _LEAD_ENDS:
        end -= 1
    start = max(max(view.rfind(stop, max(0, end - _LEAD_REACH), end) for stop in _LEAD_STOPS) + 1, end - _LEAD_REACH)
    return start < end and _ANNOUNCE.search(view, start, end) is not None and _directive(ctx, start, end) \
        and not _narrative(ctx, start, end)


# Where a list's lead-in clause ends and starts, and how far back it is looked for.
_LEAD_ENDS = frozenset("，：:；、 ")
_LEAD_STOPS = ("，", "。", "；", "：", "！", "？", "\n")
_LEAD_REACH = 40


def _after_subject_time(ctx: _Context, lead: Segment, clause: Segment) -> bool:
    """A clause naming a checkable action after a lead of a party and a time limit only (各包村干部在会议结束后，
    及时召开群众会; 县水利局在汛期到来前，完成除险加固): the lead's party does it by that time."""
    deadline = ctx.deadline_in(lead.start, lead.end)
    if deadline is None or deadline.kind not in _LIMIT_KINDS or deadline.span[1] < lead.end - 1:
        return False
    if not (_task(ctx, clause.start, clause.end) or ctx.view.startswith(_PROMPT_STARTS, clause.start)):
        return False
    if _narrative(ctx, lead.start, clause.end):
        return False
    owners = ctx.owner_index.owners(lead.start, deadline.span[0])
    return bool(owners) and owners[0].span[0] - lead.start <= 1 and not owners[0].inherited


# Words of promptness that open an action after its party and time (…在会后，及时/立即…).
_PROMPT_STARTS = ("及时", "立即", "迅速", "马上", "抓紧")


def _opening(ctx: _Context, parts: list[Segment], index: int, clause: Segment, groups) -> list[Segment]:
    """The first clauses of a new group: the clause, led by the deadline or subject just before it."""
    view = ctx.view
    lead = parts[index - 1] if index > 0 else None
    if lead is None or (groups and groups[-1][-1].end > lead.start):
        return [clause]
    if view.startswith("对", lead.start) and _OBJECT_LEAD.match(view, lead.start, lead.end) and not _directive(ctx, lead.start, lead.end) \
            and not _narrative(ctx, lead.start, lead.end):
        return [lead, clause]  # 对发现的隐患，要立即整改: the things the action is about lead it
    lead_deadline = ctx.deadline_in(lead.start, lead.end)
    lead_subject = _SUBJECT_ONLY.fullmatch(view, lead.start, lead.end)
    if (lead_deadline or lead_subject) and not _narrative(ctx, lead.start, lead.end):
        # The item starts at the deadline or subject of the lead clause (这次会后，…).
        start = lead_deadline.span[0] if lead_deadline else lead_subject.start("units")
        return [Segment(start, lead.end), clause]
    return [clause]


def _task(ctx: _Context, start: int, end: int) -> bool:
    """Whether a task cue (a concrete deliverable) matches in view[start:end]; a span without a hit needs no search."""
    if _TASK_ANYWHERE.search(ctx.view, start, end) is not None:
        return True
    return ctx.may_hold(ctx.index.task_hits, start, end) and _TASK_GATED.search(ctx.view, start, end) is not None


def _directive(ctx: _Context, start: int, end: int) -> bool:
    return ctx.may_hold(ctx.index.directive_hits, start, end) and _DIRECTIVE.search(ctx.view, start, end) is not None


def _opens_action(ctx: _Context, clause: Segment, at_marker: bool) -> bool:
    view = ctx.view
    if _directive(ctx, clause.start, clause.end):
        return True
    if at_marker and _IMPERATIVE.compiled.match(view, clause.start, clause.end):
        return True
    deadline = ctx.deadline_in(clause.start, clause.end)
    if deadline is None or not _task(ctx, clause.start, clause.end):
        return False
    return deadline.kind in _LIMIT_KINDS or bool(_PLANNED.search(view, clause.start, clause.end))


def _starts_new_action(ctx: _Context, current: list[Segment], clause: Segment, asked: bool = False) -> bool:
    """A clause that brings its own subject, its own modal after a directive, or a deadline at its start."""
    if len(current) == 1 and _is_bare_time(ctx, current[0]):
        return False  # 这次会议后，各地要…: the time leads the action
    view = ctx.view
    if view.endswith(_ROLE_WORDS, current[0].start, current[0].end) and _only_roles(view, current):
        return False  # X牵头，Y、Z配合，6月底前出台…: the roles lead the action
    if ctx.owner_index.opens_with_subject(clause.start, clause.end):
        # (X是第一责任人，Y是具体责任人: the people named responsible for one action, not two actions)
        return not (view.endswith(_NAMED_RESPONSIBLE, current[-1].start, current[-1].end)
                    and view.endswith(_NAMED_RESPONSIBLE, clause.start, clause.end))
    if view[clause.start] in _PLEASE_FIRSTS and _PLEASE_START.match(view, clause.start, clause.end):
        return True  # …，也希望街道居委会配合: a request to another party
    if _short_head(view, current) and not _MODAL_START.match(view, clause.start, clause.end):
        deadline = ctx.deadline_in(clause.start, clause.end)
        if deadline is None or deadline.span[0] > clause.start:
            return False  # 要压实责任，列出具体清单…; 要分类施策，对没有疫情的地区要…: a short head, then how it is done
    if view.startswith("对", clause.start) and (lead := _OBJECT_LEAD.match(view, clause.start, clause.end)) \
            and (lead.group().endswith("的") or lead.group().endswith(_BARE_MODAL_ENDS)) \
            and any(_directive(ctx, part.start, part.end) or _task(ctx, part.start, part.end) for part in current):
        # …要立即整改，对一时难以整改的，上报…; …纳入考核，对推诿的人员要追究责任: the things (with their own
        # modal) a further action is about
        return True
    modal = _MODAL_START.match(view, clause.start, clause.end) or (
        ctx.may_hold(ctx.index.directive_hits, clause.start, clause.end) and _TOPIC_MODAL.match(view, clause.start, clause.end))
    if modal and not _manner_tail(view, modal.end(), clause.end) \
            and (asked or any(_directive(ctx, part.start, part.end) for part in current)) \
            and not view.endswith(_NAMED_RESPONSIBLE, current[-1].start, current[-1].end):
        return True
    if view.startswith(_FURTHER_DISPOSAL, clause.start) and _task(ctx, clause.start, clause.end) \
            and any(_directive(ctx, part.start, part.end) for part in current):
        return True  # …要高度重视，并将此项工作纳入年终考核: a further, checkable action joined by 并将/并把
    if _NEXT_STEP.match(view, clause.start, clause.end):
        # The group before it is an action of its own when it asks or names a deliverable
        # (not a basis before another: 按照…要求，根据…精神，…落实).
        return any(_directive(ctx, part.start, part.end) or _task(ctx, part.start, part.end) for part in current)
    deadline = ctx.deadline_in(clause.start, clause.end)
    if (deadline is None or deadline.span[0] > clause.start) and _own_subject_verb(ctx, current, clause):
        return True  # …县水利局6月上旬完成清淤，各乡镇同步做好宣传: a new unit with a verb of its own
    if view.startswith("确保", clause.start) and view.endswith("到位", clause.start, clause.end) \
            and view[clause.end:clause.end + 1] in ("，", ",") and any(_directive(ctx, part.start, part.end) for part in current):
        return True  # …，确保值班到位，认真履行…制度: a duty named, then how it is done, is a further action
    if deadline is not None and deadline.kind == "recurring" and deadline.span[0] == clause.start:
        # A routine after an action with a time of its own (在4月初召开动员大会，每半个月调度一次，每周开展一次
        # 专项行动) is a second action: a dated event is not what is repeated, nor is another routine; after
        # an untimed action it says how often that one is done (做好督查，每季度通报一次), and the same
        # routine again lists the parts of one action (定期督查，定期考核).
        before = ctx.deadline_in(current[0].start, current[-1].end)
        if before is None or before.kind == "asap":
            return False
        return before.due is not None if before.kind != "recurring" else before.text != deadline.text
    if deadline is None or deadline.kind == "recurring":
        return False
    if deadline.kind == "asap" and deadline.span[0] == clause.start and not _is_bare_time(ctx, clause):
        return False  # 尽早部署、充分准备、周密安排: haste in a run of verbs is manner, not a second limit
    if deadline.span[0] > clause.start and _UNIT_LEAD.fullmatch(view, clause.start, deadline.span[0]):
        return True  # …，县水利局6月上旬完成清淤: a new subject with a time of its own
    if _is_bare_time(ctx, clause):
        # (an unspecified limit, 按照时间节点，完成…, is how the action before it is timed, not a time of its own)
        return not (deadline.due is None and deadline.rule.endswith(".unspecified") and any(
            _directive(ctx, part.start, part.end) for part in current))
    start = current[0].start
    if deadline.span[0] == clause.start:
        # A second date is a second action (六月份…，下半年…); the first date of a group
        # finishes the action it elaborates (健全监管机制，…，今年年底要全面结帐).
        return ctx.deadline_in(start, current[-1].end) is not None or bool(ctx.owner_index.owners(start, current[-1].end))
    if view.startswith("在", clause.start) and deadline.span[0] == clause.start + 1:
        # 在 + a second time (…设计时要…，在开通的时候…) is a second action too; with the
        # group's first time it is how the action is done (会同X，在本月20号前制定…).
        return ctx.deadline_in(start, current[-1].end) is not None
    # A second date later in the clause is a second action too (要尽快做好前期工作：方案的评审本周完成).
    return deadline.kind != "asap" and ctx.deadline_in(start, current[-1].end) is not None


def _short_head(view: str, current: list[Segment]) -> bool:
    """Whether the group is one short modal clause (要压实责任, 要建立长效机制): a heading-like call whose
    next clause, if it brings no modal of its own, says how it is done."""
    return len(current) == 1 and current[0].end - current[0].start <= _SHORT_HEAD \
        and _MODAL_START.match(view, current[0].start, current[0].end) is not None


def _trailing_role(ctx: _Context, parts: list[Segment], index: int, current: list[Segment]) -> bool:
    """In minutes: a clause that only names a role (李四具体负责) after an action without a doer of its
    own, where the next clause is another decision with its doer (or there is none), completes that action."""
    view, clause = ctx.view, parts[index]
    if not _bare_role(view, clause):
        return False
    if _only_roles(view, current) or any(_MINUTES_DECISION.match(view, part.start, part.end) for part in current):
        return False
    following = parts[index + 1] if index + 1 < len(parts) else None
    return following is None or _MINUTES_DECISION.match(view, following.start, following.end) is not None


def _only_roles(view: str, current: list[Segment]) -> bool:
    """Whether every clause of the group only names a role (由X负责, X牵头, Y、Z配合)."""
    return all(_bare_role(view, part) for part in current)


def _bare_role(view: str, clause: Segment) -> bool:
    """Whether the clause only names a role (由X负责, X牵头, Y、Z配合)."""
    return view.endswith(_ROLE_WORDS, clause.start, clause.end) and _BARE_ROLE.fullmatch(view, clause.start, clause.end) is not None


def _own_subject_verb(ctx: _Context, current: list[Segment], clause: Segment) -> bool:
    """A clause opening with a unit name and an imperative verb, after a group with a subject or time of its own."""
    view = ctx.view
    if view.startswith(_ROLE_LEADS, clause.start):
        return False  # 会同市公安局开展检查: the unit after a role word supports, it is no new subject
    lead = _UNIT_LEAD_PREFIX.match(view, clause.start, clause.end)
    if lead is None or lead.end() >= clause.end or _BODY_OPEN.match(view, lead.end(), clause.end) is None:
        return False
    # (last: the owners of the group so far are read anew for every clause the group grows by,
    # and most clauses open with no unit name)
    start, end = current[0].start, current[-1].end
    return ctx.deadline_in(start, end) is not None or bool(ctx.owner_index.owners(start, end))


def _manner_tail(view: str, start: int, end: int) -> bool:
    """Whether what follows a clause's modal is a short manner phrase, not an action (一抓到底)."""
    return end - start <= _SHORT_TAIL and _BODY_OPEN.match(view, start, end) is None


def _is_bare_time(ctx: _Context, clause: Segment) -> bool:
    """A clause that is only a time limit (这次会议后，) and so leads the clause after it."""
    deadline = ctx.deadline_in(clause.start, clause.end)
    return deadline is not None and deadline.span[1] == clause.end and deadline.span[0] - clause.start <= 2 \
        and deadline.kind != "recurring"


def _make_item(ctx, node, group: list[Segment], sentence: Segment, inherited: list[OwnerDraft], opens_unit: bool,
               decided: bool = False) -> ItemDraft | None:
    view = ctx.view
    start, end = group[0].start, group[-1].end
    if end - start < 2:
        return None
    if not opens_unit and view.endswith(_BASIS_NOUNS, start, end) and _NEXT_STEP.match(view, start, group[0].end) \
            and not _directive(ctx, start, end) \
            and not ctx.deadline_in(start, end) and not _task(ctx, start, end):
        return None  # a basis alone (…，按照一级对一级负责的要求，…) asks nothing
    path = ctx.index.enclosing(start)
    owner_index = ctx.owner_index
    owners = owner_index.owners(start, end)  # (it returns [] at once where no owner can be named)
    if not owners:
        for clause in group[:2]:
            owners = owner_index.owners(clause.start, clause.end)
            if owners:
                break
    if owners and view.endswith(_BARE_MODAL_ENDS, start, end) \
            and view[owners[-1].span[1]:end].lstrip("都也还，") in _BARE_MODAL_ENDS:
        return None  # a clause cut off right after its subject's modal (…，各有关部门要) names no action
    key = path[-1].id if path else ""
    explicit = bool(owners)
    deadline = ctx.deadline_in(start, end) or _lead_time_at(ctx, start)
    # A subject with a cue or a time limit is the one the next subject-less clause continues.
    asks = explicit and bool(deadline or _directive(ctx, start, end) or owner_index.opens_with_subject(start, end))
    owners = ctx.inheritance.owners_of(view, key, start, end, owners, asks, inherited, node is None or not opens_unit)
    task_cue = None if explicit or deadline else (first_match(_TASK_ANYWHERE_RULES, view, start, end) or (
        first_match(_TASK_GATED_RULES, view, start, end) if ctx.may_hold(ctx.index.task_hits, start, end) else None))
    # A decision of minutes is a task (the spec: 会议议定 … gives three tasks).
    # (Only a decision written without a directive cue: under 会议要求，要… the cue grades it as usual.)
    cue = task_cue[0].name if task_cue else "minutes_decision" if decided and not _directive(ctx, start, end) else None
    kind, rule, confidence = _grading(explicit, deadline, cue)
    if path:
        shared = ctx.paths.get(path[-1])
        if shared is None:
            shared = ctx.paths[path[-1]] = tuple(path)
        path = shared
    return ItemDraft(
        span=(start, end),
        kind=kind,
        path=path or (),
        # the item's own heading (the node its unit opens: the deepest) is no category of it
        headings=len(path) - (node is not None and any(n is node for n in path)),
        owners=owners,
        deadline=deadline,
        sentence_span=(sentence.start, sentence.end),
        rule=rule,
        confidence=confidence,
    )


def _with_fields(draft: ItemDraft, owners: list[OwnerDraft], deadline: Deadline | None) -> ItemDraft:
    """`draft` with the owners and time limit of the labelled fields next to it (see forms.py)."""
    explicit = [owner for owner in draft.owners if not owner.inherited]
    if explicit:
        names = {owner.name for owner in explicit}
        owners = explicit + [owner for owner in owners if owner.name not in names]
    owners = owners or draft.owners
    deadline = draft.deadline or deadline
    # Labelled fields make a task; without explicit owners or a time limit the draft's own rule stands.
    kind, rule, confidence = _grading(any(not owner.inherited for owner in owners), deadline, draft.rule, task=True)
    return draft._replace(owners=owners, deadline=deadline, kind=kind, rule=rule, confidence=confidence)


def _grading(explicit: bool, deadline: Deadline | None, cue: str | None, *, task: bool = False) -> tuple[str, str, float]:
    """Kind, rule and confidence of an item: explicit owners, a time limit or a task cue make it a task."""
    kind = "task" if (task or explicit or deadline or cue) else "directive"
    rule = "explicit_owner" if explicit else "deadline" if deadline else cue or "directive_cue"
    confidence = 0.9 if explicit and deadline else 0.75 if kind == "task" else 0.6
    return kind, rule, confidence


def _title_items(titles: list[tuple[NodeDraft, ItemDraft]], items: list[ItemDraft]) -> list[ItemDraft]:
    """Heading titles that are instructions and have no other item in their section.

    Deepest first (a later marker is never an ancestor of an earlier one), so that a kept
    sub-heading title counts as an item in its parent's section.
    """
    starts = sorted(item.span[0] for item in items)
    kept: list[ItemDraft] = []
    for node, title in reversed(titles):
        index = bisect.bisect_right(starts, title.span[0])
        if index < len(starts) and starts[index] < node.span[1]:
            continue
        kept.append(title)
        bisect.insort(starts, title.span[0])
    return kept
