"""The decision's knobs and the weight of each kind of rule evidence.

The shipped model's JSON header carries the values tuned on dev data; ``spamguard.decide`` and
``spamguard.revise`` read them.

>>> DecisionParams.from_dict({"spam_threshold": 0.85, "unknown": 1}).spam_threshold
0.85
"""

from __future__ import annotations

from dataclasses import dataclass

from .reasons import Reason

CLEAN = "clean"
INJECTED = "injected"  # label of a block removed by rules alone, with no category known

# How much each kind of evidence counts; strengths are in [0, 1].
REASON_WEIGHTS: dict[Reason, float] = {
    Reason.FOREIGN_SCRIPT: 1.0,
    Reason.KEYWORD_LIST: 0.6,
    Reason.KEYWORD_REPETITION: 0.6,
    Reason.URL_LIST: 0.6,
    Reason.INVISIBLE_CHARS: 0.5,
    Reason.OBFUSCATED_TEXT: 0.6,
    Reason.AFTER_FOOTER: 0.4,
    Reason.CONTACT_CHANNEL: 0.2,
    Reason.HIDDEN_LETTERS: 0.6,
    # a place, not a sign: it lifts the prose threshold but adds no support, so a line above a
    # menu still needs the spam threshold and a short one there (a site's name) stands alone
    Reason.ABOVE_MENU: 0.0,
    Reason.REPEATED_PHRASE: 0.6,
    # the shape alone, with the stretch's own reading (``spliced_sentences.SPLICED_SPAM``): the
    # support that removes it at ``supported_threshold``
    Reason.SPLICED_SENTENCE: 0.5,
}


@dataclass(frozen=True)
class DecisionParams:
    """Thresholds of the decision; the shipped model's header carries values tuned on dev data.

    Attributes:
        spam_threshold: classifier spam probability that removes a block on its own.
        supported_threshold: lower probability that removes a block when rules add evidence.
        support_evidence: rule evidence (weighted strengths) needed for the lower threshold.
            Another script does not count towards it on a line of running prose written mostly
            in Latin letters on a page in other scripts: pages quote and cite in other languages
            in whole sentences, most often in Latin letters.
        stuffed_threshold: classifier probability that removes a block of a line repeating the
            same words as stuffing does (``keyword_repetition`` at ``first_pass.STUFFED_REPETITION``):
            stuffing is the spammer's structure, so an unseen phrase stuffed ten times needs only a
            lean towards spam.
        rules_only_evidence: evidence besides ``foreign_script`` that, with a strong enough
            foreign run (``rules_only_foreign``), removes it on rules alone.
        rules_only_foreign: strength of the ``foreign_script`` finding needed for that.
        rules_veto: with a classifier, rules alone remove a block only when its spam
            probability is at least this (an English menu on a Russian page is foreign and a
            list, and the classifier knows it is a menu).
        rules_override_evidence: evidence besides ``foreign_script`` at which a block of a
            foreign run of at least ``short_block`` letters (its script's stretch of the line,
            ``PageProfile.block_run``) goes whatever the classifier says: two kinds of
            stuffing structure at once (a repeated list after the footer) are not a menu, and the
            classifier knows little of some languages' spam (Arabic replica lists on a Chinese
            page).
        rules_override_repetition: strength of ``keyword_repetition`` at which a foreign run of
            at least ``short_block`` letters goes whatever the classifier says, as with
            ``rules_override_evidence``: a phrase in another script stuffed over and over into a
            line ("وام فوری وام فوری وام فوری ...") is no menu, and the classifier may not know it.
        short_block: blocks with fewer letters than this take their line's classifier score.
        short_line_threshold: a short line ("Buy Now", a URL, a title) with no rule evidence goes
            only at this classifier probability: it says too little to risk legitimate text.
        short_line_letters: lines with fewer letters than this count as short for that (a letter
            of a script written without spaces counting three: a footer of ten Han characters,
            "中国体育彩票官方信息", is as short as a title of thirty Latin letters).
        line_majority: share of a line's letters that, once spam, takes the whole line.
        neighbour_threshold: classifier probability at which a block next to a removed line
            goes with it (spam comes in runs), and at which a block of a line that has spam and
            that the classifier, reading the line as one unit, scores at ``spam_threshold``
            goes with the line's spam.
        prose_neighbour_threshold: ``neighbour_threshold`` for a line of running prose
            (``lines.line_is_prose``) next to a removed line: a host's own sentence leans half-way
            to spam by chance, next to the spam as anywhere (a Portuguese recipe's steps 0.51-0.62
            as adult above a loan pitch or a casino's addresses, a Russian ice rink's prices 0.71
            as pharma above casino anchors), where a pitch's own sentences read higher (0.76-0.88
            on the fixtures). Chosen by hand, not tuned (``python -m training.fixed_params
            neighbour``, 2,127 fixtures): with the shipped model 0.5 reads them at 98.03%
            precision and fails four that 0.75 passes (a host's sentence taken along), 0.65 at
            98.31% and fails one, 0.75 at 98.39%, recall 89.47% for all three; 0.85 loses an essay
            pitch's follow-up sentences (0.79) and a replica shop's sales line (0.83), recall
            89.27%. With the held-out model 0.75 against 0.5: precision 97.84% to 98.14%, recall
            86.88% to 86.70% (three pitches' first lines). Dev, test, inline and Chinese and
            Japanese pages the same from 0.65 to 0.85 (scratch measurement, 65th session).
        between_threshold: lower probability at which a line between two removed lines goes
            with them: spam on both sides is stronger context than on one.
        follow_up_threshold: lower probability at which a line next to a removed line goes
            with it when more of its words are the removed spam's than the rest of the page's
            (``topic.RemovedWords``): a pitch's follow-up in plain words that talks about what
            it sells (one that shares no word with it is ``category_follow_up``'s).
            Counted by hand over the neighbours of removed lines on the fixtures and held-out
            pages: ten spam lines at 0.2 and over leaned so (six at 0.3), and no host line at
            0.2 and over.
        category_follow_up: lower probability at which the line after a removed line that
            reads as spam as a whole goes with it when it leans to that line's category
            (``follow_ups.continues_pitch``): a pitch's next sentence in plain words shares no
            word with it ("Auch ohne Verifizierung, Einzahlung bequem per Paysafecard.", 0.47
            gambling, under a casino line). Chosen by hand over the lines after removed ones on
            the fixtures and the scratch held-out, inline and Chinese and Japanese pages (73rd
            session): a pitch's next line leaning so read 0.29-0.71 (six of eight at 0.47 and
            over), a host's line 0.24-0.30 (a university's notices after "slot gacor" lines as
            gambling, a recipe's step after an adult keyword line), and 0.72 after a line whose
            host sentence the spam was glued into (which does not read as spam as a whole).
        spam_page_share: share of a page's letters that, once removed, makes it a spam page
            whose remaining short lines (title), menus and footer line, however long, go too;
            its menus and footer line are not counted in the share.
            0.7: a brand-copy shop's last lines ("free shipping nationwide", "contact us on
            LINE") read as clean and were a quarter of its letters (``fixtures/pages/blind6_ja_whole_copy_shop.txt``).
        spam_page_threshold: classifier probability at which a line counts as leaning towards
            spam for a page that is spam throughout: when such lines (two or more, of at least
            ``short_block`` letters) and lines already removed hold ``spam_page_share`` of the
            page's letters in those lines, they all go, whatever their own thresholds (a casino
            page's title just under the short-line threshold and its sales sentences under the
            prose threshold were each kept on their own). 0 turns it off.
        spam_page_rest: spam probability at which each long line left on a page that is spam
            throughout (``spam_page_share`` of its letters removed) goes too: a spam site's own
            sales sentences ("Deposit via pulsa, DANA, OVO ... hanya 1 menit.", 0.29) read under
            the thresholds that news about spam needs. Chosen on the twenty-second blind check's
            whole spam sites (written before it) and against 1,402 pages made of a hard-negative
            fixture on spam's topics under a same-size-and-a-half injection of fixture spam: 0.2
            took the last lines of 2 of 6 sites and the host of 4 of those pages (one host, a
            Japanese page quoting the FDA on Viagra, 0.2+); 0.1 took 9; 0.3 took no site. No dev,
            test or real page changed at 0.05-0.2. With the injection before the host too (9,448
            pages, ``python -m training.fixed_params hosts``; the twentieth session's models, code
            and fixtures), the page-level steps take 104 more pages' host text with the held-out
            model and 85 with the shipped one, all of four hosts (that Japanese page, a Korean
            counselling centre's menu and two Vietnamese lottery pages, whose lines read 0.4 as
            gambling); without them 429 and 513 pages lose host text (767 with the nineteenth
            session's held-out model, before the pharmacy and casino-resort lines of
            ``training/shop_lines.py``). 0 turns it off.
        spam_site_threshold: spam probability of the whole page, read by the classifier as one
            text, at which a page with spam removed is a spam site when every line of text left
            leans towards spam (``spam_site_rest``; menus and the footer line go along), though
            less than ``spam_page_share`` of it is removed yet: a site's own sales sentences read
            under the prose threshold one by one. With the shipped model (the twentieth
            session's weights and fixtures), pages spam throughout read 0.9998 and up as a whole
            (the median 1.0) and hard negatives at most 0.91; real pages and clean dev pages at
            most 0.70 and 0.002 (held-out model: 0.9996, 0.975, 0.16, 0.026): the margin on hard
            negatives is thin, and the lines left decide (see ``spam_site_rest``). A host page
            with an injection can read 0.999+ as a whole, so its own text decides (see the host
            guard under ``spam_page_rest``). A page whose spam opens and closes its text (its first
            and last lines of text mostly removed: ``revise._framed``) is read as one block
            instead, a spam site at ``spam_threshold``: a plain-worded site's page reads 0.93-0.99
            as a whole, and a host keeps a line of its own above or below an injection, or its
            title between two.
            0 turns it off. ``python -m training.fixed_params`` prints these figures.
        spam_site_rest: spam probability each line of text left on a spam site must reach.
            Chosen on the twenty-second blind check's whole sites (a Russian casino's last
            sentence read 0.19, a Vietnamese loan site's 0.08-0.49) with the guard above.
        prose_threshold: classifier probability a line of running prose in the page's own
            script (a long statement, not a list) needs before the classifier, with or without
            rule support, removes it: news and advice about spam use its words, in sentences.
            Not after the page's footer: what follows the copyright line is not its content;
            nor for a line that gives a way to reach the seller, or whose words are disguised
            (masked, styled or look-alike letters).
        disguised_line_letters: a line of at most this many letters (a letter of a script written
            without spaces counting ``scripts.DENSE_WEIGHT``, 3) on which a removed block is
            disguised (styled, mixed-script or spaced-out letters, invisible characters) goes
            whole, as far as it is written in the disguised letters' script: a comment written
            around a disguised site name is the spammer's throughout (not a menu, nor the host's
            plain words around a disguised pitch: ``disguised_lines``).
        outlier_threshold: classifier probability at which a line goes when it stands out from its
            page (``outlier_line``): it has at least ``outlier_line_letters`` letters, is not a
            sentence of running text, and every other line of at least ``short_block`` letters
            (two or more) is under ``outlier_page_clean``. A pitch written in ordinary words
            can score high but under the spam threshold where the page around it scores next to
            nothing; news and advice about spam's topics use its words on more than one line.
            Lower values took real sentences that stand out (a truncated quote, a caption with a
            file name) on held-out pages. 0 turns it off.
        outlier_page_clean: spam probability under which every other line must stay for that.
        outlier_line_letters: letters a line needs to count as an outlier (titles and e-mail
            addresses stand out too, but they are short).
        offer_threshold: classifier probability at which the one line of a page that leans towards
            spam goes even as running prose (which otherwise needs ``prose_threshold``), when it
            says how to buy (a call to order, the seller's own "we ship", a contact:
            ``commerce.cues``) and no other line of the page says anything of buying or gives a
            price (``offer_line``): news that names spam's goods asks no one to order them.
            Chosen, not tuned (``python -m training.fixed_params offer``): with the shipped
            model, 0.9 gains two pitches of the fixtures (running prose, 0.93 and 0.97 in
            ``spamguard explain``) and loses none; 0.8 loses a safety institute's own guide for sale (``blind124_pt``), 0.7
            a bank's own card offer too (0.80), and 0.4, which gains six more pitches, a town
            hall's and a pharmacy's lines as well: the classifier's lean on a plain line that
            sells something is no evidence of spam.
        offer_line_letters: letters that line needs (50, as for the outlying line). 0 turns it off.
        testimonial_line_letters: letters (weighted, ``Page.weighted_letters``) the one line of a
            page that tells the writer's story and asks to be written to in private needs to go
            (``spamguard.testimonial``), on a page whose other lines say "I" nowhere: a staff
            member's short "write me at ..." is the host's. 0 turns it off.
        tail_threshold: classifier probability at which a block after the page's last footer line
            goes when its line is long (``short_line_letters`` or more): what follows the
            copyright line is not the page's content, and real pages keep mostly names, links
            and menus there (short lines). Chosen on dev pages and real pages, not tuned: on the
            tenth session's held-out model, 0.3 gave dev recall +1.0 points at the same
            precision and removed one more line of 487 real pages (a headline link after a
            footer); 0.1 gave +1.8 but new lines on 8 real pages, content among them. 0 turns
            it off.
        short_tail_threshold: the same for a short line after the footer ("bet now and win✅",
            "日赚千元★"): real footers keep links and names there, which read as clean. Chosen,
            not tuned: on the seventeenth session's held-out model (eighteenth session's code),
            0.5 gave +0.17 points of recall on dev pages and +0.13 on test pages at the same
            precision, no fixture changed, nothing more removed from real pages (0.6 and 0.7
            gave a little less). 0 turns it off.
        contact_threshold: classifier probability at which a block that says how to reach
            someone (``contact_channel``: a messenger, a phone number, an e-mail address) goes:
            a sentence leaning to spam that ends in "contact us on Zalo" is a seller's pitch.
            Chosen from the distributions, not tuned: on the eleventh session's held-out model,
            such blocks left on dev pages read 0.51-0.67 when spam and at most 0.06 when clean;
            on 487 real pages and the fixtures, kept clean ones read at most 0.31 (a newsletter's
            Telegram channel) and 0.16 (a pharmacy's phone line). With the threshold in place and
            the seventeenth session's held-out model (nineteenth session's code),
            ``python -m training.fixed_params contact`` finds one spam block with a contact
            channel kept on dev pages (the one word "Telegram!", 0.10), and clean ones kept at most
            at 0.39 on dev pages (a two-word Bulgarian fragment), 0.20 on real pages and 0.22 on
            the fixtures (a Chinese shop's "add our WeChat" line); with the shipped model 0.02, 0.09
            and 0.27 (a pharmacy's phone line). The twentieth session's held-out model keeps three
            spam blocks with a contact channel on dev pages (at most 0.35: "Telegram!") and clean
            ones at most at 0.04, 0.12 and 0.26 (a night market's opening hours); the shipped one
            0.04, 0.26 (an editor's e-mail address) and 0.24. 0 turns it off.
        clearly_clean: a block whose own spam probability is under this keeps its own score,
            and is not taken along by spam of another script on its line.
        sentence_clean: a sentence whose own spam probability is under this keeps its own score,
            though the paragraph it was cut from reads as spam (one injected sentence); the other
            sentences of a paragraph take the paragraph's score, as the paragraph was one block.
        sentence_spam: a sentence whose own spam probability is at least this keeps its own
            score, though its paragraph reads as clean (one injected sentence in a paragraph of
            the page; the prose threshold still applies to it).
        rest_clean: the other sentences of a paragraph that has a sentence at ``sentence_spam``
            take the reading of the paragraph without that sentence, instead of the whole
            paragraph's, when it is under this: the host's sentence that an injection was glued
            to ("...untuk kerja-kerja menaik taraf longkang. Daftar togel online resmi, ...",
            0.10 on its own, just over ``sentence_clean``) stays, while a pitch's own tail
            ("Ultime scorte, ordina subito!" after a certain-spam sentence, 0.37) still reads
            with its paragraph. Chosen, not tuned: on the seventeenth session's held-out model,
            0.3 kept the host sentences of two fixtures (``blind9_ms_community_judi_inline``,
            ``blind18_id_kampus_slot_inline``) and lost 19 characters of 85,349 on the test
            pages (a tail, "Nhắn Zalo xem ảnh thật!", read 0.14); 0.2 kept one of the two
            fixtures' hosts; with no bound (every paragraph's rest read apart) test recall fell
            0.25 points (multi-sentence pitches whose other sentences read 0.77). 0 turns it off.
        topic_share: a bare list under a host's sentence that introduces it with a colon is
            mentioned (``introduced.introduced_items``) only when the rest of the page, read
            whole, puts at least this share of its leaning to spam's categories on the list's
            own category (eight categories: 0.125 is no leaning). Chosen, not tuned: with the
            shipped model, the news and warnings that list the sites or adverts they speak of
            (``blind106_*``, ``blind108_*``) put 0.29-1.0 there, link lists injected under a
            plain line of a library's page ("Useful links for our visitors:") 0.001-0.007; no
            held-out page has such a list at all. The same share keeps a run of phrases in a
            script that writes no stop (``phrase_runs.phrase_cuts``) when the page around it leans
            so to the run's category (police news on gambling sites naming "slots and online
            lottery"); on the held-out pages that kept no injected run and spared one host's
            phrase. Above 1 turns both off.
    """

    spam_threshold: float = 0.9
    supported_threshold: float = 0.5
    support_evidence: float = 0.5
    stuffed_threshold: float = 0.3
    rules_only_evidence: float = 0.3
    rules_only_foreign: float = 0.6
    rules_veto: float = 0.3
    rules_override_evidence: float = 0.7
    rules_override_repetition: float = 0.9
    short_block: int = 12
    short_line_threshold: float = 0.99
    short_line_letters: int = 33
    line_majority: float = 0.6
    neighbour_threshold: float = 0.5
    prose_neighbour_threshold: float = 0.75
    between_threshold: float = 0.5
    follow_up_threshold: float = 0.2
    category_follow_up: float = 0.4
    spam_page_share: float = 0.7
    spam_page_threshold: float = 0.6
    spam_page_rest: float = 0.2
    spam_site_threshold: float = 0.999
    spam_site_rest: float = 0.1
    clearly_clean: float = 0.03
    sentence_clean: float = 0.1
    sentence_spam: float = 0.99
    rest_clean: float = 0.3
    prose_threshold: float = 0.0
    disguised_line_letters: int = 150
    outlier_threshold: float = 0.8
    outlier_page_clean: float = 0.1
    outlier_line_letters: int = 50
    offer_threshold: float = 0.9
    offer_line_letters: int = 50
    testimonial_line_letters: int = 80
    tail_threshold: float = 0.3
    short_tail_threshold: float = 0.5
    contact_threshold: float = 0.4
    topic_share: float = 0.2

    @classmethod
    def from_dict(cls, d: dict[str, float]) -> "DecisionParams":
        known = {k: v for k, v in d.items() if k in cls.__dataclass_fields__}
        return cls(**known)  # type: ignore[arg-type]
