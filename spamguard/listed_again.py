"""A list's edge item left with the host's words, though the list says it again.

An injected list of keywords and addresses is parted into blocks at its addresses and separators;
its first item, glued to the host's words before it with no mark between ("...dla wszystkich leki
bez recepty" | "https://www.leki-tanio.top/sklep" | "leki bez recepty" | "tabletki-bez-recepty.xyz"
| ...), shares their block, and a keyword the model does not know reads with them as clean. An item
that the list holds again is the list's, whatever its words mean: ``item_edge`` finds where such
words start in a kept block (a cut for the detector's next look, made by ``spamguard.edge_words``),
and ``take_listed_again`` then takes the block they make along with the removed list. The words
may finish an item that the list's own first words start ("...inversión en" | "bitcoin
https://inversinenbitc.bet/bonus - inversión en bitcoin ..."), or be words the list says in a row
with its first word inside a run of words with no separator ("...l'avvento video" | "porno gratis
video porno gratis"). After a list, ``item_end`` cuts off the words that end an item it lists or
words it says in a row so ("...sex nhật" | "bản vào buổi sáng ..."). Either cut leaves the host a
line's letters on its side of the line: a few host words left alone beside list items would be
taken as items, and host words after a last item cut off them start no sentence any more, which
a line mostly removed takes along (measured when only first items were cut: 38 characters of a
host's sentence on the same-script inline pages for 34 of spam, cutting after a last item with no
such floor). The list's run at its other edge is not an item it says again: it may be a host's
words the list took along ("Anna Berg, horn prutt moona.xyz - ..." takes no "Anna Berg" after it).

>>> from spamguard.detector import Detector
>>> text = ("Home | News | Contact\\nAnnual meeting\\nThe board thanked the volunteers for their work this "
...         "year make money fast | make money fast | passive income system-官方网站 and announced the new schedule.")
>>> [text[s.start:s.end].strip() for s in Detector().clean(text).removed]
['make money fast | make money fast | passive income system-官方网站']
"""

from __future__ import annotations

from typing import NamedTuple

import regex

from .menus import is_menu_item
from .page import Page
from .params import CLEAN
from .reasons import Reason
from .revision import Revision
from .separated_items import ADDRESS, separated_item
from .stuffing import WORDS

__all__ = ["item_edge", "item_end", "list_items", "take_listed_again"]

# An item of a list, between two addresses or separators: its words ("inversión en bitcoin"), a
# word being letters and digits (``stuffing.WORDS``); an address or anything else not a space ends
# it.
_TOKENS = regex.compile(rf"(?P<address>{ADDRESS.pattern})|(?P<word>{WORDS.pattern})|\S", regex.IGNORECASE)
# the fewest letters of words that join as an item: a keyword, not a host's "a" or "de"
MIN_ITEM_LETTERS = 3
# between a block's words and the list, a separator at most ("mutta, moona.vip/shop, ...")
_LETTER_OR_BREAK = regex.compile(r"[\w\n]")


def list_items(text: str) -> set[tuple[str, ...]]:
    """The items of a list: each run of words between addresses, separators and marks (case
    folded).

    >>> sorted(list_items("anus https://www.anus-online.com/anus anus anus.site/go/1403 pik, Anus✅ big cock"))
    [('anus',), ('big', 'cock'), ('pik',)]
    """
    return set(_listing(text).runs)


def completes_item(words: tuple[str, ...], stretch: str, before: bool) -> bool:
    """Whether ``words`` (case folded), glued before (or after) the list ``stretch``, make with the
    list's own first (or last) words an item it lists again.

    >>> completes_item(("inversión", "en"), "bitcoin https://inv.bet/ - inversión en bitcoin inv.com/", True)
    True
    >>> completes_item(("en",), "bitcoin https://inv.bet/ - inversión en bitcoin inv.com/", True)
    False
    """
    return _completes(words, _listing(stretch), before)


def _completes(words: tuple[str, ...], listing: _Listing, before: bool) -> bool:
    """``completes_item`` for a list read already."""
    if not listing.runs or sum(len(w) for w in words) < MIN_ITEM_LETTERS:
        return False
    # the list's own edge run is the item's end (or start), not a second saying of it; nor is
    # its run at the other edge, which may be a host's words it took along ("Anna Berg, horn
    # prutt moona.xyz - ..." does not take "Anna Berg" after it)
    runs = listing.runs[:-1] if before and listing.tail else listing.runs[1:] if not before and listing.head else listing.runs
    if (words + listing.head if before else listing.tail + words) in runs:
        return True
    return _said_in_a_row(words, listing.head[:1] if before else listing.tail[-1:], listing.runs, before)


def _said_in_a_row(words: tuple[str, ...], edge: tuple[str, ...], runs: list[tuple[str, ...]], before: bool) -> bool:
    """Whether ``words`` and the list's ``edge`` word next to them are words the list says in a
    row in one of its ``runs``: "video" glued before "porno gratis video porno gratis ..." is
    the first saying's head, as "bản" after "... sex nhật bản - sex nhật" is the last one's end."""
    if not edge:
        return False
    seq = words + edge if before else edge + words
    n = len(seq)
    return any(run[i : i + n] == seq for run in runs for i in range(len(run) - n + 1))


def item_edge(page: Page, k: int, a: int, z: int, host_letters: int) -> int | None:
    """Where the words at the end of block ``k``, glued before the removed stretch ``a:z``, start
    when they complete an item the stretch lists or are words it says in a row with its first word
    (the most words that do); None when none do, or when the host's words before them on the line
    hold fewer than ``host_letters`` letters (``Page.letters_before``): a host's words a line long
    stay beside a removed list, but a few of them left alone on a line of list items would go
    with the list as its items."""
    return _item_cut(page, k, a, z, host_letters, True)


def item_end(page: Page, k: int, a: int, z: int, host_letters: int) -> int | None:
    """Where the words at the start of block ``k``, glued after the removed stretch ``a:z``, end
    (the next word's start) when they complete an item the stretch lists or end one it says in a
    row (the most words that do); None when none do, or when the host's words after them on the
    line hold fewer than ``host_letters`` letters, as ``item_edge`` reads the words before a
    stretch."""
    return _item_cut(page, k, a, z, host_letters, False)


def _item_cut(page: Page, k: int, a: int, z: int, host_letters: int, before: bool) -> int | None:
    """``item_edge`` (``before``) or ``item_end``."""
    seg = page.seg
    s, e = int(seg.block_start[k]), int(seg.block_end[k])
    words = list(WORDS.finditer(seg.text, s, e))
    if len(words) < 2 or _LETTER_OR_BREAK.search(seg.text[words[-1].end() : e] if before else seg.text[s : words[0].start()]):
        return None
    listing = _listing(seg.text[a:z])
    longest = max((len(run) for run in listing.runs), default=0)
    cut = None
    for n in range(1, min(longest, len(words) - 1) + 1):
        edge = words[-n:] if before else words[:n]
        if _completes(tuple(w.group().casefold() for w in edge), listing, before):
            cut = words[-n].start() if before else words[n].start()
    if cut is None:
        return None
    line = int(seg.block_line[k])
    host = (page.letters_before[cut] - page.letters_before[int(seg.line_start[line])] if before
            else page.letters_before[int(seg.line_end[line])] - page.letters_before[cut])
    return cut if host >= host_letters else None


def take_listed_again(rev: Revision, k: int) -> None:
    """On line ``k``, the kept block glued to a removed stretch whose words, all of them, complete
    an item the stretch lists goes with it (``Reason.KEYWORD_REPETITION``), as does one that is an
    item the stretch's separator glues to it (``separated_items.separated_item``,
    ``Reason.KEYWORD_LIST``), unless it names one of the site's own pages ("Privacy" before a
    footer's injected links, ``menus.is_menu_item``)."""
    page, final = rev.page, rev.final
    blocks = page.line_blocks(k)
    starts, ends = page.seg.block_start, page.seg.block_end
    i = blocks.start
    while i < blocks.stop:
        if final[i] == CLEAN:
            i += 1
            continue
        j = i
        while j + 1 < blocks.stop and final[j + 1] != CLEAN:
            j += 1
        a, z = int(starts[i]), int(ends[j])
        listing = _listing(page.text[a:z])
        for n, m, before in ((i - 1, i, True), (j + 1, j, False)):
            if blocks.start <= n < blocks.stop and final[n] == CLEAN and _glued(page, n, m, before):
                words = tuple(w.casefold() for w in WORDS.findall(page.block_text(n)))
                if words and _completes(words, listing, before):
                    rev.remove(n, final[m], float(rev.conf[m]), Reason.KEYWORD_REPETITION)
                elif words and separated_item(page, n, a, z, before) and not is_menu_item(page.block_text(n)):
                    rev.remove(n, final[m], float(rev.conf[m]), Reason.KEYWORD_LIST)
        i = j + 1


def _glued(page: Page, n: int, m: int, before: bool) -> bool:
    """Whether block ``n`` meets block ``m`` (after it when ``before``) with no letter or line break
    between them, and none after ``n``'s last word (before ``n``'s first one)."""
    seg = page.seg
    gap = seg.text[int(seg.block_end[n]) : int(seg.block_start[m])] if before else seg.text[int(seg.block_end[m]) : int(seg.block_start[n])]
    words = list(WORDS.finditer(seg.text, int(seg.block_start[n]), int(seg.block_end[n])))
    if not words:
        return False
    inside = seg.text[words[-1].end() : int(seg.block_end[n])] if before else seg.text[int(seg.block_start[n]) : words[0].start()]
    return not _LETTER_OR_BREAK.search(gap + inside)


class _Listing(NamedTuple):
    """A list read once: its runs of words between addresses, separators and marks (case folded),
    in order, and the run it opens with (``head``) and ends with (``tail``), empty when an address
    or a mark opens (ends) it."""

    runs: list[tuple[str, ...]]
    head: tuple[str, ...]
    tail: tuple[str, ...]


def _listing(text: str) -> _Listing:
    runs: list[tuple[str, ...]] = []
    run: list[str] = []
    first_is_word = last_is_word = False
    for k, m in enumerate(_TOKENS.finditer(text)):
        last_is_word = m.group("word") is not None
        if k == 0:
            first_is_word = last_is_word
        if last_is_word:
            run.append(m.group("word").casefold())
            continue
        if run:
            runs.append(tuple(run))
        run = []
    if run:
        runs.append(tuple(run))
    return _Listing(runs, runs[0] if runs and first_is_word else (), runs[-1] if runs and last_is_word else ())
