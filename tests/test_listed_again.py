"""A list's first item left with the host's words goes with the removed list when the list says it
again (``spamguard.listed_again``), whatever the model knows of its words; the host's own words,
a lone short word, and a remainder too short to stand on its own stay."""

from __future__ import annotations

import numpy as np
import pytest
from support import removed_stripped as _removed

from spamguard.listed_again import completes_item, item_edge, item_end, list_items
from spamguard.page import Page


@pytest.mark.parametrize("page, spam", [
    # the first item reads with the host's sentence as clean; the list says it twice more
    (("Strona główna | Aktualności | Kontakt\nBiblioteka\nBiblioteka miejska wydłużyła w tym roku godziny otwarcia "
      "dla wszystkich leki bez recepty  https://www.leki-tanio.top/sklep  leki bez recepty  tabletki-bez-recepty.xyz/"
      "go/12  leki bez recepty  https://apteka-vip.live/promo  i zaprasza czytelników także w soboty.\nWstęp jest "
      "bezpłatny."),
     ("leki bez recepty  https://www.leki-tanio.top/sklep  leki bez recepty  tabletki-bez-recepty.xyz/go/12  leki bez "
      "recepty  https://apteka-vip.live/promo")),
    # the first item's first word only: the list's own first words finish it
    (("Home | News | Contact\nAnnual meeting\nThe board thanked the volunteers for their hard work this year make "
      "money fast | make money fast | passive income system-官方网站 and announced the new schedule.\nMeetings resume "
      "in March."), "make money fast | make money fast | passive income system-官方网站"),
])
def test_a_lists_first_item_said_again_goes_with_it(page, spam):
    assert _removed(page) == [spam]


def test_items_are_the_runs_of_words_between_addresses_and_marks():
    assert list_items("kredyt bez bik https://a-kredyt.top/go/1 | kredyt bez bik, pożyczka✅ www.szybko.pl") == {
        ("kredyt", "bez", "bik"), ("pożyczka",)}


@pytest.mark.parametrize("words, stretch, before, said", [
    (("make",), "money fast | make money fast | passive income", True, True),
    (("fast",), "make money | make money fast | passive income", False, False),  # "make money fast" ends no run
    (("de",), "https://x-bet.top/ de https://y-bet.top/", True, False),  # too short to be a keyword
    (("bitcoin",), "https://btc-x.top/ - btc https://btc-y.top/", True, False),  # not an item of the list
    (("income",), "passive income | make money fast | passive", False, True),  # after: its last words start the item
    # words the list says in a row with its own first (last) word, inside one run of words
    (("video",), "porno gratis video porno gratis>>", True, True),
    (("bản",), "sex nhật bản - sex nhật", False, True),
    (("the",), "casino online casino bonus", True, False),  # "the casino" is not said
    # the run at the list's other edge may be a host's words the list took along, not an item
    (("anna", "berg"), "Anna Berg, horn prutt moona.xyz - kötthuvud https://x-online.club/go", False, False),
    (("kötthuvud",), "Anna Berg, horn prutt moona.xyz - kötthuvud https://x-online.club/go", False, True),
])
def test_words_complete_an_item_only_when_the_list_says_it(words, stretch, before, said):
    assert completes_item(words, stretch, before) is said


def test_no_cut_leaves_the_host_a_few_words():
    # the host's two words left alone on a line of list items would be taken as items
    text = "Ziua bună leki bez recepty  https://www.leki-tanio.top/sklep  leki bez recepty  https://apteka-vip.live/promo"
    page = Page.from_text(text)
    at = text.index("https://")
    k = next(b for b in range(page.seg.n_blocks) if page.seg.block_end[b] <= at and "recepty" in page.seg.block_text(b))
    assert item_edge(page, k, at, len(text), host_letters=33) is None
    assert item_edge(page, k, at, len(text), host_letters=5) == text.index("leki")



def test_words_after_a_list_that_end_words_it_says_in_a_row_are_cut_off_the_host():
    text = ("Tin tức | Liên hệ\nDu lịch\nĐoàn khách sẽ tham quan phố cổ kèo nhà cái kèo nhà cái kèo nhà cái vào buổi "
            "sáng rồi nghỉ trưa tại một nhà hàng ven sông trong khu phố cổ.")
    a, z = text.index("kèo"), text.rindex("cái")  # the stretch removed ends a word short
    page = Page.from_text(text, [a, z])
    k = int(np.searchsorted(page.seg.block_start, z))
    assert item_end(page, k, a, z, host_letters=33) == text.index("vào")
    assert item_end(page, k, a, z, host_letters=500) is None  # the host's words left on the line are too few


def test_a_word_said_in_a_row_with_a_lists_first_word_goes_with_it():
    text = ("Trang chủ | Tin tức | Liên hệ\nDu lịch mùa thu\nChuyến đi kéo dài ba ngày, khởi hành từ bến xe phía nam vào "
            "sáng thứ bảy hằng tuần.\nNgày đầu tiên đoàn khách sẽ tham quan phố cổ video porno gratis video porno gratis "
            "video porno gratis>> vào buổi sáng rồi nghỉ trưa tại một nhà hàng ven sông.\nGiá vé đã bao gồm bữa ăn và "
            "hướng dẫn viên suốt hành trình.")
    assert _removed(text) == ["video porno gratis video porno gratis video porno gratis>>"]
