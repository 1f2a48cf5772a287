"""Where a list glued to a host's words ends: its edge items that its own separator (or, for an
address, an address list) glues to the host's words go with it, and the host's clause it took
along comes back.

An injected list dropped into a sentence is parted into blocks at its separators, but its first
item shares a block with the host's words before it, and its last one with the host's words
after it ("... käsien ja zorblax -" | "kyrvitys - vitusti - ... - munapää" | "- quimtor jalkojen
hoitoa ..."): a keyword the model hardly knows reads with them as clean. The separator that parts
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

The other way round, a removed block may hold a list and the host's clause it was glued to
("... care for the hands, with the college's own tools and creams free porn :: porn videos :: ...
:: nude girls", the clause after the comma read as spam whole): ``host_edge_cuts`` gives back the
words before the list's first item and after its last when they read clean alone, a clause's
letters long, with each edge item taken as long as the list's longest inner one (giving an item's
word to the host costs recall; leaving a host's word to the list costs less). A prose dash parts a
quotation's clauses, not items of a few words ("... at all. - I will not comment on that - she
said ...").

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
from itertools import pairwise
from typing import TYPE_CHECKING

import numpy as np
import regex

from .page import Page
from .params import CLEAN, DecisionParams
from .repeated_items import LIST_SEPARATOR
from .scripts import DENSE_GROUPS
from .stuffing import DOMAIN, WORDS

if TYPE_CHECKING:  # the model's module reaches this one through the revision's
    from .model import LinearModel

__all__ = ["ADDRESS", "MIN_SEPARATORS", "edge_item", "host_edge_cuts", "separated_item"]

# how many times a separator must part the list's items to glue one more to it
MIN_SEPARATORS = 2
# Chinese and Japanese prose lists things with these, and a block of those scripts is no word
_WIDE_COMMAS = ("，", "、")
_TAIL = 200  # characters at a stretch's end looked through for its last word
# the fewest letters of a host's words that a removed list gives back: a clause's, not a keyword's
HOST_EDGE_LETTERS = 20
# the most words (or addresses) of an inner item of a list whose edges give back a host's words
MAX_ITEM_TOKENS = 5
# a word this long that the list says too makes the words beside it the list's ("viagra bez" |
# "recepty leki bez recepty ...")
_SHARED_WORD = 4
# a list's separators, and two spaces or more, which part a list's items when its words do not
_PARTS = regex.compile(LIST_SEPARATOR.pattern + r"|[ \t]{2,}")
_DOUBLE_SPACE = regex.compile(r"[ \t]{2,}")
# what an item is made of: web addresses (with their paths), each one token however many words
# they spell, and words
ADDRESS = regex.compile(rf"(?:{DOMAIN.pattern})(?:/\S*)?", regex.IGNORECASE)
_TOKENS = regex.compile(rf"{ADDRESS.pattern}|{WORDS.pattern}", regex.IGNORECASE)


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
    if (ADDRESS.fullmatch(edge.group()) and not text[gap[0] : gap[1]].strip()
            and len(ADDRESS.findall(text, a, z)) >= MIN_SEPARATORS):
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


def host_edge_cuts(page: Page, final: list[str], model: LinearModel, params: DecisionParams) -> list[int]:
    """Where removed blocks holding a list must be cut to give back the host's words they took
    along before its first item or after its last: the words before the first item (after the
    last), each item taken as long as the list's longest inner one, when those are a few words
    each (``MAX_ITEM_TOKENS``) and two at least, the words hold ``HOST_EDGE_LETTERS`` letters,
    say no long word the rest of the block says (``_SHARED_WORD``: "viagra bez" before "recepty
    leki bez recepty ..." is the list's) and read under ``params.sentence_clean`` on their own
    ("with the college's own tools and creams" | "free porn :: porn videos :: ...")."""
    seg, text, profile = page.seg, page.text, page.profile
    sides: list[tuple[int, int, int]] = []  # (start, end, cut) of each host's side
    for b in range(seg.n_blocks):
        group = int(profile.block_group[b])
        if final[b] == CLEAN or group in DENSE_GROUPS or group not in profile.home_groups:
            continue
        s, e = int(seg.block_start[b]), int(seg.block_end[b])
        mark = _separator(text[s:e])
        if not mark:  # two spaces: a host's line may have its own
            continue
        marks = [m for m in _PARTS.finditer(text, s, e) if m.group().strip() == mark]
        # a list's inner items are a few words each; a prose dash parts clauses ("... at all. - I
        # will not comment on that - she said ...")
        sizes = [len(_TOKENS.findall(text, p.end(), q.start())) for p, q in pairwise(marks)]
        if len(sizes) < 2 or max(sizes) > MAX_ITEM_TOKENS:
            continue
        # the edge items as long as the longest inner one: a host's word left to the list costs
        # less than an item's word given to the host ("nude" | "girls and the teacher ...")
        size = max(sizes)
        head = list(_TOKENS.finditer(text, s, marks[0].start()))
        tail = list(_TOKENS.finditer(text, marks[-1].end(), e))
        for a, z in ((s, head[-size].start()) if len(head) > size else (0, 0),
                     (tail[size].start(), e) if len(tail) > size else (0, 0)):
            if page.letters_before[z] - page.letters_before[a] >= HOST_EDGE_LETTERS and not _shares_words(text, a, z, s, e):
                sides.append((a, z, z if a == s else a))
    if not sides:
        return []
    spam = 1.0 - model.span_probabilities(seg.cps, np.array([a for a, _, _ in sides]), np.array([z for _, z, _ in sides]))[:, 0]
    return [cut for (_, _, cut), p in zip(sides, spam.tolist()) if p < params.sentence_clean]


def _shares_words(text: str, a: int, z: int, s: int, e: int) -> bool:
    """Whether a word of ``text[a:z]`` (``_SHARED_WORD`` letters or more) is said elsewhere in
    the block ``text[s:e]`` it lies in."""
    said = set(WORDS.findall((text[s:a] + " " + text[z:e]).casefold()))
    return any(len(w) >= _SHARED_WORD and w in said for w in WORDS.findall(text[a:z].casefold()))
