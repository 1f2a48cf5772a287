"""Clauses injected into a sentence of the page: where to cut a kept sentence so they can go.

A block is the unit that is removed, and a sentence is the smallest block of running prose. An
injection slipped between two commas of a host's sentence ("Sang hiệp hai, Hoàng Đức gỡ hòa bằng
cú sút xa, xem thêm kèo nhà cái uy tín tặng 100k khi đăng ký tại nhacai88.vip, trước khi Tiến
Linh ...") leaves the sentence reading as prose, held to the prose threshold, so it stays whole.
Read clause by clause, the injection is certain spam and the rest of the sentence clean: this
module finds such clauses in the sentences the decision kept, and the detector looks at the page
again with each one a block of its own (``segment(text, cuts)``), so that it alone goes.

Only sentences that already lean a little towards spam are read clause by clause
(``INLINE_GATE``), so a page of ordinary prose costs nothing more.

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
from .model import _CLAUSE_MARK, MAX_CLAUSES, LinearModel, _sum_rows
from .page import Page
from .params import CLEAN, DecisionParams
from .scripts import DENSE_GROUPS, DENSE_WEIGHT, FIRST_GROUP
from .view import ModelScores

# A sentence the classifier reads under this spam probability is not read clause by clause: a
# host sentence carrying a certain-spam clause of its length leans towards it (0.24-0.95 in the
# fixtures), while 99% of the real pages' sentences with commas read under it.
INLINE_GATE = 0.1
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
    spam = 1.0 - scores.block[:, 0]
    look = np.flatnonzero(spam >= INLINE_GATE)
    pieces: list[tuple[int, int, int]] = []  # (block, start, end) of each clause, in page order
    for b in look:
        b = int(b)
        k = int(seg.block_line[b])
        if final[b] != CLEAN or int(profile.block_group[b]) not in profile.home_groups:
            continue
        s, e = int(seg.block_start[b]), int(seg.block_end[b])
        marks = np.flatnonzero(np.take(_CLAUSE_MARK, np.minimum(seg.cps[s:e], 0xFFFF)))
        if not len(marks) or len(marks) + 1 > MAX_CLAUSES:
            continue
        if not page.cached("prose", k, lambda j: line_is_prose(page, j)):
            continue
        for a, z in zip(np.concatenate(([s], s + marks + 1)), np.concatenate((s + marks, [e]))):
            a, z = int(a), int(z)
            while a < z and seg.text[a].isspace():
                a += 1
            if a < z:
                pieces.append((b, a, z))
    if not pieces:
        return []
    starts = np.array([a for _, a, _ in pieces])
    ends = np.array([z for _, _, z in pieces])
    bucket, owner, counts = model.featurizer.ngrams(seg.cps, starts, ends)
    sums = _sum_rows(model.gather_groups, bucket, owner, len(pieces))
    clause_spam = 1.0 - model.probabilities(sums, counts)[:, 0]
    cuts: list[int] = []
    for b in dict.fromkeys(p[0] for p in pieces):
        mine = [c for c, p in enumerate(pieces) if p[0] == b]
        injected = [c for c in mine if clause_spam[c] >= params.sentence_spam and _stands_alone(page, starts[c], ends[c], params)]
        rest = [c for c in mine if c not in injected]
        if not injected or not rest:
            continue
        rest_spam = 1.0 - model.probabilities(sums[rest].sum(axis=0, keepdims=True), counts[rest].sum(keepdims=True))[0, 0]
        if rest_spam >= params.rest_clean:
            continue
        for c in injected:
            cuts.append(int(starts[c]))
            if ends[c] < seg.block_end[b]:
                cuts.append(int(ends[c]))
    return sorted(set(cuts))


def _stands_alone(page: Page, start: int, end: int, params: DecisionParams) -> bool:
    groups = page.seg.groups[start:end]
    letters = groups >= FIRST_GROUP
    weighted = int(letters.sum()) + (DENSE_WEIGHT - 1) * int((letters & _DENSE[np.clip(groups, 0, 255)]).sum())
    return weighted >= params.short_line_letters and not _QUOTES.search(page.seg.text[start:end])
