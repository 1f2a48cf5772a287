"""Pieces a Chinese or Japanese sentence names stay on a page that reports on their kind
(``spamguard.named``, ``spamguard.report_words``; ``dense_runs`` asks the same of a keyword
list's stretch in a sentence that stays), and go where the page talks about something else."""

from __future__ import annotations

import pytest

from spamguard.report_words import reports_on
from support import removed as _removed

POLICE = ("首页｜新闻｜联系我们\n{title}\n记者从市公安局获悉，警方近日查获一个名为www.88bet.com的{what}，"
          "抓获犯罪嫌疑人十二名。\n{after}")
CONSUMER = ("ホーム｜ニュース｜お問い合わせ\n{title}\n消費者センターには、スーパーコピー 時計 を通販サイトで購入したが"
            "届かないという相談が今年すでに百件以上寄せられています。\n{after}")


@pytest.mark.parametrize("page, reporting, elsewhere", [
    # the address a gambling ring's news names, set apart by its change of script
    (POLICE, {"title": "警方捣毁网络赌博团伙", "what": "赌博网站", "after": "警方提醒市民远离网络赌博。"},
     {"title": "社区新闻", "what": "网站", "after": "居委会提醒居民按时参加活动。"}),
    # counterfeit watches named with spaces in a consumer centre's news (a keyword list's gap)
    (CONSUMER, {"title": "偽ブランド品に注意", "after": "不審なサイトでは購入しないよう呼びかけています。"},
     {"title": "新しい店舗のお知らせ", "after": "来月は新しいカフェが開店します。"}),
])
def test_a_piece_named_by_a_page_reporting_on_its_kind_stays(page, reporting, elsewhere):
    assert _removed(page.format(**reporting)) == []
    # the same sentence among words about something else: an injection's place
    assert _removed(page.format(**elsewhere)) != []


def test_report_words_are_the_offence_not_the_goods():
    assert reports_on("警方提醒市民远离网络赌博。", "gambling")
    assert reports_on("偽ブランド品に注意", "replica") and not reports_on("偽ブランド品に注意", "gambling")
    # the goods themselves are spam's words too
    assert not reports_on("真人百家乐 网上赌场", "gambling") and not reports_on("スーパーコピー 時計", "replica")
    assert not reports_on("任何文字", "unknown category")


def test_a_piece_does_not_vouch_for_itself():
    from spamguard.page import Page
    from spamguard.report_words import page_reports_on

    text = "社区新闻\n居民可以访问赌博网站www.88bet.com了解详情。"
    a = text.index("赌博")
    page = Page.from_text(text)
    assert not page_reports_on(page, "gambling", a, text.index("了解"))
    assert page_reports_on(page, "gambling", text.index("www"), text.index("了解"))
