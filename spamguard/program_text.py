"""A program's text on a page: code, a program's data and markup, which name spam's words without
selling them (a spam filter's word list, a bot's rules, a query over a casino's players, a table
in HTML). The decision frees such lines from the classifier (``first_pass``), does not count tag
names as stuffing (``rules``) and does not take them for a spam site's own lines (``revise``).

>>> page = Page.from_text('SPAM = ["viagra", "casino"]\\n<nav class="toc"><a href="#law">カジノ法案</a></nav>\\nBuy viagra today!')
>>> line_is_code(page, 0), line_is_program(page, 1), line_is_program(page, 2)
(True, True, False)
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_right

import numpy as np
import regex

from .categories import CATEGORIES, category_codes, without_categories
from .page import Page
from .scripts import codepoints

# Two or more quoted strings between brackets, separated by commas: a list or tuple literal in code
# (``SPAM = ["viagra", "casino"]``, ``VALUES ('poker', 'slots')``). Injected spam is written to be
# read as text, not as a program's data.
_QUOTED = r"""(?:"[^"\n]{1,80}"|'[^'\n]{1,80}'|`[^`\n]{1,80}`)"""
# Between the items, spaces and symbols (emoji padding between words is a text's decoration, not
# its content).
_GAP = r"[\s\p{So}]*"
_QUOTED_LIST = regex.compile(rf"[\[({{]{_GAP}{_QUOTED}(?:{_GAP},{_GAP}{_QUOTED})+{_GAP},?{_GAP}[\])}}]")


# A program's text, besides its data: marks that no sentence and no spam line writes, one of them
# alone (a regular expression of alternatives, ``/(casino|poker)/i``; a key with a quoted value,
# ``- match: "casino|slot"``; a block of declarations, ``.chip { color: red; }``; one quoted item
# of a list written a line each, ``"cheap cialis",``; a request in a server's log or an API's
# reference, ``GET /api/users 500``), or two kinds of
# the others together (an operator between operands, a call, a statement closed after a bracket or
# a quote, a line opening with a keyword, two SQL clauses in capitals on a line that is not all
# capitals). A stuffed title's ``_`` and a link's ``?id=`` are none of them.
# Every pattern here scans ahead only to the next mark that ends what it looks for (possessive
# quantifiers over classes that exclude that mark), so a hostile line costs time linear in its length.
_REGEX_LITERAL = regex.compile(
    r"(?:^|\s)/\^?\(?[^/\s|]*+\|[^/\n]*+/[gimsuyx]*+(?=\s|$)"  # /(casino|poker)/i
    r"|\b[rR]?([\"'])\(\??[^\"'\n|]*+\|[^\"'\n]*+(?<=\))\1"  # r'(casino bonus|free spins)'
)
_KEY_VALUE = regex.compile(r"^\s*(?:-\s+)?[a-z_][\w-]*:\s*[\"'\[{]")
# a request in a server's log or an API's reference: a method in capitals, then a path
# (``GET /api/users 500``, ``POST /v1/orders HTTP/1.1``)
_HTTP_REQUEST = regex.compile(r"(?<![\w/])(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS) /[\w./?&=%~:-]*+(?=\s|$)")
_DECLARATIONS = regex.compile(r"\{[^{}\n:;]*+(?::[^{}\n;,]*+[;,]|;)[^{}\n]*+\}")
_OPERATOR = regex.compile(
    r"(?<=[\w\])'\"])\s(?:===?|!==?|<=|>=|\+=|-=|\*=|=>|:=|->|=|<|>)\s(?=[\w'\"\[({$-])|===|!==|==|&&|\|\|"
)
_CALL = regex.compile(r"\b[a-z_][\w.]*+\([^()\n]*+(?:\([^()\n]*+\)[^()\n]*+)*+\)")  # one level of nesting
_STATEMENT = regex.compile(r"[)\]'\"]\s*;")
_KEYWORD_FIRST = regex.compile(
    r"^\s*(?:const|let|var|def|function|return|if|for|foreach|import|from|print|echo|enum|class|struct|interface|\$\w+)\b"
)
# one item of a list literal written a line each: '    "cheap cialis",'
_QUOTED_ITEM = regex.compile(r"""\s*(?:"[^"\n]{1,80}"|'[^'\n]{1,80}')\s*,\s*""")
# a command with its options at a line's start or after a pipe (``grep -iE``, ``| sort -rn``): a
# shell's pipeline writes two, and a spam line none (a dash glued to a letter after a space)
_SHELL_COMMAND = regex.compile(r"(?:^|\|)\s*+(?:\$\s+)?(?:sudo\s+)?[a-z][\w.-]*+(?:\s+--?[A-Za-z][\w-]*+)+(?=\s|$)")
_SQL = regex.compile(
    r"\b(?:SELECT|FROM|WHERE|(?:INNER |LEFT )?JOIN|GROUP BY|ORDER BY|HAVING|INSERT INTO|VALUES|UPDATE|DELETE FROM|CREATE TABLE|LIMIT)\b"
)


_SPACES = regex.compile(r"(?<=\S)[ \t]{2,}")  # not a line's indentation
# what dresses a program's text: format controls (bidi, zero-width) and pictographs
_DRESS = ("Cf", "So")
_FORMAT = CATEGORIES.index("Cf")


def program_view(text: str) -> str:
    """``text`` as a program reads it, whatever dresses it: NFKC (full-width forms), without format
    controls (bidi, zero-width) and pictographs (emoji between words).

    >>> program_view("ＳＥＬＥＣＴ \N{FIRE} id\u202a = \u202c1")
    'SELECT id = 1'
    """
    return _SPACES.sub(" ", without_categories(unicodedata.normalize("NFKC", text), _DRESS))


def is_program_text(line: str) -> bool:
    """Whether ``line`` is a program's text (see ``_REGEX_LITERAL`` and the marks after it).

    >>> [is_program_text(s) for s in ('/(casino|slot gacor)/i', '.chip { color: red; }', '  "cheap cialis",',
    ...     'FROM players p JOIN deposits d ON d.id = p.id', 'GET /api/users 500', 'slot_gacor_maxwin_2026 | daftar?id=88')]
    [True, True, True, True, True, False]
    """
    if (_REGEX_LITERAL.search(line) or _KEY_VALUE.search(line) or _DECLARATIONS.search(line)
            or _QUOTED_ITEM.fullmatch(line) or _HTTP_REQUEST.search(line)):
        return True
    kinds = sum(p.search(line) is not None for p in (_OPERATOR, _CALL, _STATEMENT, _KEYWORD_FIRST))
    kinds += min(len(_SHELL_COMMAND.findall(line)), 2)
    if kinds < 2 and any(c.islower() for c in line):
        kinds += len(set(_SQL.findall(line))) >= 2
    return kinds >= 2


def line_is_code(page: Page, k: int) -> bool:
    """Whether line k is a program's text: a list of quoted strings in brackets (its data), or
    code by ``is_program_text``.

    >>> page = Page.from_text('WORDS = ["viagra", "casino"]\\nBuy viagra, casino bonus!\\n［＂ｃａｓｉｎｏ＂， ＂ｐｏｋｅｒ＂］')
    >>> line_is_code(page, 0), line_is_code(page, 1), line_is_code(page, 2)
    (True, False, True)
    """
    # full-width brackets and quotes are the same code ("［＂casino＂, ＂poker＂］")
    line = program_view(page.line_text(k))
    return _QUOTED_LIST.search(line) is not None or is_program_text(line)


# A markup tag (``<ResourceDictionary Source="a.xaml"/>``, ``</nav>``): its name and attributes are
# the program's, not words of the text.
MARKUP_TAG = regex.compile(r"</?[A-Za-z][\w:.-]*(?:\s[^<>\n]*)?/?>")


def without_markup(text: str) -> str:
    """``text`` with each markup tag replaced by a space (tags in full-width forms or with controls
    inside too: ``program_view``).

    >>> without_markup('<li class="x"><a href="/slot">Slot</a></li>')
    '  Slot  '
    """
    return MARKUP_TAG.sub(" ", program_view(text)) if "<" in text or "＜" in text else text


def _tag_spans(line: str) -> list[tuple[int, int]]:
    """Offsets in ``line`` of its markup tags, found in a view without format controls and with
    full-width forms folded, character for character."""
    if "<" not in line and "＜" not in line:
        return []
    cps = codepoints(line)
    keep = np.flatnonzero(category_codes(cps) != _FORMAT)
    kept = cps[keep]
    view = np.where((kept >= 0xFF01) & (kept <= 0xFF5E), kept - np.uint32(0xFEE0), kept)
    text = view.tobytes().decode("utf-32-le", "surrogatepass")
    return [(int(keep[m.start()]), int(keep[m.end() - 1]) + 1) for m in MARKUP_TAG.finditer(text)]


def line_is_program(page: Page, k: int) -> bool:
    """Whether line k shows a program: code (``line_is_code``) or two markup tags or more
    (``<table><tr><td>...``). Not a test that frees a line from the classifier (a link list is
    written in tags too), but one of a line's kind: a host's tutorial shows programs, a spam
    site's own lines do not.

    >>> page = Page.from_text("<table><tr><td>りんご</td></tr></table>\\nAtendimento todos os dias")
    >>> line_is_program(page, 0), line_is_program(page, 1)
    (True, False)
    """
    return len(page.cached("markup", k, lambda j: _tag_spans(page.line_text(j)))) >= 2 or bool(
        page.cached("code", k, lambda j: line_is_code(page, j))
    )


def markup_only(page: Page, i: int) -> bool:
    """Whether every letter of block i lies inside a markup tag of its line (``a></nav>`` cut off
    a Japanese table of contents): a tag's name is no word of the page. A link's text between
    its tags (``<a href="...">cheap viagra</a>``) is.

    >>> page = Page.from_text('<nav class="toc"><a href="#law">カジノ法案</a></nav>')
    >>> [page.block_text(i) for i in range(page.seg.n_blocks) if markup_only(page, i)][-1]
    'a></nav>'
    """
    seg = page.seg
    k = int(seg.block_line[i])
    start, end = int(seg.block_start[i]), int(seg.block_end[i])
    tags = page.cached("markup", k, lambda j: _tag_spans(page.line_text(j)))
    if not tags:
        return False
    line_start = int(seg.line_start[k])
    starts = page.cached("markup_starts", k, lambda _: [a for a, _ in tags])
    letters = [j - line_start for j in range(start, end) if seg.text[j].isalpha()]
    # tags never overlap: the one a letter can be in is the last that starts at or before it
    return bool(letters) and all((t := bisect_right(starts, j) - 1) >= 0 and j < tags[t][1] for j in letters)


# a web program's file or language, named by a write-up before the markup it shows
_PROGRAM_NAMED = regex.compile(r"\b[\w-]+\.(?:php|html?|js|css|tpl|twig|xml|aspx?|jsp)\b|\b(?:HTML|PHP|CSS|JavaScript)\b")


def listing_intro(page: Page, k: int) -> int | None:
    """The line that introduces line k as part of a listing shown on the page, or None: a run of
    lines each written as markup (a tag first and last, ``<a href="...">cheap viagra</a>``), one of
    them tags alone (``<div style="display:none">``), right under a line ending in a colon ("The
    attacker added this block to footer.php:"), on a page whose text up to it names a web
    program's file or language (``footer.php``, HTML). A security write-up shows the hidden links
    it found as the markup they were; an injection in a page's text comes without its tags, or
    without the tags alone that frame them, and a hidden block under a club's "Training times:"
    names no program. Whether the introducing line is the host's (it reads clean) is the
    caller's to ask.

    >>> page = Page.from_text('It added this to footer.php:\\n<div style="display:none">\\n<a href="http://x.top">cheap viagra</a>\\n</div>')
    >>> [listing_intro(page, k) for k in range(4)]
    [None, 0, 0, 0]
    """
    # the page's listings are found only when line k is written as markup: most lines asked are
    # not; asked once a line (each block of a line asks, and a line may be a page long)
    if not page.cached("markup_line", k, lambda j: _written_as_markup(page.line_text(j))):
        return None
    return page.cached("listings", -1, lambda _: _listings(page)).get(k)


def _written_as_markup(line: str) -> bool:
    """Whether ``line`` opens and closes as markup does (a tag at each end)."""
    shown = program_view(line).strip()
    return shown[:1] == "<" and shown[-1:] == ">"


def _listings(page: Page) -> dict[int, int]:
    out: dict[int, int] = {}
    run: list[int] = []
    intro = -1  # the line introducing the current run, if it may
    last = -1  # the last line with text before the current one
    named = False  # whether the page's text so far names a web program

    def close() -> None:
        if run and intro >= 0 and any(not without_markup(page.line_text(j)).strip() for j in run):
            out.update(dict.fromkeys(run, intro))

    for k in range(page.seg.n_lines):
        line = program_view(page.line_text(k)).strip()  # full-width forms, bidi controls are the same markup
        if not line:
            continue
        if line[0] == "<" and line[-1] == ">" and page.cached("markup", k, lambda j: _tag_spans(page.line_text(j))):
            if not run:
                intro = last if last >= 0 and named and program_view(page.line_text(last)).rstrip()[-1:] == ":" else -1
            run.append(k)
        else:
            close()
            run = []
            named = named or _PROGRAM_NAMED.search(line) is not None
        last = k
    close()
    return out
