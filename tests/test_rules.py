"""One synthetic positive and negative per rule (like jusText's classify tests)."""

import pytest

from spamguard.page import Page
from spamguard.reasons import Reason
from spamguard import rules, stuffing
from spamguard.lines import line_is_prose
from spamguard.scripts import mixes_styles

EN = "The town council met on Monday.\nIt approved the new park.\nWork starts in May.\n"


def fired(rule, text, needle):
    page = Page.from_text(text)
    for i in range(page.seg.n_blocks):
        if needle in page.block_text(i):
            return rule(page, i)
    raise AssertionError(f"{needle!r} is in no block")


def test_foreign_script_positive():
    f = fired(rules.foreign_script, EN + "澳门赌场官方网站注册送彩金", "澳门")
    assert f and f.reason is Reason.FOREIGN_SCRIPT


def test_foreign_script_negative_on_home_script():
    text = "本市新闻。\n市政府召开会议。\n澳门赌场官方网站注册送彩金\n"
    assert fired(rules.foreign_script, text, "澳门") is None


def test_foreign_script_negative_native_name_and_selector():
    assert fired(rules.foreign_script, EN + "Xi'an (西安市人民政府所在地) was the capital.", "西安") is None
    assert fired(rules.foreign_script, EN + "English | Español | 中文 | 日本語 | Русский", "中文") is None


def test_foreign_script_negative_bilingual_page():
    text = "服务员：您好，请问几位？\nWaiter: Hello, how many?\n顾客：两位。有靠窗的座位吗？\nCustomer: Two, by the window.\n服务员：有的，请跟我来。\nWaiter: Yes, follow me.\n"
    assert fired(rules.foreign_script, text, "顾客") is None


def test_keyword_list_positive_and_negative():
    assert fired(rules.keyword_list, EN + "cheap pills | buy pills | pills online | best pills | pills now", "cheap")
    assert fired(rules.keyword_list, EN + "He said: we met. | They left. | It rained. | We stayed.", "He said") is None
    assert fired(rules.keyword_list, EN + "slot gacor | judi", "slot") is None


def test_cjk_words_split_by_spaces_are_a_list_but_symbols_between_them_are_no_words():
    ja = "当院では毎日診療を行っています。\n予約は電話で受け付けています。\n"
    assert fired(rules.keyword_list, ja + "人妻 無修正 動画 無料", "人妻")
    assert fired(rules.keyword_list, ja + "© 🔥 2025 🔥 さくら通りメンズクリニック", "©") is None


def test_keyword_list_spares_the_sites_own_menu_but_not_a_run_slipped_into_it():
    ja = "シルデナフィルは医師の処方が必要な医薬品です。\n正規の薬局で受け取ってください。\n"
    assert fired(rules.keyword_list, ja + "病気の情報 | お薬の情報 | 薬局の情報 | 健康の情報", "病気")
    assert fired(rules.keyword_list, ja + "ホーム | 病気の情報 | お薬の情報 | お問い合わせ", "病気") is None
    # "Contact" marks the menu; the Han run injected into it is still a list item
    assert fired(rules.keyword_list, EN + "Home | News | 人妻无码在线观看 | 成人网站 | Contact", "人妻")
    assert fired(rules.keyword_list, EN + "Home loans | car loans | cheap loans | fast loans | loans now", "Home")


def test_keyword_list_cjk_spaced_words():
    assert fired(rules.keyword_list, EN + "澳门赌场 注册送彩金 真人百家乐", "澳门")


def test_keyword_repetition_positive_and_negative():
    spam = "slot gacor hari ini slot gacor maxwin daftar slot gacor link slot gacor terbaru"
    assert fired(rules.keyword_repetition, EN + spam, "slot")
    prose = "The council said the park would open next year and that the old yard would be cleaned first."
    assert fired(rules.keyword_repetition, EN + prose, "council") is None


def test_keyword_repetition_sees_words_joined_by_underscores_and_short_lines_saying_a_pair_three_times():
    stuffed = "ігрові автомати_ігрові автомати_ігрові автомати"
    found = fired(rules.keyword_repetition, EN + stuffed, "ігрові")
    assert found is not None and found.strength == 1.0
    # under eight words one word four times is not enough, nor a pair said twice
    assert fired(rules.keyword_repetition, EN + "Go team go team, go go go!", "Go") is None
    assert fired(rules.keyword_repetition, EN + "New York hotels near New York airports", "New") is None


def test_a_phrase_of_another_script_stuffed_inside_a_long_sentence_repeats_at_full_strength():
    """A stuffed run of another script is diluted by the host sentence around it: the run is
    counted on its own; the host's own words are not (nor is a run said once)."""
    host = ("Айлын эгчийн нөхөр нь 30 эргэм насны Цамба гэж баян, ууртай, хүчирхэг эр байсан бөгөөд "
            "тэр өвөл хотоос ирсэн ах дүү нартайгаа хамт малаа өвөлжөөнд гаргажээ.")
    mn = "Хотын зөвлөл даваа гарагт хуралдав.\nШинэ цэцэрлэгт хүрээлэн батлагдав.\n"
    stuffed = "skit ner dig skit ner dig skit ner dig skit ner dig skit ner dig"
    line = host[:30] + stuffed + " " + host[30:]
    assert stuffing.line_repetition(Page.from_text(mn + line), 2) < 1.0
    found = fired(rules.keyword_repetition, mn + line, "skit")
    assert found is not None and found.strength == 1.0
    host_words = fired(rules.keyword_repetition, mn + line, "Цамба")
    assert host_words is None or host_words.strength < 1.0
    assert fired(rules.keyword_repetition, mn + host[:30] + "skit ner dig " + host[30:], "skit") is None


def test_a_phrase_stuffed_again_and_again_repeats_at_full_strength():
    phrase = "pinjaman tanpa jaminan cair dalam sehari langsung ke rekening"
    found = fired(rules.keyword_repetition, EN + " ".join([phrase] * 4), "pinjaman")
    # no one word or pair is a seventh of the line, but every word is in a repeated pair
    assert found is not None and found.strength == 1.0
    # a line that says one pair three times among other words stays weak
    said = "New York hotels, New York museums and New York parks are open all week for visitors from abroad."
    weak = fired(rules.keyword_repetition, EN + said, "New")
    assert weak is None or weak.strength < 1.0


def test_url_list_positive_and_negative():
    assert fired(rules.url_list, EN + "cheap-pills.xyz best-bet.top www.casino-win.com", "cheap")
    assert fired(rules.url_list, EN + "Read the report on example.org before the meeting.", "Read") is None
    # a "www." address ends at CJK punctuation: the line below is three domains, not one long URL
    assert fired(rules.url_list, EN + "www.1kk2.cn、47528.cn、www.googlem7k.com", "1kk2")
    assert fired(rules.url_list, EN + "详情请见www.gov.cn。", "gov") is None


def test_obfuscated_text_sees_cjk_words_masked_letter_by_letter_but_not_placeholders():
    ja = "当院では毎日診療を行っています。\n予約は電話で受け付けています。\n"
    found = fired(rules.obfuscated_text, ja + "ま✗ぐ✗返✗の高画質動画を毎日更新、スマホでもサクサク再生。", "ま✗")
    assert found is not None and found.strength == 1.0
    # a doubled mask is a placeholder, and "×" joins a collaboration's names
    assert fired(rules.obfuscated_text, ja + "山田○○様、○○市役所までお越しください。", "山田") is None
    assert fired(rules.obfuscated_text, ja + "鬼滅の刃×ローソンのキャンペーンが始まります。", "鬼滅") is None
    # the masks of the real vocabulary: circles, and a mask ending the word
    for masked in ("ス⚪ル⚪の専門店", "デ◯ヘ◯の専門店", "ア✗ル✗ の専門店"):
        found = fired(rules.obfuscated_text, ja + masked, masked[:2])
        assert found is not None and found.strength == 1.0, masked


def test_invisible_chars_positive_and_negative():
    assert fired(rules.invisible_chars, EN + "v\u200bi\u200ba\u200bg\u200br\u200ba", "\u200b")
    assert fired(rules.invisible_chars, EN + "plain words only", "plain") is None
    assert fired(rules.invisible_chars, EN + "emoji \U0001F469\u200d\U0001F4BB here", "emoji") is None
    assert fired(rules.invisible_chars, EN + "b\u200cu\u200cy c\u200ch\u200ce\u200ca\u200cp", "b")
    persian = "می\u200cخواهم کتاب\u200cها را بخوانم"
    assert fired(rules.invisible_chars, persian + "\n" + persian, "کتاب") is None


def test_obfuscated_text_positive_and_negative():
    assert fired(rules.obfuscated_text, EN + "buy vіаgrа now", "buy")
    assert fired(rules.obfuscated_text, EN + "\U0001D42C\U0001D425\U0001D428\U0001D42D \U0001D420\U0001D41A\U0001D41C\U0001D428\U0001D42B", "\U0001D42C")  # Cyrillic і, а inside a Latin word
    assert fired(rules.obfuscated_text, EN + "get v i a g r a here", "get")
    assert fired(rules.obfuscated_text, EN + "Привет, world", "Привет") is None


def test_letters_spaced_apart_count_once_for_each_ten_of_them():
    # a phrase spelled out letter by letter is as many disguised words as it has stretches of ten
    # letters: strong enough evidence alone (two words' worth) to take a leaning block; a word or
    # a name spelled out for show ("U N E S C O") stays one
    assert fired(rules.obfuscated_text, EN + "get v i a g r a here", "get").strength == 0.5
    long_run = fired(rules.obfuscated_text, EN + "see b u y c h e a p z o r b l a x o n l i n e today", "see")
    assert long_run.strength == 1.0


def test_after_footer_positive_and_negative():
    text = "Article text here.\n© 2025 Example News. All rights reserved.\nextra line"
    assert fired(rules.after_footer, text, "extra")
    assert fired(rules.after_footer, text, "Article") is None


def test_prose_lines_are_long_statements_not_lists_or_adverts():
    page = Page.from_text(
        "The pharmacy regulator warned that websites selling Viagra without a prescription ship fake pills.\n"
        "银行下调了个人住房贷款利率，首套房贷款最低首付比例为百分之二十。\n"
        "Online Casino mit Echtgeld: 100 Freispiele ohne Einzahlung, jetzt registrieren!\n"
        "buy viagra | cheap cialis | generic levitra | online pharmacy | no prescription.\n"
        "Viagra online kaufen.\n"
    )
    assert [line_is_prose(page, k) for k in range(5)] == [True, True, False, False, False]
    # an exclamation after a statement closes a paragraph (a recipe's "Selamat mencoba!"); one alone
    # is an advert's register
    page = Page.from_text(
        "Masak selama 3 sampai 4 jam sambil terus diaduk agar santan tidak pecah. Selamat mencoba!\n"
        "Daftar sekarang dan dapatkan bonus seratus persen untuk semua member baru hari ini!\n"
    )
    assert [line_is_prose(page, k) for k in range(2)] == [True, False]


def test_contact_channel_on_a_sentence_long_line_only():
    pitch = "Vay tiền online chỉ cần CCCD, không thẩm định, giải ngân trong 15 phút, liên hệ Zalo ngay."
    found = fired(rules.contact_channel, EN + pitch, "Vay")
    assert found and found.reason is Reason.CONTACT_CHANNEL
    assert fired(rules.contact_channel, EN + "Call us to book a table for the weekend: +33 1 42 68 53 00 today.", "Call")
    assert fired(rules.contact_channel, EN + "Besoin d'argent ? Prêt sérieux sans frais, écrivez à jean.pret@gmail.com merci.", "Prêt")
    # a short address line with a phone number is a footer's, not evidence
    assert fired(rules.contact_channel, EN + "전화: 02-123-4567", "전화") is None
    # amounts and dates are no phone numbers
    assert fired(rules.contact_channel, EN + "Le tribunal a infligé une amende de 10 000 000 € à la société pour publicité illégale.", "tribunal") is None
    assert fired(rules.contact_channel, EN + "Công ty bị phạt 10.000.000 đồng vào ngày 2024-11-28 vì vi phạm quy định quảng cáo.", "phạt") is None


def test_a_messenger_named_inside_a_script_without_spaces_is_a_contact():
    from spamguard.contact import has_contact

    # written against the letters around it, with no word boundary to find
    assert has_contact("我邻居在一个网站赢了八万，想要网址的加我微信。")
    assert has_contact("สาวๆ รอคุยอยู่ ส่งรูปให้ดูฟรี แค่กดแอดไลน์")
    assert has_contact("登録はLINEで簡単、今すぐ友だち追加")
    assert has_contact("궁금한 점은 카톡으로 문의하세요")
    assert has_contact("顺丰包邮，加QQ咨询。") and has_contact("當天撥款，歡迎私訊！")
    # "online" in Thai and Japanese holds the same letters, and so does a guideline
    assert not has_contact("ตำรวจเตือนเรื่องการพนันออนไลน์ที่ผิดกฎหมาย")
    assert not has_contact("オンラインカジノの利用は違法です。政府のガイドラインを参照してください。")
    assert not has_contact("The LINE of the river was drawn on the map.")
    assert not has_contact("The Nasdaq QQQ fund rose.")


def test_a_chinese_mobile_number_glued_to_the_words_before_it_is_a_contact():
    from spamguard.contact import has_contact

    # no word boundary before it in Chinese: "联系电话13800001111", call 138...
    assert has_contact("可先验票后付款，联系电话13800001111。") and has_contact("手机：13912345678")
    # part of a code, or an amount of money, it is not one
    assert not has_contact("订单号A13800001111") and not has_contact("合同金额13800001111元")
    assert not has_contact("序列号138000011112233")


@pytest.mark.parametrize("text", [
    "A gente faz o seu trabalho completo, é só chamar no zap.",
    "Cadastre-se hoje e saque no Pix, link na bio.",
    "Tap the link in our bio before the offer ends.",
    "Inscris-toi aujourd'hui, lien dans la bio.",
    "Подробности и запись — ссылка в профиле.",
    "気になる方はプロフィールのリンクからどうぞ。",
    "赢的钱几分钟就能提现，链接在简介里。",
    "ถอนเข้าบัญชีได้ในไม่กี่นาที ลิงก์อยู่ในไบโอ",
    "당첨금은 바로 환전, 링크는 프로필에 있어요.",
    "سجل الآن عبر الرابط في البايو.",
    "आज ही जुड़ें, लिंक बायो में है।",
    "贏的錢幾分鐘就能出金，連結在簡介。",
    "Запись на консультацию — ссылка в шапке.",
    "Jetzt registrieren, Link in der Bio.",
    "Regístrate hoy, enlace en la bio.",
])
def test_a_sellers_slang_for_a_messenger_or_the_link_in_a_profile_is_a_contact(text):
    from spamguard.contact import has_contact

    assert has_contact(text)


@pytest.mark.parametrize("text", [
    "Use the laser to zap the weeds along the fence.",
    "The lecture on links in biology starts at nine.",
    "Her biography of the band was published last year.",
    "Leia a bio do autor no fim do livro.",
])
def test_the_words_of_that_slang_in_ordinary_sentences_are_no_contact(text):
    from spamguard.contact import has_contact

    assert not has_contact(text)


def test_a_messenger_named_in_cyrillic_or_arabic_letters_is_a_contact():
    from spamguard.contact import has_contact

    assert has_contact("Пишите в Телеграм @diplom_bystro!")
    assert has_contact("Звоните или пишите в ватсап, ответим сразу")
    assert has_contact("للطلب تواصل معنا عبر واتساب")
    # with the article and a preposition written onto it, and spelled out in Devanagari
    assert has_contact("تواصل معنا عبر الواتساب")
    assert has_contact("راسلنا بالواتس الآن")
    assert has_contact("अभी व्हाट्सएप करें")
    assert has_contact("टेलीग्राम पर जुड़ें")
    # a telegram from the minister is a message, not the messenger
    assert not has_contact("Телеграмма от министра пришла в понедельник.")
    assert not has_contact("اتصلوا بنا في ساعات العمل")


def test_hidden_letters_on_words_hidden_letter_by_letter_only():
    hidden = "\u200b".join("prace licencjackie") + " na zlecenie"
    assert fired(rules.hidden_letters, EN + hidden, "zlecenie").reason is Reason.HIDDEN_LETTERS
    # one evasive zero-width in a word is invisible_chars' business, not hidden letters
    assert fired(rules.hidden_letters, EN + "buy v\u200biagra online today", "online") is None
    # soft hyphens every few letters are hyphenation hints; joiners belong to Persian and emoji
    assert fired(rules.hidden_letters, EN + "Ver\u00adsi\u00adche\u00adrungs\u00adbe\u00addin\u00adgun\u00adgen gelten", "gelten") is None
    assert fired(rules.hidden_letters, EN + "\u200c".join("می‌خواهم") + " امروز", "امروز") is None


def test_a_list_literal_in_code_is_code_with_emoji_between_its_items():
    from spamguard.program_text import line_is_code

    page = Page.from_text('BLOCKLIST = ["casino", "viagra"]\nBLOCKLIST \N{FIRE} = \N{FIRE} ["casino", \N{FIRE} "viagra"]\n'
                          "Buy viagra, casino \N{FIRE} bonus!")
    assert [line_is_code(page, k) for k in range(3)] == [True, True, False]


def test_a_slash_between_spaces_separates_a_menus_items_but_not_words_written_with_one():
    from spamguard.lines import line_is_list, line_opens_page

    page = Page.from_text("Início / Cassino / Apostas / Promoções / Contato\n"
                          "The shop is open 24/7 and ships to the EU and/or the UK at 30 km/h or less, they say.")
    assert line_opens_page(page, 0, 33) and line_is_list(page, 0, 3) > 0
    assert not line_opens_page(page, 1, 33) and line_is_list(page, 1, 3) == 0


def test_a_companys_legal_line_closes_the_page_as_a_copyright_line_does():
    text = "Our news\nThe council met on Monday.\nRegistered in England and Wales, company number 0123.\nextra"
    assert Page.from_text(text).profile.footer_line == 2
    assert fired(rules.after_footer, text, "extra")


def test_above_menu_fires_on_lines_above_a_menu_among_the_pages_first_lines():
    menu = "Home | News | Sport | Contact"
    assert fired(rules.above_menu, f"Cheap pills online today\n{menu}\nArticle text here.", "Cheap")
    assert fired(rules.above_menu, f"Cheap pills online today\n{menu}\nArticle text here.", "Article") is None
    # no menu at the page's top: nothing is above it
    lines = "\n".join(f"Paragraph {n} of the article." for n in range(6))
    assert fired(rules.above_menu, f"Cheap pills online today\n{lines}\n{menu}", "Cheap") is None


def test_a_sentence_ending_with_its_scripts_own_full_stop_is_prose():
    page = Page.from_text("उबले आलू में नमक, मिर्च और धनिया मिलाकर भरावन तैयार करें और फिर आटे की लोई में भरें।\n"
                          "سرکار نے آج نئے تعلیمی سال کے لیے اسکولوں کی فیسوں میں کمی کا اعلان کیا ہے۔")
    assert line_is_prose(page, 0) and line_is_prose(page, 1)


@pytest.mark.parametrize("text", [
    "porn tube https://hot-porn-tube.club/watch xxx porn",  # a link with a scheme
    "see www.sexcams-live.xyz and more",  # written with www.
    "escorts best607497.club/shop tonight",  # a path after the domain
    "курсові роботи - курсові роботи недорого - курсові роботи",  # a pair said three times
    "gratis porno film gratis porno film gratis porno",  # a word of four letters said three times
])
def test_stuffing_in_prose_finds_links_and_words_said_three_times(text):
    assert stuffing.stuffing_in_prose(text)


@pytest.mark.parametrize("text", [
    "Det er endnu ikke muligt at se denne feature på Google.dk men hvis du går på Google.com kan du",
    "5 acertos – 41 apostas ganhadoras, R$ 52.318,77 cada; 4 acertos – 3.112 apostas ganhadoras",
    "habe ich die Zeile download_directory = current_directory + os.sep + DOWNLOAD_DIRECTORY so angepasst",
    "the cat and the dog and the bird, and the end of the story",
])
def test_stuffing_in_prose_is_stricter_than_stuffing_on_a_sentences_own_words(text):
    """Bare site names, a pair said twice, a program's identifiers and short words said again are
    a sentence's own: the measure for a kept sentence (``stuffed_runs.kept_stuffed_cuts``) leaves
    them, where the one for a removed block (``stuffing.stuffing``) takes them."""
    assert not stuffing.stuffing_in_prose(text)
    assert stuffing.stuffing(text)


@pytest.mark.parametrize("line", [
    '/(casino|slot gacor|judi online)/i',  # a regular expression of alternatives
    '  - match: "viagra|cialis|sildenafil"',  # a key with a quoted value
    ".casino-chip { border-radius: 50%; } .casino-chip-red { background: red; }",  # declarations
    '{"product_id": 1, "product_name": "Mug"}',
    "FROM players p JOIN deposits d ON d.player_id = p.player_id",  # two SQL clauses and an operator
    "SELECT drug_name, stock_qty FROM inventory WHERE stock_qty < reorder_level",
    "if (reels[0] === reels[1]) { balance += bet * 10; }",
    "def is_spam(text): return any(w in text.lower() for w in STOP)",
    '    "cheap cialis",',  # one item of a list written a line each
    "BLOCKED = re.compile(r'(casino bonus|free spins)', re.I)",
    'enum BlockedWord { Toto = "토토사이트", Casino = "카지노" }',
    "GET /api/users 500 GET /api/users 500 GET /api/orders 200",  # a server's log
    "DELETE /api/v1/matches/789",  # an API's reference
    # a shell's pipeline: two commands with their options
    """grep -iE "casino|viagra|slot" access.log | awk '{print $7}' | sort | uniq -c | sort -rn | head""",
    "$ sudo grep -c slot access.log | tee -a spam.txt",
])
def test_a_programs_text_is_code(line):
    from spamguard.program_text import is_program_text

    assert is_program_text(line)


@pytest.mark.parametrize("line", [
    "slot gacor | situs slot gacor | daftar slot gacor hari ini",
    "www.bonodebienveni.cc/index.php?id=1625  https://casasdeapuesta-online.top/link",
    "瘦身茶效果_減肥藥推薦2026_增高藥_增高藥",
    "{Great|Awesome|Nice} post! Visit {my site|my blog} for cheap viagra",  # spintax
    '<li><a href="http://casino-bonus.top">casino online</a></li>',
    "Buy cheap cialis = no prescription needed, order now!",
    "BREAKING: CASINO FROM MACAU WHERE PLAYERS WIN BIG",  # capitals, not SQL
    "Deposit 10 (ten) dollars and get 100 free spins; withdraw any time",
    "The committee met on Monday; it approved the budget (after a long debate).",
    "GET 50 free spins today at /casino, POST your win!",  # a method's word without a path after it
    "mega888 -download apk | slot online -gratis | judi bola",  # one word glued to a dash is no pipeline
])
def test_spam_and_prose_are_not_code(line):
    from spamguard.program_text import is_program_text

    assert not is_program_text(line)


def test_markup_tags_are_no_words_but_a_links_text_is():
    from spamguard.program_text import markup_only

    page = Page.from_text('<nav class="toc"><a href="#law">カジノ法案とは</a></nav>\n'
                          '<li><a href="http://casino-bonus.top">casino online</a></li>')
    blocks = {page.block_text(i): markup_only(page, i) for i in range(page.seg.n_blocks)}
    assert blocks["a></nav>"]
    assert not any(v for text, v in blocks.items() if "casino online" in text or "カジノ" in text)


def test_markup_repeating_its_tag_names_is_not_stuffed_but_link_text_repeated_is():
    xaml = ('<ResourceDictionary> <ResourceDictionary.MergedDictionaries> <ResourceDictionary Source="a.xaml"/> '
            '<ResourceDictionary Source="b.xaml"/> </ResourceDictionary.MergedDictionaries> </ResourceDictionary>')
    assert fired(rules.keyword_repetition, EN + xaml, "Source") is None
    links = " ".join(f'<a href="http://x{i}.top">slot gacor maxwin</a>' for i in range(4))
    assert fired(rules.keyword_repetition, EN + links, "maxwin").strength >= 1.0


def test_a_glossary_of_words_and_their_translations_is_no_keyword_list():
    from spamguard.glossary import line_is_glossary

    text = EN + "croupier — 荷官 | chips — 筹码 | slot machine — 老虎机 | jackpot — 头奖\n"
    assert line_is_glossary(Page.from_text(text), 3)
    assert fired(rules.keyword_list, text, "jackpot") is None
    # pairs in one script, and a link written in full-width letters ("ｈｔｔｐ：／／"), are no translations
    for spam in ("slot gacor - maxwin | togel - toto 4d | judi bola - situs | casino - bonus\n",
                 "сиалис цена ｈｔｔｐ：／／ｐｌａｙ９９８．ｓｉｔｅ  стероиды купить ｈｔｔｐ：／／ｗｉｎ２３．ｖｉｐ  сиалис цена ｈｔｔｐ：／／ａ．ｎｅｔ\n"):
        assert not line_is_glossary(Page.from_text(EN + spam), 3)


def test_a_long_native_name_in_a_language_selector_is_no_foreign_run():
    selector = "English | Español | Русский | 中文 | العربية | Українська | Беларуская\n"
    assert fired(rules.foreign_script, EN + selector, "Українська") is None
    # the same letters as a phrase of another script on a line of the page's own are a run
    assert fired(rules.foreign_script, EN + "The park opens in May. Українська мова курси дешево онлайн\n", "курси") is not None


def test_a_run_of_term_and_translation_lines_is_a_glossary_run_unless_its_pairs_repeat_themselves():
    from spamguard.glossary import glossary_runs

    lesson = "Lesson 4\nprescription = ordonnance\npainkiller = antidouleur\nside effects = effets secondaires\nRepeat each word."
    assert glossary_runs(Page.from_text(lesson)) == ((1, 2, 3),)
    # two lines are no run, a price is no term, and a change of mark ends the run
    assert glossary_runs(Page.from_text("x\nchips — fichas\nbet — apuesta\ny")) == ()
    assert glossary_runs(Page.from_text("Viagra 100mg — $0.89\nCialis 20mg — $1.10\nLevitra 20mg — $1.50")) == ()
    assert glossary_runs(Page.from_text("chips — fichas\nbet = apuesta\ndealer — crupier")) == ()
    # keywords said again on both sides, or two sides in a script written without spaces
    assert glossary_runs(Page.from_text("Slot Gacor: Situs Slot\nJudi Bola: Agen Bola\nTogel: Bandar Togel")) == ()
    assert glossary_runs(Page.from_text("澳门赌场：百家乐\n真人视讯：注册送彩金\n体育投注：首存优惠")) == ()


def test_a_tables_row_of_quotations_and_single_words_mentions_them():
    from spamguard.quotes import line_of_quotations

    rows = ('"Claim your casino bonus now"\tgambling-04\t12.03\n'  # a filter's example and its rule
            "«Займ без отказа»\tудалено\n"
            '"Claim your casino bonus now"\tplay it today\n'  # a cell of words used
            '"Agen Slot Gacor"\thttps://slot.example/daftar\n'  # a link to visit
            "casino bonus\tgambling-04\n")  # nothing quoted
    page = Page.from_text(rows)
    assert [line_of_quotations(page, k) for k in range(5)] == [True, True, False, False, False]


def test_a_glossary_run_is_a_lesson_where_the_pages_own_text_names_its_topic():
    import numpy as np

    import spamguard
    from spamguard.glossary import lesson_runs

    model = spamguard.default_detector().model
    pairs = "chips - fichas\nbet - apuesta\nfree spins - tiradas gratis\nonline casino - casino en línea\n"

    def lesson_lines(text):
        page = Page.from_text(text)
        n = page.seg.n_lines
        clean = np.array([not ("-" in page.line_text(k) and len(page.line_text(k)) < 40) for k in range(n)])
        marked = lesson_runs(page, model, np.ones(n, bool), clean)
        return sorted({int(page.seg.block_line[i]) for i in np.flatnonzero(marked)})

    lesson = "Home | Units | Contact\nUnit 4: working at the casino\nThe words guests use at the tables.\n" + pairs
    assert lesson_lines(lesson) == [3, 4, 5, 6]
    # the same pairs under a page about something else, or with the topic named by the menu alone
    assert lesson_lines("Home | Units | Contact\nUnit 4: the bakery\nThe words customers use at the counter.\n" + pairs) == []
    assert lesson_lines("Home | Casino | Contact\nUnit 4: the bakery\nThe words customers use at the counter.\n" + pairs) == []


def test_a_bare_list_under_a_sentence_ending_in_a_colon_is_introduced_when_the_page_speaks_of_it():
    import numpy as np

    from spamguard.introduced import introduced_items

    def items(text, same_topic=True, clean=True):
        page = Page.from_text(text)
        n = page.seg.n_lines
        marked = introduced_items(page, np.ones(n, bool), np.full(n, clean), lambda run, rest: same_topic)
        return sorted({page.line_text(int(page.seg.block_line[i])) for i in np.flatnonzero(marked)})

    news = "Kominfo memblokir ribuan situs, antara lain:\n1. Slot88 Gacor\n2. Togel Hoki 4D\nWarga dapat melapor.\n"
    assert items(news) == ["1. Slot88 Gacor", "2. Togel Hoki 4D"]
    # katakana bullets with no space, a full-width colon
    assert len(items("相談が多かったサイトの名称は次のとおりです：\n・ブランドコピー激安館\n・N級品ショップ東京\n")) == 2
    # the sentence must read clean and the page speak of the list's category
    assert items(news, clean=False) == [] and items(news, same_topic=False) == []
    # no colon, too short a sentence, one item, a pitch with a stop, mixed marks: no introduced list
    assert items(news.replace("antara lain:", "antara lain.")) == []
    assert items("Partners:\n- casino-bonus.com\n- best-slots.net\n") == []
    assert items("The sites it blocked are these:\n- casino-bonus.com\nThe end.\n") == []
    assert items("The sites it blocked are these:\n- Bonus 100%. Daftar sekarang!\n- Slot gacor.\n") == []
    assert items("The sites it blocked are these:\n- casino-bonus.com\n1. best-slots.net\n") == []


def test_sentence_ends_asks_what_the_pattern_asks_at_every_end_in_one_pass():
    """``lines.sentence_ends`` reads a stretch once for all its ends (a long line cut at each of
    its spaces); at every end it answers what ``SENTENCE_END`` does with the text up to it."""
    import random

    import numpy as np

    from spamguard.lines import SENTENCE_END, sentence_ends

    rng = random.Random(7)
    alphabet = list("ab c.!?。…। \u200b\u202c\n\t，")
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
        s = rng.randint(0, len(text))
        ends = np.array(sorted(rng.randint(s, len(text)) for _ in range(rng.randint(0, 6))), dtype=np.int64)
        expected = [SENTENCE_END.search(text, s, int(x)) is not None for x in ends]
        assert sentence_ends(text, s, ends).tolist() == expected, (text, s, ends)


def test_obfuscated_text_counts_a_word_mixing_styled_alphabets_again():
    # one site name put together from bold, sans-serif italic and three kinds of styled digits
    mixed = "\U0001D400\U0001D417\U0001D613\U0001D7F3\U0001D7E9\U0001D7FD"
    # the same letters and digits in the one style a font generator writes
    plain = "\U0001D400\U0001D417\U0001D40B\U0001D7D5\U0001D7D5\U0001D7D5"
    assert fired(rules.obfuscated_text, EN + f"gabung di {mixed} sekarang", mixed[:2]).strength == 1.0
    assert fired(rules.obfuscated_text, EN + f"gabung di {plain} sekarang", plain[:2]).strength == 0.5
    # a formula's few styled letters in two styles (italic A, bold x) are no disguise
    assert not mixes_styles("\U0001D434\U0001D431")
    assert mixes_styles(mixed) and not mixes_styles(plain)


def test_styled_letters_are_no_foreign_script_on_a_latin_page():
    # a book title in bold italic letters is Latin dressed up; on a Russian page it is another script
    title = "\U0001D47B\U0001D489\U0001D486 \U0001D477\U0001D48A\U0001D488\U0001D486\U0001D490\U0001D48F \U0001D47E\U0001D489\U0001D490 \U0001D473\U0001D490\U0001D497\U0001D486\U0001D485 \U0001D479\U0001D482\U0001D48A\U0001D48F"
    assert fired(rules.foreign_script, EN + f"Her new book, {title}, comes out this autumn.", title[:2]) is None
    ru = "Городской совет собрался в понедельник.\nОн одобрил новый парк у реки.\n"
    assert fired(rules.foreign_script, ru + f"{title} {title}", title[:2]) is not None
