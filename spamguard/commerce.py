"""Commerce cues: whether a line says how to buy something.

A pitch in plain words ("Luxury watches that look like the real thing for a fraction of the
price ... Order today, free express delivery.") shares no phrase with the spam the classifier was
trained on, and reads anywhere from 0.01 to 0.97; but it says how to get the goods: a call to
order or to get in touch, the seller's own "we ship", a contact. News and advice that name the same
goods describe them ("sites that sold Viagra without prescription with discreet delivery") and
ask the reader to order nothing; a shop speaks of buying, delivery and prices on many lines. The
decision reads these cues for the one line of a page the classifier reads as spam, which as
running prose would otherwise stay under the prose threshold (``revise``'s ``offer_line``). A lexicon of what pitches claim (a copy like the original, a
fraction of the price, no prescription) was tried first and not kept: it found only the pitches
it was written from, and touched a consumer warning that lists those claims.

>>> sorted(cues("Order today and get free delivery on all orders over $50."))
['amount', 'delivery', 'order']
>>> sorted(cues("Les sites vendaient du Viagra sans ordonnance avec livraison discrète en 24 heures."))
['delivery']
"""

from __future__ import annotations

import regex

from .contact import AMOUNT_UNITS, has_contact
from .lexicon import starting_words
from .page import Page
from .quotes import unquoted_line

# A call to order or to get in touch, addressed to the reader, or a seller's "we'll do it".
_ORDER = regex.compile(
    # words of languages written with spaces match at a word's start and may run on ("bestell"
    # matches "bestellen"); phrases of scripts written without spaces match anywhere
    starting_words(
        # en
        r"order (?:now|today|online|yours?|here|from us|on our)", r"buy (?:now|today|online|yours?)",
        r"shop now", r"get yours", r"contact us", r"message us", r"dm us", r"text us", r"call us",
        r"visit our (?:shop|store|site|website|online)",
        # de, nl
        r"bestellen sie", r"jetzt\b[^.!?]{0,40}bestellen", r"online bestellen", r"jetzt kaufen",
        r"schreiben sie uns", r"kontaktieren sie uns", r"bestel (?:nu|vandaag|online)", r"koop nu",
        # fr
        r"commandez", r"achetez", r"contactez[- ]nous", r"écrivez[- ]nous",
        # es, pt
        r"pida (?:ya|hoy|ahora)", r"pídelo", r"pide (?:ya|hoy|ahora|el tuyo)", r"compra (?:ya|hoy|ahora)",
        r"compre (?:já|ja|hoje|agora|ya|hoy)", r"encomende", r"peça (?:já|hoje|agora|o seu)", r"escríbenos",
        r"contáctanos", r"fale conosco", r"chame no", r"chama no", r"haz tu pedido", r"faça (?:seu|o seu) pedido",
        # it
        r"ordina (?:ora|oggi|subito|sul|online|il tuo)", r"acquista (?:ora|oggi|subito|online)", r"scrivici",
        r"contattaci",
        # pl, cs
        r"zamów", r"kup (?:teraz|już|dziś)", r"napisz do nas", r"objednejte",
        # ru, uk
        r"закажите", r"заказывайте", r"пишите", r"звоните", r"обращайтесь", r"оформим", r"сделаем",
        r"замовляйте", r"пишіть",
        # tr
        r"sipariş (?:verin|ver|için)", r"hemen (?:al|sipariş)", r"satın alın", r"yazın", r"arayın",
        # id, ms, vi
        r"pesan sekarang", r"order sekarang", r"beli sekarang", r"hubungi kami", r"chat admin",
        r"đặt hàng", r"mua ngay", r"liên hệ", r"inbox (?:ngay|shop|em)",
        # the seller's own "we ship": a delivery said in the first person
        r"we (?:ship|deliver)", r"liefern wir", r"wir liefern", r"wir versenden", r"nous livrons", r"nous expédions",
        r"enviamos", r"entregamos", r"spediamo", r"consegniamo", r"wysyłamy", r"dostarczamy", r"доставим",
        r"отправим", r"kami kirim", r"gửi hàng",
    )
    # th, ja, zh, ko
    + r"|สั่งซื้อ|สั่งเลย|ทักแชท|ทักไลน์|ご注文|ご購入|お問い合わせ|お申し込み|今すぐ注文|立即购买|立即下单|下单|订购|欢迎选购"
    r"|联系我们|請聯繫|欢迎咨询|詳情請|주문하세요|구매하세요|문의하세요|문의 주세요",
    regex.IGNORECASE,
)

# A delivery or payment term: how the goods reach the buyer (a shop's word, or a report's).
_DELIVERY = regex.compile(
    starting_words(
        r"deliver", r"shipping", r"ships ", r"shipped", r"dispatch", r"cash on delivery", r"discreet packag",
        r"lieferung", r"versand", r"geliefert", r"nachnahme", r"neutraler verpackung", r"zustellung",
        r"livraison", r"livré", r"expédi", r"paiement à la livraison",
        r"envío", r"envíos", r"contra ?reembolso", r"entrega", r"envio", r"frete",
        r"spedizion", r"consegna", r"contrassegno",
        r"levering", r"verzending", r"bezorg",
        r"wysyłk", r"dostaw", r"przesyłk", r"za pobraniem", r"kurier",
        r"доставк", r"курьер", r"оплата после", r"без предоплат", r"наложенн",
        r"kargo", r"teslim", r"kapıda ödeme",
        r"pengiriman", r"dikirim", r"ongkir", r"bayar di tempat", r"cod(?!\p{L})",
        r"giao hàng", r"freeship", r"ship cod", r"vận chuyển",
    )
    + r"|จัดส่ง|ส่งฟรี|เก็บเงินปลายทาง|送料無料|発送|配送|代引き|包邮|发货|货到付款|快递|送货|배송|택배",
    regex.IGNORECASE,
)

TRANSACTION = frozenset({"order", "contact"})

# An amount of money: a page that gives prices is a shop or talks of buying.
AMOUNT = regex.compile(
    rf"\p{{Sc}}\s?\d|\d(?:[.,]\d+)?\s?(?:{AMOUNT_UNITS}|元)(?!\p{{L}})",
    regex.IGNORECASE,
)


def cues(text: str) -> frozenset[str]:
    """The ways to get goods ``text`` names: ``order`` (a call to order or to get in touch),
    ``delivery`` (a delivery or payment term), ``contact`` (``contact.has_contact``), and
    ``amount`` (a sum of money)."""
    found = set()
    if _ORDER.search(text):
        found.add("order")
    if _DELIVERY.search(text):
        found.add("delivery")
    if has_contact(text):
        found.add("contact")
    if AMOUNT.search(text):
        found.add("amount")
    return frozenset(found)


def line_cues(page: Page, k: int) -> frozenset[str]:
    """The cues of line k outside its quotations (news quoting an advert uses its words, not the
    advert's offer), once per page."""

    return page.cached("commerce", k, lambda j: cues(page.cached("unquoted", j, lambda i: unquoted_line(page, i))))
