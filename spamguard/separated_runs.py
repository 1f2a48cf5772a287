"""A keyword list dropped between two words of a host's sentence in a script that spaces its
words, its items parted by separators ("Gelgelelim akıntıya Viagra 100mg | kutu 2 tablet | 390,50
TL | reçetesiz satış, kapıda ödeme karşı kürek çekmekle...").

The page's segmentation cuts the sentence at each separator, so the list lies across several
blocks: its first item glued to the host's words before it, its last to those after, its inner
items too short to read as anything ("kutu 2 tablet" 0.02, "390,50 TL" 0.001). Read as one text,
the blocks that separators join on a line hold a run of whole words that reads as certain spam,
carries the separators (the list's marks, which the host's words around it do not wear) and leaves
the host's words a line long reading clean: ``word_runs.surest_run``, which reads one sentence so,
finds it. Like spam glued across the blocks of a Chinese or Japanese sentence (``glued_runs``), the
run's blocks keep its reading (``view.page_scores``) and its edges inside a block are cut for the
detector's next look, which reads the blocks again across that look's cuts. A list of names,
each capitalized, is news naming what it reports on and stays (``word_runs``). Only a list one of
whose inner items reads as nothing alone is read so: where every item reads as spam, the list's
own reading takes it, and a run read across it may take a host's word that leans its way. The
run's edges are where it parts spam from host best, not widened to words next to it that lean
its way (the host's words glued to the list do): a last item's plain words may stay ("essay
writing service" keeps "writing service").

>>> from spamguard.detector import Detector
>>> text = ("Ana Sayfa | Haberler | İletişim\\nBelediye meclisi toplandı\\nBelediye meclisi dün akşam "
...         "toplanarak yeni park projesini viagra fiyatı | kutu 4 tablet | 390 TL | cialis reçetesiz oy "
...         "birliğiyle kabul etti ve çalışmalar gelecek ay başlayacak.\\nBaşkan projeyi anlattı.")
>>> [text[s.start:s.end].strip() for s in Detector().clean(text).removed]
['viagra fiyatı | kutu 4 tablet | 390 TL | cialis reçetesiz']
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
import regex

from .glued_runs import MAX_CHARS
from .injection_marks import mark_positions
from .page import Page
from .params import DecisionParams

if TYPE_CHECKING:  # the model module imports the view, which imports this one
    from .model import LinearModel

__all__ = ["separated_stretches"]

# what parts a list's items between two blocks of a line: a bar, a slash, a bullet or a dash
_SEPARATOR = regex.compile(r"\s*[|｜¦/•·–—-]\s*")
# fewest separators in a list read so: three items
MIN_SEPARATORS = 2


def separated_stretches(page: Page, model: LinearModel, params: DecisionParams, block_spam: np.ndarray) -> list[tuple[int, int]]:
    """(start, end) of each run of words that is a keyword list dropped into a host's sentence
    across blocks that separators join on a line (see the module's docstring), in page order.
    An earlier look's cut inside the sentence joins its two blocks too: the run is found again
    in the sentence as the page wrote it."""
    # word_runs imports the model, which imports the view, which imports this module
    from .word_runs import MAX_EDGE_WORDS, MIN_RUN_LETTERS, read_by_words, surest_run

    seg = page.seg
    if seg.n_blocks < MIN_SEPARATORS + 1 or not _SEPARATOR.search(seg.text):
        return []
    spaced = read_by_words(page)
    same_line = (seg.block_line[1:] == seg.block_line[:-1]) & spaced[:-1] & spaced[1:]
    cuts = set(seg.cuts)
    parted = np.zeros(len(same_line), dtype=bool)
    joined = np.zeros(len(same_line), dtype=bool)
    for b in np.flatnonzero(same_line).tolist():
        gap = seg.text[int(seg.block_end[b]) : int(seg.block_start[b + 1])]
        parted[b] = bool(gap.strip()) and _SEPARATOR.fullmatch(gap) is not None
        joined[b] = parted[b] or (int(seg.block_start[b + 1]) in cuts and not gap.strip())
    levels: np.ndarray | None = None
    out = []
    b = 0
    while b < len(joined):
        if not joined[b]:
            b += 1
            continue
        first = b
        while b < len(joined) and joined[b]:
            b += 1
        # the host's words lie in the first and last blocks, and one of the list's inner items (a
        # separator on each side; an earlier look's cuts part no item) reads as nothing on its own:
        # a list whose items all read as spam is read as a list
        host = page.profile.block_letters[first] + page.profile.block_letters[b]
        items = first + 1 + np.flatnonzero(parted[first : b - 1] & parted[first + 1 : b])
        if (
            parted[first:b].sum() < MIN_SEPARATORS or host < params.short_line_letters + MIN_RUN_LETTERS
            or (block_spam[items] >= params.neighbour_threshold).all()
        ):
            continue
        if levels is None:
            levels = mark_positions(seg.cps)
        span = (int(seg.block_start[first]), int(seg.block_end[b]))
        if span[1] - span[0] > MAX_CHARS:
            continue  # a list dropped into a sentence is short; a page-long one is a list page
        run = surest_run(page, model, params, first, levels, span=span, widen=False)
        # a list's edge item is a keyword's few words: a run reaching further into the first or
        # last block took the host's clause, which the weaker readings let lean its way
        if run is not None and max(_words(page, run[0], int(seg.block_end[first])),
                                   _words(page, int(seg.block_start[b]), run[1])) <= MAX_EDGE_WORDS + 1:
            out.append(run)
    return out


def _words(page: Page, a: int, z: int) -> int:
    """Words of ``text[a:z]`` as ``surest_run`` counts them (pieces that spaces part), those with a
    letter: a web address is one word, a dash between two words none."""
    if z <= a:
        return 0
    starts, ends = page.space_parted(a, z)
    weight = page.letters_before
    return int((weight[ends] > weight[starts]).sum())
