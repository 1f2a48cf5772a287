"""The mutable state of one revision by neighbours (``spamguard.revise``): final labels, scores,
reasons and removed lines, and what the revision steps ask of it."""

from __future__ import annotations

import numpy as np

from .page import Page
from .params import CLEAN
from .reasons import Reason
from .segment import sum_by_line
from .topic import RemovedWords


def majority_label(labels: list[str], weights: np.ndarray, idx: range | list[int]) -> str:
    tally: dict[str, float] = {}
    for i in idx:
        if labels[i] != CLEAN:
            tally[labels[i]] = tally.get(labels[i], 0.0) + float(weights[i]) + 1e-3
    return max(tally, key=tally.__getitem__) if tally else CLEAN


class Revision:
    """Mutable state of one revision: final labels, scores and reasons, and removed lines."""

    def __init__(
        self, page: Page, labels: list[str], conf: np.ndarray, reasons: list[tuple[str, ...]], own_prob: np.ndarray | None = None
    ) -> None:
        self.page = page
        self.own_prob = own_prob  # each block's own spam probability, its context aside
        self.final = list(labels)
        self.conf = conf.copy()
        self.reasons = list(reasons)
        self.weight = np.maximum(page.profile.block_letters, 1).astype(float)
        self.line_removed = np.zeros(page.seg.n_lines, dtype=bool)
        self._clean_lines: set[str] | None = None
        self._words: RemovedWords | None = None

    def remove(self, i: int, label: str, score: float, *reasons: Reason) -> None:
        """Label block i as spam (``label``), at least ``score`` sure, for ``reasons``: every
        revision step removes through here, so the word tally (``leans_to_removed``) follows."""
        self.final[i] = label
        self.conf[i] = max(self.conf[i], score)
        self.reasons[i] = self.reasons[i] + tuple(r.value for r in reasons)
        if self._words is not None:
            self._words.remove(i)

    def take(self, i: int, label: str, score: float) -> None:
        self.remove(i, label, score, Reason.SPAM_RUN)

    def leans_to_removed(self, k: int) -> bool:
        """Whether line k talks about what was removed rather than about the rest of the page
        (``topic.RemovedWords.leans_to_removed``)."""
        if self._words is None:
            self._words = RemovedWords(self.page, [lab != CLEAN for lab in self.final])
        return self._words.leans_to_removed(k)

    def host_line(self, text: str) -> bool:
        """Whether ``text`` (two words or more) is also a line of the page, of one block, with no
        spam in it: the page repeats its own name and headings, and injected spam does not borrow them."""
        key = " ".join(text.split()).casefold()
        if len(key.split()) < 2:
            return False
        if self._clean_lines is None:
            page = self.page
            self._clean_lines = {
                " ".join(page.line_text(k).split()).casefold()
                for k in range(page.seg.n_lines)
                if len(page.line_blocks(k)) == 1 and self.final[page.line_blocks(k).start] == CLEAN
            }
        return key in self._clean_lines

    def line_stats(self, spam_prob: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """Per line: the highest spam probability of its blocks, its letters, its blocks, and its
        blocks already removed."""
        seg = self.page.seg
        line_prob = np.zeros(seg.n_lines)
        np.maximum.at(line_prob, seg.block_line, spam_prob)
        letters = sum_by_line(seg, self.page.profile.block_letters)
        blocks = np.bincount(seg.block_line, minlength=seg.n_lines)
        removed = sum_by_line(seg, np.array([lab != CLEAN for lab in self.final], dtype=np.int64))
        return line_prob, letters, blocks, removed

    def take_line(
        self, k: int, spam_prob: np.ndarray, names: list[str], reason: Reason, blocks: list[int] | range | None = None
    ) -> None:
        """Remove what is left of line k (or of its ``blocks``), labelled as the most spam-like
        of them, for the classifier and ``reason``."""
        blocks = self.page.line_blocks(k) if blocks is None else blocks
        best = max(blocks, key=lambda i: spam_prob[i])
        for i in blocks:
            if self.final[i] == CLEAN:
                self.remove(i, names[best], float(spam_prob[i]), Reason.CLASSIFIER, reason)
        self.line_removed[k] = self.all_removed(k)

    def all_removed(self, k: int) -> bool:
        blocks = self.page.line_blocks(k)
        return bool(blocks) and all(self.final[i] != CLEAN for i in blocks)
