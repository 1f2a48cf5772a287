"""A whole sentence spliced between two words of a host's sentence, once cut out: its blocks.

``seams.seam_cuts`` cuts a stretch that a capital opens right after one of the host's words and
that a stop closes, the host's next words following in lower case ("Wir brauchen | Dreh heute die
Walzen und wir verdoppeln deine erste Einzahlung, dazu 50 Freispiele ohne Umsatzbedingungen. |
(wieder) eine Elite"). In the detector's next look the stretch is blocks of its own with the
host's words glued on both sides: a shape no writer gives a sentence of their own, which is the
evidence the rule ``rules.spliced_sentence`` reports. The stretch is read as one text (a pitch's
hook question alone reads clean: "Precisa de dinheiro antes do salário?" 0.26, with its offer
0.95), and its blocks keep that reading against their paragraph's (``view.classifier_view``) from
``SPLICED_SPAM`` up, under the certainty a sentence of running prose needs alone: the shape says
what the prose threshold would otherwise guard against.

>>> from spamguard.page import Page
>>> text = ("Wir brauchen Dreh heute die Walzen und wir verdoppeln deine erste Einzahlung. (wieder) eine "
...         "Elite, aber keine der Leute, die nur den eigenen Geldbeutel sehen.")
>>> page = Page.from_text(text, [text.index("Dreh"), text.index(" (wieder)")])
>>> [page.block_text(i) for i in range(page.seg.n_blocks)]
['Wir brauchen', 'Dreh heute die Walzen und wir verdoppeln deine erste Einzahlung.', '(wieder) eine Elite, aber keine der Leute, die nur den eigenen Geldbeutel sehen.']
>>> spliced_sentences(page).tolist()
[-1, 0, -1]
"""

from __future__ import annotations

import numpy as np
import regex

from .page import Page
from .params import DecisionParams
from .scripts import FIRST_GROUP
from .sentences import upper_table

__all__ = ["GLUED_BEFORE", "MAX_LETTERS", "MAX_STRETCH_LETTERS", "SPLICED_SPAM", "spliced_sentences", "stretch_bounds"]

# the longest stretch, in lines (``params.short_line_letters``) before its stop: a pitch of a
# sentence or two, not a paragraph (``seams.seam_cuts`` reads stretches as long)
MAX_STRETCH_LETTERS = 6
MAX_LETTERS = MAX_STRETCH_LETTERS * DecisionParams.short_line_letters
# What a spliced stretch must read to keep its own reading, and for ``seams.seam_cuts`` to cut it
# out: a stretch of a host's own prose that a capital opens and a stop closes mid-sentence reads
# as the host does.
SPLICED_SPAM = 0.85
# the host's word before the stretch: a letter, then only spaces
GLUED_BEFORE = regex.compile(r"\p{L} +$")
# the stretch's stop (a closing quotation mark or bracket may follow it), then the host's next
# words in lower case (a bracket or a quotation mark may open them)
_ENDS = regex.compile(r"[.!?][\"'\u201d\u2019\u00bb)]?$")
_GLUED_AFTER = regex.compile(r"^ +[(\[«„“‘\"']?\p{Ll}")


def spliced_sentences(page: Page) -> np.ndarray:
    """Per block, the number of the spliced stretch it belongs to, -1 for none (once per page)."""
    return page.cached("spliced_sentences", -1, lambda _: _find(page))


def stretch_bounds(page: Page) -> tuple[np.ndarray, np.ndarray]:
    """Each spliced stretch's start and end offsets, in stretch order."""
    of = spliced_sentences(page)
    seg = page.seg
    if not (of >= 0).any():
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    inside = np.flatnonzero(of >= 0)
    firsts = inside[np.r_[True, of[inside][1:] != of[inside][:-1]]]
    lasts = inside[np.r_[of[inside][1:] != of[inside][:-1], True]]
    return seg.block_start[firsts].astype(np.int64), seg.block_end[lasts].astype(np.int64)


def _find(page: Page) -> np.ndarray:
    seg, text = page.seg, page.text
    n = seg.n_blocks
    out = np.full(n, -1, dtype=np.int64)
    if n < 3:
        return out
    start, end = seg.block_start, seg.block_end
    same_line = seg.block_line[1:] == seg.block_line[:-1]
    same = (seg.block_piece[1:] == seg.block_piece[:-1]) & same_line
    group = page.profile.block_group
    # a block that a capital opens right after a word of the host's in its script: the block
    # before ends with a letter (most blocks of a piece follow a stop)
    opens = np.flatnonzero(same[:-1] & (group[1:-1] == group[:-2])) + 1
    opens = opens[(seg.groups[end[opens - 1] - 1] >= FIRST_GROUP) & (seg.cps[start[opens] - 1] == 0x20)]
    opens = opens[np.take(upper_table(), np.minimum(seg.cps[start[opens]], 0x10000))]
    weight = page.letters_before
    upper = np.take(upper_table(), np.minimum(seg.cps[start], 0x10000))
    k = 0
    for b in opens.tolist():
        if not GLUED_BEFORE.search(text[max(int(start[b]) - 8, int(start[b - 1])) : int(start[b])]):
            continue
        # whole sentences, each ending with a stop, up to one that the host's next words follow
        # in lower case (a piece of their own when a cut at the space after the stop made it); a
        # cut of an earlier look may have left the host's words before the stretch a block that a
        # capital opens too ("...loja online em | Obrigado pa | Precisa de dinheiro ..."), which
        # ends with no stop
        j = b
        while j + 1 < n and same_line[j] and weight[end[j]] - weight[start[b]] <= MAX_LETTERS:
            if not _ENDS.search(text, int(start[j]), int(end[j])):
                break
            if _GLUED_AFTER.match(text[int(end[j]) : int(start[j + 1]) + 2]):
                out[b : j + 1] = k
                k += 1
                break
            if not (same[j] and upper[j + 1]):
                break
            j += 1
    return out
