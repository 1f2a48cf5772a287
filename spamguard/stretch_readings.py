"""Stretches of a page read whole, whose blocks keep that reading against their paragraph's
(``view.classifier_view``, from ``spliced_sentences.SPLICED_SPAM`` up): a sentence spliced between
two of the host's words (``spliced_sentences``), spam glued inside a Chinese or Japanese sentence
across several of its blocks (``glued_runs``), a keyword list dropped into a sentence of a spaced
script across the blocks its separators part (``separated_runs``), and a pitch's sentence that
changes of script part around its web address (``parted_sentences``), whose blocks that read as
spam on their own keep their own reading.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

import numpy as np

from .glued_runs import glued_stretches
from .page import Page
from .params import DecisionParams
from .parted_sentences import parted_sentences
from .separated_runs import separated_stretches
from .spliced_sentences import spliced_sentences, stretch_bounds

if TYPE_CHECKING:  # the model module imports the view, which imports this one
    from .model import LinearModel
    from .view import ModelScores

__all__ = ["with_stretch_readings"]


def with_stretch_readings(page: Page, model: LinearModel, params: DecisionParams, scores: ModelScores) -> ModelScores:
    """``scores`` with ``spliced`` (each block's stretch read whole, NaN for a block in none) and
    ``glued`` (the glued and separated stretches, whose edges inside a block are cut for the
    next look)."""
    seg = page.seg
    starts, ends = stretch_bounds(page)
    of = spliced_sentences(page) if len(starts) else np.full(seg.n_blocks, -1)
    block_spam = 1.0 - scores.block[:, 0]
    glued = sorted(glued_stretches(page, model, params) + separated_stretches(page, model, params, block_spam))
    parted = parted_sentences(page, model, params, block_spam)
    whole = np.array(sorted(glued + parted), dtype=np.int64).reshape(-1, 2)
    if len(whole):
        # a glued stretch's blocks are those wholly inside it; a spliced sentence's stay its own,
        # and so do a parted sentence's that read as spam alone
        at = np.searchsorted(whole[:, 0], seg.block_start, side="right") - 1
        inside = (at >= 0) & (seg.block_end <= whole[np.maximum(at, 0), 1]) & (of < 0)
        if parted:
            in_parted = np.isin(whole[np.maximum(at, 0), 0], [a for a, _ in parted])
            inside &= ~(in_parted & (block_spam >= params.spam_threshold))
        of = np.where(inside, len(starts) + at, of)
        starts, ends = np.concatenate((starts, whole[:, 0])), np.concatenate((ends, whole[:, 1]))
    if not len(starts):
        return scores
    spliced = np.full(scores.block.shape, np.nan, dtype=scores.block.dtype)
    spliced[of >= 0] = model.span_probabilities(seg.cps, starts, ends)[of[of >= 0]]
    return replace(scores, spliced=spliced, glued=np.array(glued, dtype=np.int64).reshape(-1, 2) if glued else None)
