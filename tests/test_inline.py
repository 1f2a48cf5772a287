"""A clause injected into a sentence that stays: cut out on its own (``spamguard.inline``)."""

from __future__ import annotations

import spamguard
import spamguard.detector as detector_module
from spamguard.inline import injected_clauses
from spamguard.page import Page
from spamguard.segment import segment

HOST = (
    "Đội tuyển Việt Nam thắng Malaysia 2-1\n"
    "Malaysia mở tỷ số ở phút 23 sau một pha phản công nhanh.\n"
    "Sang hiệp hai, tiền vệ Hoàng Đức gỡ hòa bằng cú sút xa, {clause}, trước khi Tiến Linh đánh đầu ấn "
    "định chiến thắng ở phút 81.\n"
    "Huấn luyện viên trưởng cho biết toàn đội sẽ có hai ngày nghỉ."
)
PITCH = "xem thêm kèo nhà cái uy tín tặng 100k khi đăng ký tại nhacai88.vip"


def _removed(text: str) -> list[str]:
    return [text[s.start : s.end] for s in spamguard.clean(text).removed]


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
    from spamguard.view import _opens_list

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
    assert _opens_list(seg).tolist() == [b in {"togel hongkong", "togel singapore", "prediksi togel hari ini"} for b in blocks]
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


def test_a_run_of_phrases_is_cut_only_in_a_thai_like_script_and_when_sure():
    from spamguard.inline import _phrase_cuts

    d = spamguard.default_detector()
    text = THAI_HOST.format(run=THAI_RUN + " ")
    page = Page.from_text(text)
    scores = d.model.score(page.seg, page.profile.block_run)
    final = ["clean"] * page.seg.n_blocks
    start = text.index(THAI_RUN)
    assert _phrase_cuts(page, scores, final, d.model, d.params, set()) == [start, start + len(THAI_RUN)]
    # a block already cut between commas, or already removed, is not read again
    b = int(page.seg.block_line.tolist().index(2))
    assert _phrase_cuts(page, scores, final, d.model, d.params, {b}) == []
    assert _phrase_cuts(page, scores, ["x"] * page.seg.n_blocks, d.model, d.params, set()) == []
