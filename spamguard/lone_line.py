"""The one line that stands out from a clean page (a step of ``spamguard.revise``): a pitch in
ordinary words between a page's own paragraphs can read as spam, yet under the threshold its
shape asks for, where every other line reads as clearly clean. It goes when it is long and not
running prose (``outlier_line``), or when it says how to buy on a page that sells nothing, even as
running prose (``offer_line``); a line that shows words rather than uses them stays.
"""

from __future__ import annotations

import numpy as np

from .commerce import TRANSACTION, cues, line_cues
from .glossary import line_is_glossary
from .lines import line_is_menu, line_is_prose
from .page import Page
from .params import DecisionParams
from .program_text import line_is_code
from .quotes import line_of_quotations
from .reasons import Reason
from .revision import Revision


def revise_outlier(rev: Revision, params: DecisionParams, spam_prob: np.ndarray, names: list[str]) -> None:
    """The one line of a page the classifier leans towards spam, while every other line is
    clearly clean, goes when it is long and not running prose: a pitch in ordinary words ("Our
    premium gummies ship free, order today!") can score high, yet under the spam threshold,
    on a page that scores next to nothing. Lines
    with spam already do not count; a sentence of running prose stays (a news item that names a
    casino once), and so do a short line (a title, an e-mail address), a program's text (a spam
    filter's word list, ``program_text.line_is_code``), a glossary (``glossary.line_is_glossary``)
    and a line of quoted words and nothing else, which mentions them (``quotes.line_of_quotations``:
    a forum's banned words in guillemets)."""
    page = rev.page
    lone = _lone_leaning_line(rev, params, spam_prob, params.outlier_threshold, params.outlier_line_letters)
    if lone is None:
        return
    k, _ = lone
    if page.cached("prose", k, lambda j: line_is_prose(page, j)) or _holds_clean_sentence(page, k, spam_prob, params):
        return
    # of a menu, the items that stand out, each a link of its own ("Startseite | Anfahrt |
    # Potenzmittel rezeptfrei | Kontakt")
    if not page.cached("menu", k, lambda j: line_is_menu(page, j)):
        rev.take_line(k, spam_prob, names, Reason.OUTLIER_LINE)
        return
    items = [i for i in page.line_blocks(k) if spam_prob[i] >= params.outlier_threshold]
    if items:
        rev.take_line(k, spam_prob, names, Reason.OUTLIER_LINE, items)


def _lone_leaning_line(
    rev: Revision, params: DecisionParams, spam_prob: np.ndarray, threshold: float, min_letters: int
) -> tuple[int, np.ndarray] | None:
    """The one line without spam that leans towards spam at all (``outlier_page_clean``) on a
    page of three or more lines of text, when it reads ``threshold`` or more, has ``min_letters``
    letters and uses its words rather than shows them (``mentions``), with which lines count;
    None otherwise."""
    if not len(spam_prob) or spam_prob.max() < threshold:
        return None
    line_prob, letters, _, spam = rev.line_stats(spam_prob)
    counted = (spam == 0) & (letters >= params.short_block)
    above = np.flatnonzero(counted & (line_prob >= params.outlier_page_clean))
    if len(above) != 1 or counted.sum() < 3:
        return None
    k = int(above[0])
    if line_prob[k] < threshold or letters[k] < min_letters or mentions(rev.page, k):
        return None
    return k, counted


def mentions(page: Page, k: int) -> bool:
    """Whether line k shows words rather than using them: a program's text, a glossary, or quoted
    words and nothing else."""
    return bool(
        page.cached("code", k, lambda j: line_is_code(page, j))
        or page.cached("glossary", k, lambda j: line_is_glossary(page, j))
        or page.cached("quotations_line", k, lambda j: line_of_quotations(page, j))
    )


def revise_offer(rev: Revision, params: DecisionParams, spam_prob: np.ndarray, names: list[str]) -> None:
    """The one line of a page the classifier reads as spam (``offer_threshold``), while every
    other line is clearly clean, goes even as running prose when it says how to get goods (a call
    to order, the seller's own "we ship", a contact: ``commerce.cues``) and no other line of the
    page (its menu aside: a site names its contact page) speaks of ordering or delivery or gives a
    price: a pitch in plain words says how to buy, on a page that sells nothing.
    News and advice that name spam's goods say nothing of ordering them, and a shop speaks of
    buying on more than one line. A program's text, a glossary and a line of quoted words stay,
    as for the outlying line, and quoted words never count (``commerce.line_cues``)."""
    page = rev.page
    lone = _lone_leaning_line(rev, params, spam_prob, params.offer_threshold, params.offer_line_letters)
    if lone is None:
        return
    k, counted = lone
    if not line_cues(page, k) & TRANSACTION or any(
        line_cues(page, int(j)) and not line_is_menu(page, int(j)) for j in np.flatnonzero(counted) if j != k
    ):
        return
    # a pitch glued into the host's paragraph goes without the paragraph's own sentences
    blocks = [i for i in page.line_blocks(k) if spam_prob[i] >= params.outlier_page_clean or cues(page.block_text(i)) & TRANSACTION]
    rev.take_line(k, spam_prob, names, Reason.OFFER_LINE, blocks)


def _holds_clean_sentence(page: Page, k: int, spam_prob: np.ndarray, params: DecisionParams) -> bool:
    """Whether line k holds a sentence of a paragraph, as long as a line, that reads clearly clean:
    the line is a host's paragraph, whatever was slipped into it ("... one reel was shown out of
    order. celebritynude | porno tik | roseporn 2026 Building length ...": its separators keep it
    from reading as prose)."""
    blocks = page.line_blocks(k)
    sentence = page.seg.block_sentence[blocks.start : blocks.stop]
    long = page.profile.block_letters[blocks.start : blocks.stop] >= params.short_line_letters
    clean = spam_prob[blocks.start : blocks.stop] < params.clearly_clean
    return bool((sentence & long & clean).any())
