"""A host's short clause that spam was glued after, in a Chinese or Japanese sentence, stays.

Spam slipped into a host's sentence right after its first comma ("可是，" | "www.18yyq.cn
www.84166.com" | "这奥尔索普一方，到底有几个中位神？") leaves a clause of a word or two before it with
no space or mark of its own, which the detector reads with the spam and removes: its letters are
too few to be the host's line, and as few as the n-grams across a seam blur
(``glued_runs.MIN_HOST_LETTERS``). A clause mark ("，", "、") says where the host's words stop.
A removed span that opens with such a clause starts after the clause's mark instead when the
clause is glued to the host's text before it on its line, is mostly in a script written without
spaces, is shorter than ``MAX_HEAD_LETTERS``, holds no stop and no contact channel, and reads
clearly clean on its own (``params.clearly_clean``) while the rest of the span reads as spam
(``params.spam_threshold``).

>>> from spamguard.detector import Detector
>>> det = Detector()
>>> text = "第一要务。可是，www.18yyq.cn www.84166.com这奥尔索普一方"
>>> [text[s.start:s.end] for s in clause_heads(text, (Span(5, 34, "seo", 1.0, ()),), det.model, det.params)]
['www.18yyq.cn www.84166.com']
"""

from __future__ import annotations

import numpy as np
import regex

from .contact import has_contact
from .glued_runs import MIN_HOST_LETTERS
from .headline import REACH
from .model import LinearModel
from .params import DecisionParams
from .result import Span
from .scripts import DENSE_WEIGHT, code_groups, codepoints, letter_weights

__all__ = ["MAX_HEAD_LETTERS", "clause_heads"]

# a host's clause before the spam is a word or two ("可是", "1969年6月", "ある日"), shorter than
# twice what the n-grams across a seam blur; a longer one is a sentence the detector weighed
MAX_HEAD_LETTERS = 2 * MIN_HOST_LETTERS
_MARK = regex.compile(r"[，、]")
_STOP = regex.compile(r"[。！？!?]")


def clause_heads(text: str, spans: tuple[Span, ...], model: LinearModel, params: DecisionParams) -> tuple[Span, ...]:
    """``spans`` with each one that opens with a host's short clause glued before the spam
    starting after the clause's mark (see the module's docstring)."""
    heads: list[tuple[int, int]] = []  # (span, offset after its first clause mark)
    for j, x in enumerate(spans):
        mark = _MARK.search(text, x.start, min(x.end, x.start + REACH))
        if mark is None or mark.end() >= x.end or "\n" in text[x.start : mark.end()]:
            continue
        head = text[x.start : mark.start()]
        # glued to the host's words before it on its line, in their script: a keyword list's
        # first item opens its line, or follows a space, or is in another script ("colmek，cewek…")
        glued = x.start > 0 and not text[x.start - 1].isspace() and head[:1].strip() != ""
        letters, dense = _letters(head)
        short = 0 < letters < MAX_HEAD_LETTERS and dense * 2 > letters
        if glued and short and not _STOP.search(head) and not has_contact(head):
            heads.append((j, mark.end()))
    if not heads:
        return spans
    cps = codepoints(text)
    starts = np.array([spans[j].start for j, _ in heads] + [m for _, m in heads])
    ends = np.array([m for _, m in heads] + [spans[j].end for j, _ in heads])
    spam = 1.0 - model.span_probabilities(cps, starts, ends)[:, 0]
    out = list(spans)
    for k, (j, m) in enumerate(heads):
        if spam[k] < params.clearly_clean and spam[len(heads) + k] >= params.spam_threshold:
            x = spans[j]
            out[j] = Span(m, x.end, x.label, x.score, x.reasons)
    return tuple(out)


def _letters(text: str) -> tuple[int, int]:
    """Letters of ``text`` as a line's length counts them (``scripts.letter_weights``), and how
    many of those are a script's written without spaces."""
    weights = letter_weights(code_groups()[codepoints(text)])
    return int(weights.sum()), int(weights[weights == DENSE_WEIGHT].sum())
