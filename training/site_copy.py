"""The body copy of spam sites, and of the honest businesses that sell the same things.

The twenty-fourth blind check put whole spam sites in front of the detector (a Korean loan site,
a Russian pill shop, a Portuguese essay mill, an English crypto scheme, a Vietnamese betting
site) and most of their sentences read as clean one by one: "even without a job, up to 5 million
won in your account today" (0.03), a price line "Viagra 100 mg - 10 pills - 990 rub." (0.07), a
testimonial, a plan table. The corpus taught the keywords and the one-line pitch around them;
it had no sentence of a site's own voice, which names no product at all. These are those
sentences: promises, testimonials, price and plan lines, bonus terms, service descriptions, per
category, in the fourteen languages of the hidden hand-written set and Turkish.

The other half matters as much: a bank's loan product, a pharmacy's price list, a hotel review,
a university writing centre, a licensed lottery, an exchange's risk notice share the shapes
(a rate, a price in a dash-separated line, a quoted customer with a name) and must stay clean,
so each language has legitimate lines of every shape too (``LEGIT``).

Written for spamguard. A block is one sentence or two of the same category and language (a
site's paragraph); a sentence belongs to one split by its id, so dev and test sentences are
wordings the model never saw. Service lines (payment, delivery, opening hours) are not spam
copy: they are neutral, a shop's own (one is among the legitimate lines), and the page-level site
rule is what takes them on a spam site.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator

from .site_copy_themes import THEMES, THEMES_LEGIT

# language -> category -> sentences a spam site says about what it sells
SITE_COPY: dict[str, dict[str, list[str]]] = {
    "en": {
        "scam": [
            "Even with no job and a poor credit history, we can send up to $3,000 to your account today.",
            "Fill in one short form on your phone and the money arrives within the hour.",
            "\"I was turned down by three banks, they approved me in ten minutes\" - Mark T.",
            "Basic plan: invest $200 and receive 4% profit every day for 40 days.",
            "Our trading robot has not had a losing week since 2019, join 80,000 happy members.",
            "\"I paid off my mortgage in six months thanks to this platform\" - Sarah, Leeds",
            "Refer a friend and earn 15% of every deposit they make, paid instantly.",
        ],
        "gambling": [
            "New players receive a 150% match on the first deposit up to $1,500 plus 50 spins.",
            "Every loss is refunded at 10% each Monday, no wagering required.",
            "Over 3,000 slots and live dealer tables, withdrawals approved in five minutes.",
            "Tonight's boosted odds: bet $10 and win $100 if either team scores.",
        ],
        "pharma": [
            "Sildenafil 100 mg - 30 tablets - $39.90, free shipping on every order.",
            "No need to see a doctor, our online questionnaire takes two minutes.",
            "Shipped in plain unmarked packaging, nobody will know what is inside.",
            "Tadalafil 20 mg x 60 pills only $59, buy more and save more.",
        ],
        "replica": [
            "Submariner 1:1 clone with Swiss movement - $289, box and papers included.",
            "Every bag is made from the same leather as the boutique version, at a tenth of the price.",
            "Designer sneakers top grade, identical stitching, ships from our warehouse in 3 days.",
        ],
        "essay": [
            "Our writers hold master's and PhD degrees and will finish your paper before the deadline.",
            "Send us the topic and the word count, we write it from scratch and you submit it as your own.",
            "Dissertation chapters from $19 per page, every order passes Turnitin.",
        ],
    },
    "es": {
        "scam": [
            "Aunque no tengas nómina ni trabajo, te ingresamos hasta 1.000 € hoy mismo.",
            "Solo necesitas tu DNI y el móvil, la respuesta llega en diez minutos.",
            "\"Me lo habían denegado en todos los bancos y aquí me lo dieron en una hora\" - Lucía, Sevilla",
            "Plan Oro: invierte 500 € y recibe un 3% de beneficio cada día durante dos meses.",
            "Nuestro algoritmo opera por ti las 24 horas y nunca ha cerrado un mes en pérdidas.",
        ],
        "gambling": [
            "Los nuevos jugadores reciben un bono del 200% en su primer depósito hasta 500 €.",
            "Devolvemos el 15% de lo que pierdas cada semana, sin requisitos de apuesta.",
            "Cuotas mejoradas en todos los partidos de LaLiga y retiros en menos de cinco minutos.",
            "Más de 2.000 tragaperras y ruleta en vivo con crupieres reales las 24 horas.",
        ],
        "pharma": [
            "Sildenafilo 100 mg - 20 comprimidos - 29,90 €, envío gratis a toda España.",
            "Sin receta y sin visitar al médico, recibe tu pedido en 48 horas.",
            "Envío en paquete neutro y totalmente discreto, nadie sabrá lo que contiene.",
        ],
        "replica": [
            "Bolsos de primera calidad idénticos al original, con caja, factura y tarjeta.",
            "Relojes réplica AAA con maquinaria automática desde 150 €, envío en 72 horas.",
        ],
        "essay": [
            "Redactamos tu trabajo de fin de grado desde cero, sin plagio y antes de la fecha de entrega.",
            "Nuestro equipo de doctores escribe tu tesis y te la entrega lista para presentar.",
            "Trabajos universitarios desde 12 € por página, revisiones ilimitadas incluidas.",
        ],
    },
    "pt": {
        "scam": [
            "Mesmo sem emprego e com o nome sujo, liberamos até R$ 5.000 na sua conta hoje.",
            "Basta o seu CPF e um celular, a resposta sai em cinco minutos.",
            "\"Nenhum banco me aprovava, aqui o dinheiro caiu em meia hora\" - Juliana, Recife",
            "Plano Prata: aplique R$ 300 e receba 3% de rendimento todos os dias durante 60 dias.",
            "Nosso robô opera na bolsa por você e nunca fechou um mês no prejuízo.",
        ],
        "gambling": [
            "Novos jogadores ganham 100% de bônus no primeiro depósito até R$ 1.000.",
            "Saque via Pix em até cinco minutos e cashback de 10% toda segunda-feira.",
            "Odds turbinadas em todos os jogos do Brasileirão e rodadas grátis no cadastro.",
            "Mais de 1.500 jogos de slot e roleta ao vivo com crupiês brasileiros.",
        ],
        "pharma": [
            "Sildenafila 50 mg - 30 comprimidos - R$ 49,90, frete grátis para todo o Brasil.",
            "Sem receita e sem consulta, entregamos em embalagem discreta em até 3 dias.",
            "Resultado garantido já na primeira dose ou devolvemos o seu dinheiro.",
        ],
        "replica": [
            "Bolsas de grife primeira linha, idênticas às originais, com nota e certificado.",
            "Relógios réplica com máquina automática a partir de R$ 490, envio imediato.",
        ],
        "essay": [
            "Nossos mestres e doutores fazem o seu trabalho acadêmico do zero, com entrega antes do prazo.",
            "Você envia o tema e recebe a monografia completa, pronta para entregar em seu nome.",
            "Artigos científicos e relatórios de estágio a partir de R$ 25 por página, sem plágio.",
        ],
    },
    "fr": {
        "scam": [
            "Même sans emploi et fiché à la Banque de France, recevez jusqu'à 3 000 € aujourd'hui.",
            "Remplissez le formulaire depuis votre téléphone, les fonds arrivent dans l'heure.",
            "\"Toutes les banques m'avaient dit non, ici j'ai été accepté en dix minutes\" - Karim, Lyon",
            "Formule Premium : placez 1 000 € et touchez 2 % de gains chaque jour pendant 90 jours.",
            "Notre robot de trading travaille pour vous jour et nuit, sans aucun risque.",
        ],
        "gambling": [
            "Les nouveaux joueurs reçoivent 200 % sur leur premier dépôt jusqu'à 500 €.",
            "Cotes boostées sur tous les matchs de Ligue 1 et retraits en moins de dix minutes.",
            "Plus de 2 000 machines à sous et des tables en direct ouvertes jour et nuit.",
        ],
        "pharma": [
            "Sildénafil 100 mg - 16 comprimés - 34,90 €, livraison offerte dans toute la France.",
            "Sans ordonnance et sans consultation, colis neutre livré en 48 heures.",
            "Effet garanti dès la première prise ou remboursé.",
        ],
        "replica": [
            "Sacs de luxe de qualité miroir, identiques à l'original, livrés avec boîte et facture.",
            "Montres réplique à mouvement automatique à partir de 180 €, envoi rapide.",
        ],
        "essay": [
            "Nos rédacteurs diplômés rédigent votre mémoire de A à Z, sans plagiat, avant la date limite.",
            "Envoyez-nous le sujet, vous recevez un devoir complet prêt à rendre sous votre nom.",
        ],
    },
    "de": {
        "scam": [
            "Auch ohne Arbeit und mit negativer Schufa überweisen wir Ihnen heute bis zu 3.000 €.",
            "Ein kurzes Formular am Handy genügt, das Geld ist in einer Stunde auf Ihrem Konto.",
            "\"Alle Banken haben abgelehnt, hier war ich in zehn Minuten genehmigt\" - Thomas K.",
            "Paket Gold: Sie legen 500 € an und erhalten 4 % Gewinn pro Tag für 30 Tage.",
            "Unser Handelsroboter arbeitet rund um die Uhr und hat noch nie einen Verlustmonat gehabt.",
        ],
        "gambling": [
            "Neue Spieler erhalten 150 % auf die erste Einzahlung bis 300 € und 100 Freispiele.",
            "Jede Woche 10 % Cashback auf Verluste und Auszahlungen in fünf Minuten.",
            "Über 2.000 Spielautomaten und Live-Roulette ohne Limit und ohne Wartezeit.",
        ],
        "pharma": [
            "Sildenafil 100 mg - 24 Tabletten - 39,90 €, versandkostenfrei in ganz Deutschland.",
            "Ohne Rezept und ohne Arztbesuch, diskret verpackt in 48 Stunden bei Ihnen.",
            "Wirkung garantiert ab der ersten Einnahme, sonst Geld zurück.",
        ],
        "replica": [
            "Luxusuhren als 1:1 Replik mit Automatikwerk ab 190 €, inklusive Box und Papieren.",
            "Designertaschen in Spiegelqualität, vom Original nicht zu unterscheiden.",
        ],
        "essay": [
            "Unsere Akademiker schreiben Ihre Bachelorarbeit komplett neu, plagiatfrei und pünktlich.",
            "Sie schicken uns das Thema und geben die fertige Hausarbeit unter Ihrem Namen ab.",
        ],
    },
    "ru": {
        "scam": [
            "Даже без работы и с плохой историей переведём до 50 000 рублей на карту сегодня.",
            "Заполните короткую анкету с телефона, деньги придут в течение часа.",
            "\"Везде отказывали, а здесь одобрили за десять минут\" - Ирина, Казань",
            "Тариф Старт: вложите 10 000 рублей и получайте 3% прибыли каждый день.",
            "Наш торговый робот зарабатывает за вас круглосуточно, без риска потерь.",
        ],
        "gambling": [
            "Новые игроки получают 200% на первый депозит до 50 000 рублей и 100 фриспинов.",
            "Кэшбэк 10% каждую неделю и вывод выигрыша на карту за пять минут.",
            "Лучшие коэффициенты на футбол и хоккей, ставки в лайве без задержек.",
        ],
        "pharma": [
            "Силденафил 50 мг - 20 таблеток - 1490 руб., бесплатная доставка по России.",
            "Без рецепта и без визита к врачу, заказ придёт в неприметной упаковке.",
            "Эффект с первого приёма или вернём деньги.",
            "Тадалафил 20 мг - 30 таблеток - 2190 руб., при заказе от двух упаковок скидка 15%.",
        ],
        "replica": [
            "Копии швейцарских часов с автоматическим механизмом от 15 000 рублей, коробка и документы в комплекте.",
            "Сумки люкс качества, не отличить от оригинала, доставка по всей России.",
        ],
        "essay": [
            "Наши преподаватели напишут вашу дипломную работу с нуля, без плагиата и точно в срок.",
            "Пришлите тему, и вы получите готовую курсовую, которую можно сдать от своего имени.",
            "Рефераты от 500 рублей, оригинальность по Антиплагиату от 80%.",
        ],
    },
    "zh": {
        "scam": [
            "无论有没有工作、征信花不花，最高可借五万元，当天到账。",
            "手机填写一份资料，审核通过后一小时内打款。",
            "“跑了好几家银行都被拒，这里十分钟就批下来了”——王女士，成都",
            "稳健套餐：投入一万元，每天返利百分之三，连续六十天。",
            "智能量化机器人全天候帮您交易，三年来从未亏损。",
        ],
        "gambling": [
            "新会员首次充值即送百分之百彩金，最高一万元。",
            "每周亏损返还百分之十，无需流水，当天到账。",
            "五大联赛全场高赔率，滚球投注随时下注，提款三分钟到账。",
        ],
        "pharma": [
            "西地那非一百毫克，十粒装，一百九十九元，全国包邮。",
            "无需处方，无需面诊，快递隐私包装，保护您的隐私。",
            "服用一次见效，无效全额退款。",
        ],
        "replica": [
            "一比一复刻瑞士机芯腕表，只需一千多元，配全套包装和证书。",
            "大牌包包顶级原单品质，与专柜正品无差别，支持验货。",
        ],
        "essay": [
            "硕博团队为您代写毕业论文，原创保证，查重率低于百分之十。",
            "发来题目和字数，按时交付完整论文，可直接署名提交。",
        ],
    },
    "zh-hant": {
        "scam": [
            "沒有工作、信用不好也沒關係，最高可借二十萬，當天撥款。",
            "用手機填寫資料，審核通過一小時內匯入您的帳戶。",
            "「銀行都不借我，這裡十分鐘就核准了」——陳先生，台中",
            "穩健方案：投入五萬元，每天獲利百分之三，連續六十天。",
        ],
        "gambling": [
            "新會員首次儲值即送百分之百紅利，最高一萬元。",
            "每週輸額返還百分之十，無需流水，出金最快三分鐘。",
            "運彩賠率全台最高，真人百家樂二十四小時開桌。",
        ],
        "pharma": [
            "威而鋼一百毫克，十顆裝一千二百元，全台貨到付款。",
            "免處方、免看診，隱密包裝，保證不會被家人發現。",
        ],
        "replica": [
            "一比一精仿名錶，瑞士機芯，附原廠盒與保卡。",
            "精品包頂級複刻，與專櫃正品一模一樣。",
        ],
        "essay": [
            "碩博士團隊幫您撰寫畢業論文，保證原創，準時交稿。",
            "提供題目與字數，完成的報告可直接以您的名義繳交。",
        ],
    },
    "ja": {
        "scam": [
            "無職の方でも、他社で断られた方でも、最大50万円を本日中にお振込みします。",
            "スマホで簡単な申込みフォームに入力するだけ、最短30分で審査完了。",
            "「どこでも断られましたが、ここでは10分で借りられました」（40代男性・会社員）",
            "スタンダードプラン：10万円の投資で毎日3%の配当を60日間お受け取りいただけます。",
            "AI自動売買ツールが24時間あなたの代わりに稼ぎ続けます。",
        ],
        "gambling": [
            "新規登録で入金不要ボーナス3000円、初回入金は100%上乗せ。",
            "毎週負け額の10%をキャッシュバック、出金は最短5分。",
            "ライブバカラやスロットなど3000種類以上のゲームを24時間お楽しみいただけます。",
        ],
        "pharma": [
            "シルデナフィル100mg 30錠 4,980円、全国送料無料でお届けします。",
            "処方箋不要、診察不要、中身がわからない梱包で発送します。",
            "飲んだその日から効果を実感、効かなければ全額返金。",
        ],
        "replica": [
            "スイス製ムーブメント搭載の1:1コピー時計が2万円から、箱と保証書付き。",
            "ブランドバッグのN級品、正規品と見分けがつかない品質です。",
        ],
        "essay": [
            "修士・博士のライターが卒業論文を一から作成し、締切までに納品します。",
            "テーマと文字数を送るだけで、そのまま提出できるレポートが届きます。",
        ],
    },
    "ko": {
        "scam": [
            "무직자도, 신용점수가 낮아도 최대 300만원까지 오늘 바로 보내드립니다.",
            "휴대폰으로 간단한 신청서만 작성하시면 한 시간 안에 입금됩니다.",
            "\"은행에서 다 거절당했는데 여기서는 10분 만에 승인됐어요\" - 박**님",
            "베이직 플랜: 100만원 투자 시 매일 3% 수익을 60일간 지급해 드립니다.",
            "AI 자동매매 프로그램이 24시간 대신 수익을 내 드립니다, 손실 걱정 없습니다.",
        ],
        "gambling": [
            "신규 회원 첫 충전 시 30% 보너스를 지급해 드립니다.",
            "매주 낙첨금의 10%를 돌려드리며 환전은 5분 안에 처리됩니다.",
            "해외 축구와 야구 고배당, 실시간 라이브 베팅 가능합니다.",
            "먹튀 없는 안전한 메이저 놀이터, 가입 즉시 꽁머니 지급.",
        ],
        "pharma": [
            "실데나필 100mg 30정 59,000원, 전국 무료 배송.",
            "처방전 없이 병원 방문 없이 내용물을 알 수 없게 포장해 보내드립니다.",
            "복용 첫날부터 효과를 느끼지 못하시면 전액 환불해 드립니다.",
        ],
        "replica": [
            "스위스 무브먼트 1:1 레플리카 시계 30만원대, 박스와 보증서 포함.",
            "명품 가방 최상급 미러급, 정품과 구별이 불가능한 퀄리티입니다.",
        ],
        "essay": [
            "석박사 전문 작가가 졸업 논문을 처음부터 작성해 마감 전에 보내드립니다.",
            "주제와 분량만 알려주시면 본인 이름으로 바로 제출할 수 있는 리포트를 완성해 드립니다.",
        ],
    },
    "id": {
        "scam": [
            "Tanpa slip gaji dan walau pernah telat bayar, dana hingga Rp 10 juta cair hari ini juga.",
            "Cukup isi formulir lewat HP, uang masuk rekening dalam satu jam.",
            "\"Ditolak di semua bank, di sini disetujui dalam 10 menit\" - Budi, Surabaya",
            "Paket Silver: investasi Rp 1 juta dapat profit 3% setiap hari selama 60 hari.",
            "Robot trading kami bekerja 24 jam untuk Anda dan tidak pernah rugi.",
        ],
        "gambling": [
            "Member baru dapat bonus deposit pertama 100% hingga Rp 1 juta.",
            "Cashback kekalahan 10% setiap minggu, withdraw diproses 3 menit.",
            "Ribuan permainan slot dan live casino tersedia 24 jam, deposit via pulsa dan e-wallet.",
            "Winrate tertinggi hari ini, pola gacor dibagikan setiap jam di grup kami.",
        ],
        "pharma": [
            "Sildenafil 100 mg isi 10 tablet Rp 350.000, gratis ongkir seluruh Indonesia.",
            "Tanpa resep dokter, dikirim dengan kemasan rahasia, bisa bayar di tempat.",
            "Reaksi dalam 30 menit, uang kembali jika tidak berhasil.",
        ],
        "replica": [
            "Jam tangan replika mesin otomatis kualitas 1:1, lengkap dengan box dan kartu garansi.",
            "Tas branded grade mirror, tidak bisa dibedakan dari aslinya.",
        ],
        "essay": [
            "Tim kami yang bergelar S2 dan S3 mengerjakan skripsi Anda dari awal, bebas plagiat dan tepat waktu.",
            "Kirim judul dan jumlah halaman, tugas selesai siap dikumpulkan atas nama Anda.",
            "Jasa pembuatan makalah mulai Rp 25.000 per halaman, revisi sepuasnya.",
        ],
    },
    "ms": {
        "scam": [
            "Walaupun tiada slip gaji atau pernah disenarai hitam, wang sehingga RM 5,000 masuk hari ini.",
            "Hanya isi borang melalui telefon, duit masuk akaun dalam sejam.",
            "\"Semua bank tolak, di sini lulus dalam 10 minit\" - Aminah, Johor Bahru",
            "Pelan Emas: labur RM 1,000 dan terima keuntungan 3% setiap hari selama 60 hari.",
        ],
        "gambling": [
            "Ahli baru dapat bonus 100% untuk deposit pertama sehingga RM 500.",
            "Rebat kekalahan 10% setiap minggu, pengeluaran diproses dalam 5 minit.",
            "Ribuan mesin slot dan kasino langsung dibuka 24 jam sehari.",
        ],
        "pharma": [
            "Sildenafil 100 mg 10 biji RM 120, penghantaran percuma ke seluruh Malaysia.",
            "Tanpa preskripsi doktor, dibungkus rapi supaya tiada siapa tahu isinya.",
        ],
        "replica": [
            "Jam tangan replika gred AAA dengan mesin automatik, lengkap dengan kotak.",
            "Beg tangan berjenama kualiti cermin, sama seperti yang asli.",
        ],
        "essay": [
            "Penulis kami yang berkelulusan sarjana menyiapkan tesis anda dari awal, tanpa plagiat.",
            "Hantar tajuk dan bilangan muka surat, tugasan siap untuk dihantar atas nama anda.",
        ],
    },
    "vi": {
        "scam": [
            "Không cần chứng minh thu nhập, nợ xấu vẫn được duyệt, nhận đến 20 triệu ngay hôm nay.",
            "Chỉ cần điền thông tin trên điện thoại, tiền về tài khoản trong một giờ.",
            "\"Ngân hàng nào cũng từ chối, ở đây tôi được duyệt sau 10 phút\" - chị Lan, Hà Nội",
            "Gói Bạc: đầu tư 5 triệu, nhận lãi 3% mỗi ngày trong 60 ngày.",
            "Robot giao dịch tự động kiếm tiền cho bạn 24/7, không bao giờ thua lỗ.",
        ],
        "gambling": [
            "Thành viên mới được tặng 100% tiền nạp đầu tiên, tối đa 3 triệu đồng.",
            "Hoàn trả 1,5% tiền cược mỗi ngày, rút tiền chỉ trong 3 phút.",
            "Kèo bóng đá tỷ lệ cao, cá cược trực tiếp mọi trận đấu lớn trong ngày.",
            "Hàng nghìn trò chơi nổ hũ, bắn cá và casino trực tuyến mở cửa 24 giờ.",
        ],
        "pharma": [
            "Sildenafil 100 mg hộp 10 viên giá 450.000 đồng, miễn phí giao hàng toàn quốc.",
            "Không cần đơn thuốc, đóng gói kín đáo, kiểm tra hàng rồi mới thanh toán.",
        ],
        "replica": [
            "Đồng hồ replica máy Thụy Sĩ chất lượng 1:1, đầy đủ hộp và thẻ bảo hành.",
            "Túi xách hàng hiệu loại siêu cấp, giống chính hãng đến từng đường chỉ.",
        ],
        "essay": [
            "Đội ngũ thạc sĩ, tiến sĩ viết luận văn cho bạn từ đầu, cam kết không đạo văn.",
            "Gửi đề tài và số trang, nhận bài hoàn chỉnh để nộp dưới tên của bạn.",
        ],
    },
    "th": {
        "scam": [
            "ไม่มีสลิปเงินเดือน ติดบูโรก็อนุมัติ รับเงินสูงสุด 50,000 บาท ภายในวันนี้",
            "กรอกข้อมูลผ่านมือถือ เงินเข้าบัญชีภายในหนึ่งชั่วโมง",
            "\"ธนาคารไม่ให้กู้ แต่ที่นี่อนุมัติใน 10 นาที\" - คุณสมชาย กรุงเทพฯ",
            "แพ็กเกจเริ่มต้น ลงทุน 5,000 บาท รับผลตอบแทนวันละ 3% นาน 60 วัน",
        ],
        "gambling": [
            "สมาชิกใหม่รับโบนัส 100% จากยอดฝากแรก สูงสุด 5,000 บาท",
            "คืนยอดเสีย 10% ทุกสัปดาห์ ถอนเงินได้ภายใน 3 นาที",
            "เว็บตรงไม่ผ่านเอเย่นต์ สล็อตแตกง่าย บาคาร่าสดตลอด 24 ชั่วโมง",
        ],
        "pharma": [
            "ซิลเดนาฟิล 100 มก. 10 เม็ด ราคา 890 บาท ส่งฟรีทั่วประเทศ",
            "ไม่ต้องมีใบสั่งแพทย์ แพ็คมิดชิด ไม่ระบุชื่อสินค้า",
        ],
        "replica": [
            "นาฬิกาเกรดมิเรอร์ งานเหมือนแท้ 1:1 พร้อมกล่องและใบรับประกัน",
            "กระเป๋าแบรนด์เนมงานก๊อปเกรดพรีเมียม เหมือนของแท้ทุกจุด",
        ],
        "essay": [
            "ทีมงานปริญญาโทและเอกรับทำวิทยานิพนธ์ให้ตั้งแต่ต้น ไม่ซ้ำใคร ส่งทันกำหนด",
            "ส่งหัวข้อและจำนวนหน้ามา รับงานที่พร้อมส่งในชื่อของคุณ",
        ],
    },
    "tr": {
        "scam": [
            "Maaş bordrosu olmasa da, kredi notunuz düşük olsa da 20.000 TL bugün hesabınızda.",
            "\"Bütün bankalar reddetti, burada 10 dakikada onay aldım\" - Ayşe, İzmir",
            "Gümüş paket: 5.000 TL yatırın, 60 gün boyunca her gün %3 kazanç alın.",
        ],
        "gambling": [
            "Yeni üyelere ilk yatırıma %100 hoş geldin bonusu, 5.000 TL'ye kadar.",
            "Her hafta kayıplarınızın %10'u iade, çekimler 5 dakikada hesabınızda.",
            "Canlı bahiste en yüksek oranlar ve 3.000'den fazla slot oyunu.",
        ],
        "pharma": [
            "Sildenafil 100 mg 10 tablet 750 TL, tüm Türkiye'ye ücretsiz kargo.",
            "Reçetesiz ve doktora gitmeden, ne olduğu anlaşılmayan paketle gönderilir.",
        ],
        "essay": [
            "Yüksek lisans ve doktora mezunu yazarlarımız tezinizi sıfırdan, intihalsiz hazırlar.",
        ],
    },
}

# language -> legitimate lines in the same shapes: bank products, pharmacy price lines, customer
# reviews, writing help, licensed gaming, investment risk notices
LEGIT: dict[str, list[str]] = {
    "en": [
        "Personal loans from 6.9% APR representative, subject to status and affordability checks.",
        "Paracetamol 500 mg - 32 tablets - £1.49, do not take more than 8 tablets in 24 hours.",
        "\"The room was spotless and the staff could not have been more helpful\" - Anne, Bristol",
        "The university writing centre offers free 30-minute sessions to help you plan your essay.",
        "Capital at risk: the value of investments can go down as well as up.",
        "Our hotel casino is open to guests over 21, please gamble responsibly.",
        "Standard delivery takes 3-5 working days, orders over £40 ship free.",
        "Cheddar, 400 g - £3.20; free range eggs, 12 pack - £2.95.",
        "The casino floor has roulette, blackjack and poker tables; visitors must be over 18 and show photo ID.",
    ],
    "es": [
        "Préstamo personal con TAE desde el 7,5%, sujeto a la aprobación del banco.",
        "Ibuprofeno 400 mg - 20 comprimidos - 2,95 €, lea las instrucciones del prospecto.",
        "\"La comida estaba buenísima y el servicio fue muy amable\" - Marta, Valencia",
        "El servicio de orientación de la universidad ayuda a los estudiantes a organizar su trabajo de fin de grado.",
        "Invertir conlleva riesgos y puede perder parte del capital invertido.",
        "Juego responsable: prohibido el acceso a menores de 18 años.",
        "El casino abre todos los días desde las cinco de la tarde y la entrada requiere documento de identidad.",
    ],
    "pt": [
        "Crédito pessoal com taxas a partir de 1,9% ao mês, sujeito a análise de crédito.",
        "Dipirona 500 mg - 10 comprimidos - R$ 6,90, em caso de dúvida consulte o farmacêutico.",
        "\"O atendimento foi excelente e a entrega chegou antes do prazo\" - Paulo, Campinas",
        "A biblioteca oferece oficinas gratuitas de normalização de trabalhos acadêmicos segundo a ABNT.",
        "Rentabilidade passada não é garantia de rentabilidade futura.",
        "Loterias CAIXA: aposte com responsabilidade, venda proibida para menores de 18 anos.",
        "A loteria federal destina parte da arrecadação ao esporte e à seguridade social.",
    ],
    "fr": [
        "Prêt personnel au taux annuel effectif global de 5,9 %, sous réserve d'acceptation du dossier.",
        "Doliprane 1000 mg - 8 comprimés - 2,18 €, médicament soumis à conseil du pharmacien.",
        "\"Accueil chaleureux et chambre très propre, nous reviendrons\" - Sophie, Nantes",
        "Le centre d'aide à la rédaction de l'université accompagne les étudiants dans leur mémoire.",
        "Les performances passées ne préjugent pas des performances futures.",
        "Le casino municipal propose des tables de jeux et des machines à sous, l'entrée est interdite aux mineurs.",
    ],
    "de": [
        "Ratenkredit ab 4,99 % effektivem Jahreszins, Bonität vorausgesetzt.",
        "Ibuprofen 400 mg - 20 Tabletten - 3,49 €, zu Risiken und Nebenwirkungen fragen Sie Ihren Arzt.",
        "\"Sehr freundliches Personal und ein sauberes Zimmer\" - Jana, Leipzig",
        "Die Schreibberatung der Universität hilft Studierenden bei der Gliederung ihrer Hausarbeit.",
        "Der Wert einer Geldanlage kann fallen und Verluste sind möglich.",
        "Die staatliche Spielbank ist täglich ab 15 Uhr geöffnet, der Eintritt ist nur mit gültigem Ausweis möglich.",
    ],
    "ru": [
        "Потребительский кредит от 14,9% годовых, решение банка после проверки документов.",
        "Парацетамол 500 мг - 20 таблеток - 45 руб., перед применением ознакомьтесь с инструкцией.",
        "\"Отличный сервис, курьер приехал вовремя\" - Андрей, Новосибирск",
        "Кафедра проводит консультации для студентов по оформлению курсовых и дипломных работ.",
        "Доходность в прошлом не гарантирует доходности в будущем.",
        "Игорные заведения разрешены только в специальных игорных зонах, например в Сочи и Калининградской области.",
    ],
    "zh": [
        "个人消费贷款年利率低至百分之三点五，具体以银行审批结果为准。",
        "布洛芬缓释胶囊，零点三克，二十粒，十八元，请按说明书使用。",
        "“房间干净，服务周到，下次还会再来”——李先生，杭州",
        "学校写作中心为本科生提供论文写作辅导和学术规范讲座。",
        "投资有风险，理财需谨慎，过往业绩不代表未来表现。",
        "体育彩票每期开奖结果均在官方网站公布，购彩者可凭票到投注站兑奖。",
    ],
    "zh-hant": [
        "信用貸款年利率最低百分之二點八八起，實際核貸條件依銀行審核為準。",
        "普拿疼五百毫克，二十錠，九十元，請依照醫師或藥師指示使用。",
        "「餐點好吃，服務也很親切」——林小姐，台北",
        "投資一定有風險，基金投資有賺有賠，申購前應詳閱公開說明書。",
        "博弈事業須依法取得執照，未滿十八歲者不得進入娛樂場。",
    ],
    "ja": [
        "カードローンの金利は年3.0%〜14.5%、審査の結果によってはご希望に添えない場合があります。",
        "ロキソニンS 12錠 698円、用法・用量を守って正しくお使いください。",
        "「スタッフの対応が丁寧で、部屋もとても清潔でした」（30代女性）",
        "大学の学習支援センターでは、レポートの書き方について個別相談を受け付けています。",
        "投資信託は元本が保証されているものではありません。",
        "カジノを含む統合型リゾートの開業に向けて、ギャンブル依存症対策の強化が求められている。",
    ],
    "ko": [
        "직장인 신용대출 금리 연 4.5%부터, 한도와 금리는 심사 결과에 따라 달라집니다.",
        "타이레놀 500mg 10정 3,000원, 복용 전 설명서를 반드시 읽어 주세요.",
        "\"직원분들이 친절하고 방도 깨끗했어요\" - 이**님",
        "대학 글쓰기센터에서는 보고서 작성법에 대한 무료 상담을 제공합니다.",
        "투자 원금의 손실이 발생할 수 있으며, 과거 수익률이 미래 수익을 보장하지 않습니다.",
        "강원랜드 카지노는 내국인이 출입할 수 있는 유일한 카지노로, 출입 일수가 제한된다.",
    ],
    "id": [
        "Kredit tanpa agunan dengan bunga mulai 0,99% per bulan, sesuai hasil analisis bank.",
        "Paracetamol 500 mg isi 10 tablet Rp 5.000, baca aturan pakai sebelum digunakan.",
        "\"Pelayanannya ramah dan kamarnya bersih\" - Dewi, Yogyakarta",
        "Perpustakaan kampus mengadakan pelatihan penulisan skripsi dan sitasi setiap bulan.",
        "Investasi mengandung risiko, kinerja masa lalu tidak menjamin hasil di masa depan.",
        "Perjudian dalam bentuk apa pun dilarang di Indonesia dan pelakunya dapat dipidana.",
    ],
    "ms": [
        "Pembiayaan peribadi dengan kadar keuntungan dari 4.5% setahun, tertakluk kepada kelulusan bank.",
        "Panadol 500 mg 20 biji RM 9.90, baca label sebelum digunakan.",
        "\"Layanan mesra dan bilik sangat bersih\" - Farid, Melaka",
        "Premis perjudian berlesen hanya dibenarkan untuk bukan Islam yang berumur 21 tahun ke atas.",
    ],
    "vi": [
        "Vay tiêu dùng lãi suất từ 8,5% một năm, hạn mức tùy theo kết quả thẩm định của ngân hàng.",
        "Paracetamol 500 mg hộp 10 viên giá 15.000 đồng, đọc kỹ hướng dẫn trước khi dùng.",
        "\"Nhân viên nhiệt tình, phòng sạch sẽ\" - anh Minh, Đà Nẵng",
        "Trung tâm hỗ trợ học thuật của trường hướng dẫn sinh viên cách trình bày luận văn.",
        "Đầu tư chứng khoán có rủi ro, nhà đầu tư cần cân nhắc trước khi quyết định.",
        "Người chơi casino tại Phú Quốc phải từ 21 tuổi trở lên và có thu nhập ổn định.",
    ],
    "th": [
        "สินเชื่อบุคคล อัตราดอกเบี้ยเริ่มต้น 16% ต่อปี ขึ้นอยู่กับผลการพิจารณาของธนาคาร",
        "พาราเซตามอล 500 มก. 10 เม็ด ราคา 15 บาท โปรดอ่านฉลากก่อนใช้ยา",
        "\"พนักงานบริการดี ห้องพักสะอาด\" - คุณนิด เชียงใหม่",
        "การลงทุนมีความเสี่ยง ผู้ลงทุนควรศึกษาข้อมูลก่อนตัดสินใจลงทุน",
        "ผู้ที่ติดการพนันควรขอความช่วยเหลือจากครอบครัวและผู้เชี่ยวชาญโดยเร็ว",
    ],
    "tr": [
        "İhtiyaç kredisinde faiz oranları aylık %3,5'ten başlar, kredi onayı bankanın değerlendirmesine bağlıdır.",
        "Parol 500 mg 20 tablet 45 TL, kullanmadan önce prospektüsü okuyunuz.",
        "\"Personel çok ilgiliydi, oda tertemizdi\" - Mehmet, Antalya",
        "Türkiye'de kumarhaneler yasaktır, spor bahisleri yalnızca devletin lisanslı kuruluşu üzerinden oynanabilir.",
    ],
}


def _blocks(rng: random.Random, pool: list[str], n: int) -> Iterator[str]:
    """``n`` blocks of one sentence or two of the pool (a site's paragraph)."""
    for _ in range(n):
        k = 2 if len(pool) > 1 and rng.random() < 0.3 else 1
        yield " ".join(rng.sample(pool, k))


def site_copy(rng: random.Random, split_of: Callable[[str], str], per_sentence: int = 20,
              ) -> Iterator[tuple[str, str, str, str]]:
    """(text, label, language, split): about ``per_sentence`` blocks for every sentence of
    ``SITE_COPY`` and ``site_copy_themes.THEMES`` (label its category) and of ``LEGIT`` and
    ``THEMES_LEGIT`` (label ``clean``)."""
    tables = []
    for name, copy, legit in (("site-copy", SITE_COPY, LEGIT), ("site-copy-themes", THEMES, THEMES_LEGIT)):
        tables += [(name, lang, cat, lines) for lang, cats in copy.items() for cat, lines in cats.items()]
        tables += [(name, lang, "clean", lines) for lang, lines in legit.items()]
    for name, lang, label, lines in tables:
        by_split: dict[str, list[str]] = {}
        for i, line in enumerate(lines):
            by_split.setdefault(split_of(f"{name}:{lang}:{label}:{i}"), []).append(line)
        for split, pool in sorted(by_split.items()):
            for text in _blocks(rng, pool, per_sentence * len(pool)):
                yield text, label, lang, split
