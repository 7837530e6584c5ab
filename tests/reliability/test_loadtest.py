"""`manage.py loadtest`, small: a real server, a real worker, clients reading while articles go in.

The full run (1,000 articles, 20 clients, two workers) is too slow for CI; this one runs the same
code on 20 articles and checks the same things the full run reports in docs/RELIABILITY.md.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from django.conf import settings
from django.core.management import CommandError, call_command
from django.db import connection

from claims.models import Article, ProcessingState

pytestmark = [
    pytest.mark.slow,
    pytest.mark.postgres,
    pytest.mark.worker,
    pytest.mark.django_db(transaction=True),
]


def _measured_setup() -> None:
    if connection.vendor != "postgresql" or not settings.CELERY_BROKER_URL.startswith("redis"):
        pytest.skip("the load test runs on PostgreSQL with a Redis broker")


@pytest.mark.timeout(900)
def test_small_load_loses_nothing_and_answers_every_request(tmp_path: Path) -> None:
    _measured_setup()
    out = tmp_path / "load.json"
    call_command(
        "loadtest",
        articles=20,
        workers=1,
        clients=3,
        submitters=2,
        think=0.1,
        max_seconds=600,
        embeddings="off",
        verify_sample=5,
        json_path=str(out),
    )
    report = json.loads(out.read_text())

    assert report["outcome"] == "drained"
    assert report["problems"] == []
    assert report["articles"]["accepted"] == 20
    assert report["articles"]["done"] == 20
    assert report["articles"]["duplicates"] == 0
    assert report["requests"]["read_errors"] == 0
    assert report["requests"]["submission_errors"] == 0
    assert report["requests"]["reads"] > 0
    assert report["endpoints"]["POST /articles/"]["statuses"] == {"202": 20}
    # The one worker ran every task: 20 extractions and one corroboration per claim and quote.
    integrity = report["integrity"]
    items = integrity["claims"]["stored"] + integrity["quotes"]["stored"]
    assert items > 0
    assert report["tasks_per_worker"] == [20 + items]
    assert integrity["corroboration_runs"] == items
    assert integrity["reextracted_sample"] == {
        "articles": 5,
        "mismatched": [],
    }
    assert Article.objects.count() == 20
    assert set(Article.objects.values_list("state", flat=True)) == {ProcessingState.DONE}


def test_refuses_a_database_that_holds_data() -> None:
    _measured_setup()
    from tests.factories import ArticleFactory

    ArticleFactory.create()
    with pytest.raises(CommandError, match="throwaway database only"):
        call_command("loadtest", articles=1, workers=1, clients=1)
    assert Article.objects.count() == 1


@pytest.mark.django_db
def test_refuses_sqlite_or_the_filesystem_broker(settings: Any) -> None:
    if connection.vendor == "postgresql":
        settings.CELERY_BROKER_URL = "filesystem://"
    with pytest.raises(CommandError, match=r"runs (on PostgreSQL|with a Redis broker) only"):
        call_command("loadtest", articles=1, workers=1, clients=1)
