"""Slots of dating, casino and pill-shop pitches, written for spamguard (see ``compose.py``).

Each language has (offers, conditions, speeds, calls to act): what is sold, what the buyer need
not do or worry about, how fast it comes, and what to do now. The languages are those where the
blind checks found such pitches written as ordinary sentences and kept.
"""

from __future__ import annotations

Slots = tuple[list[str], list[str], list[str], list[str]]

DATING: dict[str, Slots] = {
    "en": (
        ["Lonely women in your area", "Hot singles near you", "Mature ladies looking for fun",
         "Discreet affairs for married people", "Sexy girls from your city", "Private webcam shows"],
        ["no credit card needed", "100% free sign up", "no strings attached", "totally anonymous",
         "verified real profiles only"],
        ["meet tonight", "chat in 2 minutes", "instant access", "replies within minutes"],
        ["click here to see her photos", "join now for free", "message her today", "sign up before it's gone"],
    ),
    "es": (
        ["Chicas solteras de tu ciudad", "Mujeres maduras buscando diversión", "Citas discretas para casados",
         "Webcams en vivo con chicas reales", "Contactos calientes cerca de ti", "Escorts de lujo"],
        ["sin tarjeta de crédito", "registro 100% gratis", "sin compromiso", "totalmente anónimo",
         "perfiles verificados"],
        ["quedad esta misma noche", "chatea en 2 minutos", "acceso inmediato", "responden en minutos"],
        ["haz clic y mira sus fotos", "únete gratis ahora", "escríbele hoy", "regístrate ya"],
    ),
    "pt": (
        ["Mulheres solteiras da sua cidade", "Coroas procurando diversão", "Encontros discretos para casados",
         "Garotas de programa", "Webcam ao vivo com meninas reais", "Contatos quentes perto de você"],
        ["sem cartão de crédito", "cadastro 100% grátis", "sem compromisso", "totalmente anônimo",
         "perfis verificados"],
        ["encontro ainda hoje", "converse em 2 minutos", "acesso imediato", "respostas em minutos"],
        ["clique e veja as fotos", "entre grátis agora", "mande uma mensagem hoje", "cadastre-se já"],
    ),
    "fr": (
        ["Femmes célibataires de ta ville", "Femmes mûres cherchant du plaisir",
         "Rencontres discrètes pour personnes mariées", "Webcams en direct avec de vraies filles",
         "Plans coquins près de chez toi", "Escortes de luxe"],
        ["sans carte bancaire", "inscription 100% gratuite", "sans engagement", "totalement anonyme",
         "profils vérifiés"],
        ["rencontre dès ce soir", "discute en 2 minutes", "accès immédiat", "réponses en quelques minutes"],
        ["clique pour voir ses photos", "inscris-toi gratuitement", "envoie-lui un message", "rejoins-nous maintenant"],
    ),
    "it": (
        ["Donne single della tua città", "Mature in cerca di divertimento", "Incontri discreti per sposati",
         "Webcam dal vivo con ragazze vere", "Incontri piccanti vicino a te", "Escort di lusso"],
        ["senza carta di credito", "iscrizione gratuita al 100%", "senza impegno", "totalmente anonimo",
         "profili verificati"],
        ["incontri stasera stessa", "chatta in 2 minuti", "accesso immediato", "risposte in pochi minuti"],
        ["clicca e guarda le foto", "iscriviti gratis ora", "scrivile oggi", "entra subito"],
    ),
    "de": (
        ["Single Frauen aus deiner Stadt", "Reife Frauen suchen Spaß", "Diskrete Seitensprünge für Verheiratete",
         "Live-Webcams mit echten Mädchen", "Heiße Kontakte in deiner Nähe", "Luxus-Escorts"],
        ["ohne Kreditkarte", "100% kostenlose Anmeldung", "ganz unverbindlich", "völlig anonym",
         "nur echte Profile"],
        ["Treffen noch heute Abend", "in 2 Minuten chatten", "sofortiger Zugang", "Antwort in wenigen Minuten"],
        ["hier klicken und Fotos ansehen", "jetzt gratis anmelden", "schreib ihr heute", "sofort loslegen"],
    ),
    "id": (
        ["Cewek cantik kesepian di kotamu", "Tante girang cari teman kencan",
         "Kencan rahasia untuk yang sudah menikah", "Live show webcam cewek asli", "Open BO daerah kamu",
         "Janda muda cari pasangan"],
        ["tanpa kartu kredit", "daftar 100% gratis", "tanpa komitmen", "dijamin rahasia",
         "profil asli terverifikasi"],
        ["ketemuan malam ini juga", "chat dalam 2 menit", "akses langsung", "dibalas dalam hitungan menit"],
        ["klik untuk lihat fotonya", "gabung gratis sekarang", "chat dia hari ini", "daftar sekarang juga"],
    ),
    "vi": (
        ["Gái xinh độc thân gần bạn", "Phụ nữ trung niên tìm bạn tình", "Hẹn hò kín đáo cho người đã có gia đình",
         "Xem webcam trực tiếp với gái thật", "Gái gọi cao cấp", "Chat sex miễn phí"],
        ["không cần thẻ tín dụng", "đăng ký miễn phí 100%", "không ràng buộc", "hoàn toàn ẩn danh",
         "hồ sơ đã xác minh"],
        ["gặp ngay tối nay", "trò chuyện sau 2 phút", "truy cập ngay lập tức", "trả lời trong vài phút"],
        ["bấm vào để xem ảnh", "tham gia miễn phí ngay", "nhắn tin cho cô ấy hôm nay", "đăng ký ngay"],
    ),
    "ru": (
        ["Одинокие девушки твоего города", "Зрелые женщины ищут развлечений", "Тайные знакомства для женатых",
         "Вебкам с живыми девушками", "Индивидуалки рядом с тобой", "Элитный эскорт"],
        ["без кредитной карты", "регистрация 100% бесплатно", "без обязательств", "полностью анонимно",
         "только проверенные анкеты"],
        ["встреча уже сегодня вечером", "чат через 2 минуты", "мгновенный доступ", "ответ за пару минут"],
        ["жми и смотри фото", "присоединяйся бесплатно", "напиши ей сегодня", "регистрируйся сейчас"],
    ),
}

CASINO: dict[str, Slots] = {
    "en": (
        ["Online casino with a 500% welcome bonus", "Live roulette and blackjack", "Crypto slots with daily jackpots",
         "Sports betting with the best odds", "Free spins every day", "VIP poker tables"],
        ["no deposit required", "no KYC, no limits", "minimum deposit $1", "bonus without wagering"],
        ["instant withdrawals", "payouts in 5 minutes", "win real money today", "cash out in seconds"],
        ["register now", "play now and claim your bonus", "download the app", "use promo code WIN100"],
    ),
    "es": (
        ["Casino online con bono del 500%", "Ruleta y blackjack en vivo", "Tragamonedas con jackpot diario",
         "Apuestas deportivas con las mejores cuotas", "Giros gratis todos los días", "Mesas de póker VIP"],
        ["sin depósito", "sin verificación", "depósito mínimo de 1 euro", "bono sin requisitos de apuesta"],
        ["retiros instantáneos", "pagos en 5 minutos", "gana dinero real hoy", "cobra en segundos"],
        ["regístrate ahora", "juega ya y reclama tu bono", "descarga la app", "usa el código GANA100"],
    ),
    "pt": (
        ["Cassino online com bônus de 500%", "Roleta e blackjack ao vivo", "Caça-níqueis com jackpot diário",
         "Apostas esportivas com as melhores odds", "Rodadas grátis todo dia", "Jogo do tigrinho pagando muito"],
        ["sem depósito", "sem verificação", "depósito mínimo de R$1", "bônus sem rollover"],
        ["saque instantâneo no Pix", "pagamento em 5 minutos", "ganhe dinheiro real hoje", "saque em segundos"],
        ["cadastre-se agora", "jogue já e pegue seu bônus", "baixe o app", "use o código GANHE100"],
    ),
    "fr": (
        ["Casino en ligne avec bonus de 500%", "Roulette et blackjack en direct", "Machines à sous avec jackpot quotidien",
         "Paris sportifs aux meilleures cotes", "Tours gratuits chaque jour", "Tables de poker VIP"],
        ["sans dépôt", "sans vérification d'identité", "dépôt minimum 1 €", "bonus sans condition de mise"],
        ["retraits instantanés", "paiement en 5 minutes", "gagne de l'argent réel aujourd'hui",
         "encaisse en quelques secondes"],
        ["inscris-toi maintenant", "joue et récupère ton bonus", "télécharge l'appli", "utilise le code GAGNE100"],
    ),
    "it": (
        ["Casinò online con bonus del 500%", "Roulette e blackjack dal vivo", "Slot con jackpot giornaliero",
         "Scommesse sportive con le quote migliori", "Giri gratis ogni giorno", "Tavoli di poker VIP"],
        ["senza deposito", "senza verifica", "deposito minimo 1 euro", "bonus senza requisiti di puntata"],
        ["prelievi istantanei", "pagamenti in 5 minuti", "vinci soldi veri oggi", "incassa in pochi secondi"],
        ["registrati ora", "gioca e riscatta il bonus", "scarica l'app", "usa il codice VINCI100"],
    ),
    "de": (
        ["Online-Casino mit 500% Bonus", "Live-Roulette und Blackjack", "Spielautomaten mit täglichem Jackpot",
         "Sportwetten mit den besten Quoten", "Täglich Freispiele", "VIP-Pokertische"],
        ["ohne Einzahlung", "ohne Verifizierung", "Mindesteinzahlung 1 Euro", "Bonus ohne Umsatzbedingungen"],
        ["sofortige Auszahlung", "Auszahlung in 5 Minuten", "noch heute echtes Geld gewinnen", "in Sekunden auszahlen"],
        ["jetzt registrieren", "jetzt spielen und Bonus sichern", "App herunterladen", "Code GEWINN100 nutzen"],
    ),
    "id": (
        ["Kasino online bonus new member 500%", "Live roulette dan baccarat", "Slot gacor jackpot tiap hari",
         "Taruhan bola odds terbaik", "Free spin setiap hari", "Meja poker VIP"],
        ["tanpa deposit", "tanpa verifikasi", "deposit minimal 10 ribu", "bonus tanpa syarat turnover"],
        ["withdraw instan", "dibayar dalam 5 menit", "menang uang asli hari ini", "WD cair dalam hitungan detik"],
        ["daftar sekarang", "main sekarang dan klaim bonusmu", "download aplikasinya", "pakai kode promo MENANG100"],
    ),
    "vi": (
        ["Sòng bạc trực tuyến thưởng 500%", "Roulette và baccarat trực tiếp", "Nổ hũ jackpot mỗi ngày",
         "Cá cược bóng đá tỷ lệ cao nhất", "Quay miễn phí mỗi ngày", "Bàn poker VIP"],
        ["không cần nạp tiền", "không cần xác minh", "nạp tối thiểu 50k", "thưởng không cần vòng cược"],
        ["rút tiền tức thì", "thanh toán trong 5 phút", "thắng tiền thật ngay hôm nay", "rút tiền trong vài giây"],
        ["đăng ký ngay", "chơi ngay và nhận thưởng", "tải ứng dụng", "nhập mã THANG100"],
    ),
    "ru": (
        ["Онлайн-казино с бонусом 500%", "Живая рулетка и блэкджек", "Игровые автоматы с ежедневным джекпотом",
         "Ставки на спорт с лучшими коэффициентами", "Бесплатные вращения каждый день", "VIP-покер"],
        ["без депозита", "без верификации", "минимальный депозит 100 рублей", "бонус без отыгрыша"],
        ["мгновенный вывод", "выплата за 5 минут", "выигрывай реальные деньги сегодня", "вывод за секунды"],
        ["регистрируйся сейчас", "играй и забирай бонус", "скачай приложение", "введи промокод WIN100"],
    ),
}

PILL_SHOP: dict[str, Slots] = {
    "en": (
        ["Generic Viagra 100mg", "Cialis pills", "Tramadol online", "Weight loss pills", "Xanax without a doctor",
         "Cheap Levitra"],
        ["no prescription needed", "from a licensed Canadian pharmacy", "at the lowest price", "in discreet packaging"],
        ["overnight delivery", "shipped within 24 hours", "free express shipping", "delivered to your door tomorrow"],
        ["order now", "buy online today", "get 10 free pills with your order", "visit our online drugstore"],
    ),
    "es": (
        ["Viagra genérico 100 mg", "Cialis en pastillas", "Tramadol online", "Pastillas para adelgazar",
         "Xanax sin receta", "Levitra barato"],
        ["sin receta médica", "de farmacia autorizada", "al mejor precio", "en envío discreto"],
        ["entrega en 24 horas", "envío urgente gratis", "recíbelo mañana en casa", "envío en el mismo día"],
        ["compra ahora", "pide online hoy", "llévate 10 pastillas gratis", "visita nuestra farmacia online"],
    ),
    "pt": (
        ["Viagra genérico 100mg", "Cialis em comprimidos", "Tramadol online", "Remédio para emagrecer",
         "Rivotril sem receita", "Sibutramina barata"],
        ["sem receita médica", "de farmácia autorizada", "pelo menor preço", "em embalagem discreta"],
        ["entrega em 24 horas", "frete expresso grátis", "receba amanhã em casa", "envio no mesmo dia"],
        ["compre agora", "peça online hoje", "ganhe 10 comprimidos grátis", "visite nossa farmácia online"],
    ),
    "fr": (
        ["Viagra générique 100 mg", "Cialis en comprimés", "Tramadol en ligne", "Pilules minceur",
         "Xanax sans ordonnance", "Levitra pas cher"],
        ["sans ordonnance", "d'une pharmacie agréée", "au meilleur prix", "en colis discret"],
        ["livraison en 24h", "expédition express gratuite", "reçu demain chez vous", "envoi le jour même"],
        ["commandez maintenant", "achetez en ligne aujourd'hui", "10 comprimés offerts",
         "visitez notre pharmacie en ligne"],
    ),
    "it": (
        ["Viagra generico 100 mg", "Cialis in compresse", "Tramadol online", "Pillole dimagranti",
         "Xanax senza ricetta", "Levitra economico"],
        ["senza ricetta medica", "da farmacia autorizzata", "al prezzo più basso", "in confezione anonima"],
        ["consegna in 24 ore", "spedizione express gratuita", "a casa tua domani", "spedito in giornata"],
        ["ordina ora", "acquista online oggi", "10 pillole in omaggio", "visita la nostra farmacia online"],
    ),
    "de": (
        ["Viagra Generika 100 mg", "Cialis Tabletten", "Tramadol online", "Abnehmpillen", "Xanax ohne Rezept",
         "Levitra günstig"],
        ["ohne Rezept", "aus zugelassener Apotheke", "zum besten Preis", "in diskreter Verpackung"],
        ["Lieferung in 24 Stunden", "kostenloser Expressversand", "morgen bei dir zu Hause", "Versand am selben Tag"],
        ["jetzt bestellen", "heute online kaufen", "10 Gratis-Pillen dazu", "besuchen Sie unsere Online-Apotheke"],
    ),
    "id": (
        ["Obat kuat Viagra asli", "Cialis tablet", "Tramadol online", "Obat pelangsing ampuh",
         "Obat penggugur kandungan", "Pil biru murah"],
        ["tanpa resep dokter", "dari apotek resmi", "harga paling murah", "dikemas rahasia"],
        ["kirim hari ini juga", "ongkir gratis kilat", "sampai besok di rumah", "bisa COD"],
        ["pesan sekarang", "beli online hari ini", "bonus 10 pil tiap pembelian", "hubungi WhatsApp kami"],
    ),
    "vi": (
        ["Viagra chính hãng 100mg", "Thuốc Cialis", "Tramadol bán online", "Thuốc giảm cân cấp tốc",
         "Thuốc cường dương", "Thuốc phá thai"],
        ["không cần đơn bác sĩ", "từ nhà thuốc uy tín", "giá rẻ nhất", "đóng gói kín đáo"],
        ["giao hàng trong 24 giờ", "miễn phí vận chuyển nhanh", "nhận hàng ngay ngày mai", "giao trong ngày"],
        ["đặt hàng ngay", "mua online hôm nay", "tặng 10 viên khi mua", "liên hệ Zalo ngay"],
    ),
    "ru": (
        ["Дженерик Виагры 100 мг", "Сиалис в таблетках", "Трамадол онлайн", "Таблетки для похудения",
         "Ксанакс без рецепта", "Дешевая Левитра"],
        ["без рецепта", "из сертифицированной аптеки", "по самой низкой цене", "в анонимной упаковке"],
        ["доставка за 24 часа", "бесплатная экспресс-доставка", "получите завтра дома", "отправка в тот же день"],
        ["заказывайте сейчас", "купите онлайн сегодня", "10 таблеток в подарок", "зайдите в нашу онлайн-аптеку"],
    ),
}
