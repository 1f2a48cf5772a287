"""The page as it shows, read instead of its raw characters.

Two dresses change a text's characters and not what it shows. Format controls wrapped around
words ("\\u202aSpedizione\\u202c \\u202aoggi\\u202c": bidi controls, zero-width characters) stand
between a word and the space before or after it, where the page's structure is read: a capital
right after a host's word and a space opens a sentence spliced into the host's
(``spliced_sentences``), a stop and a space close one. HTML character references left in scraped
text ("V&#105;s&#105;b&#105;l&#105; &#103;ià", which shows "Visibili già") break words into pieces
no structure reads. The classifier reads through both already (``normalize``); the structure did
not, and a pitch slipped into a host's sentence in either dress kept its host's words or stayed.
So the detector reads the page as it shows, the references resolved and the controls at a word's
edge (not between two letters, marks or digits) left out, and maps what it removes back onto the
page, each span taking along the controls left out at its edges. The controls between two letters
of a word ("S\\u200bp\\u200ba\\u200bm") are that word's disguise, which the rules read
(``rules.invisible_chars``): they stay in the text read.

>>> text = "Wir brauchen \\u202aDreh\\u202c h&#101;ute"
>>> shown = displayed(text)
>>> shown.text
'Wir brauchen Dreh heute'
>>> [text[s.start:s.end] for s in shown.in_original((Span(13, 23, "gambling", 1.0, ()),))]
['\\u202aDreh\\u202c h&#101;ute']
"""

from __future__ import annotations

import html
from dataclasses import dataclass, replace
from functools import cache, lru_cache

import numpy as np
import regex

from .result import Span
from .rules import HIDING_RANGES, JOINERS
from .scripts import FIRST_GROUP, N_CODEPOINTS, code_groups, codepoints

__all__ = ["Displayed", "displayed"]

# what evasions wrap words in: the characters that hide letters (``rules.HIDING_RANGES``: bidi
# controls and marks, zero-width spaces, the word joiner, invisible operators, the byte order mark)
# and the zero-width joiners, which at a word's edge join nothing (not the soft hyphen, which only a
# word holds); ranges inclusive
_CONTROLS = (*HIDING_RANGES, JOINERS)
# a character reference: decimal, hexadecimal or named
_REFERENCE = regex.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
# any of the controls: most pages have none, and are not looked at character by character
_ANY_CONTROL = regex.compile("[" + "".join(f"{chr(lo)}-{chr(hi)}" for lo, hi in _CONTROLS) + "]")


@lru_cache(maxsize=4096)
def _unescaped(reference: str) -> str:
    return html.unescape(reference)  # a page says the same few references over and over


@cache
def _control_table() -> np.ndarray:
    table = np.zeros(N_CODEPOINTS, dtype=bool)
    for lo, hi in _CONTROLS:
        table[lo : hi + 1] = True
    return table


@dataclass(frozen=True)
class Displayed:
    """A page as it shows.

    Attributes:
        text: what it shows.
        start: for each character of ``text``, the offset in the page of what shows it.
        end: for each, the offset just past it (a reference is several characters of the page).
        hidden: for each character of the page, whether it shows nothing (a control left out).
    """

    text: str
    start: np.ndarray
    end: np.ndarray
    hidden: np.ndarray

    def in_original(self, spans: tuple[Span, ...]) -> tuple[Span, ...]:
        """``spans`` of ``text`` as spans of the page, each with the controls left out at its
        edges; none overlaps the one before it."""
        out: list[Span] = []
        n = len(self.hidden)
        for s in spans:
            start, end = int(self.start[s.start]), int(self.end[s.end - 1])
            while start > 0 and self.hidden[start - 1]:
                start -= 1
            while end < n and self.hidden[end]:
                end += 1
            start = max(start, out[-1].end) if out else start
            out.append(replace(s, start=start, end=end))
        return tuple(out)


def _resolved(text: str) -> tuple[str, np.ndarray, np.ndarray] | None:
    """``text`` with its character references resolved, and where each character comes from (one
    array per reference would cost a page of a million references its size many times over)."""
    if "&" not in text:
        return None
    refs = [(m.start(), m.end(), shown) for m in _REFERENCE.finditer(text) if (shown := _unescaped(m.group())) != m.group()]
    if not refs:
        return None
    cps = codepoints(text)
    first, last = np.array([a for a, _, _ in refs]), np.array([z for _, z, _ in refs])
    lengths = np.array([len(shown) for _, _, shown in refs])
    # a reference shows as many characters as it resolves to (most as one) at its first
    # character; the rest of its characters show nothing
    inside = np.zeros(len(text) + 1, dtype=np.int32)
    np.add.at(inside, first, 1)
    np.add.at(inside, last, -1)
    shows = np.where(np.cumsum(inside)[:-1] > 0, 0, 1).astype(np.int32)
    shows[first] = lengths
    is_first = np.zeros(len(text), dtype=bool)
    is_first[first] = True
    start = np.repeat(np.arange(len(text), dtype=np.int32), shows)
    end = start + 1
    at_ref = np.repeat(is_first, shows)
    end[at_ref] = np.repeat(last, lengths).astype(np.int32)
    out = cps[start].copy()
    out[at_ref] = [ord(c) for _, _, shown in refs for c in shown]
    return out.tobytes().decode("utf-32-le", "surrogatepass"), start, end


def _edge_controls(cps: np.ndarray) -> np.ndarray:
    """Which characters are format controls at a word's edge: not between two letters or digits."""
    control = _control_table()[cps]
    n = len(cps)
    if not control.any():
        return control
    wordish = ((code_groups()[cps] >= FIRST_GROUP) | ((cps >= 0x30) & (cps <= 0x39))) & ~control
    at = np.arange(n)
    before = np.maximum.accumulate(np.where(control, -1, at))  # the last character at or before that is no control
    after = np.minimum.accumulate(np.where(control, n, at)[::-1])[::-1]  # the first at or after
    inside = (before >= 0) & (after < n) & wordish[np.clip(before, 0, n - 1)] & wordish[np.clip(after, 0, n - 1)]
    return control & ~inside


def displayed(text: str) -> Displayed | None:
    """The page as it shows (see the module), or None when that is the page itself."""
    resolved = _resolved(text)
    if resolved is None and not _ANY_CONTROL.search(text):
        return None
    plain = np.arange(len(text), dtype=np.int32)
    shown, start, end = resolved if resolved else (text, plain, plain + 1)
    cps = codepoints(shown)
    edge = _edge_controls(cps)
    if resolved is None and not edge.any():
        return None
    kept = np.flatnonzero(~edge)
    covered = np.zeros(len(text) + 1, dtype=np.int32)
    np.add.at(covered, start[kept], 1)
    np.add.at(covered, end[kept], -1)
    hidden = np.cumsum(covered)[:-1] == 0
    return Displayed(cps[kept].tobytes().decode("utf-32-le", "surrogatepass"), start[kept], end[kept], hidden)
