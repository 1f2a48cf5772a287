"""Revision within a line (``spamguard.revise``): a line the classifier calls spam as a whole takes
its blocks that lean towards spam (all of them when it is written wholly in a foreign script); a line mostly spam takes the rest (a clearly clean run of
another script, or a whole sentence of the host's, stays, and one before the spam reading clean
though not clearly); the stuffed phrase next to spam, a
foreign run or a bare address touching it outside a list, and a short or foreign block between
two spam blocks go with it; on a short line around disguised spam, the comment around a disguised
name goes and the host's words around a disguised pitch stay (``disguised_lines``)."""

from __future__ import annotations

from collections import Counter

import numpy as np

from .comment_lines import comment_line
from .contact import has_contact
from .disguised_lines import take_comments, take_disguised_line
from .lines import SENTENCE_END, line_is_list, line_is_menu, whole_on_its_own
from .opening_lists import take_last_items
from .params import CLEAN, DecisionParams
from .pitch_ends import pitch_ends
from .profile import holds_footer_mark
from .reasons import Reason
from .revision import Revision, majority_label
from .rules import url_list
from .scripts import LATIN
from .stuffing import WORDS, line_repetition, stuffing


def revise_line(
    rev: Revision, k: int, params: DecisionParams, spam_prob: np.ndarray | None, line_spam: np.ndarray | None = None
) -> None:
    """Within a line: a line the classifier calls spam as a whole takes its blocks that lean
    towards spam; most of it spam takes the rest; a short piece between spam goes along; a short
    line around disguised spam goes as ``disguised_lines.take_disguised_line`` says."""
    page, final = rev.page, rev.final
    blocks = page.line_blocks(k)
    spam = [i for i in blocks if final[i] != CLEAN]
    if line_spam is not None and spam_prob is not None and line_spam[k] >= params.spam_threshold:
        # Blocks of a stuffed line can each miss the threshold ("stoephoer triootjeg hoer matje🔥
        # ... 官网】 ... de pijp uitgaan") while the line read as one unit does not: the blocks of
        # such a line that lean towards spam go with the one already removed.
        # A line written wholly in a script the page is not written in is the injection's as a
        # whole: its item the classifier does not know ("order valium online no rx | ambien 10mg
        # fast delivery" under a Hindi article) goes with the one it knows.
        foreign = page.foreign_blocks[blocks.start : blocks.stop]
        letters = page.profile.block_letters[blocks.start : blocks.stop] > 0
        whole = bool(foreign[letters].all())
        label = majority_label(final, rev.weight, spam)
        for i in blocks:
            if final[i] == CLEAN and (whole or spam_prob[i] >= params.neighbour_threshold) and not rev.host_line(page.block_text(i)):
                rev.take(i, label, float(spam_prob[i]))
        spam = [i for i in blocks if final[i] != CLEAN]
    total = rev.weight[blocks.start : blocks.stop].sum()
    spam_weight = rev.weight[spam].sum()
    label = majority_label(final, rev.weight, spam)
    score = float(rev.conf[spam].max())
    # counted as a line's letters are (a comment of 150 Han characters is a paragraph's worth)
    line_letters = page.weighted_letters[blocks.start : blocks.stop].sum()

    take_comments(rev, spam, label, score, params)
    if line_letters <= params.disguised_line_letters and take_disguised_line(rev, k, spam, label, score * spam_weight / total, params, spam_prob):
        return
    if spam_weight >= params.line_majority * total:
        # the scripts of the spam's words: its addresses are written in Latin whatever it says,
        # and letters glued to a spam word in another script are that word's ("लिखवानाnow")
        starts, ends = page.seg.block_start, page.seg.block_end
        group_of = page.profile.block_group
        spam_set = set(spam)

        def glued_to_other_script(i: int) -> bool:
            # one word only: "バイアグラ通販" + "hari ini" is a phrase of its own in Latin letters
            return not any(c.isspace() for c in page.block_text(i)) and any(
                j in spam_set and group_of[j] != group_of[i] and (ends[j] == starts[i] if j < i else ends[i] == starts[j])
                for j in (i - 1, i + 1)
            )

        comment = comment_line(page, k)
        worded = [i for i in spam if Reason.URL_LIST.value not in rev.reasons[i] and not glued_to_other_script(i)] or spam
        spam_groups = {int(group_of[i]) for i in worded}

        def protected(i: int) -> bool:
            # A clearly clean run in another script than the spam's words (the host sentence
            # around an inline injection; "Registered in England and Wales," before Ukrainian
            # keywords and their addresses) stays; in the spam's own script it goes with the
            # line, unless it is a whole sentence as long as a line (see ``whole_sentence``). The site's own
            # name after stuffed title keywords ("Cheap Viagra - Buy Cialis | Smith Family
            # Dental") stays when the page repeats it as a line of its own. The way to reach the
            # seller at the end of a pitch ("包过查重 不过退款 QQ：2871936650") is the pitch's own.
            if rev.host_line(page.block_text(i)):
                return True
            # a comment is its writer's throughout: a spammer's praise goes with the pitch after it
            if comment:
                return False
            # The site's own menu keeps the items that do not lean to spam when links are slipped
            # into it ("Inicio | Noticias | casino online sin licencia | ... | Contacto").
            if (
                spam_prob is not None and spam_prob[i] < params.neighbour_threshold
                and page.cached("menu", k, lambda j: line_is_menu(page, j))
            ):
                return True
            # an account name is cut from the messenger it follows ("Телеграм @" | "diplom_bystro!")
            glued_left = i > blocks.start and ends[i - 1] == starts[i]
            if has_contact(page.text[starts[i - 1] if glued_left else starts[i] : ends[i]]):
                return False
            if spam_prob is None:
                return False
            # A whole sentence in another script than the spam's that reads clean, though not
            # clearly, is the host's too (a footer's "無断転載を禁じます。", 0.046, after "All Rights
            # Reserved." and a list of addresses): its script is not the spam's, and it is no
            # address or word glued to the list ("λεφτάnow", 0.08), which ends no sentence.
            if (
                spam_prob[i] < params.sentence_clean and int(group_of[i]) not in spam_groups
                and whole_on_its_own(page, blocks, i)
            ):
                return True
            if spam_prob[i] < params.clearly_clean:
                # the page's own copyright notice, a sentence of its own in any script ("© 2022
                # Saale-Bote." | "Alle Rechte vorbehalten." before a pitch on the footer line)
                return int(page.profile.block_group[i]) not in spam_groups or whole_sentence(i) or own_notice(i)
            # A whole sentence as long as a line with no spam before it on its line, the host's
            # that the injection was put after, stays when it reads clean though not clearly
            # ("養成所に気をつけたところで、…ないでしょうか。", 0.035, before a keyword run); after spam, a
            # sentence reading so is as often the pitch's next one ("Los nuestros son idénticos y
            # llegan en una semana.", 0.05).
            # A host's clearly clean sentence between them says the spam has ended ("[keywords]
            # здесь следы кризиса и тем более маразма?" | "Вышла на работу через 2 недели...").
            return (
                spam_prob[i] < params.sentence_clean and long_sentence(i)
                and (all(final[j] == CLEAN for j in range(blocks.start, i)) or host_sentence_before(i))
            )

        notice_in_spam: list[bool] = []  # read once: it is asked block by block

        def own_notice(i: int) -> bool:
            # no spam word glued before it ("ch@n3l" | "s@c All Rights Reserved."), and not a
            # notice that the spam was slipped into ("Hak Cipta © 2025 ..." | "Seluruh" [spam] "hak
            # cipta dilindungi.", one removed block): that one's words are cut out of the spam
            # (``host_sentences``) with the notice's first sentence counted among them
            if not holds_footer_mark(page.block_text(i)) or not whole_on_its_own(page, blocks, i):
                return False
            if not notice_in_spam:
                notice_in_spam.append(any(holds_footer_mark(page.block_text(j)) for j in spam))
            return not notice_in_spam[0]

        def host_sentence_before(i: int) -> bool:
            j = i - 1
            return (
                j >= blocks.start and final[j] == CLEAN and spam_prob is not None and spam_prob[j] < params.clearly_clean
                and (page.seg.block_sentence[j] or whole_on_its_own(page, blocks, j))
            )

        host_around_run: list[bool] = []  # read once: it is asked block by block

        def long_sentence(i: int) -> bool:
            # a sentence as long as a line: of a piece of several, or whole on its own
            return page.weighted_letters[i] >= params.short_line_letters and (
                page.seg.block_sentence[i] or whole_on_its_own(page, blocks, i)
            )

        def whole_sentence(i: int) -> bool:
            # A sentence of the host's, as long as a line, that reads as clearly clean stays in
            # the spam's script too ("Phi thơm hành tỏi ... me chua." before a loan pitch); a
            # letter of a script written without spaces counts as a word does. So do the host's
            # words around a run cut out of its sentence, as long as a line together ("Anang
            # yang menggandeng pasangan" | slot deposit dana slot ... | "duetnya Ashanty ...").
            # They are counted over the line, not the piece: a run of addresses set apart by
            # double spaces makes pieces of its own and leaves the host's head and tail in two
            # ("I thank Barry for his years of" | forex broker http://...  vape shop ... |
            # "dedicated service to the Society."). The run is stuffing, or has clearly clean
            # words on both sides ("Jätteen on myös" | saatanasti koiranpaska munapää ... |
            # "vastattava siitä annettuja tietoja.", ``host_sentences._stuffed_run_cuts``). The
            # host's words after a sentence spliced in with its stop are a sentence to that stop
            # ("The coach said that" | Cheap Viagra ... order now! | "the team will train on
            # Monday morning.", ``seams``).
            if long_sentence(i):
                return True
            if not (page.seg.block_sentence[i] or whole_on_its_own(page, blocks, i)):
                return False
            if spam_prob is None:
                return False
            if not host_around_run:
                host = sum(int(page.weighted_letters[j]) for j in blocks if spam_prob[j] < params.clearly_clean)
                clean_before = (spam_prob[blocks.start : spam[0]] < params.clearly_clean).any()
                clean_after = (spam_prob[spam[-1] + 1 : blocks.stop] < params.clearly_clean).any()
                host_around_run.append(host >= params.short_line_letters and (
                    (clean_before and clean_after) or stuffing(" ".join(page.block_text(j) for j in spam))))
            return host_around_run[0]

        def glued(i: int) -> bool:
            # A run glued to spam on both sides ("彩票app下载"), or a short one glued to it on one
            # side ("n級品", "下载app"), is part of the spam's words, not a host sentence; a
            # neighbour counts as spam when it is or is about to be taken.
            def spam_at(j: int) -> bool:
                return final[j] != CLEAN or not protected(j)

            touch_left = i > blocks.start and ends[i - 1] == starts[i]
            touch_right = i < blocks.stop - 1 and ends[i] == starts[i + 1]
            if touch_left and touch_right and spam_at(i - 1) and spam_at(i + 1):
                return True
            # One side is enough for a short run, when that side is spam on its own evidence.
            return page.profile.block_letters[i] < params.short_block and (
                (touch_left and final[i - 1] != CLEAN) or (touch_right and final[i + 1] != CLEAN)
            )

        for i in [i for i in blocks if final[i] == CLEAN and (not protected(i) or glued(i))]:
            rev.take(i, label, score * spam_weight / total)
    else:
        profile = page.profile
        if spam and page.cached("repeat", k, lambda j: line_repetition(page, j)) >= 1.0:
            # A stuffed line says its phrase again and again between its domains ("πρώτη σελίδα
            # στο google google49.net | πρώτη σελίδα στο ..."): a block next to spam whose every
            # word the line says three times or more is that phrase, whatever its own score.
            said = Counter(WORDS.findall(page.line_text(k).casefold()))
            for i in blocks:
                near_spam = (i > blocks.start and final[i - 1] != CLEAN) or (i < blocks.stop - 1 and final[i + 1] != CLEAN)
                words = WORDS.findall(page.block_text(i).casefold())
                if final[i] == CLEAN and near_spam and words and min(said[w] for w in words) >= 3:
                    rev.take(i, label, score * spam_weight / total)
        if not page.cached("list", k, lambda j: line_is_list(page, j)):
            # Outside a list, a run in a script foreign to the page that touches the spam of its
            # line is the injection's own words ("سكس مصري ... سجل الآن في bet892.site"), and a
            # bare address its address, taken one neighbour after another (a sweep each way
            # reaches every such chain); other Latin, which a page in another script carries in
            # its footers and brands, is left to the rule below.
            # A whole sentence that reads clean in another script than the spam's is the host's
            # though in a foreign script (a footer's "無断転載を禁じます。" after a Vietnamese
            # pitch's stop); in the spam's script it is as often the pitch's next sentence
            # ("提供題目與字數，完成的報告可直接以您的名義繳交。").
            group = profile.block_group
            spam_scripts = {int(group[i]) for i in spam}
            foreign = [
                bool(page.foreign_blocks[i]) and group[i] != LATIN and not (
                    spam_prob is not None and spam_prob[i] < params.sentence_clean and int(group[i]) not in spam_scripts
                    and whole_on_its_own(page, blocks, i)
                )
                for i in blocks
            ]

            def injected(i: int) -> bool:
                return final[i] != CLEAN or foreign[i - blocks.start]

            def link(i: int) -> bool:
                # A short Latin piece inside a foreign injection ("นาฬิกาโรเล็กซ์ AAA ส่งด่วน...")
                # is the injection's own word, not the host's. So is a short piece in another
                # script glued to the end of a removed block and closing its sentence ("今なら全品
                # 50%" | "OFF。", "...こちら、LINE" | "で今すぐ申し込み。"): only the change of
                # script cut that sentence. A host's clause as long as a line that reads clearly
                # clean after an injected address glued to it is not ("…運彩投注 www.bet-tw88.com" |
                # "民眾下週起即可入園使用。", 0.004).
                if profile.block_letters[i] >= params.short_block:
                    return False
                if (
                    group[i] == LATIN and LATIN not in profile.home_groups
                    and blocks.start < i < blocks.stop - 1 and injected(i - 1) and injected(i + 1)
                ):
                    return True
                # And the other way round, a short piece opening the sentence of the removed
                # block it is glued to ("。 SNS" | "で話題の痩せるお茶…", "。 バ⚪ア⚪ラなら" |
                # "www.hot887661.site/shop！"): only the change of script cut its head off.
                return (
                    i > blocks.start and final[i - 1] != CLEAN and group[i] != group[i - 1]
                    and page.seg.block_end[i - 1] == page.seg.block_start[i]
                    and SENTENCE_END.search(page.block_text(i)) is not None
                    and not (
                        spam_prob is not None and spam_prob[i] < params.clearly_clean
                        and page.weighted_letters[i] >= params.short_line_letters
                    )
                ) or (
                    i < blocks.stop - 1 and final[i + 1] != CLEAN and group[i] != group[i + 1]
                    and page.seg.block_end[i] == page.seg.block_start[i + 1]
                    and (i == blocks.start or SENTENCE_END.search(page.block_text(i - 1)) is not None)
                )

            foreign_words = [i for i in blocks if foreign[i - blocks.start] or link(i) or url_list(page, i) is not None]
            for order, step in ((foreign_words, -1), (foreign_words[::-1], 1)):
                for i in order:
                    if final[i] == CLEAN and blocks.start <= i + step < blocks.stop and final[i + step] != CLEAN:
                        rev.take(i, label, score * spam_weight / total)
        for i in range(blocks.start + 1, blocks.stop - 1):
            if final[i] == CLEAN and final[i - 1] != CLEAN and final[i + 1] != CLEAN:
                # Short, in a script foreign to the page, or not clearly clean: between two spam
                # blocks, that is the injection's own words ("пассивный доход" between two casino
                # domains in a Greek sentence, "сіаліс купити," 0.88 between two runs of casino
                # addresses in a Ukrainian one, an SEO pitch's middle sentence "Вечные ссылки,
                # крауд-маркетинг…" 0.07 between its two removed ones), not the host's, whose
                # sentences read clearly clean.
                foreign = int(profile.block_group[i]) not in profile.home_groups
                leans = spam_prob is not None and spam_prob[i] >= params.clearly_clean
                if profile.block_letters[i] < params.short_block or foreign or leans:
                    rev.take(i, label, min(rev.conf[i - 1], rev.conf[i + 1]))
    pitch_ends(rev, k, params)
    take_last_items(rev, k, params)
