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
])
def test_a_list_saying_an_item_again_goes(host, listed):
    assert _removed(host.format(list=listed)) == [listed]


@pytest.mark.parametrize("text", [
    TOUR.format(list="Oslo - Bergen - Oslo"),  # a round trip names its start again
    TOUR.format(list="Oslo - Bergen - Flåm - Bergen - Oslo"),
    HARBOUR.format(list="Red Ferry | Blue Ferry | Red Ferry |"),  # names
    HARBOUR.format(list="boats, boats, boats and"),  # commas are prose's
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


def test_chinese_and_japanese_lists_are_read_by_their_characters_elsewhere():
    # no word tells the last item from the host's sentence it runs on into
    assert repeated_items("今日は、カジノ | スロット | カジノ | スロット実際に訪問して確かめました。") == ()


@pytest.mark.parametrize("text", [
    # a list edge glued to letters of a script written without spaces, or written mostly in them
    "Heute waren wir in Tokio, カジノ | zorblax | カジノ | zorblax und danach im Hotel.",
    "Heute waren wir in Tokio, zorblax | カジノ | スロット | カジノ | スロット和 quimtor und danach im Hotel.",
    "Heute waren wir in Tokio, zorblax | カジノスロット無料 | カジノスロット無料 | zorblax und danach im Hotel.",
])
def test_lists_in_a_script_without_spaces_or_glued_to_one_are_not_read_by_words(text):
    assert repeated_items(text) == ()
