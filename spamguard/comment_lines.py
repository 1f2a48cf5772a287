"""A page's comments, a line each opening with its writer's name and a colon ("Laura: ¡Muy útil!
Yo fui en marzo..."): a comment is one writer's words, so when most of one is removed as spam,
the praise a spammer opens it with ("Carlos Méndez: Excelente artículo, gracias por compartir.")
is the spammer's as much as the pitch after it, and goes too (``revise_line``); and none of a
comment's words are a host's to give back (``host_sentences``).

>>> from spamguard.detector import Detector
>>> text = ("Cómo recorrer Oaxaca en cinco días\\nComentarios (3)\\n"
...         "Laura: ¡Muy útil! Yo fui en marzo y el clima fue perfecto.\\n"
...         "Carlos Méndez: Excelente artículo, gracias por compartir. Visita el mejor casino online de "
...         "México con bono sin depósito de 500 pesos en https://casinobono-mx.top\\n"
...         "Andrés: ¿Recomiendas rentar coche o es mejor en autobús?")
>>> [text[s.start:s.end][:40] for s in Detector().clean(text).removed]
['Carlos Méndez: Excelente artículo, graci']
"""

from __future__ import annotations

import regex

from .page import Page

__all__ = ["comment_line", "other_writers"]

# a forum account's handle: a word with a digit or an underscore in it ("minhtuan88", "thoxe_hanoi")
_HANDLE = r"(?=[\p{L}\p{N}_.]{0,29}[\d_])\p{L}[\p{L}\p{N}_.]{2,29}"
# a writer's name (one to three capitalised words, an @handle or a handle) and a colon opening a
# line, then the comment
_WRITER = regex.compile(
    r"^[ \t]*+((?:\p{Lu}[\p{L}\p{M}'.-]*+(?:[ \u00a0]\p{Lu}[\p{L}\p{M}'.-]*+){0,2}|@[\w.]{2,30}|" + _HANDLE + r"))"
    r"[ \u00a0]?:[ \u00a0]+\S",
    regex.MULTILINE,
)
# a writer who is a person or an account, not a label ("Nota:", "Precio:"): an account's handle,
# two or three capitalised words ("Carlos Méndez"), or an @handle
_PERSON = regex.compile(_HANDLE + r"|@[\w.]{2,30}|\S+[ \u00a0]\S.*")
# lines opening so that make a page's comments: a name and a colon once is a label ("Note: ..."),
# two writers may be a dialogue's
MIN_COMMENTS = 3


def comment_line(page: Page, k: int) -> bool:
    """Whether line k is one of the page's comments: it opens with a writer's name and a colon,
    as ``MIN_COMMENTS`` lines of the page or more do, by two writers or more. The page is read
    once, whatever its number of lines.

    >>> page = Page.from_text("Laura: ¡Muy útil!\\nNota: cierra los lunes.\\nAndrés: ¿Y en autobús?\\nGracias.")
    >>> [comment_line(page, k) for k in range(4)]
    [True, True, True, False]
    """
    return k in page.cached("comment_lines", -1, lambda _: _comment_lines(page))


def other_writers(page: Page, k: int, j: int) -> bool:
    """Whether lines k and j are comments (``comment_line``) by two people or accounts, not
    labels: a forum's next post is its own writer's, however it leans.

    >>> page = Page.from_text("minhtuan88: Xe kêu lạch cạch.\\nthoxe_hanoi: Bác kiểm tra ốc.\\nminhtuan88: Cảm ơn bác.")
    >>> other_writers(page, 0, 1), other_writers(page, 0, 2)
    (True, False)
    """
    writers = page.cached("comment_lines", -1, lambda _: _comment_lines(page))
    a, b = writers.get(k), writers.get(j)
    return a is not None and b is not None and a != b and all(_PERSON.fullmatch(w) for w in (a, b))


def _comment_lines(page: Page) -> dict[int, str]:
    found = list(_WRITER.finditer(page.text))
    if len(found) < MIN_COMMENTS or len({m.group(1) for m in found}) < 2:
        return {}
    lines = page.seg.line_start.searchsorted([m.start() for m in found], side="right") - 1
    return dict(zip(lines.tolist(), (m.group(1) for m in found)))
