"""The normalized view that features are computed on: one folded code point per original one.

Spam evades filters with full-width letters (``ｖｉａｇｒａ``), styled mathematical letters
(``𝐬𝐥𝐨𝐭``), zero-width characters between letters, Cyrillic look-alikes inside Latin words, and
changing digits. The classifier should see through all of these, so before n-grams are taken each
code point is folded:

- HTML character references left in the text (``&#118;``, ``&eacute;``) to the character they
  stand for, the rest of the reference dropped;
- NFKC then case folding, when that yields characters (the first one is kept: ``ﬁ`` -> ``f``);
- traditional Chinese characters to their simplified form (``spamguard.hanzi``), so spam mixing
  the two forms reads as one phrase;
- zero-width, bidi and other invisible format characters, and combining diacritics, dropped;
- every kind of whitespace and line break, and emoji and pictographs, to a space; a run of
  spaces to one;
- letters spaced or dotted apart (``v i a g r a``, ``v.i.a.g.r.a``) joined again;
- inside a word that mixes Latin with Cyrillic or Greek letters, the look-alikes to Latin;
- leetspeak between letters (``v1agr@``, ``p0rn``) to letters;
- every other decimal digit to ``0`` (phone numbers and prices stop mattering, their shape stays).

The fold maps one code point to at most one, so the view is built with array lookups over the
whole page and block boundaries carry over by counting dropped characters. The view is only ever
used for features: it is never stored or returned, and offsets always refer to the original.

>>> "".join(map(chr, normalize_codes(codepoints("Ｖｉａ\\u200bgra 2024 𝐒𝐋𝐎𝐓 раypal 娛樂"))))
'viagra 0000 slot paypal 娱乐'
"""

from __future__ import annotations

import html
import unicodedata
from functools import cache

import numpy as np
import regex

from .hanzi import TO_SIMPLIFIED
from .scripts import FIRST_GROUP, N_CODEPOINTS, code_groups, code_scripts, codepoints

DROP = 0

_INVISIBLE = (
    "\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b\u180c\u180d\u180e\u200b\u200c\u200d\u200e"
    "\u200f\u202a\u202b\u202c\u202d\u202e\u2060\u2061\u2062\u2063\u2064\u2066\u2067\u2068\u2069"
    "\u206a\u206b\u206c\u206d\u206e\u206f\u3164\ufe00\ufe01\ufe02\ufe03\ufe04\ufe05\ufe06\ufe07"
    "\ufe08\ufe09\ufe0a\ufe0b\ufe0c\ufe0d\ufe0e\ufe0f\ufeff\uffa0"
)
_COMBINING_RANGES = ((0x0300, 0x0370), (0x1AB0, 0x1B00), (0x1DC0, 0x1E00), (0x20D0, 0x2100), (0xFE20, 0xFE30))
# Ranges outside the BMP whose NFKC form is a plain letter or digit (styled letters, circled letters).
_EXTRA_RANGES = ((0x1D400, 0x1D800), (0x1F100, 0x1F1AE), (0xE0000, 0xE0080))
_PICTOGRAPHS = ((0x2600, 0x27C0), (0x1F300, 0x1FB00), (0x2B00, 0x2C00))
_SPACERS = " .-_*\N{MIDDLE DOT}"
_LEET = {"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s"}

# Cyrillic and Greek letters that look like Latin ones (after case folding).
HOMOGLYPHS = {
    "а": "a", "в": "b", "е": "e", "ё": "e", "к": "k", "м": "m", "н": "h", "о": "o", "р": "p",
    "с": "c", "т": "t", "у": "y", "х": "x", "ѕ": "s", "і": "i", "ї": "i", "ј": "j", "ԁ": "d",
    "ԛ": "q", "ԝ": "w", "һ": "h", "ӏ": "l", "α": "a", "β": "b", "ε": "e", "η": "n", "ι": "i",
    "κ": "k", "ν": "v", "ο": "o", "ρ": "p", "τ": "t", "υ": "u", "χ": "x", "ω": "w", "γ": "y",
}


@cache
def fold_table() -> np.ndarray:
    """uint32 fold of every code point (``DROP`` for characters that vanish)."""
    table = np.arange(N_CODEPOINTS, dtype=np.uint32)
    spans = ((0, 0xD800), (0xE000, 0x10000)) + _EXTRA_RANGES
    for lo, hi in spans:
        for cp in range(lo, hi):
            c = chr(cp)
            f = unicodedata.normalize("NFKC", c).casefold()
            if f != c:
                table[cp] = ord(f[0]) if f else DROP
    for lo, hi in _COMBINING_RANGES:
        table[lo:hi] = DROP
    for ch in _INVISIBLE:
        table[ord(ch)] = DROP
    for cp in range(0xE0000, 0xE0080):  # tag characters
        table[cp] = DROP
    # Digits fold to ASCII here; words decide later whether a digit is leetspeak or becomes "0".
    for lo, hi in spans:
        for cp in range(lo, hi):
            if unicodedata.category(chr(cp)) == "Nd":
                table[cp] = ord("0") + unicodedata.digit(chr(cp))
    for lo, hi in _PICTOGRAPHS:
        table[lo:hi] = ord(" ")
    for ch in " \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2028\u2029\u202f\u205f\u3000":
        table[ord(ch)] = ord(" ")
    table[0x2000:0x200B] = ord(" ")
    # After NFKC, so compatibility ideographs that stand for a traditional character fold too.
    simplified = np.arange(N_CODEPOINTS, dtype=np.uint32)
    simplified[list(TO_SIMPLIFIED)] = list(TO_SIMPLIFIED.values())
    table = simplified[table]
    table.setflags(write=False)
    return table


@cache
def _homoglyph_table() -> np.ndarray:
    table = np.zeros(0x400 + 0x200, dtype=np.uint32)  # covers Greek and Cyrillic blocks
    for src, dst in HOMOGLYPHS.items():
        table[ord(src) - 0x370] = ord(dst)
    return table


def _fold_homoglyphs(codes: np.ndarray, scripts: np.ndarray) -> np.ndarray:
    """Fold look-alikes to Latin inside words that mix Latin with Cyrillic or Greek."""
    latin = scripts == 1
    lookalike = (scripts == 2) | (scripts == 3)
    if not latin.any() or not lookalike.any():
        return codes
    letter = scripts > 0
    word_id = np.cumsum(~letter)  # letters of one word share an id
    mixed_words = (np.bincount(word_id, weights=latin) > 0) & (np.bincount(word_id, weights=lookalike) > 0)
    target = np.flatnonzero(lookalike & mixed_words[word_id])
    if len(target) == 0:
        return codes
    out = codes.copy()
    src = out[target].astype(np.int64) - 0x370
    ok = (src >= 0) & (src < len(_homoglyph_table()))
    repl = np.zeros(len(target), dtype=np.uint32)
    repl[ok] = _homoglyph_table()[src[ok]]
    has = repl != 0
    out[target[has]] = repl[has]
    return out


@cache
def _spacer_table() -> np.ndarray:
    table = np.zeros(0x10001, dtype=bool)  # every spacer is in the BMP; the last cell stands for the rest
    table[[ord(c) for c in _SPACERS]] = True
    return table


@cache
def _leet_table() -> np.ndarray:
    table = np.arange(128, dtype=np.uint32)
    for src, dst in _LEET.items():
        table[ord(src)] = ord(dst)
    return table


def _join_spaced_letters(codes: np.ndarray, letter: np.ndarray) -> np.ndarray:
    """Mask of the characters to keep: drops the spacers inside runs of 3+ single letters, and
    every space that follows a space."""
    n = len(codes)
    keep = np.ones(n, dtype=bool)
    if n < 2:
        return keep
    spacer = np.take(_spacer_table(), np.minimum(codes, 0x10000))
    prev_l = np.concatenate(([False], letter[:-1]))
    next_l = np.concatenate((letter[1:], [False]))
    isolated = letter & ~prev_l & ~next_l
    link = np.zeros(n, dtype=bool)  # a spacer between two isolated letters
    link[1:-1] = spacer[1:-1] & isolated[:-2] & isolated[2:]
    # only chains of at least three letters ("a b" stays, "v i a" joins)
    left = np.zeros(n, dtype=bool)
    right = np.zeros(n, dtype=bool)
    left[2:] = link[:-2]
    right[:-2] = link[2:]
    keep[link & (left | right)] = False
    # a run of spaces counts as one (emoji and pictographs between words became spaces)
    space = codes == ord(" ")
    keep[1:] &= ~(space[1:] & space[:-1])
    return keep


def _fold_leet(codes: np.ndarray, letter: np.ndarray) -> np.ndarray:
    """Leet characters between letters of one word become letters; other digits become 0."""
    digit = (codes >= ord("0")) & (codes <= ord("9"))
    leetable = digit | (codes == ord("@")) | (codes == ord("$"))
    if not leetable.any():
        return codes
    # A leet character between letters of a word has a letter on one side at least (the first of
    # a run touches the letter before it): without one anywhere, digits only collapse.
    touching = np.zeros(len(codes), dtype=bool)
    touching[1:] = letter[:-1]
    touching[:-1] |= letter[1:]
    if not (leetable & touching).any():
        return np.where(digit, np.uint32(ord("0")), codes).astype(codes.dtype, copy=False)
    word_id = np.cumsum(~(letter | leetable))
    idx = np.arange(len(codes))
    last_letter = np.maximum.accumulate(np.where(letter, idx, -1))
    next_letter = np.minimum.accumulate(np.where(letter, idx, len(codes))[::-1])[::-1]
    has_prev = (last_letter >= 0) & (word_id[np.maximum(last_letter, 0)] == word_id)
    has_next = (next_letter < len(codes)) & (word_id[np.minimum(next_letter, len(codes) - 1)] == word_id)
    leet = leetable & has_prev & has_next
    out = codes.copy()
    out[leet] = _leet_table()[codes[leet]]
    out[digit & ~leet] = ord("0")
    return out


def fold_sequence(codes: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Word-level folds of an already table-folded sequence (DROP characters removed).

    Returns:
        ``(codes, keep)``: the folded codes and which of them to keep (spaced letters join).
    """
    scripts = np.take(code_scripts(), codes)
    # Folding look-alikes maps letters to letters, so one letter mask serves every step.
    letter = scripts > 0
    keep = _join_spaced_letters(codes, letter)
    return _fold_leet(_fold_homoglyphs(codes, scripts), letter), keep


# An HTML character reference left in text ("&#118;", "&eacute;"): one character of the page.
HTML_REF = regex.compile(r"&#?[0-9A-Za-z]{1,10};")


def reference_letters(text: str) -> tuple[np.ndarray, np.ndarray]:
    """Where ``text`` spells a letter as an HTML character reference, and the letter's script
    group: the offset of each reference's "&" and ``scripts.code_groups`` of what it stands for.
    A page that writes every other letter as one ("V&#105;a&#103;ra") has as many letters as
    its plain form, and counts them so (``profile``, ``Page.letters_before``).

    >>> at, groups = reference_letters("V&#105;a and &amp; &#x41;")
    >>> at.tolist(), (groups >= FIRST_GROUP).tolist()
    ([1, 19], [True, True])
    """
    if "&" not in text:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.uint8)
    table = code_groups()
    at, groups = [], []
    for m in HTML_REF.finditer(text):
        char = html.unescape(m.group())
        if len(char) == 1 and char != m.group() and table[ord(char)] >= FIRST_GROUP:
            at.append(m.start())
            groups.append(table[ord(char)])
    return np.array(at, dtype=np.int64), np.array(groups, dtype=np.uint8)


def fold_page(cps: np.ndarray) -> np.ndarray:
    """Table fold of a page's code points, HTML character references resolved (``DROP`` marks
    characters that vanish; the array stays aligned with ``cps``)."""
    table = fold_table()
    folded = np.take(table, cps)
    for a in np.flatnonzero(cps == ord("&")):
        semi = np.flatnonzero(cps[a + 2 : a + 12] == ord(";"))
        if not len(semi):
            continue
        end = a + 2 + int(semi[0]) + 1
        ref = "".join(map(chr, cps[a:end].tolist()))
        char = html.unescape(ref)
        if char != ref and len(char) == 1:
            folded[a] = table[ord(char)]
            folded[a + 1 : end] = DROP
    return folded


def normalize_codes(cps: np.ndarray) -> np.ndarray:
    """The normalized view of a page's code points, dropped characters removed.

    Args:
        cps: code points of the original text (``scripts.codepoints``).

    Returns:
        uint32 code points of the normalized view.
    """
    folded = fold_page(cps)
    codes, keep = fold_sequence(folded[folded != DROP])
    return codes[keep]


def normalize(text: str) -> str:
    """The normalized view of ``text`` as a string (for inspection and tests).

    >>> normalize("ＳＬＯＴ ｇａｃｏｒ 777")
    'slot gacor 000'
    """
    return "".join(map(chr, normalize_codes(codepoints(text)).tolist()))
