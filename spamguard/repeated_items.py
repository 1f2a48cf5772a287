"""Lists that say one of their items again, inside a line: where they are.

Keywords injected as a list into a host's sentence ("...är från och med nu öppet kuksås |
kötthuvud | fittig | kötthuvud | kuksås även på lördagar och söndagar.") name each item once or twice, too
few times for a run of words said over and over (``stuffing.repeated_runs`` asks three sayings of
a word and six such words), and the classifier reads words it does not know as clean. A list in a
host's text that names one of its items twice is the spammer's shape: a writer's list names each
thing once. ``repeated_items`` finds such lists; ``spamguard.spliced`` judges them as it judges
runs said over and over (the host's words beside them on the line, the page's other lines not
saying their words, no quotation).

>>> text = "Biblioteket är nu öppet kuksås | kötthuvud | fittig | kötthuvud | kuksås även på lördagar."
>>> [(text[a:b], sorted(w)) for a, b, w in repeated_items(text)]
[('kuksås | kötthuvud | fittig | kötthuvud | kuksås', ['kuksås', 'kötthuvud'])]
>>> repeated_items("Apples, pears and plums, then apples again.")
()

In a script written without spaces the list's edge items are glued to the host's characters, and
the items it names inside tell where they end:

>>> text = "平日は午後八時までゾルバクス | クイムター | ゾルバクス | クイムターご利用いただけます。"
>>> [text[a:b] for a, b, _ in repeated_items(text)]
['ゾルバクス | クイムター | ゾルバクス | クイムター']
"""

from __future__ import annotations

from collections import Counter
from itertools import pairwise

import regex

from .scripts import UNSPACED_LETTER

__all__ = ["LIST_SEPARATOR", "MIN_ITEMS", "repeated_items"]

# What parts a list's items: a pipe, a bullet or middle dot (Japanese parts named things with one),
# an ideographic or full-width comma, an underscore,
# or a dash or a slash between spaces (a hyphen inside a word joins it, "and/or" a slash). A comma
# only in a long list that says several items again (``COMMA_MIN_ITEMS``): prose lists things with
# commas and says them again ("Toi, toi, toi.", "doctor, um, doctor", "6-2, 6-2").
_SEPARATORS = r"[ \t]*(?:[|｜¦•·・、，{comma}_]|::)[ \t]*|[ \t]+[-–—－/][ \t]+"
LIST_SEPARATOR = regex.compile(_SEPARATORS.format(comma=""))
_SEPARATOR_OR_COMMA = regex.compile(_SEPARATORS.format(comma=","))
_WORD = regex.compile(r"[^\W\d_]+")
_WIDE_COMMAS = frozenset("，、")
_COMMAS = _WIDE_COMMAS | {","}
_FULL_WIDTH = regex.compile(r"[\uff21-\uff3a\uff41-\uff5a]")
_STOP = regex.compile(r"[.!?。！？]\s*$")
# the fewest items of a list (two sayings of one item and another)
MIN_ITEMS = 3
# a list parted by commas, which prose lists and repeats things with ("Toi, toi, toi", "left,
# right, left, right"): the fewest items, and of distinct items said again
COMMA_MIN_ITEMS = 8
COMMA_MIN_AGAIN = 3
# the most words of an item: a keyword phrase
MAX_ITEM_WORDS = 4
# the least share of a list's items that are said more than once
REPEATED_SHARE = 0.5
# the most characters of an item in a script written without spaces: a keyword phrase
MAX_ITEM_CHARS = 12
# the fewest characters of an item named at both edges of a list in a script written without
# spaces and not inside it: a keyword of three characters, not a word of two that the host's
# clauses on both sides happen to share ("先生・生徒・保護者・先生方")
MIN_EDGE_CHARS = 3
# how far from a list's edge separator its edge item's words are looked for: an item's words
_EDGE_CHARS = 40 * MAX_ITEM_WORDS


def repeated_items(text: str) -> tuple[tuple[int, int, frozenset[str]], ...]:
    """``(start, end, words)`` of each list of ``MIN_ITEMS`` items or more, within one line, parted
    by one kind of separator, whose items (of up to ``MAX_ITEM_WORDS`` words) are said more than once
    for ``REPEATED_SHARE`` of them, not all written with capitals (names); ``words``: the words of
    the items said again. The list's first and last items are the words next to its edge
    separators that make an item it names inside, or, where neither does, one item named at both
    edges (``_same_at_both_edges``); where they make none, it starts (or ends) at the separator,
    since how many of the words there are the host's is unknown, unless all its items are one word
    (then so is that one). A list in a script written without spaces (``_unspaced``)
    has no words to tell its edge items from the host's sentence it is glued to: its items are
    matched by characters (``_listed_by_characters``)."""
    out: list[tuple[int, int, frozenset[str]]] = []
    offset = 0
    for line in text.splitlines(keepends=True):
        # a line with too few commas for a list of them is not asked about each (most prose)
        separator = _SEPARATOR_OR_COMMA if line.count(",") >= COMMA_MIN_ITEMS - 1 else LIST_SEPARATOR
        if separator.search(line):
            out.extend((offset + a, offset + b, w) for a, b, w in _in_line(line, separator))
        offset += len(line)
    return tuple(out)


def _in_line(line: str, separator: regex.Pattern) -> list[tuple[int, int, frozenset[str]]]:
    seps = list(separator.finditer(line))
    out = []
    i = 0
    # a line written in full-width forms writes its commas so: asked once a line, not a comma
    full_width = any(s.group().strip() in _WIDE_COMMAS for s in seps) and _FULL_WIDTH.search(line) is not None
    while i < len(seps):
        kind = seps[i].group().strip()
        j = i
        if kind in _WIDE_COMMAS and full_width:
            i += 1
            continue
        # a run of one kind of separator, every item between two of them short and no sentence
        while j + 1 < len(seps) and seps[j + 1].group().strip() == kind and _item_words(line[seps[j].end() : seps[j + 1].start()]):
            j += 1
        if j > i:
            found = _listed(line, seps[i : j + 1])
            if found:
                out.append(found)
        i = j + 1
    return out


def _item_words(text: str) -> list[str]:
    """The words of an item, case folded; none when it is no item (too long, a sentence's end)."""
    words = [w.casefold() for w in _WORD.findall(text)]
    return words if 0 < len(words) <= MAX_ITEM_WORDS and not _STOP.search(text) else []


def _listed(line: str, seps: list[regex.Match]) -> tuple[int, int, frozenset[str]] | None:
    if _unspaced(line, seps[0].start(), seps[-1].end()):
        return _listed_by_characters(line, seps)
    inner = [tuple(_item_words(line[a.end() : b.start()])) for a, b in pairwise(seps)]
    # the words next to the edges, looked for near them only (a huge line holds many lists)
    before = list(_WORD.finditer(line, max(0, seps[0].start() - _EDGE_CHARS), seps[0].start()))
    after = list(_WORD.finditer(line, seps[-1].end(), seps[-1].end() + _EDGE_CHARS))
    if not before or not after or _STOP.search(line[before[-1].end() : seps[0].start()]):
        return None
    head = _edge_item(before[::-1], inner, reverse=True)[::-1]
    tail = _edge_item(after, inner, reverse=False)
    if _words(head) not in inner and _words(tail) not in inner:
        head, tail = _same_at_both_edges(before, after) or (head, tail)
    # an edge item the list does not name inside may be the host's words, and how many of them is
    # unknown: the list then starts (or ends) at its separator, the words staying, unless all its
    # items are one word
    edges = [_words(head), _words(tail)]
    items = [edges[0], *inner, edges[1]]
    said = Counter(items)
    again = [item for item, n in said.items() if n > 1]
    if len(items) < MIN_ITEMS or sum(said[x] for x in again) < REPEATED_SHARE * len(items):
        return None
    if seps[0].group().strip() == "," and (len(items) < COMMA_MIN_ITEMS or len(again) < COMMA_MIN_AGAIN):
        return None
    # names said again are a route or a fixture list ("Oslo - Bergen - Oslo", "Red Ferry | Blue
    # Ferry | Red Ferry"): keywords are searched for in lower case
    named = {m.group().casefold() for m in _WORD.finditer(line, seps[0].start(), seps[-1].end()) if m.group()[0].isupper()}
    named |= {m.group().casefold() for m in (*head, *tail) if m.group()[0].isupper()}
    if all(w in named for item in again for w in item):
        return None
    # a list of one-word keywords has one-word items at its edges too ("... - hoer - seks Creative")
    single = all(len(x) == 1 for x in inner)
    start = head[0].start() if said[edges[0]] > 1 or single else seps[0].start() + len(seps[0].group()) - len(seps[0].group().lstrip())
    end = tail[-1].end() if said[edges[1]] > 1 or single else seps[-1].start() + len(seps[-1].group().rstrip())
    if _unspaced(line, start, end):
        return _listed_by_characters(line, seps)
    return start, end, frozenset(w for item in again for w in item)


def _listed_by_characters(line: str, seps: list[regex.Match]) -> tuple[int, int, frozenset[str]] | None:
    """A list in a script written without spaces, whose edge items are glued to the host's
    sentence with no space: an edge item is the longest item the list names inside that the
    host's characters next to the edge separator end (or start) with, or where neither edge has
    one, the characters both edges have (``_same_characters_at_both_edges``); where none does, the
    list starts (or ends) at the separator and the host's characters stay."""
    if seps[0].group().strip() in _COMMAS:
        # the commas of a script written without spaces are its prose's commas
        return None
    inner = [line[a.end() : b.start()].strip().casefold() for a, b in pairwise(seps)]
    if any(len(x) > MAX_ITEM_CHARS or _STOP.search(x) for x in inner):
        return None
    before = line[max(0, seps[0].start() - MAX_ITEM_CHARS) : seps[0].start()].casefold()
    after = line[seps[-1].end() : seps[-1].end() + MAX_ITEM_CHARS].casefold()
    head = max((x for x in inner if before.endswith(x)), key=len, default="")
    tail = max((x for x in inner if after.startswith(x)), key=len, default="")
    if not head and not tail:
        # one item named at both edges, though not inside ("…放学了，高仿包包|精仿手表|一比一复刻|高仿包包我们…")
        head = tail = _same_characters_at_both_edges(before, after)
    # an edge item the list does not name inside counts as an item named once
    said = Counter([*inner, head or None, tail or None])
    again = [x for x, n in said.items() if x is not None and n > 1]
    if sum(said[x] for x in again) < REPEATED_SHARE * (len(inner) + 2):
        return None
    if len(inner) + 2 == MIN_ITEMS and said[None]:
        # three items, one at an edge unknown: an item said twice and one more is a song's
        # refrain as well ("ケロケロ | ケロケロ | クワクワクワと…")
        return None
    start = seps[0].start() - len(head) if head else seps[0].start() + len(seps[0].group()) - len(seps[0].group().lstrip())
    end = seps[-1].end() + len(tail) if tail else seps[-1].start() + len(seps[-1].group().rstrip())
    return start, end, frozenset(w for x in again for w in _WORD.findall(x))


def _same_characters_at_both_edges(before: str, after: str) -> str:
    """The most letters of a script written without spaces (``MIN_EDGE_CHARS`` at least) that
    ``before`` ends with and ``after`` starts with: an item a list names at both its edges."""
    for n in range(min(len(before), len(after)), MIN_EDGE_CHARS - 1, -1):
        if before[-n:] == after[:n] and all(UNSPACED_LETTER.match(c) for c in after[:n]):
            return after[:n]
    return ""


def _unspaced(line: str, start: int, end: int) -> bool:
    """Whether the list ``line[start:end]`` is in a script written without spaces: most of its
    letters, or those at its edges and next to them. A mark of that script glued to an item of a
    list in spaced words ("fiki、forfurzu官方、forfurzu、fiki") leaves its edges to words."""
    edges = line[max(start - 1, 0) : start + 1] + line[max(end - 1, 0) : end + 1]
    if UNSPACED_LETTER.search(edges):
        return True
    letters = [c for c in line[start:end] if c.isalpha()]
    return 2 * sum(1 for c in letters if UNSPACED_LETTER.match(c)) >= len(letters)


def _words(matches: list[regex.Match]) -> tuple[str, ...]:
    return tuple(m.group().casefold() for m in matches)


def _same_at_both_edges(before: list[regex.Match], after: list[regex.Match]) -> tuple[list[regex.Match], list[regex.Match]] | None:
    """The words before a list's first separator and after its last one that are one item (the
    most words that are), named at both its edges though not inside ("nhà cái uy tín| tài xỉu|
    fb88| nhà cái uy tín")."""
    for n in range(min(MAX_ITEM_WORDS, len(before), len(after)), 0, -1):
        if _words(before[-n:]) == _words(after[:n]):
            return before[-n:], after[:n]
    return None


def _edge_item(words: list[regex.Match], inner: list[tuple[str, ...]], reverse: bool) -> list[regex.Match]:
    """The words next to a list's edge separator (nearest first; in the text's order unless
    ``reverse``) that are its edge item: as many as make an item the list names inside (the most
    that do), or else the one word next to it."""
    sizes = sorted({len(x) for x in inner}, reverse=True)
    for n in sizes:
        item = [m.group().casefold() for m in words[:n]]
        if tuple(item[::-1] if reverse else item) in inner:
            return words[:n]
    return words[:1]
