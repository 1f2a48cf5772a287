"""Weight rows gathered and summed per owner, fast: the model's one hot loop over n-grams.

``numpy.take`` copies rows of 4 to 32 bytes with a loop of their own size and any other row with
``memmove``, so the weights are kept in groups of columns of those widths (``column_groups``) and
each group is gathered and summed on its own (``sum_rows``).
"""

from __future__ import annotations

import numpy as np

from .segment import run_starts

__all__ = ["column_groups", "sum_rows"]


def sum_rows(groups: tuple[np.ndarray, ...], bucket: np.ndarray, owner: np.ndarray, n: int) -> np.ndarray:
    """Per-owner sums of the weight rows of ``bucket`` (``owner`` sorted ascending): a gather of
    rows and a ``reduceat`` over runs of the same owner, per group of columns (``column_groups``).
    Each column is summed in n-gram order either way, so the sums are the same to the bit as one
    gather of whole rows."""
    sums = np.zeros((n, sum(g.shape[1] for g in groups)), dtype=np.float32)
    if len(bucket):
        starts = run_starts(owner)
        rows = owner[starts]
        idx = bucket.astype(np.intp)
        col = 0
        for group in groups:
            width = group.shape[1]
            sums[rows, col : col + width] = np.add.reduceat(np.take(group, idx, axis=0), starts, axis=0)
            col += width
    return sums


_GATHER_WIDTHS = (8, 4, 2, 1)  # float32 columns: rows of 32, 16, 8 or 4 bytes


def column_groups(weights: np.ndarray) -> tuple[np.ndarray, ...]:
    """``weights`` split into contiguous groups of 8, 4, 2 or 1 columns. ``numpy.take`` copies
    rows of 4 to 32 bytes with a loop of their own size and any other row with ``memmove``: the
    nine labels' 36-byte rows gathered whole took about twice as long as a gather of 8
    columns and one of 1 together (``benchmarks/README.md``).

    >>> [g.shape for g in column_groups(np.zeros((4, 9), dtype=np.float32))]
    [(4, 8), (4, 1)]
    """
    groups, col = [], 0
    while col < weights.shape[1]:
        width = next(w for w in _GATHER_WIDTHS if col + w <= weights.shape[1])
        groups.append(np.ascontiguousarray(weights[:, col : col + width]))
        col += width
    return tuple(groups)
