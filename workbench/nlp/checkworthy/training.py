"""Learning the check-worthiness model and its leave-one-transcript-out evaluation.

Plain Python and numpy; ``manage.py evaluate_checkworthiness`` reads the transcripts,
gets the claims' evidence from :mod:`.transcripts` and prints what :func:`evaluate`
returns. Term counts are numpy vectors over one vocabulary, so the many term tables
that cross-fitting needs (one per pair of held-out transcripts) cost milliseconds.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from . import FEATURES, Model, dense_features, shipped_model, terms

# Pseudo-count of the term-table shrinkage: a term seen in n claims moves from the prior
# log-odds (0) about n / (n + ALPHA) of the way to its observed log-odds.
ALPHA = 20.0
MIN_COUNT = 3  # terms seen in fewer training claims are left out of the table
L2 = 1.0

Vector = npt.NDArray[np.float64]


@dataclass(frozen=True)
class Encoded:
    """One transcript's claims as arrays: dense features, term ids, labels, counts."""

    dense: Vector  # claims × (FEATURES - lexical)
    term_ids: npt.NDArray[np.int64]  # the terms of every claim, concatenated
    term_claim: npt.NDArray[np.int64]  # the claim each of those terms belongs to
    sizes: Vector  # the number of terms of each claim (at least 1)
    sentence: npt.NDArray[np.int64]  # the sentence of each claim
    claim_labels: Vector
    labels: list[int]  # one per sentence
    pos: Vector  # per vocabulary term: in how many check-worthy claims it occurs
    neg: Vector  # … and in how many others


def encode(
    evidence: Mapping[str, Sequence[Sequence[Mapping[str, Any]]]],
    labels: Mapping[str, Sequence[int]],
) -> tuple[dict[str, Encoded], list[str]]:
    """Every transcript encoded over one vocabulary (the terms of all claims), and it."""
    vocab: dict[str, int] = {}
    raw: dict[str, list[tuple[list[float], list[int], int, int]]] = {}
    for name, sentences in evidence.items():
        rows = raw.setdefault(name, [])
        for si, (claims, label) in enumerate(zip(sentences, labels[name], strict=True)):
            for ev in claims:
                ids = [vocab.setdefault(t, len(vocab)) for t in sorted(terms(ev["text"]))]
                rows.append((dense_features(ev), ids, si, int(label)))
    out: dict[str, Encoded] = {}
    width = len(FEATURES) - 1
    for name, rows in raw.items():
        claim_labels = np.array([r[3] for r in rows], dtype=float)
        term_ids = np.array([i for r in rows for i in r[1]], dtype=np.int64)
        term_claim = np.array([c for c, r in enumerate(rows) for _i in r[1]], dtype=np.int64)
        worthy = np.repeat(claim_labels, [len(r[1]) for r in rows]) if rows else np.zeros(0)
        out[name] = Encoded(
            dense=np.array([r[0] for r in rows], dtype=float).reshape(len(rows), width),
            term_ids=term_ids,
            term_claim=term_claim,
            sizes=np.array([max(1, len(r[1])) for r in rows], dtype=float),
            sentence=np.array([r[2] for r in rows], dtype=np.int64),
            claim_labels=claim_labels,
            labels=[int(y) for y in labels[name]],
            pos=np.bincount(term_ids, weights=worthy, minlength=len(vocab)).astype(float),
            neg=np.bincount(term_ids, weights=1 - worthy, minlength=len(vocab)).astype(float),
        )
    return out, list(vocab)


def term_table(
    pos: Vector,
    neg: Vector,
    n_pos: float,
    n_neg: float,
    *,
    alpha: float = ALPHA,
    min_count: int = MIN_COUNT,
) -> Vector:
    """Each frequent term's log-odds of check-worthiness minus the prior log-odds, shrunk.

    ``pos`` and ``neg`` count the claims with the term among the ``n_pos`` worthy and the
    ``n_neg`` other claims.
    The shrinkage adds ``alpha`` pseudo-claims in the prior proportion, so a rare term
    gets a small weight rather than the extreme one a few chance occurrences would give.
    """
    if not n_pos or not n_neg:
        return np.zeros_like(pos)
    prior = n_pos / (n_pos + n_neg)
    table = np.log((pos + alpha * prior) / (neg + alpha * (1 - prior))) - np.log(
        prior / (1 - prior)
    )
    return np.where(pos + neg >= min_count, np.round(table, 3), 0.0)


def lexical_values(enc: Encoded, table: Vector) -> Vector:
    """The ``lexical`` feature of each claim: the mean table value of its terms."""
    sums = np.bincount(enc.term_claim, weights=table[enc.term_ids], minlength=len(enc.sizes))
    return sums / enc.sizes


def train(
    xs: Sequence[Sequence[float]] | Vector,
    ys: Sequence[int] | Vector,
    *,
    l2: float = L2,
    steps: int = 50,
) -> list[float]:
    """Logistic regression, positives weighted to balance the classes, full-batch Newton."""
    x = np.asarray(xs, dtype=float)
    y = np.asarray(ys, dtype=float)
    if len(x) == 0:
        return [0.0] * len(FEATURES)
    pos = max(1.0, float(y.sum()))
    sample_w = np.where(y > 0, (len(y) - pos) / pos, 1.0)
    w = np.zeros(x.shape[1])
    reg = np.full(x.shape[1], l2)
    reg[0] = 0.0
    for _ in range(steps):
        p = 1 / (1 + np.exp(-(x @ w)))
        grad = x.T @ (sample_w * (p - y)) + reg * w
        hess = (x * (sample_w * p * (1 - p))[:, None]).T @ x + np.diag(reg + 1e-6)
        step = np.linalg.solve(hess, grad)
        w -= step
        if float(np.abs(step).max()) < 1e-8:
            break
    return [round(float(v), 4) for v in w]


def fit(transcripts: Sequence[Encoded]) -> tuple[list[float], Vector]:
    """Weights and term table learned from ``transcripts``.

    The ``lexical`` value a training claim gets comes from a term table built without its
    own transcript (cross-fitting): with its own counts in the table, the regression would
    trust ``lexical`` far more than it deserves on a transcript it has never seen.
    """
    pos = np.sum([t.pos for t in transcripts], axis=0)
    neg = np.sum([t.neg for t in transcripts], axis=0)
    n_pos = sum(float(t.claim_labels.sum()) for t in transcripts)
    n_neg = sum(len(t.claim_labels) for t in transcripts) - n_pos
    xs, ys = [], []
    for t in transcripts:
        own_pos = float(t.claim_labels.sum())
        own_neg = len(t.claim_labels) - own_pos
        inner = term_table(pos - t.pos, neg - t.neg, n_pos - own_pos, n_neg - own_neg)
        xs.append(np.column_stack([t.dense, lexical_values(t, inner)]))
        ys.append(t.claim_labels)
    weights = train(np.vstack(xs), np.concatenate(ys))
    return weights, term_table(pos, neg, n_pos, n_neg)


def sentence_scores(enc: Encoded, weights: Sequence[float], table: Vector) -> list[float]:
    """Each sentence's best claim score; -1 (last) for a sentence without a claim."""
    x = np.column_stack([enc.dense, lexical_values(enc, table)])
    claim_scores = 1 / (1 + np.exp(-(x @ np.asarray(weights, dtype=float))))
    out = np.full(len(enc.labels), -1.0)
    np.maximum.at(out, enc.sentence, claim_scores)
    return [float(v) for v in out]


def _as_model(weights: Sequence[float], table: Vector, vocab: Sequence[str]) -> Model:
    return Model(tuple(weights), {vocab[int(i)]: float(table[i]) for i in np.flatnonzero(table)})


def _as_table(model: Model, vocab: Sequence[str]) -> Vector:
    return np.array([model.terms.get(t, 0.0) for t in vocab], dtype=float)


def evaluate(
    evidence: Mapping[str, Sequence[Sequence[Mapping[str, Any]]]],
    labels: Mapping[str, Sequence[int]],
    *,
    shipped: bool,
) -> dict[str, Any]:
    """AP per transcript with a model learned from the other transcripts (leave-one-out)."""
    from ..evaluation import average_precision

    data, vocab = encode(evidence, labels)
    rows: list[dict[str, Any]] = []
    for name, enc in data.items():
        others = [data[n] for n in data if n != name]
        if others:
            weights, table = fit(others)
        else:
            weights, table = list(shipped_model().weights), _as_table(shipped_model(), vocab)
        no_claim = set(range(len(enc.labels))) - {int(i) for i in enc.sentence}
        row = {
            "transcript": name,
            "sentences": len(enc.labels),
            "positives": sum(enc.labels),
            "no_claim_positives": sum(enc.labels[i] for i in no_claim),
            "loto_ap": average_precision(sentence_scores(enc, weights, table), enc.labels),
        }
        if shipped:
            model = shipped_model()
            scores = sentence_scores(enc, model.weights, _as_table(model, vocab))
            row["shipped_ap"] = average_precision(scores, enc.labels)
        rows.append(row)
    return {"rows": rows, "model": _as_model(*fit(list(data.values())), vocab)}


def write_model(model: Model, path: str | Path) -> None:
    data = {
        "model": "logistic regression over workbench.nlp.checkworthy.FEATURES",
        "trained_on": "CLEF-2019 CheckThat! task 1 training transcripts (all 19)",
        "weights": dict(zip(FEATURES, model.weights, strict=True)),
        "terms": dict(sorted(model.terms.items())),
    }
    Path(path).write_text(json.dumps(data, indent=0, ensure_ascii=False) + "\n", encoding="utf-8")


def format_report(report: Mapping[str, Any]) -> str:
    rows = report["rows"]
    has_shipped = bool(rows) and "shipped_ap" in rows[0]
    lines = [
        f"{'transcript':32} {'sent':>6} {'pos':>4} {'pos/no claim':>12} {'AP(loto)':>9}"
        + (f" {'AP(shipped)':>11}" if has_shipped else "")
    ]
    for r in rows:
        line = (
            f"{r['transcript']:32} {r['sentences']:6d} {r['positives']:4d}"
            f" {r['no_claim_positives']:12d} {r['loto_ap']:9.4f}"
        )
        if has_shipped:
            line += f" {r['shipped_ap']:11.4f}"
        lines.append(line)
    n = max(1, len(rows))
    tail = (
        f"{'MAP':32} {sum(r['sentences'] for r in rows):6d} {sum(r['positives'] for r in rows):4d}"
        f" {sum(r['no_claim_positives'] for r in rows):12d}"
        f" {sum(r['loto_ap'] for r in rows) / n:9.4f}"
    )
    if has_shipped:
        tail += f" {sum(r['shipped_ap'] for r in rows) / n:11.4f}"
    lines.append(tail)
    return "\n".join(lines)
