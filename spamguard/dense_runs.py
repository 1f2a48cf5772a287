"""Spam slipped into a Chinese or Japanese sentence, read character by character.

Chinese and Japanese put no space between words, so spam inserted into a host's sentence
("...图书馆自七月一日起延长开放时间，真人百家乐官网入口周一至周日均开放至晚上九点。")
has no word or stop of its own at either end: the sentence is one block with it, and when the
block goes, the host's words glued to it go too. Read character by character
(``LinearModel.char_sums``: each n-gram counted half at its first character and half at its
last), the spam is a stretch of its own: the densest stretch in evidence for a category of spam
(the maximum subarray, as ``stuffed_runs.stuffed_run`` finds it over words). When it reads as
certain spam and the host's words around it are a line long and, read with the kept rest of
their line, read clearly clean (or no more like spam than that rest alone), it is cut out for
the detector's next look (with the injected clauses of ``spamguard.inline``), in which the
host's words are blocks of their own that stay.

In a sentence that stays, only a keyword list's stretch is cut out (a space, a separator, a
Latin letter or a symbol between its words, which Chinese and Japanese prose does not write; or
a list's first or last item glued to the host's clause, which need only read as the list's
neighbour and be no longer than its longest removed item): news on gambling or counterfeits holds
stretches in plain words that read as certain spam with clean words around them
("...以“注册送彩金”“百家乐稳赢”为诱饵..."), as many as the injections found (the forty-fifth
session's notes).

>>> from spamguard.detector import Detector
>>> text = ("首页｜新闻｜联系我们\\n图书馆延长开放时间\\n记者从市图书馆获悉，为方便学生暑期阅读，图书馆自七月一日起"
...         "延长开放时间，真人百家乐官网入口周一至周日均开放至晚上九点。\\n馆方表示，新增的自习区共有两百个座位。")
>>> [text[s.start:s.end] for s in Detector().clean(text).removed]
['真人百家乐官网入口']
"""

from __future__ import annotations

import numpy as np
import regex

from .model import LinearModel
from .page import Page
from .params import CLEAN, DecisionParams
from .quotes import QUOTATION_MARK
from .scripts import group_id
from .stuffed_runs import max_subarrays

__all__ = ["MAX_CHARS", "MIN_HOST_LETTERS", "MIN_RUN_LETTERS", "dense_run_cuts"]

_CJK = group_id("CJK")
# A stretch shorter than this (in ``Page.letters_before``'s letters: two Han characters) says too
# little to be read as spam of its own.
MIN_RUN_LETTERS = 6
# Fewer of the host's letters than this left on a side of a stretch (four Han characters) are
# the stretch's own, or its stop: they go with it.
MIN_HOST_LETTERS = 12
# The longest block read character by character: a paragraph, not a page of one line.
MAX_CHARS = 2000


def dense_run_cuts(
    page: Page, block_spam: np.ndarray, final: list[str], model: LinearModel, params: DecisionParams, skip: set[int]
) -> list[int]:
    """Where spam slipped into a Chinese or Japanese sentence starts and ends (its first
    character, and the first after it), in each block mostly in those scripts whose densest
    stretch of spam evidence reads as certain spam (``params.sentence_spam``) while the host's
    words around it are a line long together (``params.short_line_letters``) and read clean
    (``_host_reads_clean``). In a removed block, the host's words must have kept words of their
    line to join (of their piece, for an inner item of a list); in a kept block (reading at least
    ``params.clearly_clean``), the stretch must be a keyword list's (``_LISTED``: a space, a separator, a Latin letter or a symbol
    between its words, which Chinese and Japanese prose does not write), or the list's edge item
    at the block's edge a list separator joins to a removed item, and quote nothing.
    Blocks in ``skip`` (already cut) aside."""
    seg, profile = page.seg, page.profile
    cjk = profile.block_group == _CJK
    if not cjk.any():
        return []
    weight = page.letters_before
    kept = np.asarray(final, dtype=object) == CLEAN
    run = seg.block_list_run
    in_list = np.bincount(run)[run] > 1
    # a kept block a list separator joins to a removed item: the list's edge item may be glued to
    # it ("...午前8時30分、無料エロ動画" | "人妻" | "熟女" | "素人お弁当と水筒を...")
    opens = seg.block_opens_list
    item_after = np.zeros(seg.n_blocks, dtype=bool)
    item_before = np.zeros(seg.n_blocks, dtype=bool)
    item_after[:-1] = opens[:-1] & ~kept[1:]
    item_before[1:] = opens[:-1] & ~kept[:-1]
    item_weight = weight[seg.block_end] - weight[seg.block_start]
    cuts: list[int] = []
    look = cjk & ~(kept & (block_spam < params.clearly_clean) & ~item_after & ~item_before)
    for b in np.flatnonzero(look).tolist():
        if b in skip:
            continue
        s, e = int(seg.block_start[b]), int(seg.block_end[b])
        if e - s > MAX_CHARS or weight[e] - weight[s] < MIN_RUN_LETTERS + params.short_line_letters:
            continue
        # the host's paragraph: its line's kept blocks (a Latin word in it starts a piece of its
        # own), those of its piece for an inner item of a list, whose other items are no host's
        # words; a list's first or last item glued to the host's words has no kept block in its
        # piece ("复刻表| 名牌包包高仿善意，坚定地倡导政治改革…"), and reads with its line's
        inner_item = in_list[b] and not (item_before[b] or item_after[b])
        near = seg.block_piece == seg.block_piece[b] if inner_item else seg.block_line == seg.block_line[b]
        same = np.flatnonzero(near & kept)
        same = same[same != b]
        if not kept[b] and not len(same):
            continue
        paragraph = [(int(seg.block_start[j]), int(seg.block_end[j])) for j in same]
        edges = (bool(item_before[b]), bool(item_after[b]))
        # the list's glued item is no longer than its longest removed one
        longest = int(item_weight[(run == run[b]) & ~kept].max()) if (item_before[b] or item_after[b]) else 0
        cuts.extend(_run_cuts(page, model, params, s, e, paragraph, listed=bool(kept[b]), list_edges=edges,
                              item_letters=longest))
    return cuts


# what a keyword list writes between its words and Chinese or Japanese prose does not: a space,
# a separator, a Latin letter, a symbol (emoji, stars, ticks)
_LISTED = regex.compile(r"[\s｜|_/]|\p{Latin}|\p{So}")


def _run_cuts(
    page: Page, model: LinearModel, params: DecisionParams, s: int, e: int, paragraph: list[tuple[int, int]],
    listed: bool, list_edges: tuple[bool, bool] = (False, False), item_letters: int = 0,
) -> list[int]:
    """The cuts around the stretch of ``text[s:e]`` that is spam with the host's words around it;
    ``paragraph``: the other kept blocks of its line (or piece), which the host's words are read with;
    ``listed``: the stretch must be a keyword list's, or reach an edge of the block that
    ``list_edges`` (start, end) says a removed list item is joined to, whose items are at most
    ``item_letters`` long."""
    cps, text = page.seg.cps, page.seg.text
    weight = page.letters_before
    sums, counts = model.char_sums(cps, s, e)
    evidence = sums[:, 1:] - sums[:, :1]
    # each category's densest stretch, measured against the block's mean (``stuffed_run``)
    share = evidence.sum(axis=0) / max(float(counts.sum()), 1.0)
    dense = evidence - counts[:, None] * np.maximum(share, 0.0)
    found = sorted((r for r in max_subarrays(dense) if r[2] > 0), key=lambda r: -r[2])
    found += _edge_items(dense, weight[s : e + 1] - weight[s], list_edges, item_letters)
    for i, j, _ in found:
        a, z = s + i, s + j
        # the host's comma before the stretch is the host's
        while a < z and not text[a].isalnum():
            a += 1
        # a few characters left on a side are the stretch's own, or its stop; and words after it
        # that start with a clause mark are its next clause ("...即日融資OK" | "、他社で断られた方も
        # 歓迎。"): the host's words run on glued to spam, with no mark of their own
        a = s if weight[a] - weight[s] < MIN_HOST_LETTERS else a
        z = e if weight[e] - weight[z] < MIN_HOST_LETTERS or not text[z].isalnum() else z
        if weight[z] - weight[a] < MIN_RUN_LETTERS or (a == s and z == e):
            continue
        item = (list_edges[0] and a == s) or (list_edges[1] and z == e)
        if listed and (not (item or _LISTED.search(text[a:z].strip())) or QUOTATION_MARK.search(text[a:z])):
            continue
        host = [(p, q) for p, q in ((s, a), (z, e)) if q > p]
        if sum(weight[q] - weight[p] for p, q in host) < params.short_line_letters:
            continue
        # a list's edge item glued to the host's words need only read as the list's neighbour:
        # the list says it is spam ("...及" | "おめこ" 0.83 | "抱き地蔵" | ...)
        bar = params.neighbour_threshold if item and weight[z] - weight[a] <= item_letters else params.sentence_spam
        if 1.0 - float(model.span_probabilities(cps, np.array([a]), np.array([z]))[0, 0]) < bar:
            continue
        if _host_reads_clean(model, params, cps, host, paragraph):
            return [c for c in (a, z) if s < c < e]
    return []


def _edge_items(
    dense: np.ndarray, weight: np.ndarray, list_edges: tuple[bool, bool], item_letters: int
) -> list[tuple[int, int, float]]:
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
            out.append((far + int(i), n, float(tail[far + i, k])))
    if list_edges[0]:
        head = np.cumsum(dense, axis=0)
        near = int(np.searchsorted(weight, item_letters, side="right")) - 1
        if near > 0:
            j, k = np.unravel_index(int(np.argmax(head[:near])), head[:near].shape)
            out.append((0, int(j) + 1, float(head[j, k])))
    return [r for r in out if r[2] > 0]


def _host_reads_clean(
    model: LinearModel, params: DecisionParams, cps: np.ndarray, host: list[tuple[int, int]], paragraph: list[tuple[int, int]]
) -> bool:
    """Whether the host's words on each side of a stretch read clean (``params.sentence_clean``)
    and, read together with the kept blocks of their paragraph, clearly clean
    (``params.clearly_clean``): the rest of a host's sentence is the host's, where a pitch's own
    tail ("...现在天天在家不用上" | "班，想要网址的加我微信。") has no kept paragraph to join."""
    spans = sorted(host + paragraph)
    sums, counts = model.span_sums(cps, np.array([p for p, _ in spans]), np.array([q for _, q in spans]))
    sides = [k for k, span in enumerate(spans) if span in host]
    if (1.0 - model.probabilities(sums[sides], counts[sides])[:, 0] >= params.sentence_clean).any():
        return False
    whole = 1.0 - model.probabilities(sums.sum(axis=0, keepdims=True), counts.sum(keepdims=True))[0, 0]
    if whole < params.clearly_clean:
        return True
    rest = [k for k in range(len(spans)) if k not in sides]
    if not rest:
        return False
    alone = 1.0 - model.probabilities(sums[rest].sum(axis=0, keepdims=True), counts[rest].sum(keepdims=True))[0, 0]
    return bool(whole <= alone)
