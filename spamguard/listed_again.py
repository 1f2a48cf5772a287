"""A list's first item left with the host's words, though the list says it again.

An injected list of keywords and addresses is parted into blocks at its addresses and separators;
its first item, glued to the host's words before it with no mark between ("...dla wszystkich leki
bez recepty" | "https://www.leki-tanio.top/sklep" | "leki bez recepty" | "tabletki-bez-recepty.xyz"
| ...), shares their block, and a keyword the model does not know reads with them as clean. An item
that the list holds again is the list's, whatever its words mean: ``item_edge`` finds where such
words start in a kept block (a cut for the detector's next look, made by ``spamguard.edge_words``),
and ``take_listed_again`` then takes the block they make along with the removed list. The words
may finish an item that the list's own first words start ("...inversión en" | "bitcoin
https://inversinenbitc.bet/bonus - inversión en bitcoin ..."). Only the first item is cut off the
host's words: the host's words after a last item cut off them start no sentence any more, and a
line mostly removed takes them along (measured: 38 characters of a host's sentence on the
same-script inline pages for 34 of spam); a last item the segmentation already parts goes.

>>> from spamguard.detector import Detector
>>> text = ("Home | News | Contact\\nAnnual meeting\\nThe board thanked the volunteers for their work this "
...         "year make money fast | make money fast | passive income system-官方网站 and announced the new schedule.")
>>> [text[s.start:s.end].strip() for s in Detector().clean(text).removed]
['make money fast | make money fast | passive income system-官方网站']
"""

from __future__ import annotations

from typing import NamedTuple

import regex

from .page import Page
from .params import CLEAN
from .reasons import Reason
from .revision import Revision
from .stuffing import DOMAIN, WORDS

__all__ = ["item_edge", "list_items", "take_listed_again"]

# An item of a list, between two addresses or separators: its words ("inversión en bitcoin"), a
# word being letters and digits (``stuffing.WORDS``); an address or anything else not a space ends
# it.
_TOKENS = regex.compile(rf"(?P<address>(?:{DOMAIN.pattern})(?:/\S*)?)|(?P<word>{WORDS.pattern})|\S", regex.IGNORECASE)
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
    # the list's own edge run is the item's end (or start), not a second saying of it
    return (words + listing.head if before else listing.tail + words) in listing.runs


def item_edge(page: Page, k: int, a: int, z: int, host_letters: int) -> int | None:
    """Where the words at the end of block ``k``, glued before the removed stretch ``a:z``, start
    when they complete an item the stretch lists (the most words that do); None when none do, or
    when the rest of the block would be shorter than ``host_letters`` (``Page.letters_before``): a
    host's words a line long stay beside a removed list, but a few of them left alone on a line of
    list items would go with the list as its items."""
    seg = page.seg
    s, e = int(seg.block_start[k]), int(seg.block_end[k])
    words = list(WORDS.finditer(seg.text, s, e))
    if len(words) < 2 or _LETTER_OR_BREAK.search(seg.text[words[-1].end() : e]):
        return None
    listing = _listing(seg.text[a:z])
    longest = max((len(run) for run in listing.runs), default=0)
    cut = None
    for n in range(1, min(longest, len(words) - 1) + 1):
        if _completes(tuple(w.group().casefold() for w in words[-n:]), listing, True):
            cut = words[-n].start()
    if cut is None or page.letters_before[cut] - page.letters_before[s] < host_letters:
        return None
    return cut


def take_listed_again(rev: Revision, k: int) -> None:
    """On line ``k``, the kept block glued to a removed stretch whose words, all of them, complete
    an item the stretch lists goes with it (``Reason.KEYWORD_REPETITION``)."""
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
        listing = _listing(page.text[int(starts[i]) : int(ends[j])])
        for n, m, before in ((i - 1, i, True), (j + 1, j, False)):
            if blocks.start <= n < blocks.stop and final[n] == CLEAN and _glued(page, n, m, before):
                words = tuple(w.casefold() for w in WORDS.findall(page.block_text(n)))
                if words and _completes(words, listing, before):
                    rev.remove(n, final[m], float(rev.conf[m]), Reason.KEYWORD_REPETITION)
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
