"""Synthetic evaluation pages, built the way the hidden sets are: real host text with real and
generated spam injected at the top, in the middle, after the footer or inline, clean pages
full of hard negatives, and spam sites' own pages (spam throughout, with their neutral service
lines). Each page carries its gold spam as exact substrings.

Pages of one split use only that split's text and vocabulary, so dev pages tune the decision and
test pages measure it on unseen sources.
"""

from __future__ import annotations

import itertools
import json
import random
from collections import defaultdict
from dataclasses import dataclass, field

import numpy as np

from spamguard.scripts import FIRST_GROUP, code_groups, codepoints

from . import boilerplate
from .corpus import Example, split_of
from spamguard.html import html_to_text, read_html
from .paths import EXTERNAL

DENSE = {"zh", "ja", "th", "ko"}


@dataclass
class EvalPage:
    text: str
    spam: list[str]
    host_lang: str
    spam_lang: str = ""
    category: str = ""
    kind: str = ""
    tags: list[str] = field(default_factory=list)


def _main_group(text: str) -> int:
    counts = np.bincount(code_groups()[codepoints(text)], minlength=256)
    counts[:FIRST_GROUP] = 0
    return int(counts.argmax())


def _article_bodies(split: str) -> list[str]:
    truth = json.loads((EXTERNAL / "article_extraction_benchmark" / "ground-truth.json").read_text(encoding="utf-8"))
    return [v["articleBody"] for k, v in sorted(truth.items()) if split_of(f"article:{k}", dev=0.5, test=0.5) == split]


def _nav(lang: str, rng: random.Random) -> str:
    return boilerplate.nav_line(lang if lang in boilerplate.NAV else "en", rng)


def _host_sentences(examples: list[Example], split: str) -> dict[str, list[str]]:
    """The split's real sentences (lingua) a host page is made of, by language."""
    by_lang: dict[str, list[str]] = defaultdict(list)
    for e in examples:
        if e.split == split and e.label == "clean" and e.source == "lingua" and 20 <= len(e.text) <= 300:
            by_lang[e.lang].append(e.text)
    return by_lang


def _host_lines(lang: str, sentences: list[str], rng: random.Random) -> list[str]:
    lines = [_nav(lang, rng), ""]
    picks = rng.sample(sentences, min(len(sentences), rng.randint(5, 12)))
    lines.append(picks[0][:80])
    lines.append("")
    i = 1
    while i < len(picks):
        k = rng.randint(1, 3)
        joiner = "" if lang in {"zh", "ja"} else " "
        lines.append(joiner.join(picks[i : i + k]))
        lines.append("")
        i += k
    lines.append(boilerplate.fill(rng.choice(boilerplate.FOOTERS), rng))
    return lines


# A spam site's own service lines: payment, delivery or payout, support hours. Neutral on their
# own (a legitimate shop says the same), they are the site's text all the same, and the reason
# whole sites are hard: they read as clean one by one. Written for spamguard.
SERVICE_LINES = {
    "en": ["Payment by card, bank transfer or crypto.", "Fast delivery within 2-3 working days.",
           "Withdrawals are processed within 24 hours.", "Customer support is available 24/7 via live chat."],
    "id": ["Pembayaran via transfer bank, e-wallet dan pulsa.", "Proses cepat kurang dari 5 menit.",
           "Layanan pelanggan online 24 jam setiap hari.", "Hubungi kami melalui live chat atau WhatsApp."],
    "ms": ["Pembayaran melalui bank tempatan dan e-wallet.", "Pengeluaran diproses dalam masa 10 minit.",
           "Khidmat pelanggan 24 jam setiap hari."],
    "zh": ["支持银行卡、支付宝和微信支付。", "全国包邮，三到五天送达。", "客服在线时间：每天9:00-24:00。", "如有疑问请联系在线客服。"],
    "zh-hant": ["支援信用卡、銀行轉帳付款。", "全台宅配，三天內到貨。", "客服時間：每日10:00-22:00。"],
    "ja": ["お支払いは銀行振込・クレジットカード・代引きに対応しています。", "ご注文から3〜5日でお届けします。",
           "営業時間 10:00〜19:00（土日祝休み）", "お問い合わせはメールにて受け付けております。"],
    "ko": ["결제는 계좌이체와 카드로 가능합니다.", "상담 시간: 평일 09:00 ~ 18:00", "주문 후 2~3일 이내 배송됩니다.",
           "문의는 고객센터로 연락 주세요."],
    "ru": ["Оплата картой или при получении.", "Доставка по всей России от 1 до 5 дней.", "Работаем ежедневно с 9:00 до 21:00.",
           "Вопросы можно задать в онлайн-чате."],
    "es": ["Pago con tarjeta, transferencia o contra reembolso.", "Envío en 24-48 horas a toda España.",
           "Atención al cliente de lunes a sábado.", "Escríbenos por WhatsApp para cualquier duda."],
    "pt": ["Pagamento por Pix, boleto ou cartão.", "Entrega em todo o Brasil em até 5 dias úteis.",
           "Atendimento de segunda a sábado, das 8h às 20h."],
    "vi": ["Thanh toán qua chuyển khoản ngân hàng hoặc ví điện tử.", "Giao hàng toàn quốc trong 2-3 ngày.",
           "Hỗ trợ khách hàng 24/7."],
    "th": ["ชำระเงินผ่านโอนธนาคารหรือพร้อมเพย์", "จัดส่งทั่วประเทศภายใน 2-3 วัน", "บริการลูกค้าทุกวัน 09:00 - 21:00 น."],
    "de": ["Zahlung per Karte, Überweisung oder Nachnahme.", "Lieferung innerhalb von 2-4 Werktagen.",
           "Unser Kundenservice ist Montag bis Freitag erreichbar."],
    "fr": ["Paiement par carte ou virement bancaire.", "Livraison en 48h partout en France.",
           "Service client disponible du lundi au samedi."],
    "tr": ["Ödeme banka havalesi veya kredi kartı ile yapılır.", "Çekim talepleri 5 dakika içinde işlenir.",
           "Canlı destek 7/24 hizmetinizde."],
}


def _site(spam_of: list[Example], lang: str, rng: random.Random) -> list[str]:
    """A spam site's own page: its menu, a title and sales lines of one category and language,
    a service line or two, and a footer; every line is gold."""
    titles = [e.text for e in spam_of if len(e.text) <= 90] or [e.text[:90] for e in spam_of]
    lines = [_nav(lang, rng), rng.choice(titles)]
    lines += [e.text for e in rng.sample(spam_of, min(len(spam_of), rng.randint(2, 5)))]
    service = SERVICE_LINES.get(lang, SERVICE_LINES["en"])
    at = rng.randint(2, len(lines))
    for line in rng.sample(service, rng.randint(1, 2)):
        lines.insert(at, line)
    lines.append(boilerplate.fill(rng.choice(boilerplate.FOOTERS), rng))
    return lines


def _inject(lines: list[str], spam: list[str], where: str, rng: random.Random) -> list[str]:
    out = list(lines)
    for s in spam:
        if where == "top":
            out.insert(0, s)
        elif where == "bottom":
            out.append(s)
        elif where == "inline":
            paras = [i for i, ln in enumerate(out) if len(ln) > 60 and ln.rstrip()[-1:] in ".!?。！？"]
            i = rng.choice(paras) if paras else len(out) - 1
            words = out[i].split(" ")
            cut = rng.randint(1, max(1, len(words) - 1))
            out[i] = " ".join(words[:cut] + [s] + words[cut:])
        else:
            out.insert(rng.randint(2, max(2, len(out) - 2)), s)
    return out


def build_pages(
    examples: list[Example], split: str, seed: int, n_spam: int = 600, n_clean: int = 250, n_site: int = 60
) -> list[EvalPage]:
    """Spam-injected pages, clean hard-negative pages and whole spam sites of one split."""
    rng = random.Random(seed)
    clean_by_lang = _host_sentences(examples, split)
    spam = [e for e in examples if e.split == split and e.label != "clean" and len(e.text) >= 6]
    # Distinct hard lines, each drawn once before any is drawn again: drawn with replacement, one
    # sentence (a Russian court ruling on casino bonuses) landed in five of 250 dev pages and
    # decided the dev precision on its own.
    hard_lines = sorted({e.text for e in examples if e.split == split and e.label == "clean"
                         and e.source in {"hard_negative", "boilerplate", "composed:report", "written:site_copy"}})
    rng.shuffle(hard_lines)
    hard = itertools.cycle(hard_lines)
    langs = sorted(l for l, v in clean_by_lang.items() if len(v) >= 12)
    articles = _article_bodies(split)
    pages: list[EvalPage] = []

    for _ in range(n_spam):
        host = rng.choice(langs + ["article"] * 4 + ["zh", "ja", "id", "en", "ru", "es"] * 2)
        if host == "article" and articles:
            lines = rng.choice(articles).splitlines()
            lines = [_nav("en", rng), ""] + lines[:30] + [boilerplate.fill(boilerplate.FOOTERS[0], rng)]
            host_lang = "en"
        else:
            host_lang = host if host in clean_by_lang else "en"
            lines = _host_lines(host_lang, clean_by_lang[host_lang], rng)
        same = [e for e in spam if e.lang.split("-")[0] == host_lang]
        pick = rng.choice(same) if same and rng.random() < 0.5 else rng.choice(spam)
        blocks = [pick.text] + [rng.choice(spam).text for _ in range(rng.random() < 0.2)]
        where = rng.choice(["top", "middle", "bottom", "bottom", "inline"])
        if where == "inline" and _main_group(pick.text) == _main_group(" ".join(lines)):
            where = "bottom"  # same-script inline spam cannot be cut out of a sentence: not a fair case
        if where == "inline":
            blocks = blocks[:1]
        lines = _inject(lines, blocks, where, rng)
        pages.append(EvalPage("\n".join(lines), blocks, host_lang, pick.lang, pick.label, where))

    for _ in range(n_clean):
        host_lang = rng.choice(langs + ["en", "zh", "ja"] * 3)
        lines = _host_lines(host_lang, clean_by_lang[host_lang], rng)
        tags = []
        for _ in range(rng.randint(1, 3)):
            kind = rng.choice(["hard", "selector", "bilingual", "native"])
            if kind == "hard" and hard_lines:
                lines.insert(rng.randint(2, len(lines) - 1), next(hard))
            elif kind == "selector":
                lines.append(rng.choice(boilerplate.LANGUAGE_SELECTORS))
            elif kind == "bilingual":
                other = rng.choice([l for l in langs if l != host_lang])
                pairs = rng.sample(clean_by_lang[other], min(4, len(clean_by_lang[other])))
                at = rng.randint(2, len(lines) - 1)
                for j, p in enumerate(pairs):
                    lines.insert(at + 2 * j, p)
            else:
                other = rng.choice(["zh", "ja", "ru", "ko", "ar", "el"])
                name = rng.choice(clean_by_lang.get(other, ["北京"]))[:6].strip()
                paras = [i for i, ln in enumerate(lines) if len(ln) > 60] or [len(lines) - 1]
                i = rng.choice(paras)
                lines[i] = lines[i] + f" ({name})"
            tags.append(kind)
        pages.append(EvalPage("\n".join(lines), [], host_lang, kind="clean", tags=tags))

    # Whole spam sites, from a stream of their own so that the pages above stay as they were.
    site_rng = random.Random(seed * 7919 + 1)
    by_lang_cat: dict[tuple[str, str], list[Example]] = defaultdict(list)
    for e in spam:
        if e.lang in SERVICE_LINES and len(e.text) <= 300:
            by_lang_cat[(e.lang, e.label)].append(e)
    cells = sorted(k for k, v in by_lang_cat.items() if len(v) >= 6)
    for _ in range(n_site if cells else 0):
        lang, category = site_rng.choice(cells)
        lines = _site(by_lang_cat[(lang, category)], lang, site_rng)
        pages.append(EvalPage("\n".join(lines), [ln for ln in lines if ln.strip()], lang.split("-")[0], lang, category, "site"))
    return pages


def build_same_script_inline_pages(examples: list[Example], split: str, seed: int, n: int = 400) -> list[EvalPage]:
    """Spam of a host's own language slipped between two words of one of its paragraphs: the
    shape ``build_pages`` leaves out of its "inline" pages (spam of the host's script cut out of a
    sentence is not a fair case for a page-level figure), measured on its own since the hidden sets
    inject into real sentences of the spam's language too. In Chinese and Japanese paragraphs,
    which have no spaces, the spam lands after the paragraph and a space."""
    rng = random.Random(seed * 104729 + 3)
    clean_by_lang = _host_sentences(examples, split)
    spam_by_lang: dict[str, list[Example]] = defaultdict(list)
    for e in examples:
        if e.split == split and e.label != "clean" and len(e.text) >= 6:
            spam_by_lang[e.lang.split("-")[0]].append(e)
    langs = sorted(lang for lang in spam_by_lang if len(clean_by_lang.get(lang, [])) >= 12)
    articles = _article_bodies(split)
    pages: list[EvalPage] = []
    for _ in range(n if langs else 0):
        lang = rng.choice(langs + [x for x in ("zh", "ja", "en") if x in langs] * 3)
        if lang == "en" and articles and rng.random() < 0.5:
            lines = [_nav("en", rng), ""] + rng.choice(articles).splitlines()[:30]
        else:
            lines = _host_lines(lang, clean_by_lang[lang], rng)
        pick = rng.choice(spam_by_lang[lang])
        lines = _inject(lines, [pick.text], "inline", rng)
        pages.append(EvalPage("\n".join(lines), [pick.text], lang, pick.lang, pick.label, "inline_same_script"))
    return pages


def build_cjk_inside_sentence_pages(examples: list[Example], split: str, seed: int, n: int = 200) -> list[EvalPage]:
    """Chinese and Japanese spam slipped inside a sentence of a host's paragraph of its own
    language, with no space: half right after a comma (，、) of the sentence, half between two of
    its letters, the host's words running on glued to the spam's last character. The hidden sets
    inject into real pages of these languages; ``build_same_script_inline_pages`` puts the spam
    after the paragraph and a space. Spam of at most 60 characters: a phrase or a pitch."""
    rng = random.Random(seed * 7919 + 5)
    clean_by_lang = _host_sentences(examples, split)
    spam_by_lang: dict[str, list[Example]] = defaultdict(list)
    for e in examples:
        if e.split == split and e.label != "clean" and 6 <= len(e.text) <= 60 and e.lang.split("-")[0] in ("zh", "ja"):
            spam_by_lang[e.lang.split("-")[0]].append(e)
    langs = sorted(lang for lang in spam_by_lang if len(clean_by_lang.get(lang, [])) >= 12)
    pages: list[EvalPage] = []
    while langs and len(pages) < n:
        lang = rng.choice(langs)
        lines = _host_lines(lang, clean_by_lang[lang], rng)
        pick = rng.choice(spam_by_lang[lang])
        k = max(range(len(lines)), key=lambda i: len(lines[i]))
        line = lines[k]
        after_comma = len(pages) % 2 == 0
        places = ([i + 1 for i, c in enumerate(line[:-2]) if c in "，、"] if after_comma else
                  [i for i in range(4, len(line) - 4) if line[i - 1].isalpha() and line[i].isalpha()])
        if not places:
            continue
        at = rng.choice(places)
        lines[k] = line[:at] + pick.text + line[at:]
        kind = "inside_sentence_after_comma" if after_comma else "inside_sentence_between_letters"
        pages.append(EvalPage("\n".join(lines), [pick.text], lang, pick.lang, pick.label, kind))
    return pages


def real_pages() -> tuple[list[tuple[str, str, list[str]]], list[tuple[str, str]]]:
    """(name, text, must-keep snippets) of the trafilatura pages and (name, body) of the articles."""
    meta = json.loads((EXTERNAL / "trafilatura_eval" / "evaldata_subset.json").read_text(encoding="utf-8"))
    traf = []
    for url, e in meta.items():
        text = html_to_text(read_html(EXTERNAL / "trafilatura_eval" / e["file"]))
        traf.append((url, text, [w for w in e["with"] if w in text]))
    truth = json.loads((EXTERNAL / "article_extraction_benchmark" / "ground-truth.json").read_text(encoding="utf-8"))
    return traf, [(k, v["articleBody"]) for k, v in sorted(truth.items())]
