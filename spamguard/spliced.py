"""A phrase said over and over slipped into the page's own text: where it is.

Keywords stuffed between two words of a host's sentence ("Také se podává debil čurák chcanky
čurák debil hovno chcanky hovno ... tradiční cukroví") read clean to the classifier when it does
not know their words, and the sentence around them is the host's, which it reads as clean too.
Their shape and their words give them away: a few words said over and over
(``stuffing.repeated_runs``) that the page's other lines do not say (``NOVEL_SHARE`` of the
run's sayings). A sentence of the page's own that
says its words again (a refrain, a list of things with a word in common) uses the page's words,
which come back elsewhere on it; so does a site's ticker line ("ÚLTIMA HORA • ÚLTIMA HORA").

A list that names one of its items again (``repeated_items``: "...öppet zorblax | quimtor |
vendrix | zorblax | quimtor även på lördagar...") is such a run too. A Chinese or Japanese one
has no words that part the host's characters into words the page says again: its items must not
be said in the text around it (``AROUND``), as a schedule's team names are in its report.

Only a run with a host's words beside it on its line (``HOST_LETTERS``) is spliced: a line that
is nothing but stuffing is the classifier's and the line rules' to judge. A run in quotation
marks is what the page quotes. The run's edges are cuts for the detector's next look
(``spliced_cuts``, with the injected clauses of ``spamguard.inline``), after which it is blocks of
its own that the rule ``rules.repeated_phrase`` reports.

>>> from spamguard.page import Page
>>> text = ("Christmas in Bohemia\\nA fish soup comes first. Také se podává debil čurák chcanky čurák "
...         "debil hovno chcanky hovno chcanky debil hovno tradiční cukroví, and the carp is fried.")
>>> [text[s:e] for s, e in spliced_runs(Page.from_text(text))]
['debil čurák chcanky čurák debil hovno chcanky hovno chcanky debil hovno']
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

import numpy as np
import regex

from .page import Page
from .params import CLEAN
from .repeated_items import LIST_SEPARATOR, repeated_items
from .stretch_edges import DENSE_LETTER
from .stuffing import repeated_runs, said_words

__all__ = ["HOST_LETTERS", "spliced_blocks", "spliced_cuts", "spliced_runs"]

# Letters of its line outside a run (a letter of a script without spaces counting as
# ``page.letters_before`` counts it) that make the rest a host's sentence: a short line's worth.
HOST_LETTERS = 33
# Share of a run's sayings that must be of words no other line of the page says.
NOVEL_SHARE = 0.6
# Characters on each side of a Chinese or Japanese run in which its items must not be said: a
# page's worth of text, looked through once per run however long the page
AROUND = 5_000
_QUOTES = frozenset("\"'“”„«»「」『』‹›‘’")
_NOT_SPACE = regex.compile(r"\S")
# a colon or a quotation mark, then at most a few spaces, symbols or invisible characters
_INTRODUCED = regex.compile(r"[:：\"'“”„«»「」『』‹›‘’][\s\p{S}\p{Cf}]{0,8}$")


def spliced_runs(page: Page) -> tuple[tuple[int, int], ...]:
    """The runs of words said over and over, spliced into the page's own text, as offsets."""
    return page.cached("spliced", -1, lambda _: _find(page))


def _find(page: Page) -> tuple[tuple[int, int], ...]:
    seg, text = page.seg, page.text
    weight = page.letters_before
    runs = repeated_runs(text) + repeated_items(text)
    if not runs:
        return ()
    said = said_words(text)
    elsewhere_of: dict[int, Counter[str]] = {}  # the words of the other lines, for each line with a run
    out = []
    for a, b, words in runs:
        k = int(np.searchsorted(seg.line_start, a, side="right")) - 1
        s, e = int(seg.line_start[k]), int(seg.line_end[k])
        if (weight[a] - weight[s]) + (weight[e] - weight[b]) < HOST_LETTERS or _quoted(text, a, b):
            continue
        if _chinese_or_japanese(text[a:b]):
            # no words part the host's characters: an item said again that they say around the
            # list is theirs, whatever line ("东城 - 南城 - 东城 - 北城" in a report on "东城队")
            if not any(text.find(w, max(0, a - AROUND), a) >= 0 or text.find(w, b, b + AROUND) >= 0 for w in words):
                out.append((a, b))
            continue
        # the page's other lines: the run's own line may hold more of it, or a word of it in the
        # host's words beside it ("... online olarak anında görebilir" on a page stuffed with
        # "kefilsiz kredi anında")
        if k not in elsewhere_of:
            elsewhere_of[k] = said - said_words(text[s:e])
        elsewhere = elsewhere_of[k]
        inside = said_words(text[a:b])
        novel = sum(inside[w] for w in words if not elsewhere[w])
        if novel >= NOVEL_SHARE * sum(inside[w] for w in words):
            out.append((a, b))
    return tuple(out)


def _quoted(text: str, a: int, b: int) -> bool:
    """Whether a quotation mark or a colon comes just before ``text[a:b]`` (spaces, symbols and
    invisible characters aside), or a quotation mark stands inside it: the page quotes or names
    what follows ("Dzikir yang dianjurkan ...: subhanallah, subhanallah, subhanallah; ...")."""
    return bool(_INTRODUCED.search(text[max(0, a - 12) : a])) or any(c in _QUOTES for c in text[a:b])


def spliced_cuts(page: Page, final: list[str], cut_elsewhere: Sequence[int] = ()) -> list[int]:
    """Where kept blocks must be cut so that each spliced run is blocks of its own: a run's first
    letter and the first letter after it, where they fall inside a block that ``final`` keeps
    (``CLEAN``). A removed block the run is in went with the words around it, which are spam too
    when they are not the host's (``spamguard.host_sentences`` cuts the host's off it).

    A run of Chinese or Japanese (a list read by its characters) waits while another reading cuts
    its block (``cut_elsewhere``: the offsets of those cuts): the classifier's reading of the
    characters around it (``dense_runs``, ``glued_runs``) finds the words glued to it that are spam
    too ("一比一复刻_复刻表_复刻表官网入口"). Where that reading took the host's characters before the
    list's first item (an item the list names again, so the list's), they are cut off the removed
    block; the words after its last item may be the list's tail ("の専門店", "官网入口") and stay
    the reading's, unless that reading cut inside an edge item, which is the list's own (the
    reading's edge a character or two short: "激" | "安男子の部では…")."""
    runs = spliced_runs(page)
    if not runs:
        return []
    seg = page.seg
    blocks_cut = set(np.searchsorted(seg.block_end, cut_elsewhere, side="right").tolist())
    elsewhere = np.sort(np.asarray(cut_elsewhere, dtype=np.int64))
    cuts = []
    for a, b in runs:
        after = _NOT_SPACE.search(page.text, b)
        cjk = _chinese_or_japanese(page.text[a:b])
        first, last = _edge_items(page.text, a, b) if cjk else ((a, a), (b, b))
        for at, (p, q) in ((a, first), (after.start() if after else b, last)):
            i = int(np.searchsorted(seg.block_start, at, side="right")) - 1
            inside_item = bool(np.searchsorted(elsewhere, q) - np.searchsorted(elsewhere, p, side="right"))
            if cjk and i in blocks_cut and not inside_item:
                continue
            head = at == a and page.text[a].isalnum()  # a first item the list names again
            if i >= 0 and seg.block_start[i] < at < seg.block_end[i] and (final[i] == CLEAN or (cjk and (head or inside_item))):
                cuts.append(at)
    return cuts


def _edge_items(text: str, a: int, b: int) -> tuple[tuple[int, int], tuple[int, int]]:
    """The first and last items of the list ``text[a:b]``, as offsets: up to its first separator,
    and after its last (none, empty at its edges, for a run of words said over and over)."""
    seps = list(LIST_SEPARATOR.finditer(text, a, b))
    if not seps:
        return (a, a), (b, b)
    return (a, seps[0].start()), (seps[-1].end(), b)


def _chinese_or_japanese(run: str) -> bool:
    """Whether most of a run's letters are Chinese or Japanese, which ``dense_runs`` and
    ``glued_runs`` read character by character."""
    letters = [c for c in run if c.isalpha()]
    return 2 * sum(1 for c in letters if DENSE_LETTER.match(c)) > len(letters)


def spliced_blocks(page: Page) -> np.ndarray:
    """Whether each block lies within a spliced run, once per page: the decision's candidates and
    the rule ``rules.repeated_phrase`` read the same mask."""

    def mask(_: int) -> np.ndarray:
        out = np.zeros(page.seg.n_blocks, dtype=bool)
        for a, b in spliced_runs(page):
            out[np.searchsorted(page.seg.block_start, a) : np.searchsorted(page.seg.block_end, b, side="right")] = True
        return out

    return page.cached("spliced_blocks", -1, mask)
