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
from .offers_more import ESSAY_MILL, REPLICA_SHOP, SEO_SERVICE, SLIMMING

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

# Loan offers in the languages of the hand-written checks that LOANS lacked, and the private-lender
# offer ("prêt entre particuliers": a person, not a bank, lends at once) in the LOANS languages,
# which a blind check found scored as clean. Kept apart from LOANS, and composed after every
# recipe above, so that the pitches composed before do not change.
LOANS_WIDE: dict[str, Slots] = {
    "vi": (
        ["Vay tiền nhanh online", "Vay tín chấp theo lương", "Hỗ trợ vay vốn cá nhân", "Vay tiền góp theo ngày",
         "Cho vay nóng trong ngày", "Vay tiền bằng căn cước"],
        ["không cần thế chấp", "không thẩm định", "nợ xấu vẫn duyệt", "chỉ cần CCCD", "không gọi người thân"],
        ["giải ngân trong 15 phút", "nhận tiền ngay trong ngày", "duyệt hồ sơ 5 phút", "tiền về tài khoản sau 30 phút"],
        ["liên hệ Zalo ngay", "đăng ký ngay hôm nay", "nhắn tin để được tư vấn", "bấm vào link để vay"],
    ),
    "id": (
        ["Pinjaman dana tunai", "Pinjol cepat cair", "Pinjaman online tanpa jaminan", "Dana darurat",
         "Kredit tanpa agunan", "Gadai BPKB cepat"],
        ["tanpa BI checking", "hanya modal KTP", "tanpa survei", "bunga rendah", "bisa untuk blacklist"],
        ["cair dalam 10 menit", "langsung cair hari ini", "proses 5 menit", "dana masuk rekening dalam 1 jam"],
        ["hubungi WhatsApp admin", "daftar sekarang juga", "klik link di bio", "ajukan sekarang"],
    ),
    "ms": (
        ["Pinjaman peribadi segera", "Pinjaman wang tunai", "Pembiayaan tanpa dokumen", "Pinjaman kakitangan kerajaan",
         "Duit segera"],
        ["tanpa penjamin", "walaupun blacklist CTOS", "tanpa slip gaji", "faedah rendah", "tanpa cagaran"],
        ["lulus dalam 1 jam", "wang masuk akaun hari ini", "kelulusan segera", "proses 24 jam"],
        ["hubungi ejen kami di WhatsApp", "mohon sekarang", "klik untuk memohon", "PM untuk info lanjut"],
    ),
    "th": (
        ["เงินกู้ด่วน", "สินเชื่อส่วนบุคคล", "เงินด่วนนอกระบบ", "กู้เงินออนไลน์", "สินเชื่อเงินสด"],
        ["ไม่ต้องมีคนค้ำ", "ไม่เช็คเครดิตบูโร", "ติดแบล็คลิสต์ก็กู้ได้", "ใช้แค่บัตรประชาชน", "ไม่ต้องใช้สลิปเงินเดือน"],
        ["อนุมัติใน 5 นาที", "รับเงินภายในวันเดียว", "โอนเงินทันที", "อนุมัติไว"],
        ["แอดไลน์เลย", "สมัครเลยวันนี้", "ทักแชทได้ตลอด 24 ชั่วโมง", "คลิกลิงก์เพื่อสมัคร"],
    ),
    "ru": (
        ["Займ на карту", "Кредит наличными", "Быстрые деньги", "Микрозайм онлайн", "Займ без отказа",
         "Деньги в долг от частного лица"],
        ["без проверки кредитной истории", "с плохой кредитной историей", "без справок и поручителей",
         "по паспорту", "без залога"],
        ["одобрение за 5 минут", "деньги на карту за 15 минут", "выдача в день обращения", "мгновенное решение"],
        ["оформите заявку сейчас", "пишите в Telegram", "звоните прямо сейчас", "первый займ под 0%"],
    ),
    "ko": (
        ["무직자 대출", "당일 대출", "비상금 대출", "개인돈 대출", "신용불량자 대출", "소액 대출"],
        ["신용조회 없이", "서류 없이", "연체자도 가능", "담보 없이", "직장 없어도 가능"],
        ["30분 내 입금", "당일 승인", "5분 만에 심사", "즉시 입금"],
        ["카톡 문의 환영", "지금 바로 신청하세요", "텔레그램으로 연락주세요", "상담 24시간 가능"],
    ),
    "ja": (
        ["即日融資", "ブラックOKのキャッシング", "個人間融資", "審査なしのカードローン", "給料ファクタリング"],
        ["審査なし", "在籍確認なし", "ブラックでも借りられる", "保証人不要", "来店不要"],
        ["最短30分で振込", "即日振込", "土日も即日対応", "スマホで完結"],
        ["今すぐLINEで相談", "まずはお気軽にお申し込みください", "詳しくはDMへ", "今すぐクリック"],
    ),
    "zh": (
        ["小额贷款", "网贷秒批", "无抵押信用贷", "急用钱借款", "黑户贷款", "学生贷款"],
        ["无需征信", "黑户也能贷", "不看征信", "无需抵押", "身份证就能借"],
        ["当天放款", "5分钟到账", "秒批秒到", "极速审核"],
        ["加微信咨询", "立即申请", "扫码下载APP", "联系客服"],
    ),
    "zh-hant": (
        ["小額借款", "信用貸款", "急用借錢", "免審核貸款", "當舖借款"],
        ["免保人", "信用不良也可貸", "免聯徵", "免抵押", "只要身分證"],
        ["當天撥款", "10分鐘到帳", "快速核貸", "立即撥款"],
        ["加LINE諮詢", "立即申請", "歡迎私訊", "24小時免費諮詢"],
    ),
    "fr": (
        ["Prêt entre particuliers sérieux", "Offre de prêt entre particuliers", "Prêteur privé honnête",
         "Financement entre particuliers", "Prêt d'argent entre particuliers en urgence"],
        ["sans frais de dossier", "même fiché Banque de France", "taux de 2% seulement", "sans justificatif",
         "de 2000 à 500000 euros"],
        ["réponse sous 24h", "fonds disponibles en 48h", "déblocage rapide", "accord immédiat"],
        ["contactez-moi par email", "écrivez-moi sur WhatsApp", "contactez-nous dès maintenant",
         "laissez votre demande par mail"],
    ),
    "es": (
        ["Préstamo entre particulares", "Prestamista privado serio", "Oferta de dinero entre particulares",
         "Financiación entre particulares"],
        ["sin comisiones", "aunque estés en ASNEF", "al 2% de interés", "sin aval", "de 3000 a 300000 euros"],
        ["respuesta en 24 horas", "fondos en 48 horas", "transferencia inmediata"],
        ["contácteme por correo", "escríbame por WhatsApp", "envíe su solicitud por email"],
    ),
    "pt": (
        ["Empréstimo entre particulares", "Oferta de empréstimo entre pessoas", "Credor particular sério",
         "Financiamento entre particulares"],
        ["sem taxas", "mesmo negativado", "juros de 2% ao ano", "sem fiador", "de 5 mil a 500 mil reais"],
        ["resposta em 24 horas", "dinheiro em 48 horas", "liberação imediata"],
        ["contacte-me por e-mail", "chame no WhatsApp", "envie seu pedido por e-mail"],
    ),
    "it": (
        ["Prestito tra privati", "Offerta di finanziamento privato serio", "Finanziamento tra privati"],
        ["senza spese", "anche per protestati", "al tasso del 2%", "senza garanzie"],
        ["risposta in 24 ore", "fondi in 48 ore", "erogazione veloce"],
        ["contattatemi via email", "scrivetemi su WhatsApp"],
    ),
    "de": (
        ["Privatkredit von privat", "Seriöser Privatkredit", "Darlehen von privat an privat", "Kredit von Privatperson"],
        ["ohne Schufa", "ohne Gebühren", "zu 2% Zinsen", "ohne Sicherheiten"],
        ["Antwort innerhalb von 24 Stunden", "Auszahlung in 48 Stunden", "schnelle Zusage"],
        ["kontaktieren Sie mich per E-Mail", "schreiben Sie mir auf WhatsApp"],
    ),
    "en": (
        ["Private loan lender", "Genuine loan offer from a private lender", "Loan between individuals",
         "Urgent loan offer"],
        ["at 2% interest rate", "no upfront fees", "bad credit accepted", "no collateral", "from $5,000 to $500,000"],
        ["funds within 48 hours", "quick approval", "reply within 24 hours"],
        ["contact me via email", "WhatsApp me now", "email us for more details"],
    ),
}
DENSE_ORDERS = ("{o}，{c}，{s}，{a}！", "【{o}】{c} {s} {a}", "{o}{c}，{s}。{a}。")

# category label -> language -> slots; the loans come first so that their pitches (and the corpus
# they were measured in) do not depend on the later recipes
RECIPES: dict[str, dict[str, Slots]] = {"scam": LOANS, "adult": DATING, "gambling": CASINO, "pharma": PILL_SHOP}
ORDERS = ("{o} {c}, {s}, {a}!", "{o} {s} {c}. {A}!", "{S}: {o_lower} {c}, {a}.", "{o}, {c}, {s} – {a}.")
PER_LANGUAGE = 400


def _pitch(rng: random.Random, slots: Slots, orders: tuple[str, ...]) -> tuple[str, int]:
    """One pitch of the slots, and the index of its offer (what it is held out by)."""
    offers, conditions, speeds, calls = slots
    k = rng.randrange(len(offers))
    o, c, s, a = offers[k], rng.choice(conditions), rng.choice(speeds), rng.choice(calls)
    text = rng.choice(orders).format(
        o=o, c=c, s=s, a=a, A=a[:1].upper() + a[1:], S=s[:1].upper() + s[1:], o_lower=o[:1].lower() + o[1:]
    )
    return text, k


def _compose_table(rng: random.Random, table: dict[str, Slots], category: str, key: str, per_language: int,
                   split_of) -> Iterator[tuple[str, str, str, str]]:  # type: ignore[no-untyped-def]
    """``per_language`` pitches of each language of ``table``, each held out by its offer
    (``{key}:{lang}:{offer index}``); Chinese and Japanese in their dense orders."""
    for lang, slots in table.items():
        orders = DENSE_ORDERS if lang in ("zh", "zh-hant", "ja") else ORDERS
        for _ in range(per_language):
            text, k = _pitch(rng, slots, orders)
            yield text, category, lang, split_of(f"{key}:{lang}:{k}")


def composed_pitches(rng: random.Random, split_of) -> Iterator[tuple[str, str, str, str]]:  # type: ignore[no-untyped-def]
    """(text, category, language, split) of ``PER_LANGUAGE`` composed pitches per category and language."""
    for category, table in RECIPES.items():
        yield from _compose_table(rng, table, category, f"compose:{category}", PER_LANGUAGE, split_of)
    yield from _compose_table(rng, LOANS_WIDE, "scam", "compose:loan-wide", PER_LANGUAGE, split_of)


# Slimming, essay-mill, SEO and replica pitches (``offers_more.py``): composed from a random stream
# of their own (see ``corpus.build_corpus``), so the pitches above do not change.
MORE_RECIPES: dict[str, dict[str, Slots]] = {
    "offtopic": SLIMMING, "essay": ESSAY_MILL, "seo": SEO_SERVICE, "replica": REPLICA_SHOP,
}
MORE_PER_LANGUAGE = 300


def composed_more(rng: random.Random, split_of) -> Iterator[tuple[str, str, str, str]]:  # type: ignore[no-untyped-def]
    """(text, category, language, split) of ``MORE_PER_LANGUAGE`` pitches per recipe of
    ``MORE_RECIPES`` and language, held out by offer."""
    for category, table in MORE_RECIPES.items():
        yield from _compose_table(rng, table, category, f"compose-more:{category}", MORE_PER_LANGUAGE, split_of)
