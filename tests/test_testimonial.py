"""A testimonial pitch in plain words: the writer's story with what it brought and a private way
to reach them, on a page that speaks in no one's voice (``spamguard.testimonial``)."""

from __future__ import annotations

import dataclasses

import pytest

from spamguard import default_detector
from spamguard.detector import Detector
from spamguard.testimonial import (
    claims_gain,
    may_call,
    reaches_writer,
    speaks_as_writer,
)

HOST = [
    "Greenbank Allotment Society",
    "Home | Plots | Waiting list | Contact",
    "The water troughs will be switched off from 1 November until the last frost in spring.",
    "Plot holders are reminded that bonfires are only allowed on Sundays before ten in the morning.",
    "PITCH",
    "The seed swap takes place in the pavilion on the first Saturday of March.",
]
PITCH = (
    "My husband laughed at me when I started, but since a lady from the bingo hall showed me her "
    "betting tips I win about 400 pounds every weekend without leaving the sofa. "
    "Message me and I will pass you her number."
)


def _page(pitch: str, host: list[str] = HOST) -> str:
    return "\n".join(pitch if line == "PITCH" else line for line in host) + "\n"


def _removed(text: str, detector: Detector | None = None) -> list[tuple[str, tuple[str, ...]]]:
    result = (detector or default_detector()).clean(text)
    return [(text[s.start : s.end].strip(), s.reasons) for s in result.removed]


def test_a_story_with_a_sum_and_a_private_call_goes_whole_and_alone():
    removed = _removed(_page(PITCH))
    assert [text for text, _ in removed] == [PITCH]
    assert "testimonial" in removed[0][1]


def test_a_page_in_someone_s_voice_keeps_such_a_line():
    # a diary or a forum thread: the writer says "I" elsewhere too, and may well ask to be written to
    host = list(HOST)
    host[5] = "I will bring the seed trays to the swap in the pavilion myself on the first Saturday of March."
    assert _removed(_page(PITCH, host)) == []
    # a menu's "About me" is the writer's voice as well
    host = list(HOST)
    host[1] = "Home | Plots | About me | Contact"
    assert _removed(_page(PITCH, host)) == []


def test_a_coordinator_s_own_call_about_the_page_s_business_stays():
    # no sum of money or weight: the host's own "write me", however personal
    own = (
        "I am the new secretary and I look after the waiting list this year; if you want to know "
        "where you are on it, message me and I will check for you."
    )
    assert _removed(_page(own)) == []
    # the same story with no sum: what it brought is what makes it a pitch
    assert _removed(_page(PITCH.replace("I win about 400 pounds every weekend", "I win every weekend"))) == []


def test_a_sum_and_a_call_with_nothing_handed_down_stay():
    # a seller's or a lost pet's "message me" names a sum too
    for own in (
        "I am selling my son's bike, hardly used, for 80 pounds because he has outgrown it; message me if you want to see it.",
        "I lost my black spaniel near the allotments on Sunday and there is a reward of 50 pounds; message me if you see her.",
        # "friendly" is no friend: the people who hand a thing down are whole words
        "I am selling my son's bike to a friendly home for 80 pounds because he has outgrown it; message me to see it.",
        # a thing handed down with no sum is a neighbour's recommendation as often as a pitch
        "A friend recommended a tutor who got my son through his maths exams; message me and I will pass on her number.",
    ):
        assert _removed(_page(own)) == [], own
    # the same with the thing handed down: someone showed it to the writer, or the call passes on a name
    assert _removed(_page(
        "A friend from work showed me a betting app and I won 300 pounds on Saturday without trying; message me if you want to see it."
    ))
    assert _removed(_page(
        "I won 300 pounds on Saturday with a new betting app without even trying; message me and I will send you the link."
    ))


def test_quoted_words_are_a_mention():
    warning = f'Members have received messages like this one: "{PITCH}" Please ignore them and tell the committee.'
    assert _removed(_page(warning)) == []


def test_the_step_can_be_turned_off():
    off = Detector()
    off.params = dataclasses.replace(off.params, testimonial_line_letters=0)
    assert _removed(_page(PITCH), off) == []
    # a short line is a note, not a story
    off.params = dataclasses.replace(off.params, testimonial_line_letters=10_000)
    assert _removed(_page(PITCH), off) == []


def test_a_call_across_two_scripts_takes_its_sentence_to_the_stop_and_a_hook_question_comes_along():
    host = [
        "ひばりが丘自治会",
        "トップ｜お知らせ｜行事｜お問い合わせ",
        "十二月の防災訓練は七日の日曜日、午前十時から公園で行います。",
        "粗大ごみの収集日は毎月第二水曜日です。",
        "PITCH",
        "来年度の役員選出は一月の総会で行います。",
    ]
    pitch = "まだ家計が苦しいですか？私も半年前までそうでしたが、知人に教わったアプリで毎月15万円の副収入があります。気になる方はプロフィールのLINEからどうぞ。"
    removed = _removed(_page(pitch, host))
    assert [text for text, _ in removed] == [pitch]
    # the host's sentence before a question that is not the story's hook stays: only a question
    # right before the first "I" comes along
    glued = "防災訓練の持ち物は各自でご用意ください。" + pitch.split("？", 1)[1]
    removed = _removed(_page(glued, host))
    assert [text for text, _ in removed] == [pitch.split("？", 1)[1]]


@pytest.mark.parametrize(
    "text",
    [
        "Send me a message and I'll add you.",
        "schreibt mir einfach eine Nachricht",
        "Écrivez-moi en privé",
        "escríbeme y te paso el enlace",
        "me chama no privado",
        "scrivimi in privato",
        "niech pisze do mnie na Messengerze",
        "напишите мне в Телеграм",
        "langsung WA saya saja",
        "ai muốn thì inbox mình",
        "isteyen bana yazsın",
        "プロフィールのリンクからどうぞ",
        "可以加我微信",
        "필요하신 분은 카톡 주세요",
    ],
)
def test_calls_to_write_to_the_writer(text):
    assert reaches_writer(text) is not None
    # the quick look before the expression finds the call's word too, capitalised or not
    assert may_call(text) and may_call(text.upper())


@pytest.mark.parametrize(
    "text",
    ["Contact us at the front desk.", "联系我们", "Kontaktieren Sie uns", "Escríbenos por WhatsApp", "he told me the news"],
)
def test_calls_that_are_not_the_writer_s(text):
    assert reaches_writer(text) is None


def test_what_a_story_claims_it_brought():
    for text in ("300 dollars a day", "9 Kilo weg", "月に30万円", "15 triệu đồng", "40 bin lira", "500만 원", "RM8,000", "huit kilos", "10 chili"):
        assert claims_gain(text), text
    for text in ("ab 17 Uhr in der Halle", "the 3rd term", "在2号楼"):
        assert not claims_gain(text), text


def test_a_roman_number_is_no_english_i():
    assert not speaks_as_writer("Lịch thi học kỳ I khối 9 bắt đầu từ ngày 15")
    assert speaks_as_writer("Then I found the app and it worked.")
