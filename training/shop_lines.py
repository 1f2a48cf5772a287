"""A pharmacy's prescription-drug price lines and a casino resort's own description, composed
from slots in sixteen languages, labelled clean, with the spam shop's price line in the same
shape, labelled pharma.

An honest pharmacy lists "Viagra 50 mg (sildenafil), 4 tablets, 520.000đ, prescription only" as a
spam shop lists "Viagra 100 mg x 30 pills $29, no prescription needed": the same drug, dose and
price, and only the condition tells them apart. Without the honest lines the model read the drug
and the price as pharma spam (0.92 on a Vietnamese pharmacy's catalogue). A casino resort
describes its tables, machines and hours as a gambling site does, but with a door policy and no
bonus. Held out by (language, drug) and by (language, sentence frame). Written for spamguard in
the twentieth session.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator

# (brand, generic, doses)
DRUGS = [
    ("Viagra", "sildenafil", ["25", "50", "100"]),
    ("Cialis", "tadalafil", ["5", "10", "20"]),
    ("Levitra", "vardenafil", ["10", "20"]),
    ("Xenical", "orlistat", ["120"]),
    ("Propecia", "finasteride", ["1"]),
    ("Priligy", "dapoxetine", ["30", "60"]),
    ("Kamagra", "sildenafil", ["100"]),
    ("Tramadol", "tramadol", ["50", "100"]),
    ("Xanax", "alprazolam", ["0.25", "0.5", "1"]),
    ("Valium", "diazepam", ["5", "10"]),
    ("Amoxil", "amoxicillin", ["250", "500"]),
    ("Glucophage", "metformin", ["500", "850"]),
]

# language -> (pack words with {k}, prices with {p}, prescription conditions, spam conditions)
PHARMACY: dict[str, tuple[list[str], list[str], list[str], list[str]]] = {
    "en": (["{k} tablets", "pack of {k}", "{k} film-coated tablets", "box of {k}"],
           ["£{p}.49", "${p}.99", "€{p}.20"],
           ["prescription only", "POM - a valid prescription is required", "dispensed against a GP prescription",
            "available on prescription after an online consultation with our doctor", "Rx only, ask your pharmacist"],
           ["no prescription needed", "no doctor, no questions, discreet shipping", "buy without prescription, overnight delivery",
            "cheapest online, no Rx required"]),
    "es": (["{k} comprimidos", "caja de {k}", "{k} comprimidos recubiertos"],
           ["{p},95 €", "{p},50 €"],
           ["medicamento sujeto a prescripción médica", "con receta", "dispensación solo con receta médica",
            "consulte a su farmacéutico"],
           ["sin receta", "sin receta médica, envío discreto 24 h", "comprar sin receta al mejor precio"]),
    "pt": (["{k} comprimidos", "caixa com {k}", "{k} comprimidos revestidos"],
           ["R$ {p},90", "{p},45 €"],
           ["venda sob prescrição médica", "medicamento sujeito a receita médica", "só com retenção da receita",
            "consulte o farmacêutico"],
           ["sem receita", "sem receita médica, entrega discreta", "compre sem receita, envio em 24h"]),
    "fr": (["{k} comprimés", "boîte de {k}", "{k} comprimés pelliculés"],
           ["{p},80 €", "{p},15 €"],
           ["médicament sur ordonnance", "délivré uniquement sur ordonnance", "liste I, sur prescription médicale",
            "demandez conseil à votre pharmacien"],
           ["sans ordonnance", "sans ordonnance, livraison discrète en 48h", "achat en ligne sans ordonnance"]),
    "de": (["{k} Filmtabletten", "Packung mit {k} Stück", "{k} Tabletten N1"],
           ["{p},99 €", "{p},49 €"],
           ["verschreibungspflichtig", "Abgabe nur gegen ärztliches Rezept", "Rx, rezeptpflichtiges Arzneimittel",
            "zu Risiken und Nebenwirkungen fragen Sie Ihren Arzt oder Apotheker"],
           ["ohne Rezept", "ohne Rezept bestellen, diskreter Versand", "rezeptfrei online kaufen, Lieferung in 24 Stunden"]),
    "it": (["{k} compresse", "confezione da {k}", "{k} compresse rivestite"],
           ["{p},90 €", "{p},40 €"],
           ["medicinale soggetto a prescrizione medica", "vendita solo con ricetta", "ricetta ripetibile",
            "chiedi consiglio al farmacista"],
           ["senza ricetta", "senza ricetta, spedizione discreta", "acquista senza ricetta al miglior prezzo"]),
    "ru": (["{k} таблеток", "упаковка {k} шт.", "{k} таблеток, покрытых оболочкой"],
           ["{p}90 руб.", "{p}50 ₽"],
           ["отпускается по рецепту", "рецептурный препарат", "отпуск только по рецепту врача",
            "проконсультируйтесь с фармацевтом"],
           ["без рецепта", "без рецепта, анонимная доставка", "купить без рецепта дешево"]),
    "zh": (["{k}片装", "每盒{k}片", "{k}片/盒"],
           ["{p}8元", "￥{p}9.00"],
           ["处方药，凭医生处方购买", "处方药", "请凭处方在药师指导下购买和使用", "需上传有效处方，药师审核后发货"],
           ["无需处方", "免处方 隐私发货", "不用处方 货到付款 包邮"]),
    "zh-hant": (["{k}錠", "每盒{k}錠", "{k}錠/盒"],
                ["NT${p}50", "{p}80元"],
                ["處方藥，須憑醫師處方購買", "本品為處方藥", "請依醫師指示使用"],
                ["免處方", "免處方 隱密包裝 貨到付款"]),
    "ja": (["{k}錠", "{k}錠入り", "1箱{k}錠"],
           ["{p}980円", "{p},400円（税込）"],
           ["処方箋医薬品", "医師の処方箋が必要です", "要処方箋・薬剤師にご相談ください", "オンライン診療で処方"],
           ["処方箋不要", "処方箋なしで即日発送", "個人輸入 処方箋不要 格安"]),
    "ko": (["{k}정", "{k}정 1박스", "1통 {k}정"],
           ["{p}9,000원", "{p}5,000원"],
           ["전문의약품, 의사 처방 필요", "전문의약품", "처방전이 있어야 구입할 수 있습니다", "약사와 상담하세요"],
           ["처방전 없이", "처방전 없이 구매, 비밀 배송", "정품 처방전 없이 당일 발송"]),
    "id": (["isi {k} tablet", "{k} tablet salut selaput", "strip {k} tablet"],
           ["Rp {p}5.000", "Rp {p}20.000"],
           ["obat keras, harus dengan resep dokter", "dengan resep dokter", "wajib unggah resep", "tanyakan kepada apoteker"],
           ["tanpa resep", "tanpa resep dokter, pengiriman rahasia", "beli tanpa resep, COD"]),
    "ms": (["{k} biji", "kotak {k} tablet", "{k} tablet bersalut"],
           ["RM {p}9.90", "RM {p}5.00"],
           ["ubat terkawal, dengan preskripsi doktor sahaja", "perlu preskripsi", "sila rujuk ahli farmasi"],
           ["tanpa preskripsi", "tanpa preskripsi doktor, penghantaran rahsia", "beli tanpa preskripsi, COD"]),
    "vi": (["hộp {k} viên", "lọ {k} viên", "{k} viên nén bao phim"],
           ["{p}35.000 đ", "{p}85.000 đồng"],
           ["thuốc kê đơn", "thuốc bán theo đơn", "chỉ bán khi có đơn của bác sĩ", "hỏi ý kiến dược sĩ trước khi dùng"],
           ["không cần toa", "không cần đơn bác sĩ, giao hàng kín đáo", "mua không cần toa, ship COD"]),
    "th": (["{k} เม็ด", "กล่องละ {k} เม็ด", "แผงละ {k} เม็ด"],
           ["{p}50 บาท", "{p}90 บาท"],
           ["ยาอันตราย ต้องมีใบสั่งแพทย์", "จ่ายตามใบสั่งแพทย์เท่านั้น", "ปรึกษาเภสัชกรก่อนใช้ยา"],
           ["ไม่ต้องใช้ใบสั่งแพทย์", "ไม่ต้องมีใบสั่งยา ส่งไว ปกปิดชื่อสินค้า", "ซื้อได้เลยไม่ต้องมีใบสั่งแพทย์"]),
    "tr": (["{k} tablet", "{k} film tablet", "kutu {k} tablet"],
           ["{p}45 TL", "{p}90,50 TL"],
           ["reçeteli ilaç", "reçete ile satılır", "kırmızı reçeteli ilaç", "eczacınıza danışınız"],
           ["reçetesiz", "reçetesiz, gizli kargo", "reçetesiz satış, kapıda ödeme"]),
}

# language -> sentence frames of a casino resort describing its own floor: {t} tables, {m}
# machines, {h} an opening hour; the door policy is what no gambling site writes.
CASINO: dict[str, list[str]] = {
    "en": ["The gaming hall on the ground floor has {t} tables and {m} machines and opens at {h}:00; guests must be 21 or over.",
           "The resort's casino offers blackjack, roulette and baccarat at {t} tables, with a dress code after 8pm.",
           "Hotel guests enjoy free entry to the casino, where {m} machines and a poker room are open until {h}am.",
           "Please bring photo ID: the casino admits visitors aged 18 and over only."],
    "es": ["El casino del hotel cuenta con {t} mesas de juego y {m} máquinas tragamonedas, abierto a diario desde las {h}:00.",
           "La sala de juego ofrece ruleta, blackjack y póquer; la entrada exige documento de identidad y ser mayor de edad.",
           "Los huéspedes tienen acceso gratuito al casino, con {m} máquinas y espectáculos los fines de semana."],
    "pt": ["O cassino do resort tem {t} mesas e {m} máquinas caça-níqueis, aberto todos os dias a partir das {h}h.",
           "A sala de jogos oferece roleta, blackjack e pôquer; a entrada é permitida apenas a maiores de 18 anos com documento."],
    "fr": ["Le casino de l'hôtel compte {t} tables de jeu et {m} machines à sous, ouvert tous les jours dès {h}h.",
           "L'accès aux salles de jeux est réservé aux personnes majeures, sur présentation d'une pièce d'identité."],
    "de": ["Die Spielbank im Hotel bietet {t} Spieltische und {m} Automaten und ist täglich ab {h} Uhr geöffnet.",
           "Für den Eintritt in das Casino ist ein gültiger Ausweis nötig, der Zutritt ist erst ab 18 Jahren erlaubt."],
    "it": ["Il casinò dell'hotel dispone di {t} tavoli da gioco e {m} slot machine, aperto tutti i giorni dalle {h}.",
           "L'ingresso alle sale da gioco è consentito ai maggiorenni con documento d'identità."],
    "ru": ["В казино отеля {t} игровых столов и {m} игровых автоматов, открыто ежедневно с {h}:00.",
           "Вход в игровой зал только для гостей старше 18 лет при наличии паспорта."],
    "zh": ["酒店娱乐场设有{t}张赌台和{m}台角子机，每日{h}时开放，入场须年满二十一岁。",
           "度假村的娱乐场提供百家乐、轮盘和二十一点，入场请出示身份证件。"],
    "ja": ["リゾート内のカジノには{t}台のテーブルと{m}台のスロットマシンがあり、毎日{h}時から営業しています。",
           "カジノへの入場は20歳以上の方に限り、入場時に本人確認書類の提示が必要です。"],
    "ko": ["호텔 카지노에는 게임 테이블 {t}대와 슬롯머신 {m}대가 있으며 매일 {h}시부터 운영합니다.",
           "카지노는 외국인 전용으로, 입장 시 여권을 제시해야 합니다."],
    "vi": ["Sòng bạc của khu nghỉ dưỡng có {t} bàn chơi và {m} máy slot, mở cửa hằng ngày từ {h} giờ.",
           "Khách vào khu vui chơi có thưởng phải từ 21 tuổi trở lên và xuất trình hộ chiếu."],
    "th": ["คาสิโนของรีสอร์ตมีโต๊ะเกม {t} โต๊ะและสล็อตแมชชีน {m} เครื่อง เปิดทุกวันตั้งแต่ {h} นาฬิกา",
           "ผู้เข้าคาสิโนต้องมีอายุ 20 ปีขึ้นไปและแสดงหนังสือเดินทาง"],
    "id": ["Kasino di resor ini memiliki {t} meja permainan dan {m} mesin slot, buka setiap hari mulai pukul {h}.00.",
           "Tamu kasino wajib berusia 21 tahun ke atas dan menunjukkan paspor saat masuk."],
    "ms": ["Kasino di resort ini mempunyai {t} meja permainan dan {m} mesin slot, dibuka setiap hari dari jam {h}.",
           "Kemasukan ke kasino hanya untuk bukan Islam berumur 21 tahun ke atas dengan kad pengenalan."],
    "tr": ["Otelin kumarhanesinde {t} oyun masası ve {m} slot makinesi bulunur, her gün saat {h}.00'da açılır.",
           "Kumarhaneye giriş yalnızca 18 yaşını doldurmuş misafirlere kimlik kontrolüyle açıktır."],
}


def _price_line(rng: random.Random, drug: tuple[str, str, list[str]], packs: list[str], prices: list[str],
                condition: str) -> str:
    brand, generic, doses = drug
    name = rng.choice([f"{brand} {rng.choice(doses)} mg ({generic})", f"{brand} {rng.choice(doses)}mg",
                       f"{generic.capitalize()} {rng.choice(doses)} mg"])
    pack = rng.choice(packs).replace("{k}", str(rng.choice([1, 2, 4, 8, 10, 12, 20, 28, 30])))
    price = rng.choice(prices).replace("{p}", str(rng.randint(1, 9)))
    return rng.choice([" - ", " — ", ", ", " | ", " · "]).join([name, pack, price, condition])


def shop_lines(rng: random.Random, split_of: Callable[[str], str], per_drug: int = 6, per_frame: int = 12,
               ) -> Iterator[tuple[str, str, str, str]]:
    """(text, label, language, split): ``per_drug`` honest and as many spam price lines for every
    (language, drug), and ``per_frame`` casino-resort lines for every (language, frame)."""
    for lang, (packs, prices, honest, spam) in PHARMACY.items():
        for drug in DRUGS:
            split = split_of(f"shop-lines:pharmacy:{lang}:{drug[0]}")
            for _ in range(per_drug):
                yield _price_line(rng, drug, packs, prices, rng.choice(honest)), "clean", lang, split
                yield _price_line(rng, drug, packs, prices, rng.choice(spam)), "pharma", lang, split
    for lang, frames in CASINO.items():
        for i, frame in enumerate(frames):
            split = split_of(f"shop-lines:casino:{lang}:{i}")
            for _ in range(per_frame):
                text = frame.replace("{t}", str(rng.randint(8, 120))).replace("{m}", str(rng.randint(50, 1500)))
                yield text.replace("{h}", str(rng.randint(9, 12))), "clean", lang, split
