"""A Spanish question or exclamation beside a removed block: where to cut a kept block so it is a
sentence of its own.

Spanish opens a question with "¿" and an exclamation with "¡", and a sentence start is found at a
stop followed by a capital (``spamguard.sentences``, the segmentation the model was trained on):
"...durante unos cuarenta minutos. ¿Necesitas ayuda con tu tesis?" stays one block, and a pitch's
hook before it ("¿Necesitas ayuda...?" | "Compra tu ensayo original en 24 horas...") stays with
the host's sentence it was glued to. Next to a removed block of the same piece, the kept block is
cut at such a mark (``inverted_mark_cuts``), and the detector looks at the page again with the
question a block of its own (``segment(text, cuts)``, as ``spamguard.inline`` does for clauses
injected into a kept sentence), where it goes as a pitch's hook does (``pitch_ends``) or stays.

>>> from spamguard.detector import Detector
>>> text = ("Recetas\\nArroz con leche\\nPon a calentar la leche con canela. Añade el arroz y remueve durante "
...         "cuarenta minutos. ¿Necesitas ayuda con tu tesis? Compra tu ensayo original en 24 horas con "
...         "redactores profesionales y sin plagio garantizado en ensayosya.net. Al final incorpora el azúcar.")
>>> [text[s.start:s.end] for s in Detector().clean(text).removed]
['¿Necesitas ayuda con tu tesis? Compra tu ensayo original en 24 horas con redactores profesionales y sin plagio garantizado en ensayosya.net. ']
"""

from __future__ import annotations

import numpy as np
import regex

from .page import Page
from .params import CLEAN

__all__ = ["inverted_mark_cuts"]

# a stop, spaces, then the inverted mark that opens the next sentence
_OPENS = regex.compile(r"(?<=[.!?…][\s\p{Cf}]*)[¿¡]")


def inverted_mark_cuts(page: Page, final: list[str]) -> list[int]:
    """Offsets of the inverted question and exclamation marks that open a sentence after a stop
    inside a kept block right before or after a removed block of its piece."""
    seg = page.seg
    removed = np.asarray(final, dtype=object) != CLEAN
    if not removed.any() or not any(mark in seg.text for mark in "¿¡"):
        return []
    piece = seg.block_piece
    beside = np.zeros(seg.n_blocks, dtype=bool)
    beside[:-1] |= removed[1:] & (piece[:-1] == piece[1:])
    beside[1:] |= removed[:-1] & (piece[1:] == piece[:-1])
    cuts: list[int] = []
    for b in np.flatnonzero(beside & ~removed).tolist():
        s, e = int(seg.block_start[b]), int(seg.block_end[b])
        cuts.extend(m.start() for m in _OPENS.finditer(seg.text, s, e) if m.start() > s)
    return cuts
