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

__all__ = ["comment_line"]

# a writer's name (one to three capitalised words, or an @handle) and a colon opening a line, then
# the comment
_WRITER = regex.compile(
    r"^[ \t]*+((?:\p{Lu}[\p{L}\p{M}'.-]*+(?:[ \u00a0]\p{Lu}[\p{L}\p{M}'.-]*+){0,2}|@[\w.]{2,30}))[ \u00a0]?:[ \u00a0]+\S",
    regex.MULTILINE,
)
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


def _comment_lines(page: Page) -> frozenset[int]:
    found = list(_WRITER.finditer(page.text))
    if len(found) < MIN_COMMENTS or len({m.group(1) for m in found}) < 2:
        return frozenset()
    return frozenset((page.seg.line_start.searchsorted([m.start() for m in found], side="right") - 1).tolist())
