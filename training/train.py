"""Rebuild the corpus and the model from scratch, tune the decision, write the model card.

    python -m training.train            # seed 13, writes spamguard/data/spamguard-v1.* and docs/model-card.md

Seeded and deterministic: the same seed and the same shared data give the same weights, the same
thresholds and the same figures, on any x86-64 CPU with AVX2 and the pinned library versions of the
``train`` extra (``FIXED_NUMERICS``).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import sys
import time
from pathlib import Path

import numpy as np

from spamguard.model import SHIPPED_MODEL, LinearModel
from spamguard.features import CharNgrams

from . import evaluation, prepared
from .corpus import build_corpus
from .matrix import feature_matrix
from .model_card import write_model_card
from .pages import build_pages, build_same_script_inline_pages, real_pages
from .paths import REPO

LABELS = ("clean", "adult", "gambling", "pharma", "replica", "scam", "essay", "seo", "offtopic")


def corpus_digest(examples) -> str:  # type: ignore[no-untyped-def]
    h = hashlib.sha256()
    for e in examples:
        h.update(f"{e.label}\t{e.split}\t{e.text}\n".encode("utf-8"))
    return h.hexdigest()[:16]


FEATURES_SAMPLE = 10  # every tenth example: enough to see any change of segmentation or featurization


def features_digest(examples) -> str:  # type: ignore[no-untyped-def]
    """Digest of the features of every ``FEATURES_SAMPLE``-th example, as ``feature_matrix`` gives
    them: the weights were fit on these, so a change of the segmenter or featurizer that moves
    them (a new sentence start cuts an n-gram) means the model must be retrained to be reproduced."""
    X = feature_matrix([e.text for e in examples[::FEATURES_SAMPLE]], CharNgrams())
    h = hashlib.sha256()
    for a in (X.indptr, X.indices, X.data):
        h.update(np.ascontiguousarray(a).tobytes())
    return h.hexdigest()[:16]


# A fit's floating-point results follow the BLAS kernels, the number of BLAS threads and numpy's
# SIMD paths, which OpenBLAS and numpy choose by the CPU: the same corpus, seed and library versions
# gave other weights on the twenty-sixth session's machine (an AMD EPYC, Zen 3) than those shipped
# before, and on one machine a fit with one BLAS thread or another kernel gave other weights than
# the default. They are fixed for the whole run (``main`` starts the run again in a process that
# has them when they are not set), so a retrain on any x86-64 CPU with AVX2 takes the same paths.
FIXED_NUMERICS = {
    "OPENBLAS_CORETYPE": "Haswell",  # AVX2 kernels: on every x86-64 CPU that has AVX2
    "OPENBLAS_NUM_THREADS": "1",  # a sum's partial sums do not follow the number of cores
    "NPY_DISABLE_CPU_FEATURES": "X86_V4 AVX512_ICL AVX512_SPR",  # numpy's AVX-512 paths off
}


def numerics_fixed() -> bool:
    """Whether this process runs with ``FIXED_NUMERICS`` (they act when numpy loads)."""
    return all(os.environ.get(k) == v for k, v in FIXED_NUMERICS.items())


def numerics() -> dict[str, object]:
    """The versions and BLAS of this run, for the model header: what a reproduction needs."""
    import scipy
    import sklearn
    from threadpoolctl import threadpool_info

    blas = sorted({f"{i.get('internal_api')} {i.get('version')} {i.get('architecture')} x{i.get('num_threads')}"
                   for i in threadpool_info() if i.get("user_api") == "blas"})
    return {"python": platform.python_version(), "numpy": np.__version__, "scipy": scipy.__version__,
            "scikit-learn": sklearn.__version__, "blas": blas, "machine": platform.machine(),
            **{k.lower(): os.environ.get(k) for k in FIXED_NUMERICS}}


def fit(X, y, C: float, seed: int):  # type: ignore[no-untyped-def]
    from sklearn.linear_model import LogisticRegression

    clf = LogisticRegression(C=C, max_iter=300, tol=1e-4, random_state=seed)
    clf.fit(X, y)
    return clf


def fit_model(examples, C: float, seed: int, stem: Path, log) -> LinearModel:  # type: ignore[no-untyped-def]
    """Fit on ``examples``, save at ``stem`` and load it back, so every figure is measured on the
    float16 weights a model file holds."""
    featurizer = CharNgrams()
    X = feature_matrix([e.text for e in examples], featurizer)
    y = np.array([LABELS.index(e.label) for e in examples])
    log(f"features: {X.shape}, {X.nnz} non-zeros")
    clf = fit(X, y, C, seed)
    log(f"fitted in {int(clf.n_iter_.max())} iterations")
    model = LinearModel(featurizer, LABELS, clf.coef_.T.astype(np.float32).copy(), clf.intercept_.astype(np.float32))
    stem.parent.mkdir(parents=True, exist_ok=True)
    model.save(stem)
    return LinearModel.load(stem)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--C", type=float, default=10.0, help="inverse L2 regularisation strength")
    ap.add_argument("--out", default=str(REPO / "spamguard" / "data" / SHIPPED_MODEL), help="model stem")
    ap.add_argument("--card", default=str(REPO / "docs" / "model-card.md"))
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="processes for the threshold grid (same result)")
    ap.add_argument(
        "--reuse-weights", action="store_true",
        help="skip fitting: keep the weights at --out and training/work/eval-model, redo tuning and figures",
    )
    ap.add_argument(
        "--reuse-thresholds", action="store_true",
        help="with --reuse-weights, skip tuning too (two hours on 2 cores): keep the thresholds in --out's header, "
             "redo only the figures and the card (for decision-stage changes that leave the tuned thresholds be)",
    )
    args = ap.parse_args(argv)
    if args.reuse_thresholds and not args.reuse_weights:
        ap.error("--reuse-thresholds needs --reuse-weights: new weights need thresholds tuned for them")
    if not numerics_fixed():
        # numpy and OpenBLAS read these when they load, which has happened: start again with them
        sys.stdout.flush()
        os.execve(sys.executable, [sys.executable, "-m", "training.train", *(sys.argv[1:] if argv is None else argv)],
                  {**os.environ, **FIXED_NUMERICS})
    t0 = time.time()

    def log(msg: str) -> None:
        print(f"[{time.time() - t0:6.1f}s] {msg}", flush=True)

    log(f"numerics: {numerics()}")
    examples = build_corpus(args.seed)
    digest = corpus_digest(examples)
    log(f"corpus: {len(examples)} examples, digest {digest}")
    eval_stem = REPO / "training" / "work" / "eval-model"
    if args.reuse_weights:
        eval_model, shipped = LinearModel.load(eval_stem), LinearModel.load(args.out)
        log(f"reusing the weights at {eval_stem} and {args.out}")
    else:
        eval_model = fit_model([e for e in examples if e.split == "train"], args.C, args.seed, eval_stem, log)
        # The shipped model: the same recipe refitted on every split, so that no real spam phrase of
        # the vocabularies is left unseen. Its page figures are not held out.
        shipped = fit_model(examples, args.C, args.seed, Path(args.out), log)

    # Thresholds are tuned on dev pages with the evaluation model, which never saw dev or test;
    # the fixtures (never trained on) guard the shipped model, so the model people run removes
    # nothing legitimate there. The held-out model's fixture figures are reported, not guarded:
    # guarding the weaker model too (with no host text allowed) cost the fifteenth session's
    # tuning ten fixtures' spam and 8 of 40 new hand-written pages, for a Malay hard negative the
    # shipped model keeps and 13 characters of a Thai site name.
    dev_pages = build_pages(examples, "dev", seed=args.seed)
    if args.reuse_thresholds:
        params, tuning = shipped.decision, {}
        log(f"keeping the thresholds of {args.out}: {params}")
    else:
        dev_prepared = prepared.prepare(eval_model, [(p.text, p.spam) for p in dev_pages])
        shipped_fixtures = prepared.prepare(shipped, evaluation.fixture_pages())
        params, tuning = evaluation.tune(dev_prepared, [shipped_fixtures], evaluation.fixture_must_pass(), jobs=args.jobs, log=log)
        log(f"tuned on {len(dev_pages)} dev pages: {params}")

    # Every figure below is of the detector as it ships (``Detector.clean``), with these thresholds.
    held_out, shipped_det = evaluation.shipped_detector(eval_stem, params), evaluation.shipped_detector(args.out, params)
    test_pages = build_pages(examples, "test", seed=args.seed + 1)
    figures = {
        "blocks_test": evaluation.block_figures(eval_model, [e for e in examples if e.split == "test"], params.spam_threshold),
        "pages_dev": evaluation.page_figures(held_out, dev_pages),
        "pages_test": evaluation.page_figures(held_out, test_pages),
        "pages_test_inline": evaluation.page_figures(held_out, build_same_script_inline_pages(examples, "test", seed=args.seed + 1)),
    }
    traf, articles = real_pages()
    figures["real_pages"] = evaluation.real_page_figures(held_out, traf, articles)
    files = evaluation.fixture_files()
    # kept thresholds: the run that tuned them found its excused pages; this one did not look
    figures["tuning"] = {"excused": [files[i] for i in tuning["excused"]]} if tuning else {"kept": True}
    figures["fixtures"] = evaluation.fixture_figures(held_out)
    log("evaluated the held-out model")

    figures["shipped"] = {
        "real_pages": evaluation.real_page_figures(shipped_det, traf, articles),
        "fixtures": evaluation.fixture_figures(shipped_det),
        "pages_test_seen": evaluation.page_figures(shipped_det, test_pages)["all"],
    }
    log("evaluated the shipped model")

    meta = {
        "training": {
            "command": "python -m training.train",
            "seed": args.seed,
            "C": args.C,
            "corpus_digest": digest,
            # reused weights keep the digest of the features they were fit on
            "features_digest": (shipped.meta.get("training", {}).get("features_digest", "unknown") if args.reuse_weights
                                else features_digest(examples)),
            "examples": {s: sum(1 for e in examples if e.split == s) for s in ("train", "dev", "test")},
            # reused weights keep the record of the run that fit them
            "numerics": (shipped.meta.get("training", {}).get("numerics", "unknown") if args.reuse_weights
                         else numerics()),
        },
        "figures": {
            "held_out_model": "fit on the train split; the shipped weights are refitted on all splits",
            "pages_test": figures["pages_test"]["all"],
            "same_language_hosts": figures["pages_test"]["same_language_hosts"],
            "real_pages": {k: v for k, v in figures["real_pages"].items() if k != "pages_with_lost_snippets"},
            "shipped_real_pages": {k: v for k, v in figures["shipped"]["real_pages"].items() if k != "pages_with_lost_snippets"},
        },
    }
    final = LinearModel(shipped.featurizer, shipped.labels, shipped.weights, shipped.bias, params, meta)
    final.save(args.out)
    write_model_card(Path(args.card), final, examples, figures)
    (REPO / "training" / "work").mkdir(exist_ok=True)
    (REPO / "training" / "work" / "figures.json").write_text(json.dumps(figures, indent=1, default=str), encoding="utf-8")
    log(f"wrote {args.out}.npz/.json and {args.card}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
