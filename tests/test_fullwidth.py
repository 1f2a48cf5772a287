"""Full-width Latin words among half-width ones: styled letters, a block of their own."""

from __future__ import annotations

import pytest

from spamguard import Detector
from spamguard.fullwidth import among_latin
from spamguard.scripts import code_groups, codepoints, group_name
from spamguard.segment import segment


def chosen(text: str) -> str:
    cps = codepoints(text)
    at = among_latin(cps, code_groups()[cps])
    return "".join(c if a else "_" for c, a in zip(text, at)).strip("_")


def test_a_run_of_full_width_words_in_a_latin_sentence_is_chosen_whole():
    assert chosen("The council met and ｂｕｙ ｃｈｅａｐ ｐｉｌｌｓ approved it.") == "ｂｕｙ_ｃｈｅａｐ_ｐｉｌｌｓ"
    # full-width digits and signs part no run; a half-width accented letter is the word's
    assert chosen("Er sagte ｓｐｉｅｌｅ ％１００ ｂｏｎｕｓ， ｈｅｕｔｅ ｓｐäｔ und ging.") == (
        "ｓｐｉｅｌｅ______ｂｏｎｕｓ__ｈｅｕｔｅ_ｓｐäｔ"
    )


def test_full_width_letters_of_cjk_text_acronyms_and_lone_lines_are_not_chosen():
    for text in ("新しいＵＳＢメモリを買いました。", "東京 ＯＮＬＩＮＥ ＳＨＯＰ 開店", "Install it on a ＰＣ today.",
                 "ＯＮＬＩＮＥ ＳＨＯＰ\nWelcome to our store."):
        assert chosen(text) == "", text


def test_the_run_is_a_styled_block_of_its_own_unless_training_asks_for_the_plain_segmentation():
    text = "The council met and ｂｕｙ ｃｈｅａｐ ｐｉｌｌｓ approved it."
    seg = segment(text)
    assert [seg.block_text(i) for i in range(seg.n_blocks)] == ["The council met and", "ｂｕｙ ｃｈｅａｐ ｐｉｌｌｓ", "approved it."]
    assert group_name(int(seg.groups[text.index("ｂ")])) == "Styled"
    plain = segment(text, disguised=False)
    assert plain.n_blocks == 1


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector()


def test_a_full_width_pitch_inside_a_host_sentence_goes_alone(detector: Detector):
    host = "The library will open a new reading room on the second floor next month."
    # a line long enough to be the host's (a short line around a disguise goes whole: revise_line)
    line = ("The council met on Monday evening in the town hall and ｂｕｙ ｖｉａｇｒａ ｏｎｌｉｎｅ ｎｏ ｐｒｅｓｃｒｉｐｔｉｏｎ "
            "approved the budget for the new library, the swimming pool and the repairs to the old bridge.")
    text = "\n".join(["Home | News | Contact", host, line, host.replace("month", "week")])
    result = detector.clean(text)
    removed = "".join(text[s.start : s.end] for s in result.removed).strip()
    assert removed == "ｂｕｙ ｖｉａｇｒａ ｏｎｌｉｎｅ ｎｏ ｐｒｅｓｃｒｉｐｔｉｏｎ"
    assert all(s.reasons and "obfuscated_text" in s.reasons for s in result.removed)


def test_a_full_width_word_that_reads_clean_stays(detector: Detector):
    text = "\n".join([
        "Home | Gallery | About",
        "Our spring exhibition shows posters in the ｖａｐｏｒｗａｖｅ ａｅｓｔｈｅｔｉｃ of the nineties.",
        "The gallery is open from ten to six, closed on Mondays.",
    ])
    assert detector.clean(text).removed == ()


def test_a_short_keyword_phrase_in_full_width_leaves_the_hosts_sentence():
    # two words in disguise are a keyword phrase, not a site's name whose comment goes with it:
    # the host's plain words around it that read clean stay
    text = ("Inicio | Noticias | Contacto\nRed de sensores\nLos servicios web del ayuntamiento garantizan la "
            "interoperabilidad ｚａｐａｔｉｌｌａｓ ｂａｒａｔａｓ entre los sistemas de la región y los de las "
            "universidades.\nEl proyecto termina en junio.")
    removed = [text[s.start : s.end].strip() for s in Detector().clean(text).removed]
    assert removed == ["ｚａｐａｔｉｌｌａｓ ｂａｒａｔａｓ"]
