"""What the shipped model says of a page beyond its blocks: clauses and script runs."""

from __future__ import annotations

import numpy as np

import spamguard
from spamguard import clauses as clauses_module
from spamguard.page import Page

def _scores(text: str, model=None):
    model = model or spamguard.default_detector().model
    page = Page.from_text(text)
    return page, model.score(page.seg, page.profile.block_run)


def _one_word_model():
    """A small model that knows one spam word ("viagra") and nothing else."""
    from spamguard.features import CharNgrams
    from spamguard.model import LinearModel

    f = CharNgrams(n_features=2**12)
    weights = np.zeros((f.n_features, 2), dtype=np.float32)
    bucket, _, _ = f.ngrams_of_texts(["viagra"])
    weights[np.unique(bucket), 1] = 3.0
    return LinearModel(f, ("clean", "pharma"), weights, np.array([0.0, -1.0], dtype=np.float32))


def test_a_block_of_few_clauses_takes_its_strongest_clause_but_a_long_list_does_not(monkeypatch):
    import spamguard.model as model_module

    model = _one_word_model()
    text = "buy viagra online cheap today, and the weather in the valley stays mild all week long"
    page, s = _scores(text, model)
    assert page.seg.n_blocks == 1 and s.block[0, 0] <= 1 - model_module.CLAUSE_GATE  # unsure: looked into
    assert s.clause[0, 0] < s.block[0, 0]  # its first clause is more spam-like than the whole
    # with more clauses than MAX_CLAUSES (here lowered to one), a block is judged whole: many
    # comma-separated pieces are a list (credits, an address), and its best piece is chance
    monkeypatch.setattr(clauses_module, "MAX_CLAUSES", 1)
    page, s = _scores(text, model)
    assert np.array_equal(s.clause[0], s.block[0])


def test_run_scores_sum_the_blocks_of_each_script_run():
    page, s = _scores("Индекс вырос уже в седьмой раз подряд 催情药丨肾宝片丨代孕 и его прирост достиг девяти процентов.")
    runs = page.profile.block_run
    assert s.run is not None and len(s.run) == runs.max() + 1
    han = [i for i in range(page.seg.n_blocks) if page.seg.block_text(i) in ("催情药", "肾宝片", "代孕")]
    # the Han run is judged on its own words, not diluted by the Russian prose of its line
    assert s.run[runs[han[0]], 0] < s.line[0, 0]
    np.testing.assert_allclose(s.run.sum(axis=1), 1.0, rtol=1e-5)


def test_the_semicolon_of_a_character_reference_does_not_end_a_clause():
    model = _one_word_model()
    text = "buy v&#105;agra online cheap today, and the weather in the valley stays mild all week long"
    page, s = _scores(text, model)
    assert page.seg.n_blocks == 1
    assert s.clause[0, 0] < s.block[0, 0]  # "buy v&#105;agra online cheap today" is one clause


def test_a_character_reference_counts_as_one_character_of_a_list_item():
    from spamguard.lines import line_is_list

    items = ["cialis générique livraison rapide", "acheter viagra pas cher", "pharmacie en ligne"]
    plain = Page.from_text(" | ".join(items))
    encoded = Page.from_text(" | ".join("".join(f"&#{ord(c)};" if c.isalpha() and i % 2 else c
                                                for i, c in enumerate(t)) for t in items))
    assert line_is_list(plain, 0, 3) > 0 and line_is_list(encoded, 0, 3) == line_is_list(plain, 0, 3)


def test_a_paragraph_is_also_read_without_its_certain_spam_sentences():
    """``piece_rest`` sums the paragraph's other sentences only: what they say once the sentence
    that is spam on its own is set apart."""
    model = _one_word_model()
    text = "Buy viagra viagra viagra now. The weather in the valley stays mild all week long."
    page = Page.from_text(text)
    assert page.seg.n_blocks == 2 and page.seg.block_piece.tolist() == [0, 0]
    whole = model.score(page.seg, page.profile.block_run)
    assert whole.piece_rest is None  # only asked for with a threshold
    s = model.score(page.seg, page.profile.block_run, certain_sentence=0.9)
    assert 1 - s.block[0, 0] >= 0.9 and 1 - s.block[1, 0] < 0.9
    # the rest of the paragraph is its second sentence, read alone
    np.testing.assert_allclose(s.piece_rest[0], s.block[1], rtol=1e-5)
    assert s.piece[0, 0] < s.piece_rest[0, 0]
    # no sentence certain enough: nothing is set apart
    assert model.score(page.seg, page.profile.block_run, certain_sentence=1.0).piece_rest is None


def test_the_rest_of_a_paragraph_is_its_sentences_without_the_fragments_given():
    """Pieces too short to be a sentence of the paragraph (a keyword run's last items glued after
    its certain part) are left out of ``piece_rest`` when flagged, so the host's sentence is read
    alone; a paragraph of fragments only keeps them."""
    model = _one_word_model()
    page = Page.from_text("Buy viagra viagra viagra now. The weather in the valley stays mild all week long. "
                          "pills and more viagra pills here for you")
    assert page.seg.block_piece.tolist() == [0, 0, 0]
    mixed = model.score(page.seg, page.profile.block_run, certain_sentence=0.995)
    assert 1 - mixed.block[2, 0] < 0.995 <= 1 - mixed.block[0, 0]  # the fragment is not set apart as certain
    apart = model.score(page.seg, page.profile.block_run, certain_sentence=0.995, fragments=np.array([False, False, True]))
    np.testing.assert_allclose(apart.piece_rest[0], apart.block[1], rtol=1e-5)
    assert mixed.piece_rest[0, 0] < apart.piece_rest[0, 0]  # the fragment made the rest lean to spam
    only = model.score(page.seg, page.profile.block_run, certain_sentence=0.995, fragments=np.array([False, True, True]))
    np.testing.assert_allclose(only.piece_rest, mixed.piece_rest, rtol=1e-5)


def test_a_host_sentence_glued_before_a_keyword_run_keeps_its_own_reading():
    """The real model: a Japanese paragraph's sentence with an obfuscated keyword run glued after
    its stop stays, the run goes (the run's short items read along made the paragraph's rest
    lean to spam, and the sentence took the paragraph's reading)."""
    host = "その夜は二人きりで話し込みました。"
    run = "ふ◯な◯>>_性O理_兜xわx "
    text = ("ホーム | お知らせ | アクセス\n町内会だより\n先週の日曜日に公園の清掃活動を行いました。参加者は三十名ほどでした。\n\n"
            f"{host}{run}次回は来月の第二日曜日に予定しています。"
            "集合場所は公民館の前で、軍手とごみ袋は町内会で用意します。雨天の場合は翌週に延期し、前日の夕方までに掲示板でお知らせします。\n")
    assert [text[s.start : s.end] for s in spamguard.clean(text).removed] == [run]


def test_the_host_names_of_web_addresses_are_read_as_words(monkeypatch):
    """A link list's host names say what their sites sell; their paths, where honest sites name
    their topics, are not read; a single address counts only when its name reads as certain spam."""
    import spamguard.model as model_module

    model = _one_word_model()

    def spam(text):
        page, s = _scores(text, model)
        assert page.seg.n_blocks == 1
        return 1 - s.block[0, 0], 1 - s.clause[0, 0]

    own, read = spam("https://viagra-online.shop/buy https://cheap-viagra.xyz/now")
    assert read > own
    own, read = spam("https://example.org/viagra-info https://example.net/viagra")  # names in the paths only
    assert read == own
    # one address: only a name read as certain spam counts
    own, read = spam("https://viagra-online.shop/buy")
    assert read > own
    monkeypatch.setattr(model_module, "ADDRESS_CERTAIN", 1.01)
    assert spam("https://viagra-online.shop/buy")[1] == own
    assert spam("https://viagra-online.shop/buy https://cheap-viagra.xyz/now")[1] > spam("https://viagra-online.shop/buy https://cheap-viagra.xyz/now")[0]


def test_spans_read_on_their_own_score_as_the_same_blocks_do():
    """``span_sums`` folds and hashes only the spans' code points; a span that is a block of the
    page gets the block's probabilities to the bit."""
    text = "Home | News\nBuy cheap &#118;iagra online, free shipping; no prescription needed today.\n澳门新葡京 注册送彩金"
    model = spamguard.default_detector().model
    page, s = _scores(text, model)
    spans = model.span_probabilities(page.seg.cps, page.seg.block_start, page.seg.block_end)
    assert np.array_equal(spans, s.block)


def test_empty_spans_packed_among_others_read_as_nothing_and_leave_their_neighbours_whole():
    """``span_sums`` packs its spans end to end, so an empty span starts where the next one does:
    each span, empty ones among them, reads in one call as it reads alone (an empty head before a
    stretch that opens its sentence had made the next stretch's head read as nothing)."""
    model = spamguard.default_detector().model
    text = "Hello world. Buy cheap viagra now online. Nothing here at all. Ещё немного текста здесь."
    cps = np.array([ord(c) for c in text], dtype=np.uint32)
    rng = np.random.default_rng(7)
    for _ in range(200):
        n = int(rng.integers(1, 6))
        starts = rng.integers(0, len(cps), n)
        ends = np.minimum(starts + rng.integers(0, 3, n) * rng.integers(0, 30, n), len(cps))
        sums, counts = model.span_sums(cps, starts, ends)
        for i in range(n):
            alone, count = model.span_sums(cps, starts[i : i + 1], ends[i : i + 1])
            assert counts[i] == count[0] and np.allclose(sums[i], alone[0], atol=1e-9), (starts, ends, i)


def test_spam_log_odds_are_the_probabilities_log_odds_and_tell_two_sure_readings_apart():
    """``spam_log_odds`` is log(spam / clean) of ``probabilities``, and keeps ordering two texts that
    both read 1.0 as spam."""
    model = spamguard.default_detector().model
    texts = ["The library opens at nine on weekdays.", "casino online bonus", "casino online bonus slot gacor maxwin judi bola"]
    cps = np.array([ord(c) for c in " ".join(texts)], dtype=np.uint32)
    starts = np.cumsum([0] + [len(t) + 1 for t in texts[:-1]])
    sums, counts = model.span_sums(cps, starts, starts + np.array([len(t) for t in texts]))
    p = model.probabilities(sums, counts)
    odds = model.spam_log_odds(sums, counts)
    assert np.allclose(odds[:2], np.log((1.0 - p[:2, 0]) / p[:2, 0]), atol=1e-6)
    assert odds[0] < 0 < odds[1] < odds[2]


def test_character_sums_add_up_to_the_spans_and_put_spam_evidence_on_its_own_characters():
    """``char_sums`` spreads a span's n-grams over its characters (half at an n-gram's first,
    half at its last): the rows add up to the span's ``span_sums``, and a casino name slipped into
    a Chinese sentence holds the evidence for gambling, the host's characters around it not."""
    model = spamguard.default_detector().model
    text = "为方便学生暑期阅读，澳门新葡京娱乐场真人百家乐图书馆自七月一日起延长开放时间。"
    cps = np.array([ord(c) for c in text], dtype=np.uint32)
    sums, counts = model.char_sums(cps, 0, len(text))
    whole, n = model.span_sums(cps, np.array([0]), np.array([len(text)]))
    assert sums.shape == (len(text), len(model.labels))
    assert np.allclose(sums.sum(axis=0), whole[0], atol=1e-2) and counts.sum() == n[0]
    gambling = sums[:, model.labels.index("gambling")] - sums[:, 0]
    run = text.index("澳门"), text.index("图书馆")
    inside, outside = gambling[run[0] : run[1]], np.r_[gambling[: run[0]], gambling[run[1] :]]
    assert inside.mean() > 5 * max(outside.mean(), 0.1) and (inside > 0).mean() > 0.9


def test_spans_read_character_by_character_together_read_as_each_does_alone():
    """``char_rows`` reads several spans in one pass, each the same to the bit as ``char_sums``
    reads it alone: a character reference cut by a span's edge is not read across into the next
    span ("&am" | "p;"), nor one whose stop lies past the span's end."""
    import random

    model = spamguard.default_detector().model
    text = ("为方便学生暑期阅读&amp;澳门新葡京娱乐场 真人百家乐&#x4e2d;图书馆自七月一日起&lt;延长开放时间。"
            "県立美術館で、ｶｼﾞﾉ特別展が始まった&amp会期は来年2月まで。Ｆｕｌｌ width and c a s i n o")
    cps = np.array([ord(c) for c in text], dtype=np.uint32)
    rng = random.Random(5)
    for _ in range(200):
        cuts = sorted(rng.sample(range(len(text) + 1), 2 * rng.randint(1, 5)))
        starts, ends = np.array(cuts[0::2]), np.array(cuts[1::2])
        starts, ends = starts[ends > starts], ends[ends > starts]
        if not len(starts):
            continue
        sums, counts, offsets = model.char_rows(cps, starts, ends)
        assert offsets[-1] == (ends - starts).sum() == len(sums) == len(counts)
        for j, (a, z) in enumerate(zip(starts.tolist(), ends.tolist())):
            alone_sums, alone_counts = model.char_sums(cps, a, z)
            assert np.array_equal(sums[offsets[j] : offsets[j + 1]], alone_sums)
            assert np.array_equal(counts[offsets[j] : offsets[j + 1]], alone_counts)
            whole, n = model.span_sums(cps, np.array([a]), np.array([z]))
            assert np.allclose(alone_sums.sum(axis=0), whole[0], atol=1e-2) and alone_counts.sum() == n[0]


def test_two_sentences_certain_only_together_are_one_pitch_and_quoted_blocks_are_set_apart():
    """A hook and its offer, each short of certain, read together as one pitch (``paired``) and
    are set apart from their paragraph, as blocks quoted in the host's prose are."""
    model = _one_word_model()
    text = "The viagra offer. Cheap viagra here. The weather in the valley stays mild all week long and the rivers run high."
    page = Page.from_text(text)
    s = model.score(page.seg, page.profile.block_run, certain_sentence=0.9995)
    assert (1 - s.block[:2, 0] < 0.9995).all()
    assert not np.isnan(s.paired[:2]).any() and np.isnan(s.paired[2]).all()
    assert 1 - s.paired[0, 0] >= 0.9995
    np.testing.assert_allclose(s.piece_rest[0], s.block[2], rtol=1e-5)
    # not certain together either: no pair
    assert model.score(page.seg, page.profile.block_run, certain_sentence=0.99999).paired is None
    # quoted blocks are set apart whatever they read
    q = model.score(page.seg, page.profile.block_run, certain_sentence=1.0, quoted=lambda block, line: np.array([True, True, False]))
    assert q.paired is None
    np.testing.assert_allclose(q.piece_rest[0], s.block[2], rtol=1e-5)


def test_a_list_a_host_sentence_introduces_is_set_apart_when_the_page_speaks_of_its_category():
    """A regulator's list of the sites it blocked stays; the same kind of list under a plain line
    of a page on something else (an injected link list) goes, and so does a spam site's own list
    under its sales line."""
    news = ("Beranda | Berita | Kontak\nKominfo Blokir Ribuan Situs Judi Online\n"
            "Kementerian Komunikasi dan Digital memblokir lebih dari 5.000 situs judi online sepanjang bulan lalu.\n"
            "Beberapa nama situs yang paling banyak dilaporkan masyarakat antara lain:\n"
            "1. Slot88 Gacor\n2. Maxwin Jaya\n3. Togel Hoki 4D\n4. Bandar Bola Sakti\n"
            "Masyarakat dapat melaporkan situs judi online melalui kanal pengaduan resmi.\n")
    assert spamguard.clean(news).removed == ()
    listed = "- casino-bonus-online.com\n- Cheap Viagra Online\n- Cialis Without Prescription\n"
    library = ("Riverside Library | Events | Contact\nStory time every Tuesday\n"
               "Children aged three to six are welcome at story time every Tuesday at 10am in the children's corner.\n"
               "Useful links for our visitors:\n" + listed + "Booking is not needed. Parents must stay with their children.\n")
    removed = "".join(library[s.start:s.end] for s in spamguard.clean(library).removed)
    assert "Cheap Viagra Online" in removed and "Cialis Without Prescription" in removed
    site = "Daftar situs slot gacor terpercaya hari ini gampang maxwin:\n1. Slot88 Resmi\n2. Togel Online 4D\n3. Mahjong Ways 2\n"
    assert spamguard.clean(site).text.strip() == ""


ENCYCLOPEDIA = ("Main page | Contents | Random article | About\nOnline gambling\n"
                "Online gambling is any kind of gambling conducted on the internet, including virtual poker, casinos and sports betting.\n"
                "Many countries restrict or ban online gambling.\n"
                "In the United Kingdom, operators must hold a licence from the Gambling Commission.\n")


def test_a_sentence_that_says_the_page_subject_stays_and_the_same_sentence_elsewhere_goes():
    """An encyclopedia's definition of online gambling, in gambling's words, is the page's subject
    when the page's clean text says its loaded words again (``subject.subject_sentences``); the
    same sentence on a recipe page is an injection."""
    assert spamguard.clean(ENCYCLOPEDIA).removed == ()
    definition = ENCYCLOPEDIA.splitlines()[2]
    recipe = ("Home | Recipes | Contact\nLemon drizzle cake\nBeat the butter and sugar until pale, then add the eggs one by one.\n"
              + definition + "\nBake for forty minutes and pour the lemon syrup over the warm cake.\n")
    removed = "".join(recipe[s.start:s.end] for s in spamguard.clean(recipe).removed)
    assert definition in removed
    # a clause of such a sentence is not cut out of it either (a German encyclopedia's definition)
    article = ("Hauptseite | Themenportale | Kontakt\nOnline-Casino\n"
               "Ein Online-Casino ist ein Glücksspielangebot im Internet, bei dem Spieler an virtuellen "
               "Spielautomaten, Roulette oder Blackjack um echtes Geld spielen.\n"
               "In Deutschland sind Online-Casinos seit 2021 unter strengen Auflagen erlaubt.\n"
               "Kritiker weisen darauf hin, dass Online-Casinos ein höheres Suchtpotenzial haben als Spielbanken.\n")
    assert spamguard.clean(article).removed == ()
    # an advert written as a statement on news about its own subject reads as certain spam
    # (subject.ADVERT) and goes
    news = ("Home | News | Business\nState regulator fines online casino operator\n"
            "The state gaming commission fined an online casino operator on Thursday for letting self-excluded players open accounts.\n"
            "LuckySpin online casino pays out your winnings within minutes and gives new players 200 free spins with their first deposit.\n"
            "Online casino revenue in the state rose 18% last year, and complaints about bonus terms have doubled.\n")
    removed = "".join(news[s.start:s.end] for s in spamguard.clean(news).removed)
    assert "LuckySpin online casino pays out" in removed


def test_one_clean_mention_of_a_loaded_word_does_not_make_a_sentence_the_page_subject():
    from spamguard.subject import SAID, subject_sentences

    model = spamguard.default_detector().model
    lines = ENCYCLOPEDIA.splitlines()
    for text, expected in (("\n".join(lines), True), ("\n".join(lines[:4]), SAID <= 1)):
        page = Page.from_text(text)
        spam = 1.0 - model.score(page.seg).block[:, 0]
        definition = next(i for i in range(page.seg.n_blocks) if page.block_text(i).startswith("Online gambling is"))
        assert subject_sentences(page, spam >= 0.1, spam, model)[definition] == expected


def test_a_host_sentence_glued_after_a_lists_last_item_across_a_change_of_script_keeps_its_own_reading():
    """On a list line, the items take the line's reading; a block as long as a line that no
    separator joins to another, holding words of a sentence, is the host's sentence the list was
    glued to ("... | Official Site" + the host's next words in its own script), and keeps its own."""
    import dataclasses

    from spamguard.view import classifier_view, page_scores

    text = ("בית | חדשות | צור קשר\nהספרייה העירונית מאריכה את שעות הפתיחה\n"
            "לקראת הבחינות הלוואה מהירה ללא בדיקה | הלוואה מהירה ללא בדיקה | הלוואה מהירה ללא בדיקה | Official Site "
            "שעות הפתיחה של הספרייה יוארכו עד השעה עשר בלילה בכל ימות השבוע.\nהכניסה חופשית לכל התושבים.")
    page = Page.from_text(text)
    model = spamguard.default_detector().model
    params = spamguard.default_detector().params
    scores = page_scores(page, model, params)
    seg = page.seg
    host = next(b for b in range(seg.n_blocks) if seg.block_text(b).startswith("שעות הפתיחה"))
    item = next(b for b in range(seg.n_blocks) if seg.block_text(b) == "Official Site")
    # the host's words lean a little to spam on their own (between clearly clean and the line)
    block = scores.block.copy()
    block[host] = 0.0
    block[host, 0], block[host, 1] = 0.9, 0.1
    view = classifier_view(page, dataclasses.replace(scores, block=block), params)
    assert abs(view.spam_prob[host] - 0.1) < 1e-9
    assert view.spam_prob[item] > 0.5


def test_a_sentence_saying_how_to_reach_a_seller_reads_apart_from_its_paragraph():
    """A pitch that ends with a way to order reads as spam on its own (over the spam threshold)
    but takes its paragraph's clean reading as one of its sentences; its own channel makes it the
    seller's (the same sentence without it reads with its paragraph). A warning that names a fraud
    line in a sentence reading clean stays."""
    from spamguard.view import classifier_view, page_scores

    detector = spamguard.default_detector()
    pitch = "正品伟哥药店直销，一粒见效，隐私发货，加微信下单。"
    text = ("首页 | 新闻 | 联系我们\n老年大学秋季班开始报名\n本报讯 区老年大学秋季班将于九月十日开课，今年新开设了书法、合唱和智能手机使用三门课程。"
            f"每门课每周上课一次，每次两个小时。{pitch}报名时间为八月二十日至二十五日，老人可以在社区服务中心现场报名。\n"
            "如有疑问，可拨打老年大学办公室电话咨询。\n")
    page = Page.from_text(text)
    view = classifier_view(page, page_scores(page, detector.model, detector.params), detector.params)
    b = next(i for i in range(page.seg.n_blocks) if page.block_text(i) == pitch)
    assert view.spam_prob[b] >= detector.params.spam_threshold
    assert [text[s.start : s.end] for s in detector.clean(text).removed] == [pitch]
    # without a way to reach the seller, a sentence short of certain spam reads with its paragraph
    quiet = "正品伟哥药店直销，一粒见效，隐私发货。"
    page = Page.from_text(text.replace(pitch, quiet))
    view = classifier_view(page, page_scores(page, detector.model, detector.params), detector.params)
    b = next(i for i in range(page.seg.n_blocks) if page.block_text(i) == quiet)
    assert view.spam_prob[b] < detector.params.spam_threshold
    warning = text.replace(pitch, "如接到自称银行的贷款推销电话，请拨打反诈专线96110核实。")
    assert detector.clean(warning).removed == ()
