"""Marks that injected keywords carry and running prose does not write, found once per page.

A phrase slipped between two words of a host's sentence is often dressed the way spam dresses
its keywords: an emoji or pictograph ("ruleta en vivo🔥"), a list's separator ("pokermatch -
jackpotbet", "anus | anus"), an underscore, full-width forms, a year or number glued to a word
("magisterską2025"), an address ("www.", "://"), Chinese or Japanese letters in a sentence of
another script ("bylsiä最新"), letters spaced apart ("p i k p i k"). The copyright, registered and
trade mark signs and the degree sign are symbols too, but a host writes them. A spaced hyphen and
digits glued to a letter are weak marks: prose writes them too (a dash, "F18", "B44").

Each mark is one position of the page's code points, so whether a stretch holds one is a
difference of two prefix sums.

>>> import numpy as np
>>> from spamguard.scripts import codepoints
>>> text = "milde pornos kostenlos - pornos kostenlos 2025 Winter © 2024"
>>> marks = mark_positions(codepoints(text))
>>> [(text[i], int(marks[i])) for i in np.flatnonzero(marks)]
[('-', 1)]
"""

from __future__ import annotations

from functools import cache
from itertools import pairwise

import numpy as np
import regex

from .scripts import FIRST_GROUP, N_CODEPOINTS, code_groups, group_id

__all__ = ["SPACED_LETTERS", "STRONG", "WEAK", "letters_apart", "mark_positions", "said_twice", "spelled_words"]

WEAK, STRONG = 1, 2
# fewest letters, each alone between spaces or dots, that are one word spelled out ("p i k p i k",
# "v.i.a.g.r.a"), as the mark of letters spaced apart counts them
SPACED_LETTERS = 4

# pictographs, dingbats, arrows, geometric shapes and emoji; full-width forms; separators
_MARK_RANGES = (
    (0x2190, 0x2200), (0x2300, 0x2400), (0x25A0, 0x2800), (0x2900, 0x2C00),
    (0x1F000, 0x1FB00), (0xFF01, 0xFF5F),
)
_MARK_CHARS = "|\uff5c\u00a6_"
_HOST_SYMBOLS = "\u00a9\u00ae\u2122\u00b0\u2117\u2120"
_CJK = group_id("CJK")
# two Korean syllables are a word as long as three letters of an alphabet ("섹스 채팅")
_SYLLABLES = regex.compile(r"\p{Hangul}{2}")
_EDGES = regex.compile(r"^[^\p{L}\p{M}]+|[^\p{L}\p{M}]+$")


@cache
def _mark_table() -> np.ndarray:
    table = np.zeros(N_CODEPOINTS, dtype=bool)
    for lo, hi in _MARK_RANGES:
        table[lo:hi] = True
    table[[ord(c) for c in _MARK_CHARS]] = True
    table[[ord(c) for c in _HOST_SYMBOLS]] = False
    return table


def mark_positions(cps: np.ndarray) -> np.ndarray:
    """Per code point: where a mark of injection is, ``STRONG`` or ``WEAK`` (a spaced hyphen and
    digits glued to a letter, which prose writes too: a dash, "F18", "B44"), else 0."""
    n = len(cps)
    strong = _mark_table()[cps] if n else np.zeros(0, dtype=bool)
    weak = np.zeros(n, dtype=bool)
    if n >= 3:
        groups = code_groups()[cps]
        strong |= groups == _CJK
        letter = groups >= FIRST_GROUP
        digit = (cps >= 0x30) & (cps <= 0x39)
        space = cps == 0x20
        # " - " between words: a list's separator, or a dash
        weak[1:-1] |= space[:-2] & (cps[1:-1] == 0x2D) & space[2:]
        # two digits right after a letter
        weak[1:-1] |= letter[:-2] & digit[1:-1] & digit[2:]
        # "://" and "www."
        colon = cps == 0x3A
        slash = cps == 0x2F
        strong[:-2] |= colon[:-2] & slash[1:-1] & slash[2:]
        w = (cps == 0x77) | (cps == 0x57)
        if n >= 4:
            strong[:-3] |= w[:-3] & w[1:-2] & w[2:-1] & (cps[3:] == 0x2E)
        # four letters in a row, each on its own between spaces or dots
        gap = space | (cps == 0x2E) | (cps == 0x2D) | (cps == 0x5F) | (cps == 0x2A)
        strong |= letters_apart(letter, gap)
    return np.where(strong, STRONG, np.where(weak, WEAK, 0)).astype(np.int8)


def letters_apart(letter: np.ndarray, gap: np.ndarray) -> np.ndarray:
    """Per code point, whether ``SPACED_LETTERS`` letters each on its own (``letter``: which code
    points are letters) start there, one ``gap`` character between each two ("p i k p").

    >>> text = "ab p i k p i"
    >>> cps = np.array([ord(c) for c in text])
    >>> np.flatnonzero(letters_apart(np.array([c.isalpha() for c in text]), cps == 0x20)).tolist()
    [3, 5]
    """
    n = len(letter) - 2 * SPACED_LETTERS + 2
    out = np.zeros(len(letter), dtype=bool)
    if n <= 0:
        return out
    alone = letter.copy()
    alone[1:] &= ~letter[:-1]
    alone[:-1] &= ~letter[1:]
    four = alone[:n].copy()
    for k in range(1, SPACED_LETTERS):
        four &= gap[2 * k - 1 : 2 * k - 1 + n] & alone[2 * k : 2 * k + n]
    out[:n] = four
    return out


def said_twice(text: str) -> str:
    """The first word of three letters or more (or two Korean syllables) that ``text`` says twice
    in a row ("pik pik"), or the first pair of such words it says twice ("nhà cái uy tín kèo nhà
    cái hôm nay", "섹스 채팅 섹스 채팅"), signs between them aside, casefolded; "" when it says none:
    stuffing repeats its keywords.

    >>> said_twice("pornos kostenlos - pornos kostenlos"), said_twice("Selain pulau-pulau biasa, semenanjung")
    ('pornos kostenlos', '')
    """
    # words as spaces part them: a hyphen doubles a word to make a plural ("pulau-pulau")
    words = [w for w in (_EDGES.sub("", t) for t in text.casefold().split()) if w]
    long = {w for w in words if len(w) >= 3 or _SYLLABLES.fullmatch(w)}
    seen: set[tuple[str, str]] = set()
    for a, b in pairwise(words):
        if a == b and a in long:
            return a
        if a in long and b in long:
            if (a, b) in seen:
                return f"{a} {b}"
            seen.add((a, b))
    return ""


# a word spelled out: letters each alone, a space or a dot apart (words of dotted letters a space
# apart are one: "o.h.n.e r.e.z.e.p.t"), a number maybe glued to its last letter ("b a r a t a2026")
_SPELLED_WORD = regex.compile(rf"(?<![\p{{L}}\p{{N}}])(?:\p{{L}}[ .]){{{SPACED_LETTERS - 1},}}\p{{L}}(?!\p{{L}})")


def spelled_words(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Where ``text[start:end]`` spells a word out letter by letter, ``SPACED_LETTERS`` letters or
    more each alone a space or a dot apart ("p i k p i k p i k", "v.i.a.g.r.a"): a word written for
    the filter, one word however many letters it is spelled in.

    >>> text = "Og du p i k p i k vil nyde dig"
    >>> [text[a:z] for a, z in spelled_words(text, 0, len(text))]
    ['p i k p i k']
    """
    return [m.span() for m in _SPELLED_WORD.finditer(text, start, end)]
