"""Format controls at a word's edge, set aside while a page is read.

Bidi controls and zero-width characters draw nothing. Wrapped around words
("\\u202aSpedizione\\u202c \\u202aoggi\\u202c"), they stand between a word and the space before or
after it, where the page's structure is read: a capital right after a host's word and a space
opens a sentence spliced into the host's (``spliced_sentences``), a stop and a space close one.
The classifier reads through them already (``normalize`` drops them); the structure did not, and a
pitch slipped into a host's sentence in that dress kept its host's words or stayed. So the
detector reads the page without the controls at a word's edge (not between two letters, marks or
digits) and maps what it removes back onto the page, each span taking along the controls at its
edges. The controls between two letters of a word ("S\\u200bp\\u200ba\\u200bm") are that word's
disguise, which the rules read (``rules.invisible_chars``): they stay in the text read.

>>> text = "Wir brauchen \\u202aDreh\\u202c \\u202aheute\\u202c"
>>> aside = set_aside(text)
>>> aside.text
'Wir brauchen Dreh heute'
>>> [text[s.start:s.end] for s in aside.in_original((Span(13, 23, "gambling", 1.0, ()),))]
['\\u202aDreh\\u202c \\u202aheute\\u202c']
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cache

import numpy as np

from .result import Span
from .scripts import FIRST_GROUP, N_CODEPOINTS, code_groups, codepoints

__all__ = ["ControlsAside", "set_aside"]

# bidi controls and marks, zero-width spaces and joiners, the word joiner and invisible operators,
# the byte order mark: what evasions wrap words in (not the soft hyphen, which only a word holds)
_CONTROLS = ((0x200B, 0x2010), (0x202A, 0x202F), (0x2060, 0x2065), (0x2066, 0x206A), (0xFEFF, 0xFF00))


@cache
def _control_table() -> np.ndarray:
    table = np.zeros(N_CODEPOINTS, dtype=bool)
    for lo, hi in _CONTROLS:
        table[lo:hi] = True
    return table


@dataclass(frozen=True)
class ControlsAside:
    """A page read without its controls at words' edges.

    Attributes:
        text: the page without them.
        kept: for each character of ``text``, its offset in the page.
        aside: for each character of the page, whether it was set aside.
    """

    text: str
    kept: np.ndarray
    aside: np.ndarray

    def in_original(self, spans: tuple[Span, ...]) -> tuple[Span, ...]:
        """``spans`` of ``text`` as spans of the page, each with the controls set aside at its
        edges; none overlaps the one before it."""
        out: list[Span] = []
        n = len(self.aside)
        for s in spans:
            start, end = int(self.kept[s.start]), int(self.kept[s.end - 1]) + 1
            while start > 0 and self.aside[start - 1]:
                start -= 1
            while end < n and self.aside[end]:
                end += 1
            start = max(start, out[-1].end) if out else start
            out.append(replace(s, start=start, end=end))
        return tuple(out)


def set_aside(text: str) -> ControlsAside | None:
    """The page without the controls at its words' edges, or None when it has none."""
    cps = codepoints(text)
    control = _control_table()[np.minimum(cps, N_CODEPOINTS - 1)]
    if not control.any():
        return None
    n = len(cps)
    # letters of every script, and digits: what a word is made of
    wordish = ((code_groups()[np.minimum(cps, N_CODEPOINTS - 1)] >= FIRST_GROUP) | ((cps >= 0x30) & (cps <= 0x39))) & ~control
    at = np.arange(n)
    before = np.maximum.accumulate(np.where(control, -1, at))  # the last character at or before that is no control
    after = np.minimum.accumulate(np.where(control, n, at)[::-1])[::-1]  # the first at or after
    inside = (before >= 0) & (after < n) & wordish[np.clip(before, 0, n - 1)] & wordish[np.clip(after, 0, n - 1)]
    aside = control & ~inside
    if not aside.any():
        return None
    kept = np.flatnonzero(~aside)
    return ControlsAside(cps[kept].tobytes().decode("utf-32-le", "surrogatepass"), kept, aside)
