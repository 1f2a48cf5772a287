"""The detector: text -> blocks -> evidence -> decisions -> spans -> :class:`Result`.

>>> d = Detector(Config(use_model=False))
>>> r = d.clean("Weather news for today.\\nRain is expected.\\n人妻无码 | 在线观看 | 免费视频 | 成人网站")
>>> r.text
'Weather news for today.\\nRain is expected.\\n'
>>> [(s.label, s.reasons[:2]) for s in r.removed]
[('injected', ('foreign_script', 'keyword_list'))]
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from .clause_heads import clause_heads
from .decide import ClassifierView, DecisionParams, Decisions, ModelScores, candidates, classifier_view, decide, page_for_rules
from .displayed import displayed
from .headline import headline_starts
from .inline import injected_clauses, look_until_settled
from .model import LinearModel, shipped_model_path
from .page import Page
from .result import Result, Span, non_space_count, remove_spans
from .rules import find_all
from .spans import build_spans, merge_later_pass
from .view import page_scores


# Pages longer than this are cleaned in pieces of whole lines (a longer line is cut at a space),
# so memory stays bounded and time linear whatever one document holds. Each piece is profiled on
# its own and looked at again on its own while more goes in it, which only matters for pages of
# more than 250,000 characters. Pieces of this size also keep the page arrays in cache: time per
# character stays flat (see benchmarks/README.md).
MAX_PAGE_CHARS = 250_000
MAX_PASSES = 3  # looks at a page: the first, and again at what is left while more goes


def chunk_bounds(text: str, size: int) -> list[tuple[int, int]]:
    r"""Cut ``text`` into pieces of at most ``size`` characters, after a line break if there is one
    in the second half of the piece, else after a space, else anywhere.

    >>> chunk_bounds("aaaa\nbb bb\ncc", 6)
    [(0, 5), (5, 11), (11, 13)]
    """
    bounds = []
    start = 0
    while len(text) - start > size:
        end = start + size
        cut = text.rfind("\n", start + size // 2, end)
        if cut < 0:
            cut = text.rfind(" ", start + size // 2, end)
        end = cut + 1 if cut >= 0 else end
        bounds.append((start, end))
        start = end
    bounds.append((start, len(text)))
    return bounds


def _joined(spans: tuple[Span, ...], piece: tuple[Span, ...], offset: int) -> tuple[Span, ...]:
    """``spans`` followed by the spans of the piece of text at ``offset``; a span that goes on from
    the last one across the cut, with its label, becomes one span with it.

    >>> _joined((Span(0, 5, "adult", 0.9, ("a",)),), (Span(0, 3, "adult", 0.95, ("b",)),), 5)
    (Span(start=0, end=8, label='adult', score=0.95, reasons=('a', 'b')),)
    """
    out = list(spans)
    for s in piece:
        shifted = Span(s.start + offset, s.end + offset, s.label, s.score, s.reasons)
        if out and out[-1].end == shifted.start and out[-1].label == shifted.label:
            last = out.pop()
            shifted = Span(last.start, shifted.end, last.label, max(last.score, shifted.score),
                           tuple(dict.fromkeys(last.reasons + shifted.reasons)))
        out.append(shifted)
    return tuple(out)


@dataclass(frozen=True)
class Config:
    """Everything that changes what a :class:`Detector` removes; one name per option everywhere.

    Attributes:
        use_model: score blocks with the character n-gram classifier. With ``False`` only the
            rule layer runs, and only foreign-script injections with structural evidence go
            (and words hidden letter by letter, keywords stuffed after the footer, and a few
            words said over and over slipped into the page's own text).
        model_path: stem of a model (``<stem>.json`` + ``<stem>.npz``); ``None`` is the model
            shipped in the package.
        spam_threshold: classifier probability that removes a block on its own; ``None`` keeps
            the value tuned for the model (recorded in its header).
    """

    use_model: bool = True
    model_path: str | None = None
    spam_threshold: float | None = None


@dataclass(frozen=True)
class Explanation:
    """One row of ``explain``: a block with everything that was decided about it.

    ``spam_score`` is the decision's confidence (0 for a block that stays); ``model_score`` is
    the classifier's spam probability as the decision read it (the block's own, or its line's or
    strongest clause's; see ``decide.classifier_view``), or None without a model.
    """

    start: int
    end: int
    line: int
    text: str
    spam_score: float
    model_score: float | None
    first_pass: str
    final: str
    reasons: tuple[str, ...]
    findings: tuple[str, ...]


def _require_str(text: object) -> None:
    if not isinstance(text, str):
        raise TypeError(
            f"spamguard cleans str, not {type(text).__name__}"
            + ("; decode bytes first, e.g. data.decode('utf-8', 'replace')" if isinstance(text, (bytes, bytearray)) else "")
        )


@lru_cache(maxsize=4)
def _load_model(path: str) -> LinearModel:
    return LinearModel.load(path)


class Detector:
    """Finds and removes injected spam. Reusable, and safe to share between threads: it holds
    only its configuration and a read-only model.

    Args:
        config: options (see :class:`Config`); defaults use the shipped model.
    """

    def __init__(self, config: Config | None = None) -> None:
        self.config = config or Config()
        self.model: LinearModel | None = None
        if self.config.use_model:
            path = self.config.model_path or shipped_model_path()
            if path is not None:
                self.model = _load_model(str(path))
        params = self.model.decision if self.model else DecisionParams()
        if self.config.spam_threshold is not None:
            params = DecisionParams(**{**params.__dict__, "spam_threshold": self.config.spam_threshold})
        self.params = params

    def _decide(self, text: str, all_findings: bool = False) -> tuple[Page, Decisions]:
        page, decisions, _ = self._decide_with_view(text, all_findings)
        return page, decisions

    def _decide_with_view(self, text: str, all_findings: bool = False) -> tuple[Page, Decisions, ClassifierView | None]:
        _require_str(text)
        model = self.model

        def cuts_of(seen: tuple[Page, ModelScores | None, Decisions, ClassifierView | None]) -> list[int]:
            page, scores, decisions, _ = seen
            if scores is None or model is None:
                return []
            return injected_clauses(page, scores, decisions.final, model, self.params)

        # A clause injected into a sentence that stays is looked at again as a block of its own;
        # so is a host's sentence glued to injected words, which the clause may become.
        page, _, decisions, view = look_until_settled(text, lambda p: self._look(p, all_findings), cuts_of)
        return page, decisions, view

    def _look(self, page: Page, all_findings: bool) -> tuple[Page, ModelScores | None, Decisions, ClassifierView | None]:
        """Score, gather evidence and decide every block of one segmentation of a page."""
        scores = (
            page_scores(page, self.model, self.params)
            if self.model is not None and page.seg.n_blocks else None
        )
        view = classifier_view(page, scores, self.params) if scores is not None else None
        page = page_for_rules(page, view)
        todo = np.ones(page.seg.n_blocks, dtype=bool) if all_findings else candidates(page, view, self.params)
        findings = [find_all(page, int(i)) if todo[i] else [] for i in range(page.seg.n_blocks)]
        return page, scores, decide(page, findings, scores, self.params, todo, view), view

    def clean(self, text: str) -> Result:
        """Remove injected spam from ``text``.

        Args:
            text: the page text.

        Returns:
            A :class:`Result` with the clean text and the removed spans.

        Raises:
            TypeError: ``text`` is not a ``str``.
        """
        _require_str(text)
        # the page is read as it shows (``displayed``): controls wrapped around words left out,
        # character references resolved
        shown = displayed(text)
        if shown is None:
            return make_result(text, self._cleaned_spans(text))
        return make_result(text, shown.in_original(self._cleaned_spans(shown.text)))

    def _cleaned_spans(self, text: str) -> tuple[Span, ...]:
        """Every span ``clean`` removes from ``text``: a very long text is cleaned piece by piece
        (``chunk_bounds``), each piece looked at as often as it needs, so that a later look one
        piece needs does not read the whole text again (time grows with the text, not faster)."""
        if len(text) <= MAX_PAGE_CHARS:
            spans = self._looked_at_until_settled(text)
        else:
            spans = ()
            for start, end in chunk_bounds(text, MAX_PAGE_CHARS):
                spans = _joined(spans, self._looked_at_until_settled(text[start:end]), start)
        if spans and self.model is not None and "【" in text:
            spans = headline_starts(text, spans, self.model, self.params)
        if spans and self.model is not None and ("，" in text or "、" in text):
            spans = clause_heads(text, spans, self.model, self.params)
        return spans

    def _looked_at_until_settled(self, text: str) -> tuple[Span, ...]:
        """The spans of ``text``: what is left is looked at again until nothing more goes (the
        page's own scripts and its footer are clearer without the spam, so one cleaning removes
        what a second would)."""
        page, decisions = self._decide(text)
        spans = build_spans(page, decisions)
        for _ in range(MAX_PASSES - 1):
            if not spans:
                break
            page, decisions = self._decide(remove_spans(text, spans))
            more = build_spans(page, decisions)
            if not more:
                break
            spans = merge_later_pass(spans, more)
        return spans

    def explain(self, text: str) -> list[Explanation]:
        """Every block of ``text`` with its score, first-pass and final labels and reasons, read as
        ``clean`` reads it (``displayed``), each with its offsets and text in ``text``."""
        _require_str(text)
        shown = displayed(text)
        page, d, view = self._decide_with_view(shown.text if shown else text, all_findings=True)
        seg = page.seg
        starts, ends = seg.block_start, seg.block_end
        if shown is not None:
            starts, ends = shown.starts(starts), shown.ends(np.maximum(ends - 1, starts))
        return [
            Explanation(
                int(starts[i]), int(ends[i]), int(seg.block_line[i]), text[int(starts[i]) : int(ends[i])],
                float(d.score[i]), None if view is None else float(view.spam_prob[i]), d.first_pass[i], d.final[i], d.reasons[i],
                tuple(f"{f.reason.value}:{f.strength:.2f}" for f in d.findings[i]),
            )
            for i in range(seg.n_blocks)
        ]

    def clean_many(self, texts: Iterable[str], n_jobs: int = 1, batch_size: int = 64) -> Iterator[Result]:
        """Clean many texts, in order, streaming; ``n_jobs > 1`` uses that many processes.

        Args:
            texts: an iterable of page texts (not a single string).
            n_jobs: worker processes; 1 cleans in this process, -1 uses every core.
            batch_size: texts sent to a worker at a time.

        Raises:
            TypeError: ``texts`` is a ``str`` or ``bytes`` (a common slip: pass ``[text]``).
        """
        if isinstance(texts, (str, bytes, bytearray)):
            raise TypeError("clean_many takes an iterable of texts, not one text: use clean(text) or clean_many([text])")
        if n_jobs == 1:
            for t in texts:
                yield self.clean(t)
            return
        from .parallel import clean_parallel

        yield from clean_parallel(self.config, texts, n_jobs=n_jobs, batch_size=batch_size)


def make_result(text: str, spans: tuple[Span, ...]) -> Result:
    """Assemble a :class:`Result` from the original text and its removed spans."""

    total = non_space_count(text)
    ratio = non_space_count(text, spans) / total if total else 0.0
    return Result(remove_spans(text, spans), spans, ratio)

