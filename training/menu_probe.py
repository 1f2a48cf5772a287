"""Hacked menus: one spam link slipped among a site's own menu items.

A probe of the shape ``spamguard.view`` reads menu items for: pages built here (our own words, no
outside data), seeded, in six languages, each a menu line of the site's home and contact pages
with two to four of its other pages and one spam item at a random place, joined by " | ", " · "
or " / ", above three lines of the site's own text. It prints how many of the site's own items
were removed (each one a page touched) and how many spam items stayed::

    python -m training.menu_probe               # the shipped model, seed 0
    python -m training.menu_probe --pages       # and every page that lost or kept something
"""

from __future__ import annotations

import argparse
import random
from collections import Counter
from dataclasses import dataclass

import spamguard


@dataclass(frozen=True)
class Site:
    ends: tuple[str, str]  # the home and contact items, first and last
    items: tuple[str, ...]  # the site's other pages
    spam: tuple[str, ...]  # links a hacked menu carries
    text: str  # the site's own lines under the menu


SITES = {
    "en": Site(
        ("Home", "Contact"),
        ("Our Bread", "Visit us", "Opening Hours", "Gift Cards", "About Us", "Events", "Our Team", "News", "Shop",
         "Catering", "Careers", "Gallery", "Book a Table", "Wine List", "Prices", "Blog", "FAQ", "Location"),
        ("Casino Online", "Slot Gacor", "Buy Viagra", "Payday Loans", "Replica Watches", "Essay Writing Service",
         "Sports Betting", "Cheap Cialis", "Live Sex Cams", "Crypto Signals"),
        "Riverbend Bakery\nFresh bread every morning from our wood-fired oven, and cakes to order.\n"
        "Open Tuesday to Sunday from seven until two.",
    ),
    "de": Site(
        ("Startseite", "Kontakt"),
        ("Über uns", "Unser Team", "Aktuelles", "Termine", "Speisekarte", "Anfahrt", "Galerie", "Öffnungszeiten",
         "Gutscheine", "Impressum", "Mitglied werden", "Downloads"),
        ("Online Casino", "Viagra kaufen", "Sportwetten Bonus", "Kredit ohne Schufa", "Replica Uhren",
         "Potenzmittel rezeptfrei"),
        "Turnverein Lindenau\nDas Training der Jugendgruppe beginnt nach den Ferien wieder am Dienstag.\n"
        "Neue Mitglieder sind jederzeit willkommen.",
    ),
    "es": Site(
        ("Inicio", "Contacto"),
        ("Quiénes somos", "Noticias", "Horarios", "Equipo", "Galería", "Cursos", "Reservas", "Precios", "Blog",
         "Eventos", "Dónde estamos"),
        ("Casino online", "Apuestas deportivas", "Comprar Viagra", "Préstamos rápidos", "Relojes réplica",
         "Tragamonedas gratis"),
        "Academia de Música Sol\nLas clases de guitarra para adultos empiezan el próximo lunes.\n"
        "Las inscripciones siguen abiertas hasta el viernes.",
    ),
    "id": Site(
        ("Beranda", "Kontak"),
        ("Profil", "Berita", "Akademik", "Fasilitas", "Galeri", "Pendaftaran", "Jadwal", "Alumni", "Unduhan",
         "Pengumuman"),
        ("Slot Gacor", "Togel Online", "Judi Bola", "Situs Slot Maxwin", "Pinjaman Online Cepat", "Obat Kuat"),
        "SMA Negeri 3 Sukamaju\nPendaftaran peserta didik baru dibuka mulai tanggal 1 Juni.\n"
        "Informasi lebih lanjut dapat dilihat di papan pengumuman sekolah.",
    ),
    "fr": Site(
        ("Accueil", "Contact"),
        ("Qui sommes-nous", "Actualités", "Horaires", "Notre équipe", "Galerie", "Tarifs", "Réservation", "Agenda",
         "Plan d'accès", "Boutique"),
        ("Casino en ligne", "Acheter Viagra", "Paris sportifs", "Crédit rapide sans justificatif", "Montres réplique",
         "Machines à sous"),
        "Boulangerie du Port\nNos pains sont cuits chaque matin au feu de bois.\nFermé le lundi.",
    ),
    "vi": Site(
        ("Trang chủ", "Liên hệ"),
        ("Giới thiệu", "Tin tức", "Tuyển sinh", "Thư viện ảnh", "Lịch học", "Đội ngũ", "Sản phẩm", "Dịch vụ",
         "Tuyển dụng"),
        ("Nhà cái uy tín", "Nổ hũ đổi thưởng", "Vay tiền nhanh", "Cá cược bóng đá", "Casino trực tuyến",
         "Thuốc cường dương"),
        "Trường Tiểu học Hòa Bình\nHọc sinh tựu trường vào ngày 5 tháng 9.\nPhụ huynh vui lòng đưa đón con đúng giờ.",
    ),
}
SEPARATORS = (" | ", " | ", " · ", " / ")


@dataclass(frozen=True)
class MenuPage:
    lang: str
    items: tuple[str, ...]
    spam: str
    text: str


def menu_pages(seed: int = 0, per_language: int = 25) -> list[MenuPage]:
    """The probe's pages, ``per_language`` for each site, seeded."""
    rng = random.Random(seed)
    pages = []
    for lang, site in SITES.items():
        for _ in range(per_language):
            middle = rng.sample(site.items, rng.randint(2, 4))
            spam = rng.choice(site.spam)
            middle.insert(rng.randint(0, len(middle)), spam)
            items = (site.ends[0], *middle, site.ends[1])
            pages.append(MenuPage(lang, items, spam, rng.choice(SEPARATORS).join(items) + "\n" + site.text + "\n"))
    return pages


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--pages", action="store_true", help="print every page that lost an item or kept its spam")
    args = ap.parse_args(argv)
    detector = spamguard.default_detector()
    own = lost = missed = 0
    touched: Counter[str] = Counter()
    pages = menu_pages(args.seed)
    for p in pages:
        removed = [p.text[s.start : s.end] for s in detector.clean(p.text).removed]
        gone = [it for it in p.items if it != p.spam and any(it in r for r in removed)]
        kept = not any(p.spam in r for r in removed)
        own += len(p.items) - 1
        lost += len(gone)
        missed += kept
        touched[p.lang] += bool(gone)
        if args.pages and (gone or kept):
            print(f"{p.lang} {p.text.splitlines()[0]!r}: " + (f"lost {gone}" if gone else "") + (" spam kept" if kept else ""))
    print(f"{len(pages)} menus: {lost} of {own} own items removed ({sum(touched.values())} menus), "
          f"{missed} of {len(pages)} spam items kept")
    print("menus losing an own item, by language: " + ", ".join(f"{k} {touched[k]}" for k in SITES))


if __name__ == "__main__":
    main()
