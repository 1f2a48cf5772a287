"""Full-width Latin words among half-width ones: a disguise, read as styled letters.

Chinese and Japanese text writes Latin letters full-width ("ＵＳＢメモリ"), so they are that
text's own letters; a run of full-width words inside a sentence in ordinary Latin letters
("...wurde der Vorstand ｈａｕｓａｒｂｅｉｔ ｓｃｈｒｅｉｂｅｎ ｌａｓｓｅｎ wiedergewählt") is written so
that filters matching the plain words miss it, as styled letters are. Such a run takes the
``Styled`` group (``spamguard.segment``): a block of its own that ``rules.obfuscated_text``
counts, which the classifier reads folded to plain letters.

The work is done over whole words with ``numpy``: no Python loop per word.

>>> from spamguard.scripts import code_groups, codepoints
>>> text = "Der Vorstand ｈａｕｓａｒｂｅｉｔ ｓｃｈｒｅｉｂｅｎ wurde gewählt. ＵＳＢメモリ"
>>> cps = codepoints(text)
>>> at = among_latin(cps, code_groups()[cps])
>>> text[at.argmax():len(at) - at[::-1].argmax()]
'ｈａｕｓａｒｂｅｉｔ ｓｃｈｒｅｉｂｅｎ'
"""

from __future__ import annotations

import numpy as np

from .scripts import DENSE_GROUPS, FIRST_GROUP, LATIN, LINE_BREAK, SPACE

MIN_LETTERS = 4  # full-width letters of a run: fewer is an acronym ("ＰＣ")
_DENSE = np.zeros(257, dtype=bool)
_DENSE[list(DENSE_GROUPS)] = True


def _full_width(cps: np.ndarray) -> np.ndarray:
    return ((cps >= 0xFF21) & (cps <= 0xFF3A)) | ((cps >= 0xFF41) & (cps <= 0xFF5A))


def among_latin(cps: np.ndarray, groups: np.ndarray) -> np.ndarray:
    """Which characters are letters of a run of full-width Latin words (only spaces and
    full-width digits and signs between them, ``MIN_LETTERS`` full-width letters at least) that
    a word of three half-width Latin letters or more touches on the line, and no word of a
    script written without spaces."""
    out = np.zeros(len(cps), dtype=bool)
    fw = _full_width(cps)
    if not fw.any():
        return out
    letter = groups >= FIRST_GROUP
    opens = letter & ~np.concatenate(([False], letter[:-1]))
    starts = np.flatnonzero(opens)
    ends = np.flatnonzero(letter & ~np.concatenate((letter[1:], [False]))) + 1
    word_of = np.cumsum(opens) - 1
    fw_letters = np.bincount(word_of[fw & letter], minlength=len(starts))
    length = ends - starts
    # the gap between a word and the next holds only spaces (a line break is no space) and
    # full-width digits and signs ("ｙａｔıｒıｍａ ％２００ ｂｏｎｕｓ，")
    gap = (groups == SPACE) | ((cps >= 0xFF01) & (cps <= 0xFF5E))
    spaces = np.concatenate(([0], np.cumsum(gap)))
    spaced = spaces[starts[1:]] - spaces[ends[:-1]] == starts[1:] - ends[:-1]
    # a word with a full-width letter is full-width ("ｋｌöｃｋｏｒ", "ｎｇườｉ": accented letters have
    # no full-width forms), and so is a word of one or two letters between two such ("ｖà ở ｄｏ")
    wide = fw_letters > 0
    inner = np.zeros(len(starts), dtype=bool)
    inner[1:-1] = wide[:-2] & wide[2:] & spaced[:-1] & spaced[1:]
    wide |= inner & (length <= 2)
    joined = np.concatenate(([False], wide[1:] & wide[:-1] & spaced))
    run = np.cumsum(~joined) - 1  # runs of full-width words; every other word a run of its own
    first = np.flatnonzero(~joined)
    last = np.concatenate((first[1:], [len(starts)])) - 1
    n_runs = len(first)
    run_letters = np.bincount(run, weights=fw_letters, minlength=n_runs)
    group = groups[starts]
    half_latin = ~wide & (group == LATIN) & (length >= 3)
    dense = _DENSE[group]
    # a run's neighbours: the word before its first and after its last, on its line
    breaks = np.concatenate(([0], np.cumsum(groups == LINE_BREAK)))
    before = first - 1
    after = last + 1
    has_before = (before >= 0) & (breaks[starts[first]] == breaks[ends[np.maximum(before, 0)]])
    has_after = (after < len(starts)) & (breaks[starts[np.minimum(after, len(starts) - 1)]] == breaks[ends[last]])
    b, a = np.maximum(before, 0), np.minimum(after, len(starts) - 1)
    latin_near = (has_before & half_latin[b]) | (has_after & half_latin[a])
    dense_near = (has_before & dense[b]) | (has_after & dense[a])
    chosen = wide[first] & (run_letters >= MIN_LETTERS) & latin_near & ~dense_near
    if not chosen.any():
        return out
    words = np.flatnonzero(chosen[run] & wide)
    delta = np.zeros(len(cps) + 1, dtype=np.int64)
    np.add.at(delta, starts[words], 1)
    np.add.at(delta, ends[words], -1)
    return np.cumsum(delta[:-1]) > 0
