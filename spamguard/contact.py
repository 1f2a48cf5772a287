"""Ways to reach a seller in text: a messenger account, a phone number, an e-mail address, the
link in a social-media profile's bio.

A pitch ends by saying how to order; news rarely does. Used by the ``contact_channel`` rule and by
the revision, which takes the contact on a line with spam along with the spam.
"""

from __future__ import annotations

import regex

# A way to reach a seller: a messenger account, a phone number, an e-mail address. Separators in
# phone numbers are spaces or dashes only, so amounts ("10.000.000 đồng") and dates do not match.
# Three patterns, each tried only when its cheap sign (a digit, an "@") is there: one pattern with
# lookbehinds at every position cost 7% of clean().
# Names in scripts written without spaces have no word boundary to look for ("加我微信", "แอดไลน์"):
# they match inside a run of letters, except where they are part of a longer word (Thai
# "ออนไลน์", online). LINE in Latin letters counts there only before a Japanese particle
# ("LINEで"); the katakana ライン is left out, being part of オンライン and ガイドライン.
_MESSENGER = regex.compile(
    r"(?<![\p{L}\p{N}])(?:whats\s?app|wa\.me|telegram|zalo|kakao\s?talk|wechat|viber|line\s?id|id\s?line|qq"
    r"|телеграм(?:е|у|а|ом|м)?|вайбер[еуа]?|в?[ао]тсапп?[еуа]?)(?!\p{L})"
    # Arabic writes the article and a preposition onto the name ("عبر الواتساب", "بالواتس"); Hindi
    # spells the names out in Devanagari, whose vowel signs are marks, not letters
    r"|(?<![\p{L}\p{N}])(?:و?[بل]?ال)?(?:واتساب|واتس\s?اب|واتس|تيليجرام|تلغرام|تليجرام)(?!\p{L})"
    r"|(?<![\p{L}\p{M}\p{N}])(?:व्हाट्सएप|व्हाट्सऐप|वॉट्सऐप|वाट्सएप|टेलीग्राम)(?![\p{L}\p{M}])"
    # "QQ" glued to Chinese letters ("加QQ咨询"), and a direct message asked for ("歡迎私訊")
    r"|(?<![\p{Latin}\p{N}])qq(?!\p{Latin})|私訊|私信|私聊"
    r"|카톡|카카오톡|텔레그램|微信|加\s?line|(?<!ออน)ไลน์|(?-i:LINE)(?=\s?(?:で|に|を|から|へ|追加|登録|ID|@))",
    regex.IGNORECASE,
)
# A seller's slang for a messenger (Brazilian "zap", WhatsApp, only after a word that sends a
# message there: "zap" is an English word) and the link in a profile's bio, where social-media
# sellers send their buyers. Looked for only where one of its signs is (a scan of all of them at
# every position cost more than the messengers' pattern).
_SLANG = regex.compile(
    r"(?<!\p{L})(?:no|pelo|via|chama|chame|manda|mande)\szap(?:zap)?(?!\p{L})"
    r"|(?<!\p{L})(?:link|enlace|lien)s?\s(?:in|na|no|en|dans|nella|nel|in\sder|im|di|ở|trong)\s(?:la\s|the\s|my\s|our\s)?bio(?!\p{L})"
    r"|ссылк[аиуе]\sв\s(?:био|профиле|шапке)|लिंक\sबायो|プロフィールのリンク|リンクはプロフィール|链接在简介|連結在簡介"
    r"|ลิงก์อยู่ในไบโอ|ลิงก์ในไบโอ|링크는\s?프로필|프로필\s?링크|الرابط\sفي\sالبايو",
    regex.IGNORECASE,
)
_SLANG_SIGNS = ("zap", "bio", "био", "профил", "шапк", "बायो", "プロフィール", "简介", "簡介", "ไบโอ", "프로필", "البايو")


def _has_slang_sign(text: str) -> bool:
    low = text.lower()
    return any(sign in low for sign in _SLANG_SIGNS)


# What follows a number that is an amount of money, not a phone number or a count.
AMOUNT_UNITS = r"\p{Sc}|đ|đồng|vnd|eur|euros?|usd|dollars?|руб|rub|won|원|円|yen|rp|idr|baht|บาท|zł|pln|reais|pesos?"

_PHONE = regex.compile(
    r"(?<![\p{N}\w.]|\p{Sc}\s?)(?:\+\d{1,3}[\s-]?)?\(?\d{2,4}\)?[\s-]\d{3,4}[\s-]\d{3,4}(?![\p{N}\w])"
    # an amount written with spaces ("10 000 000 đồng") is no phone number
    rf"(?!\s?(?:{AMOUNT_UNITS})(?!\p{{L}}))"
    r"|(?<![\p{N}\w.])(?:\+\d{10,13}|0\d{9,10})(?![\p{N}\w])"
    # a Chinese mobile number, written glued to the words before it ("联系电话13800001111")
    rf"|(?<![\p{{N}}\p{{Latin}}.])1[3-9]\d{{9}}(?![\p{{N}}\p{{Latin}}])(?!\s?(?:{AMOUNT_UNITS}|元|块))"
    # pairs ("+33 1 42 68 53 00") only after a country code: lottery numbers come in pairs too
    r"|\+\d{1,3}\s?\d(?:[\s.-]\d{2}){4}(?!\p{N})",
    regex.IGNORECASE,
)
_EMAIL = regex.compile(r"[\w.+-]@[\w-]+\.\w")
_DIGITS = regex.compile(r"\d[\s.-]?\d")


def names_messenger(text: str) -> bool:
    """Whether ``text`` sends the reader to a messenger account (also by its sellers' slang),
    not merely to a phone number or an e-mail address.

    >>> names_messenger("Chame no WhatsApp (11) 98888-7777"), names_messenger("Tel. 030 1234567")
    (True, False)
    """
    return bool(_MESSENGER.search(text) or (_has_slang_sign(text) and _SLANG.search(text)))


# the account to write to on a messenger: a handle, or an ID or number of five digits or more
_ACCOUNT = regex.compile(r"(?<![\w.])@\w{3,}|\d(?:[\s-]?\d){4,}")


def names_account(text: str) -> bool:
    """Whether ``text`` gives the account to reach on a messenger: a handle, a number or an ID of
    five digits or more ("QQ：2871936650", "Chame no WhatsApp (11) 98888-7777"), not merely the
    messenger's name ("读者可通过微信公众号提前预约座位。", readers book through the WeChat account).

    >>> names_account("QQ：2871936650"), names_account("wa.me/5511988887777"), names_account("扫码关注微信公众号")
    (True, True, False)
    """
    return _ACCOUNT.search(text) is not None


def has_contact(text: str) -> bool:
    """Whether ``text`` gives a way to reach someone: a messenger account (also by its sellers' slang,
    "chama no zap"), a phone number, an e-mail address, the link in a profile's bio.

    >>> has_contact("QQ：2871936650"), has_contact("想要网址的加我微信"), has_contact("10.000.000 đồng")
    (True, True, False)
    """
    return bool(
        _MESSENGER.search(text)
        or (_has_slang_sign(text) and _SLANG.search(text))
        or ("@" in text and _EMAIL.search(text))
        or (_DIGITS.search(text) and _PHONE.search(text))
    )
