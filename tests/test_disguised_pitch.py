"""A pitch written wholly in disguise on a short line is cut out alone: the host's plain words
around it stay. The comment rule (the words around a disguised *name* are the spammer's) is for
names, and a menu is no comment."""

from __future__ import annotations

import pytest

from training.evasion import full_width, math_bold, spaced_letters, zero_width
from support import removed_stripped as _removed

HOST = "Riverbend Bakery\nFresh bread every morning from our wood-fired oven, and cakes to order.\nOpen Tuesday to Sunday.\n"
NOTICE = "© 2025 Riverbend Bakery Ltd. All rights reserved."
PITCH = "Cheap essays written overnight by expert writers, no plagiarism guaranteed."


@pytest.mark.parametrize("disguise", [full_width, math_bold, zero_width])
def test_a_disguised_pitch_after_the_footer_notice_leaves_the_notice(disguise):
    pitch = disguise(PITCH)
    text = f"{HOST}{NOTICE} {pitch}\n"
    assert _removed(text) == [pitch]


@pytest.mark.parametrize("disguise", [full_width, math_bold])
def test_a_disguised_item_in_a_menu_leaves_the_menu_items(disguise):
    item = disguise("Slot Gacor Maxwin")
    text = f"Home | About Us | {item} | Contact\n{HOST}"
    removed = _removed(text)
    assert any(item in r for r in removed)
    assert all(w not in r for r in removed for w in ("Home", "About Us", "Contact"))


def test_the_plain_words_inside_a_spelled_out_pitch_and_its_contact_go_with_it():
    # a plain sentence between two spelled-out ones is the pitch's, and so is the way to reach it
    pitch = (spaced_letters("Quick loans for everyone, even with bad credit.") + " We are here to help you. "
             + spaced_letters("Money in your account within the hour.") + " WhatsApp 0812 3456 7890.")
    text = f"{HOST}{NOTICE} {pitch}\n"
    assert "".join(_removed(text)).split() == pitch.split()
