"""The host's words left in a removed block by a stuffed run are a line's worth with the words of
their sentence that the decision kept outside the block (``host_sentences._sentence_outside``,
``stuffed_runs.stuffed_run``'s ``outside``), or when they are a whole sentence after the run; words
short of a line's letters must read surely clean and wear no mark of injection, and a stretch
closed by a stop has no words outside."""

from __future__ import annotations

import numpy as np
import pytest

import spamguard
from spamguard.host_sentences import _sentence_outside
from spamguard.model import LinearModel, shipped_model_path
from spamguard.page import Page
from spamguard.stuffed_runs import stuffed_run
from spamguard.stuffing import stuffing


@pytest.fixture(scope="module")
def model() -> LinearModel:
    return LinearModel.load(shipped_model_path())


@pytest.mark.parametrize("page, run", [
    (("Nyheter | Sport | Kontakt\n\nHäll över olivoljan och den finhackade löken.\n\nDet står helt klart kuksug "
      "kuksug-online.live/  fitta www.kukss805.asia/promo  fitta fitta-online.site/shop  prutt kukhuvud221.cc/vip  kuksug "
      "fitta-online.site/shop för alla att kommunen måste bygga fler bostäder och skolor under de kommande fem åren. "
      "Mötet avslutades vid niotiden.\n\n© 2024 Lokalbladet"),
     ("kuksug kuksug-online.live/  fitta www.kukss805.asia/promo  fitta fitta-online.site/shop  prutt kukhuvud221.cc/vip  "
      "kuksug fitta-online.site/shop")),
    # a whole sentence of the host's after the run, to its stop
    (("דף הבית | חדשות | צור קשר\nתולדות העיר\nהעיר נוסדה לפני מאתיים שנה על ידי סוחרים שהגיעו מהים. פורנו חינם / "
      "פורנו חינם / פורנו חינם / פורנו חינם / פורנו חינם / פורנו חינם הם בנו את הנמל הראשון. בשנת 1950 נפתחה בה "
      "האוניברסיטה.\nהמוזיאון פתוח בכל יום."),
     "פורנו חינם / פורנו חינם / פורנו חינם / פורנו חינם / פורנו חינם / פורנו חינם"),
    (("Главная | Новости | Контакты\n\nВ городе открылась новая библиотека, и жители уже записываются в читальный зал.\n\n"
      "Министр финансов накрутка поведенческих факторов，накрутка подписчиков【官网】，накрутка подписчиков，накрутка "
      "подписчиков-官方网站 РМ поддержал также программы социального характера, предложенные местными "
      "предпринимателями.\n\n© 2024 Городской вестник. Все права защищены."),
     "накрутка поведенческих факторов，накрутка подписчиков【官网】，накрутка подписчиков，накрутка подписчиков-官方网站"),
])
def test_a_hosts_first_words_before_a_removed_run_stay_when_their_sentence_goes_on_past_it(page, run):
    assert [page[s.start : s.end].strip() for s in spamguard.clean(page).removed] == [run]


def test_the_letters_outside_are_the_kept_sentences_and_none_after_a_stop():
    text = "The mayor said on Monday that bonus casino slot gacor the new bridge will open in May."
    page = Page.from_text(text, [text.index("bonus"), text.index("the new")])
    seg = page.seg
    b = int(np.searchsorted(seg.block_start, text.index("bonus")))
    removed = np.zeros(seg.n_blocks, dtype=bool)
    removed[b] = True
    assert _sentence_outside(page, removed, b, b) == int(page.weighted_letters[b - 1] + page.weighted_letters[b + 1])
    closed = "The mayor said on Monday that bonus casino slot gacor now. the new bridge will open in May."
    page = Page.from_text(closed, [closed.index("bonus"), closed.index("the new")])
    b = int(np.searchsorted(page.seg.block_start, closed.index("bonus")))
    removed = np.zeros(page.seg.n_blocks, dtype=bool)
    removed[b] = True
    assert _sentence_outside(page, removed, b, b) == 0


RUN = "kuksug kuksug-online.live/  fitta www.kukss805.asia/promo  fitta fitta-online.site/shop  prutt kukhuvud221.cc/vip"


@pytest.mark.parametrize("head, cut", [
    ("Det står helt klart ", True),  # a host's words
    ("🔥 Det står 🔥 klart 🔥 ", False),  # a mark of injection
    # reads 0.024, under sentence_clean but over OUTSIDE_CLEAN (a name: what the bar costs)
    ("Árpád ", False),
])
def test_words_the_outside_letters_vouch_for_read_surely_clean_and_wear_no_mark(model, head, cut):
    text = head + RUN
    page = Page.from_text(text)
    assert stuffed_run(page, model, model.decision, 0, len(text), stuffing) == []  # too few letters alone
    assert stuffed_run(page, model, model.decision, 0, len(text), stuffing, outside=60) == ([len(head)] if cut else [])


@pytest.mark.parametrize("tail, cut", [
    (" Hamnen byggdes först.", True),  # a whole sentence, reading surely clean
    (" Hamnen byggdes först", False),  # no stop: no sentence of its own
    (" 🔥 Hamnen byggdes först.", False),  # a mark of injection
])
def test_a_whole_sentence_after_the_run_is_the_hosts_though_short_of_a_line(model, tail, cut):
    text = RUN + tail
    page = Page.from_text(text)
    assert stuffed_run(page, model, model.decision, 0, len(text), stuffing) == ([len(RUN) + 1] if cut else [])
