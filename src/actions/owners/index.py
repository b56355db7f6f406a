"""The owner index of a view: where owners can be named, scanned once, and the owners of a span.

The item detector asks for the owners of thousands of spans (groups, clauses, lead-ins), most
of which name none. The index scans the view once for the places a subject can end and for
the owner rules' trigger words; a span holding neither names no owner (`may_name_owners`), and
the owners of a span are computed once however often it is asked (`owners`).
"""

from __future__ import annotations

import re
from bisect import bisect_left

from actions.owners.draft import OwnerDraft
from actions.owners.extract import ALWAYS_TRIED, Triggers, explicit_owners, owners_by_rule, parties
from actions.owners.lexicon import REPORTER_MAX, RULES, SUBJECT_RULE
from actions.text.positions import any_within, hits, positions

SUBJECT_END_GATE = SUBJECT_RULE["subject_end"].compiled
# (compiled on first use, by the rules themselves: most texts have no report verb or approval)
_REPORTING_LEAD = SUBJECT_RULE["reporting_lead"]
_APPROVED = SUBJECT_RULE["approved_proposal"]
_APPROVAL_REACH = 120
_SUBJECT_RULE = next(rule for rule in RULES if rule.name == "subject_modal")
_SUBJECT = _SUBJECT_RULE.compiled
# An action opens with its subject when the first owner stands in its first characters (会后，各单位要…).
_OPENING_REACH = 4
# The subject rule reads the first characters of a span only.
SUBJECT_REACH = 40
# Spans whose owners the index keeps (the detector reads in text order: a span is asked again
# within its sentence or the next few, some tens of asks later; a whole text asks hundreds of thousands).
_CACHED_SPANS = 4096


# The verbs of a report, found first (a few per text); the reporting_lead rule is read only
# from the sentence start before each (its name part is at most REPORTER_MAX characters long).
_REPORT_VERB = re.compile("(?:强调|指出|要求|提出|表示|明确|说|认为|提醒|希望)[，：]")
_SENTENCE_START = re.compile("[。！？；\n]")


def _reports(view: str) -> list[int]:
    """Where the sentences opened by a new report (会议要求，…) go on after the report."""
    found = []
    for verb in _REPORT_VERB.finditer(view):
        last = None
        for last in _SENTENCE_START.finditer(view, max(0, verb.start() - REPORTER_MAX - 1), verb.start()):
            pass
        start = last.end() if last else (0 if verb.start() <= REPORTER_MAX else -1)
        if start >= 0 and (match := _REPORTING_LEAD.compiled.match(view, start, verb.end())) and match.end() == verb.end():
            found.append(match.end())
    return found


class OwnerIndex:
    """Owners of the spans of one view. `gated=False` asks the rules on every span (the reference)."""

    __slots__ = ("view", "gated", "subject_hits", "triggers", "cache", "barriers")

    def __init__(self, view: str, *, gated: bool = True, breaks: list[int] = ()) -> None:
        # `view` is the view as the items read it, its traditional characters already folded
        # (actions.lang.zh.script; 縣財政局 as 县财政局, same offsets): the remap re-reads every name
        # from the original text.
        self.view = view
        self.gated = gated
        self.subject_hits = hits(SUBJECT_END_GATE, view)
        self.triggers = Triggers(view) if gated else None
        self.cache: dict[tuple[int, int], list[OwnerDraft]] = {}
        # Where a subject stops passing to later sentences: paragraph starts (a line start, an
        # indentation inside a line: `breaks`, see Normalized.indent_breaks) and new reports (会议要求，).
        self.barriers = sorted({index + 1 for index in positions(view, "\n")} | set(breaks) | set(_reports(view)))

    def approved_by(self, position: int) -> list[OwnerDraft]:
        """The authors of a proposal the meeting approved earlier in the sentence of `position`
        (会议原则同意县经发局关于…的意见，会后…); none: []."""
        view = self.view
        found = view.rfind("同意", max(0, position - _APPROVAL_REACH), position)
        if found < 0:
            return []
        sentence = _SENTENCE_START.search(view, found, position)
        match = None if sentence else _APPROVED.compiled.match(view, found, position)
        if match is None:
            return []
        owners = parties(view, *match.span("units"))
        return owners

    def barrier(self, start: int, end: int) -> bool:
        """Whether a paragraph break or a new report lies in view[start:end] (an omitted subject does not cross it)."""
        return any_within(self.barriers, start + 1, end + 1)

    def owners(self, start: int, end: int) -> list[OwnerDraft]:
        """explicit_owners of view[start:end], computed once per span (a span is often asked again,
        soon after: the spans of the last _CACHED_SPANS asked are kept, not those of the whole text)."""
        if not self.may_name_owners(start, end):
            return []  # what explicit_owners returns at once there, without its trigger-word list
        key = (start, end)
        found = self.cache.get(key)
        if found is None:
            subject = self.subject_may_end(start, min(end, start + SUBJECT_REACH))
            found = explicit_owners(self.view, start, end, subject_possible=subject, triggers=self.triggers)
            if found and found[0].span[0] - start <= _OPENING_REACH:
                found = found + self._further_subjects(found, end)
            if len(self.cache) >= _CACHED_SPANS:
                self.cache.clear()  # the detector asks again about the spans it is reading, not those far behind
            self.cache[key] = found
        return list(found)

    def _further_subjects(self, found: list[OwnerDraft], end: int) -> list[OwnerDraft]:
        """The subjects of later clauses of an action that opens with one, each with its own modal
        (主要领导务必亲自抓、分管领导务必认真学、业务骨干务必全力推; 村党支部书记是第一责任人，村主办会计是具体责任人)."""
        view, subject_hits = self.view, self.subject_hits
        last = max(owner.span[1] for owner in found)
        index = bisect_left(subject_hits, last + 1)
        if index >= len(subject_hits) or subject_hits[index] >= end:
            return []  # (most actions: one subject)
        names = {owner.name for owner in found}
        further: list[OwnerDraft] = []
        while index < len(subject_hits) and subject_hits[index] < end:
            hit = subject_hits[index]
            index += 1
            clause = max(view.rfind("、", last, hit), view.rfind("，", last, hit), view.rfind("；", last, hit))
            if clause < 0:
                continue
            for owner in owners_by_rule(_SUBJECT_RULE, view, clause + 1, min(end, clause + 1 + SUBJECT_REACH)):
                if owner.name not in names:
                    names.add(owner.name)
                    further.append(owner)
                    last = max(last, owner.span[1])
        return further

    def may_name_owners(self, start: int, end: int) -> bool:
        """False when `owners` is surely empty for view[start:end] and for every span inside it.

        explicit_owners returns no owners at once for a span where no trigger word starts and
        no subject can end (in its first 40 characters): a span inside one without either has
        neither. Two bisections instead of a call per span (most groups and clauses name no owner).
        """
        triggers = self.triggers
        if triggers is None or ALWAYS_TRIED:
            return True
        return self.subject_may_end(start, end) or triggers.any_within(start, end)

    def subject_may_end(self, start: int, end: int) -> bool:
        """Whether a subject can end in view[start:end] (False: the subject rule surely does not match there)."""
        if not self.gated:
            return True
        found = self.subject_hits  # (any_within, inlined: this runs for most clauses)
        index = bisect_left(found, start)
        return index < len(found) and found[index] < end

    def opens_with_subject(self, start: int, end: int) -> bool:
        """Whether view[start:end] opens with a subject (X要…) that names owners."""
        if self.gated:
            found = self.subject_hits  # (subject_may_end, inlined: this runs for most clauses)
            index = bisect_left(found, start)
            if not (index < len(found) and found[index] < end):
                return False
        match = _SUBJECT.match(self.view, start, end)
        # (the subject's own words must name a party: 会同市公安局开展检查 names a supporter, not a subject)
        return match is not None and bool(parties(self.view, *match.span("units")))
