"""Removed blocks -> removed spans: merged, with the separators and line breaks that go along.

A line whose every block is removed goes whole, indentation and line break included, so the
clean text has no hole. Inside a kept line, a run of removed blocks takes the separators after it
(or, at the end of the line, the ones before it), so ``"a | SPAM | b"`` becomes ``"a | b"``.
"""

from __future__ import annotations

from bisect import bisect_right

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


def merge_later_pass(first: tuple[Span, ...], later: tuple[Span, ...]) -> tuple[Span, ...]:
    """Spans of the original text from the spans ``first`` removed and the spans ``later`` that a
    second look at the remaining text (the original minus ``first``) removed too.

    A later span is mapped back through the kept pieces; where it touches or encloses first
    spans they become one span (the label of the longer part, the highest score, all reasons).

    >>> a = (Span(2, 4, "adult", 0.9, ("classifier",)),)
    >>> merge_later_pass(a, (Span(1, 3, "adult", 0.8, ("spam_run",)),))  # "abXXcdef" kept "abcdef"
    (Span(start=1, end=5, label='adult', score=0.9, reasons=('spam_run', 'classifier')),)
    """
    # kept piece k starts at kept offset kept_at[k] and at original offset orig_at[k]
    kept_at, orig_at, pos, kept = [0], [0], 0, 0
    for f in first:
        kept += f.start - pos
        pos = f.end
        kept_at.append(kept)
        orig_at.append(f.end)

    def to_original(p: int) -> int:  # a character's kept offset -> its original offset
        k = bisect_right(kept_at, p) - 1
        return orig_at[k] + p - kept_at[k]

    firsts = list(first)
    shifted = [Span(to_original(x.start), to_original(x.end - 1) + 1, x.label, x.score, x.reasons) for x in later]
    pieces = sorted(firsts + shifted, key=lambda x: (x.start, x.end))
    out: list[list[Span]] = []
    for p in pieces:
        if out and p.start <= max(q.end for q in out[-1]):
            out[-1].append(p)
        else:
            out.append([p])
    merged = []
    for group in out:
        if len(group) == 1:
            merged.append(group[0])
            continue
        sizes: dict[str, int] = {}
        for q in group:
            sizes[q.label] = sizes.get(q.label, 0) + q.end - q.start
        merged.append(Span(
            min(q.start for q in group), max(q.end for q in group), max(sizes, key=sizes.__getitem__),
            max(q.score for q in group), tuple(dict.fromkeys(r for q in group for r in q.reasons)),
        ))
    return tuple(merged)
