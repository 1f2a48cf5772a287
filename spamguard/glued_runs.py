"""Chinese and Japanese spam glued inside a sentence across several of its blocks.

Spam slipped into a Chinese or Japanese sentence with no stop of its own often writes what the
host's prose does not: Latin letters, spaces, a list's separators ("...到处使坏，吸毒、www.010885.com
喝酒闹事、..."; "...腹筋はAV女優2026 自慰 イメージビデオ SM 陰唇 クスコ 口内射精一般人でも..."). The
page's segmentation cuts the sentence there, so the spam lies across several blocks, each too
short or too mixed with the host's words to read as what it is: a Latin run of one short block
takes its line's reading ("新款 Galaxy 手机" is most often a name), and ``dense_runs`` reads one
block at a time. Read character by character as one text, the sentence has a stretch of its own
(the densest in evidence for a category of spam, as ``dense_runs`` finds it in one block), which
is kept apart when it writes a keyword list's gap (a space, a separator, a Latin letter or a
symbol), reads as spam at a block's threshold (``params.spam_threshold``: the gap is the mark of
injection that plain words lack, which ``dense_runs`` holds to ``params.sentence_spam``), quotes
nothing, and leaves host's words a line long that read clean (``host_reads_clean``), on a page
that does not report on its kind (``report_words``: news names such pieces, ``named``). Its blocks
then keep the stretch's reading (``view.page_scores``), and its edges inside a block are cut for
the detector's next look (``inline.injected_clauses``).

>>> from spamguard.detector import Detector
>>> text = ("首页｜新闻｜联系我们\\n图书馆延长开放时间\\n记者从市图书馆获悉，为方便学生暑期阅读，图书馆自七月一日起"
...         "延长开放时间，www.010885.com周一至周日均开放至晚上九点。\\n馆方表示，新增的自习区共有两百个座位。")
>>> [text[s.start:s.end] for s in Detector().clean(text).removed]
['www.010885.com']
"""

from __future__ import annotations

from bisect import bisect_left
from typing import TYPE_CHECKING

import numpy as np
import regex

from .densest import max_subarrays, prefix_rows
from .page import Page
from .params import DecisionParams
from .quotes import QUOTATION_MARK, quotations
from .report_words import page_reports_on
from .scripts import group_id
from .segment import Segmentation

if TYPE_CHECKING:  # the model module imports the view, which imports this one
    from .model import LinearModel

__all__ = [
    "LISTED", "MAX_CHARS", "MIN_HOST_LETTERS", "MIN_RUN_LETTERS", "PARTING_REACH", "around", "bracketed",
    "ends_sentences", "glued_stretches", "host_reads_clean", "quoted",
]

_CJK = group_id("CJK")
# A stretch shorter than this (in ``Page.letters_before``'s letters: two Han characters) says too
# little to be read as spam of its own.
MIN_RUN_LETTERS = 6
# Fewer of the host's letters than this left on a side of a stretch (four Han characters) are
# the stretch's own, or its stop: they go with it.
MIN_HOST_LETTERS = 12
# The longest sentence read character by character: a paragraph, not a page of one line.
MAX_CHARS = 2000
# how far from where its evidence starts or ends a stretch's edge is looked for: an n-gram across
# the seam counts half to the host's character next to it
PARTING_REACH = 4
# Most of a sentence a stretch is glued inside is the host's: what its characters lean to at this
# quantile of their evidence (per n-gram) is the host's words', which a stretch must beat.
HOST_QUANTILE = 0.7
# how far from an edge the seam where the host's letters meet the stretch's letters of another
# kind is looked for
SEAM_REACH = 2
# the categories whose densest stretches are tried, strongest first, by each measure
MAX_TRIES = 3
# what a keyword list writes between its words and Chinese or Japanese prose does not: a space,
# a separator, a Latin letter, a symbol (emoji, stars, ticks)
_MARKS = r"[｜|_/]|\p{Latin}|\p{So}"
LISTED = regex.compile(rf"\s|{_MARKS}")
# those marks but spaces, which a host's side may hold at its edge
_LISTED_MARK = regex.compile(_MARKS)
_DENSE = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}ー]")
# a word in letters and digits, or an address, which a stretch's edge does not cut
_TOKEN = regex.compile(r"[\p{Latin}\p{N}](?:[\p{Latin}\p{N}._/:?=&%#-]*[\p{Latin}\p{N}/])?")
_KATAKANA = regex.compile(r"[\p{Katakana}ー]{2,}")
_STOP = frozenset("。！？")
_CLOSING = frozenset("」』）)\"”’ ")


def glued_stretches(page: Page, model: LinearModel, params: DecisionParams) -> list[tuple[int, int]]:
    """(start, end) of each stretch of spam glued inside a Chinese or Japanese sentence that the
    page's segmentation cut into several blocks (see the module docstring); at most one a
    sentence, in page order."""
    seg = page.seg
    n = seg.n_blocks
    if n < 2:
        return []
    cjk = page.profile.block_group == _CJK
    if not cjk.any():
        return []
    # blocks the segmentation split at a change of script or a gap (which start a piece), not at a
    # sentence's start or where an earlier look cut (which keep the piece): what a cut set apart
    # is parted already
    joined = (seg.block_line[1:] == seg.block_line[:-1]) & (seg.block_piece[1:] != seg.block_piece[:-1])
    joined &= ~ends_sentences(seg, np.flatnonzero(cjk | np.append(cjk[1:], False)))[:-1]
    if not joined.any():
        return []
    sentence = np.concatenate(([0], np.cumsum(~joined)))
    first = np.flatnonzero(np.concatenate(([True], ~joined)))
    last = np.append(first[1:], n) - 1
    weight = page.letters_before
    out = []
    for k in np.flatnonzero((last > first) & (np.bincount(sentence, weights=cjk) > 0)).tolist():
        s, e = int(seg.block_start[first[k]]), int(seg.block_end[last[k]])
        if e - s > MAX_CHARS or weight[e] - weight[s] < MIN_RUN_LETTERS + params.short_line_letters:
            continue
        if not _room_for_a_stretch(page, params, s, e):
            continue
        lo, hi = around(seg, s, e)
        others = lo + np.flatnonzero((seg.block_line[lo:hi] == seg.block_line[first[k]]) & (sentence[lo:hi] != k))
        paragraph = [(int(seg.block_start[j]), int(seg.block_end[j])) for j in others]
        found = _stretch(page, model, params, s, e, paragraph)
        if found:
            out.append(found)
    return out


def _room_for_a_stretch(page: Page, params: DecisionParams, s: int, e: int) -> bool:
    """Whether a stretch of ``text[s:e]`` holding every mark of a list the sentence writes (a
    Latin letter, a separator, a symbol: ``_stretch`` leaves none to the host's side) can leave
    the host a line's letters (``params.short_line_letters``); a sentence that cannot ("© 2007
    Universitas Nusantara. 版權所有，不得轉載。") is not read, which changes no stretch found."""
    marks = [m.start() for m in _LISTED_MARK.finditer(page.seg.text, s, e)]
    if not marks:
        return True
    weight = page.letters_before
    return bool(weight[marks[0]] - weight[s] + weight[e] - weight[marks[-1] + 1] >= params.short_line_letters)


def around(seg: Segmentation, s: int, e: int) -> tuple[int, int]:
    """The blocks (first, and one past the last) that lie within ``MAX_CHARS`` of ``s``..``e``: the
    host's paragraph a stretch is read with, not a page of one huge line (whose every sentence would
    read all the others)."""
    return int(np.searchsorted(seg.block_end, s - MAX_CHARS, side="right")), int(np.searchsorted(seg.block_start, e + MAX_CHARS))


def _stretch(
    page: Page, model: LinearModel, params: DecisionParams, s: int, e: int, paragraph: list[tuple[int, int]]
) -> tuple[int, int] | None:
    """The stretch of ``text[s:e]`` that is spam glued between the host's words, or None."""
    cps, text = page.seg.cps, page.seg.text
    weight = page.letters_before
    sums, counts = model.char_sums(cps, s, e)
    evidence = sums[:, 1:] - sums[:, :1]
    # each category's densest stretches, measured against what the host's words say: the
    # sentence's mean, or more where most of its characters lean the category's way as a host's
    # ordinary words do (read alone, they lean to some category; the model's bias keeps them
    # clean); then against the mean alone, where spam fills so much of the sentence that its own
    # characters set that quantile ("週末は家族で出かける予定でしたが、" | "射精｜バイブレーター｜ぶっかけ
    # terbaruの専門店" | "雨が強くて中止になりました。" is densest at "terbaru" by it)
    share = evidence.sum(axis=0) / max(float(counts.sum()), 1.0)
    usual = np.quantile(evidence / np.maximum(counts, 1.0)[:, None], HOST_QUANTILE, axis=0)
    found = []
    for baseline in (np.maximum(share, usual), share):
        dense = evidence - counts[:, None] * np.maximum(baseline, 0.0)
        found += sorted((r for r in max_subarrays(dense) if r[2] > 0), key=lambda r: -r[2])[:MAX_TRIES]
    tried: set[tuple[int, int]] = set()
    # a word or an address in letters and digits, or a word in katakana, is cut at neither edge
    # inside it
    whole = np.zeros(e - s + 1, dtype=bool)
    tokens = {}  # a word's end -> its start, and back
    for m in _TOKEN.finditer(text, s, e):
        whole[m.start() - s + 1 : m.end() - s] = True
        tokens[m.end()], tokens[m.start()] = m.start(), m.end()
    for m in _KATAKANA.finditer(text, s, e):
        whole[m.start() - s + 1 : m.end() - s] = True
    rows = prefix_rows(sums, counts)
    for i, j, _ in found:
        a, z = _parted(model, rows, s, _edge(whole, i, -1) + s, _edge(whole, j, 1) + s, e, whole)
        a, z = _at_seam(text, a, s, z), _at_seam(text, z, a + 1, e)
        # a word in Latin letters or digits glued to the stretch is its own: the host's sentence
        # writes none elsewhere ("...雨天の場合はAV" | "女優 無料エロ動画 xvideos" | "翌週に...")
        if _DENSE.match(text[a]) and a in tokens and tokens[a] < a:
            a = tokens[a]
        if _DENSE.match(text[z - 1]) and z in tokens and tokens[z] > z:
            z = tokens[z]
        a, z = bracketed(text, a, z, e)
        a = s if weight[a] - weight[s] < MIN_HOST_LETTERS else a
        z = e if weight[e] - weight[z] < MIN_HOST_LETTERS else z
        if (a, z) in tried or weight[z] - weight[a] < MIN_RUN_LETTERS or (a == s and z == e):
            continue
        tried.add((a, z))
        if not LISTED.search(text[a:z].strip()):
            continue
        host = [(p, q) for p, q in ((s, a), (z, e)) if q > p]
        if any(LISTED.search(text[p:q].strip()) for p, q in host):
            continue  # the host's own sentence writes Latin words or spaces: a bilingual text's
        if sum(weight[q] - weight[p] for p, q in host) < params.short_line_letters or quoted(page, a, z):
            continue
        # an address alone ("89nnn.com", 0.985) may read under certain spam; its gap is the mark
        probs = model.span_probabilities(cps, np.array([a]), np.array([z]))[0]
        if 1.0 - float(probs[0]) < params.spam_threshold:
            continue
        category = 1 + int(probs[1:].argmax())
        # a page reporting on the stretch's kind names it (``named``)
        if page_reports_on(page, model.labels[category], a, z):
            continue
        if host_reads_clean(model, params, cps, host, paragraph, category=category):
            return a, z
    return None


# brackets that a keyword list's title or a pitch's head opens and closes ("【急用借錢】"), which a
# host's sentence does not write around spam glued to it; quotation marks are not among them
_PAIRS = {"【": "】", "〖": "〗", "《": "》", "〔": "〕", "［": "］", "[": "]", "（": "）", "(": ")"}
_CLOSERS = {v: k for k, v in _PAIRS.items()}


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


def _edge(whole: np.ndarray, t: int, step: int) -> int:
    """``t``, or the edge of the word it falls inside in the direction ``step``."""
    while whole[t]:
        t += step
    return t


def _at_seam(text: str, t: int, lo: int, hi: int) -> int:
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
    return 0 if _DENSE.match(c) else 1 if c.isalnum() else 2


def _parted(
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


def quoted(page: Page, a: int, z: int) -> bool:
    """Whether ``text[a:z]`` holds a quotation mark or lies inside a quotation of its line."""
    seg = page.seg
    line = int(np.searchsorted(seg.line_start, a, side="right")) - 1
    if QUOTATION_MARK.search(seg.text, a, z):
        return True
    # the line's quotations are found once a line, and come in order without overlapping: the last
    # one opening before ``z`` is the only one that may hold part of the stretch (a page of one huge
    # line asks for many stretches)
    quotes = page.cached("quotations", line, lambda k: quotations(page, k))
    i = bisect_left(quotes, (z, z))
    return i > 0 and quotes[i - 1][1] > a


def ends_sentences(seg: Segmentation, blocks: np.ndarray) -> np.ndarray:
    """Whether each of ``blocks`` ends with a full-width stop (closing marks after it aside);
    False for the other blocks."""
    out = np.zeros(seg.n_blocks, dtype=bool)
    text = seg.text
    for b in blocks.tolist():
        s, e = int(seg.block_start[b]), int(seg.block_end[b]) - 1
        while e >= s and text[e] in _CLOSING:
            e -= 1
        out[b] = e >= s and text[e] in _STOP
    return out


def host_reads_clean(
    model: LinearModel, params: DecisionParams, cps: np.ndarray, host: list[tuple[int, int]], paragraph: list[tuple[int, int]],
    category: int | None = None,
) -> bool:
    """Whether the host's words on each side of a stretch read clean (``params.sentence_clean``)
    and, read together with the kept blocks of their paragraph, clearly clean
    (``params.clearly_clean``): the rest of a host's sentence is the host's, where a pitch's own
    tail ("...现在天天在家不用上" | "班，想要网址的加我微信。") has no kept paragraph to join.
    A side that goes on the sentence of a kept block next to it (no stop between) is read with
    that block: a clause cut short leans by chance ("发现包括初一早上在内，今年街道上鞭炮" 0.55 as adult
    alone, 0.05 after "...队员们每天清晨上街清扫时，").
    Given the stretch's ``category``, a side may lean more (under ``params.rest_clean``) to
    another category when the two sides rejoined read clean: a host's words cut short by the
    stretch lean by chance ("...ご飯と一緒に食べると" | [a gambling list] | "何杯でもおかわりしたく
    なります。", 0.12 as adult alone), a pitch's own head or tail leans its way ("今すぐお金が
    必要な方へ、", 0.16 as a scam, before a loan pitch)."""
    spans = sorted(host + paragraph)
    sums, counts = model.span_sums(cps, np.array([p for p, _ in spans]), np.array([q for _, q in spans]))
    sides = [k for k, span in enumerate(spans) if span in host]
    side_probs = model.probabilities(sums[sides], counts[sides])
    leaning = 1.0 - side_probs[:, 0] >= params.sentence_clean
    for n in np.flatnonzero(leaning).tolist():
        # a side that goes on the sentence of a kept block next to it is read with it
        near = [j for j in (sides[n] - 1, sides[n] + 1) if j in range(len(spans)) and j not in sides
                and _goes_on(cps, *sorted((spans[j], spans[sides[n]])))]
        if near:
            joined = [sides[n], *near]
            read = model.probabilities(sums[joined].sum(axis=0, keepdims=True), counts[joined].sum(keepdims=True))[0]
            leaning[n] = 1.0 - read[0] >= params.sentence_clean
    if leaning.any():
        if category is None or (1.0 - side_probs[leaning, 0] >= params.rest_clean).any():
            return False
        if (side_probs[leaning, 1:].argmax(axis=1) + 1 == category).any():
            return False
        rejoined = model.probabilities(sums[sides].sum(axis=0, keepdims=True), counts[sides].sum(keepdims=True))[0]
        if 1.0 - rejoined[0] >= params.sentence_clean:
            return False
    whole = 1.0 - model.probabilities(sums.sum(axis=0, keepdims=True), counts.sum(keepdims=True))[0, 0]
    if whole < params.clearly_clean:
        return True
    rest = [k for k in range(len(spans)) if k not in sides]
    if not rest:
        return False
    alone = 1.0 - model.probabilities(sums[rest].sum(axis=0, keepdims=True), counts[rest].sum(keepdims=True))[0, 0]
    return bool(whole <= alone)


def _goes_on(cps: np.ndarray, first: tuple[int, int], then: tuple[int, int]) -> bool:
    """Whether the span ``then`` goes on the sentence of the span ``first`` before it: nothing but
    spaces between them, and no stop ending ``first``."""
    p, q = first
    return q > p and not any(chr(c).strip() for c in cps[q : then[0]].tolist()) and chr(int(cps[q - 1])) not in _STOP
