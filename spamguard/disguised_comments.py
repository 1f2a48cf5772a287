"""The comment around a disguised name slipped into a host's sentence: where it starts and ends.

Gambling spam names its site in styled or spaced-out letters and praises it in ordinary words
("Komen positif mengalir terus, bukti 𝐿𝐸𝒮𝒯𝐼𝟩𝟩 luar biasa."). Slipped between two words of a
host's sentence, only the name reads as spam, and the praise stays glued to the host's words. The
comment is the spammer's throughout: a short line around a disguised name goes whole but for the
host's words as long as a line (``revise_line``), and on a host's line the comment runs from the capital that opens right
after one of the host's words to the stop the host's next words follow in lower case (the shape
``seams`` cuts at), with the disguised name between them and no other stop. ``comment_cuts``
cuts the line at those ends for the detector's next look (``inline.injected_clauses``), in
which ``comment_blocks`` gives the comment's blocks to go with the name.

>>> from spamguard.detector import Detector
>>> text = ("Pengumuman Fakultas\\nPeserta yudisium semester ganjil wajib mengirimkan berkas dan Komen "
...         "positif mengalir terus, bukti 𝐿𝐸𝒮𝒯𝐼𝟩𝟩 luar biasa. salinan ijazah yang telah dilegalisir ke "
...         "bagian akademik fakultas paling lambat tanggal dua puluh bulan ini.")
>>> [text[s.start:s.end] for s in Detector().clean(text).removed]
['Komen positif mengalir terus, bukti 𝐿𝐸𝒮𝒯𝐼𝟩𝟩 luar biasa. ']
"""

from __future__ import annotations

import regex

from .page import Page
from .params import CLEAN, DecisionParams
from .rules import hidden_letters, invisible_chars, obfuscated_text
from .spliced_sentences import GLUED_BEFORE

# A comment's ordinary words on either side of the name, in letters: a sentence, not the host's
# paragraph.
MAX_SIDE_LETTERS = 2 * DecisionParams.short_line_letters
# a capital that opens a word after a space, and a stop that ends a sentence (or a clause a
# comment's words would not cross)
_CAPITAL = regex.compile(r"(?<= )\p{Lu}")
_UPPER = regex.compile(r"\p{Lu}")
_STOP = regex.compile(r"[.!?;:]")
# the stops a comment's words on the left do not cross: an exclamation is the comment's own
# register ("Gacor banget! Rezeki lancar 𝐃𝐄𝐍𝐘𝐔𝐓𝟔𝟗!"), seldom a host's
_HOST_STOP = regex.compile(r"[.?;:]")
# the comment's stops (a closing quotation mark or bracket may follow), then the host's next
# words in lower case
_CLOSED = regex.compile(r"[.!?]+[\"'\u201d\u2019\u00bb)]?(?= +[(\[«„“‘\"']?\p{Ll})")
_LETTER = regex.compile(r"\p{L}")


def disguised(page: Page, i: int) -> bool:
    """Whether block ``i``'s words are written so that no filter reads them (styled, mixed-script,
    spaced-out or masked letters, invisible characters between letters)."""
    return any(rule(page, i) is not None for rule in (obfuscated_text, invisible_chars, hidden_letters))


def comment_bounds(page: Page, i: int) -> tuple[int, int] | None:
    """Where the comment around the disguised block ``i`` starts and ends on its line, when it
    reaches past the block; None when either end is missing. It opens at the nearest capital
    before the block that is glued to one of the host's words, with no stop between and at most
    ``MAX_SIDE_LETTERS`` letters (or with the block itself, when the block opens a sentence or its
    capital is so glued), and closes at the last stop within as many letters after the block
    that the host's next words follow in lower case, each stop on the way followed so."""
    seg, text = page.seg, page.text
    line = page.line_blocks(int(seg.block_line[i]))
    line_start, line_end = int(seg.block_start[line.start]), int(seg.block_end[line.stop - 1])
    s, e = int(seg.block_start[i]), int(seg.block_end[i])
    before = text[line_start:s]
    lo = None
    last_stop = max((m.end() for m in _HOST_STOP.finditer(before)), default=0)
    for m in reversed(list(_CAPITAL.finditer(before, last_stop))):
        a = line_start + m.start()
        if len(_LETTER.findall(text, a, s)) > MAX_SIDE_LETTERS:
            break
        if GLUED_BEFORE.search(text[max(line_start, a - 8) : a]):
            lo = a
            break
    if lo is None:
        # the comment opens with the block: it opens a sentence, or its own capital is glued to
        # the host's word ("dinding 𝐴𝐄𝑅О𝟪𝟪 cuma main bentar, ...")
        opens = not before.strip() or _STOP.search(before.rstrip()[-1:]) is not None
        glued = _UPPER.match(text, s) is not None and GLUED_BEFORE.search(text[max(line_start, s - 8) : s]) is not None
        lo = s if opens or glued else None
    # the last stop within reach that the host's next words follow in lower case: a comment
    # exclaims before it ends ("𝑨𝑳𝑬𝑿𝑰𝑺17! membuktikan kualitasnya."), a host's sentence ends with
    # a stop and a capital
    hi = None
    for m in _STOP.finditer(text, e - 1, line_end):
        if len(_LETTER.findall(text, e, m.start())) > MAX_SIDE_LETTERS:
            break
        closed = _CLOSED.match(text, m.start(), line_end)
        if closed is None:
            break
        hi = closed.end()
    if lo is None or hi is None:
        return None
    return (lo, hi) if (lo, hi) != (s, e) else None


def comment_cuts(page: Page, final: list[str]) -> list[int]:
    """Offsets inside blocks where the comments around removed disguised blocks start and end."""
    seg = page.seg
    out: list[int] = []
    for i, label in enumerate(final):
        if label == CLEAN or not disguised(page, i):
            continue
        bounds = comment_bounds(page, i)
        if bounds is None:
            continue
        out.extend(bounds)
    starts = set(seg.block_start.tolist())
    return sorted({at for at in out if at not in starts and at < len(page.text)})


def comment_blocks(page: Page, i: int) -> list[int]:
    """The blocks of the comment around the disguised block ``i``: its line's blocks that lie
    wholly within ``comment_bounds``."""
    bounds = comment_bounds(page, i)
    if bounds is None:
        return []
    lo, hi = bounds
    seg = page.seg
    return [
        j for j in page.line_blocks(int(seg.block_line[i]))
        if j != i and seg.block_start[j] >= lo and seg.block_end[j] <= hi
    ]
