"""The labelled block corpus: real clean text, real and generated spam, split by source.

Every example is ``Example(text, label, lang, source, split)``. Splits are decided by a stable
hash of a *group key*: the page for real pages, the sentence for sentence lists, the phrase for
vocabulary (so held-out spam uses phrases never seen in training), the template id for written
templates. ``article_extraction_benchmark`` is never trained on: it is the held-out real-page set.
"""

from __future__ import annotations

import hashlib
import json
import random
from collections.abc import Iterator
from dataclasses import dataclass

import regex

from . import boilerplate, compose, hard_frames, katakana, pitch_prose, reports, shop_lines, site_copy, spamgen
from .evasion import TRANSFORMS, lesson_pinyin, pinyin
from .pitches import pitches_for
from spamguard.html import html_to_text, read_html
from .paths import EXTERNAL
from .vocab import Vocab, all_vocab, judol_comments

SPLITS = ("train", "dev", "test")
EVADED_SHARE = 0.08  # generated spam given an evasion transformation
PINYIN_SHARE = 0.05  # Chinese spam also written in pinyin (bocaiwang), on top of the evasions
PITCH_SHARE = 0.15  # spam written as a sales pitch around one phrase of the pool (pitches.py)
LESSON_PINYIN_SHARE = 0.15  # Chinese sentences also given as lesson pinyin (nǐ hǎo), clean

# Real spam hiding in the clean sentence lists: lines matching these are labelled, not clean.
LINGUA_SPAM = {
    "ja": ("adult", r"セフレ|出会い系|出会いサイト|出会いアプリ|出会える|出会いエッチ|掲示板の出会|今から会える"),
    "id": ("gambling", r"(?i)togel"),
    "da": ("gambling", r"(?i)online casino"),
    "ms": ("seo", r"(?i)download lagu"),
}
LINGUA_SPAM_EXTRA = {("da", "adult"): r"(?i)kærestesex|sprøjteorgasm"}


@dataclass(frozen=True)
class Example:
    text: str
    label: str
    lang: str
    source: str
    split: str


def split_of(key: str, dev: float = 0.15, test: float = 0.15) -> str:
    """Stable split of a group key: the same key always lands in the same split."""
    h = int.from_bytes(hashlib.sha256(key.encode("utf-8")).digest()[:8], "big") / 2**64
    return "test" if h < test else "dev" if h < test + dev else "train"


def _one_line(text: str) -> str:
    return " ".join(text.split())


def lingua_examples(rng: random.Random) -> Iterator[Example]:
    for path in sorted((EXTERNAL / "lingua_sentences").glob("*.txt")):
        lang = path.stem
        if not lang.islower():  # LICENSE.txt
            continue
        rules = [(lab, regex.compile(p)) for (lg, lab), p in LINGUA_SPAM_EXTRA.items() if lg == lang]
        if lang in LINGUA_SPAM:
            lab, p = LINGUA_SPAM[lang]
            rules.append((lab, regex.compile(p)))
        with open(path, encoding="utf-8") as fh:
            for i, line in enumerate(fh):
                text = _one_line(line)
                if not text:
                    continue
                split = split_of(f"lingua:{lang}:{i}")
                label = next((lab for lab, pat in rules if pat.search(text)), "clean")
                yield Example(text, label, lang, "lingua" if label == "clean" else "lingua:spam", split)
                if lang == "zh" and label == "clean" and rng.random() < LESSON_PINYIN_SHARE:
                    yield Example(lesson_pinyin(text), "clean", "zh-pinyin", "lingua:pinyin", split)
                if label == "clean" and rng.random() < 0.5:  # short pieces, like nav items and titles
                    if regex.search(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Thai}]", text):
                        start = rng.randrange(max(1, len(text) - 4))
                        piece = text[start : start + rng.randint(2, 10)]
                    else:
                        words = text.split()
                        start = rng.randrange(len(words))
                        piece = " ".join(words[start : start + rng.randint(1, 4)])
                    if piece.strip():
                        yield Example(piece.strip(), "clean", lang, "lingua:piece", split)


def trafilatura_pages() -> list[tuple[str, str, dict]]:
    """(url, page text, annotation) of the real multilingual pages."""
    meta = json.loads((EXTERNAL / "trafilatura_eval" / "evaldata_subset.json").read_text(encoding="utf-8"))
    return [(url, html_to_text(read_html(EXTERNAL / "trafilatura_eval" / e["file"])), e) for url, e in meta.items()]


def trafilatura_examples() -> Iterator[Example]:
    for url, text, _ in trafilatura_pages():
        split = split_of(f"trafilatura:{url}", dev=0.25, test=0.25)
        for line in text.splitlines():
            line = line.strip()
            if line:
                yield Example(line[:2000], "clean", "web", "trafilatura", split)


def crawl_examples() -> Iterator[Example]:
    """English Common Crawl text (DCLM quality sets, Dolma samples): clean, low quality included."""
    import gzip

    docs: list[tuple[str, str]] = []
    for name in ("agreement_data.jsonl", "majority_data.jsonl"):
        with open(EXTERNAL / "dclm_quality_labels" / name, encoding="utf-8") as fh:
            docs += [(f"dclm:{name}:{i}", json.loads(line)["text"]) for i, line in enumerate(fh) if line.strip()]
    for name in ("cc_en_head-0091.jsonl", "cc_en_head-0174.jsonl"):
        with open(EXTERNAL / "dolma_cc_samples" / name, encoding="utf-8") as fh:
            docs += [(f"dolma:{name}:{i}", json.loads(line).get("raw_content") or json.loads(line).get("text", "")) for i, line in enumerate(fh)]
    with gzip.open(EXTERNAL / "dolma_cc_samples" / "provided_documents_000.json.gz", "rt", encoding="utf-8") as fh:
        docs += [(f"dolma:provided:{i}", json.loads(line).get("text", "")) for i, line in enumerate(fh)]
    for key, text in docs:
        split = split_of(key)
        for line in text.splitlines():
            line = line.strip()
            if len(line) >= 2:
                yield Example(line[:2000], "clean", "en", key.split(":")[0], split)


def judol_examples() -> Iterator[Example]:
    spam, clean = judol_comments()
    for text in spam:
        yield Example(_one_line(text), "gambling", "id", "judol:comments", split_of(f"judol:{text}"))
    for text in clean:
        yield Example(_one_line(text), "clean", "id", "judol:ordinary", split_of(f"judol:{text}"))


def _plain_words() -> list[str]:
    words: set[str] = set()
    for lang in ("en", "de", "fr", "es", "pt", "id", "it", "nl"):
        with open(EXTERNAL / "lingua_sentences" / f"{lang}.txt", encoding="utf-8") as fh:
            words.update(w.lower() for w in regex.findall(r"\b[a-zA-Z]{4,10}\b", fh.read()))
    return sorted(words)


def _templated(pairs: list[tuple[str, str]], source: str) -> Iterator[Example]:
    """Clean examples of written templates, ``(template id, text)`` pairs, split by template."""
    for tid, text in pairs:
        yield Example(text, "clean", "multi", source, split_of(f"tpl:{tid}"))


def written_examples(rng: random.Random) -> Iterator[Example]:
    yield from _templated(boilerplate.web_line_examples(_plain_words(), rng), "web_lines")
    yield from _templated(boilerplate.boilerplate_examples(rng), "boilerplate")
    yield from _templated(boilerplate.hard_negative_examples(rng), "hard_negative")


def _pools(v: Vocab) -> dict[str, list[str]]:
    pools: dict[str, list[str]] = {s: [] for s in SPLITS}
    for p in dict.fromkeys(v.phrases):
        pools[split_of(f"phrase:{v.category}:{p}")].append(p)
    return pools


def _budget(v: Vocab) -> int:
    if v.source.startswith("ldnoobw"):
        return 250
    if v.source.startswith("seed"):
        return min(1500, 30 * len(v.phrases))
    return min(4000, max(500, 3 * len(v.phrases)))


def spam_examples(rng: random.Random) -> Iterator[Example]:
    shapes = list(spamgen.SHAPES.items())
    for v in all_vocab():
        pools = _pools(v)
        base_lang = v.lang.split("-")[0] if v.lang != "zh-hant" else v.lang
        templates = spamgen.TEMPLATES.get(base_lang, [])
        for split in SPLITS:
            pool = pools[split]
            if len(pool) < 1:
                continue
            n = _budget(v) if split == "train" else max(60, _budget(v) // 4)
            # A template belongs to one split, so held-out figures meet templates never trained on.
            usable = [t for i, t in enumerate(templates) if split_of(f"tpl:{v.lang}:{i}") == split]
            pitches = [t for i, t in enumerate(pitches_for(v.category, base_lang))
                       if split_of(f"pitch:{v.category}:{base_lang}:{i}") == split]
            for _ in range(n):
                if pitches and rng.random() < PITCH_SHARE:
                    text = rng.choice(pitches).replace("{p}", spamgen.phrase(pool, rng))
                    shape = "pitch"
                elif usable and rng.random() < 0.25:
                    text = spamgen.template_shape(rng.choice(usable), pool, rng)
                    shape = "template"
                else:
                    shape, make = rng.choice(shapes)
                    text = make(pool, rng)
                if rng.random() < EVADED_SHARE:
                    name = rng.choice(sorted(TRANSFORMS))
                    text, shape = TRANSFORMS[name](text), f"{shape}+{name}"
                elif v.lang.startswith("zh") and rng.random() < PINYIN_SHARE:
                    text, shape = pinyin(text), f"{shape}+pinyin"
                yield Example(text, v.category, v.lang, f"{v.source}:{shape}", split)


def composed_examples(pitches: Iterator[tuple[str, str, str, str]]) -> Iterator[Example]:
    for text, category, lang, split in pitches:
        yield Example(text, category, lang, "composed:pitch", split)


def prose_examples(rng: random.Random) -> Iterator[Example]:
    """Pitches in ordinary prose and, against them, warnings and advice with the same words."""
    for text, category, lang, split in pitch_prose.prose_pitches(rng, split_of):
        yield Example(text, category, lang, "written:prose_pitch", split)
    for text, lang, split in hard_frames.hard_frames(rng, split_of):
        yield Example(text, "clean", lang, "hard_negative", split)


def report_examples(rng: random.Random) -> Iterator[Example]:
    for text, lang, split in reports.composed_reports(rng, boilerplate.fill, split_of):
        yield Example(text, "clean", lang, "composed:report", split)


def site_copy_examples(rng: random.Random) -> Iterator[Example]:
    for text, label, lang, split in site_copy.site_copy(rng, split_of):
        yield Example(text, label, lang, "written:site_copy", split)


def shop_line_examples(rng: random.Random) -> Iterator[Example]:
    for text, label, lang, split in shop_lines.shop_lines(rng, split_of):
        yield Example(text, label, lang, "written:shop_lines", split)


def katakana_examples(rng: random.Random, so_far: list[Example]) -> Iterator[Example]:
    """Clean katakana-heavy Japanese lines (``katakana.py``), given every example before them."""
    spam = (e.text for e in so_far if e.label != "clean")
    real = (e.text for e in so_far if e.source == "lingua" and e.lang == "ja")
    for text, split in katakana.katakana_lines(rng, spam, real, split_of):
        yield Example(text, "clean", "ja", "written:katakana", split)


def build_corpus(seed: int) -> list[Example]:
    """Every example, in a fixed order for a fixed seed."""
    rng = random.Random(seed)
    out: list[Example] = []
    for gen in (lingua_examples(rng), trafilatura_examples(), crawl_examples(), judol_examples(), written_examples(rng), spam_examples(rng),
                composed_examples(compose.composed_pitches(rng, split_of)), report_examples(rng)):
        out.extend(e for e in gen if e.text)
    out.extend(katakana_examples(rng, out))
    # streams of their own, so that adding the site copy, the placeholder lines, the sector
    # menus, the second round of composed pitches, the prose pitches and the shop lines left every
    # example before them unchanged
    out.extend(site_copy_examples(random.Random(seed * 7919 + 2)))
    out.extend(_templated(boilerplate.placeholder_examples(random.Random(seed * 7919 + 3)), "boilerplate"))
    out.extend(_templated(boilerplate.sector_nav_examples(random.Random(seed * 7919 + 4)), "boilerplate"))
    out.extend(composed_examples(compose.composed_more(random.Random(seed * 7919 + 5), split_of)))
    out.extend(prose_examples(random.Random(seed * 7919 + 6)))
    out.extend(shop_line_examples(random.Random(seed * 7919 + 7)))
    return out
