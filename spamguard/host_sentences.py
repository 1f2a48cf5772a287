"""Host sentences glued to injected words: where to cut a removed block so that they stay.

Phrases from a spam vocabulary carry no stop. Slipped in between two sentences of a paragraph,
they run on into the host's next sentence, and a host's sentence before them whose stop no
capital or letter right after marks as ended runs on into them: the block of both is removed.
``host_sentence_cuts`` finds where such a block splits into words that read as certain spam and
a host's sentence that reads clearly clean, and the detector looks at the page again with the
sentence a block of its own (``segment(text, cuts)``, as ``spamguard.inline`` does for clauses
injected into a kept sentence). Words that run on into the host's sentence with no space may have
taken its first clause along (the block ending at its comma) or left their last letters on it
(the block cut at their last space): the sentence is then read on to its stop to find where it
starts ("成人视频 免费观看 国产精品学校将于下周一举行秋季运动会，请同学们提前做好准备。"). A
page's title in Chinese or Japanese (above its first line of prose) with keywords stuffed after a
space ("駅前商店街に新しい子ども図書コーナー 激安ブランドコピー財布") keeps its words the same way
when the page repeats them (``_repeated``).
And a run of stuffed words slipped between two words of a host's sentence, in any script
(``stuffed_runs.stuffed_run``), is cut out of it: the host's words on both sides stay.

>>> from spamguard.detector import Detector
>>> text = ("홈 | 메뉴 | 오시는 길 | 공지사항\\n겨울 신메뉴 출시 안내\\n"
...         "이번 겨울에는 유자차와 생강라떼를 새로 선보입니다. 안전놀이터 토토사이트 추천 먹튀검증 "
...         "따뜻한 음료와 함께 직접 구운 스콘도 준비했습니다.")
>>> [text[s.start:s.end] for s in Detector().clean(text).removed]
['안전놀이터 토토사이트 추천 먹튀검증 ']
"""

from __future__ import annotations

import numpy as np
import regex

from .comment_lines import comment_line
from .glued_hosts import READ_AGAIN, glued_host_end, glued_host_start
from .lines import SENTENCE_END, STOP, line_may_be_prose, sentence_ends
from .model import LinearModel
from .page import Page
from .params import CLEAN, DecisionParams
from .scripts import DENSE_GROUPS, group_id
from .stuffed_runs import stuffed_run
from .stuffing import stuffing
from .topic import content_words

__all__ = ["MAX_GLUED_CHARS", "READ_AGAIN", "host_sentence_cuts"]

# the longest block read letter by letter for a host's sentence glued after injected words
# (``glued_hosts.glued_host_start``: every letter is read, so the cost grows with the square of
# the length)
MAX_GLUED_CHARS = 400
_HAN = group_id("CJK")
# the first character after spaces
_NEXT_LETTER = regex.compile(r" *(\S)")
# lines from the top where a page's title may stand (menus, a breadcrumb, the site's name above it)
TITLE_LINES = 6
# words at each edge of a removed stretch read to tell whether a host's words may be there
EDGE_WORDS = 3
# the most letters of injected words left on the host's sentence they run on into, past the
# removed block (a keyword's length: "注册送彩金"): the cut is looked for no further into the host
GLUED_TAIL_CHARS = 10


def host_sentence_cuts(page: Page, final: list[str], model: LinearModel, params: DecisionParams) -> list[int]:
    """Cuts between an injected run of words and the host sentences it was glued to, in the
    removed blocks of prose lines (and the host's sentence before injected words that end a line,
    which its last words leave no prose).

    Phrases from a spam vocabulary carry no stop: slipped in between two sentences of a paragraph,
    they run on into the next one ("... 선보입니다. 안전놀이터 토토사이트 추천 먹튀검증 따뜻한 음료와
    함께 직접 구운 스콘도 준비했습니다."), and a sentence before them that no capital or letter
    right after its stop marks as ended ("…给点建议。 皇冠体育 真人百家乐") runs on into them: the
    block of both goes. It is cut at a space where the words on one side read as certain spam
    (``params.sentence_spam``) and the other side, a sentence as long as a line that ends with a
    stop, reads clearly clean (under ``params.clearly_clean``; a spam word left at the edge of the
    sentence lifts it over that, "추천 먹튀검증 따뜻한 ..." 0.10 against 0.012): first the host's
    sentence after the words (the longest that does), then, in what is left, the one before them
    (the longest that does, ending with a stop before the space). As in ``phrase_runs.phrase_cuts``, the sides
    are read as sums of their words' readings, and the likeliest ``READ_AGAIN`` cuts of each kind
    again as blocks of their own."""
    seg, profile, cps = page.seg, page.profile, page.seg.cps
    cuts: list[int] = []
    kept_words: set[str] | None = None
    first_prose: int | None = None
    space_at = np.flatnonzero(cps == 0x20)
    spaced = np.searchsorted(space_at, seg.block_end) > np.searchsorted(space_at, seg.block_start)
    han = profile.block_group == _HAN
    # only removed blocks: a clean page costs two masks, not a step per sentence
    removed = np.asarray(final, dtype=object) != CLEAN
    cut_blocks: set[int] = set()
    for b in np.flatnonzero((spaced | han) & removed).tolist():
        if int(profile.block_group[b]) not in profile.home_groups:
            continue
        s, e = int(seg.block_start[b]), int(seg.block_end[b])
        if not page.cached("may_prose", int(seg.block_line[b]), lambda j: line_may_be_prose(page, j)):
            if first_prose is None:
                first_prose = _first_prose_line(page)
            if spaced[b] and int(profile.block_group[b]) in DENSE_GROUPS and seg.block_line[b] < first_prose:
                # a title whose words the page repeats needs only lean to clean
                title = _host_cut(page, model, params, s, e, host_first=True, stop=False, host_below=params.rest_clean)
                if title is not None:
                    if kept_words is None:  # once a page: a page of many such lines stays linear
                        kept_words = _kept_words(page, final)
                    if _repeated(page.text[s:title], kept_words):
                        cuts.append(title + 1)
                        continue
            # Injected words that end a line leave it no prose by its end, which has no stop
            # ("…南与金门岛隔海相望。 【大牌精仿工廠價】頂級品質 二十四小時內出貨 立即下單"): the host's
            # sentence before them still ends with its own, and is cut off them the same way.
            before = _host_cut(page, model, params, s, e, host_first=True) if spaced[b] else None
            if before is not None:
                cuts.append(before + 1)
                cut_blocks.add(b)
            continue
        # Only a script written without spaces marks the end of an injected run with one: in one
        # that spaces its words, the tail of a spam sentence reads as clean as a host's ("Купить
        # дженерик сиалиса без рецепта с" | "доставкой курьером за 2 часа...", 0.01).
        if int(profile.block_group[b]) in DENSE_GROUPS:
            after = _host_cut(page, model, params, s, e, host_first=False) if spaced[b] else None
            if after is not None:
                cuts.append(after + 1)
                e = after
            elif han[b]:
                # The host's sentence may run on past the block, which then ends at one of its
                # commas (a clause read on its own) or before its first words (cut at a space):
                # it is read to its stop.
                end = e if SENTENCE_END.search(page.text, s, e) else _sentence_end(page, b)
                latest = e + GLUED_TAIL_CHARS if end > e else None
                start = glued_host_start(page, model, params, s, end, latest) if end - s <= MAX_GLUED_CHARS else None
                if start is not None:
                    cuts.append(start)
                    e = min(e, start)
        before = _host_cut(page, model, params, s, e, host_first=True) if spaced[b] else None
        if before is not None:
            cuts.append(before + 1)
        elif han[b]:
            # The host's clause before injected words may end with a comma glued to them
            # ("…图书馆自七月一日起延长开放时间，澳门新葡京娱乐场 真人百家乐"): no stop, no space.
            clause_end = glued_host_end(page, model, params, s, e)
            if clause_end is not None:
                cuts.append(clause_end)
        if cuts and cuts[-1] > s:
            cut_blocks.add(b)
    return cuts + _stuffed_run_cuts(page, model, params, removed, cut_blocks)


def _stuffed_run_cuts(page: Page, model: LinearModel, params: DecisionParams, removed: np.ndarray, cut: set[int]) -> list[int]:
    """Cuts around the stuffed run (``stuffed_runs.stuffed_run``) of each stretch of removed blocks on a line
    (a change of script cuts one run into several blocks) that no other cut split, when the
    stretch has host words to keep at an edge: its first or last ``EDGE_WORDS`` words read as a
    clean sentence does, and one of its edge blocks is in the page's own scripts (a run of
    Swedish keywords may end glued to "官方", the host's words all before it). The edges of every
    stretch are read at once, so a page of many spam lines costs one reading more, not one per
    line."""
    seg, profile = page.seg, page.profile
    if not removed.any():
        return []
    firsts, lasts = seg.line_runs(removed)
    home = np.zeros(256, dtype=bool)
    home[list(profile.home_groups)] = True
    keep = home[profile.block_group[firsts]] | home[profile.block_group[lasts]]
    keep &= np.array([not cut.intersection(range(f, l + 1)) for f, l in zip(firsts.tolist(), lasts.tolist())], dtype=bool) if cut else True
    firsts, lasts = firsts[keep], lasts[keep]
    s, e = seg.block_start[firsts], seg.block_end[lasts]
    # the spaces that end a stretch's first words and start its last ones
    space_at = np.flatnonzero(seg.cps == 0x20)
    lo, hi = np.searchsorted(space_at, s), np.searchsorted(space_at, e)
    worded = hi - lo >= 2
    s, e, lo, hi, firsts, lasts = s[worded], e[worded], lo[worded], hi[worded], firsts[worded], lasts[worded]
    if not len(s):
        return []
    head_end = space_at[np.minimum(lo + EDGE_WORDS - 1, hi - 1)]
    tail_start = space_at[np.maximum(hi - EDGE_WORDS, lo)] + 1
    edges = 1.0 - model.span_probabilities(seg.cps, np.concatenate((s, tail_start)), np.concatenate((head_end, e)))[:, 0]
    head_clean, tail_clean = edges[: len(s)] < params.sentence_clean, edges[len(s) :] < params.sentence_clean
    cuts: list[int] = []
    stretches = zip(s.tolist(), e.tolist(), firsts.tolist(), lasts.tolist(), head_clean.tolist(), tail_clean.tolist())
    for a, z, first, last, head, tail in stretches:
        # a comment's words are its writer's, none the host's to give back
        if not (head or tail) or comment_line(page, int(seg.block_line[first])):
            continue
        outside = _sentence_outside(page, removed, first, last)
        run = stuffed_run(page, model, params, a, z, stuffing, outside=outside)
        # Host words on both sides of words that are no stuffing (a list of curses set apart by
        # dashes, "...käsien ja mulkku - kyrvitys - ... jalkojen ihon oikeat hoitomenetelmät.")
        # vouch for the run themselves; not when the host's words after the stretch run on in
        # lower case: the stretch then ends with a spliced pitch's stop (``seams``), and the words
        # on its sides are the pitch's own ("Dimagrisci 10 | kg in 3 settimane ... | ordina ora
        # con pagamento alla consegna." | "campo economie per ...").
        # A line that is nothing but the stretch is a pitch's whole when its words on both sides
        # are less than two lines ("Livraison express: baskets" | réplique 1:1 à | "-90%,
        # découvrez la nouvelle collection."); a host's sentence shares its line with others.
        if not run and head and tail and not _runs_on_in_lower_case(page.text, z):
            k = int(seg.block_line[first])
            alone = not page.text[int(seg.line_start[k]) : a].strip() and not page.text[z : int(seg.line_end[k])].strip()
            run = stuffed_run(page, model, params, a, z, None, host_lines=2 if alone else 1, outside=outside)
        cuts.extend(run)
    return cuts


def _runs_on_in_lower_case(text: str, at: int) -> bool:
    """Whether the text after ``at`` goes on, past spaces, with a lower-case letter."""
    m = _NEXT_LETTER.match(text, at)
    return m is not None and m.group(1).islower()


def _sentence_end(page: Page, b: int) -> int:
    """Where the sentence that block b ends in runs on to on its line: past the first stop after
    the block (and the spaces after it), or the line's end when none comes."""
    seg = page.seg
    e, line_end = int(seg.block_end[b]), int(seg.line_end[int(seg.block_line[b])])
    m = STOP.search(page.text, e, line_end)
    if m is None:
        return line_end
    end = m.end()
    while end < line_end and page.text[end].isspace():
        end += 1
    return end


def _first_prose_line(page: Page) -> int:
    """The page's first line of prose, or ``TITLE_LINES`` when that comes first: its title stands
    above it, near the top, and a page of many keyword lines is not searched for titles line by
    line."""
    for j in range(min(page.seg.n_lines, TITLE_LINES)):
        if page.cached("may_prose", j, lambda i: line_may_be_prose(page, i)):
            return j
    return TITLE_LINES


def _kept_words(page: Page, final: list[str]) -> set[str]:
    """The words (``topic.content_words``) of the page's lines that keep all their blocks."""
    kept: set[str] = set()
    for j in range(page.seg.n_lines):
        blocks = page.line_blocks(j)
        if len(blocks) and all(final[i] == CLEAN for i in blocks):
            kept |= content_words(page.line_text(j))
    return kept


def _repeated(title: str, kept_words: set[str]) -> bool:
    """Whether most words of ``title`` are words of the page's kept lines: a headline's words
    recur in its article."""
    words = content_words(title)
    return bool(words) and 2 * len(words & kept_words) >= len(words)


def _host_cut(page: Page, model: LinearModel, params: DecisionParams, s: int, e: int, host_first: bool,
              stop: bool = True, host_below: float | None = None) -> int | None:
    """The space in ``text[s:e]`` between a host's sentence and injected words (see
    ``host_sentence_cuts``): the host's first (the longest sentence ending with a stop before
    the space; with ``stop`` False, the shortest run of a title's words, with no stop) or last
    (the longest, ending the span with a stop), or None. The host's side reads under ``host_below``
    (``params.clearly_clean`` by default)."""
    cps, text = page.seg.cps, page.seg.text
    clean = params.clearly_clean if host_below is None else host_below
    spaces = s + np.flatnonzero(cps[s:e] == 0x20)
    weight = page.letters_before
    ok = weight[spaces] > weight[s]  # words on both sides
    ok &= weight[e] > weight[np.minimum(spaces + 1, e)]
    if host_first:
        ok &= weight[spaces] - weight[s] >= params.short_line_letters
        if stop:
            ok &= sentence_ends(text, s, spaces) if ok.any() else ok
    else:
        ok &= (weight[e] - weight[spaces] >= params.short_line_letters) & (SENTENCE_END.search(text, s, e) is not None)
    if not ok.any():
        return None
    starts = np.array([s, *(spaces + 1).tolist()])
    ends = np.array([*spaces.tolist(), e])
    sums, counts = model.span_sums(cps, starts, ends)
    head_sums, head_counts = np.cumsum(sums, axis=0)[:-1], np.cumsum(counts)[:-1]
    head = 1.0 - model.probabilities(head_sums, head_counts)[:, 0]
    tail = 1.0 - model.probabilities(sums.sum(axis=0) - head_sums, counts.sum() - head_counts)[:, 0]
    host, spam = (head, tail) if host_first else (tail, head)
    fits = np.flatnonzero(ok & (spam >= params.sentence_spam) & (host < clean))
    # a host's sentence: the longest that ends with a stop; a title: the shortest, the injected
    # words running from its first space on (a longer head takes their first word along)
    fits = (fits[::-1] if host_first and stop else fits)[:READ_AGAIN]
    if not len(fits):
        return None
    at = spaces[fits]
    head = 1.0 - model.span_probabilities(cps, np.full(len(at), s), at)[:, 0]
    tail = 1.0 - model.span_probabilities(cps, at + 1, np.full(len(at), e))[:, 0]
    host, spam = (head, tail) if host_first else (tail, head)
    sure = np.flatnonzero((spam >= params.sentence_spam) & (host < clean))
    return int(at[sure[0]]) if len(sure) else None


def _sentence_outside(page: Page, removed: np.ndarray, first: int, last: int) -> int:
    """Letters of the host's sentence that the decision kept right outside the removed stretch of
    blocks ``first`` to ``last`` on its line: the kept block before it when no stop ends that
    block, and the one after it; nothing when a stop ends the stretch: the sentence it closes may be a pitch's own ("Xanax sin
    receta ... sin receta médica." | "Pide online hoy!"), whose words left at its edge read as
    clean as a host's."""
    seg = page.seg
    if SENTENCE_END.search(page.block_text(last)):
        return 0
    letters = 0
    before, after = first - 1, last + 1
    if (
        before >= 0 and not removed[before] and seg.block_line[before] == seg.block_line[first]
        and SENTENCE_END.search(page.block_text(before)) is None
    ):
        letters += int(page.weighted_letters[before])
    if after < seg.n_blocks and not removed[after] and seg.block_line[after] == seg.block_line[last]:
        letters += int(page.weighted_letters[after])
    return letters
