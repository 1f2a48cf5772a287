"""Legitimate text on spam's own subjects, composed from slots: the hard negatives' recipe.

The blind checks kept touching clean pages that talk about what spam sells: a Korean headline on
police closing an illegal sports-toto site (0.99), two Chinese lottery results pages (the numbers
line 0.99, the "official information" footer 1.00). The written hard negatives are single
sentences, repeated with different numbers; the model learned those sentences, not that a police,
court or regulator frame around "online casino" makes reporting. So, like ``compose.py`` for
pitches, each language has frames (who does what about it) and subjects (what the spam sells), and
a report is one of each; and each language has the lines of a lottery results page (draw, numbers,
prizes, jackpot, claims, age notice, the operator's footer).

Subjects name what is sold in a reporter's words ("unlicensed online pharmacies"), not in the
seller's ("Viagra without a prescription"): with the seller's words, a first version taught the
model that a Russian "buy Viagra without a prescription" pitch was clean (0.02). Held out by
subject (reports) and by line (lottery pages), so dev and test measure frames around subjects the
model never saw in a report. Written for spamguard, in the languages of the blind checks and of
the model issue's list.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator

# language -> (frames with {x}, subjects)
REPORTS: dict[str, tuple[list[str], list[str]]] = {
    "en": (
        ["Police arrested {n} people suspected of running {x}.",
         "The regulator ordered internet providers to block {x}.",
         "Consumer groups warn parents about {x}.",
         "A court fined the company for advertising {x} on social media.",
         "Investigators say {x} made millions before the site was shut down.",
         "Experts told the inquiry that {x} harmed vulnerable people."],
        ["an illegal online casino", "unlicensed betting sites", "unlicensed online pharmacies", "payday loan apps",
         "a shop selling replica watches", "an adult webcam site", "an essay-writing service",
         "a crypto investment scheme"],
    ),
    "es": (
        ["La policía detuvo a {n} personas por gestionar {x}.",
         "El regulador ordenó bloquear {x}.",
         "Las asociaciones de consumidores alertan sobre {x}.",
         "Un juzgado multó a la empresa por anunciar {x} en redes sociales.",
         "Según los investigadores, el negocio de {x} movió millones."],
        ["un casino online ilegal", "casas de apuestas sin licencia", "farmacias online ilegales",
         "aplicaciones de préstamos abusivos", "una tienda de relojes de imitación", "páginas de contactos para adultos",
         "máquinas tragaperras online"],
    ),
    "pt": (
        ["A polícia prendeu {n} suspeitos de operar {x}.",
         "A Anatel determinou o bloqueio de {x}.",
         "O Procon alerta os consumidores sobre {x}.",
         "A Justiça multou a empresa por anunciar {x} nas redes sociais.",
         "Segundo a investigação, o esquema de {x} movimentou milhões."],
        ["um cassino online ilegal", "sites de apostas sem autorização", "farmácias virtuais clandestinas",
         "aplicativos de empréstimo abusivos", "uma loja de réplicas de relógios", "sites de encontros adultos",
         "apostas no jogo do tigrinho"],
    ),
    "fr": (
        ["La police a interpellé {n} personnes soupçonnées de gérer {x}.",
         "L'autorité de régulation a fait bloquer {x}.",
         "Les associations de consommateurs mettent en garde contre {x}.",
         "Le tribunal a condamné la société pour avoir promu {x}.",
         "Selon l'enquête, l'activité liée à {x} rapportait des millions d'euros."],
        ["un casino en ligne illégal", "des sites de paris sportifs sans agrément", "des pharmacies en ligne illégales",
         "des crédits renouvelables abusifs", "une boutique de fausses montres de luxe", "des sites de rencontres pour adultes"],
    ),
    "de": (
        ["Die Polizei hat {n} Verdächtige festgenommen, die {x} betrieben haben sollen.",
         "Die Aufsichtsbehörde ließ {x} sperren.",
         "Verbraucherschützer warnen: Wer {x} nutzt, riskiert sein Geld.",
         "Ein Gericht verurteilte die Firma, weil sie {x} beworben hatte.",
         "Laut den Ermittlern verdienten die Betreiber durch {x} Millionen."],
        ["ein illegales Online-Casino", "Sportwetten-Seiten ohne Lizenz", "illegale Online-Apotheken",
         "unseriöse Kreditvermittler", "einen Shop für gefälschte Luxusuhren", "kostenpflichtige Erotik-Chats"],
    ),
    "it": (
        ["La polizia ha arrestato {n} persone accusate di gestire {x}.",
         "L'autorità ha ordinato di oscurare {x}.",
         "Le associazioni dei consumatori mettono in guardia da {x}.",
         "Il tribunale ha multato la società per aver pubblicizzato {x}.",
         "Secondo gli inquirenti, il giro d'affari legato a {x} valeva milioni di euro."],
        ["un casinò online illegale", "siti di scommesse senza concessione", "farmacie online illegali",
         "finanziarie abusive", "un negozio di orologi falsi", "siti di incontri per adulti"],
    ),
    "ru": (
        ["Полиция задержала {n} человек, подозреваемых в организации {x}.",
         "Роскомнадзор добился блокировки {x}.",
         "Эксперты предупреждают родителей об опасности {x}.",
         "Суд оштрафовал компанию за рекламу {x}.",
         "По данным следствия, организаторы {x} заработали миллионы рублей."],
        ["нелегального онлайн-казино", "подпольных букмекерских сайтов", "нелегальных интернет-аптек",
         "микрофинансовых организаций-однодневок", "магазина поддельных брендовых часов", "сайтов интим-знакомств"],
    ),
    "id": (
        ["Polisi menangkap {n} tersangka pengelola {x}.",
         "Kominfo memblokir ribuan {x}.",
         "Psikolog mengingatkan orang tua tentang bahaya {x}.",
         "Pengadilan menjatuhkan denda kepada perusahaan yang mengiklankan {x}.",
         "Menurut penyidik, {x} meraup miliaran rupiah."],
        ["situs judi online", "situs togel ilegal", "aplikasi pinjol ilegal", "toko online obat ilegal",
         "konten pornografi", "tas branded palsu", "judi bola online"],
    ),
    "vi": (
        ["Công an đã bắt giữ {n} đối tượng liên quan đến {x}.",
         "Bộ Thông tin và Truyền thông yêu cầu chặn {x}.",
         "Chuyên gia cảnh báo phụ huynh về tác hại của {x}.",
         "Tòa án xử phạt công ty vì quảng cáo {x}.",
         "Theo cơ quan điều tra, {x} đã thu lợi hàng trăm tỷ đồng."],
        ["đường dây cá độ bóng đá qua mạng", "sòng bạc trực tuyến trái phép", "ứng dụng cho vay nặng lãi",
         "web phim sex", "nhà thuốc online trái phép", "hàng giả thương hiệu cao cấp"],
    ),
    "th": (
        ["ตำรวจจับกุมผู้ต้องหา {n} ราย ฐานเปิด{x}",
         "กระทรวงดิจิทัลฯ สั่งปิด{x}",
         "นักวิชาการเตือนผู้ปกครองถึงอันตรายของ{x}",
         "ศาลสั่งปรับบริษัทที่โฆษณา{x}",
         "เจ้าหน้าที่ระบุว่า{x}มีเงินหมุนเวียนหลายร้อยล้านบาท"],
        ["เว็บพนันออนไลน์", "เว็บหวยออนไลน์ผิดกฎหมาย", "แอปเงินกู้นอกระบบ",
         "ร้านค้าออนไลน์ที่ขายยาผิดกฎหมาย", "เว็บไซต์ลามกอนาจาร", "สินค้าแบรนด์เนมปลอม"],
    ),
    "ko": (
        ["경찰, {x} 운영 일당 {n}명 검거",
         "방송통신심의위원회는 {x} 접속을 차단했다.",
         "전문가들은 청소년이 {x}에 노출되는 것을 우려했다.",
         "법원은 {x} 광고를 낸 업체에 벌금을 선고했다.",
         "수사 결과 {x} 운영자들은 수백억 원을 챙긴 것으로 드러났다."],
        ["불법 스포츠토토 사이트", "해외 온라인 카지노", "불법 성인 방송", "의약품 불법 판매 사이트",
         "미등록 대부업체", "짝퉁 명품 쇼핑몰", "불법 사설 토토"],
    ),
    "ja": (
        ["警察は{x}を運営していた疑いで{n}人を逮捕した。",
         "総務省は{x}への注意を呼びかけている。",
         "専門家は若者が{x}に依存する危険性を指摘した。",
         "裁判所は{x}を宣伝した会社に罰金を命じた。",
         "捜査関係者によると、{x}の売上は数億円にのぼるという。"],
        ["違法なオンラインカジノ", "海外の無登録ブックメーカー", "アダルト動画の違法配信サイト",
         "医薬品の違法な通販サイト", "偽ブランド品の通販サイト", "闇金融",
         "出会い系サイト"],
    ),
    "zh": (
        ["警方捣毁{x}，抓获犯罪嫌疑人{n}名。",
         "市场监管部门提醒消费者警惕{x}。",
         "专家指出，青少年沉迷{x}的危害不容忽视。",
         "法院对发布{x}广告的公司作出罚款处罚。",
         "据办案民警介绍，{x}涉案金额高达数亿元。"],
        ["境外网络赌博平台", "网络色情直播平台", "非法售卖处方药的网店", "无资质网络贷款平台",
         "假冒名牌手表销售团伙", "私彩六合彩投注网站", "代写论文中介"],
    ),
    "zh-hant": (
        ["警方破獲{x}，逮捕嫌犯{n}人。",
         "主管機關呼籲民眾提防{x}。",
         "專家指出，青少年沉迷{x}的問題日益嚴重。",
         "法院對刊登{x}廣告的公司處以罰鍰。",
         "據調查，{x}不法所得高達數億元。"],
        ["境外線上博弈網站", "非法色情直播平台", "網路非法販售藥品的業者", "地下錢莊", "仿冒名牌包集團",
         "非法運彩簽賭站"],
    ),
}

# language -> frames that warn the reader about a subject of ``REPORTS`` (an imperative or advice
# about spam's subject is a help page's or a news service box's register, not only a pitch's):
# the shipped model of the eleventh session's first retraining read a Korean "do not use illegal
# toto and casino sites" sentence as 0.985 gambling. Written for spamguard in that session.
ADVICE: dict[str, list[str]] = {
    "en": ["The authorities advise never to use {x}.",
           "Anyone who has lost money to {x} should report it to the police and call the free helpline.",
           "Regulators approved the medicine for use by prescription only and warned against {x}."],
    "es": ["Las autoridades recomiendan no utilizar nunca {x}.",
           "Quien haya sido víctima de {x} puede denunciarlo y llamar a la línea de ayuda gratuita."],
    "pt": ["As autoridades recomendam nunca utilizar {x}.",
           "Quem foi vítima de {x} deve denunciar à polícia e ligar para a linha de apoio gratuita."],
    "fr": ["Les autorités recommandent de ne jamais utiliser {x}.",
           "Toute personne victime de {x} peut porter plainte et appeler la ligne d'aide gratuite."],
    "de": ["Die Verbraucherzentrale rät dringend davon ab, {x} zu nutzen.",
           "Wer über {x} Geld verloren hat, sollte Anzeige erstatten und eine Beratungsstelle anrufen."],
    "it": ["Le autorità raccomandano di non utilizzare mai {x}.",
           "Chi è stato truffato da {x} può rivolgersi alla polizia e al numero verde gratuito."],
    "ru": ["Эксперты советуют никогда не пользоваться услугами {x}.",
           "Если вы пострадали от {x}, обратитесь в полицию и на бесплатную горячую линию."],
    "id": ["Pihak berwenang mengimbau masyarakat untuk tidak menggunakan {x}.",
           "Jika Anda menjadi korban {x}, segera lapor ke polisi dan hubungi layanan pengaduan gratis."],
    "vi": ["Cơ quan chức năng khuyến cáo người dân không sử dụng {x}.",
           "Nếu bị lừa bởi {x}, hãy báo ngay cho cơ quan công an và gọi đường dây nóng miễn phí."],
    "th": ["เจ้าหน้าที่เตือนประชาชนไม่ให้ใช้บริการ{x}",
           "หากตกเป็นเหยื่อของ{x} ให้แจ้งความกับตำรวจและโทรสายด่วนฟรี"],
    "ko": ["{x} 이용은 불법이며 금전 피해로 이어질 수 있으니 주의하세요.",
           "{x} 관련 피해를 입었다면 경찰이나 상담센터에 신고하세요."],
    "ja": ["{x}は違法であり、利用しないよう注意してください。",
           "{x}で被害に遭った場合は、警察や消費生活センターに相談してください。"],
    "zh": ["请广大群众不要参与{x}，以免造成财产损失。",
           "如遭遇{x}诈骗，请立即拨打110报警。"],
    "zh-hant": ["請民眾切勿參與{x}，以免蒙受損失。",
                "如遭{x}詐騙，請撥打165反詐騙專線。"],
}

# language -> the lines of a lottery operator's or newspaper's results page
LOTTERY: dict[str, list[str]] = {
    "en": ["Lotto results for Saturday {n} March: draw {num}",
           "The winning numbers were {n}, {n}, {n}, {n}, {n} and {n}, and the bonus ball was {n}.",
           "{n} tickets matched five numbers plus the bonus ball and win £{num} each.",
           "Nobody matched all six numbers, so the jackpot rolls over to an estimated £{n} million.",
           "Winners have 180 days from the draw date to claim their prize.",
           "You must be 18 or over to play. Please play responsibly.",
           "Official results are published by the National Lottery operator."],
    "es": ["Resultados de la Primitiva del sábado: sorteo {num}",
           "La combinación ganadora fue {n}, {n}, {n}, {n}, {n} y {n}, complementario {n} y reintegro {n}.",
           "No hubo acertantes de primera categoría y el bote asciende a {n} millones de euros.",
           "Los premios deben cobrarse en un plazo de tres meses desde el día del sorteo.",
           "Juega con responsabilidad. Prohibida la venta a menores de 18 años.",
           "Información oficial de Loterías y Apuestas del Estado."],
    "pt": ["Resultado da Mega-Sena concurso {num}",
           "As dezenas sorteadas foram {n} - {n} - {n} - {n} - {n} - {n}.",
           "Ninguém acertou as seis dezenas e o prêmio acumulou em R$ {n} milhões.",
           "A quina teve {n} apostas ganhadoras, que vão receber R$ {num} cada.",
           "Os prêmios podem ser resgatados em até 90 dias nas lotéricas.",
           "Jogue com responsabilidade. Proibido para menores de 18 anos."],
    "fr": ["Résultats du Loto du samedi : tirage n° {num}",
           "Les numéros gagnants sont le {n}, {n}, {n}, {n} et {n}, numéro chance {n}.",
           "Aucun joueur n'a trouvé la bonne combinaison : le jackpot passe à {n} millions d'euros.",
           "Les gains doivent être réclamés dans un délai de 60 jours après le tirage.",
           "Jouer comporte des risques. Interdit aux mineurs."],
    "de": ["Lottozahlen vom Samstag, Ziehung {num}",
           "Die Gewinnzahlen lauten {n}, {n}, {n}, {n}, {n}, {n}, Superzahl {n}.",
           "Im Jackpot liegen nun rund {n} Millionen Euro, da niemand sechs Richtige hatte.",
           "Gewinne müssen innerhalb von drei Jahren bei der Lottogesellschaft geltend gemacht werden.",
           "Glücksspiel kann süchtig machen. Spielteilnahme ab 18 Jahren."],
    "it": ["Estrazione del Superenalotto n. {num}",
           "La combinazione vincente è {n} {n} {n} {n} {n} {n}, numero jolly {n}.",
           "Nessun 6 in questa estrazione: il jackpot sale a {n} milioni di euro.",
           "Le vincite vanno riscosse entro 90 giorni dalla data dell'estrazione.",
           "Il gioco è vietato ai minori e può causare dipendenza patologica."],
    "ru": ["Результаты тиража № {num} лотереи «Русское лото»",
           "Выигрышные номера: {n}, {n}, {n}, {n}, {n}, {n}.",
           "Суперприз не разыгран и в следующем тираже составит {n} млн рублей.",
           "Выигрыш можно получить в течение шести месяцев после тиража.",
           "Участие в лотерее — только для лиц старше 18 лет."],
    "id": ["Hasil undian Lotre Amal periode {num}",
           "Nomor pemenang: {n}, {n}, {n}, {n}, {n}, {n}.",
           "Hadiah utama sebesar Rp{num} dibagikan kepada {n} pemenang.",
           "Pemenang wajib menukarkan kupon dalam waktu 30 hari."],
    "vi": ["Kết quả xổ số kiến thiết miền Bắc ngày {n}/{n}",
           "Giải đặc biệt: {num}. Giải nhất: {num}.",
           "Kỳ quay số này có {n} vé trúng giải đặc biệt Vietlott.",
           "Người trúng thưởng cần mang vé và giấy tờ tùy thân đến công ty xổ số trong vòng 30 ngày.",
           "Người chưa đủ 18 tuổi không được mua vé số."],
    "th": ["ผลสลากกินแบ่งรัฐบาล งวดวันที่ {n} มีนาคม",
           "รางวัลที่ 1 ได้แก่ {num} เลขท้าย 2 ตัว {n}",
           "ผู้ถูกรางวัลต้องขึ้นเงินภายใน 2 ปี นับจากวันออกรางวัล",
           "สำนักงานสลากกินแบ่งรัฐบาลขอให้ตรวจสอบผลรางวัลจากประกาศอย่างเป็นทางการ"],
    "ko": ["제{num}회 로또 당첨번호 발표",
           "당첨번호는 {n}, {n}, {n}, {n}, {n}, {n}이며 보너스 번호는 {n}이다.",
           "1등 당첨자는 {n}명으로 각각 {num}원을 받는다.",
           "당첨금은 지급 개시일로부터 1년 이내에 수령해야 한다.",
           "복권은 만 19세 이상만 구매할 수 있습니다."],
    "ja": ["第{num}回ロト6抽せん結果",
           "本数字は{n}、{n}、{n}、{n}、{n}、{n}、ボーナス数字は{n}でした。",
           "1等は該当なしで、キャリーオーバーは{num}円です。",
           "当せん金の支払期間は支払開始日から1年間です。",
           "当せん番号は必ず公式発表でご確認ください。"],
    "zh": ["体彩大乐透第{num}期开奖公告",
           "本期开奖号码为{n}、{n}、{n}、{n}、{n}，后区{n}、{n}。",
           "本期一等奖中出{n}注，单注奖金{num}元。",
           "奖池滚存{num}元，下期开奖时间为周一晚21时25分。",
           "中奖者须在开奖之日起60个自然日内兑奖，逾期视为弃奖。",
           "理性购彩，量力而行，不得向未成年人销售彩票。",
           "中国福利彩票发行管理中心官方公告"],
    "zh-hant": ["威力彩第{num}期開獎結果",
                "第一區中獎號碼為{n}、{n}、{n}、{n}、{n}、{n}，第二區{n}。",
                "本期頭獎槓龜，下期頭獎上看{n}億元。",
                "中獎人應於開獎日起三個月內領獎。",
                "未滿十八歲者不得購買彩券。台灣彩券公司官方資訊"],
}


def composed_reports(rng: random.Random, fill: Callable[[str, random.Random], str],
                     split_of: Callable[[str], str], per_language: int = 120, per_line: int = 12,
                     ) -> Iterator[tuple[str, str, str]]:
    """(text, language, split): ``per_language`` reports per language, ``per_line`` fills of each lottery line."""
    for lang, (frames, subjects) in REPORTS.items():
        frames = frames + ADVICE.get(lang, [])
        for _ in range(per_language):
            k = rng.randrange(len(subjects))
            text = fill(rng.choice(frames).replace("{x}", subjects[k]), rng)
            yield text[:1].upper() + text[1:], lang, split_of(f"report:{lang}:{k}")
    for lang, lines in LOTTERY.items():
        for i, line in enumerate(lines):
            for _ in range(per_line):
                yield fill(line, rng), lang, split_of(f"lottery:{lang}:{i}")
