"""A phrase dropped between two words of a host's sentence, with no comma or stop around it.

Injected keywords slipped into a sentence of a script that spaces its words ("Los productos de
Vitra se desarrollan en Suiza aplicando casas de apuestas ruleta en vivo🔥 un cuidadoso proceso de
diseño...") have no clause of their own to be cut at, and the host's words outweigh them: the
sentence reads clean as a whole (0.002). Read as runs of whole words, the phrase reads as certain
spam and the rest of the sentence clean without it; the surest such run is cut out for the
detector's next look, as Thai's runs of phrases are (``spamguard.inline``).

News names what spam sells in the same way ("...los anuncios de casinos online y casas de
apuestas deportivas en la franja infantil"), and the classifier reads the phrase alone as sure
spam there too. What news does not write is the dress injected keywords wear: a run must carry a
mark of injection (``injection_marks``: an emoji, a list's separator, an address, a number glued
to a word, letters spaced apart...) that the rest of its sentence does not wear, or say a pair
of its words twice. A phrase in plain words stays. A sentence is read word by word whatever it
reads as a whole (a sure-spam phrase of six words lifts a sentence of forty to 0.0008), since a
strong mark in prose is rare; and the page's talk about what the run names is not asked
(``view.page_on_topic``, which Thai's runs ask): on the fixtures' hard negatives, the real pages
and the held-out pages no run that the marks let through was a host's, and on a short page the
host's faint leaning is as often on the run's category by chance (a university's news around
"slot gacor maxwin2026"). A run of names only, every word of a script with case capitalized, is
the host's: news lists the operators, brands or places it reports on between separators ("...the
unlicensed operators Vulkan Royal - JoyBet Casino - Azino Slots - ..."), where injected keywords
come in lower case (on the same-script inline pages and the fixtures, no run found lost).

>>> from spamguard.detector import Detector
>>> text = ("Inicio | Noticias | Contacto\\nVitra en Suiza\\nLos productos y conceptos de Vitra se "
...         "desarrollan en Suiza aplicando casas de apuestas ruleta en vivo🔥 un cuidadoso proceso de "
...         "diseño que reúne los conocimientos de ingeniería de la empresa.\\nLa fábrica abre los sábados.")
>>> [text[s.start:s.end].strip() for s in Detector().clean(text).removed]
['casas de apuestas ruleta en vivo🔥']
"""

from __future__ import annotations

import numpy as np
import regex

from .densest import prefix_rows
from .injection_marks import STRONG, WEAK, mark_positions, said_twice
from .lines import PHRASE_SPACED, SENTENCE_END, sentence_long
from .model import LinearModel
from .page import Page
from .params import CLEAN, DecisionParams
from .quotes import QUOTATION_MARK
from .scripts import DENSE_TABLE, codepoints, group_id
from .view import ModelScores

__all__ = ["RUN_SPAM", "read_by_words", "run_bounds", "surest_run", "word_run_cuts"]

# A sentence whose only marks are weak ones (a spaced hyphen, digits glued to a letter: a dash,
# "F18") is read word by word only where the words around a mark lean to spam
# (``params.neighbour_threshold``), and one that says a pair of words twice only when it reads
# this much spam and the words said twice lean so: a dash is prose's in half the sentences of
# Polish or Russian news, names are said twice, and reading all such sentences word by word cost
# 4% of clean().
WEAK_GATE = 0.01
# the most words in an injected run: a keyword phrase or a short pitch, then, where no run that
# short stands out, a keyword list ("perkele - saatana - huora - ... - perkele": 11 items, 21
# words); read in that order, since the longer runs that take a host's words along part spam from
# host better by log-odds and crowd a short phrase out of the runs read again
RUN_WORDS = ((2, 16), (17, 32))
# fewest letters in a run: two keywords
MIN_RUN_LETTERS = 12
# What a run must read to go: the surest of many runs of a host's sentence, like Thai's runs of
# phrases (``phrase_runs.PHRASE_SPAM``).
RUN_SPAM = 0.995
# Runs are first read from their characters' rows (``LinearModel.char_sums``), which leave half
# of the n-grams across a run's edges out; those reading this share of ``RUN_SPAM`` are candidates,
# and the ``_REREAD`` that part spam from host best are read again as texts of their own.
ROUGH = 0.9
_REREAD = 4
_HANGUL = group_id("Hangul")
_LETTERS = regex.compile(r"\p{L}+")
# an operator between spaces: a program's text, whose identifiers join words with "_"
_OPERATOR = regex.compile(r"\s(?:[=+*/<>]|==|!=|<=|>=|\+=|:=)\s")


def word_run_cuts(
    page: Page, scores: ModelScores, final: list[str], model: LinearModel, params: DecisionParams, skip: set[int]
) -> list[int]:
    """Where the injected run of words of each kept sentence starts and ends (see the module): of
    the runs of ``RUN_WORDS`` whole words (two to sixteen, then up to 32 where none of those stands
    out), ``MIN_RUN_LETTERS`` letters or more, holding
    a mark of injection or a pair of words said twice and no quotation mark, leaving a line's
    letters (``params.short_line_letters``) of the sentence that read under ``params.rest_clean``,
    the one that best parts spam from host, when it reads ``RUN_SPAM`` as a text of its own. The
    amount after it goes with it. Sentences in ``skip`` (already cut) aside, and those the host quotes or
    that describe what they name (``ModelScores.quoted``). Removed sentences that the classifier reads
    as spam as a whole are read the same way with no mark asked, where a host's words stand on both
    sides of the run or the run says a pair of its words twice (``_removed_sentences``)."""
    levels = mark_positions(page.seg.cps)
    if scores.quoted is not None:
        skip = skip | set(np.flatnonzero(scores.quoted).tolist())
    block_spam = 1.0 - scores.block[:, 0]
    cuts: list[int] = []
    reads = [(b, True, 0.0) for b in _blocks_to_read(page, block_spam, final, model, params, skip, levels)]
    reads += [(b, False, _clause_before(page, final, b)) for b in _removed_sentences(page, block_spam, final, params, skip)]
    for b, marked, lead in reads:
        run = surest_run(page, model, params, b, levels, marked, lead)
        if run is not None:
            a, z = run
            cuts.append(a)
            if z < page.seg.block_end[b]:
                cuts.append(z)
    return cuts


def read_by_words(page: Page) -> np.ndarray:
    """Per block, whether it is of a script of the page's own that spaces its words, and so read
    word by word: Korean's too, though each of its letters counts as much as a Chinese one."""
    group = np.clip(page.profile.block_group, 0, 255)
    return ~PHRASE_SPACED[group] & (~DENSE_TABLE[group] | (group == _HANGUL)) & ~page.foreign_blocks


def run_bounds(n: int, fewest: int, most: int) -> tuple[np.ndarray, np.ndarray]:
    """The first and last piece of every run of ``fewest`` to ``most`` pieces in a row out of ``n``:
    about ``n`` times ``most`` runs, not ``n`` squared (a page of one huge line).

    >>> [(int(f), int(l)) for f, l in zip(*run_bounds(3, 2, 16))]
    [(0, 1), (1, 2), (0, 2)]
    """
    spans = range(fewest - 1, min(n, most))  # a run's last piece minus its first
    if not spans:
        return np.zeros(0, dtype=int), np.zeros(0, dtype=int)
    first = np.concatenate([np.arange(n - k) for k in spans])
    return first, first + np.concatenate([np.full(n - k, k) for k in spans])


def _names(run: str) -> bool:
    """Whether every word of ``run`` in a script with case starts with a capital: a list of names
    (operators, brands, places), which news on their subject lists in its sentences."""
    words = [w for w in _LETTERS.findall(run) if w[0].lower() != w[0].upper()]
    return len(words) >= 2 and all(w[0].isupper() for w in words)


def _blocks_to_read(
    page: Page, block_spam: np.ndarray, final: list[str], model: LinearModel, params: DecisionParams,
    skip: set[int], levels: np.ndarray,
) -> list[int]:
    """The kept sentences of the page's own spaced scripts worth reading word by word: with a strong
    mark of injection; or with a weak one whose words around it lean to spam
    (``params.neighbour_threshold``); or reading ``WEAK_GATE`` and saying twice words that lean so.
    The words are read in one pass."""
    seg = page.seg
    strong = np.concatenate(([0], np.cumsum(levels == STRONG)))
    weak = np.concatenate(([0], np.cumsum(levels == WEAK)))
    starts, ends = seg.block_start, seg.block_end
    marked = (strong[ends] > strong[starts]) | (weak[ends] > weak[starts]) | (block_spam >= WEAK_GATE)
    look = marked & read_by_words(page)
    read: list[int] = []
    around: list[tuple[int, int, int]] = []  # (block, start, end) of the words around a weak mark
    twice: list[tuple[int, str]] = []  # (block, the words it says twice)
    for b in np.flatnonzero(look).tolist():
        if b in skip or final[b] != CLEAN:
            continue
        s, e = int(starts[b]), int(ends[b])
        if not sentence_long(page, int(seg.block_line[b]), seg.text[s:e]):
            continue
        if strong[e] > strong[s]:
            read.append(b)
            continue
        if weak[e] > weak[s]:
            word_starts, word_ends = page.space_parted(s, e)
            for p in (s + np.flatnonzero(levels[s:e] == WEAK)).tolist():
                k = int(np.searchsorted(word_ends, p, side="right"))
                around.append((b, int(word_starts[max(k - 1, 0)]), int(word_ends[min(k + 1, len(word_ends) - 1)])))
        if block_spam[b] >= WEAK_GATE and (words := said_twice(seg.text[s:e])):
            twice.append((b, words))
    leaning: set[int] = set()
    if around:
        spam = 1.0 - model.span_probabilities(seg.cps, np.array([a for _, a, _ in around]), np.array([z for _, _, z in around]))[:, 0]
        leaning.update(b for (b, _, _), p in zip(around, spam.tolist()) if p >= params.neighbour_threshold)
    if twice:
        said = codepoints(" ".join(w for _, w in twice))
        lengths = np.array([len(w) for _, w in twice])
        at = np.concatenate(([0], np.cumsum(lengths + 1)[:-1]))
        spam = 1.0 - model.span_probabilities(said, at, at + lengths)[:, 0]
        leaning.update(b for (b, _), p in zip(twice, spam.tolist()) if p >= params.neighbour_threshold)
    return sorted(set(read) | leaning)


def _removed_sentences(page: Page, block_spam: np.ndarray, final: list[str], params: DecisionParams, skip: set[int]) -> list[int]:
    """The removed sentences of the page's own spaced scripts that the classifier reads as spam as
    a whole (``params.spam_threshold``) and that hold a host's words on both sides of a run: a
    phrase in plain words dropped between two words of a host's sentence lifts the whole sentence
    ("...para lulusan terus belajar situs slot gacor maxwin hari ini link alternatif anti rungkad
    dan menjaga nama baik almamater..." 0.998), and the sentence would go whole. Read word by word
    as kept sentences are, with no mark asked (the sentence goes anyway; the mark guards a kept
    sentence's words from news naming what spam sells), the run is cut out and the host's words
    around it are looked at again."""
    seg = page.seg
    look = (block_spam >= params.spam_threshold) & read_by_words(page)
    return [b for b in np.flatnonzero(look).tolist()
            if b not in skip and final[b] != CLEAN
            and sentence_long(page, int(seg.block_line[b]), seg.text[int(seg.block_start[b]) : int(seg.block_end[b])])]


def _clause_before(page: Page, final: list[str], b: int) -> float:
    """The letters of the kept block of block ``b``'s sentence right before it (its piece's block
    before it, which ends with no stop), or 0: a sentence cut (at its commas, or where a host's
    words meet injected ones: ``inline``) leaves the host's words before an injected run in a
    block of their own ("...am Sonntagvormittag, damit Schülerinnen und" | "Schüler online casino
    bonus ohne einzahlung freispiele sofort in Ruhe für ihre Prüfungen lernen können.")."""
    seg = page.seg
    if b == 0 or final[b - 1] != CLEAN or seg.block_piece[b - 1] != seg.block_piece[b]:
        return 0.0
    if SENTENCE_END.search(page.block_text(b - 1)):  # the host's sentence before, not its clause
        return 0.0
    weight = page.letters_before
    return float(weight[seg.block_end[b - 1]] - weight[seg.block_start[b - 1]])


def _host_on_both_sides(
    model: LinearModel, params: DecisionParams, weight: np.ndarray, prefix: np.ndarray, prefix_counts: np.ndarray,
    s: int, e: int, a_at: np.ndarray, z_at: np.ndarray, lead: float = 0.0,
) -> np.ndarray:
    """Whether the words before each run ``a_at:z_at`` of the block ``s:e`` and those after it are
    each a line's letters (``params.short_line_letters``) reading clean (under
    ``params.sentence_clean``) on their own and together: a host's sentence around the run. A
    pitch's words around its surest run read clean as well ("Our professional" | "writers will
    write your dissertation from scratch, 100% plagiarism-free" | "and delivered on time." 0.01),
    but a pitch opens or ends with its run, or leaves a few words on one side; where it leaves a
    line's letters on both, they lean to spam together ("Our professional writers will complete" |
    "your essay, dissertation or coursework" | "overnight, 100% original and guaranteed to get you
    an A." 0.23, against 0.03 for a university's sentence around "situs slot gacor ...")."""
    long = (weight[a_at] - weight[s] + lead >= params.short_line_letters) & (weight[e] - weight[z_at] >= params.short_line_letters)
    before, before_counts = prefix[a_at - s], prefix_counts[a_at - s]
    after, after_counts = prefix[-1] - prefix[z_at - s], prefix_counts[-1] - prefix_counts[z_at - s]
    clean = np.ones(len(a_at), dtype=bool)
    for rows, counts in ((before, before_counts), (after, after_counts), (before + after, before_counts + after_counts)):
        clean &= 1.0 - model.probabilities(rows, counts)[:, 0] < params.sentence_clean
    return long & clean


def surest_run(page: Page, model: LinearModel, params: DecisionParams, b: int, levels: np.ndarray | None,
               marked: bool = True, lead: float = 0.0, bar: float = RUN_SPAM,
               span: tuple[int, int] | None = None, widen: bool = True) -> tuple[int, int] | None:
    """The start and end of block ``b``'s injected run of words, or None (see ``word_run_cuts``);
    with ``marked`` false, a run needs no mark (``levels``, the page's ``mark_positions``, may be
    None): it leaves host words on both sides (``_removed_sentences``, ``plain_runs``; ``lead``:
    the host's letters before the block in its sentence, ``_clause_before``), or says a pair of its
    words twice. ``bar``: what the run must read as a text of its own. ``span``: the text read, when
    not the block's (blocks a list's separators part, ``separated_runs``); ``widen``: whether words
    next to the run that lean to its category join it (``_widened``: not where separators mark
    the run's edges)."""
    if marked and levels is None:
        raise ValueError("a marked run needs the page's mark levels")
    seg, weight = page.seg, page.letters_before
    s, e = span if span is not None else (int(seg.block_start[b]), int(seg.block_end[b]))
    starts, ends = page.space_parted(s, e)
    n = len(starts)
    if n < 4:
        return None
    # each word's rows with half of the n-grams across its spaces: a run's reading holds the
    # n-grams between its words ("pornos kostenlos"), which carry much of its evidence
    rows, row_counts = model.char_sums(seg.cps, s, e)
    prefix, prefix_counts = prefix_rows(rows, row_counts)
    marks = np.concatenate(([0], np.cumsum(levels[s:e] > 0))) if marked else None
    for fewest, most in RUN_WORDS:
        first, last = run_bounds(n, fewest, most)
        a_at, z_at = starts[first], ends[last]
        letters = weight[z_at] - weight[a_at]
        ok = (letters >= MIN_RUN_LETTERS) & (weight[e] - weight[s] - letters >= params.short_line_letters)
        a_at, z_at = a_at[ok], z_at[ok]
        inside = prefix[z_at - s] - prefix[a_at - s]
        inside_counts = prefix_counts[z_at - s] - prefix_counts[a_at - s]
        rest, rest_counts = prefix[-1] - inside, prefix_counts[-1] - inside_counts
        spam = 1.0 - model.probabilities(inside, inside_counts)[:, 0]
        rest_spam = 1.0 - model.probabilities(rest, rest_counts)[:, 0]
        good = np.flatnonzero((spam >= ROUGH * RUN_SPAM) & (rest_spam < params.rest_clean))
        # a mark sets the run apart from its host only where the host's words wear none (a page
        # written in full-width forms, emoji between every phrase, a program's identifiers)
        if marks is not None:
            in_run = marks[z_at - s] - marks[a_at - s]
            apart = (in_run > 0) & (in_run == marks[-1])
        else:
            apart = _host_on_both_sides(model, params, weight, prefix, prefix_counts, s, e, a_at, z_at, lead)
        good = [g for g in good.tolist() if (apart[g] or said_twice(seg.text[a_at[g] : z_at[g]]))
                and not QUOTATION_MARK.search(seg.text, int(a_at[g]), int(z_at[g])) and not _OPERATOR.search(seg.text, int(a_at[g]), int(z_at[g]))]
        if not good:
            continue
        # the runs that best part spam from host: the surest with the cleanest rest, in log-odds
        # (probabilities saturate, and a run that takes a host's word along reads 1.0 too)
        gain = model.spam_log_odds(inside[good], inside_counts[good]) - model.spam_log_odds(rest[good], rest_counts[good])
        order = np.array(good)[np.argsort(-gain, kind="stable")][:_REREAD]
        sums, counts = model.span_sums(seg.cps, a_at[order], z_at[order])
        exact = 1.0 - model.probabilities(sums, counts)[:, 0]
        # of those read surely as texts of their own, the one with the most evidence
        best = int(np.argmax(np.where(exact >= bar, model.spam_log_odds(sums, counts), -np.inf)))
        if exact[best] < bar:
            continue
        a, z = int(a_at[order[best]]), int(z_at[order[best]])
        if widen:
            a, z = _widened(rows, s, starts, ends, a, z, sums[best])
        if levels is not None:
            a, z = _within_marks(page, model, params, levels, a, z)
        if _names(seg.text[a:z]):
            return None
        # the amount after a pitch's last words is the pitch's ("...онлайн 2020")
        after = int(np.searchsorted(starts, z))
        while after < n and weight[ends[after]] == weight[starts[after]]:
            z = int(ends[after])
            after += 1
        return a, z
    return None


def _within_marks(page: Page, model: LinearModel, params: DecisionParams, levels: np.ndarray, a: int, z: int) -> tuple[int, int]:
    """The marked run ``a:z`` without its words outside its first and last marks that read clearly
    clean as a text of their own: the host's word a run set between marks took along ("do" of
    "...przygotowujących się do ✔️ kasyno online bez depozytu ✔️ darmowe spiny ✔️", 0.018), where a
    keyword outside them stays ("maxwin" of "🔥 slot gacor 🔥 maxwin", 0.92)."""
    marked = a + np.flatnonzero(levels[a:z] > 0)
    if not len(marked):
        return a, z
    # the words (pieces that spaces part) the first and last marks are in: a mark may be one
    # character of its word (a year glued to a keyword, "سكس2026")
    starts, ends = page.space_parted(a, z)
    first = int(starts[np.searchsorted(starts, marked[0], side="right") - 1])
    last = int(ends[np.searchsorted(starts, marked[-1], side="right") - 1])
    outside = [(x, y) for x, y in ((a, first), (last, z)) if page.seg.text[x:y].strip()]
    if not outside:
        return a, z
    spam = 1.0 - model.span_probabilities(page.seg.cps, np.array([x for x, _ in outside]), np.array([y for _, y in outside]))[:, 0]
    for (x, y), p in zip(outside, spam.tolist()):
        if p < params.clearly_clean:
            a, z = (first, z) if x == a else (a, last)
    return a, z


# A word next to a run joins it when its characters' rows give the run's category this much
# evidence over clean per character: "best online" before "casino bonus 🎰 free spins" (3.8 and
# 4.5), "link alternatif" after "slot gacor maxwin2026" (2.6, 4.0); a host's words next to a run
# give under 1 ("Genel Merkez" 0.9 and 0.5), though some nouns more ("projetos" 2.2).
EDGE_EVIDENCE = 2.0
MAX_EDGE_WORDS = 3


def _widened(rows: np.ndarray, s: int, starts: np.ndarray, ends: np.ndarray, a: int, z: int, run_sums: np.ndarray) -> tuple[int, int]:
    """The run ``a:z`` with up to ``MAX_EDGE_WORDS`` words on each edge that lean to its category
    in context (``EDGE_EVIDENCE``), read from the block's characters' ``rows`` (the block starts at
    ``s``); ``run_sums`` is the run's reading, whose category is the one asked. The exact reading
    picks the run with the most evidence per n-gram, which leaves out a keyword the host's words
    around it make less sure."""
    k = 1 + int(np.argmax(run_sums[1:] - run_sums[0]))
    evidence = rows[:, k] - rows[:, 0]
    i = int(np.searchsorted(starts, a))
    j = int(np.searchsorted(ends, z))
    for _ in range(MAX_EDGE_WORDS):
        if i == 0:
            break
        p, q = int(starts[i - 1]), int(ends[i - 1])
        if evidence[p - s : q - s].sum() < EDGE_EVIDENCE * (q - p):
            break
        i -= 1
    for _ in range(MAX_EDGE_WORDS):
        if j + 1 >= len(ends):
            break
        p, q = int(starts[j + 1]), int(ends[j + 1])
        if evidence[p - s : q - s].sum() < EDGE_EVIDENCE * (q - p):
            break
        j += 1
    return int(starts[i]), int(ends[j])

