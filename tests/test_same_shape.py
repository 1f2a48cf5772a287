"""A line written in the shape of the removed spam line beside it goes with it when it leans to
spam as a line (``spamguard.same_shape``), though one of its blocks reads clean alone."""

from __future__ import annotations

import pytest

from spamguard.page import Page
from spamguard.same_shape import line_shape

from support import removed

RU = ("Главная | Новости | Контакты\nВ библиотеке открыли читальный зал\nЧитальный зал будет работать по "
      "будням с девяти утра до восьми вечера, вход свободный.\nкупить диплом | быстро\nзайм на карту | без "
      "отказа\n{}\n© 2026 Городская библиотека")
ID = ("Beranda | Resep | Kontak\nSayur Asem\nRebus air bersama asam jawa, lalu masukkan kacang panjang dan "
      "jagung manis.\n\"Situs Slot Gacor Maxwin\"\thttps://slot-gacor-maxwin.example/daftar\n{}\n"
      "Tambahkan garam dan gula secukupnya.")


@pytest.mark.parametrize(("page", "last"), [
    # "высокие коэффициенты" reads 0.16 alone, the line 0.9 and more
    (RU, "ставки на спорт | высокие коэффициенты"),
    # the address reads 0.02 alone
    (ID, "\"Agen Togel Terpercaya\"\thttps://agen-togel.example/masuk"),
], ids=["ru-pairs", "id-anchors"])
def test_a_list_s_last_line_in_its_shape_goes(page, last):
    assert last in "".join(removed(page.format(last)))


@pytest.mark.parametrize(("page", "line"), [
    (RU, "О нас | Контакты"),  # the site's menu under the list: its shape, reading clean
    (RU, "Библиотека | закрыта в понедельник"),  # a host's notice in that shape
], ids=["menu", "notice"])
def test_a_line_of_the_shape_that_reads_clean_stays(page, line):
    assert line not in "".join(removed(page.format(line)))


def test_shapes_are_the_marks_between_blocks():
    page = Page.from_text("a b  |  c\nd | e f\ng\th\ni")
    assert line_shape(page, 0) == line_shape(page, 1) == (" | ",)
    assert line_shape(page, 2) == ("\t",)
    assert line_shape(page, 3) == ()
