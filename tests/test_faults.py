"""Faults injected for real: a broker that goes away, a dropped database connection, a message
delivered twice. Nothing accepted is lost and nothing is duplicated."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from django.db import connection

from claims.models import Article, Claim, Evidence, ProcessingState, Quote
from claims.services import article_ingest
from claims.tasks import corroborate_claim, corroborate_quote, process_article
from tests.conftest import ROOT, SAMPLE_ARTICLE, Worker, wait_for

pytestmark = [pytest.mark.worker, pytest.mark.django_db(transaction=True)]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class RedisServer:
    """A redis-server of the test's own on another port; the machine's is never touched."""

    def __init__(self, port: int) -> None:
        self.port = port
        self.process: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        self.process = subprocess.Popen(
            [
                "redis-server",
                "--port",
                str(self.port),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=0.2).close()
                return
            except OSError:
                time.sleep(0.05)
        raise RuntimeError("redis-server did not start")

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=10)


@pytest.fixture
def own_redis() -> Iterator[RedisServer]:
    if shutil.which("redis-server") is None:
        pytest.skip("redis-server is not installed")
    server = RedisServer(_free_port())
    yield server
    server.stop()


def _state(pk: int) -> str:
    return str(Article.objects.values_list("state", flat=True).get(pk=pk))


def _all_done(ids: list[int]) -> Callable[[], bool]:
    return lambda: (
        set(Article.objects.filter(pk__in=ids).values_list("state", flat=True))
        == {ProcessingState.DONE}
    )


def test_articles_accepted_while_the_broker_is_down_are_processed_when_it_returns(
    own_redis: RedisServer,
    start_worker: Callable[..., Worker],
    worker_env: dict[str, str],
    tmp_path: Path,
) -> None:
    broker = f"redis://127.0.0.1:{own_redis.port}/0"
    texts = []
    for n in range(3):
        path = tmp_path / f"article-{n}.txt"
        path.write_text(
            f"Le ministère a annoncé {n + 3} nouvelles mesures. « Nous tiendrons parole », a déclaré M. Durand.",
            encoding="utf-8",
        )
        texts.append(path)
    # The broker is down (never started): ingestion still stores every article and says so.
    result = subprocess.run(
        [sys.executable, "manage.py", "ingest", *map(str, texts), "--lang", "fr"],
        cwd=ROOT,
        env={**worker_env, "CELERY_BROKER_URL": broker},
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert result.returncode == 0, result.stderr
    ids = list(Article.objects.order_by("pk").values_list("pk", flat=True))
    assert len(ids) == 3
    assert {_state(pk) for pk in ids} == {"queued"}

    own_redis.start()
    worker = start_worker(
        beat=True,
        CELERY_BROKER_URL=broker,
        WORKBENCH_SWEEP_SECONDS="1",
        WORKBENCH_STALL_SECONDS="2",
    )
    try:
        wait_for(_all_done(ids), timeout=180)
    finally:
        worker.stop()
    assert Article.objects.count() == 3
    for pk in ids:
        assert list(Quote.objects.filter(article_id=pk).values_list("kind", "text")) == [
            ("direct", "Nous tiendrons parole")
        ]


def test_a_message_delivered_twice_creates_no_duplicates(worker: Worker) -> None:
    article = article_ingest(body=SAMPLE_ARTICLE.read_text(encoding="utf-8"), language="fr").article
    process_article.delay(article.pk)  # the same job a second time
    wait_for(_all_done([article.pk]))
    counts = (
        Quote.objects.filter(article=article).count(),
        Claim.objects.filter(article=article).count(),
        Evidence.objects.count(),
    )
    claim = Claim.objects.filter(article=article).first()
    quote = Quote.objects.filter(article=article).first()
    assert claim is not None and quote is not None
    for _ in range(2):
        corroborate_claim.delay(claim.pk)
        corroborate_quote.delay(quote.pk)
        process_article.delay(article.pk)
    time.sleep(3)
    wait_for(_all_done([article.pk]))
    assert (
        Quote.objects.filter(article=article).count(),
        Claim.objects.filter(article=article).count(),
        Evidence.objects.count(),
    ) == counts


@pytest.mark.postgres
def test_a_dropped_database_connection_is_retried(worker: Worker) -> None:
    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL (server-side connection termination)")
    article = article_ingest(body=SAMPLE_ARTICLE.read_text(encoding="utf-8"), language="fr").article
    wait_for(lambda: _state(article.pk) == ProcessingState.EXTRACTING, interval=0.02)
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
            "WHERE datname = current_database() AND pid <> pg_backend_pid()"
        )
        (terminated,) = cursor.fetchone()
    assert terminated >= 1
    wait_for(_all_done([article.pk]), timeout=180)
    sahhaf = Quote.objects.filter(article=article, speaker__name="Ahmad al-Sahhaf").count()
    assert sahhaf == 2
    # The job lost its connection mid-way, failed with OperationalError and ran again.
    assert Article.objects.get(pk=article.pk).attempts == 2
