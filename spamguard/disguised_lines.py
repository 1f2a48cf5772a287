"""A short line around disguised spam (a step of ``spamguard.revise_line``): styled, full-width,
spaced-out or masked letters and invisible characters are written to slip past filters. Around a
disguised site *name* the comment is the spammer's too and goes with it; a *pitch* written in
disguise was slipped into the host's line, whose plain words around it stay. A menu is no
comment: its items are judged as any menu's."""

from __future__ import annotations

import numpy as np
import regex

from .contact import has_contact
from .disguised_comments import comment_blocks
from .lines import line_is_menu, whole_on_its_own
from .page import Page
from .params import CLEAN, DecisionParams
from .reasons import Reason
from .revision import Revision
from .rules import invisible_chars, obfuscated_text
from .scripts import group_id
from .stuffing import DOMAIN

DISGUISES = frozenset({Reason.OBFUSCATED_TEXT.value, Reason.INVISIBLE_CHARS.value})
_UNDER_DISGUISE = {group_id("Styled"): group_id("Latin")}  # styled letters are Latin ones dressed up
# a short word spelled out letter by letter ("T e x t us", "T.e.x.t"), too short for ``rules.obfuscated_text``
_SPELLED_WORD = regex.compile(r"(?<![\p{L}\p{N}])(?:\p{L}[ .]){2,}\p{L}(?![\p{L}\p{N}])")


def _under(group: int) -> int:
    return _UNDER_DISGUISE.get(group, group)


def _disguised(page: Page, i: int) -> bool:
    """Whether block ``i`` is written in disguise, as far as any of its words is."""
    return (
        obfuscated_text(page, i) is not None or invisible_chars(page, i) is not None
        or _SPELLED_WORD.search(page.block_text(i)) is not None
    )


def take_comments(rev: Revision, spam: list[int], label: str, score: float, params: DecisionParams) -> None:
    """The comment around a disguised name slipped into the host's sentence goes with the name
    (``disguised_comments``), on a line of any length."""
    for i in spam:
        if DISGUISES.intersection(rev.reasons[i]):
            for j in comment_blocks(rev.page, i, rev.final, rev.own_prob, params):
                if rev.final[j] == CLEAN:
                    rev.take(j, label, score)


def take_disguised_line(
    rev: Revision, k: int, spam: list[int], label: str, score: float, params: DecisionParams, spam_prob: np.ndarray | None
) -> bool:
    """On the short line ``k`` with disguised spam among its removed blocks ``spam``, take what is
    written in the disguise's letters but the host's words; False (nothing done) when no removed
    block is disguised or the line is a menu.

    The comment around a site name ("gue pindah ke 𝙋𝙐𝙇𝘼𝙐𝙒𝙄𝙉, dan gue ngerti kenapanya") is the
    spammer's too, when it is written in the letters under the disguise. A host sentence in
    another script that an injection was slipped into stays, and so do the host's words as long as
    a line that read clean ("Городская библиотека ... часы работы" | "п о р н о видео бесплатно" |
    "до десяти часов вечера ...")."""
    page, final = rev.page, rev.final
    if not any(DISGUISES.intersection(rev.reasons[i]) for i in spam):
        return False
    if page.cached("menu", k, lambda j: line_is_menu(page, j)):
        return False
    blocks = page.line_blocks(k)
    group = page.profile.block_group
    # The host's clearly clean pieces in another script than the disguise's, a line's letters
    # together, are the line the spam was slipped into ("Registered in England and" | ア○ル○ビ○オ
    # ... | "Wales, company number ..."), not the comment around a disguised name.
    disguised = {_under(int(group[i])) for i in spam if DISGUISES.intersection(rev.reasons[i])}
    pieces = [
        i for i in blocks
        if final[i] == CLEAN and spam_prob[i] < params.clearly_clean
        and page.weighted_letters[i] >= params.short_block and int(group[i]) not in disguised
    ] if spam_prob is not None else []
    host = set(pieces) if sum(int(page.weighted_letters[i]) for i in pieces) >= params.short_line_letters else set()
    # and their short clearly clean neighbours in their script, no spam between ("Wales, company
    # number 47075894." | "VAT 71536901.")
    for order in (blocks, reversed(blocks)):
        for i in order:
            if i in host or final[i] != CLEAN or spam_prob is None or spam_prob[i] >= params.clearly_clean:
                continue
            if any(j in host and group[j] == group[i] for j in (i - 1, i + 1)):
                host.add(i)
    host |= _around_a_pitch(rev, blocks, spam, params, spam_prob)
    under = {_under(int(group[i])) for i in spam} | {0}
    for i in blocks:
        if final[i] == CLEAN and _under(int(group[i])) in under and not _host_words(rev, i, params, spam_prob) and i not in host:
            rev.take(i, label, score)
    return True


def _host_words(rev: Revision, i: int, params: DecisionParams, spam_prob: np.ndarray | None) -> bool:
    # a piece of the host's sentence: clean and a line long
    return (
        spam_prob is not None and spam_prob[i] < params.sentence_clean
        and rev.page.weighted_letters[i] >= params.short_line_letters
    )


# a word written in disguise, three letters or more: full-width or styled (a site's name is one
# such word, "𝐋𝐔𝐂𝐊𝐘𝟩𝟽𝟩", or letters each on their own, "𝘽 𝙐 𝙆 𝙄 𝙏 8 8 8"; a keyword phrase two)
_PHRASE_WORD = regex.compile(r"[\uff21-\uff3a\uff41-\uff5a\U0001d400-\U0001d7ff]{3,}")


def _around_a_pitch(
    rev: Revision, blocks: range, spam: list[int], params: DecisionParams, spam_prob: np.ndarray | None
) -> set[int]:
    """The host's plain words that read clean around a pitch written in disguise (a phrase's
    letters, not a site name's: ``short_line_letters`` or more, or two words of a keyword
    phrase, "ｒｏｌｅｔａ ａｏ ｖｉｖｏ") slipped into its line
    ("Registered in England and Wales," | ｐａｙｄａｙ ｌｏａｎｓ ... | "company number"; "© 2022
    Saale-Bote." | Ｊｅｔｚｔ ｉｍ Ｏｎｌｉｎｅ Ｃａｓｉｎｏ ...). Around it, not inside it: plain words
    between its pieces are its own ("có hồ sơ" | g ố c), and so are the way to reach the seller
    after it ("T e x t us on 07700 900123.") and an address right after it ("ポOチO" |
    "play75711.bet/play75 Wales, ...": the host's words part from the address in the next look,
    ``address_tails``)."""
    page = rev.page
    dressed = {i for i in blocks if _disguised(page, i)}
    # its pieces: the removed disguised blocks and the line's others, which go with them
    pitch = [i for i in blocks if i in dressed or (i in spam and DISGUISES.intersection(rev.reasons[i]))]
    if spam_prob is None or not pitch or (
        sum(int(page.weighted_letters[i]) for i in pitch) < params.short_line_letters
        and len(_PHRASE_WORD.findall(" ".join(page.block_text(i) for i in pitch))) < 2
    ):
        return set()
    return {
        i for i in blocks
        if rev.final[i] == CLEAN and spam_prob[i] < params.rest_clean and i not in dressed
        and (page.weighted_letters[i] >= params.short_block or whole_on_its_own(page, blocks, i))
        and not pitch[0] < i < pitch[-1] and not has_contact(page.block_text(i))
        and not (i - 1 in pitch and DOMAIN.match(page.block_text(i).lstrip()))
    }
