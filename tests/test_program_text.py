"""``program_text.listing_intro`` asks whether a line is written as markup once a line: every block
of a line asks it, and a line may be a page long, so asking it anew for each block cost the square
of the line's length (a 50 kB line of spam took twenty times as long to clean)."""

from __future__ import annotations

from spamguard import program_text
from spamguard.page import Page


def test_a_line_is_read_as_markup_once_however_many_blocks_ask(monkeypatch):
    text = "Intro line.\n" + " ".join(f"Sentence number {k} of a long paragraph." for k in range(200))
    page = Page.from_text(text)
    calls = []
    real = program_text.program_view
    monkeypatch.setattr(program_text, "program_view", lambda line: calls.append(len(line)) or real(line))
    blocks = page.line_blocks(1)
    assert len(blocks) == 200
    assert [program_text.listing_intro(page, 1) for _ in blocks] == [None] * 200
    assert len(calls) == 1



def test_a_listing_s_lines_are_still_found():
    """The once-a-line answer is the same answer: a write-up's markup lines under its colon."""
    page = Page.from_text('It added this to footer.php:\n<div style="display:none">\n<a href="http://x.top">cheap viagra</a>\n</div>')
    assert [program_text.listing_intro(page, k) for k in range(4) for _ in range(2)] == [None, None, 0, 0, 0, 0, 0, 0]
