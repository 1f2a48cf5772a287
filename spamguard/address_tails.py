"""The host's words glued after an injected address: where to cut a removed block so they stay.

A list of spam addresses slipped into a host's sentence ends with an address, and nothing but a
space parts it from the host's next words: "...est formellement interdit par [keywords and
addresses] http://freespinssansd354.vip la loi." is one block, and "la loi." goes with the list.
An address is a word no host sentence runs on from, so the block is cut after the last one when
what follows reads as a host's words (``address_tail_cuts``), and the detector looks at the page
again with them a block of their own (``segment(text, cuts)``, as ``spamguard.inline`` does for
clauses injected into a kept sentence).

>>> from spamguard.detector import Detector
>>> text = ("Home | News | Sport\\nCouncil approves new park\\n"
...         "The council approved the plan for a new park near the river on Monday after "
...         "replica watches cheap www.replica-rolex-outlet.top/shop rolex replica "
...         "https://www.cheap-rolex-sale.xyz/buy a long debate about its cost.\\n"
...         "The park opens next spring, the mayor said.")
>>> [text[s.start:s.end] for s in Detector().clean(text).removed]
['replica watches cheap www.replica-rolex-outlet.top/shop rolex replica https://www.cheap-rolex-sale.xyz/buy ']
"""

from __future__ import annotations

import numpy as np
import regex

from .clauses import CLAUSE_MARK
from .lines import SENTENCE_END
from .model import LinearModel
from .page import Page
from .params import CLEAN, DecisionParams
from .stuffing import DOMAIN

__all__ = ["address_tail_cuts"]

# the words at the head of a tail that must read clean on their own: a host's sentence read whole
# outweighs the keywords that open it ("prace licencjackie na zlecenie Uspaskich odrzucał...",
# 0.008 as a whole, 0.54 for its first words)
HEAD_WORDS = 3
_LETTER = regex.compile(r"\p{L}")
# An item separator opening the tail says the list goes on past the block ("...online/link - ubat
# gugur" | "kandungan ubatgugurkandu.club/..."): such a tail is the list's next item unless it
# ends a sentence or its line.
_SEPARATOR = regex.compile(r"[-|•·/–—¦｜]")
_NON_SPACE = regex.compile(r"\S*")


def address_tail_cuts(page: Page, final: list[str], model: LinearModel, params: DecisionParams) -> list[int]:
    """Offsets where the words after the last address of a removed block start, when they read as
    a host's: the whole tail and its first ``HEAD_WORDS`` words under ``params.sentence_clean``,
    with letters, not opening with an item separator unless the tail ends with a stop, a clause
    mark or its line. The tails of a page are read in one pass."""
    seg = page.seg
    tails: list[tuple[int, int]] = []
    heads: list[tuple[int, int]] = []
    for b in np.flatnonzero(np.asarray(final, dtype=object) != CLEAN).tolist():
        s, e = int(seg.block_start[b]), int(seg.block_end[b])
        last = None
        for last in DOMAIN.finditer(seg.text, s, e):
            pass
        if last is None:
            continue
        # the address runs on to the next space (a path after a bare domain: "organcitycom.vip/")
        end = _NON_SPACE.match(seg.text, last.end(), e).end()
        a = end + len(seg.text[end:e]) - len(seg.text[end:e].lstrip())
        if a == end or a >= e or not _LETTER.search(seg.text, a, e):
            continue
        tail = seg.text[a:e].rstrip()
        line_end = b + 1 >= seg.n_blocks or seg.block_line[b + 1] != seg.block_line[b]
        mark = ord(tail[-1])
        ends = line_end or SENTENCE_END.search(tail) is not None or (mark < len(CLAUSE_MARK) and bool(CLAUSE_MARK[mark]))
        if not ends and _SEPARATOR.match(tail):
            continue
        _, stops = page.space_parted(a, e)
        tails.append((a, e))
        heads.append((a, int(stops[min(HEAD_WORDS, len(stops)) - 1])))
    if not tails:
        return []
    spans = tails + heads
    spam = 1.0 - model.span_probabilities(seg.cps, np.array([a for a, _ in spans]), np.array([z for _, z in spans]))[:, 0]
    clean = np.maximum(spam[: len(tails)], spam[len(tails) :]) < params.sentence_clean
    return [a for (a, _), ok in zip(tails, clean.tolist()) if ok]
