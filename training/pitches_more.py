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
