"""The page profile: which writing systems a page is written in, block by block and overall.

A Han run is foreign on an English news page and home on a Chinese one; a bilingual lesson is at
home in both. The profile decides this from how many *lines* each script group dominates (or
appears on), not from its share of characters: one injected block can be longer than the article
it sits in, but it is rarely spread over many lines the way a page's own languages are.

>>> from spamguard.segment import segment
>>> p = profile_page(segment("An English headline\\nSome text here.\\nMore text.\\n中文广告中文广告"))
>>> [p.group_names[g] for g in p.home_groups]
['Latin']
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .scripts import FIRST_GROUP, GROUP_NAMES, group_name
from .segment import Segmentation, sum_by_line

N_CLASSES = FIRST_GROUP + len(GROUP_NAMES)

# A group is home when it dominates the most lines; or at least HOME_LINE_SHARE of them; or
# SPREAD_LINE_SHARE of them in at least SPREAD_RUNS separate runs (a bilingual page interleaves its
# languages, an injection sits in one place); or HOME_LETTER_SHARE of the page's letters.
HOME_LINE_SHARE = 0.35
SPREAD_LINE_SHARE = 0.15
SPREAD_RUNS = 3
HOME_LETTER_SHARE = 0.6
# ... or it has letters on HOME_PRESENT_SHARE of the lines with letters, of a page of at least
# HOME_PRESENT_LINES such lines: a lesson pairs its languages on every line ("passport — パスポート"),
# where the shorter-looking script dominates few lines; an injection reaches few of a page's lines.
HOME_PRESENT_SHARE = 0.6
HOME_PRESENT_LINES = 5

# Marks of a copyright/footer line, lower case. Found with str.rfind on the lower-cased page: a
# case-insensitive regex alternation over the whole page costs ten times more.
FOOTER_MARKS = (
    "\N{COPYRIGHT SIGN}", "(c) 1", "(c) 2", "copyright", "all rights reserved", "版权所有", "版權所有",
    "icp备", "icp證", "icp证", "著作権", "無断転載", "todos los derechos reservados", "direitos reservados",
    "tous droits réservés", "alle rechte vorbehalten", "все права защищены", "hak cipta", "powered by",
    # "all rights reserved" as sites write it in other languages
    "tutti i diritti riservati", "alle rechten voorbehouden", "wszelkie prawa zastrzeżone", "tüm hakları saklıdır",
    "všechna práva vyhrazena", "minden jog fenntartva", "alla rättigheter förbehållna", "kaikki oikeudet pidätetään",
    "όλα τα δικαιώματα", "כל הזכויות שמורות", "جميع الحقوق محفوظة", "सर्वाधिकार सुरक्षित", "สงวนลิขสิทธิ์",
    "bảo lưu mọi quyền", "저작권",
    # a company's legal line closes its pages as a copyright line does
    "registered in england", "partita iva", "cnpj",
)


@dataclass(frozen=True, eq=False)
class PageProfile:
    """Script make-up of a page.

    Attributes:
        block_counts: letters per script group for each block, shape (n_blocks, N_CLASSES).
        block_letters: letters in each block.
        block_group: dominant script group of each block (0 when it has no letters).
        line_group: dominant script group of each line (0 when it has no letters).
        block_run: script run of each block: runs are numbered in page order, and a run is a
            stretch of consecutive blocks of one line in one script group (blocks without
            letters, "2025" or "✅", belong to the run they follow).
        run_group: script group of each run.
        home_groups: the groups the page is written in.
        footer_line: index of the last copyright/footer line, or -1.
    """

    block_counts: np.ndarray
    block_letters: np.ndarray
    block_group: np.ndarray
    line_group: np.ndarray
    block_run: np.ndarray
    run_group: np.ndarray
    home_groups: frozenset[int]
    footer_line: int

    @property
    def group_names(self) -> dict[int, str]:
        return {g: group_name(g) for g in range(N_CLASSES)}


def _block_counts(seg: Segmentation) -> np.ndarray:
    """Letters of each block per script group; a letter spelled as an HTML character reference
    counts as the letter (``Segmentation.reference_letters``)."""
    letters = np.flatnonzero(seg.groups >= FIRST_GROUP)
    groups = seg.groups[letters]
    counts = np.zeros((seg.n_blocks, N_CLASSES), dtype=np.int64)
    ref_at, ref_groups = seg.reference_letters
    if len(ref_at):
        letters = np.concatenate((letters, ref_at))
        groups = np.concatenate((groups, ref_groups))
    if seg.n_blocks == 0 or len(letters) == 0:
        return counts
    blk = np.searchsorted(seg.block_start, letters, side="right") - 1
    ok = (blk >= 0) & (letters < seg.block_end[np.maximum(blk, 0)])
    flat = blk[ok] * N_CLASSES + groups[ok]
    counts += np.bincount(flat, minlength=seg.n_blocks * N_CLASSES).reshape(-1, N_CLASSES)
    return counts


def _footer_line(seg: Segmentation, skip: np.ndarray | None = None) -> int:
    """The last line under 400 characters with a copyright/footer mark, or -1; lines in ``skip``
    (a boolean per line) do not count."""
    lowered = seg.text.lower()
    if len(lowered) != len(seg.text):  # lowering changed some lengths ("İ"): offsets no longer match
        lines = (seg.text[s:e].lower() for s, e in zip(seg.line_start, seg.line_end))
        hits = [k for k, line in enumerate(lines) if any(m in line for m in FOOTER_MARKS)]
    else:
        return _last_footer_line(seg, lowered, skip)
    return max(
        (k for k in hits if seg.line_end[k] - seg.line_start[k] < 400 and (skip is None or not skip[k])), default=-1
    )


def holds_footer_mark(text: str) -> bool:
    """Whether ``text`` holds a copyright/footer mark (``FOOTER_MARKS``)."""
    lowered = text.lower()
    return any(m in lowered for m in FOOTER_MARKS)


def footer_mark_end(seg: Segmentation, k: int) -> int | None:
    """The offset just past the copyright/footer mark of line ``k`` that ends first, or None."""
    line = seg.text[seg.line_start[k] : seg.line_end[k]].lower()
    if len(line) != seg.line_end[k] - seg.line_start[k]:
        return None
    ends = [at + len(m) for m in FOOTER_MARKS if (at := line.find(m)) >= 0]
    return int(seg.line_start[k]) + min(ends) if ends else None


def _last_footer_line(seg: Segmentation, lowered: str, skip: np.ndarray | None) -> int:
    """``_footer_line`` on a page whose lower-cased text keeps its offsets: each mark is looked
    for from the end (``str.rfind``), back only as far as a line after the best one so far, since
    the last footer line is wanted (one regex over the whole page cost several times more)."""
    best = -1
    for mark in FOOTER_MARKS:
        end = len(lowered)
        while (at := lowered.rfind(mark, 0, end)) >= 0:
            k = int(np.searchsorted(seg.line_start, at, side="right")) - 1
            if k <= best:
                break
            if seg.line_end[k] - seg.line_start[k] < 400 and (skip is None or not skip[k]):
                best = k
                break
            end = at + len(mark) - 1  # the next occurrence starts before this one
    return best


def script_runs(seg: Segmentation, block_group: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Run number of each block and script group of each run (see ``PageProfile.block_run``)."""
    n = seg.n_blocks
    if n == 0:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    at = np.arange(n)
    line_start = np.concatenate(([True], seg.block_line[1:] != seg.block_line[:-1]))
    # each block's script: its own, or the last lettered block's on its line before it
    last = np.maximum.accumulate(np.where((block_group > 0) | line_start, at, 0))
    script = block_group[last]
    new = line_start | np.concatenate(([True], script[1:] != script[:-1]))
    return np.cumsum(new) - 1, script[new]


def profile_page(seg: Segmentation, ignore: np.ndarray | None = None) -> PageProfile:
    """Profile the scripts of a segmented page.

    Args:
        seg: the page, cut by :func:`spamguard.segment.segment`.
        ignore: blocks left out when deciding the page's home scripts (text already known to be
            spam: a big injected block must not make its script one of the page's own).

    Returns:
        The page's :class:`PageProfile`.
    """
    counts = _block_counts(seg)
    letters = counts.sum(axis=1)
    block_group = np.where(letters > 0, counts.argmax(axis=1), 0)

    line_counts = sum_by_line(seg, counts)
    line_letters = line_counts.sum(axis=1)
    line_group = np.where(line_letters > 0, line_counts.argmax(axis=1), 0)
    skipped_lines = None
    if ignore is not None and ignore.any():
        blocks_per_line = sum_by_line(seg, np.ones(seg.n_blocks, dtype=np.int64))
        skipped_lines = (sum_by_line(seg, ignore.astype(np.int64)) == blocks_per_line) & (blocks_per_line > 0)
        line_counts = sum_by_line(seg, np.where(ignore[:, None], 0, counts))
        line_letters = line_counts.sum(axis=1)
        home_line_group = np.where(line_letters > 0, line_counts.argmax(axis=1), 0)
    else:
        home_line_group = line_group

    home: set[int] = set()
    text_lines = home_line_group[line_letters > 0]
    if len(text_lines):
        dominated = np.bincount(text_lines, minlength=N_CLASSES)
        starts_run = np.concatenate(([True], text_lines[1:] != text_lines[:-1]))
        runs = np.bincount(text_lines[starts_run], minlength=N_CLASSES)
        share = dominated / len(text_lines)
        spread = (share >= SPREAD_LINE_SHARE) & (runs >= SPREAD_RUNS)
        totals = line_counts.sum(axis=0)
        by_letters = totals >= HOME_LETTER_SHARE * totals.sum()
        present = (line_counts[line_letters > 0] > 0).sum(axis=0) >= HOME_PRESENT_SHARE * len(text_lines)
        present &= len(text_lines) >= HOME_PRESENT_LINES
        home_mask = (share >= HOME_LINE_SHARE) | spread | by_letters | present
        home_mask[int(dominated.argmax())] = True
        home = {int(g) for g in np.flatnonzero(home_mask & (dominated > 0))}
    block_run, run_group = script_runs(seg, block_group)
    return PageProfile(
        block_counts=counts,
        block_letters=letters,
        block_group=block_group,
        line_group=line_group,
        block_run=block_run,
        run_group=run_group,
        home_groups=frozenset(home),
        # a footer inside text already known to be spam (an injected "版权所有 © 澳门新葡京") is not the page's
        footer_line=_footer_line(seg, skipped_lines),
    )
