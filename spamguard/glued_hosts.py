"""Where a host's sentence glued to injected words in Chinese or Japanese starts after them
(``glued_host_start``), or its clause ends before them (``glued_host_end``): these scripts put
no space between words, so every letter is a word's edge and each is read, the words on one
side as certain spam and the host's on the other as clearly clean. ``host_sentences`` asks these
of removed blocks.
"""

from __future__ import annotations

import numpy as np

from .clauses import CLAUSE_MARK
from .lines import SENTENCE_END
from .model import LinearModel
from .page import Page
from .params import DecisionParams
from .scripts import FIRST_GROUP, LATIN
from .stretch_edges import LIST_GAP, OPENING_MARKS, at_seam

__all__ = ["READ_AGAIN", "glued_host_end", "glued_host_start"]

# cuts whose summed readings look likeliest, read again as blocks of their own
READ_AGAIN = 8
# the marks a host's clause in Chinese or Japanese may end with before injected words glued to
# it: a clause mark or a stop
_CLAUSE_END = CLAUSE_MARK.copy()
_CLAUSE_END[[ord(c) for c in "。！？!?"]] = True
_OPENING = np.zeros(0x10000, dtype=bool)
_OPENING[[ord(c) for c in OPENING_MARKS]] = True


def glued_host_start(
    page: Page, model: LinearModel, params: DecisionParams, s: int, e: int, latest: int | None = None
) -> int | None:
    """Where the host's sentence starts that injected words in Chinese or Japanese were glued in
    front of with no space ("カジノ稼ぐ - バカラ 必勝法唐沢寿明さん、...集結！"): the earliest
    letter after which the rest of ``text[s:e]``, as long as two lines and closed by a stop, reads
    clearly clean while what comes before reads as certain spam. Given ``latest`` (a span read
    past its block to the sentence's stop by ``host_sentences.host_sentence_cuts``): of such
    letters (or clause marks) up to ``latest`` and past the last space or list separator, the one
    that parts the two best, the most spam-like words before it against the cleanest sentence
    after it in log-odds, moved to the seam a letter or two away where there is one
    (``stretch_edges.at_seam``). The cleanest rest alone starts too late: a host's first words read
    a little like anything ("即日融資 審査なし夕方から盆踊り" | "が始まり、…"). Every letter is a
    word's edge in these scripts, so every one is read (the blocks are at most
    ``host_sentences.MAX_GLUED_CHARS`` long)."""
    cps, text = page.seg.cps, page.seg.text
    if SENTENCE_END.search(text, s, e) is None:
        return None
    weight = page.letters_before
    letter = page.seg.groups[s + 1 : e] >= FIRST_GROUP
    if latest is not None:
        # the host's words may open with their clause's mark, glued to the injected words
        # ("成人视频 免费看" | "，参赛的同学…")
        letter |= _CLAUSE_END[np.minimum(cps[s + 1 : e], 0xFFFF)] & (page.seg.groups[s : e - 1] >= FIRST_GROUP)
        # or with a quotation or bracket of their own ("微商货源 微商货源" | "“读书月”活动…")
        letter |= _OPENING[np.minimum(cps[s + 1 : e], 0xFFFF)] & (page.seg.groups[s : e - 1] >= FIRST_GROUP)
    at = s + 1 + np.flatnonzero(letter)
    # A sentence as long as two lines: the last words of a pitch read as clean as a host's, and
    # one line's worth is eleven characters ("...最短三十分で振込、ブ" | "ラックの方も大歓迎です。",
    # 0.02). Nor is a katakana word cut in two, nor one in Latin letters ("xvid" | "eos翌週に...").
    at = at[(weight[at] > weight[s]) & (weight[e] - weight[at] >= 2 * params.short_line_letters)]
    groups = page.seg.groups
    at = at[~(_katakana(cps[at - 1]) & _katakana(cps[at])) & ~((groups[at - 1] == LATIN) & (groups[at] == LATIN))]
    if latest is not None:
        at = at[at <= latest]
        # the host's sentence writes no space or list separator: it starts past the list's last
        # one and two letters of its last item at least (a word, "無料", not a particle)
        gap = LIST_GAP.search(text[s:e][::-1])
        if gap is not None:
            at = at[at > e - gap.start() + 1]
    if not len(at):
        return None
    tail_sums = model.span_sums(cps, at, np.full(len(at), e))
    tail = 1.0 - model.probabilities(*tail_sums)[:, 0]
    if latest is not None:
        # A letter of the injected words left on the host's sentence lifts it ("金新馆将设置…"
        # 0.0011 against "新馆将设置…" 0.0005), and the host's words left on the injected ones
        # lower them: of the letters where the rest reads clearly clean and what comes before it
        # certain spam, the one that parts them best (log-odds, which do not saturate).
        clean = np.flatnonzero(tail < params.clearly_clean)
        if not len(clean):
            return None
        head_sums = model.span_sums(cps, np.full(len(clean), s), at[clean])
        head = 1.0 - model.probabilities(*head_sums)[:, 0]
        sure = clean[head >= params.sentence_spam]
        if not len(sure):
            return None
        head_odds = model.spam_log_odds(*head_sums)[head >= params.sentence_spam]
        tail_odds = model.spam_log_odds(tail_sums[0][sure], tail_sums[1][sure])
        best = int(at[sure[int(np.argmax(head_odds - tail_odds))]])
        # the n-grams across the seam blur it by a letter or two: a change to a mark or another
        # kind of letter there is where the words meet ("成人视频 免费看" | "，参赛的…")
        seam = at_seam(text, best, s + 1, e)
        return seam if seam in set(at[sure].tolist()) else best
    at = at[tail < params.clearly_clean][:READ_AGAIN]
    if not len(at):
        return None
    head = 1.0 - model.span_probabilities(cps, np.full(len(at), s), at)[:, 0]
    sure = np.flatnonzero(head >= params.sentence_spam)
    return int(at[sure[0]]) if len(sure) else None


def glued_host_end(page: Page, model: LinearModel, params: DecisionParams, s: int, e: int) -> int | None:
    """Where injected words glued to the end of a host's clause in Chinese or Japanese start
    ("…图书馆自七月一日起延长开放时间，澳门新葡京娱乐场 真人百家乐 注册送38元彩金"): the latest letter
    right after a clause mark or a stop (and the spaces after it) such that ``text[s:at]``, as
    long as a line, reads clearly clean, while the rest reads as certain spam. One line, where
    ``glued_host_start`` asks for two: a host's clause of fifteen letters ("二期工程向北延伸至良渚遗址附近，
    澳门新葡京线上娱乐城…") is common, and the held-out pages and fixtures had no pitch whose first
    clause as long as a line read under ``clearly_clean`` with the rest certain spam."""
    text, cps = page.seg.text, page.seg.cps
    marks = s + np.flatnonzero(_CLAUSE_END[np.minimum(cps[s:e], 0xFFFF)])
    if not len(marks):
        return None
    at = np.array([e - len(text[m + 1 : e].lstrip()) for m in marks.tolist()])  # past the spaces after it
    weight = page.letters_before
    at = at[(weight[at] - weight[s] >= params.short_line_letters) & (weight[e] > weight[at])]
    if not len(at):
        return None
    head = 1.0 - model.span_probabilities(cps, np.full(len(at), s), at)[:, 0]
    tail = 1.0 - model.span_probabilities(cps, at, np.full(len(at), e))[:, 0]
    fits = np.flatnonzero((head < params.clearly_clean) & (tail >= params.sentence_spam))
    return int(at[fits[-1]]) if len(fits) else None


def _katakana(cps: np.ndarray) -> np.ndarray:
    return ((cps >= 0x30A1) & (cps <= 0x30FF)) | ((cps >= 0x31F0) & (cps <= 0x31FF))
