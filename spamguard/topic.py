"""What a line talks about: whether its words are the removed spam's or the host's.

A pitch's follow-up line reads as clean on its own ("Dinheiro na conta em 24 horas, chame no
WhatsApp", 0.06, under the loan offer that went); what gives it away is that it talks about what
was removed around it, not about what the page is about. A word here is a run of letters
casefolded and cut to its first ``STEM`` letters, so that inflections meet ("empréstimo",
"empréstimos"), or a pair of letters of a script written without spaces between words.

>>> sorted(content_words("Empréstimos rápidos: empréstimo na hora, 借钱"))
['empré', 'hora', 'rápid', '借钱']
"""

from __future__ import annotations

from collections import Counter

import regex

from .page import Page
from .scripts import UNSPACED_LETTER

STEM = 5  # letters a word is cut to
MIN_WORD = 3  # shorter words ("na", "em", "of") say nothing of a topic
_WORD = regex.compile(r"[\p{L}\p{M}]+")


def content_words(text: str) -> set[str]:
    """The words of ``text`` as this module compares them (see the module's docstring)."""
    out: set[str] = set()
    for w in _WORD.findall(text.casefold()):
        if UNSPACED_LETTER.search(w):
            out.update(w[i : i + 2] for i in range(len(w) - 1))
        elif len(w) >= MIN_WORD:
            out.add(w[:STEM])
    return out


class RemovedWords:
    """How many removed and how many kept blocks of a page hold each word, kept up to date as
    blocks are removed (``remove``), so that asking about one line costs that line's words."""

    def __init__(self, page: Page, removed: list[bool]) -> None:
        self.page = page
        self.words = [content_words(page.block_text(i)) for i in range(page.seg.n_blocks)]
        self.removed = list(removed)
        self.in_removed: Counter[str] = Counter()
        self.in_kept: Counter[str] = Counter()
        for i, words in enumerate(self.words):
            (self.in_removed if removed[i] else self.in_kept).update(words)

    def remove(self, i: int) -> None:
        if not self.removed[i]:
            self.removed[i] = True
            self.in_kept.subtract(self.words[i])
            self.in_removed.update(self.words[i])

    def leans_to_removed(self, k: int) -> bool:
        """Whether more of line k's words are words of the removed blocks of other lines than of
        their kept blocks."""
        own_removed: Counter[str] = Counter()
        own_kept: Counter[str] = Counter()
        mine: set[str] = set()
        for i in self.page.line_blocks(k):
            mine |= self.words[i]
            (own_removed if self.removed[i] else own_kept).update(self.words[i])
        if not mine:
            return False
        removed = sum(self.in_removed[w] > own_removed[w] for w in mine)
        kept = sum(self.in_kept[w] > own_kept[w] for w in mine)
        return removed > kept
