"""Legitimate text that shares looks or vocabulary with spam, written for spamguard.

Two kinds, both labelled clean in training:
- boilerplate: navigation menus, footers with copyright and ICP licence lines, cookie notices,
  share bars, bylines, language selectors: pipe-separated, short, repetitive, yet not spam;
- hard negatives: gambling-regulation news, medical text on sildenafil, sex education, lottery
  results, dating-safety advice, product catalogues, in several languages.

Each template has an id; the corpus splits templates into train/dev/test by id.
"""

from __future__ import annotations

import random

from .hard_wide import CHINESE_LEGAL_LINES, HARD_HEADLINES, HARD_LOAN_NEWS, HARD_OFFER_NEWS, HARD_REPORTING, HARD_WIDE

NAV = {
    "en": "Home|News|World|Business|Sport|Opinion|Culture|Contact|About us|Login|Subscribe|Search|Menu|Blog|Shop|Events|Careers|Help|Privacy policy|Terms of use|Sitemap|Weather|Video|Podcasts|Products|Services|Jobs|FAQ|My account|Cart|Downloads|Admissions|Departments|Student life|Latest news",
    "de": "Startseite|Nachrichten|Politik|Wirtschaft|Sport|Kultur|Kontakt|Impressum|Datenschutz|Anmelden|Suche|Über uns|Produkte|Leistungen|Karriere|Häufige Fragen|Mein Konto|Warenkorb|Termine|Downloads|Aktuelles",
    "fr": "Accueil|Actualités|Politique|Économie|Sport|Culture|Contact|Mentions légales|Connexion|Recherche|À propos|Produits|Services|Recrutement|FAQ|Mon compte|Panier|Agenda|Téléchargements|Dernières nouvelles",
    "es": "Inicio|Noticias|Nacional|Economía|Deportes|Cultura|Contacto|Aviso legal|Privacidad|Buscar|Quiénes somos|Productos|Servicios|Trabaja con nosotros|Preguntas frecuentes|Mi cuenta|Carrito|Agenda|Descargas|Últimas noticias",
    "pt": "Início|Notícias|Política|Economia|Esportes|Cultura|Contato|Privacidade|Buscar|Quem somos|Produtos|Serviços|Trabalhe conosco|Perguntas frequentes|Minha conta|Carrinho|Agenda|Downloads|Últimas notícias",
    "it": "Home|Notizie|Politica|Economia|Sport|Cultura|Contatti|Privacy|Cerca|Chi siamo",
    "ru": "Главная|Новости|Политика|Экономика|Спорт|Культура|Контакты|О нас|Поиск|Войти|Каталог|Доставка|Оплата|Вакансии|Отзывы|Вопросы и ответы|Корзина|Документы|Расписание|Последние новости",
    "zh": "首页|新闻|财经|科技|体育|娱乐|汽车|房产|教育|健康|关于我们|联系我们|网站地图|广告服务|隐私政策|图片|视频|美食|旅游|博客|相册|个人资料|留言板|下载|登录|注册|搜索|更多|直播|社区|论坛|时尚|游戏|音乐|电影|最新动态|新闻动态|通知公告|学校概况|学院简介|招生信息|产品中心|解决方案|服务支持|人才招聘|在线留言|企业文化|办事指南|最新消息",
    "zh-hant": "首頁|新聞|財經|科技|體育|娛樂|生活|關於我們|聯絡我們|隱私權政策|圖片|影音|美食|旅遊|部落格|相簿|個人資料|留言板|下載|登入|註冊|搜尋|更多|直播|論壇|時尚|遊戲|音樂|電影|最新消息|公告事項|學校簡介|招生資訊|活動花絮|產品介紹|服務項目|常見問題|人才招募|會員專區|購物車|聯絡資訊|最新公告",
    "ja": "ホーム|ニュース|政治|経済|スポーツ|エンタメ|お問い合わせ|会社概要|プライバシーポリシー|サイトマップ|ログイン|写真|写真館|フォトギャラリー|動画|画像|プロフィール|旅行記|ブログ|日記|カテゴリー|アーカイブ|検索|トップ|レシピ|お知らせ|イベント|アクセス|グルメ|趣味|会員登録|マイページ|ランキング|コメント|リンク|過去の記事|企業情報|事業内容|製品情報|採用情報|よくある質問|店舗情報|商品一覧|カート|新着情報|学校案内|入試情報|最新情報",
    "ko": "홈|뉴스|정치|경제|스포츠|연예|문의하기|회사소개|개인정보처리방침|로그인|사진|동영상|여행|블로그|프로필|갤러리|회원가입|검색|공지사항|커뮤니티|게시판|이벤트|맛집|학교소개|입학안내|자료실|오시는 길|제품소개|고객센터|채용정보|자주 묻는 질문|장바구니|새소식|최신 소식",
    "id": "Beranda|Berita|Profil|Fakultas|Penelitian|Pengumuman|Kontak|Tentang Kami|Akademik|Layanan|Galeri|Produk|Layanan Kami|Karier|Hubungi Kami|Berita Terkini|Visi dan Misi|Unduhan|Agenda",
    "vi": "Trang chủ|Tin tức|Thời sự|Kinh tế|Thể thao|Giải trí|Liên hệ|Giới thiệu|Sản phẩm|Dịch vụ|Tuyển dụng|Giỏ hàng|Đăng nhập|Đăng ký|Hỏi đáp|Tài liệu|Đánh giá|Tin mới nhất",
    "th": "หน้าแรก|ข่าว|การเมือง|เศรษฐกิจ|กีฬา|บันเทิง|ติดต่อเรา|เกี่ยวกับเรา|ผลิตภัณฑ์|บริการ|ร่วมงานกับเรา|ข่าวประชาสัมพันธ์|คำถามที่พบบ่อย|กิจกรรม|ดาวน์โหลด|เข้าสู่ระบบ|สมัครสมาชิก|ตะกร้าสินค้า",
    "ar": "الرئيسية|أخبار|سياسة|اقتصاد|رياضة|ثقافة|اتصل بنا|من نحن",
    "tr": "Anasayfa|Haberler|Ekonomi|Spor|Kültür|İletişim|Hakkımızda|Ürünler|Hizmetler|Kariyer|Duyurular|Sıkça Sorulan Sorular|Sepetim|Giriş Yap|Üye Ol",
    "pl": "Strona główna|Wiadomości|Polityka|Sport|Kultura|Kontakt|O nas",
    "ms": "Utama|Berita|Pengumuman|Hubungi Kami|Tentang Kami|Perkhidmatan|Muat Turun|Soalan Lazim|Galeri|Kerjaya",
}

# Menus of sites whose own words are spam's words: a bank's ("Pinjaman|Kartu Kredit" read 0.91
# scam as a line), a pharmacy's, a hotel's and spa's. Drawn from a random stream of their own.
SECTOR_NAV = {
    "en": ["Personal|Business|Loans|Mortgages|Credit cards|Savings|Insurance|Help", "Prescriptions|Medicines|Vitamins|Health advice|Find a pharmacy|Offers",
           "Rooms|Dining|Spa|Massage|Offers|Gallery|Book now"],
    "de": ["Privatkunden|Firmenkunden|Kredite|Baufinanzierung|Kreditkarten|Sparen|Versicherungen", "Medikamente|Rezept einlösen|Vitamine|Gesundheit|Apothekenfinder|Angebote",
           "Zimmer|Restaurant|Wellness|Massagen|Angebote|Buchen"],
    "fr": ["Particuliers|Professionnels|Crédits|Prêt immobilier|Cartes bancaires|Épargne|Assurances", "Médicaments|Ordonnance|Vitamines|Conseils santé|Nos pharmacies|Promotions",
           "Chambres|Restaurant|Spa|Massages|Offres|Réserver"],
    "es": ["Particulares|Empresas|Préstamos|Hipotecas|Tarjetas|Ahorro|Seguros", "Medicamentos|Receta|Vitaminas|Consejos de salud|Nuestras farmacias|Ofertas",
           "Habitaciones|Restaurante|Spa|Masajes|Ofertas|Reservar"],
    "pt": ["Para você|Empresas|Empréstimos|Financiamento|Cartões|Poupança|Seguros", "Medicamentos|Receitas|Vitaminas|Saúde|Nossas lojas|Ofertas",
           "Quartos|Restaurante|Spa|Massagens|Promoções|Reservar"],
    "ru": ["Частным лицам|Бизнесу|Кредиты|Ипотека|Карты|Вклады|Страхование", "Лекарства|Витамины|Рецепт|Здоровье|Адреса аптек|Акции",
           "Номера|Ресторан|СПА|Массаж|Спецпредложения|Бронирование"],
    "zh": ["个人业务|公司业务|贷款|信用卡|理财|存款|保险|网上银行", "药品|处方药|保健品|健康咨询|门店查询|优惠活动",
           "客房|餐饮|水疗|按摩|优惠|在线预订"],
    "zh-hant": ["個人金融|企業金融|貸款|信用卡|理財|存款|保險|網路銀行", "藥品|處方箋|保健食品|健康資訊|門市查詢|優惠活動",
                "客房|餐飲|SPA|按摩|優惠專案|線上訂房"],
    "ja": ["個人のお客さま|法人のお客さま|ローン|住宅ローン|クレジットカード|預金|保険", "医薬品|処方せん|サプリメント|健康相談|店舗検索|キャンペーン",
           "客室|お食事|スパ|マッサージ|宿泊プラン|ご予約"],
    "ko": ["개인|기업|대출|주택담보대출|카드|예금|보험|인터넷뱅킹", "의약품|처방전|건강기능식품|건강정보|매장찾기|이벤트",
           "객실|다이닝|스파|마사지|패키지|예약하기"],
    "id": ["Personal|Bisnis|Pinjaman|KPR|Kartu Kredit|Tabungan|Asuransi|Bantuan", "Obat|Resep Dokter|Vitamin|Info Kesehatan|Lokasi Apotek|Promo",
           "Kamar|Restoran|Spa|Pijat|Promo|Pesan Sekarang"],
    "ms": ["Peribadi|Perniagaan|Pinjaman|Pinjaman Perumahan|Kad Kredit|Simpanan|Insurans", "Ubat-ubatan|Preskripsi|Vitamin|Info Kesihatan|Lokasi Farmasi|Promosi",
           "Bilik|Restoran|Spa|Urutan|Promosi|Tempah"],
    "vi": ["Cá nhân|Doanh nghiệp|Vay|Vay mua nhà|Thẻ tín dụng|Tiết kiệm|Bảo hiểm", "Thuốc|Đơn thuốc|Thực phẩm chức năng|Góc sức khỏe|Hệ thống nhà thuốc|Khuyến mãi",
           "Phòng nghỉ|Nhà hàng|Spa|Massage|Ưu đãi|Đặt phòng"],
    "th": ["บุคคล|ธุรกิจ|สินเชื่อ|สินเชื่อบ้าน|บัตรเครดิต|เงินฝาก|ประกัน", "ยา|ใบสั่งยา|วิตามิน|สาระสุขภาพ|สาขาร้านยา|โปรโมชั่น",
           "ห้องพัก|ห้องอาหาร|สปา|นวด|โปรโมชั่น|จองห้องพัก"],
    "tr": ["Bireysel|Kurumsal|Krediler|Konut kredisi|Kredi kartları|Mevduat|Sigorta", "İlaçlar|Reçete|Vitaminler|Sağlık|Eczanelerimiz|Kampanyalar",
           "Odalar|Restoran|Spa|Masaj|Kampanyalar|Rezervasyon"],
}

FOOTERS = [
    "Copyright © {year} {site}. All rights reserved.",
    "© {year} {site} | Privacy | Terms | Cookies",
    "版权所有 © {year} {site} 京ICP备{num}号-1 京公网安备{num}号",
    "Copyright © {year} {site} 粤ICP备{num}号 增值电信业务经营许可证",
    "Copyright © {year} {site} All Rights Reserved. 無断転載を禁じます。",
    "© {year} {site}. Todos los derechos reservados.",
    "© {year} {site}. Все права защищены.",
    "Hak Cipta © {year} {site}. Seluruh hak cipta dilindungi.",
    "© {year} {site} — Tous droits réservés — Mentions légales",
    "Powered by WordPress | Theme by {site}",
    "Registered in England and Wales, company number {num}. VAT {num}.",
    "© {year} {site}. 版權所有，不得轉載。",
]

OTHER_BOILERPLATE = [
    "We use cookies to improve your experience. By continuing to browse you agree to our use of cookies.",
    "Share on Facebook | Share on Twitter | Email | Print",
    "By {name} | {date} | {num} comments",
    "Posted on {date} by {name}",
    "Related articles",
    "Read more",
    "Leave a comment",
    "Subscribe to our newsletter",
    "本网站使用Cookie以改善您的体验。",
    "分享到：微信 | 微博 | QQ空间",
    "責任編輯：{name}",
    "来源：新华社 作者：{name} 发布时间：{date}",
    "記事を共有する | ツイート | いいね",
    "Поделиться: ВКонтакте | Telegram | Одноклассники",
    "Bagikan: Facebook | Twitter | WhatsApp",
    "Tags: {tag}, {tag}, {tag}",
    "Previous article | Next article",
    "Page 1 of {num} | Next »",
    "Tel: +{num} | Fax: +{num} | Email: info@{domain}",
    "Follow us on Instagram and YouTube",
]

# Circles and squares as placeholders and bullets in Korean, Japanese and Chinese documents
# ("○○구", "○○中学校", "□ 일시"): the Japanese adult vocabulary hides its words with the same
# marks (パ○パ○), and without these the model read a church's "주소: 서울시 ○○구 ○○로 12" as adult.
PLACEHOLDER_LINES = [
    "주소: 서울시 ○○구 ○○로 {n}",
    "○○중학교 학부모님께 드리는 안내문",
    "○ 일시: {n}월 {n}일 오후 {n}시",
    "○ 장소: 본관 {n}층 대강당",
    "□ 신청 기간: {n}월 {n}일까지",
    "담당자: ○○○ 주무관 (전화 {num})",
    "○○市○○町{n}丁目{n}番地",
    "○○小学校の保護者の皆様へ",
    "○ 日時：{n}月{n}日（土）午前{n}時から",
    "○ 会場：市民会館 大ホール",
    "申込書には○○様と記入してください。",
    "□ 参加費：無料",
    "○○省○○市人民政府办公室关于做好{n}年春节假期安排的通知",
    "○ 时间：{n}月{n}日上午{n}时",
    "○ 地点：学校报告厅",
    "联系人：○○○，电话：{num}",
    "○○國民小學{n}學年度招生簡章",
    "○ 報名日期：{n}月{n}日起",
]

LANGUAGE_SELECTORS = [
    "English | Español | Français | Deutsch | 中文 | 日本語 | 한국어 | Русский | العربية | Português",
    "Language: English · 简体中文 · 繁體中文 · 日本語 · Русский",
    "EN | DE | FR | ES | IT | 中文 | 日本語",
    "简体中文 | 繁體中文 | English | 日本語 | 한국어",
    "Deutsch English Français Italiano Español 日本語 中文 Русский",
    "Select language: English, Bahasa Indonesia, 中文, 한국어, ไทย, Tiếng Việt",
]

# Hard negatives: legitimate sentences in spam territory, per topic and language.
HARD_NEGATIVES: dict[str, list[str]] = {
    "gambling_news": [
        "The gambling regulator published new rules that limit how online casinos can advertise bonuses.",
        "Problem gambling among young adults has risen since slot games became available on phones.",
        "The state lottery reported record ticket sales, and part of the revenue funds local schools.",
        "Lawmakers debated whether sports betting adverts should be banned during live broadcasts.",
        "The casino resort employs about three thousand people and pays a gaming tax to the city.",
        "If gambling is affecting your life, free and confidential help is available from the national helpline.",
        "政府宣布加强对网络赌博的打击力度，多个非法博彩网站被依法关闭。",
        "澳门博彩业上月收入同比增长，旅游业持续复苏。",
        "专家提醒，沉迷网络赌博会给家庭带来严重后果，遇到诈骗应及时报警。",
        "オンラインカジノは日本国内では違法であり、利用者も処罰の対象になると警察庁が注意を呼びかけた。",
        "Pemerintah memblokir ribuan situs judi online dan meminta masyarakat melaporkan promosi judi.",
        "Polisi menangkap bandar judi online yang mempromosikan situs slot melalui media sosial.",
        "Власти ужесточили требования к рекламе букмекерских контор и онлайн-казино.",
        "El Gobierno aprobó una ley que limita la publicidad de las casas de apuestas en horario infantil.",
        "O governo regulamentou as apostas esportivas e criou regras para a publicidade das casas de apostas.",
        "정부는 불법 도박 사이트 단속을 강화하고 스포츠토토 합법 구매를 안내했다.",
        "Chính phủ siết chặt quản lý hoạt động cá cược trực tuyến bất hợp pháp.",
    ],
    "medical": [
        "Sildenafil is a medicine used to treat erectile dysfunction and pulmonary arterial hypertension.",
        "Common side effects of sildenafil include headache, flushing and indigestion.",
        "Do not take sildenafil with nitrates, because the combination can lower blood pressure dangerously.",
        "Tramadol is an opioid pain medicine; it should only be taken as prescribed by a doctor.",
        "Only buy medicines from a registered pharmacy; medicines sold online without a prescription may be fake.",
        "Your doctor may adjust the dose of the medicine depending on how well you tolerate it.",
        "西地那非是一种用于治疗勃起功能障碍和肺动脉高压的药物，应在医生指导下使用。",
        "服用处方药前请咨询医生或药师，不要从非正规渠道购买药品。",
        "バイアグラ（シルデナフィル）は医師の処方が必要な医薬品です。個人輸入には偽造品の危険があります。",
        "Sildenafil adalah obat untuk disfungsi ereksi yang harus digunakan sesuai resep dokter.",
        "Силденафил применяется для лечения эректильной дисфункции только по назначению врача.",
        "El sildenafilo es un medicamento para la disfunción eréctil que requiere receta médica.",
    ],
    "sex_education": [
        "Sex education at school covers contraception, sexually transmitted infections and consent.",
        "Consent means agreeing to sexual activity freely, and anyone can change their mind at any time.",
        "Pornography often shows sex in ways that are not realistic, and it does not show consent.",
        "A sexual health clinic can give confidential advice about contraception and testing.",
        "性教育应当包括生理知识、自我保护和尊重他人等内容。",
        "思春期の性教育では、避妊や性感染症の予防について正しい知識を学ぶことが大切です。",
        "Pendidikan seks membantu remaja memahami kesehatan reproduksi dan persetujuan.",
        "Половое воспитание помогает подросткам понять вопросы здоровья и согласия.",
    ],
    "lottery_results": [
        "Winning numbers: {n}, {n}, {n}, {n}, {n}, {n}. Bonus ball: {n}.",
        "There was no jackpot winner this week, so the jackpot rolls over to Wednesday's draw.",
        "Prizes must be claimed within 180 days of the draw. Players must be 18 or over.",
        "本期双色球开奖号码：红球 {n} {n} {n} {n} {n} {n}，蓝球 {n}。",
        "第{n}回ロト6の当選番号は {n} {n} {n} {n} {n} {n} です。",
    ],
    "dating_safety": [
        "When meeting someone from a dating app, choose a public place and tell a friend where you are going.",
        "Never send money to someone you have only met online, however convincing their story is.",
        "Romance scams often start on dating sites and move quickly to private messaging apps.",
        "网络交友要提高警惕，不要向未见过面的网友转账。",
        "マッチングアプリで知り合った相手に送金を求められたら、詐欺を疑いましょう。",
    ],
    "catalogue": [
        "Stainless steel watch, 40 mm case, sapphire crystal, water resistant to 100 m.",
        "Leather handbag with adjustable strap, available in black, brown and tan.",
        "Running shoes with breathable mesh upper and cushioned sole. Sizes 36 to 46.",
        "Free delivery on orders over 50 euros. Returns accepted within 30 days.",
        "Add to cart | Add to wishlist | Compare",
        "男士机械手表 不锈钢表壳 蓝宝石镜面 防水100米 全国联保",
        "本革ショルダーバッグ 送料無料 30日間返品保証",
        "Tas kulit wanita tersedia dalam warna hitam dan coklat. Gratis ongkir ke seluruh Indonesia.",
    ],
    "shopping_news": [
        "Consumer groups warn that cheap replica watches sold online often break within weeks.",
        "Customs officers seized thousands of fake designer handbags at the port last year.",
        "The brand's outlet store sells last season's shoes at lower prices.",
        "海关查获一批假冒名牌手表和箱包，涉案金额巨大。",
        "偽ブランド品の輸入は法律で禁止されています。",
        "Polisi menyita ribuan tas bermerek palsu dari sebuah gudang.",
    ],
    "online_safety": [
        "Never share your password, and be wary of messages that promise quick money.",
        "Scammers often pose as banks and ask for card details by text message.",
        "Report suspicious adverts for payday loans to the financial regulator.",
        "Parents can block adult websites with the router's content filter.",
        "Search engines remove pages that contain hidden keyword spam from their results.",
        "网络诈骗常以刷单返利为诱饵，请不要轻信。",
        "不審なサイトで個人情報を入力しないでください。",
        "Waspadai penipuan pinjaman online yang menawarkan dana cepat tanpa syarat.",
        "Мошенники предлагают быстрые займы без проверки, чтобы выманить данные карты.",
    ],
    "finance_news": [
        "The central bank kept interest rates unchanged and said inflation was slowing.",
        "Bitcoin fell by eight percent on Tuesday after regulators announced an investigation into two exchanges.",
        "Consumers with bad credit often pay much higher interest on personal loans, the report found.",
        "The company offers students loans for laptops with no interest for the first year.",
        "央行宣布下调贷款市场报价利率，以支持实体经济发展。",
        "金融庁は暗号資産の投資詐欺に注意するよう呼びかけている。",
    ],
    "education": [
        "Students must submit the essay by Friday; late work will not be accepted.",
        "The library runs free workshops on referencing, note-taking and essay planning.",
        "Our tutors give feedback on drafts but do not write assignments for students.",
        "Plagiarism, including buying essays online, can lead to expulsion from the university.",
        "The course is assessed by two essays, a research paper and a final exam.",
        "Teachers say homework helps pupils practise what they learned in class.",
        "Graduate students can get help with thesis structure from the academic skills office.",
        "The essay competition is open to secondary school students across the region.",
        "Write a 500-word essay on the causes of the First World War.",
        "Students learn to plan, draft and revise their academic writing in the first semester.",
        "Die Hausarbeit muss bis Ende des Semesters im Sekretariat abgegeben werden.",
        "Los estudiantes deben entregar el ensayo final antes del 15 de junio.",
        "论文写作课程帮助学生掌握学术规范和引用格式。",
        "レポートの提出期限は金曜日です。剽窃は厳しく処分されます。",
        "Mahasiswa wajib mengumpulkan makalah paling lambat hari Jumat.",
        "The writing centre helps students plan essays and improve their academic writing.",
        "Homework should take no more than an hour a night for pupils in this year group.",
        "The dissertation must be between 10,000 and 12,000 words, including references.",
    ],
}


CALLS_TO_ACTION = [
    "Buy Now", "Add to cart", "Shop now", "Sign up", "Learn more", "Free shipping", "Subscribe now",
    "Download", "Book now", "Get started", "Read more", "Order online", "Apply now", "Watch video",
    "Cornerback", "Quarterback", "Goalkeeper", "Midfielder", "Best Bet", "Money", "Sex and the City",
    "立即购买", "加入购物车", "今すぐ購入", "カートに入れる", "Beli Sekarang", "Купить", "Comprar ahora",
]
CLEAN_TLDS = ["com", "org", "gov", "edu", "de", "fr", "co.uk", "com.br", "ac.id", "go.id", "jp", "kr", "ru", "es", "it", "nl", "gov.uk", "edu.au", "cn", "com.cn"]


def clean_url_line(words: list[str], rng: random.Random) -> str:
    """A legitimate URL, e-mail address or credit line made from ordinary words."""
    w = [x for x in rng.sample(words, 3)]
    host = f"{rng.choice(['www.', '', 'news.', 'blog.'])}{w[0]}{rng.choice(['', '-' + w[1]])}.{rng.choice(CLEAN_TLDS)}"
    kind = rng.random()
    if kind < 0.3:
        return host
    if kind < 0.5:
        return f"https://{host}/{w[1]}/{rng.randint(2010, 2026)}/{w[2]}.html"
    if kind < 0.7:
        return f"{w[1]}.{w[2]}@{host.removeprefix('www.')}"
    if kind < 0.85:
        return f"Photo: {w[0].title()} {w[1].title()} / {host}"
    return f"Source: {host}, {rng.randint(1, 28)} {rng.choice(['March', 'May', 'June', 'October'])} {rng.randint(2015, 2026)}"


def number_table_line(words: list[str], rng: random.Random) -> str:
    """A row of a results, standings, timetable or price table."""
    kind = rng.random()
    if kind < 0.4:
        name = " ".join(x.title() for x in rng.sample(words, 2))
        return f"{rng.randint(1, 40)} {name} {rng.randint(0, 3000)} " + " ".join(str(rng.randint(0, 12)) for _ in range(rng.randint(2, 5)))
    if kind < 0.6:
        return " ".join(f"{rng.randint(0, 23):02d}:{rng.choice(['00', '15', '30', '45'])}" for _ in range(rng.randint(3, 8)))
    if kind < 0.8:
        return f"{rng.choice(words).title()} {rng.randint(1, 999)}.{rng.randint(0, 99):02d} {rng.choice(['+', '-'])}{rng.randint(0, 9)}.{rng.randint(0, 99):02d}%"
    return f"Tel. {rng.randint(100, 999)} {rng.randint(100, 999)} {rng.randint(1000, 9999)} | {rng.randint(1, 200)} {rng.choice(words).title()} Street"


_FOODS = ["lettuce", "cherry tomatoes", "cucumber slices", "cooked chicken", "white beans", "feta", "olive oil",
          "balsamic vinegar", "grapes", "flour", "sugar", "butter", "milk", "rice", "oats", "walnuts", "honey",
          "spinach", "carrots", "onion", "garlic", "yogurt", "lentils", "salmon", "tofu", "brown rice"]
_UNITS = ["cup", "cups", "tsp.", "Tbsp.", "oz.", "g", "ml", "lb", "slices", "cloves", "pinch of"]
_AMOUNTS = ["½", "¼", "¾", "⅓", "1", "2", "1½", "1/2", "1/4", "3/4", "100", "250", "4"]


def number_heavy_line(words: list[str], rng: random.Random) -> str:
    """Lines of real articles that are mostly numbers: ingredient lists, nutrition facts, league
    tables, race results, box scores, election counts. Collapsed digits make them look like
    lottery predictions to the classifier, so it has to see many of them as clean."""
    kind = rng.random()
    if kind < 0.3:
        items = ", ".join(f"{rng.choice(_AMOUNTS)} {rng.choice(_UNITS)} {rng.choice(_FOODS)}" for _ in range(rng.randint(3, 9)))
        title = " ".join(x.title() for x in rng.sample(words, 2))
        return rng.choice([f"{title} ({items})", items, f"{title}: {items}"])
    if kind < 0.45:
        return (f"Calories {rng.randint(80, 900)} | Fat {rng.randint(0, 40)}g | Carbs {rng.randint(0, 90)}g | "
                f"Protein {rng.randint(0, 60)}g | Sodium {rng.randint(0, 1500)}mg")
    if kind < 0.7:
        name = " ".join(x.title() for x in rng.sample(words, rng.randint(1, 2)))
        played = rng.randint(10, 38)
        w, d = rng.randint(0, played), rng.randint(0, 10)
        return rng.choice([
            f"{rng.randint(1, 20)}. {name} {played} {w} {d} {max(0, played - w - d)} {rng.randint(10, 90)}:{rng.randint(10, 90)} {3 * w + d}",
            f"{rng.randint(1, 43)} {name} " + " ".join(str(rng.randint(0, 5)) for _ in range(5)),
            f"{name} {rng.randint(0, 7)} {rng.randint(0, 7)} {rng.randint(0, 7)} - {rng.randint(0, 12)} {rng.randint(0, 15)} {rng.randint(0, 3)}",
        ])
    if kind < 0.85:
        return f"{' '.join(x.title() for x in rng.sample(words, 2))} {rng.randint(1000, 900000):,} {rng.randint(1, 70)}.{rng.randint(0, 9)}%"
    return " ".join(f"{rng.randint(1, 99)}" for _ in range(rng.randint(4, 10)))


def fill(template: str, rng: random.Random) -> str:
    """Fill the slots of a boilerplate template with plausible values."""
    sites = ["Riverside Courier", "Northwind Ltd", "科技日报网", "Valley Times", "Kyoto Photo Blog", "Diario Local", "Universitas Nusantara"]
    names = ["Maria Lopez", "David Chen", "王明", "佐藤花子", "Budi Santoso", "Ирина Петрова", "Ana Souza"]
    out = template
    while "{" in out:
        out = (
            out.replace("{year}", str(rng.randint(1998, 2026)), 1)
            .replace("{site}", rng.choice(sites), 1)
            .replace("{num}", str(rng.randint(10000, 99999999)), 1)
            .replace("{name}", rng.choice(names), 1)
            .replace("{date}", f"{rng.randint(2015, 2026)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}", 1)
            .replace("{tag}", rng.choice(["politics", "travel", "food", "science", "health", "sport"]), 1)
            .replace("{domain}", rng.choice(["example.com", "northwind.co.uk", "valleytimes.org"]), 1)
            .replace("{n}", str(rng.randint(1, 49)), 1)
        )
    return out


def nav_line(lang: str, rng: random.Random) -> str:
    items = NAV[lang].split("|")
    k = rng.randint(3, min(9, len(items)))
    sep = rng.choice([" | ", " | ", " · ", " • ", "  ", " / ", "｜", "\t"])
    return sep.join(rng.sample(items, k))


def boilerplate_examples(rng: random.Random) -> list[tuple[str, str]]:
    """(template id, text) pairs of clean boilerplate."""
    out: list[tuple[str, str]] = []
    for lang in NAV:
        for _ in range(60):
            out.append((f"nav:{lang}:{rng.randint(0, 2)}", nav_line(lang, rng)))
        # a menu item is often a block of its own ("写真" between separators): teach it alone too
        for i, item in enumerate(NAV[lang].split("|")):
            out.extend((f"nav-item:{lang}:{i % 3}", item) for _ in range(3))
    for i, t in enumerate(FOOTERS):
        out.extend((f"footer:{i}", fill(t, rng)) for _ in range(30))
    for i, t in enumerate(OTHER_BOILERPLATE + CHINESE_LEGAL_LINES):
        out.extend((f"other:{i}", fill(t, rng)) for _ in range(15))
    for i, t in enumerate(LANGUAGE_SELECTORS):
        out.extend((f"selector:{i}", t) for _ in range(20))
    return out


def sector_nav_examples(rng: random.Random) -> list[tuple[str, str]]:
    """(template id, text) pairs of ``SECTOR_NAV``: 20 menus of each, and each item alone."""
    out: list[tuple[str, str]] = []
    for lang, menus in SECTOR_NAV.items():
        for m, menu in enumerate(menus):
            items = menu.split("|")
            for _ in range(20):
                sep = rng.choice([" | ", " · ", " • ", "  ", " / ", "｜"])
                out.append((f"sector-nav:{lang}:{m}", sep.join(rng.sample(items, rng.randint(3, len(items))))))
            out.extend((f"sector-nav:{lang}:{m}", item) for item in items for _ in range(2))
    return out


def placeholder_examples(rng: random.Random) -> list[tuple[str, str]]:
    """(template id, text) pairs of ``PLACEHOLDER_LINES``, 15 fills each."""
    return [(f"placeholder:{i}", fill(t, rng)) for i, t in enumerate(PLACEHOLDER_LINES) for _ in range(15)]


def web_line_examples(words: list[str], rng: random.Random) -> list[tuple[str, str]]:
    """Clean URLs, tables and buttons: short lines the classifier must not mistake for link spam."""
    out: list[tuple[str, str]] = []
    for i in range(1500):
        out.append((f"url:{i % 10}", clean_url_line(words, rng)))
        out.append((f"table:{i % 10}", number_table_line(words, rng)))
        out.append((f"numbers:{i % 10}", number_heavy_line(words, rng)))
    for i, t in enumerate(CALLS_TO_ACTION):
        out.extend((f"cta:{i}", t) for _ in range(10))
    return out


def hard_negative_examples(rng: random.Random) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for topic, sentences in {**HARD_NEGATIVES, **HARD_WIDE, **HARD_REPORTING, **HARD_HEADLINES, **HARD_LOAN_NEWS,
                             **HARD_OFFER_NEWS}.items():
        for i, s in enumerate(sentences):
            out.extend((f"hard:{topic}:{i}", fill(s, rng)) for _ in range(25))
    return out
