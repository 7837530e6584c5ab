"""Readiness and Prometheus metrics."""

from datetime import timedelta
from typing import Any

import pytest
from django.test import Client, override_settings
from django.utils import timezone

from claims.models import Article, Claim, CorroborationState, ProcessingState
from claims.services import article_ingest

pytestmark = pytest.mark.django_db


def _metric(body: str, name: str) -> float:
    for line in body.splitlines():
        if line.startswith(name + " "):
            return float(line.split()[-1])
    raise AssertionError(f"{name} not in metrics")


def test_readyz_checks_database_broker_and_migrations() -> None:
    response = Client().get("/readyz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok", "broker": "ok", "migrations": "ok"}


def test_metrics_need_a_token_or_a_staff_session(django_user_model: Any) -> None:
    assert Client().get("/metrics").status_code == 401
    with override_settings(WORKBENCH_METRICS_TOKEN="s3cret"):
        assert Client().get("/metrics", HTTP_AUTHORIZATION="Bearer wrong").status_code == 401
        assert Client().get("/metrics", HTTP_AUTHORIZATION="Bearer s3cret").status_code == 200
    staff = django_user_model.objects.create_user("ops", password="x", is_staff=True)
    client = Client()
    client.force_login(staff)
    assert client.get("/metrics").status_code == 200


@override_settings(WORKBENCH_METRICS_TOKEN="t")
def test_metrics_report_queue_depth_failures_and_times() -> None:
    now = timezone.now()
    queued = article_ingest(body="Le Parlement a voté 3 lois.", language="fr").article
    failed = article_ingest(body="Le Sénat a voté 4 lois.", language="fr").article
    done = article_ingest(body="La Chambre a voté 5 lois.", language="fr").article
    Article.objects.filter(pk=queued.pk).update(queued_at=now - timedelta(seconds=90))
    Article.objects.filter(pk=failed.pk).update(state=ProcessingState.FAILED, failed_at=now)
    Article.objects.filter(pk=done.pk).update(
        state=ProcessingState.DONE, started_at=now - timedelta(seconds=12), finished_at=now
    )
    Claim.objects.create(article=done, fingerprint="a", text="x", start=0, end=1)
    Claim.objects.create(
        article=done,
        fingerprint="b",
        text="y",
        start=0,
        end=1,
        corroboration_state=CorroborationState.DONE,
    )

    response = Client().get("/metrics", HTTP_AUTHORIZATION="Bearer t")

    body = response.content.decode()
    assert response["Content-Type"].startswith("text/plain")
    assert _metric(body, 'workbench_articles{state="queued"}') == 1.0
    assert _metric(body, 'workbench_articles{state="failed"}') == 1.0
    assert _metric(body, 'workbench_articles{state="done"}') == 1.0
    assert _metric(body, 'workbench_corroboration_items{kind="claim",state="pending"}') == 1.0
    assert _metric(body, 'workbench_corroboration_items{kind="claim",state="done"}') == 1.0
    assert _metric(body, "workbench_articles_failed_last_hour") == 1.0
    assert _metric(body, "workbench_articles_finished_last_hour") == 1.0
    assert _metric(body, "workbench_article_processing_seconds_avg_last_hour") == pytest.approx(
        12.0, abs=0.01
    )
    assert 89.0 <= _metric(body, "workbench_oldest_unfinished_article_seconds") <= 120.0
