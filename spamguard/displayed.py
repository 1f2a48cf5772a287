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
    """A page as it shows, and where each of its characters comes from.

    The map is kept as pieces, not per character (a page of millions of characters with a few
    references would hold maps of its length): a piece is a run of characters that show
    themselves one for one, or the characters one reference shows.

    Attributes:
        text: what it shows.
        piece_at: offset in ``text`` where each piece starts (sorted, the first 0).
        piece_from: offset in the page of the first character of each piece.
        piece_span: for a reference's piece, the reference's length in the page (each of its
            characters comes from all of it); 0 for a piece of characters that show themselves.
        hidden_at: offsets in the page of the characters that show nothing (controls left out),
            sorted.
        length: the page's length.
    """

    text: str
    piece_at: np.ndarray
    piece_from: np.ndarray
    piece_span: np.ndarray
    hidden_at: np.ndarray
    length: int

    def starts(self, at: np.ndarray) -> np.ndarray:
        """For offsets ``at`` in ``text``, the offset in the page of what shows each."""
        j = np.searchsorted(self.piece_at, at, side="right") - 1
        own = self.piece_from[j] + (at - self.piece_at[j])
        return np.where(self.piece_span[j] > 0, self.piece_from[j], own)

    def ends(self, at: np.ndarray) -> np.ndarray:
        """For offsets ``at`` in ``text``, the offset in the page just past what shows each."""
        j = np.searchsorted(self.piece_at, at, side="right") - 1
        own = self.piece_from[j] + (at - self.piece_at[j]) + 1
        return np.where(self.piece_span[j] > 0, self.piece_from[j] + self.piece_span[j], own)

    @property
    def start(self) -> np.ndarray:
        """``starts`` of every character of ``text``."""
        return self.starts(np.arange(len(self.text)))

    @property
    def end(self) -> np.ndarray:
        """``ends`` of every character of ``text``."""
        return self.ends(np.arange(len(self.text)))

    @property
    def hidden(self) -> np.ndarray:
        """For each character of the page, whether it shows nothing."""
        out = np.zeros(self.length, dtype=bool)
        out[self.hidden_at] = True
        return out

    def _is_hidden(self, k: int) -> bool:
        i = int(np.searchsorted(self.hidden_at, k))
        return i < len(self.hidden_at) and int(self.hidden_at[i]) == k

    def in_original(self, spans: tuple[Span, ...]) -> tuple[Span, ...]:
        """``spans`` of ``text`` as spans of the page, each with the controls left out at its
        edges; none overlaps the one before it."""
        out: list[Span] = []
        for s in spans:
            start = int(self.starts(np.array([s.start]))[0])
            end = int(self.ends(np.array([s.end - 1]))[0])
            while start > 0 and self._is_hidden(start - 1):
                start -= 1
            while end < self.length and self._is_hidden(end):
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
    """The page as it shows (see the module), or None when that is the page itself. A long page
    is read ``SLICE_CHARS`` at a time, cut after a space: no reference holds one, and a space is
    no letter for a control next to it to sit between, so each slice shows what it shows in
    the whole page."""
    if ("&" not in text or not _REFERENCE.search(text)) and not _ANY_CONTROL.search(text):
        return None
    texts: list[str] = []
    at, from_, span, hidden = [], [], [], []
    shown_so_far = 0
    changed = False
    for lo, hi in _slices(text):
        piece = _displayed_slice(text[lo:hi])
        if piece is None:
            texts.append(text[lo:hi])
            at.append(np.array([shown_so_far]))
            from_.append(np.array([lo]))
            span.append(np.zeros(1, dtype=np.int64))
            shown_so_far += hi - lo
            continue
        changed = True
        shown, start, end, gone = piece
        texts.append(shown)
        breaks = _piece_starts(start, end)
        at.append(breaks + shown_so_far)
        from_.append(start[breaks].astype(np.int64) + lo)
        span.append(np.where(end[breaks] - start[breaks] != 1, end[breaks] - start[breaks], 0).astype(np.int64))
        hidden.append(np.flatnonzero(gone) + lo)
        shown_so_far += len(shown)
    if not changed:
        return None
    return Displayed(
        "".join(texts), np.concatenate(at), np.concatenate(from_), np.concatenate(span),
        np.concatenate(hidden) if hidden else np.zeros(0, dtype=np.int64), len(text),
    )


# characters of a page read at a time (``displayed``): the arrays of a slice cost some 26 bytes
# a character while it is read
SLICE_CHARS = 1 << 20


def _slices(text: str) -> list[tuple[int, int]]:
    """``text`` cut into slices of about ``SLICE_CHARS`` characters, each after a space (a
    slice runs on to the next space, or to the end)."""
    bounds, lo = [], 0
    while len(text) - lo > SLICE_CHARS:
        cut = text.find(" ", lo + SLICE_CHARS - 1)
        if cut < 0:
            break
        bounds.append((lo, cut + 1))
        lo = cut + 1
    bounds.append((lo, len(text)))
    return bounds


def _piece_starts(start: np.ndarray, end: np.ndarray) -> np.ndarray:
    """Where the pieces of a slice's map start (see ``Displayed``): at a character that does not
    come from the page's next character after the one before it, nor from the same reference."""
    own = end - start == 1
    same = np.zeros(len(start), dtype=bool)
    same[1:] = (own[1:] & own[:-1] & (start[1:] == start[:-1] + 1)) | (~own[1:] & ~own[:-1] & (start[1:] == start[:-1]))
    return np.flatnonzero(~same)


def _displayed_slice(text: str) -> tuple[str, np.ndarray, np.ndarray, np.ndarray] | None:
    """What ``text`` shows, where each character of it comes from (start and end), and which of
    its characters show nothing; None when that is the text itself."""
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
        return cps[kept].tobytes().decode("utf-32-le", "surrogatepass"), start, start + 1, edge
    if edge.any():
        shown, start, end = cps[kept].tobytes().decode("utf-32-le", "surrogatepass"), resolved[1][kept], resolved[2][kept]
    else:
        start, end = resolved[1], resolved[2]
    del cps, edge, kept, resolved
    covered = np.zeros(len(text) + 1, dtype=np.int32)
    np.add.at(covered, start, 1)
    np.add.at(covered, end, -1)
    return shown, start, end, np.cumsum(covered, dtype=np.int32)[:-1] == 0
