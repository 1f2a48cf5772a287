"""The ends of a pitch slipped into a paragraph: its hook before it and its call to act or
contact after it go with it (``pitch_ends``, asked by ``revise_line`` for each line with spam).

>>> from spamguard.detector import Detector
>>> text = ("Home | News | Contact\\nCity pool reopens\\nThe pool reopens on Saturday after three months "
...         "of repairs.\\n© 2024 Dockside Gazette. All rights reserved. Cheap essays written overnight by "
...         "real experts, no plagiarism guaranteed. Order yours today!")
>>> [text[s.start:s.end] for s in Detector().clean(text).removed]
[' Cheap essays written overnight by real experts, no plagiarism guaranteed. Order yours today!']
"""

from __future__ import annotations

import numpy as np
import regex

from .contact import has_contact
from .lines import EXCLAIMED
from .params import CLEAN, DecisionParams
from .profile import footer_mark_end
from .revision import Revision

__all__ = ["pitch_ends"]

_HOOK = regex.compile(r"[?？¿]\s*$")


def pitch_ends(rev: Revision, k: int, params: DecisionParams) -> None:
    """A pitch slipped into a paragraph opens with its hook and closes with the way to reach the
    seller ("Butuh dana cepat? | Pinjaman online ... cair 5 menit | , hubungi WA 0812-0000-1111."),
    or with its call to act where it was spliced into a host's sentence (``_closes_splice``): in
    the piece of a removed block on line ``k``, a block right after it that gives a contact
    channel or closes the splice, and a short question right before it (short: under a short
    line's letters, a Chinese or Japanese letter counting three as everywhere, ``Page.weighted_letters``;
    or a short question and a short exclamation that answers it,
    "Schulden? Kein Problem!"), go with it. A question up to twice a short line's letters goes
    too when it opens its piece and all the rest of the piece went: the piece is the pitch ("Quer
    ganhar R$ 5.000 por semana sem sair de casa? | Nosso robô ... | Chame no WhatsApp ...")."""
    page, final = rev.page, rev.final
    blocks = page.line_blocks(k)
    piece = page.seg.block_piece
    for i in [i for i in blocks if final[i] != CLEAN]:
        after = i + 1
        if (
            after < blocks.stop and final[after] == CLEAN and piece[after] == piece[i]
            and (has_contact(page.block_text(after)) or _closes_splice(rev, blocks, after, params))
        ):
            rev.take(after, final[i], float(rev.conf[i]))
    for i in [i for i in blocks if final[i] != CLEAN]:
        before = i - 1
        if before < blocks.start or final[before] != CLEAN or piece[before] != piece[i]:
            continue
        letters = float(page.weighted_letters[before])
        if letters >= params.short_line_letters:
            # pieces are numbered in page order, so a piece's blocks are one range
            first = max(blocks.start, int(np.searchsorted(piece, piece[before], side="left")))
            last = min(blocks.stop, int(np.searchsorted(piece, piece[before], side="right")))
            opens_piece_rest_gone = first == before and all(final[j] != CLEAN for j in range(before + 1, last))
            if not (opens_piece_rest_gone and letters < 2 * params.short_line_letters):
                continue
        if _HOOK.search(page.block_text(before)):
            rev.take(before, final[i], float(rev.conf[i]))
        elif _reassurance(rev, blocks, before, params):
            # the hook's answer after it: "Schulden? | Kein Problem! | Sofortkredit ohne Schufa..."
            for j in (before - 1, before):
                rev.take(j, final[i], float(rev.conf[i]))


def _closes_splice(rev: Revision, blocks: range, at: int, params: DecisionParams) -> bool:
    """Whether block ``at``, right after a removed one, is a short exclamation that the host's
    words follow in lower case: the call to act that closes a pitch spliced into the host's
    sentence ("...liens de qualité. | Lancez-vous maintenant! | se demandaient s'ils ..."), or
    that ends a footer line after its copyright mark, where a pitch put after the notice closes
    ("... no plagiarism guaranteed. | Order yours today!")."""
    page = rev.page
    nxt = at + 1
    if page.weighted_letters[at] >= params.short_line_letters or EXCLAIMED.search(page.block_text(at)) is None:
        return False
    if nxt >= blocks.stop:
        mark = footer_mark_end(page.seg, int(page.seg.block_line[at]))
        return mark is not None and mark <= int(page.seg.block_start[at])
    first = page.block_text(nxt).lstrip()[:1]
    return bool(first) and first.islower()


def _reassurance(rev: Revision, blocks: range, at: int, params: DecisionParams) -> bool:
    """Whether block ``at`` is a short exclamation right after a short question of the same piece
    (both under a short line's letters): a hook and its answer before a pitch."""
    page, piece = rev.page, rev.page.seg.block_piece
    question = at - 1
    return (
        question >= blocks.start and rev.final[question] == CLEAN and piece[question] == piece[at]
        and page.weighted_letters[at] < params.short_line_letters and page.weighted_letters[question] < params.short_line_letters
        and EXCLAIMED.search(page.block_text(at)) is not None and _HOOK.search(page.block_text(question)) is not None
    )
