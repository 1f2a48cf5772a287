"""Words that name a site's own pages in its navigation menu ("Home", "Contact", "首页", "お問い合わせ")
and in its footer ("Privacy", "Impressum").

A menu is a list of short separator-delimited items, the shape of a stuffed keyword list, and a
health or shop site's menu uses spam's topics ("お薬の情報", "Casino news"). One item naming the
site's home, contact or about page marks the line as the site's own menu: injected keyword lists
point elsewhere and do not link to the host's contact page. Items are compared case-folded and
stripped, whole, so "Home" matches and "Home loans" does not.

>>> is_menu_item(" Startseite ")
True
>>> is_menu_item("\N{LEFT-TO-RIGHT EMBEDDING}Ｈｏｍｅ\N{POP DIRECTIONAL FORMATTING}")
True
>>> is_menu_item("\N{FIRE} Kontakt")
True
>>> is_menu_item("online casino")
False
"""

from __future__ import annotations

import unicodedata

# Grouped by language; only words a menu uses for the site's own home, contact and about pages,
# and the legal pages its footer links to ("© 2026 The Old Mill Tea Room · Privacy · ...").
_WORDS = """
home|homepage|home page|contact|contact us|about|about us|sitemap|site map
privacy|privacy policy|terms|terms of use|terms and conditions|cookies|cookie policy|accessibility
startseite|kontakt|impressum|über uns|datenschutz|datenschutzerklärung
accueil|nous contacter|à propos|qui sommes-nous|mentions légales|plan du site|politique de confidentialité
inicio|contacto|contáctanos|quiénes somos|sobre nosotros|aviso legal|mapa del sitio|política de privacidad
início|página inicial|contato|fale conosco|sobre nós|quem somos|política de privacidade
contatti|chi siamo
startpagina|over ons
strona główna|o nas
anasayfa|ana sayfa|iletişim|hakkımızda
главная|контакты|о нас|о компании|головна|контакти|про нас
beranda|kontak|hubungi kami|tentang kami|laman utama
trang chủ|liên hệ|giới thiệu
หน้าแรก|หน้าหลัก|ติดต่อเรา|เกี่ยวกับเรา
首页|首頁|主页|主頁|联系我们|聯絡我們|聯繫我們|关于我们|關於我們|网站地图|網站地圖
ホーム|トップ|トップページ|お問い合わせ|問い合わせ|会社概要|サイトマップ
홈|처음으로|문의|고객센터|회사소개|사이트맵
الرئيسية|اتصل بنا|من نحن
होम|संपर्क|हमारे बारे में
صفحه اصلی|تماس با ما|درباره ما
"""

MENU_WORDS: frozenset[str] = frozenset(w.strip() for line in _WORDS.split("\n") for w in line.split("|") if w.strip())


# Longer items are no menu's, however they are padded: the cut keeps a page of one huge line from
# folding each of its long items character by character (seconds on a 13 MB line).
MENU_ITEM_MAX = 100


def is_menu_item(item: str) -> bool:
    """Whether a list item names one of the site's own pages (home, contact, about, its legal pages)."""
    if len(item) > MENU_ITEM_MAX:
        return False
    # full-width letters, invisible controls and emoji around a word do not make it another word
    folded = "".join(c for c in unicodedata.normalize("NFKC", item) if unicodedata.category(c)[0] not in "CS")
    return " ".join(folded.split()).casefold() in MENU_WORDS
