"""What ``clean`` returns: the clean text and the spans that were cut out of the original.

Results can be replayed: ``remove_spans(original, result.removed) == result.text`` always.

>>> remove_spans("keep SPAM keep", [Span(5, 10, "adult", 0.9, ("classifier",))])
'keep keep'
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True, slots=True)
class Span:
    """A removed stretch of the original text.

    Attributes:
        start: code-point offset of its first character in the original text.
        end: offset just past its last character (end exclusive).
        label: spam category, e.g. ``"adult"``, ``"gambling"``, ``"injected"``.
        score: confidence in [0, 1].
        reasons: stable reason ids (see ``spamguard.Reason`` and ``docs/reasons.md``).
    """

    start: int
    end: int
    label: str
    score: float
    reasons: tuple[str, ...]

    def to_dict(self, original: str | None = None) -> dict[str, Any]:
        """JSON-ready form; with ``original`` it also carries the removed ``text``."""
        d: dict[str, Any] = {
            "start": self.start,
            "end": self.end,
            "label": self.label,
            "score": round(self.score, 4),
            "reasons": list(self.reasons),
        }
        if original is not None:
            d["text"] = original[self.start : self.end]
        return d


@dataclass(frozen=True, slots=True)
class Result:
    """The outcome of cleaning one text.

    Attributes:
        text: the original with every removed span cut out.
        removed: the removed spans, sorted and non-overlapping.
        spam_ratio: share of the original's non-whitespace characters that were removed.
    """

    text: str
    removed: tuple[Span, ...]
    spam_ratio: float

    def to_dict(self, original: str) -> dict[str, Any]:
        """The JSON contract: ``{"text", "removed": [...], "spam_ratio"}``."""
        return {
            "text": self.text,
            "removed": [s.to_dict(original) for s in self.removed],
            "spam_ratio": round(self.spam_ratio, 6),
        }


def remove_spans(original: str, spans: Iterable[Span]) -> str:
    """Cut ``spans`` out of ``original``.

    Args:
        original: the text the spans index.
        spans: sorted, non-overlapping spans with offsets into ``original``.

    Returns:
        The text between the spans, joined.

    Raises:
        ValueError: when the spans are unsorted, overlap, or fall outside the text.

    >>> remove_spans("abcdef", [Span(1, 2, "x", 1.0, ()), Span(4, 6, "x", 1.0, ())])
    'acd'
    """
    pieces: list[str] = []
    pos = 0
    for s in spans:
        if not (pos <= s.start <= s.end <= len(original)):
            raise ValueError(f"span {s.start}:{s.end} is out of order or outside a text of length {len(original)}")
        pieces.append(original[pos : s.start])
        pos = s.end
    pieces.append(original[pos:])
    return "".join(pieces)


# characters of a text split at a time when counting its non-whitespace ones
_COUNT_SLICE = 1 << 16


def non_space_count(text: str, spans: Sequence[Span] | None = None) -> int:
    """Non-whitespace characters in ``text``, or inside ``spans`` of it."""
    if spans is None:
        # counted a slice at a time: splitting a page of millions of characters at once held a
        # string object for each of its words (a character is whitespace or not wherever it is cut)
        return sum(sum(map(len, text[i : i + _COUNT_SLICE].split())) for i in range(0, len(text), _COUNT_SLICE))
    return sum(non_space_count(text[s.start : s.end]) for s in spans)
