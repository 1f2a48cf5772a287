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
    # character; the rest of its characters show nothing (arrays of the page's length are kept
    # 32-bit or boolean: a page of millions of characters held several 64-bit copies at once)
    inside = np.zeros(len(text) + 1, dtype=np.int32)
    np.add.at(inside, first, 1)
    np.add.at(inside, last, -1)
    shows = (np.cumsum(inside, dtype=np.int32)[:-1] == 0).astype(np.int32)
    del inside
    shows[first] = lengths
    is_first = np.zeros(len(text), dtype=bool)
    is_first[first] = True
    start = np.repeat(np.arange(len(text), dtype=np.int32), shows)
    end = start + 1
    at_ref = np.repeat(is_first, shows)
    del shows, is_first
    end[at_ref] = np.repeat(last, lengths).astype(np.int32)
    out = cps[start]
    out[at_ref] = [ord(c) for _, _, shown in refs for c in shown]
    return out.tobytes().decode("utf-32-le", "surrogatepass"), start, end


def _edge_controls(cps: np.ndarray) -> np.ndarray:
    """Which characters are format controls at a word's edge: not between two letters or digits."""
    control = _control_table()[cps]
    if not control.any():
        return control
    # Controls come in runs, and a run is inside a word when the characters right before and
    # after it are letters or digits: only the runs' edges are read, so a page of millions of
    # characters with a few controls costs one mask of its length.
    at = np.flatnonzero(control)
    breaks = np.flatnonzero(np.diff(at) != 1)
    run_first = at[np.concatenate(([0], breaks + 1))]
    run_last = at[np.concatenate((breaks, [len(at) - 1]))]
    before, after = run_first - 1, run_last + 1
    inside = (before >= 0) & (after < len(cps))
    inside[inside] = _wordish(cps[before[inside]]) & _wordish(cps[after[inside]])
    control[at[np.repeat(inside, run_last - run_first + 1)]] = False
    return control


def _wordish(cps: np.ndarray) -> np.ndarray:
    """Which code points are letters, marks of a letter's group or digits."""
    return (code_groups()[cps] >= FIRST_GROUP) | ((cps >= 0x30) & (cps <= 0x39))


def displayed(text: str) -> Displayed | None:
    """The page as it shows (see the module), or None when that is the page itself."""
    resolved = _resolved(text)
    if resolved is None and not _ANY_CONTROL.search(text):
        return None
    shown = text if resolved is None else resolved[0]
    cps = codepoints(shown)
    edge = _edge_controls(cps)
    kept = ~edge
    if resolved is None:
        if not edge.any():
            return None
        # each character shows itself: only the controls left out show nothing
        start = np.arange(len(text), dtype=np.int32)[kept]
        return Displayed(cps[kept].tobytes().decode("utf-32-le", "surrogatepass"), start, start + 1, edge)
    if edge.any():
        shown, start, end = cps[kept].tobytes().decode("utf-32-le", "surrogatepass"), resolved[1][kept], resolved[2][kept]
    else:
        start, end = resolved[1], resolved[2]
    del cps, edge, kept, resolved
    covered = np.zeros(len(text) + 1, dtype=np.int32)
    np.add.at(covered, start, 1)
    np.add.at(covered, end, -1)
    hidden = np.cumsum(covered, dtype=np.int32)[:-1] == 0
    return Displayed(shown, start, end, hidden)
