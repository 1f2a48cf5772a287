"""The page's own subject: a sentence of its prose whose loaded words its clean text says too.

An encyclopedia's article on online gambling defines it in gambling's words ("Online gambling is
any kind of gambling conducted on the internet, including virtual poker, casinos and sports
betting.", 0.998) and goes on about it in sentences that read clean ("Many countries restrict or
ban online gambling."); an injected pitch uses words the host's text does not. A sentence is
the page's subject when a word of it that reads alone as its own category (``LOADED``) is said
again by ``SAID`` blocks or more on other lines that do not lean to spam (under ``OWN``) and are
no list: the title, a heading, a sentence. Words in a script written without spaces are not read
one by one here.

Like a quotation in the host's prose (``quotes.quoted_blocks``), such a sentence is set apart
when the classifier reads the page (``view.quotations_of``). Its cost: an injected statement
that names what a page on the same subject talks about ("Online casino X pays out in minutes."
on news about online casinos) stays when it reads under ``ADVERT``; a pitch that exclaims is no
running prose and still goes.

>>> from spamguard import default_detector
>>> page = Page.from_text("Home | Articles\\nOnline gambling\\nOnline gambling is any kind of gambling "
...     "conducted on the internet, including virtual poker, casinos and sports betting.\\n"
...     "Many countries restrict or ban online gambling.\\nThe Gambling Commission licenses its operators.")
>>> model = default_detector().model
>>> spam = 1.0 - model.score(page.seg).block[:, 0]
>>> subject_sentences(page, spam >= 0.1, spam, model).tolist()
[False, False, False, True, False, False]
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
import regex

from .lines import line_is_list, line_may_be_prose
from .page import Page
from .scripts import UNSPACED_LETTER
from .topic import content_words

if TYPE_CHECKING:
    from .model import LinearModel

LOADED = 0.5  # spam probability of a word read alone that makes it one of the sentence's loaded words
SAID = 2  # clean blocks on other lines that say a loaded word again
OWN = 0.5  # spam probability under which a block's words are the page's own (a title at 0.48 is)
# A sentence read as spam at least this surely is an advert whatever the page talks about: an
# encyclopedia's definitions read 0.36-0.998 ('Online gambling is any kind of gambling...'), adverts
# written as statements on news about their own subject 0.9999 ('LuckySpin online casino pays out
# your winnings within minutes...', 'Situs judi online Gacor88 memberikan bonus deposit 100%...').
ADVERT = 0.999
_WORD = regex.compile(r"[\p{L}\p{M}]{4,}")


def subject_sentences(page: Page, candidates: np.ndarray, block_spam: np.ndarray, model: LinearModel) -> np.ndarray:
    """Whether each block of ``candidates`` (by block) is a sentence of running prose that says
    the page's subject (see the module's docstring), given each block's spam probability."""
    seg = page.seg
    reads_clean = block_spam < OWN
    out = np.zeros(seg.n_blocks, dtype=bool)
    prose = [
        b for b in np.flatnonzero(candidates & (block_spam < ADVERT)).tolist()
        if page.cached("may_prose", int(seg.block_line[b]), lambda j: line_may_be_prose(page, j))
    ]
    if not prose:
        return out
    # every word of every sentence read in one call, and the sentences' categories in another
    words = {b: [w for w in _WORD.findall(page.block_text(b)) if not UNSPACED_LETTER.search(w)] for b in prose}
    flat = [w for b in prose for w in words[b]]
    if not flat:
        return out
    read = model.predict_texts(flat)
    at = np.cumsum([0] + [len(words[b]) for b in prose])
    starts = np.array([seg.block_start[b] for b in prose])
    ends = np.array([seg.block_end[b] for b in prose])
    categories = np.argmax(model.span_probabilities(seg.cps, starts, ends)[:, 1:], axis=1)
    loaded: dict[int, set[str]] = {}
    for n, (b, category) in enumerate(zip(prose, categories.tolist())):
        loaded[b] = {
            stem for w, p in zip(words[b], read[at[n] : at[n + 1]])
            if 1.0 - p[0] >= LOADED and int(np.argmax(p[1:])) == category
            for stem in content_words(w)
        }
    if not any(loaded.values()):
        return out
    own = [
        (int(seg.block_line[b]), content_words(page.block_text(b))) for b in np.flatnonzero(reads_clean).tolist()
        if not page.cached("list", int(seg.block_line[b]), lambda m: line_is_list(page, m))
    ]
    for b, stems in loaded.items():
        k = int(seg.block_line[b])
        out[b] = any(sum(1 for line, said in own if line != k and stem in said) >= SAID for stem in stems)
    return out
