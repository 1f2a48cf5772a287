"""Where spam written as a headline in lenticular brackets starts, glued to a host's words.

Chinese SEO spam opens with a headline in lenticular brackets ("【急用借錢】信用不良也可貸 快速核貸
立即申請"). Glued into a Chinese or Japanese host's sentence with no space or mark
("...这些课程有助" | "【躺著就能瘦小腹】醫師推薦 七天見效..."), the host's letters before the bracket
are read with it and go with the span. A removed span that opens with such letters, a bracket
within ``REACH`` characters on the same line, the letters reading clean on their own
(``params.sentence_clean``), starts at the bracket instead.

>>> from spamguard.detector import Detector
>>> det = Detector()
>>> text = "这些课程有助【躺著就能瘦小腹】醫師推薦 七天見效 限量供應欲購從速"
>>> [text[s.start:s.end] for s in headline_starts(text, (Span(0, len(text), "pharma", 1.0, ()),), det.model, det.params)]
['【躺著就能瘦小腹】醫師推薦 七天見效 限量供應欲購從速']
"""

from __future__ import annotations

import numpy as np
import regex

from .model import LinearModel
from .params import DecisionParams
from .result import Span
from .scripts import codepoints

__all__ = ["REACH", "headline_starts"]

# how far into a span its bracket is looked for: a host's clause, not a paragraph
REACH = 40
_LETTER = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}ー]")


def headline_starts(text: str, spans: tuple[Span, ...], model: LinearModel, params: DecisionParams) -> tuple[Span, ...]:
    """``spans`` with each one that opens with a host's letters glued to a lenticular bracket
    starting at the bracket (see the module's docstring)."""
    out = []
    cps = None
    for x in spans:
        at = text.find("【", x.start, min(x.end, x.start + REACH))
        if at > x.start and _LETTER.match(text[at - 1]) and "\n" not in text[x.start : at]:
            cps = codepoints(text) if cps is None else cps
            if 1.0 - float(model.span_probabilities(cps, np.array([x.start]), np.array([at]))[0, 0]) < params.sentence_clean:
                x = Span(at, x.end, x.label, x.score, x.reasons)
        out.append(x)
    return tuple(out)
