"""The rule layer: small functions that find evidence of injected spam in a block.

Each rule is ``rule(page, i) -> Finding | None`` for block ``i`` and reports one stable
:class:`~spamguard.reasons.Reason`. A rule never removes text by itself: the decision stage
weighs findings together with the classifier and the neighbours. Rules recognise the legitimate
forms of script mixing and stay silent on them: language selectors (many short items in many
scripts), native names in parentheses or quotes, bilingual pages (both scripts are home), short
brand names inside CJK text.

>>> page = Page.from_text("News of the day.\\nMore news here.\\n人妻无码 | 在线观看 | 免费视频 | 成人网站")
>>> [f.reason.value for f in find_all(page, page.seg.n_blocks - 1)]
['foreign_script', 'keyword_list']
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import regex

from .contact import has_contact
from .glossary import line_is_glossary
from .lines import line_is_list, line_is_menu, sentence_long, top_menu_line
from .masked_words import masked_words
from .page import Page
from .reasons import Reason
from .scripts import DENSE_GROUPS, LATIN, MIN_MIXED_STYLED, STYLED_LETTER_RANGES, group_id, mixes_styles
from .spliced import spliced_blocks
from .spliced_sentences import spliced_sentences
from .stuffing import DOMAIN, line_repetition, run_repetition

_CJK = group_id("CJK")
_STYLED = group_id("Styled")

# Fewest letters of a foreign run that count as evidence. Dense scripts carry a word in one or
# two characters; Latin on a non-Latin page is mostly brand names and code, so it needs more.
MIN_FOREIGN_DENSE = 5
MIN_FOREIGN_ALPHABETIC = 10
MIN_FOREIGN_LATIN = 25
LATIN_MAX_STRENGTH = 0.5

_OPENERS = "([{（【「『《〈“‘\"'«‹"
_CLOSERS = ")]}）】」』》〉”’\"'»›"
_LETTER = regex.compile(r"\p{L}")
# Invisible characters between alphabet letters, joiners and soft hyphens aside (Persian, Indic
# and emoji text need joiners; German hyphenation hints put a soft hyphen every few letters).
HIDING_RANGES = ((0x200B, 0x200B), (0x200E, 0x200F), (0x202A, 0x202E), (0x2060, 0x2064), (0x2066, 0x2069), (0xFEFF, 0xFEFF), (0x180E, 0x180E))
JOINERS = (0x200C, 0x200D)  # the zero-width non-joiner and joiner, a range
_SOFT_HYPHEN = (0x00AD, 0x00AD)
MIN_HIDDEN = 5  # fewest hiding characters between letters that make a block's words hidden


def _char_class(ranges: tuple[tuple[int, int], ...]) -> str:
    return "".join(chr(lo) if lo == hi else f"{chr(lo)}-{chr(hi)}" for lo, hi in ranges)


_HIDING_CLASS = _char_class(HIDING_RANGES)
# what the invisible_chars rule counts: the hiding characters, the soft hyphen and the joiners,
# a run of them between two letters holding one that is no joiner
_INVISIBLE_CLASS = _char_class((*HIDING_RANGES, _SOFT_HYPHEN, JOINERS))
_INVISIBLE = regex.compile(f"[{_INVISIBLE_CLASS}]")
_INVISIBLE_IN_WORD = regex.compile(
    rf"\p{{L}}(?=[{_INVISIBLE_CLASS}]*[{_char_class((*HIDING_RANGES, _SOFT_HYPHEN))}])[{_INVISIBLE_CLASS}]+\p{{L}}"
)
_HIDING = regex.compile(
    rf"(?<=[\p{{Latin}}\p{{Cyrillic}}\p{{Greek}}])[{_HIDING_CLASS}]+(?=[\p{{Latin}}\p{{Cyrillic}}\p{{Greek}}])"
)
_ALPHABET_LETTER = regex.compile(r"[\p{Latin}\p{Cyrillic}\p{Greek}]")
_JOINER_IN_ALPHABET_WORD = regex.compile(rf"[\p{{Latin}}\p{{Cyrillic}}\p{{Greek}}][{_char_class((JOINERS,))}]+[\p{{Latin}}\p{{Cyrillic}}\p{{Greek}}]")
_MIXED_WORD = regex.compile(
    r"\b(?=[\p{L}\p{M}]*\p{Latin})(?=[\p{L}\p{M}]*[\p{Cyrillic}\p{Greek}])[\p{L}\p{M}]{3,}\b"
)
_SPACED_LETTERS = regex.compile(r"(?<![\p{L}\p{N}])(?:\p{L}[ .\-_*]){4,}\p{L}(?![\p{L}\p{N}])")
# letters spaced apart that count as one disguised word: a run of them spelling a phrase ("b u y c
# h e a p v i a g r a o n l i n e") is as many disguised words as it holds such stretches
SPELLED_LETTERS = 10
_FULL_WIDTH_LATIN = regex.compile("[\uFF21-\uFF3A\uFF41-\uFF5A]")
_MATH_ALNUM = regex.compile(
    "[" + "".join(f"{chr(lo)}-{chr(hi - 1)}" for lo, hi in STYLED_LETTER_RANGES) + "\U0001D7CE-\U0001D7FF]"
)


@dataclass(frozen=True)
class Finding:
    """One piece of evidence: which reason, and how strong (0 to 1)."""

    reason: Reason
    strength: float


Rule = Callable[[Page, int], "Finding | None"]


def _enclosed(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] stands inside brackets or quotes (a native name, a quoted title).

    The closing mark may be the block's own last character: punctuation joins the run before it.
    """
    before = text[max(0, start - 3) : start].rstrip()
    inner = text[start:end].rstrip(".,;:!?")
    after = text[end : end + 3].lstrip()
    closed = (bool(inner) and inner[-1] in _CLOSERS) or (bool(after) and after[0] in _CLOSERS)
    return bool(before) and before[-1] in _OPENERS and closed


def _min_foreign(page: Page, group: int) -> int:
    if group in DENSE_GROUPS:
        return MIN_FOREIGN_DENSE
    if group == LATIN:
        return MIN_FOREIGN_LATIN
    return MIN_FOREIGN_ALPHABETIC


def _line_foreign(page: Page, k: int) -> tuple[int, bool]:
    """Foreign letters on line k, and whether the line looks like a language selector."""
    prof = page.profile
    groups: set[int] = set()
    foreign = 0
    foreign_blocks = 0
    for b in page.line_blocks(k):
        g = int(prof.block_group[b])
        if g:
            groups.add(g)
        if g and g not in prof.home_groups and not _enclosed(
            page.text, int(page.seg.block_start[b]), int(page.seg.block_end[b])
        ):
            foreign += int(prof.block_counts[b, g])
            foreign_blocks += 1
    selector = len(groups) >= 3 or (foreign_blocks > 0 and foreign <= 4 * foreign_blocks and foreign_blocks <= 3)
    return foreign, selector


def foreign_script(page: Page, i: int) -> Finding | None:
    """A run in a script group the page is not written in, long enough to be more than a name."""
    prof = page.profile
    g = int(prof.block_group[i])
    if not g or g in prof.home_groups:
        return None
    if g == _STYLED and LATIN in prof.home_groups:
        # styled letters are Latin ones dressed up: on a page written in Latin letters they are no
        # other script ("Her new book, 𝑻𝒉𝒆 𝑷𝒊𝒈𝒆𝒐𝒏 𝑾𝒉𝒐 𝑳𝒐𝒗𝒆𝒅 𝑹𝒂𝒊𝒏, comes out ..."), and a disguise
        # is obfuscated_text's to report
        return None
    s, e = int(page.seg.block_start[i]), int(page.seg.block_end[i])
    if _enclosed(page.text, s, e):
        return None
    n = int(prof.block_counts[i, g])
    need = _min_foreign(page, g)
    line_foreign, selector = page.cached("foreign", int(page.seg.block_line[i]), lambda k: _line_foreign(page, k))
    if selector and g not in DENSE_GROUPS and not any(c.isspace() for c in page.text[s:e].strip()):
        return None  # one word of a language selector is a language's name ("Українська"), however long
    if n >= need or (not selector and line_foreign >= 2 * need):
        strength = min(1.0, max(n, line_foreign) / (3 * need))
        # Latin is everywhere on non-Latin pages (menus, brands, code): weak evidence at most.
        return Finding(Reason.FOREIGN_SCRIPT, min(strength, LATIN_MAX_STRENGTH) if g == LATIN else strength)
    return None



def keyword_list(page: Page, i: int) -> Finding | None:
    """Many short separator-delimited items and no sentences: a stuffed keyword list, unless each
    item pairs a word with its translation (``glossary.line_is_glossary``).

    Also the CJK form: short CJK words separated by single spaces, which CJK prose never uses.
    """
    k = int(page.seg.block_line[i])
    if int(page.profile.block_group[i]) in page.profile.home_groups and page.cached("menu", k, lambda j: line_is_menu(page, j)):
        # The site's own menu ("ホーム | 病気の情報 | お薬の情報 | お問い合わせ") uses its topics'
        # words; a run in another script slipped into it is still a list's.
        return None
    strength = page.cached("list", k, lambda j: line_is_list(page, j))
    if strength and page.cached("glossary", k, lambda j: line_is_glossary(page, j)):
        return None  # a bilingual lesson's words with their translations
    if not strength and page.profile.block_group[i] == _CJK:
        # words with letters: "© 🔥 2025 🔥 さくら通りメンズクリニック" is a footer, not a list
        words = [w for w in page.block_text(i).split() if _LETTER.search(w)]
        if len(words) >= 3 and max(len(w) for w in words) <= 16:
            strength = min(1.0, len(words) / 4)
    return Finding(Reason.KEYWORD_LIST, strength) if strength else None


def keyword_repetition(page: Page, i: int) -> Finding | None:
    """The same words (or CJK bigrams) over and over: keyword stuffing, on the block's line or,
    for a run of another script than its line's, on the run."""
    k = int(page.seg.block_line[i])
    strength = page.cached("repeat", k, lambda j: line_repetition(page, j))
    run = int(page.profile.block_run[i])
    if strength < 1.0 and page.profile.run_group[run] != page.profile.line_group[k]:
        strength = max(strength, page.cached("run_repeat", run, lambda r: run_repetition(page, r)))
    return Finding(Reason.KEYWORD_REPETITION, strength) if strength else None


def names_own_site(page: Page, k: int) -> bool:
    """Whether every web address and e-mail domain on line k is the site's own: named on the
    page's footer line ("Questions? E-mail contact@collectspace.com" under "© 1999-2013
    collectSPACE.com All rights reserved."). Spam after the footer points at another site.

    >>> page = Page.from_text("News.\\n© 2013 collectSPACE.com All rights reserved.\\nQuestions? E-mail contact@collectspace.com")
    >>> names_own_site(page, 2), names_own_site(page, 0)
    (True, False)
    """
    footer = page.profile.footer_line
    if footer < 0 or footer == k:
        return False
    names = {m.group().casefold().split("://")[-1].removeprefix("www.").split("/")[0] for m in DOMAIN.finditer(page.line_text(k))}
    own = page.line_text(footer).casefold()
    return bool(names) and all(name in own for name in names)


def url_list(page: Page, i: int) -> Finding | None:
    """A block made mostly of bare domains or URLs."""
    text = page.block_text(i)
    hits = DOMAIN.findall(text)
    if not hits:
        return None
    covered = sum(len(h) for h in hits)
    visible = sum(1 for c in text if not c.isspace())
    k = int(page.seg.block_line[i])
    list_line = len(page.line_blocks(k)) >= 3
    if (len(hits) >= 2 or list_line) and covered >= 0.6 * visible:
        return Finding(Reason.URL_LIST, min(1.0, len(hits) / 4 + (0.5 if list_line else 0)))
    return None


def invisible_chars(page: Page, i: int) -> Finding | None:
    """Zero-width or bidi controls between letters: hidden or evasive text. Joiners (ZWNJ, ZWJ)
    belong in Persian, Indic and emoji text, so they count only between alphabet letters."""
    text = page.block_text(i)
    if not _INVISIBLE.search(text):
        return None
    n = len(_INVISIBLE_IN_WORD.findall(text)) + len(_JOINER_IN_ALPHABET_WORD.findall(text))
    return Finding(Reason.INVISIBLE_CHARS, min(1.0, n / 3)) if n else None


def hidden_letters(page: Page, i: int) -> Finding | None:
    """Invisible characters between most letters of the block (``p\u200br\u200ba\u200bc\u200be``):
    text written so that no filter reads its words. At least five, between at least 30% of its
    alphabet letters; no clean sentence of the corpus, the real pages or the article benchmark
    has even three."""
    text = page.block_text(i)
    if not _INVISIBLE.search(text):
        return None
    n = len(_HIDING.findall(text))
    return Finding(Reason.HIDDEN_LETTERS, 1.0) if n >= MIN_HIDDEN and n >= 0.3 * len(_ALPHABET_LETTER.findall(text)) else None


def _letters(run: str) -> int:
    return sum(1 for c in run if c.isalpha())


def obfuscated_text(page: Page, i: int) -> Finding | None:
    """Look-alike letters from several scripts in one word, styled letters (a word mixing their
    styles counting again; full-width Latin among half-width, which the segmenter calls styled),
    letters spaced apart, CJK words masked letter by letter."""
    text = page.block_text(i)
    n = len(_MIXED_WORD.findall(text)) + sum(max(1, _letters(m) // SPELLED_LETTERS) for m in _SPACED_LETTERS.findall(text))
    styled = _MATH_ALNUM.findall(text)
    n += len(styled) // 4
    if page.profile.block_group[i] == _STYLED:
        n += len(_FULL_WIDTH_LATIN.findall(text)) // 4
    if len(styled) >= MIN_MIXED_STYLED:
        n += sum(mixes_styles(w) for w in text.split())
    n += sum(w.masks for w in masked_words(text))
    return Finding(Reason.OBFUSCATED_TEXT, min(1.0, n / 2)) if n else None


def contact_channel(page: Page, i: int) -> Finding | None:
    """The block's line is a sentence's length and gives a way to reach someone (a WhatsApp,
    Zalo, KakaoTalk or Telegram account, a phone number, an e-mail address): a pitch ends by
    saying how to order, news rarely does. A short line with a phone number is an address
    footer as often as an advert, so it is no evidence. Weak evidence: shops write the same."""

    def pitch(k: int) -> bool:
        text = page.line_text(k)
        return sentence_long(page, k, text.strip()) and has_contact(text)

    return Finding(Reason.CONTACT_CHANNEL, 1.0) if page.cached("contact", int(page.seg.block_line[i]), pitch) else None


def after_footer(page: Page, i: int) -> Finding | None:
    """A block after the page's last copyright/footer line."""
    footer = page.profile.footer_line
    if footer >= 0 and page.seg.block_line[i] > footer:
        return Finding(Reason.AFTER_FOOTER, 0.5)
    return None


def above_menu(page: Page, i: int) -> Finding | None:
    """A block on a line above the page's menu, when the menu is among the page's first lines
    (``lines.top_menu_line``): a hidden top block sits above the page's own top."""
    menu = top_menu_line(page)
    if menu > 0 and page.seg.block_line[i] < menu:
        return Finding(Reason.ABOVE_MENU, 0.5)
    return None


def repeated_phrase(page: Page, i: int) -> Finding | None:
    """A block within a few words said over and over that the page says nowhere else, slipped
    between the words of its own text (``spliced.spliced_runs``)."""
    return Finding(Reason.REPEATED_PHRASE, 1.0) if spliced_blocks(page)[i] else None


def spliced_sentence(page: Page, i: int) -> Finding | None:
    """A block of a sentence spliced between two words of the page's own sentence
    (``spliced_sentences``)."""
    return Finding(Reason.SPLICED_SENTENCE, 1.0) if spliced_sentences(page)[i] >= 0 else None


RULES: tuple[Rule, ...] = (
    foreign_script,
    keyword_list,
    keyword_repetition,
    url_list,
    invisible_chars,
    hidden_letters,
    obfuscated_text,
    after_footer,
    contact_channel,
    above_menu,
    repeated_phrase,
    spliced_sentence,
)


def find_all(page: Page, i: int) -> list[Finding]:
    """Every finding of every rule for block ``i``, in rule order."""
    return [f for rule in RULES if (f := rule(page, i)) is not None]
