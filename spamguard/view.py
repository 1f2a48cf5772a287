"""Classifier scores -> what the decision reads for each block, once context is taken into account.

The model scores every block, line, clause, script run, list run and piece of a page (``ModelScores``);
``classifier_view`` picks, for each block, the reading that speaks for it (its own, its line's,
its run's, its paragraph's, the list inside its line's or its strongest clause's), and ``page_for_rules`` profiles the page
without the text the classifier already calls certain spam, so the rules judge its home scripts
as a second cleaning would.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from .clauses import blocks_with_clauses, described_blocks
from .contact import has_contact
from .glossary import lesson_runs
from .introduced import introduced_items
from .lines import LIST_ITEMS, SENTENCE_END, line_is_list, line_is_prose, menu_blocks
from .named import named_blocks
from .page import Page
from .params import DecisionParams
from .price_lists import read_as_goods
from .profile import profile_page
from .quotes import quoted_blocks
from .report_words import page_reports_on
from .reported import reported_blocks
from .scripts import LATIN
from .segment import Segmentation, run_starts, sum_by_line
from .spelled_runs import spelled_blocks
from .spliced_sentences import SPLICED_SPAM
from .stretch_readings import with_stretch_readings
from .subject import subject_sentences
from .tacked_words import list_heads, stopless_tails

if TYPE_CHECKING:  # the model module imports this one
    from .model import LinearModel


@dataclass(frozen=True)
class ModelScores:
    """Classifier probabilities for a page: ``labels[0]`` is ``"clean"``."""

    labels: tuple[str, ...]
    block: np.ndarray  # (n_blocks, n_labels)
    line: np.ndarray  # (n_lines, n_labels)
    clause: np.ndarray | None = None  # (n_blocks, n_labels): each block's most spam-like part (a clause, its addresses' words)
    run: np.ndarray | None = None  # (n_runs, n_labels): each script run (``PageProfile.block_run``)
    piece: np.ndarray | None = None  # (n_pieces, n_labels): each piece (``Segmentation.block_piece``)
    page: np.ndarray | None = None  # (n_labels,): the whole page read as one text
    piece_rest: np.ndarray | None = None  # (n_pieces, n_labels): each piece without its certain-spam sentences
    paired: np.ndarray | None = None  # (n_blocks, n_labels): the two sentences a block makes a certain pitch with, NaN elsewhere
    quoted: np.ndarray | None = None  # (n_blocks,): quoted in the host's prose (``quotes.quoted_blocks``)
    # (n_blocks, n_labels): each block's list run (``Segmentation.block_list_run``) read as one text of its
    # items (``list_items``; a run with none of them reads as nothing, the model's bias)
    list_run: np.ndarray | None = None
    # (n_blocks, n_labels): the stretch read whole a block belongs to, NaN elsewhere
    # (``stretch_readings``: a spliced sentence, spam glued inside a Chinese or Japanese sentence, a
    # keyword list across a sentence's separators, a pitch's sentence parted around its address)
    spliced: np.ndarray | None = None
    # (n_stretches, 2): start and end of each stretch of ``glued_runs`` and ``separated_runs``, whose
    # edges inside a block are cut for the next look
    glued: np.ndarray | None = None
    # (n_blocks,): each block's summed n-gram evidence for its likeliest spam category over clean,
    # before the division by the square root of its n-gram count: what a sure phrase brings to a
    # long sentence that its reading dilutes
    evidence: np.ndarray | None = None


def list_lines(page: Page) -> np.ndarray:
    """Whether each line is a list of short items ("a | b | c"); only lines of 3+ pieces can be
    (cheap gate: sentences of one piece are no items). The rule ``keyword_list`` asks for more
    items before it counts as evidence."""
    seg = page.seg
    first_of_piece = run_starts(seg.block_piece) if seg.n_blocks else np.zeros(0, dtype=np.int64)
    per_line = np.bincount(seg.block_line[first_of_piece], minlength=seg.n_lines)
    out = np.zeros(page.seg.n_lines, dtype=bool)
    for k in np.flatnonzero(per_line >= LIST_ITEMS):
        out[k] = bool(page.cached("items", int(k), lambda line: line_is_list(page, line, LIST_ITEMS)))
    return out


def list_items(page: Page) -> np.ndarray:
    """Whether each block is an item of a list inside its line: a run of ``LIST_ITEMS`` or more
    blocks that list separators join (``Segmentation.block_list_run``). The run's first and last
    blocks count only when they hold no more words than its longest inner item (or two) and no
    clause mark or closing stop: a longer one is the host's words that the list was slipped
    between, with the list's first or last item glued on ("...ومن يضلل فلا زيادة متابعين
    انستقرام | ..."), which the list's reading must not take along.

    >>> page = Page.from_text("We open later now. slot gacor | togel | bandar bola | judi online\\nHome | Contact")
    >>> [(page.seg.block_text(i), bool(item)) for i, item in enumerate(list_items(page))]
    [('We open later now. slot gacor', False), ('togel', True), ('bandar bola', True), ('judi online', True), ('Home', False), ('Contact', False)]
    """
    seg = page.seg
    run = seg.block_list_run
    size = np.bincount(run)[run] if seg.n_blocks else np.zeros(0, dtype=np.int64)
    out = size >= LIST_ITEMS
    if not out.any():
        return out
    starts = run_starts(run)
    edge = np.zeros(seg.n_blocks, dtype=bool)
    edge[starts] = True
    edge[np.append(starts[1:] - 1, seg.n_blocks - 1)] = True
    out[edge & blocks_with_clauses(seg)] = False
    words = np.zeros(seg.n_blocks, dtype=np.int64)
    for i in np.flatnonzero(out).tolist():
        text = seg.block_text(i)
        words[i] = len(text.split())
        if edge[i] and SENTENCE_END.search(text):
            out[i] = False
    inner = np.zeros(int(run[-1]) + 1, dtype=np.int64)
    np.maximum.at(inner, run[out & ~edge], words[out & ~edge])
    return out & (~edge | (words <= np.maximum(inner[run], 2)))


@dataclass(frozen=True)
class ClassifierView:
    """What the classifier says of each block once its line is taken into account.

    Attributes:
        spam_prob: spam probability of each block (its own, or its line's; see ``view``).
        category: index into the model's labels of each block's most likely spam category.
    """

    spam_prob: np.ndarray
    category: np.ndarray
    line_spam: np.ndarray | None = None
    quoted: np.ndarray | None = None  # blocks quoted in the host's prose, as the scores found them


def classifier_view(page: Page, scores: ModelScores, params: DecisionParams) -> ClassifierView:
    """A short block ("A18", "Sex") says little on its own: its line speaks for it. The items of a
    list line are one unit too, so they take the line's score when it is higher (not a block of a
    sentence's words as long as a line that no separator joins to another: the host's words a list
    was glued to across a change of script). A block that is
    itself clearly clean keeps its own score, so a spam item on its line cannot drag it in. Outside
    running prose, a block takes the score of its most spam-like clause when that is higher
    (``ModelScores.clause``): a pitch's strong phrase is not diluted by the words around it. The
    sentences of a paragraph take the paragraph's score, except those that read as clean on their
    own (under ``sentence_clean``) or as certain spam (``sentence_spam`` and up; ``spam_threshold``
    and up for one saying how to reach a seller, ``contact.has_contact``): one injected
    sentence neither takes its paragraph with it nor hides in it. Where a paragraph has such a
    certain-spam sentence and its other sentences read together as clean without it (under
    ``rest_clean``), they take that reading instead. The blocks of a sentence spliced between two
    of the host's words (``spliced_sentences``) keep the stretch's reading whole from
    ``SPLICED_SPAM`` up, whatever their paragraph reads."""
    block_probs = scores.block
    line_of = page.seg.block_line
    if scores.clause is not None:
        # A pitch's strong phrase counts on its own, except in running prose, where news and
        # advice about spam name it inside an ordinary sentence.
        boosted = np.flatnonzero(scores.clause[:, 0] < scores.block[:, 0])
        keep = [i for i in boosted if not page.cached("prose", int(line_of[i]), lambda j: line_is_prose(page, j))]
        if keep:
            block_probs = scores.block.copy()
            block_probs[keep] = scores.clause[keep]
    if scores.paired is not None:
        # two sentences of a pitch that are certain spam together are read together
        paired = ~np.isnan(scores.paired[:, 0])
        block_probs = np.where(paired[:, None], scores.paired, block_probs)
    spliced = np.zeros(len(block_probs), dtype=bool)
    if scores.spliced is not None:
        # a sentence spliced between two of the host's words is read whole, apart from its paragraph
        spliced = 1.0 - np.nan_to_num(scores.spliced[:, 0], nan=1.0) >= SPLICED_SPAM
        block_probs = np.where(spliced[:, None], scores.spliced, block_probs)
    block_spam = 1.0 - block_probs[:, 0]
    context = scores.line[line_of]
    foreign_run = np.zeros(len(block_spam), dtype=bool)
    if scores.run is not None:
        # A list injected into a line of prose in another script ("...индекс вырос 催情药丨代孕丨
        # 减肥药 только в одном месте...") is judged as the run of its own script, not diluted
        # by the prose around it, and so is a run of one short block ("首存送" in a Welsh
        # sentence), except in Latin letters, which in a line of another script are most often a
        # name or a brand ("新款 Galaxy 手机"); a run in the line's own script is the line's.
        runs = page.profile.block_run
        run_probs = scores.run[runs]
        foreign_run = page.profile.run_group[runs] != page.profile.line_group[line_of]
        alone = np.bincount(runs)[runs] == 1
        latin = page.profile.run_group[runs] == LATIN
        # and the other way: the host's own words in another script on a line that spam holds
        # (a footer's "無断転載を禁じます。" after a list of replica keywords) read as what they are
        own_reading = (run_probs[:, 0] < context[:, 0]) | (1.0 - run_probs[:, 0] < params.sentence_clean)
        by_run = foreign_run & (~alone | ~latin) & own_reading
        context = np.where(by_run[:, None], run_probs, context)
    context_spam = 1.0 - context[:, 0]
    short = page.weighted_letters < params.short_block
    in_list = list_lines(page)[line_of]
    if in_list.any():
        # A line long block of a list line that no separator joins to another is the host's
        # sentence the list was glued to across a change of script ("… | Official Site" + "אף היא
        # לגירוי בלוטת…"), not an item: it keeps its own reading.
        run, seg = page.seg.block_list_run, page.seg
        lone = (np.bincount(run)[run] == 1) & (page.weighted_letters >= params.short_line_letters)
        for b in np.flatnonzero(lone & in_list).tolist():
            in_list[b] = seg.text.count(" ", int(seg.block_start[b]), int(seg.block_end[b])) < 2
    # The sentences of a piece of text (a paragraph) are read together, as the piece was before
    # it was cut into sentences; but a sentence that reads as clean on its own keeps its score, so
    # a paragraph's own sentences stay when one injected sentence makes it read as spam, and so
    # does one that reads as certain spam, which its paragraph's clean sentences would dilute.
    # A sentence in another script than its line's is its run's, not its paragraph's.
    sentence = np.zeros(len(block_spam), dtype=bool)
    if scores.piece is not None:
        # A sentence that a list separator ends, more items following it on its line, is the
        # list's first item glued after a stop ("...sebesar Rp 8,5 miliar. togel hongkong |
        # togel singapore | ..."), not the paragraph's.
        # A sentence in the page's own script is a sentence of its paragraph though another
        # script's run holds more of its line (a host's paragraph that a line of addresses runs on
        # from: "...完全室内飼いをするのに良くないのでは？ ダイエット茶 即効  https://...").
        home = np.isin(page.profile.block_group, list(page.profile.home_groups))
        sentence = page.seg.block_sentence & ~short & ~(foreign_run & ~home) & ~page.seg.block_opens_list
        piece = scores.piece
        if scores.piece_rest is not None:
            # what a paragraph's other sentences say without its certain-spam one, when that is
            # clean: a host sentence the injection was glued to is not taken along with it
            rest_clean = 1.0 - scores.piece_rest[:, 0] < params.rest_clean
            piece = np.where(rest_clean[:, None], scores.piece_rest, scores.piece)
        context = np.where(sentence[:, None], piece[page.seg.block_piece], context)
        context_spam = 1.0 - context[:, 0]
    stands_out = (block_spam < params.sentence_clean) | (block_spam >= params.sentence_spam)
    # and one over the spam threshold that says how to reach a seller: the seller's pitch, which its
    # paragraph's words do not speak for ("…，隐私发货，加微信立即购买。" 0.955 alone, 0.02 with them)
    pitch = np.flatnonzero(sentence & ~stands_out & (block_spam >= params.spam_threshold)).tolist()
    stands_out[pitch] = [has_contact(page.block_text(b)) for b in pitch]
    keeps_own = (block_spam < params.clearly_clean) | (sentence & stands_out) | spliced
    # words spelled out letter by letter ("p i k p i k p i k") are written for the filter: they
    # speak for themselves, however short, and their line's or paragraph's words do not speak for them
    keeps_own |= spelled_blocks(page, ~keeps_own)
    # Words tacked after a paragraph's last stop ("…隔海相望。 激情影片 做愛影片"), or a keyword list
    # tacked in front of its next sentence ("…行ってきました。" | "スーパーコピー 時計" | "部屋に…"),
    # are no sentence of the paragraph's: they read as spam on their own at the spam threshold.
    tacked = sentence & (block_spam >= params.spam_threshold)
    keeps_own |= stopless_tails(page, tacked) | list_heads(page, tacked) if tacked.any() else tacked
    use_context = ~keeps_own & (short | sentence | (in_list & (context_spam > block_spam)))
    spam_prob = np.where(use_context, context_spam, block_spam)
    # The items of the site's own menu are links each to a page of its own, read as the lesser of
    # their own reading and their menu's: one that reads clean alone stays clean beside a hacked
    # menu's item ("Our Bread", 0.09, in "Home | Our Bread | Casino Online | Contact", 0.98), and
    # one of the site's subject keeps its menu's reading ("Casino" in a casino hotel's menu).
    menu_item = menu_blocks(page, use_context & short & (context_spam > block_spam))
    spam_prob = np.where(menu_item, block_spam, spam_prob)
    category = np.where(use_context[:, None], context, block_probs)[:, 1:].argmax(axis=1) + 1
    if scores.list_run is not None:
        # The items of a list inside a line are one unit too, as a list line's are: a keyword
        # list after a paragraph's last sentence ("...疑問ですよね。 即日融資 審査なし｜情報商材｜
        # 当選しましたの専門店") goes whole when it reads as spam, though its items alone say little
        # (0.10, 0.22) and the line, mostly prose, reads clean.
        run_spam = 1.0 - scores.list_run[:, 0]
        by_list = (block_spam >= params.clearly_clean) & (run_spam > spam_prob) & ~menu_item
        by_list &= list_items(page) if by_list.any() else by_list
        spam_prob = np.where(by_list, run_spam, spam_prob)
        category = np.where(by_list, scores.list_run[:, 1:].argmax(axis=1) + 1, category)
    return ClassifierView(spam_prob, category, 1.0 - scores.line[:, 0], scores.quoted)


def page_scores(page: Page, model: LinearModel, params: DecisionParams) -> ModelScores:
    """The classifier's readings of a page as the detector decides with them: its blocks, lines,
    runs and pieces, each piece without its certain-spam sentences (``params.sentence_spam``) and
    quotations (``quotations_of``) read as its other sentences, not the pieces too short to be one
    (``params.short_block``: a keyword run's items glued after a host's stop), each list run read
    as its items (``list_items``), and each
    stretch of several blocks read whole (``stretch_readings``: a sentence spliced between two of
    the host's words, spam glued inside a Chinese or Japanese sentence across several of its
    blocks, a keyword list dropped into a sentence of a spaced script across the blocks its
    separators part, a pitch's sentence parted around its web address); a shop's price list reads
    as its goods do (``price_lists``)."""
    members = list_items(page) if page.seg.block_opens_list.any() else None
    quoted = quotations_of(page, params, model)

    def read(seg: Segmentation) -> ModelScores:
        return model.score(seg, page.profile.block_run, params.sentence_spam, quoted, members,
                           fragments=page.weighted_letters < params.short_block)

    return with_stretch_readings(page, model, params, read_as_goods(page, read, read(page.seg)))


def on_topic(model: LinearModel, cps: np.ndarray, run: tuple[np.ndarray, np.ndarray], host: tuple[np.ndarray, np.ndarray],
             share: float) -> bool:
    """Whether the ``host`` spans (starts, ends), read whole, put ``share`` of their leaning to
    spam's categories on the category the ``run`` spans read as together (a share, not a spam
    probability: a host reads clean): news and warnings talk about what they name."""

    def leaning(spans: tuple[np.ndarray, np.ndarray]) -> np.ndarray:
        sums, counts = model.span_sums(cps, spans[0], spans[1])
        return model.probabilities(sums.sum(axis=0, keepdims=True), counts.sum(keepdims=True))[0, 1:]

    around = leaning(host)
    return bool(around[leaning(run).argmax()] >= share * around.sum())


def page_on_topic(page: Page, model: LinearModel, params: DecisionParams, a: int, z: int) -> bool:
    """Whether the page's text around ``text[a:z]``, read whole, puts ``params.topic_share`` of its
    leaning to spam's categories on the category ``text[a:z]`` reads as (a share, not a spam
    probability: a host reads clean): news on a police raid on gambling sites names "สล็อต
    และหวยออนไลน์" (slots and online lottery) under a headline and sentences on the same subject,
    where a slot run injected into a temple's news or a recipe has none around it."""
    around = (np.array([0, z]), np.array([a, len(page.text)]))
    return on_topic(model, page.seg.cps, (np.array([a]), np.array([z])), around, params.topic_share)


def quotations_of(page: Page, params: DecisionParams, model: LinearModel) -> Callable[[np.ndarray, np.ndarray], np.ndarray]:
    """What ``LinearModel.score`` sets apart as quoted, given each block's and each line's spam
    probability: the blocks quoted in the host's prose (``quotes.quoted_blocks``; a block holding
    a whole quotation when its words outside it read under ``params.rest_clean``) on lines that
    lean towards spam at all, the line or one of its blocks at ``params.sentence_clean`` (a
    sentence under it keeps its own reading, so a quotation there changes nothing); and the
    sentences leaning so that name spam only in a describing clause, their other clauses reading
    under ``params.rest_clean`` (``clauses.described_blocks``: news on sites "che vendevano
    Viagra e Cialis senza ricetta"), which the host reports as it quotes; and the items of a bare
    list leaning so that a sentence of the host's reading under ``params.sentence_clean``
    introduces with a colon, on a page whose other text leans to the list's category by
    ``params.topic_share`` (``introduced.introduced_items``: a regulator's list of the sites it
    blocked); and a lesson's lines of a term and its translation whose topic a word of the page's
    own text names (``glossary.lesson_runs``); and the sentences leaning so that say the page's
    subject, a word of theirs loaded with their category being said by the page's text that does not lean to spam
    (``subject.subject_sentences``: an encyclopedia's definition of online gambling); and the
    sentences leaning so that report a third party's promise (``reported.reported_blocks``: "The
    apps promise instant cash loans..." in news about loan-shark apps); and the pieces of a Chinese
    or Japanese sentence set apart by a change of script or a gap, on a page that uses the words
    news uses about their category (``named.named_blocks``: the address of a gambling ring's site
    in police news)."""

    def reads_clean(spans: list[tuple[int, int]]) -> bool:
        if not spans:
            return False
        sums, counts = model.span_sums(page.seg.cps, np.array([a for a, _ in spans]), np.array([z for _, z in spans]))
        return bool(1.0 - model.probabilities(sums.sum(axis=0, keepdims=True), counts.sum(keepdims=True))[0, 0] < params.rest_clean)

    def same_topic(run: list[int], rest: list[int]) -> bool:
        seg = page.seg
        lines = (seg.line_start[run], seg.line_end[run])
        return bool(rest) and on_topic(model, seg.cps, lines, (seg.line_start[rest], seg.line_end[rest]), params.topic_share)

    def reported_around(b: int) -> bool:
        a, z = int(page.seg.block_start[b]), int(page.seg.block_end[b])
        # read only on a page that reports on some kind of spam: a page of one long line of list
        # items has a candidate piece at every separator
        if not any(page_reports_on(page, label, a, z) for label in model.labels[1:]):
            return False
        sums, counts = model.span_sums(page.seg.cps, np.array([a]), np.array([z]))
        label = model.labels[1 + int(model.probabilities(sums, counts)[0, 1:].argmax())]
        return page_reports_on(page, label, a, z)

    def quoted(block_spam: np.ndarray, line_spam: np.ndarray) -> np.ndarray:
        leaning = block_spam >= params.sentence_clean
        lines = line_spam >= params.sentence_clean
        lines[page.seg.block_line[leaning]] = True
        return (
            quoted_blocks(page, params.short_line_letters, lines, reads_clean)
            | described_blocks(page, leaning, params.short_line_letters, reads_clean)
            | introduced_items(page, lines, line_spam < params.sentence_clean, same_topic)
            | lesson_runs(page, model, lines, line_spam < params.sentence_clean)
            | subject_sentences(page, leaning, block_spam, model)
            | reported_blocks(page, leaning)
            | named_blocks(page, leaning, reported_around)
        )

    return quoted


CERTAIN_SPAM = 0.9  # a classifier score at which text no longer says what the page is written in


def page_for_rules(page: Page, view: ClassifierView | None) -> Page:
    """The page with its home scripts taken from the text that is not already certain spam.

    A large injected block can make its own script look like one of the page's (English pharma
    lines under a Japanese blog); left in, the page's next cleaning, without that block, would
    judge the rest differently. Profiled without it, one cleaning sees what the second would.
    """
    if view is None:
        return page
    certain = view.spam_prob >= CERTAIN_SPAM
    if not certain.any():
        return page
    # A line that is mostly certain spam goes whole: its leftovers ("首页", "app") are spam's too.
    seg, letters = page.seg, page.profile.block_letters
    mostly = sum_by_line(seg, letters * certain) > 0.5 * sum_by_line(seg, letters)
    return Page(seg, profile_page(seg, ignore=certain | mostly[seg.block_line]))
