"""A pitch's sentence that a change of script cuts into blocks: its web address in Latin letters
in the middle of a sentence of another script ("العب في أفضل كازينو أونلاين ... عبر" |
"www.casino-arab.bet" | "الآن."). The address goes on its own reading; the words around it read
as a paragraph's sentence do, under the certainty a sentence needs to stand out (0.62 alone),
and stay. Read whole, the sentence is the pitch it is (0.99): its blocks keep that reading
against their paragraph's (``view.classifier_view``, as a spliced sentence's do) from
``spliced_sentences.SPLICED_SPAM`` up, when its words but the address lean to spam together
(``parted_sentences``); those reading as spam alone keep their own reading
(``stretch_readings``). A pitch whose words read clean without the address (a Russian one's
last word, "круглосуточно.", after a head that went on its own) is left to what reads it.

>>> from spamguard.detector import Detector
>>> text = ("أخبار محلية\\nافتتحت البلدية مكتبة عامة جديدة تضم أكثر من عشرين ألف كتاب وقاعة للأطفال.\\n"
...         "وقال رئيس البلدية إن المكتبة ستفتح يومياً حتى التاسعة مساءً. العب في أفضل كازينو أونلاين "
...         "واحصل على مكافأة 200% عند التسجيل عبر www.casino-arab.bet الآن. وأضاف أن الاشتراك مجاني للطلاب.")
>>> [text[s.start:s.end] for s in Detector().clean(text).removed]
['العب في أفضل كازينو أونلاين واحصل على مكافأة 200% عند التسجيل عبر www.casino-arab.bet الآن. ']
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from .lines import SENTENCE_END
from .page import Page
from .params import DecisionParams
from .scripts import DENSE_GROUPS, LATIN, group_id
from .spliced_sentences import SPLICED_SPAM
from .stuffing import DOMAIN

if TYPE_CHECKING:  # the model module imports the view, which imports this one
    from .model import LinearModel

__all__ = ["parted_sentences"]

# scripts whose spam glued inside a sentence is read by its characters or phrases, not parted
_UNPARTED = DENSE_GROUPS - {group_id("Hangul")}
# what a sentence's words have between them: a space or nothing (a tab or two spaces part a list's items)
_GAPS = frozenset({"", " "})


def parted_sentences(
    page: Page, model: LinearModel, params: DecisionParams, block_spam: np.ndarray
) -> list[tuple[int, int]]:
    """The start and end offsets of each sentence of several blocks parted only by changes of
    script (on one line, a space or nothing between them, no stop before the last; opening its
    line or after a stop, closing with one or its line) that reads as
    ``spliced_sentences.SPLICED_SPAM`` spam or more whole, when one of its blocks reads as spam
    on its own (``params.spam_threshold``, ``block_spam``), one in Latin letters reads so or is a
    web address (``stuffing.DOMAIN``), none in Latin letters is a phrase as long as a line (spam
    of its own slipped into a host's sentence of another script), and the blocks not reading as
    spam alone lean to it read together (``params.sentence_clean``), none of them as long as a
    line (``params.short_line_letters``) reading clearly clean alone (``params.clearly_clean``): a
    host's sentence around an injected address reads clean without it. Not in Chinese, Japanese or Thai, whose spam glued
    inside a sentence is read by its characters or phrases (``glued_runs``, ``phrase_runs``). A
    page with no block reading as spam costs one mask."""
    seg = page.seg
    sure = block_spam >= params.spam_threshold
    group = page.profile.block_group
    if not sure.any() or seg.n_blocks < 2:
        return []

    def _whole_sentence(j: int, k: int) -> bool:
        # it opens its line or follows a stop (not a list's separator), and ends with one or its line
        line = seg.block_line
        opens = j == 0 or line[j - 1] != line[j] or (
            SENTENCE_END.search(page.block_text(j - 1)) is not None and not seg.text[int(ends[j - 1]) : int(starts[j])].strip()
        )
        return opens and (k + 1 == seg.n_blocks or line[k + 1] != line[k] or SENTENCE_END.search(page.block_text(k)) is not None)

    def _latin_words(i: int) -> bool:
        # a phrase in Latin letters, not an address or a name: spam of its own slipped into the host's sentence
        return bool(group[i] == LATIN and letters[i] >= params.short_line_letters and not DOMAIN.fullmatch(page.block_text(i)))

    def _addressed(i: int) -> bool:
        # a block in Latin letters that reads as spam alone or is a web address
        return bool(group[i] == LATIN and (sure[i] or DOMAIN.search(page.block_text(i))))

    # block k runs on into block k + 1: same line, another script, a space or nothing between, no stop
    runs_on = (seg.block_line[1:] == seg.block_line[:-1]) & (group[1:] != group[:-1])
    starts, ends = seg.block_start, seg.block_end
    letters = page.weighted_letters
    line_long = letters >= params.short_line_letters
    candidates: list[tuple[int, int]] = []
    rests: list[tuple[int, int]] = []  # each candidate's blocks not reading as spam alone, as spans
    owners: list[int] = []

    def goes_on(k: int) -> bool:
        return bool(runs_on[k]) and seg.text[int(ends[k]) : int(starts[k + 1])] in _GAPS \
            and SENTENCE_END.search(page.block_text(k)) is None

    # each sentence holding a block that reads as spam, found from that block: a page of many
    # blocks and a few such costs a few steps, not one a block
    done = -1
    for b in np.flatnonzero(sure).tolist():
        if b <= done:
            continue
        j, k = b, b
        while j > 0 and goes_on(j - 1):
            j -= 1
        while k + 1 < seg.n_blocks and goes_on(k):
            k += 1
        done = k
        span = range(j, k + 1)
        if k > j and _whole_sentence(j, k) and any(_addressed(i) for i in span) \
                and not any(int(group[i]) in _UNPARTED or _latin_words(i) for i in span):
            rest = [i for i in span if not sure[i]]
            # and none of them a line's words reading clearly clean alone: the host's own around an injection
            if rest and not any(line_long[i] and block_spam[i] < params.clearly_clean for i in rest):
                n = len(candidates)
                candidates.append((j, k))
                rests += [(int(starts[i]), int(ends[i])) for i in rest]
                owners += [n] * len(rest)
    if not candidates:
        return []
    a = np.array([int(starts[j]) for j, _ in candidates], dtype=np.int64)
    z = np.array([int(ends[k]) for _, k in candidates], dtype=np.int64)
    keep = 1.0 - model.span_probabilities(seg.cps, a, z)[:, 0] >= SPLICED_SPAM
    if rests:
        # the rest of each candidate read as one text, its blocks' rows summed
        sums, counts = model.span_sums(seg.cps, np.array([p for p, _ in rests]), np.array([q for _, q in rests]))
        owner = np.array(owners)
        by = np.unique(owner)
        rest_sums = np.stack([sums[owner == n].sum(axis=0) for n in by.tolist()])
        rest_counts = np.array([counts[owner == n].sum() for n in by.tolist()])
        keep[by] &= 1.0 - model.probabilities(rest_sums, rest_counts)[:, 0] >= params.sentence_clean
    return list(zip(a[keep].tolist(), z[keep].tolist()))
