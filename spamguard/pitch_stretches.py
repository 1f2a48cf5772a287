"""A pitch spliced into a Chinese or Japanese sentence, its own stop closing it, that the host's
next sentence follows on its line ("...再度成为中山大" | "每天更新最火辣的素人影片，不用綁卡直接看。" |
"学信息工程系榜首..."): whether one may end at a kept sentence's stop (``pitch_may_end``, read from
the sentence's characters' rows before any stretch of it is read as a text), and where it starts
(``parting``, which also ends a keyword list's item glued to the start of a host's sentence).
``dense_runs`` asks both.
"""

from __future__ import annotations

import numpy as np

from .glued_runs import MIN_HOST_LETTERS, MIN_RUN_LETTERS
from .model import LinearModel
from .params import DecisionParams
from .stretch_edges import PARTING_REACH

__all__ = ["ROUGH_GATE", "parting", "pitch_may_end"]

# A stretch whose reading from its characters' rows is under this share of the bar it must reach
# is not read as a text of its own (the rows differ from a reading only at its edges).
ROUGH_GATE = 0.5


def pitch_may_end(
    model: LinearModel, params: DecisionParams, weight: np.ndarray, s: int, e: int, prefix_sums: np.ndarray,
    prefix_counts: np.ndarray,
) -> bool:
    """Whether a pitch spliced into the kept sentence ``s:e`` may end at its stop: a stretch to
    ``e`` from where the host's words before it are ``MIN_HOST_LETTERS`` long, itself
    ``MIN_RUN_LETTERS`` long, reads by its characters' rows at least ``ROUGH_GATE`` of the bar
    (``params.sentence_spam``) that ``dense_runs`` asks of a kept sentence's stretch with no
    list's mark. Every such start is read in one pass; a sentence with none is not looked at
    further (most of a Chinese page's sentences, each followed by the next on its line)."""
    starts = np.flatnonzero((weight[s:e] - weight[s] >= MIN_HOST_LETTERS) & (weight[e] - weight[s:e] >= MIN_RUN_LETTERS))
    if not len(starts):
        return False
    probs = model.probabilities(prefix_sums[e - s] - prefix_sums[starts], prefix_counts[e - s] - prefix_counts[starts])
    # a hair under the bar: the one-row readings of ``dense_runs`` may round otherwise
    return bool((1.0 - probs[:, 0]).max() >= ROUGH_GATE * params.sentence_spam * (1.0 - 1e-6))


def parting(model: LinearModel, cps: np.ndarray, s: int, a: int, e: int, spam_first: bool = False) -> int:
    """The start within ``PARTING_REACH`` characters of ``a`` that best parts the host's words
    ``cps[s:t]`` from the pitch ``cps[t:e]``: the most spam-like pitch with the cleanest host
    (summed log-odds, which unlike probabilities do not saturate at 1.0 on a pitch); with
    ``spam_first``, the end that best parts spam ``cps[s:t]`` from the host's words after it.
    Every seam's two sides are read in one pass."""
    ts = np.arange(max(s + 1, a - PARTING_REACH), min(e - 1, a + PARTING_REACH) + 1)
    if not len(ts):
        return a
    sums, counts = model.span_sums(
        cps, np.concatenate((np.full(len(ts), s), ts)), np.concatenate((ts, np.full(len(ts), e)))
    )
    odds = model.spam_log_odds(sums, counts)
    gain = odds[len(ts) :] - odds[: len(ts)]
    gain = -gain if spam_first else gain
    return int(ts[int(np.argmax(gain))])
