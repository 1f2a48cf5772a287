"""Real judol comments with a disguised site name slipped between two words of a host's sentence.

The shape ``spamguard/disguised_comments.py`` is for: a gambling comment that names its site in
styled letters ("... cuma di 𝘼𝐄ЯО88!") dropped mid-sentence into an Indonesian paragraph. Two
probes, each over pages built here from the held-out (test split) comments and sentences, seeded:

- ``comments``: the whole comment is spam; recall and precision of what ``Detector.clean`` removes.
- ``names``: the disguised word alone slipped in, the rest of the paragraph the host's (English,
  Indonesian or Malay): what is removed beyond it is the host's text.

    python -m training.comment_probe                       # the shipped model
    python -m training.comment_probe --model training/work/eval-model

Needs ``../shared/data/external``.
"""

from __future__ import annotations

import argparse
import random

import regex

from spamguard.model import LinearModel, shipped_model_path

from .corpus import split_of
from .evaluation import score_page, shipped_detector
from .paths import EXTERNAL
from .vocab import judol_comments

_STYLED = regex.compile(r"[\U0001D400-\U0001D7FF]")
_STYLED_WORD = regex.compile(r"\S*[\U0001D400-\U0001D7FF]\S*")
_MENU = "Beranda | Akademik | Berita | Kontak"


def _host_sentences(lang: str) -> list[str]:
    with open(EXTERNAL / "lingua_sentences" / f"{lang}.txt", encoding="utf-8") as fh:
        return [
            line.strip() for i, line in enumerate(fh)
            if 40 < len(line.strip()) < 200 and split_of(f"lingua:{lang}:{i}") == "test"
        ]


def _splice(rng: random.Random, host: list[str], spam: str) -> str | None:
    words = " ".join(rng.sample(host, 4)).split(" ")
    k = rng.randrange(3, len(words) - 3)
    if not words[k][:1].islower():  # between two words of a sentence, not at a sentence's start
        return None
    return f"{_MENU}\n\n{' '.join(words[:k])} {spam} {' '.join(words[k:])}\n\n© 2025 Universitas"


def probe_pages(seed: int, n: int) -> dict[str, list[tuple[str, list[str]]]]:
    """The two probes' pages (text, gold spam)."""
    rng = random.Random(seed)
    spam, _ = judol_comments()
    held_out = [t for t in spam if split_of(f"judol:{t}") == "test"]
    comments = [t for t in held_out if _STYLED.search(t) and 30 <= len(t) <= 140 and t[:1].isupper() and t[-1:] in ".!?"]
    names = sorted({w for t in held_out for w in _STYLED_WORD.findall(t) if len(w) >= 4})
    rng.shuffle(comments)
    rng.shuffle(names)
    hosts = {lang: _host_sentences(lang) for lang in ("id", "ms", "en")}
    out: dict[str, list[tuple[str, list[str]]]] = {"comments": [], "names": []}
    for c in comments:
        if len(out["comments"]) < n and (text := _splice(rng, hosts["id"], c)):
            out["comments"].append((text, [c]))
    for w in names:
        if len(out["names"]) < n and (text := _splice(rng, hosts[rng.choice(sorted(hosts))], w)):
            out["names"].append((text, [w]))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--pages", type=int, default=200, help="pages per probe")
    ap.add_argument("--model", help="model stem (default: the shipped model)")
    args = ap.parse_args(argv)
    params = LinearModel.load(shipped_model_path()).decision
    det = shipped_detector(args.model or shipped_model_path(), params)
    for name, pages in probe_pages(args.seed, args.pages).items():
        gold = hit = removed = whole = 0
        for text, spam in pages:
            s = score_page(text, spam, det.clean(text).removed)
            gold, hit, removed, whole = gold + s.gold, hit + s.hit, removed + s.removed, whole + (s.hit == s.gold)
        print(f"{name:8s} {len(pages)} pages: recall {hit / max(gold, 1):.4f}, precision {hit / max(removed, 1):.4f}, "
              f"all of the spam removed on {whole}, host characters removed {removed - hit}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
