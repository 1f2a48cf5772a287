"""Unicode scripts of code points, as lookup arrays built once per process.

Every stage that needs "which script is this character" works on whole pages at once, so the
answer is a ``numpy`` array indexed by code point rather than a per-character function. The
script data comes from the ``regex`` module (precomputed by ``training/gen_script_table.py`` into
``_script_ranges.py``). Scripts are folded into *groups* that a reader perceives as one writing
system: Japanese mixes Han, Hiragana and Katakana in every sentence, so they form one ``CJK``
group and a change between them never splits a block.

>>> group_name(int(code_groups()[ord("語")]))
'CJK'
>>> group_name(int(code_groups()[ord("a")]))
'Latin'
"""

from __future__ import annotations

from functools import cache

import numpy as np
import regex

from ._script_ranges import OTHER_SCRIPT, RANGES, SCRIPT_NAMES

N_CODEPOINTS = 0x110000

# Character classes below the script groups; the ids are the values of ``code_groups()``.
NEUTRAL = 0  # digits, punctuation, symbols, combining marks: they join whatever is around them
SPACE = 1
LINE_BREAK = 2
SEPARATOR = 3  # list separators that split a line into blocks
MIDDLE_DOT = 4  # a separator only when it stands between spaces ("a · b", not "col·lecció")
FIRST_GROUP = 5

# Script -> group name. Scripts not listed are their own group.
_GROUP_OF_SCRIPT = {"Han": "CJK", "Hiragana": "CJK", "Katakana": "CJK", "Bopomofo": "CJK"}

GROUP_NAMES: tuple[str, ...] = tuple(
    dict.fromkeys(_GROUP_OF_SCRIPT.get(s, s) for s in SCRIPT_NAMES[1:] + ("Other", "Styled"))
)
# Styled Latin letters (mathematical bold/italic/..., circled, squared): Unicode counts them as
# Common, but on a page they read as a writing system of their own, and spam uses them to dress
# up keywords. As their own group, a styled run inside a sentence becomes a block of its own.
# The letterlike symbols fill the holes of the mathematical alphabets (double-struck C, H, N, P,
# Q, R, Z, script and fraktur capitals): styled text mixes them in ("ℍ𝕀𝕄𝔸𝕃𝔸𝕐𝔸").
STYLED_LETTER_RANGES = (
    (0x1D400, 0x1D7CE), (0x24B6, 0x24EA), (0x1F130, 0x1F18A),
    (0x2102, 0x2103), (0x210A, 0x2114), (0x2115, 0x2116), (0x2119, 0x211E), (0x2124, 0x2125),
    (0x2128, 0x2129), (0x212C, 0x212E), (0x212F, 0x2132), (0x2133, 0x2135),
)

# The style of a styled letter or digit (bold, italic, script, fraktur, double-struck, sans-serif,
# ...; the order of the mathematical alphabets): a font generator writes a word in one style, and a
# word in several ("𝐀𝐗𝘓𝟳𝟩𝟽", a gambling site's name) is put together by hand to slip past filters.
_LETTERLIKE_STYLE = {**dict.fromkeys("ℂℍℕℙℚℝℤ", 6), **dict.fromkeys("ℊℋℐℒℓ℘ℛℬℰℱℳℴ", 3), **dict.fromkeys("ℌℑℨℭ", 5)}
_GREEK_STYLE = (0, 1, 2, 9, 11)  # bold, italic, bold italic, sans-serif bold, sans-serif bold italic
_DIGIT_STYLE = (0, 6, 8, 9, 12)  # bold, double-struck, sans-serif, sans-serif bold, monospace
# fewer styled characters than this in a word do not count as mixing: a formula's letters
MIN_MIXED_STYLED = 4


def styled_style(ch: str) -> int | None:
    """The style of a styled letter or digit, None for any other character.

    >>> [styled_style(c) for c in "𝐀𝘓𝟳ℍa"]
    [0, 10, 9, 6, None]
    """
    o = ord(ch)
    if 0x1D400 <= o < 0x1D6A4:
        return (o - 0x1D400) // 52
    if 0x1D6A8 <= o < 0x1D7CC:
        return _GREEK_STYLE[(o - 0x1D6A8) // 58]
    if 0x1D7CE <= o < 0x1D800:
        return _DIGIT_STYLE[(o - 0x1D7CE) // 10]
    if 0x24B6 <= o < 0x24EA:
        return 13  # circled
    if 0x1F130 <= o < 0x1F18A:
        return 14 + (o - 0x1F130) // 26  # squared, negative circled, negative squared
    return _LETTERLIKE_STYLE.get(ch)


def mixes_styles(word: str) -> bool:
    """Whether ``word`` holds at least ``MIN_MIXED_STYLED`` styled characters of two styles or more,
    a plain digit among them counting as a style of its own (a letter's look-alike, "𝐌0𝐍𝐀": styled
    digits exist).

    >>> [mixes_styles(w) for w in ("𝐀𝐗𝘓𝟳𝟩𝟽", "𝐌0𝐍𝐀𝟒𝐃", "𝐌𝐎𝐍𝐀", "ℍ𝕀𝕄𝔸𝕃𝔸𝕐𝔸", "𝐴𝐱")]
    [True, True, False, False, False]
    """
    styles = [s for s in map(styled_style, word) if s is not None]
    if len(styles) < MIN_MIXED_STYLED:
        return False
    return len(set(styles)) > 1 or any("0" <= c <= "9" for c in word)


LINE_BREAK_CHARS = "\n\r\u2028\u2029\x0b\x0c\x1c\x1d\x1e\x85"
SEPARATOR_CHARS = "|\t\N{FULLWIDTH VERTICAL LINE}\N{CJK UNIFIED IDEOGRAPH-4E28}\N{BULLET}\N{BROKEN BAR}"
MIDDLE_DOT_CHARS = "\N{MIDDLE DOT}\N{KATAKANA MIDDLE DOT}"


def group_name(group_id: int) -> str:
    """Name of a group id as returned by :func:`code_groups`.

    >>> group_name(SPACE)
    'space'
    """
    if group_id < FIRST_GROUP:
        return ("neutral", "space", "line break", "separator", "middle dot")[group_id]
    return GROUP_NAMES[group_id - FIRST_GROUP]


def group_id(name: str) -> int:
    """Id of a script group by name, e.g. ``group_id("CJK")``."""
    return FIRST_GROUP + GROUP_NAMES.index(name)


# Scripts written without spaces between words: a letter of one carries about what a short word
# of an alphabet does, so it counts DENSE_WEIGHT letters for a line's length.
DENSE_GROUPS = frozenset(group_id(g) for g in ("CJK", "Hangul", "Thai", "Lao", "Khmer", "Myanmar", "Tibetan"))
# the same as a lookup by group id
DENSE_TABLE = np.zeros(256, dtype=bool)
DENSE_TABLE[sorted(DENSE_GROUPS)] = True
# a letter of a script written without spaces between its words, found in raw text (the word
# splitters of ``topic``, ``subject`` and ``repeated_items`` cannot part such a run into words)
UNSPACED_LETTER = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Thai}\p{Lao}\p{Khmer}\p{Myanmar}\p{Hangul}]")
DENSE_WEIGHT = 3
LATIN = group_id("Latin")


def letter_weights(groups: np.ndarray) -> np.ndarray:
    """What each character counts towards a line's length, by its group id (``code_groups``): a
    letter one, a letter of a script written without spaces ``DENSE_WEIGHT``, anything else
    (spaces, digits, punctuation) nothing.

    >>> letter_weights(code_groups()[codepoints("ab 可是1")]).tolist()
    [1, 1, 0, 3, 3, 0]
    """
    return np.where(groups >= FIRST_GROUP, np.where(DENSE_TABLE[np.clip(groups, 0, 255)], DENSE_WEIGHT, 1), 0)


@cache
def code_scripts() -> np.ndarray:
    """uint8 script id (index into ``SCRIPT_NAMES``, 255 = other) for every code point."""
    table = np.zeros(N_CODEPOINTS, dtype=np.uint8)
    for start, end, script in RANGES:
        table[start:end] = script
    return table


@cache
def code_groups() -> np.ndarray:
    """uint8 group id for every code point: the classes above, then ``FIRST_GROUP + i``."""
    script_to_group = np.zeros(256, dtype=np.uint8)
    for sid, name in enumerate(SCRIPT_NAMES[1:], start=1):
        script_to_group[sid] = group_id(_GROUP_OF_SCRIPT.get(name, name))
    script_to_group[OTHER_SCRIPT] = group_id("Other")
    table = script_to_group[code_scripts()]
    for lo, hi in STYLED_LETTER_RANGES:
        table[lo:hi] = group_id("Styled")
    for ch in " \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000":
        table[ord(ch)] = SPACE
    for ch in LINE_BREAK_CHARS:
        table[ord(ch)] = LINE_BREAK
    for ch in SEPARATOR_CHARS:
        table[ord(ch)] = SEPARATOR
    for ch in MIDDLE_DOT_CHARS:
        table[ord(ch)] = MIDDLE_DOT
    table.setflags(write=False)
    return table


def codepoints(text: str) -> np.ndarray:
    """The code points of ``text`` as a uint32 array (lone surrogates kept as they are).

    >>> codepoints("a€").tolist()
    [97, 8364]
    """
    return np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
