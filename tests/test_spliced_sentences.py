"""A whole sentence spliced between two words of a host's sentence: the shape the rule reports."""

from __future__ import annotations

import numpy as np

import spamguard
from spamguard.page import Page
from spamguard.params import CLEAN, DecisionParams
from spamguard.reasons import Reason
from spamguard.rules import find_all
from spamguard.seams import seam_cuts
from spamguard.spliced_sentences import SPLICED_SPAM, spliced_sentences, stretch_bounds


def _page(text: str, *cut_before: str) -> Page:
    return Page.from_text(text, sorted(text.index(c) for c in cut_before))


def _stretches(page: Page) -> list[str]:
    return [page.text[a:b] for a, b in zip(*stretch_bounds(page))]


def test_a_pitch_cut_out_between_two_host_words_is_one_stretch_of_its_sentences():
    text = ("Die Gemeinde plant seit Jahren einen neuen Spielplatz am Fluss, und im Herbst beginnt "
            "endlich der Bau mit Verzögerung Brauchst du schnell Geld? Wir leihen dir bis zu "
            "5000 Euro ohne Schufa, noch heute auf dem Konto. wegen des Hochwassers im Frühjahr.")
    page = _page(text, "Brauchst", " wegen")
    assert _stretches(page) == ["Brauchst du schnell Geld? Wir leihen dir bis zu 5000 Euro ohne Schufa, noch heute auf dem Konto."]
    found = spliced_sentences(page)
    assert sorted(set(found.tolist())) == [-1, 0]
    inside = [page.block_text(i) for i in range(page.seg.n_blocks) if found[i] == 0]
    assert inside == ["Brauchst du schnell Geld?", "Wir leihen dir bis zu 5000 Euro ohne Schufa, noch heute auf dem Konto."]
    assert Reason.SPLICED_SENTENCE in {f.reason for f in find_all(page, int(found.argmax()))}


def test_the_host_words_a_capital_opens_before_the_pitch_are_not_of_the_stretch():
    # a cut of an earlier look left the host's words before the pitch a block a capital opens too:
    # they end with no stop, so the stretch opens at the pitch's own capital
    text = ("Na feira havia bancas de queijo e de pão caseiro e também Maria da Silva Quer ganhar "
            "dinheiro em casa? Clique agora e receba o seu bónus de boas-vindas hoje mesmo. e as "
            "crianças brincavam na praça até ao fim da tarde.")
    page = _page(text, "Maria", "Quer", " e as")
    assert _stretches(page) == ["Quer ganhar dinheiro em casa? Clique agora e receba o seu bónus de boas-vindas hoje mesmo."]


def test_what_is_not_a_whole_sentence_spliced_between_host_words_is_no_stretch():
    tail = " wegen des Hochwassers im Frühjahr wurde der Bau verschoben."
    pitch = "Brauchst du schnell Geld? Wir leihen dir bis zu 5000 Euro ohne Schufa, noch heute auf dem Konto."
    cases = [
        # after the host's own stop: a sentence of the paragraph's, however it reads
        ("Im Herbst beginnt der Bau. " + pitch + tail, ("Brauchst", " wegen")),
        # the host's next words open with a capital: nothing shows the stop is not the host's
        ("Im Herbst beginnt der Bau mit " + pitch + " Wegen des Hochwassers wurde er verschoben.", ("Brauchst",)),
        # a piece that ends with no stop between (a name, then a list): not sentences
        (("Per Göran, horn prutt moona.xyz - kötthuvud moona444.com/vip - prutt Per Göran är alt. "
          "stämledare på horn i orkestern."), ("Göran", "horn", "Per Göran är")),
        # the host's word before the capital in another script
        ("Новости дня Brauchst du schnell Geld? Wir leihen dir Geld. wegen des Wetters.", ("Brauchst", " wegen")),
    ]
    for text, cuts in cases:
        page = _page(text, *cuts)
        assert _stretches(page) == [], text
        assert all(Reason.SPLICED_SENTENCE not in {f.reason for f in find_all(page, i)} for i in range(page.seg.n_blocks))


PITCHES = {
    # one pitch of two sentences, 0.91 read whole: its hook question reads clean alone
    "pt": (
        ("Feira de domingo volta à praça\n"
         "A feira de produtores regressa à praça central no próximo domingo. Na última edição havia bancas de "
         "queijo, de mel e de pão caseiro e também {} uma banca nova de cerâmica feita na aldeia.\n"
         "A organização espera mais de duas mil pessoas ao longo do dia."),
        "Quer ganhar dinheiro em casa? Clique agora e receba o seu bónus de boas-vindas hoje mesmo.",
    ),
    # a pitch and its call to act, 0.989 read whole
    "fr": (
        ("Le club cycliste fête ses trente ans\n"
         "Le club organise samedi une randonnée ouverte à tous. Certains membres étaient enthousiastes, d'autres "
         "beaucoup moins, et ceux qui {} se demandaient si le parcours n'était pas trop long pour les enfants.\n"
         "Les inscriptions sont ouvertes jusqu'à jeudi soir à la mairie."),
        "Boostez le trafic de votre site du jour au lendemain avec des liens de qualité. Lancez-vous maintenant!",
    ),
    # the hook opens inside a host's sentence longer than the stretch may be: read from its capital on
    "pt_long": (
        ("Feira de domingo volta à praça\n"
         "A feira de produtores regressa à praça central no próximo domingo. Na última edição havia bancas de "
         "queijo da serra, de mel de urze, de enchidos fumados, de fruta da época colhida na véspera, de flores "
         "do campo e de pão caseiro cozido em forno de lenha pelas padeiras da aldeia vizinha, e também {} uma "
         "banca nova de cerâmica feita na aldeia.\n"
         "A organização espera mais de duas mil pessoas ao longo do dia."),
        "Quer ganhar dinheiro em casa? Clique agora e receba o seu bónus de boas-vindas hoje mesmo.",
    ),
}


def test_a_pitch_spliced_between_two_host_words_goes_whole_and_alone():
    """Under the certainty a sentence of prose needs alone (0.99), the pitch read whole goes: cut out
    where a capital follows one of the host's words and its stop the host's next words in lower
    case, it is what the rule reports; the host's sentence around it stays."""
    detector = spamguard.default_detector()
    for lang, (host, pitch) in PITCHES.items():
        text = host.format(pitch)
        result = detector.clean(text)
        assert [text[s.start : s.end].strip() for s in result.removed] == [pitch], lang
        assert "spliced_sentence" in result.removed[0].reasons, lang


def test_a_sentence_of_the_hosts_own_in_that_place_stays():
    # the same shape with a sentence that reads clean: nothing is cut out
    detector = spamguard.default_detector()
    host, _ = PITCHES["pt"]
    text = host.format("A Dona Amélia trouxe os seus bordados. Ficou até ao meio-dia.")
    assert not detector.clean(text).removed


def _seo_model(words: dict[str, float]):
    """A small model that knows a few words of SEO spam, each by the n-grams that plain French
    prose lacks, and reads anything else as clean (bias -4)."""
    from spamguard.features import CharNgrams
    from spamguard.model import LinearModel

    f = CharNgrams(n_features=2**12)
    weights = np.zeros((f.n_features, 2), dtype=np.float32)
    common, _, _ = f.ngrams_of_texts(["le club organise samedi une randonnée ouverte à tous les membres et leurs familles"])
    for word, weight in words.items():
        bucket, _, _ = f.ngrams_of_texts([word])
        weights[np.setdiff1d(bucket, common), 1] = weight
    return LinearModel(f, ("clean", "seo"), weights, np.array([0.0, -4.0], dtype=np.float32))


def test_of_a_seams_stretches_the_one_opening_right_after_a_host_word_is_cut_out():
    """The stretch from the host's own sentence start reads surer (its words lean to SEO too), but
    the splice opens at the capital glued after "ceux qui": that one is cut out."""
    model = _seo_model({"backlinks": 3.0, "boostez": 3.0, "trafic": 3.0})
    text = ("Le club organise samedi une randonnée ouverte à tous les membres et à leurs familles. Certains achètent "
            "des backlinks, d'autres non, et ceux qui Boostez votre trafic avec nos backlinks du jour au lendemain. "
            "Lancez-vous! se demandaient si le parcours du matin n'était pas un peu trop long pour les plus jeunes "
            "enfants du village et de la vallée.")
    page = Page.from_text(text)
    cps, seam = page.seg.cps, text.index(" se demandaient")
    whole = [1.0 - model.span_probabilities(cps, np.array([text.index(w)]), np.array([seam]))[0, 0] for w in ("Certains", "Boostez")]
    assert whole[0] > whole[1] >= SPLICED_SPAM
    cuts = seam_cuts(page, [CLEAN] * page.seg.n_blocks, model, DecisionParams(), set())
    assert [text[c : c + 7] for c in cuts] == ["Boostez"]
