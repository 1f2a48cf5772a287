"""A run of stuffed words inside a sentence: where it starts and ends.

Keywords and addresses slipped between two words of a host's sentence make one block with it. In
a block the decision removed, the run is cut out so the host's words on both sides stay
(``spamguard.host_sentences``); in a sentence the decision kept, where the host's words outweigh
the run and the whole reads clean, it is cut out so it can go (``kept_stuffed_cuts``, called with
the injected clauses of ``spamguard.inline``). Either way the run is the stretch of words densest
in spam evidence (``stuffed_run``), and it must read as certain spam and be stuffing while the
host's words read clean. A kept sentence is read so only when it leans a little to spam, says
words again close together or holds a link (``_says_again``), and is stuffing by a stricter
measure (``stuffing.stuffing_in_prose``): a news sentence names bare sites and repeats a pair of
words.

>>> from spamguard.detector import Detector
>>> text = ("Home | News | Sport\\nLibrary extends its hours\\nThe city library will stay open until "
...         "midnight during exam weeks, and slot gacor hari ini slot gacor maxwin slot gacor "
...         "students can book the group rooms online a week ahead.\\nCoffee is served until ten.")
>>> [text[s.start:s.end] for s in Detector().clean(text).removed]
['slot gacor hari ini slot gacor maxwin slot gacor ']
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise

import numpy as np
import regex

from .densest import max_subarrays
from .injection_marks import STRONG, mark_positions
from .lines import SENTENCE_END, kept_words_are_prose, line_may_be_prose
from .model import LinearModel
from .normalize import normalize
from .page import Page
from .params import CLEAN, DecisionParams
from .quotes import QUOTATION_MARK
from .spliced import spliced_runs
from .stuffing import IDENTIFIER_WORDS, PROSE_WORD_LETTERS, stuffing_in_prose

__all__ = ["MAX_RUN_WORDS", "PAIR_SPAM", "kept_stuffed_cuts", "pair_said_twice", "stuffed_run"]

# the most words of a sentence searched for a stuffed run inside it
MAX_RUN_WORDS = 300
# A kept sentence is read for a run when a word of four letters or more comes back twice within
# this many words, or a pair of words within twice as many: stuffing says its words close
# together.
REPEAT_WINDOW = 10
# the signs of an address written as a link (``stuffing.stuffing_in_prose``), looked for in the raw text
_LINK_SIGN = regex.compile(r"https?://|www\.|\.[a-z]{2,6}/", regex.IGNORECASE)
# A kept sentence the classifier reads under this spam probability is not searched for a run:
# the run, certain spam, lifts a sentence twice its length over it (0.04-0.46 on the same-script
# pages of the model card). A run of addresses in a sentence five times its length reads under
# it (0.0002 to 0.001) and stays: reading every sentence with a link cost as much again (2-4% of
# clean()) for none more of those pages.
KEPT_GATE = 0.01
# In a kept sentence the host's words outweigh the run, so the mean a run is measured against is
# theirs, and host words that lean a little less clean than their sentence can join it ("...el
# año pasado recibió ... a partir de enero" | "comprar viagra sin receta ..."): most of a run's
# words must lean to its category on their own.
KEPT_SPAM_WORDS = 0.6
# What host words left in a removed block must read when only the letters of their sentence outside
# the block, or their own stop, make them a line's worth ("Det framstår med all tydlighet" | [addresses] | "för mig att
# ...", 0.002; the host's words around Russian or Hungarian keyword runs, 0.006 and 0.001): a
# stuffed run read again once cut out of its sentence leaves words of its own at its edges that the
# sentence vouches for, reading 0.017-0.027 ("na porost włosów kapsułki", "cabelo,") or wearing a
# mark of injection ("🔥 rimedio 🔥 calvizie 🔥", "y o u t u b e").
OUTSIDE_CLEAN = 0.01
# The most words of a removed sentence's edges read for the host's words around a run
# (``_between_clean_edges``): a host's clause, not a paragraph.
EDGE_WORDS = 60


def kept_stuffed_cuts(
    page: Page, block_spam: np.ndarray, final: list[str], model: LinearModel, params: DecisionParams, skip: set[int]
) -> list[int]:
    """Cuts around the stuffed run (``stuffed_run``) of each kept sentence of prose in the page's
    own scripts that leans a little to spam (``block_spam``, each block's own reading, at least
    ``KEPT_GATE``), says a word again close together or holds a link (``_says_again``) and is
    stuffing by ``stuffing.stuffing_in_prose``; or that says a pair of words twice
    (``pair_said_twice``), whose run must then say it twice itself, hold no quotation mark and read
    as surely as ``PAIR_SPAM``. Blocks in ``skip`` (already cut) aside, and a line is prose when
    its words that stay are (``lines.kept_words_are_prose``: a list of addresses spliced into a
    host's sentence gives its line a list's items)."""
    seg = page.seg
    removed = np.asarray(final, dtype=object) != CLEAN
    look = (block_spam >= KEPT_GATE) & ~removed & ~page.foreign_blocks
    cuts: list[int] = []
    for b in np.flatnonzero(look).tolist():
        s, e = int(seg.block_start[b]), int(seg.block_end[b])
        # a sentence of more words is not searched (``stuffed_run``): nor is it looked at
        if b in skip or seg.text.count(" ", s, e) > MAX_RUN_WORDS:
            continue
        text = seg.text[s:e]
        again = _says_again(text)
        if again == NOTHING_AGAIN:
            continue
        stuffed = again == STUFFED_AGAIN and stuffing_in_prose(text)
        # a run of words said over and over is ``spamguard.spliced``'s to cut
        if not stuffed and (not pair_said_twice(text) or any(a < e and s < z for a, z in spliced_runs(page))):
            continue
        k = int(seg.block_line[b])
        if not page.cached("may_prose", k, lambda j: line_may_be_prose(page, j)) and not kept_words_are_prose(page, k, removed):
            continue
        if stuffed:
            cuts.extend(stuffed_run(page, model, params, s, e, stuffing_in_prose, kept=True))
        else:
            cuts.extend(stuffed_run(page, model, params, s, e, _pair_run, kept=True, spam_bar=PAIR_SPAM))
    return cuts


# What a run that says a pair of words twice must read to go: a sentence of the page's own says a
# pair again too ("41 apostas ganhadoras ... 3.112 apostas ganhadoras", 0.991 as a run), a
# keyword said twice ("... casino ohne limit beste wettanbieter beste wettanbieter geerntet",
# "стероиды купить，стероиды купить") reads 0.9995 and surer.
PAIR_SPAM = 0.999


def pair_said_twice(text: str) -> bool:
    """Whether ``text`` says a pair of words again within ``REPEAT_WINDOW`` words, one of them of
    four letters or more (numbers and identifiers are not words; normalized as the classifier
    reads it).

    >>> pair_said_twice("casino ohne limit beste wettanbieter beste wettanbieter")
    True
    >>> pair_said_twice("rolex replica kopen 2022: rolex replica kopen"), pair_said_twice("day by day")
    (True, False)
    """
    words = [w for w in IDENTIFIER_WORDS.findall(normalize(text)) if not w.isdigit() and "_" not in w]
    last: dict[tuple[str, str], int] = {}
    for i, pair in enumerate(pairwise(words)):
        if max(len(pair[0]), len(pair[1])) < PROSE_WORD_LETTERS:
            continue
        if pair in last and i - last[pair] <= REPEAT_WINDOW:
            return True
        last[pair] = i
    return False


def _pair_run(text: str) -> bool:
    """A run's stuffing when its sentence says a pair twice: it says it twice itself, and quotes
    nothing (news quoting an advert's "bonus sem depósito, bonus sem depósito")."""
    return pair_said_twice(text) and not QUOTATION_MARK.search(text)


# what ``_says_again`` finds: nothing, a pair of words said twice, stuffing's repeats or a link
NOTHING_AGAIN, PAIR_AGAIN, STUFFED_AGAIN = 0, 1, 2


def _says_again(text: str) -> int:
    """A quick look, before the normalized ones of ``stuffing.stuffing_in_prose`` and
    ``pair_said_twice``: ``STUFFED_AGAIN`` when ``text`` says a word of four letters or more three
    times within ``REPEAT_WINDOW`` words, a pair of words with one such word three times within
    twice as many, or holds the sign of a link; else ``PAIR_AGAIN`` when it says such a pair twice
    within twice as many; else ``NOTHING_AGAIN``.

    >>> _says_again("slot gacor hari ini slot gacor maxwin slot gacor"), _says_again("see www.example.org/")
    (2, 2)
    >>> _says_again("beste wettanbieter beste wettanbieter"), _says_again("the cat and the dog and the bird, the end")
    (1, 0)
    """
    if _LINK_SIGN.search(text):
        return STUFFED_AGAIN
    words = IDENTIFIER_WORDS.findall(text.lower())
    seen: dict[str | tuple[str, str], list[int]] = {}
    found = NOTHING_AGAIN

    def again(key: str | tuple[str, str], i: int, window: int) -> bool:
        nonlocal found
        at = seen.setdefault(key, [])
        at.append(i)
        if len(at) >= 2 and i - at[-2] < window and isinstance(key, tuple):
            found = PAIR_AGAIN
        return len(at) >= 3 and i - at[-3] < window

    for i, w in enumerate(words):
        nxt = words[i + 1] if i + 1 < len(words) else ""
        long, pair_long = len(w) >= PROSE_WORD_LETTERS, max(len(w), len(nxt)) >= PROSE_WORD_LETTERS
        if (long and again(w, i, REPEAT_WINDOW)) or (nxt and pair_long and again((w, nxt), i, 2 * REPEAT_WINDOW)):
            return STUFFED_AGAIN
    return found


def stuffed_run(
    page: Page, model: LinearModel, params: DecisionParams, s: int, e: int, is_stuffing: Callable[[str], bool] | None,
    kept: bool = False, spam_bar: float | None = None, host_lines: int = 1, outside: int = 0,
) -> list[int]:
    """Where the host's words resume around a run of stuffed words slipped into its sentence
    ("Anang yang menggandeng pasangan slot deposit dana slot deposit pulsa🔥 ... duetnya Ashanty
    tak mencicipi makanan ..."): the run's first letter when host words come before it, the
    first letter after it when host words follow; empty when ``text[s:e]`` is no such thing.

    The run is the stretch of words densest in evidence for a category of spam
    (``max_subarrays``). It must read as certain spam (``params.sentence_spam``) and be stuffing
    by ``is_stuffing`` (``stuffing.stuffing`` in a removed sentence: a web address, a word said
    three times, a pair of words twice; ``stuffing.stuffing_in_prose`` in a kept one); the
    host's words on either side must each read as a clean sentence does (under
    ``params.sentence_clean``) and hold ``host_lines`` lines' letters together. A pitch written as sentences
    is not cut: the end of one reads as clean as a host's ("Купить дженерик сиалиса без рецепта
    с" | "доставкой курьером за 2 часа", 0.01), and its words are not stuffing. With
    ``is_stuffing`` None the run need not be stuffing: host words on both sides of it, read
    together as the sentence they were, must read clearly clean (``_host_reads_whole``). The model card's
    table "Same-script spam inside a host's sentence" measures pages of this shape. In a sentence
    the decision ``kept``, which reads clean as a whole, the runs are tried by their evidence, and
    ``KEPT_SPAM_WORDS`` of a run's words must lean to its category on their own. The ``outside``
    letters of the host's sentence beyond ``text[s:e]`` count towards its line's letters, and a
    whole sentence of the host's after the run (ending with a stop, ``params.short_block`` letters
    or more) needs no more; host words short of a line's letters must read under ``OUTSIDE_CLEAN``
    and wear no mark of injection."""
    cps, text = page.seg.cps, page.seg.text
    spaces = s + np.flatnonzero(cps[s:e] == 0x20)
    if not 2 <= len(spaces) <= MAX_RUN_WORDS:
        return []
    starts = np.array([s, *(spaces + 1).tolist()])
    ends = np.array([*spaces.tolist(), e])
    sums, counts = model.span_sums(cps, starts, ends)
    # A linear model's evidence adds up word by word: the run of a category is the stretch of
    # words denser in evidence for it, against clean, than the whole is (the maximum subarray of
    # each word's evidence less its n-grams' share of the mean). The category the whole reads as
    # is tried first; the host's words may lean to one of their own (Indonesian news to
    # gambling, with pills slipped in), so then each category's run that reads as it, surest first.
    evidence = sums[:, 1:] - sums[:, :1]
    share = evidence.sum(axis=0) / max(int(counts.sum()), 1)
    found = [(_past_stop(text, starts, ends, i, j), j, gain)
             for i, j, gain in max_subarrays(evidence - counts[:, None] * np.maximum(share, 0.0))]
    bounds = np.array([(int(starts[i]), int(ends[j - 1])) for i, j, _ in found])
    read = model.span_probabilities(cps, bounds[:, 0], bounds[:, 1])
    whole = int(np.argmax(sums.sum(axis=0)[1:] + model.bias[1:]))
    own = sorted((c for c in range(len(found)) if c != whole and int(np.argmax(read[c])) == c + 1),
                 key=lambda c: -found[c][2])
    # a kept sentence reads clean as a whole: the category its words lean to says nothing of the run
    order: list[int | None] = sorted(range(len(found)), key=lambda c: -found[c][2]) if kept else [whole, *own, None]
    weight = page.letters_before
    bar = params.sentence_spam if spam_bar is None else spam_bar
    tried: set[tuple[int, int]] = set()
    for c in order:
        if c is None:
            # The densest stretch is measured against the whole's mean, which the run's own words
            # set when they are most of the block: it then stops short inside the run and leaves
            # words of it on the host's side ("...omdat volgers" | "kopen https://..."). Last, the
            # run is what lies between the host's words read from each edge.
            i, j = _between_clean_edges(model, params, cps, starts, ends)
            i = _past_stop(text, starts, ends, i, j) if i < j else i
            spam = 1.0 - float(model.span_probabilities(cps, starts[i : i + 1], ends[j - 1 : j])[0, 0]) if i < j else 0.0
        else:
            i, j, _ = found[c]
            spam = 1.0 - float(read[c, 0])
        if (i, j) in tried or (i, j) == (0, len(starts)) or spam < bar:
            continue
        if kept and c is not None and float(np.mean(evidence[i:j, c] > 0)) < KEPT_SPAM_WORDS:
            continue
        tried.add((i, j))
        a, z = int(starts[i]), int(ends[j - 1])
        inside = (weight[a] - weight[s]) + (weight[e] - weight[z])
        # a host's whole sentence after the run, to its stop ("פורנו חינם / ... / פורנו חינם" | "הם רצחו
        # אלפי יהודים וצוענים."), is as sure a sign of the host as a line's letters
        sentence_after = (
            i == 0 and j < len(starts) and weight[e] - weight[int(starts[j])] >= params.short_block
            and SENTENCE_END.search(text, int(starts[j]), e) is not None
        )
        if inside + outside < host_lines * params.short_line_letters and not sentence_after:
            continue
        # host words short of a line's letters, vouched for by their sentence's words outside the
        # block or by their own stop, must read surely clean
        vouched = inside < host_lines * params.short_line_letters
        if is_stuffing is None:
            if not (0 < i and j < len(starts)) or not _host_reads_whole(model, params, text[s : int(ends[i - 1])], text[int(starts[j]) : e]):
                continue
        elif not is_stuffing(text[a:z]):
            continue
        host = ([(s, int(ends[i - 1]))] if i else []) + ([(int(starts[j]), e)] if j < len(starts) else [])
        clean = 1.0 - model.span_probabilities(cps, np.array([p for p, _ in host]), np.array([q for _, q in host]))[:, 0]
        if vouched and ((clean >= OUTSIDE_CLEAN).any() or (mark_positions(np.concatenate([cps[p:q] for p, q in host])) == STRONG).any()):
            continue
        if (clean < params.sentence_clean).all():
            return ([a] if i else []) + ([int(starts[j])] if j < len(starts) else [])
    return []


def _host_reads_whole(model: LinearModel, params: DecisionParams, head: str, tail: str) -> bool:
    """Whether the host's words before and after a run, read as the one sentence they were,
    read clearly clean (``params.clearly_clean``): a pitch's first and last words, left on each
    side of its densest stretch, make no sentence of a host's ("Unsere akademischen" + "und
    termingerecht – jetzt kostenloses Angebot anfordern!")."""
    return 1.0 - float(model.predict_texts([head + " " + tail])[0, 0]) < params.clearly_clean


def _between_clean_edges(
    model: LinearModel, params: DecisionParams, cps: np.ndarray, starts: np.ndarray, ends: np.ndarray
) -> tuple[int, int]:
    """The words ``i:j`` between the longest head and the longest tail of the words ``starts``,
    ``ends`` that each read clearly clean (``params.clearly_clean``; none at an edge where no
    head or tail does), read exactly as blocks of their own: a sum of words' readings leaves
    out the n-grams across the spaces between them, which tell "omdat volgers" (0.14 as a block)
    from the host's words (0.09 as a sum). Only the ``EDGE_WORDS`` words at each edge are tried:
    each head is read whole, so a longer search would cost the square of the run's length."""
    n = len(starts)
    s, e = int(starts[0]), int(ends[-1])
    heads = np.arange(1, min(n, EDGE_WORDS + 1))  # words 0..k-1
    tails = np.arange(max(1, n - EDGE_WORDS), n)  # words k..n-1
    read = 1.0 - model.span_probabilities(
        cps, np.concatenate((np.full(len(heads), s), starts[tails])), np.concatenate((ends[heads - 1], np.full(len(tails), e)))
    )[:, 0]
    clean_heads = heads[read[: len(heads)] < params.clearly_clean]
    clean_tails = tails[read[len(heads) :] < params.clearly_clean]
    return (int(clean_heads[-1]) if len(clean_heads) else 0), (int(clean_tails[0]) if len(clean_tails) else n)


def _past_stop(text: str, starts: np.ndarray, ends: np.ndarray, i: int, j: int) -> int:
    """The first word of the run of words ``i:j`` once the host's sentence it starts in is left
    out: a word of the run that ends with a stop ends the host's sentence, not the run ("...từ
    năm giờ sáng đến mười giờ tối." | "tải game đánh bài đổi thưởng | nổ hũ uy tín ..."), whose
    evidence, summed word by word, can reach a word or two back over the stop.

    >>> text = "xe chạy đến mười giờ tối. tải game đánh bài"
    >>> words = text.split(" ")
    >>> starts = np.cumsum([0] + [len(w) + 1 for w in words[:-1]])
    >>> _past_stop(text, starts, starts + np.array([len(w) for w in words]), 3, 9)
    6
    """
    for w in range(j - 2, i - 1, -1):
        if SENTENCE_END.match(text, int(ends[w]) - 1, int(ends[w])):
            return w + 1
    return i
