"""More hard negatives, written for spamguard: legitimate sentences that share vocabulary with spam
(gambling regulation and addiction help, medicines, sex education, lottery results, dating
safety, shop catalogues, loans and investment news, academic writing), in the languages whose
spam vocabulary ``seed_wide`` widened, so that widening spam does not teach "this language
talking about casinos is spam". Also the legal lines every Chinese site carries (ICP filings,
licences, report hotlines), which share characters with spam. Merged into
``boilerplate.HARD_NEGATIVES`` and ``boilerplate.OTHER_BOILERPLATE`` after their own entries."""

HARD_WIDE: dict[str, list[str]] = {
    "wide:zh": [
        "公安机关破获一起跨境网络赌博案，抓获犯罪嫌疑人四十余名，冻结涉案资金上亿元。",
        "戒赌热线提醒：如果您或家人因赌博陷入困境，可以拨打心理援助电话寻求帮助。",
        "本期体育彩票开奖结果已公布，中奖者请在六十日内凭彩票到指定地点兑奖。",
        "医生提醒，伟哥等治疗勃起功能障碍的药物属于处方药，心脏病患者须谨慎使用。",
        "青春期性教育应帮助青少年了解身体变化、学会保护自己。",
        "警方提醒：网络交友要谨慎，对方以投资、博彩为由要求转账的，一律是诈骗。",
        "该款男士腕表采用瑞士机芯，表壳直径四十毫米，支持三十米防水，提供两年保修。",
        "银行下调了个人住房贷款利率，首套房贷款最低首付比例为百分之二十。",
        "监管部门提醒投资者警惕虚拟货币非法集资，不要轻信高收益承诺。",
        "学校严禁论文代写和抄袭行为，一经查实将取消学位授予资格。",
        "海关查获一批侵权假冒的名牌箱包，已依法予以没收。",
        "市场监管局通报了多起网络销售假药的案件，提醒群众到正规药店购买药品。",
    ],
    "wide:zh-hant": [
        "警方破獲線上賭博集團，查扣賭資數千萬元，並呼籲民眾勿參與非法簽賭。",
        "本期大樂透開獎號碼已公布，頭獎由一注獨得。",
        "醫師提醒，威而鋼屬於處方藥，應經醫師評估後使用。",
        "網路交友詐騙手法翻新，歹徒常以投資為由誘騙被害人匯款。",
        "這款真皮手提包提供黑色與棕色，全館滿千免運。",
        "金管會提醒民眾，小額信貸應向合法金融機構申請，避免地下錢莊。",
        "學校性別平等教育課程教導學生認識身體自主與同意。",
    ],
    "wide:ja": [
        "警視庁はオンラインカジノで賭博をしたとして、会社員の男を単純賭博の疑いで逮捕した。",
        "ギャンブル依存症の相談窓口では、本人だけでなく家族からの相談も受け付けています。",
        "今回の宝くじの1等当選番号は、各売り場と公式サイトで確認できます。",
        "ED治療薬は医師の診察を受けて処方されるもので、インターネットでの個人輸入には注意が必要です。",
        "学校の性教育では、避妊や同意の大切さについて学びます。",
        "マッチングアプリでの出会いをきっかけにした投資詐欺の相談が増えています。",
        "本商品は国内正規品です。メーカー保証書が付属し、送料は無料です。",
        "消費者庁は、偽ブランド品を販売する通販サイトに注意するよう呼びかけている。",
        "住宅ローンの金利は今月も据え置かれ、変動金利は低い水準が続いている。",
        "大学はレポートの代行業者を利用した学生に対し、単位を取り消す方針を示した。",
        "競馬の売上は前年を上回り、地方競馬も好調だった。",
    ],
    "wide:ko": [
        "경찰은 불법 온라인 도박 사이트를 운영한 일당을 검거하고 범죄 수익을 환수했다.",
        "도박 문제로 어려움을 겪는 사람은 한국도박문제예방치유원 상담 전화로 도움을 받을 수 있다.",
        "이번 주 로또 1등 당첨 번호는 공식 홈페이지에서 확인할 수 있다.",
        "발기부전 치료제는 전문의약품으로 의사의 처방을 받아야 구입할 수 있다.",
        "학교 성교육은 피임과 성적 자기결정권, 상호 존중을 다룬다.",
        "데이팅 앱에서 만난 상대가 투자를 권유하면 로맨스 스캠을 의심해야 한다.",
        "이 가죽 가방은 블랙과 브라운 두 가지 색상으로 판매되며 무료 배송된다.",
        "금융감독원은 불법 사금융과 대출 사기에 주의하라고 당부했다.",
        "관세청은 명품 가방을 위조한 짝퉁 제품을 대량으로 적발했다.",
        "대학은 과제 대행 서비스를 이용한 학생을 징계하기로 했다.",
    ],
    "wide:id": [
        "Polisi membongkar jaringan judi online dan menyita rekening yang digunakan untuk menampung uang taruhan.",
        "Kementerian Kominfo telah memblokir ribuan situs judi slot sepanjang tahun ini.",
        "Dokter mengingatkan bahwa obat disfungsi ereksi hanya boleh digunakan dengan resep dokter.",
        "OJK mengimbau masyarakat agar hanya meminjam dari pinjaman online yang terdaftar dan berizin.",
        "Pendidikan kesehatan reproduksi penting agar remaja memahami perubahan tubuhnya.",
        "Toko kami menjual jam tangan original bergaransi resmi satu tahun.",
        "Mahasiswa yang terbukti menggunakan jasa joki skripsi akan dikenai sanksi akademik.",
        "Hasil undian berhadiah akan diumumkan di situs resmi bank pada akhir bulan.",
    ],
    "wide:ms": [
        "Polis menahan beberapa individu yang disyaki terlibat dalam sindiket judi dalam talian.",
        "Bank Negara mengingatkan orang ramai supaya tidak meminjam daripada pemberi pinjaman wang tanpa lesen.",
        "Ubat untuk masalah mati pucuk perlu diambil mengikut preskripsi doktor.",
        "Kedai kami menawarkan penghantaran percuma untuk pesanan melebihi RM100.",
    ],
    "wide:vi": [
        "Công an triệt phá đường dây đánh bạc qua mạng với số tiền giao dịch hàng trăm tỷ đồng.",
        "Bác sĩ khuyến cáo không tự ý mua thuốc cường dương trên mạng vì có thể là hàng giả.",
        "Kết quả xổ số kiến thiết được công bố vào lúc 16 giờ 15 phút mỗi ngày.",
        "Ngân hàng Nhà nước cảnh báo người dân về các ứng dụng cho vay tiền trái phép.",
        "Giáo dục giới tính giúp học sinh hiểu về sức khỏe sinh sản và sự đồng thuận.",
        "Cửa hàng bán đồng hồ chính hãng, bảo hành hai năm và miễn phí vận chuyển.",
        "Quản lý thị trường thu giữ hàng nghìn túi xách giả mạo thương hiệu nổi tiếng.",
    ],
    "wide:th": [
        "ตำรวจจับกุมเครือข่ายเว็บพนันออนไลน์ พร้อมยึดทรัพย์สินมูลค่ากว่าร้อยล้านบาท",
        "ผู้ที่มีปัญหาการพนันสามารถโทรปรึกษาสายด่วนได้ตลอด 24 ชั่วโมง",
        "ผลสลากกินแบ่งรัฐบาลงวดนี้ รางวัลที่หนึ่งออกแล้ว ตรวจสอบได้ที่เว็บไซต์ของสำนักงานสลาก",
        "แพทย์เตือนว่ายารักษาอาการหย่อนสมรรถภาพทางเพศควรใช้ภายใต้คำแนะนำของแพทย์",
        "ธนาคารแห่งประเทศไทยเตือนประชาชนให้ระวังแอปเงินกู้ผิดกฎหมาย",
        "ร้านของเราจำหน่ายนาฬิกาแท้ รับประกันศูนย์ไทยหนึ่งปี จัดส่งฟรีทั่วประเทศ",
        "เพศศึกษาในโรงเรียนช่วยให้นักเรียนเข้าใจเรื่องการคุมกำเนิดและการยินยอม",
    ],
    "wide:ru": [
        "Полиция задержала организаторов подпольного казино, изъяты игровые автоматы и наличные.",
        "Если азартные игры мешают вам жить, обратитесь на горячую линию психологической помощи.",
        "Результаты тиража лотереи опубликованы на официальном сайте оператора.",
        "Препараты для лечения эректильной дисфункции отпускаются только по рецепту врача.",
        "Банк России предупредил о росте числа нелегальных кредиторов и мошеннических займов.",
        "В интернет-магазине представлены оригинальные часы с официальной гарантией производителя.",
        "Таможня изъяла партию поддельных брендовых сумок и обуви.",
        "Университет отчислил студентов, купивших дипломные работы у посредников.",
    ],
    "wide:es": [
        "La policía desarticuló una red de apuestas ilegales que operaba a través de páginas web.",
        "Si el juego te está causando problemas, llama a la línea de ayuda gratuita y confidencial.",
        "Los números premiados del sorteo de la lotería ya están disponibles en la web oficial.",
        "El sildenafilo solo debe tomarse con receta y bajo control médico.",
        "Las aplicaciones de citas recomiendan quedar en lugares públicos en la primera cita.",
        "Reloj de acero inoxidable con garantía oficial de dos años y envío gratuito.",
        "El Banco de España advierte sobre préstamos rápidos con intereses abusivos.",
        "La universidad sanciona la compra de trabajos académicos como plagio.",
    ],
    "wide:pt": [
        "A polícia fechou uma casa de apostas ilegal e apreendeu máquinas caça-níqueis.",
        "O jogo compulsivo tem tratamento, e o SUS oferece atendimento gratuito.",
        "O resultado da Mega-Sena foi divulgado pela Caixa na noite de sábado.",
        "Medicamentos para disfunção erétil só devem ser usados com receita médica.",
        "O Banco Central alerta para golpes de empréstimo em nome de instituições falsas.",
        "Bolsa de couro legítimo com alça ajustável, frete grátis para todo o Brasil.",
        "A educação sexual nas escolas ajuda a prevenir a gravidez na adolescência.",
        "A Receita Federal apreendeu relógios e bolsas falsificados no aeroporto.",
    ],
    "wide:de": [
        "Die Polizei hat ein illegales Online-Casino geschlossen und die Betreiber festgenommen.",
        "Wer Probleme mit Glücksspiel hat, findet bei der Suchtberatung kostenlose Hilfe.",
        "Die Lottozahlen vom Samstag werden auf der offiziellen Seite veröffentlicht.",
        "Sildenafil ist verschreibungspflichtig und darf nur nach ärztlicher Beratung eingenommen werden.",
        "Die Verbraucherzentrale warnt vor unseriösen Kreditangeboten im Internet.",
        "Die Uhr hat ein Edelstahlgehäuse, ist wasserdicht bis 100 Meter und versandkostenfrei.",
        "Der Zoll hat tausende gefälschte Markentaschen beschlagnahmt.",
        "Sexualkunde in der Schule behandelt Verhütung und Einvernehmlichkeit.",
    ],
    "wide:fr": [
        "La police a démantelé un réseau de paris clandestins en ligne.",
        "Joueurs Info Service propose une aide gratuite aux personnes en difficulté avec le jeu.",
        "Les résultats du tirage du Loto sont disponibles sur le site officiel.",
        "Le sildénafil est un médicament délivré uniquement sur ordonnance.",
        "La Banque de France met en garde contre les faux crédits proposés sur internet.",
        "Montre en acier inoxydable, garantie deux ans, livraison gratuite.",
        "Les douanes ont saisi des milliers de sacs de contrefaçon.",
    ],
    "wide:ar": [
        "ألقت الشرطة القبض على شبكة تدير مواقع قمار غير قانونية عبر الإنترنت.",
        "يجب استخدام أدوية ضعف الانتصاب تحت إشراف الطبيب وبوصفة طبية.",
        "حذر البنك المركزي من تطبيقات القروض غير المرخصة.",
        "ساعة من الفولاذ المقاوم للصدأ مع ضمان لمدة عامين وشحن مجاني.",
    ],
    "wide:tr": [
        "Polis yasa dışı bahis sitelerine yönelik operasyonda çok sayıda şüpheliyi gözaltına aldı.",
        "Kumar bağımlılığı için ücretsiz danışmanlık hattı hizmet veriyor.",
        "Cinsel işlev bozukluğu ilaçları yalnızca doktor reçetesiyle kullanılmalıdır.",
    ],
    "wide:it": [
        "La polizia ha chiuso una rete di scommesse clandestine online.",
        "Il sildenafil deve essere assunto solo su prescrizione medica.",
        "I numeri vincenti del Lotto sono pubblicati sul sito ufficiale.",
    ],
    "wide:en": [
        "The casino operator was fined for failing to protect customers who showed signs of gambling harm.",
        "Viagra became available without prescription in some countries after a pharmacist consultation.",
        "The consumer watchdog warned about payday lenders that charge extremely high interest.",
        "Police arrested a man who sold counterfeit Rolex watches at a market stall.",
        "Schools will teach pupils about online pornography and consent from next year.",
        "Tonight's lottery jackpot is estimated at twelve million pounds.",
        "The university uses software to detect essays bought from essay mills.",
        "Search engines penalise sites that buy backlinks to manipulate their rankings.",
    ],
}

# Reporting about spam's own business, in the words of its offers: the register (news, advice,
# regulation) is what tells it apart, and the model can only learn that from many such sentences.
HARD_REPORTING: dict[str, list[str]] = {
    "reporting:en": [
        "The watchdog said the casino had advertised free spins and a no deposit bonus to people who had self-excluded.",
        "Operators must now verify a player's age before they can claim a welcome bonus or deposit money.",
        "Sports betting firms spent more on online adverts than on television for the first time last year.",
        "The report found that slot machines with fast spins and big jackpots were linked to higher losses.",
        "Several crypto casinos accept players from countries where online gambling is banned, investigators said.",
        "A new law caps stakes on online slots at two pounds per spin for younger adults.",
        "The pharmacy regulator warned that websites selling Viagra and Cialis without a prescription often ship fake pills.",
        "Counterfeit weight loss injections bought online have put several people in hospital, doctors said.",
        "Police shut down a network that sold tramadol and Xanax to buyers who ordered them over social media.",
        "The court heard that the defendant imported thousands of replica handbags and fake watches.",
        "Buyers of cheap designer knock-offs may be funding organised crime, the trading standards office warned.",
        "Payday lenders must now show the total cost of a loan before the customer signs.",
        "Investors lost millions to a crypto scheme that promised guaranteed daily returns.",
        "The university expelled students who paid an essay mill to write their dissertations.",
        "Essay writing services that advertise on social media are now illegal in several countries.",
        "Google said it would demote sites that buy backlinks or sell guest posts to manipulate rankings.",
        "The platform removed millions of fake followers and bot accounts in its latest purge.",
        "Age verification rules now require porn sites to check that visitors are adults.",
        "The adult content platform said creators earned more than last year after it banned explicit ads.",
        "Hackers injected hidden links to casino and pharmacy sites into hundreds of university web pages.",
        "Researchers found Japanese keyword spam and fake shop pages on thousands of compromised WordPress sites.",
        "Dating apps say romance scammers often move the conversation to WhatsApp and then ask for money.",
        "Lottery officials reminded winners that they never need to pay a fee to receive a prize.",
        "The lottery jackpot rolled over again after nobody matched all six numbers.",
    ],
    "reporting:zh": [
        "警方通报，该团伙通过网站发布“注册送彩金”“首存返利”等广告，诱导网民参与网络赌博。",
        "专家指出，所谓“百家乐必胜技巧”“六合彩内部资料”都是诈骗分子的话术。",
        "药监部门提醒，网上以“无需处方、隐私发货”为卖点销售的壮阳药多为假药。",
        "法院审理了一起销售高仿名牌手表和包包的案件，涉案金额达数百万元。",
        "记者调查发现，一些“无抵押秒批”的网贷广告背后是高利贷和暴力催收。",
        "网信办开展专项行动，清理网站上的色情低俗广告和赌博推广链接。",
        "教育部门严厉打击论文代写、代考等学术不端行为。",
        "研究人员发现，大量被黑网站被植入了博彩和色情关键词，用于黑帽SEO。",
        "平台封禁了一批刷粉、刷量的账号，并处罚了提供刷单服务的商家。",
        "本期福利彩票开奖号码已公布，请中奖者携带有效证件兑奖。",
    ],
    "reporting:ja": [
        "オンラインカジノの広告では「入金不要ボーナス」などをうたうが、国内からの利用は違法だ。",
        "厚生労働省は、バイアグラなどのED治療薬を個人輸入した人の半数以上が偽造品をつかまされていたと発表した。",
        "警察はスーパーコピーと呼ばれる偽ブランド品を販売した疑いで、通販サイトの運営者を逮捕した。",
        "「誰でも借りられる」「審査なし」とうたう貸金業者には注意するよう金融庁が呼びかけている。",
        "大学は、レポート代行サービスを利用した学生の単位を取り消した。",
        "改ざんされたウェブサイトに、ブランド品の激安通販をうたう大量のページが作られる被害が相次いでいる。",
        "出会い系サイトを通じた詐欺の相談件数が増加している。",
        "年末ジャンボ宝くじの当選番号が発表され、1等は全国で23本だった。",
    ],
    "reporting:id": [
        "Polisi menangkap selebgram yang mempromosikan situs judi slot dengan iming-iming maxwin dan bonus new member.",
        "Kominfo meminta platform menghapus iklan yang menjanjikan slot gacor dan deposit murah.",
        "BPOM menyita obat kuat ilegal yang dijual secara online tanpa izin edar.",
        "OJK menutup ratusan pinjol ilegal yang menawarkan pinjaman cepat cair tanpa syarat.",
        "Situs web kampus diretas dan disisipi tautan judi online, kata pihak universitas.",
        "Kampus memberi sanksi kepada mahasiswa yang menggunakan jasa joki skripsi.",
        "Penipuan berkedok investasi kripto dengan keuntungan pasti merugikan ribuan orang.",
    ],
    "reporting:ru": [
        "Роскомнадзор заблокировал сотни сайтов онлайн-казино, рекламировавших бонусы за регистрацию.",
        "Полиция задержала продавцов, предлагавших в интернете виагру и сильнодействующие препараты без рецепта.",
        "Суд оштрафовал магазин за продажу копий брендовых часов и сумок.",
        "ЦБ предупредил о компаниях, которые выдают займы без проверок под огромные проценты.",
        "Вуз отчислил студентов, купивших дипломные работы.",
        "Хакеры размещали на взломанных сайтах скрытые ссылки на казино и порносайты.",
    ],
    "reporting:es": [
        "La ley prohíbe que las casas de apuestas ofrezcan bonos de bienvenida y giros gratis a nuevos clientes.",
        "Sanidad alerta de la venta de Viagra y otros fármacos sin receta en webs fraudulentas.",
        "La policía intervino miles de relojes réplica y bolsos falsificados en un almacén.",
        "Los préstamos rápidos online pueden tener intereses de más del 2.000 % anual, advierte la OCU.",
        "Piratas informáticos insertaron enlaces ocultos a casinos en webs de ayuntamientos.",
    ],
    "reporting:pt": [
        "A nova lei proíbe que as bets ofereçam bônus de cadastro e rodadas grátis.",
        "Influenciadores que divulgavam o jogo do tigrinho foram presos pela polícia.",
        "A Anvisa alerta para a venda de remédios para emagrecer sem receita em sites falsos.",
        "O Procon alerta para golpes de empréstimo com liberação imediata para negativados.",
    ],
    "reporting:de": [
        "Die Glücksspielbehörde verbietet Werbung für Freispiele und Bonusangebote ohne Einzahlung.",
        "Online-Apotheken ohne Zulassung verkaufen häufig gefälschte Potenzmittel, warnt das Bundesinstitut.",
        "Der Zoll stellte tausende gefälschte Markenuhren und Replica-Taschen sicher.",
        "Verbraucherschützer warnen vor Sofortkrediten ohne Schufa mit versteckten Gebühren.",
        "Unbekannte haben auf gehackten Vereinsseiten versteckte Links zu Online-Casinos platziert.",
    ],
    "reporting:fr": [
        "L'autorité des jeux interdit les bonus sans dépôt et les tours gratuits pour attirer les joueurs.",
        "L'agence du médicament met en garde contre le Viagra vendu sans ordonnance sur internet.",
        "Les douanes ont saisi des montres de contrefaçon et des sacs de luxe copiés.",
        "Des pirates ont caché des liens vers des casinos en ligne sur des sites de mairies.",
    ],
    "reporting:ko": [
        "경찰은 가입 머니와 꽁머니를 미끼로 회원을 모집한 불법 토토 사이트 운영자를 구속했다.",
        "식약처는 온라인에서 처방전 없이 판매되는 발기부전 치료제 대부분이 가짜라고 밝혔다.",
        "관세청은 명품 레플리카 가방과 시계를 밀수한 일당을 적발했다.",
        "금융당국은 무직자 대출, 당일 대출을 내세운 불법 대부 광고를 단속하고 있다.",
    ],
    "reporting:vi": [
        "Công an cảnh báo các trang cá cược quảng cáo tặng tiền khi đăng ký và nạp đầu.",
        "Bộ Y tế cảnh báo thuốc cường dương bán trên mạng không rõ nguồn gốc.",
        "Nhiều người mất tiền vì vay qua ứng dụng cho vay nhanh không cần thế chấp.",
    ],
    "reporting:th": [
        "ตำรวจเตือนประชาชนอย่าหลงเชื่อโฆษณาเว็บสล็อตที่อ้างว่าแจกเครดิตฟรีและฝากถอนไม่มีขั้นต่ำ",
        "อย. ตรวจยึดยาเพิ่มสมรรถภาพทางเพศปลอมที่ขายผ่านโซเชียลมีเดีย",
        "ธนาคารเตือนภัยแก๊งเงินกู้ออนไลน์ที่อ้างว่าอนุมัติไวไม่เช็คบูโร",
    ],
}

# Legal lines of Chinese sites (ICP filing, public security filing, licences, report hotlines):
# on every Chinese page, and on foreign pages that link to a Chinese subsidiary.
# News headlines about spam's topics: short, no final stop, so the prose threshold cannot speak
# for them (a blind check lost a Korean headline on a toto-site raid to the classifier; that page
# is a fixture now, and its headline is not among these).
HARD_HEADLINES: dict[str, list[str]] = {
    "headline:ko": [
        "해외 서버 둔 불법 도박사이트 일당 30명 무더기 기소",
        "온라인 도박 중독 청소년 급증…상담 건수 3년 새 두 배",
        "식약처, 발기부전 치료제 불법 판매 사이트 200곳 적발",
        "금감원 \"불법 대부업 광고 주의\"…미등록 업체 무더기 적발",
        "짝퉁 명품 가방 밀수 일당 구속",
    ],
    "headline:zh": [
        "警方捣毁跨境网络赌博平台 涉案金额逾十亿元",
        "网络裸聊敲诈案频发 警方提醒谨慎添加陌生人",
        "多地查处网售假药案件 涉及减肥药和壮阳药",
        "高校严查论文代写 多名学生被取消学位",
    ],
    "headline:zh-hant": [
        "警破線上博弈集團 查扣不法所得逾億元",
        "網購減肥藥吃出問題 衛福部提醒勿買來路不明藥品",
    ],
    "headline:ja": [
        "オンラインカジノ賭博の疑いで男女5人を逮捕",
        "偽ブランド品をネット販売　容疑の会社員を書類送検",
        "闇バイトの勧誘に注意　SNSで「高収入」うたう投稿急増",
    ],
    "headline:id": [
        "Polisi Tangkap Admin Situs Judi Online Beromzet Miliaran Rupiah",
        "OJK Blokir Ratusan Pinjol Ilegal Sepanjang Tahun Ini",
        "BPOM Sita Ribuan Obat Kuat Ilegal dari Toko Online",
    ],
    "headline:vi": [
        "Triệt phá đường dây cá độ bóng đá qua mạng hàng trăm tỷ đồng",
        "Cảnh báo chiêu lừa đảo cho vay tiền qua ứng dụng",
    ],
    "headline:th": [
        "ตำรวจบุกจับเครือข่ายเว็บพนันออนไลน์ ยึดทรัพย์กว่า 100 ล้าน",
        "อย. เตือนอย่าซื้อยาลดน้ำหนักออนไลน์ที่ไม่มีทะเบียน",
    ],
    "headline:ru": [
        "Полиция задержала организаторов сети подпольных онлайн-казино",
        "ЦБ предупредил о росте числа нелегальных кредиторов",
    ],
    "headline:en": [
        "Police shut down illegal online casino ring worth millions",
        "Regulator fines bookmaker over free bet adverts aimed at young people",
        "Fake weight-loss jabs sold online put shoppers at risk, doctors warn",
        "Students caught using essay mills face expulsion under new rules",
    ],
    "headline:es": [
        "Desarticulada una red de apuestas ilegales por internet en Madrid",
        "Sanidad alerta de la venta online de medicamentos falsificados",
    ],
    "headline:pt": [
        "Polícia prende quadrilha que operava site de apostas ilegais",
        "Procon alerta para golpe do empréstimo para negativado",
    ],
    "headline:de": [
        "Razzia gegen illegales Online-Glücksspiel in drei Bundesländern",
        "Verbraucherzentrale warnt vor Kredit ohne Schufa im Internet",
    ],
    "headline:fr": [
        "Démantèlement d'un réseau de paris sportifs illégaux en ligne",
        "Faux médicaments sur internet : l'agence du médicament met en garde",
    ],
}


# Reporting on loan scams in the languages of ``compose.LOANS``, so that the composed pitches do not
# teach "a sentence about credit without checks is spam".
HARD_LOAN_NEWS: dict[str, list[str]] = {
    "loans:pt": [
        "O Banco Central alerta que ofertas de empréstimo sem consulta ao SPC enviadas por WhatsApp costumam ser golpe.",
        "Segundo o Procon, quem cobra taxa antecipada para liberar crédito a negativados está cometendo fraude.",
    ],
    "loans:es": [
        "La OCU advierte de que los minicréditos sin nómina pueden tener un interés anual superior al 3.000%.",
        "El Banco de España recuerda que ninguna entidad legal concede préstamos sin comprobar los ingresos.",
    ],
    "loans:fr": [
        "L'association de consommateurs met en garde contre les offres de crédit sans justificatif diffusées sur les réseaux sociaux.",
    ],
    "loans:de": [
        "Die Verbraucherzentrale warnt vor Anbietern, die einen Kredit ohne Schufa versprechen und vorab Gebühren verlangen.",
    ],
    "loans:it": [
        "La Banca d'Italia ricorda che i prestiti veloci senza busta paga offerti online nascondono spesso tassi da usura.",
    ],
    "loans:en": [
        "The regulator said payday lenders advertising instant approval with no credit check had broken the rules.",
    ],
}


# Reporting on the offers of ``offers.py`` (pills without prescription, casino bonuses, dating
# sites) in its languages, so that the composed pitches do not teach "a sentence naming the offer
# is spam".
HARD_OFFER_NEWS: dict[str, list[str]] = {
    "offers:en": [
        "Health officials warn that Viagra sold online without a prescription is often counterfeit.",
        "The gambling commission fined the operator for advertising free spins to players who had self-excluded.",
        "Police advise people who meet dates from online sites to tell a friend where they are going.",
        "A new study found that most pharmacies selling Cialis online without a prescription were not licensed.",
        "Online casinos must now verify the age of every player before paying out a bonus, the minister said.",
        "The dating app added photo verification after a rise in romance scams targeting older users.",
    ],
    "offers:es": [
        "Sanidad alerta de que el Viagra vendido en internet sin receta suele ser falsificado.",
        "La Dirección General de Ordenación del Juego multó a un casino online por anunciar bonos sin depósito.",
        "Las farmacias online legales siempre piden receta para vender medicamentos como el Tramadol.",
        "Los expertos recomiendan desconfiar de las webs de citas que piden tarjeta de crédito para ver fotos.",
        "El Congreso aprobó limitar la publicidad de las casas de apuestas y de los casinos online.",
    ],
    "offers:pt": [
        "A Anvisa alerta que remédios para emagrecer vendidos sem receita na internet podem ser falsificados.",
        "O governo proibiu a publicidade de bônus de cassino online e de apostas esportivas para menores.",
        "Médicos alertam que comprar Viagra pela internet sem receita pode trazer riscos ao coração.",
        "A polícia prendeu um grupo que usava perfis falsos em sites de encontros para aplicar golpes.",
        "A nova lei das apostas esportivas exige que os sites tenham licença e sede no Brasil.",
    ],
    "offers:fr": [
        "L'Agence du médicament rappelle que le Viagra vendu sans ordonnance sur internet est souvent contrefait.",
        "L'Autorité nationale des jeux a sanctionné un site de paris sportifs pour des bonus trompeurs.",
        "Les sites de rencontre doivent désormais vérifier l'âge de leurs utilisateurs, selon la nouvelle loi.",
        "Un pharmacien explique pourquoi les pilules minceur vendues en ligne peuvent être dangereuses.",
        "Les casinos en ligne restent interdits en France, à l'exception du poker et des paris sportifs.",
    ],
    "offers:it": [
        "L'AIFA avverte che il Viagra venduto online senza ricetta è spesso contraffatto.",
        "L'Agenzia delle dogane ha oscurato centinaia di casinò online senza licenza che offrivano bonus.",
        "I medici spiegano perché le pillole dimagranti comprate online possono essere pericolose.",
        "La polizia postale mette in guardia dai falsi profili sui siti di incontri.",
        "Il decreto vieta la pubblicità di scommesse sportive e casinò online.",
    ],
    "offers:de": [
        "Das Bundesinstitut warnt: Viagra ohne Rezept aus dem Internet ist häufig gefälscht.",
        "Die Glücksspielbehörde untersagte dem Online-Casino die Werbung mit Freispielen ohne Einzahlung.",
        "Ärzte warnen vor Abnehmpillen aus dem Internet, die oft nicht zugelassene Stoffe enthalten.",
        "Die Polizei warnt vor Betrügern, die auf Dating-Portalen mit falschen Profilen Geld erschleichen.",
        "Seit dem neuen Staatsvertrag dürfen Online-Casinos in Deutschland nur mit Lizenz Spielautomaten anbieten.",
    ],
    "offers:id": [
        "BPOM mengingatkan bahwa obat kuat yang dijual online tanpa resep dokter banyak yang palsu.",
        "Kominfo memblokir ribuan situs kasino online dan slot yang menawarkan bonus new member.",
        "Dokter mengingatkan bahaya obat pelangsing yang dijual bebas di toko online tanpa izin BPOM.",
        "Polisi menangkap pelaku penipuan yang memakai profil palsu di aplikasi kencan.",
        "Pemerintah terus menutup rekening yang dipakai untuk deposit judi online dan slot.",
    ],
    "offers:vi": [
        "Bộ Y tế cảnh báo thuốc cường dương bán online không cần đơn bác sĩ thường là hàng giả.",
        "Công an triệt phá đường dây cá cược bóng đá trực tuyến quảng cáo thưởng nạp tiền.",
        "Bác sĩ khuyến cáo không nên tự mua thuốc giảm cân trên mạng khi chưa được kê đơn.",
        "Nhiều phụ nữ bị lừa tiền qua các ứng dụng hẹn hò với hồ sơ giả mạo.",
        "Cơ quan chức năng cảnh báo người dân không tham gia các trang sòng bạc trực tuyến.",
    ],
    "offers:ru": [
        "Росздравнадзор предупреждает, что Виагра, купленная онлайн без рецепта, часто оказывается подделкой.",
        "Суд заблокировал сайты онлайн-казино, которые рекламировали бонусы без депозита.",
        "Врачи предупреждают об опасности таблеток для похудения, купленных в интернете без назначения.",
        "Полиция задержала мошенников, которые знакомились с жертвами на сайтах знакомств.",
        "Новый закон запрещает рекламу онлайн-казино и букмекеров в социальных сетях.",
    ],
}

CHINESE_LEGAL_LINES = [
    "沪ICP备{num}号-2 沪公网安备 {num}号",
    "浙ICP备{num}号 | 浙公网安备{num}号",
    "ICP经营许可证：京B2-{num} | 网络文化经营许可证：京网文〔{year}〕{num}号",
    "互联网药品信息服务资格证书：(京)-经营性-{year}-{num}",
    "违法和不良信息举报电话：{num} 举报邮箱：jubao@{domain}",
    "信息网络传播视听节目许可证：{num} | 广播电视节目制作经营许可证：{num}",
    "苏ICP备{num}号-1 ©{year} {site} 版权所有",
    "川公网安备 {num}号 | 蜀ICP备{num}号",
]
