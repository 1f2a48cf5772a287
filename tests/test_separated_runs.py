"""A keyword list dropped into a host's sentence in a spaced script, its items parted by
separators and reading as nothing alone (``spamguard.separated_runs``)."""

from __future__ import annotations

import pytest

import spamguard
from spamguard import separated_runs
from spamguard.page import Page

from support import removed

HOST = ("Home | News | Contact\nCouncil approves park\nThe town council met on Tuesday evening and approved "
        "the plan for the new park {} after a long debate about the cost of the playground and the trees "
        "along the river.\nThe mayor thanked the residents.")


@pytest.mark.parametrize("spam", [
    "cheap viagra online | 4 tablets | 39 USD | cialis no prescription",
    "viagra generic | 10 pills | 19 EUR | cialis 20mg online",
])
def test_a_separated_list_in_a_sentence_goes_whole(spam):
    """Its inner items ("4 tablets", "39 USD") read as nothing alone and its edge items are glued
    to the host's words; read as one run across the separators, the list goes and the host's
    sentence stays."""
    assert [r.strip() for r in removed(HOST.format(spam))] == [spam]


CZECH_HOST = ("Domů | Zprávy | Kontakt\nOdbory\nČlen odborů může platit menší příspěvky, za menší příspěvky "
              "dostává pak takový člen méně odborových výhod, ale může si {} vybrat, kterou pojišťovnu chce "
              "mít.\nKontakt")


@pytest.mark.parametrize("spam", [
    "pik | anus | pik | anus | pik",
    ("http://hotsexvip.cc/bonus | porn | www.xxxcams.site/login | sexcams-online.asia/promo | porn tube | "
     "https://freeporn.top/daftar"),
])
def test_a_list_whose_items_read_as_spam_is_left_to_the_list_reading(spam):
    """Where every inner item reads as spam alone, the list is read as a list and its edges are its
    items': read as one run across the separators, the run grew over the host's words glued to
    the list ('si', 'vybrat, kterou'), which lean its way beside it."""
    assert [r.strip() for r in removed(CZECH_HOST.format(spam))] == [spam]


def test_no_run_is_read_across_a_page_long_list(monkeypatch):
    """A line of hundreds of separated items is a list page, not a list dropped into a sentence:
    its span is not read word by word (``MAX_CHARS``), where a short list's is."""
    from spamguard import word_runs

    spans: list[tuple[int, int] | None] = []
    original = word_runs.surest_run

    def recording(*args, **kwargs):  # type: ignore[no-untyped-def]
        spans.append(kwargs.get("span"))
        return original(*args, **kwargs)

    monkeypatch.setattr(word_runs, "surest_run", recording)
    spamguard.clean(HOST.format(" | ".join(f"item {k} of the list" for k in range(400))))
    assert all(span is None or span[1] - span[0] <= separated_runs.MAX_CHARS for span in spans)
    spamguard.clean(HOST.format("cheap viagra online | 4 tablets | 39 USD | cialis no prescription"))
    assert any(span is not None for span in spans)


def test_a_run_reaching_far_into_the_host_s_clause_is_not_read_so(monkeypatch):
    """A list's edge item is a keyword's few words: a run that starts a clause before the first
    separator took the host's words (the held-out model read a Czech host's clause before an
    address list as the run's), and is left to the other readers; the list's own run is kept."""
    spam = "cheap viagra online | 4 tablets | 39 USD | cialis no prescription"
    text = HOST.format(spam)
    own = (text.index(spam), text.index(spam) + len(spam))
    far = (text.index("approved the plan"), own[1])
    _assert_kept(monkeypatch, text, ((far, False), (own, True)))


def test_a_web_address_edge_item_counts_as_one_word(monkeypatch):
    """Words into the host's blocks are counted as the run reader counts them, pieces that
    spaces part: an address is one word (read as its letter runs, "http", "casino", "bonus"...,
    the run below would reach seven words into the first block and be dropped)."""
    spam = "see http://casino-bonus.example/free-spins-today | 4 tablets | 39 USD | cialis no prescription"
    text = HOST.format(spam)
    _assert_kept(monkeypatch, text, (((text.index(spam), text.index(spam) + len(spam)), True),))


def _assert_kept(monkeypatch, text, runs):
    """Each (run, kept) of ``runs``: whether a run the run reader returns is kept."""
    from spamguard import word_runs

    for run, kept in runs:
        monkeypatch.setattr(word_runs, "surest_run", lambda *args, _run=run, **kwargs: _run)
        page = Page.from_text(text)
        det = spamguard.default_detector()
        scores = det.model.score(page.seg, page.profile.block_run)
        found = separated_runs.separated_stretches(page, det.model, det.params, 1.0 - scores.block[:, 0])
        assert (run in found) == kept
