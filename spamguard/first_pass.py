"""The first pass of the decision: each block judged on its own evidence (like jusText's
``classify_paragraphs``), the classifier's spam probability as ``spamguard.view`` reads it (for
short blocks, their line's) and the rule findings.

The classifier removes a block by one of ``_MODEL_PATHS`` (its probability over the block's
threshold; leaning, with the rules' support; leaning after the page's footer; leaning with a
contact channel; leaning and stuffed; or, whatever it reads, a web address spelled out letter by
letter) unless one of ``_EXEMPTIONS`` holds (one word alone on its line; an item of the site's menu that the page's clean lines echo; a heading they say again; the
page's title or a lesson's, above its glossary; a program's text; markup tags; a glossary's words; a quotation in the host's prose; a line
of quoted words and nothing else; a disguised word given as an example, after "such as"). The threshold depends on where the block stands (``spamguard.block_reading``): a short
line alone or an item of a list needs ``short_line_threshold``, and a line of running prose in the
page's own script (a long statement, not a list or an exclamation) ``prose_threshold``: news and
advice about spam use spam's words in sentences; a sentence in a foreign script has its script
against it, and one after the page's footer its place.

Script mixing alone never removes text; with no model loaded, a block goes only when a
foreign-script run comes with structural evidence (a keyword list, repetition, URLs, obfuscation, a
place after the footer), when its letters are hidden one by one or it is a CJK word masked letter
by letter (``spamguard.masked_words``), when its line repeats itself at
full strength after the footer (then in any script, with a model too), or when it is a few words
said over and over that the page's other lines do not say, slipped into its own text
(``spamguard.spliced``, with a model too): ``_by_rules``.
"""

from __future__ import annotations

import numpy as np
import regex

from .block_reading import (
    NOT_SUPPORT_OF_PROSE,
    BlockFacts,
    PageReading,
    Reading,
    evidence,
    read_block,
)
from .glossary import in_plain_glossary, line_is_glossary
from .lines import (
    SENTENCE_END,
    echoed,
    line_is_prose,
    line_may_be_prose,
    title_line,
    title_shaped,
)
from .page import Page
from .params import CLEAN, INJECTED, DecisionParams
from .profile import footer_mark_end, holds_footer_mark
from .program_text import line_is_code, listing_intro, markup_only
from .quotes import line_of_quotations, opens_examples
from .reasons import Reason
from .rules import DENSE_GROUPS, Finding, names_own_site
from .stuffing import run_repetition
from .view import ClassifierView

__all__ = ["first_pass"]


DENSE_WORD_LETTERS = 3
# one word, emoji or symbols beside it ("yaofang123 🔥" as a page padded with them writes it)
_PADDED_WORD = regex.compile(r"[\s\p{S}]*[^\s\p{S}]+[\s\p{S}]*")  # a word of a script written without spaces: "茶", "お茶", "紅茶"


def _single_word(page: Page, i: int) -> bool:
    """Whether block i is a single word: no space in it, or, in a script written without spaces,
    at most ``DENSE_WORD_LETTERS`` letters (a longer run of Han or Thai letters is a phrase)."""
    if page.profile.block_group[i] in DENSE_GROUPS:
        return bool(page.profile.block_letters[i] <= DENSE_WORD_LETTERS)
    text = page.block_text(i)
    # a full web address is no heading: it names a site ("https://slot-gacor-hari-ini.vip/daftar"),
    # and only a name that reads as certain spam makes it lean there (``LinearModel.address_words``)
    return not any(c.isspace() for c in text) and "://" not in text


# Ways the classifier removes a block (each with the rules' help at most); any one suffices.

def _over_threshold(page: Page, reading: PageReading, b: BlockFacts, r: Reading, view: ClassifierView, params: DecisionParams) -> bool:
    return r.p >= r.threshold


def _supported(page: Page, reading: PageReading, b: BlockFacts, r: Reading, view: ClassifierView, params: DecisionParams) -> bool:
    """Leaning to spam with rule evidence. Another script does not support a sentence of running
    prose in Latin letters on a page mostly in other scripts: a page quotes, translates and cites in
    other languages in whole sentences ("The FDA approved Viagra ... by prescription only." on a
    Japanese page), while an injected pitch that reads as prose still goes on its score. A line
    mostly in the page's own scripts is not a quote, whatever runs of another it carries."""
    if not (r.p >= r.supported and b.evidence >= params.support_evidence):
        return False
    if reading.quoted_line[b.line] and reading.latin[b.i] and page.cached("prose", b.line, lambda j: line_is_prose(page, j)):
        return evidence(b.findings, skip=NOT_SUPPORT_OF_PROSE) >= params.support_evidence
    return True


def _tail(page: Page, reading: PageReading, b: BlockFacts, r: Reading, view: ClassifierView, params: DecisionParams) -> bool:
    """After the footer a lower probability suffices, lower again for a long line; not for an item
    of the site's own menu there, its footer links ("Prescriptions | Weight loss clinic | Contact"
    under a pharmacy's copyright line), which is judged as a menu's item, nor for a line that
    gives only the site's own addresses (``rules.names_own_site``: "Questions? E-mail
    contact@collectspace.com"). So it does for a sentence after the copyright mark on the footer
    line itself (``_after_footer_mark``)."""
    if not (b.after_footer or _after_footer_mark(page, b)):
        return False
    if r.menu_item or page.cached("own_site", b.line, lambda k: names_own_site(page, k)):
        return False
    long_line = reading.line_letters[b.line] >= params.short_line_letters
    tail = params.tail_threshold if long_line else params.short_tail_threshold
    return bool(tail) and r.p >= tail


def _after_footer_mark(page: Page, b: BlockFacts) -> bool:
    """A sentence (it holds a stop) after the first copyright mark of the page's footer line: a
    pitch put after the notice ("Copyright © 2009 Riverside Courier. All Rights Reserved. Tours
    gratuits chaque jour ... Inscris-toi maintenant!") stands where nothing is the page's content,
    though its line reads it with the notice. A sentence holding a mark is the notice's own ("All
    rights reserved.")."""
    k = page.profile.footer_line
    if b.line != k:
        return False
    first = page.cached("footer_mark", k, lambda j: footer_mark_end(page.seg, j))
    text = page.block_text(b.i)
    return (
        first is not None and first <= int(page.seg.block_start[b.i])
        and SENTENCE_END.search(text) is not None and not holds_footer_mark(text)
    )


def _pitch(page: Page, reading: PageReading, b: BlockFacts, r: Reading, view: ClassifierView, params: DecisionParams) -> bool:
    """A sentence leaning to spam that says how to reach the seller is the seller's pitch; a word
    in another script alone (an account's or a messenger's name) inside a sentence whose words
    beside it do not lean to spam (under ``neighbour_threshold``: "…，或加微信 | yaofang123 |
    预约取药。") is a shop's own."""
    if not (b.contact and params.contact_threshold and r.p >= params.contact_threshold):
        return False
    if page.profile.block_group[b.i] == page.profile.line_group[b.line] or not _PADDED_WORD.fullmatch(page.block_text(b.i)):
        return True
    beside = [j for j in (b.i - 1, b.i + 1) if 0 <= j < page.seg.n_blocks and page.seg.block_line[j] == b.line]
    return any(view.spam_prob[j] >= params.neighbour_threshold for j in beside)


def _stuffed(page: Page, reading: PageReading, b: BlockFacts, r: Reading, view: ClassifierView, params: DecisionParams) -> bool:
    """A line that repeats the same words over and over is the spammer's own structure: the
    classifier need only lean towards spam (an unseen phrase stuffed ten times). A sentence of
    running prose that says one word again and again is the page's own (a Korean article listing
    "한옥 사무실, 한옥 유치원, 한옥 치과", hanok offices, kindergartens, dentists): there only a
    run of another script that repeats itself is stuffed into it ("... volgers kopen, volgers kopen,
    volgers kopen ..."), and a brand name in Latin letters in it is not."""
    if not (r.p >= params.stuffed_threshold and b.repetition >= STUFFED_REPETITION):
        return False
    k = b.line
    if not page.cached("may_prose", k, lambda j: line_may_be_prose(page, j)):
        return True
    run = int(page.profile.block_run[b.i])
    return bool(page.profile.run_group[run] != page.profile.line_group[k]) and (
        page.cached("run_repeat", run, lambda m: run_repetition(page, m)) >= STUFFED_REPETITION
    )


# Strength of ``keyword_repetition`` at which a line is stuffed for ``_stuffed``: a word said as
# one word in four and up is full strength (1.0), and a line saying a word as one in 4.5
# ("skäggbiff sätta på skäggbiff pök skit ner dig ... skäggbiff skäggbiff skäggbiff neger", 5 of
# 22 words: 0.91, reading 0.10 with the held-out model) is stuffing as surely. Lowered from 1.0 to
# 0.9: held-out dev pages 94.47 -> 94.59% recall (``python -m training.recipe_sweep --model
# training/work/eval-model``), test and inline pages, the fixtures and the 1,267 real pages
# unchanged; at 0.5 (any finding) a real page's sentence went (a Chinese singer's biography
# naming her albums).
STUFFED_REPETITION = 0.9


def _spelled_address(page: Page, reading: PageReading, b: BlockFacts, r: Reading, view: ClassifierView, params: DecisionParams) -> bool:
    """A web address spelled out letter by letter is written for the filter, whatever its name
    reads as (a domain from a blocklist reads as any other name, "q b k a c c o u n t i n g.c o m"
    0.39); the exemptions still hold (a warning quoting one, a report giving it as an example)."""
    return b.spelled_address


_MODEL_PATHS = (_over_threshold, _supported, _tail, _pitch, _stuffed, _spelled_address)


# Blocks the classifier alone does not remove, whatever path took them; their neighbours still can
# (``spamguard.revise``).

def _one_word(page: Page, reading: PageReading, b: BlockFacts, r: Reading, view: ClassifierView, params: DecisionParams) -> bool:
    """One word on a line of its own ("Poker", "Traffic", "Pille") is a heading as often as spam.
    So is one to three Han or Thai letters ("お茶", tea, is an adult-spam word too); a longer run
    of them is a phrase."""
    return r.alone and len(page.line_blocks(b.line)) == 1 and _single_word(page, b.i)


def _echoed_menu_item(page: Page, reading: PageReading, b: BlockFacts, r: Reading, view: ClassifierView, params: DecisionParams) -> bool:
    """An item of the site's own menu whose words the page's clean lines use ("Casino" above "Das
    Casino ist täglich ... geöffnet.") names the site's own subject."""
    return (
        r.menu_item and not b.after_footer and not b.contact and reading.clean_lines is not None
        and echoed(page, b.i, *reading.clean_lines)
    )


def _echoed_heading(page: Page, reading: PageReading, b: BlockFacts, r: Reading, view: ClassifierView, params: DecisionParams) -> bool:
    """A heading, alone on a short line, whose words a line of the page that does not lean to spam
    (under ``neighbour_threshold``) says again names what that text is about ("Backlink Building" above "Backlink building is a
    part of off-site optimization..." on an SEO blog); an injected line names another site's
    words, which the host's text does not use."""
    return (
        r.alone and not b.after_footer and not b.contact and len(page.line_blocks(b.line)) == 1
        and reading.calm_lines is not None and echoed(page, b.i, *reading.calm_lines)
    )


def _page_title(page: Page, reading: PageReading, b: BlockFacts, r: Reading, view: ClassifierView, params: DecisionParams) -> bool:
    """The page's title, between its menu and a first paragraph that does not lean to spam, names
    what the paragraph is about ("Getting Help With Your Essay" 0.99 essay above a writing centre's
    advice), when nothing else on the page leans to spam but lines that show spam's words
    (``_shows_words``: a tutorial's filter of toto words under "토토 사이트 스팸 필터 만들기"). A spam
    site's title comes with its sales lines."""
    if b.evidence != 0 or view.line_spam is None or reading.leaning is None:
        return False
    title, body = title_line(page, params.short_line_letters)
    if b.line != title or view.line_spam[body] >= params.neighbour_threshold:
        return False
    return all(_shows_words(page, reading, int(k), view, params) for k in np.flatnonzero(reading.leaning) if k != b.line)


def _program_data(page: Page, reading: PageReading, b: BlockFacts, r: Reading, view: ClassifierView, params: DecisionParams) -> bool:
    """A program's text (``program_text.line_is_code``: a list of quoted strings in brackets, a spam
    filter's word list or an SQL row, or code: a regular expression of spam's words, a bot's rules,
    a query over a casino's players) names spam's words without selling them; after the footer or
    with a contact channel it is still judged as text."""
    return not b.after_footer and not b.contact and page.cached("code", b.line, lambda j: line_is_code(page, j))


def _quoted(page: Page, reading: PageReading, b: BlockFacts, r: Reading, view: ClassifierView, params: DecisionParams) -> bool:
    """A quotation in the host's prose (``quotes.quoted_blocks``, as ``LinearModel.score`` found
    it): news and warnings quote spam in its own words ('Os criminosos enviam mensagens como
    "Precisando de dinheiro rápido? Empréstimo aprovado na hora..."'); an injection is not written
    between quotation marks inside a sentence of the host's. After the footer it is still judged
    as text."""
    return not b.after_footer and view.quoted is not None and bool(view.quoted[b.i])


def _mentioned(page: Page, reading: PageReading, b: BlockFacts, r: Reading, view: ClassifierView, params: DecisionParams) -> bool:
    """A line of quoted words and nothing else (``quotes.line_of_quotations``: «казино», «ставки на
    спорт», «займ без отказа») mentions them, a forum's banned words or a filter's examples; an
    injection does not quote its keywords. After the footer it is still judged as text."""
    return not b.after_footer and page.cached("quotations_line", b.line, lambda j: line_of_quotations(page, j))


def _markup(page: Page, reading: PageReading, b: BlockFacts, r: Reading, view: ClassifierView, params: DecisionParams) -> bool:
    """A block whose letters are all inside markup tags (``program_text.markup_only``) is a program's
    text, however the classifier reads the tags' names; a link's text between tags is judged as
    text."""
    return not b.after_footer and markup_only(page, b.i)


def _listing(page: Page, reading: PageReading, b: BlockFacts, r: Reading, view: ClassifierView, params: DecisionParams) -> bool:
    """A line of markup shown in a listing that a line of the host's reading clean introduces with
    a colon (``program_text.listing_intro``: the hidden links a security write-up found, shown with
    the tags that hid them) is a program's text; after the footer it is still judged as text."""
    if b.after_footer or view.line_spam is None:
        return False
    intro = listing_intro(page, b.line)
    return intro is not None and bool(view.line_spam[intro] < params.sentence_clean)


def _glossary(page: Page, reading: PageReading, b: BlockFacts, r: Reading, view: ClassifierView, params: DecisionParams) -> bool:
    """A glossary line (``glossary.line_is_glossary``: words with their translations, "croupier —
    荷官 | chips — 筹码"), or a line of a run of them written a pair a line that reads in part as
    ordinary words (``glossary.in_plain_glossary``: "chips — fichas", "bet — apuesta", under
    ``neighbour_threshold``), is a bilingual lesson, whatever topic its words are from; after the
    footer or with a contact channel it is still judged as text."""
    return not b.after_footer and not b.contact and _glossary_line(page, reading, b.line, view, params)


def _glossary_line(page: Page, reading: PageReading, k: int, view: ClassifierView, params: DecisionParams) -> bool:
    """Whether line k is a glossary's (see ``_glossary``)."""
    if page.cached("glossary", k, lambda j: line_is_glossary(page, j)):
        return True
    if view.line_spam is None:
        return False
    plain = reading.plain_glossary
    if k not in plain:
        plain[k] = in_plain_glossary(page, k, view.line_spam, params.neighbour_threshold)
    return plain[k]


def _lesson_title(page: Page, reading: PageReading, b: BlockFacts, r: Reading, view: ClassifierView, params: DecisionParams) -> bool:
    """A lesson's title right above its glossary (a label line ending in a colon between them
    aside) names the glossary's topic ("Unidad 6: Dinero y bancos – Money and banks" 0.98 scam above
    "Vocabulario:" and "préstamo – loan"), as a page's title names its first paragraph's
    (``_page_title``), when nothing else on the page but a glossary or a program's text leans to
    spam."""
    if b.evidence != 0 or b.after_footer or b.contact or reading.leaning is None:
        return False
    k = b.line
    if not title_shaped(page, k, params.short_line_letters):
        return False
    below = [j for j in range(k + 1, page.seg.n_lines) if len(page.line_blocks(j))][:2]
    if below and _LABEL.fullmatch(page.line_text(below[0]).strip()) and len(page.line_blocks(below[0])) == 1:
        below = below[1:]
    if not below or not _glossary_line(page, reading, below[0], view, params):
        return False
    return all(_shows_words(page, reading, int(j), view, params) for j in np.flatnonzero(reading.leaning) if j != k)


def _shows_words(page: Page, reading: PageReading, k: int, view: ClassifierView, params: DecisionParams) -> bool:
    """Whether line k shows spam's words rather than using them: a program's text or a glossary."""
    return page.cached("code", k, lambda j: line_is_code(page, j)) or _glossary_line(page, reading, k, view, params)


def _example(page: Page, reading: PageReading, b: BlockFacts, r: Reading, view: ClassifierView, params: DecisionParams) -> bool:
    """A disguised word right after words that open examples in the host's sentence ("...most of
    them naming the site in fancy letters such as 𝐋𝘜𝐂𝘒𝐘𝟩𝟽𝟩 to slip past the filter.") is shown,
    as a quotation is: a moderation report's or a warning's (read as shown: full-width letters,
    invisible controls and emoji between the words change nothing). After the footer it is still
    judged as text."""
    if not b.disguised or b.after_footer:
        return False
    start = int(page.seg.block_start[b.i])
    before = page.text[max(int(page.seg.line_start[b.line]), start - 60) : start]
    return opens_examples(before)


_EXEMPTIONS = (
    _one_word, _echoed_menu_item, _echoed_heading, _page_title, _lesson_title, _program_data, _markup, _listing, _glossary,
    _quoted, _mentioned, _example,
)
# a label line between a lesson's title and its glossary ("Vocabulario:", "Ｖｏｃａｂｕｌａｒｉｏ："
# in full-width forms)
_LABEL = regex.compile(r"[\p{L}\p{M} ]{1,30}[:：]")


def _by_rules(page: Page, reading: PageReading, b: BlockFacts, r: Reading | None, params: DecisionParams) -> bool:
    """Whether the rules remove the block. A foreign-script run with stuffing's structure goes
    unless the classifier vetoes it (reads it below ``rules_veto``; an item of a list needs the
    short-line threshold) and the structure is weak or the run short. Words hidden letter by letter
    are written for the filter, whatever they say: the classifier, which reads them joined, may
    not know them (an essay-mill pitch in Polish). After the footer nothing is the page's content:
    a line repeating itself at full strength there is stuffing whatever its words, in the page's own
    script too (an unseen phrase stuffed under the copyright line), though the classifier reads it
    as clean; so is a few words said over and over that the page's other lines do not say, slipped
    between two words of its own text (``spamguard.spliced``), each piece of it that a marker of
    another script cut off going with it. A CJK word masked letter by letter in a run of two masks
    (``spamguard.masked_words``, not in quotation marks) is written for the filter as hidden
    letters are, however short."""
    foreign = b.foreign >= params.rules_only_foreign and b.structural >= params.rules_only_evidence
    if foreign and r is not None:
        veto = max(params.rules_veto, params.short_line_threshold) if r.listed else params.rules_veto
        foreign = r.p >= veto or (
            (b.structural >= params.rules_override_evidence or b.repetition >= params.rules_override_repetition)
            and reading.run_letters[page.profile.block_run[b.i]] >= params.short_block
        )
    stuffed_tail = b.repetition >= 1.0 and b.after_footer
    # a run spliced into the page's text is six words said again at least, whatever piece of it a
    # marker of another script cut off ("pik anus pik最新 anus pik pik")
    return foreign or b.spliced or b.masked or ((b.hidden or stuffed_tail) and page.profile.block_letters[b.i] >= params.short_block)


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
    reading = PageReading.of(page, view, params)
    for i in np.flatnonzero(todo):
        b = BlockFacts.of(int(i), page, findings[i])
        r = read_block(page, reading, b, view, params) if view is not None else None
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


