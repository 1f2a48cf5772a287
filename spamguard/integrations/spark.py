"""Clean a Spark DataFrame's text column on a cluster.

>>> from spamguard.integrations.spark import clean_dataframe  # doctest: +SKIP
>>> cleaned = clean_dataframe(spark.read.json("crawl/"), text_col="text")  # doctest: +SKIP

Adds ``spamguard_text`` (the clean text), ``spamguard_removed`` (an array of structs: start, end,
label, score, reasons, with offsets into the original) and ``spamguard_spam_ratio``. The work
runs in ``mapInPandas`` batches; each Python worker process loads the detector once and reuses
it for every batch and row. Rows whose text is null get nulls.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache
from typing import Any

from . import require

require("pyspark", "spark")

from pyspark.sql import DataFrame  # noqa: E402
from pyspark.sql import types as T  # noqa: E402

from ..detector import Config, Detector  # noqa: E402

SPAN_TYPE = T.StructType([
    T.StructField("start", T.LongType()),
    T.StructField("end", T.LongType()),
    T.StructField("label", T.StringType()),
    T.StructField("score", T.DoubleType()),
    T.StructField("reasons", T.ArrayType(T.StringType())),
])


@lru_cache(maxsize=2)
def executor_detector(config: Config) -> Detector:
    """The detector of this Python worker process (loaded once, then reused)."""
    return Detector(config)


def _clean_batches(batches: Iterator[Any], text_col: str, config: Config) -> Iterator[Any]:
    detector = executor_detector(config)
    for pdf in batches:
        texts, spans, ratios = [], [], []
        for text in pdf[text_col]:
            if not isinstance(text, str):
                texts.append(None)
                spans.append(None)
                ratios.append(None)
                continue
            r = detector.clean(text)
            texts.append(r.text)
            spans.append([
                {"start": s.start, "end": s.end, "label": s.label, "score": float(s.score), "reasons": list(s.reasons)}
                for s in r.removed
            ])
            ratios.append(r.spam_ratio)
        yield pdf.assign(spamguard_text=texts, spamguard_removed=spans, spamguard_spam_ratio=ratios)


def clean_dataframe(df: DataFrame, text_col: str = "text", config: Config | None = None) -> DataFrame:
    """``df`` with the spamguard columns added (see the module docstring).

    Args:
        df: any DataFrame with a string column ``text_col``.
        text_col: the column to clean.
        config: spamguard options (default: the shipped model).
    """
    if text_col not in df.columns:
        raise ValueError(f"no column {text_col!r} in {df.columns}")
    cfg = config or Config()
    schema = T.StructType(df.schema.fields + [
        T.StructField("spamguard_text", T.StringType()),
        T.StructField("spamguard_removed", T.ArrayType(SPAN_TYPE)),
        T.StructField("spamguard_spam_ratio", T.DoubleType()),
    ])
    return df.mapInPandas(lambda it: _clean_batches(it, text_col, cfg), schema)
