"""Word .docx → the text a reader sees, with Word's automatic numbering written out.

Body paragraphs and tables come in document order (content controls are opened). A table is
read one line per row, its cells separated by a tab (the paragraphs of one cell joined by
`；`), as a table is copied out of Word: the row stays one line, so a task table's header
names its columns and each row below it is one task (actions.items.table). A paragraph numbered by Word (`w:numPr`,
directly or through its style) gets its label rendered from numbering.xml: the level's
`w:numFmt` (chineseCounting → 一, decimal → 1, decimalEnclosedCircle → ① …) inside its
`w:lvlText` (`%1、`, `（%1）`, `%1.%2`). Counters are kept per list (numId) and level; a
paragraph at a level restarts the deeper levels. The rendered text is what every span of a
Document refers to, and what `actions text FILE.docx` prints.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field

from actions.errors import InputError, install_hint

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_NS = {"w": W}


def _q(tag: str) -> str:
    return f"{{{W}}}{tag}"


def docx_to_text(data: bytes, name: str) -> str:
    """The text of a .docx file: one line per paragraph, numbering labels included."""
    try:
        import docx  # python-docx, the `docx` extra
    except ModuleNotFoundError:
        raise InputError(f"{name}: reading .docx needs python-docx", install_hint("docx", "python-docx")) from None
    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as error:  # python-docx raises many kinds on a broken package
        raise InputError(f"{name}: not a readable .docx ({type(error).__name__})", "open and save it again in Word") from None
    numbering = Numbering.from_document(document)
    lines: list[str] = []
    _read_block(document.element.body, numbering, lines)
    return "\n".join(lines) + "\n" if lines else ""


def _read_block(container, numbering: "Numbering", lines: list[str]) -> None:
    """Append the lines of the paragraphs and tables of a body, cell or content control."""
    for child in container.iterchildren():
        if child.tag == _q("p"):
            lines.append(_paragraph_line(child, numbering))
        elif child.tag == _q("tbl"):
            for row in child.iterchildren(_q("tr")):
                lines.append(CELL_SEPARATOR.join(_cell_text(cell, numbering) for cell in row.iterchildren(_q("tc"))))
        elif child.tag == _q("sdt"):
            for content in child.iterchildren(_q("sdtContent")):
                _read_block(content, numbering, lines)


CELL_SEPARATOR = "\t"
"""Between the cells of a table row as read (a tab: what Word puts there when a row is copied)."""
_CELL_BREAKS = str.maketrans({"\t": " ", "\n": " "})


def _cell_text(cell, numbering: "Numbering") -> str:
    """A cell on one line: its paragraphs (and nested tables) joined by ；, tabs and breaks as spaces."""
    lines: list[str] = []
    _read_block(cell, numbering, lines)
    return "；".join(line.translate(_CELL_BREAKS).strip() for line in lines if line.strip())


def _paragraph_line(p, numbering: "Numbering") -> str:
    text = "".join(_run_texts(p))
    label = numbering.label(p)
    if not label:
        return text
    separator = " " if text[:1].isascii() and text[:1].isalnum() else ""
    return label + separator + text


# Not read inside a paragraph: text boxes and drawings (anchored elsewhere, often repeated in
# a fallback copy), deleted text of tracked changes, field instructions, properties (their
# w:tab elements are tab stops, not tabs).
_SKIPPED = frozenset(_q(tag) for tag in ("pPr", "rPr", "txbxContent", "drawing", "pict", "object", "del", "instrText", "delText"))
_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"


def _run_texts(element):
    """The text pieces of a paragraph in order: w:t, tabs and line breaks."""
    for child in element.iterchildren():
        tag = child.tag
        if tag == _q("t"):
            yield child.text or ""
        elif tag == _q("tab"):
            yield "\t"
        elif tag in (_q("br"), _q("cr")):
            yield "" if child.get(_q("type")) in ("page", "column") else "\n"
        elif tag in (_q("noBreakHyphen"), _q("softHyphen")):
            yield "-" if tag == _q("noBreakHyphen") else ""
        elif tag not in _SKIPPED and tag != _MC_FALLBACK and isinstance(tag, str):
            yield from _run_texts(child)


# --- numbering definitions -------------------------------------------------------------


@dataclass
class Level:
    """One level of an abstract numbering definition."""

    start: int = 1
    fmt: str = "decimal"
    text: str = "%1."


@dataclass
class ListCounters:
    """The running counters of one list (numId): level → last number given."""

    values: dict[int, int] = field(default_factory=dict)


@dataclass
class Numbering:
    """numbering.xml and the styles that carry numbering, read once per document."""

    levels: dict[str, dict[int, Level]]  # numId → ilvl → Level
    style_numbering: dict[str, tuple[str, int]]  # styleId → (numId, ilvl)
    counters: dict[str, ListCounters] = field(default_factory=dict)

    @classmethod
    def from_document(cls, document) -> "Numbering":
        return cls(_read_levels(document), _read_style_numbering(document))

    def label(self, p) -> str:
        """The rendered label of paragraph `p`, or '' when Word does not number it."""
        found = _numbering_of(p, self.style_numbering)
        if found is None:
            return ""
        num_id, ilvl = found
        levels = self.levels.get(num_id)
        if not levels or ilvl not in levels:
            return ""
        counter = self.counters.setdefault(num_id, ListCounters()).values
        counter[ilvl] = counter[ilvl] + 1 if ilvl in counter else levels[ilvl].start
        for deeper in [level for level in counter if level > ilvl]:
            del counter[deeper]
        return _render(levels[ilvl].text, levels, counter)


def _numbering_of(p, style_numbering: dict[str, tuple[str, int]]) -> tuple[str, int] | None:
    num_pr = p.find(f"{_q('pPr')}/{_q('numPr')}")
    style = p.find(f"{_q('pPr')}/{_q('pStyle')}")
    from_style = style_numbering.get(style.get(_q("val"))) if style is not None else None
    if num_pr is None:
        return from_style
    num_id = _child_val(num_pr, "numId")
    ilvl = _child_val(num_pr, "ilvl")
    if num_id is None:
        num_id = from_style[0] if from_style else None
    if num_id is None or num_id == "0":
        return None
    level = int(ilvl) if ilvl and ilvl.isdigit() else (from_style[1] if from_style else 0)
    return num_id, level


def _child_val(element, tag: str) -> str | None:
    child = element.find(_q(tag))
    return child.get(_q("val")) if child is not None else None


def _numbering_root(document):
    try:
        return document.part.numbering_part.element
    except (KeyError, NotImplementedError, AttributeError):
        return None


def _read_levels(document) -> dict[str, dict[int, Level]]:
    root = _numbering_root(document)
    if root is None:
        return {}
    abstract = {a.get(_q("abstractNumId")): _abstract_levels(a) for a in root.iterchildren(_q("abstractNum"))}
    levels: dict[str, dict[int, Level]] = {}
    for num in root.iterchildren(_q("num")):
        base = abstract.get(_child_val(num, "abstractNumId"), {})
        merged = {ilvl: Level(level.start, level.fmt, level.text) for ilvl, level in base.items()}
        for override in num.iterchildren(_q("lvlOverride")):
            ilvl = int(override.get(_q("ilvl"), "0"))
            lvl = override.find(_q("lvl"))
            if lvl is not None:
                merged[ilvl] = _level(lvl)
            start = _child_val(override, "startOverride")
            if start is not None and start.isdigit():
                merged.setdefault(ilvl, Level()).start = int(start)
        levels[num.get(_q("numId"))] = merged
    return levels


def _abstract_levels(abstract) -> dict[int, Level]:
    return {int(lvl.get(_q("ilvl"), "0")): _level(lvl) for lvl in abstract.iterchildren(_q("lvl"))}


def _level(lvl) -> Level:
    start = _child_val(lvl, "start")
    return Level(
        start=int(start) if start and start.lstrip("-").isdigit() else 1,
        fmt=_child_val(lvl, "numFmt") or "decimal",
        text=_child_val(lvl, "lvlText") or "",
    )


def _read_style_numbering(document) -> dict[str, tuple[str, int]]:
    """styleId → (numId, ilvl) for paragraph styles that number their paragraphs (标题 1 …)."""
    try:
        styles = document.styles.element
    except (KeyError, AttributeError):
        return {}
    own: dict[str, tuple[str | None, int | None]] = {}
    based_on: dict[str, str] = {}
    for style in styles.iterchildren(_q("style")):
        style_id = style.get(_q("styleId"))
        num_pr = style.find(f"{_q('pPr')}/{_q('numPr')}")
        if num_pr is not None:
            ilvl = _child_val(num_pr, "ilvl")
            own[style_id] = (_child_val(num_pr, "numId"), int(ilvl) if ilvl and ilvl.isdigit() else None)
        parent = _child_val(style, "basedOn")
        if parent:
            based_on[style_id] = parent
    resolved: dict[str, tuple[str, int]] = {}
    for style_id in set(own) | set(based_on):
        num_id, ilvl, seen, current = None, None, set(), style_id
        while current and current not in seen and (num_id is None or ilvl is None):
            seen.add(current)
            found_id, found_lvl = own.get(current, (None, None))
            num_id = num_id if num_id is not None else found_id
            ilvl = ilvl if ilvl is not None else found_lvl
            current = based_on.get(current)
        if num_id and num_id != "0":
            resolved[style_id] = (num_id, ilvl or 0)
    return resolved


# --- rendering labels ----------------------------------------------------------------------

_CN_DIGITS = "〇一二三四五六七八九"
_CN_LEGAL = "零壹贰叁肆伍陆柒捌玖"
_HEAVENLY_STEMS = "甲乙丙丁戊己庚辛壬癸"
_EARTHLY_BRANCHES = "子丑寅卯辰巳午未申酉戌亥"
_ROMAN = ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
          (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))


def _render(template: str, levels: dict[int, Level], counter: dict[int, int]) -> str:
    """Fill `%1` … `%9` of a level text with the counters of those levels."""
    out: list[str] = []
    index = 0
    while index < len(template):
        char = template[index]
        if char == "%" and index + 1 < len(template) and template[index + 1] in "123456789":
            level = int(template[index + 1]) - 1
            definition = levels.get(level, Level())
            out.append(format_number(counter.get(level, definition.start), definition.fmt))
            index += 2
            continue
        out.append(char)
        index += 1
    return "".join(out)


def format_number(value: int, fmt: str) -> str:
    """A number in one of Word's numFmt styles (unknown styles fall back to decimal)."""
    if fmt in ("bullet", "none"):
        return ""
    if fmt in ("chineseCounting", "chineseCountingThousand", "taiwaneseCounting", "japaneseCounting"):
        return chinese_counting(value)
    if fmt == "chineseLegalSimplified":
        return chinese_counting(value).translate(_LEGAL_TABLE)
    if fmt in ("ideographDigital", "taiwaneseDigital", "japaneseDigitalTenThousand"):
        return "".join(_CN_DIGITS[int(digit)] for digit in str(value))
    if fmt in ("ideographTraditional",) and 1 <= value <= 10:
        return _HEAVENLY_STEMS[value - 1]
    if fmt in ("ideographZodiac",) and 1 <= value <= 12:
        return _EARTHLY_BRANCHES[value - 1]
    if fmt in ("decimalEnclosedCircle", "decimalEnclosedCircleChinese") and 1 <= value <= 20:
        return chr(0x2460 + value - 1)
    if fmt == "decimalFullWidth":
        return str(value).translate({ord(d): ord(d) + 0xFEE0 for d in "0123456789"})
    if fmt == "decimalZero":
        return f"{value:02d}"
    if fmt in ("upperLetter", "lowerLetter") and value >= 1:
        letter = chr(ord("A") + (value - 1) % 26) * ((value - 1) // 26 + 1)
        return letter if fmt == "upperLetter" else letter.lower()
    if fmt in ("upperRoman", "lowerRoman") and value >= 1:
        roman = _roman(value)
        return roman if fmt == "upperRoman" else roman.lower()
    return str(value)


_LEGAL_TABLE = str.maketrans({**dict(zip(_CN_DIGITS, _CN_LEGAL)), "十": "拾", "百": "佰", "千": "仟"})


def chinese_counting(value: int) -> str:
    """1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 105 → 一百零五 (as Word counts in Chinese)."""
    if value <= 0:
        return _CN_DIGITS[0] if value == 0 else str(value)
    if value >= 10000:
        return str(value)
    parts: list[str] = []
    zero_pending = False
    for unit_value, unit in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        digit = value // unit_value % 10
        if digit == 0:
            zero_pending = bool(parts)
            continue
        if zero_pending:
            parts.append("零")
            zero_pending = False
        parts.append(_CN_DIGITS[digit] + unit)
    text = "".join(parts)
    return text[1:] if 10 <= value < 20 else text


def _roman(value: int) -> str:
    out = []
    for number, letters in _ROMAN:
        count, value = divmod(value, number)
        out.append(letters * count)
    return "".join(out)
