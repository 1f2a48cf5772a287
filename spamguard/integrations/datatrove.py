"""A datatrove pipeline step: clean ``doc.text``, record what was removed, drop mostly-spam docs.

>>> from spamguard.integrations.datatrove import SpamGuardFilter  # doctest: +SKIP
>>> pipeline = [JsonlReader("in/"), SpamGuardFilter(max_spam_ratio=0.5,
...             exclusion_writer=JsonlWriter("rejected/")), JsonlWriter("out/")]  # doctest: +SKIP

Kept documents get the clean text and ``doc.metadata["spamguard"]`` with the removed spans
(offsets into the original text), their labels and reasons, and the spam ratio. A document whose
spam ratio is above ``max_spam_ratio`` is dropped with its original text, to the exclusion writer
when there is one, with the reason ``mostly_spam``. Stats count removed spans by label and reason.
"""

from __future__ import annotations

from typing import Any

from . import require

require("datatrove", "datatrove")

from datatrove.data import Document  # noqa: E402
from datatrove.pipeline.filters.base_filter import BaseFilter  # noqa: E402

from ..detector import Config, Detector  # noqa: E402


class SpamGuardFilter(BaseFilter):
    """Clean each document with spamguard; drop those that are mostly spam.

    Args:
        max_spam_ratio: documents with a larger share of removed text are dropped.
        exclusion_writer: a datatrove writer that receives the dropped documents.
        config: spamguard options (default: the shipped model).
        batch_size: documents per ``filter_batch`` call.
    """

    name = "🛡 spamguard"

    def __init__(self, max_spam_ratio: float = 0.5, exclusion_writer: Any = None,
                 config: Config | None = None, batch_size: int = 1) -> None:
        super().__init__(exclusion_writer, batch_size)
        self.max_spam_ratio = max_spam_ratio
        self.config = config or Config()
        self._detector: Detector | None = None

    @property
    def detector(self) -> Detector:
        if self._detector is None:  # built in the worker, not pickled with the step
            self._detector = Detector(self.config)
        return self._detector

    def __getstate__(self) -> dict[str, Any]:
        state = self.__dict__.copy()
        state["_detector"] = None
        return state

    def filter(self, doc: Document) -> bool | tuple[bool, str]:
        result = self.detector.clean(doc.text)
        doc.metadata["spamguard"] = {
            "removed": [s.to_dict(doc.text) for s in result.removed],
            "spam_ratio": round(result.spam_ratio, 6),
        }
        for span in result.removed:
            self.stat_update(f"spans_{span.label}")
            for reason in span.reasons:
                self.stat_update(f"removed_{reason}")
        if result.removed:
            self.stat_update("docs_with_spam")
        if result.spam_ratio > self.max_spam_ratio:
            return False, "mostly_spam"
        doc.text = result.text
        return True
