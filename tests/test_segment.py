import pytest
from hypothesis import given, strategies as st

from spamguard.segment import segment


def blocks(text):
    seg = segment(text)
    return [seg.block_text(i) for i in range(seg.n_blocks)]


def test_offsets_point_into_original():
    text = "  Home | News\r\nBody  text\u2028last\rend"
    seg = segment(text)
    for b in seg.blocks():
        assert text[b.start : b.end] == b.text
        assert b.text == b.text.strip()


def test_line_breaks_of_every_kind():
    seg = segment("a\r\nb\rc\u2028d\u2029e\nf")
    assert seg.n_lines == 6
    assert seg.block_line.tolist() == [0, 1, 2, 3, 4, 5]
    # CRLF is one break of two characters
    assert seg.line_break_end[0] - seg.line_end[0] == 2


def test_separators_split_a_line():
    assert blocks("a | b ｜ c 丨 d • e\tf  g") == ["a", "b", "c", "d", "e", "f", "g"]


def test_middle_dot_splits_only_between_spaces():
    assert blocks("col·lecció · casa") == ["col·lecció", "casa"]


def test_script_change_splits_inline_phrase():
    assert blocks("The results 澳门赌场 were good") == ["The results", "澳门赌场", "were good"]


def test_japanese_scripts_stay_one_block():
    assert blocks("京都の紅葉を見に行きました") == ["京都の紅葉を見に行きました"]


def test_indentation_and_trailing_spaces_are_not_in_blocks():
    seg = segment("    indented line   \n")
    assert seg.blocks()[0].start == 4
    assert seg.block_text(0) == "indented line"


@pytest.mark.parametrize("text", ["", " ", "\n\n", " | | ", "\r\n"])
def test_no_blocks_in_blank_text(text):
    assert segment(text).n_blocks == 0


@given(st.text())
def test_blocks_are_sorted_in_bounds_and_exact(text):
    seg = segment(text)
    prev_end = 0
    for b in seg.blocks():
        assert prev_end <= b.start < b.end <= len(text)
        assert text[b.start : b.end] == b.text
        prev_end = b.end
    assert seg.line_start[0] == 0 and seg.line_break_end[-1] == len(text)


def test_a_word_mixing_styled_and_plain_letters_is_styled():
    # accented letters have no styled form: styled Vietnamese must stay one run, apart from the host
    s = segment("Tin tức hôm nay 𝐧𝐡à 𝐜á𝐢 𝐮𝐲 𝐭í𝐧 𝐬ố 1 và vіаgrа")
    assert [s.block_text(i) for i in range(s.n_blocks)] == ["Tin tức hôm nay", "𝐧𝐡à 𝐜á𝐢 𝐮𝐲 𝐭í𝐧 𝐬ố 1", "và vіаgrа"]
