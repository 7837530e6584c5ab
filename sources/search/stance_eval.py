"""Stance on sentence pairs: the engine's rule applied to one claim and one evidence sentence.

``pair_stance`` runs exactly what the search runs on a passage (``stance.decide`` with the same
overlap and number signals, see ``ranking.rank_source``), so the accuracy measured on
``eval/stance/*.tsv`` is the accuracy of the stored ``Evidence.stance``. The pairs are binary
(``contradicts`` / ``not_contradicts``): the engine's ``supports`` and ``unclear`` both count as
``not_contradicts`` (see ``eval/stance/README.md`` for why).
"""

from __future__ import annotations

import csv
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from sources.search import stance as stance_rule
from sources.search.ranking import Query
from workbench.nlp.textnorm import search_terms

CONTRADICTS = "contradicts"
NOT_CONTRADICTS = "not_contradicts"
LABELS = (CONTRADICTS, NOT_CONTRADICTS)


@dataclass(frozen=True)
class Pair:
    claim: str
    evidence: str
    label: str
    phenomenon: str
    line: int


def read_pairs(path: Path) -> list[Pair]:
    """Pairs of a TSV file ``claim<TAB>evidence<TAB>label<TAB>phenomenon`` (header optional)."""
    out: list[Pair] = []
    with path.open(encoding="utf-8", newline="") as handle:
        for number, row in enumerate(csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE), 1):
            if not row or row[0] == "claim" or row[0].startswith("#"):
                continue
            if len(row) != 4 or row[2] not in LABELS:
                raise ValueError(f"{path}:{number}: expected claim, evidence, label, phenomenon")
            out.append(Pair(row[0], row[1], row[2], row[3], number))
    return out


def pair_stance(claim: str, evidence: str, language: str | None = None) -> str:
    """``supports`` | ``contradicts`` | ``unclear`` of ``evidence`` towards ``claim``."""
    query = Query.build(claim, language=language, speaker=None, is_quote=False)
    overlap, words_overlap = overlaps(query, set(search_terms(evidence)))
    return stance_rule.assess(
        claim=claim,
        passage=evidence,
        language=language,
        overlap=overlap,
        words_overlap=words_overlap,
    ).stance


def overlaps(query: Query, present: set[str]) -> tuple[float, float]:
    """Share of the claim's terms found in ``present``: all of them, and without the figures."""
    claim_terms = set(query.terms)
    matched = query.matched_claim_terms(present)
    words = {t for t in claim_terms if not t.isdigit()}
    overlap = len(matched) / len(claim_terms) if claim_terms else 0.0
    words_overlap = len(matched & words) / len(words) if words else overlap
    return overlap, words_overlap


def binary(stance: str) -> str:
    return CONTRADICTS if stance == stance_rule.CONTRADICTS else NOT_CONTRADICTS


@dataclass
class Report:
    total: int = 0
    correct: int = 0
    baseline_correct: int = 0
    by_phenomenon: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0]))
    confusion: Counter[tuple[str, str]] = field(default_factory=Counter)  # (gold, predicted)
    errors: list[tuple[Pair, str]] = field(default_factory=list)

    @property
    def accuracy(self) -> float:
        return self.correct / self.total if self.total else 0.0

    @property
    def baseline_accuracy(self) -> float:
        return self.baseline_correct / self.total if self.total else 0.0

    def as_dict(self) -> dict[str, object]:
        return {
            "pairs": self.total,
            "accuracy": round(self.accuracy, 4),
            "baseline_always_not_contradicts": round(self.baseline_accuracy, 4),
            "by_phenomenon": {
                name: {"pairs": n, "correct": ok, "accuracy": round(ok / n, 4)}
                for name, (ok, n) in sorted(self.by_phenomenon.items())
            },
            "confusion": {
                gold: {pred: self.confusion[(gold, pred)] for pred in LABELS} for gold in LABELS
            },
        }


def evaluate(pairs: list[Pair], language: str | None = None) -> Report:
    """Accuracy of the engine's stance on ``pairs``, per phenomenon, with the confusion matrix
    and the trivial baseline (always ``not_contradicts``) on the same pairs."""
    report = Report()
    for pair in pairs:
        predicted = binary(pair_stance(pair.claim, pair.evidence, language))
        ok = predicted == pair.label
        report.total += 1
        report.correct += ok
        report.baseline_correct += pair.label == NOT_CONTRADICTS
        report.by_phenomenon[pair.phenomenon][0] += ok
        report.by_phenomenon[pair.phenomenon][1] += 1
        report.confusion[(pair.label, predicted)] += 1
        if not ok:
            report.errors.append((pair, predicted))
    return report
