"""An injected clause cut out of a kept sentence takes the pitch's next clauses with it
(``inline._with_next_clauses``): each leaning to spam on its own and the whole still certain spam;
a host's clause after it that reads clean stays."""

from __future__ import annotations

import pytest

from support import removed as _removed

PAGE = (
    "首页｜新闻｜联系我们\n社区图书馆扩建完工\n据了解，社区图书馆扩建工程已于上周全部完工，{}"
    "馆内新增了两百个自习座位和一间儿童阅览室。\n馆方表示，开放时间将延长至晚上九点。"
)


def test_the_pitchs_next_clause_goes_with_its_surest_one():
    text = PAGE.format("网络贷款黑户秒批当天放款，无需抵押。")
    assert _removed(text) == ["网络贷款黑户秒批当天放款，无需抵押。"]


@pytest.mark.parametrize("host", ["，周一至周日均开放至晚上九点。", "，现已正式对外开放。"])
def test_the_hosts_clause_after_the_pitch_stays(host):
    # "，现已正式对外开放。" reads 0.02 alone: with the pitch before it, the whole still reads 0.99
    text = PAGE.format("网络贷款黑户秒批当天放款" + host)
    assert _removed(text) == ["网络贷款黑户秒批当天放款"]
