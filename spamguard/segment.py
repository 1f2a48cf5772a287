"""Text -> blocks: the units that are scored and removed, with offsets into the original.

A page is cut into lines (``\\n``, ``\\r\\n``, ``\\r``, U+2028/2029 and the other breaks that
``str.splitlines`` knows), and each line into blocks at list separators (``|`` ``｜`` ``丨``
``•`` ``¦``, tabs, runs of two or more spaces, a middle dot between spaces), where the
writing system changes (Latin -> CJK, Cyrillic -> Latin, ...) and where a sentence starts (after
``.`` ``!`` ``?`` ``…``, the stops of scripts that have their own, ``।`` ``۔`` ``؟`` ``։`` ``።``, and
the full-width ``。`` ``！`` ``？``; or words glued into a paragraph after a full stop, in lower
case: "...daerah. situs slot gacor": ``spamguard.sentences``), and around a CJK word masked letter
by letter ("イOャOチO", ``spamguard.masked_words``), its Latin masks kept with its letters; a run
of full-width Latin words among half-width ones is styled letters (``spamguard.fullwidth``). The
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
from functools import cached_property

import numpy as np

from .fullwidth import among_latin
from .masked_words import LATIN_MASKS, certain_words
from .normalize import reference_letters
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
from .sentences import sentence_starts

_CR, _LF = 0x0D, 0x0A
_LOOKALIKE_GROUPS = np.array([group_id("Latin"), group_id("Cyrillic"), group_id("Greek")], dtype=np.int16)
# Membership by lookup (groups are < 256; -1 marks a delimiter and reads the last cell, False).
_IS_LOOKALIKE = np.zeros(257, dtype=bool)
_IS_LOOKALIKE[_LOOKALIKE_GROUPS] = True
_STYLED = group_id("Styled")
_IS_WORD_LETTER = _IS_LOOKALIKE.copy()
_IS_WORD_LETTER[_STYLED] = True
_LATIN_MASKS = np.array([ord(c) for c in LATIN_MASKS], dtype=np.uint32)
_MASKABLE = np.zeros(257, dtype=bool)
_MASKABLE[[group_id("CJK"), group_id("Hangul")]] = True


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
        masked: where the certain masked words of the page are (``masked_words``), each a block.
        cuts: the offsets where a block was made to start besides those the text gives
            (``segment``'s ``cuts``: an earlier look's), in order.
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
    masked: tuple[tuple[int, int], ...] = ()
    cuts: tuple[int, ...] = ()

    @cached_property
    def block_masked(self) -> np.ndarray:
        """Whether each block is a certain masked word (``masked_words.certain_words``)."""
        out = np.zeros(self.n_blocks, dtype=bool)
        for start, end in self.masked:
            i = int(np.searchsorted(self.block_start, start))
            if i < self.n_blocks and self.block_start[i] == start and self.block_end[i] == end:
                out[i] = True
        return out

    @cached_property
    def reference_letters(self) -> tuple[np.ndarray, np.ndarray]:
        """Where the text spells a letter as an HTML character reference, and its script group
        (``normalize.reference_letters``), found once for the profile and the page's letter
        counts."""
        return reference_letters(self.text)

    @cached_property
    def block_opens_list(self) -> np.ndarray:
        """Whether a list separator ("|", "•", a tab, a middle dot) follows each block, before
        the next block on its line."""
        out = np.zeros(self.n_blocks, dtype=bool)
        if self.n_blocks < 2:
            return out
        separators = np.concatenate(([0], np.cumsum((self.groups == SEPARATOR) | (self.groups == MIDDLE_DOT))))
        same_line = self.block_line[1:] == self.block_line[:-1]
        out[:-1] = same_line & (separators[self.block_start[1:]] > separators[self.block_end[:-1]])
        return out

    @cached_property
    def block_list_run(self) -> np.ndarray:
        """The list run each block is an item of: blocks a list separator joins on their line
        (``block_opens_list``) are one run, every other block a run of its own; runs are
        numbered in page order.

        >>> seg = segment("Open until ten. 即日融資｜情報商材｜当選しましたの専門店\\nHome")
        >>> [seg.block_text(i) for i in range(seg.n_blocks)], seg.block_list_run.tolist()
        (['Open until ten.', '即日融資', '情報商材', '当選しましたの専門店', 'Home'], [0, 1, 1, 1, 2])
        """
        continues = np.zeros(self.n_blocks, dtype=bool)
        continues[1:] = self.block_opens_list[:-1]
        return np.cumsum(~continues) - 1

    def line_runs(self, flagged: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """First and last block of each run of ``flagged`` blocks (a flag per block) that no
        unflagged block or line break parts.

        >>> seg = segment("a | b | c\\nd | e")
        >>> [a.tolist() for a in seg.line_runs(np.array([True, True, False, True, True]))]
        [[0, 3], [1, 4]]
        """
        at = np.flatnonzero(flagged)
        new = np.ones(len(at), dtype=bool)
        new[1:] = (np.diff(at) != 1) | (self.block_line[at[1:]] != self.block_line[at[:-1]])
        return at[new], at[np.append(np.flatnonzero(new)[1:], len(at)) - 1]

    @cached_property
    def block_sentence(self) -> np.ndarray:
        """Whether each block is one of several sentences of its piece (asked block by block:
        computed once a page)."""
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


def segment(text: str, cuts: Sequence[int] = (), disguised: bool = True) -> Segmentation:
    """Cut ``text`` into lines and blocks (see the module docstring).

    Args:
        text: the page text.
        cuts: offsets where a block must start besides those the text gives (a clause injected
            into a sentence, ``spamguard.inline``); the blocks they cut stay one piece, as the
            sentences of a paragraph do.
        disguised: set disguised words apart, as the detector does: certain masked words
            (``masked_words``) and full-width Latin words among half-width ones (``fullwidth``,
            as styled letters). Training featurizes its examples without
            (``training/matrix.py``): the shipped weights were fit before these cuts, which move
            only the n-grams across the words' edges.

    Returns:
        A :class:`Segmentation` whose offsets index ``text``.
    """
    cps = codepoints(text)
    groups = np.take(code_groups(), cps)
    if disguised:
        groups[among_latin(cps, groups)] = _STYLED
    groups = _fold_lookalike_words(groups)
    masked_at = _masked_words(text, cps, groups) if disguised else ()
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
    starts_sentence[sentence_starts(cps, groups)] = True
    if len(cuts):
        starts_sentence[np.asarray(cuts, dtype=np.int64)] = True
    bounds = np.array([x for span in masked_at for x in span], dtype=np.int64)
    starts_sentence[bounds[bounds < n]] = True
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
        text, cps, groups, line_start, line_end, line_break_end, block_start, block_end, block_line, block_piece, masked_at,
        tuple(sorted(int(c) for c in cuts)),
    )


def _masked_words(text: str, cps: np.ndarray, groups: np.ndarray) -> tuple[tuple[int, int], ...]:
    """Where the certain masked words of a page in a CJK script or Hangul start and end
    (``masked_words.certain_words``): each is a block of its own, in its sentence's piece. Their
    Latin masks ("イOャOチO") take the group of the word's first letter, so the word stays whole
    and no Latin reads as another script in it (``groups`` is changed in place)."""
    if not _MASKABLE[groups].any():
        return ()
    words = certain_words(text)
    for w in words:
        at = np.arange(w.start + 1, w.end)
        groups[at[np.isin(cps[at], _LATIN_MASKS)]] = groups[w.start]
    return tuple((w.start, w.end) for w in words)


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
