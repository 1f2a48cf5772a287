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
symbol; its edges widened to a word of its list said again that is glued to the host's letters,
``stretch_edges.items_said_again``), reads as spam at a block's threshold (``params.spam_threshold``: the gap is the mark of
injection that plain words lack, which ``dense_runs`` holds to ``params.sentence_spam``), quotes
nothing, and leaves host's words a line long that read clean (``host_reads_clean``), on a page
that does not report on its kind (``report_words``: news names such pieces, ``named``). Its blocks
then keep the stretch's reading (``view.page_scores``), and its edges inside a block are cut for
the detector's next look (``inline.injected_clauses``). In that look the stretch is a sentence of
its own, with no host's words to be read against, and its blocks alone may say too little ("now",
"看片神器2025"): a sentence an earlier look cut inside a clause (not at a comma, where the host
parts its own clauses) is read again across the cut, each stretch found there holding no cut and
giving back the blocks at its edges that are the host's plain words (``_host_edges_back``).

>>> from spamguard.detector import Detector
>>> text = ("首页｜新闻｜联系我们\\n图书馆延长开放时间\\n记者从市图书馆获悉，为方便学生暑期阅读，图书馆自七月一日起"
...         "延长开放时间，www.010885.com周一至周日均开放至晚上九点。\\n馆方表示，新增的自习区共有两百个座位。")
>>> [text[s.start:s.end] for s in Detector().clean(text).removed]
['www.010885.com']
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
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
from .stretch_edges import (
    DENSE_LETTER,
    at_seam,
    bracketed,
    items_said_again,
    parted_edges,
    word_edge,
)

if TYPE_CHECKING:  # the model module imports the view, which imports this one
    from .model import LinearModel

__all__ = [
    "LISTED", "MAX_CHARS", "MIN_HOST_LETTERS", "MIN_RUN_LETTERS", "around", "ends_sentences", "glued_stretches",
    "host_reads_clean", "quoted",
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
# Most of a sentence a stretch is glued inside is the host's: what its characters lean to at this
# quantile of their evidence (per n-gram) is the host's words', which a stretch must beat.
HOST_QUANTILE = 0.7
# the categories whose densest stretches are tried, strongest first, by each measure
MAX_TRIES = 3
# what a keyword list writes between its words and Chinese or Japanese prose does not: a space,
# a separator, a Latin letter, a symbol (emoji, stars, ticks)
_MARKS = r"[｜|_/]|\p{Latin}|\p{So}"
LISTED = regex.compile(rf"\s|{_MARKS}")
# those marks but spaces, which a host's side may hold at its edge
_LISTED_MARK = regex.compile(_MARKS)
# what a pitch's head wears and a host's plain clause does not: a list's marks, a bracket
_DRESS = regex.compile(rf"\s|{_MARKS}|\p{{Ps}}|\p{{Pe}}")
# a word in letters and digits, or an address, which a stretch's edge does not cut
_TOKEN = regex.compile(r"[\p{Latin}\p{N}](?:[\p{Latin}\p{N}._/:?=&%#-]*[\p{Latin}\p{N}/])?")
_KATAKANA = regex.compile(r"[\p{Katakana}ー]{2,}")
_STOP = frozenset("。！？")
_CLAUSE_END = regex.compile(r"[，、,;；：:]")
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
    # sentence's start or where an earlier look cut (which keep the piece)
    same_line = seg.block_line[1:] == seg.block_line[:-1]
    stops = ends_sentences(seg, np.flatnonzero(cjk | np.append(cjk[1:], False)))[:-1]
    joined = same_line & (seg.block_piece[1:] != seg.block_piece[:-1]) & ~stops
    out = _sentence_stretches(page, model, params, joined, cjk, ()) if joined.any() else []
    if seg.cuts:
        # A stretch an earlier look cut apart is a sentence of its own now, often all spam with
        # a short clause of the host's ("可是，" | "你是鸭 他奶奶2026 … 干你良2026 "), which has no host's
        # words to be read against: it is looked for again across the cuts, where the sentence
        # as the page wrote it has none, and may not straddle one.
        cut = np.isin(seg.block_start[1:], np.asarray(seg.cuts, dtype=np.int64)) & same_line & ~stops
        cut[cut] = [not _CLAUSE_END.search(seg.text, int(seg.block_end[b]) - 1, int(seg.block_start[b + 1]) + 1) for b in np.flatnonzero(cut)]
        if cut.any():
            again = _sentence_stretches(page, model, params, joined | cut, cjk, seg.cuts)
            out = sorted(out + [(a, z) for a, z in again if all(q <= a or p >= z for p, q in out)])
    return out


def _sentence_stretches(
    page: Page, model: LinearModel, params: DecisionParams, joined: np.ndarray, cjk: np.ndarray, parted: tuple[int, ...]
) -> list[tuple[int, int]]:
    """The stretch of each sentence (blocks ``joined`` to the one before them) that holds one; with
    ``parted`` (an earlier look's cuts), only in sentences they cut, and none inside a stretch."""
    seg = page.seg
    n = seg.n_blocks
    sentence = np.concatenate(([0], np.cumsum(~joined)))
    first = np.flatnonzero(np.concatenate(([True], ~joined)))
    last = np.append(first[1:], n) - 1
    weight = page.letters_before
    out = []
    for k in np.flatnonzero((last > first) & (np.bincount(sentence, weights=cjk) > 0)).tolist():
        s, e = int(seg.block_start[first[k]]), int(seg.block_end[last[k]])
        if parted and not _cut_inside(parted, s, e):
            continue  # read as it stands already
        if e - s > MAX_CHARS or weight[e] - weight[s] < MIN_RUN_LETTERS + params.short_line_letters:
            continue
        if not _room_for_a_stretch(page, params, s, e):
            continue
        lo, hi = around(seg, s, e)
        others = lo + np.flatnonzero((seg.block_line[lo:hi] == seg.block_line[first[k]]) & (sentence[lo:hi] != k))
        paragraph = [(int(seg.block_start[j]), int(seg.block_end[j])) for j in others]
        found = _stretch(page, model, params, s, e, paragraph, parted)
        if found and parted:
            found = _host_edges_back(page, model, params, *found)
        if found:
            out.append(found)
    return out


_PLAIN = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}ー、，。！？「」]+")


def _host_edges_back(page: Page, model: LinearModel, params: DecisionParams, a: int, z: int) -> tuple[int, int] | None:
    """The stretch ``text[a:z]`` found again across an earlier look's cuts without the blocks at
    its edges that are the host's plain words (Chinese or Japanese letters and stops alone,
    reading under ``params.rest_clean`` alone), or None when too little is left to read as spam:
    the earlier look's edges may have run into the host's next clause ("…| Official Site" |
    "うにおかずにしても美味しくいただけます。"), which its blocks read alone put right."""
    seg = page.seg
    # the blocks holding the stretch's first and last characters
    first = int(np.searchsorted(seg.block_end, a, side="right"))
    last = int(np.searchsorted(seg.block_start, z, side="left")) - 1

    def plain(b: int) -> bool:
        s, e = int(seg.block_start[b]), int(seg.block_end[b])
        if not _PLAIN.fullmatch(seg.text, s, e):
            return False
        return bool(1.0 - model.span_probabilities(seg.cps, np.array([s]), np.array([e]))[0, 0] < params.rest_clean)

    end = last
    while first < end and plain(end):
        end -= 1
    start = first
    while start < end and plain(start):
        start += 1
    if start == end and plain(start):
        return None
    if (start, end) == (first, last):
        return a, z
    a = a if start == first else int(seg.block_start[start])
    z = z if end == last else int(seg.block_end[end])
    if page.letters_before[z] - page.letters_before[a] < MIN_RUN_LETTERS:
        return None
    return (a, z) if 1.0 - model.span_probabilities(seg.cps, np.array([a]), np.array([z]))[0, 0] >= params.spam_threshold else None


def _cut_inside(cuts: tuple[int, ...], a: int, z: int) -> bool:
    """Whether an offset of ``cuts`` (in order) lies strictly inside ``a``..``z``: found by bisection,
    since a page of one long line has many cuts and many sentences."""
    i = bisect_right(cuts, a)
    return i < len(cuts) and cuts[i] < z


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
    page: Page, model: LinearModel, params: DecisionParams, s: int, e: int, paragraph: list[tuple[int, int]],
    parted: tuple[int, ...] = (),
) -> tuple[int, int] | None:
    """The stretch of ``text[s:e]`` that is spam glued between the host's words, or None; none
    holding an offset of ``parted`` (an earlier look's cuts) inside it."""
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
        a, z = parted_edges(model, rows, s, word_edge(whole, i, -1) + s, word_edge(whole, j, 1) + s, e, whole)
        a, z = at_seam(text, a, s, z), at_seam(text, z, a + 1, e)
        # a word in Latin letters or digits glued to the stretch is its own: the host's sentence
        # writes none elsewhere ("...雨天の場合はAV" | "女優 無料エロ動画 xvideos" | "翌週に...")
        if DENSE_LETTER.match(text[a]) and a in tokens and tokens[a] < a:
            a = tokens[a]
        if DENSE_LETTER.match(text[z - 1]) and z in tokens and tokens[z] > z:
            z = tokens[z]
        a, z = items_said_again(text, *bracketed(text, a, z, e), s, e)
        a = s if weight[a] - weight[s] < MIN_HOST_LETTERS else a
        z = e if weight[e] - weight[z] < MIN_HOST_LETTERS else z
        if (a, z) in tried or weight[z] - weight[a] < MIN_RUN_LETTERS or (a == s and z == e):
            continue
        tried.add((a, z))
        if _cut_inside(parted, a, z):
            continue  # an earlier look parted what it holds
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
    category: int | None = None, clean_enough: float | None = None,
) -> bool:
    """Whether the host's words on each side of a stretch read clean (``params.sentence_clean``)
    and, read together with the kept blocks of their paragraph, clearly clean
    (``params.clearly_clean``): the rest of a host's sentence is the host's, where a pitch's own
    tail ("...现在天天在家不用上" | "班，想要网址的加我微信。") has no kept paragraph to join.
    A side that goes on the sentence of a kept block next to it (no stop between) is read with
    that block: a clause cut short leans by chance ("发现包括初一早上在内，今年街道上鞭炮" 0.55 as adult
    alone, 0.05 after "...队员们每天清晨上街清扫时，").
    ``clean_enough`` (``params.clearly_clean`` when None) is what the sides with their paragraph
    must read under to be the host's at once.
    Given the stretch's ``category``, a side may lean more (under ``params.rest_clean``) to
    another category when the two sides rejoined read clean: a host's words cut short by the
    stretch lean by chance ("...ご飯と一緒に食べると" | [a gambling list] | "何杯でもおかわりしたく
    なります。", 0.12 as adult alone), a pitch's own head or tail leans its way ("今すぐお金が
    必要な方へ、", 0.16 as a scam, before a loan pitch). A side leaning more than that to another
    category is the host's only when the sides rejoined read clearly clean (``params.clearly_clean``)
    and it is plain words (``_dressed``): a host's clause cut short may lean hard by chance
    ("女性的身体从怀孕开始变化，怀孕中、" 0.72 as adult, before a gambling list), and a pitch's head
    wears a space or a bracket ("バイアグラ 通販", "【儲值回饋】")."""
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
        if category is None or (side_probs[leaning, 1:].argmax(axis=1) + 1 == category).any():
            return False
        rejoined = 1.0 - model.probabilities(sums[sides].sum(axis=0, keepdims=True), counts[sides].sum(keepdims=True))[0, 0]
        strong = 1.0 - side_probs[leaning, 0] >= params.rest_clean
        # a side leaning hard may be the host's plain words all the same, read clearly clean with
        # the rest of their sentence; a pitch's own head in its dress is not
        if strong.any() and any(_dressed(cps, spans[sides[n]]) for n in np.flatnonzero(leaning)[strong].tolist()):
            return False
        if rejoined >= (params.clearly_clean if strong.any() else params.sentence_clean):
            return False
    whole = 1.0 - model.probabilities(sums.sum(axis=0, keepdims=True), counts.sum(keepdims=True))[0, 0]
    if whole < (params.clearly_clean if clean_enough is None else clean_enough):
        return True
    rest = [k for k in range(len(spans)) if k not in sides]
    if not rest:
        return False
    alone = 1.0 - model.probabilities(sums[rest].sum(axis=0, keepdims=True), counts[rest].sum(keepdims=True))[0, 0]
    return bool(whole <= alone)


def _dressed(cps: np.ndarray, span: tuple[int, int]) -> bool:
    """Whether the words ``cps[span]`` wear what a pitch's head does and a host's plain clause
    does not (``_DRESS``), their edges' spaces aside."""
    return _DRESS.search("".join(map(chr, cps[span[0] : span[1]].tolist())).strip()) is not None


def _goes_on(cps: np.ndarray, first: tuple[int, int], then: tuple[int, int]) -> bool:
    """Whether the span ``then`` goes on the sentence of the span ``first`` before it: nothing but
    spaces between them, and no stop ending ``first``."""
    p, q = first
    return q > p and not any(chr(c).strip() for c in cps[q : then[0]].tolist()) and chr(int(cps[q - 1])) not in _STOP
