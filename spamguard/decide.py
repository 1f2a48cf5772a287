"""Block evidence -> decisions: a first-pass label per block, then revision by neighbours.

First pass (like jusText's ``classify_paragraphs``): each block is judged on its own evidence,
the classifier's spam probability (for short blocks, their line's) and the rule findings. Script
mixing alone never removes text; with no model loaded, a block goes only when a foreign-script run
comes with structural evidence (a keyword list, repetition, URLs, obfuscation, a place after the
footer). A single word alone on its line is a heading as often as spam: the classifier alone does
not remove it. The rules see the page's home scripts without the lines the classifier already
calls certain spam (``page_for_rules``), so one cleaning judges as a second would.

Revision (like jusText's ``revise_paragraph_classification``): spam comes in runs. A line whose
letters are mostly spam goes whole (a clearly clean run of another script stays, unless it is
glued to spam on both sides); a short or letterless block between two spam blocks of a line goes
with them; a likely-spam line next to a removed line, and a short or likely-spam line between two
removed lines, go too; and a page that is spam throughout loses its last short lines.

Both labels are kept for ``spamguard explain``.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .page import Page
from .profile import profile_page
from .reasons import Reason
from .rules import DENSE_GROUPS, Finding, line_is_list

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
}


@dataclass(frozen=True)
class DecisionParams:
    """Thresholds of the decision; the shipped model's header carries values tuned on dev data.

    Attributes:
        spam_threshold: classifier spam probability that removes a block on its own.
        supported_threshold: lower probability that removes a block when rules add evidence.
        support_evidence: rule evidence (weighted strengths) needed for the lower threshold.
        rules_only_evidence: evidence besides ``foreign_script`` that, with a strong enough
            foreign run (``rules_only_foreign``), removes it on rules alone.
        rules_only_foreign: strength of the ``foreign_script`` finding needed for that.
        rules_veto: with a classifier, rules alone remove a block only when its spam
            probability is at least this (an English menu on a Russian page is foreign and a
            list, and the classifier knows it is a menu).
        short_block: blocks with fewer letters than this take their line's classifier score.
        short_line_threshold: a short line ("Buy Now", a URL, a title) with no rule evidence goes
            only at this classifier probability: it says too little to risk legitimate text.
        short_line_letters: lines with fewer letters than this count as short for that.
        line_majority: share of a line's letters that, once spam, takes the whole line.
        neighbour_threshold: classifier probability at which a block next to a removed line
            goes with it (spam comes in runs).
        between_threshold: lower probability at which a line between two removed lines goes
            with them: spam on both sides is stronger context than on one.
        spam_page_share: share of a page's letters that, once removed, makes it a spam page
            whose remaining short lines (footer, title, menu) go too.
        clearly_clean: a block whose own spam probability is under this keeps its own score,
            and is not taken along by spam of another script on its line.
    """

    spam_threshold: float = 0.9
    supported_threshold: float = 0.5
    support_evidence: float = 0.5
    rules_only_evidence: float = 0.3
    rules_only_foreign: float = 0.6
    rules_veto: float = 0.3
    short_block: int = 12
    short_line_threshold: float = 0.99
    short_line_letters: int = 30
    line_majority: float = 0.6
    neighbour_threshold: float = 0.5
    between_threshold: float = 0.5
    spam_page_share: float = 0.8
    clearly_clean: float = 0.1

    @classmethod
    def from_dict(cls, d: dict[str, float]) -> "DecisionParams":
        known = {k: v for k, v in d.items() if k in cls.__dataclass_fields__}
        return cls(**known)  # type: ignore[arg-type]


@dataclass(frozen=True)
class ModelScores:
    """Classifier probabilities for a page: ``labels[0]`` is ``"clean"``."""

    labels: tuple[str, ...]
    block: np.ndarray  # (n_blocks, n_labels)
    line: np.ndarray  # (n_lines, n_labels)


@dataclass(frozen=True)
class Decisions:
    """Per-block outcome of the decision stage.

    Attributes:
        first_pass: label of each block judged on its own.
        final: label after revision by neighbours.
        score: spam confidence of each block in [0, 1].
        reasons: reason ids of each block (empty for clean blocks).
        findings: all rule findings of each block, removed or not (for ``explain``).
    """

    first_pass: list[str]
    final: list[str]
    score: np.ndarray
    reasons: list[tuple[str, ...]]
    findings: list[list[Finding]]

    @property
    def removed(self) -> np.ndarray:
        return np.array([lab != CLEAN for lab in self.final], dtype=bool)


def list_lines(page: Page) -> np.ndarray:
    """Whether each line is a keyword list; only lines of 4+ blocks can be (cheap gate)."""
    per_line = np.bincount(page.seg.block_line, minlength=page.seg.n_lines)
    out = np.zeros(page.seg.n_lines, dtype=bool)
    for k in np.flatnonzero(per_line >= 4):
        out[k] = bool(page.cached("list", int(k), lambda line: line_is_list(page, line)))
    return out


def _evidence(findings: list[Finding], skip: Reason | None = None) -> float:
    return sum(REASON_WEIGHTS[f.reason] * f.strength for f in findings if f.reason != skip)


@dataclass(frozen=True)
class ClassifierView:
    """What the classifier says of each block once its line is taken into account.

    Attributes:
        spam_prob: spam probability of each block (its own, or its line's; see ``view``).
        category: index into the model's labels of each block's most likely spam category.
    """

    spam_prob: np.ndarray
    category: np.ndarray


def classifier_view(page: Page, scores: ModelScores, params: DecisionParams) -> ClassifierView:
    """A short block ("A18", "Sex") says little on its own: its line speaks for it. The items of a
    list line are one unit too, so they take the line's score when it is higher. A block that is
    itself clearly clean keeps its own score, so a spam item on its line cannot drag it in."""
    block_spam = 1.0 - scores.block[:, 0]
    line_spam = 1.0 - scores.line[:, 0]
    line_of = page.seg.block_line
    short = page.profile.block_letters < params.short_block
    in_list = list_lines(page)[line_of]
    open_minded = block_spam >= params.clearly_clean
    use_line = open_minded & (short | (in_list & (line_spam[line_of] > block_spam)))
    spam_prob = np.where(use_line, line_spam[line_of], block_spam)
    category = np.where(use_line[:, None], scores.line[line_of], scores.block)[:, 1:].argmax(axis=1) + 1
    return ClassifierView(spam_prob, category)


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
    line_all = np.bincount(seg.block_line, weights=letters, minlength=seg.n_lines)
    line_spam = np.bincount(seg.block_line, weights=letters * certain, minlength=seg.n_lines)
    mostly = line_spam > 0.5 * line_all
    return Page(seg, profile_page(seg, ignore=certain | mostly[seg.block_line]))


def candidates(page: Page, view: ClassifierView | None, params: DecisionParams) -> np.ndarray:
    """Blocks the first pass could remove: foreign to the page, or likely spam. Only these need
    rule findings, since every removal path needs one of the two."""
    groups = page.profile.block_group
    foreign = (groups > 0) & ~np.isin(groups, np.array(sorted(page.profile.home_groups), dtype=groups.dtype))
    if view is None:
        return foreign
    return foreign | (view.spam_prob >= min(params.spam_threshold, params.supported_threshold))


def first_pass(
    page: Page,
    findings: list[list[Finding]],
    view: ClassifierView | None,
    labels_of_model: tuple[str, ...] | None,
    params: DecisionParams,
    todo: np.ndarray,
) -> tuple[list[str], np.ndarray, list[tuple[str, ...]]]:
    """Label every block on its own evidence; blocks outside ``todo`` cannot be spam here."""
    n = page.seg.n_blocks
    labels = [CLEAN] * n
    conf = np.zeros(n)
    reasons: list[tuple[str, ...]] = [()] * n
    line_letters = np.bincount(page.seg.block_line, weights=page.profile.block_letters, minlength=page.seg.n_lines)
    for i in np.flatnonzero(todo):
        f = findings[i]
        evidence = _evidence(f)
        foreign = max((x.strength for x in f if x.reason is Reason.FOREIGN_SCRIPT), default=0.0)
        by_rules = (
            foreign >= params.rules_only_foreign
            and _evidence(f, skip=Reason.FOREIGN_SCRIPT) >= params.rules_only_evidence
        )
        by_model = False
        if view is not None:
            p = float(view.spam_prob[i])
            by_rules = by_rules and p >= params.rules_veto
            k = page.seg.block_line[i]
            alone = evidence == 0 and line_letters[k] < params.short_line_letters
            threshold = max(params.spam_threshold, params.short_line_threshold) if alone else params.spam_threshold
            by_model = p >= threshold or (p >= params.supported_threshold and evidence >= params.support_evidence)
            # One word on a line of its own ("Poker", "Traffic", "Pille") is a heading as often as
            # spam: the classifier alone does not remove it; its neighbours still can. (A CJK or
            # Thai line without spaces is a phrase, not a word.)
            if (
                alone
                and len(page.line_blocks(k)) == 1
                and page.profile.block_group[i] not in DENSE_GROUPS
                and not any(c.isspace() for c in page.block_text(i))
            ):
                by_model = False
        if by_model or by_rules:
            if view is not None and labels_of_model is not None:
                labels[i] = labels_of_model[int(view.category[i])]
                conf[i] = max(float(view.spam_prob[i]), min(1.0, evidence / 2))
            else:
                labels[i] = INJECTED
                conf[i] = min(1.0, evidence / 2)
            r = [x.reason.value for x in f]
            if by_model:
                r.insert(0, Reason.CLASSIFIER.value)
            reasons[i] = tuple(r)
    return labels, conf, reasons


def _majority_label(labels: list[str], weights: np.ndarray, idx: range | list[int]) -> str:
    tally: dict[str, float] = {}
    for i in idx:
        if labels[i] != CLEAN:
            tally[labels[i]] = tally.get(labels[i], 0.0) + float(weights[i]) + 1e-3
    return max(tally, key=tally.__getitem__) if tally else CLEAN


class _Revision:
    """Mutable state of one revision: final labels, scores and reasons, and removed lines."""

    def __init__(self, page: Page, labels: list[str], conf: np.ndarray, reasons: list[tuple[str, ...]]) -> None:
        self.page = page
        self.final = list(labels)
        self.conf = conf.copy()
        self.reasons = list(reasons)
        self.weight = np.maximum(page.profile.block_letters, 1).astype(float)
        self.line_removed = np.zeros(page.seg.n_lines, dtype=bool)

    def take(self, i: int, label: str, score: float) -> None:
        self.final[i] = label
        self.conf[i] = max(self.conf[i], score)
        self.reasons[i] = self.reasons[i] + (Reason.SPAM_RUN.value,)

    def all_removed(self, k: int) -> bool:
        blocks = self.page.line_blocks(k)
        return bool(blocks) and all(self.final[i] != CLEAN for i in blocks)


def _revise_line(rev: _Revision, k: int, params: DecisionParams, spam_prob: np.ndarray | None) -> None:
    """Within a line: most of it spam takes the rest; a short piece between spam goes along."""
    page, final = rev.page, rev.final
    blocks = page.line_blocks(k)
    spam = [i for i in blocks if final[i] != CLEAN]
    total = rev.weight[blocks.start : blocks.stop].sum()
    spam_weight = rev.weight[spam].sum()
    label = _majority_label(final, rev.weight, spam)
    score = float(rev.conf[spam].max())
    if spam_weight >= params.line_majority * total:
        spam_groups = {int(page.profile.block_group[i]) for i in spam}
        starts, ends = page.seg.block_start, page.seg.block_end

        def protected(i: int) -> bool:
            # A clearly clean run in another script (the host sentence around an inline
            # injection) stays; in the spam's own script it goes with the line.
            return (
                spam_prob is not None
                and spam_prob[i] < params.clearly_clean
                and int(page.profile.block_group[i]) not in spam_groups
            )

        def glued(i: int) -> bool:
            # A run glued to spam on both sides ("彩票app下载") is part of the spam's words, not
            # a host sentence; a neighbour counts as spam when it is or is about to be taken.
            def spam_at(j: int) -> bool:
                return final[j] != CLEAN or not protected(j)

            return (
                blocks.start < i < blocks.stop - 1
                and ends[i - 1] == starts[i] and ends[i] == starts[i + 1]
                and spam_at(i - 1) and spam_at(i + 1)
            )

        for i in [i for i in blocks if final[i] == CLEAN and (not protected(i) or glued(i))]:
            rev.take(i, label, score * spam_weight / total)
    else:
        for i in range(blocks.start + 1, blocks.stop - 1):
            if final[i] == CLEAN and final[i - 1] != CLEAN and final[i + 1] != CLEAN:
                if page.profile.block_letters[i] < params.short_block:
                    rev.take(i, label, min(rev.conf[i - 1], rev.conf[i + 1]))


def revise(
    page: Page,
    labels: list[str],
    conf: np.ndarray,
    reasons: list[tuple[str, ...]],
    params: DecisionParams,
    spam_prob: np.ndarray | None = None,
    category_names: list[str] | None = None,
) -> tuple[list[str], np.ndarray, list[tuple[str, ...]]]:
    """Revise first-pass labels by their neighbours (spam comes in runs). Only lines with spam
    and their neighbours are visited, so a clean page costs next to nothing here."""
    rev = _Revision(page, labels, conf, reasons)
    spam_blocks = np.flatnonzero(np.array([lab != CLEAN for lab in labels], dtype=bool))
    for k in np.unique(page.seg.block_line[spam_blocks]):
        _revise_line(rev, int(k), params, spam_prob)
        rev.line_removed[k] = rev.all_removed(int(k))

    per_line = np.bincount(page.seg.block_line, minlength=page.seg.n_lines)
    text_lines = np.flatnonzero(per_line > 0)
    pos_of = {int(k): j for j, k in enumerate(text_lines)} if rev.line_removed.any() else {}

    def near_removed() -> list[int]:
        removed_pos = [pos_of[int(k)] for k in np.flatnonzero(rev.line_removed)]
        near = {j for p in removed_pos for j in (p - 1, p + 1) if 0 <= j < len(text_lines)}
        return sorted(int(text_lines[j]) for j in near if not rev.line_removed[text_lines[j]])

    # A likely-spam line next to a removed line goes with it.
    if spam_prob is not None and category_names is not None:
        for k in near_removed():
            blocks = page.line_blocks(k)
            if all(spam_prob[i] >= params.neighbour_threshold or rev.final[i] != CLEAN for i in blocks):
                for i in blocks:
                    if rev.final[i] == CLEAN:
                        rev.take(i, category_names[i], float(spam_prob[i]))
                rev.line_removed[k] = True

    # A line between two removed lines (blank lines skipped) goes with them when it is short or
    # likely spam itself.
    for k in near_removed():
        j = pos_of[k]
        if 0 < j < len(text_lines) - 1 and rev.line_removed[text_lines[j - 1]] and rev.line_removed[text_lines[j + 1]]:
            a, b = int(text_lines[j - 1]), int(text_lines[j + 1])
            blocks = page.line_blocks(k)
            short = rev.weight[blocks.start : blocks.stop].sum() < params.short_block
            likely = spam_prob is not None and all(spam_prob[i] >= params.between_threshold for i in blocks)
            if short or likely:
                neighbours = list(page.line_blocks(a)) + list(page.line_blocks(b))
                label = _majority_label(rev.final, rev.weight, neighbours)
                for i in blocks:
                    if rev.final[i] == CLEAN:
                        rev.take(i, label, float(rev.conf[neighbours].min()))
                rev.line_removed[k] = True
    _revise_page(rev, params)
    return rev.final, rev.conf, rev.reasons


def _revise_page(rev: _Revision, params: DecisionParams) -> None:
    """A page that is spam throughout loses its last short lines too (its footer, its title)."""
    page = rev.page
    spam = np.array([lab != CLEAN for lab in rev.final], dtype=bool)
    total = rev.weight.sum()
    if not spam.any() or rev.weight[spam].sum() < params.spam_page_share * total:
        return
    left = np.flatnonzero(~spam)
    letters_left = np.bincount(page.seg.block_line[left], weights=page.profile.block_letters[left],
                               minlength=page.seg.n_lines)
    if letters_left.max() >= params.short_line_letters:
        return
    label = _majority_label(rev.final, rev.weight, list(np.flatnonzero(spam)))
    score = float(rev.conf[spam].min())
    for i in left:
        rev.final[i] = label
        rev.conf[i] = max(rev.conf[i], score)
        rev.reasons[i] = rev.reasons[i] + (Reason.SPAM_PAGE.value,)


def decide(
    page: Page,
    findings: list[list[Finding]],
    scores: ModelScores | None,
    params: DecisionParams,
    todo: np.ndarray | None = None,
    view: ClassifierView | None = None,
) -> Decisions:
    """First pass, then revision; see the module docstring.

    Args:
        page: the segmented, profiled page.
        findings: rule findings of each block (at least of the blocks in ``todo``).
        scores: classifier probabilities, or None to decide on rules alone.
        params: thresholds.
        todo: blocks that need a first-pass look (``candidates``); None means every block.
        view: ``classifier_view`` of the scores when the caller has it already.
    """
    if view is None and scores is not None:
        view = classifier_view(page, scores, params)
    if todo is None:
        todo = np.ones(page.seg.n_blocks, dtype=bool)
    first, conf, reasons = first_pass(page, findings, view, scores.labels if scores else None, params, todo)
    names = [scores.labels[int(c)] for c in view.category] if view is not None and scores is not None else None
    final, conf, reasons = revise(page, first, conf, reasons, params, view.spam_prob if view else None, names)
    return Decisions(first, final, conf, reasons, findings)
