"""Check-worthiness of a claim sentence: a logistic regression over hand-made features.

One feature, ``lexical``, is the mean log-odds of the sentence's words and word pairs
(:func:`terms`) in check-worthy against other sentences, learned from transcripts; the
others are counts and word-list hits. The model (weights and term table) ships in
``data/checkworthiness.json``; :mod:`.training` learns it from the CLEF-2019 task 1
transcripts and reports the leave-one-transcript-out MAP of the same procedure
(see docs/EXTRACTION.md). Scoring is a few set and dict look-ups per claim.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib import resources as importlib_resources
from itertools import pairwise
from typing import Any

from .. import resources

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
    "lexical",
)
# Used when the data file is missing: hand-set, lexical off.
PRIOR_WEIGHTS = (-2.0, 1.0, 0.5, 0.5, 0.4, 0.6, 0.3, -1.0, 0.5, -1.0, -0.5, -0.3, 0.3, 0, 0, 0)
EVIDENCE_FORMAT = 1  # bump when :func:`evidence` changes: it keys the evaluation cache

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_TERM = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?|\d+(?:[.,]\d+)*|[%$€£?]")


@dataclass(frozen=True)
class Model:
    """Weights over :data:`FEATURES` and the term table behind the ``lexical`` feature."""

    weights: tuple[float, ...]
    terms: Mapping[str, float] = field(default_factory=dict)


def evidence(
    sentence: str,
    *,
    tokens: Sequence[Any],
    quantities: Sequence[dict[str, Any]],
    dates: Sequence[dict[str, Any]],
    entities: Sequence[dict[str, Any]],
    has_fact: bool,
    quoted: bool,
    language: str,
) -> dict[str, Any]:
    """What :func:`features` reads of a claim, as plain JSON.

    Kept apart from the features so that the evaluation can cache it once per sentence
    and try new features without running spaCy again.
    """
    return {
        "text": sentence,
        "language": language,
        "tokens": [[t.text, t.lemma, t.pos] for t in tokens],
        "quantities": [[q["text"], q["unit"]] for q in quantities],
        "dates": [d["text"] for d in dates],
        "entities": [[e["text"], e["type"]] for e in entities],
        "has_fact": has_fact,
        "quoted": quoted,
    }


def terms(sentence: str) -> frozenset[str]:
    """Lower-cased words and adjacent word pairs; every number is ``0`` (its size is noise)."""
    words = ["0" if w[0].isdigit() else w for w in _TERM.findall(sentence.lower())]
    return frozenset(words) | frozenset(f"{a} {b}" for a, b in pairwise(words))


def lexical(sentence_terms: frozenset[str], table: Mapping[str, float]) -> float:
    """Mean log-odds of the terms; a term the table does not know counts as 0."""
    if not sentence_terms:
        return 0.0
    return sum(table.get(t, 0.0) for t in sentence_terms) / len(sentence_terms)


def dense_features(ev: Mapping[str, Any]) -> list[float]:
    """Every feature but ``lexical`` (the last one), which needs a term table."""
    sentence, language = ev["text"], ev["language"]
    quantities, entities = ev["quantities"], ev["entities"]
    words = [w.lower() for w in _WORD.findall(sentence)]
    n = max(1, len(words))
    person = resources.words("person_words", language)
    opinion = resources.words("opinion_words", language)
    negation = resources.words("negation_words", language)
    comparative = resources.words("comparative_words", language)
    tags = {t[2] for t in ev["tokens"]}
    return [
        1.0,
        1.0 if quantities else 0.0,
        min(3, len(quantities)) / 3,
        1.0 if re.search(r"[%$€£]|\b(?:percent|pour cent|dollars?|euros?)\b", sentence) else 0.0,
        1.0 if ev["dates"] else 0.0,
        min(3, len(entities)) / 3,
        1.0 if ev["has_fact"] else 0.0,
        1.0 if sentence.rstrip().endswith("?") else 0.0,
        min(40, len(words)) / 40,
        1.0 if len(words) < 6 else 0.0,
        min(1.0, 4 * sum(1 for w in words if w in person) / n),
        1.0 if any(w in opinion for w in words) else 0.0,
        1.0 if any(w in comparative for w in words) or ("ADJ" in tags and "more" in words) else 0.0,
        1.0 if any(w in negation for w in words) else 0.0,
        1.0 if ev["quoted"] else 0.0,
    ]


def features(ev: Mapping[str, Any], model: Model | None = None) -> list[float]:
    """The values of :data:`FEATURES` for one claim's :func:`evidence`."""
    table = (model or shipped_model()).terms
    return [*dense_features(ev), lexical(terms(ev["text"]), table)]


def _sigmoid(x: float) -> float:
    if x >= 0:
        return 1 / (1 + math.exp(-x))
    z = math.exp(x)
    return z / (1 + z)


@cache
def shipped_model() -> Model:
    node = importlib_resources.files("workbench.nlp").joinpath("data", "checkworthiness.json")
    try:
        data = json.loads(node.read_text(encoding="utf-8"))
        weights = tuple(float(data["weights"][name]) for name in FEATURES)
        table = {str(t): float(v) for t, v in data.get("terms", {}).items()}
    except (FileNotFoundError, KeyError, ValueError):
        return Model(PRIOR_WEIGHTS)
    return Model(weights, table)


def score(feats: Sequence[float], weights: Sequence[float] | None = None) -> float:
    w = shipped_model().weights if weights is None else weights
    return _sigmoid(sum(a * b for a, b in zip(feats, w, strict=True)))
