"""A pitch's sentence that its web address parts by a change of script goes whole
(``parted_sentences``); a host's sentence around an injected address or run keeps its words."""

from __future__ import annotations

import pytest
from support import removed_stripped

PAGES = {
    "el": ("Αρχική | Ειδήσεις | Αθλητικά\nΝέα πεζογέφυρα στο λιμάνι\nΟ δήμος ανακοίνωσε την κατασκευή νέας "
           "πεζογέφυρας που θα ενώνει το παλιό λιμάνι με την παραλία. {pitch} Το κόστος του έργου ανέρχεται σε "
           "2,4 εκατομμύρια ευρώ.\nΟ δήμαρχος δήλωσε ότι θα είναι έτοιμη το καλοκαίρι.",
           "Παίξτε στο καλύτερο online καζίνο στο casino-hellas.bet και πάρτε μπόνους 200% στην πρώτη κατάθεση."),
    "ar": ("أخبار محلية\nافتتاح مكتبة عامة جديدة\nافتتحت البلدية مكتبة عامة جديدة تضم أكثر من عشرين ألف كتاب. "
           "{pitch} وأضاف رئيس البلدية أن الاشتراك مجاني للطلاب.\nجميع الحقوق محفوظة © 2026",
           "العب في أفضل كازينو أونلاين واحصل على مكافأة 200% عند التسجيل عبر www.casino-arab.bet الآن."),
    "ko": ("홈 | 정치 | 사회\n한옥마을 야간 개장 시작\n시는 경기전과 오목대 주변에 경관 조명을 새로 설치했다. {pitch} "
           "야간 개장 기간에는 전통 공연과 야시장도 함께 열린다.\n시 관계자는 안내 요원을 추가로 배치했다고 말했다.",
           "메이저 토토사이트 추천은 toto-major77.com 에서 확인하고 가입 즉시 보너스 받으세요."),
}


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_a_pitchs_sentence_parted_by_its_address_goes_whole(lang):
    page, pitch = PAGES[lang]
    assert removed_stripped(page.format(pitch=pitch)) == [pitch]


def test_a_hosts_sentence_around_an_injected_address_keeps_its_words():
    text = ("Новости\nНовый каток открылся на набережной\nНовый крытый каток на набережной, который строили почти "
            "два года, принял www.casino-vulkan-bonus.top первых посетителей в субботу утром.\n"
            "Вход для детей до семи лет бесплатный.")
    assert removed_stripped(text) == ["www.casino-vulkan-bonus.top"]
