"""A keyword phrase in plain words slipped into a host's sentence (spamguard/plain_runs.py)."""

from __future__ import annotations

import numpy as np
import pytest

from spamguard import plain_runs
from spamguard.detector import Detector
from spamguard.page import Page
from spamguard.word_runs import surest_run

CLUB = ("Home | News | Events\nGarden club news\nMembers will meet at the community hall on Saturday morning "
        "casino online bonus free spins no deposit to plan the spring planting along the river path.\n"
        "Tea and cake will be served after the meeting.")
# news that names the same phrase's kind in its headline: the phrase is what the council reports
WARNING = ("Home | News | Events\nCouncil warns of illegal online casinos\nThe council said several websites "
           "offered casino online bonus free spins no deposit to teenagers without any age checks last year.\n"
           "Parents can report such sites to the trading standards office.")
PHRASE = "casino online bonus free spins no deposit"


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector()


def removed(detector: Detector, text: str) -> list[str]:
    return [text[s.start : s.end].strip() for s in detector.clean(text).removed]


def test_a_plain_phrase_in_a_clubs_sentence_goes_and_the_host_words_around_it_stay(detector: Detector) -> None:
    assert removed(detector, CLUB) == [PHRASE]
    kept = detector.clean(CLUB).text
    assert "on Saturday morning" in kept and "to plan the spring planting" in kept


def test_the_same_phrase_stays_on_a_page_whose_other_words_name_its_kind(detector: Detector, monkeypatch) -> None:
    assert removed(detector, WARNING) == []
    # the headline's words are what keeps it: without the question, the run goes
    monkeypatch.setattr(plain_runs, "NAMED_ELSEWHERE", float("inf"))
    assert removed(detector, WARNING) == [PHRASE]


def test_a_page_names_a_runs_kind_by_its_words_outside_the_run(detector: Detector) -> None:
    model = detector.model
    for text, named in ((WARNING, True), (CLUB, False)):
        page = Page.from_text(text)
        a = text.index(PHRASE)
        reading = plain_runs._named_elsewhere(page, model, plain_runs._word_readings(page, model), a, a + len(PHRASE))
        assert (reading >= plain_runs.NAMED_ELSEWHERE) is named, (text[:40], reading)


def test_a_sentence_with_no_word_leaning_to_spam_is_not_read_word_by_word(detector: Detector) -> None:
    page = Page.from_text(CLUB)
    line = CLUB.split("\n")
    b = int(np.searchsorted(page.seg.block_start, CLUB.index(line[2]), side="right")) - 1
    assert plain_runs._leaning_words(page, detector.model, [b]) == [b]
    plain = Page.from_text(CLUB.replace(PHRASE + " ", ""))
    b = int(np.searchsorted(plain.seg.block_start, CLUB.index(line[2]), side="right")) - 1
    assert plain_runs._leaning_words(plain, detector.model, [b]) == []


def test_a_run_read_for_its_marks_needs_the_pages_marks(detector: Detector) -> None:
    page = Page.from_text(CLUB)
    with pytest.raises(ValueError, match="mark levels"):
        surest_run(page, detector.model, detector.params, 2, None, marked=True)


def test_a_blocks_evidence_is_its_summed_ngram_weights_for_its_likeliest_category_over_clean(detector: Detector) -> None:
    """``ModelScores.evidence`` undoes the reading's division by the square root of the n-gram
    count: a phrase brings a long sentence as much as a short one."""
    from spamguard.view import page_scores

    model = detector.model
    page = Page.from_text(CLUB)
    scores = page_scores(page, model, detector.params)
    _, counts = model.logit_sums(page.seg)
    logits = np.log(scores.block)
    over_clean = logits[:, 1:] - logits[:, :1] - (model.bias[1:] - model.bias[0])
    undone = (over_clean * np.sqrt(np.maximum(counts, 1))[:, None]).max(axis=1)
    assert np.allclose(scores.evidence, undone, rtol=1e-3, atol=1e-2)
    b = int(np.searchsorted(page.seg.block_start, CLUB.index(PHRASE), side="right")) - 1
    assert scores.evidence[b] >= plain_runs.PLAIN_EVIDENCE > scores.evidence[0]
