"""Check-worthiness: the features, the learned model, its evaluation and its cache."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import numpy as np
from django.core.management import call_command

from workbench.nlp import checkworthy, extract
from workbench.nlp.checkworthy import training, transcripts
from workbench.nlp.pipeline import _extract


def _worthiness(text: str) -> float:
    claims = extract(text, language="en")["claims"]
    return max((c["checkworthiness"] for c in claims), default=-1.0)


def test_checkworthiness_ranks_numbers_above_thanks() -> None:
    fact = extract("Unemployment fell to 4 percent in 2016.", language="en")["claims"]
    thanks = extract("Thank you very much.", language="en")["claims"]
    assert len(fact) == 1 and "evidence" not in fact[0]
    assert thanks == [] or thanks[0]["checkworthiness"] < fact[0]["checkworthiness"]
    assert 0.5 < fact[0]["checkworthiness"] <= 1.0


def test_a_factual_sentence_with_a_figure_outranks_an_opinion() -> None:
    fact = _worthiness("Since 2009 Ohio has lost 40,000 manufacturing jobs.")
    opinion = _worthiness("I think Ohio is a wonderful place and I love the people there.")
    question = _worthiness("Senator, what would you say to the people of Ohio?")
    assert opinion > -1.0 and question > -1.0  # both are claims, ranked by the model
    assert fact > opinion and fact > question


def test_shipped_model_has_a_term_table_that_ranks_words() -> None:
    model = checkworthy.shipped_model()
    assert len(model.weights) == len(checkworthy.FEATURES)
    assert model.weights[checkworthy.FEATURES.index("lexical")] > 0
    table = model.terms
    assert len(table) > 1000
    assert table["percent"] > 0 > table["thank"]
    assert checkworthy.terms("Jobs rose 4.5% in 2016?") >= {"jobs", "0", "%", "jobs rose", "0 %"}


def test_term_table_shrinks_rare_terms_toward_zero() -> None:
    # terms: 0 seen in 10 worthy claims, 1 in 100 others, 2 in 2 worthy claims (too rare)
    pos, neg = np.array([10.0, 0.0, 2.0]), np.array([0.0, 100.0, 0.0])
    table = training.term_table(pos, neg, 100, 900, alpha=20, min_count=3)
    assert table[0] > 0 > table[1] and table[2] == 0
    # with no shrinkage the worthy term would look far surer than 10 sightings warrant
    assert table[0] < training.term_table(pos, neg, 100, 900, alpha=1, min_count=3)[0]


def test_train_separates_a_toy_problem() -> None:
    n = len(checkworthy.FEATURES)
    xs = [[1.0] + [1.0] + [0.0] * (n - 2)] * 5 + [[1.0] + [0.0] * (n - 1)] * 20
    ys = [1] * 5 + [0] * 20
    w = training.train(xs, ys)
    assert checkworthy.score(xs[0], w) > 0.5 > checkworthy.score(xs[-1], w)


def test_batched_evidence_equals_extract_alone() -> None:
    sentences = [
        "Thank you very much.",
        "Unemployment fell to 4 percent in 2016.",
        "Dr. Carson, you're first.",
        "Hillary Clinton said: \u201cWe created 200,000 jobs.\u201d",
        "",
    ]
    alone = [
        [
            c["evidence"]
            for c in _extract(s, language="en", published_at=None, with_evidence=True)["claims"]
        ]
        for s in sentences
    ]
    assert transcripts.transcript_evidence(sentences) == alone
    assert alone[0] == [] and alone[1][0]["quantities"] == [["4", "%"]]


def _write_transcripts(folder: Path) -> None:
    rows = [
        ("1\tA\tThank you very much.\t0", "2\tA\tUnemployment fell to 4 percent in 2016.\t1"),
        ("1\tB\tWe love you all.\t0", "2\tB\tTaxes rose by $3 billion last year in Ohio.\t1"),
    ]
    folder.mkdir()
    for i, lines in enumerate(rows):
        (folder / f"t{i}.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")


def _run(*args: str) -> list[str]:
    out = io.StringIO()
    call_command("evaluate_checkworthiness", *args, stdout=out, stderr=io.StringIO())
    return out.getvalue().splitlines()


def test_evaluate_checkworthiness_command_writes_the_model(tmp_path: Path) -> None:
    _write_transcripts(tmp_path / "data")
    model = tmp_path / "w.json"
    cache = tmp_path / "cache"
    printed = _run(str(tmp_path / "data"), "--cache", str(cache), "--write-weights", str(model))
    assert [x.split()[0] for x in printed] == ["transcript", "t0", "t1", "MAP"]
    assert printed[1].split()[1:] == ["2", "1", "0", "1.0000"]
    assert printed[-1].split()[-1] == "1.0000"
    data = json.loads(model.read_text())
    assert list(data["weights"]) == list(checkworthy.FEATURES)
    assert data["terms"] == {}  # no term of four sentences reaches training.MIN_COUNT
    assert sorted(p.name.split("-")[0] for p in cache.iterdir()) == ["t0", "t1"]


def test_evaluation_reads_the_cache_until_refreshed(tmp_path: Path) -> None:
    _write_transcripts(tmp_path / "data")
    cache = tmp_path / "cache"
    args = (str(tmp_path / "data"), "--cache", str(cache))
    assert _run(*args)[1].split()[-1] == "1.0000"
    # a cache that says the worthy sentence of t0 has no claim is believed …
    path = next(cache.glob("t0-*.json.gz"))
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        cached = json.load(handle)
    with gzip.open(path, "wt", encoding="utf-8") as handle:
        json.dump([cached[0], []], handle)
    assert _run(*args)[1].split()[3:] == ["1", "0.5000"]
    # … until the extraction is run again
    assert _run(*args, "--refresh-cache")[1].split()[3:] == ["0", "1.0000"]
