"""Where the edges of a stretch of spam glued inside a Chinese or Japanese sentence fall
(``glued_runs``, ``dense_runs``): not inside a word in Latin letters or digits, at the seam where
the host's letters meet letters of another kind, where the stretch parts best from the host's words
by the model's reading, with the brackets of a title it opens, and past a word of its list said
again that is glued to the host's letters; and the densest stretch at a block's edge, where a
list's edge item or a phrase glued in front of a sentence lies (``edge_items``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
import regex

if TYPE_CHECKING:  # the model module imports the view, which imports the glued runs, which import this one
    from .model import LinearModel

__all__ = [
    "DENSE_LETTER", "LIST_GAP", "PARTING_REACH", "SEAM_REACH", "at_seam", "bracketed", "edge_items", "items_said_again",
    "outside_words",
    "parted_edges", "word_edge",
]

# how far from where its evidence starts or ends a stretch's edge is looked for: an n-gram across
# the seam counts half to the host's character next to it
PARTING_REACH = 4
# how far from an edge the seam where the host's letters meet the stretch's letters of another
# kind is looked for
SEAM_REACH = 2
# a letter of Chinese or Japanese prose
DENSE_LETTER = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}ー]")
# what parts the items of a keyword list in Chinese or Japanese (spaces and separators, not the
# prose's commas): a host's sentence writes none
LIST_GAP = regex.compile(r"[\s｜|_/・]+")


# brackets that a keyword list's title or a pitch's head opens and closes ("【急用借錢】"), which a
# host's sentence does not write around spam glued to it; quotation marks are not among them
_PAIRS = {"【": "】", "〖": "〗", "《": "》", "〔": "〕", "［": "］", "[": "]", "（": "）", "(": ")"}
_CLOSERS = {v: k for k, v in _PAIRS.items()}
# marks that open a quotation or a bracket: the words after one start there, not in a stretch
# glued before it ("微商货源 微商货源" | "“读书月”活动…")
OPENING_MARKS = "“‘「『《【〖〔［[（(«"


def bracketed(text: str, a: int, z: int, e: int) -> tuple[int, int]:
    """The stretch ``text[a:z]`` without the host's comma or stop before it, but with a bracket it
    opens and closes (a closing one right after it too, before the block's end ``e``): a title's
    bracket left with the host's words makes them read as spam ("今年街道上鞭炮【" 0.73 as adult,
    0.32 without it).

    >>> text = "今年街道上鞭炮，【急用借錢】信用不良"
    >>> text[slice(*bracketed(text, 7, len(text), len(text)))]
    '【急用借錢】信用不良'
    """
    if z < e and text[z] in _CLOSERS and _CLOSERS[text[z]] in text[a:z]:
        z += 1
    while a < z and not text[a].isalnum() and not (text[a] in _PAIRS and _PAIRS[text[a]] in text[a:z]):
        a += 1
    return a, z


# a Chinese or Japanese word of a list: a run of such letters between two characters of any other
# kind (a list's gap, a digit, a Latin letter, a mark), two at least ("你是鸭", not a particle "的")
_DENSE_ITEM = regex.compile(rf"(?<!{DENSE_LETTER.pattern}){DENSE_LETTER.pattern}{{2,}}(?!{DENSE_LETTER.pattern})")
_GAPS = regex.compile(r"[\s｜|_/・,，、]*")


def items_said_again(text: str, a: int, z: int, s: int, e: int) -> tuple[int, int]:
    """The stretch ``text[a:z]`` widened, within ``s``..``e``, to the edge of a word of its list
    glued to the host's letters at one of its edges: a Chinese or Japanese word the stretch writes
    as an item of its own is the list's said again, whatever the model's reading of the characters
    at the seam ("…干你良2026 你是鸭" | "现场气氛…" after "你是鸭 他奶奶2026 你是鸭 …"). Never
    narrowed: the characters past such a word may be the list's tail ("免费看黄" | "官网入口").

    >>> text = "你是鸭 他奶奶 你是鸭 放荡 你是鸭现场气氛非常热烈大家都很开心"
    >>> text[slice(*items_said_again(text, 0, 15, 0, len(text)))], text[slice(*items_said_again(text, 0, 17, 0, len(text)))]
    ('你是鸭 他奶奶 你是鸭 放荡 你是鸭', '你是鸭 他奶奶 你是鸭 放荡 你是鸭')
    >>> text = "我们去公园散步放荡 你是鸭 他奶奶 放荡 你是鸭 天气很好"
    >>> text[slice(*items_said_again(text, 9, 23, 0, len(text)))]
    '放荡 你是鸭 他奶奶 放荡 你是鸭'
    """
    words = list(_DENSE_ITEM.finditer(text, s, e))  # read whole: an edge word runs on into the host's letters
    said = sorted({m.group() for m in words if a <= m.start() and m.end() <= z}, key=len, reverse=True)
    if not said:
        return a, z
    for m in words:
        p, q = m.span()
        if p < a < q or (q <= a and _GAPS.fullmatch(text, q, a)):  # the word the stretch starts in or after
            item = next((w for w in said if m.group().endswith(w)), None)
            a = min(a, q - len(item)) if item is not None else a
        if p < z < q or (z <= p and _GAPS.fullmatch(text, z, p)):  # the word it ends in or before
            item = next((w for w in said if m.group().startswith(w)), None)
            z = max(z, p + len(item)) if item is not None else z
    return a, z


def word_edge(whole: np.ndarray, t: int, step: int) -> int:
    """``t``, or the edge of the word it falls inside in the direction ``step``."""
    while whole[t]:
        t += step
    return t


_LATIN_OR_DIGIT = regex.compile(r"[\p{Latin}\p{N}]")


def outside_words(text: str, a: int, z: int, s: int, e: int) -> tuple[int, int]:
    """The stretch ``text[a:z]`` widened, within ``s``..``e``, to whole words in Latin letters or
    digits at its edges: an edge inside "2025" or "rolex888" is the n-grams' blur, not a seam.

    >>> text = "一比一劳力士rolex888希望"
    >>> text[slice(*outside_words(text, 3, 10, 0, len(text)))]
    '劳力士rolex888'
    """

    def inside(t: int) -> bool:
        return s < t < e and bool(_LATIN_OR_DIGIT.match(text[t - 1])) and bool(_LATIN_OR_DIGIT.match(text[t]))

    while inside(a):
        a -= 1
    while inside(z):
        z += 1
    return a, z


def at_seam(text: str, t: int, lo: int, hi: int) -> int:
    """``t``, or the nearest offset within ``SEAM_REACH`` of it (and ``lo``..``hi``) where the text
    changes from a Chinese or Japanese letter to a Latin letter or digit, a space or a mark, or
    back: where spam glued to a host's words most often meets them, which the n-grams across it
    blur by a character or two."""

    def seam(u: int) -> bool:
        return _kind(text[u - 1]) != _kind(text[u])

    if lo < t < hi and not seam(t):
        for d in range(1, SEAM_REACH + 1):
            for u in (t - d, t + d):
                if lo < u < hi and seam(u):
                    return u
    return t


def _kind(c: str) -> int:
    return 0 if DENSE_LETTER.match(c) else 1 if c.isalnum() else 2


def parted_edges(
    model: LinearModel, rows: tuple[np.ndarray, np.ndarray], s: int, a: int, z: int, e: int, whole: np.ndarray
) -> tuple[int, int]:
    """The edges within ``PARTING_REACH`` characters of ``a`` and ``z`` (none inside a word,
    ``whole``: by offset from ``s``) that best part the stretch from the host's words on each
    side: the most spam-like stretch against the cleanest host's words (log-odds, which unlike
    probabilities do not saturate at 1.0), read from the sentence's characters' rows (``rows``:
    their prefix sums and n-gram counts, from ``s``)."""
    sums, counts = rows

    def odds(starts: np.ndarray, ends: np.ndarray) -> np.ndarray:
        n = counts[ends - s] - counts[starts - s]
        out = model.spam_log_odds(sums[ends - s] - sums[starts - s], n)
        return np.where(n > 0, out, 0.0)  # no host's words on that side: nothing to part from

    for side in (0, 1, 0):
        if side == 0:
            ts = np.arange(max(s, a - PARTING_REACH), min(z - 1, a + PARTING_REACH) + 1)
            ts = ts[~whole[ts - s]]
            if len(ts) > 1:
                a = int(ts[int(np.argmax(odds(ts, np.full(len(ts), z)) - odds(np.full(len(ts), s), ts)))])
        else:
            ts = np.arange(max(a + 1, z - PARTING_REACH), min(e, z + PARTING_REACH) + 1)
            ts = ts[~whole[ts - s]]
            if len(ts) > 1:
                z = int(ts[int(np.argmax(odds(np.full(len(ts), a), ts) - odds(ts, np.full(len(ts), e))))])
    return a, z


def edge_items(
    dense: np.ndarray, weight: np.ndarray, list_edges: tuple[bool, bool], item_letters: int
) -> list[tuple[int, int, float, int]]:
    """The densest stretch (``dense``: evidence by character and category, less the block's mean)
    at each edge of a block that a list separator joins to a removed item (``list_edges``: start,
    end), at most ``item_letters`` long (``weight``: letters before each character of the block,
    and after its last): the list's first (last) item glued to the host's words, which the
    block's densest stretch misses where the item reads weaker than other words of the block
    ("...煮込みます" + "おめこ" | "抱き地蔵" | ...)."""
    n = dense.shape[0]
    out = []
    if list_edges[1]:
        tail = np.cumsum(dense[::-1], axis=0)[::-1]
        far = int(np.searchsorted(weight, weight[n] - item_letters))
        if far < n:
            i, k = np.unravel_index(int(np.argmax(tail[far:])), tail[far:].shape)
            out.append((far + int(i), n, float(tail[far + i, k]), -1))
    if list_edges[0]:
        head = np.cumsum(dense, axis=0)
        near = int(np.searchsorted(weight, item_letters, side="right")) - 1
        if near > 0:
            j, k = np.unravel_index(int(np.argmax(head[:near])), head[:near].shape)
            out.append((0, int(j) + 1, float(head[j, k]), -1))
    return [r for r in out if r[2] > 0]
