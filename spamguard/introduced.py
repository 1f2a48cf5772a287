"""Lists that a sentence of the host's introduces: the names they hold are mentioned, not sold.

News of a regulator's order lists the blocked sites one a line under "Las webs bloqueadas son
las siguientes:"; a ministry's warning numbers the judol sites it blocked under "... antara
lain:". Each item is a bare name or address, which the classifier reads as the site's own
keyword; the sentence before the list, which reads clean and ends in a colon, says what they are.
An injected list does not come with a sentence of the host's announcing it, and a spam site's
own list comes under its own sales line, which does not read clean. What the host sentence cannot
tell apart is a link list injected under a plain line of its own ("Useful links for our
visitors:"): there the rest of the page talks about something else, so the list counts as
introduced only when the host's text, read as a whole, leans to the list's own category
(``same_topic``): the regulator's article speaks of betting, the library's of story time.

Like a quotation in the host's prose (``quotes.quoted_blocks``), such items are set apart when the
classifier reads the page (``view.quotations_of``).

>>> page = Page.from_text("Kominfo memblokir ribuan situs, antara lain:\\n1. Slot88 Gacor\\n2. Togel Hoki 4D")
>>> introduced_items(page, np.ones(3, dtype=bool), np.ones(3, dtype=bool), lambda run, rest: True).tolist()
[False, True, True]
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable

import numpy as np
import regex

from .categories import without_categories
from .lines import SENTENCE_END, line_items
from .page import Page
from .scripts import DENSE_GROUPS

# a bullet or a number, then the item: "- casinovip-es.com", "3. Togel Hoki 4D", "・N級品ショップ東京";
# a hyphen, an asterisk or a number needs a space or a letter after it ("-5%", "2025.")
_ITEM = regex.compile(
    r"(?:(?P<mark>[-\u2013\u2014*])\s+|(?P<mark>[\u2022\u25aa\u25ba\u25e6\u2023\u30fb\u25cf\u25a0\u25c6\u2460-\u2473])\s*"
    r"|\(?\d{1,3}(?P<mark>[.)\u3001\uff0e])\s*(?=\D))(?P<item>\S.*)"
)
_COLON_END = regex.compile(r"[:\uff1a][\s\p{Cf}]*$")
ITEM_WORDS = 6  # words of an item: a name, an address or a headline quoted ("Slot88 Gacor", "Crédito aprobado al instante")
ITEM_LETTERS = 40  # characters of a bare item
DENSE_ITEM_LETTERS = 16  # the same in a script written without spaces
INTRO_WORDS = 4  # words of the introducing sentence (8 letters of a script written without spaces)
MIN_ITEMS = 2


_BULLETS = "\u25aa\u25ba\u25e6\u25cf\u25a0\u25c6"  # bullets that are symbols (So) to Unicode


def _view(page: Page, k: int) -> str:
    """Line k as a list reads, whatever dresses it: NFKC (full-width forms), without format
    controls (bidi, zero-width) and pictographs (emoji between words), bullets kept."""
    return page.cached("list_view", k, lambda j: _dressless(page.line_text(j)))


def _dressless(text: str) -> str:
    return " ".join(without_categories(unicodedata.normalize("NFKC", text), ("Cf", "So"), keep=_BULLETS).split())


def _mark(page: Page, k: int) -> str | None:
    """Line k's list mark ("n" for any number) when it is one bare item; None otherwise."""
    m = _ITEM.fullmatch(_view(page, k))
    if m is None:
        return None
    item = m.group("item")
    dense = page.profile.line_group[k] in DENSE_GROUPS
    if len(item) > (DENSE_ITEM_LETTERS if dense else ITEM_LETTERS) or len(item.split()) > ITEM_WORDS or SENTENCE_END.search(item):
        return None
    if len(line_items(page, k)) > 2:  # a list on the item's line: "- casino | poker | slots"
        return None
    return "n" if m.group("mark") in ".)\u3001\uff0e" else m.group("mark")


def _introduces(page: Page, k: int) -> bool:
    """Whether line k is a sentence that announces what follows: one item, ending in a colon, of
    ``INTRO_WORDS`` words or more."""
    text = _view(page, k)
    if not _COLON_END.search(text) or len(line_items(page, k)) > 1:
        return False
    if page.profile.line_group[k] in DENSE_GROUPS:
        return sum(c.isalpha() for c in text) >= 2 * INTRO_WORDS
    return len(text.split()) >= INTRO_WORDS


def introduced_items(
    page: Page, candidates: np.ndarray, reads_clean: np.ndarray, same_topic: Callable[[list[int], list[int]], bool]
) -> np.ndarray:
    """Whether each block is on a line of a bare list (``MIN_ITEMS`` lines or more, each one bullet
    or number and a name of at most ``ITEM_WORDS`` words, no sentence) that comes right under a
    sentence of the host's ending in a colon that reads clean (``reads_clean``, by line), on a
    page whose other lines talk about what the list names (``same_topic``, given the list's lines
    and the page's other lines of text). Only lists holding a line ``candidates`` marks (by line)
    are looked at.
    """
    seg = page.seg
    out = np.zeros(seg.n_blocks, dtype=bool)
    if not candidates.any():
        return out
    text_lines = np.flatnonzero(np.bincount(seg.block_line, minlength=seg.n_lines) > 0)
    pos = {int(k): j for j, k in enumerate(text_lines)}
    marks: dict[int, str | None] = {}

    def mark(j: int) -> str | None:
        if j not in marks:
            marks[j] = _mark(page, int(text_lines[j]))
        return marks[j]

    done: set[int] = set()
    for k in np.flatnonzero(candidates).tolist():
        j = pos.get(int(k))
        if j is None or j in done or (kind := mark(j)) is None:
            continue
        first, last = j, j
        while first > 0 and mark(first - 1) == kind:
            first -= 1
        while last + 1 < len(text_lines) and mark(last + 1) == kind:
            last += 1
        done.update(range(first, last + 1))
        intro = int(text_lines[first - 1]) if first > 0 else -1
        if last - first + 1 < MIN_ITEMS or intro < 0 or not reads_clean[intro] or not _introduces(page, intro):
            continue
        run = text_lines[first : last + 1].tolist()
        if not same_topic(run, text_lines[:first].tolist() + text_lines[last + 1 :].tolist()):
            continue
        for line in run:
            blocks = page.line_blocks(int(line))
            out[blocks.start : blocks.stop] = True
    return out
