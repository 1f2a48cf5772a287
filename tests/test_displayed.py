"""The page is read as it shows (``spamguard.displayed``): a pitch whose words are wrapped in bidi
controls or written in character references, spliced into a host's sentence, goes as it would
bare, with its controls; controls between two letters stay in the text read, the disguise the
rules see."""

from __future__ import annotations

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
