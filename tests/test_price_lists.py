"""A shop's price list reads as its goods do (``price_lists.read_as_goods``): its amounts and
quantities said over and over do not make it spam, and a spam shop's list stays spam."""

from __future__ import annotations

from support import removed_stripped

from spamguard.price_lists import goods_text

MASSAGE = (
    "ร้านนวดแผนไทยสุขใจ\nหน้าแรก | บริการ | ราคา | ติดต่อ\nบริการของเรา\n"
    "{line}\n"
    "หมอนวดทุกคนผ่านการอบรมหลักสูตรนวดไทยเพื่อสุขภาพจากกระทรวงสาธารณสุข\n"
    "เปิดทุกวัน 10.00–22.00 น. โทร 053 123 456"
)


def test_a_price_list_whose_goods_read_clean_stays():
    line = "นวดแผนไทย 1 ชั่วโมง 300 บาท นวดฝ่าเท้า 1 ชั่วโมง 250 บาท นวดน้ำมันอโรมา 1 ชั่วโมง 500 บาท"
    assert removed_stripped(MASSAGE.format(line=line)) == []


def test_a_spam_shops_price_list_still_goes():
    line = "Viagra 100mg 10 pills $19.99 | Cialis 20mg 10 pills $24.99 | Levitra 20mg 10 pills $29.99"
    text = ("Riverside Gazette\nLibrary extends weekend opening hours\n"
            "Riverside Public Library will open on Sundays from January, the council said on Monday.\n"
            f"{line}\nThe children's story hour will also move to Sunday afternoons.")
    assert " ".join(removed_stripped(text)) == line


def test_goods_are_the_words_without_their_quantities():
    assert goods_text("Rolex réplica 1:1 – 189 €").split() == ["Rolex", "réplica", "–"]
    assert goods_text("Цены: курсовая от 2500 руб.").split() == ["Цены:", "курсовая", "от"]
