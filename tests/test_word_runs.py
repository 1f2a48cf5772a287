"""A phrase dropped between two words of a host's sentence goes when it wears a mark of injection
(``spamguard.word_runs``, ``spamguard.injection_marks``); news naming what spam sells, and prose
dashes, numbers and symbols, stay."""

from __future__ import annotations

import pytest

import spamguard
from spamguard.injection_marks import STRONG, WEAK, mark_positions, said_twice
from spamguard.scripts import codepoints


def _removed(text: str) -> list[str]:
    result = spamguard.clean(text)
    assert result.text == "".join(text[a:z] for a, z in _kept(text, result.removed))
    return [text[s.start : s.end].strip() for s in result.removed]


def _kept(text: str, removed: list) -> list[tuple[int, int]]:
    edges = [0, *(x for s in removed for x in (s.start, s.end)), len(text)]
    return list(zip(edges[::2], edges[1::2]))


@pytest.mark.parametrize("page, phrase", [
    # an emoji
    (("Inicio | Noticias | Contacto\nVitra en Suiza\nLos productos y conceptos de Vitra se desarrollan en Suiza "
     "aplicando casas de apuestas ruleta en vivo🔥 un cuidadoso proceso de diseño que reúne los conocimientos de "
     "ingeniería de la empresa.\nLa fábrica abre los sábados."), "casas de apuestas ruleta en vivo🔥"),
    # a list's spaced hyphens, in a sentence reading clean enough that the words around them decide
    (("Pošta | Internet | Kontakt\nRychlost připojení\nRychlost stahování debil - čurák - hovno - debil pošty je "
     "závislá na vašem poskytovateli a na rychlosti připojení k internetu.\nPokud je pomalá, restartujte router.\n"
     "Nastavení najdete v menu Účet."), "debil - čurák - hovno - debil"),
    # words said twice
    (("خانه | اخبار | تماس\nتقویم\nسال ۴۶۵ قمری، چهارصد و شصت و پنجمین سال در گاهشماری دختر برای دوستی دختر برای دوستی "
     "هجری قمری است.\nاین سال با رویدادهای مهمی همراه بود.\nمنابع در پایین صفحه آمده است."), "دختر برای دوستی دختر برای دوستی"),
    # words said twice in Korean, which spaces its words, each of two syllables
    (("홈 | 뉴스 | 연락처\n지역 소식\n시는 올해 가을부터 시민 도서관의 운영 시간을 밤 열 시까지 연장하기로 했다. 이번 조치는 시험 "
      "기간에 온라인 카지노 온라인 카지노 바카라 사이트 공부할 곳을 찾는 학생들이 많다는 의견에 따른 것으로, 주말에도 같은 시간까지 "
      "문을 연다.\n도서관 측은 새로 마련한 열람실의 좌석 예약을 다음 주부터 받는다고 밝혔다."), "온라인 카지노 온라인 카지노 바카라 사이트"),
    # marks on both sides of the phrase: the host's word before the first one stays ("do", 0.018
    # alone), which the run's reading took along
    (("Parafia św. Jadwigi\nOgłoszenia\nW przyszłą niedzielę po mszy o godz. 11.00 odbędzie się spotkanie rodziców "
      "dzieci przygotowujących się do ✔️ kasyno online bez depozytu ✔️ darmowe spiny ✔️ pierwszej komunii świętej.\n"
      "Kancelaria parafialna czynna we wtorki i czwartki."), "✔️ kasyno online bez depozytu ✔️ darmowe spiny ✔️"),
])
def test_a_marked_phrase_inside_a_hosts_sentence_goes_alone(page, phrase):
    assert _removed(page) == [phrase]


@pytest.mark.parametrize("page, phrase", [
    # eleven items and their separators: 21 words, more than a phrase's sixteen, none of whose
    # shorter runs reads as surely as the whole list
    (("Etusivu | Uutiset\nKirjasto\nKaupunginkirjasto pidentää aukioloaikojaan ensi viikosta alkaen perkele - "
      "saatana - huora - mulkku - kyrpä - paska - vittu - perse - huora - saatana - perkele ja tarjoaa lukijoille "
      "uusia palveluita koko kesän ajan.\nLisätietoja saa kirjaston neuvonnasta."),
     "perkele - saatana - huora - mulkku - kyrpä - paska - vittu - perse - huora - saatana - perkele"),
    # the list's last item, said once, goes with the rest
    (("Home | Nieuws\nZwembad\nHet nieuwe zwembad in het centrum is sinds maandag elke dag geopend neuken - kut - "
      "pik - hoer - sletje - geile - neuken - kut - pik - hoer - seks en ontvangt graag alle inwoners van de "
      "gemeente.\nMeer informatie volgt."), "neuken - kut - pik - hoer - sletje - geile - neuken - kut - pik - hoer - seks"),
])
def test_a_keyword_list_inside_a_hosts_sentence_goes_whole(page, phrase):
    assert _removed(page) == [phrase]


@pytest.mark.parametrize("page", [
    # news naming what spam sells, in plain words
    ("Noticias | Economía\nLa regulación del juego\nEl Gobierno prohibirá los anuncios de casinos online y casas de "
    "apuestas deportivas en la franja infantil, según el real decreto aprobado este martes.\nLa medida entrará en "
    "vigor en junio."),
    # a prose dash
    ("Wiadomości | Sport | Kontakt\nTruskawki\nZrzeszeni w stowarzyszeniu plantatorzy truskawek, którzy już rozpoczęli "
    "zbiór, mają bardzo duże trudności ze znalezieniem rąk do pracy - mówi prezes stowarzyszenia.\nW tym roku brakuje "
    "około dwóch tysięcy pracowników.\nCeny truskawek rosną."),
    # a name said twice, an address, a symbol
    ("Trang chủ | Kinh tế\nCredit Suisse\nĐó cũng chính là điều Credit Suisse đang cần ở ông: đưa Credit Suisse vươn "
    "rộng ra quốc tế, theo các nhà phân tích của ngân hàng.\nCổ phiếu tăng 3% trong phiên sáng."),
    ("Home | Guides\nSetting up\nOpen your browser and go to https://example.org/settings to change the password for "
    "your account before the end of the week.\nThen log out and in again."),
    ("Start | Rezepte\nApfelkuchen\nDer Kuchen schmeckt am besten 🍎 mit einer Kugel Vanilleeis und etwas Zimt, wenn "
    "er noch lauwarm aus dem Ofen kommt.\nGuten Appetit!"),
    # names the news reports on, listed between spaced dashes
    ("Home | Local | Business | Contact\nCouncil warns residents about illegal betting sites\nTrading standards officers "
    "said on Friday that they had asked the national regulator to shut down the websites Lucky Spin Casino - Royal Slots "
    "Palace - BetKing Online - Golden Poker Room after several residents lost money to them last winter.\nResidents who "
    "think they have been affected can call the council's advice line on weekdays.\n© 2026 Evening Gazette"),
])
def test_a_hosts_sentence_keeps_its_words(page):
    assert _removed(page) == []


@pytest.mark.parametrize("text, marked", [
    ("ruleta en vivo🔥", ["🔥"]),
    ("anus | anus", ["|"]),
    ("kupię pracę_magisterską", ["_"]),
    ("ｂｏｎｕｓ", list("ｂｏｎｕｓ")),
    ("bylsiä最新", ["最", "新"]),
    ("see www.x.top or https://y.top", ["w", ":"]),
    ("p i k p i k", ["p", "i", "k"]),  # where four letters spaced apart start
    ("magisterską2025", ["2"]),
    ("jackpot - bet", ["-"]),
    # what a host writes
    ("© 2024 Diario ® 25 °C ™", []),
    ("a well-known co-op, F1 or B4", []),
])
def test_marks_of_injection_sit_where_they_are(text, marked):
    levels = mark_positions(codepoints(text))
    assert [text[i] for i in range(len(text)) if levels[i]] == marked


def test_a_dash_and_digits_glued_to_a_word_are_weak_marks_and_the_rest_strong():
    text = "milde pornos - kostenlos2025 🔥"
    levels = mark_positions(codepoints(text))
    assert {text[i]: int(levels[i]) for i in range(len(text)) if levels[i]} == {"-": WEAK, "2": WEAK, "🔥": STRONG}


@pytest.mark.parametrize("text, twice", [
    ("pik pik", "pik"),
    ("escort dames escort dames", "escort dames"),
    ("nhà cái uy tín kèo nhà cái hôm nay", "nhà cái"),
    ("섹스 채팅 섹스 채팅 안전한 오피", "섹스 채팅"),
    ("이 책 저 책 이 책", ""),
    ("Pornos kostenlos - pornos kostenlos", "pornos kostenlos"),
    ("Credit Suisse đang cần ở ông", ""),
    ("Selain pulau-pulau biasa, semenanjung", ""),
    ("de la mer et de la terre", ""),
    ("the cat and the dog", ""),
])
def test_stuffing_says_its_words_twice(text, twice):
    assert said_twice(text) == twice


def test_words_next_to_a_run_that_lean_to_its_category_go_with_it(monkeypatch):
    """Read alone, "casino bonus 🎰 free spins" is surer than with "best online" before it; in
    context those words give the run's category their evidence, so they join it
    (``word_runs._widened``), and the host's words around stay."""
    from spamguard import word_runs

    page = ("Home | Museum | Visit\nEast wing reopens\nThe museum reopened its east wing on Saturday after two "
            "years of building work best online casino bonus 🎰 free spins and new lighting that protects the "
            "colours of the tapestries.\nEntry is free on Sundays.")
    assert _removed(page) == ["best online casino bonus 🎰 free spins"]
    monkeypatch.setattr(word_runs, "MAX_EDGE_WORDS", 0)
    assert _removed(page) == ["casino bonus 🎰 free spins"]


@pytest.mark.parametrize("page, disguised", [
    (("Главная | Новости | Контакты\nБиблиотека\nГородская библиотека с понедельника продлевает часы работы п о р н о "
     "видео бесплатно до десяти часов вечера по будням и до восьми по субботам.\nВход свободный."), "п о р н о видео бесплатно"),
    (("Home | News | Contact\nLibrary hours\nThe city library will stay open until ten in the evening on weekdays "
     "f r e e p o r n v i d e o s and until eight on Saturdays from next month.\nEntry is free."), "f r e e p o r n v i d e o s"),
])
def test_a_hosts_words_around_spaced_out_spam_stay_on_a_short_line(page, disguised):
    """A short line around disguised spam goes whole (a comment around a styled site name), but
    not the pieces of a host's sentence that read clean and are a line long each
    (``revise_line``'s ``host_words``)."""
    gone = _removed(page)
    assert len(gone) == 1 and gone[0].startswith(disguised) and len(gone[0]) <= len(disguised) + 4, gone


def test_a_footer_in_another_script_than_a_disguised_injection_keeps_its_words():
    """On a short line around disguised spam, the host's clearly clean pieces in another script
    than the disguise's, a line's letters together, stay (``revise_line``): the footer the spam was
    slipped into, not the comment around a disguised name."""
    page = ("ホーム | ニュース | お問い合わせ\n新しい図書館\n市立図書館は来月から夜九時まで開館します。\n学生は身分証を持参してください。\n"
            "Registered in England and エ○ロ○動○画 play-jp777.com アXダXル www.adult-jp88.asia/vip Wales, company number 12345678.")
    assert _removed(page) == ["エ○ロ○動○画 play-jp777.com アXダXル www.adult-jp88.asia/vip"]


def test_a_plain_phrase_that_lifts_its_whole_sentence_goes_without_the_hosts_words():
    # the sentence reads 0.998 as a whole and went with the paragraph's first sentence; its words
    # around the run, a line's letters on each side, read clean
    page = ("Beranda | Akademik | Kontak\nWisuda Periode II Tahun 2025\nUniversitas Nusantara Raya menggelar wisuda "
            "periode kedua yang diikuti oleh 1.250 lulusan dari tujuh fakultas. Rektor dalam sambutannya berpesan agar "
            "para lulusan terus belajar situs slot gacor maxwin hari ini link alternatif anti rungkad dan menjaga nama "
            "baik almamater di tengah masyarakat.\nAcara wisuda disiarkan secara langsung.")
    removed = _removed(page)
    assert len(removed) == 1 and "situs slot gacor maxwin hari ini link alternatif anti rungkad" in removed[0]
    assert "Rektor" not in removed[0] and "menjaga" not in removed[0]


def test_a_pitch_whose_words_around_its_surest_run_lean_to_spam_together_goes_whole():
    # "Our professional writers will complete" | "your essay, dissertation or coursework" |
    # "overnight, ..." : a line's letters on each side, each clean alone, 0.23 together
    pitch = ("Our professional writers will complete your essay, dissertation or coursework overnight, 100% original "
             "and guaranteed to get you an A.")
    page = (f"Home | Recipes | Contact\nLentil soup\nSoften the onion and carrot in olive oil, then add the garlic.\n"
            f"{pitch}\nStir in the lentils and stock and simmer until soft.")
    assert _removed(page) == [pitch]


def test_a_plain_phrase_in_the_clause_a_cut_left_of_a_hosts_sentence_goes_alone():
    # the sentence was cut before "Schüler", and the clause after the cut read 0.994 and went whole;
    # the host's words before the run are the kept block of the same sentence before it
    page = ("Startseite | Aktuelles | Kontakt\nNeue Öffnungszeiten\nDie Stadtbücherei öffnet ab Januar auch am "
            "Sonntagvormittag, damit Schülerinnen und Schüler online casino bonus ohne einzahlung freispiele sofort in "
            "Ruhe für ihre Prüfungen lernen können.\nDie neuen Zeiten gelten ab dem neuen Jahr.")
    assert _removed(page) == ["online casino bonus ohne einzahlung freispiele sofort"]
