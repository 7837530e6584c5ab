"""The article pipeline through a real Celery worker, against the real database and broker."""

from __future__ import annotations

import json
from collections.abc import Callable
from io import StringIO
from typing import Any

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command

from claims.models import Article, Claim, ClaimStatus, Evidence, ProcessingState, Quote, ReviewEvent
from claims.services import article_fail, article_ingest, article_requeue, claim_status_set
from sources.services import source_upsert
from tests.conftest import SAMPLE_ARTICLE, Worker, wait_for

pytestmark = [pytest.mark.worker, pytest.mark.django_db(transaction=True)]

SAHHAF_QUOTES = [
    "Toute offensive ou action sans l’autorisation du gouvernement irakien est considérée comme un acte de provocation",
    "Ils veulent échapper à leur responsabilité internationale",
]


def _sources() -> None:
    source_upsert(
        external_id="wire-1",
        title="Irak : Bagdad veut saisir le Conseil de sécurité",
        language="fr",
        publisher="Agence Exemple",
        text=(
            "Le ministère irakien des Affaires étrangères veut saisir les Nations unies. "
            "« Toute offensive ou action sans l’autorisation du gouvernement irakien est considérée "
            "comme un acte de provocation », a déclaré son porte-parole Ahmad al-Sahhaf."
        ),
    )
    source_upsert(
        external_id="wire-2",
        title="Strikes near al-Qaim",
        language="en",
        text="US drones struck Hashd al-Shaabi positions near al-Qaim in December, killing at least 25 fighters.",
    )
    source_upsert(
        external_id="sport-1",
        title="Football",
        language="fr",
        text="Le club a remporté le championnat dimanche soir devant ses supporters.",
    )


def _ingest_sample() -> Article:
    return article_ingest(
        body=SAMPLE_ARTICLE.read_text(encoding="utf-8"), language="fr", title="Qaëm"
    ).article


def _done(article_id: int) -> Callable[[], bool]:
    def check() -> bool:
        state = Article.objects.values_list("state", flat=True).get(pk=article_id)
        assert state != ProcessingState.FAILED, Article.objects.get(pk=article_id).failure_reason
        return state == ProcessingState.DONE

    return check


def _snapshot(article_id: int) -> dict[str, Any]:
    """Every row processing produced for the article, with ids, so 'unchanged' means unchanged."""
    return {
        "quotes": list(
            Quote.objects.filter(article_id=article_id)
            .order_by("pk")
            .values_list(
                "pk", "kind", "text", "spans", "speaker__name", "speaker_mention", "cue_text"
            )
        ),
        "claims": list(
            Claim.objects.filter(article_id=article_id)
            .order_by("pk")
            .values_list("pk", "text", "start", "end", "speaker__name", "quote_id", "status")
        ),
        "evidence": sorted(
            Evidence.objects.filter(claim__article_id=article_id).values_list(
                "claim_id", "source__external_id", "passage"
            )
        )
        + sorted(
            Evidence.objects.filter(quote__article_id=article_id).values_list(
                "quote_id", "source__external_id", "passage"
            )
        ),
    }


def test_sample_article_processed_by_a_real_worker(worker: Worker) -> None:
    _sources()
    article = _ingest_sample()
    wait_for(_done(article.pk))

    sahhaf = Quote.objects.filter(article=article, speaker__name="Ahmad al-Sahhaf").order_by(
        "start"
    )
    assert list(sahhaf.values_list("kind", "text")) == [
        ("direct", SAHHAF_QUOTES[0]),
        ("direct", SAHHAF_QUOTES[1]),
    ]
    assert list(sahhaf.values_list("speaker_mention", flat=True)) == [
        "son porte-parole, Ahmad al-Sahhaf",
        "M. Sahhaf",
    ]
    body = article.body
    for quote in sahhaf:
        assert [body[s:e] for s, e in quote.spans] == [quote.text]

    first = sahhaf[0]
    best = Evidence.objects.filter(quote=first).order_by("-score").first()
    assert best is not None
    assert best.source.external_id == "wire-1"
    assert "acte de provocation" in best.passage
    assert first.runs.count() == 1
    assert Claim.objects.filter(article=article).count() > 0
    assert not Evidence.objects.filter(source__external_id="sport-1").exists()
    article.refresh_from_db()
    assert article.finished_at is not None and article.extracted_at is not None
    assert article.extractor_version


def test_processing_twice_changes_nothing_and_keeps_reviews(
    worker: Worker, django_user_model: Any
) -> None:
    _sources()
    article = _ingest_sample()
    wait_for(_done(article.pk))
    reviewer = django_user_model.objects.create_user("rita", password="x")
    reviewer.groups.add(Group.objects.get_or_create(name="Reviewer")[0])
    claim = Claim.objects.filter(article=article).order_by("pk").first()
    assert claim is not None
    claim_status_set(
        claim=claim,
        status=ClaimStatus.CORROBORATED,
        actor=reviewer,
        note="checked",
        verdict="Confirmed.",
    )
    before = _snapshot(article.pk)

    article_requeue(article=article, actor=reviewer)
    wait_for(_done(article.pk))

    assert _snapshot(article.pk) == before
    claim.refresh_from_db()
    assert (claim.status, claim.verdict) == (ClaimStatus.CORROBORATED, "Confirmed.")
    assert list(ReviewEvent.objects.filter(article=article).values_list("kind", "to_value")) == [
        ("requeue", "queued")
    ]


def test_a_failed_article_is_retried_from_its_failure(worker: Worker) -> None:
    article = _ingest_sample()
    wait_for(_done(article.pk))
    # A job that dies with an error records it on the article (tasks call article_fail).
    Article.objects.filter(pk=article.pk).update(state=ProcessingState.EXTRACTING)
    article_fail(article_id=article.pk, reason="ValueError: simulated by the test")
    article.refresh_from_db()
    assert (article.state, article.failure_reason) == (
        "failed",
        "ValueError: simulated by the test",
    )

    article_requeue(article=article, actor=None)
    wait_for(_done(article.pk))
    article.refresh_from_db()
    assert (article.state, article.failure_reason) == ("done", "")


def test_killed_worker_job_completes_after_restart(start_worker: Callable[..., Worker]) -> None:
    from workbench.nlp import extract

    _sources()
    expected = extract(SAMPLE_ARTICLE.read_text(encoding="utf-8").strip(), language="fr")
    first = start_worker()
    article = _ingest_sample()
    wait_for(
        lambda: Article.objects.get(pk=article.pk).state != ProcessingState.QUEUED, interval=0.02
    )
    first.kill()
    assert Article.objects.get(pk=article.pk).state in (
        ProcessingState.EXTRACTING,
        ProcessingState.CORROBORATING,
    )

    second = start_worker(beat=True, WORKBENCH_SWEEP_SECONDS="1", WORKBENCH_STALL_SECONDS="4")
    try:
        wait_for(_done(article.pk), timeout=180)
    finally:
        second.stop()
    assert Quote.objects.filter(article=article).count() == len(expected["quotes"])
    assert Claim.objects.filter(article=article).count() == len(expected["claims"])
    for quote in Quote.objects.filter(article=article):
        assert quote.runs.count() >= 1
    assert Article.objects.get(pk=article.pk).attempts >= 1


def test_ingest_command_waits_for_the_worker(worker: Worker, tmp_path: Any) -> None:
    _sources()
    out, err = StringIO(), StringIO()
    call_command(
        "ingest",
        str(SAMPLE_ARTICLE),
        "--lang",
        "fr",
        "--wait",
        "--timeout",
        "180",
        stdout=out,
        stderr=err,
    )
    result = json.loads(out.getvalue())
    assert result["state"] == "done"
    speakers = {q["speaker"] for q in result["quotes"] if q["text"] in SAHHAF_QUOTES}
    assert speakers == {"Ahmad al-Sahhaf"}
    assert result["evidence"] > 0

    out2, err2 = StringIO(), StringIO()
    call_command("ingest", str(SAMPLE_ARTICLE), stdout=out2, stderr=err2)
    assert "duplicate of article" in err2.getvalue()
    assert Article.objects.count() == 1
