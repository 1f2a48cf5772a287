"""What the first pass of the decision knows before it judges a block: figures of the page per
line and per run (:class:`PageReading`), the block's rule findings summed up and its place
(:class:`BlockFacts`), and how the classifier reads it there (:func:`read_block`): its spam
probability and the thresholds that apply to a block standing where it stands (alone on a short
line, an item of a list or of the site's own menu, a sentence of the page's own prose).

``spamguard.first_pass`` then asks its removal paths and exemptions of these readings.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from .lines import line_is_menu, line_is_prose, line_of_items
from .page import Page
from .params import REASON_WEIGHTS, DecisionParams
from .quotes import quoted_word
from .reasons import Reason
from .rules import Finding
from .scripts import LATIN
from .spelled_runs import spelled_addresses
from .view import ClassifierView

__all__ = ["BlockFacts", "PageReading", "Reading", "evidence", "lowest_threshold", "read_block"]


def evidence(findings: list[Finding], skip: frozenset[Reason] = frozenset()) -> float:
    return sum(REASON_WEIGHTS[f.reason] * f.strength for f in findings if f.reason not in skip)


def has(findings: list[Finding], reason: Reason) -> bool:
    return any(f.reason is reason for f in findings)


# What is not the structure of stuffing: another script (weighed on its own), a way to reach a
# seller (a shop's own contact line has one too).
NOT_STRUCTURAL = frozenset({Reason.FOREIGN_SCRIPT, Reason.CONTACT_CHANNEL})
# What does not support a sentence of running prose in Latin letters: another script (``first_pass._supported``).
NOT_SUPPORT_OF_PROSE = frozenset({Reason.FOREIGN_SCRIPT})


@dataclass(frozen=True)
class PageReading:
    """Per-line and per-run figures of a page that the first pass reads for every block."""

    # A letter of a script written without spaces (a Han character, a Thai syllable) carries about
    # what a short Latin word does: a line of 15 Han characters is a phrase, not a title.
    line_letters: np.ndarray
    run_letters: np.ndarray
    # A line written mostly in other scripts than the page's (weighing a Hangul syllable as the
    # few Latin letters it reads as) is a quote or a translation when it is a sentence.
    quoted_line: np.ndarray
    # Quotes, citations and translations come in Latin letters far more than in any other script
    # (an English sentence on a Japanese page); a sentence in Thai or Cyrillic on a page in
    # another script is rarely one.
    latin: np.ndarray
    # blocks of each line reading at least the neighbour threshold (None without a model)
    leaning: np.ndarray | None
    # the lines reading under the spam threshold, and under the neighbour threshold, each with the
    # key ``lines.echoed`` files their words under: a mask and its key made once a page, not once
    # a block (a page of many short lines made one of its length for each)
    clean_lines: tuple[np.ndarray, int] | None = None
    calm_lines: tuple[np.ndarray, int] | None = None
    # whether each line asked so far is in a plain glossary run (``glossary.in_plain_glossary``):
    # it reads the view and the neighbour threshold, so it is kept with this reading, made for one
    # setting, not on the page, which the tuner decides under many
    plain_glossary: dict[int, bool] = field(default_factory=dict)

    @classmethod
    def of(cls, page: Page, view: ClassifierView | None, params: DecisionParams) -> PageReading:
        weight = page.weighted_letters
        line = page.seg.block_line
        line_letters = np.bincount(line, weights=weight, minlength=page.seg.n_lines)
        foreign_letters = np.bincount(line, weights=weight * page.foreign_blocks, minlength=page.seg.n_lines)
        leaning = (
            np.bincount(line, weights=view.spam_prob >= params.neighbour_threshold, minlength=page.seg.n_lines)
            if view is not None else None
        )
        line_spam = view.line_spam if view is not None else None
        return cls(
            line_letters=line_letters,
            run_letters=np.bincount(page.profile.block_run, weights=page.profile.block_letters),
            quoted_line=foreign_letters > 0.5 * line_letters,
            latin=page.profile.block_group == LATIN,
            leaning=leaning,
            clean_lines=None if line_spam is None else _keyed(line_spam < params.spam_threshold),
            calm_lines=None if line_spam is None else _keyed(line_spam < params.neighbour_threshold),
        )


def _keyed(mask: np.ndarray) -> tuple[np.ndarray, int]:
    """``mask`` and the key ``lines.echoed`` files its lines' words under."""
    return mask, hash(mask.tobytes())


@dataclass(frozen=True)
class BlockFacts:
    """What the first pass knows of one block: its rule findings summed up, its place."""

    i: int
    line: int
    findings: list[Finding]
    evidence: float  # every finding, weighted (``REASON_WEIGHTS``)
    structural: float  # the findings that are stuffing's structure
    foreign: float  # strength of the foreign-script finding
    repetition: float  # strength of the keyword-repetition finding
    hidden: bool  # words hidden letter by letter
    masked: bool  # a CJK word masked letter by letter, in a run of two masks or more (``masked_words``)
    # What follows the copyright line is not the page's content, so not its news either; nor is
    # what comes above its menu.
    after_footer: bool
    above_menu: bool
    # Nor is a sentence that says how to reach the seller ("liên hệ Zalo 0909 123 456").
    contact: bool
    # Nor one whose words are disguised (masked, styled, look-alike letters): it is written for the
    # filter, as news is not.
    disguised: bool
    # A few words said over and over, spliced into the page's own text (``spliced``).
    spliced: bool
    # A web address spelled out letter by letter (``spelled_runs.spelled_addresses``).
    spelled_address: bool
    # Nor a sentence spliced whole between two words of the page's own (``spliced_sentences``).
    spliced_sentence: bool

    @classmethod
    def of(cls, i: int, page: Page, f: list[Finding]) -> BlockFacts:
        return cls(
            i=i,
            line=int(page.seg.block_line[i]),
            findings=f,
            evidence=evidence(f),
            structural=evidence(f, skip=NOT_STRUCTURAL),
            foreign=max((x.strength for x in f if x.reason is Reason.FOREIGN_SCRIPT), default=0.0),
            repetition=max((x.strength for x in f if x.reason is Reason.KEYWORD_REPETITION), default=0.0),
            hidden=has(f, Reason.HIDDEN_LETTERS),
            masked=bool(page.seg.block_masked[i]) and not quoted_word(page, i),
            after_footer=has(f, Reason.AFTER_FOOTER),
            above_menu=has(f, Reason.ABOVE_MENU),
            contact=has(f, Reason.CONTACT_CHANNEL),
            disguised=has(f, Reason.OBFUSCATED_TEXT),
            spliced=has(f, Reason.REPEATED_PHRASE),
            spelled_address=bool(spelled_addresses(page)[i]),
            spliced_sentence=has(f, Reason.SPLICED_SENTENCE),
        )


@dataclass(frozen=True)
class Reading:
    """A block as the classifier reads it, in its line: its probability and how much it takes."""

    p: float
    # alone on a short line with no rule finding: a title or a label as often as spam
    alone: bool
    # an item of a list or of the site's own menu (``_listed``, ``_menu_item``)
    listed: bool
    menu_item: bool
    threshold: float  # probability that removes it on its own
    supported: float  # probability that removes it with the rules' support


def lowest_threshold(params: DecisionParams) -> float:
    return min(params.rules_veto, params.supported_threshold, params.spam_threshold)


def _listed(page: Page, reading: PageReading, b: BlockFacts, p: float, view: ClassifierView, params: DecisionParams) -> bool:
    """The one item of a list that leans towards spam, in a line that read as one unit does not,
    says as little as a short line alone, whatever the rules find in the list: a hotel's "free
    shuttle from the station" (無料送迎, 0.94 adult) between its check-in times, a pharmacy menu's
    "promotions" (優惠活動, 0.59 gambling) on a page in another script. Two such items are a list
    slipped into a line of the host's."""
    k = b.line
    # asked only where it can change the outcome: between the lowest threshold and the short-line one
    return (
        lowest_threshold(params) <= p < params.short_line_threshold
        and reading.leaning is not None and reading.leaning[k] <= 1
        and view.line_spam is not None and view.line_spam[k] < params.neighbour_threshold
        and page.cached("of_items", k, lambda j: line_of_items(page, j))
    )


def _menu_item(page: Page, b: BlockFacts, p: float, params: DecisionParams) -> bool:
    """An item of the site's own menu (a line naming its home, contact or about page) in the
    page's own script names one of its pages, and a lottery or casino site's pages are about
    lotteries and casinos ("Startseite | Casino | Poker | Roulette | Kontakt"). A link slipped into
    a hacked menu names another site's words (``_echoed_menu_item``)."""
    return (
        lowest_threshold(params) <= p
        and int(page.profile.block_group[b.i]) in page.profile.home_groups
        and page.cached("menu", b.line, lambda j: line_is_menu(page, j))
    )


def read_block(page: Page, reading: PageReading, b: BlockFacts, view: ClassifierView, params: DecisionParams) -> Reading:
    p = float(view.spam_prob[b.i])
    k = b.line
    menu_item = _menu_item(page, b, p, params)
    # the short-line threshold for both, however many items of a menu lean
    listed = menu_item or _listed(page, reading, b, p, view, params)
    alone = b.evidence == 0 and reading.line_letters[k] < params.short_line_letters
    threshold = max(params.spam_threshold, params.short_line_threshold) if alone or listed else params.spam_threshold
    supported = max(params.supported_threshold, params.short_line_threshold) if listed else params.supported_threshold
    # News and advice about spam use spam's words in sentences: a line of running prose in the
    # page's own script needs the prose threshold, unless its place or its form says it is not the
    # page's content. Above the menu the prose threshold is all that place lifts: a shop's own
    # banner there ("free shipping on orders over 49 EUR", 0.77 on a pharmacy) reads as its sales
    # lines do, so no lower threshold than the spam threshold. A foreign-script run inside a home
    # sentence is not the sentence's prose.
    home_text = int(page.profile.line_group[k]) in page.profile.home_groups and (
        int(page.profile.block_group[b.i]) in page.profile.home_groups
    )
    if (
        params.prose_threshold
        and home_text
        and not (b.after_footer or b.above_menu or b.contact or b.disguised or b.spliced_sentence)
        and page.cached("prose", k, lambda j: line_is_prose(page, j))
    ):
        threshold = max(threshold, params.prose_threshold)
        supported = max(supported, params.prose_threshold)
    return Reading(p, alone, listed, menu_item, threshold, supported)

