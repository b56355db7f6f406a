"""Shared fixtures: the seed speeches."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SPEECHES_DIR = ROOT / "fixtures" / "speeches"
GOLD_DIR = ROOT / "fixtures" / "gold"


def speech_text(number: int) -> str:
    """The text of seed speech `number` (1-5), exactly as given."""
    return (SPEECHES_DIR / f"speech-{number}.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def speeches() -> dict[int, str]:
    return {number: speech_text(number) for number in range(1, 6)}
