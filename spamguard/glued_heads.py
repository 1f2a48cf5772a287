"""A keyword phrase glued in front of a Chinese or Japanese host's sentence, right after the
host's stop, with no mark of a list ("…という結果に！" | "無料エロ動画" | "この不動産取得税について…"):
what ``dense_runs`` reads at the start of such a sentence, besides a list opening it.

Chinese and Japanese put no space between sentences, so the phrase and the host's next sentence
are one block, which reads as clean. The head of the block is read on its own: a keyword phrase
of five to ten letters' worth (``HEAD_MIN_LETTERS``, ``HEAD_LETTERS``, a letter of these scripts
counting three) that reads as certain spam, the host's words after it reading clean, is cut out.
A sentence's own subject reads as spam too where it names spam's goods ("コピー品・偽物は一切取り
扱っておりません。", a watch shop's "we sell no copies"; "出会い系サイトを通じた詐欺被害…", news on dating
scams): the words after it go on with it, a particle or a verb (``_GOES_ON``), or the cut falls
inside a kana word (``kana_word_start`` moves it to the word's start, which leaves a head too
short). A head shorter than five letters reads as spam by chance ("活动免费", free activities,
0.996 as adult).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
import regex

from .densest import prefix_rows
from .glued_runs import MIN_HOST_LETTERS

if TYPE_CHECKING:
    from .model import LinearModel

HEAD_LETTERS = 30  # the longest head read (ten Han characters)
HEAD_MIN_LETTERS = 15  # the shortest head cut out (five Han characters)
# what goes on a sentence from its subject: a Japanese particle marking it ("コピー品・偽物" |
# "は一切取り扱っておりません。"), a Chinese verb or conjunction after it ("百家乐" | "是一种…")
_GOES_ON = regex.compile(r"[はがをへ]|[是的在被将已等和与及都也就为以由对把]")
_KANA = (regex.compile(r"[\p{Katakana}ー]"), regex.compile(r"\p{Hiragana}"))


def kana_word_start(text: str, s: int, z: int) -> int:
    """``z``, or the start of the run of one kana script (after ``s``) it falls inside of: a
    head's end between two katakana or two hiragana letters falls inside a word ("出会い系サイ" |
    "ト", "無料エロ動画こ" | "の").

    >>> kana_word_start("出会い系サイトを", 0, 5), kana_word_start("無料エロ動画この", 0, 6)
    (4, 6)
    """
    for kana in _KANA:
        if s < z < len(text) and kana.match(text, z - 1) and kana.match(text, z):
            while z > s and kana.match(text, z - 1):
                z -= 1
    return z


def opens_sentence(text: str, weight: np.ndarray, s: int, z: int) -> bool:
    """Whether ``text[s:z]``, at the start of a sentence, may be a phrase glued in front of it:
    ``HEAD_MIN_LETTERS`` to ``HEAD_LETTERS`` letters (``weight``: letters before each offset)
    and not the sentence's own subject, which the words after it go on from (``_GOES_ON``)."""
    return HEAD_MIN_LETTERS <= weight[z] - weight[s] <= HEAD_LETTERS and not _GOES_ON.match(text, z)


def heads_may_be_spam(
    model: LinearModel, weight: np.ndarray, cps: np.ndarray, sentences: list[tuple[int, int]], gate: float
) -> set[tuple[int, int]]:
    """The ``sentences`` (start, end; in order, not overlapping) one of whose heads,
    ``HEAD_MIN_LETTERS`` to ``HEAD_LETTERS`` letters from its start leaving ``MIN_HOST_LETTERS``
    after it, reads by its characters' rows (``LinearModel.char_rows``) as spam at ``gate`` or
    more: the heads of every sentence read in one pass, so that a sentence with none is not read
    character by character (most sentences of a Chinese page follow a stop)."""
    if not sentences:
        return set()
    starts, ends = np.array(sentences).T
    # each sentence's heads end from its first letter HEAD_MIN_LETTERS in to its last one
    # HEAD_LETTERS in that leaves MIN_HOST_LETTERS (``weight`` never decreases)
    lo = np.searchsorted(weight, weight[starts] + HEAD_MIN_LETTERS, side="left")
    hi = np.searchsorted(weight, np.minimum(weight[starts] + HEAD_LETTERS, weight[ends] - MIN_HOST_LETTERS), side="right") - 1
    lo, hi = np.maximum(lo, starts + 1), np.minimum(hi, ends)
    keep = lo <= hi
    if not keep.any():
        return set()
    heads = [(int(s), int(e), np.arange(a - s, z - s + 1)) for s, e, a, z in zip(starts[keep], ends[keep], lo[keep], hi[keep])]
    sums, counts, offsets = model.char_rows(cps, np.array([s for s, _, _ in heads]), np.array([s + int(z[-1]) for s, _, z in heads]))
    prefix_sums, prefix_counts = prefix_rows(sums, counts)
    # the rows of a head s:s+z are those of its sentence's first z characters
    first = np.concatenate([np.full(len(z), offsets[j]) for j, (_, _, z) in enumerate(heads)])
    last = np.concatenate([offsets[j] + z for j, (_, _, z) in enumerate(heads)])
    spam = 1.0 - model.probabilities(prefix_sums[last] - prefix_sums[first], prefix_counts[last] - prefix_counts[first])[:, 0]
    owner = np.repeat(np.arange(len(heads)), [len(z) for _, _, z in heads])
    return {heads[j][:2] for j in np.unique(owner[spam >= gate]).tolist()}
