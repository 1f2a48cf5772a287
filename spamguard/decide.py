"""Block evidence -> decisions: a first-pass label per block, then revision by neighbours.

First pass (like jusText's ``classify_paragraphs``): each block is judged on its own evidence,
the classifier's spam probability (for short blocks, their line's) and the rule findings. Script
mixing alone never removes text; with no model loaded, a block goes only when a foreign-script run
comes with structural evidence (a keyword list, repetition, URLs, obfuscation, a place after the
footer).

Revision (like jusText's ``revise_paragraph_classification``): spam comes in runs. A line whose
letters are mostly spam goes whole; a short or letterless block between two spam blocks of a line
goes with them; a short line between two removed lines goes too.

Both labels are kept for ``spamguard explain``.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .page import Page
from .reasons import Reason
from .rules import Finding, line_is_list

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
        short_line_threshold: a short line ("Buy Now", a URL) with no rule evidence goes only at
            this classifier probability: on its own it says too little to risk legitimate text.
        line_majority: share of a line's letters that, once spam, takes the whole line.
        neighbour_threshold: classifier probability at which a block next to a removed line
            goes with it (spam comes in runs).
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
    line_majority: float = 0.6
    neighbour_threshold: float = 0.5
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


def _is_list_line(page: Page, k: int) -> bool:
    return bool(page.cached("list", k, lambda line: line_is_list(page, line)))


def _evidence(findings: list[Finding], skip: Reason | None = None) -> float:
    return sum(REASON_WEIGHTS[f.reason] * f.strength for f in findings if f.reason != skip)


def first_pass(
    page: Page,
    findings: list[list[Finding]],
    scores: ModelScores | None,
    params: DecisionParams,
) -> tuple[list[str], np.ndarray, list[tuple[str, ...]], np.ndarray | None, np.ndarray | None]:
    """Label every block on its own evidence; also returns each block's spam probability and
    most likely category (None without a classifier) for the revision."""
    n = page.seg.n_blocks
    labels = [CLEAN] * n
    conf = np.zeros(n)
    reasons: list[tuple[str, ...]] = [()] * n
    spam_prob = None
    category = None
    if scores is not None:
        block_spam = 1.0 - scores.block[:, 0]
        line_spam = 1.0 - scores.line[:, 0]
        # A short block ("A18", "Sex") says little on its own: its line speaks for it. The items of a
        # list line are one unit too, so they take the line's score when it is higher.
        short = page.profile.block_letters < params.short_block
        line_of = page.seg.block_line
        in_list = np.array([_is_list_line(page, int(k)) for k in line_of], dtype=bool)
        # Unless the block itself is clearly clean: then a spam item on its line must not drag it in.
        open_minded = block_spam >= params.clearly_clean
        use_line = open_minded & (short | (in_list & (line_spam[line_of] > block_spam)))
        spam_prob = np.where(use_line, line_spam[line_of], block_spam)
        category = np.where(use_line[:, None], scores.line[line_of], scores.block)[:, 1:].argmax(axis=1) + 1
    line_letters = np.bincount(page.seg.block_line, weights=page.profile.block_letters, minlength=page.seg.n_lines)
    for i in range(n):
        f = findings[i]
        evidence = _evidence(f)
        foreign = max((x.strength for x in f if x.reason is Reason.FOREIGN_SCRIPT), default=0.0)
        by_rules = (
            foreign >= params.rules_only_foreign
            and _evidence(f, skip=Reason.FOREIGN_SCRIPT) >= params.rules_only_evidence
        )
        by_model = False
        if spam_prob is not None:
            p = float(spam_prob[i])
            by_rules = by_rules and p >= params.rules_veto
            line = int(page.seg.block_line[i])
            alone = evidence == 0 and line_letters[line] < params.short_block
            threshold = max(params.spam_threshold, params.short_line_threshold) if alone else params.spam_threshold
            by_model = p >= threshold or (p >= params.supported_threshold and evidence >= params.support_evidence)
        if by_model or by_rules:
            if spam_prob is not None:
                labels[i] = scores.labels[int(category[i])]  # type: ignore[union-attr]
                conf[i] = max(float(spam_prob[i]), min(1.0, evidence / 2))
            else:
                labels[i] = INJECTED
                conf[i] = min(1.0, evidence / 2)
            r = [x.reason.value for x in f]
            if by_model:
                r.insert(0, Reason.CLASSIFIER.value)
            reasons[i] = tuple(r)
    return labels, conf, reasons, spam_prob, category


def _majority_label(labels: list[str], weights: np.ndarray, idx: range | list[int]) -> str:
    tally: dict[str, float] = {}
    for i in idx:
        if labels[i] != CLEAN:
            tally[labels[i]] = tally.get(labels[i], 0.0) + float(weights[i]) + 1e-3
    return max(tally, key=tally.__getitem__) if tally else CLEAN


def revise(
    page: Page,
    labels: list[str],
    conf: np.ndarray,
    reasons: list[tuple[str, ...]],
    params: DecisionParams,
    spam_prob: np.ndarray | None = None,
    category_names: list[str] | None = None,
) -> tuple[list[str], np.ndarray, list[tuple[str, ...]]]:
    """Revise first-pass labels by their neighbours (spam comes in runs)."""
    final = list(labels)
    conf = conf.copy()
    reasons = list(reasons)
    weight = np.maximum(page.profile.block_letters, 1).astype(float)

    def take(i: int, label: str, score: float) -> None:
        final[i] = label
        conf[i] = max(conf[i], score)
        reasons[i] = reasons[i] + (Reason.SPAM_RUN.value,) if reasons[i] else (Reason.SPAM_RUN.value,)

    line_removed = np.zeros(page.seg.n_lines, dtype=bool)
    for k in range(page.seg.n_lines):
        blocks = page.line_blocks(k)
        if not blocks:
            continue
        spam = [i for i in blocks if final[i] != CLEAN]
        if not spam:
            continue
        total = weight[blocks.start : blocks.stop].sum()
        spam_weight = weight[spam].sum()
        label = _majority_label(final, weight, spam)
        score = float(conf[spam].max())
        if spam_weight >= params.line_majority * total:
            spam_groups = {int(page.profile.block_group[i]) for i in spam}
            for i in blocks:
                # A clearly clean run in another script (the host sentence around an inline
                # injection) stays; in the spam's own script it goes with the line.
                protected = (
                    spam_prob is not None
                    and spam_prob[i] < params.clearly_clean
                    and int(page.profile.block_group[i]) not in spam_groups
                )
                if final[i] == CLEAN and not protected:
                    take(i, label, score * spam_weight / total)
        else:
            # A short block between two spam blocks goes with them.
            for i in range(blocks.start + 1, blocks.stop - 1):
                if final[i] == CLEAN and final[i - 1] != CLEAN and final[i + 1] != CLEAN:
                    if page.profile.block_letters[i] < params.short_block:
                        take(i, label, min(conf[i - 1], conf[i + 1]))
        line_removed[k] = all(final[i] != CLEAN for i in blocks)

    text_lines = [k for k in range(page.seg.n_lines) if page.line_blocks(k)]
    # A likely-spam line next to a removed line goes with it.
    if spam_prob is not None and category_names is not None:
        for pos, k in enumerate(text_lines):
            if line_removed[k]:
                continue
            near = [text_lines[j] for j in (pos - 1, pos + 1) if 0 <= j < len(text_lines)]
            if not any(line_removed[j] for j in near):
                continue
            blocks = page.line_blocks(k)
            if all(spam_prob[i] >= params.neighbour_threshold or final[i] != CLEAN for i in blocks):
                for i in blocks:
                    if final[i] == CLEAN:
                        take(i, category_names[i], float(spam_prob[i]))
                line_removed[k] = True

    # A short line between two removed lines (blank lines skipped) goes with them.
    for a, k, b in zip(text_lines, text_lines[1:], text_lines[2:]):
        if line_removed[a] and line_removed[b] and not line_removed[k]:
            blocks = page.line_blocks(k)
            if weight[blocks.start : blocks.stop].sum() < params.short_block:
                neighbours = list(page.line_blocks(a)) + list(page.line_blocks(b))
                label = _majority_label(final, weight, neighbours)
                for i in blocks:
                    if final[i] == CLEAN:
                        take(i, label, float(conf[neighbours].min()))
                line_removed[k] = True
    return final, conf, reasons


def decide(
    page: Page,
    findings: list[list[Finding]],
    scores: ModelScores | None,
    params: DecisionParams,
) -> Decisions:
    """First pass, then revision; see the module docstring."""
    first, conf, reasons, spam_prob, category = first_pass(page, findings, scores, params)
    names = [scores.labels[int(c)] for c in category] if scores is not None and category is not None else None
    final, conf, reasons = revise(page, first, conf, reasons, params, spam_prob, names)
    return Decisions(first, final, conf, reasons, findings)
