"""Spam vocabulary by category and language: our own seed phrases plus the real lists in
``../shared/data/external`` (read by path, filtered by category, never copied).

Every entry carries the name of its source, so the corpus can be split by source and the model
card can say which vocabulary a figure was measured on.
"""

from __future__ import annotations

import csv
import gzip
from collections import defaultdict
from dataclasses import dataclass

import regex

from .paths import EXTERNAL

CATEGORIES = ("adult", "gambling", "pharma", "replica", "scam", "essay", "seo", "offtopic")


@dataclass(frozen=True)
class Vocab:
    category: str
    lang: str
    source: str
    phrases: tuple[str, ...]


# Written for spamguard: short phrases in the style of injected SEO spam, per category/language.
SEED: dict[tuple[str, str], str] = {
    ("adult", "en"): "free porn videos|hot milf cams|xxx sex movies|live sex chat|adult dating site|hookup tonight|nude webcam girls|best porn site|free sex tube|escort service near you|horny singles online|hd porn streaming",
    ("adult", "zh"): "成人视频|在线观看无码|日本av|免费黄色网站|色情直播|午夜福利|人妻熟女|激情视频|成人电影网|国产自拍|av女优|黄色小说|一本道|久久精品|欧美色图|偷拍视频|成人影院|看片神器",
    ("adult", "zh-hant"): "成人影片|線上看無碼|日本av|免費色情網站|色情直播|午夜福利|人妻熟女|激情影片|成人電影|自拍外流|av女優|情色小說|裸聊|約炮|援交",
    ("adult", "ja"): "無料エロ動画|人妻動画|アダルト動画|出会い系サイト|セフレ募集|エッチな人妻|無修正動画|av女優ランキング|ライブチャット|素人動画|熟女と出会える|裏dvd",
    ("adult", "ko"): "성인사이트|야동|무료 성인영상|조건만남|출장안마|오피사이트|19금 영상|성인방송|야한 동영상|채팅 만남",
    ("adult", "ru"): "порно видео бесплатно|секс знакомства|интим услуги|эротика онлайн|проститутки города|секс чат|голые девушки|порно онлайн|индивидуалки|досуг для взрослых",
    ("adult", "es"): "videos porno gratis|sexo en vivo|chicas webcam|citas para adultos|escorts en tu ciudad|porno casero|contactos sexuales|cámaras xxx",
    ("adult", "pt"): "vídeos pornô grátis|sexo ao vivo|garotas de programa|acompanhantes|namoro adulto|porno amador|câmeras xxx|encontros casuais",
    ("adult", "id"): "video bokep terbaru|bokep indo|cewek open bo|video mesum|situs dewasa|live streaming hot|cerita dewasa|pijat plus plus",
    ("adult", "vi"): "phim sex|gái gọi|phim người lớn|clip nóng|chat sex|gái xinh khỏa thân|phim cấp ba",
    ("adult", "th"): "คลิปโป๊|หนังโป๊|ไซด์ไลน์|สาวเซ็กซี่|หนังผู้ใหญ่|แชทเสียว",
    ("gambling", "en"): "online casino real money|best slots bonus|free spins no deposit|sports betting odds|poker online|live roulette|blackjack bonus|casino welcome bonus|bet now and win|jackpot slots|crypto casino|betting tips today",
    ("gambling", "zh"): "澳门赌场|真人百家乐|网上赌博|六合彩开奖|时时彩平台|北京赛车|老虎机|体育投注|注册送彩金|娱乐城官网|棋牌游戏|彩票平台|博彩公司|赌球网站|线上真人|电子游艺|首存优惠|葡京娱乐",
    ("gambling", "zh-hant"): "澳門賭場|真人百家樂|線上博彩|六合彩開獎|娛樂城|運彩投注|老虎機|註冊送彩金|體育博彩|線上賭場|百家樂技巧|優惠活動",
    ("gambling", "ja"): "オンラインカジノ|カジノボーナス|スロット無料|入金不要ボーナス|ブックメーカー|バカラ攻略|競馬予想|パチンコ攻略|ライブカジノ|カジノ稼ぐ",
    ("gambling", "ko"): "토토사이트|먹튀검증|안전놀이터|카지노사이트|바카라사이트|스포츠토토|메이저놀이터|온라인카지노|사설토토|슬롯사이트|파워볼|첫충 이벤트",
    ("gambling", "ru"): "онлайн казино|игровые автоматы|ставки на спорт|букмекерская контора|бонус без депозита|казино вулкан|рулетка онлайн|фриспины|слоты на деньги|покер онлайн",
    ("gambling", "es"): "casino online|apuestas deportivas|tragamonedas gratis|bono sin depósito|ruleta en vivo|casas de apuestas|giros gratis|póker online|jugar por dinero real",
    ("gambling", "pt"): "cassino online|apostas esportivas|caça-níqueis|bônus de boas-vindas|rodadas grátis|roleta ao vivo|casa de apostas|jogo do tigrinho|aposta grátis",
    ("gambling", "id"): "slot gacor|situs slot|judi online|togel hari ini|bandar togel|slot maxwin|rtp slot|link alternatif|bonus new member|deposit pulsa|judi bola|agen sbobet|slot88|situs gacor hari ini|bocoran slot|pola gacor|scatter hitam|jackpot terbesar|daftar slot",
    ("gambling", "ms"): "judi online malaysia|slot online|casino malaysia|bonus percuma|free credit|mega888|pussy888|918kiss|sportsbook malaysia|deposit minimum",
    ("gambling", "vi"): "nhà cái uy tín|cá cược bóng đá|casino trực tuyến|lô đề online|soi cầu|tài xỉu|nổ hũ|bắn cá đổi thưởng|đăng ký nhận thưởng|kèo nhà cái|game bài đổi thưởng",
    ("gambling", "th"): "สล็อตออนไลน์|เว็บพนัน|บาคาร่า|แทงบอล|เครดิตฟรี|สล็อตแตกง่าย|คาสิโนออนไลน์|หวยออนไลน์|ฝากถอนไม่มีขั้นต่ำ|เว็บตรง",
    ("pharma", "en"): "buy viagra online|cheap cialis|generic levitra|order tramadol|xanax without prescription|online pharmacy|buy valium|cheap meds|phentermine diet pills|buy ambien online|kamagra jelly|no prescription needed",
    ("pharma", "zh"): "伟哥购买|壮阳药|春药网购|催情药|迷药出售|减肥药|代购处方药|性药|延时喷剂|印度仿制药",
    ("pharma", "ja"): "バイアグラ通販|シアリス激安|精力剤|ED治療薬 通販|媚薬|ダイエット薬|処方箋不要|ジェネリック通販",
    ("pharma", "ru"): "купить виагру|дженерик сиалис|таблетки для потенции|аптека без рецепта|купить трамадол|препараты для похудения",
    ("pharma", "es"): "comprar viagra|cialis genérico|farmacia sin receta|levitra barato|pastillas para adelgazar|comprar tramadol",
    ("pharma", "pt"): "comprar viagra|cialis genérico|farmácia online|remédio para emagrecer|sem receita",
    ("pharma", "id"): "obat kuat|jual obat aborsi|obat pembesar|viagra asli|obat pelangsing|cialis original",
    ("replica", "en"): "replica watches|fake rolex|cheap louis vuitton|replica handbags|knockoff designer bags|fake gucci|cheap ugg boots|replica jerseys|michael kors outlet|cheap nike shoes|wholesale jerseys",
    ("replica", "zh"): "高仿手表|复刻包包|一比一|奢侈品代购|名牌仿品|原单|高仿鞋|精仿|a货|微商货源",
    ("replica", "ja"): "スーパーコピー|ブランドコピー|偽物|激安通販|ロレックス コピー|ルイヴィトン 偽物|シャネル コピー|代引き|n級品|財布 コピー",
    ("replica", "ko"): "레플리카|명품 이미테이션|짝퉁 가방|레플 시계|홍콩명품",
    ("replica", "es"): "relojes réplica|bolsos imitación|réplicas de marca|zapatillas baratas",
    ("scam", "en"): "payday loans|instant cash loan|no credit check loans|bad credit loans|bitcoin doubler|guaranteed crypto profits|forex signals|work from home earn|make money fast|binary options|get rich quick|debt relief",
    ("scam", "zh"): "网络兼职|刷单返利|日赚千元|无抵押贷款|黑户贷款|代办信用卡|办证|发票代开|网赚项目|投资理财|数字货币投资",
    ("scam", "ja"): "副業で稼ぐ|即日融資|ブラックでも借りれる|仮想通貨 儲かる|ff外から失礼|在宅ワーク 高収入",
    ("scam", "ru"): "займ без отказа|кредит без справок|заработок в интернете|быстрые деньги|инвестиции в криптовалюту",
    ("scam", "es"): "préstamos rápidos|dinero fácil|gana dinero desde casa|inversión en bitcoin|crédito sin buró",
    ("scam", "id"): "pinjaman online|pinjol cepat cair|dana tunai|kerja dari rumah|investasi bodong|arisan online",
    ("essay", "en"): "write my essay|essay writing service|buy essay online|custom term papers|do my homework|dissertation help|pay for essay|research paper writers|cheap essays|college paper help|assignment help",
    ("seo", "en"): "buy backlinks|seo services cheap|increase traffic|guest post service|link building|website traffic bot|rank first on google|buy instagram followers|cheap seo package|pbn links",
    ("seo", "zh"): "快速排名|seo优化|网站建设|蜘蛛池|外链代发|百度收录|关键词排名|站群|泛目录|黑帽seo",
    ("seo", "ja"): "seo対策|被リンク|検索上位|アクセスアップ|相互リンク",
    ("offtopic", "en"): "best crypto exchange|cheap flights deals|top rated vpn|lose weight fast|car insurance quotes|cbd oil for sale|vape shop online|hair extensions cheap",
}

_CATEGORY_PATTERNS = {
    "pharma": r"viagra|cialis|levitra|pharma|pill|tramadol|xanax|valium|ambien|phentermine|propecia|prozac|kamagra|meds\b|drug|rx\b|soma\b|hydrocodone|oxycodone|clomid|finasteride",
    "gambling": r"casino|poker|slot|roulette|blackjack|baccarat|gambl|\bbet|jackpot|sportsbook|lottery|bingo|judi|togel",
    "replica": r"replica|rolex|louis ?vuitton|gucci|chanel|prada|hermes|oakley|ugg|michael ?kors|jersey|outlet|handbag|knockoff|\bfake\b|moncler|canada ?goose|ray ?ban",
    "scam": r"loan|payday|credit|debt|bitcoin|crypto|forex|invest|mortgage|insurance|cash|earn|money|income|binary",
    "essay": r"essay|dissertation|homework|term ?paper|thesis|coursework|assignment",
    "seo": r"seo\b|backlink|traffic|followers|link ?build|rank|submit|directory",
    "adult": r"porn|sex|xxx|nude|naked|cam ?girl|escort|milf|hentai|adult|dating|fuck|pussy|dick|boob|tits|anal|erotic",
}
_LATIN_ONLY = regex.compile(r"^[\p{Latin}0-9 .,'&-]+$")


def _read_lines(path, comment: str | None = None) -> list[str]:
    out = []
    with open(path, encoding="utf-8", errors="replace") as fh:
        for line in fh:
            line = line.strip()
            if line and not (comment and line.startswith(comment)):
                out.append(line)
    return out


def seed_vocab() -> list[Vocab]:
    from .seed_deep import DEEP
    from .seed_fill import FILL
    from .seed_gaps import GAPS
    from .seed_more import MORE
    from .seed_thin import THIN
    from .seed_wide import WIDE
    from .seed_world import WORLD

    merged: dict[tuple[str, str], list[str]] = defaultdict(list)
    for table in (SEED, MORE, WORLD, WIDE, GAPS, FILL, THIN, DEEP):
        for key, phrases in table.items():
            merged[key].extend(phrases.split("|"))
    return [Vocab(cat, lang, f"seed:{cat}:{lang}", tuple(dict.fromkeys(p))) for (cat, lang), p in merged.items()]


def wp_blacklist_vocab() -> list[Vocab]:
    """Comment-spam phrases sorted into categories by keyword (the list itself is uncategorised)."""
    entries = _read_lines(EXTERNAL / "wp_comment_blacklist" / "blacklist.txt")
    by_cat: dict[str, list[str]] = defaultdict(list)
    compiled = {c: regex.compile(p, regex.IGNORECASE) for c, p in _CATEGORY_PATTERNS.items()}
    for e in entries:
        if len(e) < 4 or not _LATIN_ONLY.match(e):
            continue
        for cat, pat in compiled.items():
            if pat.search(e):
                by_cat[cat].append(" ".join(e.replace("-", " ").split()))
                break
    return [Vocab(c, "en", f"wp_blacklist:{c}", tuple(v)) for c, v in sorted(by_cat.items())]


def ldnoobw_vocab() -> list[Vocab]:
    out = []
    for path in sorted((EXTERNAL / "ldnoobw").glob("*.txt")):
        lang = path.stem.split("-")[0]
        words = tuple(w for w in _read_lines(path) if len(w) >= 2)
        if words:
            out.append(Vocab("adult", lang, f"ldnoobw:{path.stem}", words))
    return out


_ZH_GAMBLING = regex.compile(r"赌|博彩|彩票|六合彩|百家乐|老虎机|时时彩|娱乐城|投注|棋牌|彩金|葡京|威尼斯人|赛车|下注|押注|开奖|赌场")


def zh_lexicon_vocab() -> list[Vocab]:
    """Porn, ads and URL lists; gambling terms picked out of the supplementary list.

    The political lists are never used: they would teach the model that Chinese news is spam.
    """
    base = EXTERNAL / "zh_sensitive_lexicon"
    porn = tuple(_read_lines(base / "porn_words.txt") + _read_lines(base / "porn_type.txt"))
    ads = tuple(_read_lines(base / "ads_type.txt"))
    supplementary = [w for w in _read_lines(base / "supplementary.txt") if _ZH_GAMBLING.search(w)]
    urls = tuple(_read_lines(base / "illegal_urls.txt"))
    return [
        Vocab("adult", "zh", "zh_lexicon:porn", porn),
        Vocab("scam", "zh", "zh_lexicon:ads", ads),
        Vocab("gambling", "zh", "zh_lexicon:supplementary", tuple(supplementary)),
        Vocab("seo", "zh", "zh_lexicon:illegal_urls", urls),
    ]


def ja_vocab() -> list[Vocab]:
    base = EXTERNAL / "ja_inappropriate_words"
    return [
        Vocab("adult", "ja", "ja_words:sexual", tuple(_read_lines(base / "Sexual.txt"))),
        Vocab("adult", "ja", "ja_words:masked", tuple(_read_lines(base / "Sexual_with_mask.txt"))),
    ]


def judol_sites() -> Vocab:
    with open(EXTERNAL / "id_judol_comments" / "situs_judol.csv", encoding="utf-8") as fh:
        names = tuple(row[0] for row in csv.reader(fh) if row and row[0] != "site")
    return Vocab("gambling", "id", "judol:sites", names)


def judol_comments() -> tuple[list[str], list[str]]:
    """Real Indonesian YouTube comments: (gambling promotion, ordinary)."""
    spam, clean = [], []
    with gzip.open(EXTERNAL / "id_judol_comments" / "youtube_comments_judol_labelled.tsv.gz", "rt", encoding="utf-8") as fh:
        next(fh)
        for line in fh:
            label, _, text = line.rstrip("\n").partition("\t")
            text = text.replace("\\n", " ").replace("\\t", " ").replace("\\r", " ").replace("\\\\", "\\").strip()
            if len(text) >= 8:
                (spam if label == "1" else clean).append(text)
    return spam, clean


def domain_vocab() -> list[Vocab]:
    base = EXTERNAL / "blocklistproject"
    def domains(name: str) -> tuple[str, ...]:
        out = []
        for line in _read_lines(base / name, comment="#"):
            parts = line.split()
            d = parts[-1] if parts else ""
            if "." in d and d not in {"0.0.0.0", "127.0.0.1"}:
                out.append(d)
        return tuple(out)
    return [
        Vocab("gambling", "en", "blocklist:gambling", domains("gambling-nl_2022-02-20.txt")),
        Vocab("scam", "en", "blocklist:scam", domains("scam-nl.txt")),
    ]


def all_vocab() -> list[Vocab]:
    return seed_vocab() + wp_blacklist_vocab() + ldnoobw_vocab() + zh_lexicon_vocab() + ja_vocab() + [judol_sites()] + domain_vocab()
