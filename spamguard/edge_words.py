"""Spam words left on a kept block glued to a removed one: where to cut the kept block so they go.

A line is parted into blocks where its script changes, at a list's separator and at a sentence's
stop, not where an injection's words start: "Библиотека работает ежедневно реплики часов" |
"www.replica-chasy.top/shop" | "копии брендов" | ... keeps the keywords before the first address
with the host's words, and that block reads clean enough to stay. The words of a kept block
nearest a removed stretch on its line, with no stop between them, that lean to the category the
stretch reads as are cut off the kept block (``edge_word_cuts``), and the detector looks at the
page again with them a block of their own (``segment(text, cuts)``, as ``spamguard.inline`` does
for clauses injected into a kept sentence). A list's first item is cut off so too when
the stretch holds it again as an item of its own ("...ותיק פורנו חינם" | "hot874.vip/go/3363 -
פורנו חינם✅ https://..."), whatever the model knows of its words (``listed_again``).

>>> from spamguard.detector import Detector
>>> text = ("Главная | О библиотеке | Новости\\nНовый график работы\\n"
...         "Библиотека работает ежедневно реплики часов www.replica-chasy.top/shop  копии брендов "
...         "https://kopii-brendov.xyz/catalog с девяти утра до восьми вечера, кроме последнего четверга месяца.\\n"
...         "Читальный зал открыт по субботам.")
>>> [text[s.start:s.end] for s in Detector().clean(text).removed]
['реплики часов www.replica-chasy.top/shop  копии брендов https://kopii-brendov.xyz/catalog ']
"""

from __future__ import annotations

import numpy as np

from .lines import SENTENCE_END
from .listed_again import item_edge, item_end
from .model import LinearModel
from .page import Page
from .params import CLEAN, DecisionParams
from .scripts import DENSE_GROUPS
from .separated_items import edge_item
from .view import page_on_topic
from .word_runs import MAX_EDGE_WORDS

__all__ = ["edge_word_cuts"]

# A kept block's word joins the removed stretch next to it when the block's own characters' rows
# give the stretch's category this much evidence over clean per character: the keywords before an
# address list ("реплики часов" 8.5 and 7.1, "افضل موقع قمار" 4.8-8.8) against a host's words
# next to a list (2.0-2.8: "serbestisi,", "بالارتباك،"). Read from the kept block alone: the
# n-grams across the gap would lend the spam's evidence to the host's first letters.
KEPT_EDGE_EVIDENCE = 3.0
# the fewest letters of a word that joins (a one-letter preposition says nothing of its own)
MIN_WORD_LETTERS = 2


def edge_word_cuts(page: Page, final: list[str], model: LinearModel, params: DecisionParams) -> list[int]:
    """Offsets that cut the words of a kept block leaning to the category of the removed stretch
    its line glues it to (``KEPT_EDGE_EVIDENCE``, up to ``word_runs.MAX_EDGE_WORDS`` of them, the
    block keeping one word at least) off the rest of the block; only in blocks of a script that
    spaces its words and that the page is written in, with no stop between the block and the
    stretch, and not when the page's text around the words and the stretch is on the stretch's
    topic (``view.page_on_topic``: an encyclopedia's "See also: Problem gambling" before its
    list of articles). On either side, also the words that complete an item the stretch lists
    again or that it says in a row (``listed_again.item_edge``, ``item_end``) and an item the
    stretch's own separator glues to it (``separated_items.edge_item``), a line's letters of the
    host's words staying on that side."""
    seg = page.seg
    removed = np.asarray(final, dtype=object) != CLEAN
    if not removed.any():
        return []
    line = seg.block_line
    cuts: list[int] = []
    for lo, hi in zip(*(r.tolist() for r in seg.line_runs(removed))):
        a, z = int(seg.block_start[lo]), int(seg.block_end[hi])
        category = None
        for k, before in ((lo - 1, True), (hi + 1, False)):
            if k < 0 or k >= seg.n_blocks or removed[k] or line[k] != line[lo]:
                continue
            group = int(page.profile.block_group[k])
            if group in DENSE_GROUPS or group not in page.profile.home_groups:
                continue
            if SENTENCE_END.search(page.block_text(k if before else hi)):
                continue
            if category is None:
                sums, _ = model.span_sums(seg.cps, np.array([a]), np.array([z]))
                category = 1 + int(np.argmax(sums[0, 1:] - sums[0, 0]))
            cut = _leaning_edge(page, model, k, category, before)
            if cut is not None and not page_on_topic(page, model, params, *((cut, z) if before else (a, cut))):
                cuts.append(cut)
            # an item the list says again is the list's, on whatever topic the page is, and so is
            # one its own separator glues to it (``separated_items``); the item said again first,
            # which may be longer than the one word the separator glues
            item = (item_edge if before else item_end)(page, k, a, z, params.short_line_letters)
            if item is None:
                item = edge_item(page, k, a, z, params.short_line_letters, before)
            if item is not None:
                cuts.append(item)
    return cuts


def _leaning_edge(page: Page, model: LinearModel, k: int, category: int, before: bool) -> int | None:
    """Where the words of block ``k`` at its edge towards the stretch (its end when it comes
    ``before`` the stretch) that lean to ``category`` start (or, after the stretch, where the
    block's words after them start); None when no word does."""
    seg = page.seg
    s, e = int(seg.block_start[k]), int(seg.block_end[k])
    starts, ends = page.space_parted(s, e)
    if len(starts) < 2:
        return None
    rows, _ = model.char_sums(seg.cps, s, e)
    evidence = rows[:, category] - rows[:, 0]
    words = range(len(starts) - 1, 0, -1) if before else range(len(starts) - 1)
    cut = None
    for w in list(words)[:MAX_EDGE_WORDS]:
        p, q = int(starts[w]), int(ends[w])
        if evidence[p - s : q - s].sum() < KEPT_EDGE_EVIDENCE * (q - p):
            break
        if page.letters_before[q] - page.letters_before[p] < MIN_WORD_LETTERS:
            break
        cut = p if before else int(starts[w + 1])
    return cut
