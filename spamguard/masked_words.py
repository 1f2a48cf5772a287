"""CJK words masked letter by letter: where a page writes them, and which are certain disguise.

The Japanese adult vocabulary slips past filters by writing a mask after a word's letters, one
letter between two masks and at most one after the last ("ま✗ぐ✗返✗", "ク■ニ■ン■ス", "パ□活"):
circles, squares, crosses, and the Latin letters O and X as well ("イOャOチO", "抱X地X").
Such a word is written for the filter, as nothing on a page is: the rules count its masks
(``rules.obfuscated_text``), the segmenter makes it a block of its own and keeps its Latin masks
with its letters (``spamguard.segment``), and a run of them holding two masks goes whatever the
classifier reads (``first_pass``).

Not masks: a doubled mask is a placeholder ("山田○○様", "○○市"); one Latin letter between two
words joins a collaboration's names ("鬼滅の刃xローソン") or numbers a chapter ("第X章"), so a
word masked with Latin letters counts only with two masks; a mask before a counter stands for a
number ("令和○年○月○日"), and one before a title is a person's name masked for gossip
("木○拓○さん"). A word in quotation marks is mentioned, not used (news on such spam:
``block_reading``). A word of one mask is evidence, not proof ("マ○ク", a blog's coy brand
name): it goes when its run holds another mask.

>>> [(w.start, w.end, w.masks) for w in masked_words("セラミドは、フ○ス○フ○ッ○の動画")]
[(6, 14, 4)]
>>> [w.start for w in certain_words("ク◯コ | 種■け、山田○○様")]
[0, 6]
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

_LETTER = r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}ー]"
SYMBOL_MASKS = "✗✕□■●○◯⚪＊*"
LATIN_MASKS = "XxOoＸｘＯｏ"
_ANY_MASK = f"[{SYMBOL_MASKS}{LATIN_MASKS}]"
# A letter, then masks each after one letter, the same mask throughout, never doubled; the
# letter after the last mask is the word's only where no letter follows it (glued to a host's
# sentence, "種■け検認", it may be the host's).
# A Latin mask touches no other Latin letter ("京Olympic" is a name); a mask before a counter
# stands for a number ("令和○年○月○日", "第○回"), which the vocabulary never masks.
_COUNTER = "年月日時分秒円号条歳回人個件番階度"
_NOT_IN_WORD = rf"(?![{_COUNTER}]|{_ANY_MASK})(?<![{LATIN_MASKS}](?=\p{{Latin}}))"
_WORD = regex.compile(
    rf"{_LETTER}(?P<m>{_ANY_MASK}){_NOT_IN_WORD}"
    rf"(?:{_LETTER}(?P=m){_NOT_IN_WORD})*"
    rf"(?:{_LETTER}(?!{_LETTER}))?"
)
# A name masked for gossip ("木○拓○さん") is followed by its title.
_HONORIFIC = regex.compile("さん|氏|様|くん|君|ちゃん|容疑者|被告|選手|監督|議員|先生|夫妻")
_QUICK = regex.compile(rf"{_LETTER}{_ANY_MASK}")
# What may stand between the words of one run: spaces, list separators, a keyword list's marks.
_BETWEEN_RUN = regex.compile(r"[\s|｜丨:：_/・,，、\-★☆]*")
MIN_CERTAIN_MASKS = 2


@dataclass(frozen=True)
class MaskedWord:
    """A masked word at ``text[start:end]`` with ``masks`` masks."""

    start: int
    end: int
    masks: int


def _found(text: str) -> list[tuple[MaskedWord, bool]]:
    """Every masked word of ``text``, and whether it counts as masked on its own."""
    if not _QUICK.search(text):
        return []
    out = []
    for m in _WORD.finditer(text):
        if _HONORIFIC.match(text, m.end()):
            continue
        masks = m.group().count(m.group("m"))
        out.append((MaskedWord(m.start(), m.end(), masks), m.group("m") in SYMBOL_MASKS or masks >= MIN_CERTAIN_MASKS))
    return out


def masked_words(text: str) -> list[MaskedWord]:
    """The masked words of ``text`` that count as masked: any with a symbol mask, one with Latin
    masks when it has two."""
    return [w for w, counts in _found(text) if counts]


def certain_words(text: str) -> list[MaskedWord]:
    """The masked words of runs (words with only spaces, list marks or stars between them) that
    hold ``MIN_CERTAIN_MASKS`` masks or more, one word at least counting as masked on its own (a
    word of one Latin mask, "男x", goes with its run)."""
    out: list[MaskedWord] = []
    run: list[tuple[MaskedWord, bool]] = []
    for found in _found(text) + [None]:
        joined = found is not None and run and _BETWEEN_RUN.fullmatch(text, run[-1][0].end, found[0].start) is not None
        if run and not joined:
            if sum(w.masks for w, _ in run) >= MIN_CERTAIN_MASKS and any(c for _, c in run):
                out.extend(w for w, _ in run)
            run = []
        if found is not None:
            run.append(found)
    return out
