"""A page as the rules and the decision see it: its segmentation plus its script profile.

>>> page = Page.from_text("Home | News\\nBody text.")
>>> page.line_text(0), page.line_blocks(0)
('Home | News', range(0, 2))
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property

import numpy as np

from .profile import PageProfile, profile_page
from .scripts import DENSE_GROUPS, DENSE_TABLE, DENSE_WEIGHT, letter_weights
from .segment import Segmentation, segment

_DENSE_COLUMNS = np.array(sorted(DENSE_GROUPS))


@dataclass(eq=False)
class Page:
    """A segmented, profiled page; per-line helpers are computed once and cached."""

    seg: Segmentation
    profile: PageProfile
    _line_cache: dict[tuple[str, int], object] = field(default_factory=dict, repr=False)

    @classmethod
    def from_text(cls, text: str, cuts: Sequence[int] = ()) -> Page:
        """Segment and profile ``text``; ``cuts`` are offsets where blocks must start besides
        those the text gives (see ``segment``)."""
        seg = segment(text, cuts)
        return cls(seg, profile_page(seg))

    @property
    def text(self) -> str:
        return self.seg.text

    def block_text(self, i: int) -> str:
        return self.seg.block_text(i)

    def line_text(self, k: int) -> str:
        return self.text[self.seg.line_start[k] : self.seg.line_end[k]]

    @cached_property
    def weighted_letters(self) -> np.ndarray:
        """Letters of each block, a letter of a script written without spaces counting
        ``DENSE_WEIGHT``: a line of 15 Han characters is a phrase, not a title."""
        dense = self.profile.block_counts[:, _DENSE_COLUMNS].sum(axis=1)
        return self.profile.block_letters + (DENSE_WEIGHT - 1) * dense

    @cached_property
    def letters_before(self) -> np.ndarray:
        """Letters before each offset of the text (``len(text) + 1`` of them), a letter of a
        script written without spaces counting ``DENSE_WEIGHT``, anything else (spaces, digits,
        punctuation) nothing: how long a span between two offsets is as a line would be."""
        weight = letter_weights(self.seg.groups)
        # a letter spelled as an HTML character reference counts at its "&"
        ref_at, ref_groups = self.seg.reference_letters
        if len(ref_at):
            weight[ref_at] += np.where(DENSE_TABLE[ref_groups], DENSE_WEIGHT, 1)
        return np.concatenate(([0], np.cumsum(weight)))

    @cached_property
    def foreign_blocks(self) -> np.ndarray:
        """Whether each block is written in a script group the page is not written in."""
        groups = self.profile.block_group
        home = np.zeros(256, dtype=bool)
        home[[0, *self.profile.home_groups]] = True
        return ~home[groups]

    @cached_property
    def _line_block_bounds(self) -> np.ndarray:
        return np.searchsorted(self.seg.block_line, np.arange(self.seg.n_lines + 1), side="left")

    def line_blocks(self, k: int) -> range:
        """Block numbers on line ``k``."""
        b = self._line_block_bounds
        return range(int(b[k]), int(b[k + 1]))

    def space_parted(self, s: int, e: int) -> tuple[np.ndarray, np.ndarray]:
        """Starts and ends of the pieces of ``text[s:e]`` that spaces part: words, or the phrases of
        a script that spaces its phrases (two spaces in a row leave no empty piece).

        >>> page = Page.from_text("slot  gacor hari")
        >>> [page.text[a:z] for a, z in zip(*page.space_parted(0, len(page.text)))]
        ['slot', 'gacor', 'hari']
        """
        spaces = s + np.flatnonzero(self.seg.cps[s:e] == 0x20)
        starts = np.concatenate(([s], spaces + 1))
        ends = np.concatenate((spaces, [e]))
        keep = ends > starts
        return starts[keep], ends[keep]

    def cached(self, name: str, k: int, compute):  # type: ignore[no-untyped-def]
        """Memoise a per-line computation shared by the blocks of line ``k``."""
        key = (name, k)
        if key not in self._line_cache:
            self._line_cache[key] = compute(k)
        return self._line_cache[key]
