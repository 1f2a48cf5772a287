"""A host's short clause glued before spam in a Chinese or Japanese sentence stays (``clause_heads``)."""

from __future__ import annotations

import pytest

import spamguard
from spamguard.clause_heads import clause_heads
from spamguard.result import Span
from support import removed as _removed

_NEWS = ("首页 | 新闻 | 联系我们\n社区图书馆延长开放时间\n记者从社区图书馆获悉，暑期阅览室每天开放到晚上九点。{head}{spam}"
         "馆方还准备了两百个自习座位，读者无需预约。\n本报记者 王明")
_BLOG = ("ホーム | お知らせ | アクセス\n夏休みの開館時間について\n市立図書館は七月から閲覧室を夜九時まで開けています。{head}{spam}"
         "週末の自習室は予約不要で、先着順で使えます。\n文・山田")


@pytest.mark.parametrize("page, head, spam", [
    (_NEWS, "可是，", "www.18yyq.cn www.84166.com"),
    (_NEWS, "于是，", "成人视频 免费看黄 国产自拍 高清无码"),
    (_BLOG, "そして、", "無料エロ動画 出会い系 エロアニメ"),
], ids=["zh-addresses", "zh-keywords", "ja-keywords"])
def test_the_hosts_short_clause_before_glued_spam_stays(page, head, spam):
    text = page.format(head=head, spam=spam)
    removed = _removed(text)
    assert spam.split()[0] in "".join(removed)
    assert not any(head in r for r in removed), removed


def test_a_clause_that_reads_as_spam_goes_with_the_rest():
    """The clause must read clearly clean alone: a pitch's own first clause is no host's."""
    text = _NEWS.format(head="免费看黄片，", spam="www.18yyq.cn www.84166.com")
    assert any("免费看黄片，" in r for r in _removed(text))


def test_a_keyword_lists_first_item_opening_its_line_is_not_a_hosts_clause():
    """A span opening its line (or after a space) is a list's or a pitch's, however clean its
    first item reads alone ("图书馆" 0.001); so is one whose first clause is in another script ("colmek，cewek open bo，...")."""
    det = spamguard.default_detector()
    for text, first in (("首页\n图书馆，外链购买，外链购买，外链购买官方网站\n", "图书馆，"),
                        ("首页\n下一句话。 图书馆，外链购买，外链购买，外链购买官方网站\n", "图书馆，"),
                        ("首页\n下一句话。hello，cewek open bo，cewek open bo\n", "hello，")):
        at = text.index(first)
        spans = (Span(at, text.index("\n", at), "seo", 1.0, ()),)
        assert clause_heads(text, spans, det.model, det.params) == spans, first
    # the same list glued to a host's sentence on its line: its first item is read as the host's
    text = "首页\n下一句话。图书馆，外链购买，外链购买，外链购买官方网站\n"
    at = text.index("图书馆")
    assert clause_heads(text, (Span(at, len(text) - 1, "seo", 1.0, ()),), det.model, det.params)[0].start == at + 4
