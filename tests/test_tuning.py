"""The tuner picks the decision thresholds on dev pages under the fixtures' guard: the same choice
in one process or several, each page's decision under a setting independent of the settings run
before, progress on its long grid, and how it ranks settings when the guard passes none."""

from __future__ import annotations

import numpy as np
from support import ROOT


def test_the_tuner_chooses_the_same_over_several_processes():
    from spamguard.model import LinearModel
    from training import evaluation
    from training.prepared import prepare

    model = LinearModel.load(ROOT / "spamguard" / "data" / "spamguard-v1")
    fixtures = evaluation.fixture_pages()
    pages = [fixtures[i] for i in (0, 16)]  # one page with spam and one without is enough to rank
    prepared = prepare(model, pages)
    args = (prepared, [prepared], [True, True])
    one, grid_one = evaluation.tune(*args, jobs=1, log=lambda _: None)
    two, grid_two = evaluation.tune(*args, jobs=2, log=lambda _: None)
    assert one == two and grid_one == grid_two


def test_the_tuner_works_out_a_pages_view_once_for_the_settings_that_read_alike():
    """The tuner's pages keep the classifier's view for every setting that agrees on the fields it
    read: the decisions are those of ``decide`` working the view out itself, and a setting with
    another spam threshold (a field the view reads) gets a view of its own."""
    from dataclasses import replace

    from spamguard.decide import decide
    from spamguard.model import LinearModel
    from spamguard.spans import build_spans
    from training import evaluation
    from training.prepared import prepare, view_for

    model = LinearModel.load(ROOT / "spamguard" / "data" / "spamguard-v1")
    cases = evaluation._fixture_cases()
    chosen = [i for i, c in enumerate(cases) if c["spam"]][:40:4] + [i for i, c in enumerate(cases) if not c["spam"]][:20:4]
    fixtures = evaluation.fixture_pages()
    prepared = prepare(model, [fixtures[i] for i in chosen])
    base = model.decision
    settings = [replace(base, spam_threshold=t, neighbour_threshold=n) for t in (0.85, 0.97) for n in (0.3, 0.99)]
    for params in settings:
        assert [build_spans(p.page, decide(p.page, p.findings, p.scores, params)) for p in prepared] == [
            build_spans(p.page, decide(p.page, p.findings, p.scores, params, view=view_for(p, params)))
            for p in prepared
        ]
    # four settings, two spam thresholds: one view, or two where the page's view reads the threshold
    assert all(len(p.views) <= 2 for p in prepared) and any(len(p.views) == 2 for p in prepared)
    with_view = [p for p in prepared if p.views]
    assert with_view and all(not p.views[0][1].spam_prob.flags.writeable for p in with_view)


def test_the_tuners_grid_says_how_far_it_has_got():
    """The guard's grid runs for over an hour: each tenth of it done is logged with the time spent
    and an estimate of the time left, in one process or several, and the results keep their order."""
    from training import evaluation

    items = list(range(-20, 0))
    for jobs in (1, 2):
        lines: list[str] = []
        assert evaluation._map(abs, items, jobs, lines.append, "settings") == [abs(x) for x in items]
        assert [line.split(" in ")[0] for line in lines] == [f"tuning: {k}/20 settings" for k in range(2, 20, 2)]
        assert all(line.endswith("min left") for line in lines)


def test_the_tuners_decision_of_a_page_does_not_depend_on_the_settings_decided_before():
    """The tuner decides each prepared page under every setting of the grid: nothing one setting
    works out may stay on the page for the next. A line of a plain glossary run is judged against
    the neighbour threshold (``glossary.in_plain_glossary``); it was memoised on the page, so the
    first setting's verdict held for every later one. Each page with a glossary run is decided
    under one neighbour threshold, then another, and must come out as a freshly prepared copy of it
    does under the second alone."""
    from dataclasses import replace

    from spamguard.decide import decide
    from spamguard.glossary import glossary_runs
    from spamguard.model import LinearModel
    from spamguard.page import Page
    from spamguard.spans import build_spans
    from training import evaluation
    from training.prepared import prepare

    model = LinearModel.load(ROOT / "spamguard" / "data" / "spamguard-v1")
    pages = [fx for fx in evaluation.fixture_pages() if glossary_runs(Page.from_text(fx[0]))]
    assert len(pages) >= 10
    low, high = (replace(model.decision, neighbour_threshold=t) for t in (0.3, 0.99))
    for before, after in ((low, high), (high, low)):
        used, fresh = prepare(model, pages), prepare(model, pages)
        for a, b in zip(used, fresh, strict=True):
            decide(a.page, a.findings, a.scores, before)
            assert build_spans(a.page, decide(a.page, a.findings, a.scores, after)) == build_spans(
                b.page, decide(b.page, b.findings, b.scores, after)
            )


def test_a_fixture_page_every_setting_touches_is_left_out_of_the_guard(monkeypatch):
    """A hard negative the weights misread at every threshold cannot tell settings apart: the
    tuning reports it and ranks the settings by dev recall as it would without it, instead of
    falling back to the most precise setting on dev pages. Scores are given per setting: a lower
    spam threshold finds more of the dev spam at a little less precision."""
    from spamguard.evaluate import PageScore
    from training import evaluation

    dev, guard = ["dev page"], ["spam fixture", "misread hard negative"]

    def run_params(prepared, params):  # type: ignore[no-untyped-def]
        if prepared is dev:
            hit = 990 if params.spam_threshold < 0.9 else 900
            return [PageScore(gold=1000, removed=hit + (3 if hit == 990 else 0), hit=hit)]
        return [PageScore(gold=10, removed=10, hit=10), PageScore(gold=0, removed=5, hit=0)][: len(prepared)]

    monkeypatch.setattr(evaluation, "run_params", run_params)
    quiet = {"log": lambda _: None}
    without, _ = evaluation.tune(dev, [guard[:1]], [True], **quiet)
    reported, info = evaluation.tune(dev, [guard], [True, True], **quiet)
    assert info["excused"] == [1]
    assert reported == without and reported.spam_threshold < 0.9
    rows = [np.array([[[10, 10, 10], [0, 5, 0]]]), np.array([[[10, 10, 10], [0, 0, 0]]])]
    assert not evaluation.touched_by_every_setting(rows, np.array([True, True])).any()


def test_with_no_guarded_setting_the_tuner_keeps_the_most_host_text():
    """When every setting touches some fixture page, the one that touches fewest wins, and among
    those the one that removes the least host text from pages with spam, before dev figures and
    before how much of the fixtures' spam it finds."""
    from spamguard.params import DecisionParams
    from training.evaluation import SetScore, rank

    def guard(touched: int, precision: float, recall: float) -> SetScore:
        return SetScore(pages=10, precision=precision, recall=recall, clean_pages=4, clean_touched=touched, crashed=0, gold=500)

    dev = SetScore(pages=100, precision=0.999, recall=0.9, clean_pages=50, clean_touched=0, crashed=0, gold=9000)
    loose, strict = DecisionParams(neighbour_threshold=0.3), DecisionParams(neighbour_threshold=0.5)
    takes_hosts = rank(loose, dev, guard(1, 0.95, 1.0), True, None, 0.995)
    keeps_hosts = rank(strict, dev, guard(1, 0.999, 0.97), False, None, 0.995)
    touches_more = rank(strict, dev, guard(2, 1.0, 1.0), True, None, 0.995)
    assert keeps_hosts > takes_hosts > touches_more
    # guarded settings do not rank by it: dev recall decides between them
    safe_a = rank(loose, dev, guard(0, 0.9995, 1.0), True, 0, 0.995)
    better_dev = SetScore(pages=100, precision=0.999, recall=0.95, clean_pages=50, clean_touched=0, crashed=0, gold=9000)
    safe_b = rank(strict, better_dev, guard(0, 0.9991, 1.0), True, 0, 0.995)
    assert safe_b > safe_a > keeps_hosts
