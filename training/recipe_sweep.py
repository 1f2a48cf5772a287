"""The held-out model refitted with another recipe (C, n-gram orders), read with the shipped
thresholds: the table of ``training/README.md`` (step 3) comes from runs of this.

    python -m training.recipe_sweep --C 30              # one setting: about 7 minutes on this machine
    python -m training.recipe_sweep --n-min 1 --n-max 5
    python -m training.recipe_sweep --model training/work/eval-model   # no fit: a decision change

It prints the block recall per category on held-out blocks (at the shipped spam threshold) and
the page figures of ``Detector.clean`` on dev and test pages, on the same-script inline pages and
on Chinese and Japanese pages with spam inside a sentence (``pages.build_cjk_inside_sentence_pages``).
With ``--model`` it reads a held-out model already fitted (``python -m training.train`` leaves
one in ``training/work``) instead of fitting one: what a change of the decision alone does to
the held-out figures, with the shipped thresholds. The thresholds are not re-tuned, so
a recipe is judged by what its weights read with the decision that ships; the model is written to
``--out`` (a scratch place), never over the shipped one. Needs ``../shared/data/external``.
"""

from __future__ import annotations

import argparse
import os
import sys

from spamguard.features import CharNgrams
from spamguard.model import LinearModel, shipped_model_path

from . import evaluation
from .corpus import build_corpus
from .pages import build_cjk_inside_sentence_pages, build_pages, build_same_script_inline_pages
from .train import FIXED_NUMERICS, LABELS, fit, numerics_fixed


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--C", type=float, default=10.0)
    ap.add_argument("--n-min", type=int, default=1)
    ap.add_argument("--n-max", type=int, default=4)
    ap.add_argument("--out", default="/tmp/spamguard-recipe/model", help="model stem (scratch)")
    ap.add_argument("--model", help="stem of a held-out model to read instead of fitting one")
    args = ap.parse_args(argv)
    if not numerics_fixed():  # the same floating point as the shipped fit (see train.FIXED_NUMERICS)
        sys.stdout.flush()
        os.execve(sys.executable, [sys.executable, "-m", "training.recipe_sweep", *(sys.argv[1:] if argv is None else argv)],
                  {**os.environ, **FIXED_NUMERICS})
    import numpy as np

    from .matrix import feature_matrix

    examples = build_corpus(args.seed)
    if args.model:
        args.out = args.model
    else:
        train = [e for e in examples if e.split == "train"]
        featurizer = CharNgrams(n_min=args.n_min, n_max=args.n_max)
        clf = fit(feature_matrix([e.text for e in train], featurizer), np.array([LABELS.index(e.label) for e in train]),
                  args.C, args.seed)
        model = LinearModel(featurizer, LABELS, clf.coef_.T.astype(np.float32).copy(), clf.intercept_.astype(np.float32))
        os.makedirs(os.path.dirname(args.out) or ".", exist_ok=True)
        model.save(args.out)
    model = LinearModel.load(args.out)  # figures of the float16 weights a model file holds
    shipped = shipped_model_path()
    assert shipped is not None, "the shipped model is missing"
    params = LinearModel.load(shipped).decision
    blocks = evaluation.block_figures(model, [e for e in examples if e.split == "test"], params.spam_threshold)
    print(f"C={args.C} n={args.n_min}-{args.n_max}: block recall",
          {k: round(v["recall"], 4) for k, v in blocks["category"].items()})
    det = evaluation.shipped_detector(args.out, params)
    sets = (("dev", build_pages(examples, "dev", seed=args.seed)), ("test", build_pages(examples, "test", seed=args.seed + 1)),
            ("test inline", build_same_script_inline_pages(examples, "test", seed=args.seed + 1)),
            ("test Chinese and Japanese inside a sentence", build_cjk_inside_sentence_pages(examples, "test", seed=args.seed + 1)))
    for name, pages in sets:
        figures = evaluation.page_figures(det, pages)["all"]
        print(f"  {name} pages: precision {figures['precision']:.4f} recall {figures['recall']:.4f} "
              f"clean touched {figures['clean_touched']}/{figures['clean_pages']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
