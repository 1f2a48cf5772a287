"""The comment around a disguised name slipped into a host's sentence: where it starts and ends.

Gambling spam names its site in styled or spaced-out letters and praises it in ordinary words
("Komen positif mengalir terus, bukti 𝐿𝐸𝒮𝒯𝐼𝟩𝟩 luar biasa."). Slipped between two words of a
host's sentence, only the name reads as spam, and the praise stays glued to the host's words. The
comment is the spammer's throughout: a short line around a disguised name goes whole but for the
host's words as long as a line (``revise_line``), and on any line the comment runs from the
capital that opens right after one of the host's words to the stop the host's next words follow
in lower case (the shape ``seams`` cuts at), the disguised name between them
(``comment_bounds``).
``comment_cuts`` cuts the line at those ends for the detector's next look
(``inline.injected_clauses``), in which ``comment_blocks`` gives the comment's blocks to go with
the name.

>>> from spamguard.detector import Detector
>>> text = ("Pengumuman Fakultas\\nPeserta yudisium semester ganjil wajib mengirimkan berkas dan Komen "
...         "positif mengalir terus, bukti 𝐿𝐸𝒮𝒯𝐼𝟩𝟩 luar biasa. salinan ijazah yang telah dilegalisir ke "
...         "bagian akademik fakultas paling lambat tanggal dua puluh bulan ini.")
>>> [text[s.start:s.end] for s in Detector().clean(text).removed]
['Komen positif mengalir terus, bukti 𝐿𝐸𝒮𝒯𝐼𝟩𝟩 luar biasa. ']
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
import regex

from .page import Page
from .params import CLEAN, DecisionParams
from .rules import hidden_letters, invisible_chars, obfuscated_text
from .spliced_sentences import GLUED_BEFORE

if TYPE_CHECKING:  # the model module imports the decision, which imports this one
    from .model import LinearModel

# A comment's ordinary words on either side of the name, in letters: a sentence, not the host's
# paragraph.
MAX_SIDE_LETTERS = 2 * DecisionParams.short_line_letters
# characters read on either side for them: their letters many times over, so a long line of
# disguised names costs its length, not its square
_REACH = 16 * MAX_SIDE_LETTERS
# a capital that opens a word after a space, and a stop that ends a sentence (or a clause a
# comment's words would not cross)
_CAPITAL = regex.compile(r"(?<= )\p{Lu}")
_UPPER = regex.compile(r"\p{Lu}")
_STOP = regex.compile(r"[.!?;:]")
# the stops a comment's words do not cross: its exclamations, questions and colons are its own
# register ("Gacor banget! Rezeki lancar 𝐃𝐄𝐍𝐘𝐔𝐓𝟔𝟗!", "Mau kabur sebentar? Ya ke 𝗣𝗨𝗟𝗔𝗨𝗪𝗜𝗡."), and a
# host's sentence ends with a full stop
_HOST_STOP = regex.compile(r"[.;]")
# the comment's stops (a closing quotation mark or bracket may follow), then the host's next
# words in lower case
_CLOSED = regex.compile(r"[.!?]+[\"'\u201d\u2019\u00bb)]?(?= +[(\[«„“‘\"']?\p{Ll})")
_LETTER = regex.compile(r"\p{L}")


def disguised(page: Page, i: int) -> bool:
    """Whether block ``i``'s words are written so that no filter reads them (styled, mixed-script,
    spaced-out or masked letters, invisible characters between letters)."""
    return any(rule(page, i) is not None for rule in (obfuscated_text, invisible_chars, hidden_letters))


def _removed_run(page: Page, i: int, final: list[str]) -> tuple[int, int]:
    """The start and end of block ``i`` with the removed blocks glued to it, no space between, as
    far as ``_REACH`` on either side: a disguised name may be blocks of several scripts ("𝐏𝐑0𝐁𝐄" +
    "𐊗𝟖𝟓𝟓!")."""
    seg = page.seg
    line = page.line_blocks(int(seg.block_line[i]))
    a = b = i
    while (a > line.start and final[a - 1] != CLEAN and seg.block_end[a - 1] == seg.block_start[a]
           and seg.block_start[a - 1] >= seg.block_start[i] - _REACH):
        a -= 1
    while (b + 1 < line.stop and final[b + 1] != CLEAN and seg.block_end[b] == seg.block_start[b + 1]
           and seg.block_end[b + 1] <= seg.block_end[i] + _REACH):
        b += 1
    return int(seg.block_start[a]), int(seg.block_end[b])


def _bounds(page: Page, i: int, final: list[str]) -> tuple[int, int, int, int] | None:
    """``comment_bounds``, with the start and end of the disguised blocks (``_removed_run``)."""
    seg, text = page.seg, page.text
    line = page.line_blocks(int(seg.block_line[i]))
    line_start, line_end = int(seg.block_start[line.start]), int(seg.block_end[line.stop - 1])
    s, e = _removed_run(page, i, final)
    # only the text within reach is read: a long line of disguised names costs its length
    start = max(line_start, s - _REACH)
    before = text[start:s]
    lo = None
    last_stop = max((m.end() for m in _HOST_STOP.finditer(before)), default=0)
    for m in reversed(list(_CAPITAL.finditer(before, last_stop))):
        a = start + m.start()
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
    # exclaims before it ends ("𝑨𝑳𝑬𝑿𝑰𝑺17! membuktikan kualitasnya.", "𝘈𝙀𝐑𝙊𝟴𝟴! Hari ini menang
    # besar ..."), a host's sentence ends with a full stop and a capital
    hi = None
    for m in _STOP.finditer(text, e - 1, min(line_end, e + _REACH)):
        if len(_LETTER.findall(text, e, m.start())) > MAX_SIDE_LETTERS:
            break
        closed = _CLOSED.match(text, m.start(), line_end)
        if closed is not None:
            hi = closed.end()
        elif _HOST_STOP.match(text, m.start()):
            break
    if lo is None or hi is None or (lo, hi) == (s, e):
        return None
    return lo, hi, s, e


def comment_bounds(page: Page, i: int, final: list[str]) -> tuple[int, int] | None:
    """Where the comment around the disguised block ``i`` starts and ends on its line, when it
    reaches past the block and the removed blocks glued to it; None when either end is missing.
    It opens at the nearest capital before them that is glued to one of the host's words, at most
    ``MAX_SIDE_LETTERS`` letters back and with no full stop between (or with the block itself, when
    it opens a sentence or its own capital is so glued), and closes at the last stop within as many
    letters after them that the host's next words follow in lower case, no full stop that they do
    not follow so on the way (``_HOST_STOP``)."""
    found = _bounds(page, i, final)
    return None if found is None else found[:2]


def _one_side(lo: int, hi: int, s: int, e: int) -> tuple[int, int] | None:
    """The stretch a comment from ``lo`` to ``hi`` adds on its one side when it reaches past the
    disguised blocks from ``s`` to ``e`` on one side only, None when it reaches past both."""
    if lo < s and hi > e:
        return None
    return (lo, s) if lo < s else (e, hi)


def comment_cuts(page: Page, final: list[str], model: LinearModel, params: DecisionParams) -> list[int]:
    """Offsets inside blocks where the comments around removed disguised blocks start and end
    (``comment_blocks`` says which go)."""
    seg = page.seg
    out: list[int] = []
    for i, label in enumerate(final):
        if label == CLEAN or not disguised(page, i):
            continue
        found = _bounds(page, i, final)
        if found is None:
            continue
        side = _one_side(*found)
        if side is not None:
            reading = 1.0 - float(model.span_probabilities(seg.cps, np.array([side[0]]), np.array([side[1]]))[0, 0])
            if reading < params.clearly_clean:
                continue
        out.extend(found[:2])
    if not out:
        return []
    starts = set(seg.block_start.tolist())
    return sorted({at for at in out if at not in starts and at < len(page.text)})


def comment_blocks(page: Page, i: int, final: list[str], own_prob: np.ndarray | None, params: DecisionParams) -> list[int]:
    """The blocks of the comment around the disguised block ``i``: its line's blocks that lie
    wholly within ``comment_bounds``. A comment that reaches past the block on one side only has
    the block itself for a seam on the other, as a site's name alone slipped in does ("...kemudian
    mendengar peristiwa yang terjadi A𝙀𝐑𝙊𝟾8! di padukuhannya..."): its words on that side must not
    read clearly clean on their own (``own_prob``, each block's reading without its context: the
    comment's "Rezeki dari" reads 0.82, a host's words around a proper noun 0.01)."""
    found = _bounds(page, i, final)
    if found is None:
        return []
    lo, hi = found[:2]
    seg = page.seg
    line = page.line_blocks(int(seg.block_line[i]))
    first = max(line.start, int(np.searchsorted(seg.block_start, lo, side="left")))
    stop = min(line.stop, int(np.searchsorted(seg.block_end, hi, side="right")))
    blocks = [j for j in range(first, stop) if j != i]
    one_side = _one_side(*found) is not None
    if one_side and (own_prob is None or not any(own_prob[j] >= params.clearly_clean for j in blocks)):
        return []
    return blocks
