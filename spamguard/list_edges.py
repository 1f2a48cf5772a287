"""A list's first or last item glued to a host's words in a script that spaces its words.

A keyword list slipped into a line of prose has no separator before its first item or after its
last one: the item is one block with the host's words ("...sagte der Bürgermeister casino ohne
lizenz | freispiele ohne einzahlung | ..."), which read clean and keep it, or go with it.
``list_edge_cuts`` says where to cut such a block so that, read again, the item takes the list's
reading (``view.list_items``) and the host's words their own. Chinese and Japanese, which write
no space, are ``dense_runs``'s.

>>> from spamguard.detector import Detector
>>> text = ("Startseite | Aktuelles | Kontakt\\nNeue Radwege beschlossen\\nDer Gemeinderat hat am Dienstag den "
...         "Bau von zwei neuen Radwegen entlang der Flussstraße beschlossen, sagte der Bürgermeister casino ohne "
...         "lizenz | freispiele ohne einzahlung | online casino bonus | sportwetten bonus\\nDie Bauarbeiten "
...         "sollen im Frühjahr beginnen.")
>>> [text[s.start:s.end].strip() for s in Detector().clean(text).removed]
['casino ohne lizenz | freispiele ohne einzahlung | online casino bonus | sportwetten bonus']
"""

from __future__ import annotations

import numpy as np
import regex

from .lines import PHRASE_SPACED, STOP
from .model import LinearModel
from .page import Page
from .params import CLEAN, DecisionParams
from .scripts import group_id

__all__ = ["list_edge_cuts"]

_CJK = group_id("CJK")


def list_edge_cuts(page: Page, final: list[str], model: LinearModel, params: DecisionParams) -> list[int]:
    """Cuts that make a list's first (or last) item a block of its own where it is glued to the
    host's words in a script that spaces its words or phrases: "...ومن يضلل فلا زيادة متابعين
    انستقرام | ..." or "... | Official Site 1조원 수준으로 확대되었으며, ..." leaves the item one block
    with the host's words, which read clean and keep it, or go with it. When the block holds more
    words than the list's inner items (and two) and two or more of the list's other items went,
    the item is the edge block's words after the host's last stop, or its last (first) phrase in a
    script that spaces phrases (``lines.UNSTOPPED_GROUPS``, items of one phrase), or else the
    fewest of its last (first) words, no more than the list's longest inner item has, that read as
    the list's neighbour (``params.neighbour_threshold``) while the rest, a line that stands alone
    (``params.short_line_letters``), reads clean (``params.sentence_clean``) and lowers the
    block's reading: an item longer than the others reads as spam whole. Read again, the item
    takes the list's reading (``view.list_items``), and the host's words their own. Chinese and
    Japanese, which write no space, are ``dense_runs``'s."""
    seg = page.seg
    if seg.n_blocks < 3 or not seg.block_opens_list.any():
        return []
    spaced = page.profile.block_group != _CJK
    removed = np.asarray(final, dtype=object) != CLEAN
    run = seg.block_list_run  # numbered in page order, so a run's items are one range
    first_of = np.searchsorted(run, run, side="left")
    end_of = np.searchsorted(run, run, side="right")
    at = np.arange(seg.n_blocks)
    edge = (at == first_of) | (at == end_of - 1)
    starts: list[int] = []
    ends: list[int] = []
    owners: list[int] = []
    inner_words: dict[int, int] = {}
    word_starts: list[int] = []
    word_ends: list[int] = []
    for b in np.flatnonzero(spaced & edge & (end_of - first_of >= 3)).tolist():
        items = np.arange(first_of[b], end_of[b])
        first = b == items[0]
        if removed[items[items != b]].sum() < 2:
            continue
        # an item of as many words as the others is the list's own ("สมัครรับโบนัส 100%")
        words = [len(seg.text[int(seg.block_start[i]) : int(seg.block_end[i])].split()) for i in items.tolist()]
        inner = inner_words[b] = max(words[1:-1])
        if words[0 if first else -1] <= max(2, inner):
            continue
        s, e = int(seg.block_start[b]), int(seg.block_end[b])
        gaps = [m.span() for m in _WORD_GAP.finditer(seg.text, s, e)]
        # a first item glued after the host's stop starts there ("...mười giờ tối. tải game đánh
        # bài đổi thưởng | ...": no capital after the stop made it a sentence of its own)
        stops = [k for k in range(1, len(gaps) + 1) if STOP.match(seg.text, gaps[-k][0] - 1)] if first else []
        if stops and stops[0] <= inner + 1:
            starts.append(gaps[-stops[0]][1])
            ends.append(e)
            owners.append(b)
            word_starts.append(starts[-1])
            word_ends.append(e)
            continue
        for k in range(1, min(inner, len(gaps)) + 1):
            # the first list item's words end its block; the last one's start it
            a, z = (gaps[-k][1], e) if first else (s, gaps[k - 1][0])
            starts.append(a)
            ends.append(z)
            owners.append(b)
            # its k-th word, from the list's side
            word_starts.append(a if first else (gaps[k - 2][1] if k > 1 else s))
            word_ends.append((gaps[-k + 1][0] if k > 1 else e) if first else z)
    if not owners:
        return []
    # the host's side: what is left of the block
    host_starts = [int(seg.block_start[b]) if a > seg.block_start[b] else z for a, z, b in zip(starts, ends, owners)]
    host_ends = [a if a > seg.block_start[b] else int(seg.block_end[b]) for a, b in zip(starts, owners)]
    n = len(starts)
    weight = page.letters_before
    read = 1.0 - model.span_probabilities(
        seg.cps, np.array(starts + host_starts + seg.block_start[owners].tolist() + word_starts),
        np.array(ends + host_ends + seg.block_end[owners].tolist() + word_ends),
    )[:, 0]
    spam, host, whole, word = read[:n], read[n : 2 * n], read[2 * n : 3 * n], read[3 * n :]
    phrased = PHRASE_SPACED[np.clip(page.profile.block_group, 0, 255)]
    best: dict[int, int] = {}
    for c, b in enumerate(owners):
        if phrased[b] and inner_words[b] == 1:
            # a script that spaces phrases, not words, whose items are one phrase: the edge
            # block's last (first) phrase is the item
            best[b] = c
            continue
        # the host's words are a line that stands alone, read clean and lower the item's reading:
        # an item longer than the others ("saque via pix na hora", "deneme bonusu veren siteler")
        # reads as spam whole, or leaves a word or two
        letters = weight[host_ends[c]] - weight[host_starts[c]]
        if letters < params.short_line_letters or host[c] >= params.sentence_clean or spam[c] <= whole[c]:
            continue
        # the fewest words that read as the list's neighbour, and the words before (after) them
        # that do so on their own ("buy" + "viagra online"): a host's word is never the item's
        if b not in best:
            if spam[c] >= params.neighbour_threshold:
                best[b] = c
        elif best[b] == c - 1 and word[c] >= params.neighbour_threshold:
            best[b] = c
    return [starts[c] if starts[c] > seg.block_start[b] else ends[c] for b, c in best.items()]


_WORD_GAP = regex.compile(r"\s+")
