"""Learned fusion, the dense first-stage arm and the fit command, on the real database."""

from __future__ import annotations

import json
import math
from collections.abc import Iterator
from io import StringIO
from pathlib import Path

import numpy as np
import pytest
from django.core.management import call_command

from sources import embeddings
from sources.models import Source, SourceEmbedding
from sources.search import dense, fusion, pipeline
from sources.selectors import source_search
from sources.services import source_upsert

DATA = Path(__file__).resolve().parent.parent / "corroboration" / "data"


@pytest.fixture(autouse=True)
def _fresh_dense_matrix() -> Iterator[None]:
    # ids can be reused after a rolled-back test on SQLite: never carry a matrix across tests
    dense.reset()
    yield
    dense.reset()


def test_lexical_columns_are_normalised_bm25_coverage_gaps_and_rrf() -> None:
    weights = {"shark": 2.0, "houston": 1.0}
    columns = fusion.lexical_columns(weights, ["shark shark houston flood", "houston", "cat"])
    k1, b, mean = fusion.K1, fusion.B, 2.0  # lengths 4, 1, 1 → mean 2

    def part(tf: float, length: float) -> float:
        return tf * (k1 + 1) / (tf + k1 * (1 - b + b * length / mean))

    best = 3.0 * (k1 + 1)
    first = (2.0 * part(2, 4) + 1.0 * part(1, 4)) / best
    second = 1.0 * part(1, 1) / best
    assert columns["bm25"].tolist() == pytest.approx([first, second, 0.0])
    assert columns["coverage"].tolist() == pytest.approx([1.0, 1 / 3, 0.0])
    assert columns["bm25_gap"].tolist() == pytest.approx([0.0, second - first, -first])
    assert columns["coverage_gap"].tolist() == pytest.approx([0.0, 1 / 3 - 1.0, -1.0])
    assert columns["lexical_rrf"].tolist() == pytest.approx([1 / 60, 1 / 61, 1 / 62])


def test_equal_values_share_their_rank_so_equal_texts_tie() -> None:
    ranks = fusion.shared_rank(np.asarray([0.5, 0.9, 0.5, 0.1]))
    assert ranks.tolist() == [1.0, 0.0, 1.0, 3.0]
    columns = fusion.lexical_columns({"convoi": 1.0}, ["convoi qaem", "convoi", "convoi qaem"])
    fused = fusion.fuse(columns, np.zeros(3, dtype=bool))
    assert fused[0] == fused[2] != fused[1]


def test_fit_logistic_finds_the_informative_feature() -> None:
    rng = np.random.default_rng(7)
    x = rng.normal(size=(400, 2))
    y = (x[:, 0] > 0.3).astype(np.float64)
    coef, intercept = fusion.fit_logistic(x, y, l2=0.1)
    predicted = (x @ coef + intercept) > 0
    assert float((predicted == y.astype(bool)).mean()) >= 0.97
    assert coef[0] > 5 * abs(coef[1])


def test_candidates_without_a_vector_get_the_lexical_model() -> None:
    columns = fusion.lexical_columns({"shark": 1.0}, ["shark", "shark"])
    has_vector = np.asarray([True, False])
    columns.update(fusion.semantic_columns(np.asarray([0.9, 0.0]), has_vector))
    assert columns["dense_rrf"].tolist() == pytest.approx([1 / 60, 0.0])
    fused = fusion.fuse(columns, has_vector)
    models = fusion.models()
    assert fused[1] == pytest.approx(models["lexical"].probability(columns)[1])
    assert fused[0] == pytest.approx(models["semantic"].probability(columns)[0])
    assert 0.0 < fused[0] < 1.0 and not math.isclose(fused[0], fused[1])


def _store_vector(source: Source, vector: list[float]) -> None:
    v = np.asarray(vector + [0.0] * (embeddings.DIMENSIONS - len(vector)), dtype=np.float32)
    v /= np.linalg.norm(v)
    SourceEmbedding.objects.update_or_create(
        source=source,
        defaults={
            "model": embeddings.MODEL_NAME,
            "text_hash": embeddings.text_hash(embeddings.document_text(source.title, source.text)),
            "vector": embeddings.to_bytes(v),
        },
    )


@pytest.mark.django_db
def test_dense_matrix_is_read_in_pages(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(dense, "PAGE", 2)  # 5 vectors: pages of 2, 2 and 1
    sources = [
        source_upsert(external_id=f"p{i}", title="P", text=f"Text {i}.", language="en")[0]
        for i in range(5)
    ]
    for i, source in enumerate(sources):
        _store_vector(source, [1.0, i / 10])
    matrix = dense.current()
    assert matrix.ids.tolist() == [s.pk for s in sources]
    assert matrix.vectors.shape == (5, embeddings.DIMENSIONS)
    assert np.allclose(np.linalg.norm(matrix.vectors, axis=1), 1.0)


@pytest.mark.django_db
def test_dense_arm_in_a_worker_thread_matches_the_callers_thread() -> None:
    if not (embeddings.enabled() and embeddings.available()):
        pytest.skip("embedding model not installed or turned off")
    a = source_upsert(external_id="a", title="A", text="Alpha text.", language="en")[0]
    b = source_upsert(external_id="b", title="B", text="Beta text.", language="en")[0]
    _store_vector(a, [1.0, 0.0])
    _store_vector(b, [0.6, 0.8])
    text = "Coalition forces handed the al-Qaim base over to the Iraqi army"
    arm = pipeline.start_dense_arm(text).result()  # the vectors stored in this test's transaction
    assert np.array_equal(arm.vector, embeddings.encode([embeddings.query_text(text)])[0])
    assert [pk for pk, _c in arm.hits] == [pk for pk, _c in dense.nearest(arm.vector, limit=5)]
    assert sorted(pk for pk, _c in arm.hits) == [a.pk, b.pk]


@pytest.mark.django_db
def test_dense_arm_appends_new_vectors_and_sees_deletions_at_reload(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    a = source_upsert(external_id="a", title="A", text="Alpha text.", language="en")[0]
    b = source_upsert(external_id="b", title="B", text="Beta text.", language="en")[0]
    fr = source_upsert(external_id="fr", title="F", text="Texte français.", language="fr")[0]
    _store_vector(a, [1.0, 0.0])
    _store_vector(b, [0.6, 0.8])
    _store_vector(fr, [1.0, 0.0])  # French: the model does not read it, never a neighbour
    query = np.asarray([1.0] + [0.0] * (embeddings.DIMENSIONS - 1), dtype=np.float32)
    assert [pk for pk, _c in dense.nearest(query, limit=5)] == [a.pk, b.pk]
    assert dense.nearest(query, limit=5)[1][1] == pytest.approx(0.6)

    c = source_upsert(external_id="c", title="C", text="Gamma text.", language="en")[0]
    _store_vector(c, [0.8, 0.6])  # a new row: appended without a reload
    assert [pk for pk, _c in dense.nearest(query, limit=5)] == [a.pk, c.pk, b.pk]

    SourceEmbedding.objects.filter(source=a).delete()  # seen at the next full reload only
    assert [pk for pk, _c in dense.nearest(query, limit=2)] == [a.pk, c.pk]
    monkeypatch.setattr(dense, "RELOAD_SECONDS", 0.0)
    assert [pk for pk, _c in dense.nearest(query, limit=2)] == [c.pk, b.pk]
    SourceEmbedding.objects.filter(source=c).delete()  # the highest id gone: reloaded at once
    monkeypatch.setattr(dense, "RELOAD_SECONDS", 300.0)
    assert [pk for pk, _c in dense.nearest(query, limit=2)] == [b.pk]


@pytest.mark.django_db
def test_lexical_path_orders_by_fused_probability() -> None:
    full = source_upsert(
        external_id="full", title="Shark on Houston highway",
        text="A shark swam down a flooded highway in Houston.", language="en",
    )[0]  # fmt: skip
    source_upsert(
        external_id="part", title="Houston weather",
        text="Houston had rain on Friday.", language="en",
    )  # fmt: skip
    hits = source_search(text="shark swimming on a Houston highway", language="en",
                         semantic=False)  # fmt: skip
    assert [h.external_id for h in hits] == ["full", "part"]
    assert hits[0].source_id == full.pk
    assert hits[0].score > hits[1].score
    assert hits[0].signals["fused"] == pytest.approx(hits[0].score, abs=1e-4)
    assert "semantic" not in hits[0].signals


@pytest.mark.django_db
def test_semantic_arm_finds_a_source_that_shares_no_word() -> None:
    if not (embeddings.enabled() and embeddings.available()):
        pytest.skip("embedding model not installed or turned off")
    source_upsert(
        external_id="feline", title="Feline naps", text="A kitten dozed on the rug all day.",
        language="en",
    )  # fmt: skip
    source_upsert(
        external_id="cars", title="Car prices", text="The cat price index of used cars rose.",
        language="en",
    )  # fmt: skip
    call_command("reindex_sources", "--embeddings", stdout=StringIO())
    hits = source_search(text="my cat sleeps on the carpet", language="en", semantic=True)
    ids = [h.external_id for h in hits]
    assert "feline" in ids  # found by meaning alone: no term in common with the claim
    feline = hits[ids.index("feline")]
    assert feline.stance == "unclear"
    assert float(feline.signals["semantic"]) > 0.3
    assert hits[0].external_id == "feline"


@pytest.mark.django_db(transaction=True)
def test_fit_fusion_writes_both_models_learned_from_the_given_qrels(tmp_path: Path) -> None:
    out_file = tmp_path / "weights.json"
    before = fusion.WEIGHTS_FILE.read_text(encoding="utf-8")
    call_command(
        "evaluate_retrieval",
        str(DATA / "targets.tsv"),
        str(DATA / "queries.tsv"),
        str(DATA / "pairs.qrels"),
        "--semantic",
        "off",
        "--fit-fusion",
        str(out_file),
        stdout=StringIO(),
        stderr=StringIO(),
    )
    written = json.loads(out_file.read_text(encoding="utf-8"))
    lexical = written["models"]["lexical"]
    assert lexical["features"] == list(fusion.LEXICAL_FEATURES)
    assert lexical["positives"] == 3  # one relevant target per query, all in the pools
    assert lexical["trained_on"] == str(DATA / "queries.tsv")
    assert len(lexical["coef"]) == len(fusion.LEXICAL_FEATURES)
    # semantic off: the semantic model is carried over from the weights in force, untouched
    current = json.loads(before)
    assert written["models"]["semantic"] == current["models"]["semantic"]
    assert fusion.WEIGHTS_FILE.read_text(encoding="utf-8") == before
    assert Source.objects.count() == 0
