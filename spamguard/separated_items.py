"""A list's edge item glued to the host's words by the list's own separator, or an address by an address list.

An injected list dropped into a sentence is parted into blocks at its separators, but its first
item shares a block with the host's words before it, and its last one with the host's words
after it ("... käsien ja mulkku -" | "kyrvitys - vitusti - ... - munapää" | "- vitutus jalkojen
ihon ..."): a keyword the model hardly knows reads with them as clean. The separator that parts
the list's items says where the item ends, not where it starts in the host's words: the item is
the one word or web address the separator glues to the list (``edge_item``), the least it can be.
Taking as many words as the list's shortest item took a host's word beside a list of two-word
items ("... oraz" | "tabletkowo | viagra bez recepty | ... | cialis tanio |"; measured: on the
same-script inline pages 0.06 points of recall more than one word, and host words on a page of
the sixty-eighth session's round). A comma is a host's mark as often as a list's ("In the summer,
casino online, ..."), so only the marks of ``repeated_items.LIST_SEPARATOR`` and two spaces or
more glue an item, and only one that parts the list's items ``MIN_SEPARATORS`` times; two spaces
only where the host's words on the line have none of their own; not the wide commas that Chinese
and Japanese prose lists things with, and only in a script that spaces its words (a run of Han
characters is no one word). A web address next to a list of web addresses is its item whatever
parts them, one space included ("... engineerf.com" | "https://www.ausdispensaryn.top/..."): a
host's words rarely end or start with an address right at an injected list.

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
from .stuffing import DOMAIN, WORDS

__all__ = ["MIN_SEPARATORS", "edge_item", "separated_item"]

# how many times a separator must part the list's items to glue one more to it
MIN_SEPARATORS = 2
# Chinese and Japanese prose lists things with these, and a block of those scripts is no word
_WIDE_COMMAS = ("，", "、")
_TAIL = 200  # characters at a stretch's end looked through for its last word
# a list's separators, and two spaces or more, which part a list's items when its words do not
_PARTS = regex.compile(LIST_SEPARATOR.pattern + r"|[ \t]{2,}")
_DOUBLE_SPACE = regex.compile(r"[ \t]{2,}")
# what an item is made of: web addresses, each one token however many words it spells, and words
_ADDRESS = regex.compile(rf"(?:{DOMAIN.pattern})(?:/\S*)?", regex.IGNORECASE)
_TOKENS = regex.compile(rf"{_ADDRESS.pattern}|{WORDS.pattern}", regex.IGNORECASE)


def _separator(stretch: str) -> str | None:
    """The mark that parts the list ``stretch`` most often (spaces stripped; two spaces or more
    the empty mark); None when no mark parts it ``MIN_SEPARATORS`` times."""
    marks = Counter(m.group().strip() for m in _PARTS.finditer(stretch))
    for comma in _WIDE_COMMAS:
        marks.pop(comma, None)
    if not marks:
        return None
    mark, n = marks.most_common(1)[0]
    return mark if n >= MIN_SEPARATORS else None


def _glue(text: str, gap_start: int, gap_end: int, mark: str) -> bool:
    """Whether ``text[gap_start:gap_end]`` is the list's separator ``mark`` and nothing else."""
    gap = text[gap_start:gap_end]
    return _PARTS.fullmatch(gap) is not None and gap.strip() == mark


def _last_token_end(text: str, a: int, z: int) -> int:
    """The end of the last word or address of ``text[a:z]`` (``a`` when it has none): the
    separator after it may be the stretch's own last characters."""
    ends = [m.end() for m in _TOKENS.finditer(text, max(a, z - _TAIL), z)]
    return ends[-1] if ends else a


def _glued_item(page: Page, k: int, a: int, z: int, before: bool) -> list[regex.Match[str]] | None:
    """The tokens of block ``k`` when the separator of the list ``a:z`` glues ``k`` to it (``k``
    before it when ``before``); None otherwise."""
    seg, text = page.seg, page.text
    if int(page.profile.block_group[k]) in DENSE_GROUPS:
        return None
    tokens = list(_TOKENS.finditer(text, int(seg.block_start[k]), int(seg.block_end[k])))
    if not tokens:
        return None
    if before:
        first = _TOKENS.search(text, a, z)
        if first is None:
            return None
        gap = (tokens[-1].end(), first.start())
    else:
        gap = (_last_token_end(text, a, z), tokens[0].start())
    # an address next to a list of addresses is its item, spaces between them or not
    edge = tokens[-1] if before else tokens[0]
    if (_ADDRESS.fullmatch(edge.group()) and not text[gap[0] : gap[1]].strip()
            and len(_ADDRESS.findall(text, a, z)) >= MIN_SEPARATORS):
        return tokens
    mark = _separator(text[a:z])
    if mark is None or not _glue(text, *gap, mark):
        return None
    if not mark:
        # two spaces are the list's mark only where the host's words on the line have none
        line = int(seg.block_line[k])
        host = text[int(seg.line_start[line]) : a].rstrip(), text[z : int(seg.line_end[line])].lstrip()
        if any(_DOUBLE_SPACE.search(part) for part in host):
            return None
    return tokens


def edge_item(page: Page, k: int, a: int, z: int, host_letters: int, before: bool) -> int | None:
    """Where block ``k`` must be cut so that the item the list's separator glues to the removed
    stretch ``a:z`` (before it when ``before``) is a block of its own: the start of its word (or
    address) before the stretch, or of the host's next word after it; None when no such item is
    glued, or when the host's words left on the line would be shorter than ``host_letters``
    (``Page.letters_before``), as ``listed_again.item_edge`` reads them."""
    tokens = _glued_item(page, k, a, z, before)
    if tokens is None or len(tokens) < 2:
        return None
    seg = page.seg
    line = int(seg.block_line[k])
    if before:
        cut = tokens[-1].start()
        host = page.letters_before[cut] - page.letters_before[int(seg.line_start[line])]
    else:
        cut = tokens[1].start()
        host = page.letters_before[int(seg.line_end[line])] - page.letters_before[cut]
    return cut if host >= host_letters else None


def separated_item(page: Page, n: int, a: int, z: int, before: bool) -> bool:
    """Whether block ``n`` is one word or address that the list's separator glues to the removed
    stretch ``a:z`` (``n`` before it when ``before``)."""
    tokens = _glued_item(page, n, a, z, before)
    return tokens is not None and len(tokens) == 1
