"""Clauses injected into a sentence of the page: where to cut a kept sentence so they can go.

A block is the unit that is removed, and a sentence is the smallest block of running prose. An
injection slipped between two commas of a host's sentence ("Sang hiệp hai, Hoàng Đức gỡ hòa bằng
cú sút xa, xem thêm kèo nhà cái uy tín tặng 100k khi đăng ký tại nhacai88.vip, trước khi Tiến
Linh ...") leaves the sentence reading as prose, held to the prose threshold, so it stays whole.
Read clause by clause, the injection is certain spam and the rest of the sentence clean: this
module finds such clauses in the sentences the decision kept, and the detector looks at the page
again with each one a block of its own (``segment(text, cuts)``), so that it alone goes.

Only sentences on lines of running prose that lean a little towards spam are read clause by
clause (``INLINE_GATE``), and only clauses as long as a line are read first.

>>> from spamguard.detector import Detector
>>> text = ("Đội tuyển Việt Nam thắng Malaysia 2-1\\n"
...         "Malaysia mở tỷ số ở phút 23 sau một pha phản công nhanh.\\n"
...         "Sang hiệp hai, tiền vệ Hoàng Đức gỡ hòa bằng cú sút xa, xem thêm kèo nhà cái uy tín tặng "
...         "100k khi đăng ký tại nhacai88.vip, trước khi Tiến Linh đánh đầu ấn định chiến thắng ở phút 81.")
>>> [text[s.start:s.end] for s in Detector().clean(text).removed]
['xem thêm kèo nhà cái uy tín tặng 100k khi đăng ký tại nhacai88.vip']
"""

from __future__ import annotations

import numpy as np
import regex

from .lines import line_is_prose
from .model import _CLAUSE_MARK, LinearModel, clause_bounds
from .page import Page
from .params import CLEAN, DecisionParams
from .scripts import DENSE_GROUPS, DENSE_WEIGHT, FIRST_GROUP
from .view import ModelScores

# A sentence the classifier reads under this spam probability is not read clause by clause: a
# certain-spam clause as long as a line lifts a long host sentence above it (0.013 for a pharma
# phrase in a 250-character sentence of news), while 93% of the real pages' sentences with commas
# read under it. On the benchmark's pages nearly one page in two has a clause to read; reading them (about
# half a millisecond a page, most of it the featurizer's fixed cost) is 5-8% of clean() in a
# profile, within this machine's noise when timed (measured by hand, not by the benchmark).
INLINE_GATE = 0.01
# Quotation marks: a clause in quotes is what a page quotes (news citing an advert), not an injection.
_QUOTES = regex.compile(r"[\"“”„«»「」『』‹›]")
_DENSE = np.zeros(256, dtype=bool)
_DENSE[sorted(DENSE_GROUPS)] = True


def injected_clauses(
    page: Page, scores: ModelScores, final: list[str], model: LinearModel, params: DecisionParams
) -> list[int]:
    """Offsets where blocks must start so that each injected clause of a kept prose sentence is
    a block of its own (its first letter, and the mark that closes it); empty when there is none.

    A clause is injected when it reads as certain spam (``params.sentence_spam``), is as long as
    a line that can stand alone (``params.short_line_letters``, a letter of a script written
    without spaces counting ``DENSE_WEIGHT``), holds no quotation mark, and the rest of its
    sentence reads clean without it (under ``params.rest_clean``): the same reading that sets one
    injected sentence apart from its paragraph (``view.classifier_view``)."""
    seg, profile = page.seg, page.profile
    look = scores.block[:, 0] <= 1.0 - INLINE_GATE
    if not look.any():
        return []
    # a cheap gate before clause_bounds: a sentence with no comma or semicolon has one clause
    mark_at = np.flatnonzero(np.take(_CLAUSE_MARK, np.minimum(seg.cps, 0xFFFF)))
    look &= np.searchsorted(mark_at, seg.block_end) > np.searchsorted(mark_at, seg.block_start)
    clauses: dict[int, list[tuple[int, int]]] = {}  # block -> its clauses (start, end), spaces stripped
    for b in np.flatnonzero(look).tolist():
        if final[b] != CLEAN or int(profile.block_group[b]) not in profile.home_groups:
            continue
        if not page.cached("prose", int(seg.block_line[b]), lambda j: line_is_prose(page, j)):
            continue
        pieces = []
        for a, z in clause_bounds(seg, b):
            a += len(seg.text[a:z]) - len(seg.text[a:z].lstrip())
            if a < z:
                pieces.append((a, z))
        if pieces:
            clauses[b] = pieces
    if not clauses:
        return []
    # Only a clause as long as a line can be injected: those are read first, and the rest of a
    # sentence only when one of its clauses reads as certain spam.
    weight = np.concatenate(([0], np.cumsum(_letter_weight(seg.groups))))
    long = [(b, a, z) for b, pieces in clauses.items() for a, z in pieces
            if weight[z] - weight[a] >= params.short_line_letters and not _QUOTES.search(seg.text[a:z])]
    if not long:
        return []
    spam = 1.0 - model.span_probabilities(seg.cps, np.array([a for _, a, _ in long]), np.array([z for _, _, z in long]))[:, 0]
    injected: dict[int, set[tuple[int, int]]] = {}
    for (b, a, z), p in zip(long, spam.tolist()):
        if p >= params.sentence_spam:
            injected.setdefault(b, set()).add((a, z))
    cuts: list[int] = []
    for b, spans in injected.items():
        rest = [c for c in clauses[b] if c not in spans]
        if not rest:
            continue
        sums, counts = model.span_sums(seg.cps, np.array([a for a, _ in rest]), np.array([z for _, z in rest]))
        if 1.0 - model.probabilities(sums.sum(axis=0, keepdims=True), counts.sum(keepdims=True))[0, 0] >= params.rest_clean:
            continue
        for a, z in sorted(spans):
            cuts.append(a)
            if z < seg.block_end[b]:
                cuts.append(z)
    return sorted(set(cuts))


def _letter_weight(groups: np.ndarray) -> np.ndarray:
    """Letters of each code point: 1, ``DENSE_WEIGHT`` in a script written without spaces, 0
    for anything else (spaces, digits, punctuation, delimiters)."""
    g = np.clip(groups, 0, 255)
    return np.where(groups >= FIRST_GROUP, np.where(_DENSE[g], DENSE_WEIGHT, 1), 0)
