"""Training examples -> sparse feature matrix, through exactly the run-time featurizer.

Each example is segmented the way ``spamguard`` segments a page, and its features are the union
of its blocks' n-gram counts divided by the square root of their total: the same vector the detector computes for a line,
so what the model learns is what it sees. One difference, until the next retrain: disguised words
(masked, full-width) are not set apart (``segment(disguised=False)``), as they were not when the
shipped weights were fit.
"""

from __future__ import annotations

import numpy as np
import scipy.sparse as sp

from spamguard.features import CharNgrams
from spamguard.segment import segment


def feature_matrix(texts: list[str], featurizer: CharNgrams, chunk: int = 20000) -> sp.csr_matrix:
    parts = []
    for lo in range(0, len(texts), chunk):
        batch = [" ".join(t.split()) for t in texts[lo : lo + chunk]]
        seg = segment("\n".join(batch), disguised=False)
        bucket, owner, _ = featurizer.ngrams(seg.cps, seg.block_start, seg.block_end)
        row = seg.block_line[owner]
        counts = np.bincount(row, minlength=len(batch)).astype(np.float64)
        m = sp.csr_matrix(
            (np.ones(len(bucket), dtype=np.float64), (row, bucket)), shape=(len(batch), featurizer.n_features)
        )
        m.sum_duplicates()
        scale = 1.0 / np.sqrt(np.maximum(counts, 1))
        parts.append(sp.diags(scale) @ m)
    return sp.vstack(parts).tocsr().astype(np.float32)
