"""Removed blocks -> removed spans: merged, with the separators and line breaks that go along.

A line whose every block is removed goes whole, indentation and line break included, so the
clean text has no hole. Inside a kept line, a run of removed blocks takes the separators after it
(or, at the end of the line, the ones before it), so ``"a | SPAM | b"`` becomes ``"a | b"``.
"""

from __future__ import annotations

import numpy as np

from .decide import CLEAN, Decisions
from .page import Page
from .result import Span


def _merge_info(decisions: Decisions, weight: np.ndarray, idx: list[int]) -> tuple[str, float, tuple[str, ...]]:
    tally: dict[str, float] = {}
    for i in idx:
        tally[decisions.final[i]] = tally.get(decisions.final[i], 0.0) + float(weight[i])
    label = max(tally, key=tally.__getitem__)
    score = float(max(decisions.score[i] for i in idx))
    reasons = tuple(dict.fromkeys(r for i in idx for r in decisions.reasons[i]))
    return label, min(1.0, max(0.0, score)), reasons


def build_spans(page: Page, decisions: Decisions) -> tuple[Span, ...]:
    """Turn the removed blocks of ``page`` into sorted, non-overlapping spans."""
    seg = page.seg
    removed = decisions.removed
    weight = np.maximum(page.profile.block_letters, 1)
    raw: list[tuple[int, int, list[int]]] = []
    for k in np.unique(seg.block_line[removed]):
        k = int(k)
        blocks = page.line_blocks(k)
        if all(removed[i] for i in blocks):
            raw.append((int(seg.line_start[k]), int(seg.line_break_end[k]), list(blocks)))
            continue
        i = blocks.start
        while i < blocks.stop:
            if not removed[i]:
                i += 1
                continue
            j = i
            while j + 1 < blocks.stop and removed[j + 1]:
                j += 1
            if j + 1 < blocks.stop:
                start, end = int(seg.block_start[i]), int(seg.block_start[j + 1])
            else:
                start, end = int(seg.block_end[i - 1]), int(seg.block_end[j])
            raw.append((start, end, list(range(i, j + 1))))
            i = j + 1

    spans: list[Span] = []
    merged: list[tuple[int, int, list[int]]] = []
    for start, end, idx in raw:
        if merged and start <= merged[-1][1]:
            s0, e0, idx0 = merged[-1]
            merged[-1] = (s0, max(e0, end), idx0 + idx)
        else:
            merged.append((start, end, idx))
    for start, end, idx in merged:
        label, score, reasons = _merge_info(decisions, weight, idx)
        if label == CLEAN:  # cannot happen: every index here was removed
            raise AssertionError("clean block inside a removed span")
        spans.append(Span(start, end, label, score, reasons))
    return tuple(spans)
