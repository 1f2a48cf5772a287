"""A list's edge item glued to the host's words by the list's own separator goes with the list
(``spamguard.separated_items``), whatever the model knows of its words; a comma, a wide comma, a
separator that parts the list once, and a remainder of the host's words too short to stand stay."""

from __future__ import annotations

import numpy as np
import pytest
from support import removed_stripped as _removed

import spamguard
from spamguard.page import Page
from spamguard.params import CLEAN
from spamguard.separated_items import edge_item, host_edge_cuts, separated_item

_HOST_HEAD = "Toisella viikolla opiskelija harjoittelee käsien ja "
_HOST_TAIL = " jalkojen hoitoa yhdessä ohjaajan kanssa ennen kirjallista koetta."


def _page(items: str) -> str:
    return ("Etusivu | Kurssit | Yhteystiedot\nIhonhoidon kurssi\nKurssi kestää kuusi viikkoa, ja opetusta on kahtena "
            "iltana viikossa koulun omassa työtilassa.\n" + _HOST_HEAD + items + _HOST_TAIL + "\nMateriaalit sisältyvät "
            "kurssimaksuun; ota mukaan pyyhe ja esiliina jokaiselle kerralle.")


def test_the_last_item_glued_by_the_lists_separator_goes_with_the_list():
    items = "zorblax - kyrvitys - vitusti - kulli - perspano - koiranpaska - munapää - quimtor"
    assert _removed(_page(items)) == [items]
    # an item of the list, not a word it says again
    (span,) = spamguard.clean(_page(items)).removed
    assert "keyword_list" in span.reasons and "keyword_repetition" not in span.reasons


def _blocks_around(text: str, a: int, z: int) -> tuple[Page, int, int]:
    """The page cut at the stretch ``a:z``, and its blocks just before and just after it."""
    page = Page.from_text(text, [a, z])
    return page, int(np.searchsorted(page.seg.block_end, a, side="right")) - 1, int(np.searchsorted(page.seg.block_start, z))


def _cuts(text: str, stretch: str, host_letters: int = 33) -> tuple[int | None, int | None]:
    """``edge_item``'s cuts before and after ``stretch`` removed from ``text``."""
    a = text.index(stretch)
    z = a + len(stretch)
    page, before, following = _blocks_around(text, a, z)
    return edge_item(page, before, a, z, host_letters, True), edge_item(page, following, a, z, host_letters, False)


@pytest.mark.parametrize("items, stretch, first, after", [
    ("zorblax - kulli - perspano - munapää - quimtor", "kulli - perspano - munapää", "zorblax", "jalkojen"),
    # one word though the list's items are longer: "pinta" may be the host's
    ("pinta zorblax | vetää käteen | koiran paska | iso kulli | quimtor pinta", "vetää käteen | koiran paska | iso kulli",
     "zorblax", "pinta jalkojen"),
    # an address is one item however many words it spells
    ("zorblax - kulli.vip/go-51 - perspano - munapää - www.kulli-vip.top/go/7 jalkojen",
     "kulli.vip/go-51 - perspano - munapää", "zorblax", "jalkojen jalkojen"),
])
def test_the_item_is_the_one_word_or_address_the_separator_glues(items, stretch, first, after):
    text = _page(items)
    assert _cuts(text, stretch) == (text.index(first), text.index(after, text.index(stretch) + len(stretch)))


@pytest.mark.parametrize("items, stretch", [
    ("zorblax, kulli, perspano, munapää, quimtor", "kulli, perspano, munapää"),  # a comma is the host's mark as often
    ("zorblax - kulli perspano munapää - quimtor", "kulli perspano munapää"),  # no separator inside the list
    ("zorblax - kulli - perspano quimtor", "kulli - perspano"),  # the list's separator parts it once
])
def test_no_item_is_glued_without_a_separator_that_parts_the_list_twice(items, stretch):
    assert _cuts(_page(items), stretch) == (None, None)


def test_no_cut_leaves_the_host_fewer_letters_than_a_line_on_its_side():
    assert _cuts(_page("zorblax - kulli - perspano - munapää - quimtor"), "kulli - perspano - munapää", 500) == (None, None)


def test_a_block_of_chinese_is_no_item():
    text = ("首页 | 新闻 | 联系我们\n本周新闻\n市图书馆本周起延长开放时间，周末也照常开放 - 澳门赌场 - 百家乐 - 老虎机 - 欢迎读者前来借阅。")
    a = text.index("澳门")
    z = text.index(" - 欢迎")
    page, before, following = _blocks_around(text, a, z)
    assert not separated_item(page, following, a, z, False)
    assert edge_item(page, before, a, z, 1, True) is None


def test_two_spaces_glue_an_item_only_where_the_host_has_none_on_its_line():
    items = "zorblax  www.kulli-vip.top/go  perspano  https://kulli.asia/kulli-51  quimtor"
    stretch = "www.kulli-vip.top/go  perspano  https://kulli.asia/kulli-51"
    text = _page(items)
    assert _cuts(text, stretch) == (text.index("zorblax"), text.index("jalkojen"))
    spaced = text.replace("harjoittelee käsien", "harjoittelee  käsien")  # the host's own two spaces
    assert _cuts(spaced, stretch)[0] is None


def test_an_address_next_to_a_list_of_addresses_is_its_item_with_one_space_between():
    items = "https://zorblax-vip.top/go kulli.asia/kulli-51 www.perspano.site/promo https://quimtor.online/daftar"
    stretch = "kulli.asia/kulli-51 www.perspano.site/promo"
    text = _page(items)
    assert _cuts(text, stretch) == (text.index("https://zorblax"), text.index("jalkojen"))
    # a word is no address: one space glues nothing
    assert _cuts(_page("zorblax " + stretch + " quimtor"), stretch) == (None, None)


def _host_cuts(text: str, removed: str) -> list[int]:
    """``host_edge_cuts`` on ``text`` with the one block ``removed`` removed."""
    a = text.index(removed)
    page = Page.from_text(text, [a, a + len(removed)])
    final = [CLEAN] * page.seg.n_blocks
    final[int(np.searchsorted(page.seg.block_start, a))] = "adult"
    detector = spamguard.default_detector()
    return host_edge_cuts(page, final, detector.model, detector.params)


_LIST = "free porn :: porn videos :: xxx sex :: hot sex :: nude girls"


@pytest.mark.parametrize("removed, given_back", [
    # a host's clause before the list's first item, one after its last (each item as long as the
    # longest inner one, two words here)
    ("with the college's own tools and creams " + _LIST, ["free porn"]),
    (_LIST + " and the teacher checks the work of every student", ["and the"]),
    ("with the college's own tools and creams " + _LIST + " and the teacher checks the work of every student",
     ["free porn", "and the"]),
    # too few letters, or a word the list says: the list's own
    ("and creams " + _LIST, []),
    ("porn videos with the college's own creams " + _LIST, []),
])
def test_a_removed_list_gives_back_the_hosts_clause_beside_it(removed, given_back):
    text = ("Home | Courses | Contact\nSkin care course\nIn the practical part we care for the hands, " + removed
            + ", which takes most of the session.\nMaterials are included in the fee.")
    at = text.index(removed)
    assert _host_cuts(text, removed) == [text.index(words, at) for words in given_back]


def test_a_prose_dash_parts_no_list():
    text = ("Home | Local\nThe case\nThe mayor was surprised that the police took up the matter at all. - I will not "
            "comment on that - she said, adding that nobody had asked her to testify.\nNewsroom")
    assert _host_cuts(text, text.split("\n")[2]) == []
