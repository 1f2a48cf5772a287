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
runs of phrases (``_phrase_cuts``): the run that reads most surely as spam, with the rest of the
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

import itertools
from collections.abc import Callable
from typing import TypeVar

import numpy as np

from .address_tails import address_tail_cuts
from .clauses import as_shown, blocks_with_clauses, clause_bounds, describes
from .dense_runs import dense_run_cuts
from .disguised_comments import comment_cuts
from .edge_words import edge_word_cuts
from .host_sentences import READ_AGAIN, host_sentence_cuts
from .keyword_runs import keyword_run_cuts
from .lines import PHRASE_SPACED, line_is_prose, line_may_be_prose
from .list_edges import list_edge_cuts
from .model import LinearModel
from .page import Page
from .params import CLEAN, DecisionParams
from .quotes import EXAMPLE_OPENER, EXAMPLE_WORD, QUOTATION_MARK
from .scripts import DENSE_GROUPS
from .seams import seam_cuts
from .spliced import spliced_cuts
from .stuffed_runs import kept_stuffed_cuts
from .view import ModelScores, page_on_topic
from .word_runs import run_bounds, word_run_cuts

# A sentence the classifier reads under this spam probability is not read clause by clause: a
# certain-spam clause as long as a line lifts a long host sentence above it (0.013 for a pharma
# phrase in a 250-character sentence of news), while 93% of the real pages' sentences with commas
# read under it. On the benchmark's pages nearly one page in two has a clause to read; reading them (about
# half a millisecond a page, most of it the featurizer's fixed cost) is 5-8% of clean() in a
# profile, within this machine's noise when timed (measured by hand, not by the benchmark).
INLINE_GATE = 0.01
# A paragraph of phrases is read run by run only when it leans this far towards spam as a whole:
# the runs are many (every pair of phrases bounds one), and most paragraphs of Thai news read
# under it. A slot pitch slipped into a school's long sentence leaves it at 0.06 (0.1 until the
# fifty-ninth session).
PHRASE_GATE = 0.03
# an injected run is a pitch or a keyword line: a few phrases, not a paragraph's worth
MAX_RUN_PHRASES = 24
# runs whose summed readings are the surest, read again as blocks of their own
_REREAD = READ_AGAIN
# What a run must read to go: surer than one clause between commas (``sentence_spam``), since it
# is the surest of as many runs as pairs of phrases, and the surest of many readings of a host's
# news is lifted by the choosing (a Thai police report's "who ran baccarat and slot websites
# without a licence", 0.9906; injected runs of pharma, loan and slot phrases read 0.9947-0.99999).
PHRASE_SPAM = 0.995
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
    phrases (``_phrase_cuts``), runs of stuffed words (``stuffed_runs.kept_stuffed_cuts``) and
    sentences spliced between two words of a host's sentence (``seams.seam_cuts``);
    in removed blocks, host sentences glued to injected words
    (``host_sentences.host_sentence_cuts``); Chinese and Japanese spam glued inside a sentence,
    read character by character (``dense_runs.dense_run_cuts``), and the edges of such spam glued across
    several blocks of a sentence (``glued_runs``, found with the page's scores); and a list's edge item glued to a kept paragraph in
    such a script (``list_edges.list_edge_cuts``); and runs of words said over and over spliced into the
    page's text (``spliced.spliced_cuts``); keywords that each read as spam in a row
    (``keyword_runs.keyword_run_cuts``), and a marked phrase dropped between two words of a kept
    sentence (``word_runs.word_run_cuts``); in removed blocks, the host's words glued after an
    injected address (``address_tails.address_tail_cuts``); and in kept blocks glued to removed
    ones, the words at their edge that lean to the removed ones' category
    (``edge_words.edge_word_cuts``); and the ends of the comment around a removed disguised
    name (``disguised_comments.comment_cuts``)."""
    cuts = _clause_cuts(page, scores, final, model, params)
    cut_blocks = set(np.searchsorted(page.seg.block_end, cuts, side="right").tolist())
    phrases = _phrase_cuts(page, scores, final, model, params, cut_blocks)
    cut_blocks.update(np.searchsorted(page.seg.block_end, phrases, side="right").tolist())
    stuffed = kept_stuffed_cuts(page, 1.0 - scores.block[:, 0], final, model, params, cut_blocks)
    cut_blocks.update(np.searchsorted(page.seg.block_end, stuffed, side="right").tolist())
    seams = seam_cuts(page, final, model, params, cut_blocks, scores)
    cut_blocks.update(np.searchsorted(page.seg.block_end, seams, side="right").tolist())
    hosts = host_sentence_cuts(page, final, model, params)
    cut_blocks.update(np.searchsorted(page.seg.block_end, hosts, side="right").tolist())
    dense = dense_run_cuts(page, 1.0 - scores.block[:, 0], final, model, params, cut_blocks)
    cut_blocks.update(np.searchsorted(page.seg.block_end, dense, side="right").tolist())
    keywords = keyword_run_cuts(page, 1.0 - scores.block[:, 0], final, model, params, cut_blocks)
    cut_blocks.update(np.searchsorted(page.seg.block_end, keywords, side="right").tolist())
    words = word_run_cuts(page, scores, final, model, params, cut_blocks)
    items = list_edge_cuts(page, final, model, params)
    tails = address_tail_cuts(page, final, model, params)
    edges = edge_word_cuts(page, final, model, params)
    comments = comment_cuts(page, final, model, params)
    glued = _inside_blocks(page, scores.glued.ravel()) if scores.glued is not None else []
    more = (phrases + stuffed + seams + dense + keywords + words + hosts + tails + edges + items + glued + comments
            + spliced_cuts(page, final))
    return sorted(set(cuts + more)) if more else cuts


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


def _shown(text: str, s: int, a: int, z: int) -> bool:
    """Whether the run ``text[a:z]`` of a paragraph starting at ``s`` is shown rather than used:
    quoted, or examples the host's sentence gives ("...ร้อยละ 12 เคยเล่นพนันออนไลน์ เช่น
    สล็อตออนไลน์และบาคาร่า", such as online slots and baccarat, in research on young gamblers),
    read as shown (emoji and invisible controls between the words change nothing)."""
    return bool(
        QUOTATION_MARK.search(text, a, z) or EXAMPLE_WORD.search(as_shown(text[a:z]))
        or EXAMPLE_OPENER.search(as_shown(text[max(s, a - 30) : a]))
    )


def _phrase_cuts(
    page: Page, scores: ModelScores, final: list[str], model: LinearModel, params: DecisionParams, skip: set[int]
) -> list[int]:
    """Cuts around the injected run of phrases of each prose block in a script that spaces
    its phrases and ends its sentences with no stop (``lines.UNSTOPPED_GROUPS``) and leans to spam
    (``PHRASE_GATE``), blocks in ``skip`` aside: kept ones, and removed ones that the run made go.

    Of the runs of whole phrases as long as a line, neither quoted nor given as examples
    (``_shown``) and leaving as much
    of the block, the one read most surely as spam goes when it reads as certain spam
    (``PHRASE_SPAM``) and the rest of the block reads clean without it (under
    ``params.rest_clean``; of a removed block, the rest must be two lines long and clearly clean). A run is read as the sum of its phrases' readings, each phrase folded
    and hashed once: the n-grams across the spaces between them are left out, as they are of the
    rest, which is the block's sum minus the run's; the surest ``_REREAD`` runs are then read as
    blocks of their own. The phrases with no letters right after the run (an amount) go with it.
    A run goes only where the page around it does not talk about what it names
    (``view.page_on_topic``)."""
    seg, profile = page.seg, page.profile
    look = (scores.block[:, 0] <= 1.0 - PHRASE_GATE) & PHRASE_SPACED[np.clip(profile.block_group, 0, 255)]
    cuts: list[int] = []
    for b in np.flatnonzero(look).tolist():
        if b in skip or int(profile.block_group[b]) not in profile.home_groups:
            continue
        if not page.cached("may_prose", int(seg.block_line[b]), lambda j: line_may_be_prose(page, j)):
            continue
        s, e = int(seg.block_start[b]), int(seg.block_end[b])
        starts, ends = page.space_parted(s, e)
        if len(starts) < 3:
            continue
        weight = page.letters_before
        sums, counts = model.span_sums(seg.cps, starts, ends)
        run_sums = np.concatenate((np.zeros((1, sums.shape[1]), dtype=sums.dtype), np.cumsum(sums, axis=0)))
        run_counts = np.concatenate(([0], np.cumsum(counts)))
        # the runs of phrases first..last, at most MAX_RUN_PHRASES long: a paragraph of n phrases has
        # about n times that many, not n squared (a page of one huge Thai line)
        n = len(starts)
        first, last = run_bounds(n, 1, MAX_RUN_PHRASES)
        letters = weight[ends[last]] - weight[starts[first]]
        total = weight[e] - weight[s]
        # A paragraph the decision removed keeps what is left of it only when that is a host's
        # text: two lines long and clearly clean (a slot line's own last phrases, "แตกง่าย
        # โบนัส 100%", read under the bound for a kept paragraph's rest).
        kept = final[b] == CLEAN
        rest_letters, rest_bound = (1, params.rest_clean) if kept else (2, params.clearly_clean)
        ok = (letters >= params.short_line_letters) & (total - letters >= rest_letters * params.short_line_letters)
        if not ok.any():
            continue
        first, last = first[ok], last[ok]
        inside = run_sums[last + 1] - run_sums[first]
        inside_counts = run_counts[last + 1] - run_counts[first]
        spam = 1.0 - model.probabilities(inside, inside_counts)[:, 0]
        rest = 1.0 - model.probabilities(run_sums[-1] - inside, run_counts[-1] - inside_counts)[:, 0]
        good = np.flatnonzero((spam >= PHRASE_SPAM) & (rest < rest_bound))
        unquoted = (g for g in good[np.argsort(-spam[good], kind="stable")].tolist()
                    if not _shown(seg.text, s, int(starts[first[g]]), int(ends[last[g]])))
        surest = list(itertools.islice(unquoted, _REREAD))
        if not surest:
            continue
        # the sums leave out the n-grams across spaces: the surest runs are read again as blocks
        a_at = starts[first[surest]]
        z_at = ends[last[surest]]
        exact = 1.0 - model.span_probabilities(seg.cps, a_at, z_at)[:, 0]
        best = int(np.argmax(exact))
        if exact[best] < PHRASE_SPAM:
            continue
        a, z = int(a_at[best]), int(z_at[best])
        if page_on_topic(page, model, params, a, z):
            continue
        # The amount after an offer's last words is the offer's ("รับเครดิตฟรี 100", free credit
        # 100), and so is a short phrase on either side that the run, read with it, still reads
        # as certain spam, which the surest run left out as it reads a little less surely so
        # ("สล็อตแตกง่าย เว็บตรง" | "ไม่มีขั้นต่ำ", no minimum): a phrase shorter than two lines'
        # letters (a Thai letter counts three), where a host's clause is longer and reads the run
        # down with it ("เนื่องจากมีการซ่อมท่อประปา" before the run: 0.28).
        def still_certain(x: int, y: int) -> bool:
            return bool(1.0 - model.span_probabilities(seg.cps, np.array([x]), np.array([y]))[0, 0] >= PHRASE_SPAM)

        def short(j: int) -> bool:
            return bool(weight[ends[j]] - weight[starts[j]] < 2 * params.short_line_letters)

        after = int(np.searchsorted(starts, z))
        while after < len(starts) and (
            weight[ends[after]] == weight[starts[after]] or (short(after) and still_certain(a, int(ends[after])))
        ):
            z = int(ends[after])
            after += 1
        before = int(np.searchsorted(starts, a)) - 1
        while before >= 0 and weight[ends[before]] > weight[starts[before]] and short(before) and still_certain(int(starts[before]), z):
            a = int(starts[before])
            before -= 1
        cuts.append(a)
        if z < e:
            cuts.append(z)
    return cuts
