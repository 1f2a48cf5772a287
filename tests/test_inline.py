"""A clause injected into a sentence that stays: cut out on its own (``spamguard.inline``)."""

from __future__ import annotations

import numpy as np
import pytest

import spamguard
import spamguard.detector as detector_module
from spamguard.inline import injected_clauses
from spamguard.page import Page
from spamguard.segment import segment
from spamguard.tacked_words import stopless_tails
from support import removed as _removed

HOST = (
    "Đội tuyển Việt Nam thắng Malaysia 2-1\n"
    "Malaysia mở tỷ số ở phút 23 sau một pha phản công nhanh.\n"
    "Sang hiệp hai, tiền vệ Hoàng Đức gỡ hòa bằng cú sút xa, {clause}, trước khi Tiến Linh đánh đầu ấn "
    "định chiến thắng ở phút 81.\n"
    "Huấn luyện viên trưởng cho biết toàn đội sẽ có hai ngày nghỉ."
)
PITCH = "xem thêm kèo nhà cái uy tín tặng 100k khi đăng ký tại nhacai88.vip"


def test_cuts_start_blocks_that_stay_one_piece_with_their_sentence():
    text = "The course follows the river, buy cheap pills here, and ends at the harbour."
    seg = segment(text, [30, 50])
    assert [seg.block_text(i) for i in range(seg.n_blocks)] == [
        "The course follows the river,", "buy cheap pills here", ", and ends at the harbour."
    ]
    assert len(set(seg.block_piece.tolist())) == 1
    assert segment(text).n_blocks == 1


def test_a_certain_spam_clause_in_a_kept_sentence_goes_alone(monkeypatch):
    text = HOST.format(clause=PITCH)
    assert _removed(text) == [PITCH]
    # without the second look the sentence reads as prose and stays whole, clause and all
    monkeypatch.setattr(detector_module, "injected_clauses", lambda *a: [])
    assert _removed(text) == []


def test_a_quoted_clause_is_what_the_page_quotes_and_stays():
    text = HOST.format(clause=f"\u201c{PITCH}\u201d")
    assert _removed(text) == []


def test_a_clause_is_cut_only_when_the_rest_of_its_sentence_reads_clean():
    d = spamguard.default_detector()
    page = Page.from_text(HOST.format(clause=PITCH))
    scores = d.model.score(page.seg, page.profile.block_run)
    final = ["clean"] * page.seg.n_blocks
    start = page.text.index(PITCH)
    assert injected_clauses(page, scores, final, d.model, d.params) == [start, start + len(PITCH)]
    # the same clause in a sentence that is a pitch throughout is the pitch's, not an injection
    pitch_page = Page.from_text(
        "Nạp lần đầu thưởng thêm 120% cho thành viên mới, " + PITCH + ", rút tiền siêu tốc trong 3 phút."
    )
    pitch_scores = d.model.score(pitch_page.seg, pitch_page.profile.block_run)
    assert injected_clauses(pitch_page, pitch_scores, ["clean"] * pitch_page.seg.n_blocks, d.model, d.params) == []


def test_a_short_clause_says_too_little_to_be_cut():
    d = spamguard.default_detector()
    text = HOST.format(clause="kèo nhà cái uy tín")
    page = Page.from_text(text)
    scores = d.model.score(page.seg, page.profile.block_run)
    assert injected_clauses(page, scores, ["clean"] * page.seg.n_blocks, d.model, d.params) == []


def test_a_list_glued_after_a_sentence_is_read_as_a_list_not_as_the_paragraphs_sentence():
    text = (
        "Pemkab Sleman Perbaiki 12 Jembatan\n"
        "Kepala Dinas mengatakan anggaran perbaikan berasal dari dana tanggap darurat sebesar Rp 8,5 miliar. "
        "togel hongkong | togel singapore | prediksi togel hari ini | bandar togel terpercaya\n"
        "Warga diminta berhati-hati saat melintas di jembatan sementara yang dibangun di Kecamatan Cangkringan."
    )
    seg = segment(text)
    blocks = [seg.block_text(i) for i in range(seg.n_blocks)]
    first_item = blocks.index("togel hongkong")
    assert seg.block_piece[first_item] == seg.block_piece[first_item - 1]  # glued to the paragraph
    assert seg.block_opens_list.tolist() == [b in {"togel hongkong", "togel singapore", "prediksi togel hari ini"} for b in blocks]
    assert "togel hongkong" in " ".join(_removed(text))


def test_an_account_name_cut_from_its_messenger_goes_with_the_pitch():
    text = (
        "Кафедра истории провела студенческую конференцию\n"
        "25 ноября на кафедре прошла ежегодная студенческая научная конференция «Провинция в истории России».\n"
        "Нет времени писать курсовую или диплом? Наши авторы с учёной степенью выполнят любую работу на заказ "
        "за 3 дня, оригинальность от 80% по Антиплагиату. Пишите в Телеграм @diplom_bystro!\n"
        "Сборник тезисов конференции будет опубликован в начале следующего года."
    )
    removed = _removed(text)
    assert any(r.rstrip().endswith("@diplom_bystro!") for r in removed), removed
    assert not any("конференци" in r for r in removed)


# A Thai paragraph is one block: phrases between spaces, no stop, no comma around an injection.
THAI_HOST = (
    "หน้าแรก | ข่าว | ติดต่อเรา\n"
    "โรงเรียนบ้านหนองบัวจัดกิจกรรมปลูกต้นไม้\n"
    "นักเรียนและครูโรงเรียนบ้านหนองบัวร่วมกันปลูกต้นไม้กว่า 300 ต้นบริเวณรอบสนามฟุตบอลของโรงเรียน "
    "ผู้อำนวยการกล่าวว่ากิจกรรมนี้ช่วยสร้างร่มเงาและปลูกฝังให้เด็กรักธรรมชาติ {run}"
    "ผู้ปกครองหลายคนมาช่วยเตรียมดินและรดน้ำตั้งแต่เช้า\n"
    "© 2569 โรงเรียนบ้านหนองบัว"
)
THAI_RUN = "บาคาร่าออนไลน์ เว็บตรง ฝากถอนออโต้ สมัครวันนี้รับเครดิตฟรี 100"


def test_an_injected_run_of_thai_phrases_goes_alone():
    text = THAI_HOST.format(run=THAI_RUN + " ")
    assert [r.strip() for r in _removed(text)] == [THAI_RUN]
    assert "ธรรมชาติ ผู้ปกครอง" in spamguard.clean(text).text
    # the paragraph is one block: without the second look it stays, run and all
    assert _removed(THAI_HOST.format(run="")) == []


@pytest.mark.parametrize("run", [
    "สล็อตแตกง่าย เว็บตรง ไม่มีขั้นต่ำ",  # its last phrase (no minimum) reads 0.25 alone
    "เงินด่วน อนุมัติไว ไม่เช็คบูโร โอนเข้าบัญชีทันที",  # and this one's (transferred at once) 0.10
])
def test_a_thai_runs_short_last_phrase_goes_with_it_while_the_run_reads_as_certain_spam(run):
    text = THAI_HOST.format(run=run + " ")
    assert [r.strip() for r in _removed(text)] == [run]


def test_a_hosts_short_phrases_after_a_thai_run_stay_when_they_do_not_lean_to_it():
    """A certain run still reads as certain with a host's short phrase added: the phrases beside
    it go with it only when they lean to spam on their own or to its category (``phrase_runs._widened``):
    a recipe's next steps (coconut milk, eggplant, kaffir lime leaves; 0.05, 0.00, 0.07 alone,
    the first and last leaning to adult) stay after a baccarat run."""
    text = ("หน้าแรก | สูตรอาหาร | ของหวาน | ติดต่อ\nวิธีทำแกงเขียวหวานไก่\n\n"
            "เริ่มจากตั้งกระทะใส่หัวกะทิลงไปเคี่ยวจนแตกมัน จากนั้นใส่พริกแกงเขียวหวานลงไปผัดจนหอม แล้วจึงใส่เนื้อไก่ลงไปผัดให้เข้ากัน "
            "{run} เติมหางกะทิ มะเขือเปราะ และใบมะกรูด ปรุงรสด้วยน้ำปลาและน้ำตาลปี๊บ\n\n"
            "ก่อนยกลงใส่ใบโหระพาและพริกชี้ฟ้าแดง เสิร์ฟพร้อมข้าวสวยร้อนๆ")
    run = "บาคาร่าออนไลน์ เว็บตรง ฝากถอนออโต้ สมัครวันนี้รับเครดิตฟรี"
    assert [r.strip() for r in _removed(text.format(run=run))] == [run]


def test_a_thai_run_is_cut_out_of_a_removed_notice_whose_rest_reads_clean():
    """The run makes the notice's paragraph go whole; what it leaves, two lines long, reads 0.036:
    over clearly clean, under ``phrase_runs.REMOVED_REST``, it is the host's and stays."""
    text = ("หน้าแรก | ข่าวสาร | ติดต่อเรา\nประกาศ\n"
            "เทศบาลแจ้งปิดถนนสายหลักชั่วคราวเพื่อซ่อมท่อระบายน้ำ {run} ขอให้ผู้ใช้รถใช้ถนนเลี่ยงไปใช้เส้นทางอื่น "
            "คาดว่าจะแล้วเสร็จภายในสองสัปดาห์\n\nสอบถามข้อมูลเพิ่มเติมได้ที่สำนักงานในวันและเวลาราชการ\n")
    run = "บาคาร่าออนไลน์ เว็บตรง ฝากถอนออโต้ สมัครวันนี้รับเครดิตฟรี"
    assert [r.strip() for r in _removed(text.format(run=run))] == [run]


def test_thai_gambling_given_as_examples_in_research_stays():
    # "...12 per cent have gambled online, such as (เช่น) online slots and baccarat, by phone"
    text = ("หน้าแรก | ข่าว | ติดต่อเรา\nผลสำรวจพฤติกรรมเยาวชน\n"
            "ทีมวิจัยสอบถามนักศึกษากว่าสามพันคนและพบว่าร้อยละ 12 เคยเล่นพนันออนไลน์ เช่น สล็อตออนไลน์และบาคาร่า "
            "ผ่านโทรศัพท์มือถือของตนเองในช่วงปีที่ผ่านมา\n")
    assert _removed(text) == []


def test_a_run_of_phrases_is_cut_only_in_a_thai_like_script_and_when_sure():
    from spamguard.phrase_runs import phrase_cuts as _phrase_cuts

    d = spamguard.default_detector()
    text = THAI_HOST.format(run=THAI_RUN + " ")
    page = Page.from_text(text)
    scores = d.model.score(page.seg, page.profile.block_run)
    final = ["clean"] * page.seg.n_blocks
    start = text.index(THAI_RUN)
    assert _phrase_cuts(page, scores, final, d.model, d.params, set()) == [start, start + len(THAI_RUN)]
    # a block already cut between commas is not read again
    b = int(page.seg.block_line.tolist().index(2))
    assert _phrase_cuts(page, scores, final, d.model, d.params, {b}) == []
    # a removed one is, when the rest is a host's: two lines long and reading clean
    removed = ["gambling"] * page.seg.n_blocks
    assert _phrase_cuts(page, scores, removed, d.model, d.params, set()) == [start, start + len(THAI_RUN)]
    short = f"หน้าแรก | ข่าว | ติดต่อเรา\nโรงเรียนบ้านหนองบัวจัดกิจกรรมปลูกต้นไม้\nครูปลูกต้นไม้ {THAI_RUN}"
    page = Page.from_text(short)  # what the run leaves is one line long, not two
    scores = d.model.score(page.seg, page.profile.block_run)
    removed = ["gambling"] * page.seg.n_blocks
    assert _phrase_cuts(page, scores, removed, d.model, d.params, set()) == []
    assert _phrase_cuts(page, scores, ["clean"] * page.seg.n_blocks, d.model, d.params, set()) != []


ZH_FORUM = (
    "论坛首页 | 数码 | 摄影 | 生活\n"
    "求推荐一款适合新手的相机\n"
    "预算五千左右，主要拍风景和家里的小孩，不太懂参数，希望大家给点建议。 {words} 之前朋友推荐了索尼的微单，不知道怎么样。\n"
    "回复：新手买微单挺好的，镜头可以以后慢慢加。"
)
KO_CAFE = (
    "홈 | 메뉴 | 오시는 길 | 공지사항\n"
    "겨울 신메뉴 출시 안내\n"
    "이번 겨울에는 유자차와 생강라떼를 새로 선보입니다. {words} 따뜻한 음료와 함께 직접 구운 스콘도 준비했습니다.\n"
    "영업시간은 오전 10시부터 오후 9시까지입니다."
)


@pytest.mark.parametrize("host, words", [
    (ZH_FORUM, "皇冠体育 真人百家乐 网上赌场 澳门赌场"),
    (KO_CAFE, "안전놀이터 토토사이트 추천 먹튀검증"),
])
def test_spam_words_glued_to_a_host_sentence_go_and_the_sentences_stay(monkeypatch, host, words):
    # a Chinese sentence runs on into the words after "。 " and the next one after their space;
    # Korean words run on into the host's next sentence
    text = host.format(words=words)
    # without the second look the host's sentences go with the words
    monkeypatch.setattr(detector_module, "injected_clauses", lambda *a: [])
    gone = "".join(_removed(text))
    assert words in gone and len(gone) > len(words) + 10
    monkeypatch.undo()
    assert [r.strip() for r in _removed(text)] == [words]


def test_a_hosts_clause_of_one_lines_length_before_a_pitch_glued_to_its_comma_stays():
    """A Chinese host's clause of fifteen letters, a pitch glued after its comma and the host's
    next sentence after the pitch's stop: the pitch goes, the clause and the sentence stay."""
    pitch = "澳门新葡京线上娱乐城，注册即送八十八元彩金，百家乐、老虎机、体育投注一站式服务，提款秒到账。"
    text = (
        "首页 | 新闻 | 财经 | 体育 | 联系我们\n市体育馆改造工程完工\n"
        "记者从市体育局获悉，市体育馆改造工程已于本周完工，新增座位三千个，预计下月起对市民开放。\n"
        f"改造后的场馆在东侧新建了游泳池，{pitch}周末开放时间延长到晚上十点。\n"
        "开放初期需在网上提前预约。"
    )
    assert [r.strip() for r in _removed(text)] == [pitch]


@pytest.mark.parametrize("words", [
    "【大牌精仿工厂价】顶级品质 二十四小时内出货 立即下单",
    "【真人百家乐】首存送百分之百 注册即送彩金 立即下载",
])
def test_a_host_sentence_before_injected_words_that_end_its_line_stays(words):
    """Injected words with no stop that end a paragraph's line leave the line no prose by its
    end; the host's last sentence before them, glued to them by "。 ", still ends with its own
    stop: it stays and the words go."""
    text = (
        "首页 | 新闻 | 联系我们\n社区图书馆延长开放时间\n"
        "社区图书馆自下月起每天开放到晚上九点，周末也照常开放，方便上班族和学生借书。"
        f"馆内新增了自习区和儿童阅读角，欢迎大家前来使用。 {words}\n"
        "借书证可在服务台免费办理，请携带身份证。"
    )
    assert [r.strip() for r in _removed(text)] == [words]


def test_a_spam_sentence_is_not_cut_where_its_own_tail_reads_clean():
    # in a script that spaces its words, the end of a pitch reads as clean as a host's sentence
    pitch = "Купить дженерик сиалиса без рецепта с доставкой курьером за 2 часа, анонимно, скидки постоянным клиентам."
    text = (
        "Главная | Рецепты | Путешествия | Обо мне\nПирог с капустой\n"
        f"Тесто замешиваем на кефире, начинку выкладываем слоем и закрываем второй половиной теста. {pitch}\n"
        "Печём сорок минут при ста восьмидесяти градусах, пока пирог не станет золотистым."
    )
    assert [r.strip() for r in _removed(text)] == [pitch]


def test_a_keyword_list_glued_into_a_paragraph_takes_neither_the_paragraph_nor_the_page():
    # the line is a list only because of what was glued into it, and its Japanese sentences are
    # as long as an English line: they are the host's, and the page is no spam site
    keywords = "|".join(["脂肪燃焼サプリ 激安", "痩せるサプリ 最強2025", "ダイエットサプリ 効果", "脱毛クリーム 通販"] * 3)
    host = ["地元の農家が育てた野菜や果物を、朝七時から直接販売します。", "売り上げの一部は商店街の街灯の修理に使われる予定です。"]
    text = "\n".join([
        "Home | News | Contact",
        "駅前の商店街では、来月から毎週土曜日に朝市を開くことになりました",
        f"{host[0]}{host[1]}{keywords} 雨の日は駐車場の屋根の下で開きます。",
        "初回は地元の中学生が吹奏楽の演奏を披露してくれるそうです。",
        "© 2026",
    ])
    gone = "".join(_removed(text))
    assert "サプリ" in gone and "脱毛クリーム" in gone
    assert not any(h in gone for h in host) and "朝市" not in gone and "吹奏楽" not in gone


def test_a_line_holding_clearly_clean_sentences_is_no_outlier():
    # separators glued into a paragraph keep it from reading as prose; its own sentences, long
    # and clearly clean, make it the host's paragraph, which no single odd word takes whole
    paragraph = (
        "The parish registers were moved to the county archive in 1974, where they can be read on "
        "microfilm. Most entries before 1700 are in Latin, and the handwriting changes with every new "
        "clerk. A volunteer group is transcribing them into a searchable index. celebritynude | porno "
        "tik | roseporn 2026 The first volume, covering baptisms from 1558 to 1640, is already online."
    )
    text = (
        "Home | News | Contact\nNotes from the county archive\n"
        f"{paragraph}\nOpening hours are Tuesday to Friday, 9.30 to 4.30.\n© 2026"
    )
    gone = "".join(_removed(text))
    assert "parish registers" not in gone and "volunteer group" not in gone and "Opening hours" not in gone


def test_the_page_is_read_again_while_new_cuts_come_up(monkeypatch):
    """A cut can leave a block whose own cut only the next reading finds (a clause cut out of a
    kept sentence turns out to hold a host's sentence glued to injected words): the detector
    reads the page again while new cuts come up, at most ``MAX_LOOKS`` times."""
    from spamguard.inline import MAX_LOOKS

    text = "The river rises in the hills and flows east to the sea past three old mill towns."
    offered = [[4], [4, 10], [4, 10, 16], [4, 10, 16, 22]]
    calls = []

    def cuts(*_):
        calls.append(1)
        return offered[min(len(calls) - 1, len(offered) - 1)]

    monkeypatch.setattr(detector_module, "injected_clauses", cuts)
    page, _, _ = spamguard.Detector()._decide_with_view(text)
    assert len(calls) == MAX_LOOKS - 1
    assert page.seg.block_start.tolist()[: MAX_LOOKS] == [0, *offered[MAX_LOOKS - 2]]
    # the same cuts again: no further reading
    calls.clear()
    monkeypatch.setattr(detector_module, "injected_clauses", lambda *_: calls.append(1) or [4])
    page, _, _ = spamguard.Detector()._decide_with_view(text)
    assert len(calls) == 2 and page.seg.block_start.tolist()[:2] == [0, 4]


def test_a_host_sentence_glued_after_japanese_spam_words_with_no_space_stays(monkeypatch):
    from spamguard import host_sentences

    words = "カジノ 稼ぐ - バカラ 必勝法 - オンカジ 入金不要ボーナス"
    host = "通天橋から見下ろす紅葉は本当に見事で、何枚も写真を撮りました。"
    text = "\n".join([
        "ホーム | 日記 | 写真 | プロフィール",
        "秋の京都旅行",
        f"紅葉の季節に京都へ行ってきました。朝早く東福寺に行ったので、まだ人が少なくて静かでした。{words}{host}",
        "お昼は湯豆腐を食べて、午後は嵐山まで足を延ばしました。",
    ])
    gone = "".join(_removed(text))
    # every letter is a word's edge in Japanese: the cut lands within a word or two of the host's,
    # on either side (the weights of the twenty-sixth session leave "要ボーナス" with the host)
    assert words[:-5] in gone and "見下ろす紅葉は本当に見事で" not in gone and len(gone) <= len(words) + 4
    # without that cut (and without the character-by-character one of ``dense_runs``) the host's
    # sentence goes with the words
    from spamguard import inline

    monkeypatch.setattr(host_sentences, "MAX_GLUED_CHARS", 0)
    monkeypatch.setattr(inline, "dense_run_cuts", lambda *a: [])
    assert host in "".join(_removed(text))


@pytest.mark.parametrize("lines, words, host", [
    (["首页 | 通知公告 | 联系我们", "校园新闻", "本周五下午举行家长会，请各位家长准时参加。"],
     "成人视频 免费观看 国产精品", "学校将于下周一举行秋季运动会，请同学们提前做好准备。"),
    (["ホーム | お知らせ | お問い合わせ", "春の公園だより", "市内の公園では先週から桜が咲き始めました。"],
     "スーパーコピー 時計 激安 代引き", "今年の春は桜の開花が例年より早く、公園は多くの花見客でにぎわいました。"),
])
def test_a_host_sentence_that_injected_words_run_on_into_stays_past_its_comma(lines, words, host):
    # the words and the host's first clause read as one: the removed block ends at the comma,
    # and the host's sentence is read on to its stop to find where it starts
    text = "\n".join([*lines[:-1], lines[-1] + words + host, "版权所有 © 2026"])
    gone = "".join(_removed(text))
    assert words[:-2] in gone
    assert host[:6] not in gone and host[-8:] not in gone and len(gone) <= len(words) + 1


@pytest.mark.parametrize("menu, before, words, host", [
    ("トップ｜お知らせ｜アクセス", "商店街の夏祭りは今年も八月の第一土曜日に開かれます。", "即日融資 審査なし",
     "夕方から盆踊りが始まり、子ども向けの金魚すくいも用意されます。雨の場合は翌日に順延となります。"),
    ("トップ｜教室案内｜アクセス", "新しい料理教室では旬の野菜を使った家庭料理を学べます。", "スーパーコピー 財布",
     "初回は春キャベツとあさりの蒸し煮を作り、出汁のとり方も練習します。エプロンと三角巾をご持参ください。"),
    ("首页｜新闻｜联系我们", "小区物业提醒居民注意用电安全。", "高仿名表 一比一",
     "近期天气炎热，空调和电扇同时使用时请检查插座是否过热。如有问题请及时联系物业服务中心。"),
])
def test_a_host_sentence_that_a_keyword_list_runs_on_into_starts_where_they_part_best(menu, before, words, host):
    # a list opening the host's next sentence with no mark between them: the host's sentence
    # starts past the list's last space, at the letter that parts the two best (log-odds), not
    # where the rest alone reads cleanest, which takes the host's first words along
    # ("即日融資 審査なし夕方から盆踊り" | "が始まり、…")
    assert _removed(f"{menu}\n{before}{words}{host}\n") == [words]


def test_an_injected_run_that_made_a_thai_paragraph_go_is_cut_out_and_the_paragraph_stays():
    run = "บาคาร่าออนไลน์ เว็บตรง ฝากถอนไม่มีขั้นต่ำ สมัครวันนี้รับเครดิตฟรี 500"
    text = (
        "หน้าแรก | ท่องเที่ยว | อาหาร | ติดต่อ\nเที่ยวเชียงใหม่สามวันสองคืน\n"
        "วันแรกเราไปไหว้พระที่วัดพระธาตุดอยสุเทพ แล้วแวะกินข้าวซอยที่ร้านดังในตัวเมือง "
        f"{run} ตอนเย็นเดินเล่นที่ถนนคนเดินวันอาทิตย์ มีของกินและของฝากมากมาย"
    )
    assert [r.strip() for r in _removed(text)] == [run]
    # a slot line's own last phrases ("แตกง่าย โบนัส 100%") read under a kept paragraph's bound
    # for its rest, not under a removed one's: the line goes whole
    import json
    from pathlib import Path

    fixtures = Path(__file__).resolve().parent.parent / "fixtures"
    cases = {c["file"]: c["spam"] for c in json.loads((fixtures / "cases.json").read_text(encoding="utf-8"))}
    for name in ("blind36_th_news_slot_footer.txt", "blind53_th_news_slot_inline.txt"):
        gone = "".join(_removed((fixtures / "pages" / name).read_text(encoding="utf-8")))
        assert all(g in gone for g in cases[name]), name


def test_a_clause_describing_the_noun_before_it_is_the_hosts_and_stays():
    """News about spam describes the sites in spam's words, in a clause hung on a noun: a relative
    word or a participle opens it, or (German, Dutch) an article with the verb last."""
    from spamguard.clauses import describes as _describes

    sentences = [
        (
            "Police said the gang ran dozens of websites, offering online casino games with 100% welcome "
            "bonuses and free spins, and laundered the profits through shell companies."
        ),
        (
            "Les enquêteurs ont fermé plusieurs sites, qui vendaient du Viagra et du Cialis sans ordonnance "
            "avec livraison discrète en 24 heures, et saisi 50 000 comprimés contrefaits."
        ),
        (
            "Kominfo memblokir ratusan situs, yang menawarkan slot gacor gampang maxwin dengan bonus new "
            "member 100%, karena melanggar undang-undang perjudian."
        ),
    ]
    for sentence in sentences:
        text = f"Home | News | Contact\nNews\n{sentence}\nThe court will hear the case again next month."
        assert _removed(text) == [], sentence
    assert _describes("die Viagra und Cialis ohne Rezept zu Billigpreisen mit diskretem Versand anbieten")
    assert _describes("предлагающих купить виагру и сиалис без рецепта с доставкой")
    # examples given after "such as" describe it too
    assert _describes("such as cheap replica watches with free shipping") and _describes("例如代写论文、代考四六级")
    # an injected clause opens its own utterance
    for clause in (PITCH, "buy generic viagra online no prescription overnight delivery",
                   "die besten Online Casinos mit 200 Freispielen und Bonus", "juega ahora en el mejor casino online"):
        assert not _describes(clause), clause
    assert _removed(HOST.format(clause=PITCH)) == [PITCH]


def test_a_sentence_naming_spam_only_in_a_describing_clause_is_the_hosts():
    """A sentence whose other clauses read clean is the host's, however surely its describing
    clause reads as spam (``clauses.described_blocks``), even under a low prose threshold; an
    injected pitch that hangs a relative clause on its offer still goes (its offer reads as spam)."""
    import dataclasses

    detector = spamguard.Detector()
    detector.params = dataclasses.replace(detector.params, prose_threshold=0.9)
    news = [
        "Die Ermittler schalteten zwölf Seiten ab, die Viagra und Cialis ohne Rezept mit diskretem Versand "
        "verkauften, und beschlagnahmten tausende Tabletten.",
        "I carabinieri hanno chiuso trenta negozi online, che vendevano Viagra e Cialis senza ricetta con "
        "spedizione anonima in 24 ore, e denunciato i gestori.",
    ]
    pitches = [
        "Looking for cheap Viagra online, which ships discreetly worldwide, order now at our pharmacy with no "
        "prescription needed.",
        "Daftar sekarang di situs slot gacor terpercaya, yang menawarkan bonus new member 100% dan maxwin setiap hari.",
        "Join the best online casino today, offering 200 free spins and instant withdrawals for all new players.",
    ]
    for sentence in news + pitches:
        text = f"Home | News | Contact\nNews\n{sentence}\nThe court will hear the case again next month."
        removed = [text[s.start : s.end].strip() for s in detector.clean(text).removed]
        assert removed == ([] if sentence in news else [sentence]), sentence


def test_a_clause_slipped_between_the_commas_of_a_sentence_that_describes_goes():
    """A host's sentence with a describing clause of its own ("..., che hanno riguardato l'impianto di
    climatizzazione, ...") is no description of the pitch slipped between its commas: a clause of
    the sentence's own that reads as spam alone is no description, though its long clauses read it
    down together (``clauses.described_blocks``)."""
    pitch = "cialis originale senza ricetta spedizione in 24 ore"
    text = ("Home | Cronaca | Politica | Sport\nBologna, riapre il Museo della Musica dopo i restauri\n"
            "Il Museo internazionale e biblioteca della musica riapre sabato dopo otto mesi di lavori, che hanno "
            f"riguardato l'impianto di climatizzazione, {pitch}, e il nuovo allestimento della sala dei clavicembali.\n"
            "L'ingresso sarà gratuito per tutto il primo fine settimana.")
    assert [r.strip(" ,") for r in _removed(text)] == [pitch]
    # examples go on after the clause that gives them: a clause of them is the description's
    examples = ("Home | Blog | Docs\nHow our comment filter works\nMost spam comments we block are short, such as "
                "cheap replica watches with free shipping, or links to payday loans with no credit check, and they "
                "arrive in bursts at night.\nThe filter holds anything above the threshold for a moderator.")
    assert _removed(examples) == []


def test_keywords_stuffed_after_a_space_in_a_chinese_or_japanese_title_go_and_the_title_stays():
    """A headline with spam keywords stuffed after it on its line keeps its words when the page
    repeats them (``host_sentences._repeated``): the cut is at the first space after which
    all reads as certain spam. A title whose words the page does not repeat goes with them."""
    pages = [
        ("首页 | 新闻 | 社区 | 联系我们\n社区图书馆新增儿童绘本阅读区{kw}\n社区图书馆近日在二楼新增了儿童绘本阅读区，"
         "共有绘本两千余册。\n阅读区每天开放，儿童可在家长陪同下免费阅读。\n", " 澳门新葡京 百家乐 网上开户"),
        ("ホーム | お知らせ | 診療案内\n市民病院に新しい小児科外来がオープン{kw}\n市民病院は、小児科外来を新しい建物に移し、"
         "今月からオープンしました。\n小児科外来では、予約なしでも受診できます。\n", " バイアグラ 通販 激安 処方箋不要"),
    ]
    for page, keywords in pages:
        assert _removed(page.format(kw=keywords)) == [keywords]
    unrepeated = "ホーム | お知らせ | 診療案内\n秋の特別イベントのご案内 バイアグラ 通販 激安 処方箋不要\n当院では来月、健康相談会を開きます。\n参加は無料です。\n"
    assert _removed(unrepeated) == ["秋の特別イベントのご案内 バイアグラ 通販 激安 処方箋不要\n"]
    # a title stands above the page's first line of prose: below it, such a line is not read as one
    page, keywords = pages[1]
    head, title, body = page.split("\n", 2)
    below = "\n".join([head, body.split("\n")[0], title.format(kw=keywords), *body.split("\n")[1:]])
    assert _removed(below) == [title.format(kw=keywords) + "\n"]


@pytest.mark.parametrize("page, run", [
    ("Home | News | Sport | Contact\nNew bridge opens to traffic\nThe council said the new bridge, which opened in March "
     "after two years of work, now carries {run} about twelve thousand cars a day and has cut the drive to the airport "
     "by ten minutes.\nA second crossing is planned for the east of the town.",
     "slot gacor hari ini slot88 login https://slot-gacor88.vip daftar slot gacor maxwin"),
    ("Beranda | Berita | Olahraga | Kontak\nJembatan baru mulai dibuka\nPemerintah kota menyatakan jembatan baru yang "
     "dibuka bulan Maret setelah dua tahun pembangunan kini dilalui {run} sekitar dua belas ribu kendaraan setiap hari.\n"
     "Jembatan kedua direncanakan di sisi timur kota.",
     "obat kuat pria obat kuat viagra asli obat kuat tahan lama cialis murah"),
    ("Startseite | Nachrichten | Sport | Kontakt\nNeue Brücke freigegeben\nDie neue Brücke, die nach zwei Jahren "
     "Bauzeit im März eröffnet wurde, trägt {run} inzwischen rund zwölftausend Autos am Tag und verkürzt die Fahrt zum "
     "Flughafen um zehn Minuten.\nEine zweite Brücke ist im Osten der Stadt geplant.",
     "replica uhren kaufen rolex replica www.replica-uhren24.shop replica uhren günstig"),
])
def test_a_stuffed_run_between_two_words_of_a_host_sentence_goes_alone(monkeypatch, page, run):
    """Keywords or addresses slipped between two words of a sentence of the page's own script:
    the sentence reads as spam as a whole, and the run, the stretch of words densest in spam
    evidence, is cut out of it (``stuffed_runs.stuffed_run``); the host's words on both sides,
    the head shorter than a line, stay. (The word-by-word reading of removed sentences,
    ``word_runs._removed_sentences``, finds these runs too; it is turned off to see this one.)"""
    from spamguard import host_sentences, word_runs

    text = page.format(run=run)
    assert _removed(text) == [run + " "]
    monkeypatch.setattr(word_runs, "_removed_sentences", lambda *a: [])
    monkeypatch.setattr(host_sentences, "_stuffed_run_cuts", lambda *a: [])
    gone = _removed(text)
    assert len(gone) == 1 and run in gone[0] and len(gone[0]) > len(run) + 40


_UNSTUFFED_RUNS = [
    ("Home | News | Contact\nLibrary hours\nThe café is open. The library will extend its opening hours for {run} "
     "students during the exam weeks in June.\nCoffee is served until ten.",
     "cheap viagra online - buy cialis without prescription - generic levitra - tramadol overnight"),
    ("Accueil | Actualités | Contact\nHoraires\nLe café est ouvert. La bibliothèque prolongera ses horaires pour les "
     "{run} étudiants pendant les semaines d'examens en juin.\nLe café est servi jusqu'à dix heures.",
     "casino en ligne argent réel - machines à sous gratuites - bonus sans dépôt - roulette en direct"),
    ("Inicio | Noticias | Contacto\nHorario\nLa cafetería está abierta. La biblioteca ampliará su horario para los "
     "{run} estudiantes durante las semanas de exámenes de junio.\nEl café se sirve hasta las diez.",
     "préstamos rápidos sin aval - dinero urgente hoy - créditos online sin nómina - minicréditos al instante"),
    ("Home | News | Contact\nLibrary hours\nThe library will extend its opening hours for {run} students during the "
     "exam weeks in June.\nCoffee is served until ten.",
     "Buy cheap viagra online without prescription and get discreet overnight delivery, order today"),
]


@pytest.mark.parametrize("page, run", _UNSTUFFED_RUNS, ids=["en", "fr", "es", "en_pitch"])
def test_words_that_are_no_stuffing_between_host_words_on_both_sides_go_and_the_host_stays(page, run):
    """Spam words with no address and none said again, slipped between two words of a host's
    sentence: the host's words on both sides, read together as the sentence they were, read
    clearly clean and vouch for the run (``stuffed_runs._host_reads_whole``), and the host's short
    sentence before them on the line stays too (``revise_line``). The run's last words may read
    as clean as the host's and stay with it ("roulette" | "en direct")."""
    text = page.format(run=run)
    gone = _removed(text)
    assert len(gone) == 1 and gone[0].strip() in run and len(gone[0].strip()) >= 0.8 * len(run)
    kept = spamguard.clean(text).text
    host = page.split("\n")[2].split("{run}")
    assert host[0].strip() in kept and host[1].strip() in kept


def test_a_pitchs_own_words_around_its_densest_stretch_are_no_host():
    """A pitch spliced in with its stop, the host's words running on in lower case after it, is
    the seam's (``seams``): the pitch's first and last words, which read clean, are not kept as
    the host's around its densest stretch."""
    page = ("Notizie\nAd assistere c'era la nonna del ragazzo. L'agenzia mette in {} campo nuove risorse per "
            "rimanere all’interno della spesa prevista.\nLa seduta riprenderà lunedì.")
    pitch = ("Dimagrisci 10 kg in 3 settimane con le nostre capsule naturali, senza effetti collaterali, spedizione "
             "oggi stesso, ordina ora con pagamento alla consegna.")
    assert [g.strip() for g in _removed(page.format(pitch))] == [pitch]


_SHORT_CLAUSE_PITCHES = [
    ("首页 | 新闻 | 联系我们\n社区图书馆延长开放时间\n为了方便附近的学生复习功课，图书馆决定从下周起延长开放时间，{}，"
     "同时增加二十个自习座位。\n开放时间为每天早上八点到晚上十点。", "男人必备春药，一粒见效，货到付款"),
    ("ホーム | お知らせ | お問い合わせ\n図書館の開館時間延長\n近くの学生が勉強しやすいように、図書館は来週から開館時間を"
     "延長しますが、{}自習席も二十席増やします。\n開館時間は毎日午前八時から午後十時までです。",
     "媚薬を格安で個人輸入、プライバシー厳守で発送します。"),
]


@pytest.mark.parametrize("page, pitch", _SHORT_CLAUSE_PITCHES, ids=["zh", "ja"])
def test_a_pitch_of_short_clauses_spliced_at_a_chinese_or_japanese_hosts_comma_goes_alone(page, pitch):
    """None of its clauses is as long as a line, so none is read alone: the run of them that
    reads as certain spam, the rest of the sentence clean, goes (``inline._clause_runs``)."""
    text = page.format(pitch)
    assert _removed(text) == [pitch]


def test_a_run_of_short_clauses_does_not_take_a_hosts_clause_to_be_a_line_long():
    """Two keywords between the host's commas are no line long: the runs of clauses around them
    that are take a host's clause along, which reads clean on its own, and none of them is cut
    (``inline._clause_runs``); the host's clause after the keywords stays whole."""
    from spamguard.inline import _clause_runs

    text = ("首页｜新闻｜联系我们\n社区新闻\n今年的文化节共吸引了两千多名市民参加，百家乐 老虎机，现场气氛热烈，"
            "孩子们在草坪上放风筝、做游戏。\n馆方表示，借书证可在服务台办理。")
    page = Page.from_text(text)
    det = spamguard.default_detector()
    b = next(i for i in range(page.seg.n_blocks) if "百家乐" in page.block_text(i))
    clauses = {b: [(a, z) for a, z in _clause_bounds(page, b)]}
    assert _clause_runs(page, det.model, det.params, clauses) == {}
    assert not any("现场气氛热烈" in g for g in _removed(text))


def _clause_bounds(page: Page, b: int) -> list[tuple[int, int]]:
    from spamguard.clauses import clause_bounds

    text = page.seg.text
    out = []
    for a, z in clause_bounds(page.seg, b):
        while a < z and text[a].isspace():
            a += 1
        while z > a and text[z - 1].isspace():
            z -= 1
        out.append((a, z))
    return out


_SPLICED_WITH_THEIR_OWN_STOP = [
    ("首页 | 新闻 | 联系我们\n社区图书馆延长开放时间\n为了方便附近的学生复习功课，图书馆决定从下周起把{}开放时间延长到晚上"
     "十点，同时增加二十个自习座位。馆方表示，读者可以提前在网上预约座位。\n© 2026 社区日报",
     "高仿名牌包包一比一复刻，支持货到付款。"),
    ("ホーム | お知らせ | お問い合わせ\n図書館の開館時間延長\n近くの学生が勉強しやすいように、図書館は来週から{}開館時間を"
     "午後十時まで延長し、自習席も二十席増やします。座席は図書館のウェブサイトから予約できます。\n© 2026 みなと市民新聞",
     "無料エロ動画を毎日更新、登録不要で見放題。"),
]


@pytest.mark.parametrize("page, pitch", _SPLICED_WITH_THEIR_OWN_STOP, ids=["zh", "ja"])
def test_a_pitch_spliced_into_a_chinese_or_japanese_hosts_words_with_its_own_stop_goes_alone(page, pitch):
    """The pitch's stop ends the host's sentence block, and the host's words after it are the next
    block on the line: read character by character from inside the sentence to that stop
    (``dense_runs``, a spliced tail), the pitch goes from its first character, and the host's
    words before it (a clause of its sentence before them counting towards a line) and after it stay."""
    text = page.format(pitch)
    assert _removed(text) == [pitch]


_ADDRESS_RUNS = [
    ("Home | News | Contact\nTown council approves new library budget\nThe council met on Tuesday evening to discuss "
     "the budget for the coming year.\nThe mayor thanked Anna for her years of {run} patient work for the reading "
     "room.\nThe new opening hours start in March.",
     "forex signals http://forexsignals-online.com  vape juice online http://vapejuice-cheap.vip/vape-juice-online-512  "
     "cbd oil for sale https://cbdoilshop-online.top  vape juice online vape-juice-online88.club/  cbd oil for sale "
     "http://forexsignals-vip.net  vape juice online cbdgummiesvip.com/daftar"),
    ("Accueil | Actualités | Contact\nLa mairie vote le budget de la médiathèque\nLe conseil municipal s'est réuni "
     "mardi soir pour voter le budget de l'année.\nLe maire a remercié Claire pour ses années de {run} travail patient "
     "à la salle de lecture.\nLes nouveaux horaires commencent en mars.",
     "crédit rapide http://creditrapide-online.com  e-liquide pas cher http://eliquide-pascher.vip/e-liquide-512  "
     "huile cbd en ligne https://huilecbd-online.top  e-liquide pas cher eliquide88.club/  huile cbd en ligne "
     "http://creditrapide-vip.net  e-liquide pas cher huilecbdvip.com/daftar"),
    ("Startseite | Aktuelles | Kontakt\nGemeinderat beschließt Haushalt der Bücherei\nDer Gemeinderat hat am "
     "Dienstagabend über den Haushalt des kommenden Jahres beraten.\nDer Bürgermeister dankte Anna für ihre "
     "jahrelange {run} geduldige Arbeit im Lesesaal.\nDie neuen Öffnungszeiten gelten ab März.",
     "kredit ohne schufa http://kreditohneschufa-online.com  e-zigaretten günstig "
     "http://ezigaretten-guenstig.vip/e-zigaretten-512  cbd öl kaufen https://cbdoel-online.top  e-zigaretten günstig "
     "ezigaretten88.club/  cbd öl kaufen http://kreditohne-vip.net  e-zigaretten günstig cbdoelvip.com/daftar"),
]


@pytest.mark.parametrize("page, run", _ADDRESS_RUNS, ids=["en", "fr", "de"])
def test_the_host_words_around_a_run_of_addresses_set_apart_by_double_spaces_stay(page, run):
    """A run of keywords and addresses that double spaces set apart, slipped between two words of
    a host's sentence, is most of its line: the run is what lies between the host's words read
    from each edge (``stuffed_runs._between_clean_edges``; the densest stretch, measured against
    a mean the run itself sets, stops short inside it), and the host's head and tail, pieces of
    their own between the double spaces, count together as the host's words around stuffing
    (``revise_line``). Every address goes; the sentence's head and tail stay, and at most the
    first item's two words of the run with them."""
    text = page.format(run=run)
    result = spamguard.clean(text)
    assert len(result.removed) == 1
    span = result.removed[0]
    tail = text.split("\n")[3].split(run)[1]
    at = text.index(run)
    assert text[span.end :].lstrip().startswith(tail.strip()) and span.end == at + len(run) + 1
    # the words of the run left before the span: the first item's, at most two
    left = text[at : span.start].split()
    assert span.start >= at and len(left) <= 2 and not any("." in w for w in left), left


_GLUED_TO_A_CLAUSE = [
    ("首页｜新闻｜体育｜联系我们\n市图书馆暑期开放时间调整\n记者从市图书馆获悉，为方便学生暑期阅读，图书馆自七月一日起延长开放"
     "时间，{run}周一至周日均开放至晚上九点。\n馆方表示，新增的自习区共有两百个座位，读者可提前在网上预约。\n© 2026 城市晚报",
     "澳门新葡京娱乐场 真人百家乐 注册送38元彩金 网址 xpj8866.com"),
    ("首頁｜新聞｜生活｜聯絡我們\n社區公園整修完成\n區公所表示，經過半年的整修工程，河濱社區公園的兒童遊戲區和步道已全部完工，"
     "{run}民眾下週起即可入園使用。\n公園開放時間為每天早上六點至晚上十點。\n© 2026 社區日報",
     "線上娛樂城 百家樂 註冊送彩金 運彩投注 www.bet-tw88.com"),
    ("ホーム｜ニュース｜地域｜お問い合わせ\n市民図書館が開館時間を延長\n市は、夏休み期間中の学生の利用に合わせて、市民図書館の開館"
     "時間を午後九時まで延長すると発表した、{run}新しい自習室も同時に開放される。\n自習室の予約は図書館の窓口で受け付けている。\n"
     "© 2026 みなと市民新聞",
     "オンラインカジノ 入金不要ボーナス 稼げる スロット 必勝法 casino-jp77.com"),
]


@pytest.mark.parametrize("page, run", _GLUED_TO_A_CLAUSE, ids=["zh", "zh_tw", "ja"])
def test_injected_words_glued_to_a_chinese_or_japanese_clause_go_and_the_sentence_stays(page, run):
    """Gambling words glued after the comma of a host's clause, with no stop and no space, and an
    address glued to the host's next clause: the words and the address go, the clause before
    them (``glued_hosts.glued_host_end``) and the clause after them, a line's worth that
    reads clearly clean though glued to the address (``revise_line``), stay."""
    text = page.format(run=run)
    assert _removed(text) == [run]


@pytest.mark.parametrize("run", ["减肥药 代孕", "百家乐 老虎机", "成人视频 免费看"])
def test_a_short_keyword_run_with_a_gap_inside_a_clearly_clean_chinese_sentence_goes_alone(run):
    """Two keywords and a space between them, glued into a host's sentence that reads clearly
    clean as a whole: the gap between two Chinese letters, which its prose does not write, is
    reason to read the sentence character by character (``dense_runs``); the run goes (with the
    comma it is glued to), the sentence's words stay."""
    text = ("首页｜新闻｜联系我们\n社区新闻\n老师说，这次比赛的规则和去年的" + run
            + "，参赛的同学需要提前两周报名，并准备好自己的作品。\n馆方表示，借书证可在服务台办理。")
    assert [g.strip("，。 ") for g in _removed(text)] == [run]


def test_a_keyword_list_opening_a_hosts_sentence_after_its_stop_goes_alone():
    """A list glued in front of the host's next sentence, right after its stop, on a diary page
    whose paragraph leans a little by its subject (a couple's trip): the list is read against
    what the host's words usually say (``dense_runs``), and the host's words after it need only
    read clean with their paragraph."""
    words = "スーパーコピー 時計"
    text = ("トップ｜日記｜プロフィール\n彼氏と初めて温泉旅行に行ってきました。" + words
            + "部屋に露天風呂がついていて、夜は二人でゆっくり星を眺めました。また季節を変えて行きたいです。\n")
    assert _removed(text) == [words]


def test_a_list_of_two_keywords_after_a_stop_needs_the_blocks_threshold():
    """Two keywords glued in front of the host's next sentence read 0.987 together: a list whose
    last item is no longer than its others, opening the sentence after the host's stop, needs
    the block's spam threshold, not a certain-spam sentence's (``dense_runs``)."""
    words = "网贷秒批 黑户可贷"
    text = ("首页｜新闻｜联系我们\n社区医院本周六举办免费义诊活动。" + words
            + "届时将有内科、外科和眼科的医生为居民测量血压、检查视力。请携带身份证提前十分钟到场。\n")
    assert _removed(text) == [words]


def test_a_list_cut_off_the_front_of_a_hosts_sentence_reads_as_itself():
    """A list cut off the front of the host's next sentence by the first look reads 0.97 alone,
    under the 0.99 that sets a sentence apart from its paragraph: tacked in front of the host's
    sentence right after a stop, it is no sentence of the paragraph's and reads as itself
    (``tacked_words.list_heads``), as words tacked after a paragraph's last stop do."""
    words = "私人借贷 当天放款"
    text = ("首页｜通知｜联系我们\n我们班上周去博物馆参观。" + words
            + "讲解员为大家介绍了青铜器的历史，同学们听得非常认真，还做了不少笔记。回来以后每人写了一篇观后感。\n")
    assert _removed(text) == [words]


def test_a_lists_last_item_left_a_block_of_its_own_goes_with_the_list():
    """The list is cut off the host's sentence where it ends, but a change of script parts its last
    item from the others ("ロレックス コピー" | "激安"): the item, glued to the host's words and
    leaning to spam a little alone (0.26), goes with the list (``opening_lists.take_last_items``)."""
    words = "ロレックス コピー 激安"
    text = ("ホーム｜お知らせ｜お問い合わせ\n来週の月曜日は祝日のため、ゴミの収集はお休みです。" + words
            + "燃えるゴミは火曜日にまとめて出してください。ご協力をお願いいたします。\n")
    assert _removed(text) == [words]


def test_a_keyword_list_after_a_stop_goes_though_its_hosts_paragraph_leans_a_little():
    """The host's words after a list glued in front of its next sentence need only read clean
    with their paragraph (``params.sentence_clean``), not clearly clean: a paragraph on side
    jobs leans a little to scams by its subject."""
    words = "伟哥 货到付款"
    text = ("首页｜日记｜关于我\n周末在家做兼职翻译。" + words
            + "一篇稿子能赚几百块钱，虽然不多，但是时间比较自由。准备以后多接一些这样的活。\n")
    gone = "".join(_removed(text))
    assert words in gone and len(gone) <= len(words) + 1


@pytest.mark.parametrize("text, kept_head", [
    ("这些课程有助【躺著就能瘦小腹】醫師推薦 七天見效", "这些课程有助"),
    ("主办方表示这些活动有助【购买一万真人粉丝】高质量外链", "主办方表示这些活动有助"),
    # the letters before the bracket read as spam themselves: the spam's own
    ("澳门葡京赌场【官网】注册送彩金 真人百家乐", ""),
])
def test_a_removed_span_opening_with_a_hosts_letters_glued_to_a_headline_bracket_starts_at_it(text, kept_head):
    from spamguard.headline import headline_starts
    from spamguard.result import Span

    det = spamguard.default_detector()
    (span,) = headline_starts(text, (Span(0, len(text), "spam", 1.0, ()),), det.model, det.params)
    assert text[: span.start] == kept_head and span.end == len(text)


_KEPT_RUNS = [
    (("Головна | Новини | Спорт | Контакти\nУ місті відкрили новий парк\nНовий парк на лівому березі річки, який будували "
     "майже три роки за кошти міського бюджету та двох міжнародних грантів, урочисто відкрили в суботу вранці {run} і "
     "мешканці всіх районів можуть гуляти там щодня з восьмої ранку до десятої вечора.\nНаступного року планують "
     "висадити ще двісті дерев."),
     "курсові роботи - курсові роботи недорого - курсові роботи"),
    (("Forside | Nyheder | Sport | Kontakt\nNy legeplads i parken\nKommunen har efter to års planlægning og en lang række "
     "borgermøder med forældre, pædagoger og naboer bygget en ny legeplads i den nordlige del af byparken {run} hvor "
     "børnene nu kan klatre, gynge og lege i sandkassen hele året rundt.\nLegepladsen er åben fra klokken syv til ti."),
     "gratis porno film gratis porno film gratis porno film"),
    (("Inicio | Noticias | Deportes | Contacto\nLa biblioteca amplía su horario\nLa biblioteca municipal, que el año "
     "pasado recibió más de cuarenta mil visitas y renovó por completo su sala infantil, abrirá también los domingos "
     "por la mañana a partir de enero {run} según anunció ayer la concejala de cultura en una rueda de prensa.\nLa "
     "entrada seguirá siendo gratuita."),
     "comprar viagra sin receta comprar viagra barato comprar viagra online"),
]


@pytest.mark.parametrize("page, run", _KEPT_RUNS, ids=["uk", "da", "es"])
def test_a_stuffed_run_in_a_sentence_that_stays_goes_alone(monkeypatch, page, run):
    """A run of words said again, slipped into a long sentence of the host's, leaves the sentence
    reading clean as a whole (it was kept, spam and all); read word by word, the run is certain
    spam and the host's words on both sides clean, so it is cut out and goes
    (``stuffed_runs.kept_stuffed_cuts``). At most a word of the host's goes with it, and the
    sentence's head and tail stay."""
    from spamguard import inline

    text = page.format(run=run)
    gone = _removed(text)
    assert len(gone) == 1
    host_words = [w for w in gone[0].split() if w not in run.split()]
    spam_kept = sum(len(w) for w in run.split() if w not in gone[0].split())
    assert len(host_words) <= 1 and spam_kept <= 4, (gone, host_words)
    head, tail = text.split("\n")[2].split(run)
    kept = spamguard.clean(text).text
    assert " ".join(head.split()[:5]) in kept and " ".join(tail.split()[-5:]) in kept
    # without the cuts it stays (with the sentence), the run of words the page says nowhere else
    # (``spliced``), the run that says a pair of its words twice (``word_runs``) and the surest run of
    # plain words (``plain_runs``) cut out too
    monkeypatch.setattr(inline, "kept_stuffed_cuts", lambda *a: [])
    monkeypatch.setattr(inline, "spliced_cuts", lambda *a: [])
    monkeypatch.setattr(inline, "word_run_cuts", lambda *a: [])
    monkeypatch.setattr(inline, "plain_run_cuts", lambda *a: [])
    assert _removed(text) == []


@pytest.mark.parametrize("sentence", [
    ("Det er endnu ikke muligt at se denne feature på Google.dk, men hvis du går på Google.com og søger på Google.de, "
    "kan du se denne nye feature, som Google har testet i et halvt år."),
    ("В округе три природных парка: природный парк Верхний Флеминг, природный парк Нуте-Ниплиц и природный парк "
    "Западный Хафельланд, где летом работают экологические тропы."),
    ("Um die Podcasts herunterzuladen, habe ich in PodGrab die Zeile download_directory = current_directory + os.sep "
    "+ DOWNLOAD_DIRECTORY so angepasst, dass download_directory den Pfad zum Speicherort enthält."),
])
def test_a_sentence_that_says_its_own_words_again_stays_whole(sentence):
    """Names said again in a list, bare site names and a program's identifiers are a sentence's
    own words, not a stuffed run."""
    text = f"Home | News | Contact\n{sentence}\nMore next week."
    assert _removed(text) == []


_PAIRS_SAID_TWICE = [
    ("Weinbau im Rheingau\nDie Winzer der Region rechnen in diesem Jahr mit einer guten Lese. Nach einem warmen Sommer "
     "wurden die ersten Trauben schon Anfang September {run} geerntet, deutlich früher als in den vergangenen Jahren.\n"
     "Die Weinprobe im Kloster findet am Samstag ab 14 Uhr statt.",
     "casino ohne limit beste wettanbieter beste wettanbieter"),
    ("Новости района\nВ субботу в парке прошёл осенний праздник урожая. Жители принесли на ярмарку овощи, мёд и "
     "варенье, а школьники {run} участвовали в конкурсе рисунков на асфальте.\nСледующая ярмарка состоится в конце "
     "октября.",
     "сиалис цена, стероиды купить, стероиды купить"),
    ("Aktualności\nW sobotę w bibliotece miejskiej odbyło się spotkanie z autorką książek dla dzieci. Najmłodsi "
     "czytelnicy {run} słuchali opowieści o przygodach kota Filemona i rysowali jego portrety.\nKolejne spotkanie "
     "zaplanowano na listopad.",
     "darmowe porno online, darmowe porno online"),
]


@pytest.mark.parametrize("page, run", _PAIRS_SAID_TWICE, ids=["de", "ru", "pl"])
def test_keywords_said_twice_in_a_sentence_that_stays_go_alone(page, run):
    """A keyword phrase said twice, slipped between two words of a host's sentence, is no stuffing
    by the measure of prose (a word said three times), and the sentence reads clean as a whole;
    a run that says a pair of words twice and reads as surely as ``stuffed_runs.PAIR_SPAM`` goes
    alone (``stuffed_runs.pair_said_twice``), and the host's words stay."""
    text = page.format(run=run)
    assert [g.strip() for g in _removed(text)] == [run]


@pytest.mark.parametrize("text", [
    ("Verbraucherschutz\nDie Verbraucherzentrale warnt vor Werbemails, in denen Betreff und Text nur aus Slogans wie "
     "„beste wettanbieter, beste wettanbieter“ bestehen, und rät, solche Nachrichten ungelesen zu löschen.\nWeitere "
     "Hinweise finden Sie auf unserer Seite."),
    ("Resultados\nEn el sorteo de ayer hubo 2 apuestas ganadoras de primera categoría y 41 apuestas ganadoras de "
     "segunda, según informó la organización en su web.\nEl próximo sorteo es el jueves."),
])
def test_a_pair_said_twice_that_a_sentence_quotes_or_counts_stays(text):
    """A pair said twice in quotation marks is what the page quotes, and a results line's pair
    said twice reads as no certain spam: both sentences stay whole."""
    from spamguard.stuffed_runs import _pair_run

    assert _removed(text) == []
    # the run's own test: a pair said twice, and no quotation mark in it
    assert _pair_run("beste wettanbieter, beste wettanbieter") and not _pair_run("„beste wettanbieter, beste wettanbieter“")


def test_a_list_of_addresses_spliced_into_a_sentence_goes_whole_and_the_sentence_stays():
    """Addresses set apart by double spaces give their line a list's items, so the line is no
    prose; read without the addresses that went, it is the host's sentence
    (``lines.kept_words_are_prose``), and the first address, glued to the host's words in a block
    that stays, is cut off them and goes too."""
    run = "gardenpills-online.top/buy  cheap-meds-online.xyz/shop  www.cheap-pills-online.vip/order"
    text = ("Garden Club Notes\nOur autumn meeting was well attended. The committee thanked Mrs Fairley for the lovely "
            f"display of dahlias in the hall and her daughter Anna {run} for the tea and the cakes she baked for "
            "everyone after the talk.\nThe next meeting is on the first Tuesday of November.")
    assert [g.strip() for g in _removed(text)] == [run]


def test_a_lines_words_that_stay_are_read_as_prose_without_the_blocks_that_went():
    from spamguard.lines import kept_words_are_prose, line_is_prose

    page = Page.from_text("The mayor thanked Anna for her patient work  cheap-pills.top/buy  cheap-meds.xyz/shop  in "
                          "the reading room of the library.")
    assert not line_is_prose(page, 0)
    removed = np.array([".top/" in page.seg.text[a:b] or ".xyz/" in page.seg.text[a:b]
                        for a, b in zip(page.seg.block_start, page.seg.block_end)])
    assert removed.any() and not removed.all()
    assert kept_words_are_prose(page, 0, removed)
    assert not kept_words_are_prose(page, 0, np.zeros_like(removed))


_CHINESE_LIBRARY = ("首页｜新闻｜联系我们\n图书馆延长开放时间\n记者从市图书馆获悉，为方便学生暑期阅读，图书馆自七月一日起"
                    "延长开放时间，{run}周一至周日均开放至晚上九点。\n馆方表示，新增的自习区共有两百个座位，读者可提前在网上"
                    "预约。")


@pytest.mark.parametrize("run", ["真人百家乐官网入口", "澳门新葡京线上娱乐城注册即送彩金"])
def test_the_host_words_a_chinese_injection_runs_on_into_stay(run):
    """Casino words slipped after a host clause's comma run on into the host's next clause with
    no space or stop: the clause goes, and read character by character the casino words are a
    stretch of their own whose host words, read with the rest of their paragraph, read clearly
    clean (``dense_runs.dense_run_cuts``): the words go, the host's clause stays."""
    text = _CHINESE_LIBRARY.format(run=run)
    assert _removed(text) == [run]


def test_a_lists_first_item_glued_to_a_japanese_hosts_clause_goes_with_the_list():
    """A list of keywords slipped after a host clause's comma: its separators make its middle
    items blocks of their own, which go; its first item, glued to the host's clause with no
    separator, is the stretch at the end of a kept block that a separator joins to a removed
    item (``dense_runs.dense_run_cuts``): it goes, the host's clause stays."""
    text = ("ホーム | 学校案内 | お知らせ\n運動会の延期について\n10月12日に予定していた運動会は、台風の接近に伴い、"
            "10月19日（土）に延期します。当日の集合時間は午前8時30分、無料エロ動画｜人妻｜熟女｜素人お弁当と水筒を忘れずに"
            "お持ちください。\n雨天の場合は、学校からのメールでお知らせします。")
    gone = "".join(_removed(text))
    assert "無料エロ動画" in gone and "人妻" in gone and "熟女" in gone
    assert "集合時間" not in gone and "お弁当" not in gone


_JAPANESE_LUNCH = ("ホーム | お知らせ\n給食だより\n今月の給食では、地元の農家から届いた野菜をたくさん使っています。人気のカレーは、"
                   "にんじんと玉ねぎをじっくり炒めてから煮込みます{run}ので、甘くてやさしい味に仕上がります。\n来月の献立は学校の"
                   "ホームページでお知らせします。")


def test_a_lists_weak_first_item_glued_to_a_japanese_hosts_words_goes_with_the_list():
    """The list's first item glued to the host's words reads weaker than other words of its block
    ("...煮込みます" + "おめこ", 0.83 on its own): the densest stretch of its block is elsewhere, and
    the item needs no certain reading of its own. The densest stretch at the block's end, no longer
    than the list's longest removed item, that reads as the list's neighbour goes with the list
    (``stretch_edges.edge_items``); the host's words stay."""
    run = "おめこ | 抱き地蔵 | best116.club/bonus"
    assert _removed(_JAPANESE_LUNCH.format(run=run)) == [run]


def test_a_list_inside_a_line_reads_as_its_items_not_the_host_words_its_edges_are_glued_to():
    """A list's first and last blocks that hold the host's words (a clause mark, a stop) are no
    items of it (``view.list_items``), and the list reads as its items alone
    (``LinearModel.score``'s ``list_members``): the host's words diluted a weak item's list reading
    ("抱き地蔵" stayed between the host's clause and "無料エロ動画")."""
    text = ("ホーム | お知らせ\n図書館だより\n夏休みの間は、学生の皆さんが利用しやすいように、図書館の開館時間を午後九時まで延長し"
            "おめこ | 抱き地蔵 | 無料エロ動画 | 人妻ます。新しい自習室には二百席を用意しましたので、ぜひご利用ください。\n市立図書館")
    gone = "".join(_removed(text))
    assert "抱き地蔵" in gone and "おめこ" in gone and "無料エロ動画" in gone
    assert "開館時間" not in gone and "自習室" not in gone
    page = Page.from_text(text)
    model = spamguard.default_detector().model
    from spamguard.view import list_items

    items = list_items(page)
    run = page.seg.block_list_run
    listed = np.flatnonzero(run == run[items][0])
    assert not items[listed[0]] and items[listed[1:-1]].all() and not items[listed[-1]]
    read = model.score(page.seg, list_members=items).list_run
    sums, counts = model.span_sums(page.seg.cps, page.seg.block_start[listed[1:-1]], page.seg.block_end[listed[1:-1]])
    assert np.allclose(read[listed[1]], model.probabilities(sums.sum(axis=0, keepdims=True), counts.sum(keepdims=True))[0])
    assert read[listed[1], 0] < model.score(page.seg).list_run[listed[1], 0]


@pytest.mark.parametrize("hosts, clean", [
    (["週末は家族で近所の公園に行き、", "今月の給食では、地元の農家から届いた野菜を"], True),
    (["お弁当を食べながらのんびり過ごしました。", "今月の給食では、地元の農家から届いた野菜を"], False),
])
def test_the_hosts_words_read_clean_when_they_read_as_clean_as_their_paragraph(hosts, clean):
    """The host's words around a stretch of spam, read with the kept rest of their paragraph, read
    clearly clean (``params.clearly_clean``) or no more like spam than the paragraph does without
    them (``glued_runs.host_reads_clean``): a paragraph on shopping reads 0.04 on its own, and
    the host's words read with it lower that, where a pitch's own words would raise it."""
    from spamguard.glued_runs import host_reads_clean as _host_reads_clean

    paragraph = ["会員登録をすると送料が無料になり、次回のお買い物で使えるクーポンももらえます。",
                 "セール期間中は人気の商品がすぐに売り切れてしまうので、早めの購入がおすすめです。"]
    text = "".join(paragraph + hosts)
    spans, at = [], 0
    for words in paragraph + hosts:
        spans.append((at, at + len(words)))
        at += len(words)
    det = spamguard.default_detector()
    cps = Page.from_text(text).seg.cps
    sums, counts = det.model.span_sums(cps, np.array([a for a, _ in spans]), np.array([z for _, z in spans]))
    whole = 1.0 - det.model.probabilities(sums.sum(axis=0, keepdims=True), counts.sum(keepdims=True))[0, 0]
    assert whole >= det.params.clearly_clean, "the paragraph with the host's words is not clearly clean"
    assert _host_reads_clean(det.model, det.params, cps, spans[2:], spans[:2]) is clean


def test_a_chinese_block_longer_than_a_paragraph_is_not_read_character_by_character(monkeypatch):
    """A page of one line with no stop holds one huge block: it is not read character by
    character (``dense_runs.MAX_CHARS``), so a long line costs its length once, as before."""
    from spamguard import dense_runs
    from spamguard.model import LinearModel

    read: list[int] = []
    real = LinearModel.char_rows

    def counted(self, cps, starts, ends):  # type: ignore[no-untyped-def]
        read.extend((ends - starts).tolist())
        return real(self, cps, starts, ends)

    monkeypatch.setattr(LinearModel, "char_rows", counted)
    line = "记者从市图书馆获悉为方便学生暑期阅读图书馆自七月一日起延长开放时间真人百家乐官网入口" * 200
    spamguard.clean(f"首页｜新闻\n{line}\n馆方表示，新增的自习区共有两百个座位。")
    assert all(n <= dense_runs.MAX_CHARS for n in read)
    spamguard.clean(_CHINESE_LIBRARY.format(run="真人百家乐官网入口"))
    assert read, "a paragraph's block is read character by character"


@pytest.mark.parametrize("pitch", ["ブラックでも借りられる、審査なし即日融資、他社で断られた方も歓迎。",
                                   "媚薬を格安で個人輸入、プライバシー厳守で発送します。"])
def test_a_removed_japanese_pitchs_next_clause_is_not_cut_off_it_as_the_hosts(pitch):
    """Words after a stretch of spam that start with a clause mark are the pitch's own next clause
    ("...即日融資" | "、他社で断られた方も歓迎。"), though they read clearly clean with the host's
    paragraph before the pitch: no cut leaves them to stay (``dense_runs.dense_run_cuts``)."""
    from spamguard.dense_runs import dense_run_cuts
    from spamguard.params import CLEAN

    host = ("古くなった橋は、さびが出て、雨の多い季節にはあちこちが傷みやすくなるので、早めの点検が大切です。"
            "川沿いの遊歩道では、春になると桜並木の下をゆっくり散歩する家族連れの姿が見られます。"
            "図書館の見学をしてもよいのであれば、実際に訪問して自分の目で確かめると安心できるのではないでしょうか。")
    text = f"{host} {pitch}"
    page = Page.from_text(text)
    final = [CLEAN if pitch not in text[a:b] else "scam" for a, b in zip(page.seg.block_start, page.seg.block_end)]
    assert final.count("scam") == 1
    det = spamguard.default_detector()
    spam = 1.0 - det.model.span_probabilities(page.seg.cps, page.seg.block_start, page.seg.block_end)[:, 0]
    assert dense_run_cuts(page, spam, final, det.model, det.params, set()) == []


@pytest.mark.parametrize("page, head, pitch", [
    ("ホーム | ブログ | お問い合わせ\n冬のスキンケア\n冬は空気が乾燥するので、肌の状態をみながら日々のスキンケアの方法を変えています。"
     "化粧水のあとに乳液を重ねるだけでも、朝のつっぱり感がずいぶん違います。 {head}{pitch}\n週末は近所の公園を散歩しました。",
     "SNS", "で話題の痩せるお茶，天然成分100％で副作用なし，7日で実感，初回無料サンプルをプレゼント！"),
    ("首页 | 新闻 | 联系我们\n周末去公园\n周末我们一家人去了城西的公园，湖边的柳树已经发芽了。孩子们在草地上放风筝，玩得很开心。 "
     "{head}{pitch}\n下周我们打算去爬山。",
     "APP", "下载澳门新葡京娱乐场，注册即送88元彩金，百家乐真人在线！"),
], ids=["ja", "zh"])
def test_a_short_head_in_another_script_glued_to_an_injected_sentence_goes_with_it(page, head, pitch):
    """After the host's "。 " an injected sentence opens; a change of script cut its short head
    off ("SNS" | "で話題の…"), which goes with it. The host's sentences before it stay."""
    text = page.format(head=head, pitch=pitch)
    assert [r.strip() for r in _removed(text)] == [head + pitch]


def test_a_disguised_keyword_list_after_host_sentences_takes_neither_them_nor_the_page():
    """A line that carries disguised spam goes whole when it is as short as a comment; in Chinese
    and Japanese its letters are counted as a line's are (a Han or kana letter counts as a word),
    so two sentences of the host's before an injected list of masked words are no comment."""
    host = "先週末は家族で近くの山に登りました。頂上からは町全体が見渡せて、子どもたちも大喜びでした。"
    spam = "ソ○プ○ン○2025 :: 援□交□ :: マ○コ :: パoパo :: 乳✗ :: エ⚪本 :: 寝OらO"
    page = "ホーム | 日記 | 写真 | お問い合わせ\n秋の山歩き\n{line}\n帰りに温泉に寄って、ゆっくり疲れをとりました。\n"
    assert [r.strip() for r in _removed(page.format(line=f"{host} {spam}"))] == [spam]
    comment = "ここ最高だった、マ○コ動画ならhot887.xyzで見放題 笑"
    assert _removed(page.format(line=f"{host}\nコメント\n{comment}")) == [comment + "\n"]


_LIBRARY_NOTICE = (
    "お知らせ\n市立図書館は来月から開館時間を午後九時まで延長します。学習室の予約はウェブサイトから受け付けています。 {}\n"
    "駐車場は二時間まで無料です。"
)


@pytest.mark.parametrize("keywords", ["オンラインカジノ｜高収入｜今すぐ登録", "出会い系｜人妻｜今すぐ会える", "セフレ募集｜近所｜完全無料"])
def test_a_keyword_list_after_a_paragraphs_last_sentence_goes_whole(keywords):
    # its first item reads as spam alone, the others say little alone; read together they are spam
    text = _LIBRARY_NOTICE.format(keywords)
    assert "".join(_removed(text)).strip() == keywords


def test_a_menu_after_a_paragraphs_last_sentence_stays():
    assert _removed(_LIBRARY_NOTICE.format("利用案内｜アクセス｜お問い合わせ")) == []


def test_host_words_glued_to_a_lists_last_item_do_not_go_with_the_list():
    # the last block, "giros gratis en las salas de estudio del centro", holds more words than
    # any item of the list: the host's words with the list's last item glued on
    text = (
        "Aviso\nLa biblioteca municipal amplía su horario hasta las nueve de la noche. casino online | "
        "tragamonedas gratis | bono sin depósito | giros gratis en las salas de estudio del centro\n"
        "El aparcamiento es gratuito."
    )
    removed = "".join(_removed(text))
    assert "tragamonedas gratis" in removed and "bono sin depósito" in removed
    assert "salas" not in removed and "centro" not in removed


def test_a_list_glued_after_a_sentences_stop_leaves_the_whole_sentence():
    # the words' evidence, summed one by one, reaches back over the stop to "giờ tối."
    host = ("Từ tháng sau, ba tuyến xe buýt điện mới sẽ nối trung tâm thành phố với các khu đô thị phía tây, "
            "mỗi tuyến có 20 xe chạy từ năm giờ sáng đến mười giờ tối.")
    text = ("Trang chủ | Thời sự | Kinh tế | Thể thao\nHà Nội mở thêm ba tuyến xe buýt điện\n" + host +
            " tải game đánh bài đổi thưởng | nổ hũ uy tín | nhà cái tặng tiền cược miễn phí | kèo nhà cái hôm nay\n"
            "Giá vé lượt vẫn giữ ở mức 7.000 đồng, học sinh và người cao tuổi được miễn phí.")
    result = spamguard.clean(text)
    assert host in result.text
    assert "đánh bài" not in result.text and "kèo nhà cái" not in result.text


@pytest.mark.parametrize("page, run", [
    ("หน้าแรก | ข่าว | ชุมชน | ติดต่อเรา\nห้องสมุดประชาชนขยายเวลาเปิดให้บริการ\nห้องสมุดประชาชนประจำอำเภอจะเปิดให้บริการถึง"
     "สองทุ่มทุกวันตลอดช่วงปิดภาคเรียน เพื่อให้นักเรียนได้ใช้ห้องอ่านหนังสือ {run}\nผู้ใช้บริการสามารถยืมหนังสือได้ครั้งละห้าเล่ม\n"
     "© 2026 ข่าวชุมชน",
     "เว็บพนันออนไลน์ | สล็อตแตกง่าย | แทงหวยออนไลน์ | รับเครดิตฟรี"),
    ("หน้าแรก | สุขภาพ | อาหาร | ติดต่อเรา\nวิธีทำแกงส้มผักรวม\nตั้งหม้อน้ำให้เดือดแล้วใส่พริกแกงส้มลงไปคนให้ละลาย จากนั้นใส่"
     "ผักกาดขาว ถั่วฝักยาว และดอกแค ต้มจนผักสุกนุ่ม {run}\nปรุงรสด้วยน้ำปลา น้ำมะขามเปียก และน้ำตาลปี๊บตามชอบ\n© 2026 ครัวบ้านเรา",
     "ยาเพิ่มขนาด | ไวอากร้าของแท้ | ยาปลุกเซ็กส์ | ส่งฟรีทั่วประเทศ"),
], ids=["library_gambling", "recipe_pharma"])
def test_a_thai_lists_first_item_glued_to_a_paragraph_goes_with_the_list_and_the_paragraph_stays(page, run):
    """Thai writes no stop: a list after a paragraph leaves its first item one block with the
    paragraph, which then stays with the item (it reads clean) or goes with the list (the line
    reads as spam). The item, the block's last phrase, is cut off it (``list_edges.list_edge_cuts``)
    and goes with the list; the paragraph stays. A menu after a paragraph, none of whose items
    goes, is not cut."""
    text = page.format(run=run)
    assert [g.strip() for g in _removed(text)] == [run]
    menu = ("หน้าแรก | ข่าว | กีฬา\nตลาดน้ำเปิดใหม่\nเทศบาลเปิดตลาดน้ำแห่งใหม่ริมคลองในวันเสาร์และอาทิตย์ ดูเพิ่มเติม | ข่าวท้องถิ่น | "
            "ปฏิทินกิจกรรม | แผนที่ตลาด\n© 2026 ข่าวเมือง")
    assert _removed(menu) == []


def test_a_lists_first_item_glued_to_a_hosts_sentence_in_a_spaced_script_goes_with_the_list():
    """A keyword list run on from a host's sentence with no stop leaves its first item one block
    with the sentence, which reads clean and keeps it. The item, the fewest of the block's last
    words (no more than the list's longest inner item has) that read as the list's neighbour, is
    cut off it when the rest is a line that reads clean (``list_edges.list_edge_cuts``): it goes with
    the list, the host's sentence stays."""
    run = "casino ohne lizenz | freispiele ohne einzahlung | online casino bonus | sportwetten bonus"
    host = ("Der Gemeinderat hat am Dienstag den Bau von zwei neuen Radwegen entlang der Flussstraße beschlossen, "
            "sagte der Bürgermeister")
    text = (f"Startseite | Aktuelles | Kontakt\nNeue Radwege beschlossen\n{host} {run}\nDie Bauarbeiten sollen im "
            "Frühjahr beginnen.\n© 2026 Stadtanzeiger")
    assert [g.strip() for g in _removed(text)] == [run]


@pytest.mark.parametrize("page, run", [
    ("홈 | 뉴스 | 문의\n도서관 소식\n시립도서관은 이번 달부터 매주 토요일 오전에 독서 프로그램을 운영한다. {run} 도서관 관계자는 "
     "\"아이들이 책과 친해지는 계기가 되기를 바란다\"고 말했다.\n문의는 안내데스크로 하면 된다.",
     "토토사이트 추천 안전놀이터 메이저사이트 먹튀검증"),
    ("Beranda | Berita\nKabar desa\nPembangunan jembatan desa sudah selesai minggu lalu. {run} Kepala desa mengatakan "
     "warga kini bisa menyeberang sungai tanpa perahu, dan anak-anak tidak perlu lagi berjalan jauh ke sekolah.\n"
     "Peresmian jembatan dijadwalkan bulan depan.",
     "slot gacor maxwin togel online bandar judi"),
], ids=["ko_library", "id_village"])
def test_a_run_of_keywords_glued_to_a_long_kept_sentence_goes_and_the_sentence_stays(page, run):
    """Keywords slipped after a stop run on into the host's next sentence, which is long and
    quotes someone: the sentence of both reads clean (0.06) and says nothing twice. Word by word,
    the keywords are three or more in a row that each read as spam on their own, as long as a
    line (``keyword_runs.keyword_run_cuts``): they go, the host's sentence stays."""
    text = page.format(run=run)
    assert [g.strip() for g in _removed(text)] == [run]


def test_news_naming_spams_trades_among_its_words_is_no_run_of_keywords():
    """A court report names casino, poker and sports betting in one sentence: the words between
    them ("and", "sites from a flat") read clean on their own, so no three in a row read as spam
    (``keyword_runs.keyword_run_cuts``), and the page stays whole."""
    text = ("Home | News | Contact\nCourt news\nThe court heard that the men ran casino, poker and sports betting sites "
            "from a flat in the city centre, and that players lost more than two million pounds before the sites were "
            "shut down.\nThe trial continues.")
    assert _removed(text) == []


# Words the shipped model has never seen, stuffed into a host's sentence: only their shape and
# their absence from the rest of the page say they are stuffing.
SPLICED = {
    "en": (("Library news\nThe city library will stay open until midnight during exam weeks, and {run} students "
            "can book the group rooms online a week ahead.\nCoffee is served until ten."),
           "vorbix klandu meshto vorbix klandu meshto vorbix klandu meshto vorbix klandu meshto"),
    "cs": (("Vánoce v Čechách\nNa Štědrý den se nejprve podává rybí polévka. Také se podává {run} tradiční cukroví "
            "a kapr se smaží na másle.\nPo večeři se rozbalují dárky."),
           "vrgol tešmak brundo tešmak vrgol brundo vrgol tešmak brundo"),
    "ru": (("Новости района\nВ субботу в парке пройдёт ярмарка местных фермеров, где можно купить мёд и овощи, а также "
            "{run} посмотреть выступления школьного оркестра.\nВход свободный."),
           "зурбан кеплот★ зурбан кеплот зурбан кеплот🔥 зурбан кеплот зурбан кеплот"),
}


@pytest.mark.parametrize("lang", sorted(SPLICED))
def test_a_phrase_said_over_and_over_spliced_into_a_hosts_sentence_goes_and_the_sentence_stays(lang):
    page, run = SPLICED[lang]
    text = page.format(run=run)
    removed = spamguard.clean(text).removed
    assert [text[s.start : s.end].strip() for s in removed] == [run]
    assert "repeated_phrase" in removed[0].reasons


@pytest.mark.parametrize("text", [
    # a prayer the page names after a colon
    ("Beranda | Artikel | Kontak\nDzikir pagi dan petang\nDzikir yang dianjurkan dibaca setelah salat: subhanallah, "
     "subhanallah, subhanallah; alhamdulillah, alhamdulillah, alhamdulillah; allahu akbar, allahu akbar, allahu akbar.\n"
     "Membaca dzikir dengan tenang membantu menenangkan hati."),
    # a chant the page quotes
    ("Protest in the capital\nThousands marched on Sunday, and the crowd chanted \"vorbix klandu, vorbix klandu, vorbix "
     "klandu, vorbix klandu\" outside the parliament building.\nPolice reported no arrests."),
    # a refrain in the page's own words
    ("Der Strand von Sylt\nDer Bürgermeister sagte bei der Eröffnung, ein Strand ist ein Strand ist ein Strand ist ein "
     "Strand, und dieser gehört allen Gästen.\nDer Strand ist ab Mai bewacht."),
    # things named with a word in common
    ("Stare knjige\nU arhivu se čuvaju Knjiga Novog sunca, Knjiga Dugog sunca, Knjiga Punog sunca i Knjiga Kratkog "
     "sunca iz sedamnaestog stoljeća.\nArhiv je otvoren radnim danom."),
])
def test_a_sentence_saying_its_words_again_is_no_spliced_run(text):
    assert _removed(text) == []


_ZH_PARAGRAPH = "台风过后，市区多处道路积水，市政部门连夜抽排。目前主要干道已恢复通行，地铁运营正常。"
_JA_PARAGRAPH = (
    "電子レンジで問題なく温めたまでは問題なくても、その後、かき混ぜている時に爆発しました。"
    "お支払い日は各クレジット会社会員規約に基づく引き落とし日となります。"
)


@pytest.mark.parametrize("paragraph, words", [
    (_ZH_PARAGRAPH, "网赚项目 日结"), (_ZH_PARAGRAPH, "个人贷款 无抵押"), (_ZH_PARAGRAPH, "减肥药 效果好"),
    (_JA_PARAGRAPH, "発毛剤 個人輸入"),
])
def test_spam_words_tacked_after_a_paragraphs_last_stop_go_on_their_own_reading(paragraph, words):
    """Keywords with no stop after a paragraph's last sentence read as spam on their own (0.92-0.99)
    but not as certain spam: read as one of the paragraph's sentences, they took its clean reading
    and stayed."""
    text = f"{paragraph} {words}\n次の行です。"
    assert _removed(text) == [f" {words}"]


def test_a_buttons_label_after_a_paragraphs_last_stop_stays():
    # a link's label ends with an arrow: the page's own button, whatever it reads
    text = "百度百科内容由网友共同编辑，如您发现自己的词条内容不准确或不完善，欢迎使用本人词条编辑服务（免费）参与修正。立即前往>>\n词条图册"
    assert _removed(text) == []
    assert stopless_tails(Page.from_text(text), np.ones(Page.from_text(text).seg.n_blocks, dtype=bool)).tolist() == [False, False, False]


_SPLICED_PAGES = [
    ("Notizie\nAlla conferenza stampa era presente il {} presidente della società Angelo Gandolfi.\n"
     "La squadra giocherà domenica in casa contro il Modena, con inizio alle 15.",
     "Casinò online con bonus del 500% senza verifica, vinci soldi veri oggi, registrati ora!"),
    # a pitch of two sentences, the first in the block of the host's words before it; the host's
    # sentence before them in the paragraph stays
    ("Notizie\nIl consiglio comunale ha approvato il bilancio. Alla conferenza stampa era presente il {} "
     "presidente della società Angelo Gandolfi.\nLa squadra giocherà domenica in casa contro il Modena.",
     "Hai bisogno di soldi subito? Prestiti online senza busta paga e senza garanzie, soldi sul conto in 24 ore, "
     "registrati ora!"),
    # a quotation in the host's words is the host's
    ("Notizie\nIl sindaco ha ricordato le parole “restiamo uniti” e ha salutato il {} vicesindaco e i "
     "consiglieri presenti in sala.\nLa seduta riprenderà lunedì alle 18.",
     "Casinò online con bonus del 500% senza verifica, vinci soldi veri oggi, registrati ora!"),
    # a sentence the line went whole with: the host's words around it are two lines of clean text
    ("News\nThe mayor said the new bridge will open in spring, although {} engineers still have to test the "
     "cables.\nThe river crossing has been closed to lorries since the floods two years ago.\n"
     "Residents asked for a footpath on both sides, which the plans now include.\nThe council meets again on Tuesday.",
     "Cheap Viagra and Cialis pills from a licensed online pharmacy, overnight delivery, order now!"),
    # and when they are one line of clean text only: the capital, and the stop the host's words
    # follow in lower case, say where the stretch is
    ("News\nThe coach said that {} the team will train on Monday morning.\nThe club meets again on Tuesday.\n"
     "Tickets for the home game against the league leaders go on sale at the club shop next week.",
     "Cheap Viagra and Cialis pills from a licensed online pharmacy, overnight delivery, order now!"),
    # a sentence the line went whole with, after a chatty sentence of the paragraph's: what is left
    # of the removed block is its own words around the stretch, read without that sentence
    ("Beranda | Berita | Kontak\nSejarah Mataram\nWah seru banget ceritanya, makasih min udah share, ditunggu "
     "lanjutannya ya! Pasukan Mataram yang datang dari {} arah timur sempat melihat dengan jelas lawan yang "
     "menyongsong mereka, sementara pasukan Pajang masih silau oleh cahaya matahari pagi.\n"
     "Pertempuran itu berakhir menjelang siang.",
     "Sepatu replika 1:1, grade ori, pengiriman kilat – order sekarang."),
]


@pytest.mark.parametrize("page, spliced", _SPLICED_PAGES)
def test_a_sentence_spliced_between_two_words_of_a_hosts_sentence_goes_alone(page, spliced):
    """Its stop leaves the host's next words glued on in lower case: the stretch from a capital
    to that stop that reads as certain spam goes, and the host's words on both sides stay."""
    text = page.format(spliced)
    result = spamguard.clean(text)
    assert [text[s.start : s.end].strip() for s in result.removed] == [spliced]
    assert result.text == page.format("").replace("  ", " ")


def test_a_spliced_pitchs_short_call_to_act_goes_with_it():
    """A pitch spliced into a host's sentence ends with a short exclamation the host's words follow
    in lower case: too short to be read as a stretch of its own, it closes the splice and goes with
    the pitch's sentence before it (``pitch_ends._closes_splice``)."""
    page = ("Actualités\nLe maire a rappelé que {} les travaux de la nouvelle médiathèque commenceront au printemps "
            "prochain.\nLa séance reprendra lundi.\nLes habitants pourront consulter les plans à la mairie pendant tout "
            "le mois de mars.")
    pitch = ("Casino en ligne avec bonus de bienvenue de 500 euros et tours gratuits chaque jour sans condition. "
             "Inscrivez-vous vite!")
    assert [g.strip() for g in _removed(page.format(pitch))] == [pitch]


@pytest.mark.parametrize("host", [
    "本店將於下週一起調整營業時間，週一至週五上午十點開門。{}週末照常營業，給您帶來的不便敬請諒解。",
    "我們班上週去博物館參觀了青銅器展覽。{}回來以後每人寫了一篇觀後感。",
    "市圖書館暑期延長開放時間到晚上九點。{}新增的自習區共有兩百個座位。",
], ids=["shop", "class", "library"])
def test_the_short_rest_of_a_sentence_a_pitch_opens_goes_with_it(host):
    """A pitch's sentence between a host's two sentences loses its head to the first look and
    keeps its last clause after a comma, which reads clean on its own but not clearly: as the
    short rest of the sentence the removed block opens, it goes too (``pitch_ends._rest_of_sentence``).
    A longer rest is the host's sentence that injected words were glued in front of, and stays."""
    pitch = "每天更新最火辣的素人影片，不用綁卡直接看。"
    page = "首頁｜新聞｜聯絡我們\n" + host.format(pitch) + "\n"
    assert [g.strip() for g in _removed(page)] == [pitch]
    rest = "回來以後每人都寫了一篇很長的觀後感並在班會上輪流分享給大家聽。"
    page = "首頁｜新聞｜聯絡我們\n" + host.format(pitch.split("，")[0] + "，" + rest) + "\n"
    assert [g.strip() for g in _removed(page)] == [pitch.split("，")[0]]


_SPLICED_AT_THE_END = [
    ("Actualités\nLa fête du printemps aura lieu dans le parc à côté de la {} Mairie samedi prochain.\n"
     "L'entrée est gratuite pour les enfants.",
     "Casino en ligne argent réel, bonus de bienvenue de 500 euros et tours gratuits chaque jour, inscrivez-vous "
     "maintenant."),
    ("Berita\nPada bulan Maret, panitia bekerja sama dengan dinas pendidikan mengadakan pelatihan guru tentang {} "
     "Kegiatan berlangsung tiga hari.\nPeserta berasal dari dua puluh sekolah.",
     "Jasa joki skripsi dan tugas kuliah, bebas plagiasi, deadline hari ini pun bisa, konsultasi gratis sekarang."),
]


@pytest.mark.parametrize("page, spliced", _SPLICED_AT_THE_END, ids=["fr", "id"])
def test_a_sentence_spliced_into_the_end_of_a_hosts_sentence_goes_alone(page, spliced):
    """Spliced in before the host's last words, which its stop leaves a sentence of their own (in
    a capital): the stretch from a capital inside the host's sentence to its stop goes."""
    text = page.format(spliced)
    assert [g.strip() for g in _removed(text)] == [spliced]


_HOSTS_OWN_ENDS = [
    # what a clause describes the host's noun as selling, after a word opening it
    "Latest news | Culture | Podcasts\nThe town library reopened after the floods, with a new reading room for "
    "children.\n{}\nThe library opens at nine every weekday and at ten on Saturdays.".format(sentence)
    for sentence in (
        "Inspectors found many sites advertising Cheap Rolex replica watches with free shipping worldwide.",
        "La police a fermé des sites qui vendaient Viagra et Cialis sans ordonnance avec livraison discrète en 24 heures.",
    )
] + [
    # a title the sentence quotes, its closing mark on the next line
    "Kultur\nDie Stadtbibliothek zeigt im Herbst eine Ausstellung über Werbung.\nDer Filmkanal erklärt in seinem "
    "Video „Universal Basic Income Explained – Free Money for Everybody?\nDie Ausstellung ist bis Dezember geöffnet.",
    "Culture\nThe library shows an exhibition on advertising this autumn.\nThe channel's video “Why Most People "
    "Lose – Free Casino Bonus Money for Everybody?\nThe exhibition is open until December.",
]


@pytest.mark.parametrize("text", _HOSTS_OWN_ENDS, ids=["en_advertising", "fr_qui", "de_quoted", "en_quoted"])
def test_the_end_of_a_hosts_sentence_that_describes_or_quotes_what_it_names_stays(text):
    assert _removed(text) == []


@pytest.mark.parametrize("text", [
    # quoted, it is what the page quotes
    _SPLICED_PAGES[0][0].format("«" + _SPLICED_PAGES[0][1] + "»"),
    # a stop and a word in lower case with nothing spam-like before it
    "News\nWe visited the old museum on Saturday! the guide said that it first opened in 1902 and was rebuilt "
    "after the war.\nThe council meets again on Tuesday.",
])
def test_a_stop_glued_to_the_hosts_next_words_alone_cuts_nothing(text):
    assert _removed(text) == []


def test_a_paragraph_full_of_stops_before_lower_case_words_is_not_read_for_spliced_sentences(monkeypatch):
    """More than ``MAX_SEAMS`` such stops in one paragraph are its own way of writing (or
    stuffing's): reading a stretch before each of them would cost a long paragraph its square."""
    from spamguard import seams

    read: list[int] = []
    real = seams.LinearModel.span_probabilities

    def counted(self, cps, starts, ends):  # type: ignore[no-untyped-def]
        read.append(len(starts))
        return real(self, cps, starts, ends)

    monkeypatch.setattr(seams.LinearModel, "span_probabilities", counted)
    page = Page.from_text("News\n" + "Buy cheap pills now! get them today at our shop. " * 50 + "\nThe end.")
    final = ["clean"] * page.seg.n_blocks
    model = spamguard.default_detector().model
    assert seams.seam_cuts(page, final, model, spamguard.default_detector().params, set()) == []
    assert read == []
    # one is read
    page = Page.from_text(_SPLICED_PAGES[0][0].format(_SPLICED_PAGES[0][1]))
    seams.seam_cuts(page, ["clean"] * page.seg.n_blocks, model, spamguard.default_detector().params, set())
    assert read


def _cjk_fixture_texts() -> list[str]:
    """The fixture pages with 20 Chinese or Japanese letters or more."""
    import regex

    from support import load_cases, page_text

    cjk = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}]")
    return [t for t in (page_text(c) for c in load_cases()) if len(cjk.findall(t)) >= 20]


def _recorded(monkeypatch, module, name: str) -> list[bool]:  # type: ignore[no-untyped-def]
    """Patch ``module.name`` (a gate) to record what it answers; the answers, in order."""
    answers: list[bool] = []
    real = getattr(module, name)

    def recording(*args):  # type: ignore[no-untyped-def]
        answers.append(real(*args))
        return answers[-1]

    monkeypatch.setattr(module, name, recording)
    return answers


def test_the_gate_on_kept_chinese_and_japanese_sentences_changes_no_cut(monkeypatch):
    """``dense_runs`` skips kept sentences that cannot hold a cut (no list's mark, and no
    stretch to the stop reading near the bar by its characters' rows, ``pitch_may_end``): the
    fixtures' Chinese and Japanese pages and a page of sentences with pitches spliced after
    their stops lose the same spans with the gate as read sentence by sentence without it."""
    from spamguard import dense_runs

    texts = _cjk_fixture_texts()
    host = "记者从市图书馆获悉，为方便学生暑期阅读，图书馆自七月一日起延长开放时间。馆方表示，新增的自习区共有两百个座位。"
    texts.append("首页｜新闻\n" + host * 3 + "每天更新最火辣的素人影片，不用綁卡直接看。" + host * 3 + "\n联系我们")
    assert len(texts) >= 100
    read = _recorded(monkeypatch, dense_runs, "pitch_may_end")
    det = spamguard.default_detector()
    gated = [det.clean(t).removed for t in texts]
    assert True in read and False in read, "the gate neither let a sentence through nor kept one out"
    monkeypatch.setattr(dense_runs, "GATED", False)
    assert [det.clean(t).removed for t in texts] == gated


@pytest.mark.parametrize("text, question, spam", [
    ("首页 | 新闻 | 联系我们\n市图书馆延长开放时间\n记者从市图书馆获悉，暑期阅览室每天开放到晚上九点。那么周末的自习区还需要提前预约吗？"
     "成人视频 免费看黄 国产自拍 高清无码 看片神器馆方表示，周末自习区无需预约，先到先得。\n本报记者 王明",
     "那么周末的自习区还需要提前预约吗？", "成人视频 免费看黄 国产自拍 高清无码 看片神器"),
    ("ホーム | お知らせ | アクセス\n夏休みの開館時間について\n市立図書館は七月から閲覧室を夜九時まで開けています。"
     "では週末の自習室も予約が必要なのでしょうか？無料エロ動画 出会い系 エロアニメ 風俗 求人図書館によると、"
     "週末の自習室は予約不要で先着順とのことです。\n文・山田",
     "では週末の自習室も予約が必要なのでしょうか？", "無料エロ動画 出会い系 エロアニメ 風俗 求人"),
], ids=["zh", "ja"])
def test_a_hosts_question_in_chinese_or_japanese_is_no_short_hook(text, question, spam):
    """A pitch's hook is a short question ("Schulden?", ``pitch_ends``), its letters counted as
    everywhere else, a Chinese or Japanese letter for three: the host's question of sixteen to
    twenty letters before a keyword list glued on after it is a line's worth, and stays."""
    removed = spamguard.clean(text).removed
    assert spam in "".join(text[s.start : s.end] for s in removed)
    at = text.index(question)
    assert not [s for s in removed if s.start < at + len(question) and s.end > at], "the host's question went"


def test_the_gate_on_glued_chinese_and_japanese_sentences_changes_no_stretch(monkeypatch):
    """``glued_runs`` does not read a sentence whose list marks lie too far apart to leave the host
    a line's letters (``_room_for_a_stretch``): the fixtures' Chinese and Japanese pages and pages
    with addresses glued inside a sentence give the same stretches as every sentence read."""
    from spamguard import glued_runs
    from spamguard.page import Page

    texts = _cjk_fixture_texts()
    for glued in ("www.010885.com", "真人百家乐 网上赌场", "bet365官网入口"):
        texts.append("首页｜新闻\n记者从市图书馆获悉，为方便学生暑期阅读，图书馆自七月一日起延长开放时间，"
                     f"{glued}周一至周日均开放至晚上九点。\n© 2024 市图书馆 版權所有，不得轉載。")
    det = spamguard.default_detector()
    pages = [Page.from_text(t) for t in texts]
    read = _recorded(monkeypatch, glued_runs, "_room_for_a_stretch")
    gated = [glued_runs.glued_stretches(p, det.model, det.params) for p in pages]
    assert True in read and False in read, "the gate neither let a sentence through nor kept one out"
    assert any(gated), "no stretch found: the check would pass with any gate"
    monkeypatch.setattr(glued_runs, "_room_for_a_stretch", lambda *a: True)
    assert [glued_runs.glued_stretches(p, det.model, det.params) for p in pages] == gated


_CLAUSE_HOSTS = {
    "zh": "首页｜新闻｜联系我们\n社区新闻\n社区花园的改造工程已经持续了三个多月，居民们每天都来看进度，{run}终于在周末完工。\n"
          "馆方表示，借书证可在服务台办理。",
    "ja": "ホーム｜ニュース｜お問い合わせ\n地域ニュース\n駅前の商店街では先月から改装工事が続いていたが、{run}ようやく完成した。\n"
          "記念のイベントは来週の土曜日に開かれる。",
}


@pytest.mark.parametrize("host, run", [
    ("zh", "成人视频_免费看黄_国产自拍官网入口"), ("zh", "真人百家乐_百家乐_真人百家乐 2026"), ("ja", "做愛影片_做愛影片 2025"),
], ids=["zh", "zh_year", "ja_year"])
def test_a_list_opening_a_hosts_clause_leaves_the_words_that_end_the_sentence(host, run):
    """A keyword list glued after a host's comma opens the clause that the host's few words after
    it end ("…，" | "成人视频_…官网入口" | "终于在周末完工。"): those words, too short to be a line, are
    the host's with the clauses before them in the sentence (``dense_runs``); a year after the
    list's space is the list's, and no edge falls inside it. The list goes alone."""
    text = _CLAUSE_HOSTS[host].format(run=run)
    assert _removed(text) == [run]


def test_a_list_glued_inside_a_sentence_on_a_line_of_its_own_goes_alone():
    """A sentence that is its line's only words reads as certain spam with a keyword list glued
    inside it, so no kept words of its line are left for the host's words to join: the list's mark
    (an underscore) is reason enough to read it character by character (``dense_runs``), and the
    host's clauses on both sides of the list stay."""
    run = "成人视频_免费看黄_国产自拍_免费看黄官网入口"
    text = ("首页｜生活｜美食｜关于我\n周末去爬山\n上周末天气特别好，我和几个朋友约好一起去爬城郊的那座山，早上七点就出发了，"
            f"{run}终于在中午爬到了山顶。\n山顶的风景很美，可以看到整个城市，我们在那里吃了带来的午饭，拍了很多照片。")
    assert _removed(text) == [run]


def test_a_hosts_sentence_said_to_start_inside_a_glued_list_that_goes_on_is_no_cut() -> None:
    """``host_sentence_cuts`` reads a removed block on to its sentence's stop and may find the
    host's sentence starting inside a stretch that ``glued_runs`` read across blocks; where the
    stretch still writes a list's gaps after that letter, the list goes on there."""
    from spamguard.inline import _list_goes_on

    text = "社区通知。成人视频 黄片2026 成人视频现场气氛非常热烈。"
    stretch = np.array([[text.index("成人"), text.index("现场")]])
    assert _list_goes_on(text, stretch, text.index("片2026"))  # a space and digits still to come
    assert not _list_goes_on(text, stretch, text.rindex("成人视频"))  # the last item: no gap after it
    assert not _list_goes_on(text, stretch, text.index("现场"))  # at the stretch's end, not inside


@pytest.mark.parametrize("host, pitch", [
    ("Vereinsnachrichten\nDie Mannschaft beendete die Hinrunde auf dem zweiten Platz. {} Das erste Spiel der Rückrunde "
     "ist am 7. März.\nDer Vorstand dankt allen Helfern beim Sommerfest.",
     "Verdienen Sie mit automatischem Bitcoin-Trading bis zu 3.000 Euro am Tag, unser Algorithmus handelt für Sie – "
     "jetzt kostenlos registrieren und sofort starten!"),
    ("Дневник огородника\nВ этом году я посадил три сорта огурцов. {} Лучше всего показал себя ранний сорт.\n"
     "В следующем году попробую вырастить их в теплице.",
     "Купить виагру без рецепта с доставкой по всей России, анонимно и недорого, звоните прямо сейчас!"),
], ids=["de", "ru"])
def test_the_rest_of_a_pitchs_sentence_after_a_clause_mark_goes_with_it(host, pitch):
    """The first look takes a pitch's opening clause and keeps the rest of its sentence, long and in
    plain words that read clean on their own: after a comma or a dash, in lower case, it is the
    same sentence, and goes with it (``pitch_ends._rest_of_sentence``). Words of the host that an
    injection was dropped in front of carry on with no clause's mark, and stay."""
    assert [g.strip() for g in _removed(host.format(pitch))] == [pitch]


def test_a_hosts_words_after_an_injection_in_lower_case_stay():
    """An injection between the first two words of a host's sentence: the host's rest carries on
    in lower case with no clause's mark before it, and is not the injection's sentence."""
    host = ("Новини\n\nЦей період пов’язаний зі зміною соціальних ролей і пошуком нових можливостей, що залежить від "
            "професійних мотивів. Офіційні {} представники і адвокати актриси відмовляються від коментарів, проте, сама "
            "вона вже оприлюднила заяву з вибаченнями.\n\nНа думку автора, це правило варто поширити і на інші стягнення.")
    spam = "бонус без депозиту ставки на спорт бонус без депозиту"
    removed = " ".join(_removed(host.format(spam)))
    assert "представники" not in removed and "адвокати" not in removed


@pytest.mark.parametrize("hook, pitch", [
    ("¿Necesitas ayuda con tu tesis?",
     "Compra tu ensayo original en 24 horas con redactores profesionales y sin plagio garantizado en ensayosya.net."),
    ("¿Problemas de dinero?",
     "Préstamos rápidos online sin aval y sin nómina, dinero en tu cuenta en 10 minutos, solicítalo ya en creditoya.es."),
], ids=["essay", "loan"])
def test_a_spanish_hook_glued_to_a_hosts_sentence_goes_with_its_pitch(hook, pitch):
    """A Spanish question opens with "¿", not a capital, so it is not a sentence start and stays in
    the host's block before the pitch; beside the removed pitch the block is cut at the mark
    (``inverted_marks``), and the short question goes as a pitch's hook does."""
    host = ("Recetas | Postres | Contacto\nArroz con leche\nPon a calentar un litro de leche con canela y limón. "
            "Añade el arroz y remueve durante cuarenta minutos. {} Al final incorpora el azúcar y deja reposar.\n"
            "Sírvelo frío o templado.")
    removed = _removed(host.format(hook + " " + pitch))
    assert [g.strip() for g in removed] == [hook + " " + pitch]


@pytest.mark.parametrize("host", [
    "关于临时停水的通知\n因管道改造，城东片区明天暂停供水。请市民提前储水。{}停水期间如有疑问，请拨打服务热线。\n",
    "公告\n图书馆将于下周一起延长开放时间至晚上九点。{}新增的自习区共有两百个座位，欢迎同学们使用。\n",
], ids=["notice", "library"])
def test_a_pitchs_short_head_and_rest_around_its_removed_middle_go_with_it(host):
    """A pitch's sentence between a host's two sentences whose middle alone the first look takes:
    its head, a brand the model barely knows ("欢迎访问皇冠体育"), and its last words
    ("在线客服。") are each short and do not read clearly clean on their own, and go with it
    (``pitch_ends._short_ends``)."""
    pitch = "欢迎访问皇冠体育官网，首存即送百分之百彩金，二十四小时在线客服。"
    assert [g.strip() for g in _removed(host.format(pitch))] == [pitch]
