"""The host's own words in another script on a line that spam holds stay: a footer's Japanese
"reproduction prohibited" after a Latin keyword list reads as itself, not as its line
(``view.classifier_view``), and a whole sentence of it that reads clean stays when the line's
spam is written in another script (``revise_line``); a Latin word glued to a spam word in
another script does not make Latin the spam's script, and a short clean piece next to the host's
pieces on a disguised line stays with them."""

from __future__ import annotations

import numpy as np
import pytest

import spamguard
from spamguard.model import LinearModel, shipped_model_path
from spamguard.page import Page
from spamguard.view import classifier_view, page_scores

NOTICE = "無断転載を禁じます。"

REPLICA_FOOTER = (
    "Home / News / Sport / Contact\n\nThe harbour festival returns on the first weekend of June with boats, "
    "music and food stalls.\n\nTickets go on sale at the town hall from Monday.\n\nCopyright © 2019 Harbour "
    "Weekly gucc1 b@gs ｜ l0uis vuitt0n outl3t ｜ r3plica r0lex ｜ ch@nel s@c ｜ h3rmes b1rkin All Rights "
    f"Reserved. {NOTICE}"
)
PHARMA_FOOTER = (
    "Start / Wiadomości / Kontakt\n\nBiblioteka miejska zaprasza na warsztaty dla dzieci w każdą sobotę.\n\n"
    "Zapisy przyjmujemy w czytelni.\n\nCopyright © 2020 https://tabletki-odchudzajace.vip | olejek cbd | "
    f"odchudzanie bez diety | http://cbd-olejek77.net/sklep Kurier Lokalny All Rights Reserved. {NOTICE}"
)


@pytest.fixture(scope="module")
def model() -> LinearModel:
    return LinearModel.load(shipped_model_path())


def _removed(text: str) -> str:
    return " ".join(text[s.start : s.end] for s in spamguard.clean(text).removed)


@pytest.mark.parametrize(
    "page, spam", [(REPLICA_FOOTER, "r3plica r0lex"), (PHARMA_FOOTER, "odchudzanie bez diety")], ids=["replica", "pharma"]
)
def test_a_footers_notice_in_another_script_stays_when_the_list_before_it_goes(page, spam):
    removed = _removed(page)
    assert spam in removed
    assert NOTICE not in removed
    assert spamguard.clean(page).text.rstrip().endswith(NOTICE)


def test_a_foreign_piece_reading_clean_is_read_as_itself_not_as_its_spam_line(model):
    page = Page.from_text(REPLICA_FOOTER)
    view = classifier_view(page, page_scores(page, model, model.decision), model.decision)
    seg = page.seg
    k = int(np.flatnonzero([seg.block_text(b) == NOTICE for b in range(seg.n_blocks)])[0])
    own = 1.0 - model.predict_texts([NOTICE])[0, 0]
    assert view.line_spam[seg.block_line[k]] > 0.9
    assert view.spam_prob[k] == pytest.approx(own, abs=0.02)


def test_a_foreign_piece_leaning_to_spam_still_takes_its_line():
    # the same place, but the piece in another script leans to spam (0.23 alone, over
    # sentence_clean): it is read with its line and goes with the list
    ad = "お得な情報を毎日更新中。"
    removed = _removed(REPLICA_FOOTER.replace(NOTICE, ad))
    assert ad in removed


def test_a_latin_word_glued_to_spam_in_another_script_does_not_make_latin_the_spams_script():
    # "लिखवानाnow" is one stuffed word: the English company line's "VAT ..." is still the host's
    page = (
        "होम | समाचार | संपर्क\n\nनगर निगम ने शहर के पुराने तालाब की सफाई का काम शुरू कर दिया है।\n\n"
        "काम अगले महीने तक पूरा होने की उम्मीद है।\n\nRegistered in England and Wales, company number 4417320. "
        "निबंध लेखन सेवा पीएचडी थीसिस लिखवाना निबंध लेखन सेवा थीसिस लिखवानाnow पीएचडी थीसिस लिखवाना "
        "निबंध लेखन सेवा पीएचडी थीसिस लिखवाना VAT 55120874."
    )
    removed = _removed(page)
    assert "लिखवानाnow" in removed
    assert "VAT" not in removed and "company number" not in removed


def test_a_short_clean_piece_next_to_the_hosts_pieces_stays_on_a_disguised_line():
    page = (
        "ホーム / ニュース / お問い合わせ\n\n市立図書館は来月から開館時間を午後九時まで延長します。\n\n"
        "詳しくは窓口までお問い合わせください。\n\nRegistered in England and ア○ル○ビ○オ play20931.com "
        "ポOチO www.play88vip.asia/vip Wales, company number 4417320. VAT 55120874."
    )
    removed = _removed(page)
    assert "ア○ル○ビ○オ" in removed and "play88vip" in removed
    assert "VAT" not in removed and "Wales" not in removed
