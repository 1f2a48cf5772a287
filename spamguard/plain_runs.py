"""A keyword phrase in plain words slipped into a sentence of a page that says nothing of its kind.

``word_runs`` cuts a phrase dropped between two words of a host's sentence only when the phrase
wears a mark of injection (an emoji, a separator, an address...), since news names what spam
sells in the same words ("...sites offering ставки на деньги без лицензии"). An injected phrase
need wear none: "The reading room will stay open until nine on Thursdays during the exam weeks
buy cialis online without prescription cheap generic tadalafil so that students from the college
can revise in a quiet place." The sentence reads clean enough to stay (0.21) and the phrase, read
as a text of its own, as certain spam.

What news about such things does that an injection does not is talk about them: its headline, its
other sentences or its other clauses name the phrase's kind ("Суд заблокировал сайты нелегальных
онлайн-казино", "Bloqueo de webs de apuestas", "...próbki zawierały sildenafil"). So a kept
sentence's surest run of plain words (``word_runs.surest_run``, with a host's words reading clean
on both sides) goes when it reads ``PLAIN_RUN_SPAM`` as a text of its own, surer than a marked
run must, and no other word of the page, read alone, leans to the run's categories
(``NAMED_ELSEWHERE``). Words are the unit asked, not the page's text as a whole
(``view.page_on_topic``): a short news item's one loaded word in its headline is drowned by its
plain sentences, and the injected sentence's own host words are the page's too.

Reading every sentence word by word would cost what the classifier's first reading does; only
sentences whose n-grams bring ``PLAIN_EVIDENCE`` for spam, and with a word or a pair of words that
reads ``WORD_GATE`` on its own, are read (about one sentence in 150 on the benchmark's pages in
75 languages).

>>> from spamguard.detector import Detector
>>> text = ("Home | News | Events\\nLibrary news\\nThe reading room will stay open until nine on "
...         "Thursdays during the exam weeks buy cialis online without prescription cheap generic "
...         "tadalafil so that students from the college can revise in a quiet place.\\n"
...         "The café on the ground floor opens at eight.")
>>> [text[s.start:s.end].strip() for s in Detector().clean(text).removed]
['buy cialis online without prescription cheap generic tadalafil']
"""

from __future__ import annotations

import numpy as np
import regex

from .densest import prefix_rows
from .lines import sentence_long
from .model import LinearModel
from .page import Page
from .params import CLEAN, DecisionParams
from .view import ModelScores
from .word_runs import read_by_words, surest_run

__all__ = ["PLAIN_RUN_SPAM", "plain_run_cuts"]

# What a run in plain words must read as a text of its own: news's phrases read as sure spam too
# ("vay tiền online không cần thẩm" 0.9989 in police news on loan fraud, against 0.9995 and more
# for the fixtures' injected phrases), so the surest are asked for, above ``word_runs.RUN_SPAM``.
PLAIN_RUN_SPAM = 0.999
# A sentence is read word by word when its n-grams bring this much evidence for a spam category
# over clean, summed before the classifier divides by the square root of their count
# (``ModelScores.evidence``): a sure phrase brings as much to a long sentence as to a short one,
# where its reading is diluted ("write my essay cheap" lifts a school's sentence of 30 words to
# 0.0021, and brings it 64). The fixtures' injected phrases bring their sentences 55 to 214; one
# sentence in eleven of the benchmark's pages in 75 languages has 30 or more.
PLAIN_EVIDENCE = 30.0
# ... and when a word or two words in a row read this much on their own (Vietnamese writes a
# loaded word in two syllables: "lô đề")
WORD_GATE = 0.9
# A page names a run's kind when one of its other words leans this much to the run's categories
# (the sum over spam's categories of the word's probability times the run's): "онлайн-казино"
# 0.31, "apuestas" 0.69, "online" 0.23 against at most 0.08 ("cinco", on a weather page) on the
# fixtures' pages with a phrase injected
NAMED_ELSEWHERE = 0.1
_WORD = regex.compile(r"[\p{L}\p{M}][\p{L}\p{M}\-]{2,}")


def plain_run_cuts(
    page: Page, scores: ModelScores, final: list[str], model: LinearModel, params: DecisionParams, skip: set[int]
) -> list[int]:
    """Where the run of plain words injected into each kept sentence starts and ends (see the
    module): sentences in ``skip`` (already cut) and those the host quotes or that describe what
    they name (``ModelScores.quoted``) aside."""
    if scores.quoted is not None:
        skip = skip | set(np.flatnonzero(scores.quoted).tolist())
    cuts: list[int] = []
    words: tuple[np.ndarray, np.ndarray] | None = None  # the page's words and their readings, read once
    # scores made without the evidence (by hand, in a test) have every sentence read
    evidence = scores.evidence if scores.evidence is not None else np.full(page.seg.n_blocks, np.inf)
    for b in _leaning_words(page, model, _sentences(page, evidence, final, skip)):
        run = surest_run(page, model, params, b, None, marked=False, bar=PLAIN_RUN_SPAM)
        if run is None:
            continue
        if words is None:
            words = _word_readings(page, model)
        if _named_elsewhere(page, model, words, *run) >= NAMED_ELSEWHERE:
            continue
        a, z = run
        cuts.append(a)
        if z < page.seg.block_end[b]:
            cuts.append(z)
    return cuts


def _sentences(page: Page, evidence: np.ndarray, final: list[str], skip: set[int]) -> list[int]:
    """The kept sentences of the page's own spaced scripts with ``PLAIN_EVIDENCE`` or more."""
    seg = page.seg
    look = (evidence >= PLAIN_EVIDENCE) & read_by_words(page)
    return [b for b in np.flatnonzero(look).tolist()
            if b not in skip and final[b] == CLEAN
            and sentence_long(page, int(seg.block_line[b]), seg.text[int(seg.block_start[b]) : int(seg.block_end[b])])]


def _leaning_words(page: Page, model: LinearModel, blocks: list[int]) -> list[int]:
    """The ``blocks`` with a word, or two words in a row, reading ``WORD_GATE`` on its own, read
    from the blocks' characters' rows in one pass."""
    if not blocks:
        return []
    seg = page.seg
    starts, ends = seg.block_start[blocks], seg.block_end[blocks]
    rows, counts, offsets = model.char_rows(seg.cps, starts, ends)
    prefix, prefix_counts = prefix_rows(rows, counts)
    word_starts, word_ends, owners = [], [], []
    for j, (s, e) in enumerate(zip(starts.tolist(), ends.tolist())):
        ws, we = page.space_parted(s, e)
        word_starts.append(ws + (int(offsets[j]) - s))
        word_ends.append(we + (int(offsets[j]) - s))
        owners.append(np.full(len(ws), j))
    a, z, owner = np.concatenate(word_starts), np.concatenate(word_ends), np.concatenate(owners)
    pair = np.flatnonzero(owner[1:] == owner[:-1])
    a, z, owner = np.concatenate((a, a[pair])), np.concatenate((z, z[pair + 1])), np.concatenate((owner, owner[pair]))
    spam = 1.0 - model.probabilities(prefix[z] - prefix[a], prefix_counts[z] - prefix_counts[a])[:, 0]
    best = np.zeros(len(blocks))
    np.maximum.at(best, owner, spam)
    return [b for b, x in zip(blocks, best.tolist()) if x >= WORD_GATE]


def _word_readings(page: Page, model: LinearModel) -> tuple[np.ndarray, np.ndarray]:
    """The starts and ends of the page's words of three letters or more, and each one's spam
    categories' probabilities read as a text of its own."""
    bounds = np.array([(m.start(), m.end()) for m in _WORD.finditer(page.text)], dtype=np.int64).reshape(-1, 2)
    if not len(bounds):
        return bounds, np.zeros((0, len(model.labels) - 1))
    return bounds, model.span_probabilities(page.seg.cps, bounds[:, 0], bounds[:, 1])[:, 1:]


def _named_elsewhere(page: Page, model: LinearModel, words: tuple[np.ndarray, np.ndarray], a: int, z: int) -> float:
    """How much the page's ``words`` (``_word_readings``) outside ``text[a:z]`` that lean most to
    its categories do so: the most, over those words, of the sum over spam's categories of the
    word's probability times the run's."""
    bounds, leaning = words
    outside = (bounds[:, 1] <= a) | (bounds[:, 0] >= z)
    if not outside.any():
        return 0.0
    run = model.span_probabilities(page.seg.cps, np.array([a]), np.array([z]))[0, 1:]
    return float((leaning[outside] @ run).max())
