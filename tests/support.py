"""Shared test helpers: where the fixtures and the outside data live, what ``clean`` removes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import spamguard

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
SHARED = ROOT.parent / "shared"


def load_cases() -> list[dict]:
    return json.loads((FIXTURES / "cases.json").read_text(encoding="utf-8"))


def page_text(case: dict) -> str:
    return (FIXTURES / "pages" / case["file"]).read_text(encoding="utf-8")


_CLEANED: dict[str, spamguard.Result] = {}


def cleaned(case: dict) -> spamguard.Result:
    """``spamguard.clean`` of a fixture page, worked out once per test process: the fixture tests
    and the tests that clean every fixture another way (in processes, in threads, in a fresh
    interpreter, through datatrove or Spark, a second time) compare with the same results, which
    took a quarter of the suite's time to work out again and again."""
    result = _CLEANED.get(case["file"])
    if result is None:
        result = _CLEANED[case["file"]] = spamguard.clean(page_text(case))
    return result


def require_shared(sub: str) -> Path:
    """Path under ../shared, or skip: a fresh clone has no ../shared (CI has it)."""
    path = SHARED / sub
    if not path.exists():
        pytest.skip(f"{path} is absent: this test needs the shared data checked out beside the repo")
    return path


def removed(text: str) -> list[str]:
    """The text of each span ``spamguard.clean`` removes from ``text``."""
    return [text[s.start : s.end] for s in spamguard.clean(text).removed]


def removed_stripped(text: str) -> list[str]:
    """``removed``, each without the spaces and line breaks at its ends."""
    return [r.strip() for r in removed(text)]
