"""The shipped classifier: a multinomial linear model over hashed character n-grams.

A model is two files side by side: ``<name>.json`` (the header: format version, featurizer
parameters, labels, decision thresholds, a digest of the training data and of the weights) and
``<name>.npz`` (the arrays ``weights`` of shape (n_features, n_labels) and ``bias``). Arrays are
loaded with ``allow_pickle=False`` and nothing is ever unpickled. Any mismatch between the two
files raises :class:`~spamguard.errors.ModelFormatError` with what to do about it.

A block's features are its n-gram counts divided by the square root of their total (close to L2
normalisation, since most n-grams of a block are distinct, and exact to compute without counting
distinct n-grams), so its logits are the bias plus the sum of its n-grams' weight rows over that
root: cheap for every block of a page at once, and a line's logits follow from its blocks' sums.
"""

from __future__ import annotations

import hashlib
import json
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np
import regex

from .clauses import clause_bounds
from .decide import DecisionParams, ModelScores
from .errors import ModelFormatError
from .features import CharNgrams
from .gather import column_groups, sum_rows
from .segment import Segmentation, run_starts, sum_by_line

FORMAT_VERSION = 1
CLAUSE_GATE = 0.5  # blocks under this spam probability are not looked at clause by clause
MIN_CLAUSE = 20  # characters: shorter pieces between commas (a name in a list of credits) say too little
# The host name of a web address (not its path, where honest sites name their topics:
# ".../gambling-problems/online-casino-help"), and the punctuation between the words it is built from.
_ADDRESS_HOST = regex.compile(r"(?:https?://|(?<![\w.-])www\.)([^\s<>\"'|/?#:]+)", regex.IGNORECASE)
_ADDRESS_GLUE = regex.compile(r"[.\-_]+")
_ADDRESS_PREFIXES = frozenset({"www"})
# A host name read alone counts from this spam probability ("slot-gacor-hari-ini.vip"); a real
# casino's or pharmacy's own name reads high too ("casino-barriere.com", 0.86), so below it the
# names count only on a line of two or more addresses (a list of links).
ADDRESS_CERTAIN = 0.99
SHIPPED_MODEL = "spamguard-v1"

# The least spam probability of each of two sentences read as one pitch (``_certain_pairs``): leaning
# to spam at all. At 0.85 the scratch same-script inline set's recall was 0.686 (dev) and 0.773
# (test), at 0.5 0.694 and 0.775, no hard line touched either way.
PAIR_FLOOR = 0.5


def _digest(*arrays: np.ndarray) -> str:
    h = hashlib.sha256()
    for a in arrays:
        h.update(np.ascontiguousarray(a).tobytes())
    return h.hexdigest()[:16]


@dataclass(frozen=True, eq=False)
class LinearModel:
    """Weights, labels and the featurizer they were trained with.

    Attributes:
        featurizer: the n-gram featurizer (its parameters are part of the model).
        labels: class names; ``labels[0]`` is ``"clean"``.
        weights: float32 array (n_features, n_labels).
        bias: float32 array (n_labels,).
        decision: thresholds of the decision stage tuned for this model.
        meta: everything else of the header (training digest, figures).
    """

    featurizer: CharNgrams
    labels: tuple[str, ...]
    weights: np.ndarray
    bias: np.ndarray
    decision: DecisionParams = field(default_factory=DecisionParams)
    meta: dict[str, Any] = field(default_factory=dict)

    @cached_property
    def gather_groups(self) -> tuple[np.ndarray, ...]:
        """The weights in groups of columns that gather fast (see ``column_groups``)."""
        return column_groups(self.weights)

    def logit_sums(self, seg: Segmentation) -> tuple[np.ndarray, np.ndarray]:
        """Sum of weight rows over each block's n-grams, and each block's n-gram count."""
        bucket, owner, counts = self.featurizer.ngrams(seg.cps, seg.block_start, seg.block_end)
        return sum_rows(self.gather_groups, bucket, owner, seg.n_blocks), counts

    def probabilities(self, sums: np.ndarray, counts: np.ndarray) -> np.ndarray:
        """Softmax of bias + summed weight rows / sqrt(n-gram count) (zero counts give the bias)."""
        logits = self._logits(sums, counts)
        logits -= logits.max(axis=1, keepdims=True)
        e = np.exp(logits)
        return e / e.sum(axis=1, keepdims=True)

    def spam_log_odds(self, sums: np.ndarray, counts: np.ndarray) -> np.ndarray:
        """Log-odds of spam (any category) against clean for each row of summed weight rows:
        unlike probabilities, they do not saturate at 1.0, so two sure readings can be compared."""
        logits = self._logits(sums, counts)
        return np.logaddexp.reduce(logits[:, 1:], axis=1) - logits[:, 0]

    def _logits(self, sums: np.ndarray, counts: np.ndarray) -> np.ndarray:
        return self.bias + sums / np.sqrt(np.maximum(counts, 1))[:, None]

    def score(self, seg: Segmentation, runs: np.ndarray | None = None, certain_sentence: float | None = None,
              quoted: Callable[[np.ndarray, np.ndarray], np.ndarray] | None = None,
              list_members: np.ndarray | None = None, fragments: np.ndarray | None = None) -> ModelScores:
        """Label probabilities of every block and every line of a page, of each block's most
        spam-like clause (see :meth:`clause_best`), of every piece (paragraph), of each block's list
        run (``Segmentation.block_list_run``) and, given ``runs``
        (a run number per block, in order, e.g. ``PageProfile.block_run``), of every run.
        Given ``certain_sentence``, also of every piece without its sentences whose own spam
        probability is at least that, or that make a certain pitch in two (``_certain_pairs``),
        and without the blocks ``quoted`` gives (a function of each block's and each line's spam
        probability; ``ModelScores.quoted``) and its certain masked words (``masked_words``):
        ``ModelScores.piece_rest``, what the rest of a paragraph says once the injected sentence
        that makes it read as spam, or the spam it quotes, is set apart. ``list_members`` (a flag per block) says which blocks of a list run
        are its items (``view.list_items``): the run reads as those alone, not as the host's words
        that its first or last item is glued to. ``fragments`` (a flag per block) are pieces too
        short to be a sentence of their paragraph (``view.page_scores``): the rest of a paragraph
        is its sentences, without them where it has any."""
        sums, counts = self.logit_sums(seg)
        line_sums = sum_by_line(seg, sums)
        line_counts = sum_by_line(seg, counts)
        block = self.probabilities(sums, counts)
        line = self.probabilities(line_sums, line_counts)
        quoted_blocks = quoted(1.0 - block[:, 0], 1.0 - line[:, 0]) if quoted is not None and seg.n_blocks else None

        def by_group(groups: np.ndarray, members: np.ndarray | None = None) -> np.ndarray:  # groups: a number per block, in runs
            starts = run_starts(groups)
            if members is None:
                return self.probabilities(np.add.reduceat(sums, starts, axis=0), np.add.reduceat(counts, starts))
            return self.probabilities(np.add.reduceat(sums * members[:, None], starts, axis=0), np.add.reduceat(counts * members, starts))

        run = by_group(runs) if runs is not None and len(runs) else None
        piece = by_group(seg.block_piece) if seg.n_blocks else None
        # a page with no list separator has no list run of more than one block to read
        list_run = by_group(seg.block_list_run, list_members)[seg.block_list_run] if seg.block_opens_list.any() else None
        piece_rest = None
        paired = None
        if certain_sentence is not None and seg.n_blocks:
            apart = seg.block_sentence & (1.0 - block[:, 0] >= certain_sentence)
            paired = self._certain_pairs(seg, sums, counts, block, apart, certain_sentence)
            if paired is not None:
                apart = apart | ~np.isnan(paired[:, 0])
            # a masked word is written for the filter, as the paragraph's own words are not
            apart = apart | seg.block_masked if quoted_blocks is None else apart | seg.block_masked | quoted_blocks
            if apart.any():
                n_pieces = int(seg.block_piece[-1]) + 1
                rest_sums = np.zeros((n_pieces, sums.shape[1]), dtype=sums.dtype)
                rest = ~apart
                if fragments is not None:
                    # the pieces of a keyword run glued to a host's sentence, under certainty one by
                    # one ("…くせに。" + "ふ◯な◯>>_性O理_兜xわx"), are no sentence of the host's
                    # paragraph: read along, they make its rest lean to spam (0.73, 0.14 without)
                    sentences = rest & ~fragments
                    has = np.bincount(seg.block_piece[sentences], minlength=n_pieces) > 0
                    rest = sentences | (rest & ~has[seg.block_piece])
                np.add.at(rest_sums, seg.block_piece[rest], sums[rest])
                piece_rest = self.probabilities(rest_sums, np.bincount(seg.block_piece[rest], counts[rest], n_pieces))
        page = self.probabilities(sums.sum(axis=0, keepdims=True), np.array([counts.sum()]))[0]
        best_part = self.address_words(seg, self.clause_best(seg, block))
        evidence = sums[:, 1:].max(axis=1) - sums[:, 0] if seg.n_blocks else np.zeros(0)
        return ModelScores(self.labels, block, line, best_part, run, piece, page, piece_rest, paired, quoted_blocks, list_run,
                           evidence=evidence)

    def _certain_pairs(self, seg: Segmentation, sums: np.ndarray, counts: np.ndarray, block: np.ndarray,
                       apart: np.ndarray, certain: float) -> np.ndarray | None:
        """Per block, the probabilities of the two sentences it makes with its neighbour when
        each leans to spam on its own (``PAIR_FLOOR``) and both together read as certain spam,
        NaN elsewhere, or None when no block has one: a pitch's hook question and its offer
        ("Precisando de dinheiro rápido?" 0.93, "Empréstimo pessoal aprovado na hora, mesmo
        negativado..." 0.99; together 1.0) is one injection, each half too short to be certain."""
        lean = seg.block_sentence & ~apart & (1.0 - block[:, 0] >= PAIR_FLOOR)
        first = np.flatnonzero(lean[:-1] & lean[1:] & (seg.block_piece[:-1] == seg.block_piece[1:]))
        if not len(first):
            return None
        probs = self.probabilities(sums[first] + sums[first + 1], counts[first] + counts[first + 1])
        sure = 1.0 - probs[:, 0] >= certain
        if not sure.any():
            return None
        out = np.full(block.shape, np.nan, dtype=block.dtype)
        for i, p in zip(first[sure].tolist(), probs[sure]):
            for j in (i, i + 1):
                if np.isnan(out[j, 0]) or p[0] < out[j, 0]:
                    out[j] = p
        return out

    def clause_best(self, seg: Segmentation, block: np.ndarray) -> np.ndarray:
        """Per block, the probabilities of its most spam-like clause (pieces between commas and
        semicolons), or its own when it has one clause, more than ``MAX_CLAUSES``, or a spam
        probability under ``CLAUSE_GATE``: one strong phrase in a long pitch is diluted by the ordinary words
        around it ("Préstamos online al instante sin aval, dinero en tu cuenta en 10 minutos")."""
        gate = np.flatnonzero(1.0 - block[:, 0] >= CLAUSE_GATE)
        starts: list[int] = []
        ends: list[int] = []
        owners: list[int] = []
        for b in gate.tolist():
            for a, z in clause_bounds(seg, b):
                if z - a >= MIN_CLAUSE:
                    starts.append(a)
                    ends.append(z)
                    owners.append(b)
        if not starts:
            return block
        clause = self.span_probabilities(seg.cps, np.array(starts), np.array(ends))
        out = block.copy()
        for c, b in enumerate(owners):
            if clause[c, 0] < out[b, 0]:
                out[b] = clause[c]
        return out

    def span_sums(self, cps: np.ndarray, starts: np.ndarray, ends: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Summed weight rows and n-gram counts of each span ``cps[starts[j]:ends[j]]`` read as a
        block of its own; spans may overlap (each is copied). Only the spans' code points are
        folded and hashed, not the whole page: a few clauses cost what they hold."""
        if not len(starts):  # nothing to read (a caller's candidates all filtered out)
            return np.zeros((0, len(self.labels)), dtype=np.float32), np.zeros(0, dtype=np.int64)
        lengths = ends - starts
        compact = np.concatenate([cps[s:e] for s, e in zip(starts.tolist(), ends.tolist())])
        at = np.concatenate(([0], np.cumsum(lengths)[:-1]))
        bucket, owner, counts = self.featurizer.ngrams(compact, at, at + lengths)
        return sum_rows(self.gather_groups, bucket, owner, len(starts)), counts

    def char_sums(self, cps: np.ndarray, start: int, end: int) -> tuple[np.ndarray, np.ndarray]:
        """``char_rows`` of the one span ``cps[start:end]``."""
        return self.char_rows(cps, np.array([start]), np.array([end]))[:2]

    def char_rows(self, cps: np.ndarray, starts: np.ndarray, ends: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Summed weight rows and n-gram counts of each span (sorted, not overlapping) read as a
        block of its own, character by character: an n-gram counts half at its first character and
        half at its last (``CharNgrams.ngram_spans``), so a stretch's evidence ends where its
        characters do (for scripts written without spaces). Span j's rows run from ``offsets[j]``
        to ``offsets[j + 1]``, the same to the bit read alone or with others; they add up to its
        ``span_sums``."""
        bucket, first, last, span = self.featurizer.ngram_spans(cps, starts, ends)
        offsets = np.concatenate(([0], np.cumsum(ends - starts))).astype(np.int64)
        n = int(offsets[-1])
        first, last = first + (offsets[:-1] - starts)[span], last + (offsets[:-1] - starts)[span]  # -> rows
        by_last = np.argsort(last, kind="stable")
        sums = sum_rows(self.gather_groups, bucket, first, n)
        sums += sum_rows(self.gather_groups, bucket[by_last], last[by_last], n)
        counts = np.bincount(first, minlength=n) + np.bincount(last, minlength=n)
        return sums / 2, counts / 2, offsets

    def span_probabilities(self, cps: np.ndarray, starts: np.ndarray, ends: np.ndarray) -> np.ndarray:
        """Label probabilities of each span read as a block of its own (see :meth:`span_sums`)."""
        return self.probabilities(*self.span_sums(cps, starts, ends))

    def address_words(self, seg: Segmentation, best: np.ndarray) -> np.ndarray:
        """``best`` (per block, the probabilities of its most spam-like part), with the words of
        the host names of a block's web addresses read as text where they are more spam-like: a
        spam site is named after what it sells ("https://viagra-pas-cher.shop/achat" reads as
        "viagra pas cher shop"), while the characters of an address ("https://", "/", "-") read
        as a page's own links. On a line of one address, only a name that reads as certain spam
        (``ADDRESS_CERTAIN``) counts."""
        text = seg.text
        if "://" not in text and "www." not in text.lower():
            return best
        words: dict[int, list[str]] = {}
        per_line: dict[int, int] = {}
        for m in _ADDRESS_HOST.finditer(text):
            b = int(np.searchsorted(seg.block_start, m.start(), side="right")) - 1
            if b < 0 or m.start() >= seg.block_end[b]:
                continue
            parts = [w for w in _ADDRESS_GLUE.split(m.group(1)) if w and w.lower() not in _ADDRESS_PREFIXES]
            words.setdefault(b, []).extend(parts)
            line = int(seg.block_line[b])
            per_line[line] = per_line.get(line, 0) + 1
        if not words:
            return best
        owners = list(words)
        read = self.predict_texts([" ".join(words[b]) for b in owners])
        out = best
        for b, probs in zip(owners, read):
            listed = per_line[int(seg.block_line[b])] >= 2
            if probs[0] < out[b, 0] and (listed or 1.0 - probs[0] >= ADDRESS_CERTAIN):
                out = out if out is not best else best.copy()
                out[b] = probs
        return out

    def predict_texts(self, texts: list[str]) -> np.ndarray:
        """Label probabilities of each text taken as one block (for evaluation)."""
        bucket, owner, counts = self.featurizer.ngrams_of_texts(texts)
        return self.probabilities(sum_rows(self.gather_groups, bucket, owner, len(texts)), counts)

    # ---- files ----

    def save(self, path_stem: str | Path) -> None:
        """Write ``<stem>.npz`` and ``<stem>.json``."""
        stem = Path(path_stem)
        weights = self.weights.astype(np.float16)
        bias = self.bias.astype(np.float32)
        np.savez_compressed(stem.with_suffix(".npz"), weights=weights, bias=bias)
        header = {
            "format_version": FORMAT_VERSION,
            "featurizer": self.featurizer.params(),
            "labels": list(self.labels),
            "decision": self.decision.__dict__,
            "weights_digest": _digest(weights, bias),
            **self.meta,
        }
        stem.with_suffix(".json").write_text(json.dumps(header, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")

    @classmethod
    def load(cls, path_stem: str | Path) -> "LinearModel":
        """Load a model written by :meth:`save`.

        Raises:
            ModelFormatError: a file is missing, corrupt, of another format version, or its
                arrays do not match the header.
        """
        stem = Path(path_stem)
        header = _read_header(stem.with_suffix(".json"))
        try:
            with np.load(stem.with_suffix(".npz"), allow_pickle=False) as npz:
                weights = np.asarray(npz["weights"])
                bias = np.asarray(npz["bias"])
        except FileNotFoundError:
            raise ModelFormatError(f"model weights {stem.with_suffix('.npz')} not found") from None
        except (OSError, ValueError, KeyError, zipfile.BadZipFile, EOFError) as e:
            raise ModelFormatError(
                f"model weights {stem.with_suffix('.npz')} are unreadable ({e}); retrain with "
                "`python -m training.train` or reinstall spamguard"
            ) from None
        return cls._from_parts(stem, header, weights, bias)

    @classmethod
    def _from_parts(cls, stem: Path, header: dict[str, Any], weights: np.ndarray, bias: np.ndarray) -> "LinearModel":
        try:
            featurizer = CharNgrams(**header["featurizer"])
            labels = tuple(header["labels"])
            decision = DecisionParams.from_dict(header.get("decision", {}))
            expected_digest = header["weights_digest"]
        except (KeyError, TypeError, ValueError) as e:
            raise ModelFormatError(f"model header {stem.with_suffix('.json')} is incomplete: {e}") from None
        if weights.shape != (featurizer.n_features, len(labels)) or bias.shape != (len(labels),):
            raise ModelFormatError(
                f"model arrays {weights.shape}/{bias.shape} do not match the header "
                f"({featurizer.n_features} features, {len(labels)} labels) of {stem}"
            )
        if _digest(weights, bias) != expected_digest:
            raise ModelFormatError(f"model weights of {stem} do not match the digest in its header")
        if not labels or labels[0] != "clean":
            raise ModelFormatError(f"model {stem}: the first label must be 'clean', got {labels[:1]}")
        meta = {k: v for k, v in header.items() if k not in {"format_version", "featurizer", "labels", "decision", "weights_digest"}}
        return cls(featurizer, labels, np.ascontiguousarray(weights, dtype=np.float32), bias.astype(np.float32), decision, meta)


def _read_header(path: Path) -> dict[str, Any]:
    try:
        header = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ModelFormatError(f"model header {path} not found") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
        raise ModelFormatError(f"model header {path} is not valid JSON ({e})") from None
    if not isinstance(header, dict):
        raise ModelFormatError(f"model header {path} is not a JSON object")
    version = header.get("format_version")
    if version != FORMAT_VERSION:
        raise ModelFormatError(
            f"model {path} has format_version {version!r}; this spamguard reads version "
            f"{FORMAT_VERSION}: upgrade spamguard or retrain with `python -m training.train`"
        )
    return header


def shipped_model_path() -> Path | None:
    """Stem of the model shipped in the package, or None when it is not there."""
    base = resources.files("spamguard") / "data"
    stem = Path(str(base)) / SHIPPED_MODEL
    return stem if stem.with_suffix(".json").exists() else None
