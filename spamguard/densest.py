"""The densest stretch of a sequence of evidence: its maximum subarray, column by column; and
the prefix sums of characters' rows, from which any stretch's reading is a difference.

``stuffed_runs`` finds a run of stuffed words with it, ``dense_runs`` and ``glued_runs`` a stretch
of spam inside a Chinese or Japanese sentence read character by character.
"""

from __future__ import annotations

import numpy as np

__all__ = ["max_subarrays", "prefix_rows"]


def max_subarrays(values: np.ndarray) -> list[tuple[int, int, float]]:
    """For each column of ``values``, ``(i, j, sum)`` of the slice ``i:j`` of its rows (at least
    one) with the largest sum, the shortest of equal ones: a sum of a slice is a difference of
    two prefix sums, the largest one the largest prefix sum less the least before it.

    >>> max_subarrays(np.array([[-1.0, 2.0, 3.0, -4.0, 1.0], [1.0, -5.0, 1.0, 1.0, 0.0]]).T)
    [(1, 3, 5.0), (2, 4, 2.0)]
    """
    prefix = np.vstack((np.zeros((1, values.shape[1])), np.cumsum(values, axis=0)))
    least = np.minimum.accumulate(prefix[:-1], axis=0)
    gain = prefix[1:] - least
    out = []
    for c in range(values.shape[1]):
        j = int(np.argmax(gain[:, c])) + 1
        i = int(np.flatnonzero(prefix[:j, c] == least[j - 1, c])[-1])
        out.append((i, j, float(gain[j - 1, c])))
    return out


def prefix_rows(sums: np.ndarray, counts: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Prefix sums of characters' rows and n-gram counts (``LinearModel.char_sums``), one more
    than the characters: the rows of ``i:j`` are ``rows[j] - rows[i]``.

    >>> rows, n = prefix_rows(np.array([[1.0, 2.0], [3.0, 4.0]]), np.array([1.0, 2.0]))
    >>> (rows[2] - rows[1]).tolist(), float(n[2] - n[0])
    ([3.0, 4.0], 3.0)
    """
    return np.vstack((np.zeros((1, sums.shape[1])), np.cumsum(sums, axis=0))), np.concatenate(([0.0], np.cumsum(counts)))
