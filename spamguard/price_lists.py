"""A shop's price list: a line that names three amounts of money or more ("นวดแผนไทย 1 ชั่วโมง 300
บาท นวดฝ่าเท้า 1 ชั่วโมง 250 บาท นวดน้ำมันอโรมา 1 ชั่วโมง 500 บาท"). Its amounts and quantities,
said over and over, read as spam's do (a slot site's "ฝาก 100 บาท", a loan's sums: the line 0.93,
its services alone 0.04), while what it sells is its own: the page is read again with the
quantities of such lines blanked out (``goods_text``), and every reading of a block, a clause, a
line, a run or a paragraph is the less spam-like of the two. A spam shop's list reads as what its
goods are ("Rolex Submariner réplica – 189 € | ...", "Цены: курсовая от 2500 руб., диплом от 9000
руб., ..."; 1.0 and 0.99 without their quantities), and a list whose words say little without its
numbers keeps the reading with them (a horse race's "単勝 複勝 馬連 三連単" reads 0.57 alone).

>>> page = Page.from_text("Ibuprofen 400 mg – 3,49 € | Nasenspray 10 ml – 2,99 € | Vitamin D3 – 8,95 €\\nHeute geöffnet.")
>>> price_lines(page).tolist()
[0]
>>> " ".join(goods_text("Viagra 100mg 10 pills $19.99 | Cialis 20 mg").split())
'Viagra | Cialis'
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

import numpy as np
import regex

from .commerce import AMOUNT
from .page import Page
from .segment import Segmentation

if TYPE_CHECKING:  # the view imports this one
    from .view import ModelScores

__all__ = ["goods_text", "price_lines", "read_as_goods"]

MIN_PRICES = 3
# a shop's price list is a line, not a page joined into one: a longer line is not read again
MAX_LINE_CHARS = 2000
_SPACE = 0x20
# a number with the unit or currency next to it ("300 บาท", "1 ชั่วโมง", "20 Tabletten", "$19.99")
# (a whole token: a word written with digits, "V14gr4", "c4s1n0", is goods), read past the padding a
# reader does not see between words (``sentences.PADDING``: "300 🔥 บาท")
_GAP = r"[\s\p{Cf}\p{So}]*"
_QUANTITY = regex.compile(
    rf"(?<![\p{{L}}\p{{M}}\p{{N}}])\p{{Sc}}?{_GAP}\d[\d.,:]*(?:{_GAP}(?:\p{{Sc}}|[\p{{L}}\p{{M}}]+\.?))?(?![\p{{L}}\p{{M}}\p{{N}}])"
)
# an amount of money (``commerce.AMOUNT``) read past that padding
_AMOUNT = regex.compile(AMOUNT.pattern.replace(r"\s?", _GAP), AMOUNT.flags)


def goods_text(text: str) -> str:
    """``text`` with its numbers and the units or currencies next to them blanked out."""
    return _QUANTITY.sub(lambda m: " " * len(m.group()), text)


def price_lines(page: Page) -> np.ndarray:
    """The lines that name ``MIN_PRICES`` amounts of money or more (``commerce.AMOUNT``, read past
    padding), up to
    ``MAX_LINE_CHARS`` long. The page is scanned once, whatever its number of lines."""
    seg = page.seg
    at = np.array([m.start() for m in _AMOUNT.finditer(page.text)], dtype=np.int64)
    if len(at) < MIN_PRICES:
        return np.zeros(0, dtype=np.int64)
    counts = np.bincount(np.searchsorted(seg.line_start, at, side="right") - 1, minlength=seg.n_lines)
    return np.flatnonzero((counts >= MIN_PRICES) & (seg.line_end - seg.line_start <= MAX_LINE_CHARS))


# the readings of ``ModelScores`` by label, a row each, that a page read again may lower
_READINGS = ("block", "line", "clause", "run", "piece", "piece_rest", "paired", "list_run")


def read_as_goods(page: Page, read: Callable[[Segmentation], ModelScores], scores: ModelScores) -> ModelScores:
    """``scores`` (``read(page.seg)``) with each reading the less spam-like of itself and the
    same reading of the page with its price lines' quantities blanked out (``price_lines``,
    ``goods_text``)."""
    lines = price_lines(page)
    if not len(lines):
        return scores
    seg = page.seg
    cps = seg.cps.copy()
    for k in lines.tolist():
        start = int(seg.line_start[k])
        for m in _QUANTITY.finditer(page.line_text(k)):
            cps[start + m.start() : start + m.end()] = _SPACE
    goods = read(replace(seg, cps=cps))
    out = {}
    for name in _READINGS:
        mine, theirs = getattr(scores, name), getattr(goods, name)
        if mine is None or theirs is None:
            continue
        cleaner = theirs[..., 0] > mine[..., 0]  # NaN rows (none read) compare False
        if cleaner.any():
            out[name] = np.where(cleaner[..., None], theirs, mine)
    return replace(scores, **out) if out else scores
