"""A whole sentence spliced between two words of a host's sentence: where it starts and ends.

"Alla conferenza stampa era presente il | Casinò online con bonus del 500% senza verifica, vinci
soldi veri oggi, registrati ora! | presidente della Erreà Angelo Gandolfi." The injected
sentence's stop leaves the host's next words glued on in lower case, and the whole reads as the
host's prose, held to the prose threshold, so it stays whole. ``seam_cuts`` finds where the
stretch starts, for the detector's next look (with the injected clauses of ``spamguard.inline``),
in which it is a block of its own that reads as certain spam. Spliced in before the host's last
words, which then open a sentence of their own ("...an die absolute Spitze | Lieferung in 48
Stunden: ..., neue Kollektion ansehen. | Europas ist."), it ends the host's kept sentence: the
stretch from a capital inside that sentence to its stop is read the same way, where the page
neither quotes, describes nor talks about what it names.

>>> from spamguard.detector import Detector
>>> text = ("Notizie\\nAlla conferenza stampa era presente il Casinò online con bonus del 500% senza "
...         "verifica, vinci soldi veri oggi, registrati ora! presidente della società Angelo Gandolfi.\\n"
...         "La squadra giocherà domenica in casa contro il Modena, con inizio alle 15.")
>>> [text[s.start:s.end].strip() for s in Detector().clean(text).removed]
['Casinò online con bonus del 500% senza verifica, vinci soldi veri oggi, registrati ora!']
"""

from __future__ import annotations

import numpy as np
import regex

from .clauses import describing_word
from .lines import line_is_prose
from .model import LinearModel
from .page import Page
from .params import CLEAN, DecisionParams
from .quotes import QUOTATION_MARK
from .sentences import lower_table
from .spliced_sentences import GLUED_BEFORE, MAX_STRETCH_LETTERS, SPLICED_SPAM
from .view import ModelScores, page_on_topic

__all__ = ["MAX_SEAMS", "MAX_STRETCH_LETTERS", "seam_cuts"]

# A stop that the host's next words follow in lower case, where a spliced sentence ends: "!" or
# "?", or "." after a word of three letters or more (not an abbreviation's, "z.B. der"); the
# host's words may open with a bracket or a quotation mark ("...ohne Umsatzbedingungen. (wieder)
# eine Elite").
_SEAM = regex.compile(r"""(?:[!?]|(?<=\p{L}{3})\.)(?= [(\[«„“‘"']?\p{Ll})""")
# a word that starts with a capital after a space: where a spliced sentence may start
_CAPITALISED = regex.compile(r"(?<= )\p{Lu}")
_STOPS = np.array([ord(c) for c in ".!?"], dtype=np.uint32)
_STOP_IN = regex.compile(r"[.!?](?=\s)")
# a stop, a colon or a semicolon and spaces right before a capital: the capital opens a sentence or a clause
_AFTER_STOP = regex.compile(r"[.!?:;]\s*$")
# a kept sentence ending with a stop is read for a pitch spliced into its end when it leans this
# far to spam
END_GATE = 0.1
# such stops in one paragraph (piece) at most: a host's paragraph holds one or two spliced sentences
MAX_SEAMS = 2
# the longest stretch read is ``spliced_sentences.MAX_STRETCH_LETTERS`` lines; the rest is read as
# far on each side


def seam_cuts(
    page: Page, final: list[str], model: LinearModel, params: DecisionParams, skip: set[int],
    scores: ModelScores | None = None,
) -> list[int]:
    """Where a sentence spliced between two words of a host's sentence starts and ends: "Alla
    conferenza stampa era presente il | Casinò online con bonus del 500% senza verifica, vinci
    soldi veri oggi, registrati ora! | presidente della Erreà Angelo Gandolfi." Its stop leaves
    the host's next words glued on in lower case (``_SEAM``), and the whole reads as the host's
    prose, held to the prose threshold.

    In a kept block of a prose line, in a home script (``skip`` aside), for each such stop inside
    it or closing it with the host's words glued on in the next block, the stretches from a
    capitalised word (in the block or an earlier sentence of its piece on its line) to the stop
    that are as long as a line, hold no quotation mark, read as certain spam
    (``params.sentence_spam``; from ``spliced_sentences.SPLICED_SPAM`` where the host's words follow
    in lower case, a shape that the rule ``spliced_sentence`` then reports, and those opening right
    after one of the host's words first), lean to spam in their first sentence (``params.sentence_clean``;
    a host's sentence before a pitch does not) and leave the rest of the piece up to the glued
    words reading clean (under ``params.rest_clean``) are candidates; the surest is cut out (a
    host's words at its start read it down). Of a removed block, the rest (its own words before
    the stretch, in the sentence the stretch starts in, and the glued-on words to their
    sentence's stop) must be a line of clearly clean text: the host's words on both sides of a stretch that a capital opens and a
    stop the host's words follow in lower case closes are the seam's evidence, as a paragraph's
    run of phrases, with none, needs two lines (``phrase_runs.phrase_cuts``): "Credo si debba
    intervenire ma non c'è | Viagra generico 100 mg ..., visita la nostra farmacia online! | una
    bacchetta magica.". With the page's ``scores``, a kept block that leans to spam (``END_GATE``)
    and ends with a stop, holding no quotation mark nor quoted by the host (``ModelScores.quoted``),
    is read for a stretch to that stop from a capital that follows no stop, which goes unless one
    of the three words before it opens a describing clause (``clauses.describing_word``: "sites
    advertising | Cheap Rolex replica watches ...") or the page around talks about what it names
    (``view.page_on_topic``). A stretch is at most ``MAX_STRETCH_LETTERS`` lines, the rest is read as
    far on each side, and a paragraph with more than ``MAX_SEAMS`` such stops is not read: every
    stretch of every page is read in one pass, and a long line costs its length, not its square."""
    seg, profile, text = page.seg, page.profile, page.text
    n = seg.n_blocks
    # the stops inside blocks, and the blocks that end with one the host's next words follow
    inner = np.array([m.end() for m in _SEAM.finditer(text)], dtype=np.int64)
    of_inner = np.searchsorted(seg.block_end, inner, side="left")
    closing = np.zeros(n, dtype=bool)
    if n > 1:
        nxt_start = seg.block_start[1:]
        closing[:-1] = (seg.block_piece[1:] == seg.block_piece[:-1]) & np.isin(seg.cps[seg.block_end[:-1] - 1], _STOPS)
        closing[:-1] &= np.take(lower_table(), np.minimum(seg.cps[nxt_start], 0x10000))
    inside = of_inner < n
    # a kept sentence that leans to spam and ends with a stop, its next words opening a sentence
    # of their own: a pitch spliced into its end ("...an die absolute Spitze | Lieferung in 48
    # Stunden: luxusmarken-Kopien ..., neue Kollektion ansehen. | Europas ist.")
    quotes = np.array([m.start() for m in QUOTATION_MARK.finditer(text)], dtype=np.int64)
    ending = np.zeros(n, dtype=bool)
    if scores is not None and n:
        ending = (scores.block[:, 0] <= 1.0 - END_GATE) & np.isin(seg.cps[seg.block_end - 1], _STOPS) & ~closing
        # within a quotation it is what the page quotes ("„Universal Basic Income Explained – Free
        # Money for Everybody? UBI“")
        ending &= np.searchsorted(quotes, seg.block_end) == np.searchsorted(quotes, seg.block_start)
        ending &= np.asarray(final, dtype=object) == CLEAN
        if scores.quoted is not None:  # the host's own: quoting spam, describing it, saying its subject
            ending &= ~scores.quoted
    candidates = sorted(set(of_inner[inside].tolist()) | set(np.flatnonzero(closing | ending).tolist()))
    if not candidates:
        return []
    # a paragraph holds one or two spliced in; more such stops are a text's own way of writing
    # (or stuffing's), and reading them all would cost a paragraph of them its square
    per_piece = np.bincount(seg.block_piece[of_inner[inside]], minlength=int(seg.block_piece[-1]) + 1)
    per_piece += np.bincount(seg.block_piece[closing], minlength=len(per_piece))
    weight = page.letters_before
    capitals = np.array([m.start() for m in _CAPITALISED.finditer(text)], dtype=np.int64)
    stops = np.array([m.end() for m in _STOP_IN.finditer(text)], dtype=np.int64)
    # every stretch of every seam, read together: (start, seam, the piece's start, the rest's end, seam number)
    rows: list[np.ndarray] = []
    seam_of: list[tuple[int, int, bool]] = []  # (block, seam, kept)
    for b in candidates:
        if b in skip or per_piece[seg.block_piece[b]] > MAX_SEAMS or int(profile.block_group[b]) not in profile.home_groups:
            continue
        s, e = int(seg.block_start[b]), int(seg.block_end[b])
        lo, hi = np.searchsorted(inner, [s + 1, e])
        seams = inner[lo:hi].tolist()
        rest_end = e
        if closing[b]:
            seams.append(e)
            # the host's words glued on run to their sentence's stop, a few lines at most ("...
            # order sekarang. | arah" | "Timur, sempat melihat ...": a cut of an earlier look
            # may have left the first of them a block of its own)
            j = b + 1
            while (
                j + 1 < n and seg.block_piece[j + 1] == seg.block_piece[b] and seg.cps[seg.block_end[j] - 1] not in _STOPS
                and weight[seg.block_end[j]] - weight[e] < MAX_STRETCH_LETTERS * params.short_line_letters
            ):
                j += 1
            rest_end = int(seg.block_end[j])
        elif ending[b]:
            seams.append(e)
        if not seams:
            continue
        if not page.cached("prose", int(seg.block_line[b]), lambda j: line_is_prose(page, j)):
            continue
        # the stretch may start in an earlier sentence of the block's piece on its line (a pitch
        # of two sentences: "...dầu | Cần tiền trước kỳ lương? Chúng tôi cho vay ... trong ngày. |
        # lửa."), whose first sentence then leans to spam itself; a long host sentence it starts in
        # is read from the window's start
        f = b
        window = MAX_STRETCH_LETTERS * params.short_line_letters
        while (
            f > 0 and seg.block_piece[f - 1] == seg.block_piece[b] and seg.block_line[f - 1] == seg.block_line[b]
            and weight[e] - weight[seg.block_end[f - 1]] < window
        ):
            f -= 1
        # a removed block keeps what is left of it only when that is a host's text: a line long
        # and clearly clean
        kept = all(final[j] == CLEAN for j in range(f, b + 1))
        s = int(seg.block_start[f])
        for q in seams:
            # from a capital, at least a line and at most a few before the stop
            lo, hi = np.searchsorted(capitals, [s + 1, q])
            starts = capitals[lo:hi]
            letters = weight[q] - weight[starts]
            starts = starts[(letters >= params.short_line_letters) & (letters <= window)]
            # a stretch holding a quotation mark is what the page quotes
            starts = starts[np.searchsorted(quotes, starts) == np.searchsorted(quotes, q)]
            if ending[b] and q == e:
                # spliced into the sentence: its capital is no sentence's first letter
                starts = starts[[not _AFTER_STOP.search(text[max(0, a - 8) : a]) for a in starts.tolist()]] if len(starts) else starts
            if len(starts):
                k = len(seam_of)
                seam_of.append((b, q, kept))
                # the rest is read up to a few lines on each side (a long block's far words say
                # nothing of the splice, and reading them all would cost a long line its square)
                tail_end = min(rest_end if q == e else e, int(np.searchsorted(weight, weight[q] + window, side="right")) - 1)
                # of a removed block, what is left is the words before the stretch in its own
                # sentence: the sentences before it in its piece were read on their own
                own = s if kept else seg.block_start[np.searchsorted(seg.block_end, starts, side="right")]
                head_start = np.maximum(own, np.searchsorted(weight, weight[starts] - window))
                rows.append(np.stack([starts, np.full(len(starts), q), head_start,
                                      np.full(len(starts), max(tail_end, q)), np.full(len(starts), k)]))
    if not rows:
        return []
    start, q, s, rest_end, k = np.concatenate(rows, axis=1)
    cps = seg.cps
    spam = 1.0 - model.span_probabilities(cps, start, q)[:, 0]
    # the stretch's first sentence, to its first stop before the seam, leans to spam
    nxt_stop = stops[np.minimum(np.searchsorted(stops, start, side="right"), len(stops) - 1)] if len(stops) else q
    first_end = np.where((nxt_stop > start) & (nxt_stop < q), nxt_stop, q)
    leans = np.ones(len(start), dtype=bool)
    several = first_end < q
    if several.any():
        leans[several] = 1.0 - model.span_probabilities(cps, start[several], first_end[several])[:, 0] >= params.sentence_clean
    # the rest of the piece: its head before the stretch and the words after the seam
    head_sums, head_counts = model.span_sums(cps, s, start)
    tail_sums, tail_counts = model.span_sums(cps, q, np.maximum(rest_end, q))
    rest = 1.0 - model.probabilities(head_sums + tail_sums, head_counts + tail_counts)[:, 0]
    kept = np.array([seam_of[j][2] for j in k.tolist()], dtype=bool)
    rest_ok = np.where(kept, rest < params.rest_clean, rest < params.clearly_clean)
    rest_ok &= kept | ((weight[start] - weight[s]) + (weight[np.maximum(rest_end, q)] - weight[q]) >= params.short_line_letters)
    # a stretch the host's words follow in lower case is read at ``SPLICED_SPAM``: cut out, its
    # shape is the rule ``spliced_sentence``'s evidence
    glued = np.array([not ending[b] or seam != int(seg.block_end[b]) for b, seam, _ in seam_of], dtype=bool)[k]
    at_bar = (spam >= np.where(glued, SPLICED_SPAM, params.sentence_spam)) & leans
    good = at_bar & rest_ok
    cuts: list[int] = []
    done: set[int] = set()
    # the rows are in seam order: each seam's stretches are one range of them
    bounds = np.searchsorted(k, np.arange(len(seam_of) + 1))
    for j, (b, seam, _) in enumerate(seam_of):
        if b in done:
            continue
        mine = bounds[j] + np.flatnonzero(good[bounds[j] : bounds[j + 1]])
        # a stretch that opens right after one of the host's words is the splice itself: a
        # surer one from the capital of the host's sentence before it takes the host's words along
        # ("Certains étaient ... d'autres moins qui | Boostez le trafic de votre site ...")
        if glued[mine].any():
            opening = [bool(GLUED_BEFORE.search(text[max(0, a - 8) : a])) for a in start[mine].tolist()]
            if any(opening):
                mine = mine[opening]
        if len(mine):
            best = int(mine[int(np.argmax(spam[mine]))])
            a = _without_host_head(model, cps, params, start, best, bounds[j] + np.flatnonzero(at_bar[bounds[j] : bounds[j + 1]]))
            # News on what a pitch sells names it mid-sentence too ("...a démantelé un réseau qui
            # vendait | Viagra et du Cialis sans ordonnance ..."), and the page talks about it.
            # So does a clause describing what a host's noun sells ("websites selling | Viagra
            # and Cialis without a prescription ..."), where a pitch's capital follows any word.
            if ending[b] and seam == int(seg.block_end[b]) and (
                any(describing_word(w) for w in text[max(int(seg.block_start[b]), a - 60) : a].split()[-3:])
                or page_on_topic(page, model, params, a, seam)
            ):
                continue
            cuts.append(a)
            if seam < int(seg.block_end[b]):
                cuts.append(seam)
            done.add(b)
    return cuts


def _without_host_head(model: LinearModel, cps: np.ndarray, params: DecisionParams, start: np.ndarray, best: int,
                       rows: np.ndarray) -> int:
    """Where the surest stretch (row ``best``) starts, or a later start of its seam whose stretch
    reads at the bar too (``rows``) when the words between read clean on their own
    (``params.sentence_clean``): the host's words before the splice, which a capital opens as it
    does the pitch ("Pasukan | Mataram yang datang dari | Sepatu replika 1:1, ..."), though
    their leaving the rest of a removed block a little less clean kept that later start from
    being a candidate itself. The earliest such start."""
    a = int(start[best])
    later = np.unique(start[rows][start[rows] > a])
    if not len(later):
        return a
    heads = 1.0 - model.span_probabilities(cps, np.full(len(later), a), later)[:, 0]
    clean = np.flatnonzero(heads < params.sentence_clean)
    return int(later[clean[0]]) if len(clean) else a
