"""Spam words left on a kept block glued to a removed one go with it (``spamguard.edge_words``):
only words leaning to the removed stretch's category, not across a stop, not a lone letter, and
not on a page whose text is on that topic."""

from __future__ import annotations

import numpy as np
import pytest

from spamguard.edge_words import _leaning_edge, edge_word_cuts
from spamguard.model import LinearModel, shipped_model_path
from spamguard.page import Page
from spamguard.params import CLEAN
from support import removed_stripped as _removed


@pytest.fixture(scope="module")
def model() -> LinearModel:
    return LinearModel.load(shipped_model_path())


def test_keywords_before_a_removed_address_list_go_with_it():
    page = ("Главная | Новости | Контакты\nБассейн\nГородской бассейн открыт ежедневно реплики часов "
            "www.replica-chasy.top/shop  копии брендов https://kopii-brendov.xyz/catalog с семи утра до десяти вечера, "
            "кроме первого понедельника месяца.\nДети до шести лет плавают бесплатно.")
    assert _removed(page) == ["реплики часов www.replica-chasy.top/shop  копии брендов https://kopii-brendov.xyz/catalog"]


def _final(page: Page, spam: str) -> list[str]:
    at = page.text.index(spam)
    seg = page.seg
    return ["replica" if seg.block_start[b] <= at < seg.block_end[b] else CLEAN for b in range(seg.n_blocks)]


def test_words_are_cut_only_where_they_lean_and_no_stop_parts_them(model):
    text = "Библиотека работает ежедневно реплики часов www.replica-chasy.top/shop"
    page = Page.from_text(text)
    assert [text[c:] for c in edge_word_cuts(page, _final(page, "www"), model, model.decision)] == [
        "реплики часов www.replica-chasy.top/shop"
    ]
    stopped = "Библиотека работает ежедневно реплики часов ролекс. www.replica-chasy.top/shop"
    page = Page.from_text(stopped)
    assert edge_word_cuts(page, _final(page, "www"), model, model.decision) == []
    host = "Библиотека работает ежедневно с утра www.replica-chasy.top/shop"
    page = Page.from_text(host)
    assert edge_word_cuts(page, _final(page, "www"), model, model.decision) == []


def test_a_lone_letter_does_not_join_however_it_leans(model):
    text = "www.replica-chasy.top/shop с девяти утра до восьми вечера"
    page = Page.from_text(text)
    k = int(np.searchsorted(page.seg.block_start, text.index("с девяти")))
    replica = list(model.labels).index("replica")
    assert _leaning_edge(page, model, k, replica, before=False) is None


def test_no_cut_on_a_page_on_the_stretchs_topic(model):
    text = ("Online gambling\nOnline gambling is any kind of gambling conducted on the internet, including poker, "
            "casinos and sports betting.\nMany countries restrict online gambling and license its operators.\n"
            "See also: Problem gambling · Sports betting · Lottery")
    page = Page.from_text(text)
    seg = page.seg
    final = [CLEAN if seg.block_start[b] < text.index("· Sports") else "gambling" for b in range(seg.n_blocks)]
    assert edge_word_cuts(page, final, model, model.decision) == []
