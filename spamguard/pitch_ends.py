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
from .lines import EXCLAIMED, SENTENCE_END
from .page import Page
from .params import CLEAN, DecisionParams
from .profile import footer_mark_end
from .revision import Revision
from .scripts import DENSE_GROUPS

__all__ = ["pitch_ends"]

_HOOK = regex.compile(r"[?？¿]\s*$")
# the rest of a sentence in lower case after a clause's mark: the same sentence, where a host's
# words that an injection was dropped in front of carry on with none
_CONTINUES = regex.compile(r"^\s*[,;:–—-]\s*\p{Ll}")


def pitch_ends(rev: Revision, k: int, params: DecisionParams) -> None:
    """A pitch slipped into a paragraph opens with its hook and closes with the way to reach the
    seller ("Butuh dana cepat? | Pinjaman online ... cair 5 menit | , hubungi WA 0812-0000-1111."),
    or with its call to act where it was spliced into a host's sentence (``_closes_splice``), or
    glued after it in a script without spaces (``_dense_call_to_act``), or with the rest of the
    sentence it opens (``_rest_of_sentence``), or with the short head and rest of the sentence it
    is the middle of (``_short_ends``): in
    the piece of a removed block on line ``k``, a block right after it that gives a contact
    channel or closes the splice (or a short sentence that does), and a short question right before it (short: under a short
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
        if after >= blocks.stop or final[after] != CLEAN or piece[after] != piece[i]:
            continue
        if (
            has_contact(page.block_text(after)) or _closes_splice(rev, blocks, after, params)
            or _rest_of_sentence(rev, blocks, i, after, params)
        ):
            rev.take(after, final[i], float(rev.conf[i]))
        elif _short_ends(rev, blocks, i, params):
            for j in (i - 1, after):
                rev.take(j, final[i], float(rev.conf[i]))
        else:
            for j in _dense_call_to_act(rev, blocks, i, params):
                rev.take(j, final[i], float(rev.conf[i]))
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


def _opens_sentence(page: Page, blocks: range, i: int) -> bool:
    """Whether block ``i`` opens a sentence of its line: the line's first block, or one after a stop."""
    return i == blocks.start or SENTENCE_END.search(page.block_text(i - 1)) is not None


def _short_ends(rev: Revision, blocks: range, i: int, params: DecisionParams) -> bool:
    """Whether removed block ``i`` is the middle of a sentence whose kept head before it and rest
    after it are both short and do not read clearly clean on their own: a pitch between a host's
    two sentences whose opening and closing words the first look left ("请市民提前储水。" |
    "欢迎访问皇冠体育" 0.12 | "官网，首存即送百分之百彩金，二十四小时" | "在线客服。" 0.03)."""
    page, own, final, piece = rev.page, rev.own_prob, rev.final, rev.page.seg.block_piece
    head, rest = i - 1, i + 1
    if own is None or head < blocks.start or rest >= blocks.stop or final[head] != CLEAN or final[rest] != CLEAN:
        return False
    if piece[head] != piece[i] or piece[rest] != piece[i]:
        return False
    text = page.block_text
    return (
        _opens_sentence(page, blocks, head) and SENTENCE_END.search(text(head)) is None and SENTENCE_END.search(text(i)) is None
        and SENTENCE_END.search(text(rest)) is not None
        and max(float(page.weighted_letters[head]), float(page.weighted_letters[rest])) < params.short_line_letters
        and min(float(own[head]), float(own[rest])) >= params.clearly_clean
    )


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


def _dense_call_to_act(rev: Revision, blocks: range, i: int, params: DecisionParams) -> list[int]:
    """The blocks of the short sentence glued right after removed block ``i``, a whole sentence of
    Chinese or Japanese, when it gives a contact channel or leans to spam on its own (each block's
    own reading, ``params.clearly_clean``): a pitch slipped in between two sentences of a host's
    paragraph closes with its call to act, which the host's next sentence follows with no space
    ("...当天出货。" | "查看最新款。" 0.42 | "这是我们..."; "...立即拨款。" | "欢迎私讯。"). Short: under
    a short line's letters (``Page.weighted_letters``: about ten Chinese letters). The blocks may be
    of several scripts ("加" | "QQ" | "咨询。"). A host's short sentence after an injected one reads
    clean ("谢谢大家。" 0.002) and names no contact. Empty when there is none."""
    page, final, piece = rev.page, rev.final, rev.page.seg.block_piece
    if int(page.profile.block_group[i]) not in DENSE_GROUPS or not SENTENCE_END.search(page.block_text(i)):
        return []
    starts, ends = page.seg.block_start, page.seg.block_end
    run: list[int] = []
    for j in range(i + 1, blocks.stop):
        # of the sentence's piece, or glued to the block before it (a change of script starts a piece)
        if final[j] != CLEAN or not (piece[j] == piece[i] or starts[j] == ends[j - 1]):
            return []
        run.append(j)
        if SENTENCE_END.search(page.block_text(j)):
            break
    else:
        return []
    if float(page.weighted_letters[run].sum()) >= params.short_line_letters:
        return []
    own = rev.own_prob
    leans = own is not None and float(own[run].max()) >= params.clearly_clean
    return run if leans or has_contact("".join(page.block_text(j) for j in run)) else []


def _rest_of_sentence(rev: Revision, blocks: range, i: int, after: int, params: DecisionParams) -> bool:
    """Whether block ``after``, right after removed block ``i``, is the rest of the sentence that
    ``i`` opens: it carries on in lower case after a clause's mark, of any length and reading
    ("Verdienen Sie mit Bitcoin-Trading bis zu 3.000 Euro am Tag" | ", unser Algorithmus handelt
    für Sie – jetzt kostenlos registrieren!", 0.02), or it is short and does not read clearly
    clean on its own: a pitch's last clause after a comma in a script without case
    ("每天更新最火辣的素人影片" | "，不用綁卡直接看。", 0.05). Short: under a short line's letters;
    a host's sentence that injected words were glued in front of runs on longer, and starts in
    a capital, or with no mark where the injection swallowed the host's first word ("Офіційні бонус
    без депозиту ..." | "представники і адвокати ...")."""
    page, own = rev.page, rev.own_prob
    if not _opens_sentence(page, blocks, i) or SENTENCE_END.search(page.block_text(i)) is not None or SENTENCE_END.search(page.block_text(after)) is None:
        return False
    if _CONTINUES.match(page.block_text(after)) is not None:
        return True
    return own is not None and page.weighted_letters[after] < params.short_line_letters and own[after] >= params.clearly_clean
