"""train_encoder: a fine-tuned copy of the encoder, its manifest, and the workbench using it."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
from django.core.exceptions import ImproperlyConfigured
from django.core.management import CommandError, call_command

from claims.services.curation import evidence_attach
from sources import embeddings, tuning
from sources.evaluation import read_queries, read_targets
from sources.models import SourceEmbedding
from sources.search import fusion
from sources.services import source_upsert, sources_embed
from tests.factories import ArticleFactory, ClaimFactory, EvidenceFactory, UserFactory

pytestmark = pytest.mark.django_db

TARGETS = [
    ("0", "The mayor banned cars from the old town centre on Sundays.", "Car ban in old town"),
    ("1", "Vaccines do not contain microchips that track people.", "Microchips in vaccines?"),
    ("2", "The river flooded three villages after a week of heavy rain.", "Floods after rain"),
    ("3", "A new law doubles the fine for dropping litter in parks.", "Litter fines doubled"),
    ("4", "The football club sold its stadium to a property developer.", "Stadium sold"),
    ("5", "Bread prices rose by ten percent because of the poor wheat harvest.", "Bread prices"),
    ("6", "The museum will open for free on the first Sunday of each month.", "Free museum days"),
    ("7", "Scientists found water ice at the moon's south pole.", "Ice on the moon"),
]
QUERIES = [
    ("q0", "no more driving downtown on sundays says city hall #carfree"),
    ("q1", "they put tracking chips in the jabs, wake up!!"),
    ("q2", "three villages under water after days of rain https://t.co/x"),
    ("q3", "leave your rubbish in the park and pay twice as much now"),
    ("q4", "our club just flogged the ground to a developer. disgrace"),
    ("q5", "a loaf costs 10% more this year, blame the harvest"),
]


@pytest.fixture
def triple(tmp_path: Path) -> tuple[str, str, str]:
    targets = tmp_path / "targets.tsv"
    targets.write_text(
        "\tvclaim\ttitle\n" + "".join(f"{i}\t{t}\t{h}\n" for i, t, h in TARGETS), encoding="utf-8"
    )
    queries = tmp_path / "queries.tsv"
    queries.write_text(
        "\ttweet_content\n" + "".join(f"{q}\t{t}\n" for q, t in QUERIES), encoding="utf-8"
    )
    qrels = tmp_path / "qrels"
    qrels.write_text("".join(f"q{i}\t0\t{i}\t1\n" for i in range(6)), encoding="utf-8")
    return str(targets), str(queries), str(qrels)


@pytest.fixture(autouse=True)
def shipped_model(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    if not (embeddings.enabled() and embeddings.available()):
        pytest.skip("embedding model not installed or turned off")
    monkeypatch.delenv("WORKBENCH_ENCODER", raising=False)
    embeddings.reset()
    yield
    monkeypatch.delenv("WORKBENCH_ENCODER", raising=False)
    embeddings.reset()


def _train(triple: tuple[str, str, str], out: Path, *extra: str) -> dict:
    stdout, stderr = io.StringIO(), io.StringIO()
    call_command(
        "train_encoder", *triple, "--out", str(out), "--epochs", "4", "--batch-size", "4",
        "--learning-rate", "2e-4", *extra, stdout=stdout, stderr=stderr,
    )  # fmt: skip
    return json.loads(stdout.getvalue())


def _margin() -> float:
    """Mean cosine of each query with its target, less the mean with the other targets."""
    docs = embeddings.encode([embeddings.document_text(h, t) for _i, t, h in TARGETS])
    queries = embeddings.encode([embeddings.query_text(t) for _q, t in QUERIES])
    sims = queries @ docs.T
    own = np.diag(sims[:, :6])
    others = (sims.sum(axis=1) - own) / (len(TARGETS) - 1)
    return float((own - others).mean())


def test_fine_tuning_pulls_claims_towards_their_sources_and_the_workbench_uses_it(
    triple: tuple[str, str, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = _margin()
    base_vector = embeddings.encode(["Bread prices rose."])[0]
    manifest = _train(triple, tmp_path / "model")

    assert manifest["base_model"] == embeddings.MODEL_NAME
    assert manifest["pairs"] == 6
    assert manifest["steps"] == 4 * 2  # two batches of four pairs or fewer, four epochs
    assert manifest["tag"].startswith("tuned-") and len(manifest["tag"]) == 18
    assert set(manifest["source"]) == {"targets", "queries", "qrels"}
    assert manifest["epoch_losses"][-1] < manifest["epoch_losses"][0]
    assert not (tmp_path / "model.partial").exists()

    monkeypatch.setenv("WORKBENCH_ENCODER", str(tmp_path / "model"))
    embeddings.reset()
    assert embeddings.model_name() == f"{embeddings.MODEL_NAME}+{manifest['tag']}"
    assert embeddings.model_version() == f"{embeddings.model_name()}@{embeddings.package_version()}"
    assert not np.allclose(embeddings.encode(["Bread prices rose."])[0], base_vector)
    # trained on 128 word pieces, it reads sources as far as the shipped model does
    model = embeddings._model()
    assert model is not None and model.max_seq_length == 256
    assert _margin() > before + 0.02  # 0.489 → 0.525 when written; 0 without training


def test_a_fine_tuned_encoder_brings_its_own_fusion_weights(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / embeddings.MANIFEST).write_text(
        json.dumps({"base_model": embeddings.MODEL_NAME, "tag": "tuned-000000000000"}), "utf-8"
    )
    monkeypatch.setenv("WORKBENCH_ENCODER", str(tmp_path))
    assert fusion.weights_file() == fusion.WEIGHTS_FILE  # none of its own: the shipped ones
    weights = json.loads(fusion.WEIGHTS_FILE.read_text(encoding="utf-8"))
    weights["models"]["semantic"]["intercept"] = -7.5
    (tmp_path / "fusion_weights.json").write_text(json.dumps(weights), encoding="utf-8")
    assert fusion.weights_file() == tmp_path / "fusion_weights.json"
    assert fusion.models()["semantic"].intercept == -7.5
    monkeypatch.delenv("WORKBENCH_ENCODER")
    assert fusion.models()["semantic"].intercept != -7.5


def test_stored_vectors_of_the_other_model_are_embedded_again(
    triple: tuple[str, str, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for i, text, title in TARGETS[:3]:
        source_upsert(external_id=f"t{i}", title=title, text=text, language="en")
    assert sources_embed() == 3  # with the shipped model
    manifest = _train(triple, tmp_path / "model", "--epochs", "1")
    monkeypatch.setenv("WORKBENCH_ENCODER", str(tmp_path / "model"))
    embeddings.reset()

    assert sources_embed() == 3
    assert sources_embed() == 0
    assert set(SourceEmbedding.objects.values_list("model", flat=True)) == {
        f"{embeddings.MODEL_NAME}+{manifest['tag']}"
    }


def test_the_same_data_and_settings_give_the_same_weights(
    triple: tuple[str, str, str], tmp_path: Path
) -> None:
    first = _train(triple, tmp_path / "a", "--epochs", "1")
    second = _train(triple, tmp_path / "b", "--epochs", "1")
    assert first["tag"] == second["tag"]
    assert _train(triple, tmp_path / "c", "--epochs", "1", "--seed", "1")["tag"] != first["tag"]


def test_bad_input_is_refused_before_any_training(
    triple: tuple[str, str, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    taken = tmp_path / "taken"
    taken.mkdir()
    (taken / "notes.txt").write_text("mine", encoding="utf-8")
    with pytest.raises(CommandError, match="not an empty directory"):
        _train(triple, taken)
    assert (taken / "notes.txt").read_text(encoding="utf-8") == "mine"

    qrels = tmp_path / "other.qrels"
    qrels.write_text("q0\t0\t99\t1\nq1\t0\t3\t0\n", encoding="utf-8")
    with pytest.raises(CommandError, match="nothing to learn"):
        _train((triple[0], triple[1], str(qrels)), tmp_path / "none")
    with pytest.raises(CommandError, match="no such file"):
        _train((triple[0], triple[1], str(tmp_path / "missing")), tmp_path / "none")
    with pytest.raises(CommandError, match="at least 1"):
        _train(triple, tmp_path / "none", "--batch-size", "0")
    assert not (tmp_path / "none").exists()

    monkeypatch.setenv("WORKBENCH_ENCODER", str(tmp_path))
    with pytest.raises(CommandError, match="unset WORKBENCH_ENCODER"):
        _train(triple, tmp_path / "none")


def test_an_encoder_setting_that_names_no_model_fails_loudly(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("WORKBENCH_ENCODER", str(tmp_path))
    embeddings.reset()
    with pytest.raises(ImproperlyConfigured, match="no fine-tuned model there"):
        embeddings.model_name()
    (tmp_path / embeddings.MANIFEST).write_text(json.dumps({"base_model": "other"}), "utf-8")
    embeddings.reset()
    with pytest.raises(ImproperlyConfigured, match="not a fine-tuned all-MiniLM-L6-v2"):
        embeddings.available()


def test_hard_negatives_skip_the_answer_and_its_twins() -> None:
    documents = ["cats sleep a lot", "cats sleep a lot.", "dogs bark", "the sea is blue"]
    pairs = tuning.mine_pairs(
        ["do cats sleep much"], [[0]], documents, hard_negatives=2,
        same=lambda a, b: {a, b} <= {0, 1} or a == b,
    )  # fmt: skip
    assert pairs == [tuning.Pair("do cats sleep much", documents[0], pairs[0].negatives)]
    assert len(pairs[0].negatives) == 2
    assert documents[0] not in pairs[0].negatives and documents[1] not in pairs[0].negatives


def test_reviewers_pairs_export_to_a_triple_train_encoder_learns_from(tmp_path: Path) -> None:
    reviewer = UserFactory.create()
    article = ArticleFactory.create(language="en", body="…")
    sources = [
        source_upsert(external_id=f"t{i}", title=title, text=text, language="en")[0]
        for i, text, title in TARGETS
    ]
    french = source_upsert(external_id="fr", text="Le maire interdit les voitures.", language="fr")
    claims = [
        ClaimFactory.create(article=article, fingerprint=f"c{i}", text=text) for i, (_q, text) in
        enumerate(QUERIES[:4])
    ]  # fmt: skip
    for i, claim in enumerate(claims[:3]):
        evidence_attach(claim=claim, source=sources[i], passage="…",
                        actor=reviewer, stance="contradicts" if i == 1 else "supports")  # fmt: skip
    evidence_attach(claim=claims[0], source=french[0], passage="…", actor=reviewer)
    EvidenceFactory.create(claim=claims[3], source=sources[3])  # found by the machine: not a pair
    french_claim = ClaimFactory.create(
        article=ArticleFactory.create(language="fr"), fingerprint="fr"
    )
    evidence_attach(claim=french_claim, source=sources[4], passage="…", actor=reviewer)

    out = tmp_path / "pairs"
    stdout = io.StringIO()
    call_command("export_training_pairs", str(out), stdout=stdout)
    assert json.loads(stdout.getvalue())["pairs"] == 3
    qrels = (out / "qrels").read_text(encoding="utf-8").splitlines()
    assert qrels == [f"claim-{claims[i].pk}\t0\t{sources[i].pk}\t1" for i in range(3)]
    targets = read_targets(out / "targets.tsv")
    assert [t.id for t in targets] == [str(s.pk) for s in sources]  # English sources only
    assert targets[0].text == TARGETS[0][1] and targets[0].title == TARGETS[0][2]
    assert read_queries(out / "queries.tsv") == [
        (f"claim-{claims[i].pk}", QUERIES[i][1]) for i in range(3)
    ]

    manifest = _train((str(out / "targets.tsv"), str(out / "queries.tsv"), str(out / "qrels")),
                      tmp_path / "model", "--epochs", "1")  # fmt: skip
    assert manifest["pairs"] == 3

    with pytest.raises(CommandError, match="not an empty directory"):
        call_command("export_training_pairs", str(out), stdout=io.StringIO())
    with pytest.raises(CommandError, match="nothing to export"):
        call_command("export_training_pairs", str(tmp_path / "de"), "--language", "de")
    assert not (tmp_path / "de").exists()
