"""Pages prepared once for the tuning grid: each segmented, scored and given its rule findings,
its injected clauses cut as the detector cuts them, and the classifier's view kept for every
setting that reads it alike; ``run_params`` decides them under one setting."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

from spamguard.decide import DecisionParams, classifier_view, decide, page_for_rules
from spamguard.evaluate import PageScore, score_page
from spamguard.inline import injected_clauses, look_until_settled
from spamguard.model import LinearModel
from spamguard.page import Page
from spamguard.rules import find_all
from spamguard.spans import build_spans
from spamguard.view import page_scores


@dataclass
class Prepared:
    page: Page
    findings: list
    scores: object
    text: str
    gold: list[str]
    # the classifier's view of the page under the settings it was worked out for: each with the
    # fields of the setting it read and their values (``view_for``)
    views: list = field(default_factory=list)


class _ReadFields:
    """A setting that records which of its fields are read."""

    def __init__(self, params: DecisionParams) -> None:
        self.__dict__.update(_params=params, read=set())

    def __getattr__(self, name: str) -> object:
        self.read.add(name)
        return getattr(self._params, name)


def view_for(p: Prepared, params: DecisionParams):  # type: ignore[no-untyped-def]
    """``classifier_view`` of a prepared page under ``params``, worked out once for all the
    settings that agree on the fields it read (it reads a few, one of them tuned: the grid's 2,016
    settings need it four times a page, not 2,016). A deterministic function that reads the same
    values follows the same path, so the view is the one ``decide`` would work out; its arrays are
    read-only, so that no setting's decision can change another's."""
    if p.scores is None:
        return None
    for key, view in p.views:
        if all(getattr(params, name) == value for name, value in key):
            return view
    recorder = _ReadFields(params)
    view = classifier_view(p.page, p.scores, recorder)  # type: ignore[arg-type]
    for array in vars(view).values():
        if isinstance(array, np.ndarray):
            array.setflags(write=False)
    p.views.append((tuple(sorted((name, getattr(params, name)) for name in recorder.read)), view))
    return view


# A clause is cut from a sentence of running prose that stays; what keeps such a sentence is the
# prose threshold, 0.97 or 0.99 in the grid (``tune``), so the lower one decides where to cut.
CUT_PARAMS = DecisionParams(prose_threshold=0.97)


def _prepare_page(model: LinearModel, page: Page) -> tuple[Page, list, object]:
    # the view's knobs (short_block, clearly_clean) are not tuned, so the defaults are the run's
    defaults = DecisionParams()
    scores = (
        page_scores(page, model, defaults)
        if page.seg.n_blocks else None
    )
    page = page_for_rules(page, classifier_view(page, scores, defaults) if scores is not None else None)
    return page, [find_all(page, i) for i in range(page.seg.n_blocks)], scores


def prepare(model: LinearModel, texts_and_gold: Sequence[tuple[str, list[str]]]) -> list[Prepared]:
    """Each page segmented, scored and given its rule findings once, for any setting of the grid.
    Its injected clauses are cut as ``Detector`` cuts them (``spamguard.inline``), judged with
    ``CUT_PARAMS``: the tuner sees the blocks the detector decides on."""
    def cuts_of(seen: tuple[Page, list, object]) -> list[int]:
        page, findings, scores = seen
        if scores is None:
            return []
        final = decide(page, findings, scores, CUT_PARAMS).final  # type: ignore[arg-type]
        return injected_clauses(page, scores, final, model, CUT_PARAMS)  # type: ignore[arg-type]

    out = []
    for text, gold in texts_and_gold:
        page, findings, scores = look_until_settled(text, lambda p: _prepare_page(model, p), cuts_of)
        out.append(Prepared(page, findings, scores, text, gold))
    return out


def run_params(prepared: Sequence[Prepared], params: DecisionParams) -> list[PageScore]:
    scores = []
    for p in prepared:
        d = decide(p.page, p.findings, p.scores, params, view=view_for(p, params))  # type: ignore[arg-type]
        spans = build_spans(p.page, d)
        scores.append(score_page(p.text, p.gold, spans))
    return scores
