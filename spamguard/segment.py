"""Text -> blocks: the units that are scored and removed, with offsets into the original.

A page is cut into lines (``\\n``, ``\\r\\n``, ``\\r``, U+2028/2029 and the other breaks that
``str.splitlines`` knows), and each line into blocks at list separators (``|`` ``｜`` ``丨``
``•`` ``¦``, tabs, runs of two or more spaces, a middle dot between spaces), where the
writing system changes (Latin -> CJK, Cyrillic -> Latin, ...) and where a sentence starts (after
``.`` ``!`` ``?`` ``…``, the stops of scripts that have their own, ``।`` ``۔`` ``؟`` ``։`` ``።``, and
the full-width ``。`` ``！`` ``？``; or words glued into a paragraph after a full stop, in lower
case: "...daerah. situs slot gacor"). The
sentences of one stretch of text form a *piece* (``Segmentation.block_piece``): the decision
reads them together, as a paragraph, and can still cut out the one sentence injected into it.
Leading and trailing spaces are
never part of a block. Offsets are code-point offsets into the original string, end exclusive,
so ``text[b.start:b.end]`` is always the block's exact text.

The work is done with ``numpy`` over the whole page at once: no Python loop per character.

>>> seg = segment("Home | News\\nEnglish text 中文广告")
>>> [seg.block_text(i) for i in range(seg.n_blocks)]
['Home', 'News', 'English text', '中文广告']
>>> seg.block_line.tolist()
[0, 0, 1, 1]
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

import numpy as np
import regex

from .scripts import (
    FIRST_GROUP,
    LINE_BREAK,
    MIDDLE_DOT,
    SEPARATOR,
    SPACE,
    code_groups,
    codepoints,
    group_id,
)

_CR, _LF = 0x0D, 0x0A
_LOOKALIKE_GROUPS = np.array([group_id("Latin"), group_id("Cyrillic"), group_id("Greek")], dtype=np.int16)
# Membership by lookup (groups are < 256; -1 marks a delimiter and reads the last cell, False).
_IS_LOOKALIKE = np.zeros(257, dtype=bool)
_IS_LOOKALIKE[_LOOKALIKE_GROUPS] = True
_STYLED = group_id("Styled")
_IS_WORD_LETTER = _IS_LOOKALIKE.copy()
_IS_WORD_LETTER[_STYLED] = True


@dataclass(frozen=True)
class Block:
    """One block of a page: ``text[start:end]``, on line ``line`` (0-based)."""

    start: int
    end: int
    line: int
    text: str


@dataclass(frozen=True, eq=False)
class Segmentation:
    """A page cut into lines and blocks; all arrays are indexed by line or block number.

    Attributes:
        text: the original page text.
        cps: its code points (uint32).
        groups: the script group / character class of each code point (see ``scripts``), with
            the letters of words that mix Latin and Cyrillic/Greek counted as Latin.
        line_start, line_end: content of line k is ``text[line_start[k]:line_end[k]]``.
        line_break_end: end of line k including its line break.
        block_start, block_end: block i is ``text[block_start[i]:block_end[i]]``.
        block_line: line number of each block.
        block_piece: the piece each block belongs to: consecutive blocks that only a sentence
            start separates form one piece (the stretch of text they would be without sentence
            cuts); pieces are numbered in page order.
    """

    text: str
    cps: np.ndarray
    groups: np.ndarray
    line_start: np.ndarray
    line_end: np.ndarray
    line_break_end: np.ndarray
    block_start: np.ndarray
    block_end: np.ndarray
    block_line: np.ndarray
    block_piece: np.ndarray

    @property
    def block_sentence(self) -> np.ndarray:
        """Whether each block is one of several sentences of its piece."""
        return np.bincount(self.block_piece)[self.block_piece] > 1

    @property
    def n_blocks(self) -> int:
        return len(self.block_start)

    @property
    def n_lines(self) -> int:
        return len(self.line_start)

    def block_text(self, i: int) -> str:
        return self.text[self.block_start[i] : self.block_end[i]]

    def blocks(self) -> list[Block]:
        """The blocks as objects (for display; the pipeline itself works on the arrays)."""
        return [
            Block(int(s), int(e), int(ln), self.text[s:e])
            for s, e, ln in zip(self.block_start, self.block_end, self.block_line)
        ]


def _lines(cps: np.ndarray, groups: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    n = len(cps)
    is_break = groups == LINE_BREAK
    # The LF of a CRLF pair belongs to the break that the CR started.
    lf_after_cr = np.zeros(n, dtype=bool)
    if n > 1:
        lf_after_cr[1:] = (cps[1:] == _LF) & (cps[:-1] == _CR)
    break_at = np.flatnonzero(is_break & ~lf_after_cr)
    break_len = np.ones(len(break_at), dtype=np.int64)
    if len(break_at):
        nxt = np.minimum(break_at + 1, n - 1)
        break_len += (cps[break_at] == _CR) & (cps[nxt] == _LF) & (break_at + 1 < n)
    line_start = np.concatenate(([0], break_at + break_len)).astype(np.int64)
    line_end = np.concatenate((break_at, [n])).astype(np.int64)
    line_break_end = np.concatenate((break_at + break_len, [n])).astype(np.int64)
    return line_start, line_end, line_break_end


def _delimiters(groups: np.ndarray) -> np.ndarray:
    """Characters that end a block: breaks, separators, runs of 2+ spaces, a spaced middle dot."""
    n = len(groups)
    space = groups == SPACE
    prev_space = np.zeros(n, dtype=bool)
    next_space = np.zeros(n, dtype=bool)
    prev_space[1:] = space[:-1]
    next_space[:-1] = space[1:]
    delim = (groups == LINE_BREAK) | (groups == SEPARATOR)
    delim |= space & (prev_space | next_space)
    delim |= (groups == MIDDLE_DOT) & prev_space & next_space
    return delim


def _script_changes(groups: np.ndarray, delim: np.ndarray) -> np.ndarray:
    """Positions of letters whose script group differs from the previous letter in the run."""
    strong = groups >= FIRST_GROUP
    events = np.flatnonzero(strong | delim)
    if len(events) < 2:
        return np.zeros(0, dtype=np.int64)
    ev_group = groups[events].astype(np.int16)
    ev_group[delim[events]] = -1  # a delimiter resets the run
    prev = ev_group[:-1]
    cur = ev_group[1:]
    change = (cur >= 0) & (prev >= 0) & (cur != prev)
    # Latin, Cyrillic and Greek letters touching inside one word are look-alike obfuscation
    # ("vіаgrа"), not two phrases: keep the word whole so the rules can see it.
    touching = events[1:] - events[:-1] == 1
    change &= ~(touching & _IS_LOOKALIKE[prev] & _IS_LOOKALIKE[cur])
    return events[1:][change]


def _fold_lookalike_words(groups: np.ndarray) -> np.ndarray:
    """Give the letters of a word that mixes alphabets one group.

    "vіаgrа" with Cyrillic "і" and "а" is a Latin word in disguise; left as it is, its Cyrillic
    letters would split it from its Latin neighbours and look foreign on a Latin page: such a
    word counts as Latin. A word mixing styled letters with plain ones ("𝐧𝐡à": accented letters
    have no styled form) is a styled word, so styled Vietnamese or Spanish stays one run.
    """
    member = _IS_WORD_LETTER[groups]
    if not member.any():
        return groups
    idx = np.flatnonzero(member)
    word = np.cumsum(np.concatenate(([1], np.diff(idx) != 1)))  # touching letters form a word
    g = groups[idx]
    latin, styled = g == _LOOKALIKE_GROUPS[0], g == _STYLED
    has_latin = np.bincount(word, weights=latin) > 0
    has_styled = np.bincount(word, weights=styled) > 0
    has_other = np.bincount(word, weights=~(latin | styled)) > 0
    to_styled = (has_styled & (has_latin | has_other))[word]
    to_latin = (has_latin & has_other & ~has_styled)[word]
    if not (to_styled.any() or to_latin.any()):
        return groups
    out = groups.copy()
    out[idx[to_latin]] = _LOOKALIKE_GROUPS[0]
    out[idx[to_styled]] = _STYLED
    return out


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
def _upper_table() -> np.ndarray:
    table = np.zeros(0x10001, dtype=bool)  # the last cell stands for every code point past the BMP
    table[:0x10000] = [chr(c).isupper() for c in range(0x10000)]
    return table


@cache
def _lower_table() -> np.ndarray:
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
    at = at[np.take(_lower_table(), np.minimum(cps[at + 2], 0x10000))]
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
    space = space[np.take(_upper_table(), np.minimum(cps[space + 1], 0x10000))]
    space = space[np.take(_lower_table(), np.minimum(cps[space - 1], 0x10000))]
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
_PADDING = regex.compile(r"[\p{Cf}\p{So}]")
_HIDDEN = "\uffff"  # a noncharacter, never padding itself: where it replaced one, padding was


def _sentence_starts(text: str, cps: np.ndarray, groups: np.ndarray) -> np.ndarray:
    """``_visible_sentence_starts`` read past padding (``_PADDING``: "draft\u202c. \u202aTutors",
    "draft. 🔥 Tutors"; the spaces on both sides of it count as one), which a sentence start then
    opens: a page padded word by word keeps its sentences."""
    if _PADDING.search(text) is None:
        return _visible_sentence_starts(cps, groups)
    # one substitution in C rather than a Python step per padding character (an emoji-padded page
    # has one between every two words)
    shown = np.flatnonzero(codepoints(_PADDING.sub(_HIDDEN, text)) == cps)
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


def _visible_sentence_starts(cps: np.ndarray, groups: np.ndarray) -> np.ndarray:
    """Positions where a sentence starts inside a line: an upper-case letter, or a letter of a
    script without case (Hangul, Arabic, Devanagari...), after a letter, a stop (``.`` ``!`` ``?``)
    and one space; or a letter right after a full-width stop (``。``
    ``！`` ``？``), as CJK text puts no space there. A number before the stop ends a sentence
    when words come before it on its line (``_after_number``: "9. Research your options" is a
    numbered heading, not two sentences). And where words glued after a stop start and end
    (``_glued_starts``)."""
    kind = np.take(_STOP, np.minimum(cps, 0xFFFF))
    at = np.flatnonzero(kind)
    at = at[(at >= 1) & (at + 2 < len(cps))]
    if not len(at):
        return np.zeros(0, dtype=np.int64)
    letter = groups >= FIRST_GROUP
    dense = at[(kind[at] == 2) & letter[at + 1]] + 1
    latin_stops = at[kind[at] == 1]
    # the sentence's last character: before the stop, or before the quote or bracket that closes it
    lead = latin_stops - 1
    closed = np.take(_CLOSER, np.minimum(cps[lead], 0xFFFF)) & (lead >= 1)
    lead[closed] -= 1
    ends = (cps[latin_stops + 1] == 0x20) & (letter[lead] | _after_number(cps, letter, lead + 1)) & letter[latin_stops + 2]
    latin, lead = latin_stops[ends] + 2, lead[ends]
    # a capital, or a letter of a script without case in the script before the stop ("예정입니다.
    # 토토사이트 추천"; a change of script cuts a block anyway, without joining the sentences' piece)
    upper = np.take(_upper_table(), np.minimum(cps[latin], 0x10000))
    caseless = ~upper & ~np.take(_lower_table(), np.minimum(cps[latin], 0x10000))
    latin = latin[upper | (caseless & (groups[latin] == groups[lead]))]
    starts = np.sort(np.concatenate((latin, dense)))
    # words glued after a stop start a sentence of their own too (see ``_glued_starts``)
    return np.union1d(starts, _glued_starts(cps, groups, latin_stops, starts))


def segment(text: str, cuts: Sequence[int] = ()) -> Segmentation:
    """Cut ``text`` into lines and blocks (see the module docstring).

    Args:
        text: the page text.
        cuts: offsets where a block must start besides those the text gives (a clause injected
            into a sentence, ``spamguard.inline``); the blocks they cut stay one piece, as the
            sentences of a paragraph do.

    Returns:
        A :class:`Segmentation` whose offsets index ``text``.
    """
    cps = codepoints(text)
    groups = _fold_lookalike_words(np.take(code_groups(), cps))
    line_start, line_end, line_break_end = _lines(cps, groups)

    n = len(cps)
    delim = _delimiters(groups)
    starts_run = ~delim
    if n:
        starts_run[1:] &= delim[:-1]
    cut = starts_run
    cut[_script_changes(groups, delim)] = True
    # A sentence is a block of its own, so an injected sentence can go and its paragraph stay.
    starts_sentence = np.zeros(n, dtype=bool)
    starts_sentence[_sentence_starts(text, cps, groups)] = True
    if len(cuts):
        starts_sentence[np.asarray(cuts, dtype=np.int64)] = True
    cut |= starts_sentence
    seg_id = np.cumsum(cut, dtype=np.int64)

    content = ~delim & (groups != SPACE)
    pos = np.flatnonzero(content)
    if len(pos) == 0:
        empty = np.zeros(0, dtype=np.int64)
        return Segmentation(
            text, cps, groups, line_start, line_end, line_break_end, empty, empty, empty, empty
        )
    ids = seg_id[pos]
    first = run_starts(ids)
    last = np.concatenate((first[1:], [len(pos)])) - 1
    block_start = pos[first]
    block_end = pos[last] + 1
    block_line = np.searchsorted(line_start, block_start, side="right") - 1
    continues = starts_sentence[block_start]  # a sentence start continues the piece before it
    continues[0] = False
    block_piece = np.cumsum(~continues) - 1
    return Segmentation(
        text, cps, groups, line_start, line_end, line_break_end, block_start, block_end, block_line, block_piece
    )


def run_starts(values: np.ndarray) -> np.ndarray:
    """Indices where a run of equal values starts (``values`` non-empty).

    >>> run_starts(np.array([4, 4, 7, 7, 7, 4])).tolist()
    [0, 2, 5]
    """
    return np.flatnonzero(np.concatenate(([True], values[1:] != values[:-1])))


def sum_by_line(seg: Segmentation, per_block: np.ndarray) -> np.ndarray:
    """Sum a per-block array (1-D or 2-D) over the blocks of each line (blocks are in line order)."""
    out = np.zeros((seg.n_lines,) + per_block.shape[1:], dtype=per_block.dtype)
    if seg.n_blocks:
        starts = run_starts(seg.block_line)
        out[seg.block_line[starts]] = np.add.reduceat(per_block, starts, axis=0)
    return out
