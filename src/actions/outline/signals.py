"""What a careful reader sees around each candidate marker, computed once before the search.

- sentence index and position (sentence start, clause start, after a colon), for distances and
  for the agreement of siblings (items of one list stand in the same kind of place);
- the title and its head (first clause without filler words), for parallel titles;
- announced counts: a lead-in right before a list (讲三个方面, 突出四加, 我提四条要求, 我提几点要求)
  says how many members the list it opens has;
- preview lists: 第一要认识工作落实，第二要抓好工作落实，第三是保证工作落实。 inside one sentence,
  followed by sections that repeat those titles; the preview is not a heading, the sections are.

Every step is a regex scan or a bisect over sorted offsets, so the whole pass is linear-ish.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from operator import add

import regex

from actions.lang.zh.numerals import parse_number
from actions.outline.rules import FLATTENED_AFTER, RANK_INLINE, MarkerHit

INTRO_MAX = 12
"""Characters of the clause before a marker kept as its intro."""

TITLE_MAX = 200
"""Longest title kept (a line with no stop for megabytes must not be copied per node)."""

BIGRAM_CACHE = 4096
"""Titles whose bigram sets are kept (see _bigrams)."""

# (The whole-view scans of plain characters and words run on the standard library's engine,
# which finds them faster than regex does, with the same matches: tests/test_outline_build.py.)
_SENTENCE_END = re.compile(r"[。！？\n]")
_PARAGRAPH_END = regex.compile(r"(?<=[。！？：；”）!?…])\n")
_TITLE_STOP = re.compile(r"[。；：！？\n]")
_FILLER = regex.compile(r"^(?:[，、 ]|就是|也就是|必须要|必须|要是|是要|是|要|切实)+")
_HEAD_END = regex.compile(r"[，、。；：！？\n]")
# A lead-in that announces a list: 讲三个方面, 突出四加, 我讲三点, 四条要求, 三个强化, 三抓.
# (The leading lookahead only repeats the count's first character: it lets the scan skip fast.)
_LEAD_IN = re.compile(
    r"(?=[一二两三四五六七八九十几0-9])(?<![第0-9一二两三四五六七八九十])(?P<count>[一二两三四五六七八九十]{1,2}|几|[0-9]{1,2})(?:个|大|项|条|点)?"
    r"(?P<noun>方面|原则|意见|要求|问题|重点|任务|措施|环节|强化|加|抓|条|点|句话|件事|项工作)"
)
_KEYWORD_NOUNS = frozenset({"强化", "加", "抓"})
LEAD_IN_REACH = 40
"""Characters between a lead-in and the first marker of the list it announces."""

PREVIEW_REACH = 80
"""Candidates searched after a preview list for the sections that repeat it."""


@dataclass(slots=True)
class Candidate:
    """A marker hit with the context the builder scores it by."""

    hit: MarkerHit
    sentence: int
    place: str  # "sentence" (after 。！？ or a line break), "clause" (after ，、), "colon" (after ：；)
    line_start: bool
    intro: str  # the clause before the marker in its sentence: 从主观上讲 (一是…)
    paragraph: int  # index of the paragraph (line breaks inside a sentence are PDF wraps, not breaks)
    title_end: int
    head: str  # (its bigrams are looked up when needed: see _bigrams)
    announced: int | None = None
    keyword: str = ""  # the word a lead-in says every member has: 三个强化 → 强化, 突出四加 → 加
    lead_in: bool = False
    preview: bool = False
    part_break: str = ""  # a 1 that a new part of the text opens: "speaker" (县长强调：一是…) or "address" (各位代表！…)


def prepare(view: str, hits: list[MarkerHit]) -> list[Candidate]:
    """Candidates in document order, previews marked, announced counts attached."""
    sentence_ends = [m.start() for m in _SENTENCE_END.finditer(view)]
    paragraph_ends = _paragraph_ends(view, hits)
    stops = [m.start() for m in _TITLE_STOP.finditer(view)]
    candidates = []
    for hit in hits:
        stop_index = bisect_left(stops, hit.title_start)
        title_end = stops[stop_index] if stop_index < len(stops) else len(view)
        title_end = min(title_end, hit.title_start + TITLE_MAX)
        head = title_head(view[hit.title_start : min(title_end, hit.title_start + 40)])
        candidates.append(
            Candidate(
                hit=hit,
                sentence=bisect_left(sentence_ends, hit.start),
                place=_place(view, hit.start),
                line_start=hit.start == 0 or view[hit.start - 1] == "\n",
                paragraph=bisect_left(paragraph_ends, hit.start),
                intro=_intro(view, stops, hit.start, candidates[-1].hit.end if candidates else 0),
                title_end=title_end,
                head=head,
            )
        )
    _attach_lead_ins(view, candidates)
    _mark_previews(candidates)
    _mark_part_breaks(view, sentence_ends, candidates)
    return candidates


# A new part of the text: a sentence that only says who speaks now (县长强调：, 会议要求，), or a
# paragraph that turns to the audience (各位代表！). A list it opens is not a sub-list of the last
# point before it (see Weights.part_break).
_SPEAKER_LEAD = regex.compile(
    r"(?!我)\p{Han}{2,16}?(?:(?:强调|強調|指出|要求|表示|认为|認為|提出|说|說)|(?:明确|明確|议定|議定|决定|決定|要求)如下)[：，:,]\n?")
_ADDRESS = regex.compile(r"(?m)^(?:各位代表|同志们|同志們|各位委员|各位委員|各位领导|各位領導|同事们|朋友们)[！!]")


def _mark_part_breaks(view: str, sentence_ends: list[int], candidates: list[Candidate]) -> None:
    addresses = [match.start() for match in _ADDRESS.finditer(view)]
    previous_end = 0
    for candidate in candidates:
        hit = candidate.hit
        if hit.ordinal == 1:
            index = bisect_left(addresses, previous_end)
            if index < len(addresses) and addresses[index] < hit.start:
                candidate.part_break = "address"
            else:
                ends = bisect_left(sentence_ends, hit.start)
                sentence_start = sentence_ends[ends - 1] + 1 if ends > 0 else 0
                if sentence_start == hit.start and ends > 1 and view[hit.start - 2 : hit.start] == "：\n":
                    sentence_start = sentence_ends[ends - 2] + 1  # the lead is the line before: 会议明确如下：⏎1.…
                if hit.start - sentence_start <= 20 and _SPEAKER_LEAD.fullmatch(view, sentence_start, hit.start):
                    candidate.part_break = "speaker"
        previous_end = hit.end


FLATTENED_LEAD_IN_GAP = 2
"""Characters between a lead-in (讲三点意见) and a flattened 1 it confirms (the ：or 。 between)."""


def confirm_flattened(view: str, hits: list[MarkerHit]) -> list[MarkerHit]:
    """Drop the line headings standing mid-line (flattened text) that their list does not confirm.

    A mid-line 一、/1、/1. is a heading when the nearest marker of its family before it has the
    previous ordinal (and is kept) or the nearest one after it the next ordinal, or, for a 1,
    when a lead-in that counts the points stands right before it (我强调三点意见。一、…).
    """
    flattened = [
        index for index, hit in enumerate(hits)
        if hit.start > 0 and view[hit.start - 1] in FLATTENED_AFTER.get(hit.family, "")
    ]
    if not flattened:
        return hits
    by_family: dict[str, list[int]] = {}
    place_in_family: dict[int, int] = {}
    for index, hit in enumerate(hits):
        if hit.family in FLATTENED_AFTER:
            members = by_family.setdefault(hit.family, [])
            place_in_family[index] = len(members)
            members.append(index)
    dropped: set[int] = set()
    for index in flattened:
        hit = hits[index]
        family = by_family[hit.family]
        place = place_in_family[index]
        before = hits[family[place - 1]] if place > 0 and family[place - 1] not in dropped else None
        after = hits[family[place + 1]] if place + 1 < len(family) else None
        confirmed = (
            (before is not None and before.ordinal == hit.ordinal - 1)
            or (after is not None and after.ordinal == hit.ordinal + 1)
            or (hit.ordinal == 1 and _counted_lead_in(view, hit.start))
        )
        if not confirmed:
            dropped.add(index)
    return [hit for index, hit in enumerate(hits) if index not in dropped]


def _counted_lead_in(view: str, start: int) -> bool:
    window_start = max(0, start - FLATTENED_LEAD_IN_GAP - 12)
    return any(start - match.end() <= FLATTENED_LEAD_IN_GAP for match in _LEAD_IN.finditer(view, window_start, start))


def _paragraph_ends(view: str, hits: list[MarkerHit]) -> list[int]:
    """Line breaks that end a paragraph: after sentence-final punctuation, or ending a heading line."""
    ends = {m.start() for m in _PARAGRAPH_END.finditer(view)}
    for hit in hits:
        if hit.rank != RANK_INLINE and (hit.start == 0 or view[hit.start - 1] == "\n"):
            line_end = view.find("\n", hit.end, hit.end + TITLE_MAX)
            if line_end >= 0:
                ends.add(line_end)
    return sorted(ends)


def title_head(title: str) -> str:
    """The first clause of a title without filler (要, 是, 就是): 要加投入，没有… → 加投入."""
    title = _FILLER.sub("", title, count=1)
    end = _HEAD_END.search(title)
    return title[: end.start() if end else len(title)][:20]


def similarity(a: Candidate, b: Candidate) -> float:
    """How parallel two titles are (0-1): shared opening and closing words, or shared bigrams."""
    return text_similarity(a.head, b.head)


def text_similarity(a: str, b: str) -> float:
    """Similarity of two short phrases (0-1): 从客观上讲 / 从主观上讲 → 0.8."""
    if not a or not b:
        return 0.0
    shortest = min(len(a), len(b))
    prefix = 0
    while prefix < shortest and a[prefix] == b[prefix]:
        prefix += 1
    suffix = 0
    while suffix < shortest - prefix and a[-1 - suffix] == b[-1 - suffix]:
        suffix += 1
    frame_score = (prefix + suffix) / shortest  # 加大…的力度 / 加大…的力度
    a_bigrams = _bigrams(a)
    b_bigrams = _bigrams(b)
    if not a_bigrams or not b_bigrams:
        return frame_score
    dice = 2 * len(a_bigrams & b_bigrams) / (len(a_bigrams) + len(b_bigrams))
    return max(frame_score, dice)


def forget_bigrams() -> None:
    """Let the cached bigram sets go (a search is done with them; on a large text they are
    megabytes the later stages can use)."""
    _bigrams.cache_clear()


@lru_cache(maxsize=BIGRAM_CACHE)
def _bigrams(text: str) -> frozenset[str]:
    """Every pair of neighbouring characters, text[i] + text[i + 1].

    Cached by text rather than kept with each candidate: a set of bigrams takes more memory
    than the rest of a candidate (a megabyte of text has some 3,000 candidates), and the search
    compares a candidate only with the members of the lists open around it, which are recent
    or met again and again.
    """
    return frozenset(map(add, text, text[1:]))


def _intro(view: str, stops: list[int], start: int, previous_end: int) -> str:
    index = bisect_left(stops, start) - 1
    begin = max(stops[index] + 1 if index >= 0 else 0, start - INTRO_MAX, previous_end)
    return view[begin:start].rstrip("，、 ")


def _place(view: str, start: int) -> str:
    if start == 0:
        return "sentence"
    before = view[start - 1]
    if before in "。！？\n":
        return "sentence"
    if before in "：；":
        return "colon"
    return "clause"


def _attach_lead_ins(view: str, candidates: list[Candidate]) -> None:
    starts = [c.hit.start for c in candidates]
    for match in _LEAD_IN.finditer(view):
        index = bisect_left(starts, match.end())
        if index >= len(candidates):
            break
        first = candidates[index]
        if first.hit.start - match.end() > LEAD_IN_REACH or first.hit.ordinal not in (1, 2):
            continue
        if view.count("。", match.end(), first.hit.start) > 1:
            continue
        written = match.group("count")
        first.lead_in = True
        if match.group("noun") in _KEYWORD_NOUNS:
            first.keyword = match.group("noun")
        count = None if written == "几" else parse_number(written)
        first.announced = count if count and count > 1 else None  # 讲一点意见: "a few", not one


def _mark_previews(candidates: list[Candidate]) -> None:
    index = 0
    while index < len(candidates):
        run = _compact_run(candidates, index)
        if len(run) >= 2 and _sections_follow(candidates, run):
            for member in run:
                candidates[member].preview = True
            index = run[-1] + 1
        else:
            index += 1


def _compact_run(candidates: list[Candidate], index: int) -> list[int]:
    """Inline markers 1, 2, 3… inside one sentence, each with a short clause."""
    first = candidates[index]
    if first.hit.ordinal != 1 or first.hit.rank != RANK_INLINE:
        return []
    run = [index]
    for follower in range(index + 1, min(index + 12, len(candidates))):
        candidate = candidates[follower]
        if candidate.sentence != first.sentence or candidate.hit.rank != RANK_INLINE:
            break
        if candidate.hit.ordinal != candidates[run[-1]].hit.ordinal + 1:
            break
        run.append(follower)
    return run


def _sections_follow(candidates: list[Candidate], run: list[int]) -> bool:
    """Later markers with the same ordinals repeat every title of the run, in order."""
    position = run[-1] + 1
    limit = min(len(candidates), position + PREVIEW_REACH)
    sections = []
    for member in run:
        wanted = candidates[member]
        while position < limit:
            candidate = candidates[position]
            position += 1
            if candidate.hit.ordinal == wanted.hit.ordinal and similarity(candidate, wanted) >= 0.5:
                sections.append(candidate)
                break
        else:
            return False
    sections[0].announced = len(run)
    return True
