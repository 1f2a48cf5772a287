"""The host's words glued after the last address of an injected list stay
(``spamguard.address_tails``); words that go on with the list or lean to spam go with it. And an
injection's addresses do not make their script the spam's on a line it holds most of
(``revise_line``)."""

from __future__ import annotations

import pytest

from spamguard.address_tails import address_tail_cuts
from spamguard.model import LinearModel, shipped_model_path
from spamguard.page import Page
from spamguard.params import CLEAN
from support import removed_stripped as _removed


@pytest.fixture(scope="module")
def model() -> LinearModel:
    return LinearModel.load(shipped_model_path())


@pytest.mark.parametrize("page, spam", [
    # the host's sentence goes on after a list slipped into it
    (("Home | News | Sport\nCouncil approves new park\nThe council approved the plan for a new park near the river on "
      "Monday after replica watches cheap www.replica-rolex-outlet.top/shop rolex replica "
      "https://www.cheap-rolex-sale.xyz/buy a long debate about its cost.\nThe park opens next spring, the mayor said."),
     "replica watches cheap www.replica-rolex-outlet.top/shop rolex replica https://www.cheap-rolex-sale.xyz/buy"),
    # a company's footer line in another script than the page's
    (("الرئيسية | أخبار | اتصل بنا\nمقال\nهذا نص عربي قصير عن تاريخ المدينة القديمة وأسواقها الشعبية المعروفة.\n"
      "Registered in England and Wales, company number 65744762. افضل موقع قمار www.bet-online.asia/vip - مواقع "
      "مراهنات best-online.asia/buy VAT 15438970."),
     "افضل موقع قمار www.bet-online.asia/vip - مواقع مراهنات best-online.asia/buy"),
])
def test_the_hosts_words_after_the_last_address_stay(page, spam):
    assert _removed(page) == [spam]


def _cuts(model: LinearModel, text: str, spam: str, cut: str | None = None) -> list[str]:
    """The text from each cut address_tail_cuts finds to the end, with the block holding ``spam``
    removed (and ``text`` cut before ``cut`` into two blocks)."""
    page = Page.from_text(text, [text.index(cut)] if cut else [])
    seg = page.seg
    at = text.index(spam)
    final = [CLEAN if seg.block_end[b] <= at or seg.block_start[b] > at else "gambling" for b in range(seg.n_blocks)]
    assert final.count("gambling") == 1
    return [text[c:] for c in address_tail_cuts(page, final, model, LinearModel.load(shipped_model_path()).decision)]


def test_the_words_after_the_last_address_of_a_removed_block_are_cut_off(model):
    text = "The museum bans copies of its works by bonus casino gratis www.casino-bonus.top/promo the law of 1957."
    assert _cuts(model, text, "bonus casino") == ["the law of 1957."]


def test_no_cut_in_a_kept_block_or_after_an_address_that_ends_it(model):
    text = "The museum bans copies of its works by bonus casino gratis www.casino-bonus.top/promo the law of 1957."
    page = Page.from_text(text)
    assert address_tail_cuts(page, [CLEAN] * page.seg.n_blocks, model, model.decision) == []
    assert _cuts(model, "Bonus casino gratis, slot online www.casino-bonus.top/promo", "Bonus") == []


def test_words_that_lean_to_spam_after_the_address_stay_with_it(model):
    text = "Read the rules of the lottery draw casino www.casino-bonus.top/promo casino online bonus gratis slot gacor"
    assert _cuts(model, text, "casino www") == []


def test_a_separator_after_the_address_goes_on_with_the_list_unless_the_tail_ends(model):
    runs_on = "Sifat batuan serta tongkat ali asli www.tongkat-ali.top/promo - info lengkap di sini ubatkuat.vip/shop - ubat kuat"
    assert _cuts(model, runs_on, "tongkat ali", cut="ubatkuat") == []
    ends = "Kirjasto.com – Kirjaston aukioloajat ja tapahtumat koko perheelle"
    assert _cuts(model, ends, "Kirjasto") == ["– Kirjaston aukioloajat ja tapahtumat koko perheelle"]


def test_a_clearly_clean_run_in_the_script_of_the_spams_addresses_only_stays_on_its_line():
    page = ("Головна | Новини | Контакти\n\nУ місті відкрили нову бібліотеку.\n\nЧитачі зможуть брати книжки додому на "
            "два тижні, а діти до семи років обслуговуються безкоштовно.\n\nRegistered in England and Wales, бонус без "
            "депозиту www.kazyno-top.net/bonus | ставки на спорт https://stavky-online.top/register | ставки на спорт "
            "bet-ua-online.online/link | бонус без депозиту http://grai-vip.bet/promo company number 12345678. VAT 87654321.")
    spam = ("бонус без депозиту www.kazyno-top.net/bonus | ставки на спорт https://stavky-online.top/register | ставки на "
            "спорт bet-ua-online.online/link | бонус без депозиту http://grai-vip.bet/promo")
    assert _removed(page) == [spam]
