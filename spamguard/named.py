"""What a Chinese or Japanese sentence names: a piece set apart inside it, on a page reporting on it.

News on a gambling ring names the ring's site inside its own sentence ("…警方近日查获一个名为
www.88bet.com的赌博网站…"): the change of script sets the address apart as a block of its own, which
reads as certain spam alone. Spam glued into a host's sentence looks the same ("…延长开放时间，
www.010885.com周一至周日均开放至晚上九点。"); the page around tells them apart, which uses the words
news uses about the piece's category (``report_words``) and not those of what an injection lands
in. Such a piece, with the sentence's own letters in the blocks on both sides, is set apart as the
host's, as a quotation in its prose is (``quotes.quoted_blocks``), and ``glued_runs`` and
``dense_runs`` keep no stretch apart on such a page. The cost: spam slipped into a page that
reports on its own kind stays when it is one piece between the host's words.

>>> from spamguard.detector import Detector
>>> text = ("首页｜新闻｜联系我们\\n警方捣毁网络赌博团伙\\n记者从市公安局获悉，警方近日查获一个名为www.88bet.com的"
...         "赌博网站，抓获犯罪嫌疑人十二名。\\n警方提醒市民远离网络赌博。")
>>> Detector().clean(text).removed
()
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from .glued_runs import ends_sentences
from .page import Page
from .scripts import group_id

__all__ = ["named_blocks"]

_CJK = group_id("CJK")


def named_blocks(page: Page, leaning: np.ndarray, reported: Callable[[int], bool]) -> np.ndarray:
    """The blocks among ``leaning`` that a Chinese or Japanese sentence names (see the module): set
    apart from the blocks on both sides of it on its line by a change of script or a gap (each side
    a piece of its own), those blocks in Chinese or Japanese with no stop ending either before the
    next, on a page that reports on the block's category (``reported(block)``)."""
    seg = page.seg
    out = np.zeros(seg.n_blocks, dtype=bool)
    if seg.n_blocks < 3:
        return out
    inner = np.flatnonzero(leaning[1:-1]) + 1
    cjk = page.profile.block_group == _CJK
    line, piece = seg.block_line, seg.block_piece
    inner = inner[cjk[inner - 1] & cjk[inner + 1] & (line[inner - 1] == line[inner]) & (line[inner + 1] == line[inner])]
    inner = inner[(piece[inner] != piece[inner - 1]) & (piece[inner + 1] != piece[inner])]
    if not len(inner):
        return out
    ends = ends_sentences(seg, np.concatenate((inner - 1, inner)))
    for b in inner[~ends[inner - 1] & ~ends[inner]].tolist():
        out[b] = reported(b)
    return out
