"""Where ``clean()``'s time goes, by stage, measured on the detector's own path.

Each stage is a set of the package's functions; while ``clean()`` runs, each call to one of them
is timed and its time, less that of the timed calls inside it, goes to its stage. So the stages
add up to ``clean()`` itself: every look at a page, every pass over what is left, and the
readers that look for spam inside kept sentences are counted, which timing the first reading's
steps one after another would leave out. A reader's calls to the featurizer and the model count as
featurization and model, its own work (finding words, runs, marks) under its reader stage.

>>> from benchmarks.stages import stage_times
>>> times = stage_times(["Weather news for today.\\nRain is expected."])
>>> sorted(times) == sorted(STAGES) + ["other"]
True
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

# stage -> (module, class or "" for the module's own function, name) of the functions whose calls
# it holds; a name is patched where the caller looks it up (the detector imports its steps by name)
STAGES: dict[str, tuple[tuple[str, str, str], ...]] = {
    "segmentation": (("spamguard.page", "", "segment"),),
    "profiling": (("spamguard.page", "", "profile_page"),),
    "featurization": (("spamguard.features", "CharNgrams", "ngrams"), ("spamguard.features", "CharNgrams", "ngram_spans"),
                      ("spamguard.features", "CharNgrams", "padded_codes")),
    "model": tuple(("spamguard.model", "LinearModel", name) for name in (
        "score", "logit_sums", "probabilities", "spam_log_odds", "span_sums", "char_sums", "char_rows",
        "span_probabilities", "clause_best", "address_words")),
    "readers, first look": (("spamguard.detector", "", "page_scores"),),
    "rules": tuple(("spamguard.detector", "", name) for name in ("classifier_view", "page_for_rules", "candidates", "find_all")),
    "decision": tuple(("spamguard.detector", "", name) for name in ("decide", "build_spans", "merge_later_pass")),
    "readers, clauses to cut": (("spamguard.detector", "", "injected_clauses"),),
}


class _Clock:
    """Exclusive time per stage: a timed call's time less that of the timed calls inside it."""

    def __init__(self) -> None:
        self.totals: dict[str, float] = dict.fromkeys(STAGES, 0.0)
        self._inner: list[float] = []  # time of the timed calls inside each open one

    def timed(self, stage: str, fn: Callable[..., Any]) -> Callable[..., Any]:
        def call(*args: Any, **kwargs: Any) -> Any:
            self._inner.append(0.0)
            start = time.perf_counter()
            try:
                return fn(*args, **kwargs)
            finally:
                spent = time.perf_counter() - start
                inner = self._inner.pop()
                self.totals[stage] += spent - inner
                if self._inner:
                    self._inner[-1] += spent
        return call


@contextmanager
def _timing(clock: _Clock) -> Iterator[None]:
    import importlib

    patched = []
    for stage, places in STAGES.items():
        for module, cls, name in places:
            owner: Any = importlib.import_module(module)
            if cls:
                owner = getattr(owner, cls)
            original = owner.__dict__[name] if cls else getattr(owner, name)
            patched.append((owner, name, original))
            setattr(owner, name, clock.timed(stage, original))
    try:
        yield
    finally:
        for owner, name, original in reversed(patched):
            setattr(owner, name, original)


def stage_times(pages: list[str]) -> dict[str, float]:
    """Seconds of ``clean()`` over ``pages`` spent in each stage (``STAGES``), and in nothing timed
    (``"other"``: the detector's own steps, showing the page as displayed, the headline and
    clause-head steps, the calls' overhead)."""
    import spamguard

    det = spamguard.default_detector()
    clock = _Clock()
    with _timing(clock):
        start = time.perf_counter()
        for text in pages:
            det.clean(text)
        total = time.perf_counter() - start
    return {**clock.totals, "other": max(0.0, total - sum(clock.totals.values()))}
