"""A removed pitch's next line or sentence, which reads clean enough to stay (asked by
``spamguard.revise``: for each line with spam, and as a run of removed lines grows).

A pitch written as lines of their own keeps going after the line the classifier knows: the call
to write on a messenger ("Chame no WhatsApp (11) 98888-7777 e receba o catálogo completo.", 0.00,
``pitch_contact``), or its next sentence in plain words, which leans to the pitch's own category
without reaching a threshold ("Online Casino Echtgeld mit 500 € Willkommensbonus, jetzt spielen…!"
| "Auch ohne Verifizierung, Einzahlung bequem per Paysafecard.", 0.47 gambling,
``continues_pitch``). A host's line after an injected one leans to its category too, by chance
and less (a university's notice after "slot gacor" lines, 0.24-0.29 as gambling). Inside a
paragraph, the pitch's next sentence reads as likely spam on its own, where its paragraph's
reading pulls it under the prose threshold (``take_pitch_sentences``).

>>> from spamguard.detector import Detector
>>> text = ("Utama | Berita | Sukan\\nJalan baharu dibuka minggu depan\\n"
...         "Jalan sepanjang 4.5 kilometer itu dijangka mengurangkan kesesakan di pusat bandar.\\n"
...         "Perlukan wang segera? Pinjaman peribadi tanpa dokumen, lulus dalam 1 jam, hubungi WhatsApp kami.\\n"
...         "Blacklist CTOS pun boleh mohon, duit masuk akaun hari yang sama.\\n"
...         "Menteri akan merasmikan pembukaan jalan itu pada hari Isnin.")
>>> [text[s.start:s.end].split("?")[0] for s in Detector().clean(text).removed]
['Perlukan wang segera']
>>> "Blacklist CTOS" in Detector().clean(text).text
False
"""

from __future__ import annotations

from functools import cached_property

import numpy as np

from .comment_lines import other_writers
from .contact import names_account, names_messenger
from .lines import line_is_menu, line_is_sentence
from .params import CLEAN, DecisionParams
from .revision import Revision, majority_label


class TextLines:
    """The lines of a page that hold text, in order, so that a line's previous one is known."""

    def __init__(self, per_line_blocks: np.ndarray) -> None:
        self.lines = np.flatnonzero(per_line_blocks > 0)

    @cached_property
    def position(self) -> dict[int, int]:
        """Each text line's place among them (built when first asked: most pages remove nothing)."""
        return {int(k): j for j, k in enumerate(self.lines)}

    def previous(self, k: int) -> int | None:
        """The text line before line k, or None for the first."""
        j = self.position[k]
        return int(self.lines[j - 1]) if j > 0 else None


def _removed_sentence_before(rev: Revision, lines: TextLines, k: int) -> int | None:
    """The text line before line k when it was removed and is a sentence (prose, or an advert's
    exclaimed one: ``line_is_sentence``), else None: what a pitch's next line follows."""
    page, previous = rev.page, lines.previous(k)
    if previous is None or not rev.line_removed[previous]:
        return None
    return previous if page.cached("sentence", previous, lambda line: line_is_sentence(page, line)) else None


def pitch_contact(rev: Revision, lines: TextLines, k: int, params: DecisionParams, spam_prob: np.ndarray | None) -> bool:
    """Whether line k, a short line right after a removed sentence (prose, or an advert's
    exclaimed one: ``line_is_sentence``), sends the reader to a messenger, and names the account
    to write to or leans to spam in its words ("今だけLINE登録で特典プレゼント…", 0.11). A phone
    number or an e-mail address is as often the host's own contact line, and a host's line that
    names a messenger reads clean and names none ("读者可通过微信公众号提前预约座位。", 0.002)."""
    page = rev.page
    if _removed_sentence_before(rev, lines, k) is None:
        return False
    blocks = page.line_blocks(k)
    if rev.weight[blocks.start : blocks.stop].sum() > 2 * params.short_line_letters:
        return False
    text = page.line_text(k)
    leans = spam_prob is not None and bool((spam_prob[blocks.start : blocks.stop] >= params.clearly_clean).any())
    return names_messenger(text) and (names_account(text) or leans)


def continues_pitch(
    rev: Revision, lines: TextLines, k: int, telling: list[int], params: DecisionParams,
    spam_prob: np.ndarray, category_names: list[str], line_spam: np.ndarray | None,
) -> bool:
    """Whether line k is the next line of a removed pitch: the line before it is a removed
    sentence (prose, or an advert's exclaimed one: ``line_is_sentence``) that reads as spam as a
    whole (``spam_threshold``), and each of k's telling blocks still kept leans to that line's
    category at ``category_follow_up``. After a title or a list's line, the next line is the
    page's own text or list, which leans to the same category when the model misreads the page
    (an encyclopedia's "Payday loan" and its first sentence, a pharmacy's price lines); a menu
    is the site's, and stays, and so is a forum's next post by another writer (``comment_lines``)."""
    page = rev.page
    previous = _removed_sentence_before(rev, lines, k)
    if (
        previous is None or line_spam is None or line_spam[previous] < params.spam_threshold
        or page.cached("menu", k, lambda j: line_is_menu(page, j)) or other_writers(page, previous, k)
    ):
        return False
    label = majority_label(rev.final, rev.weight, list(page.line_blocks(previous)))
    kept = [i for i in telling if rev.final[i] == CLEAN]
    return bool(kept) and all(spam_prob[i] >= params.category_follow_up and category_names[i] == label for i in kept)


def take_pitch_sentences(rev: Revision, k: int, params: DecisionParams, category_names: list[str]) -> None:
    """On line k, a sentence right beside a removed block of its paragraph goes with it when it
    reads as likely spam on its own (its own reading at ``prose_neighbour_threshold``, as a line
    of prose beside a removed line needs) in that block's category, and is as long as a line: a
    pitch's next sentence ("…出会い系サイトはこちら。" | "登録するだけで人妻セフレが見つかる！", 0.92
    alone) stays under the prose threshold, and its paragraph's reading pulls it lower. The run
    grows sentence by sentence."""
    page, final, own = rev.page, rev.final, rev.own_prob
    if own is None:
        return
    blocks = page.line_blocks(k)
    piece, sentence = page.seg.block_piece, page.seg.block_sentence
    grown = True
    while grown:
        grown = False
        for i in [i for i in blocks if final[i] != CLEAN]:
            for j in (i - 1, i + 1):
                if (
                    blocks.start <= j < blocks.stop and final[j] == CLEAN and piece[j] == piece[i] and sentence[j]
                    and own[j] >= params.prose_neighbour_threshold and category_names[j] == final[i]
                    and page.weighted_letters[j] >= params.short_line_letters
                ):
                    rev.take(j, final[i], float(own[j]))
                    grown = True
