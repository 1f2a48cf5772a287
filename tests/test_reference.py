"""The vectorised featurizer and model against a plain reference written from their definitions.

Reference: the page folded character by character (HTML references resolved), each block's
slice of it on its own, word folds applied, padded with the boundary mark, every n-gram hashed with Python integers; logits are the bias plus the summed weights over
the square root of the n-gram count.
"""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings, strategies as st

import spamguard
from spamguard.features import BOUNDARY, CharNgrams
from spamguard.normalize import DROP, fold_page, fold_sequence
from spamguard.segment import segment

from support import cleaned, load_cases, page_text

M64 = (1 << 64) - 1
MUL = 0x9E3779B97F4A7C15
MIX = 0xFF51AFD7ED558CCD


def reference_buckets(folded_block: list[int], f: CharNgrams) -> list[int]:
    kept = [c for c in folded_block if c != DROP]
    codes, keep = fold_sequence(np.array([BOUNDARY] + kept + [BOUNDARY], dtype=np.uint32))
    seq = [int(c) for c, k in zip(codes, keep) if k]
    while len(seq) > 2 and seq[1] == ord(" "):
        del seq[1]
    while len(seq) > 2 and seq[-2] == ord(" "):
        del seq[-2]
    shift = 64 - f.n_features.bit_length() + 1
    out = []
    for start in range(len(seq)):
        h = 0
        for n in range(1, f.n_max + 1):
            if start + n > len(seq):
                break
            h = (h * MUL + seq[start + n - 1]) & M64
            gram = seq[start : start + n]
            if n < f.n_min or all(c == BOUNDARY for c in gram):
                continue
            salt = (f.seed * 0x100000001B3 + n * 0x9E3779B1) & M64
            out.append((((h ^ salt) * MIX) & M64) >> shift)
    return out


def check_page(text: str) -> None:
    seg = segment(text)
    model = spamguard.default_detector().model
    f = model.featurizer
    bucket, owner, counts = f.ngrams(seg.cps, seg.block_start, seg.block_end)
    folded_page = [int(c) for c in fold_page(seg.cps)]  # the page's view, cut at block bounds
    for i in range(seg.n_blocks):
        block = folded_page[seg.block_start[i] : seg.block_end[i]]
        expected = sorted(reference_buckets(block, f))
        assert sorted(bucket[owner == i].tolist()) == expected, seg.block_text(i)
        logits = model.bias + model.weights[expected].sum(axis=0) / np.sqrt(max(1, len(expected)))
        sums, cnt = model.logit_sums(seg)
        fast = model.bias + sums[i] / np.sqrt(max(1, cnt[i]))
        assert np.allclose(fast, logits, atol=1e-3)


def test_featurizer_matches_the_reference_on_fixtures():
    for case in load_cases()[:10]:
        check_page(page_text(case))


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(["slot gacor", "v i a g r a", "v1agr@", "vіаgrа", "中文广告", "Ｖｉａ", "a | b", " ", "\n", "x2y", "\u200b", "&#118;", "&amp;", "&"]), max_size=12))
def test_featurizer_matches_the_reference_on_random_pages(parts):
    check_page("".join(parts))


def test_optimised_detector_matches_full_evaluation():
    """Rules run only on candidate blocks in clean(); explain() runs them on every block. The
    final labels must agree, on fixtures and on pages stitched from them."""
    det = spamguard.Detector()
    cases = load_cases()
    pages = [page_text(c) for c in cases]
    stitched = "\n".join(line for p in pages[:6] for line in p.splitlines()[::2])
    for text, fast in [*zip(pages, map(cleaned, cases)), (stitched, det.clean(stitched))]:
        rows = det.explain(text)
        removed = np.zeros(len(text), dtype=bool)
        for s in fast.removed:
            removed[s.start : s.end] = True
        for r in rows:
            assert (r.final != "clean") == bool(removed[r.start : r.end].all()), r
