"""The training corpus is rebuilt exactly: the digest in the shipped model's header must match.

(The full retrain, about half an hour on 2 cores, is `python -m training.train`; it reproduces
the shipped weights byte for byte and every figure of docs/model-card.md, see training/README.md.)
"""

from __future__ import annotations

import json

import pytest

from support import ROOT, require_shared


HEADER = json.loads((ROOT / "spamguard" / "data" / "spamguard-v1.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def corpus():
    require_shared("data/external/lingua_sentences")
    pytest.importorskip("sklearn", reason="training needs scikit-learn (pip install 'spamguard[train]')")
    from training.corpus import build_corpus

    return build_corpus(HEADER["training"]["seed"])


def test_corpus_rebuilds_to_the_shipped_digest(corpus):
    from training.train import corpus_digest

    assert corpus_digest(corpus) == HEADER["training"]["corpus_digest"]


def test_the_shipped_weights_were_fit_on_the_features_the_code_gives(corpus):
    """The corpus alone does not make the weights: each example is segmented and featurized by
    the run-time code, so a change there (a sentence start that cuts an n-gram) needs a retrain,
    or ``python -m training.train`` no longer reproduces the shipped model."""
    from training.train import features_digest

    assert features_digest(corpus) == HEADER["training"]["features_digest"], (
        "segmentation or featurization changed since the shipped model was trained: retrain (python -m training.train)"
    )


def test_the_shipped_weights_were_fit_with_the_fixed_numerics_and_pinned_libraries():
    """Weights follow the BLAS kernels and threads and the library versions: the shipped ones must
    come from a run that fixed them, with the versions the ``train`` extra pins, or a retrain on
    another machine gives other weights."""
    import tomllib

    from training.train import FIXED_NUMERICS

    record = HEADER["training"].get("numerics")
    assert isinstance(record, dict), "the shipped header records no numerics: retrain (python -m training.train)"
    assert {k.lower(): v for k, v in FIXED_NUMERICS.items()} == {k.lower(): record.get(k.lower()) for k in FIXED_NUMERICS}
    assert all(blas.endswith(" x1") for blas in record["blas"]) and record["blas"]
    pins = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["optional-dependencies"]["train"]
    for library in ("numpy", "scipy", "scikit-learn"):
        assert f"{library}=={record[library]}" in pins


def test_splits_are_stable_and_disjoint_by_group():
    from training.corpus import split_of

    assert split_of("phrase:adult:xyz") == split_of("phrase:adult:xyz")
    shares = [split_of(f"k{i}") for i in range(3000)]
    assert 0.6 < shares.count("train") / 3000 < 0.8


def test_composed_pitches_are_held_out_by_offer():
    import random

    from training.compose import LOANS_WIDE, MORE_RECIPES, RECIPES, composed_more, composed_pitches
    from training.corpus import split_of

    pitches = list(composed_pitches(random.Random(0), split_of)) + list(composed_more(random.Random(0), split_of))
    tables = [*RECIPES.items(), ("scam", LOANS_WIDE), *MORE_RECIPES.items()]
    for category, slots in tables:
        for lang, (offers, *_rest) in slots.items():
            for offer in offers:
                forms = (offer, offer[:1].lower() + offer[1:])
                splits = {s for text, cat, lg, s in pitches if (cat, lg) == (category, lang) and any(f in text for f in forms)}
                assert len(splits) <= 1, (category, lang, offer, splits)
    for category in [*RECIPES, *MORE_RECIPES]:
        assert {s for _, cat, _, s in pitches if cat == category} == {"train", "dev", "test"}, category


def test_every_composed_language_has_reporting_on_its_offers():
    """Composed pitches teach offers as spam; news on the same offers in the same language is the
    counterweight that keeps reporting clean."""
    from training.compose import RECIPES
    from training.hard_wide import HARD_LOAN_NEWS, HARD_OFFER_NEWS

    for category, slots in RECIPES.items():
        news = HARD_LOAN_NEWS if category == "scam" else HARD_OFFER_NEWS
        prefix = "loans" if category == "scam" else "offers"
        for lang in slots:
            assert news.get(f"{prefix}:{lang}"), (category, lang)


def test_composed_reports_are_held_out_by_subject_and_lottery_lines_by_line():
    import random

    from training.boilerplate import fill
    from training.corpus import split_of
    from training.reports import LOTTERY, REPORTS, composed_reports

    per_language, per_line = 120, 5
    made = list(composed_reports(random.Random(0), fill, split_of, per_language=per_language, per_line=per_line))
    for lang, (_frames, subjects) in REPORTS.items():
        for subject in subjects:
            splits = {s for text, lg, s in made if lg == lang and subject.lower() in text.lower()}
            assert len(splits) == 1, (lang, subject, splits)  # every subject is used, in one split
    assert {s for *_, s in made} == {"train", "dev", "test"}
    # every report language has a results page, and the fills of one lottery line share a split
    assert set(LOTTERY) == set(REPORTS)
    lottery = iter(made[per_language * len(REPORTS) :])
    for lang, lines in LOTTERY.items():
        for _line in lines:
            fills = [next(lottery) for _ in range(per_line)]
            assert {lg for _, lg, _ in fills} == {lang} and len({s for *_, s in fills}) == 1, (lang, fills)
    assert next(lottery, None) is None


def test_site_copy_is_held_out_by_sentence_and_every_language_has_legitimate_lines():
    """A sentence of a spam site's copy (and of the honest businesses' copy) is in one split only,
    whichever block carries it; every language of the spam copy has legitimate lines of the same
    shapes, labelled clean, since those are what keep a bank's or a pharmacy's page untouched."""
    import random

    from training.corpus import split_of
    from training.site_copy import LEGIT, SITE_COPY, site_copy
    from training.site_copy_themes import THEMES, THEMES_LEGIT

    blocks = list(site_copy(random.Random(0), split_of))
    sentences = []
    for copy, legit in ((SITE_COPY, LEGIT), (THEMES, THEMES_LEGIT)):
        sentences += [(s, cat, lang) for lang, cats in copy.items() for cat, lines in cats.items() for s in lines]
        sentences += [(s, "clean", lang) for lang, lines in legit.items() for s in lines]
        assert set(copy) == set(legit)
    assert len({s for s, _, _ in sentences}) == len(sentences), "a sentence is written twice"
    for sentence, label, lang in sentences:
        found = {(lb, sp) for text, lb, lg, sp in blocks if lg == lang and sentence in text}
        assert len(found) == 1, (sentence, found)
        assert next(iter(found))[0] == label
    assert {sp for _, lb, _, sp in blocks if lb != "clean"} == {"train", "dev", "test"}


def test_prose_pitches_have_warnings_against_them_and_both_are_held_out_by_sentence():
    """Every (language, category) of the prose pitches has warnings and advice lines with the same
    subject, labelled clean (a pitch's words with a negation in front must not read as spam); each
    sentence of either table lands in one split only."""
    import random

    from training.corpus import prose_examples
    from training.hard_frames import FRAMES
    from training.pitch_prose import PROSE

    assert set(PROSE) == set(FRAMES)
    for lang in PROSE:
        assert set(PROSE[lang]) == set(FRAMES[lang]), lang
    made = list(prose_examples(random.Random(0)))
    for table, clean in ((PROSE, False), (FRAMES, True)):
        for lang, cats in table.items():
            for cat, sentences in cats.items():
                for sentence in sentences:
                    found = {(e.label, e.split) for e in made if e.lang == lang and sentence in e.text}
                    assert len(found) == 1, (lang, cat, sentence, found)
                    assert (next(iter(found))[0] == "clean") == clean, (lang, cat, sentence)
    assert {e.split for e in made if e.label != "clean"} == {"train", "dev", "test"}


def test_katakana_lines_use_no_spam_word_and_are_held_out_by_word():
    import random

    from training.corpus import split_of
    from collections import Counter

    from training.katakana import KATAKANA_WORD, _clean_words, katakana_lines

    # a written word (チーズケーキ) and a real one inside a spam run (スーパー of スーパーコピー)
    spam = ["チーズケーキ 激安 通販", "スーパーコピー ブランド"]
    real = ["スーパーでコーヒーとチョコレートを買いました。"]
    made = list(katakana_lines(random.Random(0), spam, real, split_of, n_lines=600))
    drawn = set(_clean_words(Counter(w for t in spam for w in KATAKANA_WORD.findall(t)), ["スーパー", "コーヒー", "チョコレート"]))
    drawn -= {"トップ", "ホーム", "アクセス"}
    assert len(made) == 600 and {s for _, s in made} == {"train", "dev", "test"}
    for line, split in made:
        for w in KATAKANA_WORD.findall(line):
            assert w not in ("チーズケーキ", "スーパー", "スーパーコピー", "ブランド"), line
        # the words it drew (not the fixed ones around them: "トップ", "レシピ")
        words = [w for w in KATAKANA_WORD.findall(line) if w in drawn]
        assert all(split_of(f"katakana:{w}") == split for w in words), (line, split)
        assert any(w in line and split_of(f"katakana:{w}") == split for w in drawn), (line, split)
    # the real sentence's words join the written ones
    assert any("コーヒー" in line for line, _ in made)


def test_a_generated_spam_site_has_a_menu_sales_lines_service_lines_and_a_footer():
    import random

    from training.corpus import Example
    from training.pages import SERVICE_LINES, _site

    spam = [Example(f"Casino online terpercaya nomor {i}, bonus new member 100%", "gambling", "id", "t", "dev") for i in range(8)]
    for seed in range(20):
        lines = _site(spam, "id", random.Random(seed))
        assert all(ln.strip() for ln in lines)
        assert lines[1] in {e.text for e in spam}  # the title is a sales line
        sales = [ln for ln in lines if ln in {e.text for e in spam}]
        service = [ln for ln in lines if ln in SERVICE_LINES["id"]]
        assert 3 <= len(sales) <= 6 and 1 <= len(service) <= 2
        assert lines[0] not in sales + service and lines[-1] not in sales + service  # menu, footer
        assert lines.index(service[0]) > 1  # the service lines come after the title


def test_the_cards_fixture_figures_are_what_clean_removes():
    """The model card's fixture figures come from the detector as it ships: on the shipped model
    they agree with each fixture's expectation, as ``tests/test_fixtures.py`` checks it."""
    from spamguard.model import LinearModel
    from training import evaluation

    stem = ROOT / "spamguard" / "data" / "spamguard-v1"
    figures = evaluation.fixture_figures(evaluation.shipped_detector(stem, LinearModel.load(stem).decision))
    cases = evaluation._fixture_cases()
    assert [f["file"] for f in figures] == [c["file"] for c in cases]
    assert [f["pass"] for f in figures] == [c["expect"] == "pass" for c in cases]


def test_thresholds_are_kept_only_with_the_weights_they_were_tuned_for(capsys):
    """``--reuse-thresholds`` without ``--reuse-weights`` is refused before anything runs: new
    weights need thresholds tuned for them."""
    pytest.importorskip("sklearn", reason="training needs scikit-learn (pip install 'spamguard[train]')")
    from training import train

    with pytest.raises(SystemExit) as exit_:
        train.main(["--reuse-thresholds", "--out", "/nonexistent/model"])
    assert exit_.value.code == 2
    assert "--reuse-thresholds needs --reuse-weights" in capsys.readouterr().err


def test_the_card_says_whether_its_run_tuned_the_thresholds():
    from training.model_card import _excused_line

    kept = _excused_line({"kept": True})
    assert "--reuse-thresholds" in kept and "none" not in kept
    tuned = _excused_line({"excused": ["a.txt", "b.txt"]})
    assert "`a.txt`, `b.txt`" in tuned and "--reuse-thresholds" not in tuned
    assert _excused_line({"excused": []}).endswith("none.")


def test_chinese_and_japanese_pages_put_their_spam_inside_a_host_sentence(corpus):
    from training.pages import build_cjk_inside_sentence_pages

    test_spam = {e.text for e in corpus if e.split == "test" and e.label != "clean"}
    pages = build_cjk_inside_sentence_pages(corpus, "test", seed=14, n=40)
    assert len(pages) == 40 and {p.host_lang for p in pages} == {"zh", "ja"}
    assert {p.kind for p in pages} == {"inside_sentence_after_comma", "inside_sentence_between_letters"}
    for p in pages:
        (spam,) = p.spam
        assert spam in test_spam and p.spam_lang.split("-")[0] == p.host_lang
        line = next(ln for ln in p.text.split("\n") if spam in ln)
        before, after = line.split(spam, 1)
        # glued inside a sentence: the host's words follow with no space
        assert len(before) >= 4 and after[:1] and not after[:1].isspace(), (before[-5:], after[:5])
        if p.kind == "inside_sentence_between_letters":
            assert before[-1].isalpha() and after[0].isalpha()
        if p.kind == "inside_sentence_after_comma":
            assert before[-1] in "，、"


def test_same_script_inline_pages_put_the_hosts_own_language_inside_a_paragraph(corpus):
    from training.pages import build_same_script_inline_pages

    test_spam = {e.text for e in corpus if e.split == "test" and e.label != "clean"}
    pages = build_same_script_inline_pages(corpus, "test", seed=14, n=60)
    assert len(pages) == 60 and len({p.host_lang for p in pages}) >= 10
    for p in pages:
        (spam,) = p.spam
        assert spam in test_spam and p.spam_lang.split("-")[0] == p.host_lang
        line = next(ln for ln in p.text.split("\n") if spam in ln)
        assert len(line) > len(spam) + 20  # inside a paragraph of the host's, not a line of its own
