"""Glossary lines: words with their translations in another script ("croupier — 荷官 | chips —
筹码"), or one term and its translation a line, in any scripts, down a run of such lines
("slot machine — máquina tragamonedas", "chips — fichas", "bet — apuesta"). A bilingual lesson
lists a topic's words, a casino's too, in a list's shape; a keyword list does not translate them
(``rules.keyword_list``, ``first_pass``, ``revise``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
import regex

from .lines import line_is_menu, line_items
from .page import Page
from .program_text import program_view
from .scripts import DENSE_GROUPS, FIRST_GROUP, code_groups, codepoints

if TYPE_CHECKING:  # the model module imports the view, which imports this one
    from .model import LinearModel

# What joins a term to its translation in a glossary: "croupier — 荷官", "chips: 筹码", "bet = 베팅".
_PAIR_MARK = regex.compile(r"\s?[—–=]\s?|：(?![／/])\s?|\s[-:]\s|(?<=\w):\s")  # not "ｈｔｔｐ：／／"
GLOSSARY_PAIRS = 0.75  # share of a glossary line's items that pair a term with its translation


def _main_group(text: str) -> int:
    groups = code_groups()[codepoints(text)]
    letters = groups[groups >= FIRST_GROUP]
    return int(np.bincount(letters).argmax()) if len(letters) else -1


def line_is_glossary(page: Page, k: int) -> bool:
    """Whether line k is a glossary: three items or more, most of them (``GLOSSARY_PAIRS``) a term
    and its translation in another script ("croupier — 荷官 | chips — 筹码 | jackpot — 头奖"). A
    bilingual lesson lists a topic's words, a casino's too; a keyword list does not translate them.

    >>> page = Page.from_text("croupier — 荷官 | chips — 筹码 | jackpot — 头奖\\nslot gacor - maxwin | togel - toto 4d | judi bola")
    >>> line_is_glossary(page, 0), line_is_glossary(page, 1)
    (True, False)
    """
    items = line_items(page, k)
    if len(items) < 3:
        return False
    pairs = 0
    for item in items:
        halves = _PAIR_MARK.split(item)
        if len(halves) == 2 and all(halves):
            a, b = _main_group(halves[0]), _main_group(halves[1])
            pairs += a >= 0 and b >= 0 and a != b
    return pairs >= GLOSSARY_PAIRS * len(items)


# One term and its translation, alone on a line: words on each side (letters, hyphens, apostrophes;
# no digits, addresses or prices: "Viagra 100mg — $0.89" is a price list), joined by one mark or a
# table's tab, read as a program is (``program_text.program_view``: full-width forms, bidi controls
# and emoji between words change nothing).
_SIDE = r"[\p{L}\p{M}'’][\p{L}\p{M}'’ -]{0,38}[\p{L}\p{M}'’.]?"
_ONE_PAIR = regex.compile(rf"^\s*({_SIDE}?)\s*(—|–|=|:|：|\|| - |\t)\s*({_SIDE}?)\s*$")
GLOSSARY_RUN = 3  # fewest lines of one pair each, one after another, that make a glossary
GLOSSARY_PLAIN = 0.4  # share of a glossary run's lines that read as ordinary words
SIDE_WORDS = 4  # most words on a side of a pair: a term, not a sentence
_WORD = regex.compile(r"[\p{L}\p{M}'’-]+")
# A page names a run's topic when a word of its own text reads this much as the run's category
# alone: lessons' headings and introductions say "casino" (1.0), "apostas" (0.87), "crédit"
# (0.52, as a scam), where the pages the fixtures inject pairs into lean by chance at most
# 0.31 ("cuaja", a recipe's verb, as gambling; a campus news item's "Juara" 0.19)
TOPIC_WORD = 0.5
_TOPIC_WORD = regex.compile(r"[\p{L}\p{M}][\p{L}\p{M}\-]{2,}")


def _one_pair(text: str) -> tuple[str, str, str] | None:
    """``(term, mark, translation)`` when ``text`` is one term and its translation, else None."""
    m = _ONE_PAIR.match(program_view(text))
    if m is None:
        return None
    left, mark, right = m.group(1).strip(), m.group(2).strip() or m.group(2), m.group(3).strip()
    if not left or not right or max(len(left.split()), len(right.split())) > SIDE_WORDS:
        return None
    # Two sides in one script written without spaces are a keyword and its pitch as often
    # ("澳门赌场：百家乐"); a lesson pairs such a script with another.
    a, b = _main_group(left), _main_group(right)
    if a == b and a in DENSE_GROUPS:
        return None
    return left, mark, right


def glossary_runs(page: Page) -> tuple[tuple[int, ...], ...]:
    """Every run of ``GLOSSARY_RUN`` or more lines (blank lines between them aside) that each hold
    one term and its translation, joined by the same mark ("chips — fichas", "bet — apuesta",
    "dealer — crupier"): a lesson's vocabulary in one language and another, which may share a
    script and a word or two ("casino — casino"). Keywords written a pair a line say the same
    words again ("Slot Gacor: Situs Slot Online", "Judi Bola: Agen Bola Terbaik"): a run where
    more than half of the pairs share a word with their other side is none; nor are two sides in
    one script written without spaces. Computed once a page. Whether a run is a lesson's is told
    by what its lines read (``in_plain_glossary``).

    >>> page = Page.from_text("Lesson 9\\ncasino — casino\\nchips — fichas\\nbet — apuesta\\n\\nSlot Gacor: Situs Slot\\nJudi Bola: Agen Bola\\nTogel: Bandar Togel")
    >>> glossary_runs(page)
    ((1, 2, 3),)
    """
    return page.cached("glossary_runs", -1, lambda _: _runs(page))


def in_plain_glossary(page: Page, k: int, line_spam: np.ndarray, below: float) -> bool:
    """Whether line k is in a glossary run (``glossary_runs``) that ``GLOSSARY_PLAIN`` of its lines
    read under ``below``: a lesson lists a topic's ordinary words ("dealer — crupier", "Zinsen:
    interest") with its loaded ones ("free spins — tiradas gratis"), while keywords and pitches
    written a pair a line ("deposit pulsa — tanpa potongan") read as spam throughout. A run that
    translates into another script (``_translated``: "casino — казино", "bet — ставка") needs one
    such line only: its loaded words read as spam in both languages, and a keyword's pitch is
    not its translation."""
    # each line's run, looked up once a page: a page of many runs asked each of them for each line
    run = page.cached("glossary_run_of", -1, lambda _: {j: r for r in glossary_runs(page) for j in r}).get(k)
    if run is None:
        return False
    plain = line_spam[list(run)] < below
    if page.cached("translated_run", run[0], lambda _: _translated(page, run)):
        return bool(plain.any())
    return float(np.mean(plain)) >= GLOSSARY_PLAIN


def _translated(page: Page, run: tuple[int, ...]) -> bool:
    """Whether every pair of a glossary run puts a term in one script against its translation in
    another, the same two scripts down the run ("casino — казино", "bet — ставка", "chips — фишки"),
    as the items of a glossary line do (``line_is_glossary``). Keywords written a pair a line mostly
    stay in their own script ("Slot Gacor: Situs Slot Online")."""
    scripts = set()
    for j in run:
        pair = _one_pair(page.line_text(j))
        if pair is None:
            return False
        a, b = _main_group(pair[0]), _main_group(pair[2])
        if a < 0 or b < 0 or a == b:
            return False
        scripts.add((a, b))
    return len(scripts) == 1


def _runs(page: Page) -> tuple[tuple[int, ...], ...]:
    out: list[tuple[int, ...]] = []
    run: list[tuple[int, tuple[str, str, str]]] = []

    def close() -> None:
        shared = sum(1 for _, (a, _m, b) in run if _words(a) & _words(b))
        if len(run) >= GLOSSARY_RUN and 2 * shared <= len(run):
            out.append(tuple(j for j, _ in run))
        run.clear()

    for j in range(page.seg.n_lines):
        text = page.line_text(j)
        if not text.strip():
            continue
        pair = _one_pair(text)
        if pair is None or (run and run[-1][1][1] != pair[1]):
            close()
        if pair is not None:
            run.append((j, pair))
    close()
    return tuple(out)


def _words(text: str) -> set[str]:
    return {w.casefold() for w in _WORD.findall(text)}


def lesson_runs(page: Page, model: LinearModel, candidates: np.ndarray, reads_clean: np.ndarray) -> np.ndarray:
    """Whether each block is on a line of a glossary run (``glossary_runs``) whose topic the page's
    own text names: a word of its lines that read clean (``reads_clean``, by line; the site's
    menu aside) reads ``TOPIC_WORD`` as the category the run reads as. A lesson on a topic's words
    ("Unit 4: at the casino" over "chips - fichas", "free spins - tiradas gratis") may hold more
    loaded words than plain ones (``in_plain_glossary``); keywords written a pair a line land on a
    page about something else ("daftar slot — bonus new member" under campus news). Only runs
    holding a line ``candidates`` marks are looked at.
    """
    seg = page.seg
    out = np.zeros(seg.n_blocks, dtype=bool)
    # the page's runs are found only when a candidate line is a pair: most pages' leaning lines are not
    paired = any(_one_pair(page.line_text(k)) is not None for k in np.flatnonzero(candidates).tolist())
    runs = [run for run in glossary_runs(page) if candidates[list(run)].any()] if paired else []
    if not runs:
        return out
    # each category's lines, most leaning word first, read once a page: a page of many runs asks
    # for the most leaning word outside each
    ranked = _lines_by_word(page, model, reads_clean)
    for run in runs:
        sums, counts = model.span_sums(seg.cps, seg.line_start[list(run)], seg.line_end[list(run)])
        category = int(model.probabilities(sums.sum(axis=0, keepdims=True), counts.sum(keepdims=True))[0, 1:].argmax())
        inside = set(run)
        # at most len(run) + 1 lines down the ranking is one outside the run
        lines, values = ranked[0][: len(run) + 1, category].tolist(), ranked[1][: len(run) + 1, category].tolist()
        if any(line not in inside and value >= TOPIC_WORD for line, value in zip(lines, values)):
            for line in run:
                blocks = page.line_blocks(line)
                out[blocks.start : blocks.stop] = True
    return out


def _lines_by_word(page: Page, model: LinearModel, reads_clean: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The lines that read clean (the site's menu aside: it names the site's sections, not the
    page's topic) ranked for each spam category by their word leaning most to it, most leaning
    first, and those words' readings: two arrays (rank, category)."""
    seg = page.seg
    n = len(model.labels) - 1
    lines = [j for j in np.flatnonzero(reads_clean).tolist() if not line_is_menu(page, j)]
    words = [(m.start(), m.end(), j) for j in lines
             for m in _TOPIC_WORD.finditer(seg.text, int(seg.line_start[j]), int(seg.line_end[j]))]
    if not words:
        return np.zeros((0, n), dtype=np.int64), np.zeros((0, n))
    bounds = np.array(words, dtype=np.int64)
    leaning = model.span_probabilities(seg.cps, bounds[:, 0], bounds[:, 1])[:, 1:]
    line_ids, owner = np.unique(bounds[:, 2], return_inverse=True)
    best = np.zeros((len(line_ids), n))
    np.maximum.at(best, owner, leaning)
    order = np.argsort(-best, axis=0, kind="stable")
    return line_ids[order], np.take_along_axis(best, order, axis=0)
