"""Pitches composed from slots, in the languages where the classifier read them as clean.

A blind check found one-line loan pitches in Portuguese and Spanish scored as clean ("Empréstimo
para negativado aprovado na hora, sem consulta ao SPC e Serasa!" 0.01): a pitch there is ordinary
words in an unusual combination (an offer, a waived condition, a speed, a call to act), and a few
dozen seed phrases do not teach the combination. Later blind checks kept dating and pill-shop
pitches written the same way (a Portuguese dating pitch 0.01, a French adult one, a Vietnamese
pharma one), so the recipe covers dating, casino and pill-shop offers too (``offers.py``). Each
(category, language) has a handful of options per slot, written for spamguard; a pitch is one
option of each, in one of the orders.

Held out by offer: a pitch's split is its offer's, so test pitches make offers the model never
saw, with conditions and calls to act it did (documented in the model card as a limit).
"""

from __future__ import annotations

import random
from collections.abc import Iterator

from .offers import CASINO, DATING, PILL_SHOP, Slots

# Loan and easy-money offers: (offers, conditions, speeds, calls to act)
LOANS: dict[str, Slots] = {
    "pt": (
        ["Empréstimo pessoal", "Crédito para negativados", "Dinheiro rápido", "Empréstimo consignado",
         "Cartão de crédito aprovado", "Renda extra garantida", "Crédito sem burocracia", "Antecipação do FGTS"],
        ["sem consulta ao SPC e Serasa", "mesmo com nome sujo", "sem comprovar renda", "sem fiador",
         "para aposentados e negativados", "sem análise de crédito"],
        ["aprovado na hora", "dinheiro na conta em 15 minutos", "liberação no mesmo dia", "cai hoje no Pix",
         "resposta em 5 minutos"],
        ["chame no WhatsApp", "peça já o seu", "clique e simule grátis", "fale com um consultor agora",
         "vagas limitadas, garanta o seu"],
    ),
    "es": (
        ["Préstamos personales", "Minicréditos online", "Dinero urgente", "Créditos con ASNEF",
         "Préstamos para desempleados", "Ingresos extra desde casa", "Tarjeta de crédito sin nómina"],
        ["sin aval y sin nómina", "aunque estés en ASNEF", "sin papeleo", "sin consultar el buró",
         "sin comprobar ingresos", "sin preguntas"],
        ["aprobados al instante", "el dinero en tu cuenta en 10 minutos", "respuesta inmediata",
         "hoy mismo en tu cuenta", "en menos de una hora"],
        ["solicítalo ya", "escríbenos por WhatsApp", "pide el tuyo ahora", "regístrate gratis",
         "plazas limitadas, entra ya"],
    ),
    "fr": (
        ["Prêt personnel rapide", "Crédit sans justificatif", "Argent rapide", "Mini-prêt en ligne",
         "Rachat de crédit express", "Revenu complémentaire garanti"],
        ["même fiché Banque de France", "sans justificatif de revenus", "sans apport", "sans caution",
         "sans conditions"],
        ["accord immédiat", "fonds versés en 24h", "réponse en 5 minutes", "argent disponible aujourd'hui"],
        ["faites votre demande maintenant", "contactez-nous sur WhatsApp", "simulation gratuite en ligne",
         "cliquez ici"],
    ),
    "de": (
        ["Sofortkredit", "Kredit trotz Schufa", "Schnelles Geld", "Minikredit online", "Nebeneinkommen von zu Hause"],
        ["ohne Schufa", "ohne Einkommensnachweis", "auch für Arbeitslose", "ohne Bürgen", "ohne Papierkram"],
        ["Sofortzusage", "Auszahlung in 24 Stunden", "Geld noch heute auf dem Konto", "Antwort in 5 Minuten"],
        ["jetzt beantragen", "schreib uns auf WhatsApp", "kostenlos anfragen", "hier klicken"],
    ),
    "it": (
        ["Prestiti veloci", "Finanziamenti online", "Soldi subito", "Prestiti per cattivi pagatori",
         "Guadagno extra da casa"],
        ["senza busta paga", "anche per protestati", "senza garanzie", "senza garante", "senza controlli"],
        ["risposta in 24 ore", "erogazione immediata", "soldi sul conto oggi stesso", "approvazione in 5 minuti"],
        ["richiedilo ora", "scrivici su WhatsApp", "clicca qui", "preventivo gratuito online"],
    ),
    "en": (
        ["Payday loans", "Bad credit loans", "Fast cash", "Personal loans online", "Guaranteed side income",
         "Instant credit lines"],
        ["no credit check", "even with bad credit", "no paperwork", "no guarantor needed", "no questions asked"],
        ["instant approval", "cash in your account in one hour", "same-day payout", "approved in 5 minutes"],
        ["apply now", "message us on WhatsApp", "click here to get started", "limited spots, sign up today"],
    ),
}

# category label -> language -> slots; the loans come first so that their pitches (and the corpus
# they were measured in) do not depend on the later recipes
RECIPES: dict[str, dict[str, Slots]] = {"scam": LOANS, "adult": DATING, "gambling": CASINO, "pharma": PILL_SHOP}
ORDERS = ("{o} {c}, {s}, {a}!", "{o} {s} {c}. {A}!", "{S}: {o_lower} {c}, {a}.", "{o}, {c}, {s} – {a}.")
PER_LANGUAGE = 400


def composed_pitches(rng: random.Random, split_of) -> Iterator[tuple[str, str, str, str]]:  # type: ignore[no-untyped-def]
    """(text, category, language, split) of ``PER_LANGUAGE`` composed pitches per category and language."""
    for category, slots in RECIPES.items():
        for lang, (offers, conditions, speeds, calls) in slots.items():
            for _ in range(PER_LANGUAGE):
                k = rng.randrange(len(offers))
                o, c, s, a = offers[k], rng.choice(conditions), rng.choice(speeds), rng.choice(calls)
                text = rng.choice(ORDERS).format(
                    o=o, c=c, s=s, a=a, A=a[:1].upper() + a[1:], S=s[:1].upper() + s[1:], o_lower=o[:1].lower() + o[1:]
                )
                yield text, category, lang, split_of(f"compose:{category}:{lang}:{k}")
