"""The scoring behind evaluate_extraction and evaluate_checkworthiness, on tiny fixtures."""

from __future__ import annotations

import io
import json
from collections import Counter
from pathlib import Path

import pytest
from django.core.management import call_command

from workbench.nlp import evaluation
from workbench.nlp.evaluation import Counts, average_precision, locate_pieces, match

EVAL = Path(__file__).resolve().parents[2] / "eval" / "extraction"


def _q(kind: str, spans: list[list[int]], speaker: str | None = None) -> dict:
    return {"kind": kind, "spans": spans, "speaker": None if speaker is None else {"name": speaker}}


def test_overlap_is_shared_over_gold_and_one_to_one() -> None:
    gold = [{"kind": "direct", "spans": [[0, 10]]}, {"kind": "direct", "spans": [[20, 30]]}]
    pred = [_q("direct", [[0, 4]]), _q("direct", [[2, 9]]), _q("partial", [[20, 30]])]
    assert match(gold, pred, 0.3) == [(1, 2, 1.0), (0, 1, 0.7)]
    assert match(gold, pred, 0.8) == [(1, 2, 1.0)]
    assert evaluation.exact_pairs(gold, pred) == [(1, 2, 1.0)]


def test_counts_by_kind_and_speaker() -> None:
    gold = [
        {"kind": "direct", "spans": [[0, 10]], "speaker": "Ahmad al-Sahhaf"},
        {"kind": "indirect", "spans": [[20, 30]], "speaker": "police"},
    ]
    pred = [_q("direct", [[0, 10]], "M. Sahhaf"), _q("direct", [[40, 50]], "x")]
    counts = evaluation.score_document(gold, pred, "fr")
    assert (counts["all"].gold, counts["all"].pred) == (2, 2)
    assert counts["all"].prf("0.3") == (0.5, 0.5, 0.5)
    assert counts["direct"].prf("exact") == (0.5, 1.0, 2 / 3)
    assert counts["indirect"].prf("0.3") == (0.0, 0.0, 0.0)
    # "M. Sahhaf" is not the canonical "Ahmad al-Sahhaf": a speaker error
    assert (counts["all"].speaker_ok, counts["all"].speaker_n) == (0, 1)
    assert Counts().speaker_accuracy() is None


def test_locate_pieces() -> None:
    text = "« A », dit-il. « A », dit-elle."
    assert locate_pieces(text, ["A"], 5) == [[17, 18]]
    with pytest.raises(ValueError):
        locate_pieces(text, ["B"], 0)


def test_development_set_is_valid_and_large_enough() -> None:
    docs = evaluation.load_gold(EVAL)
    assert len(docs) == 4339  # dev + dev2 (dev), heldout, heldout2 … heldout144
    counts = Counter(d["split"] for d in docs)
    assert set(counts) == {"dev", "heldout"} | {f"heldout{n}" for n in range(2, 145)}
    assert (counts["heldout2"], counts["heldout3"]) == (22, 26)
    assert all(counts[f"heldout{n}"] == 30 for n in range(4, 145))
    assert {d["language"] for d in docs} == {"fr", "en"}
    kinds = {q["kind"] for d in docs for q in d["quotes"]}
    assert kinds == {"direct", "partial", "indirect"}


def test_average_precision() -> None:
    assert average_precision([0.9, 0.8, 0.1], [1, 0, 1]) == pytest.approx((1 + 2 / 3) / 2)
    assert average_precision([0.1, 0.1], [0, 1]) == 0.5  # ties keep transcript order
    assert average_precision([1.0], [0]) == 0.0


def test_evaluate_extraction_command(tmp_path: Path) -> None:
    text = "« Nous partirons », a dit M. Jean Dupont."
    gold = {
        "id": "t1",
        "language": "fr",
        "split": "heldout",
        "text": text,
        "quotes": [
            {
                "kind": "direct",
                "text": "Nous partirons",
                "spans": [[2, 16]],
                "speaker": "Jean Dupont",
            }
        ],
    }
    path = tmp_path / "g.jsonl"
    path.write_text(json.dumps(gold, ensure_ascii=False) + "\n", encoding="utf-8")
    out = io.StringIO()
    call_command("evaluate_extraction", str(path), stdout=out)
    row = next(x for x in out.getvalue().splitlines() if x.startswith("heldout  fr   direct"))
    assert row.split()[3:] == ["1", "1"] + ["1.000"] * 10
