"""Scam testimonials: comment spam written as a grateful reader's story. A "recovery expert" who got
stolen crypto back, a spell caster who brought a partner home, a private lender who gave a loan
when the banks would not, each with the way to reach them (a WhatsApp number, an e-mail address).
They sell nothing in the words a pitch uses: no price, no offer, no brand; the story and the
contact are the pitch. A blind page (``blind132_en_cooking_crypto_recovery_comment``) read 0.21 for
one such comment under a recipe.

Written for spamguard in the forty-second session, in twelve languages, with the warnings against
them (the same story told by the police or a consumer group, and a victim's account with no one to
contact): without those the model would learn the topic, lost money, rather than the pitch. Held out
by sentence.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator

TESTIMONIALS: dict[str, list[str]] = {
    "en": [
        "I lost $62,000 to a fake trading platform and thought it was gone until Mr. Daniel Hughes, a certified recovery expert, got every coin back in two days. Contact him on WhatsApp +1 (302) 555-0149.",
        "My husband left me for another woman and I was broken until Dr. Osaze, a powerful spell caster, brought him back within 48 hours. Email him at drosazespelltemple@gmail.com, he will help you too.",
        "After six banks turned me down I got a $40,000 loan from Mrs. Linda Carter at 2% interest with no credit check, reach her at lindacarterloanfirm@outlook.com and thank me later.",
        "I want to thank Mr. Kevin Ross for recovering my stolen bitcoin from a scam wallet, he is honest and fast, write to him on Telegram @kevinross_recovery.",
    ],
    "es": [
        "Perdí 40.000 euros en una plataforma de inversión falsa y gracias al señor Andrés Molina, experto en recuperación, recuperé todo mi bitcoin en 48 horas. Escríbele al WhatsApp +34 612 55 01 49.",
        "Mi esposo me dejó y el gran chamán Tata Aurelio hizo que volviera arrepentido en tres días, contáctalo en amarresdetataurelio@gmail.com, a mí me salvó el matrimonio.",
        "Ningún banco me daba crédito hasta que la señora Carmen Rivas me prestó 15.000 euros sin aval y al 2 %, escríbele a carmenrivasprestamos@hotmail.com.",
    ],
    "pt": [
        "Perdi 80 mil reais numa corretora falsa e o Dr. Ricardo Alves, especialista em recuperação de criptomoedas, devolveu tudo em dois dias. Chame no WhatsApp +55 11 95550-1490.",
        "Meu marido tinha ido embora e o Pai Jorge de Oxóssi fez ele voltar em 72 horas com uma amarração, falem com ele no paijorgeamarracao@gmail.com.",
        "Fui recusada por todos os bancos e a senhora Helena Prado me emprestou 30 mil sem consulta ao SPC, o contato dela é helenapradoemprestimos@outlook.com.",
    ],
    "fr": [
        "J'avais perdu 35 000 euros sur une fausse plateforme de trading et M. Julien Marchand, expert en récupération, m'a tout rendu en 48 heures. Contactez-le sur WhatsApp +33 6 55 50 14 90.",
        "Mon mari m'avait quittée et le grand marabout Maître Kadiatou l'a fait revenir en trois jours grâce à un retour affectif, écrivez-lui à maitrekadiatou.retour@gmail.com.",
        "Aucune banque ne voulait de moi, Mme Sophie Laurent m'a prêté 20 000 euros à 2 % sans justificatif, son adresse est sophielaurentpret@outlook.fr.",
    ],
    "de": [
        "Ich hatte 50.000 Euro an eine gefälschte Trading-Plattform verloren, bis Herr Markus Brandt, ein zertifizierter Wiederherstellungsexperte, alles in zwei Tagen zurückholte. Schreiben Sie ihm auf WhatsApp +49 151 5550 1490.",
        "Mein Mann hatte mich verlassen, doch der Liebeszauber von Meister Obinna brachte ihn in 48 Stunden zurück, erreichbar unter meisterobinna.zauber@gmail.com.",
        "Keine Bank gab mir einen Kredit, Frau Petra Keller lieh mir 25.000 Euro ohne Schufa zu 2 % Zinsen, ihre E-Mail ist petrakellerkredite@outlook.de.",
    ],
    "it": [
        "Avevo perso 45.000 euro su una finta piattaforma di trading e il dottor Marco Ferri, esperto di recupero crediti crypto, mi ha restituito tutto in 48 ore. Scrivetegli su WhatsApp +39 345 555 0149.",
        "Mio marito se n'era andato e il mago Ifeoma con un legamento d'amore l'ha fatto tornare in tre giorni, contattatelo a magoifeoma.amore@gmail.com.",
        "Nessuna banca mi concedeva un prestito, la signora Giulia Conti mi ha prestato 20.000 euro senza garanzie al 2%, la sua mail è giuliacontiprestiti@libero.it.",
    ],
    "id": [
        "Saya tertipu 200 juta di aplikasi investasi bodong dan Pak Hendra Wijaya, ahli pemulihan dana kripto, berhasil mengembalikan semuanya dalam dua hari. Hubungi beliau di WA +62 812-5550-1490.",
        "Suami saya sempat pergi, tapi berkat Mbah Joyo ahli pelet dan pengasihan dia kembali dalam tiga hari, silakan hubungi mbahjoyopengasihan@gmail.com.",
        "Semua bank menolak saya sampai Ibu Ratna Sari memberi pinjaman 50 juta tanpa jaminan dan tanpa BI checking, kontak beliau di ratnasaripinjaman@gmail.com.",
    ],
    "vi": [
        "Tôi bị lừa mất 500 triệu trên một sàn đầu tư giả và anh Trần Minh Đức, chuyên gia thu hồi tài sản số, đã lấy lại toàn bộ chỉ trong hai ngày. Liên hệ Zalo 0912 555 014.",
        "Chồng tôi bỏ đi nhưng nhờ thầy Tư bùa yêu miền Tây mà anh ấy quay về sau ba ngày, mọi người liên hệ thầy qua thaytubuayeu@gmail.com.",
        "Ngân hàng nào cũng từ chối, chị Lan cho tôi vay 100 triệu không cần thế chấp, lãi suất thấp, email của chị là chilanchovay@gmail.com.",
    ],
    "ru": [
        "Я потеряла 900 тысяч на фальшивой бирже, но специалист по возврату средств Андрей Соколов вернул всё за двое суток. Пишите ему в WhatsApp +7 915 555-01-49.",
        "Муж ушёл к другой, а потомственная ведунья Марфа сделала приворот, и через три дня он вернулся, её почта vedunyamarfa.privorot@mail.ru.",
        "Ни один банк не давал кредит, а частный инвестор Ольга Белова одолжила мне 500 тысяч без справок под 2%, пишите ей на olgabelova.zaim@mail.ru.",
    ],
    "zh": [
        "我在假的投资平台被骗了四十万，多亏追损专家王老师两天内帮我全部追回，大家可以加他微信 wang_zhuisun888。",
        "老公出轨离家，幸好遇到茅山张师傅做了和合法事，三天后他就回来了，张师傅的微信是 maoshan_zhang66。",
        "银行都不给贷款，李姐私人放款五万不看征信当天到账，需要的加她QQ 2871936650。",
    ],
    "ja": [
        "偽の投資サイトで300万円失いましたが、資金回収の専門家である佐藤先生のおかげで二日で全額戻ってきました。LINE ID は sato_kaishu です。",
        "夫が家を出ていきましたが、復縁祈祷の霊能者・如月先生にお願いしたら三日で戻ってきました。先生のメールは kisaragi.fukuen@gmail.com です。",
        "どこの銀行にも断られたのに、個人融資の田中さんが審査なしで100万円を貸してくれました。連絡先は tanaka.yuushi@gmail.com です。",
    ],
    "ko": [
        "가짜 투자 사이트에서 3천만 원을 잃었는데 피해 복구 전문가 김도현 씨 덕분에 이틀 만에 전부 돌려받았어요. 카톡 아이디 recovery_kim 으로 연락하세요.",
        "남편이 집을 나갔는데 재회 기도 전문 법사님께 부탁드렸더니 사흘 만에 돌아왔어요, 법사님 메일은 jaehoe.bubsa@gmail.com 입니다.",
        "은행마다 거절당했는데 개인 대출 박 사장님이 신용 조회 없이 천만 원을 빌려주셨어요, 연락처는 parkloan77@gmail.com 이에요.",
    ],
}

# The same stories as the police, a consumer group or a victim tell them: no one to contact.
WARNINGS: dict[str, list[str]] = {
    "en": [
        "Police warn that so-called crypto recovery experts who contact scam victims on WhatsApp are usually the same fraudsters asking for a second payment.",
        "I lost $20,000 to a fake trading app last year, and I have reported it to the police and to my bank; nobody can get it back for a fee.",
        "Comments praising a spell caster or a private lender with a Gmail address are spam: do not write to them.",
    ],
    "es": [
        "La Policía alerta de falsos expertos en recuperación que contactan a víctimas de estafas con criptomonedas para cobrarles otra vez.",
        "Los comentarios que recomiendan a un chamán o a una prestamista particular con un correo de Gmail son fraudes: no les escriba.",
    ],
    "pt": [
        "A polícia alerta para falsos especialistas em recuperação de criptomoedas que procuram as vítimas de golpes pelo WhatsApp.",
        "Comentários que elogiam amarrações ou empréstimos de uma senhora particular com e-mail do Gmail são golpes: não responda.",
    ],
    "fr": [
        "La police met en garde contre les faux experts en récupération qui contactent les victimes d'arnaques aux cryptomonnaies pour leur soutirer un second paiement.",
        "Les commentaires vantant un marabout ou un prêt entre particuliers avec une adresse Gmail sont des arnaques : n'y répondez pas.",
    ],
    "de": [
        "Die Polizei warnt vor angeblichen Wiederherstellungsexperten, die Opfer von Krypto-Betrug über WhatsApp anschreiben und erneut Geld verlangen.",
        "Kommentare, die einen Liebeszauber oder einen privaten Kredit mit Gmail-Adresse loben, sind Betrug: Schreiben Sie niemandem.",
    ],
    "it": [
        "La polizia avverte che i falsi esperti di recupero che contattano le vittime di truffe crypto chiedono soltanto un altro pagamento.",
        "I commenti che lodano un mago o un prestito tra privati con un indirizzo Gmail sono truffe: non rispondete.",
    ],
    "id": [
        "Polisi mengingatkan bahwa jasa pemulihan dana kripto yang menghubungi korban lewat WA biasanya penipu yang sama.",
        "Komentar yang memuji dukun pelet atau pinjaman pribadi dengan alamat Gmail adalah penipuan, jangan dihubungi.",
    ],
    "vi": [
        "Công an cảnh báo các chuyên gia thu hồi tiền ảo tự liên hệ nạn nhân qua Zalo thực chất là kẻ lừa đảo đòi thêm tiền.",
        "Những bình luận khen thầy bùa yêu hay người cho vay cá nhân kèm địa chỉ Gmail đều là lừa đảo, đừng liên hệ.",
    ],
    "ru": [
        "Полиция предупреждает: «специалисты по возврату средств», которые пишут жертвам мошенников в WhatsApp, сами мошенники.",
        "Отзывы о привороте или частном займе с адресом почты под статьями — это спам, не пишите по этим адресам.",
    ],
    "zh": [
        "警方提醒，自称能追回被骗款项的“追损专家”往往是同一伙骗子，目的是再骗一次钱。",
        "评论里推荐大师做和合法事或私人放款并留下微信的，都是诈骗广告，请勿添加。",
    ],
    "ja": [
        "警察は、詐欺の被害金を取り戻すと持ちかける「回収業者」も詐欺であることが多いと注意を呼びかけています。",
        "復縁祈祷や個人融資をすすめてメールアドレスを書き込むコメントは詐欺なので、連絡しないでください。",
    ],
    "ko": [
        "경찰은 사기 피해금을 찾아주겠다며 접근하는 복구 전문가 대부분이 또 다른 사기범이라고 경고했다.",
        "재회 기도나 개인 대출을 추천하며 메일 주소를 남기는 댓글은 사기이니 연락하지 마세요.",
    ],
}

PER_LANGUAGE = 36
WARNING_REPEATS = 12


def testimonials(rng: random.Random, split_of: Callable[[str], str]) -> Iterator[tuple[str, str, str]]:
    """(text, language, split): ``PER_LANGUAGE`` scam testimonials a language, each one story of a
    split, held out by sentence."""
    for lang, stories in TESTIMONIALS.items():
        by_split: dict[str, list[str]] = {}
        for i, s in enumerate(stories):
            by_split.setdefault(split_of(f"testimonial:{lang}:{i}"), []).append(s)
        for split, pool in sorted(by_split.items()):
            for _ in range(max(1, PER_LANGUAGE * len(pool) // len(stories))):
                yield rng.choice(pool), lang, split


def warnings(rng: random.Random, split_of: Callable[[str], str]) -> Iterator[tuple[str, str, str]]:
    """(text, language, split): every warning ``WARNING_REPEATS`` times (shuffled), held out by
    sentence."""
    rows = [(s, lang, split_of(f"testimonial_warning:{lang}:{i}"))
            for lang, table in WARNINGS.items() for i, s in enumerate(table)]
    out = rows * WARNING_REPEATS
    rng.shuffle(out)
    yield from out
