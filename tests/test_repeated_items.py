"""A list slipped into a host's sentence that says one of its items again goes whatever its words
(``spamguard.repeated_items``, judged by ``spamguard.spliced``); a writer's lists, routes and
chants, and commas, stay."""

from __future__ import annotations

import pytest

from spamguard.repeated_items import repeated_items
from support import removed_stripped as _removed

LIBRARY = ("Hem | Nyheter | Kontakt\nBiblioteket\nBiblioteket i centrum har fått nya öppettider och är från och med "
           "nu öppet {list} även på lördagar och söndagar.\nVälkommen in!")
HARBOUR = ("Home | News | Contact\nThe harbour\nThe old harbour was rebuilt after the war and is now home to {list} a "
           "small fleet of fishing boats and a busy market on Saturdays.\nThe market opens at seven.")
TOUR = ("Home | Travel | Contact\nNorway by train\nOur classic tour goes {list} in five days, with a night in a "
        "mountain hotel and a boat trip on the fjord.\nPrices start at 900 euros.")


@pytest.mark.parametrize("host, listed", [
    # keywords the model has never seen: only the list's shape gives them away
    (LIBRARY, "zorblax | quimtor | vendrix | zorblax | quimtor"),
    (HARBOUR, "zorblax - quimtor - vendrix - zorblax - quimtor"),
    # a mark of a script written without spaces glued to an item of a list in spaced words
    (LIBRARY, "zorblax、quimtor官方、vendrix、zorblax、quimtor"),
    (HARBOUR, "zorblax quimtor，vendrix官网，zorblax quimtor，zorblax quimtor"),
    (LIBRARY, "zorblax / quimtor / vendrix / zorblax / quimtor"),
    # the item said again at both edges, not inside
    (HARBOUR, "zorblax quimtor | vendrix | fenwick | zorblax quimtor"),
    # commas part a list only when it is long and says several of its items again
    (HARBOUR, "zorblax, quimtor, vendrix, zorblax, quimtor, fenwick, zorblax, vendrix, quimtor"),
])
def test_a_list_saying_an_item_again_goes(host, listed):
    assert _removed(host.format(list=listed)) == [listed]


@pytest.mark.parametrize("text", [
    TOUR.format(list="Oslo - Bergen - Oslo"),  # a round trip names its start again
    TOUR.format(list="Oslo - Bergen - Flåm - Bergen - Oslo"),
    HARBOUR.format(list="Red Ferry | Blue Ferry | Red Ferry |"),  # names
    HARBOUR.format(list="boats, boats, boats and"),  # commas are prose's
    HARBOUR.format(list="red, blue, green, red, blue, green, and"),  # too short a list for commas
    HARBOUR.format(list="apples, pears, apples, pears, plums, apples, pears, figs, and"),  # two items again
])
def test_a_writers_lists_stay(text):
    assert _removed(text) == []


@pytest.mark.parametrize("text, listed", [
    # "casa" is said once, and the list's items are of one or two words: "casa" or "de casa" may be
    # its first item, or neither
    ("Salimos de casa | zorblax quimtor | vendrix | zorblax quimtor y llegamos tarde al centro de la ciudad.",
     "| zorblax quimtor | vendrix | zorblax quimtor"),
    # a list of one-word keywords: its edge items are one word too
    ("Salimos de casa | zorblax | quimtor | zorblax | quimtor y llegamos tarde al centro de la ciudad.",
     "casa | zorblax | quimtor | zorblax | quimtor"),
])
def test_an_edge_item_said_once(text, listed):
    assert [text[a:b] for a, b, _ in repeated_items(text)] == [listed]


JA_LIBRARY = ("ホーム | お知らせ | アクセス\n図書館のお知らせ\n市立図書館は来月から開館時間を延長し、平日は午後八時まで{list}"
              "ご利用いただけるようになります。\n皆さまのご来館をお待ちしております。")
ZH_LIBRARY = ("首页 | 新闻 | 联系我们\n社区公告\n社区图书馆从下个月起延长开放时间，工作日晚上八点前{list}都可以借阅图书和使用自习室。"
              "\n欢迎大家前来。")


@pytest.mark.parametrize("host, listed", [
    # invented words glued to the host's characters on both sides: no word tells the edge items
    # from the host's sentence, the characters the list names inside do
    (JA_LIBRARY, "ゾルバクス | クイムター | ゾルバクス | クイムター"),
    (JA_LIBRARY, "ゾルバクス｜クイムター｜ヴェンドリクス｜ゾルバクス｜クイムター"),
    (ZH_LIBRARY, "佐尔巴克 - 奎姆塔 - 佐尔巴克 - 奎姆塔"),
])
def test_a_list_in_a_script_without_spaces_is_read_by_its_characters(host, listed):
    assert _removed(host.format(list=listed)) == [listed]


def test_the_characters_after_a_lists_last_item_follow_the_classifiers_reading():
    # an item said three times, with a space in it: the list goes from its first item on, and the
    # characters the classifier reads with its last item go too ("の専門店", "官网入口" are
    # injected lists' tails; here "ご利用いただけ" is the host's)
    listed = "ゾルバ クス｜ゾルバ クス｜ゾルバ クス"
    removed = _removed(JA_LIBRARY.format(list=listed))
    assert len(removed) == 1 and removed[0].startswith(listed)


@pytest.mark.parametrize("text, listed", [
    ("今日は、カジノ | スロット | カジノ | スロット実際に訪問して確かめました。", "カジノ | スロット | カジノ | スロット"),
    # an edge item the list does not name inside may be the host's characters: the list starts
    # (or ends) at its separator
    ("怀孕中、儲值回饋 - 運彩投注 - 運彩投注 - 運彩投注后期，眼角膜敏感度改变。", "- 運彩投注 - 運彩投注 - 運彩投注"),
    # a list edge glued to letters of a script written without spaces, or written mostly in them
    ("Heute waren wir in Tokio, カジノ | zorblax | カジノ | zorblax und danach im Hotel.", "カジノ | zorblax | カジノ | zorblax"),
    ("Heute waren wir in Tokio, zorblax | カジノ | スロット | カジノ | スロット和 quimtor und danach im Hotel.",
     "| カジノ | スロット | カジノ | スロット"),
    ("Heute waren wir in Tokio, zorblax | カジノスロット無料 | カジノスロット無料 | zorblax und danach im Hotel.",
     "| カジノスロット無料 | カジノスロット無料 |"),
    # Japanese middle dots part a list that says its items again
    ("沿道から声援が送られた。ゾルバクス コピー・クイムター 激安・ゾルバクス コピー・クイムター 激安男子の部では高校生が優勝した。",
     "ゾルバクス コピー・クイムター 激安・ゾルバクス コピー・クイムター 激安"),
    # one item named at both edges, glued to the host's characters, and not inside
    ("每天下午三点半就放学了，高仿包包|精仿手表|一比一复刻|高仿包包我们两个大人都要上班。", "高仿包包|精仿手表|一比一复刻|高仿包包"),
])
def test_the_edges_of_a_list_without_spaces(text, listed):
    assert [text[a:b] for a, b, _ in repeated_items(text)] == [listed]


@pytest.mark.parametrize("text", [
    # the commas of a script written without spaces are its prose's
    ZH_LIBRARY.format(list="，佐尔巴克，奎姆塔，佐尔巴克，奎姆塔，"),
    "他一直在问：为什么、为什么、为什么，却没有人回答他。",
    # a route names its stops once each way: under half its items said again
    JA_LIBRARY.format(list="東京 - 大阪 - 名古屋 - 大阪 - 東京"),
    # an item too long for a keyword phrase
    JA_LIBRARY.format(list="図書館の新しい開館時間について | 図書館の新しい開館時間について | 図書館の新しい開館時間について | 図書館"),
    # three items, an edge one unknown: a refrain says a word twice and goes on
    JA_LIBRARY.format(list="ゾルバクス | ゾルバクス | クイムター"),
    # items without a letter: years, scores
    ZH_LIBRARY.format(list="2024 | 2024 | 2025"),
    # things named once each, parted by middle dots as Japanese prose parts them
    JA_LIBRARY.format(list="、国語・数学・英語・理科の自習室も"),
    # a word of two characters the host's clauses on both sides happen to share
    "説明会には先生・生徒・保護者・先生方が参加しました。",
])
def test_lists_without_spaces_that_stay(text):
    assert repeated_items(text) == ()


CHESS = ("首页 | 新闻 | 联系我们\n社区公告\n上周六社区举办了象棋比赛，二十多位居民报名参加，比赛从早上九点一直进行到下午四点。\n"
         "决赛的时候围观的人越来越多，大家都看得很开心，真是人不可貌相啊，我原来以为只会下下棋的老师傅{list}王大爷是个慢性子，"
         "真是看走眼了。他最后只用了二十分钟就赢下了比赛。\n比赛结束后，居委会为前三名颁发了奖品，并邀请大家下个月继续参加围棋比赛。\n欢迎大家前来。")


@pytest.mark.parametrize("listed", [
    # the words glued to the list that the classifier reads with it ("一比一复刻", "官网入口") go
    # with it: its cuts wait while the reading by characters cuts its clause
    "一比一复刻_复刻表_复刻表官网入口",
    "高仿包包_精仿名表_精仿名表官网入口",
    "奢侈品复刻 - 复刻表 - 复刻表官方网站",
    "佐尔巴克 - 奎姆塔 - 佐尔巴克 - 奎姆塔",
])
def test_a_chinese_list_goes_with_the_words_glued_to_it_and_no_more(listed):
    assert _removed(CHESS.format(list=listed)) == [listed]


@pytest.mark.parametrize("listed", ["东城 - 南城 - 东城 - 北城", "东城｜南城｜东城｜北城"])
def test_a_chinese_list_of_names_the_page_says_around_it_stays(listed):
    # no words part the host's characters: "东城" said in "东城队" and "东城体育场" is the page's own
    text = ("首页 | 新闻 | 赛程 | 积分榜\n城市足球联赛第十轮综述\n本轮比赛中，东城队主场二比一战胜西城队，继续领跑积分榜。"
            f"下周的赛程安排为{listed}，其中两场比赛将在东城体育场进行，球迷可以提前在官方售票点购票。\n"
            "主教练赛后表示，球队的防守还需要加强，但年轻球员的表现令人满意。")
    assert _removed(text) == []


def test_a_lists_cuts_meet_another_readings_cut_inside_its_edge_item():
    """A Chinese or Japanese list's cuts wait while another reading cuts its block, unless that
    reading cut inside the list's first or last item (its edge a character short, "激" | "安男子"):
    the item is the list's own, and the list's edge is cut too."""
    from spamguard.page import Page
    from spamguard.params import CLEAN
    from spamguard.spliced import spliced_cuts

    listed = "ゾルバクス コピー・クイムター 激安・ゾルバクス コピー・クイムター 激安"
    text = JA_LIBRARY.format(list=listed)
    page = Page.from_text(text)
    start = text.index(listed)
    end = start + len(listed)
    final = [CLEAN] * page.seg.n_blocks
    assert end in spliced_cuts(page, final, [end - 1])  # inside "激安"
    assert end not in spliced_cuts(page, final, [end + 3])  # in the host's words after it
