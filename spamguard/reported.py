"""Sentences that report what someone else promises: news about spam, in spam's words.

"The apps promise instant cash loans without a credit check, approved in minutes." reads as
certain spam (1.0): the classifier reads the promise, not who makes it. A pitch speaks for the
seller ("We offer...", "Get cash now...") or names the goods; a report puts a third party first
and a verb of promising, advertising or claiming after it ("Payday lenders promise cash in your
account within an hour..."). Such a sentence of the host's prose is set apart as the host's, as a
quotation in its prose is (``quotes.quoted_blocks``). The page around need not say the
sentence's words: news on loan-shark apps names neither cash nor credit again, and the
classifier reads it clean. The cost: a pitch written as a third party's promise ("Our customers
claim..." aside, which speaks for the seller) stays.

>>> reports("The apps promise instant cash loans without a credit check.")
True
>>> reports("We promise instant cash loans without a credit check."), reports("Instant cash loans, no credit check!")
(False, False)
"""

from __future__ import annotations

import numpy as np
import regex

from .clauses import as_shown
from .lines import line_may_be_prose
from .page import Page

__all__ = ["reported_blocks", "reports"]

# The most words before the verb: a subject ("Some payday lenders in the city"), not a clause.
MAX_SUBJECT_WORDS = 6
# Verbs of promising, advertising and claiming, in the third person (a seller says "we promise",
# "nous promettons", "wir versprechen"), in languages that put the verb after its subject. Not
# "claim" (a pitch's "New players claim 200 free spins"), nor Indonesian's "menjanjikan" or
# Vietnamese "hứa hẹn", which slot and betting adverts write of themselves ("Situs slot gacor
# menjanjikan maxwin"), nor verbs of guaranteeing ("Este casino asegura pagos rápidos").
_REPORTING = regex.compile(
    r"\b(?:promise[sd]?|advertise[sd]?|claim(?:s|ed)|boast(?:s|ed)?|tout(?:s|ed)?|lure[sd]?|"
    r"promettent|promet|vantent|vante|prétendent|prétend|"
    r"versprechen|verspricht|versprachen|werben|wirbt|locken|lockt|behaupten|behauptet|"
    r"prometen|promete|prometían|anuncian|anuncia|"
    r"promettono|promette|pubblicizzano|pubblicizza|vantano|sostengono|"
    r"prometem|promete|prometiam|anunciam|anuncia|alegam|"
    r"beloven|belooft|adverteren|adverteert|"
    r"обещают|обещает|обещали|рекламируют|рекламирует|сулят|заявляют|"
    r"obiecują|obiecuje|reklamują|twierdzą)\b",
    regex.IGNORECASE,
)
_CJK_REPORTING = regex.compile(r"宣称|声称|号称|謊稱|谎称|宣稱|聲稱|號稱")
# a subject that speaks for the seller ("my" is English and Polish)
_FIRST_PERSON = regex.compile(
    r"\b(?:we|i|our|my|us|nous|je|notre|nos|wir|ich|unser\w*|nosotros|nosotras|nuestr\w+|yo|noi|io|nostr\w|"
    r"nós|eu|noss\w|wij|ik|onze|kami|kita|saya|chúng tôi|tôi|мы|я|наш\w*|nasz\w*)\b",
    regex.IGNORECASE,
)
_WORD = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}'’-]*")


def reports(sentence: str) -> bool:
    """Whether ``sentence`` opens with a third party's promise: a subject of at most
    ``MAX_SUBJECT_WORDS`` words, none speaking for the seller, then a verb of promising,
    advertising or claiming (in Chinese, "宣称" and the like within its first characters), read as
    shown (``clauses.as_shown``: full-width letters folded)."""
    head = as_shown(sentence)
    cjk = _CJK_REPORTING.search(head, 0, 16)
    if cjk is not None:
        return cjk.start() > 0 and not regex.search("我们|我們|本站|本公司", head[: cjk.start()])
    m = _REPORTING.search(head)
    if m is None or m.start() == 0:
        return False
    subject = head[: m.start()]
    words = _WORD.findall(subject)
    return 0 < len(words) <= MAX_SUBJECT_WORDS and _FIRST_PERSON.search(subject) is None


def reported_blocks(page: Page, blocks: np.ndarray) -> np.ndarray:
    """Whether each block of ``blocks`` is a sentence of prose that reports a third party's
    promise (``reports``)."""
    seg = page.seg
    out = np.zeros(seg.n_blocks, dtype=bool)
    for b in np.flatnonzero(blocks & seg.block_sentence).tolist():
        out[b] = reports(page.block_text(b)) and page.cached(
            "may_prose", int(seg.block_line[b]), lambda j: line_may_be_prose(page, j)
        )
    return out
