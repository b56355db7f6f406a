"""Owners of an action: explicit subjects, coordinated parties, role forms.

The engine of the owner rules (actions.owners.lexicon): this module reads the owners
written in one span, and runs the rules' examples (`check_example`). Inheritance (from a
lead-in or a previous sentence) is actions.owners.inherit.
"""

from __future__ import annotations

import re
from bisect import bisect_left

import regex

from actions.lang.zh.words import PERSON_HEADS
from actions.owners.draft import OwnerDraft
from actions.owners.lexicon import AUDIENCE, JOINER, NOT_UNIT_ENDINGS, RULES, SUBJECT_RULES, UNIT, OwnerRule
from actions.rules import Example, check_span_example, register

_UNIT_ONLY = regex.compile(f"(?:{UNIT})")
# 会同/协同 end the list of parties (the ones after it support: the support_with rule reads them).
_SPLIT = regex.compile("(?P<with>会同|协同)|" + JOINER)
_LEADING = regex.compile(r"(?:必须|一定|主要是|主要(?!领导|负责)|尤其|并|再|就|都|也|还|则|同时|另外|此外|特别是|尤其是|其中|然后|首先|最后|"
                      r"今年|明年|今后|当前|目前|现在)")  # a time before the subject is not part of its name
_LEVELS = frozenset("省市县区乡镇村")
# The last character of a time before a name (汛期, 节前, 冬春, 年内 …各级…).
_TIME_END = frozenset("期节前后内时季月年日天春夏秋冬")
_FORM_PIECE = regex.compile(r"[^、，,和及与]+")
_KIND_PIECE = regex.compile(r"[^、]+")
# (nor does a verb: 保证人员在岗在位, 落实一把手负责制 — the action, not a unit, opens the clause)
_NOT_NAME_START = ("我", "大家", "同志", "保证", "确保", "落实", "加强", "推进", "做好", "强化", "建立", "完善", "提高",
                   "开展", "实行", "实施", "坚持", "发挥", "督促", "支持", "鼓励", "引导", "压实", "明确", "严格")

# Rules read anywhere in the span, in list order, and the anchored ones read at its start.
_FREE = [rule for rule in RULES if not rule.anchored]
_ANCHORED = [rule for rule in RULES if rule.anchored]
# A rule runs only where one of its trigger words is written (most clauses have none): one
# scan of the span for every trigger word (longest first, at every position) tells which.
_TRIGGER_WORDS = sorted({word for rule in _FREE for word in rule.triggers if word}, key=len, reverse=True)
_TRIGGERS = regex.compile("|".join(regex.escape(word) for word in _TRIGGER_WORDS))
# The scan of a whole view for them (Triggers): at each place a word's first character stands,
# the longest word starting there. The words are plain: the standard library's engine finds
# them at every position (a look-ahead holding the alternation) faster than regex's overlapped
# scan, with the same words at the same places (tests/test_owners_extract.py compares the two).
_TRIGGER_SCAN = re.compile("(?=[" + re.escape("".join(sorted({word[0] for word in _TRIGGER_WORDS}))) + "])(?=("
                           + "|".join(re.escape(word) for word in _TRIGGER_WORDS) + "))")
# A word found at a position stands for every trigger word it starts with (牵头单位 ⊃ 牵头).
_RULES_OF_WORD = {found: frozenset(index for index, rule in enumerate(_FREE)
                                   if any(found.startswith(word) for word in rule.triggers))
                  for found in _TRIGGER_WORDS}
_ALWAYS = frozenset(index for index, rule in enumerate(_FREE) if not rule.triggers or "" in rule.triggers)
# Whether a rule is read on every span, trigger words or not (then no span is known to name no owner).
ALWAYS_TRIED = bool(_ALWAYS)
# Characters no unit list holds (a list is Han characters, 、 and brackets): a match ending at
# a trigger word lies between the last one before the word and the first one after it, and
# its look-aheads read at most _LOOKAHEAD_REACH characters past that (see _matches_up_to_triggers).
_OUTSIDE_UNIT_LIST = regex.compile(r"[^\p{Han}、（）]")
_LAST_OUTSIDE_UNIT_LIST = regex.compile(r"(?r)[^\p{Han}、（）]")
_LOOKAHEAD_REACH = 4


class Triggers:
    """Where the trigger words start in a view: one scan, then the words of any span by bisection.

    `within(start, end)` gives the words `_TRIGGERS.findall(view, start, end, overlapped=True)`
    gives: at each position the longest trigger word starting there, cut to the span's end
    (a word running past the end gives way to the longest one that fits, if any).
    """

    __slots__ = ("view", "starts", "words")

    def __init__(self, view: str) -> None:
        self.view = view
        self.starts: list[int] = []
        self.words: list[str] = []
        known: dict[str, str] = {}  # one string per word (a large text names each word thousands of times)
        for match in _TRIGGER_SCAN.finditer(view):
            self.starts.append(match.start())
            word = match.group(1)
            self.words.append(known.setdefault(word, word))

    def any_within(self, start: int, end: int) -> bool:
        """Whether a trigger word starts in [start, end) (`within` is empty when none does)."""
        index = bisect_left(self.starts, start)
        return index < len(self.starts) and self.starts[index] < end

    def within(self, start: int, end: int) -> list[str]:
        starts, words = self.starts, self.words
        found = []
        for index in range(bisect_left(starts, start), bisect_left(starts, end)):
            word = words[index]
            if starts[index] + len(word) > end:
                fitting = _TRIGGERS.match(self.view, starts[index], end)
                if fitting is None:
                    continue
                word = fitting.group()
            found.append(word)
        return found


def _owner(name: str, role: str, span: tuple[int, int]) -> OwnerDraft:
    # Built from checked parts: the names are slices of the text and the roles come from the lexicon.
    return OwnerDraft(name, role, span, False)


def _each_parts(view: str, a: int, b: int) -> list[tuple[int, int]]:
    """A name 各X各Y… (opening with 各) cut into its parties (各乡镇各部门 → 各乡镇, 各部门): at a 各 that follows a whole
    unit name other than a level (各级各部门 is one party), unless what follows names people
    (各乡镇各部门主要领导: the leaders of both, one party)."""
    if not view.startswith("各", a) or view.endswith(PERSON_HEADS, a, b):
        return [(a, b)]
    cuts = [a]
    at = view.find("各", a + 2, b)
    while at >= 0:
        if view[at - 1] != "级" and view[at + 1] != "级" and _UNIT_ONLY.fullmatch(view, cuts[-1], at) and _UNIT_ONLY.fullmatch(view, at, b):
            cuts.append(at)
        at = view.find("各", at + 2, b)
    return list(zip(cuts, cuts[1:] + [b]))


def _after_time_or_pronoun(view: str, a: int, b: int) -> int:
    """Where a name starts once a time or a pronoun before it is cut off: 汛期各级网格员 → 各级网格员,
    我们交警部门 → 交警部门 (the rest must be a unit name of its own)."""
    if view.startswith(("我们", "咱们"), a) and _UNIT_ONLY.fullmatch(view, a + 2, b):
        return a + 2
    at = view.find("各", a + 1, b)
    if at > a and (view[at - 1] in _TIME_END or view.startswith("我", a)) and _UNIT_ONLY.fullmatch(view, at, b):
        return at
    period = _PERIOD_BEFORE.match(view, a, b)  # 攻坚期内干部队伍 → 干部队伍
    if period and _UNIT_ONLY.fullmatch(view, period.end(), b):
        return period.end()
    return a


# A named period before a name (攻坚期内, 过渡期间, 汛期): two to four characters and 期/期内/期间.
_PERIOD_BEFORE = regex.compile(r"\p{Han}{1,3}期(?:内|间)?")


def parties(view: str, start: int, end: int, role: str = "responsible") -> list[OwnerDraft]:
    """Split a unit list view[start:end] at 、和与及 into owners (audience words dropped)."""
    owners: list[OwnerDraft] = []
    piece_start = start
    pieces: list[tuple[int, int]] = []
    for match in _SPLIT.finditer(view, start, end):
        if view[match.start()] in "和与" and not _UNIT_ONLY.fullmatch(view, piece_start, match.start()):
            continue  # 县人力资源和社会保障局: the words before 和 name no unit, so 和 is inside the name
        pieces.append((piece_start, match.start()))
        piece_start = match.end()
        if match.group("with"):
            break
    else:
        pieces.append((piece_start, end))
    listed = len(pieces) > 1
    for a, b in pieces:
        lead = _LEADING.match(view, a, b)
        if lead:
            a = lead.end()
        a = _after_time_or_pronoun(view, a, b)
        for a, b in (_each_parts(view, a, b) if view.find("各", a + 2, b) >= 0 else ((a, b),)):
            name = view[a:b]
            if len(name) < 2 and not (listed and name in _LEVELS):
                continue  # a level by itself is one in a list of levels (省、市、县都要…; 市、街道（镇）要…)
            if name in AUDIENCE or name.startswith(_NOT_NAME_START) or name.endswith(NOT_UNIT_ENDINGS) \
                    or not _UNIT_ONLY.fullmatch(name):
                continue
            owners.append(_owner(name, role, (a, b)))
    return owners


def owners_by_rule(rule: OwnerRule, view: str, start: int, end: int) -> list[OwnerDraft]:
    """Owners one lexicon rule finds in view[start:end]."""
    found: list[OwnerDraft] = []
    # An anchored rule reads the start of the span only (finditer would re-anchor \G after each match).
    if rule.anchored:
        matches = [m for m in (rule.compiled.match(view, start, end),) if m]
    elif rule.ends_at_trigger:
        matches = _matches_up_to_triggers(rule, view, start, end)
    else:
        matches = rule.compiled.finditer(view, start, end)
    split, role = rule.split, rule.role
    for match in matches:
        a, b = match.span("units")
        if split == "form":
            # The form lists units up to the end of the field; split at 、，和.
            for piece in _FORM_PIECE.finditer(view, a, b):
                name = piece.group()
                if _UNIT_ONLY.fullmatch(name) and name not in AUDIENCE:
                    found.append(_owner(name, role, piece.span()))
            continue
        if split == "kinds":
            # Listed parties share the kind word after 等: no unit suffix of their own.
            for piece in _KIND_PIECE.finditer(view, a, b):
                found.append(_owner(piece.group(), role, piece.span()))
            continue
        if split == "levels" and b - a <= 3 and all(char in _LEVELS for char in view[a:b]):
            # levels named by their one-character words (省; 市县 is 市 and 县)
            found.extend(_owner(view[at], role, (at, at + 1)) for at in range(a, b))
            continue
        found.extend(parties(view, a, b, role))
    return found


def _matches_up_to_triggers(rule: OwnerRule, view: str, start: int, end: int):
    """The matches `rule.compiled.finditer(view, start, end)` gives, for a rule whose matches end at a trigger word.

    Every match is a run of unit-list characters ending with a trigger word, so a match lies
    in the run that holds the next trigger word after the search position or in a later
    one: each such run is searched on its own (with room for the look-aheads after it)
    instead of trying every position of the span (each try of a unit list costs many steps).
    Leftmost matches run by run, in order, are finditer's.
    """
    pattern = rule.compiled
    # The next place of each trigger word at or after the position (-1: none left); a word
    # is looked for again only once the position has passed it, so the span is read once.
    next_at = {word: view.find(word, start, end) for word in rule.triggers}
    position, run_end = start, -1
    while position < end:
        for word, found in next_at.items():
            if 0 <= found < position:
                next_at[word] = view.find(word, position, end)
        trigger = min((found for found in next_at.values() if found >= 0), default=-1)
        if trigger < 0:
            return
        before = _LAST_OUTSIDE_UNIT_LIST.search(view, position, trigger)
        if trigger >= run_end:  # a new run (a run with many matches is read to its end once)
            after = _OUTSIDE_UNIT_LIST.search(view, trigger, end)
            run_end = after.start() if after else end
        match = pattern.search(view, before.end() if before else position, min(end, run_end + _LOOKAHEAD_REACH))
        if match is None or match.start() >= run_end:
            position = run_end  # none starts in this run (one past it was read with the span cut short)
            continue
        yield match
        position = match.end()


def explicit_owners(view: str, start: int, end: int, *, subject_possible: bool = True,
                    triggers: Triggers | None = None) -> list[OwnerDraft]:
    """Owners written in the action view[start:end]: subject, 请X, 由X牵头, X配合, the unit forms.

    Each name is kept once (first role wins: lead and support forms are tried before the
    plain subject). Recipients (上报X) and objects (对X进行) are never in these positions.
    `subject_possible=False` (the caller knows no SUBJECT_END lies in the span's first 40
    characters) skips the subject rule, which could not match. `triggers` (built once for
    the view) saves scanning the span for trigger words.
    """
    words = _TRIGGERS.findall(view, start, end, overlapped=True) if triggers is None else triggers.within(start, end)
    if not (words or _ALWAYS or subject_possible):
        return []  # no rule can match (most clauses)
    owners: list[OwnerDraft] = []
    seen: set[tuple[int, int]] = set()
    names: set[str] = set()
    triggered = set(_ALWAYS)
    for word in words:
        triggered |= _RULES_OF_WORD[word]
    for index in sorted(triggered):
        for owner in owners_by_rule(_FREE[index], view, start, end):
            if owner.span not in seen and owner.name not in names:
                seen.add(owner.span)
                names.add(owner.name)
                owners.append(owner)
    for rule in _ANCHORED if subject_possible else ():
        for owner in owners_by_rule(rule, view, start, min(end, start + 40)):
            if owner.name not in names:
                names.add(owner.name)
                owners.append(owner)
    owners.sort(key=lambda owner: owner.span)
    return owners


def check_example(rule: OwnerRule, example: Example) -> str | None:
    """Run one example: the owners the rule finds must equal `example.expect`."""
    found = [(owner.name, owner.role) for owner in owners_by_rule(rule, example.text, 0, len(example.text))]
    return None if found == example.expect else f"{rule.name}: {example.text!r} gave {found}, expected {example.expect}"


register("owners", RULES, check_example)
register("owners.subjects", SUBJECT_RULES, check_span_example)
