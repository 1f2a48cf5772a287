"""Clauses injected into a sentence of the page: where to cut a kept sentence so they can go.

A block is the unit that is removed, and a sentence is the smallest block of running prose. An
injection slipped between two commas of a host's sentence ("Sang hiệp hai, Hoàng Đức gỡ hòa bằng
cú sút xa, xem thêm kèo nhà cái uy tín tặng 100k khi đăng ký tại nhacai88.vip, trước khi Tiến
Linh ...") leaves the sentence reading as prose, held to the prose threshold, so it stays whole.
Read clause by clause, the injection is certain spam and the rest of the sentence clean: this
module finds such clauses in the sentences the decision kept, and the detector looks at the page
again with each one a block of its own (``segment(text, cuts)``), so that it alone goes.

Only sentences on lines of running prose that lean a little towards spam are read clause by
clause (``INLINE_GATE``), and only clauses as long as a line are read first.

Thai (and Lao, Khmer) puts a space between phrases and often no stop anywhere: a whole
paragraph is one block, and an injection inside it has no comma around it. There the clauses are
runs of phrases (``phrase_runs.phrase_cuts``): the run that reads most surely as spam, with the rest of the
paragraph clean without it, is cut out, also of a paragraph the run made go whole.

A whole sentence spliced between two words of a host's sentence ("...era presente il Casinò
online con bonus del 500% senza verifica, registrati ora! presidente della ...") ends with a stop
the host's next words follow in lower case: from a capital to that stop is read as one stretch
(``seams.seam_cuts``).

The other way round, spam words with no stop of their own glue a host's sentence to the block
that goes (``spamguard.host_sentences``): the sentence is cut off it when it reads clearly clean.

>>> from spamguard.detector import Detector
>>> text = ("Đội tuyển Việt Nam thắng Malaysia 2-1\\n"
...         "Malaysia mở tỷ số ở phút 23 sau một pha phản công nhanh.\\n"
...         "Sang hiệp hai, tiền vệ Hoàng Đức gỡ hòa bằng cú sút xa, xem thêm kèo nhà cái uy tín tặng "
...         "100k khi đăng ký tại nhacai88.vip, trước khi Tiến Linh đánh đầu ấn định chiến thắng ở phút 81.")
>>> [text[s.start:s.end] for s in Detector().clean(text).removed]
['xem thêm kèo nhà cái uy tín tặng 100k khi đăng ký tại nhacai88.vip']
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

import numpy as np

from .address_tails import address_tail_cuts
from .clauses import blocks_with_clauses, clause_bounds, describes
from .dense_runs import dense_run_cuts
from .disguised_comments import comment_cuts
from .edge_words import edge_word_cuts
from .glued_runs import LISTED
from .host_sentences import host_sentence_cuts
from .inverted_marks import inverted_mark_cuts
from .keyword_runs import keyword_run_cuts
from .lines import line_is_prose
from .list_edges import list_edge_cuts
from .model import LinearModel
from .page import Page
from .params import CLEAN, DecisionParams
from .phrase_runs import phrase_cuts
from .plain_runs import plain_run_cuts
from .quotes import QUOTATION_MARK
from .scripts import DENSE_GROUPS
from .seams import seam_cuts
from .separated_items import host_edge_cuts
from .spelled_runs import spelled_cuts
from .spliced import spliced_cuts
from .stuffed_runs import kept_stuffed_cuts
from .view import ModelScores
from .word_runs import word_run_cuts

# A sentence the classifier reads under this spam probability is not read clause by clause: a
# certain-spam clause as long as a line lifts a long host sentence above it (0.013 for a pharma
# phrase in a 250-character sentence of news), while 93% of the real pages' sentences with commas
# read under it. On the benchmark's pages nearly one page in two has a clause to read; reading them (about
# half a millisecond a page, most of it the featurizer's fixed cost) is 5-8% of clean() in a
# profile, within this machine's noise when timed (measured by hand, not by the benchmark).
INLINE_GATE = 0.01
# How many times one page is read and cut: the first reading, the one with its injected clauses
# cut out, and one more for the host's sentence that an injected clause turned out to be glued to
# ("...政权早就完了。 目前拥有61台...设备。 永利娱乐场 皇冠体育 ...", cut out of a kept sentence at
# its commas first).
MAX_LOOKS = 3
_Look = TypeVar("_Look")


def look_until_settled(text: str, look: Callable[[Page], _Look], cuts_of: Callable[[_Look], list[int]]) -> _Look:
    """``look`` at the page, then again with the cuts ``cuts_of`` finds in each look (``segment(text,
    cuts)``), while new ones come up and at most ``MAX_LOOKS`` times: the detector's reading and the
    tuner's preparation of a page share this."""
    seen = look(Page.from_text(text))
    cuts: set[int] = set()
    for _ in range(MAX_LOOKS - 1):
        more = set(cuts_of(seen))
        if more <= cuts:
            break
        cuts |= more
        seen = look(Page.from_text(text, sorted(cuts)))
    return seen


def injected_clauses(
    page: Page, scores: ModelScores, final: list[str], model: LinearModel, params: DecisionParams
) -> list[int]:
    """Offsets where blocks must start so that each injected clause of a kept prose sentence is
    a block of its own (its first letter, and the mark that closes it); empty when there is none.
    Clauses between commas (``_clause_cuts``), runs of phrases in a script that spaces its
    phrases (``phrase_runs.phrase_cuts``), runs of stuffed words (``stuffed_runs.kept_stuffed_cuts``) and
    sentences spliced between two words of a host's sentence (``seams.seam_cuts``);
    in removed blocks, host sentences glued to injected words
    (``host_sentences.host_sentence_cuts``); Chinese and Japanese spam glued inside a sentence,
    read character by character (``dense_runs.dense_run_cuts``), and the edges of such spam glued across
    several blocks of a sentence (``glued_runs``, found with the page's scores), as of a keyword
    list glued into a sentence of a spaced script across its separators (``separated_runs``); and a list's edge item glued to a kept paragraph in
    such a script (``list_edges.list_edge_cuts``); and runs of words said over and over spliced into the
    page's text (``spliced.spliced_cuts``); keywords that each read as spam in a row
    (``keyword_runs.keyword_run_cuts``), and a marked phrase dropped between two words of a kept
    sentence (``word_runs.word_run_cuts``), or a plain one on a page that names nothing of its kind
    (``plain_runs.plain_run_cuts``); in removed blocks, the host's words glued after an
    injected address (``address_tails.address_tail_cuts``); and in kept blocks glued to removed
    ones, the words at their edge that lean to the removed ones' category
    (``edge_words.edge_word_cuts``); in removed blocks holding a list, the host's clause beside its
    edge items (``separated_items.host_edge_cuts``); and the ends of the comment around a removed disguised
    name (``disguised_comments.comment_cuts``); and a Spanish question or exclamation beside a removed
    block (``inverted_marks.inverted_mark_cuts``)."""
    cuts = _clause_cuts(page, scores, final, model, params)
    cut_blocks = set(np.searchsorted(page.seg.block_end, cuts, side="right").tolist())
    phrases = phrase_cuts(page, scores, final, model, params, cut_blocks)
    cut_blocks.update(np.searchsorted(page.seg.block_end, phrases, side="right").tolist())
    stuffed = kept_stuffed_cuts(page, 1.0 - scores.block[:, 0], final, model, params, cut_blocks)
    cut_blocks.update(np.searchsorted(page.seg.block_end, stuffed, side="right").tolist())
    seams = seam_cuts(page, final, model, params, cut_blocks, scores)
    cut_blocks.update(np.searchsorted(page.seg.block_end, seams, side="right").tolist())
    hosts = host_sentence_cuts(page, final, model, params)
    if scores.glued is not None and hosts:
        hosts = [c for c in hosts if not _list_goes_on(page.text, scores.glued, c)]
    cut_blocks.update(np.searchsorted(page.seg.block_end, hosts, side="right").tolist())
    dense = dense_run_cuts(page, 1.0 - scores.block[:, 0], final, model, params, cut_blocks)
    cut_blocks.update(np.searchsorted(page.seg.block_end, dense, side="right").tolist())
    keywords = keyword_run_cuts(page, 1.0 - scores.block[:, 0], final, model, params, cut_blocks)
    cut_blocks.update(np.searchsorted(page.seg.block_end, keywords, side="right").tolist())
    words = word_run_cuts(page, scores, final, model, params, cut_blocks)
    cut_blocks.update(np.searchsorted(page.seg.block_end, words, side="right").tolist())
    words += plain_run_cuts(page, scores, final, model, params, cut_blocks)
    items = list_edge_cuts(page, final, model, params)
    tails = address_tail_cuts(page, final, model, params)
    edges = edge_word_cuts(page, final, model, params) + host_edge_cuts(page, final, model, params)
    comments = comment_cuts(page, final, model, params) + inverted_mark_cuts(page, final)
    glued = _inside_blocks(page, scores.glued.ravel()) if scores.glued is not None else []
    cut_blocks.update(np.searchsorted(page.seg.block_end, glued, side="right").tolist())
    readings = cuts + phrases + stuffed + seams + hosts + dense + keywords + glued
    more = (phrases + stuffed + seams + dense + keywords + words + hosts + tails + edges + items + glued + comments
            + spliced_cuts(page, final, readings) + spelled_cuts(page, final, model, params))
    return sorted(set(cuts + more)) if more else cuts


def _list_goes_on(text: str, stretches: np.ndarray, at: int) -> bool:
    """Whether a host's sentence said to start at ``at`` starts inside a stretch glued across
    blocks (``glued_runs``, ``stretches``: their starts and ends) that writes a list's gaps after
    it (a space, a separator, a Latin letter): the list goes on there, and the host's sentence,
    which writes none, starts after it ("…放荡now 干你" | "良2026 你是鸭" | "现场气氛…")."""
    return any(a < at < z and LISTED.search(text[at:z].strip()) for a, z in stretches.tolist())


def _inside_blocks(page: Page, offsets: np.ndarray) -> list[int]:
    """The ``offsets`` that fall inside a block (past its first character): a cut at a block's
    start would change nothing but its piece."""
    seg = page.seg
    b = np.searchsorted(seg.block_start, offsets, side="right") - 1
    inside = (b >= 0) & (offsets < seg.block_end[np.maximum(b, 0)]) & (offsets > seg.block_start[np.maximum(b, 0)])
    return offsets[inside].tolist()


def _clause_cuts(
    page: Page, scores: ModelScores, final: list[str], model: LinearModel, params: DecisionParams
) -> list[int]:
    """Cuts around the injected clauses of kept prose sentences (see ``injected_clauses``).

    A clause is injected when it reads as certain spam (``params.sentence_spam``), is as long as
    a line that can stand alone (``params.short_line_letters``, a letter of a script written
    without spaces counting ``scripts.DENSE_WEIGHT``), holds no quotation mark, and the rest of its
    sentence reads clean without it (under ``params.rest_clean``): the same reading that sets one
    injected sentence apart from its paragraph (``view.classifier_view``). In a sentence with no
    such clause, a run of short clauses may be (``_clause_runs``)."""
    seg, profile = page.seg, page.profile
    look = scores.block[:, 0] <= 1.0 - INLINE_GATE
    if not look.any():
        return []
    look &= blocks_with_clauses(seg)  # a sentence with no comma or semicolon has one clause
    if scores.quoted is not None:  # the host's own: quoting spam, describing it, saying its subject
        look &= ~scores.quoted
    clauses: dict[int, list[tuple[int, int]]] = {}  # block -> its clauses (start, end), spaces stripped
    for b in np.flatnonzero(look).tolist():
        if final[b] != CLEAN or int(profile.block_group[b]) not in profile.home_groups:
            continue
        if not page.cached("prose", int(seg.block_line[b]), lambda j: line_is_prose(page, j)):
            continue
        pieces = []
        for a, z in clause_bounds(seg, b):
            a += len(seg.text[a:z]) - len(seg.text[a:z].lstrip())
            if a < z:
                pieces.append((a, z))
        if pieces:
            clauses[b] = pieces
    if not clauses:
        return []
    # Only a clause as long as a line can be injected: those are read first, and the rest of a
    # sentence only when one of its clauses reads as certain spam.
    weight = page.letters_before
    long = [(b, a, z) for b, pieces in clauses.items() for a, z in pieces
            if weight[z] - weight[a] >= params.short_line_letters and not QUOTATION_MARK.search(seg.text[a:z])
            and not describes(seg.text[a:z])]
    spam = (1.0 - model.span_probabilities(
        seg.cps, np.array([a for _, a, _ in long]), np.array([z for _, _, z in long]))[:, 0]).tolist() if long else []
    injected: dict[int, set[tuple[int, int]]] = {}
    for (b, a, z), p in zip(long, spam):
        if p >= params.sentence_spam:
            injected.setdefault(b, set()).add((a, z))
    injected = _with_next_clauses(seg.cps, model, params, clauses, injected)
    cuts: list[int] = []
    for b, spans in injected.items():
        rest = [c for c in clauses[b] if not any(a <= c[0] and c[1] <= z for a, z in spans)]
        if not rest:
            continue
        sums, counts = model.span_sums(seg.cps, np.array([a for a, _ in rest]), np.array([z for _, z in rest]))
        if 1.0 - model.probabilities(sums.sum(axis=0, keepdims=True), counts.sum(keepdims=True))[0, 0] >= params.rest_clean:
            continue
        for a, z in sorted(spans):
            cuts.append(a)
            if z < seg.block_end[b]:
                cuts.append(z)
    cut = set(np.searchsorted(seg.block_end, cuts, side="right").tolist())
    for b, (a, z) in _clause_runs(page, model, params, {b: c for b, c in clauses.items() if b not in cut}).items():
        cuts.append(a)
        if z < seg.block_end[b]:
            cuts.append(z)
    return sorted(set(cuts))


# the most clauses in a run read as one injection: a pitch of a few short clauses
MAX_RUN_CLAUSES = 4


def _with_next_clauses(
    cps: np.ndarray, model: LinearModel, params: DecisionParams,
    clauses: dict[int, list[tuple[int, int]]], injected: dict[int, set[tuple[int, int]]],
) -> dict[int, set[tuple[int, int]]]:
    """Each injected clause with the pitch's next clauses of its sentence: up to
    ``MAX_RUN_CLAUSES`` in all, each leaning to spam on its own (``params.sentence_clean``) and the
    whole still certain spam (``params.sentence_spam``). A pitch spliced at a host's comma says
    more after its surest clause ("购买一万真人粉丝安全不降权" | "，四十八小时见效。", 0.76 alone),
    and the host's clause after it reads clean ("周一至周日均开放至晚上九点。")."""
    ask: list[tuple[int, int, int, int]] = []  # block, injected clause, the index of a next clause
    for b, spans in injected.items():
        pieces = clauses[b]
        for a, z in spans:
            i = pieces.index((a, z))
            for j in range(i + 1, min(i + MAX_RUN_CLAUSES, len(pieces))):
                if pieces[j] in spans:
                    break
                ask.append((b, a, z, j))
    if not ask:
        return injected
    alone = [clauses[b][j] for b, _, _, j in ask]
    whole = [(a, clauses[b][j][1]) for b, a, _, j in ask]
    spans_read = alone + whole
    spam = 1.0 - model.span_probabilities(
        cps, np.array([a for a, _ in spans_read]), np.array([z for _, z in spans_read]))[:, 0]
    leans, sure = spam[: len(ask)] >= params.sentence_clean, spam[len(ask) :] >= params.sentence_spam
    # a clause's next clauses are asked in order: the pitch ends at the first that does not lean
    best: dict[tuple[int, int, int], int] = {}
    leaning: dict[tuple[int, int, int], bool] = {}
    for n, (b, a, z, j) in enumerate(ask):
        leaning[b, a, z] = leaning.get((b, a, z), True) and bool(leans[n])
        if leaning[b, a, z] and sure[n]:
            best[b, a, z] = clauses[b][j][1]
    return {b: {(a, best.get((b, a, z), z)) for a, z in spans} for b, spans in injected.items()}


def _clause_runs(
    page: Page, model: LinearModel, params: DecisionParams, clauses: dict[int, list[tuple[int, int]]]
) -> dict[int, tuple[int, int]]:
    """For each block of ``clauses`` (its clauses, spaces stripped) in a script written without
    spaces (``scripts.DENSE_GROUPS``), the run of two to ``MAX_RUN_CLAUSES`` clauses, not the whole
    sentence, injected into it: a pitch of short clauses, none as long as a line on its own, spliced
    at a host's comma ("…送他去念上海当地的小学，男人必备春药迷药，一粒见效，货到付款。"). Such a
    run is as long as a line, holds no quotation mark, does not describe (``clauses.describes``),
    reads as certain spam (``params.sentence_spam``), its first and last clauses leaning to spam
    (``params.sentence_clean``), and leaves the rest of its sentence reading under
    ``params.rest_clean``; of several, the surest (a host's clause taken along reads it
    down: "男人必备春药，一粒见效，货到付款" 0.9987, with "同时增加二十个自习座位。" 0.995). Clauses of spaced scripts are a line long alone, and a run of a news sentence's
    short ones is surer spam than its clauses by the choosing ("…or asks for money, gift cards or
    cryptocurrency.", 0.992)."""
    seg, weight = page.seg, page.letters_before
    runs: list[tuple[int, int, int, int, int]] = []  # (block, first clause, last clause + 1, start, end)
    group = page.profile.block_group
    for b, pieces in clauses.items():
        if len(pieces) < 3 or int(group[b]) not in DENSE_GROUPS:
            continue
        for i in range(len(pieces)):
            for j in range(i + 2, min(len(pieces), i + MAX_RUN_CLAUSES) + 1):
                if j - i == len(pieces):
                    continue
                a, z = pieces[i][0], pieces[j - 1][1]
                if weight[z] - weight[a] < params.short_line_letters or QUOTATION_MARK.search(seg.text[a:z]) or describes(seg.text[a:z]):
                    continue
                runs.append((b, i, j, a, z))
    if not runs:
        return {}
    spam = 1.0 - model.span_probabilities(seg.cps, np.array([r[3] for r in runs]), np.array([r[4] for r in runs]))[:, 0]
    sure = [(r, p) for r, p in zip(runs, spam.tolist()) if p >= params.sentence_spam]
    if not sure:
        return {}
    # a run's first and last clauses lean to spam themselves (``params.sentence_clean``): a short
    # pitch needs a host's clause read along to be a line long ("百家乐 老虎机" + "现场气氛热烈"),
    # which the run then takes
    edges = sorted({c for (b, i, j, _, _), _ in sure for c in (clauses[b][i], clauses[b][j - 1])})
    lean = 1.0 - model.span_probabilities(seg.cps, np.array([c[0] for c in edges]), np.array([c[1] for c in edges]))[:, 0]
    leaning = {c for c, p in zip(edges, lean.tolist()) if p >= params.sentence_clean}
    sure = [((b, i, j, a, z), p) for (b, i, j, a, z), p in sure if clauses[b][i] in leaning and clauses[b][j - 1] in leaning]
    best: dict[int, tuple[float, tuple[int, int]]] = {}
    for (b, i, j, a, z), p in sure:
        if b in best and p <= best[b][0]:
            continue
        rest = clauses[b][:i] + clauses[b][j:]
        sums, counts = model.span_sums(seg.cps, np.array([q for q, _ in rest]), np.array([q for _, q in rest]))
        if 1.0 - float(model.probabilities(sums.sum(axis=0, keepdims=True), counts.sum(keepdims=True))[0, 0]) < params.rest_clean:
            best[b] = (p, (a, z))
    return {b: v[1] for b, v in best.items()}


