"""Words spelled out letter by letter in a host's sentence, cut out at the disguise's edges.

Spam spells its words out so that no filter reads them ("v c s m u r a h v c s b e r b a y a r",
"p o t e n z m i t t e l k a u f e n"). The classifier reads the letters joined again
(``normalize``), but a run slipped into a host's sentence is one block with the sentence: whole,
the block goes with the run and the host's words are lost with it, or stays and the run with it.
The disguise says where the run starts and ends, which plain words do not: there the block is cut
for the detector's next look (``spamguard.inline``), in which the run reads on its own, however
short (``view.classifier_view``), and the host's words as their own. A run is the spelled words
in a row with at most ``BRIDGE_LETTERS`` letters of plain words between two of them ("a g ê n c i
a de s e o b a r a t a"), and what is glued to its last letter ("l i n k s s e o2026"). A word
spelled out that is the host's (a spelling lesson's "c a t") is cut out too, and reads as what it
is: the pieces stay.

>>> from spamguard.page import Page
>>> text = "Tetapi waktu itu menentukan v c s m u r a h m e m e k de b o k e p bagi Macan Kepatihan."
>>> page = Page.from_text(text)
>>> [text[c:] for c in spelled_cuts(page, ["clean"], DecisionParams())]
['v c s m u r a h m e m e k de b o k e p bagi Macan Kepatihan.', 'bagi Macan Kepatihan.']
"""

from __future__ import annotations

import numpy as np
import regex

from .injection_marks import spelled_words
from .page import Page
from .params import CLEAN, DecisionParams

__all__ = ["BRIDGE_LETTERS", "spelled_blocks", "spelled_cuts", "spelled_runs"]

# the most letters of plain words between two spelled words of one run: a short word the
# spammer left whole ("de", "no", "up", "qq")
BRIDGE_LETTERS = 3
_LETTER = regex.compile(r"\p{L}")
_GLUED = regex.compile(r"[^\s]*")
_NOT_SPACE = regex.compile(r"\S")


def spelled_runs(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """The runs of words spelled out in ``text[start:end]`` (see the module): each run's first
    character and the first after it.

    >>> text = "nos a g ê n c i a de s e o b a r a t a2026 e mais"
    >>> [text[a:z] for a, z in spelled_runs(text)]
    ['a g ê n c i a de s e o b a r a t a2026']
    """
    end = len(text) if end is None else end
    runs: list[list[int]] = []
    for a, z in spelled_words(text, start, end):
        gap = text[runs[-1][1] : a] if runs else ""
        if runs and "\n" not in gap and len(_LETTER.findall(gap)) <= BRIDGE_LETTERS:
            runs[-1][1] = z
        else:
            runs.append([a, z])
    out = []
    for a, z in runs:
        glued = _GLUED.match(text, z, end)
        out.append((a, glued.end() if glued else z))
    return out


def spelled_cuts(page: Page, final: list[str], params: DecisionParams) -> list[int]:
    """Where blocks must be cut so that each run of words spelled out is a block of its own: a
    run's first character and the first after it that is not a space, where they fall inside a
    block. In a block that ``final`` removes, only a run of ``params.short_block`` letters or more:
    a shorter one is a site's name, whose comment around it is the spammer's too and goes with it
    (``disguised_comments``), not a pitch or a keyword list slipped into the host's words."""
    seg = page.seg
    cuts: list[int] = []
    for a, z in spelled_runs(page.text):
        nxt = _NOT_SPACE.search(page.text, z)
        name = len(_LETTER.findall(page.text, a, z)) < params.short_block
        for at in (a, nxt.start() if nxt else z):
            i = int(np.searchsorted(seg.block_start, at, side="right")) - 1
            if i >= 0 and seg.block_start[i] < at < seg.block_end[i] and not (name and final[i] != CLEAN):
                cuts.append(at)
    return cuts


def spelled_blocks(page: Page, candidates: np.ndarray) -> np.ndarray:
    """Which of the ``candidates`` blocks are a run of words spelled out and nothing else: every
    letter of the block in one run ("p i k p i k p i k", cut out of a host's sentence by
    ``spelled_cuts``).

    >>> page = Page.from_text("Og du\\np i k p i k de p i k p i k\\nvil nyde")
    >>> spelled_blocks(page, np.ones(page.seg.n_blocks, dtype=bool)).tolist()
    [False, True, False]
    """
    seg, out = page.seg, np.zeros(page.seg.n_blocks, dtype=bool)
    for b in np.flatnonzero(candidates).tolist():
        s, e = int(seg.block_start[b]), int(seg.block_end[b])
        runs = spelled_runs(page.text, s, e)
        out[b] = len(runs) == 1 and not _LETTER.search(page.text, s, runs[0][0]) and not _LETTER.search(page.text, runs[0][1], e)
    return out
