"""Block evidence -> decisions: a first-pass label per block, then revision by neighbours.

First pass (like jusText's ``classify_paragraphs``): each block is judged on its own evidence,
the classifier's spam probability as ``spamguard.view`` reads it (for short blocks, their line's)
and the rule findings. Script
mixing alone never removes text; with no model loaded, a block goes only when a foreign-script run
comes with structural evidence (a keyword list, repetition, URLs, obfuscation, a place after the
footer), when its letters are hidden one by one, or when its line repeats itself at full strength
after the footer (then in any script, with a model too). A single word alone on its line is a
heading as often as spam, and a list of quoted strings in brackets is a program's data: the
classifier alone removes neither. A line of running prose in the page's own script (a long
statement, not a list or an exclamation) needs a higher probability (``prose_threshold``): news
and advice about spam use spam's words in sentences; a sentence in a foreign script has its
script against it, and one after the page's footer its place. The rules see the page's home scripts without the lines the
classifier already calls certain spam (``page_for_rules``), so one cleaning judges as a second
would.

Revision by neighbours, since spam comes in runs: ``spamguard.revise``. The knobs of both passes
are ``spamguard.params.DecisionParams``.

Both labels are kept for ``spamguard explain``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import numpy as np

from .lines import echoed, line_is_code, line_is_menu, line_is_prose, line_may_be_prose, line_of_items, title_line
from .page import Page
from .params import CLEAN, INJECTED, REASON_WEIGHTS, DecisionParams
from .reasons import Reason
from .revise import revise
from .scripts import LATIN
from .rules import (
    DENSE_GROUPS,
    HIDING_RANGES,
    MIN_HIDDEN,
    Finding,
    keyword_repetition,
    run_repetition,
)
from .view import ClassifierView, ModelScores, classifier_view, page_for_rules


__all__ = ["CLEAN", "INJECTED", "DecisionParams", "Decisions", "ModelScores", "candidates", "classifier_view",
           "decide", "first_pass", "page_for_rules", "revise"]


@dataclass(frozen=True)
class Decisions:
    """Per-block outcome of the decision stage.

    Attributes:
        first_pass: label of each block judged on its own.
        final: label after revision by neighbours.
        score: spam confidence of each block in [0, 1].
        reasons: reason ids of each block (empty for clean blocks).
        findings: all rule findings of each block, removed or not (for ``explain``).
    """

    first_pass: list[str]
    final: list[str]
    score: np.ndarray
    reasons: list[tuple[str, ...]]
    findings: list[list[Finding]]

    @property
    def removed(self) -> np.ndarray:
        return np.array([lab != CLEAN for lab in self.final], dtype=bool)


def _evidence(findings: list[Finding], skip: frozenset[Reason] = frozenset()) -> float:
    return sum(REASON_WEIGHTS[f.reason] * f.strength for f in findings if f.reason not in skip)


def _has(findings: list[Finding], reason: Reason) -> bool:
    return any(f.reason is reason for f in findings)


# What is not the structure of stuffing: another script (weighed on its own), a way to reach a
# seller (a shop's own contact line has one too).
_NOT_STRUCTURAL = frozenset({Reason.FOREIGN_SCRIPT, Reason.CONTACT_CHANNEL})
# What does not support a sentence of running prose in Latin letters: another script. A page
# quotes, translates and cites in other languages in whole sentences ("The FDA approved Viagra ...
# by prescription only." on a Japanese page), while an injected pitch that reads as prose still
# goes on its score.
_NOT_SUPPORT_OF_PROSE = frozenset({Reason.FOREIGN_SCRIPT})


def candidates(page: Page, view: ClassifierView | None, params: DecisionParams) -> np.ndarray:
    """Blocks the first pass could remove: foreign to the page, or likely spam. Only these need
    rule findings, since every removal path needs one of the two."""
    todo = page.foreign_blocks | _hiding_places(page)
    footer = page.profile.footer_line
    stuffable = page.seg.block_line > footer if footer >= 0 else np.zeros(len(todo), dtype=bool)
    if view is not None:
        todo |= view.spam_prob >= min(params.spam_threshold, params.supported_threshold)
        if params.contact_threshold:
            todo |= view.spam_prob >= params.contact_threshold
        tails = [t for t in (params.tail_threshold, params.short_tail_threshold) if t]
        if tails:
            todo |= stuffable & (view.spam_prob >= min(tails))
        stuffable |= view.spam_prob >= params.stuffed_threshold
    # Any other block can go only as stuffing (leaning to spam, or after the footer): it needs the
    # other rules only when its line repeats itself at full strength (most lines are plain).
    for i in np.flatnonzero(~todo & stuffable):
        rep = keyword_repetition(page, int(i))
        todo[i] = rep is not None and rep.strength >= 1.0
    return todo


@cache
def _hiding_table() -> np.ndarray:
    table = np.zeros(0x110000, dtype=bool)
    for lo, hi in HIDING_RANGES:
        table[lo : hi + 1] = True
    return table


def _hiding_places(page: Page) -> np.ndarray:
    """Blocks with enough hiding characters (``rules.HIDING_RANGES``) that ``hidden_letters``
    may find words hidden letter by letter, whatever the classifier says of them."""
    before = np.concatenate(([0], np.cumsum(_hiding_table().take(page.seg.cps))))
    return before[page.seg.block_end] - before[page.seg.block_start] >= MIN_HIDDEN


DENSE_WORD_LETTERS = 3  # a word of a script written without spaces: "茶", "お茶", "紅茶"


def _one_word(page: Page, i: int) -> bool:
    """Whether block i is a single word: no space in it, or, in a script written without spaces,
    at most ``DENSE_WORD_LETTERS`` letters (a longer run of Han or Thai letters is a phrase)."""
    if page.profile.block_group[i] in DENSE_GROUPS:
        return bool(page.profile.block_letters[i] <= DENSE_WORD_LETTERS)
    text = page.block_text(i)
    # a full web address is no heading: it names a site ("https://slot-gacor-hari-ini.vip/daftar"),
    # and only a name that reads as certain spam makes it lean there (``LinearModel.address_words``)
    return not any(c.isspace() for c in text) and "://" not in text


def first_pass(
    page: Page,
    findings: list[list[Finding]],
    view: ClassifierView | None,
    labels_of_model: tuple[str, ...] | None,
    params: DecisionParams,
    todo: np.ndarray,
) -> tuple[list[str], np.ndarray, list[tuple[str, ...]]]:
    """Label every block on its own evidence; blocks outside ``todo`` cannot be spam here."""
    n = page.seg.n_blocks
    labels = [CLEAN] * n
    conf = np.zeros(n)
    reasons: list[tuple[str, ...]] = [()] * n
    # A letter of a script written without spaces (a Han character, a Thai syllable) carries about
    # what a short Latin word does: a line of 15 Han characters is a phrase, not a title.
    weight = page.weighted_letters
    line_letters = np.bincount(page.seg.block_line, weights=weight, minlength=page.seg.n_lines)
    run_letters = np.bincount(page.profile.block_run, weights=page.profile.block_letters)
    # A line written mostly in other scripts than the page's (weighing a Hangul syllable as the
    # few Latin letters it reads as) is a quote or a translation when it is a sentence.
    foreign_letters = np.bincount(page.seg.block_line, weights=weight * page.foreign_blocks, minlength=page.seg.n_lines)
    quoted_line = foreign_letters > 0.5 * line_letters
    # Quotes, citations and translations come in Latin letters far more than in any other script
    # (an English sentence on a Japanese page); a sentence in Thai or Cyrillic on a page in
    # another script is rarely one.
    latin = page.profile.block_group == LATIN
    leaning = (
        np.bincount(page.seg.block_line, weights=view.spam_prob >= params.neighbour_threshold, minlength=page.seg.n_lines)
        if view is not None else None
    )
    for i in np.flatnonzero(todo):
        f = findings[i]
        evidence = _evidence(f)
        foreign = max((x.strength for x in f if x.reason is Reason.FOREIGN_SCRIPT), default=0.0)
        structural = _evidence(f, skip=_NOT_STRUCTURAL)
        repetition = max((x.strength for x in f if x.reason is Reason.KEYWORD_REPETITION), default=0.0)
        by_rules = foreign >= params.rules_only_foreign and structural >= params.rules_only_evidence
        # Words hidden letter by letter are written for the filter, whatever they say: the
        # classifier, which reads them joined, may not know them (an essay-mill pitch in Polish).
        hidden = _has(f, Reason.HIDDEN_LETTERS)
        by_model = False
        if view is not None:
            p = float(view.spam_prob[i])
            k = page.seg.block_line[i]
            # The one item of a list that leans towards spam, in a line that read as one unit does
            # not, says as little as a short line alone, whatever the rules find in the list: a
            # hotel's "free shuttle from the station" (無料送迎, 0.94 adult) between its check-in
            # times, a pharmacy menu's "promotions" (優惠活動, 0.59 gambling) on a page in another
            # script. Two such items are a list slipped into a line of the host's.
            # (asked only where it can change the outcome: between the lowest threshold and the short-line one)
            listed = (
                min(params.rules_veto, params.supported_threshold, params.spam_threshold) <= p < params.short_line_threshold
                and leaning is not None and leaning[k] <= 1
                and view.line_spam is not None and view.line_spam[k] < params.neighbour_threshold
                and page.cached("of_items", int(k), lambda j: line_of_items(page, j))
            )
            # An item of the site's own menu (a line naming its home, contact or about page) in the
            # page's own script names one of its pages, and a lottery or casino site's pages are
            # about lotteries and casinos ("Startseite | Casino | Poker | Roulette | Kontakt"): it
            # needs the short-line threshold, and the classifier alone does not remove one whose
            # words the page's clean lines use ("Das Casino ist täglich ... geöffnet."). A link
            # slipped into a hacked menu names another site's words.
            menu_item = (
                min(params.rules_veto, params.supported_threshold, params.spam_threshold) <= p
                and int(page.profile.block_group[i]) in page.profile.home_groups
                and page.cached("menu", int(k), lambda j: line_is_menu(page, j))
            )
            listed = listed or menu_item
            by_rules = by_rules and (
                p >= (max(params.rules_veto, params.short_line_threshold) if listed else params.rules_veto)
                or (
                    (structural >= params.rules_override_evidence or repetition >= params.rules_override_repetition)
                    and run_letters[page.profile.block_run[i]] >= params.short_block
                )
            )
            alone = evidence == 0 and line_letters[k] < params.short_line_letters
            threshold = max(params.spam_threshold, params.short_line_threshold) if alone or listed else params.spam_threshold
            supported = max(params.supported_threshold, params.short_line_threshold) if listed else params.supported_threshold
            # A foreign-script run inside a home sentence is not the sentence's prose.
            home_text = int(page.profile.line_group[k]) in page.profile.home_groups and (
                int(page.profile.block_group[i]) in page.profile.home_groups
            )
            # What follows the copyright line is not the page's content, so not its news either;
            # nor is what comes above its menu. Above the menu the prose threshold is all it lifts:
            # a shop's own banner there ("free shipping on orders over 49 EUR", 0.77 on a pharmacy)
            # reads as its sales lines do, so no lower threshold than the spam threshold.
            after_footer = _has(f, Reason.AFTER_FOOTER)
            above_menu = _has(f, Reason.ABOVE_MENU)
            # Nor is a sentence that says how to reach the seller ("liên hệ Zalo 0909 123 456").
            contact = _has(f, Reason.CONTACT_CHANNEL)
            # Nor one whose words are disguised (masked, styled, look-alike letters): it is
            # written for the filter, as news is not.
            disguised = _has(f, Reason.OBFUSCATED_TEXT)
            if (
                params.prose_threshold
                and home_text
                and not after_footer
                and not above_menu
                and not contact
                and not disguised
                and page.cached("prose", int(k), lambda j: line_is_prose(page, j))
            ):
                threshold = max(threshold, params.prose_threshold)
                supported = max(supported, params.prose_threshold)
            by_model = p >= threshold or (p >= supported and evidence >= params.support_evidence)
            # Only a block that the support decides is asked whether its line is prose; a line
            # mostly in the page's own scripts is not a quote, whatever runs of another it carries.
            if by_model and p < threshold and quoted_line[k] and latin[i] and page.cached("prose", int(k), lambda j: line_is_prose(page, j)):
                by_model = _evidence(f, skip=_NOT_SUPPORT_OF_PROSE) >= params.support_evidence
            if not by_model and after_footer:
                long_line = line_letters[k] >= params.short_line_letters
                tail = params.tail_threshold if long_line else params.short_tail_threshold
                by_model = bool(tail) and p >= tail
            # A sentence leaning to spam that says how to reach the seller is the seller's pitch.
            if not by_model and contact and params.contact_threshold:
                by_model = p >= params.contact_threshold
            # A line that repeats the same words over and over is the spammer's own structure:
            # the classifier need only lean towards spam (an unseen phrase stuffed ten times).
            # A sentence of running prose that says one word again and again is the page's own (a
            # Korean article listing "한옥 사무실, 한옥 유치원, 한옥 치과", hanok offices,
            # kindergartens, dentists): there only a run of another script that repeats itself is
            # stuffed into it ("... volgers kopen, volgers kopen, volgers kopen ..."), and a brand
            # name in Latin letters in it is not.
            if not by_model and p >= params.stuffed_threshold:
                by_model = any(x.reason is Reason.KEYWORD_REPETITION and x.strength >= 1.0 for x in f)
                if by_model and page.cached("may_prose", int(k), lambda j: line_may_be_prose(page, j)):
                    run = int(page.profile.block_run[i])
                    by_model = page.profile.run_group[run] != page.profile.line_group[k] and (
                        page.cached("run_repeat", run, lambda r: run_repetition(page, r)) >= 1.0
                    )
            # One word on a line of its own ("Poker", "Traffic", "Pille") is a heading as often as
            # spam: the classifier alone does not remove it; its neighbours still can. So is one
            # to three Han or Thai letters ("お茶", tea, is an adult-spam word too); a longer run
            # of them is a phrase.
            if alone and len(page.line_blocks(k)) == 1 and _one_word(page, i):
                by_model = False
            if (
                by_model and menu_item and not after_footer and not contact and view.line_spam is not None
                and echoed(page, int(i), view.line_spam < params.spam_threshold)
            ):
                by_model = False
            # The page's title, between its menu and a first paragraph that does not lean to spam,
            # names what the paragraph is about ("Getting Help With Your Essay" 0.99 essay above a
            # writing centre's advice): the classifier alone does not remove it when nothing else
            # on the page leans to spam. A spam site's title comes with its sales lines.
            if by_model and evidence == 0 and view.line_spam is not None:
                title, body = title_line(page, params.short_line_letters)
                by_model = not (
                    k == title
                    and view.line_spam[body] < params.neighbour_threshold
                    and int(np.count_nonzero(leaning)) == int(leaning[k] > 0)  # no other line leans
                )
            # A list of quoted strings in brackets is a program's data (a spam filter's word list,
            # an SQL row), which names spam's words without selling them; after the footer or
            # with a contact channel it is still judged as text.
            if by_model and not after_footer and not contact and page.cached("code", int(k), lambda j: line_is_code(page, j)):
                by_model = False
        # After the footer nothing is the page's content: a line repeating itself at full strength
        # there is stuffing whatever its words, in the page's own script too (an unseen phrase
        # stuffed under the copyright line), though the classifier reads it as clean.
        stuffed_tail = repetition >= 1.0 and _has(f, Reason.AFTER_FOOTER)
        by_rules = by_rules or ((hidden or stuffed_tail) and page.profile.block_letters[i] >= params.short_block)
        if by_model or by_rules:
            if view is not None and labels_of_model is not None:
                labels[i] = labels_of_model[int(view.category[i])]
                conf[i] = max(float(view.spam_prob[i]), min(1.0, evidence / 2))
            else:
                labels[i] = INJECTED
                conf[i] = min(1.0, evidence / 2)
            r = [x.reason.value for x in f]
            if by_model:
                r.insert(0, Reason.CLASSIFIER.value)
            reasons[i] = tuple(r)
    return labels, conf, reasons


def decide(
    page: Page,
    findings: list[list[Finding]],
    scores: ModelScores | None,
    params: DecisionParams,
    todo: np.ndarray | None = None,
    view: ClassifierView | None = None,
) -> Decisions:
    """First pass, then revision; see the module docstring.

    Args:
        page: the segmented, profiled page.
        findings: rule findings of each block (at least of the blocks in ``todo``).
        scores: classifier probabilities, or None to decide on rules alone.
        params: thresholds.
        todo: blocks that need a first-pass look (``candidates``); None means every block.
        view: ``classifier_view`` of the scores when the caller has it already.
    """
    if view is None and scores is not None:
        view = classifier_view(page, scores, params)
    if todo is None:
        todo = np.ones(page.seg.n_blocks, dtype=bool)
    first, conf, reasons = first_pass(page, findings, view, scores.labels if scores else None, params, todo)
    names = [scores.labels[int(c)] for c in view.category] if view is not None and scores is not None else None
    page_spam = 1.0 - float(scores.page[0]) if scores is not None and scores.page is not None else None
    final, conf, reasons = revise(
        page, first, conf, reasons, params, view.spam_prob if view else None, names, view.line_spam if view else None,
        page_spam,
    )
    return Decisions(first, final, conf, reasons, findings)
