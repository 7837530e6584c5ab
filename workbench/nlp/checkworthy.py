"""Check-worthiness of a claim sentence: a logistic regression over hand-made features.

The weights ship in ``data/checkworthiness.json``; they were learned with
:func:`train` on the CLEF-2019 task 1 training transcripts (see docs/EXTRACTION.md), and
:func:`evaluate` reports the leave-one-transcript-out MAP of the same procedure.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Sequence
from functools import cache
from importlib import resources as importlib_resources
from pathlib import Path
from typing import Any

from . import resources

FEATURES = (
    "bias",
    "quantity",
    "quantities",
    "percent_or_money",
    "date",
    "entities",
    "factual_verb",
    "question",
    "length",
    "short",
    "first_second_person",
    "opinion",
    "comparative",
    "negation",
    "quote",
)
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


def features(
    sentence: str,
    *,
    tokens: Sequence[Any],
    quantities: Sequence[dict[str, Any]],
    dates: Sequence[dict[str, Any]],
    entities: Sequence[dict[str, Any]],
    has_fact: bool,
    quoted: bool,
    language: str,
) -> list[float]:
    words = [w.lower() for w in _WORD.findall(sentence)]
    n = max(1, len(words))
    person = resources.words("person_words", language)
    opinion = resources.words("opinion_words", language)
    negation = resources.words("negation_words", language)
    comparative = resources.words("comparative_words", language)
    tags = {getattr(t, "pos", "") for t in tokens}
    return [
        1.0,
        1.0 if quantities else 0.0,
        min(3, len(quantities)) / 3,
        1.0 if re.search(r"[%$€£]|\b(?:percent|pour cent|dollars?|euros?)\b", sentence) else 0.0,
        1.0 if dates else 0.0,
        min(3, len(entities)) / 3,
        1.0 if has_fact else 0.0,
        1.0 if sentence.rstrip().endswith("?") else 0.0,
        min(40, len(words)) / 40,
        1.0 if len(words) < 6 else 0.0,
        min(1.0, 4 * sum(1 for w in words if w in person) / n),
        1.0 if any(w in opinion for w in words) else 0.0,
        1.0 if any(w in comparative for w in words) or ("ADJ" in tags and "more" in words) else 0.0,
        1.0 if any(w in negation for w in words) else 0.0,
        1.0 if quoted else 0.0,
    ]


def _sigmoid(x: float) -> float:
    if x >= 0:
        return 1 / (1 + math.exp(-x))
    z = math.exp(x)
    return z / (1 + z)


@cache
def shipped_weights() -> tuple[float, ...]:
    node = importlib_resources.files("workbench.nlp").joinpath("data", "checkworthiness.json")
    try:
        data = json.loads(node.read_text(encoding="utf-8"))
        weights = tuple(float(data["weights"][name]) for name in FEATURES)
    except (FileNotFoundError, KeyError, ValueError):
        weights = (-2.0, 1.0, 0.5, 0.5, 0.4, 0.6, 0.3, -1.0, 0.5, -1.0, -0.5, -0.3, 0.3, 0, 0)
    return weights


def score(feats: Sequence[float], weights: Sequence[float] | None = None) -> float:
    w = shipped_weights() if weights is None else weights
    return _sigmoid(sum(a * b for a, b in zip(feats, w, strict=True)))


def train(
    xs: Sequence[Sequence[float]], ys: Sequence[int], *, l2: float = 1.0, steps: int = 400
) -> list[float]:
    """Logistic regression, positives weighted to balance the classes, full-batch Newton."""
    import numpy as np

    x = np.asarray(xs, dtype=float)
    y = np.asarray(ys, dtype=float)
    if len(x) == 0:
        return [0.0] * len(FEATURES)
    pos = max(1.0, float(y.sum()))
    sample_w = np.where(y > 0, (len(y) - pos) / pos, 1.0)
    w = np.zeros(x.shape[1])
    reg = np.full(x.shape[1], l2)
    reg[0] = 0.0
    for _ in range(min(steps, 50)):
        p = 1 / (1 + np.exp(-(x @ w)))
        grad = x.T @ (sample_w * (p - y)) + reg * w
        hess = (x * (sample_w * p * (1 - p))[:, None]).T @ x + np.diag(reg + 1e-6)
        step = np.linalg.solve(hess, grad)
        w -= step
        if float(np.abs(step).max()) < 1e-8:
            break
    return [round(float(v), 4) for v in w]


def write_weights(weights: Sequence[float], path: str | Path) -> None:
    data = {
        "model": "logistic regression over workbench.nlp.checkworthy.FEATURES",
        "trained_on": "CLEF-2019 CheckThat! task 1 training transcripts (all 19)",
        "weights": dict(zip(FEATURES, weights, strict=True)),
    }
    Path(path).write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")


def transcript_features(
    rows: Sequence[tuple[str, int]], language: str = "en"
) -> list[list[float] | None]:
    """The feature vector of the claim extract yields for each sentence alone (None: no claim)."""
    from .pipeline import _extract

    out: list[list[float] | None] = []
    for sentence, _label in rows:
        result = _extract(sentence, language=language, published_at=None, with_features=True)
        claims = result["claims"]
        out.append(max((c["features"] for c in claims), key=score) if claims else None)
    return out


def _ap_with(
    feats: Sequence[list[float] | None], labels: Sequence[int], weights: Sequence[float]
) -> float:
    from .evaluation import average_precision

    scores = [-1.0 if f is None else score(f, weights) for f in feats]
    return average_precision(scores, labels)


def evaluate(transcripts: dict[str, list[tuple[str, int]]], *, shipped: bool) -> dict[str, Any]:
    """AP per transcript with weights trained on the other transcripts (leave-one-out)."""
    feats = {name: transcript_features(rows) for name, rows in transcripts.items()}
    labels = {name: [label for _s, label in rows] for name, rows in transcripts.items()}

    def pairs(names: Sequence[str]) -> tuple[list[list[float]], list[int]]:
        xs: list[list[float]] = []
        ys: list[int] = []
        for name in names:
            for f, y in zip(feats[name], labels[name], strict=True):
                if f is not None:
                    xs.append(f)
                    ys.append(y)
        return xs, ys

    rows: list[dict[str, Any]] = []
    for name in transcripts:
        others = [n for n in transcripts if n != name]
        weights = train(*pairs(others)) if others else list(shipped_weights())
        row = {
            "transcript": name,
            "sentences": len(labels[name]),
            "positives": sum(labels[name]),
            "loto_ap": _ap_with(feats[name], labels[name], weights),
        }
        if shipped:
            row["shipped_ap"] = _ap_with(feats[name], labels[name], shipped_weights())
        rows.append(row)
    return {"rows": rows, "all_weights": train(*pairs(list(transcripts)))}


def format_report(report: dict[str, Any]) -> str:
    rows = report["rows"]
    has_shipped = bool(rows) and "shipped_ap" in rows[0]
    lines = [
        f"{'transcript':32} {'sent':>6} {'pos':>4} {'AP(loto)':>9}"
        + (f" {'AP(shipped)':>11}" if has_shipped else "")
    ]
    for r in rows:
        line = f"{r['transcript']:32} {r['sentences']:6d} {r['positives']:4d} {r['loto_ap']:9.4f}"
        if has_shipped:
            line += f" {r['shipped_ap']:11.4f}"
        lines.append(line)
    mean = sum(r["loto_ap"] for r in rows) / len(rows) if rows else 0.0
    tail = f"{'MAP':32} {'':6} {'':4} {mean:9.4f}"
    if has_shipped:
        tail += f" {sum(r['shipped_ap'] for r in rows) / len(rows):11.4f}"
    lines.append(tail)
    return "\n".join(lines)
