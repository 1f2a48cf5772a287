"""The revision stage on its own: first-pass labels in, final labels out (spam comes in runs)."""

from __future__ import annotations

import numpy as np
import pytest

from spamguard.decide import CLEAN, DecisionParams, revise
from spamguard.page import Page
from spamguard.lines import line_is_prose

PARAMS = DecisionParams()


def _revise(text: str, spam_blocks: set[int], spam_prob: list[float], params: DecisionParams = PARAMS):
    page = Page.from_text(text)
    n = page.seg.n_blocks
    assert len(spam_prob) == n, [page.seg.block_text(i) for i in range(n)]
    labels = ["gambling" if i in spam_blocks else CLEAN for i in range(n)]
    conf = np.array([0.99 if i in spam_blocks else 0.0 for i in range(n)])
    reasons = [("classifier",) if i in spam_blocks else () for i in range(n)]
    final, _, why = revise(page, labels, conf, reasons, params, np.array(spam_prob), ["gambling"] * n)
    return page, final, why


LONG_UK = "Навесні 1925 року помер президент Німеччини, і країна обирала нового голову держави."
LONG = "This line is long enough to be a sentence of the page, with well over thirty letters in it."


def test_a_likely_spam_line_between_removed_lines_goes_with_them():
    text = f"slot gacor hari ini\n{LONG}\ndaftar situs judi online\n" + "\n".join([LONG] * 8)
    _, final, why = _revise(text, {0, 2}, [0.99, 0.6, 0.99] + [0.0] * 8)
    assert final[1] == "gambling" and "spam_run" in why[1]
    _, final, _ = _revise(text, {0, 2}, [0.99, 0.2, 0.99] + [0.0] * 8)
    assert final[1] == CLEAN


def test_a_sites_menu_keeps_its_own_items_when_links_slipped_into_it_are_most_of_its_letters():
    menu = "Inicio | Noticias | casino online sin licencia | apuestas deportivas bono 200% | Contacto"
    _, final, _ = _revise(menu + "\n" + LONG, {2, 3}, [0.01, 0.02, 0.99, 0.99, 0.01, 0.0])
    assert final[:5] == [CLEAN, CLEAN, "gambling", "gambling", CLEAN]
    # a line naming none of the site's pages goes whole, as a line mostly spam does
    listed = "Deportes | Noticias | casino online sin licencia | apuestas deportivas bono 200% | Agenda"
    _, final, why = _revise(listed + "\n" + LONG, {2, 3}, [0.01, 0.02, 0.99, 0.99, 0.01, 0.0])
    assert final[:5] == ["gambling"] * 5 and "spam_run" in why[0]


def test_a_pitch_slipped_into_a_paragraph_takes_its_hook_question_and_its_contact_along():
    host = "Harga cabai merah turun hingga Rp 25.000 per kilogram menjelang panen raya."
    text = host + " Butuh dana cepat? Pinjaman online tanpa jaminan cair 5 menit. Hubungi WA 0812-0000-1111. " \
        "Pedagang memperkirakan harga akan terus turun.\n" + LONG
    page = Page.from_text(text)
    items = [page.seg.block_text(i) for i in range(page.seg.n_blocks)]
    pitch = items.index("Pinjaman online tanpa jaminan cair 5 menit.")
    probs = [0.99 if i == pitch else 0.0 for i in range(len(items))]
    _, final, _ = _revise(text, {pitch}, probs)
    assert [t for t, f in zip(items, final) if f != CLEAN] == [
        "Butuh dana cepat?", "Pinjaman online tanpa jaminan cair 5 menit.", "Hubungi WA 0812-0000-1111."]
    # a statement before the pitch, and a sentence after it with no way to reach anyone, stay
    text = host + " Pinjaman online tanpa jaminan cair 5 menit. Pedagang memperkirakan harga akan terus turun.\n" + LONG
    page = Page.from_text(text)
    items = [page.seg.block_text(i) for i in range(page.seg.n_blocks)]
    pitch = items.index("Pinjaman online tanpa jaminan cair 5 menit.")
    _, final, _ = _revise(text, {pitch}, [0.99 if i == pitch else 0.0 for i in range(len(items))])
    assert [t for t, f in zip(items, final) if f != CLEAN] == ["Pinjaman online tanpa jaminan cair 5 menit."]


@pytest.mark.parametrize("after, goes", [
    ("查看最新款。", True),  # leans to spam on its own (0.42)
    ("歡迎私訊。", True),  # asks for a direct message
    ("加QQ咨询。", True),  # a messenger glued to the letters around it
    ("谢谢大家。", False),  # a host's short sentence reads clean and names no contact
    ("就这样吧。", False),
])
def test_the_short_call_to_act_glued_after_a_chinese_pitch_goes_with_it(after, goes):
    host = "本周末社区图书馆将举办亲子阅读活动，欢迎家长带孩子一起参加，现场还有志愿者讲故事。"
    pitch = "高仿名牌包包一比一复刻，专柜品质，顺丰包邮。"
    rest = "活动现场还准备了绘本和手工材料，名额有限，请大家提前在服务台报名。"
    text = f"首页 | 新闻 | 活动 | 联系我们\n社区活动通知\n{host}{pitch}{after}{rest}\n图书馆开放时间为每天九点到晚上八点。"
    from spamguard.detector import Detector

    removed = [text[s.start : s.end] for s in Detector().clean(text).removed]
    assert removed == [pitch + after if goes else pitch]


def test_a_hook_question_answered_by_a_short_exclamation_goes_with_the_pitch():
    host = "Beim Ausgeizen entfernt man die kleinen Seitentriebe, die in den Blattachseln wachsen."
    pitch = "Sofortkredit ohne Schufa, Auszahlung innerhalb von 24 Stunden."
    after = "Am besten geht das morgens, wenn die Triebe noch prall sind."
    for hook, gone in (
        ("Schulden? Kein Problem!", ["Schulden?", "Kein Problem!", pitch]),
        # an exclamation with no question before it is the host's
        ("Das klappt immer. Kein Problem!", [pitch]),
    ):
        text = f"{host} {hook} {pitch} {after}\n{LONG}"
        page = Page.from_text(text)
        items = [page.seg.block_text(i) for i in range(page.seg.n_blocks)]
        at = items.index(pitch)
        _, final, _ = _revise(text, {at}, [0.99 if i == at else 0.0 for i in range(len(items))])
        assert [t for t, f in zip(items, final) if f != CLEAN] == gone


def test_a_longer_hook_question_goes_only_when_its_paragraph_is_the_pitch():
    hook = "Quer ganhar R$ 5.000 por semana sem sair de casa?"  # 33 letters: a short line's length
    pitch = "Nosso robô de investimento em bitcoin rende 3% ao dia, lucro garantido."
    contact = "Chame no WhatsApp (11) 98765-4321 e comece hoje."
    host = "A varanda recebe sol pela manhã e as plantas gostam de meia-sombra à tarde."
    for text, gone in (
        (f"{hook} {pitch} {contact}\n{LONG}", [hook, pitch, contact]),
        # a host sentence before the question: the paragraph is the host's, its question too
        (f"{host} {hook} {pitch} {contact}\n{LONG}", [pitch, contact]),
    ):
        page = Page.from_text(text)
        items = [page.seg.block_text(i) for i in range(page.seg.n_blocks)]
        at = items.index(pitch)
        _, final, _ = _revise(text, {at}, [0.99 if i == at else 0.0 for i in range(len(items))])
        assert [t for t, f in zip(items, final) if f != CLEAN] == gone


def test_a_latin_word_glued_to_the_end_of_a_removed_sentence_goes_with_it():
    host = "週末に初めて食パンを焼いてみました。"
    spam = "ルイヴィトン スーパーコピー 激安通販 今なら全品50%"
    after = "一次発酵は暖かい部屋で一時間です。"
    text = f"{host}{spam}OFF。{after}\n" + "\n".join(["今日はとても良い天気で、公園を散歩しました。"] * 4)
    page = Page.from_text(text)
    items = [page.seg.block_text(i) for i in range(page.seg.n_blocks)]
    at = items.index(spam)
    assert items[at + 1] == "OFF。"
    _, final, _ = _revise(text, {at}, [0.99 if i == at else 0.0 for i in range(len(items))])
    assert [t for t, f in zip(items, final) if f != CLEAN] == [spam, "OFF。"]
    # a Latin word that does not close the sentence is left to the rules for Latin on the page
    text = f"{host}{spam}OFF 一次発酵は暖かい部屋で一時間です。\n" + "\n".join(["今日はとても良い天気で、公園を散歩しました。"] * 4)
    page = Page.from_text(text)
    items = [page.seg.block_text(i) for i in range(page.seg.n_blocks)]
    at = items.index(spam)
    _, final, _ = _revise(text, {at}, [0.99 if i == at else 0.0 for i in range(len(items))])
    assert "OFF" not in [t for t, f in zip(items, final) if f != CLEAN]


def test_a_short_home_script_tail_glued_after_a_removed_latin_word_closes_its_sentence():
    host = "市立図書館は来月から平日の開館時間を延長すると発表した。"
    spam = "審査なしの消費者金融はこちら、"
    after = "土曜日は従来通り午後六時までとなる。"
    lines = "\n".join(["今日はとても良い天気で、公園を散歩しました。"] * 4)
    # a longer piece after the removed word is a sentence of its own: left to the classifier
    for tail, gone in (("で今すぐ申し込み。", True), ("で予約できる窓口も市役所の一階にあります。", False)):
        text = f"{host}{spam}LINE{tail}{after}\n{lines}"
        page = Page.from_text(text)
        items = [page.seg.block_text(i) for i in range(page.seg.n_blocks)]
        at = items.index(spam)
        assert items[at + 1] == "LINE"
        removed = {at, at + 1}
        _, final, _ = _revise(text, removed, [0.99 if i in removed else 0.0 for i in range(len(items))])
        taken = [t for t, f in zip(items, final) if f != CLEAN]
        assert (tail in taken) == gone and after not in taken


def test_a_run_glued_to_spam_goes_but_a_host_phrase_stays():
    page, final, _ = _revise("彩票app下载\n" + LONG, {0, 2}, [0.99, 0.0, 0.99, 0.0])
    assert page.seg.block_text(1) == "app" and final[1] == "gambling"
    page, final, _ = _revise("彩票下载中心 and then some host words here\n" + LONG, {0}, [0.99, 0.0, 0.0])
    assert page.seg.block_text(1).startswith("and") and final[1] == CLEAN


def test_a_short_run_glued_to_spam_on_one_side_goes_only_when_that_side_is_spam_itself():
    text = "ロレックス スーパーコピー n級品 激安通販\n" + LONG
    page = Page.from_text(text)
    n_block = next(i for i in range(page.seg.n_blocks) if page.seg.block_text(i) == "n")
    spam = {i for i in range(page.seg.n_blocks - 1) if i != n_block}
    probs = [0.99 if i in spam else 0.0 for i in range(page.seg.n_blocks)]
    _, final, why = _revise(text, spam, probs)
    assert final[n_block] == "gambling" and "spam_run" in why[n_block]
    # glued only to a piece that the line's majority takes along, it stays: "京" of "京ICP备" in a
    # host footer next to inline spam is not part of the spam's words
    text = "slot gacor hari ini daftar situs judi online terpercaya 京ICP备1234号\n" + LONG
    page = Page.from_text(text)
    blocks = [page.seg.block_text(i) for i in range(page.seg.n_blocks)]
    jing = blocks.index("京")
    probs = [0.99] + [0.0] * (page.seg.n_blocks - 1)
    _, final, _ = _revise(text, {0}, probs)
    assert final[jing] == CLEAN


def test_a_page_that_is_spam_throughout_loses_its_footer():
    spam = "slot gacor hari ini situs judi online terpercaya daftar sekarang bonus new member"
    text = f"{spam}\n{spam}\n{spam}\n© 2025 Slot Resmi"
    page, final, why = _revise(text, {0, 1, 2}, [0.99, 0.99, 0.99, 0.0])
    assert all(lab == "gambling" for lab in final)
    assert "spam_page" in why[-1]
    # a page with a real sentence left is not a spam page: the sentence and the footer stay
    page, final, why = _revise(f"{spam}\n{spam}\n{spam}\n{spam}\n{LONG}\n© 2025", {0, 1, 2, 3}, [0.99] * 4 + [0.0, 0.0])
    assert final[4] == CLEAN and final[5] == CLEAN
    # ... unless that sentence leans towards spam too: the site's own sales talk
    rest = PARAMS.spam_page_rest
    page, final, why = _revise(f"{spam}\n{spam}\n{spam}\n{spam}\n{LONG}\n© 2025", {0, 1, 2, 3}, [0.99] * 4 + [rest, 0.0])
    assert all(lab == "gambling" for lab in final) and "spam_page" in why[4]
    page, final, why = _revise(f"{spam}\n{spam}\n{spam}\n{spam}\n{LONG}\n© 2025", {0, 1, 2, 3}, [0.99] * 4 + [rest - 0.05, 0.0])
    assert final[4] == CLEAN and final[5] == CLEAN


def test_prose_threshold_spares_a_news_sentence_the_classifier_is_unsure_of():
    from spamguard.decide import decide
    from spamguard.model import ModelScores

    text = "The pharmacy regulator warned that websites selling Viagra without a prescription ship fake pills.\n" + LONG
    page = Page.from_text(text)
    n = page.seg.n_blocks
    # block 0 scored 0.95 spam (pharma); the rest clean
    block = np.array([[0.05, 0.95]] + [[1.0, 0.0]] * (n - 1))
    line = np.array([[0.05, 0.95], [1.0, 0.0]])
    scores = ModelScores(("clean", "pharma"), block, line)
    findings = [[] for _ in range(n)]
    plain = decide(page, findings, scores, DecisionParams(spam_threshold=0.9))
    careful = decide(page, findings, scores, DecisionParams(spam_threshold=0.9, prose_threshold=0.97))
    assert plain.final[0] == "pharma" and careful.final[0] == CLEAN


def test_a_sentence_after_the_footer_is_not_the_pages_prose():
    from spamguard.decide import decide
    from spamguard.model import ModelScores
    from spamguard.rules import find_all

    pitch = "Trusted online drugstore: cheap pills with free shipping on all orders over $99 today."
    text = "\n".join([LONG] * 3 + ["© 2025 Example News. All rights reserved.", pitch])
    page = Page.from_text(text)
    n = page.seg.n_blocks
    block = np.array([[1.0, 0.0]] * (n - 1) + [[0.05, 0.95]])
    line = np.array([[1.0, 0.0]] * (page.seg.n_lines - 1) + [[0.05, 0.95]])
    params = DecisionParams(spam_threshold=0.9, prose_threshold=0.99)
    findings = [find_all(page, i) for i in range(n)]
    assert decide(page, findings, ModelScores(("clean", "pharma"), block, line), params).final[-1] == "pharma"
    # the same sentence above the footer is prose of the page: 0.95 is not enough
    text = "\n".join([LONG] * 2 + [pitch, LONG, "© 2025 Example News. All rights reserved."])
    page = Page.from_text(text)
    order = [page.seg.block_text(i) == pitch for i in range(n)]
    block = np.array([[0.05, 0.95] if o else [1.0, 0.0] for o in order])
    line = np.array([[0.05, 0.95] if page.line_text(k) == pitch else [1.0, 0.0] for k in range(page.seg.n_lines)])
    findings = [find_all(page, i) for i in range(n)]
    d = decide(page, findings, ModelScores(("clean", "pharma"), block, line), params)
    assert d.final[order.index(True)] == CLEAN


def test_a_sentence_above_the_pages_menu_is_not_the_pages_prose_but_a_short_line_there_stands_alone():
    from spamguard.decide import decide
    from spamguard.model import ModelScores
    from spamguard.rules import find_all

    pitch = "Trusted online drugstore: cheap pills with free shipping on all orders over $99 today."
    menu = "Home | News | Sport | Contact"
    params = DecisionParams(spam_threshold=0.9, prose_threshold=0.99)

    def final(lines: list[str], spam_line: str, p: float) -> str:
        page = Page.from_text("\n".join(lines))
        on = [page.line_text(int(k)) == spam_line for k in page.seg.block_line]
        block = np.array([[1 - p, p] if o else [1.0, 0.0] for o in on])
        line = np.array([[1 - p, p] if page.line_text(k) == spam_line else [1.0, 0.0] for k in range(page.seg.n_lines)])
        findings = [find_all(page, i) for i in range(page.seg.n_blocks)]
        return decide(page, findings, ModelScores(("clean", "pharma"), block, line), params).final[on.index(True)]

    assert final([pitch, menu, LONG, LONG], pitch, 0.95) == "pharma"
    # under the menu it is the page's prose: 0.95 is not enough
    assert final([menu, pitch, LONG, LONG], pitch, 0.95) == CLEAN
    # nor is the spam threshold lowered above the menu: a shop's own banner reads as its sales lines
    assert final([pitch, menu, LONG, LONG], pitch, 0.85) == CLEAN
    # a short line above the menu (a site's name) still needs the short-line threshold
    assert final(["Pharmacy Online Shop", menu, LONG, LONG], "Pharmacy Online Shop", 0.95) == CLEAN


def test_an_item_of_a_list_that_reads_clean_as_a_whole_stands_alone():
    """A list item the classifier leans on, in a line that does not lean towards spam, needs the
    short-line threshold (a hotel's "free shuttle" among its check-in times); in a line that does,
    the spam threshold (one item of a keyword list)."""
    from spamguard.decide import decide
    from spamguard.model import ModelScores
    from spamguard.rules import find_all

    params = DecisionParams(spam_threshold=0.85, short_line_threshold=0.97)
    text = "Check-in 15:00 | Check-out 10:00 | free shuttle bus from the station\n" + "\n".join([LONG] * 3)
    page = Page.from_text(text)
    n = page.seg.n_blocks
    item = [page.seg.block_text(i) == "free shuttle bus from the station" for i in range(n)]

    def final(p: float, line_p: float) -> str:
        block = np.array([[1 - p, p] if o else [1.0, 0.0] for o in item])
        line = np.array([[1 - line_p, line_p]] + [[1.0, 0.0]] * (page.seg.n_lines - 1))
        findings = [find_all(page, i) for i in range(n)]
        return decide(page, findings, ModelScores(("clean", "adult"), block, line), params).final[item.index(True)]

    assert final(0.94, 0.25) == CLEAN
    assert final(0.98, 0.25) == "adult"
    assert final(0.94, 0.6) == "adult"


def test_the_rules_do_not_take_the_one_leaning_item_of_a_foreign_menu_that_reads_clean():
    from spamguard.decide import decide
    from spamguard.model import ModelScores
    from spamguard.rules import find_all

    params = DecisionParams(spam_threshold=0.85, short_line_threshold=0.97, rules_veto=0.5)
    page = Page.from_text("健康資訊 · 保健食品 · 藥品 · 處方箋 · 門市查詢 · 優惠活動\n" + "\n".join([LONG] * 3))
    n = page.seg.n_blocks
    items = [page.seg.block_text(i) for i in range(n)]
    findings = [find_all(page, i) for i in range(n)]
    assert any(f.reason.value == "foreign_script" for f in findings[items.index("優惠活動")])

    def final(leaning: set[str], line_p: float) -> list[str]:
        block = np.array([[0.41, 0.59] if t in leaning else [0.99, 0.01] for t in items])
        line = np.array([[1 - line_p, line_p]] + [[1.0, 0.0]] * (page.seg.n_lines - 1))
        d = decide(page, findings, ModelScores(("clean", "gambling"), block, line), params)
        return [t for t, lab in zip(items, d.final) if lab != CLEAN]

    assert final({"優惠活動"}, 0.01) == []
    # a list that leans towards spam as a whole, or two leaning items in it, are judged as before
    assert final({"優惠活動"}, 0.6) == ["優惠活動"]
    assert final({"優惠活動", "門市查詢"}, 0.01) == ["門市查詢", "優惠活動"]


def test_an_item_of_the_sites_own_menu_needs_the_short_line_threshold_and_stays_when_the_page_uses_its_words():
    """A line naming the site's home or contact page is its menu: an item leaning to spam needs
    the short-line threshold however many items lean, and the classifier alone does not remove one
    whose words a clean line of the page uses (a casino's "Roulette"); an item the page does not
    use goes at that threshold (a link slipped into a hacked menu)."""
    from spamguard.decide import decide
    from spamguard.model import ModelScores
    from spamguard.rules import find_all

    params = DecisionParams(spam_threshold=0.85, short_line_threshold=0.97)
    body = "Im Saal stehen über 150 Spielautomaten, der Eintritt ist ab 18 Jahren möglich."

    def removed(menu: str, leaning: dict[str, float], text_below: str = body) -> list[str]:
        page = Page.from_text(menu + "\n" + text_below + "\n" + LONG)
        n = page.seg.n_blocks
        items = [page.seg.block_text(i) for i in range(n)]
        block = np.array([[1 - leaning.get(t, 0.0), leaning.get(t, 0.0)] for t in items])
        line = np.array([[0.3, 0.7]] + [[1.0, 0.0]] * (page.seg.n_lines - 1))
        findings = [find_all(page, i) for i in range(n)]
        d = decide(page, findings, ModelScores(("clean", "gambling"), block, line), params)
        return [t for t, lab in zip(items, d.final) if lab != CLEAN]

    menu = "Startseite | Spielautomaten | Sportwetten Live | Kontakt"
    assert removed(menu, {"Spielautomaten": 1.0, "Sportwetten Live": 0.9}) == []
    assert removed(menu, {"Spielautomaten": 1.0, "Sportwetten Live": 0.99}) == ["Sportwetten Live"]
    # the same items in a list that names none of the site's own pages go at the spam threshold
    listed = "Neuigkeiten | Spielautomaten | Sportwetten Live | Termine"
    assert {"Spielautomaten", "Sportwetten Live"} <= set(removed(listed, {"Spielautomaten": 1.0, "Sportwetten Live": 0.9}))
    # nor does a clean line that is a list of its own make the menu's words the page's
    # (the list's own item reads as spam too and goes with it)
    assert removed(menu, {"Spielautomaten": 1.0}, "Spielautomaten | Hotel | Restaurant | Bar") == ["Spielautomaten"] * 2


def test_what_a_menu_item_echoes_follows_the_lines_that_read_clean_on_the_same_page():
    """The tuner decides one prepared page under many thresholds: the clean lines a menu item is
    looked up in are those of each call, not of the first."""
    from spamguard.lines import echoed

    page = Page.from_text("Startseite | Casino | Kontakt\nDas Casino ist täglich geöffnet.\n" + LONG)
    casino = [page.seg.block_text(i) for i in range(page.seg.n_blocks)].index("Casino")
    assert echoed(page, casino, np.array([False, True, True]))
    assert not echoed(page, casino, np.array([False, False, True]))
    assert echoed(page, casino, np.array([False, True, False]))


def test_what_a_block_echoes_is_said_on_another_clean_line_that_is_no_list():
    """``echoed`` gathers the clean lines' words once a page: it answers as reading every other
    clean line that is no list, line by line, does (random pages of short lines, menus, lists,
    a script written without spaces)."""
    import random

    from spamguard.lines import _words, echoed, line_is_list
    from spamguard.scripts import DENSE_GROUPS

    rng = random.Random(4)
    lines = ["Casino", "casino online", "Home | Casino | News", "Das Casino ist offen.", "Hotel Bar",
             "双色球第2026138期", "双色球", "ok", "", "Poker, Roulette, Casino, Bar", "hotel bar heute",
             "casino online | hotel bar | casino online | poker88", "双色球 | 大乐透 | 福彩3D | 七星彩"]
    asked = 0
    for _ in range(150):
        page = Page.from_text("\n".join(rng.choice(lines) for _ in range(rng.randrange(1, 12))))
        clean = np.array([rng.random() < 0.7 for _ in range(page.seg.n_lines)])
        for i in range(page.seg.n_blocks):
            item = _words(page.seg.block_text(i))
            if sum(c.isalpha() for c in item) < 3:
                continue
            k = int(page.seg.block_line[i])
            needle = item.strip() if page.profile.block_group[i] in DENSE_GROUPS else item
            by_hand = any(needle in _words(page.line_text(j)) for j in np.flatnonzero(clean)
                          if j != k and not line_is_list(page, int(j)))
            assert echoed(page, i, clean) == by_hand, (page.text, i, clean)
            asked += 1
    assert asked > 300


def test_the_pages_title_stays_above_a_first_paragraph_that_does_not_lean_to_spam():
    """The line between a page's menu and its first paragraph names what the paragraph is about:
    the classifier alone does not remove it when nothing else on the page leans to spam; a spam
    site's title goes with its sales lines, and a title the rules find evidence against is judged
    as before."""
    from spamguard.decide import decide
    from spamguard.model import ModelScores
    from spamguard.rules import find_all

    params = DecisionParams(spam_threshold=0.85, short_line_threshold=0.97, neighbour_threshold=0.5)
    text = "Home | Resources | Contact\nGetting Help With Your Essay\n" + LONG + "\n" + LONG
    page = Page.from_text(text)
    n = page.seg.n_blocks
    title = [page.seg.block_line[i] == 1 for i in range(n)]

    def final(body_p: float, last_p: float = 0.0) -> str:
        probs = [0.993 if title[i] else body_p if page.seg.block_line[i] == 2 else last_p if page.seg.block_line[i] == 3 else 0.0
                 for i in range(n)]
        block = np.array([[1 - p, p] for p in probs])
        line = np.array([[1 - p, p] for p in (0.0, 0.993, body_p, last_p)])
        findings = [find_all(page, i) for i in range(n)]
        return decide(page, findings, ModelScores(("clean", "essay"), block, line), params).final[title.index(True)]

    assert final(0.05) == CLEAN
    assert final(0.6) == "essay"  # its paragraph leans to spam: a spam site's title and pitch
    assert final(0.05, last_p=0.7) == "essay"  # another line of the page leans to spam
    # with no menu above it, a short line is judged as before
    page = Page.from_text("Getting Help With Your Essay\n" + LONG + "\n" + LONG)
    block = np.array([[0.007, 0.993]] + [[1.0, 0.0]] * (page.seg.n_blocks - 1))
    line = np.array([[0.007, 0.993], [1.0, 0.0], [1.0, 0.0]])
    d = decide(page, [find_all(page, i) for i in range(page.seg.n_blocks)], ModelScores(("clean", "essay"), block, line), params)
    assert d.final[0] == "essay"


def test_another_script_does_not_support_a_sentence_of_prose_but_supports_a_list():
    """A sentence quoted in Latin letters on a page in another script is evidence of a quote, not
    of spam: it needs the spam threshold; the same score on a keyword list in that script goes at
    the supported threshold, and so does a run of that script inside a sentence of the page's
    own (the sentence is the host's prose, not the run's) and a sentence in another script than
    Latin (quotes seldom come in one)."""
    from spamguard.decide import decide
    from spamguard.model import ModelScores
    from spamguard.rules import find_all

    host = "日本で初めての治療薬が承認された経緯について、当時の新聞記事をもとに振り返ります。"
    quote = "The FDA approved the first pill to treat erectile dysfunction, for use by prescription only."
    listed = "cheap pills | generic tablets | no prescription | fast shipping"
    params = DecisionParams(spam_threshold=0.85, supported_threshold=0.5, support_evidence=0.5)
    pitch = "cheap generic pills shipped overnight without a prescription"
    inside = host[:-1] + "、" + pitch + "、" + host
    # more Latin letters than Japanese ones, yet the Japanese reads as many words: still the host's
    inside_short = host[:-1] + "、" + pitch + " in any amount today、" + host[:20] + "。"
    # quotes come in Latin letters: a sentence in Cyrillic on a Japanese page keeps the support
    cyrillic = "Мы отправим вам таблетки для потенции без рецепта врача в течение одного дня по всей стране."
    cases = ((quote, CLEAN), (listed, "pharma"), (inside, "pharma"), (inside_short, "pharma"), (cyrillic, "pharma"))
    for foreign, expected in cases:
        page = Page.from_text("\n".join([host] * 4 + [foreign] + [host] * 2))
        n = page.seg.n_blocks
        target = [
            i for i in range(n)
            if page.line_text(int(page.seg.block_line[i])) == foreign
            and int(page.profile.block_group[i]) not in page.profile.home_groups
        ]
        block = np.array([[0.2, 0.8] if i in target else [1.0, 0.0] for i in range(n)])
        line = np.array([[0.2, 0.8] if page.line_text(k) == foreign else [1.0, 0.0] for k in range(page.seg.n_lines)])
        assert target and (foreign == listed or line_is_prose(page, 4))
        findings = [find_all(page, i) for i in range(n)]
        assert all(any(f.reason.value == "foreign_script" for f in findings[i]) for i in target)
        d = decide(page, findings, ModelScores(("clean", "pharma"), block, line), params)
        assert {d.final[i] for i in target} == {expected}, (foreign, [d.final[i] for i in target])


def _revise_around_styled_name(text: str):
    """Revise a page whose one styled block is first-pass spam with obfuscation evidence."""
    page = Page.from_text(text)
    n = page.seg.n_blocks
    styled = next(i for i in range(n) if page.seg.block_text(i).startswith("𝙋"))
    labels = ["gambling" if i == styled else CLEAN for i in range(n)]
    conf = np.array([0.99 if i == styled else 0.0 for i in range(n)])
    reasons = [("classifier", "obfuscated_text") if i == styled else () for i in range(n)]
    final, _, _ = revise(page, labels, conf, reasons, PARAMS, np.zeros(n), ["gambling"] * n)
    return page, styled, final


def test_the_phrase_a_stuffed_line_says_between_its_domains_goes_with_them():
    """A line repeating itself at full strength, with spam on it: a block said three times or
    more next to a removed one is the stuffed phrase; a line whose repeated phrase has no spam
    beside it keeps it, and so does a host sentence said once."""
    unit = "πρώτη σελίδα στο google google{}.net"
    stuffed = " | ".join(unit.format(n) for n in range(6)) + "\nΗ Βουλή ψήφισε χθες το νέο νομοσχέδιο για την παιδεία.\n"
    page = Page.from_text(stuffed)
    n = page.seg.n_blocks
    domains = [i for i in range(n) if ".net" in page.seg.block_text(i)]
    greek = [i for i in range(n) if page.seg.block_line[i] == 0 and i not in domains]
    assert len(domains) == 6 and len(greek) == 6
    labels = ["seo" if i in domains else CLEAN for i in range(n)]
    conf = np.array([1.0 if i in domains else 0.0 for i in range(n)])
    reasons = [("classifier", "url_list") if i in domains else () for i in range(n)]
    final, _, _ = revise(page, labels, conf, reasons, PARAMS, np.where(conf > 0, 1.0, 0.01), ["seo"] * n)
    assert all(final[i] == "seo" for i in greek), [final[i] for i in greek]
    assert all(final[i] == CLEAN for i in range(n) if page.seg.block_line[i] == 1)
    # the same line with nothing removed on it stays whole
    final, _, _ = revise(page, [CLEAN] * n, np.zeros(n), [()] * n, PARAMS, np.full(n, 0.01), ["seo"] * n)
    assert all(f == CLEAN for f in final)
    # the phrase is the same words, whatever the punctuation around it or how often a block says it
    line = "כדורים להגדלה, best1.net, כדורים להגדלה, כדורים להגדלה, play2.cc, כדורים להגדלה, win3.top"
    page = Page.from_text(line + "\n" + LONG + "\n")
    n = page.seg.n_blocks
    domains = [i for i in range(n) if "." in page.seg.block_text(i).strip(" ,")]
    labels = ["seo" if i in domains else CLEAN for i in range(n)]
    conf = np.array([1.0 if i in domains else 0.0 for i in range(n)])
    reasons = [("classifier", "url_list") if i in domains else () for i in range(n)]
    final, _, _ = revise(page, labels, conf, reasons, PARAMS, np.where(conf > 0, 1.0, 0.01), ["seo"] * n)
    assert all(final[i] == "seo" for i in range(n) if page.seg.block_line[i] == 0)


def test_a_clean_host_sentence_before_a_pitch_on_its_line_stays_in_the_same_script():
    """A line mostly spam takes its other blocks in the spam's script, but not a whole sentence
    of the host's, as long as a line, that reads as clearly clean; a short clean piece goes."""
    host = "Phi thơm hành tỏi, cho cà chua vào xào mềm rồi thêm nước và me chua."
    pitch = ("Vay tiền online nhanh chỉ cần CMND, giải ngân trong 15 phút, không thẩm định, "
             "nợ xấu vẫn duyệt, liên hệ Zalo 0909 123 456.")
    for first, stays in ((host, True), ("Xem thêm.", False)):
        page = Page.from_text("\n".join([LONG, first + " " + pitch, LONG]))
        n = page.seg.n_blocks
        on_line = [i for i in range(n) if page.seg.block_line[i] == 1]
        assert len(on_line) == 2 and all(page.seg.block_sentence[i] for i in on_line)
        first_block, pitch_block = on_line
        labels = ["scam" if i == pitch_block else CLEAN for i in range(n)]
        conf = np.array([0.99 if i == pitch_block else 0.0 for i in range(n)])
        reasons = [("classifier",) if i == pitch_block else () for i in range(n)]
        spam_prob = np.array([0.99 if i == pitch_block else 0.01 for i in range(n)])
        final, _, _ = revise(page, labels, conf, reasons, PARAMS, spam_prob, ["scam"] * n)
        assert (final[first_block] == CLEAN) == stays, first


def test_a_host_sentence_before_spam_on_its_line_stays_reading_clean_though_not_clearly():
    """A whole sentence as long as a line with no spam before it on its line is the host's that
    the injection was put after: it stays reading under the sentence-clean reading (0.1), not only
    under the clearly-clean one (0.03). After the spam, a sentence reading so is as often the
    pitch's next one, and goes with the line."""
    host = "Phi thơm hành tỏi, cho cà chua vào xào mềm rồi thêm nước và me chua."
    pitch = ("Vay tiền online nhanh chỉ cần CMND, giải ngân trong 15 phút, không thẩm định, "
             "nợ xấu vẫn duyệt, liên hệ Zalo 0909 123 456.")
    assert PARAMS.clearly_clean < 0.05 < PARAMS.sentence_clean < 0.2
    for line, reading, stays in (
        (f"{host} {pitch}", 0.05, True),
        (f"{pitch} {host}", 0.05, False),
        (f"{host} {pitch}", 0.2, False),
    ):
        page = Page.from_text("\n".join([LONG, line, LONG]))
        n = page.seg.n_blocks
        on_line = [i for i in range(n) if page.seg.block_line[i] == 1]
        assert len(on_line) == 2
        host_block, pitch_block = on_line if line.startswith(host) else on_line[::-1]
        labels = ["scam" if i == pitch_block else CLEAN for i in range(n)]
        conf = np.array([0.99 if i == pitch_block else 0.0 for i in range(n)])
        reasons = [("classifier",) if i == pitch_block else () for i in range(n)]
        spam_prob = np.array([0.99 if i == pitch_block else reading if i == host_block else 0.01 for i in range(n)])
        final, _, _ = revise(page, labels, conf, reasons, PARAMS, spam_prob, ["scam"] * n)
        assert (final[host_block] == CLEAN) == stays, (line[:20], reading)


def test_a_host_sentence_after_a_clearly_clean_one_that_follows_the_spam_stays_reading_clean_though_not_clearly():
    """After the spam, a sentence reading clean though not clearly may be the pitch's next one;
    not when a clearly clean sentence of the host's stands between them: the spam has ended
    there, and the sentence after it is the host's too."""
    pitch = ("Vay tiền online nhanh chỉ cần CMND, giải ngân trong 15 phút, không thẩm định. "
             "Nợ xấu vẫn duyệt, lãi suất thấp nhất thị trường, liên hệ Zalo 0909 123 456 ngay hôm nay.")
    between = "Bà con trong xóm vẫn hay nói vậy."
    host = "Phi thơm hành tỏi, cho cà chua vào xào mềm rồi thêm nước và me chua."
    assert PARAMS.clearly_clean < 0.05 < PARAMS.sentence_clean
    for line, stays in ((f"{pitch} {between} {host}", True), (f"{pitch} {host}", False)):
        page = Page.from_text("\n".join([LONG, line, LONG]))
        n = page.seg.n_blocks
        on_line = [i for i in range(n) if page.seg.block_line[i] == 1]
        texts = [page.block_text(i).strip() for i in on_line]
        host_block = on_line[texts.index(host)]
        pitch_blocks = {i for i, t in zip(on_line, texts) if t in pitch}
        assert len(pitch_blocks) == 2, texts
        labels = ["scam" if i in pitch_blocks else CLEAN for i in range(n)]
        conf = np.array([0.99 if i in pitch_blocks else 0.0 for i in range(n)])
        reasons = [("classifier",) if i in pitch_blocks else () for i in range(n)]
        spam_prob = np.array([0.99 if i in pitch_blocks else 0.05 if i == host_block else 0.01 for i in range(n)])
        final, _, _ = revise(page, labels, conf, reasons, PARAMS, spam_prob, ["scam"] * n)
        assert all(final[i] != CLEAN for i in pitch_blocks)
        assert (final[host_block] == CLEAN) == stays, line[-30:]


def test_a_japanese_hosts_sentences_before_a_long_keyword_run_stay_and_the_page_with_them():
    """The shipped model reads these two sentences 0.08 and 0.05: taken with the keyword run after
    them, they left so little of the page that it went whole, title and all."""
    import spamguard

    host = "会員登録は無料で、いつでも退会できます。忙しい毎日の中で、自分の時間をうまく作れずに悩んでいる人も多いのではないでしょうか。"
    run = " ".join(["情報商材 情報商材 給料ファクタリング 情報商材 スマホで稼ぐ 即日融資 審査なし 即日融資 審査なし",
                    "即日融資 審査なし 情報商材 fx 自動売買 スマホで稼ぐ"] * 3)
    text = f"日々の暮らし\n{host} {run}\n次回の更新は来週の予定です。"
    assert spamguard.clean(text).text == f"日々の暮らし\n{host}\n次回の更新は来週の予定です。"


def test_a_whole_host_sentence_opening_a_line_of_stuffing_stays_though_no_other_sentence_shares_its_piece():
    """A company footer's sentence ("Registered in England and Wales, company number ...") ahead
    of keywords of another script is a piece of its own, not one of several sentences; a Latin
    word glued into the keywords puts Latin among the spam's scripts. From the line's start to
    its stop and as long as a line, it is still the host's whole sentence and stays."""
    import spamguard

    run = " ".join(["थीसिस लेखन सेवा", "पीएचडी थीसिस लिखवाना", "थीसिस लेखन सेवा", "पीएचडी थीसिस लिखवानाnow"] * 5)
    footer = "Registered in England and Wales, company number 04417723."
    text = ("समाचार | खेल | संपर्क\n"
            "नगर पुस्तकालय अगले महीने से रात नौ बजे तक खुला रहेगा। अध्ययन कक्ष की बुकिंग वेबसाइट पर की जा सकती है।\n"
            "पार्किंग दो घंटे तक निःशुल्क है और शनिवार को बच्चों के लिए कहानी सत्र होता है।\n"
            f"{footer} {run} VAT 81230977.")
    result = spamguard.clean(text)
    assert footer in result.text
    assert "थीसिस" not in result.text


def test_a_line_wholly_in_a_foreign_script_that_reads_as_spam_goes_whole():
    """A line the classifier calls spam as a whole takes its blocks that lean towards spam; when
    the line is written wholly in a script the page is not written in, it is the injection's
    throughout, and its item the classifier does not know goes too. On a line in the page's own
    script, that item stays."""
    def run(host: str) -> str:
        page = Page.from_text("\n".join([host] * 3 + ["order valium online no rx | ambien 10mg fast delivery", host]))
        n = page.seg.n_blocks
        valium, ambien = [i for i in range(n) if page.seg.block_line[i] == 3]
        labels = ["pharma" if i == valium else CLEAN for i in range(n)]
        conf = np.array([0.92 if i == valium else 0.0 for i in range(n)])
        reasons = [("classifier",) if i == valium else () for i in range(n)]
        spam_prob = np.array([0.92 if i == valium else 0.05 for i in range(n)])
        line_spam = np.array([0.9 if k == 3 else 0.0 for k in range(page.seg.n_lines)])
        final, _, _ = revise(page, labels, conf, reasons, PARAMS, spam_prob, ["pharma"] * n, line_spam)
        assert final[valium] == "pharma"
        return final[ambien]

    assert run(LONG_UK) == "pharma"
    assert run(LONG) == CLEAN


def test_a_foreign_run_touching_spam_goes_with_it_outside_a_list():
    """On a line with spam, a run in a script foreign to the page that touches the spam is the
    injection's own text, chain by chain; the items of a list stay (a Taiwanese pharmacy menu
    with one item removed), and so does Latin on a page in another script."""
    def run(line: str, host: str, removed: str):
        page = Page.from_text("\n".join([host] * 3 + [line] + [host]))
        n = page.seg.n_blocks
        target = [i for i in range(n) if page.seg.block_line[i] == 3]
        spam = [i for i in target if removed in page.seg.block_text(i)]
        assert len(spam) == 1
        labels = ["adult" if i in spam else CLEAN for i in range(n)]
        conf = np.array([1.0 if i in spam else 0.0 for i in range(n)])
        reasons = [("classifier", "url_list") if i in spam else () for i in range(n)]
        final, _, _ = revise(page, labels, conf, reasons, PARAMS, np.where(conf > 0, 1.0, 0.01), ["adult"] * n)
        return {page.seg.block_text(i).strip(): final[i] for i in target}

    line = "سكس مصري صور عارية مجانا سجل الآن في bet892.site واحصل على بونص 88%"
    assert set(run(line, LONG, "bet892").values()) == {"adult"}
    menu = "健康資訊 · 保健食品 · 藥品 · 處方箋 · 門市查詢 · 優惠活動"
    assert [v for k, v in run(menu, LONG, "優惠活動").items() if k != "優惠活動"] == [CLEAN] * 5
    latin = run("Copyright 2024 City Times. 無料エロ動画 bet892.site", LONG_GREEK, "bet892")
    assert latin["無料エロ動画"] == "adult" and latin["Copyright 2024 City Times."] == CLEAN
    # a short Latin piece inside the injection links it; the host's own short Latin at its end stays
    thai = run("นาฬิกาโรเล็กซ์ก๊อปเกรด AAA ส่งด่วน พร้อมกล่องและใบรับประกัน VAT 83564", LONG_UK, "นาฬิกา")
    assert thai["AAA"] == "adult" and thai["ส่งด่วน พร้อมกล่องและใบรับประกัน"] == "adult"
    assert thai["VAT 83564"] == CLEAN
    # a bare address touching the spam is its address, in Latin letters too
    address = run("Навесні помер президент. นวดกระปู๋ สมัครวันนี้รับโบนัส bet317586.top бути неякісною.", LONG_UK, "นวด")
    assert address["bet317586.top"] == "adult"


def test_a_short_line_around_a_disguised_name_goes_whole_but_a_host_sentence_in_another_script_stays():
    page, _, final = _revise_around_styled_name("Temen-temen gue pada pindah ke 𝙋𝙐𝙇𝘼𝙐𝙒𝙄𝙉, dan gue ngerti kenapanya.\n" + LONG)
    assert [final[i] for i in page.line_blocks(0)] == ["gambling"] * len(page.line_blocks(0))
    assert all(final[i] == CLEAN for i in page.line_blocks(1))
    # the same disguised name slipped into a Georgian sentence takes nothing of the sentence
    page, styled, final = _revise_around_styled_name(
        "რომუალდის ცხოვრებაში 𝙋𝙐𝙇𝘼𝙐𝙒𝙄𝙉 ასევე აღნიშნულია რომ ის განათლებული პირი იყო.\n" + LONG
    )
    assert [i for i in range(page.seg.n_blocks) if final[i] != CLEAN] == [styled]


def test_a_pitch_takes_the_score_of_its_strongest_clause_but_a_prose_sentence_does_not():
    from spamguard.decide import ModelScores, classifier_view

    text = "Préstamos online al instante sin aval, dinero en tu cuenta en 10 minutos, solicítalo ya\n" \
        "La policía investiga préstamos online al instante sin aval, dijo el portavoz del ministerio ayer.\n"
    page = Page.from_text(text)
    n = page.seg.n_blocks
    assert n == 2
    block = np.array([[0.4, 0.6], [0.4, 0.6]])
    clause = np.array([[0.04, 0.96], [0.04, 0.96]])
    line = block.copy()
    view = classifier_view(page, ModelScores(("clean", "scam"), block, line, clause), PARAMS)
    assert view.spam_prob[0] == 0.96 and view.spam_prob[1] == 0.6


def test_a_foreign_list_inside_a_sentence_is_judged_as_its_own_run_not_as_the_line():
    from spamguard.decide import ModelScores, classifier_view

    text = "Индекс вырос уже в седьмой раз подряд 催情药丨肾宝片丨代孕 и его прирост за эти дни достиг девяти процентов.\n"
    page = Page.from_text(text)
    blocks = [page.seg.block_text(i) for i in range(page.seg.n_blocks)]
    han = [i for i, b in enumerate(blocks) if b in ("催情药", "肾宝片", "代孕")]
    assert len(han) == 3 and len(set(page.profile.block_run[han])) == 1
    assert page.profile.run_group[page.profile.block_run[han[0]]] != page.profile.line_group[0]
    n = page.seg.n_blocks
    block = np.array([[0.5, 0.5] if i in han else [1.0, 0.0] for i in range(n)])
    line = np.array([[0.94, 0.06]])  # the long Russian prose dilutes the line
    runs = np.array([[1.0, 0.0]] * (int(page.profile.block_run.max()) + 1))
    runs[page.profile.block_run[han[0]]] = [0.02, 0.98]
    with_runs = classifier_view(page, ModelScores(("clean", "pharma"), block, line, None, runs), PARAMS)
    without = classifier_view(page, ModelScores(("clean", "pharma"), block, line), PARAMS)
    assert all(with_runs.spam_prob[i] == 0.98 for i in han)
    assert all(abs(without.spam_prob[i] - 0.06) < 1e-9 for i in han)
    # the Russian prose keeps its own score
    assert all(with_runs.spam_prob[i] == 0.0 for i in range(n) if i not in han)


def test_a_sentence_of_another_script_is_not_read_with_its_paragraph():
    """The sentences of a paragraph are read together, but a sentence in another script than its
    line's (Indonesian togel text after a Korean sentence) is the run of its own script: the
    Korean sentence before it does not dilute it."""
    from spamguard.decide import ModelScores, classifier_view

    text = ("블레어하우스는 외국 정상의 숙소 이외에도 전직 대통령의 장례 때 사용되며 그 역사는 백 년이 넘는다. "
            "Prediksi togel jitu akun pro thailand bonus new member gampang menang. "
            "전직 대통령이 서거해 국장을 치를 때 전직 대통령 부인이 머물며 조문객을 맞는 곳으로도 사용돼 왔다.\n")
    page = Page.from_text(text)
    n = page.seg.n_blocks
    latin = [i for i in range(n) if "togel" in page.seg.block_text(i)]
    assert len(latin) == 1 and page.seg.block_sentence[latin[0]]
    assert page.profile.run_group[page.profile.block_run[latin[0]]] != page.profile.line_group[0]
    block = np.array([[0.15, 0.85] if i in latin else [0.8, 0.2] for i in range(n)])
    line = np.array([[0.9, 0.1]])
    runs = np.array([[0.15, 0.85]] * (int(page.profile.block_run.max()) + 1))
    pieces = np.array([[0.9, 0.1]] * (int(page.seg.block_piece.max()) + 1))
    view = classifier_view(page, ModelScores(("clean", "gambling"), block, line, None, runs, pieces), PARAMS)
    assert abs(view.spam_prob[latin[0]] - 0.85) < 1e-9
    # the Korean sentences keep their paragraph's reading
    assert all(abs(view.spam_prob[i] - 0.1) < 1e-9 for i in range(n) if i not in latin and page.seg.block_sentence[i])


def test_the_host_sentence_an_injection_was_glued_to_is_read_without_it():
    """A paragraph's sentences take its reading, unless it has a sentence of certain spam and
    the rest reads as clean without it (``rest_clean``): then the host's sentence keeps that
    reading. A rest that leans to spam (a pitch's tail) still reads with its paragraph."""
    import dataclasses

    from spamguard.decide import ModelScores, classifier_view

    text = ("Jalan Besar akan ditutup sementara pada 6 Disember untuk kerja-kerja menaik taraf longkang. "
            "Daftar togel online resmi, bandar judi terpercaya bayar berapapun kemenangan anda\n")
    page = Page.from_text(text)
    assert page.seg.n_blocks == 2 and page.seg.block_sentence.all()
    block = np.array([[0.85, 0.15], [0.002, 0.998]])
    line = np.array([[0.01, 0.99]])
    piece = np.array([[0.01, 0.99]])
    for rest, expect in ((np.array([[0.85, 0.15]]), 0.15), (np.array([[0.6, 0.4]]), 0.99)):
        scores = ModelScores(("clean", "gambling"), block, line, None, None, piece, None, rest)
        view = classifier_view(page, scores, PARAMS)
        assert abs(view.spam_prob[0] - expect) < 1e-9
        assert abs(view.spam_prob[1] - 0.998) < 1e-9  # the certain one keeps its own
    # 0 turns it off: the paragraph's reading again
    off = classifier_view(page, ModelScores(("clean", "gambling"), block, line, None, None, piece, None,
                                            np.array([[0.85, 0.15]])), dataclasses.replace(PARAMS, rest_clean=0.0))
    assert abs(off.spam_prob[0] - 0.99) < 1e-9


def test_a_short_phrase_of_another_script_is_judged_as_itself_but_a_latin_name_as_its_line():
    """A run of one short block in a script foreign to its line says what it says ("首存送" in a
    Welsh sentence), not what the host sentence around it says; a word in Latin letters in a
    line of another script is most often a name or a brand, and stays judged by its line."""
    from spamguard.decide import ModelScores, classifier_view

    for text, word, expect_own in (
        ("Mae nifer o actorion a chantorion wedi 首存送 dechrau eu gyrfa ar y rhaglen honno.\n", "首存送", True),
        ("据报道，该公司推出的新款 Galaxy 手机在上市首周的销量超过了去年同期的两倍。\n", "Galaxy", False),
    ):
        page = Page.from_text(text)
        n = page.seg.n_blocks
        i = next(j for j in range(n) if page.seg.block_text(j).strip() == word)
        run = page.profile.block_run[i]
        assert np.bincount(page.profile.block_run)[run] == 1
        assert page.profile.run_group[run] != page.profile.line_group[0]
        block = np.array([[0.05, 0.95] if j == i else [1.0, 0.0] for j in range(n)])
        line = np.array([[0.99, 0.01]])
        runs = np.array([[1.0, 0.0]] * (int(page.profile.block_run.max()) + 1))
        runs[run] = block[i]
        view = classifier_view(page, ModelScores(("clean", "gambling"), block, line, None, runs), PARAMS)
        assert abs(view.spam_prob[i] - (0.95 if expect_own else 0.01)) < 1e-9, (word, view.spam_prob[i])


def test_script_runs_follow_script_changes_within_each_line():
    from spamguard.profile import script_runs

    page = Page.from_text("Home | 中文 | 日本語 | 2025 | English\nslot gacor | 中文\n")
    runs, groups = script_runs(page.seg, page.profile.block_group)
    blocks = [page.seg.block_text(i) for i in range(page.seg.n_blocks)]
    assert blocks == ["Home", "中文", "日本語", "2025", "English", "slot gacor", "中文"]
    # a number joins the run it follows; a new line starts a new run even in the same script
    assert runs.tolist() == [0, 1, 1, 1, 2, 3, 4]
    han, latin = page.profile.block_group[1], page.profile.block_group[0]
    assert groups.tolist() == [latin, han, latin, latin, han]


def test_strong_stuffing_evidence_overrides_the_veto_only_for_a_long_foreign_run():
    from spamguard.decide import ModelScores, decide
    from spamguard.reasons import Reason
    from spamguard.rules import Finding

    text = f"{LONG}\n© 2024 Example Ltd.\nماركات مقلدة باسعار رخيصة - شنط ماركات تقليد درجة اولى\n中文\n"
    page = Page.from_text(text)
    n = page.seg.n_blocks
    arabic = [i for i in range(n) if page.seg.block_line[i] == 2]
    short = [i for i in range(n) if page.seg.block_line[i] == 3]
    strong = [Finding(Reason.FOREIGN_SCRIPT, 1.0), Finding(Reason.KEYWORD_LIST, 0.9), Finding(Reason.AFTER_FOOTER, 0.5)]
    findings = [strong if i in arabic + short else [] for i in range(n)]
    block = np.array([[0.9, 0.1]] * n)
    line = np.array([[0.9, 0.1]] * page.seg.n_lines)
    scores = ModelScores(("clean", "replica"), block, line)
    vetoed = decide(page, findings, scores, DecisionParams(rules_veto=0.5, rules_override_evidence=9.0))
    overridden = decide(page, findings, scores, DecisionParams(rules_veto=0.5, rules_override_evidence=0.7))
    assert all(vetoed.first_pass[i] == CLEAN for i in arabic)
    assert all(overridden.first_pass[i] != CLEAN for i in arabic)
    assert all(overridden.first_pass[i] == CLEAN for i in short)  # "中文" is too short to be more than a name


def test_a_foreign_run_stuffed_over_and_over_overrides_the_veto():
    from spamguard.decide import ModelScores, decide
    from spamguard.rules import find_all

    stuffed = " ".join(["وام فوری"] * 8)
    text = f"{LONG}\nHabari za leo {stuffed} na mengine mengi ya kusoma hapa.\n{LONG}\n{LONG}"
    page = Page.from_text(text)
    n = page.seg.n_blocks
    persian = [i for i in range(n) if "وام" in page.seg.block_text(i)]
    findings = [find_all(page, i) for i in range(n)]
    assert {f.reason.value for f in findings[persian[0]]} >= {"foreign_script", "keyword_repetition"}
    scores = ModelScores(("clean", "scam"), np.array([[1.0, 0.0]] * n), np.array([[1.0, 0.0]] * page.seg.n_lines))
    d = decide(page, findings, scores, DecisionParams(rules_veto=0.5))
    assert all(d.final[i] == "scam" for i in persian)
    assert all(d.final[i] == CLEAN for i in range(n) if i not in persian)  # the host sentence stays
    # without the override the classifier's veto holds (the run is also a phrase said over and over
    # that the page says nowhere else, a path of its own: left out here)
    assert all(any(f.reason.value == "repeated_phrase" for f in findings[i]) for i in persian)
    findings = [[f for f in fs if f.reason.value != "repeated_phrase"] for fs in findings]
    d = decide(page, findings, scores, DecisionParams(rules_veto=0.5, rules_override_repetition=1.1))
    assert all(d.final[i] == CLEAN for i in persian)


def test_a_line_of_han_counts_as_long_as_its_words():
    from spamguard.decide import ModelScores, decide

    text = "激情影片，立即註冊送八十八元現金紅包\n" + "\n".join([LONG] * 6)
    page = Page.from_text(text)
    n = page.seg.n_blocks
    block = np.array([[0.05, 0.95]] + [[1.0, 0.0]] * (n - 1))
    line = np.array([[0.05, 0.95]] + [[1.0, 0.0]] * (page.seg.n_lines - 1))
    d = decide(page, [[] for _ in range(n)], ModelScores(("clean", "adult"), block, line), DecisionParams(spam_threshold=0.9))
    assert d.final[0] == "adult"  # 18 Han characters: not a short title that needs 0.99


def test_a_stuffed_line_needs_only_a_lean_towards_spam():
    from spamguard.decide import ModelScores, decide
    from spamguard.rules import find_all

    stuffed = " ".join(["zakłady bukmacherskie darmowe spiny"] * 6)
    text = "\n".join([LONG] * 5 + [stuffed])
    page = Page.from_text(text)
    n = page.seg.n_blocks
    findings = [find_all(page, i) for i in range(n)]
    assert any(f.reason.value == "keyword_repetition" and f.strength >= 1.0 for f in findings[n - 1])
    block = np.array([[1.0, 0.0]] * (n - 1) + [[0.6, 0.4]])
    line = block.copy()
    scores = ModelScores(("clean", "gambling"), block, line)
    assert decide(page, findings, scores, DecisionParams(stuffed_threshold=0.3)).final[n - 1] == "gambling"
    assert decide(page, findings, scores, DecisionParams(stuffed_threshold=0.5)).final[n - 1] == CLEAN
    # the long host lines, which the classifier calls clean, are not taken along
    assert all(lab == CLEAN for lab in decide(page, findings, scores, DecisionParams()).final[: n - 1])


PITCH = "Best mattress deals of the season, free delivery and a hundred nights trial, order today!"


def test_the_one_line_a_clean_page_leans_to_spam_goes_when_it_is_a_long_pitch():
    text = "\n".join([LONG] * 3 + [PITCH] + [LONG] * 3)
    _, final, why = _revise(text, set(), [0.01] * 3 + [0.85] + [0.02] * 3)
    assert final[3] == "gambling" and "outlier_line" in why[3]
    assert final.count(CLEAN) == 6
    # a second line leaning to spam: the page is about spam's topic, nothing stands out
    _, final, _ = _revise(text, set(), [0.01, 0.2, 0.01, 0.85, 0.02, 0.02, 0.02])
    assert final.count(CLEAN) == 7
    # ... but a line already removed does not count
    _, final, _ = _revise(text, {1}, [0.01, 0.99, 0.01, 0.85, 0.02, 0.02, 0.02])
    assert final[3] == "gambling"
    # under the threshold (and without the offer path, which reads a pitch's call to order)
    _, final, _ = _revise(text, set(), [0.01] * 3 + [0.75] + [0.02] * 3, DecisionParams(offer_line_letters=0))
    assert final.count(CLEAN) == 7


def test_an_outlier_stays_when_it_is_a_sentence_or_a_title():
    prose = "Police arrested three admins of a gambling site that promoted bonuses to new members."
    title = "Learn Chinese Online"
    for odd in (prose, title):
        text = "\n".join([LONG] * 3 + [odd] + [LONG] * 3)
        _, final, _ = _revise(text, set(), [0.01] * 3 + [0.9] + [0.02] * 3)
        assert final.count(CLEAN) == 7, odd
    # a page of two lines has nothing to stand out from
    _, final, _ = _revise(f"{LONG}\n{PITCH}", set(), [0.01, 0.9])
    assert final.count(CLEAN) == 2


OFFER = "Designer sunglasses, perfect copies that pass for the originals at giveaway prices, and we ship anywhere."


def test_the_one_line_a_clean_page_leans_to_spam_goes_even_as_prose_when_it_says_how_to_buy():
    text = "\n".join([LONG] * 3 + [OFFER] + [LONG] * 3)
    leaning = [0.01] * 3 + [0.92] + [0.02] * 3
    _, final, why = _revise(text, set(), leaning)
    assert final[3] == "gambling" and "offer_line" in why[3]
    assert final.count(CLEAN) == 6
    # the same claims with no way to buy: a sentence of running prose, which the outlier path keeps
    described = OFFER.replace("and we ship anywhere", "sold on many sites")
    _, final, _ = _revise(text.replace(OFFER, described), set(), leaning)
    assert final.count(CLEAN) == 7
    # the call quoted in the host's words: a mention
    quoted = 'The advert read: "Designer sunglasses at giveaway prices, and we ship anywhere."'
    _, final, _ = _revise(text.replace(OFFER, quoted), set(), leaning)
    assert final.count(CLEAN) == 7
    # under the threshold
    _, final, _ = _revise(text, set(), [0.01] * 3 + [0.85] + [0.02] * 3)
    assert final.count(CLEAN) == 7
    # off
    _, final, _ = _revise(text, set(), leaning, DecisionParams(offer_line_letters=0))
    assert final.count(CLEAN) == 7
    # the site's menu naming its contact page says nothing of buying
    _, final, why = _revise("Home | News | Contact us | About\n" + text, set(), [0.0] * 4 + leaning)
    assert "offer_line" in why[7]


def test_an_offer_stays_on_a_page_that_speaks_of_buying():
    for other in ("Tickets for the summer fair cost £5 at the door, children go free.",
                  "Order your copy of the club's history book from the secretary."):
        text = "\n".join([LONG] * 3 + [OFFER, other] + [LONG] * 2)
        _, final, _ = _revise(text, set(), [0.01] * 3 + [0.92, 0.02] + [0.02] * 2)
        assert final.count(CLEAN) == 7, other


def test_an_offer_glued_into_a_paragraph_leaves_the_paragraph_sentences():
    text = "\n".join([LONG] * 3 + [f"{LONG} {OFFER}"] + [LONG] * 3)
    page, final, why = _revise(text, set(), [0.01] * 3 + [0.01, 0.92] + [0.02] * 3)
    assert page.seg.block_text(4) == OFFER
    assert final[4] == "gambling" and "offer_line" in why[4]
    assert final.count(CLEAN) == 7


def test_a_short_block_does_not_hold_back_a_likely_spam_line_next_to_spam():
    text = f"slot gacor hari ini\n{LONG} | N\ndaftar situs judi online\n" + "\n".join([LONG] * 8)
    page, final, why = _revise(text, {0, 3}, [0.99, 0.6, 0.0, 0.99] + [0.0] * 8)
    assert page.seg.block_text(2) == "N"
    assert final[1] != CLEAN and final[2] != CLEAN and "spam_run" in why[2]
    # the line's telling block is what decides
    _, final, _ = _revise(text, {0, 3}, [0.99, 0.1, 0.0, 0.99] + [0.0] * 8)
    assert final[1] == CLEAN


def test_a_line_saying_a_word_as_one_in_five_is_stuffed_short_of_full_strength():
    """A stuffed line that says its first word five times in twenty-two words is short of full
    strength (0.91), yet stuffing as surely: leaning a little, it goes as a stuffed line, from the
    candidates on. Said four times (0.73), the same words are not stuffed enough to go on a lean."""
    from spamguard.decide import ClassifierView, ModelScores, candidates, decide
    from spamguard.first_pass import STUFFED_REPETITION
    from spamguard.rules import find_all

    stuffed = ("skäggbiff sätta på skäggbiff pök skit ner dig sätta på pitt helvete skit ner dig "
               "neger moonar pitt skäggbiff skäggbiff skäggbiff neger")
    thin = stuffed.replace("pitt skäggbiff skäggbiff", "pitt skäggbiff moonar")
    for line, stays in ((stuffed, False), (thin, True)):
        page = Page.from_text("\n".join([LONG] * 5 + [line]))
        n = page.seg.n_blocks
        findings = [find_all(page, i) for i in range(n)]
        strength = max((f.strength for f in findings[n - 1] if f.reason.value == "keyword_repetition"), default=0.0)
        assert (strength < STUFFED_REPETITION) == stays and 0.5 < strength < 1.0
        lean = PARAMS.stuffed_threshold + 0.05
        view = ClassifierView(np.array([0.0] * (n - 1) + [lean]), np.ones(n, dtype=int))
        assert bool(candidates(page, view, PARAMS)[n - 1]) != stays
        block = np.array([[1.0, 0.0]] * (n - 1) + [[1 - lean, lean]])
        final = decide(page, findings, ModelScores(("clean", "adult"), block, block.copy()), PARAMS).final
        assert (final[n - 1] == CLEAN) == stays and all(lab == CLEAN for lab in final[: n - 1])


def test_candidates_reach_every_threshold_a_rule_can_lower():
    """clean() computes rule findings only for candidate blocks: a block the stuffed-line path
    could remove (a lean towards spam and full repetition) must be one; a plain line leaning as
    little need not be, and a block of words hidden letter by letter always is."""
    from spamguard.decide import ClassifierView, candidates

    stuffed = " ".join(["cheap pills online"] * 4)
    hidden = "\u200b".join("prace licencjackie")
    page = Page.from_text("\n".join([LONG, stuffed, LONG, hidden]))
    lean = PARAMS.stuffed_threshold + 0.05
    view = ClassifierView(np.array([0.0, lean, lean, 0.0]), np.ones(4, dtype=int))
    assert candidates(page, view, PARAMS).tolist() == [False, True, False, True]


def test_a_page_whose_lines_all_lean_towards_spam_goes_whole():
    lines = ["Best Casino Online 2025", PITCH, PITCH.replace("mattress", "casino"), "Call us on weekdays"]
    text = "\n".join(lines)
    # the title misses the short-line threshold and the sentences the spam threshold, each alone
    _, final, why = _revise(text, set(), [0.95, 0.9, 0.85, 0.0])
    assert final[:3] == ["gambling"] * 3 and all("spam_page" in w for w in why[:3])
    assert final[3] == "gambling"  # then what little is left goes too
    # when lines the classifier reads as clean hold more than a fifth of the page, nothing goes
    _, final, _ = _revise("\n".join(lines + [LONG, LONG]), set(), [0.95, 0.9, 0.85, 0.0, 0.0, 0.0])
    assert final.count(CLEAN) == 6



def test_a_line_with_spam_cut_out_of_it_leans_to_spam_by_what_is_left_of_it():
    """A short page: a menu that leans to spam (0.64) and a paragraph whose last sentence was
    cut out as spam. The paragraph's own sentences read clean: it is the host's, not a second
    line leaning to spam, so the page is no spam site and keeps them."""
    text = "\n".join(["Forum | Photos | Gear | Help", "How do I take sharp night shots?",
                     f"{LONG} Use a tripod and a low ISO. seo backlinks cheap www.seo-rank88.com", "Shoot RAW as well."])
    page = Page.from_text(text)
    spam = {i for i in range(page.seg.n_blocks) if "seo" in page.seg.block_text(i)}
    prob = [0.99 if i in spam else 0.0 for i in range(page.seg.n_blocks)]
    prob[0] = 0.64
    _, final, _ = _revise(text, spam, prob)
    assert {i for i, lab in enumerate(final) if lab != CLEAN} == spam
    # a site's sales sentence whose rest still leans to spam is the site's: two such lines go
    lean = [p if i in spam else (0.9 if page.seg.block_line[i] == 2 else p) for i, p in enumerate(prob)]
    _, final, why = _revise(text, spam, lean)
    assert all(final[i] != CLEAN for i in range(page.seg.n_blocks) if page.seg.block_line[i] in (0, 2))

def test_the_sites_own_name_after_stuffed_keywords_stays_when_the_page_repeats_it():
    title = "cheap viagra online no prescription | buy cialis today | Smith Family Dental"
    text = f"{title}\nSmith Family Dental\n" + "\n".join([LONG] * 3)
    page, final, _ = _revise(text, {0, 1}, [0.99, 0.99, 0.5, 0.0] + [0.0] * 3)
    assert page.seg.block_text(2) == "Smith Family Dental" and final[2] == CLEAN
    # a name the page does not repeat goes with the line's majority
    page, final, _ = _revise(text.replace("\nSmith Family Dental\n", "\n"), {0, 1}, [0.99, 0.99, 0.5] + [0.0] * 3)
    assert final[2] != CLEAN


def _revise_with_lines(text: str, spam_blocks: set[int], spam_prob: list[float], line_spam: list[float]):
    page = Page.from_text(text)
    n = page.seg.n_blocks
    labels = ["adult" if i in spam_blocks else CLEAN for i in range(n)]
    conf = np.array([0.99 if i in spam_blocks else 0.0 for i in range(n)])
    reasons = [("classifier",) if i in spam_blocks else () for i in range(n)]
    final, _, why = revise(page, labels, conf, reasons, PARAMS, np.array(spam_prob), ["adult"] * n, np.array(line_spam))
    return page, final, why


def test_a_line_the_classifier_calls_spam_as_a_whole_takes_its_blocks_that_lean_to_spam():
    text = f"{LONG}\nstoephoer triootjeg gat24h hoer matje【官网】achter het raam zitten de pijp uitgaan\n{LONG}"
    page, final, why = _revise_with_lines(text, {2}, [0.0, 0.53, 0.97, 0.15, 0.0], [0.0, 0.91, 0.0])
    assert page.seg.block_text(2) == "官网】"
    assert final[1] == "adult" and "spam_run" in why[1]  # leans to spam: goes with the line's spam
    assert final[3] == CLEAN and final[0] == final[4] == CLEAN  # under the neighbour threshold: stays
    # a line the classifier does not call spam as a whole keeps its leaning blocks
    _, final, _ = _revise_with_lines(text, {2}, [0.0, 0.53, 0.97, 0.15, 0.0], [0.0, PARAMS.spam_threshold - 0.01, 0.0])
    assert final[1] == CLEAN
    # and a line with no spam removed is not looked at
    _, final, _ = _revise_with_lines(text, set(), [0.0, 0.53, 0.6, 0.15, 0.0], [0.0, 0.91, 0.0])
    assert final.count(CLEAN) == 5


def test_a_han_phrase_in_a_host_sentence_keeps_its_own_score():
    """A run of seven Han characters is a phrase (each counts as about a word), not a short
    block like "A18" that its line speaks for."""
    from spamguard.decide import ModelScores, classifier_view

    text = "এটি একটি দীর্ঘ বাক্য যা পৃষ্ঠার অংশ名牌包包高仿超এবং আরও অনেক কথা আছে এখানে"
    page = Page.from_text(text)
    assert [page.seg.block_text(i) for i in range(page.seg.n_blocks)][1] == "名牌包包高仿超"
    block = np.array([[1.0, 0.0], [0.0, 1.0], [1.0, 0.0]])
    line = np.array([[1.0, 0.0]])
    view = classifier_view(page, ModelScores(("clean", "replica"), block, line), PARAMS)
    assert view.spam_prob.tolist() == [0.0, 1.0, 0.0]
    short = Page.from_text("এটি একটি দীর্ঘ বাক্য যা পৃষ্ঠার অংশ官网এবং আরও অনেক কথা আছে এখানে")
    view = classifier_view(short, ModelScores(("clean", "replica"), block, line), PARAMS)
    assert view.spam_prob[1] == 0.0  # two characters: the line speaks for them


def _paragraph_decision(text: str, own: dict[int, float], paragraph: float):
    """decide() on ``text`` whose blocks score ``own`` (default 0.05) and whose pieces and lines
    score ``paragraph`` when they hold more than one block."""
    from spamguard.decide import ModelScores, decide
    from spamguard.quotes import quoted_blocks

    page = Page.from_text(text)
    seg = page.seg
    n = seg.n_blocks
    block = np.array([[1 - own.get(i, 0.05), own.get(i, 0.05)] for i in range(n)])
    n_pieces = int(seg.block_piece.max()) + 1
    sizes = np.bincount(seg.block_piece)
    piece = np.array([[1 - paragraph, paragraph] if sizes[p] > 1 else block[list(seg.block_piece).index(p)] for p in range(n_pieces)])
    line = np.array([[1 - paragraph, paragraph] if len(page.line_blocks(k)) > 1 else [1.0, 0.0] for k in range(seg.n_lines)])
    params = DecisionParams(spam_threshold=0.85, prose_threshold=0.99)
    quoted = quoted_blocks(page, params.short_line_letters)  # on every line; no model to read the words around a quotation
    scores = ModelScores(("clean", "gambling"), block, line, piece=piece, quoted=quoted)
    return page, decide(page, [[] for _ in range(n)], scores, params)


def test_an_injected_sentence_goes_and_its_paragraph_stays():
    text = "\n".join([
        LONG,
        "Residents cleaned the playground on Saturday morning. Sixty people took part in the work. "
        "Register now at the best online casino for a 150% deposit bonus and fast withdrawals! "
        "The village head said the event will be held every three months.",
        LONG,
    ])
    page, d = _paragraph_decision(text, {3: 0.999}, paragraph=1.0)
    assert [page.seg.block_text(i)[:8] for i in range(1, 5)] == ["Resident", "Sixty pe", "Register", "The vill"]
    assert d.final[3] == "gambling"
    assert d.final[1] == d.final[2] == d.final[4] == CLEAN  # each reads as clean on its own
    # a sentence that does not read as clean on its own is the paragraph's: the paragraph goes
    _, d = _paragraph_decision(text, {1: 0.2, 2: 0.2, 3: 0.999, 4: 0.2}, paragraph=1.0)
    assert all(d.final[i] == "gambling" for i in range(1, 5))


def test_a_sentence_of_certain_spam_does_not_hide_in_its_clean_paragraph():
    text = "\n".join([
        LONG,
        "We sowed the carrots in early April. Buy viagra without a prescription, discreet delivery, call us now. "
        "The first harvest came in late June.",
        LONG,
    ])
    # the paragraph reads clean as a whole; the injected sentence is certain spam on its own
    page, d = _paragraph_decision(text, {2: 0.998}, paragraph=0.3)
    assert page.seg.block_text(2).startswith("Buy viagra")
    assert d.final[2] == "gambling"
    assert d.final[1] == d.final[3] == CLEAN
    # short of certain, it is read with its paragraph and stays
    _, d = _paragraph_decision(text, {2: 0.95}, paragraph=0.3)
    assert d.final[2] == CLEAN


LONG_GREEK = "Η κυβέρνηση ανακοίνωσε χθες νέα μέτρα για τη στήριξη των νοικοκυριών και των μικρών επιχειρήσεων."


def test_a_foreign_phrase_between_two_spam_blocks_goes_but_a_host_phrase_stays():
    line = ("Η ομάδα κέρδισε τον αγώνα χθες το βράδυ στην Αθήνα play990vip.cc - пассивный доход - "
            "win533vip.vip - και οι φίλαθλοι γιόρτασαν μέχρι το πρωί στους δρόμους της πόλης")
    text = "\n".join([LONG_GREEK, line, LONG_GREEK])
    page = Page.from_text(text)
    texts = [page.seg.block_text(i) for i in range(page.seg.n_blocks)]
    domain_a = next(i for i, t in enumerate(texts) if t.startswith("play990vip"))
    domain_b = next(i for i, t in enumerate(texts) if t.startswith("win533vip"))
    assert domain_b == domain_a + 2 and texts[domain_a + 1].startswith("пассивный доход")
    probs = [0.0] * page.seg.n_blocks
    _, final, why = _revise(text, {domain_a, domain_b}, probs)
    assert final[domain_a + 1] == "gambling" and "spam_run" in why[domain_a + 1]
    assert final[domain_a - 1] == final[domain_b + 1] == CLEAN  # the Greek sentence around them stays
    # the same words in the page's own script between the same two domains are the host's (14
    # letters: more than a short block)
    home = line.replace("пассивный доход", "παθητικό εισόδημα")
    text = "\n".join([LONG_GREEK, home, LONG_GREEK])
    _, final, _ = _revise(text, {domain_a, domain_b}, probs)
    assert final[domain_a + 1] == CLEAN
    # unless they read less than clearly clean: an item of the injected list in the page's own
    # script ("сіаліс купити," between two runs of casino addresses), a pitch's middle sentence
    leaning = list(probs)
    leaning[domain_a + 1] = PARAMS.clearly_clean
    _, final, why = _revise(text, {domain_a, domain_b}, leaning)
    assert final[domain_a + 1] == "gambling" and "spam_run" in why[domain_a + 1]
    leaning[domain_a + 1] = PARAMS.clearly_clean - 0.001
    _, final, _ = _revise(text, {domain_a, domain_b}, leaning)
    assert final[domain_a + 1] == CLEAN



def test_a_sentence_that_gives_a_contact_channel_is_a_pitch_not_the_pages_prose():
    from spamguard.decide import decide
    from spamguard.model import ModelScores
    from spamguard.rules import find_all

    def first_block(sentence: str) -> str:
        text = "\n".join([LONG, sentence, LONG])
        page = Page.from_text(text)
        n = page.seg.n_blocks
        at = [page.seg.block_text(i) == sentence for i in range(n)]
        # the sentence leans to spam (0.8: above the supported threshold, under the prose one)
        block = np.array([[0.2, 0.8] if a else [1.0, 0.0] for a in at])
        line = np.array([[0.2, 0.8] if page.line_text(k) == sentence else [1.0, 0.0] for k in range(page.seg.n_lines)])
        findings = [find_all(page, i) for i in range(n)]
        params = DecisionParams(spam_threshold=0.9, supported_threshold=0.7, support_evidence=0.2, prose_threshold=0.97)
        return decide(page, findings, ModelScores(("clean", "scam"), block, line), params).final[at.index(True)]

    pitch = "Quick loans online with only your ID card, approval in fifteen minutes, message us on Zalo 0909 123 456."
    news = "Quick loans online with only an ID card and approval in fifteen minutes are a trap, the police said."
    assert first_block(pitch) == "scam"
    assert first_block(news) == CLEAN


def test_a_run_of_likely_spam_lines_grows_line_by_line_from_a_removed_line():
    text = "\n".join(["slot gacor hari ini", "bonus new member 100 persen", "deposit pulsa tanpa potongan"] + [LONG] * 8)
    _, final, why = _revise(text, {0}, [0.99, 0.6, 0.9] + [0.0] * 8)
    # the second line goes as the first one's neighbour, the third as the second's
    assert final[1] == "gambling" and final[2] == "gambling" and "spam_run" in why[2]
    assert all(label == CLEAN for label in final[3:])


def _decide_read_as_clean(text: str, label: str, clean: float):
    """Every rule finding of the page, and a classifier that gives every block and line the same
    probability ``clean`` of being clean (an unseen phrase)."""
    from spamguard.decide import decide
    from spamguard.model import ModelScores
    from spamguard.rules import find_all

    page = Page.from_text(text)
    n = page.seg.n_blocks
    findings = [find_all(page, i) for i in range(n)]
    block = np.array([[clean, 1 - clean]] * n)
    line = np.array([[clean, 1 - clean]] * page.seg.n_lines)
    return page, decide(page, findings, ModelScores(("clean", label), block, line), DecisionParams())


def test_words_hidden_letter_by_letter_go_whatever_the_classifier_says():
    hidden = "\u200b".join("prace licencjackie") + " " + "\u200b".join("na zlecenie")
    text = "\n".join(["東京の天気は晴れです。", "明日は雨が降るでしょう。", hidden])
    # the classifier does not know the words under the disguise
    _, d = _decide_read_as_clean(text, "essay", 0.95)
    assert d.final[-1] != CLEAN and all(label == CLEAN for label in d.final[:-1])


def test_a_long_line_after_the_footer_goes_at_the_tail_threshold():
    pitch = "Best hermes replica bags store online, indistinguishable from the real thing, fast delivery."
    footer = "© 2025 Example Ltd. All rights reserved."
    text = "\n".join([LONG, LONG, footer, pitch, "Site map"])
    # the classifier leans to spam on every block, under the spam threshold
    page, d = _decide_read_as_clean(text, "replica", 0.55)
    pitch_line = page.seg.block_line == 3
    assert all(d.final[i] != CLEAN for i in np.flatnonzero(pitch_line))
    # the short line after it, the page above the footer and the footer itself stay
    assert all(d.final[i] == CLEAN for i in np.flatnonzero(~pitch_line))
    # above the footer the same line is the page's own sentence
    _, d = _decide_read_as_clean("\n".join([LONG, pitch, LONG, footer]), "replica", 0.55)
    assert all(label == CLEAN for label in d.final)
    # under the tail threshold it stays after the footer too
    _, d = _decide_read_as_clean(text, "replica", 1 - DecisionParams().tail_threshold + 0.05)
    assert all(label == CLEAN for label in d.final)


def test_a_sentence_with_masked_words_needs_no_prose_threshold():
    """A sentence of the page's own script whose words are masked is written for the filter: the
    supported threshold speaks for it; the same sentence unmasked is prose and stays."""
    from spamguard.decide import decide
    from spamguard.model import ModelScores
    from spamguard.rules import find_all

    host = "当院では毎日診療を行っています。予約は電話で受け付けています。"
    params = DecisionParams(spam_threshold=0.85, supported_threshold=0.5, prose_threshold=0.97)
    for line, stays in (("ま✗ぐ✗返✗の高画質動画を毎日更新、スマホでもサクサク再生。", False),
                        ("まんぐり返しの高画質動画を毎日更新、スマホでもサクサク再生。", True)):
        page = Page.from_text("\n".join([host, host, line, host]))
        n = page.seg.n_blocks
        on_line = [i for i in range(n) if page.seg.block_line[i] == 2]
        block = np.array([[0.3, 0.7] if i in on_line else [1.0, 0.0] for i in range(n)])
        lines = np.array([[0.3, 0.7] if k == 2 else [1.0, 0.0] for k in range(page.seg.n_lines)])
        d = decide(page, [find_all(page, i) for i in range(n)], ModelScores(("clean", "adult"), block, lines), params)
        assert all((d.final[i] == CLEAN) == stays for i in on_line), line


def test_a_short_line_after_the_footer_goes_at_the_short_tail_threshold():
    footer = "© 2025 Example Ltd. All rights reserved."
    short = DecisionParams().short_tail_threshold
    text = "\n".join([LONG, LONG, footer, "bet now and win today"])
    page, d = _decide_read_as_clean(text, "gambling", 1 - short - 0.05)
    last = page.seg.block_line == 3
    assert all(d.final[i] != CLEAN for i in np.flatnonzero(last))
    assert all(d.final[i] == CLEAN for i in np.flatnonzero(~last))
    # under it, and above the footer, it stays
    _, d = _decide_read_as_clean(text, "gambling", 1 - short + 0.05)
    assert all(label == CLEAN for label in d.final)
    _, d = _decide_read_as_clean("\n".join([LONG, "bet now and win today", LONG, footer]), "gambling", 1 - short - 0.05)
    assert all(label == CLEAN for label in d.final)


def test_keywords_stuffed_after_the_footer_go_in_the_pages_own_script_whatever_the_classifier_says():
    stuffed = " | ".join(["buy youtube views", "youtube views cheap", "buy youtube views"] * 3)
    text = "\n".join([LONG, LONG, "© 2025 Example Ltd. All rights reserved.", stuffed])
    # the classifier reads the unseen phrase as clean
    page, d = _decide_read_as_clean(text, "seo", 0.99)
    tail = page.seg.block_line == page.seg.n_lines - 1
    assert all(d.final[i] != CLEAN for i in np.flatnonzero(tail))
    assert all(d.final[i] == CLEAN for i in np.flatnonzero(~tail))
    # the same list above the footer is the page's (a tag list), and a tail that does not repeat
    # itself is a footer's links
    for other in ("\n".join([LONG, stuffed, LONG, "© 2025 Example Ltd. All rights reserved."]),
                  "\n".join([LONG, LONG, "© 2025 Example Ltd. All rights reserved.", "About us | Careers | Press | Privacy policy | Terms of use"])):
        _, d = _decide_read_as_clean(other, "seo", 0.99)
        assert all(label == CLEAN for label in d.final)
    # a phrase repeated in a sentence rather than a list goes the same way
    said = "Best seo services in town, best seo services for you, best seo services cheap, best seo services now."
    page, d = _decide_read_as_clean("\n".join([LONG, LONG, "© 2025 Example Ltd. All rights reserved.", said]), "seo", 0.99)
    assert d.final[-1] != CLEAN and d.final.count(CLEAN) == page.seg.n_blocks - 1
    # the rules-only detector takes it too, and the candidate gate lets it through
    from spamguard.detector import Config, Detector

    r = Detector(Config(use_model=False)).clean(text)
    assert r.text == "\n".join([LONG, LONG, "© 2025 Example Ltd. All rights reserved.", ""])


def _decide_one_line_spam(lines: list[str], spam_line: int, spam: float):
    """Rule findings of the page, and a classifier that reads line ``spam_line`` as spam and the
    rest as clean."""
    from spamguard.decide import decide
    from spamguard.model import ModelScores
    from spamguard.rules import find_all

    page = Page.from_text("\n".join(lines))
    on_line = page.seg.block_line == spam_line
    block = np.where(on_line[:, None], [1 - spam, spam], [1.0, 0.0])
    line = np.where((np.arange(page.seg.n_lines) == spam_line)[:, None], [1 - spam, spam], [1.0, 0.0])
    findings = [find_all(page, i) for i in range(page.seg.n_blocks)]
    return page, decide(page, findings, ModelScores(("clean", "adult"), block, line), DecisionParams())


def test_a_sentence_of_prose_that_repeats_a_word_is_the_pages_but_a_repeating_run_of_another_script_in_it_is_stuffed():
    """The stuffed path (any lean towards spam and a line that repeats itself at full strength)
    does not take a sentence of running prose in the page's own script, nor a brand in Latin
    letters in it; a run of another script that repeats itself inside such a sentence goes, and
    so does the repeated line when it is not prose."""
    from spamguard.rules import keyword_repetition

    host = "지난 몇 년 동안 건축계에 한옥 바람이 불면서 한옥 사무실에서 시작해 한옥 유치원, 한옥 동사무소, 한옥 치과 등이 생겨났지만 한옥 호텔은 처음이다."
    other = "서울시는 내년부터 공공 도서관의 운영 시간을 밤 열 시까지 늘리기로 했다고 밝혔다."

    def removed(line: str) -> list[str]:
        page, d = _decide_one_line_spam([other, line, other], 1, 0.35)  # over the stuffed threshold, 0.3
        return [page.seg.block_text(i) for i in range(page.seg.n_blocks) if d.final[i] != CLEAN]

    page = Page.from_text(host)
    assert keyword_repetition(page, 0) is not None and keyword_repetition(page, 0).strength >= 1.0
    assert removed(host) == []
    # the same words as a tag line, not a sentence, are stuffing
    tags = "한옥 사무실 한옥 유치원 한옥 동사무소 한옥 치과 한옥 호텔 한옥 카페 한옥 펜션 한옥 마을 한옥 체험 한옥 민박"
    assert removed(tags) != []
    # a run of another script that repeats itself inside the sentence is stuffed into it
    stuffed = other[:-1] + " volgers kopen, volgers kopen, volgers kopen 라고 덧붙였다."
    assert "volgers kopen, volgers kopen, volgers kopen" in " ".join(removed(stuffed))


def test_a_han_word_alone_on_its_line_is_a_heading_but_a_han_phrase_is_not():
    menu = ["ホーム | メニュー | アクセス", "カフェのメニュー", "お茶", "コーヒー", "ケーキセット", "営業時間 10:00〜18:00"]
    # "お茶" (tea) is also a word of adult spam; alone on its line it needs its neighbours
    _, d = _decide_one_line_spam(menu, 2, 0.999)
    assert all(label == CLEAN for label in d.final)
    # a phrase of Han letters alone on its line still goes on the classifier's word
    page, d = _decide_one_line_spam(menu[:2] + ["成人视频网站"] + menu[3:], 2, 0.999)
    assert [d.final[i] != CLEAN for i in range(page.seg.n_blocks)] == list(page.seg.block_line == 2)


def test_a_list_of_quoted_strings_in_code_is_not_removed_on_the_classifiers_word():
    post = [
        "Ein einfacher Kommentar-Spamfilter in Python für mein kleines Blog mit vielen Lesern.",
        "Der Filter hält Kommentare mit bekannten Spam-Wörtern zurück, bis ich sie durchsehe.",
        'SPAM_WOERTER = ["viagra", "casino", "kredit ohne schufa", "replica uhren"]',
        "Zurückgehaltene Kommentare landen in einer Warteschlange, die ich wöchentlich lese.",
    ]
    # the classifier reads the word list as certain spam: as code it names the words, it does
    # not sell them (neither the first pass nor the one-outlier-line revision takes it)
    _, d = _decide_one_line_spam(post, 2, 0.999)
    assert all(label == CLEAN for label in d.final)
    # the same words as a line of text still go
    page, d = _decide_one_line_spam(post[:2] + ["viagra, casino, kredit ohne schufa, replica uhren"] + post[3:], 2, 0.999)
    assert [d.final[i] != CLEAN for i in range(page.seg.n_blocks)] == list(page.seg.block_line == 2)


def test_a_sentence_leaning_to_spam_that_gives_a_contact_channel_goes_at_the_contact_threshold():
    pitch = "Vay tiền nhanh trong ngày, không cần thế chấp, nợ xấu vẫn duyệt, liên hệ Zalo 0909 123 456 ngay."
    text = "\n".join([LONG, pitch, LONG])
    lean = 1 - (DecisionParams().contact_threshold + 0.05)  # spam at 0.45: under every other threshold
    page, d = _decide_read_as_clean(text, "scam", lean)
    on_pitch = page.seg.block_line == 1
    assert all(d.final[i] != CLEAN for i in np.flatnonzero(on_pitch))
    assert all(d.final[i] == CLEAN for i in np.flatnonzero(~on_pitch))
    # the same sentence without a way to reach the seller stays, and so does one read as clean
    _, d = _decide_read_as_clean("\n".join([LONG, pitch.split(", liên hệ")[0] + ".", LONG]), "scam", lean)
    assert all(label == CLEAN for label in d.final)
    _, d = _decide_read_as_clean(text, "scam", 1 - (DecisionParams().contact_threshold - 0.15))
    assert all(label == CLEAN for label in d.final)


def test_a_page_the_classifier_calls_spam_as_a_whole_loses_its_leaning_text_but_a_host_keeps_its_own():
    from spamguard.revise import revise

    spam = "slot gacor hari ini situs judi online terpercaya daftar sekarang bonus new member"
    pitch = "Deposit via pulsa dan e-wallet tanpa potongan, proses kilat hanya satu menit saja."
    rest = PARAMS.spam_site_rest

    def final(text: str, page_spam: float, pitch_prob: float) -> list[str]:
        page = Page.from_text(text)
        n = page.seg.n_blocks
        spam_line = np.array([page.line_text(int(k)) == spam for k in page.seg.block_line])
        labels = ["gambling" if s else CLEAN for s in spam_line]
        prob = np.where(spam_line, 0.99, np.where(np.array([page.line_text(int(k)) == pitch for k in page.seg.block_line]), pitch_prob, 0.0))
        out, _, _ = revise(page, labels, np.where(spam_line, 0.99, 0.0), [("classifier",) if s else () for s in spam_line],
                           PARAMS, prob, ["gambling"] * n, None, page_spam)
        return out

    # the host's text before the spam, then the spam, then more of the host's text
    text = f"Beranda | Daftar | Login\n{pitch}\n{spam}\n{pitch}\n{pitch}\n© 2024 Slot"
    # a third of the letters removed: not mostly spam, but a spam site as a whole
    assert all(lab == "gambling" for lab in final(text, PARAMS.spam_site_threshold, rest))
    # its text reads as clean: a host page with an injection, which keeps its own lines
    assert CLEAN in final(text, PARAMS.spam_site_threshold, rest - 0.05)
    # the page as a whole does not read as spam: nothing more goes
    assert final(text, PARAMS.spam_site_threshold - 0.01, rest).count("gambling") == 1


def test_on_a_spam_site_a_short_run_of_lines_reading_as_clean_between_two_removed_lines_goes():
    from spamguard.revise import revise

    lines = [
        "Réplicas de relojes de lujo, Rolex y Omega clon AAA con caja y papeles originales",
        "Bolsos imitación Louis Vuitton y Chanel a precios increíbles, calidad espejo 1:1.",
        "Pago contra reembolso y envío gratis en pedidos superiores a cien euros en España.",
        "Zapatillas réplica de las mejores marcas con envío discreto en cuarenta y ocho horas.",
    ]

    def final(spam_lines: list[int], extra: int = 0) -> list[str]:
        page = Page.from_text("\n".join(lines[:3] + [lines[2]] * extra + lines[3:]))
        n = page.seg.n_blocks
        on = np.isin(page.seg.block_line, spam_lines)
        labels = ["replica" if s else CLEAN for s in on]
        prob = np.where(on, 0.99, 0.01)  # the rest reads as clean
        out, _, _ = revise(page, labels, np.where(on, 0.99, 0.0), [("classifier",) if s else () for s in on], PARAMS,
                           prob, ["replica"] * n, None, PARAMS.spam_site_threshold)
        return out

    # the payment line, between two removed sales lines, is the site's own: the whole page goes
    assert all(lab == "replica" for lab in final([0, 1, 3]))
    # so are two lines between two removed lines
    assert all(lab == "replica" for lab in final([0, 3]))
    # lines reading as clean with no removed line below them are the site's own last lines when
    # the spam opens the page and no title or menu follows it (see the next test)
    assert final([0, 1]).count(CLEAN) == 0
    # and more than SITE_RUN_LINES of them between two removed lines are a host's text too
    from spamguard.revise import SITE_RUN_LINES

    assert final([0, 1 + SITE_RUN_LINES], extra=SITE_RUN_LINES - 2).count(CLEAN) == 0
    assert final([0, 2 + SITE_RUN_LINES], extra=SITE_RUN_LINES - 1).count(CLEAN) > 0


def test_a_full_web_address_is_not_a_one_word_heading():
    from spamguard.first_pass import _single_word

    page = Page.from_text("Poker\nhttps://slot-gacor-hari-ini.vip/daftar\nwww.example.com\n")
    assert [_single_word(page, i) for i in range(page.seg.n_blocks)] == [True, False, True]


def _lines_left(lines: list[str], spam: list[str], label: str, page_spam: float | None = PARAMS.spam_site_threshold,
                ) -> list[str]:
    """The lines of a page still (partly) clean after revision, when the lines in ``spam`` were
    removed at 0.99 and the rest read 0.01; ``page_spam`` is the whole page's reading."""
    from spamguard.revise import revise

    page = Page.from_text("\n".join(lines))
    n = page.seg.n_blocks
    on = np.array([page.line_text(int(k)) in spam for k in page.seg.block_line])
    labels = [label if s else CLEAN for s in on]
    out, _, _ = revise(page, labels, np.where(on, 0.99, 0.0), [("classifier",) if s else () for s in on],
                       PARAMS, np.where(on, 0.99, 0.01), [label] * n, None, page_spam)
    return sorted({page.line_text(int(page.seg.block_line[i])) for i in range(n) if out[i] == CLEAN})


def test_a_sites_last_lines_go_but_a_host_page_under_an_injection_keeps_its_own():
    """On a page the classifier calls spam as a whole, the lines after its spam go when the spam
    opens the page (only a menu before it), no title or menu follows it, and at most
    ``SITE_RUN_LINES`` lines of text are left: a site's payment and support lines. A title after
    the spam opens the host's page; host text before the spam, or more lines after it, are the
    host's too."""
    from spamguard.revise import SITE_RUN_LINES

    menu = "Inicio | Solicitar | Contacto"
    spam = ["Consigue hasta 1.000 euros en 10 minutos, sin aval y sin papeleo alguno.",
            "Aunque estés en ASNEF, te damos una respuesta al instante desde el móvil."]
    tail = ["Solicítalo desde el móvil las 24 horas, los 7 días de la semana, sin esperas.",
            "Atención al cliente por teléfono de lunes a viernes de nueve a seis de la tarde."]

    def left(lines: list[str]) -> list[str]:
        return _lines_left(lines, spam, "scam")

    assert left([menu, *spam, *tail, "© 2025 PrestaYa"]) == []
    # a title after the spam opens the host's page
    assert left([*spam, "Préstamos para estudiantes", *tail]) != []
    # host text before the spam
    assert left([tail[0], *spam, tail[1]]) != []
    # more lines after the spam than a site's last lines
    assert left([menu, *spam, *(tail * SITE_RUN_LINES)]) != []
    # the site's own menu under its name, between two of its spam lines, opens no other page
    assert left([spam[0], menu, spam[1], *tail, "© 2025 PrestaYa"]) == []


def test_a_page_whose_spam_opens_and_closes_its_text_is_a_site_at_the_spam_threshold():
    """A plain-worded site's page reads under ``spam_site_threshold`` as a whole (its sales
    sentences read clean one by one), but when its title and its call, the first and last lines
    of its text, are removed, everything between is wrapped by spam: read as one block, it goes
    at the spam threshold. A host keeps a line of its own above or below the injection, and a
    host's sentence with a pitch slipped into it is one line, and a title left between the two
    opens a host's page: none of them is framed."""
    menu = "Beranda | Daftar | Testimoni | Kontak"
    title = "Kenalan janda kesepian di kotamu, langsung chat malam ini!"
    call = "Daftar gratis sekarang juga dan temukan pasanganmu malam ini!"
    sales = ["Ribuan anggota baru bergabung setiap hari, semua profil terverifikasi.",
             "Privasi terjamin, tanpa biaya tersembunyi dan tanpa kartu kredit."]
    footer = "© 2026 KenalanJanda"
    between = (PARAMS.spam_threshold + PARAMS.spam_site_threshold) / 2

    def left(lines: list[str], page_spam: float = between) -> list[str]:
        return _lines_left(lines, [title, call], "adult", page_spam)

    assert left([menu, title, *sales, call, footer]) == []
    # read as a whole under the spam threshold, the page is not a site
    assert left([menu, title, *sales, call, footer], PARAMS.spam_threshold - 0.01) != []
    # a host's own last line under the call: the host keeps its text
    host = "Rapat warga membahas jadwal kerja bakti untuk membersihkan saluran air di RT kami."
    assert left([menu, title, *sales, call, host, footer]) == sorted([menu, *sales, host, footer])
    # nor a host's first line above the title
    assert left([menu, host, title, *sales, call, footer]) != []
    # a title left between the two opens the host's page: a short tutorial between two injections
    assert left([menu, title, "Jadwal Kerja Bakti RT 05", *sales, call, footer]) != []


def test_a_sites_slogan_above_its_first_spam_line_goes_but_a_hosts_text_above_an_injection_stays():
    """On a page the classifier calls spam as a whole, the lines above its first spam line go
    when, besides menus, they are one line of text that is no sentence of running prose (a site's
    slogan or service line), no title or menu comes between it and the spam, and the spam does not
    end the page."""
    menu = "Início / Empréstimo / Como funciona / Contato"
    slogan = "Atendimento em português todos os dias da semana"
    spam = ["Empréstimo na hora para negativados, sem consulta ao SPC e sem fiador nenhum.",
            "Dinheiro na conta em dez minutos pelo Pix, é só mandar o seu CPF pelo WhatsApp."]
    footer = "© 2026 CredFácil"

    def left(lines: list[str]) -> list[str]:
        return _lines_left(lines, spam, "scam")

    assert left([menu, slogan, *spam, footer]) == []
    # a host's sentence of running prose above the spam
    prose = "A prefeitura abriu as inscrições para os cursos gratuitos de informática no centro."
    assert left([menu, prose, *spam, footer]) != []
    # two lines of text above it
    assert left([menu, slogan, slogan + " e feriados", *spam, footer]) != []
    # a title between the line and the spam opens the spam's own page under a host's last line
    assert left([slogan, "Crédito rápido", *spam, footer]) != []
    # the spam runs to the end of the page: an injection under a short host
    assert left([menu, slogan, *spam]) != []


def test_a_page_mostly_removed_loses_its_long_footer_line_with_its_short_lines():
    """A page with ``spam_page_share`` of its letters removed loses its short lines and its footer
    line, however long the footer ("Powered by WordPress | Theme by ..."): another long line
    left must lean towards spam."""
    lines = ["Comprar tramadol sin receta, envío urgente gratis desde nuestra farmacia online hoy mismo.",
             "Xanax sin receta al mejor precio de internet, recíbelo mañana en casa sin preguntas.",
             "Envío en 24-48 horas.",
             "Powered by WordPress | Theme by Northwind Ltd"]

    def left(footer: str) -> list[str]:
        return _lines_left(lines[:3] + [footer], lines[:2], "pharma", page_spam=None)

    assert left(lines[3]) == []
    # the same words, not a footer line: the page's own text, which reads as clean
    assert left("Northwind Ltd builds the themes of many small shops") != []


def test_a_long_line_in_a_script_without_stops_above_a_spam_site_is_not_taken_for_its_slogan():
    """Thai, Lao and Khmer end sentences with no stop, so a long line of them may be a host's
    sentence: the site's head does not take it, as it does not take a sentence of prose."""
    menu = "หน้าแรก | ข่าว | ติดต่อเรา"
    host = "จังหวัดเชียงใหม่เตรียมจัดงานมหกรรมไม้ดอกไม้ประดับประจำปีในช่วงต้นเดือนกุมภาพันธ์"
    slogan = "บริการ 24 ชม. ทุกวัน"
    spam = ["บาคาร่าออนไลน์ เว็บตรง ไม่ผ่านเอเย่นต์ สมัครวันนี้รับโบนัส 100% ฝากถอนออโต้ 24 ชั่วโมง",
            "สล็อตเว็บตรง แตกง่าย ฝากถอนไม่มีขั้นต่ำ สมัครรับเครดิตฟรี 100 บาท ทุกยูสเซอร์"]

    def left(lines: list[str]) -> list[str]:
        return _lines_left(lines, spam, "gambling")

    assert host in left([menu, host, *spam, "© 2025 ข่าวเชียงใหม่"])
    # a short line there is the site's slogan (short lines are not text: they go with the page)
    assert left([menu, slogan, *spam, "© 2025 ข่าวเชียงใหม่"]) == []


def test_spam_quoted_in_the_hosts_prose_stays_but_the_same_words_unquoted_go():
    quoted = 'Police say the messages read: "Cheap loans today with no credit check. Money in your account in ten minutes." Do not answer them.'
    page, d = _paragraph_decision("\n".join([LONG, quoted, LONG]), {1: 0.999, 2: 0.999}, paragraph=1.0)
    assert [page.seg.block_text(i)[-6:] for i in (1, 2)] == ['check.', ' them.']
    assert d.final[1] == d.final[2] == CLEAN
    plain = quoted.replace('"', "")
    page, d = _paragraph_decision("\n".join([LONG, plain, LONG]), {1: 0.999, 2: 0.999}, paragraph=1.0)
    assert d.final[1] == d.final[2] == "gambling"
    # a quotation that opens the line is no host's: an injected line may be written so
    opened = '"Cheap loans today with no credit check. Money in your account in ten minutes." Do not answer them, the police say.'
    page, d = _paragraph_decision("\n".join([LONG, opened, LONG]), {1: 0.999, 2: 0.999}, paragraph=1.0)
    assert d.final[1] == d.final[2] == "gambling"


def test_a_block_holding_a_whole_quotation_is_quoted_only_when_its_own_words_read_clean():
    from spamguard.quotes import quoted_blocks

    text = 'Message one read: "Need cash fast? Get a payday loan approved in minutes." Lenders always check your credit first.'
    page = Page.from_text(text.replace("? ", "?\u3000"))  # one block: no sentence starts after the question
    assert page.seg.n_blocks == 1
    seen = []

    def reads(answer):
        def read(spans):
            seen.append([page.text[a:z] for a, z in spans])
            return answer
        return read

    assert quoted_blocks(page, PARAMS.short_line_letters, reads_clean=reads(True)).tolist() == [True]
    assert seen[0] == ['Message one read: "', '" Lenders always check your credit first.']
    # the words around it are spam's (an injection glued to a host sentence that quotes a saying)
    assert quoted_blocks(page, PARAMS.short_line_letters, reads_clean=reads(False)).tolist() == [False]
    assert quoted_blocks(page, PARAMS.short_line_letters).tolist() == [False]


def test_a_heading_quotes_spam_words_when_its_words_around_them_read_clean():
    from spamguard.quotes import quoted_blocks

    heading = "ブログのコメント欄に「激安」「スーパーコピー」などの書き込みが毎日来ます"
    page = Page.from_text(heading)
    assert page.seg.n_blocks == 1
    # no stop, so no prose: only a reading of the words around the quotations can say it quotes
    assert quoted_blocks(page, PARAMS.short_line_letters).tolist() == [False]
    assert quoted_blocks(page, PARAMS.short_line_letters, reads_clean=lambda spans: True).tolist() == [True]
    assert quoted_blocks(page, PARAMS.short_line_letters, reads_clean=lambda spans: False).tolist() == [False]
    # a heading that is all quotation is no host's words around a quote ("「スーパーコピー時計激安通販」")
    page = Page.from_text("「スーパーコピー時計激安通販専門店」 新作入荷")
    assert quoted_blocks(page, PARAMS.short_line_letters, reads_clean=lambda spans: True).tolist() == [False]


def test_a_line_next_to_spam_that_talks_about_it_goes_at_a_lower_reading_and_a_host_line_stays():
    host = [
        "Warga Desa Sukamaju bergotong royong membersihkan saluran air desa pada hari Minggu pagi.",
        "Kepala desa berterima kasih kepada warga yang hadir membersihkan saluran air bersama.",
        "Kegiatan gotong royong warga desa akan diadakan lagi bulan depan di saluran air yang lain.",
    ]
    pitch = "Pinjaman online cepat cair tanpa jaminan dan tanpa survei, limit pinjaman sampai 20 juta"
    follow_up = "Aplikasi pinjaman legal dengan tenor panjang, dana cair ke rekening dalam lima menit"
    text = "\n".join([host[0], pitch, follow_up, host[1], host[2]])
    _, final, why = _revise(text, {1}, [0.0, 0.99, 0.3, 0.3, 0.0])
    # the follow-up shares the pitch's words (pinjaman, cair), the next line the host's (desa, warga)
    assert final[2] == "gambling" and "spam_run" in why[2]
    assert final[3] == CLEAN
    # under the follow-up threshold, talking about the spam is not enough
    _, final, _ = _revise(text, {1}, [0.0, 0.99, 0.1, 0.3, 0.0])
    assert final[2] == CLEAN


def test_what_a_line_talks_about_is_counted_over_the_other_lines_as_blocks_are_removed():
    from spamguard.topic import RemovedWords

    page = Page.from_text("casino bonus spins\ncasino bonus today\nthe village fair opens today\nthe village fair")
    words = RemovedWords(page, [True, False, False, False])
    assert words.leans_to_removed(1) and not words.leans_to_removed(2)
    # a line's own words do not count for it, removed or kept
    words.remove(1)
    assert words.leans_to_removed(1) and not words.leans_to_removed(3)


def test_a_programs_text_stays_whatever_words_it_holds_but_spam_written_in_tags_goes():
    import spamguard

    def removed(text: str) -> list[str]:
        return [text[s.start : s.end] for s in spamguard.clean(text).removed]

    intro = "Moderation rules for our forum bot\nThe bot reads its rules from a file like this one:\n"
    code = ('rules:\n  - match: "casino|slot gacor|judi online"\n    action: delete\n'
            '  - match: "viagra|cialis|sildenafil"\n    action: hold\n')
    assert removed(intro + code + "Changes are picked up within a minute.") == []
    spam = '<li><a href="http://slot-gacor-maxwin.top">slot gacor maxwin hari ini daftar sekarang</a></li>'
    assert any("slot gacor maxwin" in r for r in removed(intro + spam + "\nChanges are picked up within a minute."))


def test_hidden_links_shown_as_markup_under_a_write_ups_colon_stay_but_a_hidden_block_under_a_clubs_goes():
    import spamguard

    def removed(text: str) -> list[str]:
        return [text[s.start : s.end].strip() for s in spamguard.clean(text).removed]

    block = ('<span style="display:none">\n<a href="http://pills-rx.top">buy cheap cialis online</a>\n'
             '<a href="http://slots-win.top">online casino free spins</a>\n</span>\n')
    writeup = "Cleaning a hacked site\nWe found these lines at the end of index.php:\n" + block + "Delete them.\n"
    assert removed(writeup) == []
    # with no program named before it, or no colon introducing it, the block's links go
    for text in ("Cleaning the club house\nWe found these at the end of the notice board:\n" + block + "Delete them.\n",
                 "Cleaning a hacked site\nWe found these lines at the end of index.php.\n" + block + "Delete them.\n"):
        assert "buy cheap cialis online" in " ".join(removed(text))


def test_a_heading_the_text_under_it_says_again_stays_but_one_it_does_not_use_goes():
    import spamguard

    body = ("Backlink building is the part of SEO that happens on other websites: each link from a respected site "
            "tells search engines that your pages are worth showing.\nNever buy links in bulk from spam sites.\n")
    text = "SEO for small shops\nBacklink Building\n" + body
    assert spamguard.clean(text).removed == ()
    other = "SEO for small shops\nBuy Cheap Backlinks Today\n" + body
    assert [other[s.start : s.end].strip() for s in spamguard.clean(other).removed] == ["Buy Cheap Backlinks Today"]


def test_a_lessons_title_stays_when_only_its_code_leans_to_spam():
    import spamguard

    text = ("Home | Tutorials | Contact\nCasino Bonus Spam Filter\n"
            "This lesson shows how to hide comments that advertise casino bonuses.\n"
            "BLOCKED = re.compile(r'(casino bonus|free spins|no deposit bonus)', re.I)\n"
            "if BLOCKED.search(comment): hide(comment)\nThe pattern ignores case.")
    assert spamguard.clean(text).removed == ()


def test_a_lessons_glossary_of_casino_words_stays():
    import spamguard

    text = ("English for hospitality workers — Unit 7: At the casino resort\nLearn these words before the listening exercise.\n"
            "croupier — 荷官 | chips — 筹码 | slot machine — 老虎机 | jackpot — 头奖 | blackjack — 二十一点\n"
            "Practice: Ask the guest politely whether they would like to exchange cash for chips.")
    assert spamguard.clean(text).removed == ()


def test_a_lessons_vocabulary_written_one_pair_a_line_stays_but_keywords_in_that_shape_go():
    import spamguard

    lesson = ("Home | Courses | Spanish | Contact\nSpanish for Hospitality Staff — Lesson 9: The Casino Floor\n"
              "Many of our students work in resort casinos on the coast. These are the words guests use most often.\n"
              "casino — casino\nslot machine — máquina tragamonedas\nchips — fichas\nbet — apuesta\n"
              "jackpot — premio mayor\ndealer — crupier\nfree spins — tiradas gratis\n"
              "Practise each word aloud with a partner.\n© 2025 Lingua Coast Language School")
    assert spamguard.clean(lesson).removed == ()
    # the same shape, every line of it loaded: keywords and their pitches, not a lesson
    spam = "casino online — bono sin depósito\ntragamonedas gratis — giros gratis\napuestas deportivas — cuotas altas"
    news = ("Inicio | Noticias | Deportes\nEl ayuntamiento renueva la plaza mayor\n"
            "Las obras de la plaza mayor terminarán en junio, según informó ayer el concejal de urbanismo.\n"
            + spam + "\n© 2025 Diario del Sur")
    assert "".join(news[s.start : s.end] for s in spamguard.clean(news).removed).strip() == spam


def test_a_lessons_vocabulary_translated_into_another_script_stays_though_most_of_it_reads_as_spam():
    """English casino words with their Russian translations, one pair a line: the loaded words read
    as spam in both languages ("casino — казино", "bet — ставка"), and one ordinary word among them
    makes the run a lesson's."""
    import spamguard

    lesson = ("Главная | Уроки | Словарь\nУрок 9. Английский для персонала казино на круизном лайнере\n"
              "Запишите эти слова в тетрадь и выучите их к следующему занятию.\n"
              "casino — казино\njackpot — джекпот\nbet — ставка\ndealer — крупье\nroulette — рулетка\n"
              "Домашнее задание: составьте диалог крупье и гостя.\n© 2026 Школа английского «Маяк»")
    assert spamguard.clean(lesson).removed == ()


def test_a_lessons_title_stays_right_above_its_glossary():
    """A lesson's title names its vocabulary's topic ("Leçon 7 : Au casino – At the casino" reads as
    gambling): right above the glossary, a label line between them, it stays as a page's title
    above its first paragraph does, when nothing else on the page leans to spam but the glossary."""
    import spamguard

    for lesson in (
        "Accueil › Anglais › Niveau A2 › Leçon 7\nLeçon 7 : Au casino – At the casino\nVocabulaire :\n"
        "jeton – chip\nmiser – to bet\nla roulette – roulette\nle croupier – the dealer\ngagner – to win\n"
        "Exercice : traduisez les phrases du dialogue.",
        "Startseite › Englisch › Kurs B1 › Lektion 4\nLektion 4: Geld und Banken – Money and banking\nWortschatz:\n"
        "Kredit – loan\nZinssatz – interest rate\nKreditkarte – credit card\nHypothek – mortgage\n"
        "Geldautomat – cash machine\nÜbung: Schreiben Sie fünf Sätze über Ihre Bank.",
    ):
        assert spamguard.clean(lesson).removed == ()


def test_a_line_of_quoted_words_mentions_them_and_is_no_outlying_pitch():
    import spamguard

    rules = ("Форум садоводов › Правила › Объявления\nОбновлённые правила раздела «Куплю-продам»\n"
             "В последние недели в раздел приходит много спама. Сообщения, в которых встречаются следующие слова, "
             "будут удаляться автоматически:\n«казино», «ставки на спорт», «займ без отказа», «купить диплом», «виагра»\n"
             "Если ваше сообщение удалили по ошибке, напишите модератору.\nАдминистрация форума")
    assert spamguard.clean(rules).removed == ()


def test_the_footer_links_under_the_copyright_line_are_the_sites_menu():
    import spamguard

    body = ("Northside Pharmacy — Opening hours over the holidays\n"
            "We close at 2 pm on Christmas Eve and stay closed on Christmas Day and Boxing Day.\n"
            "© 2026 Northside Pharmacy Ltd · Registered pharmacy 1093456\n")
    links = "Prescriptions | Travel vaccines | Erectile dysfunction clinic | Weight loss clinic | Hair loss | Contact"
    assert spamguard.clean(body + links).removed == ()
    # without the menu's own item it is a list after the footer, and what leans to spam there goes
    tail = "Weight loss clinic | keto diet pills fast | slimming tea detox | fat burner capsules"
    assert spamguard.clean(body + tail).removed != ()


def test_a_short_tutorials_markup_is_no_spam_sites_head_line():
    import spamguard

    spam = "スーパーコピー 時計 激安通販 ロレックス コピー 代引き ブランドコピー 財布 N級品"
    text = ("HTMLで表を作る方法\n表はtable要素で作ります。\n"
            "<table><tr><th>商品</th><th>価格</th></tr><tr><td>りんご</td><td>120円</td></tr></table>\n"
            + spam + "\n見出しのセルにはth要素を使いましょう。\n")
    assert [text[s.start : s.end].strip() for s in spamguard.clean(text).removed] == [spam]


def test_the_sites_own_address_after_its_copyright_line_stays_but_another_sites_goes():
    import spamguard

    body = ("Sputnik and the October sky\nThe town came outside to watch the satellite pass overhead.\n"
            "© 1999-2013 collectSPACE.com All rights reserved.\n")
    own = "Questions? E-mail contact@collectspace.com"
    assert spamguard.clean(body + own).removed == ()
    other = "Questions? Cheap replica watches at replica-rolex-shop.top, order today"
    assert spamguard.clean(body + other).removed != ()


def test_spam_only_after_the_footer_never_makes_the_page_a_spam_site():
    """A site's sales lines come before its own copyright line; a keyword list after a page's
    footer was put under a host, whose lines may lean towards spam (a Chinese recipe read 0.2-0.4
    beside a gambling list) and still stay."""
    from spamguard.revise import revise

    host = ["周末在家做红烧肉", "五花肉切块后冷水下锅焯水，捞出后用冰糖炒出糖色，再加入生抽和料酒翻炒均匀。",
            "加热水没过肉块，小火炖一个小时，最后大火收汁即可。"]
    footer, spam = "版权所有 © 2026 小厨日记", "网上赌博 | 时时彩平台 | 北京赛车 | 网上百家乐 | 澳门新葡京"

    def left(lines: list[str]) -> list[str]:
        page = Page.from_text("\n".join(lines))
        n = page.seg.n_blocks
        on = np.array([page.line_text(int(k)) == spam for k in page.seg.block_line])
        out, _, _ = revise(page, ["gambling" if s else CLEAN for s in on], np.where(on, 0.99, 0.0),
                           [("classifier",) if s else () for s in on], PARAMS, np.where(on, 0.99, 0.3),
                           ["gambling"] * n, None, 0.9995)
        return [page.line_text(int(page.seg.block_line[i])) for i in range(n) if out[i] == CLEAN]

    assert set(left([*host, footer, spam])) == {*host, footer}
    # the same lines with the list above the footer are a site's page: every line leans to spam
    # and the page reads as spam as a whole
    assert left([*host, spam, footer]) == []


def test_the_messenger_line_that_closes_a_pitch_goes_with_it_a_phone_line_stays():
    import spamguard

    pitch = "Empréstimo na hora para negativados, sem consulta ao SPC e Serasa, dinheiro na conta em 10 minutos."
    page = ("Início | Notícias | Contato\nFeira do livro começa sábado na praça\n"
            "A feira terá 40 expositores e sessões de autógrafos com autores da região.\n"
            "{pitch}\n{contact}\nA entrada é gratuita e a feira vai até domingo à noite.")
    messenger = "Chame no WhatsApp (11) 98888-7777 e libere hoje."
    result = spamguard.clean(page.format(pitch=pitch, contact=messenger))
    assert pitch not in result.text and messenger not in result.text
    phone = "Informações: (11) 3333-4444 ou feira@prefeitura.sp.gov.br"
    result = spamguard.clean(page.format(pitch=pitch, contact=phone))
    assert pitch not in result.text and phone in result.text
    # an advert's exclaimed sentence says something too: its messenger line goes with it
    exclaimed = "Empréstimo na hora para negativados, sem consulta ao SPC e Serasa!"
    result = spamguard.clean(page.format(pitch=exclaimed, contact=messenger))
    assert exclaimed not in result.text and messenger not in result.text


def test_a_pitchs_next_sentence_leaning_to_its_category_goes_with_it():
    """The line after a removed line that reads as spam as a whole goes when its words lean to
    that line's category at ``category_follow_up`` (``follow_ups.continues_pitch``): a pitch's
    next sentence in plain words shares no word with it. Leaning less, to another category, after
    a line that does not read as spam as a whole or after a title, it stays; so does a menu."""
    pitch = "Online Casino Echtgeld mit 500 Euro Willkommensbonus, jetzt spielen und Gewinne sofort auszahlen lassen!"
    follow = "Auch ohne Verifizierung, Einzahlung bequem per Paysafecard."

    def follow_up(prob: float, category: str = "gambling", line_reading: float = 0.99, line: str = follow,
                  before: str = pitch) -> list[str]:
        page = Page.from_text(f"{LONG}\n{before}\n{line}\n{LONG}")
        at = page.seg.block_line
        assert page.line_text(1) == before and len(page.line_blocks(1)) == 1
        spam = at == 1
        labels = ["gambling" if s else CLEAN for s in spam]
        reasons = [("classifier",) if s else () for s in spam]
        probs = np.where(spam, 0.99, np.where(at == 2, prob, 0.0))
        names = [category if k == 2 else "gambling" for k in at]
        final, _, _ = revise(page, labels, np.where(spam, 0.99, 0.0), reasons, PARAMS, probs, names,
                             np.array([0.0, line_reading, prob, 0.0]))
        return [final[i] for i in page.line_blocks(2)]

    at = PARAMS.category_follow_up
    assert PARAMS.follow_up_threshold < at < PARAMS.prose_neighbour_threshold
    assert follow_up(at) == ["gambling"]
    assert follow_up(at - 0.01) == [CLEAN]
    assert follow_up(at, category="pharma") == [CLEAN]
    assert follow_up(at, line_reading=PARAMS.spam_threshold - 0.01) == [CLEAN]
    menu = follow_up(at, line="Startseite | Termine | Kontakt | Impressum")
    assert len(menu) == 4 and set(menu) == {CLEAN}
    # after a title the model misreads, the next line is the page's own first sentence
    assert follow_up(at, before="Online Casino Echtgeld") == [CLEAN]


def test_a_pitchs_next_sentence_in_its_paragraph_goes_when_it_reads_as_likely_spam_alone():
    """A sentence right beside a removed block of its paragraph goes when its own reading is at
    ``prose_neighbour_threshold`` in that block's category and it is as long as a line
    (``follow_ups.take_pitch_sentences``), whatever its paragraph makes of it; the run grows."""
    host = "We spent the morning at the fish market and had a bowl of rice with fresh crab."
    pitch = "Meet lonely local women tonight on the best free adult dating site."
    nxt = "Sign up in one minute and find a secret partner near you today!"
    last = "Then we walked along the river back to the hotel before dinner."

    def kept(own_next: float, category: str = "adult", after: str = nxt, own_last: float = 0.0) -> list[bool]:
        page = Page.from_text(f"{LONG}\n{host} {pitch} {after} {last}\n{LONG}")
        texts = [page.seg.block_text(i) for i in range(page.seg.n_blocks)]
        assert texts[1:5] == [host, pitch, after, last] and len(set(page.seg.block_piece[1:5])) == 1
        n = len(texts)
        labels = ["adult" if i == 2 else CLEAN for i in range(n)]
        own = np.array([0.99 if i == 2 else own_next if i == 3 else own_last if i == 4 else 0.0 for i in range(n)])
        names = [category if i == 3 else "adult" for i in range(n)]
        final, _, _ = revise(page, labels, np.where(own > 0.9, 0.99, 0.0), [("classifier",) if i == 2 else () for i in range(n)],
                             PARAMS, np.zeros(n), names, np.zeros(page.seg.n_lines), None, own)
        return [final[i] == CLEAN for i in range(1, 5)]

    at = PARAMS.prose_neighbour_threshold
    assert kept(at) == [True, False, False, True]
    assert kept(at, own_last=at) == [True, False, False, False]  # the run grows
    assert kept(at - 0.01) == [True, False, True, True]
    assert kept(at, category="gambling") == [True, False, True, True]
    assert kept(at, after="Sign up today!") == [True, False, True, True]  # shorter than a line


def test_a_host_line_naming_a_messenger_without_an_account_stays_after_a_pitch():
    """A short line after a removed pitch that names a messenger goes with it only when it gives
    the account to write to or leans to the pitch in its words (``revise.revise``'s messenger
    line, ``contact.names_account``): a news page's own line sending readers to its WeChat
    account reads clean and names no account."""
    import spamguard

    pitch = "澳门新葡京娱乐场真人百家乐，注册即送38元彩金，24小时极速出款，信誉第一，立即注册。"
    page = ("首页｜新闻｜体育｜联系我们\n市图书馆暑期开放时间调整\n记者从市图书馆获悉，为方便学生暑期阅读，图书馆自七月一日起延长"
            "开放时间，周一至周日均开放至晚上九点。\n{pitch}\n{contact}\n馆方表示，新增的自习区共有两百个座位。\n© 2026 城市晚报")
    host = "读者可通过微信公众号提前预约座位。"
    result = spamguard.clean(page.format(pitch=pitch, contact=host))
    assert pitch not in result.text and host in result.text
    seller = "加微信 yule88888 领取彩金。"
    result = spamguard.clean(page.format(pitch=pitch, contact=seller))
    assert pitch not in result.text and seller not in result.text


def test_a_spam_sites_menu_and_footer_do_not_hold_its_page_back_from_going_whole():
    """The share of letters removed that makes a page spam throughout leaves out its menus and
    its footer line, the frame of any site's page: a long menu and a copyright line in another
    script held more letters than the short sales page under them, which kept its menu, its
    service line and its footer. A host's own sentence on the same frame still keeps the page."""
    menu = "Home / Products / Downloads / Shopping cart / Register / About us / Press releases / FAQ"
    spam = "slot gacor hari ini situs judi online terpercaya bonus new member"
    footer = "Copyright © 2023 Kyoto Photo Blog All Rights Reserved."
    text = f"{menu}\n{spam}\n{spam}\nOpen daily 9-21\n{footer}"
    page, final, why = _revise(text, {1, 2}, [0.0, 0.99, 0.99, 0.0, 0.0])
    assert page.profile.footer_line == 4
    assert all(lab == "gambling" for lab in final) and "spam_page" in why[0] and "spam_page" in why[4]
    # the frame left out, a host's sentence is still most of what is left, and it stays
    _, final, _ = _revise(f"{menu}\n{spam}\n{spam}\n{LONG}\n{footer}", {1, 2}, [0.0, 0.99, 0.99, 0.0, 0.0])
    assert [final[i] for i in (0, 3, 4)] == [CLEAN] * 3


def test_a_sentence_in_the_pages_script_stays_its_paragraphs_on_a_line_that_addresses_hold_most_of():
    """A line of addresses run on from a host's paragraph after its last stop holds more Latin
    letters than Japanese ones, so the paragraph's sentence is a run of another script than its
    line's; it is still a sentence of the page's own script, keeps its own reading (0.05) and
    stays (``view.classifier_view``): read as the line's item it went, and the page with it."""
    import spamguard

    sentence = "新しいスマホを購入してから、毎日ランキングを見るのが楽しみになりました。"
    links = ("https://www.bet215-online.cc/go/3278  https://www.vip831vip.net/vip831.html  http://play334.com/buy  "
             "play305-online.top  bet386vip.info/?ref=2478")
    text = (f"ホーム | ブログ | お問い合わせ\n\n{sentence} {links}\n\n"
            "週末は家族で近所の公園に行き、お弁当を食べながらのんびり過ごしました。")
    assert [text[s.start : s.end].strip() for s in spamguard.clean(text).removed] == [links]


def test_a_sentence_of_running_prose_next_to_removed_spam_needs_more_to_go_with_it():
    # the host's sentence leans half-way by chance (a recipe's step 0.51-0.62 as adult); a pitch's
    # own sentence reads higher, and a line that is no prose goes at the neighbour threshold
    text = f"slot gacor hari ini daftar situs judi online\n{LONG}\n" + "\n".join([LONG] * 8)
    page, final, _ = _revise(text, {0}, [0.99, 0.6] + [0.0] * 8)
    assert line_is_prose(page, 1) and final[1] == CLEAN
    _, final, why = _revise(text, {0}, [0.99, 0.8] + [0.0] * 8)
    assert final[1] == "gambling" and "spam_run" in why[1]
    _, final, _ = _revise(text, {0}, [0.99, 0.6] + [0.0] * 8, DecisionParams(prose_neighbour_threshold=0.5))
    assert final[1] == "gambling"
    listed = "slot gacor hari ini daftar situs judi online\nbonus harian 2026 agen resmi terpercaya\n" + "\n".join([LONG] * 8)
    page, final, _ = _revise(listed, {0}, [0.99, 0.6] + [0.0] * 8)
    assert not line_is_prose(page, 1) and final[1] == "gambling"


def test_an_account_name_alone_in_another_script_is_a_shops_own_beside_words_that_do_not_lean_to_spam():
    """A Latin account name inside a Chinese sentence that gives it reads with its line (a
    pharmacy's, 0.54 pharma): its words beside it, a shop's own, do not lean to spam, so the name
    is no pitch; beside a pitch, it is the pitch's."""
    import spamguard

    detector = spamguard.default_detector()
    shop = ("首页 | 药房 | 联系我们\n本店药品预约须知\n本药房是经过药监局批准的正规药店，所有药品均凭处方销售。"
            "需要购买西地那非等处方药的顾客，请携带医生处方到店，或加微信 yaofang123 预约取药。营业时间为每天早上八点到晚上九点。\n")
    assert detector.clean(shop).removed == ()
    pitch = "正品伟哥药店直销，一粒见效，隐私发货，加微信 weige888 "
    text = ("首页 | 新闻 | 联系我们\n社区通知\n上周末社区举办了首届邻里文化节，吸引了两千多名居民参加。"
            f"{pitch}下单。现场气氛非常热烈，大家都玩得很开心。\n")
    assert [text[s.start : s.end] for s in detector.clean(text).removed] == [pitch]


def test_a_keyword_line_between_two_removed_ones_goes_whole_when_it_reads_as_spam():
    """A line of copies between two removed ones keeps its brand names when only its last item
    goes ("シャネル バッグ" 0.025 | "N" | "級品 通販"): read as a line it is spam, and it is no prose,
    so it goes with them (``revise``: a line between two removed lines)."""
    import spamguard

    lines = "ルイヴィトン 財布 スーパーコピー\nシャネル バッグ N級品 通販\nロレックス 偽物 時計 代引き"
    text = ("トップ | 診療案内 | アクセス\nさくら内科クリニック\n\n当院では、かぜや胃腸炎などの一般内科のほか、"
            f"生活習慣病の治療を行っています。\n\n{lines}\n\nインフルエンザの予防接種は十二月末まで受け付けております。"
            "ご希望の方はお電話でご予約ください。\n")
    assert [text[s.start : s.end].strip() for s in spamguard.clean(text).removed] == [lines]


def test_a_partly_removed_keyword_line_goes_whole_after_a_removed_one():
    """The last line of a list of copies, after two removed ones, keeps its brand names when only
    its last item goes ("エルメス バーキン 偽物" 0.30 | "N" | "級品 販売" 0.99): read as a line it is
    spam and no prose, and spam was cut out of it, so it goes with the line before it (``revise``:
    a line beside a removed one), though it parts its items otherwise than that line does."""
    import spamguard

    lines = "ルイヴィトン 財布 コピー 激安 通販\nシャネル バッグ スーパーコピー 代引き\nエルメス バーキン 偽物 N級品 販売"
    text = ("ゆるっと家庭菜園日記\nミニトマトの脇芽かき\n今週は梅雨の晴れ間に、ミニトマトの脇芽をまとめてかきました。"
            "放っておくとあっという間にジャングルになってしまいます。\n"
            f"{lines}\n来週はナスの支柱立てをする予定です。\n")
    assert [text[s.start : s.end].strip() for s in spamguard.clean(text).removed] == [lines]


def test_the_footers_own_links_stay_beside_links_injected_after_them():
    """Links slipped in after a footer's own: "Privacy" names the site's own page, as a menu's
    "Contact" does, and stays (``menus.is_menu_item``), though the list's separator glues it to
    the injected items."""
    import spamguard

    spam = " · buy cialis online · cheap viagra uk · order tramadol · kamagra oral jelly"
    text = ("Home | Menu | Bookings\nThe Old Mill Tea Room\n\nHomemade cakes and scones served in a restored mill "
            "by the river.\n\nWe are open Wednesday to Sunday, 10am to 5pm.\n"
            f"© 2026 The Old Mill Tea Room · Privacy{spam}")
    assert [text[s.start : s.end] for s in spamguard.clean(text).removed] == [spam]
