"""CJK words masked letter by letter: found, made blocks of their own, removed when certain."""

from __future__ import annotations

import pytest

from spamguard import Detector
from spamguard.masked_words import certain_words, masked_words
from spamguard.segment import segment

HOST = (
    "町の図書館は七月から開館時間を延長し、平日は夜九時まで利用できるようになりました。",
    "新しい閲覧室には電源付きの席が四十席あり、学生や社会人の利用が増えています。",
    "館長は「地域の学びの場として、もっと気軽に来てほしい」と話しています。",
)


def words(text: str, find=masked_words) -> list[str]:
    return [text[w.start : w.end] for w in find(text)]


def test_a_masked_word_is_its_letters_and_masks_up_to_the_last_mask_or_the_word_end():
    assert words("動◯画◯の専門店") == ["動◯画◯"]
    # the letter after the last mask is the word's where no letter follows it
    assert words("一覧：イ✗ン✗ポ 2024") == ["イ✗ン✗ポ"]
    assert words("イ✗ン✗ポ版") == ["イ✗ン✗"]
    # Latin letters O and X mask as circles and crosses do, with two masks
    assert words("新作ホOテOル配信") == ["ホOテO"]
    assert words("今夜エXロX動画") == ["エXロX"]


def test_placeholders_collaborations_and_latin_words_are_no_masked_words():
    for text in ("山田○○様、○○市役所まで", "鬼滅の刃xローソンのキャンペーン", "第X章を読む", "東京Olympic開催",
                 "日本x韓国の試合", "令和○年○月○日", "第○回の会合は○時○分から",
                 "人気俳優の木○拓○さんが結婚"):
        assert words(text) == [], text


def test_a_run_needs_two_masks_and_a_word_masked_on_its_own():
    # one mask is a blog's coy brand name
    assert words("昨日マ○クでハンバーガーを食べた", certain_words) == []
    # two one-mask words in a list are a list of disguised words
    assert words("ク◯コ★ | 種■け検認", certain_words) == ["ク◯コ", "種■"]
    # a one-Latin-mask word goes with a run it stands in, not alone
    assert words("熟O スOルO 分からない", certain_words) == ["熟O", "スOルO"]
    assert words("熟O 分からない", certain_words) == []


def test_a_certain_masked_word_is_a_block_of_its_own_in_its_sentence_piece():
    text = "会員限定イOャOチOの動画、毎日更新。"
    seg = segment(text)
    blocks = [seg.block_text(i) for i in range(seg.n_blocks)]
    assert blocks == ["会員限定", "イOャOチO", "の動画、毎日更新。"]
    assert len(set(seg.block_piece.tolist())) == 1
    assert seg.block_masked.tolist() == [False, True, False]
    # the Latin masks are not another script's letters
    assert len(set(seg.groups[4:10].tolist())) == 1


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector()


@pytest.mark.parametrize("model", [True, False], ids=["model", "rules-only"])
def test_masked_words_slipped_into_a_host_sentence_go_and_the_sentence_stays(model: bool):
    from spamguard import Config

    det = Detector(Config(use_model=model))
    spam = "チ✗コ | 男x"
    before, after = "館内では他の利用者の迷惑にならないよう、静かにお過ごしください。", "飲食は一階の休憩室でお願いします。なお、閲覧席での通話もご遠慮ください。"
    line = before + spam + after
    text = "\n".join([HOST[0], line, HOST[1], HOST[2]])
    result = det.clean(text)
    removed = "".join(text[s.start : s.end] for s in result.removed)
    assert "チ✗コ" in removed and "男x" in removed
    for host in (before, after, *HOST):
        assert host in result.text


@pytest.mark.parametrize("model", [True, False], ids=["model", "rules-only"])
def test_a_masked_word_quoted_in_news_stays(model: bool):
    from spamguard import Config

    quoting = "同社によると、迷惑投稿の多くは「エ✗ロ✗」のように一文字ごとに記号をはさんだ言葉だということです。"
    text = "\n".join([HOST[0], quoting, HOST[1], HOST[2]])
    assert Detector(Config(use_model=model)).clean(text).removed == ()
    unquoted = text.replace("「エ✗ロ✗」", "エ✗ロ✗")
    assert Detector(Config(use_model=model)).clean(unquoted).removed != ()


def test_a_coy_brand_name_masked_once_stays(detector: Detector):
    text = "\n".join([HOST[0], "帰りにマ○クに寄って、新作のバーガーを買いました。", HOST[1]])
    assert detector.clean(text).removed == ()


def test_a_host_sentence_before_a_run_of_masked_words_is_read_without_them(detector: Detector):
    """The masked words are set apart from their paragraph's reading as certain spam is: the
    host's sentence they follow keeps its own reading."""
    host = "ありがたいことに私も数コマだけ登場させていただいていますので、そちらも見てもらえるとうれしいです。"
    masked = "エ✗ロ✗動画 ハOメO撮Oり 人□妻□ ヌ◯ー◯ド 熟✗女✗ 素O人O 痴□漢□ 乱◯交◯ 巨✗乳✗ 無O修O正"
    text = "\n".join([HOST[0], HOST[1], host + " " + masked, HOST[2]])
    result = detector.clean(text)
    assert host in result.text
    assert all(w not in result.text for w in ("エ✗ロ✗", "人□妻□", "無O修O"))
