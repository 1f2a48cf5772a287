"""Quotations in a page's lines: what the page quotes or names, not what it says.

News and warnings quote adverts and scam messages word for word ("The message said: \"Cheap
loans today. No credit check needed.\""), forums and filters list banned words in quotation
marks: a block mostly between quotation marks that the host's prose opens is set apart from
the host's own words (``quoted_blocks``), and a stretch holding a quotation mark is no injection
(``QUOTATION_MARK``).
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import regex

from .clauses import as_shown
from .lines import SENTENCE_END, line_may_be_prose
from .page import Page
from .stuffing import DOMAIN

__all__ = ["EXAMPLE_WORD", "QUOTATION_MARK", "QUOTE_INTRO_LETTERS", "QUOTE_PART_LETTERS", "line_of_quotations",
           "opens_examples", "quotations", "quoted_blocks", "quoted_word"]

# Quotation marks and the marks that close them: English (full-width too), German and Polish
# („…“, „…”), Swedish (”…”), French and Russian («…»), Chinese and Japanese (「…」, 『…』).
# Single quotes are apostrophes as often.
# Any quotation mark: a stretch holding one is what a page quotes (news citing an advert), not an
# injection.
QUOTATION_MARK = regex.compile(r"[\"“”„«»「」『』‹›]")
# Words that open examples in a sentence: what follows them is shown, not used ("such as
# 𝐋𝘜𝐂𝘒𝐘𝟩𝟽𝟩", "เช่น สล็อตออนไลน์และบาคาร่า"). Not "like" or "seperti", which a spammer's comment writes.
_EXAMPLE_WORDS = (
    r"(?:such as|for example|for instance|e\.g\.|por ejemplo|par exemple|zum beispiel|z\. ?b\.|per esempio|"
    r"na przykład|np\.|misalnya|contohnya|например|такие как|ví dụ|chẳng hạn|bijvoorbeeld|bijv\.|"
    r"例如|比如|诸如|例えば|たとえば|เช่น|อาทิ|ได้แก่)"
)
_EXAMPLE_OPENER = regex.compile(_EXAMPLE_WORDS + r"\s*[:：]?\s*$", regex.IGNORECASE)
EXAMPLE_WORD = regex.compile(_EXAMPLE_WORDS, regex.IGNORECASE)


def opens_examples(before: str) -> bool:
    """Whether the text ``before`` a word ends with words that open examples, read as shown
    (full-width letters, invisible controls and emoji between the words change nothing).

    >>> opens_examples("naming the site in fancy letters such as "), opens_examples("I tried ")
    (True, False)
    """
    return _EXAMPLE_OPENER.search(as_shown(before)) is not None
_QUOTES = {
    "\"": "\"", "\uff02": "\uff02", "\u201c": "\u201d", "\u201e": "\u201c\u201d", "\u201d": "\u201d",
    "\u00ab": "\u00bb", "\u2039": "\u203a", "\u300c": "\u300d", "\u300e": "\u300f",
}
_OPENING = regex.compile("[" + regex.escape("".join(_QUOTES)) + "]")
_OPENING_TABLE = np.zeros(0x10000, dtype=bool)
_OPENING_TABLE[[ord(c) for c in _QUOTES]] = True


def quotations(page: Page, k: int) -> list[tuple[int, int]]:
    """Page offsets of the text between the quotation marks of line k (each opening mark with the
    next mark that closes it on the line).

    >>> page = Page.from_text('Scammers write: "Need cash fast? Apply now." Do not reply.')
    >>> [page.text[a:b] for a, b in quotations(page, 0)]
    ['Need cash fast? Apply now.']
    """
    seg = page.seg
    start, end = int(seg.line_start[k]), int(seg.line_end[k])
    text = seg.text
    out = []
    at = start
    while (m := _OPENING.search(text, at, end)) is not None:
        close = min((c for c in (text.find(q, m.end(), end) for q in _QUOTES[m.group()]) if c >= 0), default=-1)
        if close < 0:
            break
        out.append((m.end(), close))
        at = close + 1
    return out


def unquoted_line(page: Page, k: int) -> str:
    """Line k's text with its quotations and their marks left out, " … " where each was: the
    line's own words, not the words it mentions.

    >>> page = Page.from_text('Scammers write: "Need cash fast? Apply now." Do not reply.')
    >>> unquoted_line(page, 0)
    'Scammers write:  …  Do not reply.'
    """
    start, end = int(page.seg.line_start[k]), int(page.seg.line_end[k])
    text, at, outside = page.seg.text, start, []
    for a, b in quotations(page, k):
        outside.append(text[at : a - 1])
        at = b + 1
    outside.append(text[at:end])
    return " … ".join(outside)


def quoted_word(page: Page, i: int) -> bool:
    """Whether block i lies inside a quotation of its line: a word mentioned, not used ("投稿の
    多くは「エ✗ロ✗」のように...", news on masked spam words).

    >>> page = Page.from_text("多くは「エ✗ロ✗」のような言葉です。")
    >>> [page.block_text(i) for i in range(page.seg.n_blocks) if quoted_word(page, i)]
    ['エ✗ロ✗']
    """
    start, end = int(page.seg.block_start[i]), int(page.seg.block_end[i])
    quotes = page.cached("quotations", int(page.seg.block_line[i]), lambda k: quotations(page, k))
    return any(a <= start and end <= b for a, b in quotes)


def line_of_quotations(page: Page, k: int) -> bool:
    """Whether line k is two quotations or more and nothing else but the punctuation between them
    («казино», «ставки на спорт», «займ без отказа»), or a table's row of cells parted by tabs,
    each a whole quotation or a single word (no address), one quotation at least ('"Claim your casino bonus
    now"<tab>gambling-subject-04'): words mentioned, a forum's banned words or a filter's
    examples, not words used.

    >>> page = Page.from_text('«казино», «ставки на спорт», «виагра»\\nКупить «виагра» дёшево, «казино»\\n'
    ...                       '"Cheap pills online"\\trule-07\\n"Cheap pills online" rule-07')
    >>> [line_of_quotations(page, k) for k in range(4)]
    [True, False, True, False]
    """
    quotes = quotations(page, k)
    if not quotes:
        return False
    text = page.seg.text
    start, end = int(page.seg.line_start[k]), int(page.seg.line_end[k])
    if "\t" in text[start:end]:
        return _row_of_quotations(text, start, end, quotes)
    if len(quotes) < 2:
        return False
    edges = [start, *(x for a, b in quotes for x in (a - 1, b + 1)), end]
    return not any(c.isalnum() for lo, hi in zip(edges[::2], edges[1::2]) for c in text[lo:hi])


def _row_of_quotations(text: str, start: int, end: int, quotes: list[tuple[int, int]]) -> bool:
    """Whether ``text[start:end]`` is cells parted by tabs, each a whole quotation (``quotes``: the
    offsets between their marks) or a word with no space in it and no address, one quotation at
    least."""
    whole = {(a - 1, b + 1) for a, b in quotes}
    cells, at, quoted = 0, start, False
    for cell in text[start:end].split("\t"):
        lo = at + len(cell) - len(cell.lstrip())
        hi = at + len(cell.rstrip())
        at += len(cell) + 1
        if hi <= lo:
            continue
        cells += 1
        if (lo, hi) in whole:
            quoted = True
        elif any(c.isspace() for c in text[lo:hi]) or DOMAIN.search(text, lo, hi):
            return False  # words used, or a link: a mention's table names no address to visit
    return quoted and cells >= 2


QUOTE_INTRO_LETTERS = 4  # letters of the line before its quotation: a word of the host's at least ("He said:")
QUOTE_PART_LETTERS = 12  # letters of a quotation over several blocks that make one of them quoted


def quoted_blocks(
    page: Page, outside_letters: float, lines: np.ndarray | None = None,
    reads_clean: Callable[[list[tuple[int, int]]], bool] | None = None,
) -> np.ndarray:
    """Whether each block is quoted in the host's prose: on a line that may be prose, at least
    half its letters (or ``QUOTE_PART_LETTERS`` of a quotation over several blocks) are between
    quotation marks (``quotations``) that the line opens after ``QUOTE_INTRO_LETTERS`` letters of
    its own and that leave ``outside_letters`` of the line's letters outside them; or, given
    ``reads_clean`` (whether the text of some spans of the page reads clean), the block holds a
    whole quotation of ``QUOTE_PART_LETTERS`` and its words outside it read clean, on a line that
    may be prose or on a heading (one block, no stop: a forum question's title quoting
    「激安」「スーパーコピー」). Only the lines ``lines`` marks (all by default) that hold an
    opening mark are read.

    >>> page = Page.from_text('The message said: "Cheap loans today. No credit check needed." Report it.\\n'
    ...                       'He called the show "a success" and left the studio in a hurry.')
    >>> quoted_blocks(page, 20).tolist()
    [True, True, False]
    """
    seg = page.seg
    out = np.zeros(seg.n_blocks, dtype=bool)
    opening = np.flatnonzero(np.take(_OPENING_TABLE, np.minimum(seg.cps, 0xFFFF)))
    if not len(opening) or not seg.n_blocks:
        return out
    with_quotes = np.unique(np.searchsorted(seg.line_start, opening, side="right") - 1)
    if lines is not None:
        with_quotes = with_quotes[lines[with_quotes]]
    # (line, its quotations, whether it is a heading rather than a line that may be prose)
    quoted_lines = []
    for k in with_quotes.tolist():
        if not (quotes := quotations(page, k)):
            continue
        if page.cached("may_prose", k, lambda j: line_may_be_prose(page, j)):
            quoted_lines.append((k, quotes, False))
        elif reads_clean is not None and _heading(page, k):
            quoted_lines.append((k, quotes, True))
    if not quoted_lines:
        return out
    weight = page.letters_before
    for k, quotes, heading in quoted_lines:
        line_start, line_end = int(seg.line_start[k]), int(seg.line_end[k])
        quoted = sum(float(weight[qe] - weight[qs]) for qs, qe in quotes)
        if weight[line_end] - weight[line_start] - quoted < outside_letters:
            continue
        for i in page.line_blocks(k):
            s, e = int(seg.block_start[i]), int(seg.block_end[i])
            inside = [(float(weight[min(e, qe)] - weight[max(s, qs)]), qs, qe) for qs, qe in quotes if qs < e and s < qe]
            if not inside:
                continue
            letters, opens, closes = max(inside)
            # half its letters quoted, or a part of a quotation that runs over several blocks
            # ('... menampilkan tulisan "Slot gacor hari ini, gampang maxwin. | Daftar sekarang
            # ..."'), not one the block holds whole among its own words
            mostly = not heading and (2 * sum(x for x, _, _ in inside) >= weight[e] - weight[s] or (
                letters >= QUOTE_PART_LETTERS and (opens < s or closes > e)))
            if not mostly and letters >= QUOTE_PART_LETTERS and reads_clean is not None:
                # a whole quotation among the host's words, which read clean without it
                # ('Message 1 read: "Need cash fast? Get a payday loan ..." Legitimate lenders ...')
                mostly = reads_clean(_outside(s, e, quotes))
            out[i] = mostly and weight[opens] - weight[line_start] >= QUOTE_INTRO_LETTERS
    return out


def _heading(page: Page, k: int) -> bool:
    """Whether line k is a heading: one block, with no stop at its end."""
    return len(page.line_blocks(k)) == 1 and not SENTENCE_END.search(page.line_text(k).strip())


def _outside(s: int, e: int, quotes: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans of ``[s, e)`` outside the quotations ``quotes``."""
    out, at = [], s
    for qs, qe in quotes:
        if qs < e and at < qe:
            if qs > at:
                out.append((at, qs))
            at = max(at, qe)
    if at < e:
        out.append((at, e))
    return out
