"""Adversarial text: seconds per MB at 1x, 4x and 16x size, to show the work is linear.

Each case is a text built to provoke a slow path: 10 MB of one character, 100,000 markers
in a row, unbalanced brackets, endless wrapped lines, every Unicode category … For each
case and stage (the normalised view, the outline, the whole extraction) the script prints
seconds per MB at three sizes; a linear stage keeps the figure flat, so the 16x/1x ratio
stays near 1 (a quadratic one would show about 16). Run: `python benchmarks/adversarial.py`
(`--quick` for sizes a sixteenth as large, `--stage extract` for one stage only).
"""

from __future__ import annotations

import argparse
import gc
import multiprocessing
import random
import resource
import sys
import time
from typing import Callable

import actions
from actions.text.normalize import normalize

MB = 1024 * 1024
FACTORS = (1, 4, 16)


def repeat(unit: str) -> Callable[[int], str]:
    """A case: `unit` repeated until the text has about `size` bytes of UTF-8."""

    def build(size: int) -> str:
        return unit * max(1, size // len(unit.encode("utf-8")))

    return build


def every_category(size: int) -> str:
    """Random code points from all of Unicode (seeded), surrogates excluded."""
    rng = random.Random(6)
    chars, total = [], 0
    while total < size:
        code = rng.randrange(0x110000)
        if 0xD800 <= code <= 0xDFFF:
            continue
        char = chr(code)
        chars.append(char)
        total += len(char.encode("utf-8"))
    return "".join(chars)


def chinese_noise(size: int) -> str:
    """Random Chinese characters, punctuation, markers, digits, spaces and line breaks."""
    rng = random.Random(7)
    pieces = list("要加强各单位市局政府前底月日年，。、；：（）“”\n 0123456789") + ["一、", "（一）", "一是", "第一", "首先", "6月底前", "由市局牵头"]
    out, total = [], 0
    while total < size:
        piece = rng.choice(pieces)
        out.append(piece)
        total += len(piece.encode("utf-8"))
    return "".join(out)


def halves(first: str, second: str) -> Callable[[int], str]:
    """A case: `first` repeated over half the size, then `second` over the other half (在…在时…时)."""

    def build(size: int) -> str:
        return repeat(first)(size // 2) + repeat(second)(size // 2)

    return build


def time_word_soup(size: int) -> str:
    """Words of the event-anchored and goal-statement rules in a fixed cycle (在规划…时…若…要…)."""
    pieces = ["在规划", "时", "是", "的重要举措", "若", "要", "计划", "我们", "分三年", "后再", "街道（镇）",
              "文件有", "强", "县政府抓三件事", "，"]
    return "".join(pieces[(i * 7) % len(pieces)] for i in range(max(1, size // 12)))


def deadline_soup(size: int) -> str:
    """Time words in long runs: 年…, 9月…, 前…, 一二三…"""
    quarter = size // 4
    return repeat("年")(quarter) + repeat("9月")(quarter) + repeat("前")(quarter) + repeat("一二三")(quarter)


# name → builder. The base size is the 1x size; 16x of the default base is 10 MB.
CASES: dict[str, Callable[[int], str]] = {
    "one character (一)": repeat("一"),
    "one ASCII letter": repeat("a"),
    "line breaks only": repeat("\n"),
    "spaces only": repeat(" "),
    "markers in a row (一、)": repeat("一、"),
    "markers in a row (（一）)": repeat("（一）"),
    "inline markers (一是)": repeat("一是"),
    "markers on lines (1.)": repeat("1.\n"),
    "unbalanced open brackets": repeat("（"),
    "unbalanced （一": repeat("（一"),
    "open quotes": repeat("“"),
    "wrapped lines (要，⏎)": repeat("要加强，\n"),
    "page numbers (典 7 型)": repeat("典 7 "),
    "page-number lines": repeat("- 3 -\n"),
    "cue words (要要要)": repeat("要"),
    "deadlines in a row": repeat("6月底前"),
    "owner units in a row": repeat("各县市区政府"),
    "lead-in and role (由…牵头)": repeat("由市局牵头"),
    "support roles in one run (市局配合…)": repeat("市局配合"),
    "unit fields (牵头单位：…；)": repeat("牵头单位：市局；配合单位：区局；"),
    "separators, no sentence (第一篇：)": repeat("第一篇：标题\n"),
    "slogan parts (一快，即：⏎)": repeat("一快，即：\n"),
    "slogan parts, no slogan": repeat("两稳，即：甲乙丙丁戊己庚辛壬癸子丑寅卯\n"),
    "festival deadlines (春节前)": repeat("要在春节前完成，"),
    "heading bodies (一要…。进一步…)": repeat("一要推进改革。进一步落实制度，不断扩大范围。"),
    "time-word soup (在规划…时)": time_word_soup,
    "在…在 then 时…时": halves("在", "时"),
    "deadline soup (年…9月…前…)": deadline_soup,
    "furniture phrases in one line (来源：…)": repeat("来源：扫一扫"),
    "furniture lines (扫一扫⏎)": repeat("扫一扫\n"),
    "disclaimer openers (免责声明⏎)": repeat("免责声明\n"),
    "table-of-contents labels (目录⏎一、…)": repeat("目录\n一、总体要求\n"),
    "flattened headings (。一、)": repeat("。一、"),
    "preview page numbers (N、 after long lines)": repeat("各项筹备工作已经就绪，现在举行预备会议" * 5 + "\n2、"),
    "HTML leftovers (<br />&ldquo;)": repeat("<br />&ldquo;&nbsp;"),
    "stray bullets (?一、⏎)": repeat("?一、\n"),
    "host agenda steps (会议第一项，)": repeat("会议第一项，"),
    "photo credits (记者某某/摄)": repeat("新华社记者张三/摄"),
    "addresses and speakers (各位代表！县长强调：一是)": repeat("各位代表！县长强调：一是"),
    "one decision repeated (招标工作做好；)": repeat("会议议定：招标工作做好；"),
    "lost-month hyphens and lost names (4-初，???)": repeat("4-初-每半个-???镇长任组长，"),
    "periods before names (攻坚期内…)": repeat("攻坚期内干部队伍"),
    "every Unicode category": every_category,
    "Chinese noise (random)": chinese_noise,
}

STAGES: dict[str, Callable[[str], object]] = {
    "normalize": normalize,
    "outline": actions.parse_outline,
    "extract": lambda text: actions.extract(text, "2012-05-10"),
}


MEMORY_LIMIT = 4 * 1024**3  # address space of one measurement; beyond it the cell reads "memory"


def _limit_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))


def seconds_per_mb(job: tuple[str, str, int]) -> float | str:
    """One measurement, run in a fresh process with a memory limit (see `measure`)."""
    case, stage_name, size = job
    text = CASES[case](size)
    megabytes = len(text.encode("utf-8")) / MB
    gc.collect()
    start = time.perf_counter()
    try:
        STAGES[stage_name](text)
    except MemoryError:
        return "memory"
    except Exception as error:  # e.g. an allocation failure surfacing as SystemError in C code
        return type(error).__name__[:10]
    return (time.perf_counter() - start) / megabytes


def measure(pool, case: str, stage_name: str, sizes: list[int]) -> list[float | str]:
    return [pool.apply(seconds_per_mb, ((case, stage_name, size),)) for size in sizes]


def cell(value: float | str) -> str:
    return f"{value:10.3f}" if isinstance(value, float) else f"{value:>10}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="base size 40 KB instead of 640 KB (16x: 640 KB)")
    parser.add_argument("--stage", choices=tuple(STAGES), action="append", help="only these stages (repeatable)")
    parser.add_argument("--case", action="append", help="only cases whose name contains this (repeatable)")
    args = parser.parse_args()
    base = (40 if args.quick else 640) * 1024
    stages = args.stage or list(STAGES)
    cases = [name for name in CASES if not args.case or any(part in name for part in args.case)]
    print(f"actions {actions.__version__}: seconds per MB at {' / '.join(f'{f}x' for f in FACTORS)} "
          f"(1x = {base // 1024} KB, 16x = {16 * base / MB:.1f} MB); ratio = 16x / 1x, about 1 when linear")
    print(f"{'case':<28} {'stage':<10} " + " ".join(f"{f'{f}x s/MB':>10}" for f in FACTORS) + f" {'ratio':>7}")
    worst = 0.0
    failed = []
    # A fresh process per measurement: a fair heap, and a memory limit that turns a blow-up
    # into a "memory" cell instead of a machine out of memory.
    context = multiprocessing.get_context("fork")
    with context.Pool(1, initializer=_limit_memory, maxtasksperchild=1) as pool:
        for name in cases:
            for stage_name in stages:
                figures = measure(pool, name, stage_name, [base * factor for factor in FACTORS])
                numbers = [value for value in figures if isinstance(value, float)]
                ratio = figures[-1] / figures[0] if len(numbers) == len(figures) and figures[0] > 0 else float("nan")
                worst = max(worst, ratio) if ratio == ratio else worst
                if len(numbers) < len(figures):
                    failed.append(f"{name} / {stage_name}")
                print(f"{name:<28} {stage_name:<10} " + " ".join(cell(value) for value in figures) + f" {ratio:7.2f}", flush=True)
    print(f"largest 16x/1x ratio: {worst:.2f}")
    if failed:
        # A cell without a figure ran out of memory or raised: that case is not linear at all.
        print(f"FAILED (no figure at some size): {'; '.join(failed)}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
