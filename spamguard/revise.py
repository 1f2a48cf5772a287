"""Revision by neighbours (like jusText's ``revise_paragraph_classification``): spam comes in runs.

Within a line (``spamguard.revise_line``, and ``follow_ups.take_pitch_sentences``: a pitch's next
sentence in its paragraph): a line with spam that the classifier, reading it as
one unit, calls spam loses its blocks that lean towards spam; a line whose letters are mostly spam
goes whole (a clearly clean run of another script stays, unless it is glued to spam on both
sides, or short and glued on one); a short or letterless block, or one in a script foreign to the
page, between two spam blocks of a line goes with them, and so do the phrase a stuffed line says
three times or more next to its spam and, outside a list, a run of a foreign script (not Latin)
or a bare address that touches spam; a short line around disguised spam (styled letters,
invisible characters) goes whole. Between lines: a likely-spam line next to a removed line (more
likely for running prose; one taken along counts as removed for the next, so a run grows), or one leaning
less that talks about the removed spam rather than about the page (``topic``: a pitch's
follow-up in plain words) or is a removed pitch's next line (``follow_ups``: its messenger line,
its next sentence leaning to its category), a line that is no prose and reads as spam as a line
when it has the removed line's shape or spam was cut out of it already (a list's last keyword line,
its brand names kept), and a short or likely-spam line between two removed lines, go too. A
page whose lines lean towards spam on most of its letters is spam throughout, and a page mostly removed loses its last short lines; the one
long line a clean page leans to spam on goes (``outlier_line``), and so does such a line of running
prose that says how to buy, on a page that sells nothing (``offer_line``; both in
``spamguard.lone_line``), and a testimonial on a page that says "I" nowhere (``spamguard.testimonial``).
Revised blocks carry the reason ``spam_run`` (``spam_page`` for the page steps).
"""

from __future__ import annotations

import numpy as np

from .follow_ups import TextLines, continues_pitch, pitch_contact, take_pitch_sentences
from .lines import (
    LIST_ITEMS,
    line_is_list,
    line_is_menu,
    line_is_prose,
    line_may_be_prose,
    line_of_items,
    line_opens_page,
)
from .listed_again import take_listed_again
from .lone_line import revise_offer, revise_outlier
from .page import Page
from .params import CLEAN, DecisionParams
from .program_text import line_is_program
from .reasons import Reason
from .revise_line import revise_line
from .revision import Revision, majority_label
from .same_shape import shaped_like_removed
from .segment import sum_by_line
from .testimonial import revise_testimonial


def revise(
    page: Page,
    labels: list[str],
    conf: np.ndarray,
    reasons: list[tuple[str, ...]],
    params: DecisionParams,
    spam_prob: np.ndarray | None = None,
    category_names: list[str] | None = None,
    line_spam: np.ndarray | None = None,
    page_spam: float | None = None,
    own_prob: np.ndarray | None = None,
) -> tuple[list[str], np.ndarray, list[tuple[str, ...]]]:
    """Revise first-pass labels by their neighbours (spam comes in runs). Only lines with spam
    and their neighbours are visited, so a clean page costs next to nothing here."""
    rev = Revision(page, labels, conf, reasons, own_prob)
    spam_blocks = np.flatnonzero(np.array([lab != CLEAN for lab in labels], dtype=bool))
    for k in np.unique(page.seg.block_line[spam_blocks]):
        revise_line(rev, int(k), params, spam_prob, line_spam)
        if category_names is not None:
            take_pitch_sentences(rev, int(k), params, category_names)
        take_listed_again(rev, int(k))
        rev.line_removed[k] = rev.all_removed(int(k))

    if spam_prob is not None and category_names is not None and params.spam_page_threshold:
        _revise_leaning_page(rev, params, spam_prob, category_names)
    if spam_prob is not None and category_names is not None and params.outlier_threshold:
        revise_outlier(rev, params, spam_prob, category_names)
    if spam_prob is not None and category_names is not None and params.offer_line_letters:
        revise_offer(rev, params, spam_prob, category_names)
    if spam_prob is not None and category_names is not None and params.testimonial_line_letters:
        revise_testimonial(rev, params, spam_prob, category_names)

    order = TextLines(np.bincount(page.seg.block_line, minlength=page.seg.n_lines))
    text_lines = order.lines

    def near_removed() -> list[int]:
        # The footer line is never taken along by its neighbours: it is the host's, and the
        # after_footer evidence of a second cleaning is measured from it.
        removed_pos = [order.position[int(k)] for k in np.flatnonzero(rev.line_removed)]
        near = {j for p in removed_pos for j in (p - 1, p + 1) if 0 <= j < len(text_lines)}
        return sorted(
            int(text_lines[j]) for j in near
            if not rev.line_removed[text_lines[j]] and text_lines[j] != page.profile.footer_line
        )

    # A likely-spam line next to a removed line goes with it, and so does one leaning less
    # that shares more words with the removed spam than with the page, or a pitch's next line
    # (``follow_ups``). Its short blocks ("N" of
    # "N級品", a number) say too little on their own to hold it back, unless it has nothing else.
    # A line of running prose needs more (``prose_neighbour_threshold``): a host's sentence leans
    # half-way by chance. A line that is no prose goes when it reads as spam as a line and is
    # the removed line's next item: in its shape (``same_shape``), or with spam cut out of it
    # already, its brand names kept ("エルメス バーキン 偽物" 0.30 | "N" | "級品 販売" 0.99 after two
    # lines of copies; 0.5 and more as a line). The run grows line by line: a line taken along is a
    # removed line for the next one.
    grown = spam_prob is not None and category_names is not None
    while grown:
        grown = False
        for k in near_removed():
            blocks = page.line_blocks(k)
            telling = [i for i in blocks if page.profile.block_letters[i] >= params.short_block] or list(blocks)
            prose = page.cached("prose", k, lambda j: line_is_prose(page, j))
            likely = params.prose_neighbour_threshold if prose else params.neighbour_threshold
            if all(spam_prob[i] >= likely or rev.final[i] != CLEAN for i in telling) or (
                all(spam_prob[i] >= params.follow_up_threshold or rev.final[i] != CLEAN for i in telling)
                and rev.leans_to_removed(k)
            ) or pitch_contact(rev, order, k, params, spam_prob) or continues_pitch(
                rev, order, k, telling, params, spam_prob, category_names, line_spam
            ) or (not prose and line_spam is not None and line_spam[k] >= likely and (
                shaped_like_removed(rev.page, order.lines, k, rev.line_removed)
                or any(rev.final[i] != CLEAN for i in blocks))):
                for i in blocks:
                    if rev.final[i] == CLEAN:
                        rev.take(i, category_names[i], float(spam_prob[i]))
                rev.line_removed[k] = True
                grown = True

    # A line between two removed lines (blank lines skipped) goes with them when it is short or
    # likely spam itself.
    for k in near_removed():
        j = order.position[k]
        if 0 < j < len(text_lines) - 1 and rev.line_removed[text_lines[j - 1]] and rev.line_removed[text_lines[j + 1]]:
            a, b = int(text_lines[j - 1]), int(text_lines[j + 1])
            blocks = page.line_blocks(k)
            short = rev.weight[blocks.start : blocks.stop].sum() < params.short_block
            likely = spam_prob is not None and all(spam_prob[i] >= params.between_threshold for i in blocks)
            if short or likely:
                neighbours = list(page.line_blocks(a)) + list(page.line_blocks(b))
                label = majority_label(rev.final, rev.weight, neighbours)
                for i in blocks:
                    if rev.final[i] == CLEAN:
                        rev.take(i, label, float(rev.conf[neighbours].min()))
                rev.line_removed[k] = True
    _revise_page(rev, params, spam_prob, page_spam)
    return rev.final, rev.conf, rev.reasons


def _revise_leaning_page(rev: Revision, params: DecisionParams, spam_prob: np.ndarray, names: list[str]) -> None:
    """A page whose lines all lean towards spam is spam throughout, though each line alone may
    miss its own threshold (a title just under the short-line threshold, sales sentences under
    the prose threshold): spam sites are written in sales sentences, and about one thing (two
    lines or more leaning to one category). Pages that only talk about spam keep most of their
    letters in lines the classifier reads as clean."""
    if not len(spam_prob) or spam_prob.max() < params.spam_page_threshold:
        return
    line_prob, letters, blocks, spam = rev.line_stats(spam_prob)
    removed = (blocks > 0) & (spam == blocks)
    counted = letters >= params.short_block
    leaning = counted & ~removed & (line_prob >= params.spam_page_threshold)
    if leaning.sum() < 2:
        return
    # A spam site sells one thing: its lines lean to one category. Lines leaning to several, one
    # each, are the classifier's misreadings of a short page (a watch shop's sentence 0.68 as a
    # scam, its free-delivery line 0.61 as adult), no site.
    by_category: dict[str, list[int]] = {}
    for k in np.flatnonzero(leaning).tolist():
        best = max(rev.page.line_blocks(k), key=lambda i: spam_prob[i])
        by_category.setdefault(names[best], []).append(k)
    if max(len(ks) for ks in by_category.values()) < 2:
        return
    # A line with spam cut out of it counts as spam by what is left of it: the rest of a host's
    # paragraph that reads clean is the host's ("…ISO尽量低一些。" before "蜘蛛池出租 …"), the rest of
    # a site's sales sentence that reads as spam is the site's.
    seg, left = rev.page.seg, np.array([lab == CLEAN for lab in rev.final], dtype=bool)
    left_prob = np.zeros(seg.n_lines)
    np.maximum.at(left_prob, seg.block_line[left], spam_prob[left])
    cut_letters = sum_by_line(seg, np.where(left, 0, rev.page.profile.block_letters))
    spam_line_letters = np.where(removed | (left_prob >= params.spam_page_threshold), letters, cut_letters)
    spam_letters = spam_line_letters[counted & (removed | leaning)].sum()
    if spam_letters < params.spam_page_share * letters[counted].sum():
        return
    for k in np.flatnonzero(leaning):
        rev.take_line(int(k), spam_prob, names, Reason.SPAM_PAGE)


def _mostly_removed(
    rev: Revision, params: DecisionParams, spam: np.ndarray, line_prob: np.ndarray, spam_prob: np.ndarray | None
) -> bool:
    page = rev.page
    # The site's menus and its footer line are the frame every page has, the host's or a spam
    # site's: a long menu of a spam site (nine items in Thai) or its copyright line in Latin
    # letters under Han sales lines would hold most letters of a short page. They are left out of
    # the share and go along with the short lines.
    frame = _frame_lines(page, spam)
    counted = ~frame[page.seg.block_line]
    if rev.weight[spam & counted].sum() < params.spam_page_share * rev.weight[counted].sum():
        return False
    long_left = sum_by_line(page.seg, np.where(spam, 0, page.profile.block_letters)) >= params.short_line_letters
    long_left &= ~frame
    if not long_left.any():
        return True
    return bool(params.spam_page_rest and spam_prob is not None and (line_prob[long_left] >= params.spam_page_rest).all())


def _frame_lines(page: Page, spam: np.ndarray) -> np.ndarray:
    """The page's footer line and its menus (lines of short items, or naming the site's home,
    contact or about page) with nothing removed from them, by line."""
    seg = page.seg
    frame = np.zeros(seg.n_lines, dtype=bool)
    if page.profile.footer_line >= 0:
        frame[page.profile.footer_line] = True
    with_spam = sum_by_line(seg, spam.astype(np.int64)) > 0
    for k in np.flatnonzero(~with_spam & (np.bincount(seg.block_line, minlength=seg.n_lines) > 0)).tolist():
        frame[k] = frame[k] or page.cached("frame_menu", k, lambda j: line_of_items(page, j) or line_is_menu(page, j))
    return frame


def _spam_site(
    rev: Revision, params: DecisionParams, spam: np.ndarray, line_prob: np.ndarray, page_spam: float | None
) -> bool:
    if not params.spam_site_threshold or page_spam is None or page_spam < min(params.spam_site_threshold, params.spam_threshold):
        return False
    page = rev.page
    text = sum_by_line(page.seg, np.where(spam, 0, page.weighted_letters)) >= params.short_line_letters
    if page.profile.footer_line >= 0:
        text[page.profile.footer_line] = False
    if not text.any():
        return False
    # Menus go along whatever they read, and so does a short run of lines between two removed
    # lines: a site's payment, delivery or opening-hours lines among its sales sentences. Any
    # other line of text reading as clean is the host's: a host's own text is longer, and an
    # injection does not wrap it.
    removed = sum_by_line(page.seg, spam.astype(np.int64)) > 0  # lines with a removed block
    lines = np.flatnonzero(np.bincount(page.seg.block_line, minlength=page.seg.n_lines) > 0)

    def is_list(k: int) -> bool:
        return bool(page.cached("items", k, lambda line: line_is_list(page, line, LIST_ITEMS)))

    def opens_page(k: int) -> bool:
        return line_opens_page(page, k, params.short_line_letters)

    if page_spam < params.spam_site_threshold and not _framed(page, spam, text, lines, is_list, opens_page):
        return False

    head = _site_head(lines, removed, text, is_list, lambda k: line_may_be_prose(page, k) or line_is_program(page, k), opens_page)
    tail = _site_tail(lines, removed, text, lambda k: is_list(k) or k in head, opens_page)
    for k in np.flatnonzero(text & (line_prob < params.spam_site_rest)):
        # A list line goes along, unless the list is what was removed from it: the text left
        # is then the host's paragraph that a keyword list was glued into ("...出してもらえます。
        # 脂肪燃焼サプリ 激安|痩せるサプリ 最強|...").
        listed = is_list(int(k)) and not removed[k]
        if not _wrapped(lines, removed, int(k)) and not listed and int(k) not in head | tail:
            return False
    return True


def _framed(page: Page, spam: np.ndarray, text: np.ndarray, lines: np.ndarray, is_list, opens_page) -> bool:  # type: ignore[no-untyped-def]
    """Whether the page's spam opens and closes its text: the first and the last of its lines of
    text (menus and the footer line aside) are two lines mostly removed (``FRAME_SHARE`` of
    their letters), and no title is left between them. A site's page is its sales lines from its
    title down; an injection above a host's text and another below it leave the host's own first
    or last line, or its title under the first one ("Testing the loan calculator API" above a
    short tutorial); a host's sentence with a pitch slipped into it is one line. Such a page is
    read as one block: it is a spam site at the spam threshold (``_spam_site``), not at
    ``spam_site_threshold``, which must leave a host alone that a dense injection makes read
    0.999 as a whole.

    >>> page = Page.from_text("Home | Join\\nslot gacor hari ini\\nPayment by bank transfer.\\nslot gacor maxwin\\n© 2026 Slot")
    >>> spam = np.array([page.seg.block_line[i] in (1, 3) for i in range(page.seg.n_blocks)])
    >>> text = np.array([False, False, True, False, False])
    >>> _framed(page, spam, text, np.arange(5), lambda k: k == 0, lambda k: False)
    True
    >>> _framed(page, spam & (page.seg.block_line != 3), text, np.arange(5), lambda k: k == 0, lambda k: False)
    False
    """
    seg = page.seg
    gone = sum_by_line(seg, np.where(spam, page.weighted_letters, 0))
    mostly = (gone > 0) & (gone >= FRAME_SHARE * sum_by_line(seg, page.weighted_letters))
    body = [int(k) for k in lines if k != page.profile.footer_line and (text[k] or gone[k] > 0)
            and not (gone[k] == 0 and is_list(int(k)))]
    if len(body) < 2 or not (mostly[body[0]] and mostly[body[-1]]):
        return False
    return not any(gone[k] == 0 and opens_page(int(k)) and not is_list(int(k)) for k in lines if body[0] < k < body[-1])


FRAME_SHARE = 0.5  # share of a line's letters removed for it to open or close a page's text as spam


def _site_head(lines: np.ndarray, removed: np.ndarray, text: np.ndarray, is_list, is_prose, opens_page) -> set[int]:  # type: ignore[no-untyped-def]
    """The lines before the first line with spam removed, when they are a site's own first lines:
    besides menus, at most ``SITE_HEAD_LINES`` lines of text, none of them a sentence of running
    prose (a site's slogan or service line: "Atendimento em português todos os dias."; a host's
    own text above an injection runs in sentences; in Thai, Lao or Khmer, which end sentences with
    no stop, no long line: ``lines.line_may_be_prose``) or a program (a tutorial's table in HTML:
    ``program_text.line_is_program``), no title or menu comes between that line and
    the spam, and the spam does not end the page (a site closes with its own lines, a footer at
    least; an injection under a short host, a lottery results page's title and numbers, runs to
    the end)."""
    first = next((int(k) for k in lines if removed[k]), None)
    if first is None or removed[lines[-1]]:
        return set()
    before = [int(k) for k in lines if k < first]
    words = [k for k in before if text[k] and not is_list(k)]
    if len(words) > SITE_HEAD_LINES or any(is_prose(k) for k in words):
        return set()
    # a title or menu between them opens another page: the spam's, under a host's last line
    if words and any(opens_page(k) for k in before if k > words[-1]):
        return set()
    return set(before)


SITE_HEAD_LINES = 1  # most lines of text, besides menus, a spam site shows above its first spam line


def _site_tail(lines: np.ndarray, removed: np.ndarray, text: np.ndarray, is_list, opens_page) -> set[int]:  # type: ignore[no-untyped-def]
    """The lines after the last line with spam removed, when they are a site's own last lines:
    the spam opens the page (only menus and the site's head before it), no menu or title follows
    it (a menu or a title after an injection opens the host's page: "Bula do medicamento"; one
    between two of its spam lines is the site's own, under its name), and
    at most ``SITE_RUN_LINES`` lines of text are left after it (a site's payment, delivery and support
    lines; a host's own text is longer)."""
    with_spam = [int(k) for k in lines if removed[k]]
    if not with_spam:
        return set()
    first, last = with_spam[0], with_spam[-1]
    if any(text[k] and not is_list(int(k)) for k in lines if k < first):
        return set()
    if any(opens_page(int(k)) for k in lines if k > first and not removed[k] and not _wrapped(lines, removed, int(k))):
        return set()
    after = [int(k) for k in lines if k > last]
    return set(after) if sum(bool(text[k]) for k in after) <= SITE_RUN_LINES else set()


SITE_RUN_LINES = 3  # most lines of a spam site's own that can sit between two of its spam lines


def _wrapped(lines: np.ndarray, removed: np.ndarray, k: int) -> bool:
    """Whether line k is in a run of at most ``SITE_RUN_LINES`` lines (of ``lines``, the lines
    with text) with nothing removed, between two lines with spam removed."""
    j = int(np.searchsorted(lines, k))
    top = j
    while top > 0 and not removed[lines[top - 1]]:
        top -= 1
    end = j
    while end + 1 < len(lines) and not removed[lines[end + 1]]:
        end += 1
    return top > 0 and end + 1 < len(lines) and end - top + 1 <= SITE_RUN_LINES


def _revise_page(
    rev: Revision, params: DecisionParams, spam_prob: np.ndarray | None = None, page_spam: float | None = None
) -> None:
    """A page that is spam throughout loses what is left of it. It is spam throughout when
    ``spam_page_share`` of its letters are removed already (its menus and footer line, the frame
    of any site's page, left out) and every long line left leans towards spam
    (``spam_page_rest``: a spam site's own sales sentences read under the thresholds that news
    about spam needs), its short lines, menus and footer going along; or when it
    has spam removed, the classifier reading the whole page as one text calls it spam
    (``spam_site_threshold``, or ``spam_threshold`` when the spam opens and closes the page's
    text: ``_framed``), and every line of text left leans towards spam
    (``spam_site_rest``), menus, the footer line, runs of up to ``SITE_RUN_LINES`` lines
    between two removed lines (a site's payment, delivery or opening-hours lines among its
    sales sentences), a slogan or service line above its first spam line (``_site_head``) and up
    to as many last lines after spam that opens the page with no title or menu after it going
    along: a host page with an injection keeps its own text, which the
    classifier reads as clean, which is longer, which an injection does not wrap, and which
    opens with its own title or menu when the injection is above it. Spam found only after the
    page's footer line makes no page spam throughout."""
    page = rev.page
    spam = np.array([lab != CLEAN for lab in rev.final], dtype=bool)
    if not spam.any():
        return
    # A site's sales lines come before its own copyright line; spam found only after the page's
    # footer was put there, under a host whose text is everything above it (a Chinese recipe
    # whose lines read 0.2-0.4 beside a gambling list after its "版权所有" line is no site).
    footer = page.profile.footer_line
    if footer >= 0 and page.seg.block_line[spam].min() > footer:
        return
    line_prob = np.zeros(page.seg.n_lines)
    if spam_prob is not None:
        np.maximum.at(line_prob, page.seg.block_line[~spam], spam_prob[~spam])
    if not (_mostly_removed(rev, params, spam, line_prob, spam_prob) or _spam_site(rev, params, spam, line_prob, page_spam)):
        return
    left = np.flatnonzero(~spam)
    label = majority_label(rev.final, rev.weight, list(np.flatnonzero(spam)))
    score = float(rev.conf[spam].min())
    for i in left:
        rev.remove(int(i), label, score, Reason.SPAM_PAGE)
