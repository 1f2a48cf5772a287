"""The measure of EVALUATION.md: precision and recall by non-whitespace characters.

Each page comes with its gold spam as exact substrings. Removed characters are compared with gold
characters; whitespace never counts, so whether a removed line takes its line break along does
not matter.

>>> from spamguard.result import Span
>>> score_page("ok SPAM", ["SPAM"], [Span(3, 7, "x", 1.0, ())])
PageScore(gold=4, removed=4, hit=4, crashed=False)
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np

from .result import Span


@dataclass(frozen=True)
class PageScore:
    """Non-whitespace character counts of one page: gold spam, removed, and removed gold."""

    gold: int
    removed: int
    hit: int
    crashed: bool = False

    @property
    def touched(self) -> bool:
        """Whether anything that is not gold spam was removed."""
        return self.removed > self.hit


def gold_mask(text: str, gold: Iterable[str]) -> np.ndarray:
    """Boolean mask of the characters of ``text`` covered by the gold substrings.

    Raises:
        ValueError: a gold string is not in the text.
    """
    mask = np.zeros(len(text), dtype=bool)
    for g in gold:
        at = text.find(g)
        if at < 0 or not g:
            raise ValueError(f"gold spam {g[:40]!r} is not in the page")
        while at >= 0:
            mask[at : at + len(g)] = True
            at = text.find(g, at + len(g))
    return mask


def score_page(text: str, gold: Sequence[str], removed: Sequence[Span]) -> PageScore:
    """Compare removed spans with gold spam substrings on one page."""
    visible = np.array([not c.isspace() for c in text], dtype=bool)
    g = gold_mask(text, gold) & visible
    r = np.zeros(len(text), dtype=bool)
    for s in removed:
        r[s.start : s.end] = True
    r &= visible
    return PageScore(int(g.sum()), int(r.sum()), int((g & r).sum()))


@dataclass(frozen=True)
class SetScore:
    """Scores summed over a set of pages."""

    pages: int
    precision: float
    recall: float
    clean_pages: int
    clean_touched: int
    crashed: int
    gold: int = 0  # spam characters in the set: the weight behind its recall

    @classmethod
    def of(cls, scores: Sequence[PageScore]) -> "SetScore":
        gold = sum(s.gold for s in scores)
        removed = sum(s.removed for s in scores)
        hit = sum(s.hit for s in scores)
        clean = [s for s in scores if s.gold == 0]
        return cls(
            pages=len(scores),
            precision=hit / removed if removed else 1.0,
            recall=hit / gold if gold else 1.0,
            clean_pages=len(clean),
            clean_touched=sum(1 for s in clean if s.removed),
            crashed=sum(1 for s in scores if s.crashed),
            gold=gold,
        )
