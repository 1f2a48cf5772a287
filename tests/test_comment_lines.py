"""A comment is one writer's words: when most of one is spam, the praise it opens with goes with its
pitch (``comment_lines.whole_comments``); a page's comments are three lines opening with a writer's
name and a colon."""

from __future__ import annotations

from support import removed, removed_stripped

HEAD = (
    "Viajar con Poco\nCómo recorrer Oaxaca en cinco días\n"
    "Oaxaca se puede recorrer en cinco días si se organiza bien, con dos días en la ciudad.\nComentarios\n"
)
LAURA = "Laura: ¡Muy útil! Yo fui en marzo y el clima fue perfecto."
ANDRES = "Andrés: ¿Recomiendas rentar coche o es mejor en autobús?"
PITCH = "Visita el mejor casino online de México con bono sin depósito de 500 pesos en https://casinobono-mx.top"
SPAM_COMMENT = f"Carlos Méndez: Excelente artículo, gracias por compartir. {PITCH}"


def test_a_spam_comments_praise_and_writer_go_with_its_pitch():
    assert removed_stripped(HEAD + f"{LAURA}\n{SPAM_COMMENT}\n{ANDRES}") == [SPAM_COMMENT]
    assert removed_stripped(HEAD + f"{SPAM_COMMENT}\n{LAURA}\n{ANDRES}") == [SPAM_COMMENT]


def test_two_lines_opening_with_a_name_are_no_comments():
    """Two writers may be a dialogue's or an interview's turns: only the pitch goes."""
    assert removed_stripped(HEAD + f"{LAURA}\n{SPAM_COMMENT}") == [PITCH]


def test_a_comment_mostly_its_writers_own_keeps_its_words():
    tail = "Casino online bono sin depósito https://casinobono-mx.top"
    own = ("Marta: Fui en julio con mis hijos y nos encantó el mercado de Tlacolula, la comida es buenísima y muy "
           f"barata, y los autobuses salen cada hora desde el centro. {tail}")
    text = HEAD + f"{LAURA}\n{own}\n{ANDRES}"
    assert removed_stripped(text) == [tail]
    assert "Marta: Fui en julio" not in "".join(removed(text))


def test_a_forums_next_post_by_another_writer_is_no_follow_up_of_a_removed_post():
    """The line after a removed pitch that leans to its category is its next line
    (``follow_ups.continues_pitch``), but not another writer's post ("minhtuan88: Cảm ơn bác, ...",
    0.44 as a scam)."""
    spam = ("vaytien_nhanh: Cần tiền gấp? Vay tiền online chỉ cần CCCD, duyệt hồ sơ 5 phút, giải ngân ngay trong "
            "ngày, lãi suất thấp, liên hệ Zalo 0987 654 321.")
    text = ("Diễn đàn Xe Máy Việt\nChủ đề: Xe Wave kêu lạch cạch khi đi ổ gà\n"
            "minhtuan88: Xe Wave Alpha của em đi ổ gà thì kêu lạch cạch ở phía sau, các bác cho hỏi có phải do giảm xóc không ạ?\n"
            "thoxe_hanoi: Bác kiểm tra cao su giảm chấn và ốc bắt giảm xóc trước, thường là do lỏng ốc thôi.\n"
            f"{spam}\nminhtuan88: Cảm ơn bác, để cuối tuần em ra tiệm xem thử.")
    assert removed_stripped(text) == [spam]
