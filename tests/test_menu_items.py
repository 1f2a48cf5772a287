"""A hacked menu loses the slipped-in item, not its own: each item of the site's menu is a link of
its own, so one that reads clean alone stays beside a spam item that makes the whole line read as
spam, and a menu that stands out from its page as the one leaning line gives up only the items
that stand out."""

from __future__ import annotations

import pytest

import spamguard

BAKERY = "Riverbend Bakery\nFresh bread every morning from our wood-fired oven, and cakes to order.\nOpen Tuesday to Sunday.\n"
SCHOOL = "Academia de Música Sol\nLas clases de guitarra para adultos empiezan el próximo lunes.\n"
CLUB = "Turnverein Lindenau\nDas Training der Jugendgruppe beginnt nach den Ferien wieder am Dienstag.\nNeue Mitglieder sind jederzeit willkommen.\n"


def _removed(text: str) -> list[str]:
    return [text[s.start : s.end].strip(" |·\n") for s in spamguard.clean(text).removed]


@pytest.mark.parametrize(
    "menu, spam, host",
    [
        ("Home | Our Bread | {} | Contact | Visit us", "Casino Online", BAKERY),
        ("Startseite | Anfahrt | Impressum | {} | Speisekarte | Kontakt", "Potenzmittel rezeptfrei", CLUB),
        ("Startseite · Öffnungszeiten · Mitglied werden · {} · Kontakt", "Kredit ohne Schufa", CLUB),
        ("Inicio · Eventos · Galería · {} · Cursos · Noticias · Contacto", "Préstamos rápidos", SCHOOL),
    ],
)
def test_a_hacked_menu_loses_only_the_slipped_in_item(menu, spam, host):
    text = menu.format(spam) + "\n" + host
    assert _removed(text) == [spam]


def test_the_menu_items_stay_beside_an_item_the_menu_dilutes():
    # "Live Sex Cams" reads 0.999 alone but 0.90 in its menu, under a menu item's threshold: a
    # known miss (a lottery site's "彩票" reads as high alone); the site's own items stay
    text = "Home | Our Bread | Cakes | Live Sex Cams | Contact\n" + BAKERY
    assert all(w not in r for r in _removed(text) for w in ("Home", "Our Bread", "Cakes", "Contact"))


def test_the_menu_of_a_casino_hotel_keeps_its_casino():
    text = ("Inicio | Habitaciones | Casino | Restaurante | Reservas\nHotel Bahía Azul\n"
            "El casino del hotel abre cada noche desde las ocho, y el restaurante sirve cocina de la costa.\n")
    assert _removed(text) == []
