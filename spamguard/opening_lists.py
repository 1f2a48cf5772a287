"""A keyword list in Chinese or Japanese glued in front of the host's next sentence, right after
its stop ("…行ってきました。" | "スーパーコピー 時計" | "部屋に露天風呂がついていて…"): where its
stretch ends, read by its characters (``dense_runs``).

The host's sentence writes no space or list separator, so the list's last gap tells where its
last item starts; where that item ends, the host's first letters are glued on. Read against the
block's mean, the list's densest stretch runs on into them (a host's first words read a little
like anything); read against what the host's words usually say too, it does not. Its last item
is two letters at least and a keyword's length at most, where the characters' n-grams part it
best from the host's words. Where a change of script leaves that item a block of its own after
the list is cut out, the decision's revision of the line takes it with the list
(``take_last_items``, asked by ``revise_line``).

>>> list_of_items("バイアグラ 通販"), list_of_items("バイアグラ 通販養成所に気をつけ")
(True, False)
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
import regex

from .densest import max_subarrays
from .glued_runs import HOST_QUANTILE
from .lines import SENTENCE_END
from .params import CLEAN, DecisionParams
from .revision import Revision
from .stretch_edges import DENSE_LETTER, LIST_GAP

if TYPE_CHECKING:
    from .model import LinearModel

__all__ = ["ITEM_CHARS", "last_item_end", "list_of_items", "take_last_items", "tighter_stretches"]

# the characters of a keyword in Chinese or Japanese ("アダルト動画", "入金不要")
ITEM_CHARS = 6
_CLAUSE_MARK = regex.compile(r"[，、。,;；：:！？!?]")


def tighter_stretches(evidence: np.ndarray, counts: np.ndarray, share: np.ndarray) -> list[tuple[int, int, float, int]]:
    """Each category's densest stretch of a block's characters (``evidence``: their rows' spam
    evidence per category; ``counts``: their n-grams), measured against the block's mean
    (``share``) or what the host's words usually say (``glued_runs.HOST_QUANTILE`` of the
    evidence per n-gram), whichever is more: ``(first, end, density, category)``, densest first."""
    usual = np.quantile(evidence / np.maximum(counts, 1.0)[:, None], HOST_QUANTILE, axis=0)
    tight = evidence - counts[:, None] * np.maximum(np.maximum(share, usual), 0.0)
    return sorted((r + (k,) for k, r in enumerate(max_subarrays(tight)) if r[2] > 0), key=lambda r: -r[2])


def last_item_end(model: LinearModel, rows: tuple[np.ndarray, np.ndarray], text: str, s: int, z: int, e: int) -> int:
    """Where the last item of the list opening the block ``text[s:e]`` ends: two letters into it
    at least and ``ITEM_CHARS`` at most, at the letter that parts the list before it from the
    host's words after it best, in log-odds read from the characters' rows (``rows``: their
    prefix sums and n-gram counts, from ``s``); ``z`` (the stretch's end) where the stretch has no
    gap or ends away from its last item."""
    sums, counts = rows
    gaps = list(LIST_GAP.finditer(text, s, min(z + 1, e)))
    if not gaps or gaps[-1].end() >= e:
        return z
    first = gaps[-1].end()
    ts = np.arange(first + 2, min(first + ITEM_CHARS, e - 1) + 1)
    if not len(ts) or not ts[0] - 2 <= z <= ts[-1] + 2:
        return z

    def odds(starts: np.ndarray, ends: np.ndarray) -> np.ndarray:
        n = counts[ends - s] - counts[starts - s]
        return np.where(n > 0, model.spam_log_odds(sums[ends - s] - sums[starts - s], n), 0.0)

    parting = odds(np.full(len(ts), s), ts) - odds(ts, np.full(len(ts), e))
    return int(ts[int(np.argmax(parting))])


def list_of_items(stretch: str) -> bool:
    """Whether ``stretch`` is a list of words parted by spaces or separators whose last item is no
    clause and a keyword's length (``ITEM_CHARS``, or as long as its longest other item): the
    list's own words, not its last item run on into the host's next sentence."""
    items = [w for w in LIST_GAP.split(stretch.strip()) if w]
    return (len(items) > 1 and len(items[-1]) <= max(ITEM_CHARS, *(len(w) for w in items[:-1]))
            and not _CLAUSE_MARK.search(items[-1]))


def take_last_items(rev: Revision, k: int, params: DecisionParams) -> None:
    """On line ``k``, the last item of a removed list that opens the host's sentence after its stop,
    left a block of its own glued to the host's words (a change of script parts it from the list's
    other items: "ロレックス コピー" | "激安" | "燃えるゴミは…"), goes with the list: a kept block right
    after a removed one past a list's gap, a keyword's length of Chinese or Japanese letters, that
    the host's next block follows with no gap. Its own reading (0.26 for "激安") says little."""
    page, final, seg = rev.page, rev.final, rev.page.seg
    blocks = page.line_blocks(k)
    for j in range(blocks.start + 1, blocks.stop - 1):
        i, after = j - 1, j + 1
        if final[j] != CLEAN or final[i] == CLEAN or final[after] != CLEAN:
            continue
        gap = seg.text[int(seg.block_end[i]) : int(seg.block_start[j])]
        item = page.block_text(j)
        if not (gap and LIST_GAP.fullmatch(gap) and 2 <= len(item) <= ITEM_CHARS and all(DENSE_LETTER.match(c) for c in item)):
            continue
        if seg.block_start[after] != seg.block_end[j] or not DENSE_LETTER.match(seg.text[int(seg.block_start[after])]):
            continue
        if rev.own_prob is None or float(rev.own_prob[j]) < params.clearly_clean:
            continue
        first = i
        while first > blocks.start and final[first - 1] != CLEAN:
            first -= 1
        if first == blocks.start or SENTENCE_END.search(page.block_text(first - 1)):
            rev.take(j, final[i], float(rev.conf[i]))
