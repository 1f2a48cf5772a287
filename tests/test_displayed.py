"""The page is read as it shows (``spamguard.displayed``): a pitch whose words are wrapped in bidi
controls or written in character references, spliced into a host's sentence, goes as it would
bare, with its controls; controls between two letters stay in the text read, the disguise the
rules see."""

from __future__ import annotations

import pytest

import spamguard
from spamguard.displayed import displayed
from spamguard.result import Span

LRE, PDF, ZWSP = "\u202a", "\u202c", "\u200b"


def _wrapped(words: str) -> str:
    return " ".join(f"{LRE}{w}{PDF}" for w in words.split(" "))


HOST = ("Startseite | Verein | Kontakt\nJahreshauptversammlung\nBei der Versammlung im Vereinsheim wählten die "
        "Mitglieder {pitch} einen neuen Vorstand, der das Sommerfest und die Jugendarbeit organisieren wird.\n"
        "Das Protokoll liegt im Vereinsheim aus.")
PITCH = "Sichere dir heute 200 Freispiele ohne Einzahlung und verdopple deine erste Einzahlung im Online Casino."


def test_a_pitch_wrapped_in_bidi_controls_goes_as_it_would_bare():
    bare = HOST.format(pitch=PITCH)
    assert [bare[s.start : s.end].strip() for s in spamguard.clean(bare).removed] == [PITCH]
    dressed = HOST.format(pitch=_wrapped(PITCH))
    r = spamguard.clean(dressed)
    assert [dressed[s.start : s.end].strip() for s in r.removed] == [_wrapped(PITCH)]
    assert spamguard.remove_spans(dressed, r.removed) == r.text
    assert LRE not in r.text and PDF not in r.text  # the pitch's own controls went with it


def test_spans_take_the_controls_at_their_edges_along():
    text = f"Wir brauchen {LRE}Dreh{PDF} {LRE}heute{PDF} jetzt"
    shown = displayed(text)
    assert shown is not None and shown.text == "Wir brauchen Dreh heute jetzt"
    (span,) = shown.in_original((Span(13, 23, "gambling", 1.0, ()),))
    assert text[span.start : span.end] == f"{LRE}Dreh{PDF} {LRE}heute{PDF}"


def test_controls_between_letters_stay_in_the_text_read():
    assert displayed("plain text") is None
    hidden = ZWSP.join("viagra") + " kaufen"
    assert displayed(hidden) is None  # the disguise inside a word is the rules' to read
    shown = displayed(f"{ZWSP}{hidden}")
    assert shown is not None and shown.text == hidden


def test_a_pitch_in_character_references_goes_as_it_would_bare():
    dressed_pitch = "".join(f"&#{ord(c)};" if c in "aeiou" else c for c in PITCH)
    dressed = HOST.format(pitch=dressed_pitch)
    r = spamguard.clean(dressed)
    assert [dressed[s.start : s.end].strip() for s in r.removed] == [dressed_pitch]
    assert spamguard.remove_spans(dressed, r.removed) == r.text


def test_references_map_back_whole():
    text = "a &amp; b h&#101;ute"
    shown = displayed(text)
    assert shown is not None and shown.text == "a & b heute"
    (span,) = shown.in_original((Span(2, 8, "seo", 1.0, ()),))
    assert text[span.start : span.end] == "&amp; b h&#101;"
    assert displayed("AT&T; R&D") is None  # no reference: nothing to resolve


def test_explain_reads_the_page_as_clean_does():
    dressed = HOST.format(pitch=_wrapped(PITCH))
    det = spamguard.Detector()
    removed = {(s.start, s.end) for s in det.clean(dressed).removed}
    rows = det.explain(dressed)
    assert all(dressed[r.start : r.end] == r.text for r in rows)
    gone = [r for r in rows if r.final != "clean"]
    assert gone and all(any(a <= r.start and r.end <= z for a, z in removed) for r in gone)
    assert any(PITCH.split()[0] in r.text for r in gone)


# What the page shows, spelled out character by character: the reference the array code (which
# keeps a page's millions of characters in a few masks and 32-bit maps) must match.
def _shown_by_hand(text: str) -> tuple[str, list[int], list[int], list[bool]] | None:
    import html

    from spamguard.displayed import _CONTROLS, _REFERENCE
    from spamguard.scripts import FIRST_GROUP, code_groups

    chars: list[tuple[str, int, int]] = []  # (character shown, start, end in the page)
    at = 0
    for m in _REFERENCE.finditer(text):
        shown = html.unescape(m.group())
        if shown == m.group():
            continue
        chars += [(c, i, i + 1) for i, c in enumerate(text[at : m.start()], at)]
        chars += [(c, m.start(), m.end()) for c in shown]
        at = m.end()
    resolved = at > 0
    chars += [(c, i, i + 1) for i, c in enumerate(text[at:], at)]

    def control(c: str) -> bool:
        return any(lo <= ord(c) <= hi for lo, hi in _CONTROLS)

    def wordish(c: str) -> bool:
        return not control(c) and (code_groups()[ord(c)] >= FIRST_GROUP or "0" <= c <= "9")

    def edge(j: int) -> bool:
        if not control(chars[j][0]):
            return False
        before = next((chars[i][0] for i in range(j - 1, -1, -1) if not control(chars[i][0])), None)
        after = next((chars[i][0] for i in range(j + 1, len(chars)) if not control(chars[i][0])), None)
        return not (before is not None and after is not None and wordish(before) and wordish(after))

    kept = [ch for j, ch in enumerate(chars) if not edge(j)]
    if not resolved and len(kept) == len(chars):
        return None
    hidden = [True] * len(text)
    for _, s, e in kept:
        hidden[s:e] = [False] * (e - s)
    return "".join(c for c, _, _ in kept), [s for _, s, _ in kept], [e for _, _, e in kept], hidden


@pytest.mark.parametrize("slice_chars", [None, 3])
def test_the_shown_text_and_its_maps_match_a_reading_by_hand(slice_chars, monkeypatch):
    import random

    import spamguard.displayed as module

    if slice_chars is not None:  # a long page is read a slice at a time, each cut after a space
        monkeypatch.setattr(module, "SLICE_CHARS", slice_chars)
    rng = random.Random(11)
    pieces = ["a", "Z", "é", "中", "7", " ", "\n", ".", "-", "🙂", "\u0301", "&#105;", "&#x4e2d;", "&amp;", "&nbsp;",
              "&bogus;", "&#1;", "&", ";", LRE, PDF, ZWSP, "\u200d", "\u2060", "\ufeff", "\u202e"]
    seen = 0
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(0, 30)))
        expected, got = _shown_by_hand(text), displayed(text)
        if expected is None:
            assert got is None, repr(text)
            continue
        seen += 1
        assert got is not None, repr(text)
        assert (got.text, got.start.tolist(), got.end.tolist(), got.hidden.tolist()) == expected, repr(text)
    assert seen > 1000  # most texts hold a reference or a control
