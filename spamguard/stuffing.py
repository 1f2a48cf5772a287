"""Measures of keyword stuffing: the same words, pairs of words or CJK bigrams said over and over,
and web addresses, read on a line, on a run of one script, or on a stretch of a sentence.

The rule layer (``rules.keyword_repetition``) reports them as findings; the decision stages ask
them of the text they are about to take or keep (``revise_line``, ``host_sentences``,
``stuffed_runs``).

>>> stuffing("slot deposit dana slot deposit pulsa"), stuffing_in_prose("Google.dk men hvis du går på Google.com")
(True, False)
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache
from itertools import pairwise, repeat

import numpy as np
import regex

from .normalize import normalize
from .page import Page
from .program_text import without_markup
from .scripts import DENSE_GROUPS

WORDS = regex.compile(r"[^\W_]+")  # "slot_gacor_slot_gacor" is four words
DOMAIN = regex.compile(
    r"(?:https?://|www\.)[^\s|<>\"\u3000-\u303f\uff0c\uff1b]+|\b[\w-]{2,63}(?:\.[\w-]{2,63})*\.(?:com|net|org|info|biz|xyz|top|vip|cc|co|io|me|site|online|club|shop|app|live|bet|casino|win|asia|cn|hk|tw|jp|ru|id|us|uk|de|in|pw|tk|ws)\b",
    regex.IGNORECASE,
)


def line_repetition(page: Page, k: int) -> float:
    # markup repeats its tags' names ("<ResourceDictionary> ... </ResourceDictionary>"): only the
    # text between tags can be stuffed
    return _repetition(without_markup(page.line_text(k)).casefold(), int(page.profile.line_group[k]) in DENSE_GROUPS)


def run_repetition(page: Page, run: int) -> float:
    """Repetition within one script run: a stuffed phrase of another script inside a long line
    of host prose ("...wedi 首存送 ... skit ner dig skit ner dig ...") is diluted on the line."""
    runs = page.profile.block_run  # numbered in page order, so sorted
    first, last = np.searchsorted(runs, run, side="left"), np.searchsorted(runs, run, side="right") - 1
    text = page.text[int(page.seg.block_start[first]) : int(page.seg.block_end[last])]
    return _repetition(without_markup(text).casefold(), int(page.profile.run_group[run]) in DENSE_GROUPS)


def _repetition(text: str, dense: bool) -> float:
    if dense:
        grams = [text[j : j + 2] for j in range(len(text) - 1) if text[j].isalpha() and text[j + 1].isalpha()]
        if len(grams) < 20:
            return 0.0
        top = Counter(grams).most_common(1)[0][1]
        share = top / len(grams)
        return min(1.0, share / 0.08) if top >= 5 and share >= 0.04 else 0.0
    words = WORDS.findall(text)
    if len(words) < 6:
        return 0.0
    # Either finding needs a word of three or more letters said three times or more: most lines
    # have none, and are done without counting pairs.
    longer = Counter(w for w in words if len(w) >= 3)
    if not longer or max(longer.values()) < 3:
        return 0.0
    content = [w for w in words if len(w) >= 4]
    bigrams = [(a, b) for a, b in zip(words, words[1:]) if len(a) >= 3 and len(b) >= 3]
    word_top = Counter(content).most_common(1)[0][1] if content else 0
    pair_top = Counter(bigrams).most_common(1)[0][1] if bigrams else 0
    word_share = word_top / len(words)
    pair_share = pair_top / max(1, len(words) - 1)
    distinct = len(set(words)) / len(words)
    # Under eight words only a pair said three times counts ("ігрові автомати" x3); one word said
    # four times in seven is a chant or a slogan as often.
    by_word = len(words) >= 8 and word_top >= 4 and word_share >= 0.12 and distinct <= 0.5
    if by_word or (pair_top >= 3 and pair_share >= 0.1):
        # A stuffed phrase of five words said five times has no one word or pair above a seventh
        # of the line, yet every word of it is in a repeated pair: the share of such words counts
        # too (full strength at 60%), so a repeated phrase is as strong as a repeated word.
        coverage = _phrase_coverage(words) if len(words) >= 8 else 0.0
        return min(1.0, max(word_share / 0.25, pair_share / 0.2, coverage / 0.6))
    return 0.0


def _phrase_coverage(words: list[str]) -> float:
    """Share of the words that belong to a pair of letter words said three times or more."""
    pairs = [(a, b) for a, b in zip(words, words[1:]) if a.isalpha() and b.isalpha() and max(len(a), len(b)) >= 3]
    counts = Counter(pairs)
    covered = [False] * len(words)
    for j, (a, b) in enumerate(zip(words, words[1:])):
        if counts.get((a, b), 0) >= 3:
            covered[j] = covered[j + 1] = True
    return sum(covered) / len(words)


def stuffing(text: str) -> bool:
    """Whether ``text`` holds a web address, says a word of three or more letters three times or
    a pair of words twice: what a run of stuffed keywords does and a pitch written as sentences
    rarely does ("Perlukan bantuan siapkan tesis? Kami tulis tesis dan assignment anda ..."). Words
    are those of the normalized view, as the classifier reads them: a pitch written as
    "B&#117;y c&#104;eap", "t3$1s" or "s.e.x" is no run of repeated fragments, and numbers are
    not words.

    >>> stuffing("slot deposit dana slot deposit pulsa"), stuffing("Kami tulis tesis? Tesis dan assignment")
    (True, False)
    >>> stuffing("Un$3re Gh0$twr1t3r schr31b3n Ihre H@u$@rb31t, S3m1n@r@rb31t od3r M@$t3r@rb31t")
    False
    """
    text = normalize(text)
    if DOMAIN.search(text):
        return True
    words = [w for w in WORDS.findall(text) if not w.isdigit()]
    said = Counter(w for w in words if len(w) >= 3)
    pairs = Counter((a, b) for a, b in zip(words, words[1:]) if max(len(a), len(b)) >= 3)
    return (bool(said) and max(said.values()) >= 3) or (bool(pairs) and max(pairs.values()) >= 2)


# In a sentence the page keeps, only an address written as a link (a scheme, "www.", a path after
# the domain) is a spammer's: a news sentence names sites bare ("... på Google.dk men hvis du går
# på Google.com ...").
_LINK = regex.compile(r"^(?:https?://|www\.)|/", regex.IGNORECASE)
# Words with their "_" joins kept: a program's identifiers are no words said again
# ("download_directory = current_directory + ...").
IDENTIFIER_WORDS = regex.compile(r"\w+")
# A sentence says "the", "and" or "que" three times as often as stuffing does: in prose a word said
# again must be longer.
PROSE_WORD_LETTERS = 4


def stuffing_in_prose(text: str) -> bool:
    """Whether ``text``, a stretch of a sentence the page keeps, is stuffing by a stricter
    measure than :func:`stuffing`'s: an address written as a link (a scheme, ``www.`` or a path),
    a word of four or more letters said three times, or a pair of words with one such word said
    three times. A
    pair said twice is a sentence's own ("5 acertos – 41 apostas ganhadoras ... 4 acertos – 3.112
    apostas ganhadoras"), and a word joined to others by ``_`` is an identifier, not a word.

    >>> stuffing_in_prose("pik anus pik anus pik anus"), stuffing_in_prose("porn tube https://x-tube.club/promo")
    (True, True)
    >>> stuffing_in_prose("Google.dk men hvis du går på Google.com")
    False
    >>> stuffing_in_prose("41 apostas ganhadoras, 4 acertos, 3.112 apostas ganhadoras")
    False
    """
    text = normalize(text)
    if any(_LINK.search(m.group()) or text.startswith("/", m.end()) for m in DOMAIN.finditer(text)):
        return True
    words = [w for w in IDENTIFIER_WORDS.findall(text) if not w.isdigit() and "_" not in w]
    said = Counter(w for w in words if len(w) >= PROSE_WORD_LETTERS)
    pairs = Counter((a, b) for a, b in pairwise(words) if max(len(a), len(b)) >= PROSE_WORD_LETTERS)
    return (bool(said) and max(said.values()) >= 3) or (bool(pairs) and max(pairs.values()) >= 3)



# A stretch of words said over and over (``repeated_runs``): a word of three letters or more said
# three times within ``RUN_WINDOW`` words is a repeated word; a run is a chain of them with at most
# ``RUN_GAP`` other words between two, at least ``RUN_WORDS`` repeated words long, at most
# ``RUN_OTHER_SHARE`` of its words other ones and at most ``RUN_DISTINCT`` of them distinct.
# A sentence that names a list of things with a word in common ("Knjiga Novog sunca, Knjiga Dugog
# sunca, i Knjiga Kratkog sunca"; "Huy chương Vàng, 05 Huy chương Bạc") has as many other words
# as repeated ones; a rhetorical one ("de plus en plus lourde, de plus en plus triste") more
# distinct ones.
RUN_WINDOW = 12
RUN_GAP = 2
RUN_WORDS = 6
RUN_OTHER_SHARE = 0.2
RUN_DISTINCT = 0.4
RUN_MERGE_GAP = 6  # most words between two runs of one line that make them one


# Marks a word is written between, stripped from the ends of the words ``repeated_runs`` reads:
# the commonest punctuation, full-width too, and the stars, ticks and flames stuffing pads its
# phrases with. A short set: ``str.strip`` looks each end character up in it.
_EDGE_MARKS = ".,;:!?\"'()[]-–—|/…•·★☆✓✔✅🔥、。，！？：；「」『』【】（）《》｜丨¦"


_BREAK_WORD = "\x00"
_BREAK = f" {_BREAK_WORD} "


def _line_words(line: str) -> list[str]:
    """The words of a line as ``repeated_runs`` reads them: split at spaces, marks stripped from
    their ends, empty ones dropped (every step a C loop: most pages have no run)."""
    return list(filter(None, map(str.strip, line.split(), repeat(_EDGE_MARKS))))


def said_words(text: str) -> Counter[str]:
    """How many times ``text`` says each word, case-folded, as ``repeated_runs`` reads words."""
    return Counter(_line_words(text.casefold()))


@lru_cache(maxsize=1)
def repeated_runs(text: str) -> tuple[tuple[int, int, frozenset[str]], ...]:
    """Stretches of ``text`` that say a few words over and over, within one line, as ``(start,
    end, words)`` (``words``: the words said over and over, case-folded). The whole text is read at
    once: a word's next two sayings are found for all words together, so a page of plain prose
    costs a split of its lines and a few array operations; and the last text is remembered,
    since the detector reads a page again with cuts, one look after the other (only the last: a
    long page is read in pieces, and a page cleaned again is read again).

    >>> text = "Also served are debil čurák hovno čurák debil hovno debil čurák hovno, and fish."
    >>> [(text[s:e], sorted(w)) for s, e, w in repeated_runs(text)]
    [('debil čurák hovno čurák debil hovno debil čurák hovno', ['debil', 'hovno', 'čurák'])]
    >>> repeated_runs("Knjiga Novog sunca, Knjiga Dugog sunca, i Knjiga Kratkog sunca")
    ()
    >>> repeated_runs("pik anus pik\\nanus pik anus\\npik anus pik")
    ()
    """
    # one list of the words of all lines, with a mark for each line break (casefolding never makes
    # or removes a space, so these are the text's words one for one)
    folded = _line_words(_BREAK.join(text.casefold().splitlines()))
    n = len(folded)
    if n < RUN_WORDS:
        return ()
    line = np.zeros(n, dtype=np.int64)
    line[_places(folded, _BREAK_WORD)] = 1
    line = np.cumsum(line)
    # a word's id is its hash, within one call (the maps run in C)
    ids = np.array(list(map(hash, folded)), dtype=np.int64)
    # the next saying of each word (n: none), and the one after it
    order = np.argsort(ids, kind="stable")
    same = ids[order[1:]] == ids[order[:-1]]
    after = np.full(n + 1, n)
    after[order[:-1][same]] = order[1:][same]
    third = after[after]
    here = np.arange(n)
    opens = (third[:n] < n) & (third[:n] - here <= RUN_WINDOW)
    opens &= line[np.minimum(third[:n], n - 1)] == line
    # only words of three letters or more, not numbers (asked of the few said three times)
    first = np.array([j for j in np.flatnonzero(opens).tolist() if len(folded[j]) >= 3 and not folded[j].isdigit()], dtype=np.int64)
    repeated = np.zeros(n + 1, dtype=bool)
    repeated[first] = repeated[after[first]] = repeated[third[first]] = True
    places = np.flatnonzero(repeated[:n])
    if len(places) < RUN_WORDS:
        return ()
    # chains of repeated words with at most RUN_GAP others between two, on one line
    breaks = np.flatnonzero((np.diff(places) > RUN_GAP + 1) | (np.diff(line[places]) != 0)) + 1
    found: list[list] = []  # [first word, last word, words said over and over]
    for chain in np.split(places, breaks):
        j, end = int(chain[0]), int(chain[-1])
        said = folded[j : end + 1]
        if len(chain) >= RUN_WORDS and len(chain) >= (1 - RUN_OTHER_SHARE) * len(said) and len(set(said)) <= RUN_DISTINCT * len(said):
            words = {folded[q] for q in chain.tolist()}
            # two runs a few words apart on one line are one ("... dietyzuixin olejek cbd olejek
            # cbd odchudzanie bez ..."), and a run's own words said once or twice more at its ends
            # are its own ("... kefilsiz kredi anında")
            if found and j - found[-1][1] <= RUN_MERGE_GAP + 1 and line[j] == line[found[-1][1]]:
                found[-1][1] = end
                found[-1][2] |= words
            else:
                found.append([j, end, words])
    runs = []
    for j, end, words in found:
        while before := [q for q in range(max(0, j - RUN_GAP - 1), j) if line[q] == line[j] and folded[q] in words]:
            j = before[0]
        while later := [q for q in range(end + 1, min(n, end + RUN_GAP + 2)) if line[q] == line[end] and folded[q] in words]:
            end = later[-1]
        runs.append((j, end, frozenset(words)))
    if not runs:
        return ()
    spans = _word_spans(text)
    return tuple((spans[j][0], spans[end][1], words) for j, end, words in runs)


def _places(words: list[str], word: str) -> list[int]:
    """Where ``word`` stands in ``words`` (``list.index`` scans in C)."""
    out: list[int] = []
    try:
        while True:
            out.append(words.index(word, out[-1] + 1 if out else 0))
    except ValueError:
        return out


def _word_spans(text: str) -> list[tuple[int, int]]:
    """Where each word of ``repeated_runs`` (and each line break's mark) stands in ``text``."""
    spans = []
    offset = 0
    for k, line in enumerate(text.splitlines(keepends=True)):
        if k:
            spans.append((offset, offset))
        at = 0
        for token in line.split():
            at = line.index(token, at)
            word = token.strip(_EDGE_MARKS)
            if word:
                start = offset + at + token.index(word)
                spans.append((start, start + len(word)))
            at += len(token)
        offset += len(line)
    return spans
