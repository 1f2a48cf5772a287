"""Keyword runs in a sentence that stays: words in a row that each read as spam on their own.

Spam's keywords slipped into a host's sentence with no separator or stop of their own
("...참여할 수 있다. 토토사이트 추천 안전놀이터 메이저사이트 먹튀검증 도서관 관계자는 ...고 말했다.") leave the
sentence reading clean as a whole when the host's words are many (0.06), and they repeat
nothing, so ``stuffed_runs`` does not see them. Read word by word, they are a run of words that
each read as spam on their own, as long as a line: prose does not write that. Over the
fixtures' hard negatives, 487 real pages and the held-out pages, no run of three or more such
words was 30 letters long that was not spam (the forty-sixth session's count; news on gambling
names "casino" or "slots" among ordinary words, and code lists its keywords in quotation marks).
Such a run is cut out for the detector's next look (with the injected clauses of
``spamguard.inline``), when the rest of its sentence reads clean without it.

>>> from spamguard.detector import Detector
>>> text = ("홈 | 뉴스 | 문의\\n도서관 소식\\n시립도서관은 이번 달부터 매주 토요일 오전에 독서 프로그램을 운영한다. "
...         "토토사이트 추천 안전놀이터 메이저사이트 먹튀검증 도서관 관계자는 \\"아이들이 책과 친해지는 계기가 되기를 "
...         "바란다\\"고 말했다.\\n문의는 안내데스크로 하면 된다.")
>>> [text[s.start:s.end].strip() for s in Detector().clean(text).removed]
['토토사이트 추천 안전놀이터 메이저사이트 먹튀검증']
"""

from __future__ import annotations

import numpy as np
import regex

from .model import LinearModel
from .page import Page
from .params import CLEAN, DecisionParams
from .quotes import QUOTATION_MARK

__all__ = ["MIN_RUN_WORDS", "keyword_run_cuts"]

# Fewer words in a row than this are a phrase a sentence may name ("casino bonus", "buy viagra").
MIN_RUN_WORDS = 3
_WORD = regex.compile(r"\S+")


def keyword_run_cuts(
    page: Page, block_spam: np.ndarray, final: list[str], model: LinearModel, params: DecisionParams, skip: set[int]
) -> list[int]:
    """Where a run of keywords in a kept block of the page's own scripts starts and ends: at
    least ``MIN_RUN_WORDS`` words in a row, each reading as spam on its own
    (``params.neighbour_threshold``), as long as a line (``params.short_line_letters``) together,
    quoting nothing, with words of the block left that read clean without them
    (``params.rest_clean``). Blocks that read clearly clean (``params.clearly_clean``), or in
    ``skip`` (already cut), aside; of a block, its longest such run."""
    seg = page.seg
    kept = np.asarray(final, dtype=object) == CLEAN
    # a sentence that reads clearly clean is not read word by word: five keywords lift a
    # sentence of twenty words to 0.06, and reading every word costs a second featurization
    look = kept & (block_spam >= params.clearly_clean) & ~page.foreign_blocks
    weight = page.letters_before
    cuts: list[int] = []
    for b in np.flatnonzero(look).tolist():
        if b in skip:
            continue
        s, e = int(seg.block_start[b]), int(seg.block_end[b])
        if weight[e] - weight[s] <= params.short_line_letters:
            continue
        words = [(m.start(), m.end()) for m in _WORD.finditer(seg.text, s, e)]
        if len(words) <= MIN_RUN_WORDS:
            continue
        starts = np.array([a for a, _ in words])
        ends = np.array([z for _, z in words])
        hot = 1.0 - model.span_probabilities(seg.cps, starts, ends)[:, 0] >= params.neighbour_threshold
        run = _longest_run(page, hot, starts, ends, params)
        if run is None:
            continue
        i, j = run
        a, z = int(starts[i]), int(ends[j - 1])
        rest = [(p, q) for p, q in ((s, a), (z, e)) if weight[q] > weight[p]]
        sums, counts = model.span_sums(seg.cps, np.array([p for p, _ in rest]), np.array([q for _, q in rest]))
        if 1.0 - model.probabilities(sums.sum(axis=0, keepdims=True), counts.sum(keepdims=True))[0, 0] >= params.rest_clean:
            continue
        cuts.extend(c for c in (a, z) if s < c < e)
    return cuts


def _longest_run(page: Page, hot: np.ndarray, starts: np.ndarray, ends: np.ndarray, params: DecisionParams) -> tuple[int, int] | None:
    """The words ``i:j`` of the longest run of ``hot`` words that qualifies (see
    ``keyword_run_cuts``) and leaves a word of the block, or None."""
    weight = page.letters_before
    best: tuple[int, int] | None = None
    longest = 0
    k, n = 0, len(hot)
    while k < n:
        if not hot[k]:
            k += 1
            continue
        j = k
        while j < n and hot[j]:
            j += 1
        a, z = int(starts[k]), int(ends[j - 1])
        letters = int(weight[z] - weight[a])
        fits = MIN_RUN_WORDS <= j - k < n and letters >= params.short_line_letters and letters > longest
        if fits and not QUOTATION_MARK.search(page.seg.text, a, z):
            best, longest = (k, j), letters
        k = j
    return best
