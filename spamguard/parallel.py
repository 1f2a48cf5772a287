"""Cleaning in worker processes with joblib: each worker loads the detector once, texts stream.

Workers send back only the spans and the spam ratio of each text; the parent already holds the
texts and cuts the spans out itself. Most pages are clean, so this halves what crosses between
processes (the parent is the bottleneck on a machine with as many workers as cores).
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from functools import lru_cache
from itertools import islice

from joblib import Parallel, delayed

from .detector import Config, Detector
from .result import Result, Span, remove_spans

Found = tuple[tuple[Span, ...], float]


@lru_cache(maxsize=2)
def _worker_detector(config: Config) -> Detector:
    return Detector(config)


def _find_batch(config: Config, texts: list[str]) -> list[Found]:
    det = _worker_detector(config)
    out: list[Found] = []
    for t in texts:
        r = det.clean(t)
        out.append((r.removed, r.spam_ratio))
    return out


def _batches(texts: Iterable[str], size: int) -> Iterator[list[str]]:
    it = iter(texts)
    while batch := list(islice(it, size)):
        yield batch


def clean_parallel(config: Config, texts: Iterable[str], n_jobs: int, batch_size: int = 64) -> Iterator[Result]:
    """Clean ``texts`` in ``n_jobs`` processes, yielding results in input order."""
    sent: deque[list[str]] = deque()  # batches in flight, oldest first: results come back in order

    def jobs() -> Iterator:
        for b in _batches(texts, batch_size):
            sent.append(b)
            yield delayed(_find_batch)(config, b)

    parallel = Parallel(n_jobs=n_jobs, return_as="generator", pre_dispatch="2*n_jobs")
    for found in parallel(jobs()):
        for text, (spans, ratio) in zip(sent.popleft(), found):
            yield Result(remove_spans(text, spans) if spans else text, spans, ratio)
