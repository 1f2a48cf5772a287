"""Where sentences start inside a line: after a stop of any script and a space, or a full-width
stop; read past closing quotes, bidi controls and emoji padding; after a number that words come
before; and where words glued after a stop start and end. ``spamguard.segment`` cuts blocks there.

>>> text = "It rained in 2020. The town grew. नया वाक्य है। यह दूसरा है।"
>>> from spamguard.scripts import code_groups, codepoints
>>> cps = codepoints(text)
>>> [text[i:i + 4] for i in sentence_starts(cps, code_groups()[cps])]  # (a script change cuts "नया" anyway)
['The ', 'यह द']
"""

from __future__ import annotations

from functools import cache

import numpy as np
import regex

from .categories import CATEGORIES, category_codes
from .scripts import FIRST_GROUP, LINE_BREAK, codepoints

__all__ = ["sentence_starts"]


_STOP = np.zeros(0x10000, dtype=np.int8)  # 1: a stop a space follows; 2: a full-width stop
_STOP[[ord(c) for c in ".!?\uff0e"]] = 1  # with the full-width full stop of full-width Latin text
# and the stops of scripts that have their own: the ellipsis, the Devanagari danda and double
# danda (Hindi, Marathi, Nepali, Bengali), the Urdu full stop, the Arabic question mark, the
# Armenian full stop, the Ethiopic full stop and question mark, the Burmese and Khmer full stops
_STOP[[ord(c) for c in "\u2026\u0964\u0965\u06d4\u061f\u0589\u1362\u1367\u104b\u17d4"]] = 1
_STOP[[ord(c) for c in "。！？"]] = 2
# a closing quotation mark or bracket between a sentence's last word and its stop ("«нет».", "(p. 4).")
_CLOSER = np.zeros(0x10000, dtype=bool)
_CLOSER[[ord(c) for c in "\"'\u201d\u2019\u00bb\u300d\u300f)\uff09]"]] = True


@cache
def upper_table() -> np.ndarray:
    table = np.zeros(0x10001, dtype=bool)  # the last cell stands for every code point past the BMP
    table[:0x10000] = [chr(c).isupper() for c in range(0x10000)]
    return table


@cache
def lower_table() -> np.ndarray:
    table = np.zeros(0x10001, dtype=bool)
    table[:0x10000] = [chr(c).islower() for c in range(0x10000)]
    return table


GLUED_AFTER_LETTERS = 4  # letters of the word before the stop: "etc. and", "bzw. der" are abbreviations


def _glued_starts(cps: np.ndarray, groups: np.ndarray, stops: np.ndarray, starts: np.ndarray) -> np.ndarray:
    """Where words glued into a paragraph start and end: a lower-case word right after a stop, one
    space and a word of ``GLUED_AFTER_LETTERS``+ letters or a number with its unit ("16h") before
    it ("...daerah. situs slot gacor ...": no sentence starts in lower case), and the first
    capitalised word after a lower-case one that follows it on its line, before the next sentence
    start ("... terpercaya Panitia berharap"): the paragraph's own next sentence. ``stops`` are the positions of ``.`` ``!`` ``?`` with a
    character on each side, ``starts`` the sentence starts found so far."""
    n = len(cps)
    at = stops[(stops >= GLUED_AFTER_LETTERS) & (stops + 2 < n)]
    at = at[cps[at + 1] == 0x20]
    at = at[np.take(lower_table(), np.minimum(cps[at + 2], 0x10000))]
    letter = groups >= FIRST_GROUP
    word = np.ones(len(at), dtype=bool)
    for back in range(1, GLUED_AFTER_LETTERS + 1):
        word &= letter[at - back]
    # or a number with its unit ("vers 16h.", "nach 5km."), which no abbreviation is
    unit = letter[at - 1] & (cps[at - 2] >= 0x30) & (cps[at - 2] <= 0x39)
    glued = at[word | unit] + 2
    if not len(glued):
        return glued
    # capitalised words after a lower-case letter and one space ("terpercaya Panitia")
    space = np.flatnonzero(cps[1:-1] == 0x20) + 1
    space = space[np.take(upper_table(), np.minimum(cps[space + 1], 0x10000))]
    space = space[np.take(lower_table(), np.minimum(cps[space - 1], 0x10000))]
    capital = space + 1
    nxt = np.searchsorted(capital, glued, side="right")
    end = capital[np.minimum(nxt, len(capital) - 1)] if len(capital) else glued
    has = nxt < len(capital)
    # on the glued words' line, and before the next sentence start
    breaks = np.flatnonzero(groups == LINE_BREAK)
    has &= np.searchsorted(breaks, glued) == np.searchsorted(breaks, end)
    if len(starts):
        following = np.searchsorted(starts, glued, side="right")
        has &= (following >= len(starts)) | (end < starts[np.minimum(following, len(starts) - 1)])
    return np.sort(np.concatenate((glued, end[has])))


# What a reader does not see as text between two sentences: invisible format characters (bidi
# controls, zero-width spaces) and symbols (emoji).
PADDING = regex.compile(r"[\p{Cf}\p{So}]")
_HIDDEN = "\uffff"  # a noncharacter, never padding itself: where it replaced one, padding was


@cache
def _padding_table() -> np.ndarray:
    """Whether each code point of the Basic Multilingual Plane is ``PADDING``, as the pattern
    itself says (one substitution over the plane; surrogates are no padding)."""
    plane = np.arange(0x10000, dtype=np.uint32)
    plane[0xD800:0xE000] = 0x20
    text = plane.astype("<u4").tobytes().decode("utf-32-le")
    return codepoints(PADDING.sub(_HIDDEN, text)) != plane


def _padding(cps: np.ndarray) -> np.ndarray:
    """Whether each code point is ``PADDING``: a table for the Basic Multilingual Plane, the
    pattern for each distinct code point past it (emoji)."""
    padding = np.take(_padding_table(), np.minimum(cps, 0xFFFF))
    astral = cps > 0xFFFF
    if astral.any():
        high = np.unique(cps[astral])
        hits = high[[PADDING.match(chr(c)) is not None for c in high.tolist()]]
        padding[astral] = np.isin(cps[astral], hits)
    return padding


def sentence_starts(cps: np.ndarray, groups: np.ndarray) -> np.ndarray:
    """``_visible_sentence_starts`` read past padding (``PADDING``: "draft\u202c. \u202aTutors",
    "draft. 🔥 Tutors"; the spaces on both sides of it count as one), which a sentence start then
    opens: a page padded word by word keeps its sentences. Padding is found by a table lookup, not
    a substitution over the page (``_padding``)."""
    padding = _padding(cps)
    if not padding.any():
        return _visible_sentence_starts(cps, groups)
    shown = np.flatnonzero(~padding)
    # the spaces on both sides of hidden padding are one ("umbrella. 🔥 Rain")
    space = cps[shown] == 0x20
    doubled = np.zeros(len(shown), dtype=bool)
    doubled[1:] = space[1:] & space[:-1] & (np.diff(shown) > 1)
    shown = shown[~doubled]
    starts = _visible_sentence_starts(cps[shown], groups[shown])
    starts = starts[starts > 0]
    return shown[starts - 1] + 1


def _after_number(cps: np.ndarray, letter: np.ndarray, stops: np.ndarray) -> np.ndarray:
    """Whether each stop ends a number that words come before on its line ("...in 2020. The",
    "...WA 0812-0000-1111. Pedagang"): a sentence ends there, as after a word. A number that opens
    its line is a list's or a heading's ("9. Research your options")."""
    digit = (cps[stops - 1] >= 0x30) & (cps[stops - 1] <= 0x39)
    out = np.zeros(len(stops), dtype=bool)
    if not digit.any():
        return out
    at = stops[digit] - 1

    def last_before(where: np.ndarray, upto: np.ndarray) -> np.ndarray:
        # the last position of ``where`` at or before each of ``upto`` (-1: none)
        found = np.flatnonzero(where)
        j = np.searchsorted(found, upto, side="right") - 1
        return np.where(j >= 0, found[np.maximum(j, 0)] if len(found) else -1, -1)

    breaks = (cps == 0x0A) | (cps == 0x0D)
    before = last_before((cps == 0x20) | (cps == 0x09) | breaks, at)  # the space before the number
    anchor = np.maximum(before, 0)
    out[digit] = (before >= 0) & (last_before(letter, anchor) > last_before(breaks, anchor))
    return out


_MARKS = np.array([CATEGORIES.index(c) for c in ("Mn", "Mc", "Me")], dtype=np.uint8)
_MOST_MARKS = 3  # on one letter: a vowel sign and a tanwin or a shadda ("مساءً", "ً", "ّ")


def _base_letters(cps: np.ndarray, at: np.ndarray) -> np.ndarray:
    """Each position of ``at`` moved back past the combining marks there to the letter they sit
    on: an Arabic word's tanwin ("مساءً."), which belongs to no script of its own, ends the word
    its letter does."""
    for _ in range(_MOST_MARKS):
        marked = np.isin(category_codes(cps[at]), _MARKS) & (at >= 1)
        if not marked.any():
            break
        at = np.where(marked, at - 1, at)
    return at


def _visible_sentence_starts(cps: np.ndarray, groups: np.ndarray) -> np.ndarray:
    """Positions where a sentence starts inside a line: an upper-case letter, or a letter of a
    script without case (Hangul, Arabic, Devanagari...), after a letter, a stop (``.`` ``!`` ``?``)
    and one space; or a letter or a number right after a full-width stop (``。`` ``！`` ``？``), as
    CJK text puts no space there, or after such a stop and one space (text joined by a tool). A number before the stop ends a sentence
    when words come before it on its line (``_after_number``: "9. Research your options" is a
    numbered heading, not two sentences). And where words glued after a stop start and end
    (``_glued_starts``)."""
    kind = np.take(_STOP, np.minimum(cps, 0xFFFF))
    at = np.flatnonzero(kind)
    at = at[(at >= 1) & (at + 2 < len(cps))]
    if not len(at):
        return np.zeros(0, dtype=np.int64)
    letter = groups >= FIRST_GROUP
    digit = (cps >= 0x30) & (cps <= 0x39)
    # after a full-width stop a sentence starts at once, or after one space ("…ありません。 飲む",
    # text joined by a tool), with a letter or a number ("。365日", "。2013年に")
    word = letter | digit
    full = at[kind[at] == 2]
    spaced = (cps[full + 1] == 0x20) & word[full + 2]
    dense = np.concatenate((full[word[full + 1]] + 1, full[spaced] + 2))
    latin_stops = at[kind[at] == 1]
    # the sentence's last character: before the stop, or before the quote or bracket that closes it
    lead = latin_stops - 1
    closed = np.take(_CLOSER, np.minimum(cps[lead], 0xFFFF)) & (lead >= 1)
    lead[closed] -= 1
    lead = _base_letters(cps, lead)
    ends = (cps[latin_stops + 1] == 0x20) & (letter[lead] | _after_number(cps, letter, lead + 1)) & letter[latin_stops + 2]
    latin, lead = latin_stops[ends] + 2, lead[ends]
    # a capital, or a letter of a script without case in the script before the stop ("예정입니다.
    # 토토사이트 추천"; a change of script cuts a block anyway, without joining the sentences' piece)
    upper = np.take(upper_table(), np.minimum(cps[latin], 0x10000))
    caseless = ~upper & ~np.take(lower_table(), np.minimum(cps[latin], 0x10000))
    latin = latin[upper | (caseless & (groups[latin] == groups[lead]))]
    starts = np.sort(np.concatenate((latin, dense)))
    # words glued after a stop start a sentence of their own too (see ``_glued_starts``)
    return np.union1d(starts, _glued_starts(cps, groups, latin_stops, starts))
