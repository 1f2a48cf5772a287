"""Words tacked onto a paragraph's sentences: after its last stop (``stopless_tails``: "…隔海相望。
激情影片 做愛影片"), or a keyword list glued in front of its next sentence right after a stop
(``list_heads``: "…行ってきました。" | "スーパーコピー 時計" | "部屋に露天風呂が…"). Neither is a sentence
of the paragraph's: the view lets them read as what they are on their own.
"""

from __future__ import annotations

import numpy as np
import regex

from .lines import SENTENCE_END
from .opening_lists import list_of_items
from .page import Page
from .stretch_edges import DENSE_LETTER, LIST_GAP

__all__ = ["list_heads", "stopless_tails"]

# a link's label ends with an arrow ("立即前往>>", "Read more »"): the page's own button
_BUTTON_END = regex.compile(r"[>»→▶›➔]\s*$")
# a gap between two Chinese or Japanese letters, which a keyword list writes and prose does not
_GAPPED = regex.compile(f"{DENSE_LETTER.pattern}{LIST_GAP.pattern}{DENSE_LETTER.pattern}")


def stopless_tails(page: Page, candidates: np.ndarray) -> np.ndarray:
    """Which of the ``candidates`` (sentences of a paragraph) are its last, with no stop of their
    own and no button's arrow: words tacked after the paragraph's last sentence.

    >>> page = Page.from_text("The bridge opened in May. It is long. cheap viagra online\\nWe met. Read more >>")
    >>> stopless_tails(page, np.ones(page.seg.n_blocks, dtype=bool)).tolist()
    [False, False, True, False, False]
    """
    seg = page.seg
    last = np.ones(seg.n_blocks, dtype=bool)
    last[:-1] = seg.block_piece[1:] != seg.block_piece[:-1]
    out = candidates & last & seg.block_sentence
    for i in np.flatnonzero(out).tolist():
        text = seg.block_text(i)
        out[i] = not (SENTENCE_END.search(text) or _BUTTON_END.search(text))
    return out


def list_heads(page: Page, candidates: np.ndarray) -> np.ndarray:
    """Which of the ``candidates`` (sentences of a paragraph) follow a stop on their line and run
    on, with no stop of their own, into the next block of their sentence, being a Chinese or
    Japanese keyword list whose last item is a keyword's length (``opening_lists.list_of_items``):
    a list glued in front of the host's next sentence, which an earlier look cut off it.

    >>> page = Page.from_text("町の図書館は来月から開館時間を延ばします。スーパーコピー 時計平日は夜八時まで借りられます。", [31])
    >>> list_heads(page, np.ones(page.seg.n_blocks, dtype=bool)).tolist()
    [False, True, False]
    """
    seg = page.seg
    out = candidates & seg.block_sentence
    out[0] = False
    out[:-1] &= seg.block_line[1:] == seg.block_line[:-1]
    out[-1] = False
    for i in np.flatnonzero(out).tolist():
        text = seg.block_text(i)
        out[i] = (
            seg.block_line[i - 1] == seg.block_line[i] and SENTENCE_END.search(seg.block_text(i - 1)) is not None
            and SENTENCE_END.search(text) is None and _GAPPED.search(text) is not None and list_of_items(text)
        )
    return out
