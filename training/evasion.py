"""Evasion transformations of the kind spam uses to slip past filters.

Training applies them to a share of the generated spam (so the model knows what the normalized
view of evaded spam looks like, e.g. words joined by ``v i a g r a`` folding), and
``tests/test_evasion.py`` applies them to the fixture spam to check recall holds.
"""

from __future__ import annotations

from functools import cache

import regex

from spamguard.evaluate import SetScore, score_page

ZWSP = "\N{ZERO WIDTH SPACE}"
HOMOGLYPHS = {"a": "\N{CYRILLIC SMALL LETTER A}", "e": "\N{CYRILLIC SMALL LETTER IE}", "o": "\N{CYRILLIC SMALL LETTER O}",
              "p": "\N{CYRILLIC SMALL LETTER ER}", "c": "\N{CYRILLIC SMALL LETTER ES}", "x": "\N{CYRILLIC SMALL LETTER HA}"}
LEET = {"a": "@", "i": "1", "o": "0", "e": "3", "s": "$"}
_WORD = regex.compile(r"\p{L}+")
_HAN_RUN = regex.compile(r"\p{Han}+")
_KANA = regex.compile(r"[\p{Hiragana}\p{Katakana}]")


def _map_words(text: str, fn) -> str:  # type: ignore[no-untyped-def]
    return _WORD.sub(lambda m: fn(m.group()), text)


def zero_width(text: str) -> str:
    return _map_words(text, lambda w: ZWSP.join(w))


def bidi_controls(text: str) -> str:
    return _map_words(text, lambda w: "\N{LEFT-TO-RIGHT EMBEDDING}" + w + "\N{POP DIRECTIONAL FORMATTING}")


def full_width(text: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text)


def homoglyphs(text: str) -> str:
    return _map_words(text, lambda w: w[0] + "".join(HOMOGLYPHS.get(c, c) for c in w[1:]) if regex.match(r"\p{Latin}", w) else w)


def math_bold(text: str) -> str:
    def bold(c: str) -> str:
        if "a" <= c <= "z":
            return chr(0x1D41A + ord(c) - ord("a"))
        if "A" <= c <= "Z":
            return chr(0x1D400 + ord(c) - ord("A"))
        return c
    return "".join(bold(c) for c in text)


def spaced_letters(text: str) -> str:
    return _map_words(text, lambda w: " ".join(w) if regex.match(r"\p{Latin}{3,}$", w) else w)


def dotted_letters(text: str) -> str:
    return _map_words(text, lambda w: ".".join(w) if regex.match(r"\p{Latin}{3,}$", w) else w)


def leetspeak(text: str) -> str:
    return _map_words(text, lambda w: w[0] + "".join(LEET.get(c, c) for c in w[1:-1]) + w[-1] if len(w) > 2 else w)


def html_entities(text: str) -> str:
    return "".join(f"&#{ord(c)};" if c.isascii() and c.isalpha() and i % 2 else c for i, c in enumerate(text))


def emoji_padding(text: str) -> str:
    return text.replace(" ", " \N{FIRE} ")


@cache
def _to_traditional() -> dict[str, str]:
    from spamguard.hanzi import TO_SIMPLIFIED

    table: dict[str, str] = {}
    for trad, simp in sorted(TO_SIMPLIFIED.items()):
        table.setdefault(chr(simp), chr(trad))
    return table


def traditional_mix(text: str) -> str:
    """Every other character that has a traditional form written in it: 博彩娱乐 -> 博彩娛乐."""
    to_traditional = _to_traditional()
    out, flip = [], False
    for c in text:
        if c in to_traditional:
            flip = not flip
            out.append(to_traditional[c] if flip else c)
        else:
            out.append(c)
    return "".join(out)


def pinyin(text: str) -> str:
    """Chinese written in toneless pinyin, syllables run together as in spam domains and tags:
    澳门赌场 -> aomenduchang (needs the ``pypinyin`` package of the train extra)."""
    from pypinyin import lazy_pinyin

    if _KANA.search(text):  # Japanese: its kanji are not read in pinyin
        return text
    return _HAN_RUN.sub(lambda m: "".join(lazy_pinyin(m.group())), text)


def lesson_pinyin(text: str) -> str:
    """Chinese in pinyin with tone marks, a syllable at a time, as language lessons print it:
    legitimate text, the counterpart that keeps the model from taking all pinyin for spam."""
    from pypinyin import Style, lazy_pinyin

    return _HAN_RUN.sub(lambda m: " ".join(lazy_pinyin(m.group(), style=Style.TONE)) + " ", text).strip()


TRANSFORMS = {
    "zero_width": zero_width,
    "bidi_controls": bidi_controls,
    "full_width": full_width,
    "homoglyphs": homoglyphs,
    "math_bold": math_bold,
    "spaced_letters": spaced_letters,
    "dotted_letters": dotted_letters,
    "leetspeak": leetspeak,
    "emoji_padding": emoji_padding,
    "html_entities": html_entities,
    "traditional_mix": traditional_mix,
    "pinyin": pinyin,
}


def fixture_scores(transform=None) -> dict:  # type: ignore[no-untyped-def]
    """Per fixture file, the default detector's score on the spam of the fixtures it is expected to
    get right (known failures left out: evasion is measured against what plain text achieves),
    optionally transformed."""
    import json

    from .paths import REPO

    cases = json.loads((REPO / "fixtures" / "cases.json").read_text(encoding="utf-8"))
    pages = REPO / "fixtures" / "pages"
    return {
        case["file"]: _score_transformed((pages / case["file"]).read_text(encoding="utf-8"), case["spam"], transform)
        for case in cases if case["spam"] and case["expect"] == "pass"
    }


def _score_transformed(text: str, spam: list[str], transform=None, count: int = -1):  # type: ignore[no-untyped-def]
    """The default detector's score on ``text`` with each gold phrase of ``spam`` transformed
    where it stands (its first ``count`` places; every one by default)."""
    import spamguard

    gold = []
    for g in spam:
        t = transform(g) if transform else g
        text = text.replace(g, t, count)
        gold.append(t)
    result = spamguard.clean(text)
    if spamguard.remove_spans(text, result.removed) != result.text:
        raise AssertionError("invariant broken")
    return score_page(text, gold, result.removed)


def page_scores(pages: list, transform=None) -> list:  # type: ignore[no-untyped-def, type-arg]
    """The default detector's score on each of ``pages`` (``training.pages.EvalPage``) with every
    gold phrase transformed where it stands in the page's text."""
    return [_score_transformed(page.text, page.spam, transform, count=1) for page in pages]


def inline_pages() -> list:  # type: ignore[type-arg]
    """The model card's held-out pages with spam of the host's own language slipped between two
    words of a paragraph (``pages.build_same_script_inline_pages``, test split, as
    ``training.train`` builds them with its default seed)."""
    from .corpus import build_corpus
    from .pages import build_same_script_inline_pages

    seed = 13
    return build_same_script_inline_pages(build_corpus(seed), "test", seed=seed + 1)


def fixture_recall(transform=None) -> float:  # type: ignore[no-untyped-def]
    """Recall over ``fixture_scores``."""
    return _recall(fixture_scores(transform))


def _recall(scores: dict) -> float:  # type: ignore[type-arg]
    return SetScore.of(list(scores.values())).recall


def main(argv: list[str] | None = None) -> None:
    """python -m training.evasion [--pages] [--inline]: recall on the fixture spam under each
    transformation and precision (what else went with it);
    with ``--pages``, also the fixtures whose spam a transformation hides (found/gold characters);
    with ``--inline``, the same table over the model card's same-script inline pages instead."""
    import argparse

    ap = argparse.ArgumentParser(description=main.__doc__)
    ap.add_argument("--pages", action="store_true", help="list the fixtures each transformation loses spam on")
    ap.add_argument("--inline", action="store_true", help="measure on the model card's same-script inline pages, not the fixtures")
    args = ap.parse_args(argv)
    if args.inline:
        _inline_table()
        return
    plain_scores = SetScore.of(list(fixture_scores().values()))
    plain = plain_scores.recall
    print("| transformation | recall | vs plain | precision |\n|---|---|---|---|")
    print(f"| none | {plain:.3f} | | {plain_scores.precision:.4f} |")
    lost = {}
    for name, fn in sorted(TRANSFORMS.items()):
        scores = fixture_scores(fn)
        both = SetScore.of(list(scores.values()))
        # precision: the host's characters a disguise drags out along with the spam
        print(f"| {name} | {both.recall:.3f} | {both.recall - plain:+.3f} | {both.precision:.4f} |")
        lost[name] = [f"{f} {s.hit}/{s.gold}" for f, s in scores.items() if s.hit < s.gold]
    if args.pages:
        for name, files in lost.items():
            print(f"\n{name}: {len(files)} fixtures lose spam" + "".join(f"\n  {x}" for x in files))



def _inline_table() -> None:
    """The table of ``main`` over ``inline_pages``: a phrase disguised inside a host's sentence,
    where the host's words must part from it."""
    pages = inline_pages()
    plain = SetScore.of(page_scores(pages))
    print(f"{len(pages)} pages\n| transformation | recall | vs plain | precision |\n|---|---|---|---|")
    print(f"| none | {plain.recall:.3f} | | {plain.precision:.4f} |")
    for name, fn in sorted(TRANSFORMS.items()):
        both = SetScore.of(page_scores(pages, fn))
        print(f"| {name} | {both.recall:.3f} | {both.recall - plain.recall:+.3f} | {both.precision:.4f} |")


if __name__ == "__main__":
    main()
