"""The clauses of a sentence, and the clauses that describe rather than say.

A clause is a piece of a block between its commas and semicolons (``clause_bounds``). A clause
that opens with a relative word or a participle describes the noun before its comma ("...venti
siti, che vendevano Viagra e Cialis senza ricetta ..."): news about spam, in spam's words. An
injected clause opens its own utterance instead (an offer, an imperative, "xem thêm").

Such a sentence is the host's when its other clauses read clean without the described ones
(``described_blocks``), as a sentence quoting an advert is the host's when its words outside the
quotation read clean (``quotes.quoted_blocks``).

>>> describes("che vendevano Viagra e Cialis senza ricetta"), describes("compra Viagra senza ricetta")
(True, False)
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable

import numpy as np
import regex

from .lines import line_may_be_prose
from .normalize import HTML_REF
from .page import Page
from .segment import Segmentation
from .sentences import PADDING

# Commas and semicolons only: after a colon comes what a label announces ("Contact: ..."), not a clause.
CLAUSE_MARK = np.zeros(0x10000, dtype=bool)
CLAUSE_MARK[[ord(c) for c in ",;，；、\u060c\u061b"]] = True  # with the Arabic comma and semicolon
MAX_CLAUSES = 8  # a pitch has a handful of clauses; ten comma-separated pieces are a list (credits, an address)


def clause_bounds(seg: Segmentation, b: int) -> list[tuple[int, int]]:
    """Offsets (start, end) of the clauses of block ``b``, the pieces between its commas and
    semicolons; empty when it has one clause or more than ``MAX_CLAUSES`` (a list: credits, an
    address)."""
    s, e = int(seg.block_start[b]), int(seg.block_end[b])
    marks = np.flatnonzero(np.take(CLAUSE_MARK, np.minimum(seg.cps[s:e], 0xFFFF)))
    if (seg.cps[s + marks] == ord(";")).any():
        # the ";" that closes an HTML character reference ("&#118;") is not a clause's end
        ref_ends = [m.end() - 1 for m in HTML_REF.finditer(seg.text[s:e])]
        marks = marks[~np.isin(marks, ref_ends)]
    if not len(marks) or len(marks) + 1 > MAX_CLAUSES:
        return []
    at = (s + marks).tolist()
    return list(zip([s, *(m + 1 for m in at)], [*at, e]))


def blocks_with_clauses(seg: Segmentation) -> np.ndarray:
    """Whether each block holds a comma or a semicolon: a cheap gate before ``clause_bounds``."""
    mark_at = np.flatnonzero(np.take(CLAUSE_MARK, np.minimum(seg.cps, 0xFFFF)))
    return np.searchsorted(mark_at, seg.block_end) > np.searchsorted(mark_at, seg.block_start)


# A clause that opens with a relative word or a participle describes the noun before its comma
# ("...dozens of websites, offering online casino games with 100% welcome bonuses ...", "sites,
# qui vendaient du Viagra ...", "situs, yang menawarkan slot gacor ..."), and one that opens with
# "such as" gives examples of it ("Most spam comments are short, such as cheap replica watches
# with free shipping, ..."); a Chinese clause that opens with "宣称" (claims) reports what its
# subject, said in the clause before, claims ("诈骗集团在社群网站刊登广告，宣称免费看最新素人影片").
_EXAMPLES = (
    r"such as|including|for example|e\.g\.|por ejemplo|como|par exemple|comme|zum beispiel|z\. ?b\.|"
    r"wie|etwa|per esempio|come|na przykład|np\.|seperti|misalnya|termasuk|например|такие как|"
    r"ví dụ|chẳng hạn"
)
_GIVES_EXAMPLES = regex.compile(rf"(?:{_EXAMPLES})\b|例如|比如|诸如|例えば|たとえば", regex.IGNORECASE)
_RELATIVE = regex.compile(
    rf"(?:{_EXAMPLES}|"
    r"which|who|whose|whom|qui|dont|lesquels|lesquelles|que|quienes|cuyos?|cuyas?|che|cui|"
    r"yang|który|która|które|których|którzy|котор\w+|welche[rsmn]?|deren|dessen|"
    r"\w{3,}ing|\w{2,}(?:ющ|ящ|ущ|ащ|вш)(?:ий|ая|ее|ие|их|им|ими|его|ей|ую))\b|例如|比如|诸如|例えば|たとえば|宣称|声称|号称|谎称|宣稱|聲稱|號稱|謊稱",
    regex.IGNORECASE,
)
# a German or Dutch article opens a relative clause when the clause ends with its verb, in lower case
# ("Internetseiten, die Viagra und Cialis ohne Rezept ... anbieten"), a noun phrase with a noun
_ARTICLE_RELATIVE = regex.compile(r"(?i:der|die|das|den|dem|dat)\s.*\s\p{Ll}+[.!?]?$", regex.DOTALL)


def as_shown(text: str) -> str:
    """``text`` read as shown: compatibility forms folded (full-width letters), invisible controls
    and emoji left out, spaces collapsed."""
    return regex.sub(r"\s+", " ", PADDING.sub("", unicodedata.normalize("NFKC", text))).strip()


def describes(clause: str) -> bool:
    """Whether a clause describes the noun before it (``_RELATIVE``, ``_ARTICLE_RELATIVE``), read
    as shown: compatibility forms folded (full-width letters), invisible controls and emoji left out."""
    clause = as_shown(clause)
    return _RELATIVE.match(clause) is not None or _ARTICLE_RELATIVE.match(clause) is not None


def describing_word(word: str) -> bool:
    """Whether ``word`` opens a clause that describes the noun before it or gives examples of it
    (``_RELATIVE``: "which", "qui", "selling", "такие как" aside, which takes two words).

    >>> describing_word("selling"), describing_word("yang"), describing_word("Spitze")
    (True, True, False)
    """
    return _RELATIVE.fullmatch(word) is not None


def described_blocks(
    page: Page, blocks: np.ndarray, rest_letters: float, reads_clean: Callable[[list[tuple[int, int]]], bool]
) -> np.ndarray:
    """Whether each block is a sentence of the host's prose that names spam only in the clauses
    that describe (``describes``): of the blocks ``blocks`` marks, on lines that may be prose,
    those with a describing clause and at least ``rest_letters`` letters in their other clauses,
    which read clean together (``reads_clean``, given their spans).

    >>> page = Page.from_text("I carabinieri hanno oscurato venti siti, che vendevano Viagra e Cialis "
    ...                       "senza ricetta, e sequestrato migliaia di compresse.")
    >>> described_blocks(page, np.ones(1, dtype=bool), 33, lambda spans: True).tolist()
    [True]
    """
    seg = page.seg
    out = np.zeros(seg.n_blocks, dtype=bool)
    if not blocks.any():
        return out
    for b in np.flatnonzero(blocks & blocks_with_clauses(seg)).tolist():
        k = int(seg.block_line[b])
        if not page.cached("may_prose", k, lambda j: line_may_be_prose(page, j)):
            continue
        said: list[tuple[int, int]] = []
        examples: set[tuple[int, int]] = set()  # clauses that go on with examples given before them
        described = giving = False
        for a, z in clause_bounds(seg, b):
            if describes(seg.text[a:z]):
                described = True
                giving = giving or _GIVES_EXAMPLES.match(as_shown(seg.text[a:z])) is not None
            else:
                said.append((a, z))
                if giving:
                    examples.add((a, z))
        weight = page.letters_before
        if described and said and sum(float(weight[z] - weight[a]) for a, z in said) >= rest_letters:
            # and no clause of the sentence's own says spam as a line alone: one slipped between
            # its commas ("..., cialis originale senza ricetta spedizione in 24 ore, ...") is no
            # description, though the long clauses around it read it down; examples go on after
            # the clause that gives them ("..., such as cheap replica watches ..., or links to
            # payday loans with no credit check, and ...")
            out[b] = reads_clean(said) and all(
                reads_clean([(a, z)]) for a, z in said if weight[z] - weight[a] >= rest_letters and (a, z) not in examples
            )
    return out
