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
session's notes); and not on a page that uses the words news uses about the stretch's category
(``report_words``: "スーパーコピー 時計" in a consumer centre's news on counterfeits). Or a pitch
spliced into the host's words with a stop of its own, which the host's next sentence follows on
the line ("...再度成为中山大" | "每天更新最火辣的素人影片，不用綁卡直接看。"
| "学信息工程系榜首..."): its stretch runs from inside the sentence to that stop, and starts where
its evidence against the host's words starts (``pitch_stretches.parting``). Or a keyword phrase in plain
letters glued in front of the host's next sentence after its stop ("…という結果に！" | "無料エロ動画"
| "この不動産取得税について…"), five to ten letters long and no subject of the sentence
(``spamguard.glued_heads``).

>>> from spamguard.detector import Detector
>>> text = ("首页｜新闻｜联系我们\\n图书馆延长开放时间\\n记者从市图书馆获悉，为方便学生暑期阅读，图书馆自七月一日起"
...         "延长开放时间，真人百家乐官网入口周一至周日均开放至晚上九点。\\n馆方表示，新增的自习区共有两百个座位。")
>>> [text[s.start:s.end] for s in Detector().clean(text).removed]
['真人百家乐官网入口']
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import numpy as np
import regex

from .densest import max_subarrays, prefix_rows
from .glued_heads import (
    HEAD_LETTERS,
    heads_may_be_spam,
    kana_word_start,
    opens_sentence,
)
from .glued_runs import (
    LISTED,
    MAX_CHARS,
    MIN_HOST_LETTERS,
    MIN_RUN_LETTERS,
    around,
    ends_sentences,
    host_reads_clean,
    quoted,
)
from .model import LinearModel
from .opening_lists import last_item_end, list_of_items, tighter_stretches
from .page import Page
from .params import CLEAN, DecisionParams
from .pitch_stretches import ROUGH_GATE, parting, pitch_may_end
from .quotes import QUOTATION_MARK
from .report_words import page_reports_on
from .scripts import group_id
from .stretch_edges import (
    DENSE_LETTER,
    OPENING_MARKS,
    bracketed,
    edge_items,
    items_said_again,
    outside_words,
)

__all__ = ["dense_run_cuts"]

_CJK = group_id("CJK")
# Kept sentences that cannot hold a cut are not read (``pitch_stretches.pitch_may_end``): the same cuts, found
# without reading every sentence of a Chinese page that the next one follows on its line (a test
# turns this off to check it).
GATED = True
# The host's words before a stretch count with their sentence's clause before them from this
# many letters (eight Han characters): a word or two is as likely the first item's own head
# ("...発表した、" | "オンラインカジノ 入金不要ボーナス ...").
HOST_CLAUSE_LETTERS = 2 * MIN_HOST_LETTERS


def dense_run_cuts(
    page: Page, block_spam: np.ndarray, final: list[str], model: LinearModel, params: DecisionParams, skip: set[int]
) -> list[int]:
    """Where spam slipped into a Chinese or Japanese sentence starts and ends (its first
    character, and the first after it), in each block mostly in those scripts whose densest
    stretch of spam evidence reads as certain spam (``params.sentence_spam``) while the host's
    words around it are a line long together (``params.short_line_letters``) and read clean
    (``glued_runs.host_reads_clean``). In a removed block, the host's words must have kept words of their
    line to join (of their piece, for an inner item of a list), unless the block is a sentence of prose
    with a keyword list's mark (``LISTED``) on a line with no other words kept; in a kept block (reading at least
    ``params.clearly_clean``, or under it with a keyword list's gap between two of its letters,
    ``_GAP``), the stretch must be a keyword list's (``LISTED``: a space, a separator, a Latin letter or a symbol
    between its words, which Chinese and Japanese prose does not write), or the list's edge item
    at the block's edge a list separator joins to a removed item (or, after a removed item, no gap
    at all: a disguised word, or a word in another script, is a block of its own), and quote nothing; or, in a
    sentence the host's next sentence follows on its line, run from inside it to its stop and lie
    in no quotation (a pitch spliced into the host's words, its own stop closing it). The host's
    clause before the block in its sentence, and the next sentence after a spliced pitch, count
    towards the host's line of words. A keyword list opening a kept sentence right after the
    host's stop is glued in front of the host's next sentence: its stretch is looked for against
    the host's usual words too, and the words after it need only read clean with their paragraph
    (``params.sentence_clean``: "…行ってきました。" | "スーパーコピー 時計" | "部屋に露天風呂が…");
    a keyword phrase with no list's mark may open it too (``glued_heads``).
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
    # or glued with no gap to a removed item before it with no stop, which the segmentation set
    # apart as a disguised word or by its script: the list's tail runs on into the host's sentence
    # ("貝XわX" | "の専門店副業の…")
    same_line = seg.block_line[1:] == seg.block_line[:-1]
    glued = np.zeros(seg.n_blocks, dtype=bool)
    glued[1:] = same_line & (seg.block_start[1:] == seg.block_end[:-1]) & in_list[:-1] & ~kept[:-1] & kept[1:]
    glued[1:] &= ~ends_sentences(seg, np.flatnonzero(glued) - 1)[:-1]
    item_before |= glued
    list_of = np.where(glued, np.roll(run, 1), run)  # the list whose removed items a glued item is measured by
    item_weight = weight[seg.block_end] - weight[seg.block_start]
    cuts: list[int] = []
    tasks: list[tuple[int, int, _Where]] = []
    look = cjk & ~(kept & (block_spam < params.clearly_clean) & ~item_after & ~item_before)
    # a kept sentence whose stop the host's next sentence follows on its line: its tail may be a
    # pitch spliced into the host's words ("...再度成为中山大" | "每天更新最火辣的素人影片，不用綁卡直接看。"
    # | "学信息工程系榜首...")
    goes_on = np.zeros(seg.n_blocks, dtype=bool)
    goes_on[:-1] = kept[1:] & cjk[1:] & same_line
    ends = ends_sentences(seg, np.flatnonzero(kept & (cjk | np.append(cjk[1:], False))))
    tail = cjk & kept & goes_on & ends
    look |= tail
    # a kept sentence right after the host's stop on its line: its head may be spam glued in
    # front of it with no mark ("…という結果に！" | "フィストファックですから、一見、…")
    head = np.zeros(seg.n_blocks, dtype=bool)
    head[1:] = cjk[1:] & kept[1:] & kept[:-1] & same_line & ends[:-1]
    look |= head
    # a kept sentence that reads clearly clean as a whole, with a keyword list's gap between two of
    # its letters: a short run glued inside it ("...按摩与推拿指的是不同的" | "减肥药 代孕" | "手法，...")
    quiet = cjk & kept & ~look
    for b in np.flatnonzero(quiet).tolist():
        look[b] = _GAP.search(seg.text, int(seg.block_start[b]), int(seg.block_end[b])) is not None
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
        lo, hi = around(seg, s, e)
        near = seg.block_piece[lo:hi] == seg.block_piece[b] if inner_item else seg.block_line[lo:hi] == seg.block_line[b]
        same = lo + np.flatnonzero(near & kept[lo:hi])
        same = same[same != b]
        # a removed block's host's words join their line's kept words, unless it is a sentence of
        # prose (its stop) on a line of its own with a list's mark in it ("…出发了，" + "成人视频_免费看黄_…"
        # + "终于…。"); a title stuffed after a space is ``host_sentences``'s
        if not kept[b] and not len(same) and not (LISTED.search(seg.text, s, e) and ends_sentences(seg, np.array([b]))[b]):
            continue
        # a kept sentence's stretch must be a list's, a list's edge item or a spliced pitch
        unmarked = bool(kept[b] and not (item_before[b] or item_after[b]) and not LISTED.search(seg.text, s, e))
        if GATED and unmarked and not tail[b] and not head[b]:
            continue
        # the host's clause before the block, in its sentence, and its next sentence after a
        # spliced pitch are the host's words too
        before = bool(b and kept[b - 1] and same_line[b - 1] and not ends[b - 1])
        after_stop = bool(b and kept[b - 1] and same_line[b - 1] and ends[b - 1])
        where = _Where(
            paragraph=same,
            listed=bool(kept[b]),
            list_edges=(bool(item_before[b]), bool(item_after[b])),
            glued=bool(glued[b]),
            # the list's glued item is no longer than its longest removed one
            item_letters=int(item_weight[(run == list_of[b]) & ~kept].max()) if (item_before[b] or item_after[b]) else 0,
            spliced_tail=bool(tail[b]),
            host_near=(int(item_weight[b - 1]) if before else 0, int(item_weight[b + 1]) if tail[b] else 0),
            unmarked=unmarked,
            after_stop=after_stop,
            head=bool(head[b]),
        )
        tasks.append((s, e, where))
    if GATED:
        # a sentence read only for its head is read by its characters when a head may be spam
        readable = heads_may_be_spam(model, weight, seg.cps, [(s, e) for s, e, w in tasks if w.head and w.unmarked], ROUGH_GATE * params.sentence_spam)
        tasks = [(s, e, replace(w, head=(s, e) in readable) if w.head and w.unmarked else w) for s, e, w in tasks]
        tasks = [t for t in tasks if not t[2].unmarked or t[2].head or t[2].spliced_tail]
    if not tasks:
        return []
    # every block's characters are read in one pass: a page of many sentences, each read, costs
    # one reading of their text, not one call a sentence
    sums, counts, offsets = model.char_rows(seg.cps, np.array([t[0] for t in tasks]), np.array([t[1] for t in tasks]))
    for j, (s, e, where) in enumerate(tasks):
        rows = sums[offsets[j] : offsets[j + 1]], counts[offsets[j] : offsets[j + 1]]
        cuts.extend(_run_cuts(page, model, params, s, e, where, rows))
    return cuts


@dataclass(frozen=True)
class _Where:
    """What a block's place on its page says about a stretch cut out of it.

    Attributes:
        paragraph: the other kept blocks of its line (or piece), which the host's words read with
            (block numbers: their offsets are looked up only for a stretch that gets that far).
        listed: the block was kept: the stretch must be a keyword list's (``LISTED``), or a
            list's edge item, or a spliced pitch (``spliced_tail``).
        list_edges: whether a list separator joins a removed item to the block's start, its end.
        item_letters: the longest removed item of that list.
        glued: the block's start is glued with no gap to a removed item with no stop (a disguised
            word, or one in another script): the list's tail runs on into the host's words.
        spliced_tail: the block is a sentence that the host's next sentence follows on its line:
            a stretch from inside it to its stop is a pitch spliced into the host's words.
        host_near: letters of the host's kept clause before the block in its sentence, and of its
            next sentence after a spliced pitch (0 where none), counted with the host's words.
        unmarked: the block was kept, no list separator joins it to a removed item and it holds no
            list's mark (``LISTED``): only a spliced pitch may be cut out of it.
        after_stop: the block follows a kept sentence's stop on its line: a keyword list opening it
            is glued in front of the host's next sentence, whose first words the block-mean
            baseline counts with the list (``_run_cuts``).
        head: the block is a kept sentence after the host's stop on its line, one of whose heads
            may be a keyword phrase glued in front of it (``glued_heads``).
    """

    paragraph: np.ndarray
    listed: bool
    list_edges: tuple[bool, bool] = (False, False)
    glued: bool = False
    item_letters: int = 0
    spliced_tail: bool = False
    host_near: tuple[int, int] = (0, 0)
    unmarked: bool = False
    after_stop: bool = False
    head: bool = False


# what a keyword list writes between its words and Chinese or Japanese prose does not: a space,
# a separator, a Latin letter, a symbol (emoji, stars, ticks)
_GAP = regex.compile(rf"{DENSE_LETTER.pattern}(?:[ \u3000｜|_/]+|\p{{So}}+){DENSE_LETTER.pattern}")


# a number after a stretch's space is the list's (a year its keywords end with, "做愛影片 2026")
_LIST_NUMBER = regex.compile(r"[ \u3000]\d+(?![年月日号時分])")


def _run_cuts(
    page: Page, model: LinearModel, params: DecisionParams, s: int, e: int, where: _Where, rows: tuple[np.ndarray, np.ndarray]
) -> list[int]:
    """The cuts around the stretch of ``text[s:e]`` that is spam with the host's words around it,
    given what the block's place says (``_Where``) and its characters' rows (``LinearModel.char_rows``)."""
    cps, text = page.seg.cps, page.seg.text
    weight = page.letters_before
    sums, counts = rows
    # a stretch's reading from its characters' rows (the n-grams across its edges counted half):
    # a stretch far from spam by it is not read again
    prefix_sums, prefix_counts = prefix_rows(sums, counts)
    if GATED and where.unmarked and not (
        where.head or (where.spliced_tail and pitch_may_end(model, params, weight, s, e, prefix_sums, prefix_counts))
    ):
        return []
    evidence = sums[:, 1:] - sums[:, :1]
    # each category's densest stretch, measured against the block's mean (``stuffed_run``)
    share = evidence.sum(axis=0) / max(float(counts.sum()), 1.0)
    dense = evidence - counts[:, None] * np.maximum(share, 0.0)
    found = sorted((r + (k,) for k, r in enumerate(max_subarrays(dense)) if r[2] > 0), key=lambda r: -r[2])
    if where.listed and where.after_stop:
        seen = {r[:2] for r in found}
        found += [r for r in tighter_stretches(evidence, counts, share) if r[:2] not in seen]
    found += edge_items(dense, weight[s : e + 1] - weight[s], where.list_edges, where.item_letters)
    if where.head and where.unmarked:
        found += edge_items(dense, weight[s : e + 1] - weight[s], (True, False), HEAD_LETTERS)

    def roughly(a: int, z: int) -> float:
        p = model.probabilities((prefix_sums[z - s] - prefix_sums[a - s])[None, :], np.array([prefix_counts[z - s] - prefix_counts[a - s]]))
        return 1.0 - float(p[0, 0])

    for i, j, _, k in found:
        a, z = s + i, s + j
        if k < 0 and i == 0 and where.glued:
            # a glued item ends where the host's words part from it best: its last character's
            # n-grams with the host's lean the host's way ("の専門" | "店養成所…")
            z = parting(model, cps, s, z, e, spam_first=True)
        # the host's comma before the stretch is the host's, a bracket it closes its own
        a, z = bracketed(text, *outside_words(text, a, z, s, e), e)
        a, z = items_said_again(text, a, z, s, e)
        # a few characters left on a side are the stretch's own, or its stop; and words after it
        # that start with a clause mark are its next clause ("...即日融資OK" | "、他社で断られた方も
        # 歓迎。"): the host's words run on glued to spam, with no mark of their own; an opening
        # quotation mark or bracket starts the host's words ("微商货源 微商货源" | "“读书月”活动…")
        a = s if weight[a] - weight[s] < MIN_HOST_LETTERS else a
        number = _LIST_NUMBER.match(text, z, e)
        z = number.end() if number else z
        z = e if weight[e] - weight[z] < MIN_HOST_LETTERS or not (text[z].isalnum() or text[z] in OPENING_MARKS) else z
        starts = [a]
        if where.spliced_tail and z == e and k >= 0 and a > s:
            # a spliced pitch starts where its evidence against the host's words does, which
            # may be before where it is densest for a block it fills
            back = np.cumsum(evidence[i - 1 :: -1, k]) if i else np.zeros(1)
            if back.max() > 0:
                starts.insert(0, s + i - int(np.argmax(back)))
            # refined only where the stretch leans to spam at all: most categories' densest
            # stretches in a host's sentence do not
            starts = list(dict.fromkeys(
                parting(model, cps, s, t, e) if roughly(t, e) >= params.neighbour_threshold else t for t in starts
            ))
        # a list opening the block after the host's stop ends where its last item parts best
        # from the host's words, tried first
        edges = [(a, last_item_end(model, (prefix_sums, prefix_counts), text, s, z, e)) for a in starts if where.after_stop and a == s]
        for a, z in dict.fromkeys(edges + [(a, z) for a in starts]):
            a = s if weight[a] - weight[s] < MIN_HOST_LETTERS else a
            if where.head and where.unmarked and a == s:
                z = kana_word_start(text, s, z)
            if weight[z] - weight[a] < MIN_RUN_LETTERS or (a == s and z == e):
                continue
            item = (where.list_edges[0] and a == s) or (where.list_edges[1] and z == e)
            spliced = where.spliced_tail and z == e and a > s and not quoted(page, a, z)
            # or spam glued in front of the host's sentence, as long as a keyword phrase
            spliced = spliced or (where.head and where.unmarked and a == s < z < e
                                  and opens_sentence(text, weight, s, z) and not quoted(page, a, z))
            if where.listed and not spliced and (
                not (item or LISTED.search(text[a:z].strip())) or QUOTATION_MARK.search(text[a:z])
            ):
                continue
            host = [(p, q) for p, q in ((s, a), (z, e)) if q > p]
            # a list opening the block, the host's plain words after it ending the sentence the host's
            # clause before the block began ("…，" | "成人视频_免费看黄" | "终于在周末完工。")
            ends_host_clause = a == s < z < e and LISTED.search(text, a, z) and not LISTED.search(text, z, e)
            near = (where.host_near[0] if weight[a] - weight[s] >= HOST_CLAUSE_LETTERS or ends_host_clause else 0) + (where.host_near[1] if spliced else 0)
            if sum(weight[q] - weight[p] for p, q in host) + near < params.short_line_letters:
                continue
            # a list's edge item glued to the host's words need only read as the list's neighbour:
            # the list says it is spam ("...及" | "おめこ" 0.83 | "抱き地蔵" | ...)
            short_item = item and weight[z] - weight[a] <= where.item_letters
            # a list opening the host's sentence after its stop: glued in front of the host's next
            # sentence, a list of two keywords reads as spam at the block's threshold
            # ("网贷秒批 黑户可贷", 0.987) when its last item is no longer than the others
            opens = where.after_stop and a == s and LISTED.search(text[a:z].strip()) is not None
            bar = params.spam_threshold if opens and list_of_items(text[a:z]) else params.sentence_spam
            bar = params.neighbour_threshold if short_item else bar
            if roughly(a, z) < ROUGH_GATE * bar:
                continue
            probs = model.span_probabilities(cps, np.array([a]), np.array([z]))[0]
            if 1.0 - float(probs[0]) < bar:
                continue
            category = 1 + int(probs[1:].argmax())
            # in a sentence that stays, a page reporting on the stretch's kind names it
            # ("…消費者センターには、スーパーコピー 時計 を通販サイトで…" under "偽ブランド品に注意")
            if where.listed and page_reports_on(page, model.labels[category], a, z):
                continue
            paragraph = [(int(page.seg.block_start[j]), int(page.seg.block_end[j])) for j in where.paragraph.tolist()]
            # and the host's words after it need only read clean with their paragraph, which may
            # lean a little by its subject (side jobs, a diet), as a clause around a list glued
            # inside a sentence may not
            if host_reads_clean(model, params, cps, host, paragraph, category=category,
                                clean_enough=params.sentence_clean if opens else None):
                return [c for c in (a, z) if s < c < e]
    return []
