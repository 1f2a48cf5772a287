"""Chinese and Japanese spam glued inside a sentence across several of its blocks
(``spamguard.glued_runs``), read with the shipped model."""

from __future__ import annotations

import numpy as np
import pytest
from support import removed_stripped

from spamguard.detector import Detector
from spamguard.glued_runs import glued_stretches
from spamguard.page import Page
from spamguard.view import page_scores

DIARY = ("ホーム | 日記 | お問い合わせ\n毎日のこと\n先週から新しい仕事が始まり、毎朝少し早起きするようになりました。\n"
         "祖母が作る煮物は味がよくしみていて、ご飯と一緒に食べると{spam}何杯でもおかわりしたくなります。来週もまた書きます。\n"
         "今日はここまでにします。")
LIBRARY = ("首页｜新闻｜联系我们\n图书馆延长开放时间\n记者从市图书馆获悉，为方便学生暑期阅读，图书馆自七月一日起"
           "延长开放时间，{spam}周一至周日均开放至晚上九点。\n馆方表示，新增的自习区共有两百个座位。")
COMMUNITY = ("首页｜社区｜联系我们\n社区通知\n上周末社区举办了首届邻里文化节，吸引了两千多名居民参加，{spam}"
             "现场气氛非常热烈，大家都玩得很开心。\n下个月还将举办读书会。")
OUTING = ("ホーム｜お知らせ｜アクセス\n秋の遠足について\n今年の秋の遠足は十月十九日に予定しています。"
          "集合は午前八時半で、雨天の場合は{spam}翌週に延期しますので、お弁当と水筒を忘れずにお持ちください。\n"
          "詳しくは学校からメールでお知らせします。")

GATHERING = ("首页｜社区｜联系我们\n社区通知\n上周末社区举办了首届邻里文化节，吸引了两千多名居民参加。{spam}"
             "现场气氛非常热烈，大家都玩得很开心，主办方表示明年还会继续举办。\n下个月还将举办读书会。")


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector()


@pytest.mark.parametrize(
    ("host", "spam"),
    [
        (LIBRARY, "www.010885.com"),  # an address glued between two of the host's clauses
        (COMMUNITY, "成人视频 sexinsex"),  # keywords in two scripts: three blocks, none long enough to read alone
        (OUTING, "AV女優 無料エロ動画 xvideos"),  # a Latin word at each edge, glued to the host's kana
        # the host's tail alone leans to adult content (0.12), the two sides rejoined read clean
        (DIARY, "スロット無料 | ネットカジノ 稼げる | 入金不要ボーナス最新"),
    ],
)
def test_glued_spam_goes_and_the_host_sentence_stays(detector: Detector, host: str, spam: str) -> None:
    text = host.format(spam=spam)
    assert [text[s.start : s.end] for s in detector.clean(text).removed] == [spam]


def test_a_bilingual_sentence_keeps_its_words(detector: Detector) -> None:
    # "pharmacy 药店" reads as pharma spam on its own (0.999), but the host's sentence writes
    # Latin words and spaces itself: a lesson's vocabulary, not a keyword list glued into prose
    text = ("首页｜课程｜联系我们\n第十五课：在药店\n重点词汇：prescription 处方；over-the-counter 非处方的；"
            "pharmacy 药店；请大家课后复习这些单词。\n下节课我们学习在银行。")
    assert detector.clean(text).removed == ()


def test_the_stretch_blocks_keep_its_reading(detector: Detector) -> None:
    text = LIBRARY.format(spam="www.010885.com")
    page = Page.from_text(text)
    model = detector.model
    a = text.index("www.")
    assert glued_stretches(page, model, detector.params) == [(a, a + len("www.010885.com"))]
    spliced = page_scores(page, model, detector.params).spliced
    assert spliced is not None
    inside = np.flatnonzero(~np.isnan(spliced[:, 0]))
    assert [page.seg.block_text(int(b)) for b in inside] == ["www.010885.com"]
    assert 1.0 - spliced[inside[0], 0] >= detector.params.sentence_spam


def test_a_stretch_an_earlier_look_cut_apart_is_found_again(detector: Detector) -> None:
    # the cuts at its edges make the stretch a sentence of its own, with no host's words to read
    # it against: it is read again across them, as the page wrote the sentence
    text = LIBRARY.format(spam="www.010885.com")
    a = text.index("www.")
    z = a + len("www.010885.com")
    assert glued_stretches(Page.from_text(text), detector.model, detector.params) == [(a, z)]
    assert glued_stretches(Page.from_text(text, [a, z]), detector.model, detector.params) == [(a, z)]
    # but not across a cut inside it: that cut parted what it found
    assert glued_stretches(Page.from_text(text, [a + 4]), detector.model, detector.params) == []
    assert glued_stretches(Page.from_text(text, [a + 4, z]), detector.model, detector.params) == []


PARK = ("首页 | 新闻 | 联系我们\n社区公园完成改造\n经过三个月的施工，社区公园的步道和儿童游乐区已经全部完工。可是，{spam}"
        "居民们对新设施普遍表示满意，周末前来散步的人明显增多。\n街道办表示，下一步将增设夜间照明。")
READING = ("首页 | 新闻 | 联系我们\n市图书馆周末推出亲子阅读活动\n为了培养儿童的阅读习惯，市图书馆将在本周六举办亲子阅读活动。"
           "可是，{spam}这次活动只面向本市的家庭，每场限额三十个家庭。\n图书馆还表示，十二月起将延长周末开放时间。")


@pytest.mark.parametrize(
    ("host", "spam"),
    [
        (PARK, "代孕 减肥药now 春药水2026 代孕"),
        (PARK, "威尼斯人娱乐 永利娱乐场24h 百家乐now"),
        (READING, "免费看片 成人视频2026 午夜福利 国产自拍now 看片神器2025"),
    ],
    ids=["pharma", "gambling", "adult"],
)
def test_a_list_after_a_hosts_short_clause_goes_whole(host: str, spam: str) -> None:
    # The first look's stretch takes the host's "可是，" with it (too short to be a side of its
    # own) and its end is cut; the next look's sentence is then the stretch alone, whose blocks
    # read alone are a Latin word or a year short of the list ("now", "看片神器2025").
    text = host.format(spam=spam + " ")
    assert removed_stripped(text) == [spam]


def test_a_stretch_found_again_leaves_the_hosts_next_clause() -> None:
    # the first look's stretch ran on into the host's clause after "Official Site"; found again
    # across the cuts, the clause's own block (plain kana and kanji reading clean alone) goes back
    spam = "バイアグラ 通販★ | 媚薬 個人輸入 | Official Site"
    text = ("ホーム | レシピ | お問い合わせ\n雑穀ご飯の炊き方\n雑穀は食物繊維やさまざまな栄養の宝庫で、お米と混ぜて炊くだけでなく、"
            f"今回のよ{spam}うにおかずにしても美味しくいただけます。炊飯器の目盛りに合わせて水を加えてください。\n© 2026 雑穀の会")
    assert removed_stripped(text) == [spam]


def test_a_page_without_chinese_or_japanese_is_not_read(detector: Detector) -> None:
    page = Page.from_text("Home | News\nThe library opens at nine, www.010885.com every day of the week.")
    assert glued_stretches(page, detector.model, detector.params) == []


HEAD = "祖母が作る煮物は味がよくしみていて、ご飯と一緒に食べると"  # 0.001 alone
TAIL = "何杯でもおかわりしたくなります。"  # 0.12, adult
LIST = "スロット無料｜ネットカジノ 稼げる｜入金不要ボーナス最新"
AFTER = "来週もまた書きます。今日はここまでにします。"


def test_a_host_side_leaning_to_another_category_reads_clean_with_the_other_side(detector: Detector) -> None:
    """A side of the host's sentence that leans alone, to another category than the stretch's,
    is the host's when the two sides rejoined read clean; one leaning the stretch's way is the
    pitch's own head or tail."""
    from spamguard.glued_runs import host_reads_clean
    from spamguard.scripts import codepoints

    model, params = detector.model, detector.params
    text = HEAD + LIST + TAIL + AFTER
    cps = codepoints(text)
    a, z = len(HEAD), len(HEAD) + len(LIST)
    host = [(0, a), (z, z + len(TAIL))]
    paragraph = [(z + len(TAIL), len(text))]
    gambling, adult = model.labels.index("gambling"), model.labels.index("adult")
    assert host_reads_clean(model, params, cps, host, paragraph, category=gambling)
    assert not host_reads_clean(model, params, cps, host, paragraph, category=adult)
    assert not host_reads_clean(model, params, cps, host, paragraph)
    # a side that leans with no other side to rejoin
    assert not host_reads_clean(model, params, cps, host[1:], paragraph, category=gambling)
    # two sides that lean together: 0.21 as a scam and 0.02, 0.12 rejoined
    head, tail = "最近はスマホで簡単に写真を加工できるアプリが増えて", "、誰でもきれいな写真が撮れるようになりました。"
    text = head + LIST + tail + AFTER
    a, z = len(head), len(head) + len(LIST)
    assert not host_reads_clean(model, params, codepoints(text), [(0, a), (z, z + len(tail))], [(z + len(tail), len(text))],
                                category=gambling)


SWEEPERS_HEAD = "清洁队的队长告诉记者，春节期间，队员们每天清晨上街清扫时，"  # 0.002
SWEEPERS_SIDE = "发现包括初一早上在内，今年街道上鞭炮"  # 0.55 as adult alone, 0.05 after the head
LOAN_TITLE = "【急用借錢】信用不良也可貸 快速核貸 立即申請"
SWEEPERS_TAIL = "的碎屑比去年少了很多。"


def test_a_host_side_going_on_a_kept_blocks_sentence_is_read_with_it(detector: Detector) -> None:
    """A clause cut short by the stretch leans by chance; read with the kept block whose sentence
    it goes on (no stop between), it is the host's. A side after a stop starts a sentence of its
    own, which may be a pitch's head, and is read alone."""
    from spamguard.glued_runs import host_reads_clean
    from spamguard.scripts import codepoints

    model, params = detector.model, detector.params
    for head, goes_on in ((SWEEPERS_HEAD, True), (SWEEPERS_HEAD[:-2] + "。", False)):
        text = head + SWEEPERS_SIDE + LOAN_TITLE + SWEEPERS_TAIL
        a = len(head)
        b, z = a + len(SWEEPERS_SIDE), a + len(SWEEPERS_SIDE) + len(LOAN_TITLE)
        assert host_reads_clean(model, params, codepoints(text), [(a, b)], [(0, a), (z, len(text))]) is goes_on


def test_a_bracket_the_stretch_closes_is_the_stretchs() -> None:
    from spamguard.stretch_edges import bracketed

    text = "今年街道上鞭炮，【急用借錢】信用不良也可貸"
    comma, start, close = text.index("，"), text.index("【"), text.index("】")
    # the host's comma before a stretch stays the host's, the bracket the stretch closes goes with it
    assert bracketed(text, comma, len(text), len(text)) == (start, len(text))
    # a closing bracket right after a stretch that opens it goes with it
    assert bracketed(text, start, close, len(text)) == (start, close + 1)
    # a bracket the stretch does not close is the host's, and so is a closing one past the block
    assert bracketed(text, comma, close - 1, len(text)) == (start + 1, close - 1)
    assert bracketed(text, start, close, close) == (start + 1, close)


@pytest.mark.parametrize("host", [
    "气象台的预报员表示，节日期间，观测人员记录数据时，发现包括除夕当晚在内，今年城区的空气质量{spam}明显好于往年。",
])
def test_a_titles_bracket_goes_with_it(detector: Detector, host: str) -> None:
    """The title's evidence starts at its first letter; the bracket it opens goes with it."""
    text = "首页｜新闻｜联系我们\n春节见闻\n" + host.format(spam=LOAN_TITLE) + "\n下一篇文章将介绍元宵节的活动安排。"
    assert [text[s.start : s.end] for s in detector.clean(text).removed] == [LOAN_TITLE]


def test_a_loan_title_glued_to_a_host_clause_goes_without_the_clause(detector: Detector) -> None:
    """The first look removes the host's clause with the title ("发现包括…鞭炮【急用借錢】…"); the
    removed block's densest stretch starts after the title's bracket, which left with the clause
    made it read as spam, and the clause alone leans by chance."""
    text = ("首页｜新闻｜联系我们\n春节见闻\n" + SWEEPERS_HEAD + SWEEPERS_SIDE + LOAN_TITLE + SWEEPERS_TAIL
            + "\n下一篇文章将介绍元宵节的活动安排。\n今年的灯会将在市中心广场举行，预计吸引大量市民前来观赏。")
    removed = [text[s.start : s.end] for s in detector.clean(text).removed]
    assert len(removed) == 1 and removed[0].startswith("【急用借錢】") and LOAN_TITLE.startswith(removed[0])


def test_a_list_filling_most_of_a_sentence_goes_whole(detector: Detector) -> None:
    """Most of the sentence's characters lean the list's way: measured against them, its densest
    stretch is one word ("terbaru"); measured against the sentence's mean, the list."""
    head, listed, tail = "週末は家族で出かける予定でしたが、", "射精｜バイブレーター｜ぶっかけterbaru", "雨が強くて中止になりました。"
    text = f"ホーム｜日記｜お問い合わせ\n週末のこと\n{head}{listed}の専門店{tail}\n来週こそ晴れてほしいです。"
    gone = "".join(text[s.start : s.end] for s in detector.clean(text).removed)
    assert listed in gone and head not in gone and tail not in gone


def test_an_address_under_certain_spam_glued_into_a_list_of_services_goes(detector: Detector) -> None:
    """An address alone reads 0.985: under certain spam, over the spam threshold that its Latin
    letters, a keyword list's gap, hold it to."""
    text = ("首页｜新闻｜联系我们\n会员须知\n本馆为读者提供的服务有：借书、还书、续借、89nnn.com复印、扫描和电子资源查询。\n"
            "开放时间为每天上午九点至晚上九点。")
    assert [text[s.start : s.end] for s in detector.clean(text).removed] == ["89nnn.com"]


def test_a_stretch_is_read_with_the_blocks_around_it_not_a_whole_huge_line() -> None:
    """A page of one huge line holds many sentences: each is read with the blocks within
    ``MAX_CHARS`` of it, so a page ten times as long costs ten times as much."""
    from spamguard.glued_runs import MAX_CHARS, around

    unit = "警方查获一个名为www.88bet.com的网站，抓获嫌疑人。"
    page = Page.from_text(unit * 400)
    seg = page.seg
    s, e = int(seg.block_start[200]), int(seg.block_end[203])
    lo, hi = around(seg, s, e)
    assert lo < 200 and hi > 204 and hi - lo < seg.n_blocks
    assert seg.block_end[lo] > s - MAX_CHARS >= seg.block_end[lo - 1]
    assert seg.block_start[hi - 1] < e + MAX_CHARS <= seg.block_start[hi]


def test_a_stretch_inside_a_quotation_is_found_by_the_quotation_before_its_end() -> None:
    from spamguard.glued_runs import quoted
    from spamguard.quotes import quotations

    text = "他说「今天下雨」，然后「我们回家吧」又说「明天见」。" * 3
    page = Page.from_text(text)
    quotes = quotations(page, 0)
    for a in range(0, len(text) - 1, 3):
        for z in range(a + 1, min(len(text), a + 12)):
            holds_mark = any(c in "「」" for c in text[a:z])
            inside = any(p < z and a < q for p, q in quotes)
            assert quoted(page, a, z) == (holds_mark or inside)


def test_a_hosts_plain_clause_leaning_hard_to_another_kind_is_the_hosts_when_its_sentence_rejoined_reads_clean(detector):
    """A host's clause cut short by a list glued after it may lean hard to another kind of spam by
    chance ("女性的身体从怀孕开始变化，怀孕中、" 0.72 as adult, before a gambling list): its sentence,
    rejoined across the list, reads clearly clean, so it is the host's words. A pitch's own head in
    its dress (a space, a bracket: "バイアグラ 通販", "【儲值回饋】") is not."""
    from spamguard.glued_runs import host_reads_clean
    from spamguard.scripts import codepoints

    model, params = detector.model, detector.params
    gambling = model.labels.index("gambling")
    tail = "后期，眼睛的角膜会变得敏感，也因为水份滞留，角膜的厚度会增加，要到产后才会慢慢恢复正常。"
    for head, kept in (("女性的身体从怀孕开始变化，怀孕中、", True), ("女性的身体 从怀孕开始变化，怀孕中、", False)):
        text = head + "澳门赌场" + tail
        cps = codepoints(text)
        host = [(0, len(head)), (len(head) + 4, len(text))]
        assert host_reads_clean(model, params, cps, host, [], category=gambling) is kept, head


@pytest.mark.parametrize(
    ("host", "listed"),
    [
        (GATHERING, "你是鸭 他奶奶2026 你是鸭 放荡now 干你良2026 你是鸭"),
        # the list's first item after the host's comma, its last glued to the host's next clause
        (GATHERING.replace("参加。", "参加，"), "你是鸭 他奶奶2026 你是鸭 放荡now 干你良2026 你是鸭"),
    ],
    ids=["after_a_stop", "after_a_comma"],
)
def test_a_lists_item_said_again_at_its_edge_goes_with_the_list(detector: Detector, host: str, listed: str) -> None:
    """The list's last item runs on into the host's next sentence with no gap, and the
    characters' reading of the sentence ends the list before it ("…干你良2026 " | "你是鸭现场…"),
    or a host's sentence is said to start inside the list, where it still writes its gaps
    ("良2026 你是鸭现场…"): the item is one the list writes on its own, so it is the list's."""
    text = host.format(spam=listed)
    assert [text[s.start : s.end] for s in detector.clean(text).removed] == [listed]


def test_an_edge_of_a_stretch_is_widened_to_a_list_item_said_again_and_never_narrowed() -> None:
    from spamguard.stretch_edges import items_said_again

    text = "天气很好公园成人视频 黄色网站 成人视频 国产自拍 成人视频现场气氛非常热烈"
    a, z = text.index("成人视频"), text.rindex("成人视频") + len("成人视频")
    listed = text[a:z]
    for da, dz in ((0, 0), (2, 0), (0, -2), (0, -3), (2, -2), (3, -4)):
        # from inside the edge items, or from the gap before the last one, the edges are the items'
        assert text[slice(*items_said_again(text, a + da, z + dz, 0, len(text)))] == listed, (da, dz)
    # past an item's end the characters may be the list's tail ("官网入口"): the edge stays
    assert items_said_again(text, a - 1, z + 1, 0, len(text)) == (a - 1, z + 1)
    # a word glued on that the list does not write as an item is not taken
    other = "天气很好公园 黄色网站 国产自拍 成人视频现场气氛非常热烈"
    s, e = other.index("黄色"), other.index("成人视频")
    assert items_said_again(other, s, e, 0, len(other)) == (s, e)
