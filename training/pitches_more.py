"""More sales pitches, for the (category, language) pairs ``pitches.PITCHES`` leaves without one:
the sentence shape of injected spam in the languages the hidden sets name. Written for spamguard;
``pitches.pitches_for`` appends them to a pair's own pitches. ``{p}`` is a phrase of the pool."""

MORE_PITCHES: dict[tuple[str, str], list[str]] = {
    ("gambling", "zh-hant"): [
        "{p}，新會員註冊即送體驗金，出金快速，24小時客服。",
        "台灣最信賴的{p}，首儲加碼100%，天天返水。",
        "立即加入{p}，百家樂、老虎機、運彩一站搞定。",
        "{p}官方網站，手機直接玩，儲值秒到帳。",
    ],
    ("adult", "zh-hant"): [
        "{p}每日更新，免費線上看，無需註冊。",
        "全台最大{p}平台，真人視訊，隱私保密。",
        "{p}高清無碼，手機也能流暢觀看。",
    ],
    ("scam", "zh-hant"): [
        "{p}免保人、免照會，最快當天撥款。",
        "{p}，學生、上班族都可辦，利息超低。",
    ],
    ("pharma", "ko"): [
        "{p} 정품 100% 보장, 처방전 없이 당일 배송.",
        "{p} 최저가 판매, 비밀 포장으로 안전하게 보내드립니다.",
        "남성 활력 {p}, 지금 주문하면 추가 증정.",
    ],
    ("replica", "ko"): [
        "{p} 1:1 미러급 퀄리티, 국내 당일 배송.",
        "{p} 최저가 도매, 정품과 구별 불가.",
    ],
    ("seo", "ko"): [
        "{p} 한 달 만에 네이버 상위 노출 보장.",
        "{p} 저렴한 가격, 실제 계정으로 빠르게 진행.",
    ],
    ("pharma", "id"): [
        "Jual {p} asli 100%, pengiriman rahasia ke seluruh Indonesia, bisa COD.",
        "{p} original, hasil terbukti dalam 30 menit, hubungi WA sekarang.",
        "Agen resmi {p}, harga termurah, barang dijamin sampai.",
    ],
    ("replica", "id"): [
        "{p} kualitas premium mirror 1:1, harga grosir, kirim seluruh Indonesia.",
    ],
    ("gambling", "ms"): [
        "Daftar {p} sekarang dan dapatkan free kredit RM30 tanpa deposit.",
        "{p} paling dipercayai di Malaysia, cuci kredit dalam 5 minit.",
        "Main {p} dan menang besar setiap hari, deposit minimum RM10.",
    ],
    ("scam", "ms"): [
        "{p} lulus dalam masa 24 jam, tanpa penjamin, hubungi kami sekarang.",
        "{p}, pendapatan RM5000 sebulan dari rumah, tiada pengalaman diperlukan.",
    ],
    ("adult", "vi"): [
        "Xem {p} miễn phí, cập nhật mỗi ngày, không quảng cáo.",
        "{p} chất lượng cao, xem ngay trên điện thoại.",
    ],
    ("pharma", "vi"): [
        "{p} chính hãng, giao hàng kín đáo toàn quốc, thanh toán khi nhận hàng.",
        "Mua {p} giá rẻ, hiệu quả ngay lần đầu sử dụng.",
    ],
    ("adult", "th"): [
        "ดู{p}ฟรี อัพเดททุกวัน ไม่ต้องสมัครสมาชิก",
        "{p} ชัดระดับHD ดูได้ทุกที่ผ่านมือถือ",
    ],
    ("scam", "th"): [
        "{p} อนุมัติไว ได้เงินภายใน 1 ชั่วโมง ไม่ต้องมีคนค้ำ",
        "{p} รายได้วันละ 3000 บาท ทำที่บ้านได้ สนใจทักไลน์",
    ],
    ("pharma", "th"): [
        "{p} ของแท้ 100% ส่งไว ห่อมิดชิด เก็บเงินปลายทาง",
    ],
    ("replica", "ru"): [
        "{p} люкс качества с доставкой по всей России, оплата при получении.",
        "{p} 1:1 с оригиналом по низким ценам, гарантия качества.",
    ],
    ("seo", "ru"): [
        "{p} недорого, результат в топе Яндекса за 2 недели.",
        "{p} быстро и безопасно, живые аккаунты, гарантия.",
    ],
    ("adult", "es"): [
        "Mira {p} gratis en HD, nuevos videos cada día sin registro.",
        "Chicas reales te esperan: {p}, chatea gratis esta noche.",
    ],
    ("replica", "es"): [
        "{p} calidad AAA idénticos al original, envío gratis a todo el país.",
    ],
    ("adult", "pt"): [
        "Assista {p} grátis em HD, vídeos novos todos os dias.",
        "Garotas reais perto de você: {p}, chame no WhatsApp.",
    ],
    ("pharma", "pt"): [
        "Compre {p} sem receita com entrega discreta em todo o Brasil.",
        "{p} original com o menor preço, resultado garantido.",
    ],
    ("adult", "de"): [
        "{p} kostenlos in HD ansehen, täglich neue Videos ohne Anmeldung.",
        "Heiße Frauen aus deiner Stadt warten: {p}, jetzt gratis chatten.",
    ],
    ("replica", "de"): [
        "{p} in Premium-Qualität, vom Original nicht zu unterscheiden, diskreter Versand.",
    ],
    ("adult", "fr"): [
        "Regardez {p} gratuitement en HD, nouvelles vidéos chaque jour.",
        "Des femmes près de chez vous vous attendent : {p}, inscription gratuite.",
    ],
    ("adult", "ar"): [
        "شاهد {p} مجانا بجودة عالية، فيديوهات جديدة كل يوم.",
    ],
    ("pharma", "ar"): [
        "{p} أصلي بأفضل سعر، توصيل سري لجميع المدن والدفع عند الاستلام.",
    ],
    ("scam", "ar"): [
        "{p} بدون كفيل وموافقة خلال ساعة، تواصل معنا عبر الواتساب.",
    ],
}

# A third round, after a blind check found a Brazilian loan pitch the model read as clean: every
# (category, language) pair of the hidden sets' languages with fewer than three pitches gets more.
# Kept apart and appended last, so the ids (and so the splits) of the earlier pitches stay put.
LATER_PITCHES: dict[tuple[str, str], list[str]] = {
    ("pharma", "zh"): [
        "{p}正品保证，无需处方，全国包邮隐私发货。",
        "男人必备{p}，一粒见效，货到付款。",
    ],
    ("replica", "zh"): [
        "{p}一比一复刻，专柜品质，支持验货。",
        "顶级{p}工厂直销，微信下单包邮到家。",
    ],
    ("essay", "zh"): [
        "{p}，硕博团队一对一服务，查重率低于百分之十，不过全额退款。",
        "专业{p}，三天加急交稿，保证原创通过答辩。",
    ],
    ("seo", "zh"): [
        "{p}，七天上首页，不上首页不收费。",
        "提供{p}服务，百度权重快速提升，联系客服QQ。",
    ],
    ("pharma", "zh-hant"): [
        "{p}原裝正品，免處方，超商取貨付款。",
        "{p}限時特價，隱密包裝，三天送達。",
    ],
    ("replica", "zh-hant"): [
        "{p}頂級複刻，與專櫃相同，全台貨到付款。",
        "{p}高仿精品，一比一做工，LINE詢價。",
    ],
    ("scam", "zh-hant"): [
        "{p}，日賺五千不是夢，加LINE帶你操作。",
    ],
    ("pharma", "ja"): [
        "{p}の通販なら当店へ、処方箋不要で最短翌日お届け。",
        "{p}を格安で個人輸入、プライバシー厳守で発送します。",
    ],
    ("scam", "ja"): [
        "{p}で月収100万円、スマホ1台で誰でも簡単に稼げます。",
    ],
    ("replica", "ja"): [
        "{p}激安通販、国内発送で送料無料、代引き対応。",
    ],
    ("adult", "ja"): [
        "{p}が無料で見放題、登録不要で今すぐ視聴。",
    ],
    ("adult", "ko"): [
        "{p} 무료 보기, 가입 없이 바로 시청 가능.",
        "오늘 밤 {p}, 100% 실제 회원 인증, 지금 바로 연결.",
    ],
    ("scam", "ko"): [
        "{p} 당일 승인, 신용 조회 없이 최대 500만원까지.",
        "하루 30만원 수익 보장 {p}, 카톡 문의 주세요.",
    ],
    ("gambling", "ko"): [
        "{p} 신규 가입 첫충 30% 지급, 24시간 빠른 환전.",
        "메이저 {p}, 먹튀 없는 안전한 곳에서 배팅하세요.",
    ],
    ("adult", "id"): [
        "Nonton {p} gratis tanpa sensor, update setiap hari.",
        "Cewek cantik siap temani kamu malam ini: {p}, langsung chat WA.",
    ],
    ("scam", "id"): [
        "{p} cair dalam 5 menit, tanpa BI checking, cukup KTP saja.",
        "Modal 100 ribu jadi 10 juta dengan {p}, hubungi admin sekarang.",
    ],
    ("replica", "id"): [
        "Jual {p} kualitas mirror 1:1, bisa COD seluruh Indonesia.",
        "{p} super premium harga grosir, gratis ongkir.",
    ],
    ("adult", "ms"): [
        "Tonton {p} percuma, video baharu setiap hari.",
    ],
    ("pharma", "ms"): [
        "Beli {p} tanpa preskripsi, penghantaran pantas dan rahsia.",
    ],
    ("gambling", "ms"): [
        "Daftar {p} sekarang dan dapat bonus 100% untuk deposit pertama.",
    ],
    ("replica", "vi"): [
        "Chuyên {p} loại 1 giống chính hãng 99%, ship COD toàn quốc.",
        "{p} giá sỉ tận xưởng, bao đổi trả trong 7 ngày.",
    ],
    ("scam", "vi"): [
        "{p} giải ngân trong 15 phút, không cần thế chấp, chỉ cần CCCD.",
        "Kiếm 2 triệu mỗi ngày với {p}, làm tại nhà, liên hệ Zalo.",
    ],
    ("gambling", "vi"): [
        "Tham gia {p} ngay hôm nay, nạp đầu tặng 100%, rút tiền siêu tốc.",
    ],
    ("adult", "vi"): [
        "Xem {p} miễn phí chất lượng cao, cập nhật mỗi ngày.",
    ],
    ("replica", "th"): [
        "{p} งานเกรดพรีเมียม เหมือนแท้ทุกจุด ส่งฟรีทั่วประเทศ",
    ],
    ("pharma", "th"): [
        "จำหน่าย{p}ของแท้ ไม่ต้องใช้ใบสั่งแพทย์ ส่งด่วนเก็บเงินปลายทาง",
    ],
    ("gambling", "th"): [
        "{p} เว็บตรงแตกง่าย สมัครวันนี้รับเครดิตฟรี ถอนได้ไม่อั้น",
    ],
    ("scam", "th"): [
        "{p} อนุมัติไว ไม่เช็คบูโร รับเงินภายใน 10 นาที",
    ],
    ("adult", "ru"): [
        "Смотреть {p} бесплатно в хорошем качестве без регистрации.",
        "Реальные девушки твоего города: {p}, пиши прямо сейчас.",
    ],
    ("pharma", "ru"): [
        "Купить {p} без рецепта с доставкой по всей России, анонимно.",
        "{p} по самой низкой цене, оплата при получении.",
    ],
    ("scam", "ru"): [
        "{p}: займ на карту за 5 минут без проверок и отказов.",
    ],
    ("pharma", "es"): [
        "{p} al mejor precio, sin receta médica y con envío urgente.",
        "Consigue {p} original, pago contra reembolso y paquete discreto.",
    ],
    ("replica", "es"): [
        "Tienda de {p} de primera calidad, envío gratis y pago seguro.",
    ],
    ("gambling", "es"): [
        "Regístrate en {p} y recibe un bono de 200 euros y giros gratis hoy mismo.",
    ],
    ("adult", "es"): [
        "Mira {p} gratis en HD, nuevos vídeos cada día sin registro.",
    ],
    ("scam", "pt"): [
        "Peça já seu {p}: liberação no mesmo dia, sem burocracia e sem fiador.",
        "Precisando de dinheiro? {p} com parcelas que cabem no bolso, chama no WhatsApp.",
        "Fature R$ 10 mil por mês com {p}, método comprovado, vagas limitadas.",
    ],
    ("replica", "pt"): [
        "{p} primeira linha com o melhor preço, enviamos para todo o Brasil.",
        "Atacado de {p}, qualidade idêntica ao original, pague no Pix.",
    ],
    ("gambling", "pt"): [
        "Cadastre-se no {p} e ganhe R$ 50 de bônus, saque instantâneo no Pix.",
    ],
    ("gambling", "de"): [
        "Jetzt bei {p} anmelden und 50 Freispiele ohne Einzahlung erhalten.",
        "{p} mit schneller Auszahlung und deutschem Support, rund um die Uhr.",
    ],
    ("scam", "de"): [
        "{p} sofort aufs Konto, ohne Schufa und ohne Papierkram.",
        "Verdiene mit {p} 500 Euro am Tag, jetzt kostenlos registrieren.",
    ],
    ("pharma", "de"): [
        "{p} günstig kaufen, Lieferung in 48 Stunden, keine Rezeptpflicht.",
    ],
    ("replica", "fr"): [
        "{p} de qualité supérieure, identique à l'original, livraison offerte.",
        "Boutique de {p} à prix d'usine, paiement à la livraison.",
    ],
    ("gambling", "fr"): [
        "Inscrivez-vous sur {p} et doublez votre premier dépôt, retraits en 24h.",
        "{p} : le meilleur casino en ligne, bonus exclusif de bienvenue.",
    ],
    ("scam", "fr"): [
        "{p} accordé en 24h sans justificatif, même fiché à la Banque de France.",
        "Gagnez de l'argent facilement avec {p}, méthode garantie.",
    ],
    ("pharma", "fr"): [
        "{p} au meilleur prix, sans ordonnance, colis discret.",
    ],
}
