"""A keyword list's last item glued with no gap to a Chinese or Japanese host's sentence, where
the segmentation set the item before it apart (a disguised word, a change of script): the words
the list ends with open the host's block (``dense_runs``, ``glued`` items)."""

from __future__ import annotations

import pytest

from spamguard import Detector

COOKING = ("ホーム | お知らせ | アクセス\n週末の料理教室\n今週の教室では季節の野菜を使った煮物を作りました。{}参加者の皆さんは"
           "出汁の取り方を熱心にメモしていました。来月は魚のさばき方を教える予定です。\n文・山田")


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector()


def removed(detector: Detector, text: str) -> list[str]:
    return [text[s.start : s.end] for s in detector.clean(text).removed]


@pytest.mark.parametrize("spam", [
    "え⚪ち｜ア■ル■ッ■ス｜貝XわXの専門店",
    "フ○ラ○オ｜ノ○パ○｜ヤ□マ□の専門店",
    "ア○ル○ッ○ス｜え⚪ち｜手O激安通販",
])
def test_a_masked_list_s_tail_glued_to_the_host_s_sentence_goes_with_it(detector: Detector, spam: str):
    """The last masked word is a block of its own, so the words the list ends with ("の専門店") open
    the host's next sentence's block, glued to it with no gap: they are read as the list's last
    item glued to the host's words, as one a separator joins is, and end where the host's words
    part from them best."""
    assert removed(detector, COOKING.format(spam)) == [spam]


@pytest.mark.parametrize("spam", ["TXッX｜イXポ｜ノ○パ○の専門店", "雁□首｜逆✗ナ✗｜筆□ろ□の専門店"])
def test_a_glued_tail_ends_where_the_host_s_words_part_from_it_best(detector: Detector, spam: str):
    """Before a host's word in the same letters ("店" | "料理長"), the tail's last character's
    n-grams lean the host's way: read by its characters' evidence, the tail ends a letter short
    ("の専門"), left a block too short to go; parted by the two sides' readings, it ends at "店"."""
    text = COOKING.replace("参加者の皆さんは", "料理長の話では、").format(spam)
    assert removed(detector, text) == [spam]


def test_the_host_s_words_right_after_a_masked_list_stay(detector: Detector):
    """Without a tail, the host's sentence glued to the list's last masked word is the host's."""
    spam = "え⚪ち｜ア■ル■ッ■ス｜貝XわX"
    assert removed(detector, COOKING.format(spam)) == [spam]


def test_no_list_runs_on_past_its_own_stop(detector: Detector):
    """A removed item that ends with a stop ends the list: the host's next sentence glued to it
    starts clean, however its first word leans ("処方" beside a casino list)."""
    host = "処方可と言われたら、薬の量と飲む時間をきちんと守れば心配はいりません。"
    text = ("ホーム | お知らせ | アクセス\n健康コラム\n毎日の食事は体調管理の基本で、栄養の偏りは肌にも影響する、"
            "競艇予想 無料｜オンラインカジノ 入金不要ボーナス｜オンラインカジノ 入金不要ボーナス免费の専門店で勝ち方をご紹介します。"
            + host + "水分も十分にとりましょう。\n文・山田")
    result = detector.clean(text)
    assert "オンラインカジノ" not in result.text
    assert host in result.text
