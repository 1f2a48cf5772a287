"""What a line of a page is shaped like: running prose, a list of short items, a site's menu, a
list literal in code, or the top of a page (a menu or a title). The rules (``spamguard.rules``)
and the decision read lines through these.
"""

from __future__ import annotations

import unicodedata

import numpy as np
import regex

from .menus import is_menu_item
from .normalize import HTML_REF
from .page import Page
from .scripts import DENSE_GROUPS, group_id

# the full stops of scripts that have their own: the Devanagari danda "।" (Hindi, Marathi,
# Bengali), the Urdu "۔", the Arabic question mark, the Armenian "։", the Ethiopic "።"
_STOPS = "\u0964\u0965\u06d4\u061f\u0589\u1362"
# (invisible format characters after the stop, a bidi control closing a wrapped word, change nothing)
_STOP_CLASS = rf"[.!?。！？…．｡{_STOPS}]"
STOP = regex.compile(_STOP_CLASS)
SENTENCE_END = regex.compile(_STOP_CLASS + r"[\s\p{Cf}]*$")
_BLANK = regex.compile(r"[\s\p{Cf}]+")


def sentence_ends(text: str, s: int, ends: np.ndarray) -> np.ndarray:
    """Whether ``text[s:x]`` ends a sentence (``SENTENCE_END`` finds it) for each ``x`` of ``ends``,
    in one pass over the text up to the last of them: asking the pattern at each ``x`` would
    read the text from ``s`` again every time (a long line cut at each of its spaces).

    >>> text = "It rained. Then  it stopped"
    >>> sentence_ends(text, 0, np.array([10, 11, 15, 16, 19])).tolist()
    [True, True, False, False, False]
    """
    e = int(ends.max()) if len(ends) else s
    if e <= s:
        return np.zeros(len(ends), dtype=bool)
    shown = np.ones(e - s, dtype=bool)  # not whitespace nor an invisible format character
    for m in _BLANK.finditer(text, s, e):
        shown[m.start() - s : m.end() - s] = False
    stop = np.zeros(e - s, dtype=bool)
    for m in STOP.finditer(text, s, e):
        stop[m.start() - s] = True
    # the last shown character before each end, and whether it is a stop
    last = np.maximum.accumulate(np.where(shown, np.arange(e - s), -1))
    before = np.where(ends > s, last[np.clip(ends - s - 1, 0, e - s - 1)], -1)
    return (before >= 0) & stop[np.maximum(before, 0)]
_STATEMENT_END = regex.compile(rf"[.?。？…．｡{_STOPS}][\"'”’»」』)）\p{{Cf}}]*\s*$")
# a statement ending inside a line: a full stop after a letter, then the next sentence (read past
# padding: bidi controls, emoji)
_STATEMENTS_BEFORE = regex.compile(r"(?<=\p{L}\p{Cf}*)[.。．｡](?=[\s\p{Cf}\p{So}]+\p{Lu}|\p{Lo})")
# a line that ends in an exclamation mark, full-width too
EXCLAIMED = regex.compile(r"[!！][\s\p{Cf}]*$")
# a slash between spaces separates items too ("Início / Cassino / Contato"); "and/or", "24/7" and
# "km/h" are written without them
_ITEM_SEPARATORS = regex.compile(r"\s*[|\t\uff5c\u4e28\u2022\u00a6]\s*|\s{2,}|\s[\u00b7\u30fb/]\s")


def whole_on_its_own(page: Page, blocks: range, i: int) -> bool:
    """Whether block ``i`` of the line ``blocks`` is a sentence from its start to its stop, though
    no other sentence shares its piece ("Registered in England and Wales, company number
    65744762." before a run of another script): its start is the line's or follows a stop."""
    starts_sentence = i == blocks.start or SENTENCE_END.search(page.block_text(i - 1)) is not None
    return starts_sentence and SENTENCE_END.search(page.block_text(i)) is not None


def line_items(page: Page, k: int) -> tuple[str, ...]:
    """Line k (stripped) split at its list separators, once per page: the tests of a line's shape
    below all start from its items, and a page of one huge line would be split for each.

    >>> line_items(Page.from_text("Home | News  Sport"), 0)
    ('Home', 'News', 'Sport')
    """
    return page.cached("separated", k, lambda j: tuple(_ITEM_SEPARATORS.split(page.line_text(j).strip())))


def line_is_prose(page: Page, k: int) -> bool:
    """Whether line k is a sentence of running text: it ends like a statement (an exclamation
    mark is the register of adverts, unless a statement comes before it: a recipe's paragraph that
    ends "...внесли его в копилку своих любимых!" or "... agar santan tidak pecah. Selamat
    mencoba!") and is long (8+ words, or 12+ letters of a
    script written without spaces: about as many words), with no separator-delimited items.

    >>> page = Page.from_text("Heat the oven to 200 degrees and grease the tin well. Bake the cake for forty minutes. Enjoy it with friends!\\nBuy cheap pills online today with free shipping worldwide!")
    >>> line_is_prose(page, 0), line_is_prose(page, 1)
    (True, False)
    """
    return len(line_items(page, k)) == 1 and _reads_as_prose(page, k, page.line_text(k).strip())


def kept_words_are_prose(page: Page, k: int, removed: np.ndarray) -> bool:
    """Whether line k, read without its ``removed`` blocks, is running text (``line_is_prose``):
    a list of addresses spliced into a host's sentence gives its line the items of a list, though
    the words that stay are the host's sentence ("...with his mother Rebekah's active
    sexymoment http://sexcam-online.top/  porn beer www.classicporn-online.top/register  ...")."""
    seg = page.seg
    lo, hi = np.searchsorted(seg.block_line, [k, k + 1])
    if not removed[lo:hi].any():
        return False
    text = " ".join(seg.text[seg.block_start[b] : seg.block_end[b]].strip() for b in range(lo, hi) if not removed[b])
    text = " ".join(text.split())
    return len(_ITEM_SEPARATORS.split(text)) == 1 and _reads_as_prose(page, k, text)


def line_is_sentence(page: Page, k: int) -> bool:
    """``line_is_prose``, or a long sentence with no items that ends with an exclamation mark (an
    advert's register): a line that says something, not a list of keywords.

    >>> page = Page.from_text("Crédito na hora para negativados, sem consulta ao SPC e Serasa!\\ncrédito | empréstimo | Serasa!")
    >>> line_is_sentence(page, 0), line_is_prose(page, 0), line_is_sentence(page, 1)
    (True, False, False)
    """
    text = page.line_text(k).strip()
    if page.cached("prose", k, lambda j: line_is_prose(page, j)):
        return True
    return len(line_items(page, k)) == 1 and bool(EXCLAIMED.search(text)) and sentence_long(page, k, text)


def _reads_as_prose(page: Page, k: int, text: str) -> bool:
    """``line_is_prose`` of ``text`` (line k's, or its kept words), its items aside."""
    if not _STATEMENT_END.search(text) and not (EXCLAIMED.search(text) and _STATEMENTS_BEFORE.search(text)):
        return False
    return sentence_long(page, k, text)


# scripts whose sentences end with no stop: ``line_is_prose`` cannot tell their sentences from a slogan
UNSTOPPED_GROUPS = frozenset(group_id(g) for g in ("Thai", "Lao", "Khmer"))
# the same, by script group id: they space phrases, not words
PHRASE_SPACED = np.zeros(256, dtype=bool)
PHRASE_SPACED[sorted(UNSTOPPED_GROUPS)] = True


def line_may_be_prose(page: Page, k: int) -> bool:
    """``line_is_prose``, or a long line (``sentence_long``) in a script whose sentences end with
    no stop (Thai, Lao, Khmer): what a step that must not take a host's sentence asks.

    >>> page = Page.from_text("จังหวัดเชียงใหม่เตรียมจัดงานมหกรรมไม้ดอกไม้ประดับประจำปี\\nบริการ 24 ชม.")
    >>> line_may_be_prose(page, 0), line_may_be_prose(page, 1)
    (True, False)
    """
    if page.cached("prose", k, lambda j: line_is_prose(page, j)):
        return True
    return page.profile.line_group[k] in UNSTOPPED_GROUPS and sentence_long(page, k, page.line_text(k).strip())


def sentence_long(page: Page, k: int, text: str) -> bool:
    """8+ words, or 12+ letters of a script written without spaces (about as many words: a
    Chinese word is one or two characters; "市民可凭身份证免费办理借阅证。" is a library's sentence,
    14 characters, 0.945 alone for its certificate-forgery wording; 16 until the fifty-ninth
    session)."""
    if page.profile.line_group[k] in DENSE_GROUPS:
        return sum(1 for c in text if c.isalpha()) >= 12
    return len(text.split()) >= 8


def line_opens_page(page: Page, k: int, short_letters: float) -> bool:
    """Whether line k reads as the top of a page: a menu (two or more separator-delimited items)
    or a title (a short line that ends with no stop). A page's footer line is neither.

    >>> page = Page.from_text("News | Sport\\nBula do medicamento\\nEntrega em 2 dias.\\n© 2025 Farmácia")
    >>> [line_opens_page(page, k, 33) for k in range(4)]
    [True, True, False, False]
    """
    if k == page.profile.footer_line:
        return False
    text = page.line_text(k).strip()
    if len([t for t in line_items(page, k) if t.strip()]) > 1:
        return True
    letters = float(page.weighted_letters[page.line_blocks(k)].sum())
    return 0 < letters < short_letters and SENTENCE_END.search(text) is None


LIST_ITEMS = 3  # separator-delimited items that make a line one unit (a menu) for the classifier view


def line_is_list(page: Page, k: int, min_items: int = 4) -> float:
    """How much line k looks like a keyword list: ``min_items``+ short separator-delimited items
    and (almost) no sentences; 0 when it does not."""
    items = [t for t in line_items(page, k) if t.strip()]
    if len(items) < min_items:
        return 0.0
    lengths = sorted(len(HTML_REF.sub("&", t)) for t in items)  # a character reference is one character
    dense = page.profile.line_group[k] in DENSE_GROUPS
    # a stuffed phrase runs to five or six words ("cialis générique livraison rapide")
    if lengths[len(lengths) // 2] > (16 if dense else 40):
        return 0.0
    sentences = sum(1 for t in items if SENTENCE_END.search(t))
    if sentences > 0.25 * len(items):
        return 0.0
    return min(1.0, len(items) / 8)


def line_of_items(page: Page, k: int) -> bool:
    """Whether line k is ``LIST_ITEMS`` or more separator-delimited items, none of them longer than
    a stuffed phrase in letters (40; 16 in a script written without spaces), whatever symbols pad
    them ("Check-in 15:00 🔥 | Check-out 10:00 | free shuttle bus from the station"); a host's
    sentence with a list slipped into it is no such line.

    >>> page = Page.from_text("Check-in 15:00 | Check-out 10:00 | free shuttle bus from the station\\nThe coastal road will stay closed until Monday morning, police said | 国产自拍 | 看片神器")
    >>> line_of_items(page, 0), line_of_items(page, 1)
    (True, False)
    """
    items = [t for t in line_items(page, k) if t.strip()]
    longest = 16 if page.profile.line_group[k] in DENSE_GROUPS else 40
    return len(items) >= LIST_ITEMS and all(sum(c.isalpha() for c in t) <= longest for t in items)


def line_is_menu(page: Page, k: int) -> bool:
    """Whether line k is split into items one of which names the site's home, contact or about page."""
    items = line_items(page, k)
    return len(items) > 1 and any(is_menu_item(t) for t in items)


def menu_blocks(page: Page, asked: np.ndarray) -> np.ndarray:
    """Which of the ``asked`` blocks are items of a line that is the site's menu (asked of lines
    of two blocks or more only)."""
    line_of = page.seg.block_line
    several = np.bincount(line_of, minlength=page.seg.n_lines) >= 2
    lines = np.unique(line_of[asked & several[line_of]])
    menu = np.zeros(page.seg.n_lines, dtype=bool)
    for k in lines.tolist():
        menu[k] = page.cached("menu", k, lambda j: line_is_menu(page, j))
    return asked & menu[line_of]


def echoed(page: Page, i: int, reads_clean: np.ndarray, key: int | None = None) -> bool:
    """Whether block i's text (three letters or more) recurs, case-folded, on another line of the
    page that reads clean (``reads_clean``, by line) and is no list: a site's menu names what its
    pages are about ("Casino | Poker | Roulette" above "Das Casino ist täglich geöffnet."), an
    injected list names another site's. ``key``: the hash of ``reads_clean``'s bytes, when the
    caller has it (a first pass asks for every block of the page with the same lines).

    >>> page = Page.from_text("Home | Casino | Hotel\\nDas Casino ist täglich geöffnet.")
    >>> echoed(page, 1, np.array([False, True])), echoed(page, 2, np.array([False, True]))
    (True, False)
    """
    item = _words(page.block_text(i))
    if sum(c.isalpha() for c in item) < 3:
        return False
    # whole words, except in a script written without spaces ("双色球" in "双色球第2026138期")
    dense = page.profile.block_group[i] in DENSE_GROUPS
    # the clean lines' words are gathered once a page (a page of a million short lines asked them
    # again for each of its lines), keyed by the clean lines: the tuner decides one page under
    # many thresholds
    key = hash(reads_clean.tobytes()) if key is None else key
    said = page.cached(f"echo:{key}", -1, lambda _: _clean_lines_words(page, reads_clean))
    return said.outside(item.strip() if dense else item, int(page.seg.block_line[i]))


class _LinesWords:
    """The words (``_words``) of some lines of a page, one line after another, and where each
    line's words start: whether a text is said on a line other than one asks two searches."""

    def __init__(self, words: list[str], lines: list[int]) -> None:
        self.text = "\n".join(words)
        self.starts = np.cumsum([0] + [len(w) + 1 for w in words[:-1]]) if words else np.zeros(0, dtype=np.int64)
        self.lines = lines
        self._said_on: dict[str, tuple[int, ...]] = {}  # a page's lines say the same words again

    def outside(self, needle: str, k: int) -> bool:
        """Whether ``needle`` (no line break in it) is said on a line other than line k."""
        on = self._said_on.get(needle)
        if on is None:
            on = self._said_on[needle] = self._first_two_lines(needle)
        return any(j != k for j in on)

    def _first_two_lines(self, needle: str) -> tuple[int, ...]:
        """The first two lines that say ``needle``, or fewer: one of them is not any given line."""
        on: list[int] = []
        at = self.text.find(needle)
        while at >= 0 and len(on) < 2:
            j = int(np.searchsorted(self.starts, at, side="right")) - 1
            on.append(self.lines[j])
            after = int(self.starts[j + 1]) if j + 1 < len(self.lines) else len(self.text)
            at = self.text.find(needle, after)
        return tuple(on)


def _clean_lines_words(page: Page, reads_clean: np.ndarray) -> _LinesWords:
    lines = [int(j) for j in np.flatnonzero(reads_clean) if not page.cached("list", int(j), lambda m: line_is_list(page, m))]
    return _LinesWords([_words(page.line_text(j)) for j in lines], lines)


_WORD = regex.compile(r"[\p{L}\p{M}\p{N}]+")


def _words(text: str) -> str:
    """The words of ``text``, case-folded and NFKC-folded, one space around each: what is said,
    whatever symbols pad it ("🔥 Roulette 🔥")."""
    return " " + " ".join(_WORD.findall(unicodedata.normalize("NFKC", text).casefold())) + " "


TOP_LINES = 4  # lines of text at the top of a page within which its menu marks where the page begins


def top_menu_line(page: Page) -> int:
    """The page's first menu among its first ``TOP_LINES`` lines of text: a line naming the site's
    home, contact or about page, or a list of ``LIST_ITEMS`` short items; -1 when there is none.

    >>> page = Page.from_text("Cheap pills online, no prescription needed, fast shipping!\\nHome | News | Contact\\nOur town")
    >>> top_menu_line(page)
    1
    """
    def find(_: int) -> int:
        tops = [k for k in range(page.seg.n_lines) if len(page.line_blocks(k))][:TOP_LINES]
        return next((k for k in tops if line_is_menu(page, k) or line_is_list(page, k, LIST_ITEMS)), -1)

    return int(page.cached("top_menu", -1, find))


def title_line(page: Page, short_letters: float) -> tuple[int, int]:
    """The page's title and its first paragraph: the line of text just under its top menu
    (``top_menu_line``), one block shorter than two short lines (``short_letters`` weighted
    letters each) that ends with no stop, when the line under it is running prose
    (``line_may_be_prose``); (-1, -1) when there is none.

    >>> page = Page.from_text("Home | Resources | Contact\\nGetting Help With Your Essay\\nOur tutors help you at any stage of the writing process.")
    >>> title_line(page, 33)
    (1, 2)
    """
    def find(_: int) -> tuple[int, int]:
        menu = top_menu_line(page)
        below = [k for k in range(menu + 1, page.seg.n_lines) if len(page.line_blocks(k))][:2] if menu >= 0 else []
        if len(below) < 2:
            return -1, -1
        k, body = below
        if not title_shaped(page, k, short_letters) or not line_may_be_prose(page, body):
            return -1, -1
        return k, body

    return page.cached(f"title:{short_letters}", -1, find)


def title_shaped(page: Page, k: int, short_letters: float) -> bool:
    """Whether line k is shaped as a title: one block, shorter than two short lines
    (``short_letters`` weighted letters each), ending with no stop."""
    blocks = page.line_blocks(k)
    return (
        len(blocks) == 1 and float(page.weighted_letters[blocks].sum()) < 2 * short_letters
        and SENTENCE_END.search(page.line_text(k).strip()) is None
    )
