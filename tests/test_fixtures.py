"""Data-driven: every hand-written page in fixtures/, with its gold spam and expected outcome.

A case whose ``expect`` is ``"known_failure"`` is run as a strict xfail: it is tracked, and the
test fails as soon as the case starts passing, so the manifest is kept true.
"""

from __future__ import annotations

import pytest

import spamguard
from spamguard.evaluate import score_page

from support import cleaned, load_cases, page_text

CASES = load_cases()
RULES_ONLY = spamguard.Detector(spamguard.Config(use_model=False))


def _outcome(detector, case):
    text = page_text(case)
    result = detector.clean(text)
    assert spamguard.remove_spans(text, result.removed) == result.text
    return score_page(text, case["spam"], result.removed)


def test_manifest_is_complete():
    from support import FIXTURES

    files = {p.name for p in (FIXTURES / "pages").glob("*.txt")}
    assert files == {c["file"] for c in CASES}
    assert len(CASES) >= 25
    assert all(c["expect"] in {"pass", "known_failure"} for c in CASES)


@pytest.mark.parametrize("case", CASES, ids=[c["file"] for c in CASES])
def test_default_detector(case):
    text, result = page_text(case), cleaned(case)
    assert spamguard.remove_spans(text, result.removed) == result.text
    score = score_page(text, case["spam"], result.removed)
    ok = score.hit == score.gold and not score.touched
    if case["expect"] == "known_failure":
        if ok:
            pytest.fail(f"{case['file']} now passes: set its expect to 'pass' in fixtures/cases.json")
        pytest.xfail(case.get("note", "known failure"))
    assert not score.touched, f"removed {score.removed - score.hit} legitimate characters"
    assert score.hit == score.gold, f"missed {score.gold - score.hit} of {score.gold} spam characters"


@pytest.mark.parametrize(
    "case", [c for c in CASES if c["rules_only"]], ids=[c["file"] for c in CASES if c["rules_only"]]
)
def test_rules_alone(case):
    """Rules alone remove the foreign-script injections and touch no clean page."""
    score = _outcome(RULES_ONLY, case)
    assert not score.touched
    assert score.hit == score.gold


@pytest.mark.parametrize("case", [c for c in CASES if not c["rules_only"]], ids=[c["file"] for c in CASES if not c["rules_only"]])
def test_rules_alone_never_touch_legitimate_text(case):
    assert not _outcome(RULES_ONLY, case).touched
