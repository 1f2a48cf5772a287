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
from .model import _CLAUSE_MARK, MAX_CLAUSES, LinearModel
from .page import Page
from .params import CLEAN, DecisionParams
from .scripts import DENSE_GROUPS, DENSE_WEIGHT, FIRST_GROUP
from .view import ModelScores

# A sentence the classifier reads under this spam probability is not read clause by clause: a
# certain-spam clause as long as a line lifts a long host sentence above it (0.013 for a pharma
# phrase in a 250-character sentence of news), while 93% of the real pages' sentences with commas
# read under it (their clauses cost about 2% of clean() at this gate, 8% at 0.003).
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
    look = (1.0 - scores.block[:, 0] >= INLINE_GATE) & (np.array(final) == CLEAN)
    if not look.any():
        return []
    home = np.zeros(256, dtype=bool)
    home[list(profile.home_groups)] = True
    marked = np.concatenate(([0], np.cumsum(np.take(_CLAUSE_MARK, np.minimum(seg.cps, 0xFFFF)))))
    n_marks = marked[seg.block_end] - marked[seg.block_start]
    look &= home[profile.block_group] & (n_marks >= 1) & (n_marks < MAX_CLAUSES)
    owners: list[int] = []  # the block of each clause, in page order
    starts: list[int] = []
    ends: list[int] = []
    for b in np.flatnonzero(look).tolist():
        s, e = int(seg.block_start[b]), int(seg.block_end[b])
        marks = np.flatnonzero(np.take(_CLAUSE_MARK, np.minimum(seg.cps[s:e], 0xFFFF)))
        k = int(seg.block_line[b])
        if not page.cached("prose", k, lambda j: line_is_prose(page, j)):
            continue
        for a, z in zip([s, *(s + marks + 1).tolist()], [*(s + marks).tolist(), e]):
            a += len(seg.text[a:z]) - len(seg.text[a:z].lstrip())
            if a < z:
                owners.append(b)
                starts.append(a)
                ends.append(z)
    if not owners:
        return []
    sums, counts = model.span_sums(seg.cps, np.array(starts), np.array(ends))
    certain = np.flatnonzero(1.0 - model.probabilities(sums, counts)[:, 0] >= params.sentence_spam)
    by_block: dict[int, list[int]] = {}
    for c in certain.tolist():
        if _stands_alone(page, starts[c], ends[c], params):
            by_block.setdefault(owners[c], []).append(c)
    cuts: list[int] = []
    for b, injected in by_block.items():
        first, last = owners.index(b), len(owners) - 1 - owners[::-1].index(b)
        rest = [c for c in range(first, last + 1) if c not in injected]
        if not rest:
            continue
        rest_spam = 1.0 - model.probabilities(sums[rest].sum(axis=0, keepdims=True), counts[rest].sum(keepdims=True))[0, 0]
        if rest_spam >= params.rest_clean:
            continue
        for c in injected:
            cuts.append(starts[c])
            if ends[c] < seg.block_end[b]:
                cuts.append(ends[c])
    return sorted(set(cuts))


def _stands_alone(page: Page, start: int, end: int, params: DecisionParams) -> bool:
    groups = page.seg.groups[start:end]
    letters = groups >= FIRST_GROUP
    weighted = int(letters.sum()) + (DENSE_WEIGHT - 1) * int((letters & _DENSE[np.clip(groups, 0, 255)]).sum())
    return weighted >= params.short_line_letters and not _QUOTES.search(page.seg.text[start:end])
