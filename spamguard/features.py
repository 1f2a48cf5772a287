"""Character n-gram features of blocks, hashed into a fixed number of buckets.

One featurizer serves training and run time (like scikit-learn's ``_char_wb_ngrams``): its state
is only its parameters, so a model file needs nothing else to rebuild it. N-grams are taken over
the normalized view (``spamguard.normalize``) of each block, padded with a boundary mark on both
sides so that prefixes and suffixes are features of their own. The hash is a fixed 64-bit mix
(never Python's salted ``hash()``), so the same text gives the same buckets in every process.

Everything is computed for all blocks of a page at once with ``numpy``: the n-grams of order
``n`` are a rolling hash over the padded page, and an n-gram is kept when its first and last
character belong to the same block.

>>> f = CharNgrams(n_max=2, n_features=2**10)
>>> idx, owner, counts = f.ngrams_of_texts(["ab", "b"])
>>> counts.tolist()  # "ab": a, b, ^a, ab, b$ ; "b": b, ^b, b$
[5, 3]
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

import numpy as np

from .normalize import DROP, fold_page, fold_sequence
from .scripts import codepoints

BOUNDARY = 0x2  # a code point that never survives normalization, marking block edges
_MUL = np.uint64(0x9E3779B97F4A7C15)
_MIX1 = np.uint64(0xFF51AFD7ED558CCD)


@dataclass(frozen=True)
class CharNgrams:
    """Hashed character n-grams of orders ``n_min``..``n_max`` into ``n_features`` buckets.

    Attributes:
        n_min: smallest n-gram order.
        n_max: largest n-gram order.
        n_features: number of hash buckets, a power of two.
        seed: salt of the hash, so a model is tied to the buckets it was trained with.
    """

    n_min: int = 1
    n_max: int = 4
    n_features: int = 2**18
    seed: int = 0x5EED

    def __post_init__(self) -> None:
        if self.n_features & (self.n_features - 1) or not 1 <= self.n_min <= self.n_max:
            raise ValueError(f"bad featurizer parameters: {self}")

    def params(self) -> dict[str, Any]:
        return asdict(self)

    def padded_codes(
        self, cps: np.ndarray, starts: np.ndarray, ends: np.ndarray
    ) -> tuple[np.ndarray, np.ndarray]:
        """Normalized, boundary-padded code sequence of the blocks, and its block of each position."""
        codes, owner, _ = self._padded(cps, starts, ends, with_source=False)
        return codes, owner

    def _padded(
        self, cps: np.ndarray, starts: np.ndarray, ends: np.ndarray, with_source: bool = True
    ) -> tuple[np.ndarray, np.ndarray, np.ndarray | None]:
        """``padded_codes``, and the offset in ``cps`` of each position (-1: a boundary mark) when
        ``with_source``."""
        n_blocks = len(starts)
        marks = np.zeros(len(cps) + 1, dtype=np.int8)
        # blocks never overlap, so each index appears once per assignment; an empty block marks
        # nothing, since its start may be the next block's (spans packed end to end by
        # ``LinearModel.span_sums``), where its mark would cancel that block's
        full = ends > starts
        marks[starts[full]] += 1
        marks[ends[full]] -= 1
        in_block = np.cumsum(marks[:-1], dtype=np.int8) > 0
        folded = fold_page(cps)
        keep = in_block & (folded != DROP)
        pos = np.flatnonzero(keep)
        block_of = np.searchsorted(starts, pos, side="right") - 1
        lengths = np.bincount(block_of, minlength=n_blocks)
        padded = np.full(len(pos) + 2 * n_blocks, BOUNDARY, dtype=np.uint32)
        at = np.arange(len(pos)) + 2 * block_of + 1
        padded[at] = folded[pos]
        source = None
        if with_source:
            source = np.full(len(padded), -1, dtype=np.int64)
            source[at] = pos
        owner = np.repeat(np.arange(n_blocks), lengths + 2)
        # Word-level folds run on the padded sequence, where the boundary marks end every word:
        # a block's view never depends on its neighbours.
        codes, joined = fold_sequence(padded)
        codes, owner = codes[joined], owner[joined]
        # A space at a block's edge (what was an emoji or symbol there) is not part of the text.
        space = codes == ord(" ")
        edge = np.zeros(len(codes), dtype=bool)
        edge[1:] |= codes[:-1] == BOUNDARY
        edge[:-1] |= codes[1:] == BOUNDARY
        keep = ~(space & edge)
        return codes[keep].astype(np.uint64), owner[keep], None if source is None else source[joined][keep]

    def ngrams(
        self, cps: np.ndarray, starts: np.ndarray, ends: np.ndarray
    ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Bucket of every n-gram of every block.

        Args:
            cps: code points of the page.
            starts, ends: block offsets into ``cps`` (sorted, non-overlapping).

        Returns:
            ``(bucket, owner, counts)``: the bucket and block of each n-gram, and the number of
            n-grams per block.
        """
        padded, owner = self.padded_codes(cps, starts, ends)
        table, valid = self._table(padded, owner)
        bucket = table[valid]
        own = np.broadcast_to(owner[:, None], valid.shape)[valid]
        counts = np.bincount(own, minlength=len(starts))
        return bucket, own, counts

    def ngram_spans(
        self, cps: np.ndarray, starts: np.ndarray, ends: np.ndarray
    ) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """Bucket of every n-gram of each span ``cps[starts[j]:ends[j]]`` (sorted, not overlapping)
        read as a block of its own, the offsets in ``cps`` of its first and last characters (a
        boundary mark's n-grams at the span's first or last character), and its span: where in a
        block its evidence lies, character by character. One pass over the spans' characters, not
        one a span.

        >>> f = CharNgrams(n_max=2, n_features=2**10)
        >>> _, first, last, span = f.ngram_spans(np.array([ord(c) for c in "xab"], dtype=np.uint32), np.array([1]), np.array([3]))
        >>> first.tolist(), last.tolist()  # ^a, a, ab, b, b$
        ([1, 1, 1, 2, 2], [1, 1, 2, 2, 2])
        >>> cps = np.array([ord(c) for c in "xab yc"], dtype=np.uint32)
        >>> _, first, last, span = f.ngram_spans(cps, np.array([1, 4]), np.array([3, 6]))
        >>> first.tolist(), last.tolist(), span.tolist()
        ([1, 1, 1, 2, 2, 4, 4, 4, 5, 5], [1, 1, 2, 2, 2, 4, 4, 5, 5, 5], [0, 0, 0, 0, 0, 1, 1, 1, 1, 1])
        """
        # Only the spans' code points are folded (a page's every span read so would cost its
        # square), one separator apart: an HTML character reference is never read across two.
        lengths = ends - starts
        at = np.concatenate(([0], np.cumsum(lengths + 1)[:-1])).astype(np.int64)
        compact = np.full(int(lengths.sum() + len(starts)), ord("\n"), dtype=cps.dtype)
        where = np.full(len(compact), -1, dtype=np.int64)  # offset in ``cps`` of each compact one
        for s, e, a in zip(starts.tolist(), ends.tolist(), at.tolist()):
            compact[a : a + e - s] = cps[s:e]
            where[a : a + e - s] = np.arange(s, e)
        padded, owner, source = self._padded(compact, at, at + lengths)
        assert source is not None
        table, valid = self._table(padded, owner)
        # a boundary mark's n-grams start (or end) at its block's first (or last) character
        first = np.where(source >= 0, where[source], starts[owner])
        last = np.where(source >= 0, where[source], ends[owner] - 1)
        rows = np.broadcast_to(np.arange(len(padded))[:, None], valid.shape)[valid]
        order = np.broadcast_to(np.arange(self.n_min, self.n_max + 1)[None, :], valid.shape)[valid]
        return table[valid], first[rows], last[np.minimum(rows + order - 1, len(padded) - 1)], owner[rows]

    def _table(self, padded: np.ndarray, owner: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """The bucket of the n-gram of each order starting at each position, and which are n-grams
        of one block (one row per start position, one column per order: the valid cells read row
        by row list the n-grams in text order, so owners come out sorted)."""
        m = len(padded)
        orders = range(self.n_min, self.n_max + 1)
        table = np.zeros((m, len(orders)), dtype=np.uint32)
        valid = np.zeros((m, len(orders)), dtype=bool)
        h = np.zeros(m, dtype=np.uint64)
        shift = np.uint64(64 - int(self.n_features).bit_length() + 1)
        not_pad = padded != BOUNDARY
        for n in range(1, self.n_max + 1):
            span = m - n + 1
            if span <= 0:
                break
            h = h[:span] * _MUL + padded[n - 1 : n - 1 + span]
            if n < self.n_min:
                continue
            r = n - self.n_min
            ok = owner[:span] == owner[n - 1 : n - 1 + span]
            if n == 1:
                ok &= not_pad
            elif n == 2:
                ok &= not_pad[:span] | not_pad[1 : 1 + span]
            valid[:span, r] = ok
            salt = np.uint64((self.seed * 0x100000001B3 + n * 0x9E3779B1) & 0xFFFFFFFFFFFFFFFF)
            # Multiplicative hashing: the top bits of (h ^ salt) * odd constant are well mixed.
            table[:span, r] = (h ^ salt) * _MIX1 >> shift
        return table, valid

    def ngrams_of_texts(self, texts: list[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Like :meth:`ngrams`, each text being one block (used in training)."""
        joined = "\n".join(texts)
        lengths = np.array([len(t) for t in texts], dtype=np.int64)
        starts = np.concatenate(([0], np.cumsum(lengths + 1)[:-1])) if texts else lengths
        return self.ngrams(codepoints(joined), starts, starts + lengths)
