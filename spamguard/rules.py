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

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from itertools import pairwise

import numpy as np
import regex

from .contact import has_contact
from .glossary import line_is_glossary
from .lines import line_is_list, line_is_menu, sentence_long, top_menu_line
from .normalize import normalize
from .page import Page
from .program_text import without_markup
from .reasons import Reason
from .scripts import DENSE_GROUPS, LATIN, STYLED_LETTER_RANGES, group_id

_CJK = group_id("CJK")

# Fewest letters of a foreign run that count as evidence. Dense scripts carry a word in one or
# two characters; Latin on a non-Latin page is mostly brand names and code, so it needs more.
MIN_FOREIGN_DENSE = 5
MIN_FOREIGN_ALPHABETIC = 10
MIN_FOREIGN_LATIN = 25
LATIN_MAX_STRENGTH = 0.5

_OPENERS = "([{（【「『《〈“‘\"'«‹"
_CLOSERS = ")]}）】」』》〉”’\"'»›"
WORDS = regex.compile(r"[^\W_]+")  # "slot_gacor_slot_gacor" is four words
_LETTER = regex.compile(r"\p{L}")
_DOMAIN = regex.compile(
    r"(?:https?://|www\.)[^\s|<>\"\u3000-\u303f\uff0c\uff1b]+|\b[\w-]{2,63}(?:\.[\w-]{2,63})*\.(?:com|net|org|info|biz|xyz|top|vip|cc|co|io|me|site|online|club|shop|app|live|bet|casino|win|asia|cn|hk|tw|jp|ru|id|us|uk|de|in|pw|tk|ws)\b",
    regex.IGNORECASE,
)
_INVISIBLE = regex.compile(r"[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u00ad\u180e]")
_INVISIBLE_IN_WORD = regex.compile(  # a run of invisibles between letters with at least one non-joiner
    r"\p{L}(?=[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u00ad\u180e]*"
    r"[\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u00ad\u180e])"
    r"[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u00ad\u180e]+\p{L}"
)
# Invisible characters between alphabet letters, joiners and soft hyphens aside (Persian, Indic
# and emoji text need joiners; German hyphenation hints put a soft hyphen every few letters).
HIDING_RANGES = ((0x200B, 0x200B), (0x200E, 0x200F), (0x202A, 0x202E), (0x2060, 0x2064), (0x2066, 0x2069), (0xFEFF, 0xFEFF), (0x180E, 0x180E))
MIN_HIDDEN = 5  # fewest hiding characters between letters that make a block's words hidden
_HIDING_CLASS = "".join(chr(lo) if lo == hi else f"{chr(lo)}-{chr(hi)}" for lo, hi in HIDING_RANGES)
_HIDING = regex.compile(
    rf"(?<=[\p{{Latin}}\p{{Cyrillic}}\p{{Greek}}])[{_HIDING_CLASS}]+(?=[\p{{Latin}}\p{{Cyrillic}}\p{{Greek}}])"
)
_ALPHABET_LETTER = regex.compile(r"[\p{Latin}\p{Cyrillic}\p{Greek}]")
_JOINER_IN_ALPHABET_WORD = regex.compile(r"[\p{Latin}\p{Cyrillic}\p{Greek}][\u200c\u200d]+[\p{Latin}\p{Cyrillic}\p{Greek}]")
_MIXED_WORD = regex.compile(
    r"\b(?=[\p{L}\p{M}]*\p{Latin})(?=[\p{L}\p{M}]*[\p{Cyrillic}\p{Greek}])[\p{L}\p{M}]{3,}\b"
)
_SPACED_LETTERS = regex.compile(r"(?<![\p{L}\p{N}])(?:\p{L}[ .\-_*]){4,}\p{L}(?![\p{L}\p{N}])")
# A word of a CJK script with one mask symbol between its letters ("ま✗ぐ✗返✗", "童□の"): what
# the Japanese adult vocabulary does to slip past filters. A doubled mask is a placeholder ("山田○○様",
# "○○市"), and "×" joins the names of a collaboration ("鬼滅の刃×ローソン"), so neither counts.
_CJK_LETTER = r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]"
_MASKED = regex.compile(rf"(?<={_CJK_LETTER})[✗✕□■●○＊*](?={_CJK_LETTER})")
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


def line_repetition(page: Page, k: int) -> float:
    # markup repeats its tags' names ("<ResourceDictionary> ... </ResourceDictionary>"): only the
    # text between tags can be stuffed
    return _repetition(without_markup(page.line_text(k)).casefold(), int(page.profile.line_group[k]) in DENSE_GROUPS)


def run_repetition(page: Page, run: int) -> float:
    """Repetition within one script run: a stuffed phrase of another script inside a long line
    of host prose ("...wedi 首存送 ... skit ner dig skit ner dig ...") is diluted on the line."""
    runs = page.profile.block_run  # numbered in page order, so sorted
    first, last = np.searchsorted(runs, run, side="left"), np.searchsorted(runs, run, side="right") - 1
    text = page.text[int(page.seg.block_start[first]) : int(page.seg.block_end[last])]
    return _repetition(without_markup(text).casefold(), int(page.profile.run_group[run]) in DENSE_GROUPS)


def _repetition(text: str, dense: bool) -> float:
    if dense:
        grams = [text[j : j + 2] for j in range(len(text) - 1) if text[j].isalpha() and text[j + 1].isalpha()]
        if len(grams) < 20:
            return 0.0
        top = Counter(grams).most_common(1)[0][1]
        share = top / len(grams)
        return min(1.0, share / 0.08) if top >= 5 and share >= 0.04 else 0.0
    words = WORDS.findall(text)
    if len(words) < 6:
        return 0.0
    # Either finding needs a word of three or more letters said three times or more: most lines
    # have none, and are done without counting pairs.
    longer = Counter(w for w in words if len(w) >= 3)
    if not longer or max(longer.values()) < 3:
        return 0.0
    content = [w for w in words if len(w) >= 4]
    bigrams = [(a, b) for a, b in zip(words, words[1:]) if len(a) >= 3 and len(b) >= 3]
    word_top = Counter(content).most_common(1)[0][1] if content else 0
    pair_top = Counter(bigrams).most_common(1)[0][1] if bigrams else 0
    word_share = word_top / len(words)
    pair_share = pair_top / max(1, len(words) - 1)
    distinct = len(set(words)) / len(words)
    # Under eight words only a pair said three times counts ("ігрові автомати" x3); one word said
    # four times in seven is a chant or a slogan as often.
    by_word = len(words) >= 8 and word_top >= 4 and word_share >= 0.12 and distinct <= 0.5
    if by_word or (pair_top >= 3 and pair_share >= 0.1):
        # A stuffed phrase of five words said five times has no one word or pair above a seventh
        # of the line, yet every word of it is in a repeated pair: the share of such words counts
        # too (full strength at 60%), so a repeated phrase is as strong as a repeated word.
        coverage = _phrase_coverage(words) if len(words) >= 8 else 0.0
        return min(1.0, max(word_share / 0.25, pair_share / 0.2, coverage / 0.6))
    return 0.0


def _phrase_coverage(words: list[str]) -> float:
    """Share of the words that belong to a pair of letter words said three times or more."""
    pairs = [(a, b) for a, b in zip(words, words[1:]) if a.isalpha() and b.isalpha() and max(len(a), len(b)) >= 3]
    counts = Counter(pairs)
    covered = [False] * len(words)
    for j, (a, b) in enumerate(zip(words, words[1:])):
        if counts.get((a, b), 0) >= 3:
            covered[j] = covered[j + 1] = True
    return sum(covered) / len(words)


def stuffing(text: str) -> bool:
    """Whether ``text`` holds a web address, says a word of three or more letters three times or
    a pair of words twice: what a run of stuffed keywords does and a pitch written as sentences
    rarely does ("Perlukan bantuan siapkan tesis? Kami tulis tesis dan assignment anda ..."). Words
    are those of the normalized view, as the classifier reads them: a pitch written as
    "B&#117;y c&#104;eap", "t3$1s" or "s.e.x" is no run of repeated fragments, and numbers are
    not words.

    >>> stuffing("slot deposit dana slot deposit pulsa"), stuffing("Kami tulis tesis? Tesis dan assignment")
    (True, False)
    >>> stuffing("Un$3re Gh0$twr1t3r schr31b3n Ihre H@u$@rb31t, S3m1n@r@rb31t od3r M@$t3r@rb31t")
    False
    """
    text = normalize(text)
    if _DOMAIN.search(text):
        return True
    words = [w for w in WORDS.findall(text) if not w.isdigit()]
    said = Counter(w for w in words if len(w) >= 3)
    pairs = Counter((a, b) for a, b in zip(words, words[1:]) if max(len(a), len(b)) >= 3)
    return (bool(said) and max(said.values()) >= 3) or (bool(pairs) and max(pairs.values()) >= 2)


# In a sentence the page keeps, only an address written as a link (a scheme, "www.", a path after
# the domain) is a spammer's: a news sentence names sites bare ("... på Google.dk men hvis du går
# på Google.com ...").
_LINK = regex.compile(r"^(?:https?://|www\.)|/", regex.IGNORECASE)
# Words with their "_" joins kept: a program's identifiers are no words said again
# ("download_directory = current_directory + ...").
IDENTIFIER_WORDS = regex.compile(r"\w+")
# A sentence says "the", "and" or "que" three times as often as stuffing does: in prose a word said
# again must be longer.
PROSE_WORD_LETTERS = 4


def stuffing_in_prose(text: str) -> bool:
    """Whether ``text``, a stretch of a sentence the page keeps, is stuffing by a stricter
    measure than :func:`stuffing`'s: an address written as a link (a scheme, ``www.`` or a path),
    a word of four or more letters said three times, or a pair of words with one such word said
    three times. A
    pair said twice is a sentence's own ("5 acertos – 41 apostas ganhadoras ... 4 acertos – 3.112
    apostas ganhadoras"), and a word joined to others by ``_`` is an identifier, not a word.

    >>> stuffing_in_prose("pik anus pik anus pik anus"), stuffing_in_prose("porn tube https://x-tube.club/promo")
    (True, True)
    >>> stuffing_in_prose("Google.dk men hvis du går på Google.com")
    False
    >>> stuffing_in_prose("41 apostas ganhadoras, 4 acertos, 3.112 apostas ganhadoras")
    False
    """
    text = normalize(text)
    if any(_LINK.search(m.group()) or text.startswith("/", m.end()) for m in _DOMAIN.finditer(text)):
        return True
    words = [w for w in IDENTIFIER_WORDS.findall(text) if not w.isdigit() and "_" not in w]
    said = Counter(w for w in words if len(w) >= PROSE_WORD_LETTERS)
    pairs = Counter((a, b) for a, b in pairwise(words) if max(len(a), len(b)) >= PROSE_WORD_LETTERS)
    return (bool(said) and max(said.values()) >= 3) or (bool(pairs) and max(pairs.values()) >= 3)


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
    names = {m.group().casefold().split("://")[-1].removeprefix("www.").split("/")[0] for m in _DOMAIN.finditer(page.line_text(k))}
    own = page.line_text(footer).casefold()
    return bool(names) and all(name in own for name in names)


def url_list(page: Page, i: int) -> Finding | None:
    """A block made mostly of bare domains or URLs."""
    text = page.block_text(i)
    hits = _DOMAIN.findall(text)
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


def obfuscated_text(page: Page, i: int) -> Finding | None:
    """Look-alike letters from several scripts in one word, styled letters, letters spaced apart,
    CJK words masked letter by letter."""
    text = page.block_text(i)
    n = len(_MIXED_WORD.findall(text)) + len(_SPACED_LETTERS.findall(text))
    n += len(_MATH_ALNUM.findall(text)) // 4
    n += len(_MASKED.findall(text))
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
)


def find_all(page: Page, i: int) -> list[Finding]:
    """Every finding of every rule for block ``i``, in rule order."""
    return [f for rule in RULES if (f := rule(page, i)) is not None]
