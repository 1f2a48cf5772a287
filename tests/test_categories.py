"""The category lookups read a text as an array; they must answer as ``unicodedata`` does for each
character, in every plane, lone surrogates included."""

import random
import unicodedata

from spamguard.categories import CATEGORIES, category_codes, without_categories
from spamguard.program_text import MARKUP_TAG, _tag_spans, program_view
from spamguard.scripts import codepoints

# ASCII and markup, format controls, symbols and emoji, full-width forms, a lone surrogate, a tag
# character (plane 14), an ideograph of plane 2, private use (plane 15) and unassigned code points
_POOL = (
    [chr(c) for c in range(32, 127)] * 4
    + [chr(c) for c in range(0x200B, 0x2010)] + ["\u2066", "\u202a", "\u00ad", "\ufeff"]
    + [chr(c) for c in range(0x1F300, 0x1F320)] + ["\u25cf", "\u2605", "\u00a9"]
    + ["\uff1c", "\uff1e", "\uff41", "\u3042", "\u8a9e", "\ud800", "\U000e0041", "\U00020000", "\U000f0000", "\U0010fffd", "\u0378"]
)


def _texts(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(_POOL) for _ in range(rng.randint(0, 80))) for _ in range(n)]


def test_category_codes_match_unicodedata():
    for text in _texts(300, 1):
        assert [CATEGORIES[c] for c in category_codes(codepoints(text))] == [unicodedata.category(c) for c in text]


def test_without_categories_matches_a_test_of_each_character():
    for text in _texts(2000, 2):
        assert without_categories(text, ("Cf", "So")) == "".join(
            c for c in text if unicodedata.category(c) not in ("Cf", "So")
        )
        assert without_categories(text, ("So", "Sm"), keep="\u25cf<") == "".join(
            c for c in text if c in "\u25cf<" or unicodedata.category(c) not in ("So", "Sm")
        )


def test_ascii_text_is_read_too_when_a_category_has_ascii_characters():
    assert without_categories("a<b>\x07c", ("Sm", "Cc")) == "abc"


def _reference_tag_spans(line: str) -> list[tuple[int, int]]:
    """The tags of ``line`` found character by character, as the code before the array lookups."""
    if "<" not in line and "\uff1c" not in line:
        return []
    keep = [j for j, c in enumerate(line) if unicodedata.category(c) != "Cf"]
    view = "".join(chr(ord(line[j]) - 0xFEE0) if "\uff01" <= line[j] <= "\uff5e" else line[j] for j in keep)
    return [(keep[m.start()], keep[m.end() - 1] + 1) for m in MARKUP_TAG.finditer(view)]


def test_tag_spans_match_a_reading_character_by_character():
    texts = _texts(2000, 3) + ["<li>\u200bx</li>", "\uff1cdiv class=\u200b\uff02a\uff02\uff1e", "a <b\u2066>c</b> \U0001f525"]
    found = 0
    for text in texts:
        spans = _tag_spans(text)
        assert spans == _reference_tag_spans(text)
        found += bool(spans)
    assert found >= 3


def test_program_view_drops_controls_and_pictographs():
    assert program_view("\uff33\uff25\uff2c\uff25\uff23\uff34 \U0001f525 id\u202a = \u202c1") == "SELECT id = 1"
