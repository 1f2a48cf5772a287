"""Compose spam vocabulary into the shapes injected spam takes on the web.

Shapes: separator lists, keyword-stuffed paragraphs, anchor-text link lines, short inline phrases,
domain lists, stuffed titles, and promotional sentences from templates. Every generated text is
built from one vocabulary pool (one source, one split) so held-out figures measure unseen
vocabulary, and every sentence template belongs to one split by its id.
"""

from __future__ import annotations

import random

SEPARATORS = ["| ", " | ", "|", " ｜ ", "丨", " • ", ", ", "、", " - ", " / ", " ", "  ", "，", " :: "]
TLDS = ["com", "net", "xyz", "top", "vip", "cc", "club", "online", "site", "bet", "info", "live", "asia"]
DECORATIONS = ["", "", "", "【官网】", "✅", "🔥", "★", ">>", "2025", "2026", "最新", "官方", "hari ini", "terbaru", "now", "免费", "24h"]

# Promotional sentence templates per language; {p} is a phrase, {q} another, {n} a number, {d} a domain.
TEMPLATES: dict[str, list[str]] = {
    "en": [
        "Looking for {p}? Visit {d} today and get {n}% off {q}!",
        "Best {p} of {y} – click here for {q} and instant access.",
        "Get {p} now at {d}, fast delivery, {q}, no questions asked.",
        "{p} {q} {p} online cheap best price guaranteed",
        "Top {n} sites for {p}: {q}, {d} and more.",
        "Sign up today for {p} and claim your {q} bonus of ${n}.",
    ],
    "zh": [
        "{p}，{q}，欢迎访问{d}，注册即送{n}元！",
        "【{p}】{q}最新地址{d} 24小时在线客服",
        "{p}{q}{p}免费在线观看{y}最新版",
        "最好的{p}平台，{q}，首充送{n}%",
        "{p}_{q}_{p}官网入口",
    ],
    "zh-hant": ["{p}，{q}，立即註冊送{n}元！", "【{p}】{q}最新網址{d}", "{p}{q}免費線上看{y}"],
    "ja": [
        "{p}なら{d}！{q}が今なら{n}%オフ、送料無料。",
        "{p} {q} 激安通販 {y}年最新 代引き対応",
        "【{p}】{q}の人気ランキング、今すぐチェック",
        "{p}｜{q}｜{p}の専門店",
    ],
    "ko": ["{p} 추천 {q} {d} 가입 시 {n}% 보너스", "{p} {q} 안전한 {p} 바로가기", "최고의 {p}, {q} 지금 확인하세요"],
    "id": [
        "{p} {q} hari ini, daftar sekarang di {d} dan dapatkan bonus {n}%!",
        "Situs {p} terpercaya, {q}, deposit {n}rb langsung main.",
        "{p} {q} {p} gampang menang {y}",
        "Link {p} resmi: {d} — {q} tanpa potongan",
    ],
    "ms": ["{p} {q} terbaik di Malaysia, daftar di {d} dan dapat bonus {n}%", "{p} {q} menang besar hari ini"],
    "vi": ["{p} {q} uy tín nhất {y}, đăng ký tại {d} nhận {n}k", "{p} – {q} – tặng {n}% nạp đầu"],
    "th": ["{p} {q} สมัครวันนี้รับโบนัส {n}% ที่ {d}", "{p} {q} ฝากถอนออโต้ {y}"],
    "ru": ["{p} {q} – регистрируйся на {d} и получи бонус {n}%!", "Лучшие {p}: {q}, {y} год, без регистрации", "{p} {q} {p} недорого"],
    "es": ["{p} {q} al mejor precio en {d}, envío gratis y {n}% de descuento", "Los mejores {p}: {q} en {y}", "{p} {q} {p} barato online"],
    "pt": ["{p} {q} com {n}% de bônus em {d}, cadastre-se já", "Melhores {p}: {q} em {y}"],
    "de": ["{p} {q} – jetzt auf {d} registrieren und {n}% Bonus sichern!", "Die besten {p}: {q} {y}"],
    "fr": ["{p} {q} : inscrivez-vous sur {d} et recevez {n}% de bonus", "Meilleur {p} {y} – {q}"],
    "it": ["{p} {q}: registrati su {d} e ricevi il {n}% di bonus", "I migliori {p} {y}: {q}"],
    "nl": ["{p} {q} – meld je aan op {d} en krijg {n}% bonus", "Beste {p} {y}: {q}"],
    "pl": ["{p} {q} – zarejestruj się na {d} i odbierz {n}% bonusu", "Najlepsze {p} {y}: {q}"],
    "tr": ["{p} {q} – {d} adresine üye ol, %{n} bonus kazan", "En iyi {p} {y}: {q}"],
    "uk": ["{p} {q} – реєструйся на {d} та отримай бонус {n}%", "Найкращі {p} {y}: {q}"],
    "ar": ["{p} {q} سجل الآن في {d} واحصل على بونص {n}%", "افضل {p} {y} – {q}"],
    "fa": ["{p} {q} همین حالا در {d} ثبت نام کنید و {n}% بونوس بگیرید", "بهترین {p} {y} – {q}"],
    "he": ["{p} {q} הירשמו עכשיו ב-{d} וקבלו {n}% בונוס", "ה{p} הטוב ביותר {y} – {q}"],
    "hi": ["{p} {q} अभी {d} पर रजिस्टर करें और {n}% बोनस पाएं", "सबसे अच्छा {p} {y} – {q}"],
}


def phrase(pool: list[str], rng: random.Random) -> str:
    p = rng.choice(pool)
    if rng.random() < 0.15:
        p = p + rng.choice(DECORATIONS)
    return p


# How a spam address is written around its host name: bare ("slotgacor88.vip"), with a scheme or
# "www.", and with a landing path. Honest pages write addresses in all these ways too, so without
# them the model read any "https://..." as a page's own link.
SCHEMES = ["", "", "", "https://", "http://", "www.", "https://www."]
PATHS = ["", "", "", "/", "/daftar", "/register", "/promo", "/login", "/?ref={n}", "/go/{n}", "/index.php?id={n}",
         "/shop", "/buy", "/link", "/vip", "/bonus", "/{w}", "/{w}-{n}", "/{w}.html"]


def _domain(pool: list[str], rng: random.Random) -> str:
    phrase_ = rng.choice(pool).lower()
    word = "".join(ch for ch in phrase_ if ch.isascii() and ch.isalnum())[:14]
    if len(word) < 3:
        word = rng.choice(["win", "bet", "play", "vip", "hot", "best"]) + str(rng.randint(1, 999))
    host = f"{word}{rng.choice(['', str(rng.randint(1, 999)), '-online', 'vip'])}.{rng.choice(TLDS)}"
    # The address's dress comes from a stream of its own (seeded by the host), so that adding it
    # left every other draw of the corpus where it was.
    own = random.Random(f"address:{host}")
    words = ["".join(ch for ch in w if ch.isascii() and ch.isalnum()) for w in phrase_.split()]
    words = [w for w in words if w]
    if len(words) > 1 and own.random() < 0.3:  # "slot-gacor-hari-ini.vip"
        host = "-".join(words)[:30].strip("-") + host[len(word):]
    path = own.choice(PATHS).replace("{n}", str(own.randint(1, 9999)))
    path = path.replace("{w}", "-".join(words)[:30].strip("-") or word)
    return own.choice(SCHEMES) + host + path


def list_shape(pool: list[str], rng: random.Random) -> str:
    sep = rng.choice(SEPARATORS)
    return sep.join(phrase(pool, rng) for _ in range(rng.randint(3, 14)))


def paragraph_shape(pool: list[str], rng: random.Random) -> str:
    words = [phrase(pool, rng) for _ in range(rng.randint(5, 20))]
    for _ in range(rng.randint(0, 4)):  # stuffing repeats its keywords
        words.insert(rng.randrange(len(words) + 1), words[0])
    return " ".join(words)


def link_shape(pool: list[str], rng: random.Random) -> str:
    items = [f"{phrase(pool, rng)} {_domain(pool, rng)}" for _ in range(rng.randint(2, 6))]
    return rng.choice([" ", " | ", "  ", " - "]).join(items)


def inline_shape(pool: list[str], rng: random.Random) -> str:
    return " ".join(phrase(pool, rng) for _ in range(rng.randint(1, 3)))


def item_shape(pool: list[str], rng: random.Random) -> str:
    return phrase(pool, rng)


def domains_shape(pool: list[str], rng: random.Random) -> str:
    sep = rng.choice([" ", " | ", ", ", "  "])
    return sep.join(_domain(pool, rng) if rng.random() < 0.6 else rng.choice(pool) for _ in range(rng.randint(3, 10)))


def title_shape(pool: list[str], rng: random.Random) -> str:
    parts = [phrase(pool, rng) for _ in range(rng.randint(2, 5))]
    return rng.choice([" - ", "_", " | ", "，"]).join(parts) + rng.choice(["", f" {rng.randint(2019, 2026)}", "-官方网站", " | Official Site"])


SHAPES = {
    "list": list_shape,
    "paragraph": paragraph_shape,
    "links": link_shape,
    "inline": inline_shape,
    "item": item_shape,
    "domains": domains_shape,
    "title": title_shape,
}


def template_shape(template: str, pool: list[str], rng: random.Random) -> str:
    out = template
    for slot, make in (
        ("{p}", lambda: phrase(pool, rng)),
        ("{q}", lambda: phrase(pool, rng)),
        ("{d}", lambda: _domain(pool, rng)),
        ("{n}", lambda: str(rng.choice([10, 20, 50, 100, 88, 168, 500, 1000]))),
        ("{y}", lambda: str(rng.randint(2019, 2026))),
    ):
        while slot in out:
            out = out.replace(slot, make(), 1)
    return out
