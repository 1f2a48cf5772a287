"""Block evidence -> decisions: a first-pass label per block, then revision by neighbours.

First pass: each block judged on its own evidence (``spamguard.first_pass``). Only the blocks
that could be removed there need rule findings (``candidates``). The rules see the page's home
scripts without the lines the classifier already calls certain spam (``page_for_rules``), so one
cleaning judges as a second would.

Revision by neighbours, since spam comes in runs: ``spamguard.revise``. The knobs of both passes
are ``spamguard.params.DecisionParams``.

Both labels are kept for ``spamguard explain``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import numpy as np

from .first_pass import STUFFED_REPETITION, first_pass
from .page import Page
from .params import CLEAN, INJECTED, DecisionParams
from .profile import footer_mark_end
from .revise import revise
from .rules import HIDING_RANGES, MIN_HIDDEN, Finding, keyword_repetition
from .spelled_runs import spelled_addresses
from .spliced import spliced_blocks
from .view import ClassifierView, ModelScores, classifier_view, page_for_rules, quotations_of

__all__ = ["CLEAN", "INJECTED", "DecisionParams", "Decisions", "ModelScores", "candidates", "classifier_view",
           "decide", "first_pass", "page_for_rules", "quotations_of", "revise"]


@dataclass(frozen=True)
class Decisions:
    """Per-block outcome of the decision stage.

    Attributes:
        first_pass: label of each block judged on its own.
        final: label after revision by neighbours.
        score: spam confidence of each block in [0, 1].
        reasons: reason ids of each block (empty for clean blocks).
        findings: all rule findings of each block, removed or not (for ``explain``).
    """

    first_pass: list[str]
    final: list[str]
    score: np.ndarray
    reasons: list[tuple[str, ...]]
    findings: list[list[Finding]]

    @property
    def removed(self) -> np.ndarray:
        return np.array([lab != CLEAN for lab in self.final], dtype=bool)


def candidates(page: Page, view: ClassifierView | None, params: DecisionParams) -> np.ndarray:
    """Blocks the first pass could remove: foreign to the page, or likely spam. Only these need
    rule findings, since every removal path needs one of the two."""
    todo = page.foreign_blocks | _hiding_places(page) | spliced_blocks(page) | page.seg.block_masked | spelled_addresses(page)
    footer = page.profile.footer_line
    stuffable = page.seg.block_line > footer if footer >= 0 else np.zeros(len(todo), dtype=bool)
    if view is not None:
        todo |= view.spam_prob >= min(params.spam_threshold, params.supported_threshold)
        if params.contact_threshold:
            todo |= view.spam_prob >= params.contact_threshold
        tails = [t for t in (params.tail_threshold, params.short_tail_threshold) if t]
        if tails:
            # after the footer, and after the first mark on the footer line itself
            # (``first_pass._after_footer_mark``)
            todo |= (stuffable | _after_footer_mark(page)) & (view.spam_prob >= min(tails))
        stuffable |= view.spam_prob >= params.stuffed_threshold
    # Any other block can go only as stuffing (leaning to spam, or after the footer): it needs the
    # other rules only when its line repeats itself as stuffing does (most lines are plain).
    for i in np.flatnonzero(~todo & stuffable):
        rep = keyword_repetition(page, int(i))
        todo[i] = rep is not None and rep.strength >= STUFFED_REPETITION
    return todo


def _after_footer_mark(page: Page) -> np.ndarray:
    """Blocks of the footer line that start after its first copyright mark."""
    seg, k = page.seg, page.profile.footer_line
    out = np.zeros(seg.n_blocks, dtype=bool)
    if k < 0:
        return out
    mark = page.cached("footer_mark", k, lambda j: footer_mark_end(seg, j))
    if mark is not None:
        out[(seg.block_line == k) & (seg.block_start >= mark)] = True
    return out


@cache
def _hiding_table() -> np.ndarray:
    table = np.zeros(0x110000, dtype=bool)
    for lo, hi in HIDING_RANGES:
        table[lo : hi + 1] = True
    return table


def _hiding_places(page: Page) -> np.ndarray:
    """Blocks with enough hiding characters (``rules.HIDING_RANGES``) that ``hidden_letters``
    may find words hidden letter by letter, whatever the classifier says of them."""
    before = np.concatenate(([0], np.cumsum(_hiding_table().take(page.seg.cps))))
    return before[page.seg.block_end] - before[page.seg.block_start] >= MIN_HIDDEN


def decide(
    page: Page,
    findings: list[list[Finding]],
    scores: ModelScores | None,
    params: DecisionParams,
    todo: np.ndarray | None = None,
    view: ClassifierView | None = None,
) -> Decisions:
    """First pass, then revision; see the module docstring.

    Args:
        page: the segmented, profiled page.
        findings: rule findings of each block (at least of the blocks in ``todo``).
        scores: classifier probabilities, or None to decide on rules alone.
        params: thresholds.
        todo: blocks that need a first-pass look (``candidates``); None means every block.
        view: ``classifier_view`` of the scores when the caller has it already.
    """
    if view is None and scores is not None:
        view = classifier_view(page, scores, params)
    if todo is None:
        todo = np.ones(page.seg.n_blocks, dtype=bool)
    first, conf, reasons = first_pass(page, findings, view, scores.labels if scores else None, params, todo)
    names = [scores.labels[int(c)] for c in view.category] if view is not None and scores is not None else None
    page_spam = 1.0 - float(scores.page[0]) if scores is not None and scores.page is not None else None
    final, conf, reasons = revise(
        page, first, conf, reasons, params, view.spam_prob if view else None, names, view.line_spam if view else None,
        page_spam, 1.0 - scores.block[:, 0] if scores is not None else None,
    )
    return Decisions(first, final, conf, reasons, findings)
