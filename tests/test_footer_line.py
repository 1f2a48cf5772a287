"""The page's footer line: a sentence after its copyright mark is read as one after the footer
(``first_pass._tail``); a clean sentence in another script than the spam's, a foreign one on
the page, is not the injection's own words however it touches them, and the notice's own clean
sentences stay on a line the spam holds most of (``revise_line``)."""

from __future__ import annotations

import pytest

import spamguard
from spamguard.page import Page
from spamguard.profile import footer_mark_end
from support import removed_stripped as _removed

HOST = (
    "Home | News | Contact\n\nThe harbour festival returns on the first weekend of June with boats, music "
    "and food stalls.\n\nTickets go on sale at the town hall from Monday.\n\n"
)


def test_a_pitch_after_the_copyright_notice_goes_to_its_last_sentence():
    footer = "Copyright © 2019 Harbour Weekly. All rights reserved. "
    text = HOST + footer + "Free spins every day and real money today. Join now!"
    assert _removed(text) == ["Free spins every day and real money today. Join now!"]
    assert spamguard.clean(text).text.rstrip().endswith(footer.rstrip())


def test_the_footer_mark_ends_where_the_first_mark_does():
    text = "Intro line.\nNews of the week © 2019 Harbour Weekly. All rights reserved."
    page = Page.from_text(text)
    assert footer_mark_end(page.seg, 1) == text.index("©") + 1
    assert footer_mark_end(page.seg, 0) is None


def test_a_clean_notice_in_another_script_after_a_pitch_stays():
    text = (
        "Αρχική | Νέα | Επικοινωνία\n\nΤο φεστιβάλ του λιμανιού επιστρέφει το πρώτο Σαββατοκύριακο του Ιουνίου.\n\n"
        "Τα εισιτήρια πωλούνται στο δημαρχείο από τη Δευτέρα.\n\nCopyright © 2019 Harbour Weekly All Rights "
        "Reserved. Giày replica like auth giao hỏa tốc giảm 90%. Xem bộ sưu tập mới! 無断転載を禁じます。"
    )
    removed = " ".join(_removed(text))
    assert "Giày replica" in removed
    assert "無断転載を禁じます。" not in removed


def test_the_notice_stays_when_the_pitch_is_most_of_its_line():
    # revise_line's line majority takes short clean sentences in the spam's script along, but
    # not the page's own notice, a sentence of its own
    footer = "Copyright © 2019 Harbour Weekly. All rights reserved."
    text = HOST + footer + " Tours gratuits chaque jour, gagnez de l argent réel. Inscris-toi maintenant!"
    assert spamguard.clean(text).text.rstrip().endswith(footer)


@pytest.mark.parametrize("notice", ["Bảo lưu mọi quyền.", "Tutti i diritti riservati.", "Wszelkie prawa zastrzeżone."])
def test_all_rights_reserved_in_other_languages_marks_the_footer_line(notice):
    text = "Menu\nA line of the article.\n" + notice + "\nlast words"
    assert Page.from_text(text).profile.footer_line == 2


def test_a_short_call_to_act_closing_the_footer_line_after_a_removed_pitch_goes_with_it():
    footer = "© 2024 Dockside Gazette. All rights reserved."
    pitch = "Cheap essays written overnight by real experts, no plagiarism guaranteed. Order yours today!"
    text = HOST + footer + " " + pitch
    assert _removed(text) == [pitch]
    # before the notice, the same words end no footer: the line's own sentence stays
    kept = HOST + "Order yours today! " + footer
    assert _removed(kept) == []


def test_a_sentence_after_the_notice_on_the_footer_line_is_read_at_the_tail_threshold_when_cleaning():
    """``clean`` gathers rule findings only for the blocks the first pass could remove
    (``decide.candidates``); a sentence after the footer line's first mark, which the first pass
    removes at the tail threshold, is one of them though it reads under every other bar (the
    detector's ``explain``, which reads every block, had removed it while ``clean`` kept it)."""
    import numpy as np

    from spamguard.decide import candidates, decide
    from spamguard.model import ModelScores
    from spamguard.params import CLEAN, DecisionParams
    from spamguard.rules import find_all
    from spamguard.view import classifier_view

    params = DecisionParams()
    text = HOST + "Copyright © 2019 Harbour Weekly. All rights reserved. Our writers finish your thesis in a week."
    page = Page.from_text(text)
    n = page.seg.n_blocks
    pitch = n - 1
    assert page.block_text(pitch) == "Our writers finish your thesis in a week."
    # every block leans a little to spam: over the tail threshold, under the contact one
    lean = (params.tail_threshold + params.contact_threshold) / 2
    block = np.array([[1 - lean, lean]] * n)
    line = np.array([[1 - lean, lean]] * page.seg.n_lines)
    scores = ModelScores(("clean", "essay"), block, line)
    view = classifier_view(page, scores, params)
    todo = candidates(page, view, params)
    assert todo[pitch] and not todo[: pitch - 2].any()
    findings = [find_all(page, i) if todo[i] else [] for i in range(n)]
    final = decide(page, findings, scores, params, todo, view).final
    assert final[pitch] != CLEAN and all(label == CLEAN for label in final[:pitch])
