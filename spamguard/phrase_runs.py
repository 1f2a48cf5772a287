"""Runs of phrases injected into a paragraph of a script that spaces its phrases and ends its
sentences with no stop (Thai, Lao, Khmer: ``lines.UNSTOPPED_GROUPS``): such a paragraph is one
block, so a pitch slipped between two of its phrases is found by reading the paragraph run by run
(``phrase_cuts``, one of the second look's cuts in ``spamguard.inline``)."""

from __future__ import annotations

import itertools

import numpy as np

from .clauses import as_shown
from .glued_hosts import READ_AGAIN
from .lines import PHRASE_SPACED, line_may_be_prose
from .model import LinearModel
from .page import Page
from .params import CLEAN, DecisionParams
from .quotes import EXAMPLE_WORD, QUOTATION_MARK, opens_examples
from .view import ModelScores, page_on_topic
from .word_runs import run_bounds

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
# What a phrase beside a run must read on its own to be widened into it, unless it leans to the
# run's category: a certain run still reads as certain with a host's phrase added ("...รับเครดิตฟรี"
# | "เติมหางกะทิ" 0.05, leaning to adult), while a pitch's own last words lean to spam
# ("สมัครเลย" 0.18, "ไม่มีขั้นต่ำ" 0.25) or to its category ("บาท" after a slot's free credit).
WIDENING_SPAM = 0.1
# What the rest of a paragraph the decision removed must read under for a run to be cut out of
# it, the rest being two lines long: a council's road-works notice left around a baccarat run
# reads 0.036, and short Thai phrases read noisily (a recipe's "ต้มน้ำซุปให้เดือด", boil the soup,
# 0.48 alone); at clearly_clean (0.03, until the seventy-fourth session) the notice went whole
# with the run. Pure slot, baccarat, loan, pill and lottery lines of ten phrases stay whole at
# 0.1 and 0.2 (the seventy-fourth session's probe); the fixtures, dev, test and same-script
# inline pages are the same at 0.1.
REMOVED_REST = 0.1


def _shown(text: str, s: int, a: int, z: int) -> bool:
    """Whether the run ``text[a:z]`` of a paragraph starting at ``s`` is shown rather than used:
    quoted, or examples the host's sentence gives ("...ร้อยละ 12 เคยเล่นพนันออนไลน์ เช่น
    สล็อตออนไลน์และบาคาร่า", such as online slots and baccarat, in research on young gamblers),
    read as shown (emoji and invisible controls between the words change nothing)."""
    return bool(
        QUOTATION_MARK.search(text, a, z) or EXAMPLE_WORD.search(as_shown(text[a:z]))
        or opens_examples(text[max(s, a - 30) : a])
    )


def phrase_cuts(
    page: Page, scores: ModelScores, final: list[str], model: LinearModel, params: DecisionParams, skip: set[int]
) -> list[int]:
    """Cuts around the injected run of phrases of each prose block in a script that spaces
    its phrases and ends its sentences with no stop (``lines.UNSTOPPED_GROUPS``) and leans to spam
    (``PHRASE_GATE``), blocks in ``skip`` aside: kept ones, and removed ones that the run made go.

    Of the runs of whole phrases as long as a line, neither quoted nor given as examples
    (``_shown``) and leaving as much
    of the block, the one read most surely as spam goes when it reads as certain spam
    (``PHRASE_SPAM``) and the rest of the block reads clean without it (under
    ``params.rest_clean``; of a removed block, the rest must be two lines long and read under ``REMOVED_REST``). A run is read as the sum of its phrases' readings, each phrase folded
    and hashed once: the n-grams across the spaces between them are left out, as they are of the
    rest, which is the block's sum minus the run's; the surest ``_REREAD`` runs are then read as
    blocks of their own. The phrases beside it that are its own go with it (``_widened``).
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
        # text: two lines long and reading clean (``REMOVED_REST``; a slot line's own last
        # phrases, "แตกง่าย โบนัส 100%", read under the bound for a kept paragraph's rest).
        kept = final[b] == CLEAN
        rest_letters, rest_bound = (1, params.rest_clean) if kept else (2, REMOVED_REST)
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
        a, z = _widened(seg.cps, model, params, starts, ends, weight, a, z)
        cuts.append(a)
        if z < e:
            cuts.append(z)
    return cuts


def _widened(
    cps: np.ndarray, model: LinearModel, params: DecisionParams, starts: np.ndarray, ends: np.ndarray,
    weight: np.ndarray, a: int, z: int,
) -> tuple[int, int]:
    """The run ``a``..``z`` with the phrases beside it that are its own: the amount after an
    offer's last words ("รับเครดิตฟรี 100", free credit 100), and a short phrase on either side that
    the run, read with it, still reads as certain spam, which the surest run left out as it reads a
    little less surely so ("สล็อตแตกง่าย เว็บตรง" | "ไม่มีขั้นต่ำ", no minimum): a phrase shorter
    than two lines' letters (a Thai letter counts three), where a host's clause is longer and reads
    the run down with it ("เนื่องจากมีการซ่อมท่อประปา" before the run: 0.28). The short phrase must
    lean to spam on its own (``WIDENING_SPAM``, or ``params.clearly_clean`` towards the run's
    category): a certain run reads as certain with a host's short phrase too."""

    def letters(j: int) -> int:
        return int(weight[ends[j]] - weight[starts[j]])

    def certain(x: int, y: int) -> bool:
        return bool(1.0 - model.span_probabilities(cps, np.array([x]), np.array([y]))[0, 0] >= PHRASE_SPAM)

    label = int(np.argmax(model.span_probabilities(cps, np.array([a]), np.array([z]))[0, 1:]))

    def its_own(j: int) -> bool:
        own = model.span_probabilities(cps, starts[j : j + 1], ends[j : j + 1])[0]
        spam = 1.0 - float(own[0])
        return spam >= WIDENING_SPAM or (spam >= params.clearly_clean and int(np.argmax(own[1:])) == label)

    short = 2 * params.short_line_letters
    after = int(np.searchsorted(starts, z))
    while after < len(starts) and (
        letters(after) == 0 or (letters(after) < short and its_own(after) and certain(a, int(ends[after])))
    ):
        z = int(ends[after])
        after += 1
    before = int(np.searchsorted(starts, a)) - 1
    while before >= 0 and 0 < letters(before) < short and its_own(before) and certain(int(starts[before]), z):
        a = int(starts[before])
        before -= 1
    return a, z
