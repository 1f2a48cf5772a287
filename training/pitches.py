"""Sales pitches: the sentences around the keywords of injected spam, written for spamguard.

Hand-written and real injected spam is often a promotional sentence rather than a keyword list
("Order generic Viagra at the lowest price, discreet packaging, no prescription required"). The
vocabularies give the keywords; these give the pitch of each category, so the classifier learns
that the *offer* is spam even when the product name is one it never saw. A pitch belongs to one
split by its id, like the templates. ``{p}`` is filled with a phrase of the category's pool.
"""

from __future__ import annotations

PITCHES: dict[tuple[str, str], list[str]] = {
    ("pharma", "en"): [
        "Order {p} at the lowest price, discreet packaging and no prescription required.",
        "Buy {p} online from a licensed pharmacy, overnight delivery worldwide.",
        "Generic {p} 100mg pills, save up to 80% compared with your local drugstore.",
        "No doctor visit needed: get {p} shipped to your door in 24 hours.",
        "Bonus pills with every order of {p}, secure checkout, money-back guarantee.",
        "Trusted online drugstore: {p}, free shipping on orders over $99.",
    ],
    ("gambling", "en"): [
        "Play {p} and claim a 200% welcome bonus plus 100 free spins today.",
        "Instant withdrawals, no KYC, and the best odds on {p} – sign up now.",
        "Join the top-rated {p} site and win real money from your phone.",
        "New players get a no deposit bonus on {p}, cash out your winnings in minutes.",
        "Daily jackpots on {p}, VIP cashback every week, play now!",
        "The most trusted {p} platform of the year with 24/7 live support.",
    ],
    ("adult", "en"): [
        "Hot singles near you are waiting, chat free on {p} tonight.",
        "Watch {p} in full HD, thousands of new videos added every day.",
        "Meet horny girls in your city, no credit card needed, {p}.",
        "Free access to {p}, no sign up, unlimited streaming.",
        "Live cams 24/7: {p}, private shows and discreet billing.",
    ],
    ("scam", "en"): [
        "Make $5,000 a month from home with {p}, no experience required.",
        "Get approved for {p} in minutes, bad credit OK, money in your account today.",
        "Our {p} system guarantees 300% returns in 30 days, join before it closes.",
        "Claim your free {p} now, limited offer for the first 100 visitors.",
        "Turn $250 into $10,000 with {p}, the secret the banks do not want you to know.",
        "Instant payday loans with {p}, no paperwork and no credit check.",
    ],
    ("replica", "en"): [
        "AAA quality {p} at factory prices, free shipping and 1:1 copies of the original.",
        "Shop {p} up to 90% off retail, perfect mirror copies with box and papers.",
        "Best {p} store online, indistinguishable from the real thing, fast delivery.",
        "Wholesale {p} direct from the factory, PayPal accepted, discreet parcels.",
    ],
    ("essay", "en"): [
        "Pay someone to write your {p}, plagiarism-free and delivered before your deadline.",
        "Native writers finish your {p} in 3 hours, 100% original, unlimited revisions.",
        "Get an A+ on your {p} guaranteed, cheap prices and full confidentiality.",
        "We write {p} for students in any subject, order now and get 15% off.",
    ],
    ("seo", "en"): [
        "Boost your rankings with {p}, 1,000 high DA backlinks delivered in a week.",
        "Rank #1 on Google fast: {p}, guaranteed results or your money back.",
        "Buy {p} from real accounts, instant start and lifetime refill.",
        "Cheap {p} packages for every website, white-hat and fully manual.",
    ],
    ("offtopic", "en"): [
        "Limited time deal: {p} with 70% off, order today while stocks last.",
        "Doctors hate this trick: {p} that works in just 7 days.",
        "Compare {p} and save hundreds, click here for an instant quote.",
        "Thousands are switching to {p}, see why it is the best choice this year.",
    ],
    ("gambling", "zh"): [
        "{p}，注册即送888元彩金，提款五分钟到账，信誉第一。",
        "亚洲最大的{p}平台，真人荷官在线发牌，首存加送百分之百。",
        "{p}官方网站，每日返水无上限，24小时在线客服为您服务。",
        "玩{p}稳赚不赔，手机下载即可畅玩，新会员立即领取体验金。",
    ],
    ("adult", "zh"): [
        "{p}，每日更新高清无码视频，免费观看无需注册。",
        "同城美女{p}，上门服务安全可靠，私密添加微信。",
        "{p}最新地址，永久免费，手机在线观看不卡顿。",
    ],
    ("scam", "zh"): [
        "{p}，日赚三百元，手机即可操作，当天结算无押金。",
        "{p}，无视征信，极速放款，身份证即可办理。",
        "跟着老师做{p}，稳赚不赔，月收益百分之三十以上。",
    ],
    ("pharma", "zh"): [
        "{p}正品保证，隐私包装，货到付款，全国包邮。",
        "无需处方购买{p}，药效持久，男人的加油站。",
    ],
    ("replica", "zh"): [
        "{p}一比一原单品质，专柜验货，支持货到付款。",
        "顶级{p}工厂直销，细节与正品一致，全国包邮。",
    ],
    ("gambling", "ja"): [
        "{p}なら入金不要ボーナス3万円、出金も最短5分で安心。",
        "今話題の{p}で稼ぐ！新規登録で100回フリースピン。",
        "{p}の最新攻略法、必ず勝てる裏技を無料公開中。",
    ],
    ("adult", "ja"): [
        "{p}が見放題、登録不要で今すぐ無料視聴できます。",
        "近所の女性と今夜会える、{p}で完全無料マッチング。",
        "{p}の高画質動画を毎日更新、スマホでもサクサク再生。",
    ],
    ("replica", "ja"): [
        "{p}は当店が業界最高品質、n級品を激安価格で販売中。",
        "{p}の新作入荷、代引き対応、送料無料で安全にお届け。",
    ],
    ("scam", "ja"): [
        "{p}でスマホだけで月収100万円、初心者でも簡単に稼げます。",
        "審査なしで即日融資、{p}なら誰でも借りられます。",
    ],
    ("pharma", "ja"): ["{p}を処方箋なしで個人輸入、最安値で即日発送します。"],
    ("gambling", "ko"): [
        "{p} 가입 즉시 첫충 30% 지급, 먹튀 없는 안전한 메이저 놀이터.",
        "{p} 최고 배당, 무제한 환전, 24시간 고객센터 운영.",
    ],
    ("adult", "ko"): ["{p} 무료 고화질 영상 매일 업데이트, 가입 없이 바로 시청."],
    ("scam", "ko"): ["{p} 당일 승인, 신용 조회 없이 누구나 대출 가능."],
    ("gambling", "id"): [
        "Main {p} sekarang, dijamin maxwin dan withdraw cepat tanpa ribet.",
        "Daftar {p} hari ini, bonus new member 100% langsung cair.",
        "{p} paling gacor, modal receh bisa bawa pulang jutaan rupiah.",
        "Situs {p} resmi dan terpercaya, deposit pulsa tanpa potongan.",
    ],
    ("adult", "id"): ["Nonton {p} gratis tanpa sensor, update setiap hari."],
    ("scam", "id"): ["{p} cair dalam 5 menit tanpa jaminan, cukup modal KTP saja."],
    ("gambling", "vi"): [
        "{p} nhà cái uy tín, nạp lần đầu tặng 100%, rút tiền trong 3 phút.",
        "Chơi {p} kiếm tiền thật mỗi ngày, đăng ký ngay nhận quà.",
    ],
    ("scam", "vi"): ["{p} giải ngân trong ngày, không cần thế chấp, chỉ cần CCCD."],
    ("gambling", "th"): [
        "{p} เว็บตรงไม่ผ่านเอเย่นต์ ฝากถอนไม่มีขั้นต่ำ สมัครวันนี้รับโบนัส 100%",
        "เล่น {p} ได้เงินจริง ถอนได้ไม่อั้น ระบบออโต้ 24 ชั่วโมง",
    ],
    ("gambling", "ru"): [
        "Играй в {p} и получи 200% бонус на первый депозит и 100 фриспинов.",
        "{p}: быстрый вывод выигрыша на карту, без верификации.",
        "Лучшее {p} этого года, регистрация за минуту, джекпоты каждый день.",
    ],
    ("adult", "ru"): ["Смотри {p} бесплатно и без регистрации, новые видео каждый день."],
    ("scam", "ru"): [
        "{p}: деньги на карту за 5 минут, без справок и поручителей.",
        "Зарабатывай от 100 000 рублей в месяц на {p}, без вложений и опыта.",
    ],
    ("pharma", "ru"): ["Купить {p} без рецепта с доставкой по всей России, анонимно."],
    ("essay", "ru"): ["{p} с проводкой в реестре, гарантия подлинности, доставка курьером."],
    ("gambling", "es"): [
        "Juega en {p} y recibe un bono del 200% más 100 giros gratis hoy.",
        "Retiros instantáneos y las mejores cuotas en {p}, regístrate ahora.",
    ],
    ("pharma", "es"): ["Compra {p} sin receta al mejor precio, envío discreto en 24 horas."],
    ("scam", "es"): [
        "Consigue {p} en 10 minutos, sin aval y sin consultar el buró.",
        "Gana 3.000 euros al mes desde casa con {p}, sin experiencia.",
    ],
    ("gambling", "pt"): [
        "Jogue {p} e ganhe bônus de 100% no primeiro depósito, saque na hora via Pix.",
        "A plataforma de {p} que mais paga, cadastre-se e ganhe rodadas grátis.",
    ],
    ("scam", "pt"): ["Ganhe R$ 500 por dia com {p}, sem experiência e sem sair de casa."],
    ("gambling", "de"): ["Spiele {p} und sichere dir 200% Bonus plus 100 Freispiele, sofortige Auszahlung."],
    ("pharma", "de"): ["{p} ohne Rezept bestellen, diskreter Versand und günstigster Preis."],
    ("scam", "de"): ["Mit {p} 5.000 Euro im Monat von zu Hause verdienen, ohne Vorkenntnisse."],
    ("gambling", "fr"): ["Jouez sur {p} et recevez 200% de bonus et 100 tours gratuits dès aujourd'hui."],
    ("pharma", "fr"): ["Achetez {p} sans ordonnance au meilleur prix, livraison discrète en 48h."],
    ("scam", "fr"): ["Gagnez 3 000 euros par mois depuis chez vous avec {p}, sans expérience."],
    ("gambling", "tr"): ["{p} ile ilk yatırıma %200 bonus, anında çekim ve 7/24 canlı destek."],
    ("gambling", "ar"): ["العب {p} واحصل على بونص 200% على اول ايداع وسحب فوري للارباح."],
    ("gambling", "hi"): ["{p} खेलें और पहली जमा पर 200% बोनस पाएं, तुरंत निकासी।"],
}


def pitches_for(category: str, lang: str) -> list[str]:
    """The pitches of a (category, language) pair: these first, then ``pitches_more``'s (the
    order gives each pitch its id, and so its split; ``LATER_PITCHES``, ``GAP_PITCHES`` and then
    ``seed_thin.THIN_PITCHES`` and ``seed_deep.DEEP_PITCHES`` come last)."""
    from .pitches_more import GAP_PITCHES, LATER_PITCHES, MORE_PITCHES
    from .seed_deep import DEEP_PITCHES
    from .seed_thin import THIN_PITCHES

    key = (category, lang)
    return (PITCHES.get(key, []) + MORE_PITCHES.get(key, []) + LATER_PITCHES.get(key, []) + GAP_PITCHES.get(key, [])
            + THIN_PITCHES.get(key, []) + DEEP_PITCHES.get(key, []))
