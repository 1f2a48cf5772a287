"""A list's edge item that the list's own separator glues to the host's words.

An injected list dropped into a sentence is parted into blocks at its separators, but its first
item shares a block with the host's words before it, and its last one with the host's words
after it ("... käsien ja mulkku -" | "kyrvitys - vitusti - ... - munapää" | "- vitutus jalkojen
ihon ..."): a keyword the model hardly knows reads with them as clean. The separator that parts
the list's items says where the item ends, not where it starts in the host's words; the item takes
as many words as the list's shortest item (``edge_item``: one for a list of single keywords). A
comma is a host's mark as often as a list's ("In the summer, casino online, ..."), so only the
marks of ``repeated_items.LIST_SEPARATOR`` glue an item, and only one that parts the list's items
``MIN_SEPARATORS`` times; not the wide commas that Chinese and Japanese prose lists things with,
and only in a script that spaces its words (a run of Han characters is no one word).

>>> from spamguard.detector import Detector
>>> text = ("Etusivu | Kurssit | Yhteystiedot\\nIhonhoidon kurssi\\nKurssi kestää kuusi viikkoa, ja opetusta on "
...         "kahtena iltana viikossa koulun omassa työtilassa.\\nToisella viikolla opiskelija harjoittelee käsien ja "
...         "zorblax - kyrvitys - vitusti - kulli - perspano - koiranpaska - munapää - quimtor jalkojen hoitoa "
...         "yhdessä ohjaajan kanssa ennen kirjallista koetta.\\nMateriaalit sisältyvät kurssimaksuun.")
>>> [text[s.start:s.end].strip() for s in Detector().clean(text).removed]
['zorblax - kyrvitys - vitusti - kulli - perspano - koiranpaska - munapää - quimtor']
"""

from __future__ import annotations

from collections import Counter

import regex

from .page import Page
from .repeated_items import LIST_SEPARATOR
from .scripts import DENSE_GROUPS
from .stuffing import WORDS

__all__ = ["MIN_SEPARATORS", "edge_item", "separated_item"]

# how many times a separator must part the list's items to glue one more to it
MIN_SEPARATORS = 2
# Chinese and Japanese prose lists things with these, and a block of those scripts is no word
_WIDE_COMMAS = ("，", "、")
_TAIL = 200  # characters at a stretch's end looked through for its last word


def _separator(stretch: str) -> tuple[str, int] | None:
    """The mark that parts the list ``stretch`` most often (spaces stripped), with the fewest
    words of an item it parts; None when no mark parts it ``MIN_SEPARATORS`` times."""
    marks = Counter(m.group().strip() for m in LIST_SEPARATOR.finditer(stretch))
    for comma in _WIDE_COMMAS:
        marks.pop(comma, None)
    if not marks:
        return None
    mark, n = marks.most_common(1)[0]
    if n < MIN_SEPARATORS:
        return None
    sizes = [len(WORDS.findall(item)) for item in LIST_SEPARATOR.split(stretch)]
    return mark, max(1, min((s for s in sizes if s), default=1))


def _glue(text: str, gap_start: int, gap_end: int, mark: str) -> bool:
    """Whether ``text[gap_start:gap_end]`` is the list's separator ``mark`` and nothing else."""
    gap = text[gap_start:gap_end]
    return LIST_SEPARATOR.fullmatch(gap) is not None and gap.strip() == mark


def _last_word_end(text: str, a: int, z: int) -> int:
    """The end of the last word of ``text[a:z]`` (``a`` when it has none): the separator after
    it may be the stretch's own last characters."""
    ends = [m.end() for m in WORDS.finditer(text, max(a, z - _TAIL), z)]
    return ends[-1] if ends else a


def _glued_item(page: Page, k: int, a: int, z: int, before: bool) -> tuple[list[regex.Match[str]], int] | None:
    """The words of block ``k`` and the fewest words of an item of the list ``a:z``, when the
    list's separator glues ``k`` to it (``k`` before it when ``before``); None otherwise."""
    seg, text = page.seg, page.text
    if int(page.profile.block_group[k]) in DENSE_GROUPS:
        return None
    found = _separator(text[a:z])
    if found is None:
        return None
    mark, size = found
    words = list(WORDS.finditer(text, int(seg.block_start[k]), int(seg.block_end[k])))
    if not words:
        return None
    if before:
        first = WORDS.search(text, a, z)
        glued = first is not None and _glue(text, words[-1].end(), first.start(), mark)
    else:
        glued = _glue(text, _last_word_end(text, a, z), words[0].start(), mark)
    return (words, size) if glued else None


def edge_item(page: Page, k: int, a: int, z: int, host_letters: int, before: bool) -> int | None:
    """Where block ``k`` must be cut so that the item the list's separator glues to the removed
    stretch ``a:z`` (before it when ``before``) is a block of its own: the start of the item's
    words before the stretch, or the start of the host's first word after them; None when no such
    item is glued, or when the host's words left on the line would be shorter than
    ``host_letters`` (``Page.letters_before``), as ``listed_again.item_edge`` reads them."""
    glued = _glued_item(page, k, a, z, before)
    if glued is None or len(glued[0]) <= glued[1]:
        return None
    words, size = glued
    seg = page.seg
    line = int(seg.block_line[k])
    if before:
        cut = words[-size].start()
        host = page.letters_before[cut] - page.letters_before[int(seg.line_start[line])]
    else:
        cut = words[size].start()
        host = page.letters_before[int(seg.line_end[line])] - page.letters_before[cut]
    return cut if host >= host_letters else None


def separated_item(page: Page, n: int, a: int, z: int, before: bool) -> bool:
    """Whether the words of block ``n``, all of them, are one item that the list's separator glues
    to the removed stretch ``a:z`` (``n`` before it when ``before``): no more words than the list's
    shortest item."""
    glued = _glued_item(page, n, a, z, before)
    return glued is not None and len(glued[0]) <= glued[1]
