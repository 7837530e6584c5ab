"""Learned fusion of lexical and dense evidence into one relevance score per candidate.

The first stage hands over a pool of candidates: the lexical ones (full-text index, best
first) and, when sentence embeddings are stored, the nearest neighbours of the claim's vector
(:mod:`sources.search.dense`). Every candidate gets a handful of cheap features, computed for
the whole pool at once from the terms the index already holds (``Source.search_text``, so no
tokenisation of source texts at query time) and from the vectors:

* ``bm25``: Okapi BM25 of the source with the database's IDF (expansion terms at their reduced
  weight), normalised by the best score the query could reach, so it lies in 0..1 on any
  corpus; document lengths are normalised by the pool's mean length (the databases do not
  keep the corpus-wide mean);
* ``coverage``: the IDF-weighted share of the query terms that the source contains;
* ``bm25_gap``, ``coverage_gap``, ``cosine_gap``: the same minus the pool's best, which tells a
  candidate that is close to the best from one that merely scores well on a query where
  everything does (plain scores of different queries are not on one scale);
* ``lexical_rrf``, ``dense_rrf``: reciprocal-rank fusion terms ``1 / (60 + rank)`` of the
  candidate's rank in the pool by ``bm25`` and by ``cosine`` (``0`` without a vector). Ranks
  are shared by equal values (the rank is the number of candidates strictly better), so equal
  texts get equal features and tie exactly — the arms' own orders would split them by id;
* ``cosine``: the cosine similarity of claim and source vectors.

A logistic regression over them (weights in ``fusion_weights.json``, learned on CLEF
CheckThat! 2020 task 2 *train* only, by ``manage.py evaluate_retrieval --fit-fusion``) gives the probability that the
source is relevant. Two weight sets: ``semantic`` for candidates with a vector, ``lexical`` for
the others (embeddings off or not installed, or a language the model does not read). Both are
calibrated probabilities, so a pool that mixes them can be sorted on one scale.

A fine-tuned encoder (``WORKBENCH_ENCODER``) scores cosines on another scale: when its
directory holds a ``fusion_weights.json`` (learned with that encoder, the same way), those
weights are used instead (:func:`weights_file`).
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np

K1 = 1.2
B = 0.75
RRF_K = 60.0
WEIGHTS_FILE = Path(__file__).with_name("fusion_weights.json")

LEXICAL_FEATURES = ("bm25", "coverage", "bm25_gap", "coverage_gap", "lexical_rrf")
SEMANTIC_FEATURES = (*LEXICAL_FEATURES, "cosine", "cosine_gap", "dense_rrf")


@dataclass(frozen=True)
class FusionModel:
    """One logistic regression: ``sigmoid(features @ coef + intercept)``."""

    features: tuple[str, ...]
    coef: np.ndarray
    intercept: float

    def probability(self, columns: Mapping[str, np.ndarray]) -> np.ndarray:
        x = np.stack([columns[name] for name in self.features], axis=1)
        return 1.0 / (1.0 + np.exp(-(x @ self.coef + self.intercept)))


def weights_file() -> Path:
    """``fusion_weights.json`` of the fine-tuned encoder in use when it has one, else the
    shipped file."""
    from sources import embeddings

    directory = embeddings.encoder_dir()
    if directory is not None and (directory / WEIGHTS_FILE.name).is_file():
        return directory / WEIGHTS_FILE.name
    return WEIGHTS_FILE


def models() -> dict[str, FusionModel]:
    """The ``lexical`` and ``semantic`` models from :func:`weights_file`."""
    return _models(weights_file())


@cache
def _models(path: Path) -> dict[str, FusionModel]:
    raw = json.loads(path.read_text(encoding="utf-8"))
    return {
        name: FusionModel(
            features=tuple(spec["features"]),
            coef=np.asarray(spec["coef"], dtype=np.float64),
            intercept=float(spec["intercept"]),
        )
        for name, spec in raw["models"].items()
    }


def shared_rank(values: np.ndarray) -> np.ndarray:
    """0-based rank of each value in descending order, equal values (to 9 decimals) sharing
    the best rank: the number of values strictly greater."""
    rounded = np.round(np.asarray(values, dtype=np.float64), 9)
    return np.searchsorted(np.sort(-rounded), -rounded, side="left").astype(np.float64)


def lexical_columns(
    weights: Mapping[str, float], search_texts: Sequence[str]
) -> dict[str, np.ndarray]:
    """The lexical features of a pool, from each candidate's indexed terms; ``weights`` maps
    each query term to its IDF weight."""
    tf, lengths = term_counts(list(weights), search_texts)
    return lexical_columns_of(weights, tf, lengths)


def term_counts(terms: Sequence[str], search_texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
    """How often each of ``terms`` occurs in each text (one row per text), and each text's
    length in terms: the part of :func:`lexical_columns` that needs no other candidate."""
    tf = np.zeros((len(search_texts), len(terms)), dtype=np.float64)
    lengths = np.zeros(len(search_texts), dtype=np.float64)
    for i, text in enumerate(search_texts):
        tokens = text.split()
        lengths[i] = len(tokens)
        # split and Counter run in C; the Python loop visits the query's few terms, not the
        # source's hundreds of distinct ones
        counts = Counter(tokens)
        tf[i] = [counts.get(term, 0) for term in terms]
    return tf, lengths


def lexical_columns_of(
    weights: Mapping[str, float], tf: np.ndarray, lengths: np.ndarray
) -> dict[str, np.ndarray]:
    """:func:`lexical_columns` from :func:`term_counts` (``tf``'s columns in the order of
    ``weights``)."""
    n = len(lengths)
    w = np.asarray(list(weights.values()), dtype=np.float64)
    mean_length = float(lengths.mean()) if n and lengths.mean() > 0 else 1.0
    norm = K1 * (1.0 - B + B * lengths / mean_length)
    bm25 = (tf * (K1 + 1.0) / (tf + norm[:, None])) @ w / (float(w.sum() * (K1 + 1.0)) or 1.0)
    coverage = (tf > 0) @ w / (float(w.sum()) or 1.0)
    return {
        "bm25": bm25,
        "coverage": coverage,
        "bm25_gap": bm25 - (bm25.max() if n else 0.0),
        "coverage_gap": coverage - (coverage.max() if n else 0.0),
        "lexical_rrf": 1.0 / (RRF_K + shared_rank(bm25)),
    }


def semantic_columns(cosines: np.ndarray, has_vector: np.ndarray) -> dict[str, np.ndarray]:
    """The dense features; gap and rank are taken over the candidates that have a vector."""
    cosines = np.asarray(cosines, dtype=np.float64)
    best = float(cosines[has_vector].max()) if has_vector.any() else 0.0
    ranked = np.where(has_vector, cosines, -np.inf)
    dense_rrf = np.where(has_vector, 1.0 / (RRF_K + shared_rank(ranked)), 0.0)
    return {"cosine": cosines, "cosine_gap": cosines - best, "dense_rrf": dense_rrf}


def fuse(columns: Mapping[str, np.ndarray], has_vector: np.ndarray) -> np.ndarray:
    """The probability of relevance of every candidate of a pool (same order as ``columns``).

    Candidates with a vector (``has_vector``; ``columns`` then holds the semantic features)
    are scored by the semantic model, the others by the lexical one.
    """
    chosen = models()
    out = chosen["lexical"].probability(columns)
    if has_vector.any():
        out = np.where(has_vector, chosen["semantic"].probability(columns), out)
    return out


def fit_logistic(
    x: np.ndarray, y: np.ndarray, *, l2: float = 1.0, iterations: int = 50
) -> tuple[np.ndarray, float]:
    """L2-regularised logistic regression by Newton's method (numpy only; ``l2`` on the
    coefficients, not the intercept). Returns ``(coef, intercept)``."""
    n, d = x.shape
    design = np.hstack([x, np.ones((n, 1))])
    beta = np.zeros(d + 1)
    penalty = np.full(d + 1, l2)
    penalty[-1] = 0.0
    for _ in range(iterations):
        p = 1.0 / (1.0 + np.exp(-(design @ beta)))
        gradient = design.T @ (p - y) + penalty * beta
        hessian = (design * (p * (1.0 - p))[:, None]).T @ design + np.diag(penalty + 1e-9)
        step = np.linalg.solve(hessian, gradient)
        beta -= step
        if float(np.abs(step).max()) < 1e-8:
            break
    return beta[:-1], float(beta[-1])
