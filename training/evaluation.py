"""Figures for the model card: block-level by category and language, page-level on synthetic
pages (the measure of EVALUATION.md), real pages, and the fixtures."""

from __future__ import annotations

import json
import multiprocessing
import time
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from itertools import product
from pathlib import Path

import numpy as np

from spamguard.decide import DecisionParams
from spamguard.detector import Config, Detector
from spamguard.evaluate import PageScore, SetScore, score_page
from spamguard.model import LinearModel

from .corpus import Example
from .pages import EvalPage
from .paths import REPO
from .prepared import Prepared, run_params


def block_figures(model: LinearModel, examples: Sequence[Example], threshold: float) -> dict[str, dict]:
    """Precision/recall per category and per language of spam-vs-clean on single blocks."""
    probs = model.predict_texts([e.text for e in examples])
    spam_p = 1 - probs[:, 0]
    cat = np.where(spam_p >= threshold, probs[:, 1:].argmax(axis=1) + 1, 0)
    labels = model.labels
    gold = np.array([labels.index(e.label) for e in examples])
    out: dict[str, dict] = {"category": {}, "language": {}}
    for k, name in enumerate(labels):
        if name == "clean":
            continue
        g = gold == k
        p = cat == k
        if g.sum():
            out["category"][name] = {
                "n": int(g.sum()),
                "recall": float(((cat != 0) & g).sum() / g.sum()),
                "precision": float((p & g).sum() / max(1, p.sum())),
            }
    by_lang: dict[str, list[int]] = defaultdict(list)
    for i, e in enumerate(examples):
        by_lang[e.lang].append(i)
    for lang, idx in sorted(by_lang.items()):
        ix = np.array(idx)
        g = gold[ix] != 0
        p = cat[ix] != 0
        out["language"][lang] = {
            "spam": int(g.sum()),
            "clean": int((~g).sum()),
            "recall": float((p & g).sum() / g.sum()) if g.sum() else None,
            "false_positive_rate": float((p & ~g).sum() / max(1, (~g).sum())),
        }
    overall_p = cat != 0
    overall_g = gold != 0
    out["overall"] = {
        "precision": float((overall_p & overall_g).sum() / max(1, overall_p.sum())),
        "recall": float((overall_p & overall_g).sum() / max(1, overall_g.sum())),
    }
    return out


GRID = [
    # (rules_veto, short_line_threshold, neighbour_threshold, support_evidence)
    (0.5, 0.99, 0.5, 0.5), (0.5, 0.97, 0.5, 0.5), (0.5, 0.99, 0.3, 0.5), (0.5, 0.97, 0.7, 0.5),
    (0.5, 0.99, 0.99, 0.5), (0.5, 0.99, 0.99, 0.2), (0.5, 0.99, 0.7, 0.2), (0.5, 0.97, 0.99, 0.2),
    (0.1, 0.97, 0.99, 0.2), (0.1, 0.99, 0.99, 0.5), (0.0, 0.97, 0.99, 0.2), (0.0, 0.99, 0.99, 0.5),
    # a low neighbour threshold with weak support: the grid had it only with strong support, and
    # alone it was the best neighbour threshold on dev pages of the seventh session's corpus
    (0.5, 0.99, 0.3, 0.2), (0.5, 0.97, 0.3, 0.2),
]


# The guard's tolerance on fixtures with spam: the share of what a setting removes there that may
# be the host's own text. Pages without spam get none (``clean_touched == 0``). With 1.0, one
# host line next to the spam, a Thai news site's name at 0.53 under a slot pitch, decided every
# threshold of the fifteenth session's first tuning (neighbour 0.99, prose 0.99: ten fixtures'
# spam missed and 8 of 40 new hand-written pages lost, to keep those 13 characters); 0.999 lets
# about 25-30 such characters go over the 500-odd fixtures.
GUARD_PRECISION = 0.999


# What the grid's workers read: set before the pool forks, so no page is pickled to a worker.
_TUNE_STATE: tuple | None = None


def _guard_row(params: DecisionParams) -> tuple[np.ndarray, bool]:
    """(gold, removed, hit) of every guard page under every guard model, one row per model, and
    whether the last model finds all the spam of the pages that must pass."""
    _, guards, must_pass = _TUNE_STATE  # type: ignore[misc]
    per_model = [run_params(guard, params) for guard in guards]
    rows = np.array([[(x.gold, x.removed, x.hit) for x in scores] for scores in per_model], dtype=np.int64)
    expected = [x for x, must in zip(per_model[-1], must_pass, strict=True) if must]
    return rows, SetScore.of(expected).recall == 1.0


def guard_score(rows: np.ndarray, counted: np.ndarray) -> SetScore:
    """The guard's score of a setting (``rows`` from ``_guard_row``) over the pages ``counted``."""
    return SetScore.of([PageScore(*map(int, page)) for model_rows in rows for page in model_rows[counted]])


def touched_by_every_setting(rows_per_setting: Sequence[np.ndarray], must_pass: np.ndarray) -> np.ndarray:
    """The must-pass guard pages without spam that every setting touches (under some guard model).

    Such a page says nothing about which setting to choose: it is a failure of the weights, which
    no threshold mends. Left in the guard it fails every setting, and the tuning falls back to the
    setting touching the fewest pages, which ignores dev recall (the thirty-fifth session's
    retraining was ranked so, at spam 0.97; with its three such pages left out, dev recall chose
    0.95)."""
    # a page's gold is the same under every setting
    out = must_pass & (rows_per_setting[0][:, :, 0] == 0).all(axis=0)
    for rows in rows_per_setting:
        out &= (rows[:, :, 1] > rows[:, :, 2]).any(axis=0)
    return out


def _dev_row(params: DecisionParams) -> SetScore:
    return SetScore.of(run_params(_TUNE_STATE[0], params))  # type: ignore[index]


def _map(fn, items: list, jobs: int, log: Callable[[str], None] | None = None, what: str = "items") -> list:  # type: ignore[no-untyped-def]
    """``[fn(x) for x in items]`` over ``jobs`` forked processes (the same results in the same order),
    with a line to ``log`` at each tenth done: the guard's grid runs for over an hour."""
    step = max(1, len(items) // 10)
    t0 = time.monotonic()

    def gather(results: Iterator) -> list:  # type: ignore[type-arg]
        out = []
        for done, r in enumerate(results, 1):
            out.append(r)
            if log is not None and done % step == 0 and done < len(items):
                spent = time.monotonic() - t0
                log(f"tuning: {done}/{len(items)} {what} in {spent / 60:.1f} min, "
                    f"about {spent * (len(items) - done) / done / 60:.0f} min left")
        return out

    if jobs <= 1 or len(items) < 2:
        return gather(fn(x) for x in items)
    with multiprocessing.get_context("fork").Pool(jobs) as pool:
        return gather(pool.imap(fn, items, chunksize=max(1, len(items) // (8 * jobs))))


def guarded(g: SetScore) -> bool:
    """Whether a setting keeps every legitimate character of the guard (fixture) pages."""
    return g.clean_touched == 0 and g.precision >= GUARD_PRECISION


def rank(params: DecisionParams, dev: SetScore, guard: SetScore, complete: bool, fewest: int | None,
         min_precision: float) -> tuple:
    """The tuner's preference for a setting (higher is better), from its dev and guard scores,
    whether the shipped model then finds all the spam of the must-pass fixtures, and the fewest
    clean dev pages any guarded setting touches."""
    ok = guarded(guard) and dev.precision >= min_precision and dev.clean_touched == fewest
    # Among safe settings, one with which the last model (the shipped one) finds all the
    # fixtures' spam comes first; then dev recall; ties go to the setting that finds more of
    # the fixtures' spam, then the safer one.
    # When no setting is guarded, the one that touches the fewest fixture pages comes first,
    # then the one that removes the least host text from fixtures with spam (without it the
    # sixteenth session's first tuning, where one hard negative was touched by every setting,
    # took the most precise setting on dev pages, whose neighbour threshold took host lines
    # next to the spam of six fixtures); guarded settings all tie on it.
    return (guarded(guard), -guard.clean_touched, min(guard.precision, GUARD_PRECISION), ok, complete,
            dev.recall if ok else dev.precision, guard.recall, -dev.clean_touched, params.spam_threshold)


def tune(
    prepared: Sequence[Prepared],
    guards: Sequence[Sequence[Prepared]],
    must_pass: Sequence[bool],
    min_precision: float = 0.995,
    jobs: int = 1,
    log: Callable[[str], None] = print,
) -> tuple[DecisionParams, dict]:
    """Pick thresholds on dev pages: the highest recall with precision >= min_precision, the
    fewest clean dev pages touched that any setting reaches, and not one legitimate character
    removed from the *guard* pages (the hand-written fixtures/: nav menus, selectors, lessons, and
    the legitimate lines around their spam) under any of the models they were prepared with;
    among those, settings with which the last guard model (the shipped one) finds all the spam of
    every fixture in ``must_pass`` (the ones not marked as known failures) come first. "Not one
    legitimate character" is exact on fixture pages without spam and ``GUARD_PRECISION`` on those
    with spam (a host line next to the spam). A must-pass page without spam that every setting
    touches is left out of the guard (``touched_by_every_setting``) and its index returned under
    ``"excused"``. The guards are a hard constraint: when no guarded
    setting reaches ``min_precision`` on dev pages, the most precise guarded one is taken; when
    no setting is guarded at all, the one touching the fewest fixture pages, and among those the
    one removing the least host text from the fixtures with spam.
    The grid starts at 0.85: lower thresholds fit the dev pages but touch hard negatives the dev
    pages lack (the fixtures guard against that only as far as they reach).

    The guards are run first, and the dev pages only for the settings they let through (all of
    them when none is): an unguarded setting cannot win. ``jobs`` processes share the grid; the
    choice does not depend on it."""
    global _TUNE_STATE
    # stuffed: in the eighth session's dev and test corpus lines, 10 clean lines repeat their words
    # at full strength (8 of them score under 0.1) against 296 spam lines scoring under 0.3 (0.3
    # was never picked since); 0 (repetition alone) removed ten times more article-benchmark text
    # in the ninth session (a sentence that says one word six times), so the grid stops at 0.03
    # prose 0 (no prose threshold) is left out: news on spam's subjects is what it keeps, and dev
    # pages carry too little of it near the threshold to show the cost (the ninth session's tuner
    # took 0 for +0.2 dev recall, and a Korean gambling-helpline sentence at 0.956 then went)
    # prose 0.98: the twenty-sixth session's weights read prose pitches at 0.98-0.99 (four fixtures
    # found at 0.98 and lost at 0.99), and the grid stepped from 0.97 to 0.99
    grid = product((0.85, 0.9, 0.95, 0.97), (0.5, 0.6, 0.7), (0.5, 0.99), (0.97, 0.98, 0.99), (0.1, 0.03), GRID)
    settings = [
        DecisionParams(spam_threshold=spam_t, supported_threshold=sup_t, rules_veto=veto,
                       short_line_threshold=short_t, neighbour_threshold=near, support_evidence=support,
                       between_threshold=between, prose_threshold=prose_t, stuffed_threshold=stuffed_t)
        for spam_t, sup_t, between, prose_t, stuffed_t, (veto, short_t, near, support) in grid
    ]

    _TUNE_STATE = (prepared, guards, must_pass)
    try:
        log(f"tuning: {len(settings)} settings on {sum(len(g) for g in guards)} guard pages ({jobs} processes)")
        raw = _map(_guard_row, settings, jobs, log, "settings on the guard pages")
        excused = touched_by_every_setting([rows for rows, _ in raw], np.array(must_pass, dtype=bool))
        if excused.any():
            log(f"tuning: {int(excused.sum())} fixture pages without spam are touched by every setting; "
                "left out of the guard and reported as failures of these weights")
        # fixtures marked as known failures are reported, not guarded: one that no setting gets
        # right would leave no guarded setting at all (the excused pages are such ones, found)
        counted = np.array(must_pass, dtype=bool) & ~excused
        guard_rows = [(guard_score(rows, counted), complete) for rows, complete in raw]
        on_dev = [i for i, (g, _) in enumerate(guard_rows) if guarded(g)] or list(range(len(settings)))
        log(f"tuning: {sum(guarded(g) for g, _ in guard_rows)} settings pass the fixture guard; "
            f"running {len(on_dev)} settings on {len(prepared)} dev pages")
        dev_scores = dict(zip(on_dev, _map(_dev_row, [settings[i] for i in on_dev], jobs, log, "settings on the dev pages"), strict=True))
    finally:
        _TUNE_STATE = None
    rows = [(settings[i], dev_scores[i], *guard_rows[i]) for i in on_dev]

    # The guards are a hard constraint: when no setting meets the dev precision target too, the
    # most precise guarded one wins (a fall-back that ignored the guards once removed fixture
    # hard negatives when every setting missed 99.5% by a hair).
    fewest = min((s.clean_touched for _, s, g, _ in rows if guarded(g)), default=None)
    best: tuple | None = None
    for params, s, g, complete in rows:
        key = rank(params, s, g, complete, fewest, min_precision)
        if best is None or key > best[0]:
            best = (key, params)
    assert best is not None
    table = [
        {**params.__dict__, "guard_touched": g.clean_touched, "guard_precision": g.precision,
         **({"precision": dev_scores[i].precision, "recall": dev_scores[i].recall,
             "clean_touched": dev_scores[i].clean_touched} if i in dev_scores else {})}
        for i, (params, (g, _)) in enumerate(zip(settings, guard_rows, strict=True))
    ]
    return best[1], {"grid": table, "excused": np.flatnonzero(excused).tolist()}


def shipped_detector(model_stem: str | Path, params: DecisionParams) -> Detector:
    """The detector as it ships (``Detector.clean``: every look at the page, the second look at
    injected clauses), with the model at ``model_stem`` and ``params``: what the card's figures
    measure. Tuning reads one look of ``decide`` over pages prepared once (``run_params``): a grid
    of settings needs that speed, and its figures differ from these by about a tenth of a point."""
    det = Detector(Config(model_path=str(model_stem)))
    det.params = params
    return det


def clean_scores(det: Detector, texts_and_gold: Sequence[tuple[str, list[str]]]) -> list[PageScore]:
    """The measure of EVALUATION.md on each page, as ``det.clean`` removes."""
    return [score_page(text, gold, det.clean(text).removed) for text, gold in texts_and_gold]


def page_figures(det: Detector, pages: Sequence[EvalPage]) -> dict:
    scores = clean_scores(det, [(p.text, p.spam) for p in pages])
    out: dict = {"all": SetScore.of(scores).__dict__,
                 "hosts": SetScore.of([s for p, s in zip(pages, scores) if p.kind != "site"]).__dict__}
    groups: dict[str, dict[str, list[PageScore]]] = {"host_lang": defaultdict(list), "category": defaultdict(list), "where": defaultdict(list)}
    for page, s in zip(pages, scores):
        # a spam site has no host: its language is not a host's, its spam not "same-language"
        if page.kind != "site":
            groups["host_lang"][page.host_lang].append(s)
        if page.spam:
            groups["category"][page.category].append(s)
            groups["where"][page.kind].append(s)
    for g, d in groups.items():
        out[g] = {k: SetScore.of(v).__dict__ for k, v in sorted(d.items())}
    same = [s for p, s in zip(pages, scores) if p.spam and p.kind != "site" and p.spam_lang.split("-")[0] == p.host_lang]
    out["same_language_hosts"] = SetScore.of(same).__dict__
    return out


def real_page_figures(det: Detector, traf, articles) -> dict:  # type: ignore[no-untyped-def]
    lost = 0
    snippets = 0
    touched_pages = []
    for name, text, keep in traf:
        removed = np.zeros(len(text), dtype=bool)
        for s in det.clean(text).removed:
            removed[s.start : s.end] = True
        for w in keep:
            snippets += 1
            at = text.find(w)
            if removed[at : at + len(w)].any():
                lost += 1
                touched_pages.append(name)
    total = removed_chars = 0
    for name, body in articles:
        result = det.clean(body)
        vis = sum(1 for c in body if not c.isspace())
        total += vis
        removed_chars += round(result.spam_ratio * vis)
    return {
        "trafilatura_pages": len(traf),
        "must_keep_snippets": snippets,
        "must_keep_lost": lost,
        "pages_with_lost_snippets": sorted(set(touched_pages)),
        "article_pages": len(articles),
        "article_chars_removed_share": removed_chars / max(1, total),
    }


def _fixture_cases() -> list[dict]:
    return json.loads((REPO / "fixtures" / "cases.json").read_text(encoding="utf-8"))


def fixture_pages() -> list[tuple[str, list[str]]]:
    """(text, gold spam) of every fixture page, in cases.json order."""
    return [((REPO / "fixtures" / "pages" / c["file"]).read_text(encoding="utf-8"), c["spam"]) for c in _fixture_cases()]


def fixture_files() -> list[str]:
    """The file name of every fixture page, in cases.json order."""
    return [c["file"] for c in _fixture_cases()]


def fixture_must_pass() -> list[bool]:
    """Whether each fixture page, in cases.json order, is expected to pass (not a known failure)."""
    return [c["expect"] == "pass" for c in _fixture_cases()]


def fixture_figures(det: Detector) -> list[dict]:
    """Per fixture page: gold, removed and hit characters, as ``det.clean`` removes."""
    out = []
    for c, s in zip(_fixture_cases(), clean_scores(det, fixture_pages()), strict=True):
        out.append({"file": c["file"], "gold": s.gold, "removed": s.removed, "hit": s.hit, "pass": s.hit == s.gold and not s.touched})
    return out
