"""The figures behind the decision knobs that are chosen by hand, not tuned (``contact_threshold``,
``spam_page_rest``, ``spam_site_threshold``, ``spam_site_rest``, ``offer_threshold``,
``prose_neighbour_threshold``): their
docstrings in ``spamguard/params.py`` quote what this prints.

    python -m training.fixed_params                 # every check, held-out and shipped models
    python -m training.fixed_params contact         # one of: contact, page-score, hosts, sandwich, offer, neighbour

- ``contact``: the spam probability of blocks that give a contact channel and stay, on dev pages
  (spam and clean apart), real pages and the fixtures: the margin ``contact_threshold`` sits in.
- ``page-score``: the whole page read as one text, for pages that are spam throughout, hard
  negatives, real pages and clean dev pages: the margin of ``spam_site_threshold``.
- ``hosts``: every hard-negative fixture on spam's topics under an injection of fixture spam two
  and a half times its size, after its last line and before its first: how many hosts lose any
  of their own text (the page-level steps must not take a host along with a big injection).
- ``sandwich``: the same hosts between two injections, each one and a quarter times the host's
  size: the shape of a spam site's page (``revise._framed`` reads it at the spam threshold).
- ``offer``: for a few values of ``offer_threshold``, the fixtures that pass only with the
  ``offer_line`` step and those that fail only with it (against the step turned off).
- ``neighbour``: for a few values of ``prose_neighbour_threshold``, the fixtures' precision and
  recall and the fixtures that pass or fail against the shipped value.

Needs ``../shared/data/external`` (dev pages and real pages) and the held-out model of a
training run (``training/work/eval-model``).
"""

from __future__ import annotations

import argparse
import dataclasses
import json
from collections.abc import Iterator

import numpy as np

from spamguard.detector import Config, Detector
from spamguard.evaluate import gold_mask, score_page
from spamguard.model import LinearModel
from spamguard.page import Page
from spamguard.reasons import Reason

from .corpus import build_corpus
from .pages import build_pages, real_pages
from .paths import REPO

CONTACT = Reason.CONTACT_CHANNEL.value + ":"
EVAL_STEM = REPO / "training" / "work" / "eval-model"
FIXTURES = REPO / "fixtures"
# Words of a hard negative's description that put it on one of spam's topics.
SPAM_TOPICS = ("gambling", "sildenafil", "lottery", "casino", "loan", "dating", "pharma", "betting", "viagra", "slot", "toto")


def _fixtures() -> list[tuple[dict, str]]:
    cases = json.loads((FIXTURES / "cases.json").read_text(encoding="utf-8"))
    return [(c, (FIXTURES / "pages" / c["file"]).read_text(encoding="utf-8")) for c in cases]


def _spam_throughout(text: str, gold: list[str]) -> bool:
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    return bool(gold) and all(any(ln in g for g in gold) for ln in lines)


def _detector(stem: str, params) -> Detector:  # type: ignore[no-untyped-def]
    det = Detector(Config(model_path=stem))
    det.params = params  # the shipped thresholds, whichever weights read the page
    return det


def contact_blocks(det: Detector, pages: list[tuple[str, list[str]]]) -> Iterator[tuple[float, bool, str]]:
    """(spam probability as the decision reads it, mostly gold spam, text) of every block that
    gives a contact channel and stays."""
    for text, gold in pages:
        spam = gold_mask(text, gold)
        for row in det.explain(text):
            if row.final == "clean" and any(f.startswith(CONTACT) for f in row.findings):
                yield row.model_score, bool(spam[row.start : row.end].mean() > 0.5), row.text[:90]


def page_score(model: LinearModel, text: str) -> float:
    """Spam probability of the whole page read as one text (``ModelScores.page``)."""
    page = Page.from_text(text)
    if not page.seg.n_blocks:
        return 0.0
    return 1.0 - float(model.score(page.seg, page.profile.block_run).page[0])


def check_contact(det: Detector, dev, real, fixtures) -> None:  # type: ignore[no-untyped-def]
    for name, pages in (("dev pages", dev), ("real pages", real), ("fixtures", fixtures)):
        rows = sorted(contact_blocks(det, pages), reverse=True)
        spam = [r for r in rows if r[1]]
        clean = [r for r in rows if not r[1]]
        print(f"  {name}: contact blocks kept: {len(spam)} spam, {len(clean)} clean")
        for label, part in (("spam", spam), ("clean", clean)):
            for p, _, text in part[:3]:
                print(f"    {label} {p:.3f}  {text!r}")


def check_page_score(model: LinearModel, dev, real, fixtures) -> None:  # type: ignore[no-untyped-def]
    groups = {
        "fixtures spam throughout": [t for t, g in fixtures if _spam_throughout(t, g)],
        "fixture hard negatives": [t for t, g in fixtures if not g],
        "real pages": [t for t, _ in real],
        "clean dev pages": [t for t, g in dev if not g],
    }
    for name, texts in groups.items():
        scores = np.array([page_score(model, t) for t in texts])
        print(f"  {name} ({len(texts)}): min {scores.min():.4f} median {np.median(scores):.4f} max {scores.max():.4f}")


def _hosts_with_injections(
    fixtures_cases: list[tuple[dict, str]], every: int, share: float
) -> Iterator[tuple[str, str, str, float]]:
    """(host, host's first line, injection, its letters against the host's) for each hard negative
    on spam's topics and the spam of every ``every``-th passing spam fixture, repeated to ``share``
    times the host's letters."""
    hosts = [t for c, t in fixtures_cases if not c["spam"] and any(w in c["description"].lower() for w in SPAM_TOPICS)]
    spams = ["\n".join(c["spam"]) for c, _ in fixtures_cases if c["spam"] and c["expect"] == "pass"][::every]
    for host in hosts:
        host_letters = max(1, sum(ch.isalpha() for ch in host))
        for block in spams:
            injected = "\n".join([block] * max(1, int(share * host_letters / max(1, sum(ch.isalpha() for ch in block)))))
            yield host, host.splitlines()[0][:70], injected, sum(ch.isalpha() for ch in injected) / host_letters


def _injected_hosts(fixtures_cases: list[tuple[dict, str]], every: int) -> Iterator[tuple[str, str, str]]:
    """(host's first line, page, injection) for each hard negative on spam's topics under every
    ``every``-th passing spam fixture's spam, repeated to two and a half times the host's letters,
    after the host's last line and before its first."""
    for host, first, injected, size in _hosts_with_injections(fixtures_cases, every, 2.5):
        if size >= 2.4:
            yield first, host.rstrip("\n") + "\n" + injected + "\n", injected
            yield first, injected + "\n" + host, injected


def _sandwiched_hosts(fixtures_cases: list[tuple[dict, str]], every: int) -> Iterator[tuple[str, str, str]]:
    """(host's first line, page, injection) for each hard negative on spam's topics between two
    copies of every ``every``-th passing spam fixture's spam, each repeated to one and a quarter
    times the host's letters: the shape a spam site's page has (its spam opening and closing its
    text, ``revise._framed``), which a short host must not be taken for."""
    for host, first, injected, _ in _hosts_with_injections(fixtures_cases, every, 1.25):
        yield first, injected + "\n" + host.rstrip("\n") + "\n" + injected + "\n", injected


def check_hosts(det: Detector, fixtures_cases: list[tuple[dict, str]], every: int = 7, around: bool = False) -> None:
    """Host pages that lose text of their own, with the page-level steps and without them; with
    ``around``, hosts between two injections (``_sandwiched_hosts``)."""
    base = Detector(det.config)
    base.params = dataclasses.replace(det.params, spam_page_rest=0.0, spam_site_threshold=0.0)
    lost: dict[str, set[int]] = {"without": set(), "with": set()}
    firsts = []
    pages = _sandwiched_hosts(fixtures_cases, every) if around else _injected_hosts(fixtures_cases, every)
    for n, (first, text, injected) in enumerate(pages):
        firsts.append(first)
        for key, d in (("without", base), ("with", det)):
            s = score_page(text, [injected], d.clean(text).removed)
            if s.removed > s.hit:
                lost[key].add(n)
    added = sorted(lost["with"] - lost["without"])
    print(f"  {len(firsts)} pages: {len(lost['without'])} lose host text without spam_page_rest and the site rule, "
          f"{len(lost['with'])} with them ({len(added)} more, of {len({firsts[n] for n in added})} hosts)")
    for host in sorted({firsts[n] for n in added})[:8]:
        print(f"    host: {host!r}")


OFFER_THRESHOLDS = (0.4, 0.7, 0.8, 0.9)


def _passes(det: Detector, text: str, gold: list[str]) -> bool:
    s = score_page(text, gold, det.clean(text).removed)
    return s.hit == s.gold and not s.touched


def check_offer(det: Detector, fixtures_cases: list[tuple[dict, str]]) -> None:
    """Fixtures the offer step gains and loses at each of ``OFFER_THRESHOLDS``."""
    off = Detector(det.config)
    off.params = dataclasses.replace(det.params, offer_line_letters=0)
    without = [_passes(off, t, c["spam"]) for c, t in fixtures_cases]
    for threshold in OFFER_THRESHOLDS:
        on = Detector(det.config)
        on.params = dataclasses.replace(det.params, offer_threshold=threshold)
        moved = [(c["file"], ok) for (c, t), was in zip(fixtures_cases, without) if (ok := _passes(on, t, c["spam"])) != was]
        print(f"  {threshold}: gains {[f for f, ok in moved if ok]}, loses {[f for f, ok in moved if not ok]}")


NEIGHBOUR_THRESHOLDS = (0.5, 0.65, 0.75, 0.85)


def check_neighbour(det: Detector, fixtures_cases: list[tuple[dict, str]]) -> None:
    """The fixtures' precision and recall at each of ``NEIGHBOUR_THRESHOLDS`` as
    ``prose_neighbour_threshold``, and the fixtures each passes or fails against the shipped value."""
    passes = {}
    # the shipped value first: each other value is compared with it
    for threshold in dict.fromkeys((det.params.prose_neighbour_threshold, *NEIGHBOUR_THRESHOLDS)):
        at = Detector(det.config)
        at.params = dataclasses.replace(det.params, prose_neighbour_threshold=threshold)
        scores = [score_page(t, c["spam"], at.clean(t).removed) for c, t in fixtures_cases]
        passes[threshold] = [s.hit == s.gold and not s.touched for s in scores]
        hit, removed, gold = (sum(getattr(s, k) for s in scores) for k in ("hit", "removed", "gold"))
        shipped = passes[det.params.prose_neighbour_threshold]
        moved = [(c["file"], ok) for (c, _), ok, was in zip(fixtures_cases, passes[threshold], shipped) if ok != was]
        print(f"  {threshold}: precision {hit / max(removed, 1):.2%}, recall {hit / max(gold, 1):.2%}; against "
              f"{det.params.prose_neighbour_threshold} passes {[f for f, ok in moved if ok]}, fails {[f for f, ok in moved if not ok]}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("checks", nargs="*", default=["contact", "page-score", "hosts", "sandwich", "offer", "neighbour"])
    ap.add_argument("--seed", type=int, default=13)
    args = ap.parse_args(argv)
    shipped_stem = str(REPO / "spamguard" / "data" / "spamguard-v1")
    params = LinearModel.load(shipped_stem).decision
    fixtures_cases = _fixtures()
    fixtures = [(t, c["spam"]) for c, t in fixtures_cases]
    dev = real = []
    if {"contact", "page-score"} & set(args.checks):
        dev = [(p.text, p.spam) for p in build_pages(build_corpus(args.seed), "dev", seed=args.seed)]
        traf, articles = real_pages()
        real = [(t, []) for _, t, _ in traf] + [(t, []) for _, t in articles]
    for stem, name in ((str(EVAL_STEM), "held-out model"), (shipped_stem, "shipped model")):
        det = _detector(stem, dataclasses.replace(params))
        if "contact" in args.checks:
            print(f"contact_threshold {params.contact_threshold} ({name})")
            check_contact(det, dev, real, fixtures)
        if "page-score" in args.checks:
            print(f"whole-page spam probability; spam_site_threshold {params.spam_site_threshold} ({name})")
            check_page_score(det.model, dev, real, fixtures)  # type: ignore[arg-type]
        if "hosts" in args.checks:
            print(f"hard negatives under a big injection ({name})")
            check_hosts(det, fixtures_cases)
        if "sandwich" in args.checks:
            print(f"hard negatives between two injections ({name})")
            check_hosts(det, fixtures_cases, around=True)
        if "offer" in args.checks:
            print(f"fixtures the offer_line step moves; offer_threshold {params.offer_threshold} ({name})")
            check_offer(det, fixtures_cases)
        if "neighbour" in args.checks:
            print(f"fixtures at each prose_neighbour_threshold; shipped {params.prose_neighbour_threshold} ({name})")
            check_neighbour(det, fixtures_cases)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
