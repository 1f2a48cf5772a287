"""A list's edge item glued to the host's words by the list's own separator goes with the list
(``spamguard.separated_items``), whatever the model knows of its words; a comma, a wide comma, a
separator that parts the list once, and a remainder of the host's words too short to stand stay."""

from __future__ import annotations

import numpy as np
import pytest
from support import removed_stripped as _removed

from spamguard.page import Page
from spamguard.separated_items import edge_item, separated_item

_HOST_HEAD = "Toisella viikolla opiskelija harjoittelee käsien ja "
_HOST_TAIL = " jalkojen hoitoa yhdessä ohjaajan kanssa ennen kirjallista koetta."


def _page(items: str) -> str:
    return ("Etusivu | Kurssit | Yhteystiedot\nIhonhoidon kurssi\nKurssi kestää kuusi viikkoa, ja opetusta on kahtena "
            "iltana viikossa koulun omassa työtilassa.\n" + _HOST_HEAD + items + _HOST_TAIL + "\nMateriaalit sisältyvät "
            "kurssimaksuun; ota mukaan pyyhe ja esiliina jokaiselle kerralle.")


def test_the_last_item_glued_by_the_lists_separator_goes_with_the_list():
    items = "zorblax - kyrvitys - vitusti - kulli - perspano - koiranpaska - munapää - quimtor"
    assert _removed(_page(items)) == [items]


def _blocks_around(text: str, a: int, z: int) -> tuple[Page, int, int]:
    """The page cut at the stretch ``a:z``, and its blocks just before and just after it."""
    page = Page.from_text(text, [a, z])
    return page, int(np.searchsorted(page.seg.block_end, a, side="right")) - 1, int(np.searchsorted(page.seg.block_start, z))


@pytest.mark.parametrize("items, stretch, first, after", [
    # an item of one word on each side: the host's "ja" and "jalkojen" stay
    ("zorblax - kulli - perspano - munapää - quimtor", "kulli - perspano - munapää", "zorblax", "jalkojen"),
    # the list's shortest item two words: two words on each side
    ("pinta zorblax | vetää käteen | koiran paska | iso kulli | quimtor pinta", "vetää käteen | koiran paska | iso kulli",
     "pinta zorblax", "jalkojen"),
])
def test_the_item_takes_as_many_words_as_the_lists_shortest_one(items, stretch, first, after):
    text = _page(items)
    a = text.index(stretch)
    z = a + len(stretch)
    page, before, following = _blocks_around(text, a, z)
    assert edge_item(page, before, a, z, 33, True) == text.index(first)
    assert edge_item(page, following, a, z, 33, False) == text.index(after)


@pytest.mark.parametrize("items, stretch", [
    ("zorblax, kulli, perspano, munapää, quimtor", "kulli, perspano, munapää"),  # a comma is the host's mark as often
    ("zorblax - kulli perspano munapää - quimtor", "kulli perspano munapää"),  # no separator inside the list
    ("zorblax - kulli - perspano quimtor", "kulli - perspano"),  # the list's separator parts it once
])
def test_no_item_is_glued_without_a_separator_that_parts_the_list_twice(items, stretch):
    text = _page(items)
    a = text.index(stretch)
    z = a + len(stretch)
    page, before, following = _blocks_around(text, a, z)
    assert edge_item(page, before, a, z, 33, True) is None
    assert edge_item(page, following, a, z, 33, False) is None


def test_no_cut_leaves_the_host_fewer_letters_than_a_line_on_its_side():
    text = _page("zorblax - kulli - perspano - munapää - quimtor")
    a = text.index("kulli")
    z = text.index(" - quimtor")
    page, before, following = _blocks_around(text, a, z)
    assert edge_item(page, before, a, z, 500, True) is None
    assert edge_item(page, following, a, z, 500, False) is None


def test_a_block_of_chinese_is_no_item():
    text = ("首页 | 新闻 | 联系我们\n本周新闻\n市图书馆本周起延长开放时间，周末也照常开放 - 澳门赌场 - 百家乐 - 老虎机 - 欢迎读者前来借阅。")
    a = text.index("澳门")
    z = text.index(" - 欢迎")
    page, before, following = _blocks_around(text, a, z)
    assert not separated_item(page, following, a, z, False)
    assert edge_item(page, before, a, z, 1, True) is None
