"""Stable reason ids: why a block was judged spam.

Each id names what is wrong with the text, doubles as a metric name in reports (``removed_<id>``)
and is documented in ``docs/reasons.md``. Ids are never renamed; new ones are appended.

>>> Reason.FOREIGN_SCRIPT == "foreign_script"
True
"""

from __future__ import annotations

from enum import StrEnum


class Reason(StrEnum):
    """Evidence that a block is injected spam. Several may apply to one block."""

    FOREIGN_SCRIPT = "foreign_script"
    """A long run in a writing system the page is not written in (Han on an English page)."""

    KEYWORD_LIST = "keyword_list"
    """The line is a list of many short separator-delimited items without sentence structure."""

    KEYWORD_REPETITION = "keyword_repetition"
    """The same few words repeated over and over (keyword stuffing)."""

    URL_LIST = "url_list"
    """The block is mostly bare domains or URLs."""

    INVISIBLE_CHARS = "invisible_chars"
    """Zero-width or bidi control characters inside the text, a common way to hide or evade."""

    OBFUSCATED_TEXT = "obfuscated_text"
    """Words that mix look-alike letters from several scripts, or letters spaced or dotted apart."""

    AFTER_FOOTER = "after_footer"
    """The block comes after the page's copyright/footer lines, where injected blocks sit."""

    CLASSIFIER = "classifier"
    """The character n-gram classifier scored the block as spam of the span's label."""

    SPAM_RUN = "spam_run"
    """Revised to spam because it sits inside a run of spam blocks (spam comes in runs)."""

    SPAM_PAGE = "spam_page"
    """The page is spam throughout: what little is left of it (a footer, a title) goes too."""

    OUTLIER_LINE = "outlier_line"
    """The one line of its page the classifier leans towards spam (a long line, not a sentence of
    running text) while every other line is clearly clean: an injected pitch stands out."""

    CONTACT_CHANNEL = "contact_channel"
    """The line gives a way to reach someone (a messenger account, a phone number, an e-mail):
    how a sales pitch ends, rarely how news does."""

    HIDDEN_LETTERS = "hidden_letters"
    """Invisible characters between most letters of the block: its words are written so that no
    filter reads them, which no legitimate text does."""

    ABOVE_MENU = "above_menu"
    """The block's line comes above the page's menu, among its first lines: where hidden top blocks
    sit, since what precedes a page's own top is not its content."""

    OFFER_LINE = "offer_line"
    """The one line of its page that offers goods (a call to order, a contact or a delivery term,
    with a claim no honest shop makes: a copy that passes for the original, a fraction of the
    price, no prescription, documents for sale) while no other line says anything of buying: a
    pitch in plain words on a page that sells nothing (``spamguard.commerce``)."""

    TESTIMONIAL = "testimonial"
    """The one line of its page that tells the writer's own story, names a sum it brought, hands
    the thing down (a friend showed it, or a link or a number is passed on) and asks the reader to
    write to the writer in private ("Send me a message", "加我微信", the link in a profile), on a
    page whose other lines say "I" nowhere: comment spam's testimonial in plain words, in a voice
    the page does not speak in (``spamguard.testimonial``)."""

    SPLICED_SENTENCE = "spliced_sentence"
    """A whole sentence slipped between two words of the page's own sentence: a capital right after
    one of its words, a stop that its next words follow in lower case ("Wir brauchen | Dreh heute
    die Walzen und wir verdoppeln deine erste Einzahlung ... | (wieder) eine Elite"), once the
    detector has cut the stretch out (``spamguard.spliced_sentences``). It lifts the prose
    threshold: a writer does not splice their own sentences so."""

    REPEATED_PHRASE = "repeated_phrase"
    """A few words said over and over, which the page says nowhere else, slipped between the words
    of its own text (``spamguard.spliced``): keyword stuffing inside a host's sentence, whatever
    its words."""
