"""A keyword phrase glued in front of a Chinese or Japanese host's sentence after its stop, with
no list's mark (``spamguard.glued_heads``, read by ``dense_runs``); the sentence's own subject
that names spam's goods stays."""

from __future__ import annotations

import pytest
import regex

import spamguard
from spamguard import dense_runs, glued_heads

from support import removed

ZH_BEFORE = "记者从市图书馆获悉，为方便学生暑期阅读，图书馆自七月一日起延长开放时间。"
ZH_AFTER = "馆方表示，新增的自习区共有两百个座位，读者可以通过公众号提前预约。"
JA_BEFORE = "市立図書館は来月から平日の開館時間を午後八時まで延長すると発表しました。"
JA_AFTER = "仕事帰りの利用者からの要望に応えたもので、土日の時間は変わりません。"


def _zh(sentence: str) -> str:
    return "首页｜新闻｜联系我们\n" + ZH_BEFORE + sentence + ZH_AFTER + "\n本报记者 王明"


def _ja(sentence: str) -> str:
    return "ホーム｜お知らせ｜アクセス\n" + JA_BEFORE + sentence + JA_AFTER + "\n文・山田"


@pytest.mark.parametrize("text, spam", [
    (_zh("棋牌游戏赢钱"), "棋牌游戏赢钱"),
    (_zh("硕士论文代写"), "硕士论文代写"),
    (_ja("無料エロ動画"), "無料エロ動画"),
    (_ja("無料エロ動画この"), "無料エロ動画"),
], ids=["zh-gambling", "zh-essay", "ja-adult", "ja-adult-before-kana"])
def test_a_keyword_phrase_glued_in_front_of_the_hosts_sentence_goes(text, spam):
    """Glued after the host's stop and in front of its next sentence, the phrase goes alone: the
    host's next words stay, even where they start with a kana word ("この", cut at its start)."""
    assert removed(text) == [spam]


@pytest.mark.parametrize("text", [
    # a watch shop's "we sell no copies or fakes": the words are the sentence's subject
    "ホーム｜商品\n当店の時計はすべて正規品です。コピー品・偽物は一切取り扱っておりません。" + JA_AFTER + "\nアクセス",
    # news on dating-site fraud: a cut there falls inside a katakana word ("出会い系サイ" | "ト")
    _ja("出会い系サイトを通じた詐欺被害が増えています。"),
    # a Chinese subject the sentence goes on from with a verb
    _zh("网络赌博平台已被警方查封，涉案人员全部到案。"),
    # a phrase of four letters reads as spam by chance ("活动免费", free activities)
    "首页｜新闻\n" + ZH_BEFORE + "活动免费参加，但需提前通过图书馆公众号预约，每场限额三十个家庭。" + ZH_AFTER + "\n联系我们",
], ids=["ja-subject", "ja-inside-a-word", "zh-subject", "zh-short"])
def test_a_sentences_own_words_stay(text):
    assert removed(text) == []


def test_the_head_rules_each_keep_a_sentence_that_would_go_without_them(monkeypatch):
    """Each guard of ``opens_sentence`` and ``kana_word_start`` is what keeps its hard negative:
    without it, the sentence's own words go."""
    cases = {
        "particle": "ホーム｜商品\n当店の時計はすべて正規品です。コピー品・偽物は一切取り扱っておりません。" + JA_AFTER + "\nアクセス",
        "kana": _ja("出会い系サイトを通じた詐欺被害が増えています。"),
        "short": "首页｜新闻\n" + ZH_BEFORE + "活动免费参加，但需提前通过图书馆公众号预约，每场限额三十个家庭。" + ZH_AFTER + "\n联系我们",
    }
    monkeypatch.setattr(glued_heads, "_GOES_ON", regex.compile(r"(?!)"))
    assert removed(cases["particle"])
    monkeypatch.undo()
    monkeypatch.setattr(dense_runs, "kana_word_start", lambda text, s, z: z)
    assert removed(cases["kana"])
    monkeypatch.undo()
    monkeypatch.setattr(glued_heads, "HEAD_MIN_LETTERS", 12)
    assert removed(cases["short"])


def test_the_gate_on_heads_changes_no_cut(monkeypatch):
    """``heads_may_be_spam`` reads every head of the sentences after a stop in one pass and lets
    only those with a head leaning to spam be read character by character: the fixtures' Chinese
    and Japanese pages and the pages above lose the same spans as with every sentence read."""
    from support import load_cases, page_text

    cjk = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}]")
    texts = [t for t in (page_text(c) for c in load_cases()) if len(cjk.findall(t)) >= 20]
    texts += [_zh("棋牌游戏赢钱"), _ja("無料エロ動画この"), _ja("出会い系サイトを通じた詐欺被害が増えています。")]
    asked: list[tuple[int, int]] = []
    passed: list[tuple[int, int]] = []
    real = dense_runs.heads_may_be_spam

    def recording(model, weight, cps, sentences, gate):  # type: ignore[no-untyped-def]
        out = real(model, weight, cps, sentences, gate)
        asked.extend(sentences)
        passed.extend(out)
        return out

    monkeypatch.setattr(dense_runs, "heads_may_be_spam", recording)
    det = spamguard.default_detector()
    gated = [det.clean(t).removed for t in texts]
    assert passed and len(passed) < len(asked), "the gate neither let a sentence through nor kept one out"
    monkeypatch.setattr(dense_runs, "GATED", False)
    assert [det.clean(t).removed for t in texts] == gated

