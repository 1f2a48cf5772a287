"""A line written in the shape of the removed line beside it: the next item of a list of spam
lines.

Spam lines come in runs of one shape: keyword pairs ("купить диплом | недорого", "займ онлайн |
без отказа", "ставки на спорт | лучшие коэффициенты"), an anchor's quoted words and its address
("\\"Bandar Togel Online Resmi\\"\\thttps://togel-resmi.example/login"). A run's last line may say
less on its own than the others, and its blocks read apart say still less ("лучшие коэффициенты"
0.40, the address 0.03), so ``revise`` would keep it, since it asks every block of a line beside
a removed one to lean to spam. Read as a line it leans as much as a neighbour must (0.99, 0.66).
A line that parts its blocks with the same marks as the removed line beside it (a bar between
spaces, a tab: the same gaps) is the list's next line, read so. A
site's menu under a spam list is a list of one shape too, and reads clean as a line; a host's
sentence has no such gaps and is read as ``revise`` reads prose.

>>> from spamguard.page import Page
>>> page = Page.from_text("купить диплом | недорого\\nставки на спорт | лучшие коэффициенты\\nКаток открыт.")
>>> line_shape(page, 0) == line_shape(page, 1), line_shape(page, 1) == line_shape(page, 2)
(True, False)
"""

from __future__ import annotations

import numpy as np
import regex

from .page import Page

__all__ = ["line_shape", "shaped_like_removed"]

_SPACES = regex.compile(r" +")


def line_shape(page: Page, k: int) -> tuple[str, ...]:
    """The marks between the blocks of line ``k``, in order, runs of spaces written as one: a
    list's lines of one kind part their items the same way."""
    seg = page.seg
    blocks = page.line_blocks(k)
    return tuple(
        _SPACES.sub(" ", seg.text[int(seg.block_end[b]) : int(seg.block_start[b + 1])])
        for b in range(blocks.start, blocks.stop - 1)
    )


def shaped_like_removed(page: Page, text_lines: np.ndarray, k: int, line_removed: np.ndarray) -> bool:
    """Whether line ``k`` parts its blocks as a removed line beside it among ``text_lines`` (the
    page's lines that hold text, in order) does: the same marks, and at least one."""
    shape = line_shape(page, k)
    if not shape:
        return False
    j = int(np.searchsorted(text_lines, k))
    beside = [int(text_lines[i]) for i in (j - 1, j + 1) if 0 <= i < len(text_lines)]
    return any(line_removed[b] and line_shape(page, b) == shape for b in beside)
