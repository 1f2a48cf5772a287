"""Word lists made into expressions: phrases of scripts written with spaces are matched at a
word's start (``starting_words``: "bestell" matches "bestellen") or as whole words
(``whole_words``: "me" does not match "message").

>>> import regex
>>> bool(regex.search(starting_words("bestell"), "jetzt bestellen")), bool(regex.search(whole_words("me"), "message"))
(True, False)
"""

from __future__ import annotations

AFTER_NO_LETTER = r"(?<![\p{L}\p{M}])"
BEFORE_NO_LETTER = r"(?![\p{L}\p{M}])"


def starting_words(*alternatives: str) -> str:
    """An expression matching any of ``alternatives`` where a word starts."""
    return AFTER_NO_LETTER + "(?:" + "|".join(alternatives) + ")"


def whole_words(*alternatives: str) -> str:
    """An expression matching any of ``alternatives`` as whole words."""
    return starting_words(*alternatives) + BEFORE_NO_LETTER
