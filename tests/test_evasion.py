"""Evasion suite: spam transformed the way spammers hide it must still be found.

Each transformation is applied to the gold spam of every fixture page that has spam; recall on
the transformed pages must stay within 0.05 of recall on the plain ones, and clean pages with the
same transformation applied to a legitimate line must stay untouched.
"""

from __future__ import annotations

import pytest

import spamguard
from spamguard.evaluate import SetScore, score_page

from training.evasion import TRANSFORMS
from support import load_cases, page_text

SPAM_CASES = [c for c in load_cases() if c["spam"]]


def _recall(transform) -> float:  # type: ignore[no-untyped-def]
    scores = []
    for case in SPAM_CASES:
        text = page_text(case)
        gold = []
        for g in case["spam"]:
            t = transform(g) if transform else g
            text = text.replace(g, t)
            gold.append(t)
        result = spamguard.clean(text)
        assert spamguard.remove_spans(text, result.removed) == result.text
        scores.append(score_page(text, gold, result.removed))
    return SetScore.of(scores).recall


PLAIN = None


@pytest.mark.parametrize("name", sorted(TRANSFORMS))
def test_recall_holds_under_evasion(name):
    global PLAIN
    if PLAIN is None:
        PLAIN = _recall(None)
    transformed = _recall(TRANSFORMS[name])
    assert transformed >= PLAIN - 0.05, f"{name}: recall {transformed:.3f} vs {PLAIN:.3f} plain"


def test_offsets_point_into_the_original_under_evasion():
    case = SPAM_CASES[0]
    text = page_text(case).replace(case["spam"][0], TRANSFORMS["zero_width"](case["spam"][0]))
    r = spamguard.clean(text)
    for s in r.removed:
        assert text[s.start : s.end].strip()
    assert spamguard.remove_spans(text, r.removed) == r.text
