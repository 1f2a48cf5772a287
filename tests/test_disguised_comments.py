"""The comment around a disguised name slipped into a host's sentence goes with the name."""

from __future__ import annotations

import spamguard
from spamguard.disguised_comments import comment_bounds, disguised
from spamguard.page import Page
from spamguard.params import CLEAN
from support import removed_stripped as _removed

# a gambling site's name ("HOKI77") in styled letters of several alphabets
NAME = "\U0001D407\U0001D616\U0001D40A\U0001D5DC\U0001D7E9\U0001D7FD"
COMMENT = f"Awalnya ragu, tapi setelah coba {NAME} hasilnya bikin kaget!"
HOST_HEAD = ("Kegiatan bakti sosial mahasiswa tahun ini dipusatkan di tiga desa binaan, dan panitia sudah "
             "menyiapkan")
HOST_TAIL = ("paket sembako, layanan pemeriksaan kesehatan gratis serta kelas membaca untuk anak-anak "
             "selama dua hari penuh.")


def test_a_comment_around_a_disguised_name_between_two_host_words_goes_whole():
    text = f"Berita Kampus\n{HOST_HEAD} {COMMENT} {HOST_TAIL}\n"
    assert _removed(text) == [COMMENT]


def test_the_bounds_need_the_host_words_glued_on_both_sides():
    # the comment's stop followed by the host's next words in lower case is the splice's mark on
    # the right: a sentence followed by a capital, or by the line's end, may be the host's own
    spliced = f"{HOST_HEAD} {COMMENT} {HOST_TAIL}"
    followed = f"{HOST_HEAD} {COMMENT} Kegiatan ditutup dengan doa bersama."
    last = f"{HOST_HEAD} {COMMENT}"
    for text, expected in ((spliced, COMMENT), (followed, None), (last, None)):
        page = Page.from_text(text)
        i = next(b for b in range(page.seg.n_blocks) if NAME[:2] in page.block_text(b))
        assert disguised(page, i)
        final = [CLEAN] * page.seg.n_blocks
        final[i] = "gambling"
        bounds = comment_bounds(page, i, final)
        assert (text[bounds[0] : bounds[1]] if bounds else None) == expected


def test_a_host_sentence_with_a_capital_after_a_stop_keeps_its_words():
    # the capital that opens the comment must follow one of the host's words, not a stop
    text = f"Berita Kampus\n{HOST_HEAD} paket sembako. {COMMENT} {HOST_TAIL}\n"
    removed = _removed(text)
    assert all("sembako" not in r and "Kegiatan" not in r for r in removed)
    assert any(NAME in r for r in removed)


def test_a_name_alone_with_its_own_exclamation_keeps_the_host_words_before_it():
    # only the host's next words in lower case mark the seam, after the name's own "!": the words
    # back to the host's proper noun read clean, so they stay
    head = "Kegiatan bakti sosial tahun ini dibuka oleh Rektor Universitas dan diikuti"
    text = f"Berita Kampus\n{head} {NAME}! {HOST_TAIL}\n"
    removed = _removed(text)
    assert any(NAME in r for r in removed)
    assert all("Universitas" not in r and "diikuti" not in r for r in removed)


def test_a_comment_exclaims_before_it_ends_on_either_side_of_the_name():
    # the comment's own exclamations are crossed: before the name back to the capital glued to
    # the host's word, after it on to the last stop the host's lower-case words follow
    for comment in (f"Gacor banget! Rezeki lancar terus di {NAME} tiap malam.",
                    f"Sudah kubuktikan sendiri, {NAME}! tidak pernah bikin kecewa."):
        text = f"Berita Kampus\n{HOST_HEAD} {comment} {HOST_TAIL}\n"
        assert _removed(text) == [comment]


def test_a_disguised_name_given_as_an_example_in_a_report_stays():
    """A report shows the disguise it talks about after "such as"; without the opener the same
    name in the same sentence goes."""
    report = ("Our moderators removed thousands of comments that praised betting sites, many naming "
              "the site in fancy letters such as 𝐁𝘌𝐓𝘞𝐈𝟴𝟴𝟴 to get past the word filter.")
    text = "\n".join(["Community news", report, "Thank you to everyone who reported them to us this month."])
    assert spamguard.clean(text).removed == ()
    used = text.replace("such as ", "with ")
    assert "𝐁𝘌𝐓𝘞𝐈𝟴𝟴𝟴" not in spamguard.clean(used).text
