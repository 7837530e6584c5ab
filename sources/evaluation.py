"""Retrieval evaluation in the CLEF CheckThat! 2020 task 2 format (plain Python readers/metrics).

Targets TSV (``vclaim_id``, ``vclaim``, ``title``, with a header), queries TSV (``tweet_id``,
``tweet_content``, with a header) and TREC qrels (``query_id 0 target_id 1``, no header). The
metrics are those of the task: MAP@5 (average precision over the first five results, divided by
min(relevant, 5)), MRR (over the whole returned list) and recall@20. The baseline is plain
Okapi BM25 (k1 1.2, b 0.75, lower-cased ``\\w+`` tokens, each query term counted once, document
= target text + title), computed here in Python on the same data.
"""

from __future__ import annotations

import csv
import json
import math
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from sources.search import fusion

if TYPE_CHECKING:
    from sources.search.pipeline import Pool

csv.field_size_limit(sys.maxsize)

_WORD = re.compile(r"\w+")
_LETTERS = re.compile(r"[^\W_]+")
FUSION_L2 = 1.0  # ridge penalty of the fusion weights' logistic regression


@dataclass(frozen=True)
class Target:
    id: str
    text: str
    title: str


def read_targets(path: Path) -> list[Target]:
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle, delimiter="\t"))
    out = []
    for row in rows[1:]:
        if len(row) >= 2 and row[0].strip():
            out.append(Target(row[0].strip(), row[1], row[2] if len(row) > 2 else ""))
    return out


def read_queries(path: Path) -> list[tuple[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle, delimiter="\t"))
    return [(row[0].strip(), row[1]) for row in rows[1:] if len(row) >= 2 and row[0].strip()]


def read_qrels(path: Path) -> dict[str, set[str]]:
    out: dict[str, set[str]] = defaultdict(set)
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) >= 4 and parts[3] != "0":
            out[parts[0]].add(parts[2])
    return dict(out)


def average_precision(relevant: set[str], ranked: Sequence[str], k: int = 5) -> float:
    if not relevant:
        return 0.0
    hits, total = 0, 0.0
    for rank, target in enumerate(ranked[:k], start=1):
        if target in relevant:
            hits += 1
            total += hits / rank
    return total / min(len(relevant), k)


def reciprocal_rank(relevant: set[str], ranked: Sequence[str]) -> float:
    for rank, target in enumerate(ranked, start=1):
        if target in relevant:
            return 1.0 / rank
    return 0.0


def recall_at(relevant: set[str], ranked: Sequence[str], k: int = 20) -> float:
    return len(relevant & set(ranked[:k])) / len(relevant) if relevant else 0.0


def scores(
    runs: Mapping[str, Sequence[str]], qrels: Mapping[str, set[str]]
) -> dict[str, float | int]:
    """MAP@5, MRR and recall@20 over the queries that have relevant targets."""
    ids = [q for q in runs if qrels.get(q)]
    n = len(ids) or 1
    return {
        "queries": len(ids),
        "map_at_5": round(sum(average_precision(qrels[q], runs[q]) for q in ids) / n, 4),
        "mrr": round(sum(reciprocal_rank(qrels[q], runs[q]) for q in ids) / n, 4),
        "recall_at_20": round(sum(recall_at(qrels[q], runs[q]) for q in ids) / n, 4),
    }


def duplicate_groups(targets: Iterable[Target]) -> dict[str, str]:
    """Each target that has duplicates — the same words once punctuation and quotation marks
    are set aside (text + title) — to the lowest id of its group. CLEF 2020 task 2 holds 180
    such groups (361 targets); its qrels name the lowest id of a group as the relevant one
    (48 of 198 dev pairs), so a system that ranks an identical twin first loses on dev for
    text it got right. The data's notes ask to collapse them, or break ties by the lower id,
    before comparing systems."""
    groups: dict[str, list[str]] = defaultdict(list)
    for t in targets:
        groups[" ".join(_LETTERS.findall(f"{t.text} {t.title}".lower()))].append(t.id)
    return {i: min(ids, key=sort_key) for ids in groups.values() if len(ids) > 1 for i in ids}


def collapse(
    runs: Mapping[str, Sequence[str]], canonical: Mapping[str, str]
) -> dict[str, list[str]]:
    """Runs with each target replaced by its group's lowest id, later repeats dropped."""
    out: dict[str, list[str]] = {}
    for qid, ranked in runs.items():
        kept: list[str] = []
        for target in ranked:
            first = canonical.get(target, target)
            if first not in kept:
                kept.append(first)
        out[qid] = kept
    return out


def sort_key(target_id: str) -> tuple[int, int | str]:
    """Numeric ids in numeric order, then the others (ties go to the lower id)."""
    return (0, int(target_id)) if target_id.isdigit() else (1, target_id)


class PlainBM25:
    """The baseline: Okapi BM25 over lower-cased ``\\w+`` tokens, query terms counted once."""

    def __init__(self, targets: Iterable[Target], *, k1: float = 1.2, b: float = 0.75) -> None:
        self.k1, self.b = k1, b
        self.docs: list[tuple[str, Counter[str], int]] = []
        df: Counter[str] = Counter()
        for t in targets:
            tokens = _WORD.findall(f"{t.text} {t.title}".lower())
            counts = Counter(tokens)
            self.docs.append((t.id, counts, len(tokens)))
            df.update(counts.keys())
        self.n = len(self.docs)
        self.avgdl = sum(d[2] for d in self.docs) / (self.n or 1)
        self.idf = {w: math.log(1 + (self.n - f + 0.5) / (f + 0.5)) for w, f in df.items()}
        self.postings: dict[str, list[int]] = defaultdict(list)
        for i, (_id, counts, _len) in enumerate(self.docs):
            for w in counts:
                self.postings[w].append(i)

    def search(self, text: str, top: int = 20) -> list[str]:
        acc: dict[int, float] = defaultdict(float)
        for w in set(_WORD.findall(text.lower())):
            idf = self.idf.get(w)
            if idf is None:
                continue
            for i in self.postings[w]:
                _id, counts, length = self.docs[i]
                tf = counts[w]
                norm = self.k1 * (1 - self.b + self.b * length / self.avgdl)
                acc[i] += idf * tf * (self.k1 + 1) / (tf + norm)
        ranked = sorted(acc.items(), key=lambda item: (-item[1], sort_key(self.docs[item[0]][0])))
        return [self.docs[i][0] for i, _s in ranked[:top]]


# --- learning the fusion weights (``evaluate_retrieval --fit-fusion``) ---------------------------


def fusion_training_rows(
    model: str, pools: Sequence[tuple[Pool, set[str]]]
) -> tuple[np.ndarray, np.ndarray]:
    """Features and labels (1 = relevant) of every candidate of every pool for ``model``
    (``"lexical"``: all candidates; ``"semantic"``: those with a vector)."""
    names = fusion.SEMANTIC_FEATURES if model == "semantic" else fusion.LEXICAL_FEATURES
    xs, ys = [], []
    for found, relevant in pools:
        keep = found.has_vector if model == "semantic" else np.ones(len(found.candidates), bool)
        if not keep.any():
            continue
        xs.append(np.stack([found.columns[n] for n in names], axis=1)[keep])
        labels = [c.external_id in relevant for c in found.candidates]
        ys.append(np.asarray(labels, dtype=np.float64)[keep])
    if not xs:
        return np.zeros((0, len(names))), np.zeros(0)
    return np.vstack(xs), np.concatenate(ys)


def write_fusion_weights(
    path: Path,
    rows: Mapping[str, tuple[np.ndarray, np.ndarray]],
    *,
    trained_on: str,
    l2: float = FUSION_L2,
) -> Path:
    """Fit a logistic regression per model and write the weights file; a model without rows
    keeps its weights from the file in force (so a lexical-only run leaves the semantic one)."""
    current = json.loads(fusion.weights_file().read_text(encoding="utf-8"))
    models = dict(current["models"])
    for name, (x, y) in rows.items():
        if len(y) == 0 or y.min() == y.max():
            continue
        coef, intercept = fusion.fit_logistic(x, y, l2=l2)
        features = fusion.SEMANTIC_FEATURES if name == "semantic" else fusion.LEXICAL_FEATURES
        models[name] = {
            "features": list(features),
            "coef": [round(float(c), 6) for c in coef],
            "intercept": round(intercept, 6),
            "trained_on": trained_on,
            "rows": len(y),
            "positives": int(y.sum()),
            "l2": l2,
        }
    path.write_text(json.dumps({"models": models}, indent=2) + "\n", encoding="utf-8")
    return path
