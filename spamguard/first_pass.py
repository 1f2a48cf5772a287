"""The first pass of the decision: each block judged on its own evidence (like jusText's
``classify_paragraphs``), the classifier's spam probability as ``spamguard.view`` reads it (for
short blocks, their line's) and the rule findings.

The classifier removes a block by one of ``_MODEL_PATHS`` (its probability over the block's
threshold; leaning, with the rules' support; leaning after the page's footer; leaning with a
contact channel; leaning and stuffed) unless one of ``_EXEMPTIONS`` holds (one word alone on its
line; an item of the site's menu that the page's clean lines echo; a heading they say again; the
page's title; a program's text; markup tags; a glossary's words; a quotation in the host's prose). The threshold depends on where the block stands: a short
line alone or an item of a list needs ``short_line_threshold``, and a line of running prose in the
page's own script (a long statement, not a list or an exclamation) ``prose_threshold``: news and
advice about spam use spam's words in sentences; a sentence in a foreign script has its script
against it, and one after the page's footer its place.

Script mixing alone never removes text; with no model loaded, a block goes only when a
foreign-script run comes with structural evidence (a keyword list, repetition, URLs, obfuscation, a
place after the footer), when its letters are hidden one by one, or when its line repeats itself at
full strength after the footer (then in any script, with a model too): ``_by_rules``.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .glossary import line_is_glossary
from .lines import (
    echoed,
    line_is_menu,
    line_is_prose,
    line_may_be_prose,
    line_of_items,
    title_line,
)
from .page import Page
from .params import CLEAN, INJECTED, REASON_WEIGHTS, DecisionParams
from .program_text import line_is_code, markup_only
from .reasons import Reason
from .rules import DENSE_GROUPS, Finding, names_own_site, run_repetition
from .scripts import LATIN
from .view import ClassifierView

__all__ = ["first_pass"]


def _evidence(findings: list[Finding], skip: frozenset[Reason] = frozenset()) -> float:
    return sum(REASON_WEIGHTS[f.reason] * f.strength for f in findings if f.reason not in skip)


def _has(findings: list[Finding], reason: Reason) -> bool:
    return any(f.reason is reason for f in findings)


# What is not the structure of stuffing: another script (weighed on its own), a way to reach a
# seller (a shop's own contact line has one too).
_NOT_STRUCTURAL = frozenset({Reason.FOREIGN_SCRIPT, Reason.CONTACT_CHANNEL})
# What does not support a sentence of running prose in Latin letters: another script (``_supported``).
_NOT_SUPPORT_OF_PROSE = frozenset({Reason.FOREIGN_SCRIPT})


DENSE_WORD_LETTERS = 3  # a word of a script written without spaces: "茶", "お茶", "紅茶"


def _single_word(page: Page, i: int) -> bool:
    """Whether block i is a single word: no space in it, or, in a script written without spaces,
    at most ``DENSE_WORD_LETTERS`` letters (a longer run of Han or Thai letters is a phrase)."""
    if page.profile.block_group[i] in DENSE_GROUPS:
        return bool(page.profile.block_letters[i] <= DENSE_WORD_LETTERS)
    text = page.block_text(i)
    # a full web address is no heading: it names a site ("https://slot-gacor-hari-ini.vip/daftar"),
    # and only a name that reads as certain spam makes it lean there (``LinearModel.address_words``)
    return not any(c.isspace() for c in text) and "://" not in text


@dataclass(frozen=True)
class _PageReading:
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

    @classmethod
    def of(cls, page: Page, view: ClassifierView | None, params: DecisionParams) -> _PageReading:
        weight = page.weighted_letters
        line = page.seg.block_line
        line_letters = np.bincount(line, weights=weight, minlength=page.seg.n_lines)
        foreign_letters = np.bincount(line, weights=weight * page.foreign_blocks, minlength=page.seg.n_lines)
        leaning = (
            np.bincount(line, weights=view.spam_prob >= params.neighbour_threshold, minlength=page.seg.n_lines)
            if view is not None else None
        )
        return cls(
            line_letters=line_letters,
            run_letters=np.bincount(page.profile.block_run, weights=page.profile.block_letters),
            quoted_line=foreign_letters > 0.5 * line_letters,
            latin=page.profile.block_group == LATIN,
            leaning=leaning,
        )


@dataclass(frozen=True)
class _Block:
    """What the first pass knows of one block: its rule findings summed up, its place."""

    i: int
    line: int
    findings: list[Finding]
    evidence: float  # every finding, weighted (``REASON_WEIGHTS``)
    structural: float  # the findings that are stuffing's structure
    foreign: float  # strength of the foreign-script finding
    repetition: float  # strength of the keyword-repetition finding
    hidden: bool  # words hidden letter by letter
    # What follows the copyright line is not the page's content, so not its news either; nor is
    # what comes above its menu.
    after_footer: bool
    above_menu: bool
    # Nor is a sentence that says how to reach the seller ("liên hệ Zalo 0909 123 456").
    contact: bool
    # Nor one whose words are disguised (masked, styled, look-alike letters): it is written for the
    # filter, as news is not.
    disguised: bool

    @classmethod
    def of(cls, i: int, page: Page, f: list[Finding]) -> _Block:
        return cls(
            i=i,
            line=int(page.seg.block_line[i]),
            findings=f,
            evidence=_evidence(f),
            structural=_evidence(f, skip=_NOT_STRUCTURAL),
            foreign=max((x.strength for x in f if x.reason is Reason.FOREIGN_SCRIPT), default=0.0),
            repetition=max((x.strength for x in f if x.reason is Reason.KEYWORD_REPETITION), default=0.0),
            hidden=_has(f, Reason.HIDDEN_LETTERS),
            after_footer=_has(f, Reason.AFTER_FOOTER),
            above_menu=_has(f, Reason.ABOVE_MENU),
            contact=_has(f, Reason.CONTACT_CHANNEL),
            disguised=_has(f, Reason.OBFUSCATED_TEXT),
        )


@dataclass(frozen=True)
class _Reading:
    """A block as the classifier reads it, in its line: its probability and how much it takes."""

    p: float
    # alone on a short line with no rule finding: a title or a label as often as spam
    alone: bool
    # an item of a list or of the site's own menu (``_listed``, ``_menu_item``)
    listed: bool
    menu_item: bool
    threshold: float  # probability that removes it on its own
    supported: float  # probability that removes it with the rules' support


def _lowest_threshold(params: DecisionParams) -> float:
    return min(params.rules_veto, params.supported_threshold, params.spam_threshold)


def _listed(page: Page, reading: _PageReading, b: _Block, p: float, view: ClassifierView, params: DecisionParams) -> bool:
    """The one item of a list that leans towards spam, in a line that read as one unit does not,
    says as little as a short line alone, whatever the rules find in the list: a hotel's "free
    shuttle from the station" (無料送迎, 0.94 adult) between its check-in times, a pharmacy menu's
    "promotions" (優惠活動, 0.59 gambling) on a page in another script. Two such items are a list
    slipped into a line of the host's."""
    k = b.line
    # asked only where it can change the outcome: between the lowest threshold and the short-line one
    return (
        _lowest_threshold(params) <= p < params.short_line_threshold
        and reading.leaning is not None and reading.leaning[k] <= 1
        and view.line_spam is not None and view.line_spam[k] < params.neighbour_threshold
        and page.cached("of_items", k, lambda j: line_of_items(page, j))
    )


def _menu_item(page: Page, b: _Block, p: float, params: DecisionParams) -> bool:
    """An item of the site's own menu (a line naming its home, contact or about page) in the
    page's own script names one of its pages, and a lottery or casino site's pages are about
    lotteries and casinos ("Startseite | Casino | Poker | Roulette | Kontakt"). A link slipped into
    a hacked menu names another site's words (``_echoed_menu_item``)."""
    return (
        _lowest_threshold(params) <= p
        and int(page.profile.block_group[b.i]) in page.profile.home_groups
        and page.cached("menu", b.line, lambda j: line_is_menu(page, j))
    )


def _read(page: Page, reading: _PageReading, b: _Block, view: ClassifierView, params: DecisionParams) -> _Reading:
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
        and not (b.after_footer or b.above_menu or b.contact or b.disguised)
        and page.cached("prose", k, lambda j: line_is_prose(page, j))
    ):
        threshold = max(threshold, params.prose_threshold)
        supported = max(supported, params.prose_threshold)
    return _Reading(p, alone, listed, menu_item, threshold, supported)


# Ways the classifier removes a block (each with the rules' help at most); any one suffices.

def _over_threshold(page: Page, reading: _PageReading, b: _Block, r: _Reading, view: ClassifierView, params: DecisionParams) -> bool:
    return r.p >= r.threshold


def _supported(page: Page, reading: _PageReading, b: _Block, r: _Reading, view: ClassifierView, params: DecisionParams) -> bool:
    """Leaning to spam with rule evidence. Another script does not support a sentence of running
    prose in Latin letters on a page mostly in other scripts: a page quotes, translates and cites in
    other languages in whole sentences ("The FDA approved Viagra ... by prescription only." on a
    Japanese page), while an injected pitch that reads as prose still goes on its score. A line
    mostly in the page's own scripts is not a quote, whatever runs of another it carries."""
    if not (r.p >= r.supported and b.evidence >= params.support_evidence):
        return False
    if reading.quoted_line[b.line] and reading.latin[b.i] and page.cached("prose", b.line, lambda j: line_is_prose(page, j)):
        return _evidence(b.findings, skip=_NOT_SUPPORT_OF_PROSE) >= params.support_evidence
    return True


def _tail(page: Page, reading: _PageReading, b: _Block, r: _Reading, view: ClassifierView, params: DecisionParams) -> bool:
    """After the footer a lower probability suffices, lower again for a long line; not for an item
    of the site's own menu there, its footer links ("Prescriptions | Weight loss clinic | Contact"
    under a pharmacy's copyright line), which is judged as a menu's item, nor for a line that
    gives only the site's own addresses (``rules.names_own_site``: "Questions? E-mail
    contact@collectspace.com")."""
    if not b.after_footer or r.menu_item or page.cached("own_site", b.line, lambda k: names_own_site(page, k)):
        return False
    long_line = reading.line_letters[b.line] >= params.short_line_letters
    tail = params.tail_threshold if long_line else params.short_tail_threshold
    return bool(tail) and r.p >= tail


def _pitch(page: Page, reading: _PageReading, b: _Block, r: _Reading, view: ClassifierView, params: DecisionParams) -> bool:
    """A sentence leaning to spam that says how to reach the seller is the seller's pitch."""
    return b.contact and bool(params.contact_threshold) and r.p >= params.contact_threshold


def _stuffed(page: Page, reading: _PageReading, b: _Block, r: _Reading, view: ClassifierView, params: DecisionParams) -> bool:
    """A line that repeats the same words over and over is the spammer's own structure: the
    classifier need only lean towards spam (an unseen phrase stuffed ten times). A sentence of
    running prose that says one word again and again is the page's own (a Korean article listing
    "한옥 사무실, 한옥 유치원, 한옥 치과", hanok offices, kindergartens, dentists): there only a
    run of another script that repeats itself is stuffed into it ("... volgers kopen, volgers kopen,
    volgers kopen ..."), and a brand name in Latin letters in it is not."""
    if not (r.p >= params.stuffed_threshold and b.repetition >= 1.0):
        return False
    k = b.line
    if not page.cached("may_prose", k, lambda j: line_may_be_prose(page, j)):
        return True
    run = int(page.profile.block_run[b.i])
    return bool(page.profile.run_group[run] != page.profile.line_group[k]) and (
        page.cached("run_repeat", run, lambda m: run_repetition(page, m)) >= 1.0
    )


_MODEL_PATHS = (_over_threshold, _supported, _tail, _pitch, _stuffed)


# Blocks the classifier alone does not remove, whatever path took them; their neighbours still can
# (``spamguard.revise``).

def _one_word(page: Page, reading: _PageReading, b: _Block, r: _Reading, view: ClassifierView, params: DecisionParams) -> bool:
    """One word on a line of its own ("Poker", "Traffic", "Pille") is a heading as often as spam.
    So is one to three Han or Thai letters ("お茶", tea, is an adult-spam word too); a longer run
    of them is a phrase."""
    return r.alone and len(page.line_blocks(b.line)) == 1 and _single_word(page, b.i)


def _echoed_menu_item(page: Page, reading: _PageReading, b: _Block, r: _Reading, view: ClassifierView, params: DecisionParams) -> bool:
    """An item of the site's own menu whose words the page's clean lines use ("Casino" above "Das
    Casino ist täglich ... geöffnet.") names the site's own subject."""
    return (
        r.menu_item and not b.after_footer and not b.contact and view.line_spam is not None
        and echoed(page, b.i, view.line_spam < params.spam_threshold)
    )


def _echoed_heading(page: Page, reading: _PageReading, b: _Block, r: _Reading, view: ClassifierView, params: DecisionParams) -> bool:
    """A heading, alone on a short line, whose words a line of the page that does not lean to spam
    (under ``neighbour_threshold``) says again names what that text is about ("Backlink Building" above "Backlink building is a
    part of off-site optimization..." on an SEO blog); an injected line names another site's
    words, which the host's text does not use."""
    return (
        r.alone and not b.after_footer and not b.contact and len(page.line_blocks(b.line)) == 1
        and view.line_spam is not None and echoed(page, b.i, view.line_spam < params.neighbour_threshold)
    )


def _page_title(page: Page, reading: _PageReading, b: _Block, r: _Reading, view: ClassifierView, params: DecisionParams) -> bool:
    """The page's title, between its menu and a first paragraph that does not lean to spam, names
    what the paragraph is about ("Getting Help With Your Essay" 0.99 essay above a writing centre's
    advice), when nothing else on the page but a program's text leans to spam (a tutorial's filter
    of toto words under "토토 사이트 스팸 필터 만들기"). A spam site's title comes with its sales lines."""
    if b.evidence != 0 or view.line_spam is None or reading.leaning is None:
        return False
    title, body = title_line(page, params.short_line_letters)
    if b.line != title or view.line_spam[body] >= params.neighbour_threshold:
        return False
    others = (int(k) for k in np.flatnonzero(reading.leaning) if k != b.line)
    return all(page.cached("code", k, lambda j: line_is_code(page, j)) for k in others)


def _program_data(page: Page, reading: _PageReading, b: _Block, r: _Reading, view: ClassifierView, params: DecisionParams) -> bool:
    """A program's text (``program_text.line_is_code``: a list of quoted strings in brackets, a spam
    filter's word list or an SQL row, or code: a regular expression of spam's words, a bot's rules,
    a query over a casino's players) names spam's words without selling them; after the footer or
    with a contact channel it is still judged as text."""
    return not b.after_footer and not b.contact and page.cached("code", b.line, lambda j: line_is_code(page, j))


def _quoted(page: Page, reading: _PageReading, b: _Block, r: _Reading, view: ClassifierView, params: DecisionParams) -> bool:
    """A quotation in the host's prose (``lines.quoted_blocks``, as ``LinearModel.score`` found
    it): news and warnings quote spam in its own words ('Os criminosos enviam mensagens como
    "Precisando de dinheiro rápido? Empréstimo aprovado na hora..."'); an injection is not written
    between quotation marks inside a sentence of the host's. After the footer it is still judged
    as text."""
    return not b.after_footer and view.quoted is not None and bool(view.quoted[b.i])


def _markup(page: Page, reading: _PageReading, b: _Block, r: _Reading, view: ClassifierView, params: DecisionParams) -> bool:
    """A block whose letters are all inside markup tags (``program_text.markup_only``) is a program's
    text, however the classifier reads the tags' names; a link's text between tags is judged as
    text."""
    return not b.after_footer and markup_only(page, b.i)


def _glossary(page: Page, reading: _PageReading, b: _Block, r: _Reading, view: ClassifierView, params: DecisionParams) -> bool:
    """A glossary line (``glossary.line_is_glossary``: words with their translations, "croupier —
    荷官 | chips — 筹码") is a bilingual lesson, whatever topic its words are from; after the footer
    or with a contact channel it is still judged as text."""
    return not b.after_footer and not b.contact and page.cached("glossary", b.line, lambda j: line_is_glossary(page, j))


_EXEMPTIONS = (_one_word, _echoed_menu_item, _echoed_heading, _page_title, _program_data, _markup, _glossary, _quoted)


def _by_rules(page: Page, reading: _PageReading, b: _Block, r: _Reading | None, params: DecisionParams) -> bool:
    """Whether the rules remove the block. A foreign-script run with stuffing's structure goes
    unless the classifier vetoes it (reads it below ``rules_veto``; an item of a list needs the
    short-line threshold) and the structure is weak or the run short. Words hidden letter by letter
    are written for the filter, whatever they say: the classifier, which reads them joined, may
    not know them (an essay-mill pitch in Polish). After the footer nothing is the page's content:
    a line repeating itself at full strength there is stuffing whatever its words, in the page's own
    script too (an unseen phrase stuffed under the copyright line), though the classifier reads it
    as clean."""
    foreign = b.foreign >= params.rules_only_foreign and b.structural >= params.rules_only_evidence
    if foreign and r is not None:
        veto = max(params.rules_veto, params.short_line_threshold) if r.listed else params.rules_veto
        foreign = r.p >= veto or (
            (b.structural >= params.rules_override_evidence or b.repetition >= params.rules_override_repetition)
            and reading.run_letters[page.profile.block_run[b.i]] >= params.short_block
        )
    stuffed_tail = b.repetition >= 1.0 and b.after_footer
    return foreign or ((b.hidden or stuffed_tail) and page.profile.block_letters[b.i] >= params.short_block)


def first_pass(
    page: Page,
    findings: list[list[Finding]],
    view: ClassifierView | None,
    labels_of_model: tuple[str, ...] | None,
    params: DecisionParams,
    todo: np.ndarray,
) -> tuple[list[str], np.ndarray, list[tuple[str, ...]]]:
    """Label every block on its own evidence; blocks outside ``todo`` cannot be spam here.

    The classifier removes a block by any of ``_MODEL_PATHS`` unless one of ``_EXEMPTIONS``
    holds; the rules remove it by ``_by_rules``.
    """
    n = page.seg.n_blocks
    labels = [CLEAN] * n
    conf = np.zeros(n)
    reasons: list[tuple[str, ...]] = [()] * n
    reading = _PageReading.of(page, view, params)
    for i in np.flatnonzero(todo):
        b = _Block.of(int(i), page, findings[i])
        r = _read(page, reading, b, view, params) if view is not None else None
        by_model = r is not None and view is not None and (
            any(path(page, reading, b, r, view, params) for path in _MODEL_PATHS)
            and not any(exempt(page, reading, b, r, view, params) for exempt in _EXEMPTIONS)
        )
        if by_model or _by_rules(page, reading, b, r, params):
            if view is not None and labels_of_model is not None:
                labels[i] = labels_of_model[int(view.category[i])]
                conf[i] = max(float(view.spam_prob[i]), min(1.0, b.evidence / 2))
            else:
                labels[i] = INJECTED
                conf[i] = min(1.0, b.evidence / 2)
            rs = [x.reason.value for x in b.findings]
            if by_model:
                rs.insert(0, Reason.CLASSIFIER.value)
            reasons[i] = tuple(rs)
    return labels, conf, reasons


