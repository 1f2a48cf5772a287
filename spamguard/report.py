"""Corpus figures for ``spamguard check``: accumulated one document at a time (memory stays flat),
rendered as a human summary, a Markdown job summary, or a JSON report with the same numbers."""

from __future__ import annotations

import heapq
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from .readers import Document, ReadError
from .result import Result

WORST_KEPT = 10
ERRORS_LISTED = 20


@dataclass
class CorpusReport:
    """Running totals over a corpus."""

    documents: int = 0
    bytes: int = 0
    chars: int = 0
    removed_chars: int = 0
    contaminated: int = 0
    spans_by_label: Counter = field(default_factory=Counter)
    chars_by_label: Counter = field(default_factory=Counter)
    spans_by_reason: Counter = field(default_factory=Counter)
    errors: list[ReadError] = field(default_factory=list)
    skipped_files: list[str] = field(default_factory=list)
    _worst: list[tuple[float, int, str, str]] = field(default_factory=list)

    def add(self, doc: Document, result: Result) -> None:
        self.documents += 1
        self.bytes += len(doc.text.encode("utf-8", "surrogatepass"))
        self.chars += len(doc.text)
        if result.removed:
            self.contaminated += 1
        for s in result.removed:
            self.removed_chars += s.end - s.start
            self.spans_by_label[s.label] += 1
            self.chars_by_label[s.label] += s.end - s.start
            for r in s.reasons:
                self.spans_by_reason[r] += 1
        if result.removed:
            item = (result.spam_ratio, -self.documents, doc.source, doc.location)
            if len(self._worst) < WORST_KEPT:
                heapq.heappush(self._worst, item)
            else:
                heapq.heappushpop(self._worst, item)

    def add_error(self, error: ReadError) -> None:
        self.errors.append(error)

    @property
    def contaminated_share(self) -> float:
        return self.contaminated / self.documents if self.documents else 0.0

    @property
    def worst(self) -> list[dict[str, Any]]:
        return [
            {"source": src, "location": loc, "spam_ratio": round(ratio, 4)}
            for ratio, _, src, loc in sorted(self._worst, reverse=True)
        ]

    def to_dict(self, fail_above: float, exit_code: int) -> dict[str, Any]:
        """The machine-readable report (``--report``)."""
        return {
            "documents": self.documents,
            "bytes": self.bytes,
            "contaminated_documents": self.contaminated,
            "contaminated_share": round(self.contaminated_share, 6),
            "removed_chars": self.removed_chars,
            "removed_share": round(self.removed_chars / self.chars, 6) if self.chars else 0.0,
            "spans_by_label": dict(self.spans_by_label.most_common()),
            "removed_chars_by_label": dict(self.chars_by_label.most_common()),
            "spans_by_reason": {f"removed_{k}": v for k, v in self.spans_by_reason.most_common()},
            "worst_documents": self.worst,
            "errors": [{"source": e.source, "location": e.location, "message": e.message} for e in self.errors],
            "error_count": len(self.errors),
            "skipped_files": self.skipped_files,
            "fail_above": fail_above,
            "verdict": "contaminated" if exit_code == 1 else "ok",
            "exit_code": exit_code,
        }

    def human(self, fail_above: float, exit_code: int) -> str:
        lines = [
            f"documents           {self.documents:,} ({self.bytes / 1e6:.2f} MB)",
            f"with spam           {self.contaminated:,} ({100 * self.contaminated_share:.2f}%, fail above {100 * fail_above:.2f}%)",
            f"removed             {self.removed_chars:,} characters ({100 * self.removed_chars / max(1, self.chars):.3f}%)",
        ]
        if self.spans_by_label:
            lines.append("by label            " + ", ".join(f"{k} {v}" for k, v in self.spans_by_label.most_common()))
            lines.append("by reason           " + ", ".join(f"{k} {v}" for k, v in self.spans_by_reason.most_common()))
        if self.worst:
            lines.append("worst documents:")
            lines += [f"  {w['spam_ratio']:.3f}  {w['source']}{':' + w['location'] if w['location'] else ''}" for w in self.worst]
        if self.errors:
            lines.append(f"errors              {len(self.errors)} (records not cleaned):")
            lines += [f"  {e}" for e in self.errors[:ERRORS_LISTED]]
            if len(self.errors) > ERRORS_LISTED:
                lines.append(f"  ... {len(self.errors) - ERRORS_LISTED} more in the --report file")
        if self.skipped_files:
            lines.append(f"skipped files       {len(self.skipped_files)} (unsupported formats in folders)")
        lines.append(f"verdict             {'CONTAMINATED' if exit_code == 1 else 'ok'}")
        return "\n".join(lines) + "\n"

    def markdown(self, fail_above: float, exit_code: int) -> str:
        """A summary for a CI job page (e.g. ``$GITHUB_STEP_SUMMARY``)."""
        verdict = "❌ contaminated" if exit_code == 1 else "✅ ok"
        lines = [
            f"### spamguard check: {verdict}",
            "",
            "| figure | value |",
            "|---|---|",
            f"| documents | {self.documents:,} |",
            f"| megabytes | {self.bytes / 1e6:.2f} |",
            f"| documents with spam | {self.contaminated:,} ({100 * self.contaminated_share:.2f}%) |",
            f"| allowed (--fail-above) | {100 * fail_above:.2f}% |",
            f"| characters removed | {self.removed_chars:,} |",
            f"| read errors | {len(self.errors)} |",
        ]
        if self.spans_by_label:
            lines += ["", "| label | spans | characters |", "|---|---|---|"]
            lines += [f"| {k} | {v} | {self.chars_by_label[k]:,} |" for k, v in self.spans_by_label.most_common()]
        if self.worst:
            lines += ["", "| worst documents | spam share |", "|---|---|"]
            lines += [f"| `{w['source']}{':' + w['location'] if w['location'] else ''}` | {w['spam_ratio']:.3f} |" for w in self.worst]
        return "\n".join(lines) + "\n"
