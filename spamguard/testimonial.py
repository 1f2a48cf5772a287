"""A testimonial pitch: one person's story on a page that speaks in no one's voice, ending with a
private way to reach the writer (a step of ``spamguard.revise``).

Comment spam often tells a story in plain words ("Honestly I was sceptical too, but since a friend
showed me the trading bot I get 300 dollars a day. Send me a message and I'll add you to the
group.") that shares no phrase with the spam the classifier was trained on: it reads 0.01-0.2.
What gives it away is its voice and what it does. It speaks in the first person on a page whose
other lines say "I" nowhere (a school's, a club's or a parish's notices, a newsletter), names a sum
the story brought (money, weight lost), hands the thing down (a friend showed it to the writer, or
the writer will pass a link, a name or a number on) and asks the reader to write to the writer in
private (a message, a messenger, the link in a profile). A page written in someone's voice (a
blog, a forum thread) may well end a story with "message me", and keeps it; so do a coordinator's
own "write me" (no sum), a seller's or a lost pet's (a sum, nothing handed down) and a neighbour's
recommendation (handed down, no sum).

>>> bool(reaches_writer("Send me a message and I'll add you to the group."))
True
>>> bool(reaches_writer("Contact us at the front desk."))
False
>>> speaks_as_writer("Schreibt mir eine Nachricht.", exclude=reaches_writer("Schreibt mir eine Nachricht."))
False
"""

from __future__ import annotations

import numpy as np
import regex

from .lexicon import AFTER_NO_LETTER, whole_words
from .lines import line_is_menu
from .lone_line import mentions
from .page import Page
from .params import DecisionParams
from .quotes import unquoted_line
from .reasons import Reason
from .revision import Revision

# A call to write to the writer in private: a first-person "message me", a private channel, the
# link in the writer's profile. An organisation's "contact us" is not one: it is the host's own.
_REACH = regex.compile(
    whole_words(
        # en
        r"(?:send|drop) me (?:a )?(?:message|msg|dm|pm|text|line|note|email|mail)",
        r"(?:message|msg|dm|pm|text|inbox|email|whatsapp|contact|ping) me", r"hit me up", r"add me on",
        r"write (?:to )?me", r"link (?:is )?in my (?:bio|profile)", r"(?:check|see) my (?:bio|profile)",
        # de, nl
        r"schreib(?:t|en sie)? mir", r"meld(?:e|et) (?:dich|euch|sich) bei mir", r"kontaktier(?:e|t) mich",
        r"per (?:pn|dm)", r"link in meiner bio", r"in meinem profil",
        r"stuur me een (?:bericht|appje|dm|pb)", r"app me", r"link in mijn bio",
        # fr
        r"écri(?:s|vez)[- ]moi", r"contacte(?:z)?[- ]moi", r"envoie(?:z)?[- ]moi", r"en (?:mp|privé)",
        r"lien (?:est )?dans ma bio", r"sur mon profil",
        # es, pt
        r"escr[ií]beme", r"escribidme", r"escr[ií]banme", r"m[aá]ndame", r"cont[aá]ctame", r"por (?:privado|md|dm|inbox)",
        r"en mi (?:bio|perfil)", r"me chama", r"chama no (?:zap|privado|pv|direct)", r"me mand(?:a|e) (?:uma )?mensagem",
        r"no (?:privado|pv|direct)", r"na minha bio", r"no meu perfil",
        # it
        r"scrivimi", r"scrivetemi", r"contattami", r"in privato", r"nella mia bio", r"nel mio profilo",
        # pl
        r"(?:napisz|piszcie|pisz|pisze|pisać) do mnie", r"na priv", r"na pw", r"link w (?:bio|profilu)",
        # ru
        r"напиш(?:и|ите) мне", r"пиш(?:и|ите) мне", r"в личку", r"в лс", r"в личные сообщения",
        r"ссылка в профиле", r"в шапке профиля",
        # id, ms, vi, tr
        r"(?:wa|chat|hubungi|dm|pm|inbox|japri|kontak|whatsapp) (?:saya|aku|sy|gue|gw)", r"nak link pm",
        r"pm (?:je|saja|aja)", r"link (?:di|dalam) bio",
        r"(?:inbox|ib|nhắn tin cho|liên hệ|zalo|ib cho) (?:mình|tôi)", r"link (?:ở|trong) bio",
        r"bana (?:yazın|yaz|yazsın|ulaşın|ulaş|ulaşsın)", r"dm'?den", r"profilimdeki link",
    )
    # ja, zh, ko, th
    + r"|プロフィールの(?:リンク|LINE|URL)|DM(?:ください|して)|加我(?!们|們)|私信我|私聊我|联系我(?!们)|聯繫我(?!們)"
    r"|主页链接|프로필 링크|디엠 주세요|카톡 주세요|ทักมา|ลิงก์ในไบโอ",
    regex.IGNORECASE,
)

# The writer speaking of themselves. Some words are other things in another language ("ja" is a
# German "yes", "mi" an Italian "me" and a Spanish "my"): a page that seems to say "I" keeps its
# lines, which costs a pitch, never a host's line.
_FIRST = regex.compile(
    whole_words(
        r"i'm", r"i've", r"i'd", r"i'll", r"me", r"my", r"myself", r"ich", r"mir", r"mich", r"mein(?:e|en|em|er|es)?",
        r"je", r"j", r"moi", r"mon", r"yo", r"mí", r"mi", r"mis", r"conmigo", r"eu", r"meu", r"minha", r"comigo",
        r"io", r"mio", r"mia", r"miei", r"ja", r"mnie", r"mną", r"mój", r"moja", r"moje", r"mojego", r"mojej",
        r"\p{L}+(?:łem|łam)", r"я", r"мне", r"меня", r"мной", r"мой", r"моя", r"моё", r"мои", r"моего", r"моей",
        r"saya", r"aku", r"gue", r"gw", r"tôi", r"mình", r"ben", r"bana", r"beni", r"benim", r"ik", r"mij", r"mijn",
        r"أنا", r"मैं", r"मुझे", r"मेरा", r"मेरी", r"나는", r"내가", r"제가", r"저는", r"저도", r"나도", r"ฉัน", r"ผม", r"ดิฉัน",
    )
    + r"|我(?!们|們)|私(?!立|的|有|物|用|服|生|語|鉄|道)|僕|俺|わたし|あたし",
    regex.IGNORECASE,
)


_STOP = regex.compile(r"[.!?。！？](?!\w)")


# What the story claims it brought: a sum of money or of weight lost ("300 dollars a day",
# "9 Kilo", "月に30万円", "15 triệu đồng", "40 bin lira"). A coordinator's "write me" about the
# page's own business tells no such story.
_NUMBER = r"\d(?:[\d.,]|\s(?=\d{3}))*"
_MULTIPLIER = r"(?:mil|juta|jt|ribu|rb|triệu|tr|nghìn|ngàn|bin|milyon|тысяч\w*|тыс\.?|млн|k|lakh|लाख|हज़ार|万|千|만|천|억)"
_MONEY = (
    r"(?:\p{Sc}|đ|đồng|vnd|eur|euros?|usd|dollars?|pounds?|руб\w*|rub|won|원|円|yen|元|块|rp|idr|baht|บาท|zł|złotych|pln"
    r"|reais|pesos?|lira|tl|rm|ringgit|rupees?|रुपये)"
)
_WEIGHT = r"(?:kilos?|kilogram\w*|kg|quilos?|chil[io]|килограмм\w*|кг|кило|キロ|公斤|斤|킬로)"
_NOT_LATIN = r"(?![a-zA-Z\u00c0-\u024f])"
_CLAIM = regex.compile(
    rf"\p{{Sc}}\s?\d|{AFTER_NO_LETTER}(?:rm|rp|r\$|idr)\s?\d"
    rf"|{_NUMBER}\s?(?:{_MULTIPLIER}\s?)?(?:{_MONEY}|{_WEIGHT}){_NOT_LATIN}"
    rf"|{_NUMBER}\s?{_MULTIPLIER}{_NOT_LATIN}"
    rf"|{AFTER_NO_LETTER}[\p{{L}}]+\s(?:{_WEIGHT}|euros?|dollars?|reais){_NOT_LATIN}",
    regex.IGNORECASE,
)


# Who showed the writer the thing: a pitch's story hands it down from a friend, a cousin, a
# neighbour ("a friend showed me the trading bot", "un cugino mi ha fatto entrare", "知人に教わった").
# Whole words, so that "friendly", "другой" (other) and "vicino alla stazione" (near) are none.
_INTRODUCER = regex.compile(
    whole_words(
        # en, de, nl
        r"friends?", r"cousins?", r"neighbou?rs?", r"colleagues?", r"co-?workers?", r"acquaintances?",
        r"(?:brother|sister|son|daughter)-in-law", r"freund(?:in|e|en|innen)?", r"bekannte[rn]?",
        r"nachbar(?:in|n|en)?", r"kolleg(?:e|in|en|innen)", r"schwager", r"schwägerin", r"vriend(?:in)?",
        r"buurman", r"buurvrouw",
        # fr, es, pt, it
        r"ami(?:e|s|es)?", r"copain", r"copine", r"voisin(?:e|s|es)?", r"collègues?", r"beau-frère",
        r"belle-sœur", r"amig[oa]s?", r"vecin[oa]s?", r"compañer[oa]s?", r"cuñad[oa]s?", r"vizinh[oa]s?",
        r"colegas?", r"cunhad[oa]s?", r"amic[oa]", r"amici", r"amiche", r"vicin[oa] di casa", r"vicini di casa",
        r"colleg(?:a|he|hi)", r"cugin[oaie]", r"cognat[oaie]",
        # pl, ru
        r"znajom(?:y|a|ego|ej|i)", r"kolega", r"koleżank[ai]", r"sąsiad(?:ka|ki)?", r"kuzyn(?:ka)?", r"szwagier",
        r"przyjaci(?:el|ółka)", r"друг(?:а|у|ом|ья|ей)?", r"подруг[аиеу]", r"знаком(?:ый|ая|ого|ой|ые)",
        r"сосед(?:ка|ки|и)?", r"коллег[аиу]", r"кума?",
        # id, ms, vi, tr
        r"teman", r"kawan", r"sepupu", r"tetangga", r"jiran", r"abang", r"ipar", r"rekan", r"hàng xóm",
        r"đồng nghiệp", r"anh họ", r"chị họ", r"người quen", r"arkadaş\p{L}*", r"komşu\p{L}*", r"kuzen\p{L}*",
        r"tanıdık\p{L}*",
    )
    + r"|지인|친구|동료|이웃|사촌|知人|友人|友達|ママ友|同僚|先輩|近所の|朋友|同事|邻居|鄰居|亲戚|親戚|学长|学姐|學長|表哥|表姐|เพื่อน",
    regex.IGNORECASE,
)
# What the writer offers to pass on in the call: a link, a name, a number, a group to join ("te
# paso el enlace", "je vous donne son numéro", "скину ссылку"). A neighbour's own "message me if
# you see him" passes nothing on.
_REFERRAL = regex.compile(
    AFTER_NO_LETTER
    + r"(?:link|website|site\b|name\b|number|contact|group|details|namen|nummer|kontakt|gruppe|lien|nom\b|numéro"
    r"|groupe|enlace|nombre|número|contacto|grupo|nome\b|contato|numero|contatto|gruppo|nazw|numer|grup|ссылк|назван"
    r"|номер|контакт|групп|nama|nomor|kontak|tên|số\b|nhóm|isim|numara|naam)"
    r"|링크|연락처|번호|リンク|URL|链接|網址|网址|联系方式|聯繫方式|推给你|ลิงก์",
    regex.IGNORECASE,
)


def claims_gain(text: str) -> bool:
    """Whether ``text`` names a sum of money or of weight (what a testimonial says it brought).

    >>> claims_gain("minggu lalu dapat 7 juta dari modal 50 ribu"), claims_gain("sind 9 Kilo einfach weg")
    (True, True)
    >>> claims_gain("Training ab Januar dienstags von 17 bis 18:30 Uhr")
    False
    """
    return bool(_CLAIM.search(text))


# Every call above holds one of these words, or one of these strings in a script written without
# spaces: a page (and a line) holding none is not read with the calls' expression, which is slow
# over long text (an alternation of a hundred phrases).
_CALL_WORDS = frozenset(
    word + end
    for word in (
        "me", "mir", "mich", "moi", "pn", "dm", "mp", "pm", "md", "pv", "priv", "pw", "bio", "profile",
        "profil", "perfil", "profilo", "profilu", "privé", "privado", "privato", "inbox", "zap", "direct",
        "écris-moi", "écrivez-moi", "contacte-moi", "contactez-moi", "envoie-moi", "envoyez-moi",
        "escríbeme", "escribeme", "escribidme", "escríbanme", "escribanme", "mándame", "mandame",
        "contáctame", "contactame", "scrivimi", "scrivetemi", "contattami", "mnie", "мне", "личку", "лс",
        "личные", "профиле", "профиля", "saya", "aku", "sy", "gue", "gw", "mình", "tôi", "bana", "dm'den",
        "dm’den", "dmden", "profilimdeki",
    )
    for end in ("", ".", ",", "!", "?", ":", ";", ")")
)
_CALL_STRINGS = ("プロフィールの", "dmください", "dmして", "加我", "私信我", "私聊我", "联系我", "聯繫我", "主页链接", "프로필 링크", "디엠", "카톡", "ทักมา", "ไบโอ")


def may_call(text: str) -> bool:
    """Whether ``text`` holds a word that a call to write to the writer needs (``reaches_writer``
    is None where this is False)."""
    folded = text.casefold()
    return not _CALL_WORDS.isdisjoint(folded.split()) or any(s in folded for s in _CALL_STRINGS)


def reaches_writer(text: str) -> tuple[int, int] | None:
    """Where ``text`` asks the reader to write to the writer in private, or None."""
    m = _REACH.search(text) if may_call(text) else None
    return m.span() if m else None


# A capital I alone is the English "I" only among English words: elsewhere it is a number ("học
# kỳ I", the first term).
_ENGLISH_I = regex.compile(AFTER_NO_LETTER + r"I(?![\p{L}\p{M}'’])")
_ENGLISH = regex.compile(whole_words("the", "and", "to", "of", "was", "but", "that", "it", "is", "a", "an", "in", "with", "for"))


def speaks_as_writer(text: str, exclude: tuple[int, int] | None = None) -> bool:
    """Whether ``text`` says "I" (a first-person word), outside ``exclude`` (the call, whose "me"
    says nothing of a story)."""
    return any(not (exclude and exclude[0] <= at < exclude[1]) for at in _first_person_at(text))


def _first_person_at(text: str) -> list[int]:
    """Where ``text`` says "I", in order."""
    found = [m.start() for m in _FIRST.finditer(text)]
    if _ENGLISH.search(text):
        found += [m.start() for m in _ENGLISH_I.finditer(text)]
    return sorted(found)


def revise_testimonial(rev: Revision, params: DecisionParams, spam_prob: np.ndarray, names: list[str]) -> None:
    """The one line of a page that tells the writer's story, with what it brought them and who
    handed it down (``_tells_a_pitch``), and asks to be written to in private (``reaches_writer``,
    ``speaks_as_writer`` outside the call), when no other kept line of the page says "I" or asks
    that (the page speaks in no one's voice) and the line has ``testimonial_line_letters`` letters,
    goes from its first sentence that says "I" (or a short hook question before it) to the call;
    quoted words never count, and a menu, a program's text, a glossary and a line of quoted words
    stay."""
    page = rev.page
    if not may_call(page.text):
        return
    per_line = np.bincount(page.seg.block_line, minlength=page.seg.n_lines)
    lines = [k for k in np.flatnonzero(per_line > 0).tolist() if not rev.line_removed[k]]
    if len(lines) < 3:
        return
    own = {k: page.cached("unquoted", k, lambda j: unquoted_line(page, j)) for k in lines}
    calls = [(k, call) for k in lines if (call := reaches_writer(own[k])) is not None]
    if len(calls) != 1:
        return
    k, call = calls[0]
    text = own[k]
    if not speaks_as_writer(text, call) or not _tells_a_pitch(text, call):
        return
    blocks = page.line_blocks(k)
    if page.weighted_letters[blocks.start : blocks.stop].sum() < params.testimonial_line_letters:
        return
    if any(speaks_as_writer(own[j]) for j in lines if j != k):
        return
    if page.cached("menu", k, lambda j: line_is_menu(page, j)) or mentions(page, k):
        return
    taken = _story_blocks(page, blocks, params)
    if taken:
        rev.take_line(k, spam_prob, names, Reason.TESTIMONIAL, taken)


def _tells_a_pitch(text: str, call: tuple[int, int]) -> bool:
    """Whether the line around ``call`` tells what its story brought (``claims_gain``) and hands the
    thing down: someone showed it to the writer (``_INTRODUCER``), or the call's sentence offers
    to pass on a link, a name, a number or a group (``_REFERRAL``). A seller's, a lost pet's or a
    charity run's "write me" names a sum too, but hands nothing down. A story handed down with no
    sum is a neighbour's recommendation as often ("My neighbour recommended a plumber ... message
    me and I'll pass on his number") as a pitch for fake diplomas: it stays."""
    if not claims_gain(text[: call[0]] + " " + text[call[1] :]):
        return False
    stops = list(_STOP.finditer(text))
    start = max((m.end() for m in stops if m.end() <= call[0]), default=0)
    end = min((m.end() for m in stops if m.start() >= call[1]), default=len(text))
    return bool(_INTRODUCER.search(text, 0, call[0]) or _REFERRAL.search(text, start, end))


def _story_blocks(page: Page, blocks: range, params: DecisionParams) -> list[int]:
    """The line's blocks from the one where it first says "I" (with a short question right before
    it, a hook) to the one where its last call to write ends. The line is read whole: a call may
    span blocks of two scripts ("プロフィールの" | "LINE")."""
    start = int(page.seg.line_start[page.seg.block_line[blocks.start]])
    text = page.seg.text[start : int(page.seg.line_end[page.seg.block_line[blocks.start]])]
    calls = [m.span() for m in _REACH.finditer(text)]
    firsts = [at for at in _first_person_at(text) if not any(a <= at < b for a, b in calls)]
    if not calls or not firsts or firsts[0] >= calls[-1][1]:
        return []
    ends = page.seg.block_end[blocks.start : blocks.stop] - start
    a = int(np.searchsorted(ends, firsts[0], side="right"))
    stop = _STOP.search(text, calls[-1][1])
    z = int(np.searchsorted(ends, (stop.end() if stop else len(text)) - 1, side="right"))
    hook = blocks.start + a - 1
    if a > 0 and page.block_text(hook).rstrip().endswith(("?", "？")) and page.weighted_letters[hook] < 2 * params.short_line_letters:
        a -= 1
    return list(range(blocks.start + a, blocks.start + min(z, len(blocks) - 1) + 1))
