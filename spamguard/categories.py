"""Unicode general categories of code points, looked up for a whole text at once.

Steps that read a line without its format controls and symbols (``program_text.program_view``,
``introduced``'s list view) dropped them a character at a time with ``unicodedata.category``: on
a page of one huge line that loop took a third of the time under a profiler. The categories here
are ``unicodedata``'s own (the same answers, the same Unicode version), read once per process for
each plane of 65,536 code points a text uses (about 30 ms a plane), then looked up as an array.

>>> without_categories("SELECT \\N{FIRE} id\\u202a = 1", ("Cf", "So"))
'SELECT  id = 1'
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from functools import cache

import numpy as np

from .scripts import codepoints

__all__ = ["CATEGORIES", "category_codes", "without_categories"]

# every general category, in the order of the codes ``category_codes`` gives
CATEGORIES: tuple[str, ...] = (
    "Cc", "Cf", "Cn", "Co", "Cs", "Ll", "Lm", "Lo", "Lt", "Lu", "Mc", "Me", "Mn", "Nd", "Nl",
    "No", "Pc", "Pd", "Pe", "Pf", "Pi", "Po", "Ps", "Sc", "Sk", "Sm", "So", "Zl", "Zp", "Zs",
)
_CODE = {name: i for i, name in enumerate(CATEGORIES)}
_PLANE = 0x10000


@cache
def _plane(plane: int) -> np.ndarray:
    """The category code of every code point of one plane."""
    base = plane * _PLANE
    table = np.fromiter(
        (_CODE[unicodedata.category(chr(base + i))] for i in range(_PLANE)), dtype=np.uint8, count=_PLANE
    )
    table.setflags(write=False)
    return table


def category_codes(cps: np.ndarray) -> np.ndarray:
    """The general category of each code point of ``cps`` (uint32), as its index in
    ``CATEGORIES``.

    >>> [CATEGORIES[c] for c in category_codes(codepoints("a1 \\u200b\\N{FIRE}"))]
    ['Ll', 'Nd', 'Zs', 'Cf', 'So']
    """
    planes = cps >> 16
    if not planes.any():
        return _plane(0)[cps]
    out = np.empty(len(cps), dtype=np.uint8)
    for plane in np.unique(planes).tolist():
        at = planes == plane
        out[at] = _plane(plane)[cps[at] & (_PLANE - 1)]
    return out


@cache
def _dropped(categories: frozenset[str]) -> tuple[np.ndarray, bool]:
    """A flag per category code for ``categories``, and whether no ASCII character is in them."""
    flags = np.zeros(len(CATEGORIES), dtype=bool)
    flags[[_CODE[c] for c in categories]] = True
    return flags, not flags[_plane(0)[:128]].any()


def without_categories(text: str, categories: Iterable[str], keep: str = "") -> str:
    """``text`` without its characters of the general ``categories`` (names such as ``"Cf"``),
    but for those in ``keep``: the same as testing each with ``unicodedata.category``.

    >>> without_categories("\\u25cf item \\N{FIRE}", ("So",), keep="\\u25cf")
    '\\u25cf item '
    """
    flags, ascii_free = _dropped(frozenset(categories))
    if ascii_free and text.isascii():
        return text
    cps = codepoints(text)
    drop = flags[category_codes(cps)]
    if keep:
        drop &= ~np.isin(cps, [ord(c) for c in keep])
    if not drop.any():
        return text
    return cps[~drop].tobytes().decode("utf-32-le", "surrogatepass")
