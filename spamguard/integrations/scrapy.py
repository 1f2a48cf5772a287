"""A Scrapy item pipeline that cleans a text field of every item.

Enable it in the project settings::

    ITEM_PIPELINES = {"spamguard.integrations.scrapy.SpamGuardPipeline": 300}
    SPAMGUARD_FIELD = "text"            # the field to clean
    SPAMGUARD_MAX_SPAM_RATIO = 0.5      # above this share of spam an item is "mostly spam"
    SPAMGUARD_ON_SPAM = "drop"          # "drop" (DropItem) or "flag" (keep, spamguard_flagged=True)
    SPAMGUARD_SPAM_THRESHOLD = None     # classifier threshold; None keeps the model's own

Each cleaned item gets ``spamguard_removed`` (spans with offsets into the original text, labels,
scores, reasons) and ``spamguard_spam_ratio``; items declared as ``scrapy.Item`` need those
fields declared. The crawl stats count ``spamguard/items_cleaned``, ``spamguard/spans/<label>``,
``spamguard/items_dropped``, ``spamguard/items_flagged`` and ``spamguard/items_without_text``.
"""

from __future__ import annotations

from typing import Any

from . import require

require("scrapy", "scrapy")

from itemadapter import ItemAdapter  # noqa: E402
from scrapy.exceptions import DropItem, NotConfigured  # noqa: E402

from ..detector import Config, Detector  # noqa: E402


class SpamGuardPipeline:
    """Clean ``field`` of each item; drop or flag items that are mostly spam."""

    def __init__(self, field: str = "text", max_spam_ratio: float = 0.5, on_spam: str = "drop",
                 config: Config | None = None, stats: Any = None) -> None:
        if on_spam not in ("drop", "flag"):
            raise NotConfigured(f"SPAMGUARD_ON_SPAM must be 'drop' or 'flag', not {on_spam!r}")
        self.field = field
        self.max_spam_ratio = max_spam_ratio
        self.on_spam = on_spam
        self.detector = Detector(config or Config())
        self.stats = stats

    @classmethod
    def from_crawler(cls, crawler: Any) -> "SpamGuardPipeline":
        s = crawler.settings
        threshold = s.get("SPAMGUARD_SPAM_THRESHOLD")
        return cls(
            field=s.get("SPAMGUARD_FIELD", "text"),
            max_spam_ratio=s.getfloat("SPAMGUARD_MAX_SPAM_RATIO", 0.5),
            on_spam=s.get("SPAMGUARD_ON_SPAM", "drop"),
            config=Config(spam_threshold=float(threshold) if threshold is not None else None),
            stats=crawler.stats,
        )

    def _inc(self, key: str) -> None:
        if self.stats is not None:
            self.stats.inc_value(f"spamguard/{key}")

    def process_item(self, item: Any, spider: Any = None) -> Any:
        adapter = ItemAdapter(item)
        text = adapter.get(self.field)
        if not isinstance(text, str):
            self._inc("items_without_text")
            return item
        result = self.detector.clean(text)
        self._inc("items_cleaned")
        for span in result.removed:
            self._inc(f"spans/{span.label}")
        adapter["spamguard_removed"] = [s.to_dict(text) for s in result.removed]
        adapter["spamguard_spam_ratio"] = round(result.spam_ratio, 6)
        if result.spam_ratio > self.max_spam_ratio:
            if self.on_spam == "drop":
                self._inc("items_dropped")
                raise DropItem(f"mostly spam ({result.spam_ratio:.0%} of {self.field!r} removed)")
            self._inc("items_flagged")
            adapter["spamguard_flagged"] = True
        adapter[self.field] = result.text
        return item
