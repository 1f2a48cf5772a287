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


NOTICE = "首页 | 新闻 | 联系我们\n社区公告\n社区图书馆本周六照常开放，阅览室的座位也增加到了一百个。{}{}\n社区居委会"


def test_a_phrase_glued_before_the_host_s_quotation_goes_and_the_quotation_stays(detector: Detector):
    """An opening quotation mark or bracket after a phrase glued in front of the host's next
    sentence starts the host's words, not a clause of the phrase's: the phrase goes, and the
    sentence from its quotation on stays (it went whole with the phrase, or the phrase stayed)."""
    spam, host = "減肥藥推薦 - 增高藥 - 瘦身茶效果-官方网站", "《社区生活》杂志的编辑部也会派记者到现场采访报道。"
    assert removed(detector, NOTICE.format(spam, host)) == [spam]


@pytest.mark.parametrize("spam, host", [
    ("微商货源 微商货源", "“读书月”活动将于下月举行，欢迎居民带着孩子一起报名参加。"),
    ("高仿名牌包 高仿名牌包", "「读书月」活动将于下月举行，欢迎居民带着孩子一起报名参加。"),
    ("無料エロ動画 出会い系", "「読書月間」の催しは来月から始まり、家族での参加を歓迎しています。"),
])
def test_a_removed_phrase_gives_back_no_letter_to_the_host_s_quotation(detector: Detector, spam: str, host: str):
    """Read as a removed block glued to the host's sentence, the host's words start at their
    opening mark (``glued_hosts.glued_host_start``), not a letter or a word into the phrase
    ("微商货" | "源“读书月”…", "高" | "仿名牌包「读书月」…")."""
    assert removed(detector, NOTICE.format(spam, host)) == [spam]
