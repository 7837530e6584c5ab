"""train_reranker: a cross-encoder trained on pairs, its manifest, and the search using it."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
from django.core.exceptions import ImproperlyConfigured
from django.core.management import CommandError, call_command

from sources import embeddings, reranker
from sources.selectors import source_search
from sources.services import source_upsert, sources_embed
from tests.sources.test_tuning import QUERIES, TARGETS, triple  # noqa: F401 (a fixture)

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def no_reranker(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    if not (embeddings.enabled() and embeddings.available()):
        pytest.skip("embedding model not installed or turned off")
    monkeypatch.delenv("WORKBENCH_ENCODER", raising=False)
    monkeypatch.delenv("WORKBENCH_RERANKER", raising=False)
    embeddings.reset()
    reranker.reset()
    yield
    monkeypatch.delenv("WORKBENCH_RERANKER", raising=False)
    reranker.reset()


def _train(triple: tuple[str, str, str], out: Path, *extra: str) -> dict:  # noqa: F811
    stdout, stderr = io.StringIO(), io.StringIO()
    call_command(
        "train_reranker", *triple, "--out", str(out), "--epochs", "3", "--learning-rate",
        "1e-4", *extra, stdout=stdout, stderr=stderr,
    )  # fmt: skip
    return json.loads(stdout.getvalue())


def _answers_first() -> int:
    """How many queries the configured re-ranker scores their own target highest for."""
    documents = [embeddings.document_text(h, t) for _i, t, h in TARGETS]
    return sum(
        int(np.argmax(reranker.score(embeddings.query_text(text), documents))) == i
        for i, (_q, text) in enumerate(QUERIES)
    )


def test_a_trained_reranker_reads_claims_with_sources_and_the_search_uses_it(
    triple: tuple[str, str, str],  # noqa: F811
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    manifest = _train(triple, tmp_path / "model")
    assert manifest["base_model"] == embeddings.MODEL_NAME
    assert manifest["groups"] == 6
    assert manifest["tag"].startswith("cross-") and len(manifest["tag"]) == 18
    assert set(manifest["source"]) == {"targets", "queries", "qrels"}
    assert manifest["epoch_losses"][-1] < manifest["epoch_losses"][0]
    assert not (tmp_path / "model.partial").exists()

    monkeypatch.setenv("WORKBENCH_RERANKER", str(tmp_path / "model"))
    reranker.reset()
    assert reranker.version() == manifest["tag"]
    assert _answers_first() >= 5  # 6 of 6 when written

    for i, text, title in TARGETS:
        source_upsert(external_id=f"t{i}", title=title, text=text, language="en")
    sources_embed()
    hits = source_search(text=QUERIES[4][1], language="en", top=3)
    assert hits[0].external_id == "t4"
    assert all("cross" in hit.signals for hit in hits)
    # a French claim is not read again: the model reads English
    hits = source_search(text="le club a vendu son stade", language="fr", top=3)
    assert all("cross" not in hit.signals for hit in hits)


def test_reordering_keeps_the_scores_and_changes_the_order() -> None:
    fused = np.asarray([0.9, 0.6, 0.5, 0.2])
    # the cross-encoder is sure the third is the best and the first the worst
    out = reranker.reorder(fused, np.asarray([-5.0, 0.0, 5.0, 0.0]))
    assert sorted(out.tolist()) == sorted(fused.tolist())
    assert out[2] == 0.9 and out[0] < 0.9
    # no opinion (equal cross scores): the fused order stands
    assert reranker.reorder(fused, np.zeros(4)).tolist() == fused.tolist()
    assert reranker.reorder(fused[:1], np.zeros(1)).tolist() == [0.9]


def test_the_same_data_and_settings_give_the_same_weights(
    triple: tuple[str, str, str],  # noqa: F811
    tmp_path: Path,
) -> None:
    first = _train(triple, tmp_path / "a", "--epochs", "1")
    second = _train(triple, tmp_path / "b", "--epochs", "1")
    assert first["tag"] == second["tag"]
    assert _train(triple, tmp_path / "c", "--epochs", "1", "--seed", "1")["tag"] != first["tag"]


def test_bad_input_and_settings_are_refused(
    triple: tuple[str, str, str],  # noqa: F811
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    taken = tmp_path / "taken"
    taken.mkdir()
    (taken / "notes.txt").write_text("mine", encoding="utf-8")
    with pytest.raises(CommandError, match="not an empty directory"):
        _train(triple, taken)
    qrels = tmp_path / "other.qrels"
    qrels.write_text("q0\t0\t99\t1\n", encoding="utf-8")
    with pytest.raises(CommandError, match="nothing to learn"):
        _train((triple[0], triple[1], str(qrels)), tmp_path / "none")
    with pytest.raises(CommandError, match="at least 1"):
        _train(triple, tmp_path / "none", "--negatives", "0")
    assert not (tmp_path / "none").exists()

    monkeypatch.setenv("WORKBENCH_RERANKER", str(tmp_path))
    reranker.reset()
    with pytest.raises(ImproperlyConfigured, match="no re-ranker there"):
        reranker.version()
    (tmp_path / reranker.MANIFEST).write_text(json.dumps({"base_model": "other"}), "utf-8")
    reranker.reset()
    with pytest.raises(ImproperlyConfigured, match="not a workbench re-ranker"):
        reranker.version()
