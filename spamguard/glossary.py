"""Glossary lines: words with their translations in another script ("croupier — 荷官 | chips —
筹码"). A bilingual lesson lists a topic's words, a casino's too, in a list's shape; a keyword list
does not translate them (``rules.keyword_list``, ``first_pass``, ``revise``).
"""

from __future__ import annotations

import numpy as np
import regex

from .lines import line_items
from .page import Page
from .scripts import FIRST_GROUP, code_groups, codepoints

# What joins a term to its translation in a glossary: "croupier — 荷官", "chips: 筹码", "bet = 베팅".
_PAIR_MARK = regex.compile(r"\s?[—–=]\s?|：(?![／/])\s?|\s[-:]\s|(?<=\w):\s")  # not "ｈｔｔｐ：／／"
GLOSSARY_PAIRS = 0.75  # share of a glossary line's items that pair a term with its translation


def _main_group(text: str) -> int:
    groups = code_groups()[codepoints(text)]
    letters = groups[groups >= FIRST_GROUP]
    return int(np.bincount(letters).argmax()) if len(letters) else -1


def line_is_glossary(page: Page, k: int) -> bool:
    """Whether line k is a glossary: three items or more, most of them (``GLOSSARY_PAIRS``) a term
    and its translation in another script ("croupier — 荷官 | chips — 筹码 | jackpot — 头奖"). A
    bilingual lesson lists a topic's words, a casino's too; a keyword list does not translate them.

    >>> page = Page.from_text("croupier — 荷官 | chips — 筹码 | jackpot — 头奖\\nslot gacor - maxwin | togel - toto 4d | judi bola")
    >>> line_is_glossary(page, 0), line_is_glossary(page, 1)
    (True, False)
    """
    items = line_items(page, k)
    if len(items) < 3:
        return False
    pairs = 0
    for item in items:
        halves = _PAIR_MARK.split(item)
        if len(halves) == 2 and all(halves):
            a, b = _main_group(halves[0]), _main_group(halves[1])
            pairs += a >= 0 and b >= 0 and a != b
    return pairs >= GLOSSARY_PAIRS * len(items)
