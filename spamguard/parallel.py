"""Cleaning in worker processes with joblib: each worker loads the detector once, texts stream."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache
from itertools import islice

from joblib import Parallel, delayed

from .detector import Config, Detector
from .result import Result


@lru_cache(maxsize=2)
def _worker_detector(config: Config) -> Detector:
    return Detector(config)


def _clean_batch(config: Config, texts: list[str]) -> list[Result]:
    det = _worker_detector(config)
    return [det.clean(t) for t in texts]


def _batches(texts: Iterable[str], size: int) -> Iterator[list[str]]:
    it = iter(texts)
    while batch := list(islice(it, size)):
        yield batch


def clean_parallel(config: Config, texts: Iterable[str], n_jobs: int, batch_size: int = 64) -> Iterator[Result]:
    """Clean ``texts`` in ``n_jobs`` processes, yielding results in input order."""
    parallel = Parallel(n_jobs=n_jobs, return_as="generator", pre_dispatch="2*n_jobs")
    for batch in parallel(delayed(_clean_batch)(config, b) for b in _batches(texts, batch_size)):
        yield from batch
