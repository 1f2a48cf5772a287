"""A second round of site copy (see ``training.site_copy``): the themes the first tables lacked.

The twenty-seventh blind check found whole kinds of spam the corpus had no sentence of: the
Chinese fake-certificate and invoice trade ("专业办理毕业证", "代开发票", among the commonest
injected lines on Chinese government and school sites), the Japanese side-income pitch
("スマホ1台で月収50万円", "不労所得"), and deposit terms of investment schemes ("start with a
250 euro deposit, guaranteed profits"). These tables add, for every language of the first round,
sentences of those themes and of the other pitches sites repeat (work from home, rejected by the
bank, sure-win tips, no-prescription slimming pills, quick theses), and their honest
counterparts: consumer warnings that name the same promises, a registry's certificate service,
a tax office's invoice rules, a bank's own loan terms, an exchange's risk notice.

Written for spamguard. Labels are the model's: fake documents and invoices are ``scam``.
Sentences are held out by their own id (``site-copy-themes:...``), like the first round.
"""

from __future__ import annotations

THEMES: dict[str, dict[str, list[str]]] = {
    "en": {
        "scam": [
            "Work from home two hours a day and make $5,000 a month, no experience needed.",
            "Get a real registered diploma from an accredited university in 10 days, no exams, verifiable online.",
            "Declined by your bank? We approve 98% of applications, even with CCJs and no payslips.",
            "Start with a $250 deposit and our AI bot trades for you, guaranteed profits from day one.",
            "Join our Telegram group for the signals that turned $500 into $12,000 in a month.",
        ],
        "gambling": [
            "Fixed matches with 100% sure tips this weekend, pay after you win.",
            "Claim your no-deposit bonus now: 40 free spins credited the moment you register.",
        ],
        "pharma": [
            "Lose 10 kg in 30 days with our imported slimming capsules, no diet and no exercise.",
        ],
        "essay": [
            "Need your thesis done by Friday? Our team delivers a 10,000-word dissertation in 72 hours.",
        ],
        "replica": [
            "Mirror-quality AAA replica handbags with serial numbers and dust bags, worldwide shipping.",
        ],
    },
    "es": {
        "scam": [
            "Gana 3.000 € al mes desde casa con tu móvil, solo dos horas al día y sin experiencia.",
            "Títulos universitarios oficiales registrados en 15 días, sin exámenes y verificables.",
            "¿Te ha rechazado el banco? Aprobamos el 98% de las solicitudes aunque estés en RAI o ASNEF.",
            "Empieza con un depósito de 250 € y nuestro robot invierte por ti con ganancias garantizadas.",
        ],
        "gambling": [
            "Pronósticos seguros al 100% para la jornada, pagas solo si aciertas.",
            "Bono sin depósito: 30 giros gratis nada más registrarte, sin tarjeta.",
        ],
        "pharma": [
            "Pastillas adelgazantes importadas, pierde 8 kilos en un mes sin dieta ni ejercicio.",
        ],
        "essay": [
            "Te hacemos el TFM en una semana, con tutor personal y garantía de aprobado.",
        ],
    },
    "pt": {
        "scam": [
            "Ganhe R$ 5 mil por mês trabalhando de casa só com o celular, sem experiência.",
            "Diploma de faculdade registrado no MEC em 20 dias, sem precisar estudar.",
            "Negativado e recusado pelos bancos? Aqui seu empréstimo é aprovado na hora.",
            "Comece com um depósito de R$ 200 e o robô opera por você com lucro garantido.",
        ],
        "gambling": [
            "Sinais do Aviator e do Fortune Tiger no nosso grupo VIP, lucro todos os dias.",
            "Bônus sem depósito: 50 giros grátis no cadastro, saque liberado via Pix.",
        ],
        "pharma": [
            "Emagreça 10 kg em 30 dias com cápsulas importadas, sem dieta e sem academia.",
        ],
        "essay": [
            "Fazemos seu TCC completo em 7 dias, com orientação até a banca e sem plágio.",
        ],
    },
    "fr": {
        "scam": [
            "Gagnez 3 000 € par mois depuis chez vous avec votre téléphone, sans expérience.",
            "Diplôme universitaire reconnu livré en 15 jours, sans examen, vérifiable en ligne.",
            "Refusé par votre banque ? Nous acceptons même les personnes fichées FICP.",
            "Commencez avec un dépôt de 250 € : notre robot investit pour vous, gains garantis.",
        ],
        "gambling": [
            "Pronostics sûrs à 100 % pour ce week-end, vous ne payez que si vous gagnez.",
            "Bonus sans dépôt : 20 tours gratuits offerts dès l'inscription.",
        ],
        "pharma": [
            "Gélules minceur importées : perdez 8 kilos en un mois sans régime.",
        ],
        "essay": [
            "Votre mémoire de master rédigé en une semaine, accompagnement jusqu'à la soutenance.",
        ],
    },
    "de": {
        "scam": [
            "Verdienen Sie 3.000 Euro im Monat von zu Hause aus, nur mit dem Handy und ohne Vorkenntnisse.",
            "Echter Hochschulabschluss in 14 Tagen, ohne Prüfung, online überprüfbar.",
            "Von der Bank abgelehnt? Kredit trotz negativer Schufa, Auszahlung noch heute.",
            "Starten Sie mit nur 250 Euro Einzahlung, unser KI-Roboter handelt für Sie mit garantiertem Gewinn.",
        ],
        "gambling": [
            "Sichere Tipps für das Wochenende, Sie zahlen erst, wenn Sie gewinnen.",
            "Bonus ohne Einzahlung: 25 Freispiele sofort nach der Anmeldung.",
        ],
        "pharma": [
            "Schlankheitskapseln aus Übersee, 10 Kilo weniger in 30 Tagen ohne Diät.",
        ],
        "essay": [
            "Ihre Masterarbeit in zehn Tagen geschrieben, plagiatsfrei und mit Notengarantie.",
        ],
    },
    "ru": {
        "scam": [
            "Заработок на дому от 100 000 рублей в месяц, нужен только телефон и два часа в день.",
            "Купить диплом о высшем образовании с занесением в реестр, доставка по всей России.",
            "Отказали в банке? Одобряем займы даже с плохой кредитной историей, деньги на карту за 15 минут.",
            "Начните с депозита 10 000 рублей, наш торговый робот гарантирует доход от 5% в день.",
        ],
        "gambling": [
            "Договорные матчи, 100% проходимость ставок, оплата после выигрыша.",
            "Бездепозитный бонус 500 рублей и 50 фриспинов за регистрацию.",
        ],
        "pharma": [
            "Таблетки для похудения без рецепта, минус 10 кг за месяц без диет.",
        ],
        "essay": [
            "Магистерская диссертация под ключ за две недели, оригинальность по антиплагиату от 85%.",
        ],
    },
    "zh": {
        "scam": [
            "专业办理毕业证、学位证，学信网可查，不成功不收费。",
            "代开各地增值税专用发票、普通发票，点数低，真票可验。",
            "在家动动手指日赚300元，宝妈学生均可，加微信领取任务。",
            "网贷黑户也能下款，无视征信，不看负债，当天到账。",
            "投资5000元，每天稳赚3%，平台担保，随时提现。",
            "办理各类证件，身份证、驾驶证、健康证，加急当天拿证。",
        ],
        "gambling": [
            "内部稳赚计划，百家乐包赢，输了全额返还。",
            "注册即送58元体验金，首存再送100%，提款秒到账。",
        ],
        "pharma": [
            "进口减肥药，一个月瘦20斤，不节食不运动不反弹。",
        ],
        "essay": [
            "本硕博毕业论文代写，包过查重，不过全额退款。",
        ],
    },
    "zh-hant": {
        "scam": [
            "專業代辦畢業證書、學位證書，保證可查，不成功不收費。",
            "代開各類發票，統一發票、收據，價格優惠當天出貨。",
            "在家兼職日賺3000元，學生媽媽都能做，加LINE領取任務。",
            "信用不良也能借，免保人免照會，當天撥款。",
            "投資5萬元每天穩賺3%，保本保息隨時出金。",
        ],
        "gambling": [
            "百家樂必勝公式，跟單包贏，輸了全額退還。",
        ],
        "pharma": [
            "日本進口減肥藥，一個月瘦10公斤，不用節食不復胖。",
        ],
        "essay": [
            "碩博士論文代寫，保證通過比對系統，三週交稿。",
        ],
    },
    "ja": {
        "scam": [
            "スマホ1台で誰でも簡単に月収50万円、スキマ時間にできる副業を無料でお教えします。",
            "公式LINEに登録するだけで、毎日5万円の不労所得が手に入るノウハウをプレゼント。",
            "ブラックでも借りられる、審査なし即日融資、他社で断られた方も歓迎。",
            "元本保証で月利10%、仮想通貨の自動売買ツールが24時間あなたの代わりに稼ぎます。",
            "主婦や学生でも1日10分の作業で月20万円、実績者多数の在宅ワーク。",
        ],
        "gambling": [
            "オンラインカジノ入金不要ボーナス、登録するだけで3000円分のフリースピン。",
        ],
        "pharma": [
            "飲むだけで1か月マイナス10キロ、海外の最強ダイエットサプリを激安で。",
        ],
        "essay": [
            "卒業論文の代行、最短3日で納品、コピペチェック対策も万全です。",
        ],
    },
    "ko": {
        "scam": [
            "집에서 하루 2시간, 핸드폰만 있으면 월 300만원 부업 수익 보장.",
            "졸업증명서, 학위증 제작 전문, 정품과 동일한 재질로 빠른 배송.",
            "신용불량자도 가능, 무직자 대출 당일 입금, 타사 부결자 환영.",
            "원금 보장 코인 투자 리딩방, 하루 수익률 5% 이상, 지금 바로 텔레그램 문의.",
        ],
        "gambling": [
            "가입 즉시 꽁머니 3만원 지급, 환전 무제한 메이저 사이트.",
        ],
        "pharma": [
            "한 달 10kg 감량 보장 다이어트약, 처방전 없이 해외 직구.",
        ],
        "essay": [
            "석사 논문 대필 전문, 표절 검사 통과 보장, 2주 완성.",
        ],
    },
    "id": {
        "scam": [
            "Kerja dari rumah hanya pakai HP, penghasilan 10 juta per bulan tanpa modal.",
            "Jasa pembuatan ijazah asli terdaftar di PDDIKTI, proses cepat tanpa kuliah.",
            "Ditolak bank? Pinjaman tanpa BI checking, cair dalam 10 menit langsung ke rekening.",
            "Deposit mulai 500 ribu, robot trading kami menjamin profit 5% setiap hari.",
        ],
        "gambling": [
            "Bonus new member 100% di depan, deposit via DANA dan OVO, withdraw tanpa batas.",
            "Prediksi togel jitu hari ini, angka main pasti tembus.",
        ],
        "pharma": [
            "Obat pelangsing impor, turun 10 kg dalam sebulan tanpa diet, kirim rahasia.",
        ],
        "essay": [
            "Jasa pembuatan skripsi dan tesis kilat, dijamin lolos Turnitin dan siap sidang.",
        ],
    },
    "ms": {
        "scam": [
            "Kerja dari rumah dengan telefon bimbit, pendapatan RM5,000 sebulan tanpa pengalaman.",
            "Sijil ijazah universiti tulen boleh disemak, siap dalam 14 hari tanpa peperiksaan.",
            "Ditolak bank? Pinjaman tanpa semakan CCRIS, duit masuk dalam masa sejam.",
            "Mulakan dengan deposit RM500, robot dagangan kami menjamin untung setiap hari.",
        ],
        "gambling": [
            "Tip ramalan 4D tepat hari ini, nombor pasti kena.",
        ],
        "pharma": [
            "Pil kurus import, turun 10 kg dalam sebulan tanpa diet dan senaman.",
        ],
        "essay": [
            "Servis tulis tesis sarjana dalam dua minggu, bebas plagiat dan dijamin lulus.",
        ],
    },
    "vi": {
        "scam": [
            "Làm việc tại nhà chỉ cần điện thoại, thu nhập 15 triệu mỗi tháng, không cần kinh nghiệm.",
            "Nhận làm bằng đại học, bằng lái xe, có hồ sơ gốc, tra cứu được trên hệ thống.",
            "Bị ngân hàng từ chối? Hỗ trợ vay nợ xấu, không thẩm định, giải ngân trong ngày.",
            "Nạp 5 triệu nhận lãi 3% mỗi ngày, cam kết hoàn vốn, rút tiền bất cứ lúc nào.",
        ],
        "gambling": [
            "Soi cầu lô đề chuẩn xác hôm nay, bạch thủ lô ăn chắc.",
        ],
        "pharma": [
            "Thuốc giảm cân nhập khẩu, giảm 10 kg trong một tháng không cần ăn kiêng.",
        ],
        "essay": [
            "Nhận viết thuê luận văn thạc sĩ, cam kết không đạo văn, bảo vệ thành công.",
        ],
    },
    "th": {
        "scam": [
            "ทำงานที่บ้านผ่านมือถือ รายได้เดือนละ 50,000 บาท ไม่ต้องมีประสบการณ์",
            "รับทำวุฒิการศึกษา ปริญญาบัตร ตรวจสอบได้จริง ไม่ต้องเรียน",
            "ติดแบล็คลิสต์ก็กู้ได้ ไม่เช็คบูโร อนุมัติไว โอนเงินภายในวันเดียว",
            "ลงทุนเริ่มต้น 1,000 บาท รับผลตอบแทนวันละ 5% การันตีไม่ขาดทุน",
        ],
        "gambling": [
            "เลขเด็ดงวดนี้ แม่นทุกงวด เข้ากลุ่มไลน์ฟรี",
        ],
        "pharma": [
            "ยาลดน้ำหนักนำเข้า ลด 10 กิโลใน 1 เดือน ไม่ต้องคุมอาหาร",
        ],
        "essay": [
            "รับทำวิทยานิพนธ์ ปริญญาโท เสร็จไว ผ่านการตรวจอักขราวิสุทธิ์แน่นอน",
        ],
    },
    "tr": {
        "scam": [
            "Evden telefonla çalışın, deneyim gerekmeden ayda 40.000 TL kazanın.",
            "Bankadan ret mi aldınız? Kara listedekilere bile kredi, aynı gün hesabınızda.",
            "Sadece 1.000 TL yatırımla başlayın, yapay zeka robotumuz her gün garantili kazanç sağlar.",
        ],
        "gambling": [
            "Bu haftanın banko kuponu, yüzde yüz tutan şike maç bilgisi.",
        ],
        "essay": [
            "Yüksek lisans tezi yazdırma hizmeti, intihal raporu ile iki haftada teslim.",
        ],
    },
}

# language -> honest sentences in the same themes: warnings, registries, tax rules, bank terms
THEMES_LEGIT: dict[str, list[str]] = {
    "en": [
        "Five ways to spot a counterfeit watch before you buy one second-hand.",
        "Be wary of job adverts promising thousands a month for a few hours' work from home; genuine employers never ask you to pay to start.",
        "Diploma mills sell degrees that require no study; employers can check a qualification directly with the awarding university.",
        "Copies of your degree certificate can be ordered from the registry for a fee of £25, allow ten working days.",
        "Cryptocurrency is not regulated and you could lose all the money you invest.",
    ],
    "es": [
        "Cómo distinguir un bolso falso de uno original: costuras, etiquetas y número de serie.",
        "Desconfía de las ofertas de trabajo desde casa que prometen miles de euros al mes sin experiencia.",
        "El Ministerio permite comprobar en línea si un título universitario oficial está registrado.",
        "La solicitud del duplicado del título se tramita en la secretaría de la facultad en un plazo de un mes.",
        "Invertir en criptomonedas conlleva un alto riesgo y puede suponer la pérdida de todo el capital.",
    ],
    "pt": [
        "Saiba como identificar uma bolsa falsificada antes de comprar de um revendedor.",
        "Desconfie de anúncios que prometem renda alta trabalhando de casa sem experiência; empresas sérias não cobram para contratar.",
        "O diploma pode ser conferido no site do MEC com o código de validação impresso no verso.",
        "A segunda via do diploma deve ser solicitada na secretaria acadêmica, com prazo de 30 dias.",
        "Investimentos em criptoativos têm alto risco e não contam com a garantia do FGC.",
    ],
    "fr": [
        "Comment reconnaître une fausse montre de luxe : le poids, le mouvement et la gravure.",
        "Méfiez-vous des annonces de travail à domicile promettant des revenus élevés sans expérience.",
        "Les faux diplômes vendus sur internet n'ont aucune valeur et leur usage constitue un délit.",
        "La demande de duplicata de diplôme se fait auprès du service de scolarité de l'université.",
        "Investir dans les crypto-actifs comporte un risque de perte totale du capital investi.",
    ],
    "de": [
        "So erkennen Sie gefälschte Markentaschen: Nähte, Prägung und Seriennummer prüfen.",
        "Vorsicht bei Jobangeboten, die hohe Verdienste für wenige Stunden Heimarbeit versprechen.",
        "Gekaufte Abschlüsse von Titelmühlen sind wertlos; ihr Gebrauch kann strafbar sein.",
        "Eine Zweitschrift des Zeugnisses stellt das Prüfungsamt gegen eine Gebühr von 20 Euro aus.",
        "Kryptowerte unterliegen starken Kursschwankungen, ein Totalverlust ist möglich.",
    ],
    "ru": [
        "Как отличить поддельную брендовую сумку от оригинала: швы, фурнитура и серийный номер.",
        "Будьте осторожны с объявлениями о лёгком заработке на дому: честный работодатель не просит денег за трудоустройство.",
        "Подлинность диплома можно проверить через федеральный реестр сведений о документах об образовании.",
        "Дубликат диплома выдаётся по заявлению выпускника в течение 30 дней.",
        "Инвестиции в криптовалюту связаны с высоким риском потери вложенных средств.",
    ],
    "zh": [
        "教你辨别假冒名牌包：看走线、看五金、看防伪编码。",
        "警惕网上兼职刷单骗局，凡是要求先垫付资金的兼职都是诈骗。",
        "学历证书可以通过学信网免费查询，请勿轻信办证广告。",
        "纳税人可以通过电子税务局申请开具增值税专用发票。",
        "毕业证书遗失的，可以向学校申请补办学历证明书。",
    ],
    "zh-hant": [
        "小心網路兼職詐騙，凡是要求先匯款的工作都不可信。",
        "營業人應依規定開立統一發票，消費者索取發票可參加兌獎。",
        "畢業證書遺失者，可向學校註冊組申請補發中文或英文證明。",
    ],
    "ja": [
        "偽ブランド品の見分け方：縫製、刻印、シリアル番号を確認しましょう。",
        "「誰でも簡単に稼げる」とうたう副業の勧誘には注意し、契約前に消費生活センターに相談してください。",
        "卒業証明書は、本学の証明書自動発行機またはオンラインで申請できます。",
        "暗号資産は価格が大きく変動するため、元本を割り込むおそれがあります。",
        "当社では副業として週末のみ勤務できるアルバイトスタッフを募集しています。",
    ],
    "ko": [
        "명품 가방 가품 구별법: 바느질, 각인, 시리얼 번호를 확인하세요.",
        "고수익 재택 부업을 미끼로 가입비를 요구하는 사기에 주의하시기 바랍니다.",
        "졸업증명서는 학교 홈페이지의 인터넷 증명 발급 서비스에서 신청할 수 있습니다.",
        "가상자산 투자는 원금 손실 위험이 있으니 신중하게 판단하시기 바랍니다.",
    ],
    "id": [
        "Waspadai lowongan kerja dari rumah yang menjanjikan gaji besar tetapi meminta biaya pendaftaran.",
        "Keabsahan ijazah dapat dicek melalui laman PDDIKTI Kementerian Pendidikan.",
        "Investasi kripto memiliki risiko tinggi, pastikan platform terdaftar di Bappebti.",
    ],
    "ms": [
        "Berhati-hati dengan iklan kerja dari rumah yang menjanjikan pendapatan lumayan tetapi meminta bayaran pendaftaran.",
        "Salinan sijil ijazah boleh dimohon di pejabat pendaftar dengan bayaran RM50.",
    ],
    "vi": [
        "Cảnh giác với các lời mời làm việc tại nhà thu nhập cao nhưng yêu cầu nộp tiền trước.",
        "Người học có thể tra cứu văn bằng trên cổng thông tin của Bộ Giáo dục và Đào tạo.",
        "Doanh nghiệp phải lập hóa đơn điện tử khi bán hàng hóa, cung cấp dịch vụ.",
    ],
    "th": [
        "ระวังมิจฉาชีพชวนทำงานออนไลน์รายได้ดี แต่ให้โอนเงินค่าสมัครก่อน",
        "ผู้สำเร็จการศึกษาสามารถยื่นคำร้องขอใบรับรองคุณวุฒิได้ที่สำนักทะเบียน",
    ],
    "tr": [
        "Evden yüksek kazanç vaat eden ve önce ücret isteyen iş ilanlarına dikkat edin.",
        "Diplomanızın kayıp olması halinde öğrenci işlerinden diploma yerine geçen belge alabilirsiniz.",
    ],
}
