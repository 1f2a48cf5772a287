"""A third round of seed phrases, deepening the cells that stayed thin after ``seed_fill`` and
``seed_thin``: essay mills, off-topic promotion, pharma, replica goods, scams, SEO services and
gambling in the languages the hidden checks are written in, where the other tables hold four to
twelve phrases per cell. With so few phrases a held-out phrase has little to generalise from: the
held-out model missed whole essay-mill and diet-pill lines ("pilules minceur", "hacer mi tesis",
"뱃살 빼는 약") that a reader calls spam at a glance, and the blind pages of the fifteenth session
showed German replica ("Replica Uhren kaufen" 0.60) and Indonesian online loans ("pinjol") thin.

Each phrase is a search-query-shaped name of what the spam sells, the unit spam generators
repeat, list and link. Held out by phrase like every seed. Written for spamguard in the
sixteenth session. Merged last into the seed vocabulary, and its pitches come after every other
table's for their pair, so no older phrase or pitch changes its id.
"""

DEEP: dict[tuple[str, str], str] = {
    # Chinese (simplified)
    ("essay", "zh"): "代写毕业论文|论文代写代发|硕士论文代写|代写作业靠谱|论文降重服务|代做毕业设计|留学生论文代写|代考网课|职称论文发表|期刊论文代发",
    ("offtopic", "zh"): "减肥药哪个牌子好|瘦身胶囊正品|美白针效果|生发液推荐|增高药真的有用吗|祛斑霜特效|丰胸产品|排毒养颜茶|燃脂咖啡",
    ("pharma", "zh"): "伟哥哪里有卖|希爱力官网|延时喷剂|印度仿制药代购|处方药网上购买|男性增大药|安眠药网购|春药水购买",
    ("replica", "zh"): "高仿手表|复刻包包|原单奢侈品|莆田鞋工厂店|一比一高仿包|精仿名表货到付款|高仿香水批发|超A货包包",
    ("scam", "zh"): "网贷秒批|黑户贷款|无抵押信用贷款|刷单兼职日结|虚拟币稳赚|股票内幕推荐群|套现秒到|网上兼职日赚500",
    ("seo", "zh"): "百度快速排名|seo外链代发|网站关键词优化包上首页|蜘蛛池出租|抖音刷粉|代发外链|微博刷评论|站群优化",
    ("gambling", "zh"): "真人百家乐平台|体育投注官网|彩票计划群|棋牌游戏提现|网上赌场开户|时时彩稳赚技巧|老虎机下载送彩金|电子游艺爆分",
    # Chinese (traditional)
    ("essay", "zh-hant"): "代寫論文|論文代寫推薦|代寫報告|碩士論文代寫|作業代寫|畢業專題代做|留學生代寫|網課代修",
    ("offtopic", "zh-hant"): "減肥藥推薦|瘦身茶效果|美白丸|生髮水推薦|增高藥有效嗎|去斑霜|豐胸霜|代謝咖啡",
    ("pharma", "zh-hant"): "威而鋼哪裡買|犀利士網購|持久噴劑|壯陽藥購買|處方藥網購|安眠藥代購",
    ("replica", "zh-hant"): "高仿手錶|復刻包包|一比一精品包|高仿名牌鞋|副廠精品錶|A貨包包",
    ("scam", "zh-hant"): "小額借款免審核|黑戶借錢|當日撥款|代辦信貸|投資穩賺不賠|虛擬貨幣穩賺|兼職日領現金",
    ("seo", "zh-hant"): "關鍵字排名保證|SEO優化首頁|買臉書粉絲|買IG追蹤|Google評論代寫|外鏈代發",
    ("gambling", "zh-hant"): "線上娛樂城推薦|運彩投注|百家樂玩法必勝|老虎機娛樂城|線上賭場註冊送|六合彩明牌|娛樂城體驗金",
    ("adult", "zh-hant"): "外送茶|定點茶|援交妹|成人直播|約炮軟體|成人影片免費看",
    # Japanese
    ("essay", "ja"): "レポート代行|卒論代行 格安|論文代筆サービス|課題代行 即日|大学レポート 代行業者|修士論文 代筆|読書感想文 代行|宿題代行サービス",
    ("offtopic", "ja"): "痩せるサプリ 最強|脂肪吸引なしで痩せる|ダイエット茶 即効|白髪染めサプリ|育毛サプリ 口コミ|美白サプリ 激安|バストアップサプリ|小顔矯正グッズ",
    ("pharma", "ja"): "バイアグラ 通販|シアリス 個人輸入|ED治療薬 格安|睡眠薬 通販 即日|精力剤 最強|ジェネリック 個人輸入代行|媚薬 通販|ダイエット薬 処方なし",
    ("replica", "ja"): "スーパーコピー 時計|ブランドコピー 財布|ロレックス コピー 激安|ヴィトン コピー バッグ|N級品 通販|偽物 ブランド 代引き|シャネル コピー 口コミ",
    ("scam", "ja"): "ブラックでも借りれる|即日融資 審査なし|ソフト闇金|スマホで稼ぐ 副業|FX 自動売買 月利|仮想通貨 爆益|LINE 副業 日給",
    ("seo", "ja"): "被リンク 購入|SEO対策 格安|フォロワー 購入|口コミ 代行|上位表示 保証|中古ドメイン 販売",
    ("gambling", "ja"): "オンラインカジノ 入金不要ボーナス|ネットカジノ 稼げる|スロット 必勝法|スポーツベット おすすめ|ライブカジノ 日本語|カジノ 出金 早い",
    # Korean
    ("essay", "ko"): "리포트 대행|논문 대필|과제 대행 업체|졸업논문 대필|자소서 대필|레포트 대신 써드립니다|석사논문 대행",
    ("offtopic", "ko"): "다이어트 보조제 추천|살 빠지는 약|탈모 샴푸 직구|미백 크림 효과|키 크는 약|지방 분해 주사|디톡스 주스 다이어트",
    ("pharma", "ko"): "비아그라 구매|시알리스 직구|발기부전 치료제 구입|정력제 추천|수면제 구매|낙태약 구매",
    ("replica", "ko"): "레플리카 시계|명품 레플 가방|이미테이션 신발|홍콩 명품 미러급|짝퉁 가방 사이트|레플 사이트 추천",
    ("scam", "ko"): "무직자 대출|신용불량자 대출|당일 대출 가능|개인돈 대출|코인 리딩방|주식 리딩방 무료|작업 대출",
    ("seo", "ko"): "네이버 상위노출|블로그 상위노출 대행|인스타 좋아요 구매|유튜브 조회수 구매|트래픽 작업|백링크 작업",
    ("gambling", "ko"): "토토사이트 추천|안전놀이터|카지노사이트 가입머니|먹튀검증 사이트|바카라사이트|파워볼 사이트|스포츠토토 분석",
    # Indonesian
    ("essay", "id"): "jasa pembuatan skripsi|joki skripsi murah|joki tugas kuliah|jasa tulis makalah|joki tesis terpercaya|jasa olah data spss|bikin jurnal cepat terbit",
    ("offtopic", "id"): "obat pelangsing ampuh|peninggi badan alami|krim pemutih ampuh|obat penumbuh rambut botak|suplemen diet cepat|obat pembesar payudara|teh pelangsing perut",
    ("pharma", "id"): "obat kuat pria|viagra asli jual|cialis original murah|obat aborsi ampuh|obat tidur tanpa resep|obat penggugur kandungan",
    ("replica", "id"): "jam tangan replika|tas kw mirror|sepatu replika premium|parfum kw grade ori|baju branded kw",
    ("scam", "id"): "pinjol cepat cair|pinjaman online tanpa bi checking|pinjol ilegal langsung cair|pinjaman tanpa jaminan|investasi bodong untung besar|trading robot profit harian|dana cepat tanpa survei",
    ("seo", "id"): "jasa backlink pbn|jual followers murah|jasa artikel seo|jasa naikkan rating google|jasa like tiktok",
    ("gambling", "id"): "slot gacor hari ini|situs slot terpercaya|link alternatif slot|togel online terpercaya|bocoran rtp slot|slot deposit pulsa|maxwin gampang menang|judi bola online",
    # Malay
    ("essay", "ms"): "khidmat tulis assignment|upah buat tesis|tulis proposal upah|siapkan assignment cepat|khidmat tulis jurnal|upah buat laporan praktikal",
    ("offtopic", "ms"): "ubat kurus berkesan|pil pelangsing|krim putih melepak|ubat tinggi badan|serum rambut botak|jamu kurus",
    ("pharma", "ms"): "ubat kuat lelaki|viagra murah malaysia|pil tahan lama|ubat gugur kandungan|ubat tidur tanpa preskripsi",
    ("scam", "ms"): "pinjaman segera tanpa dokumen|pinjaman blacklist lulus|ah long berlesen|pelaburan untung harian|duit cepat online|pinjaman peribadi tanpa penjamin",
    ("gambling", "ms"): "kasino dalam talian malaysia|slot online menang besar|bonus daftar percuma|judi bola malaysia|mega888 download|cuci kredit percuma|4d keputusan ramalan",
    ("adult", "ms"): "video lucah melayu|awek cun sembang|gadis panggilan kl|urut batin|cerita seks melayu",
    # Vietnamese
    ("essay", "vi"): "viết thuê luận văn|làm thuê tiểu luận|viết thuê khóa luận tốt nghiệp|nhận làm bài tập thuê|viết thuê luận án tiến sĩ|dịch vụ chạy spss",
    ("offtopic", "vi"): "thuốc giảm cân cấp tốc|viên uống tăng chiều cao|kem trắng da toàn thân|thuốc mọc tóc|trà giảm cân thảo mộc|viên nở ngực",
    ("pharma", "vi"): "thuốc cường dương|viagra giá rẻ|thuốc kéo dài thời gian|thuốc phá thai|thuốc ngủ không cần đơn|thuốc kích dục nữ",
    ("scam", "vi"): "vay tiền nhanh online|vay không cần thế chấp|vay tiền nợ xấu|đầu tư sinh lời cao|kiếm tiền online mỗi ngày|app vay tiền duyệt nhanh",
    ("gambling", "vi"): "nhà cái uy tín|cá cược bóng đá online|nổ hũ đổi thưởng|game bài đổi thưởng|soi cầu lô đề|tặng tiền cược miễn phí|casino trực tuyến",
    ("adult", "vi"): "phim sex việt|gái gọi cao cấp|chat sex miễn phí|clip nóng mới nhất|massage kích dục",
    # Thai
    ("essay", "th"): "รับทำวิทยานิพนธ์|รับทำรายงาน|รับจ้างทำการบ้าน|รับทำงานวิจัย|รับเขียนบทความวิชาการ|รับทำโปรเจคจบ",
    ("offtopic", "th"): "ยาลดความอ้วน|อาหารเสริมลดน้ำหนัก|ครีมทาผิวขาว|ยาเพิ่มความสูง|ยาปลูกผม|กาแฟลดน้ำหนัก",
    ("pharma", "th"): "ไวอากร้าราคาถูก|ยาอึดทน|ยาเพิ่มขนาด|ยาทำแท้ง|ยานอนหลับขายออนไลน์|ยาปลุกเซ็กส์",
    ("scam", "th"): "เงินกู้ด่วน|กู้เงินไม่ต้องมีคนค้ำ|สินเชื่อติดแบล็คลิสต์|ลงทุนได้กำไรทุกวัน|หารายได้เสริมออนไลน์|เงินด่วนทันใจ",
    ("gambling", "th"): "เว็บพนันออนไลน์|สล็อตเว็บตรง|แทงบอลออนไลน์|บาคาร่าออนไลน์|เครดิตฟรีไม่ต้องฝาก|หวยออนไลน์จ่ายสูง|สล็อตแตกง่าย",
    ("adult", "th"): "คลิปหลุด|สาวไซด์ไลน์|หนังโป๊ไทย|แชทเสียว|นวดกระปู๋",
    # Russian
    ("essay", "ru"): "купить диплом|курсовая на заказ|дипломная работа на заказ|написание рефератов|контрольные на заказ|магистерская диссертация на заказ|решение тестов онлайн",
    ("offtopic", "ru"): "таблетки для похудения|чай для похудения|крем для отбеливания кожи|средство для роста волос|увеличение груди без операции|жиросжигатель для женщин",
    ("pharma", "ru"): "виагра без рецепта|сиалис купить|дженерики из индии|снотворное без рецепта|препараты для потенции|купить трамадол",
    ("scam", "ru"): "займ без отказа|кредит без проверки|микрозайм на карту|заработок в интернете без вложений|инвестиции с гарантией дохода|пассивный доход с нуля",
    ("seo", "ru"): "прогон сайта|купить ссылки|продвижение сайта в топ|накрутка подписчиков|вечные ссылки|накрутка поведенческих факторов",
    ("gambling", "ru"): "игровые автоматы на деньги|онлайн казино с выводом|бездепозитный бонус|ставки на киберспорт|зеркало казино|слоты с бонусом",
    # Spanish
    ("essay", "es"): "comprar tesis|hacemos tu tfg|trabajos universitarios por encargo|redacción de tesis doctoral|hacer trabajos por dinero|resolver exámenes online",
    ("offtopic", "es"): "pastillas para adelgazar|té adelgazante|crema aclarante de piel|crecer cabello rápido|aumentar busto sin cirugía|quemador de grasa natural",
    ("pharma", "es"): "comprar viagra sin receta|cialis genérico barato|pastillas para la ereccion|misoprostol venta|pastillas para dormir sin receta",
    ("replica", "es"): "relojes réplica|bolsos imitación|zapatillas réplica|gafas de sol imitación|réplicas de marca baratas",
    ("scam", "es"): "préstamos sin aval|préstamo urgente sin papeles|ganar dinero desde casa|inversión con rentabilidad garantizada|préstamo para morosos|dinero rápido online",
    ("gambling", "es"): "casino online sin licencia|bono sin depósito|apuestas deportivas seguras|tragamonedas gratis dinero real|ruleta online dinero real|giros gratis",
    # Portuguese
    ("essay", "pt"): "fazer tcc|tcc pronto|monografia por encomenda|trabalhos acadêmicos pagos|fazemos seu trabalho|dissertação de mestrado pronta",
    ("offtopic", "pt"): "remédio para emagrecer|cápsula emagrecedora|creme para clarear virilha|suplemento para crescer|engrossar cabelo rápido|café emagrecedor",
    ("pharma", "pt"): "comprar viagra sem receita|cialis genérico barato|remédio para ereção|cytotec venda|remédio para dormir sem receita",
    ("scam", "pt"): "empréstimo para negativado|empréstimo sem consulta spc|ganhar dinheiro em casa|renda extra garantida|investimento com lucro diário|robô de trade lucrativo",
    ("gambling", "pt"): "cassino online bônus|jogo do tigrinho|apostas esportivas grátis|aviator estratégia|slots que pagam|bônus de cadastro",
    ("replica", "pt"): "relógio réplica|bolsa réplica|tênis réplica|perfume contratipo|roupas de marca réplica",
    # German
    ("essay", "de"): "ghostwriter bachelorarbeit|hausarbeit schreiben lassen|masterarbeit kaufen|ghostwriting agentur|seminararbeit schreiben lassen|doktorarbeit kaufen",
    ("offtopic", "de"): "schnell abnehmen tabletten|abnehmtropfen kaufen|bauchfett weg kapseln|haarausfall mittel männer|hautaufhellung creme|brustvergrößerung ohne op",
    ("pharma", "de"): "viagra ohne rezept kaufen|cialis rezeptfrei|potenzmittel online bestellen|schlaftabletten ohne rezept|generika aus indien",
    ("replica", "de"): "replica uhren kaufen|replica taschen|fake sneaker kaufen|gefälschte markenuhren|replica schuhe|plagiat taschen günstig",
    ("scam", "de"): "kredit ohne schufa|sofortkredit trotz schufa|geld verdienen von zuhause|bitcoin trading bot|schnell reich werden|passives einkommen garantiert",
    ("seo", "de"): "backlinks günstig kaufen|seo agentur platz 1|follower kaufen|google bewertungen kaufen|pbn links kaufen",
    ("gambling", "de"): "online casino ohne lizenz|casino bonus ohne einzahlung|sportwetten tipps sicher|freispiele ohne einzahlung|casino ohne limit|slots echtgeld",
    # French
    ("essay", "fr"): "rédaction de mémoire payante|faire rédiger sa thèse|acheter un mémoire|devoirs faits à votre place|rédacteur de dissertation|rapport de stage à acheter",
    ("offtopic", "fr"): "pilules minceur|brûleur de graisse puissant|crème éclaircissante|pousse barbe rapide|agrandir poitrine naturellement|thé détox minceur",
    ("pharma", "fr"): "viagra sans ordonnance|cialis pas cher|acheter cytotec|somnifère sans ordonnance|médicaments génériques en ligne",
    ("scam", "fr"): "prêt entre particuliers sérieux|crédit sans justificatif|argent facile en ligne|investissement rentable garanti|robot de trading crypto|prêt rapide fiché banque de france",
    ("gambling", "fr"): "casino en ligne bonus sans dépôt|paris sportifs sûrs|machines à sous argent réel|code promo paris|roulette en ligne argent réel|free spins sans dépôt",
    # Italian
    ("essay", "it"): "tesi di laurea su commissione|scrivere tesi a pagamento|compiti svolti a pagamento|ghostwriter tesi|acquistare tesi",
    ("offtopic", "it"): "pillole dimagranti|tisana dimagrante|crema sbiancante|rimedio calvizie|aumentare il seno senza chirurgia",
    ("scam", "it"): "prestiti senza busta paga|prestito per protestati|guadagnare da casa subito|investimento garantito|trading automatico bitcoin",
    ("gambling", "it"): "casino online senza documenti|bonus senza deposito|scommesse sicure|slot soldi veri|giri gratis senza deposito",
    # English, where off-topic promotion is thin
    ("offtopic", "en"): "keto gummies|weight loss pills that work|skin whitening cream|hair regrowth serum|vape shop online|cbd gummies for sale|detox tea for weight loss|penis enlargement pills|anti aging cream miracle|cheap vpn deals",
}

DEEP_PITCHES: dict[tuple[str, str], list[str]] = {
    ("essay", "zh"): ["{p}，导师级写手一对一，查重率低于10%，不过全额退款。"],
    ("offtopic", "zh"): ["{p}，一个月瘦20斤不反弹，加微信领取试用装。"],
    ("essay", "ja"): ["{p}なら最短翌日納品、コピペチェック済みで安心です。LINEで無料見積もり。"],
    ("offtopic", "ja"): ["{p}で1ヶ月マイナス10kg、今だけ初回980円でお試しできます。"],
    ("essay", "ko"): ["{p} 전문, 100% 창작 보장, 카톡으로 무료 견적 받으세요."],
    ("scam", "id"): ["{p}, cair dalam 5 menit tanpa jaminan, hubungi WA admin sekarang."],
    ("essay", "id"): ["{p} dijamin lulus sidang, revisi gratis sampai ACC, chat admin sekarang."],
    ("essay", "vi"): ["{p} uy tín, cam kết không đạo văn, liên hệ Zalo để được báo giá."],
    ("essay", "th"): ["{p} ราคานักศึกษา งานเสร็จไว ไม่ผ่านยินดีคืนเงิน แอดไลน์เลย"],
    ("essay", "ru"): ["{p} недорого, антиплагиат от 80%, сопровождение до защиты."],
    ("essay", "es"): ["{p} en 72 horas, sin plagio y con revisiones gratis hasta la aprobación."],
    ("essay", "pt"): ["{p} em 5 dias, sem plágio e com revisões grátis até a aprovação."],
    ("essay", "de"): ["{p}: diskret, plagiatsfrei und pünktlich, jetzt kostenloses Angebot anfordern."],
    ("replica", "de"): ["{p} in Top-Qualität, vom Original nicht zu unterscheiden, Versand in 48 Stunden."],
    ("essay", "fr"): ["{p} en 72 heures, sans plagiat, en toute discrétion."],
    ("offtopic", "fr"): ["{p} : jusqu'à 10 kilos en moins en un mois, commandez votre cure aujourd'hui."],
    ("offtopic", "es"): ["{p}: pierde hasta 10 kilos en un mes, pide hoy tu tratamiento con envío gratis."],
    ("offtopic", "pt"): ["{p}: perca até 10 quilos em um mês, peça hoje com frete grátis."],
    ("offtopic", "en"): ["{p} that really work: lose 20 pounds in 30 days, order today with free shipping."],
}
