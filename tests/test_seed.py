"""The real hacked page in ../shared/seeds: exactly its last line is injected."""

from __future__ import annotations

import pytest

import spamguard

from support import require_shared


def _seed_pages():
    return sorted(require_shared("seeds").glob("*.txt"))


@pytest.mark.parametrize("config", [spamguard.Config(), spamguard.Config(use_model=False)], ids=["model", "rules"])
def test_seed_page_loses_exactly_its_last_line(config):
    pages = _seed_pages()
    assert pages
    text = pages[0].read_text(encoding="utf-8")
    last_line_start = text.rstrip("\n").rfind("\n") + 1
    result = spamguard.Detector(config).clean(text)
    assert spamguard.remove_spans(text, result.removed) == result.text
    assert result.text == text[:last_line_start]
    assert "中文雙語" in result.text.splitlines()[0]
    assert len(result.removed) == 1
