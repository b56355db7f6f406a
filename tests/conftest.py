"""Shared fixtures: the seed speeches."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SPEECHES_DIR = ROOT / "fixtures" / "speeches"
GOLD_DIR = ROOT / "fixtures" / "gold"
# The development corpus is third-party text kept beside the repository (../shared), never in it;
# ACTIONS_SHARED names another place (a git worktree has no ../shared). Tests that read it skip without it.
SHARED_DIR = Path(os.environ.get("ACTIONS_SHARED") or ROOT.parent / "shared")
DEV_GOLD_DIR = SHARED_DIR / "corpus" / "dev" / "gold"
DEV_FLOOR_PATH = ROOT / "fixtures" / "dev-floor.json"


def speech_text(number: int) -> str:
    """The text of seed speech `number` (1-5), exactly as given."""
    return (SPEECHES_DIR / f"speech-{number}.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def speeches() -> dict[int, str]:
    return {number: speech_text(number) for number in range(1, 6)}
