"""Words spelled out letter by letter in a host's sentence are cut out at the disguise's edges
(``spamguard.spelled_runs``): the run goes, the host's words around it stay; a word the host
spells out itself stays, and a spelled site name still takes its comment along."""

from __future__ import annotations

import spamguard
from spamguard.spelled_runs import spelled_runs


def _removed(text: str) -> list[str]:
    result = spamguard.clean(text)
    assert spamguard.remove_spans(text, result.removed) == result.text
    return [text[s.start : s.end].strip() for s in result.removed]


def test_a_run_is_the_spelled_words_with_the_short_words_between_and_the_number_glued_after():
    text = "Ontem a g ê n c i a de s e o b a r a t a2026 no centro, e s p e c i a l mente"
    assert [text[a:z] for a, z in spelled_runs(text)] == ["a g ê n c i a de s e o b a r a t a2026", "e s p e c i a l"]


def test_a_spelled_run_in_a_sentence_that_stays_goes_alone():
    # the sentence reads clean as a whole with the run in it; cut out, the run reads as the
    # keyword it spells
    text = ("Forside | Nyheder | Kontakt\nNyt fra biblioteket\nBiblioteket åbner igen efter ombygningen, og fra "
            "mandag kan du låne p o r n o f i l m g r a t i s bøger, lydbøger og spil i den nye afdeling på "
            "første sal.\nÅbningstiderne står på bagsiden af folderen.")
    removed = _removed(text)
    assert removed == ["p o r n o f i l m g r a t i s"]


def test_a_spelled_pitch_in_a_sentence_leaves_the_hosts_words():
    # the whole sentence used to go with the pitch: the host's words a line long on either side stay
    host_before = "Die Gemeinde plant für das kommende Frühjahr den Umbau der alten Turnhalle"
    host_after = "sowie eine neue Küche für den Jugendtreff am Marktplatz."
    run = "p o t e n z m i t t e l o h n e r e z e p t k a u f e n g ü n s t i g"
    text = f"Start | Aktuelles | Kontakt\nUmbau der Turnhalle\n{host_before} {run} {host_after}\nDie Kosten trägt der Landkreis."
    removed = _removed(text)
    assert run in " ".join(removed)
    assert not any(host_before[-20:] in r or host_after[:20] in r for r in removed), removed


def test_a_word_the_host_spells_out_stays():
    text = ("Home | Lessons | Contact\nSpelling practice\nThe word is spelled b e a u t i f u l, and the children "
            "wrote it on the board three times before the break.\nTomorrow we practise the word 'necessary'.")
    assert _removed(text) == []


def test_a_short_spelled_run_reads_on_its_own_not_with_its_sentence():
    # nine letters are under a block's own reading (``short_block``): spelled out, they still speak
    # for themselves
    text = ("Forside | Program | Kontakt\nSommerfest i parken\nTil sommerfesten kan du f i s s e f i s s e tage hele "
            "familien med og nyde musikken i parken hele eftermiddagen.\nDer er gratis kaffe ved scenen.")
    removed = _removed(text)
    assert any("f i s s e f i s s e" in r for r in removed), removed
    assert not any("musikken" in r for r in removed)


def test_a_line_spelled_out_but_for_a_few_plain_words_goes_whole():
    # its pieces read apart would not all say it is spam: a run is cut out only of a host's words
    line = ("I n s t a n t w i t h d r a w a l s, no K Y C, a n d t h e b e s t o d d s on b e t365 "
            "a l t e r n a t i v e – s i g n up n o w.")
    text = ("Home | Sport | Contact\nCup final tickets\nTickets for the cup final go on sale on Monday at the club shop.\n"
            f"{line}\nSeason ticket holders get priority until Wednesday.")
    assert _removed(text) == [line]


def test_letters_dotted_apart_are_spelled_out_too():
    host_before = "Die Gemeinde plant für das kommende Frühjahr den Umbau der alten Turnhalle"
    host_after = "sowie eine neue Küche für den Jugendtreff am Marktplatz."
    run = "p.o.t.e.n.z.m.i.t.t.e.l o.h.n.e r.e.z.e.p.t k.a.u.f.e.n g.ü.n.s.t.i.g"
    line = f"{host_before} {run} {host_after}"
    assert [line[a:z] for a, z in spelled_runs(line)] == [run]
    text = f"Start | Aktuelles | Kontakt\nUmbau der Turnhalle\n{host_before} {run} {host_after}\nDie Kosten trägt der Landkreis."
    removed = _removed(text)
    assert run in " ".join(removed)
    assert not any(host_before[-20:] in r or host_after[:20] in r for r in removed), removed


_NEWS = (
    "City News | Sport | Weather\n\nThe council approved the new budget on Tuesday after a long debate about the cost of "
    "road repairs.\n\nThe mayor said the vote would allow the city to fix {} the worst streets before the winter, "
    "starting with the bridge on Harbour Road.\n\nThe next meeting is on the first Monday of March."
)


def test_a_web_address_spelled_out_in_a_sentence_goes_whatever_its_name_reads_as():
    # names that read as any other name: only the disguise says what they are
    for address in ("w w w.b r i g h t o n-c l a s s i c s.c o m", "q u a r r y h i l l l e d g e r.o r g",
                    "h t t p s://w i n s t a r p l a y.v i p/j o i n"):
        assert _removed(_NEWS.format(address)) == [address]


def test_a_spelled_address_shown_or_given_to_write_to_stays():
    shown = [
        # a warning showing the disguise it talks about, in brackets, quotation marks or after "such as"
        _NEWS.format("(w w w.b r i g h t o n-c l a s s i c s.c o m)"),
        _NEWS.format('"w w w.b r i g h t o n-c l a s s i c s.c o m"'),
        ("Forum rules\nSpammers now spell their addresses out, such as w w w.q u a r r y h i l l.o r g, to slip past "
         "the filters.\nReport such posts to the moderators."),
        # a site spelling its own e-mail address out to keep it from harvesters
        ("Our bakery opens at seven every morning and closes at six in the evening.\nWrite to us at i n f o @ b a k e r "
         "y s h o p.c o m for larger orders, and we will answer within a day.\nThe shop is closed on public holidays."),
    ]
    for text in shown:
        assert _removed(text) == [], text
