"""Who an action that names no owner belongs to: the inheritance policy.

An item without an owner of its own takes, in this order:
- the owners of the lead-in that governs it (各部门要做到：一是…二是…): a lead-in governs the
  list that follows it, up to the end of that list's parent (`lead_scope_end`);
- none when its subject is the audience (我们要…, 大家要…), which also ends the previous subject;
- the previous subject of its section: the last owners named there with a cue or a time
  limit, less the parties they worked with (support), except at the first action of a
  marker's unit (a new heading starts afresh).
Inherited owners keep the span where they are written and say `inherited=True`.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import TYPE_CHECKING

import regex

from actions.lang.zh.words import PERSON_HEADS
from actions.owners.draft import OwnerDraft
from actions.owners.lexicon import ROLE_SHARE, SUBJECT_RULE

if TYPE_CHECKING:
    from actions.owners.index import OwnerIndex

_AUDIENCE_SUBJECT = SUBJECT_RULE["audience_subject"].compiled
_SENTENCE_END = regex.compile("[。！？\n]")
_ADJACENT = regex.compile("[，；、 ]{0,2}")
# A party's share of a division of labour, then what it means (省负总责，就是要…): the shares
# are the parties' own, the actions after them continue none of them.
_SHARE_EXPOUNDED = regex.compile(r"\p{Han}{1,20}?" + ROLE_SHARE + "，就是要")
# Lead-ins looked back at: the last few only (a lead-in far back governs nothing here).
_LEADS_READ = 8


def inherited(owner: OwnerDraft) -> OwnerDraft:
    """`owner` as taken over by a later action."""
    return OwnerDraft(owner.name, owner.role, owner.span, True)


def lead_scope_end(outline, position: int, in_sentence: bool = False) -> int:
    """A lead-in governs the list that follows it: up to the end of that list's parent.

    `outline` is the item detector's outline index (nodes in marker order, their starts,
    each node's parent, the roots). A lead-in `in_sentence` (…，主要是管两头，一头是…，另一头是…)
    governs up to the end of the sentence that holds its list's last member, not the actions
    after the list in the same section.
    """
    index = bisect_left(outline.node_starts, position)
    if index >= len(outline.nodes):
        return position
    first = outline.nodes[index]
    parent = outline.parents.get(first.id)
    end = parent.span[1] if parent is not None else max(root.span[1] for root in outline.roots)
    if in_sentence:
        last = following = index
        while following + 1 < len(outline.nodes) and outline.node_starts[following + 1] < end:
            following += 1
            if outline.parents.get(outline.nodes[following].id) is parent:
                last = following
        stop = _SENTENCE_END.search(outline.view, outline.node_starts[last], end)
        if stop is not None:
            return stop.end()
    return end


class Inheritance:
    """The reading state of the policy: lead-ins met so far and the previous subject per section."""

    __slots__ = ("leads", "previous", "index")

    def __init__(self, index: OwnerIndex | None = None) -> None:
        self.leads: list[tuple[int, int, list[OwnerDraft]]] = []  # (scope start, scope end, owners)
        self.previous: dict[str, tuple[int, list[OwnerDraft]]] = {}  # section id -> where its last subject's action ends, the subject
        # The owner index of the view: where paragraphs and reports break (barrier), approved proposals.
        self.index = index

    def add_lead(self, start: int, end: int, owners: list[OwnerDraft]) -> None:
        """A lead-in whose `owners` govern the actions in [start, end)."""
        self.leads.append((start, end, owners))

    def lead_owners(self, position: int) -> list[OwnerDraft]:
        """The owners of the latest lead-in that governs `position` (none: [])."""
        return self._lead_at(position)[1]

    def _lead_at(self, position: int) -> tuple[int, list[Owner]]:
        """Where the latest lead-in governing `position` starts its scope, and its owners ((-1, []): none)."""
        for start, end, owners in reversed(self.leads[-_LEADS_READ:]):
            if start <= position < end:
                return start, owners
        return -1, []

    def _crossed(self, end: int, start: int) -> bool:
        """Whether a paragraph break or a new report lies between an earlier action's end and `start`."""
        return self.index is not None and self.index.barrier(end, start)

    def _governed(self, section: str, start: int, explicit: list[OwnerDraft]) -> bool:
        """Whether people of the governing subject's units (主要领导, 分管领导) act here: they do not
        replace it (各级税务部门要…，主要负责同志要亲自抓…。要加大稽查力度: the last is 各级税务部门's)."""
        if not all(owner.name.endswith(PERSON_HEADS) for owner in explicit):
            return False
        previous = self.previous.get(section)
        return previous is not None and not self._crossed(previous[0], start) \
            and not all(owner.name.endswith(PERSON_HEADS) for owner in previous[1])

    def _shares_out(self, view: str, section: str, start: int, explicit: list[OwnerDraft]) -> bool:
        """Whether another subject's action ends right before this one, in the same sentence (X要…，Y要…)."""
        previous = self.previous.get(section)
        if previous is None or self._crossed(previous[0], start):
            return False
        if _ADJACENT.fullmatch(view, previous[0], start) is None:
            return False  # another sentence, or words between the two (各县市区政府要…，这次我去…，我希望各区县…)
        return not previous[1] or {owner.name for owner in previous[1]} != {owner.name for owner in explicit}

    def owners_of(self, view: str, section: str, start: int, end: int, explicit: list[OwnerDraft], asks: bool,
                  lead: list[OwnerDraft], continues: bool) -> list[OwnerDraft]:
        """The owners of the action view[start:end] in `section`.

        `explicit`: the owners it names; `asks`: it has a cue or a time limit (then its subject
        is the one the next subject-less action continues); `lead`: the owners of the lead-in
        governing it; `continues`: it may continue the previous subject (not the first action
        of a marker's unit).
        """
        if explicit:
            # (由X组织验收之后，召开专题会议…: the unit charged with an action carries on, cue or not)
            if (asks or view.startswith("由", start)) and not self._governed(section, start, explicit):
                # Duties shared out in one sentence (区负责…，街道具体落实…; X要督，Y要战): the
                # actions after it belong to none of them.
                # A subject chosen by a condition (没有疫情的地区，要…; 有条件的单位要…) is its sentence's only.
                chosen = all("的" in owner.name and not owner.name.endswith(PERSON_HEADS) for owner in explicit)
                shared = chosen or self._shares_out(view, section, start, explicit) \
                    or (view.find("就是要", start, min(end, start + 30)) >= 0 and _SHARE_EXPOUNDED.match(view, start, end) is not None)
                self.previous[section] = (end, [] if shared else explicit)
            return explicit
        if lead:
            # A subject named inside the lead-in's list (三是…。各包片领导要…。结合本村实际…) governs what
            # follows it there, not the lead-in's.
            previous = self.previous.get(section)
            if previous is not None and previous[1] and previous[0] > self._lead_at(start)[0] \
                    and not self._crossed(previous[0], start):
                return [inherited(owner) for owner in previous[1] if owner.role != "support"]
            return [inherited(owner) for owner in lead]
        if _AUDIENCE_SUBJECT.match(view, start, end):
            # 我们要…: the subject is the audience, and the next subject-less sentence continues it (no one).
            self.previous.pop(section, None)
            return []
        approved = self.index.approved_by(start) if self.index is not None else []
        if approved:
            # 会议原则同意县财政局关于…的意见，会后修改完善后报…: who made the proposal carries it on.
            return [inherited(owner) for owner in approved]
        previous = self.previous.get(section) if continues else None
        if previous is not None and not self._crossed(previous[0], start):
            # The omitted subject is the previous subject, not the parties it worked with.
            return [inherited(owner) for owner in previous[1] if owner.role != "support"]
        return []
