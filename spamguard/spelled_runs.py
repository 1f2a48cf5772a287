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

>>> from spamguard import default_detector
>>> from spamguard.page import Page
>>> text = "Tetapi waktu itu menentukan v c s m u r a h m e m e k de b o k e p bagi Macan Kepatihan."
>>> page = Page.from_text(text)
>>> [text[c:] for c in spelled_cuts(page, ["clean"], default_detector().model, DecisionParams())]
['v c s m u r a h m e m e k de b o k e p bagi Macan Kepatihan.', 'bagi Macan Kepatihan.']
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
import regex

from .injection_marks import letters_apart, spelled_words
from .page import Page
from .params import CLEAN, DecisionParams
from .scripts import FIRST_GROUP, code_groups
from .stuffing import DOMAIN

if TYPE_CHECKING:  # the model module imports the decision, which reads blocks spelled out
    from .model import LinearModel

__all__ = ["BRIDGE_LETTERS", "page_runs", "spelled_addresses", "spelled_blocks", "spelled_cuts", "spelled_runs"]

# the most letters of plain words between two spelled words of one run: a short word the
# spammer left whole ("de", "no", "up", "qq")
BRIDGE_LETTERS = 3
_LETTER = regex.compile(r"\p{L}")
_GLUED = regex.compile(r"[^\s]*")
_NOT_SPACE = regex.compile(r"\S")
# brackets and quotation marks, around a disguise a text shows rather than uses
_SHOWN = regex.compile(r"[\p{Ps}\p{Pe}\p{Pi}\p{Pf}\"']")


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


def page_runs(page: Page) -> list[tuple[int, int]]:
    """``spelled_runs`` of the page's text, once a page, and only where four letters each alone a
    space or a dot apart are (found with ``numpy``): a scan of the text by the pattern at every
    letter cost 4% of ``clean()``."""

    def find(_: int) -> list[tuple[int, int]]:
        cps = page.seg.cps
        apart = letters_apart(code_groups()[cps] >= FIRST_GROUP, (cps == 0x20) | (cps == 0x2E))
        return spelled_runs(page.text) if apart.any() else []

    return page.cached("spelled_runs", -1, find)


def spelled_cuts(page: Page, final: list[str], model: LinearModel, params: DecisionParams) -> list[int]:
    """Where blocks must be cut so that each run of words spelled out is a block of its own: a
    run's first character and the first after it that is not a space, where they fall inside a
    block. Only where the host's words of the run's blocks (what no run holds) are
    ``params.short_block`` letters or more and read clean together (under ``params.rest_clean``):
    a line spelled out throughout but for a few plain words ("I n s t a n t w i t h d r a w a l s,
    no K Y C, ...") is one spam, which its pieces read apart would not all say. In a block that
    ``final`` removes, only a run of ``params.short_block`` letters or more: a shorter one is a
    site's name, whose comment around it is the spammer's too and goes with it
    (``disguised_comments``), not a pitch or a keyword list slipped into the host's words."""
    seg, text = page.seg, page.text
    runs = page_runs(page)
    if not runs:
        return []
    in_run = np.zeros(len(text) + 1, dtype=bool)
    for a, z in runs:
        in_run[a:z] = True
    found: list[tuple[int, int, list[tuple[int, int]]]] = []  # a run, and its host's pieces
    for a, z in runs:
        first = int(np.searchsorted(seg.block_start, a, side="right")) - 1
        last = int(np.searchsorted(seg.block_start, z - 1, side="right")) - 1
        if first < 0 or (a <= seg.block_start[first] and z >= seg.block_end[last]):
            continue
        if len(_LETTER.findall(text, a, z)) < params.short_block and CLEAN not in final[first : last + 1]:
            continue
        lo, hi = int(seg.block_start[first]), int(seg.block_end[last])
        edges = np.flatnonzero(np.diff(np.concatenate(([True], in_run[lo:hi], [True])).astype(np.int8)))
        pieces = [(lo + int(p), lo + int(q)) for p, q in zip(edges[::2], edges[1::2])]
        if sum(len(_LETTER.findall(text, p, q)) for p, q in pieces) >= params.short_block:
            found.append((a, z, pieces))
    if not found:
        return []
    # every run's host's words, read together per run, in one pass
    starts = np.array([p for _, _, pieces in found for p, _ in pieces])
    ends = np.array([q for _, _, pieces in found for _, q in pieces])
    sums, counts = model.span_sums(seg.cps, starts, ends)
    owner = np.repeat(np.arange(len(found)), [len(pieces) for _, _, pieces in found])
    host_sums = np.zeros((len(found), sums.shape[1]))
    np.add.at(host_sums, owner, sums)
    host_spam = 1.0 - model.probabilities(host_sums, np.bincount(owner, weights=counts, minlength=len(found)))[:, 0]
    cuts: list[int] = []
    for (a, z, _), spam in zip(found, host_spam.tolist()):
        if spam >= params.rest_clean:
            continue
        nxt = _NOT_SPACE.search(text, z)
        for at in (a, nxt.start() if nxt else z):
            i = int(np.searchsorted(seg.block_start, at, side="right")) - 1
            if seg.block_start[i] < at < seg.block_end[i]:
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
    for a, z in page_runs(page):
        # the blocks the run overlaps, each spelled when its letters all lie in the run
        for b in range(int(np.searchsorted(seg.block_end, a, side="right")), int(np.searchsorted(seg.block_start, z))):
            s, e = int(seg.block_start[b]), int(seg.block_end[b])
            out[b] = candidates[b] and not _LETTER.search(page.text, s, max(s, a)) and not _LETTER.search(page.text, min(z, e), e)
    return out


def spelled_addresses(page: Page) -> np.ndarray:
    """Which blocks are words spelled out (``spelled_blocks``) whose letters, joined, write a web
    address ("q b k a c c o u n t i n g.c o m", "h t t p://p l a y992v i p.v i p"): an address is
    spelled out only to slip it past a filter, whatever the classifier makes of its name (a
    domain from a blocklist reads as any other name). Not an e-mail address: a site spells out
    its own to keep it from harvesters ("i n f o @ ..."); nor one in brackets or quotation marks:
    a warning shows the disguise it talks about ('addresses spelled out ("w w w.q u i c k ...")').

    >>> page = Page.from_text("Call us today\\nw w w.q u i c k l o a n.t o p\\ni n f o @ q u i c k.t o p\\nw i n n e r")
    >>> spelled_addresses(page).tolist()
    [False, True, False, False]
    """

    def find(_: int) -> np.ndarray:
        out = np.zeros(page.seg.n_blocks, dtype=bool)
        if not page_runs(page):
            return out
        seg, text = page.seg, page.text
        for b in np.flatnonzero(spelled_blocks(page, np.ones(seg.n_blocks, dtype=bool))).tolist():
            s, e = int(seg.block_start[b]), int(seg.block_end[b])
            pieces, at = [], s
            for a, z in spelled_words(text, s, e):
                pieces += [text[at:a], text[a:z].replace(" ", "")]
                at = z
            joined = "".join([*pieces, text[at:e]])
            shown = _SHOWN.search(text[max(int(seg.line_start[seg.block_line[b]]), s - 2) : s] + joined)
            out[b] = "@" not in joined and not shown and DOMAIN.search(joined) is not None
        return out

    return page.cached("spelled_addresses", -1, find)
