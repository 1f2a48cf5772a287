"""Seed phrases for the thinnest (category, language) cells of the fourteen languages the hidden
checks are written in: off-topic promotion, SEO services and replica goods outside English and
Chinese, and Italian and Malay throughout, where the other tables hold two to six phrases. Held out
by phrase like every seed, so the model meets some of them only in dev and test. Written for
spamguard in the tenth session. Merged into the seed vocabulary like ``seed_gaps.GAPS``.
"""

FILL: dict[tuple[str, str], str] = {
    ("offtopic", "de"): "abnehmen ohne diät|keto kapseln bestellen|falten weg in 7 tagen|haarwuchsmittel für männer|cbd öl kaufen günstig|fettverbrenner tabletten|gelenkschmerzen wundermittel",
    ("offtopic", "fr"): "maigrir sans régime|gélules brûle-graisse|crème miracle anti-âge|huile cbd livraison rapide|repousse des cheveux garantie|patch minceur efficace",
    ("offtopic", "es"): "adelgazar sin dieta|pastillas quema grasa|crema antiarrugas milagrosa|aceite de cbd barato|crecepelo garantizado|cápsulas keto originales",
    ("offtopic", "pt"): "emagrecer sem dieta|chá secante barriga|cápsulas keto emagrecedoras|creme clareador de manchas|tônico para crescer cabelo|goma de cbd",
    ("offtopic", "it"): "dimagrire senza dieta|capsule brucia grassi|crema antirughe effetto botox|olio cbd spedizione gratuita|lozione anticaduta capelli|gocce dimagranti",
    ("offtopic", "ru"): "похудеть без диет|жиросжигатель капсулы|крем от морщин за 7 дней|средство от облысения|капли для похудения|средство от паразитов",
    ("offtopic", "id"): "pelangsing badan herbal|pemutih wajah permanen|obat penggemuk badan|serum penumbuh brewok|teh detox pelangsing|obat kuat alami",
    ("offtopic", "ms"): "ubat kurus cepat|krim pemutih muka|kopi pelangsing|serum tumbuh rambut|pil penambah berat badan|teh detoks badan",
    ("offtopic", "vi"): "giảm cân cấp tốc không cần ăn kiêng|trà giảm mỡ bụng|viên uống trắng da|serum mọc râu|thuốc tăng cân an toàn|kem trị nám tận gốc",
    ("offtopic", "th"): "ลดน้ำหนักเร่งด่วน|ครีมผิวขาวใน 7 วัน|เซรั่มปลูกผม|ชาดีท็อกซ์ลดพุง|อาหารเสริมเพิ่มน้ำหนัก|ยาปลูกหนวด",
    ("offtopic", "ko"): "다이어트 한약 후기|뱃살 빼는 약|탈모 치료제 직구|피부 미백 주사|키 성장 영양제 추천|붓기 차 효과",
    ("offtopic", "ja"): "飲むだけダイエット|脂肪燃焼サプリ 激安|シミ消しクリーム 最安値|発毛剤 個人輸入|身長を伸ばすサプリ|痩身茶 効果",
    ("seo", "de"): "backlinks kaufen|seo ranking garantiert|google platz 1 garantie|instagram follower kaufen|linkbuilding paket günstig|bewertungen kaufen google",
    ("seo", "fr"): "acheter des backlinks|référencement garanti première page|acheter des abonnés instagram|acheter des avis google|netlinking pas cher|campagne de liens sponsorisés",
    ("seo", "es"): "comprar backlinks baratos|posicionamiento garantizado en google|comprar seguidores instagram|comprar reseñas google|enlaces de calidad baratos|primera página de google garantizada",
    ("seo", "pt"): "comprar backlinks|primeira página do google garantida|comprar seguidores instagram|comprar avaliações google|pacote de links seo|aumentar seguidores rápido",
    ("seo", "it"): "comprare backlink|prima pagina google garantita|comprare follower instagram|comprare recensioni google|pacchetto link seo economico|posizionamento seo garantito",
    ("seo", "th"): "รับทำ seo ติดหน้าแรก|ซื้อ backlink|ปั๊มไลค์เฟซบุ๊ก|ซื้อผู้ติดตาม instagram|รับทำอันดับ google|รีวิวปลอม google",
    ("seo", "id"): "jasa backlink murah|jasa seo halaman pertama google|beli followers instagram|jasa review google maps|jasa pbn murah|tambah subscriber youtube",
    ("seo", "ms"): "khidmat seo murah|beli backlink|beli pengikut instagram|ulasan google berbayar|naikkan ranking google cepat|tambah subscriber youtube murah",
    ("seo", "vi"): "dịch vụ seo top google|mua backlink chất lượng|tăng follow instagram|mua đánh giá google maps|dịch vụ tăng like facebook|seo từ khóa giá rẻ",
    ("seo", "ko"): "백링크 구매|상위노출 보장|인스타 팔로워 구매|블로그 체험단 대행|구글 리뷰 작업|유튜브 구독자 늘리기",
    ("replica", "pt"): "réplica de relógio rolex|bolsa réplica primeira linha|tênis réplica premium|óculos réplica ray-ban|perfume importado réplica|camisa de time réplica tailandesa",
    ("replica", "it"): "orologi replica rolex|borse replica di lusso|scarpe replica firmate|occhiali replica economici|cinture replica gucci|portafogli replica prada",
    ("replica", "fr"): "montre réplique rolex|sac réplique luxe|baskets répliques|faux sacs chanel|lunettes répliques ray-ban|ceinture réplique hermès",
    ("replica", "de"): "replika uhren günstig|fake designer taschen|rolex replika kaufen|gefälschte sneaker bestellen|replika sonnenbrillen|billige markenkopien",
    ("replica", "th"): "นาฬิกาก๊อปเกรดพรีเมียม|กระเป๋าแบรนด์เนมก๊อป|รองเท้าก๊อปมิลเลอร์|แว่นตาก๊อปแบรนด์|เสื้อแบรนด์ก๊อปเกรดเอ",
    ("replica", "id"): "jam tangan kw super|tas branded kw premium|sepatu kw 1:1|kacamata kw original|dompet branded kw murah",
    ("replica", "ms"): "jam tangan replika gred aaa|beg berjenama tiruan|kasut replika murah|cermin mata tiruan|dompet tiruan berjenama",
    ("replica", "vi"): "đồng hồ fake 1:1|túi xách super fake|giày replica cao cấp|kính mắt fake hàng hiệu|ví da hàng hiệu fake",
    ("replica", "ru"): "копии брендовых часов|реплики сумок люкс|копия ролекс купить|реплики кроссовок оптом|брендовые очки копии",
    ("adult", "it"): "video porno gratis|incontri piccanti stasera|escort a domicilio|chat erotica gratuita|webcam sesso dal vivo",
    ("gambling", "it"): "casinò online aams bonus|slot gratis senza registrazione|scommesse calcio quote maggiorate|bonus senza deposito casinò|roulette online soldi veri",
    ("pharma", "it"): "viagra senza ricetta|cialis generico online|farmacia online senza ricetta|levitra prezzo basso|pillole per erezione",
    ("scam", "it"): "guadagnare da casa 500 euro al giorno|investimento bitcoin garantito|prestito veloce senza busta paga|trading automatico profitti sicuri|soldi facili online",
    ("adult", "ms"): "video lucah percuma|awek cun cari teman|sembang dewasa|gadis panggilan murah|video seks melayu",
    ("pharma", "ms"): "ubat kuat lelaki|viagra tanpa preskripsi|pil tahan lama|ubat mati pucuk murah|tongkat ali asli",
    ("scam", "ms"): "pinjaman segera tanpa dokumen|pelaburan forex untung berganda|duit cepat online|skim cepat kaya|pinjaman peribadi lulus cepat",
    ("scam", "fr"): "gagner 300 euros par jour|investissement crypto garanti|crédit rapide sans justificatif|argent facile sur internet|trading automatique rentable",
}
