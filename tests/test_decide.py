"""The revision stage on its own: first-pass labels in, final labels out (spam comes in runs)."""

from __future__ import annotations

import numpy as np

from spamguard.decide import CLEAN, DecisionParams, revise
from spamguard.page import Page

PARAMS = DecisionParams()


def _revise(text: str, spam_blocks: set[int], spam_prob: list[float]):
    page = Page.from_text(text)
    n = page.seg.n_blocks
    assert len(spam_prob) == n, [page.seg.block_text(i) for i in range(n)]
    labels = ["gambling" if i in spam_blocks else CLEAN for i in range(n)]
    conf = np.array([0.99 if i in spam_blocks else 0.0 for i in range(n)])
    reasons = [("classifier",) if i in spam_blocks else () for i in range(n)]
    final, _, why = revise(page, labels, conf, reasons, PARAMS, np.array(spam_prob), ["gambling"] * n)
    return page, final, why


LONG = "This line is long enough to be a sentence of the page, with well over thirty letters in it."


def test_a_likely_spam_line_between_removed_lines_goes_with_them():
    text = f"slot gacor hari ini\n{LONG}\ndaftar situs judi online\n" + "\n".join([LONG] * 8)
    _, final, why = _revise(text, {0, 2}, [0.99, 0.6, 0.99] + [0.0] * 8)
    assert final[1] == "gambling" and "spam_run" in why[1]
    _, final, _ = _revise(text, {0, 2}, [0.99, 0.2, 0.99] + [0.0] * 8)
    assert final[1] == CLEAN


def test_a_run_glued_to_spam_goes_but_a_host_phrase_stays():
    page, final, _ = _revise("彩票app下载\n" + LONG, {0, 2}, [0.99, 0.0, 0.99, 0.0])
    assert page.seg.block_text(1) == "app" and final[1] == "gambling"
    page, final, _ = _revise("彩票下载中心 and then some host words here\n" + LONG, {0}, [0.99, 0.0, 0.0])
    assert page.seg.block_text(1).startswith("and") and final[1] == CLEAN


def test_a_short_run_glued_to_spam_on_one_side_goes_only_when_that_side_is_spam_itself():
    text = "ロレックス スーパーコピー n級品 激安通販\n" + LONG
    page = Page.from_text(text)
    n_block = next(i for i in range(page.seg.n_blocks) if page.seg.block_text(i) == "n")
    spam = {i for i in range(page.seg.n_blocks - 1) if i != n_block}
    probs = [0.99 if i in spam else 0.0 for i in range(page.seg.n_blocks)]
    _, final, why = _revise(text, spam, probs)
    assert final[n_block] == "gambling" and "spam_run" in why[n_block]
    # glued only to a piece that the line's majority takes along, it stays: "京" of "京ICP备" in a
    # host footer next to inline spam is not part of the spam's words
    text = "slot gacor hari ini daftar situs judi online terpercaya 京ICP备1234号\n" + LONG
    page = Page.from_text(text)
    blocks = [page.seg.block_text(i) for i in range(page.seg.n_blocks)]
    jing = blocks.index("京")
    probs = [0.99] + [0.0] * (page.seg.n_blocks - 1)
    _, final, _ = _revise(text, {0}, probs)
    assert final[jing] == CLEAN


def test_a_page_that_is_spam_throughout_loses_its_footer():
    spam = "slot gacor hari ini situs judi online terpercaya daftar sekarang bonus new member"
    text = f"{spam}\n{spam}\n{spam}\n© 2025 Slot Resmi"
    page, final, why = _revise(text, {0, 1, 2}, [0.99, 0.99, 0.99, 0.0])
    assert all(lab == "gambling" for lab in final)
    assert "spam_page" in why[-1]
    # a page with a real sentence left is not a spam page: the sentence and the footer stay
    page, final, why = _revise(f"{spam}\n{spam}\n{spam}\n{spam}\n{LONG}\n© 2025", {0, 1, 2, 3}, [0.99] * 4 + [0.0, 0.0])
    assert final[4] == CLEAN and final[5] == CLEAN


def test_prose_threshold_spares_a_news_sentence_the_classifier_is_unsure_of():
    from spamguard.decide import decide
    from spamguard.model import ModelScores

    text = "The pharmacy regulator warned that websites selling Viagra without a prescription ship fake pills.\n" + LONG
    page = Page.from_text(text)
    n = page.seg.n_blocks
    # block 0 scored 0.95 spam (pharma); the rest clean
    block = np.array([[0.05, 0.95]] + [[1.0, 0.0]] * (n - 1))
    line = np.array([[0.05, 0.95], [1.0, 0.0]])
    scores = ModelScores(("clean", "pharma"), block, line)
    findings = [[] for _ in range(n)]
    plain = decide(page, findings, scores, DecisionParams(spam_threshold=0.9))
    careful = decide(page, findings, scores, DecisionParams(spam_threshold=0.9, prose_threshold=0.97))
    assert plain.final[0] == "pharma" and careful.final[0] == CLEAN


def _revise_around_styled_name(text: str):
    """Revise a page whose one styled block is first-pass spam with obfuscation evidence."""
    page = Page.from_text(text)
    n = page.seg.n_blocks
    styled = next(i for i in range(n) if page.seg.block_text(i).startswith("𝙋"))
    labels = ["gambling" if i == styled else CLEAN for i in range(n)]
    conf = np.array([0.99 if i == styled else 0.0 for i in range(n)])
    reasons = [("classifier", "obfuscated_text") if i == styled else () for i in range(n)]
    final, _, _ = revise(page, labels, conf, reasons, PARAMS, np.zeros(n), ["gambling"] * n)
    return page, styled, final


def test_a_short_line_around_a_disguised_name_goes_whole_but_a_host_sentence_in_another_script_stays():
    page, _, final = _revise_around_styled_name("Temen-temen gue pada pindah ke 𝙋𝙐𝙇𝘼𝙐𝙒𝙄𝙉, dan gue ngerti kenapanya.\n" + LONG)
    assert [final[i] for i in page.line_blocks(0)] == ["gambling"] * len(page.line_blocks(0))
    assert all(final[i] == CLEAN for i in page.line_blocks(1))
    # the same disguised name slipped into a Georgian sentence takes nothing of the sentence
    page, styled, final = _revise_around_styled_name(
        "რომუალდის ცხოვრებაში 𝙋𝙐𝙇𝘼𝙐𝙒𝙄𝙉 ასევე აღნიშნულია რომ ის განათლებული პირი იყო.\n" + LONG
    )
    assert [i for i in range(page.seg.n_blocks) if final[i] != CLEAN] == [styled]


def test_a_pitch_takes_the_score_of_its_strongest_clause_but_a_prose_sentence_does_not():
    from spamguard.decide import ModelScores, classifier_view

    text = "Préstamos online al instante sin aval, dinero en tu cuenta en 10 minutos, solicítalo ya\n" \
        "La policía investiga préstamos online al instante sin aval, dijo el portavoz del ministerio ayer.\n"
    page = Page.from_text(text)
    n = page.seg.n_blocks
    assert n == 2
    block = np.array([[0.4, 0.6], [0.4, 0.6]])
    clause = np.array([[0.04, 0.96], [0.04, 0.96]])
    line = block.copy()
    view = classifier_view(page, ModelScores(("clean", "scam"), block, line, clause), PARAMS)
    assert view.spam_prob[0] == 0.96 and view.spam_prob[1] == 0.6
