"""Fetch jobs and the entry points that create them: every case ends stored or with a reason."""

from __future__ import annotations

import io
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone

from claims.models import Article
from claims.services.ingestion import (
    RetryLater,
    UnsafeURL,
    article_fetch_submit,
    fetch_job_retry,
    fetch_job_run,
    fetch_jobs_sweep,
)
from sources.models import Feed, FetchJob, Source
from tests.ingestion.conftest import PAGES, Route, Site

pytestmark = pytest.mark.django_db


def _run(url: str, **kw: Any) -> FetchJob:
    job = article_fetch_submit(url=url, **kw)
    fetch_job_run(job_id=job.pk)
    job.refresh_from_db()
    return job


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("http://10.0.0.1/page", "refused 10.0.0.1: 10.0.0.1 is a private address"),
        (
            "http://[::ffff:192.168.1.1]/",
            "refused ::ffff:192.168.1.1: ::ffff:c0a8:101 embeds 192.168.1.1 is a private address",
        ),
        ("ftp://example.org/a", "only http and https URLs are fetched, not 'ftp'"),
        ("https://user:pw@example.org/", "URLs with credentials are refused"),
    ],
)
def test_submit_refuses_urls_that_can_never_be_fetched(url: str, reason: str) -> None:
    with pytest.raises(UnsafeURL) as refused:
        article_fetch_submit(url=url)
    assert str(refused.value) == reason
    assert isinstance(refused.value, ValueError)
    assert FetchJob.objects.count() == 0


def test_a_url_becomes_an_article(site: Site, django_user_model: Any) -> None:
    editor = django_user_model.objects.create_user("eddie")
    url = site.url("/articles/qaim-fr.html")
    job = _run(url, requested_by=editor)
    assert (job.state, job.outcome, job.http_status, job.final_url, job.attempts) == (
        "done",
        "created",
        200,
        url,
        1,
    )
    assert (job.requested_by, job.failure_reason) == (editor, "")
    assert job.started_at is not None and job.finished_at is not None
    article = Article.objects.get(pk=int(job.result_id))
    assert (article.url, article.canonical_url, article.title, article.author) == (
        url,
        url,
        "Bagdad veut saisir le Conseil de sécurité",
        "Nadia Karam",
    )
    assert article.body.startswith("Bagdad veut saisir le Conseil de sécurité\n\nLe ministère")
    assert "Radio Exemple – mentions légales" not in article.body
    assert (article.language, article.state) == ("fr", "queued")

    again = _run(url)
    assert (again.state, again.outcome, again.result_id) == ("done", "duplicate", job.result_id)
    assert Article.objects.count() == 1


def test_an_active_job_for_the_same_url_is_returned(site: Site) -> None:
    url = site.url("/articles/qaim-fr.html")
    first = article_fetch_submit(url=url)
    assert article_fetch_submit(url=url).pk == first.pk
    assert FetchJob.objects.count() == 1


def test_broken_html_still_gives_its_text(site: Site) -> None:
    job = _run(site.url("/articles/broken.html"))
    assert (job.state, job.outcome) == ("done", "created")
    article = Article.objects.get(pk=int(job.result_id))
    assert article.title == "Page cassée"
    assert article.body.startswith(
        "Le Commandement des opérations conjointes a annoncé mardi la remise de la base d’al-Qaïm"
    )
    assert "pas du texte" not in article.body


def test_non_utf8_pages_are_stored_right(site: Site) -> None:
    job = _run(site.url("/articles/cp1252.html"))
    article = Article.objects.get(pk=int(job.result_id))
    assert article.title == "Le cœur du dossier irakien"
    assert "élan de solidarité" in article.body
    assert "« C’est une question de souveraineté », a déclaré un diplomate" in article.body
    job = _run(site.url("/articles/latin1-meta.html"))
    article = Article.objects.get(pk=int(job.result_id))
    assert "À Bagdad, le ministère des Affaires étrangères a réaffirmé jeudi" in article.body


@pytest.mark.parametrize(
    ("path", "reason", "status"),
    [
        ("/articles/empty.html", "no article text found on {base}/articles/empty.html", 200),
        (
            "/image.png",
            "content type image/png is not one of text/html, application/xhtml+xml, text/plain",
            200,
        ),
        ("/big.html", "the response is 10485767 bytes, over the limit of 2000000", 200),
        ("/private/secret.html", "robots.txt of {base} disallows {base}/private/secret.html", None),
        (
            "/redirect?to=http://192.168.1.1/admin",
            "refused 192.168.1.1: 192.168.1.1 is a private address",
            None,
        ),
        ("/nowhere.html", "the server answered 404 Not Found", 404),
    ],
)
def test_a_failed_job_records_why_and_stores_nothing(
    site: Site, path: str, reason: str, status: int | None
) -> None:
    job = _run(site.url(path))
    assert (job.state, job.failure_reason, job.http_status) == (
        "failed",
        reason.format(base=site.base),
        status,
    )
    assert job.failed_at is not None and job.result_id == ""
    assert Article.objects.count() == 0


def test_a_failed_job_can_be_retried_and_then_succeeds(site: Site) -> None:
    url = site.url("/articles/later.html")
    job = _run(url)
    assert (job.state, job.failure_reason, job.attempts) == (
        "failed",
        "the server answered 404 Not Found",
        1,
    )
    site.set("/articles/later.html", Route(body=(PAGES / "article_en.html").read_bytes()))
    job = fetch_job_retry(job=job)
    assert (job.state, job.failure_reason, job.attempts, job.failed_at) == ("queued", "", 0, None)
    fetch_job_run(job_id=job.pk)
    job.refresh_from_db()
    assert (job.state, job.outcome, job.failure_reason, job.http_status) == (
        "done",
        "created",
        "",
        200,
    )
    assert Article.objects.get(pk=int(job.result_id)).canonical_url == url


def test_transient_failures_are_retried_then_recorded(site: Site, settings: Any) -> None:
    settings.WORKBENCH_FETCH_MAX_ATTEMPTS = 2
    site.set("/articles/down.html", Route(body=b"maintenance", status=503))
    job = article_fetch_submit(url=site.url("/articles/down.html"))
    with pytest.raises(RetryLater) as retry:
        fetch_job_run(job_id=job.pk)
    job.refresh_from_db()
    assert job.state == "queued"
    assert job.failure_reason.startswith(
        "attempt 1 of 2: the server answered 503 Service Unavailable; trying again in "
    )
    assert 8 <= retry.value.countdown <= 12

    fetch_job_run(job_id=job.pk)
    job.refresh_from_db()
    assert (job.state, job.attempts, job.failure_reason, job.http_status) == (
        "failed",
        2,
        "the server answered 503 Service Unavailable (after 2 attempts)",
        503,
    )
    fetch_job_run(job_id=job.pk)  # a finished job is left alone
    job.refresh_from_db()
    assert job.attempts == 2


def test_the_sweep_requeues_stalled_jobs(site: Site, settings: Any) -> None:
    settings.WORKBENCH_FETCH_MAX_ATTEMPTS = 2
    stalled = article_fetch_submit(url=site.url("/articles/qaim-fr.html"))
    gave_up = article_fetch_submit(url=site.url("/articles/sahhaf-en.html"))
    fresh = article_fetch_submit(url=site.url("/articles/broken.html"))
    old = timezone.now() - timedelta(hours=1)
    FetchJob.objects.filter(pk=stalled.pk).update(state="running", attempts=1, updated_at=old)
    FetchJob.objects.filter(pk=gave_up.pk).update(state="running", attempts=2, updated_at=old)
    assert fetch_jobs_sweep() == [stalled.pk]
    states = dict(FetchJob.objects.values_list("pk", "state"))
    assert states == {stalled.pk: "queued", gave_up.pk: "failed", fresh.pk: "queued"}
    assert FetchJob.objects.get(pk=gave_up.pk).failure_reason == "stalled after 2 attempts"


def test_ingest_command_queues_urls_and_refuses_unsafe_ones(site: Site) -> None:
    url = site.url("/articles/qaim-fr.html")
    out, err = io.StringIO(), io.StringIO()
    call_command("ingest", url, stdout=out, stderr=err)
    job = FetchJob.objects.get()
    assert json.loads(out.getvalue()) == {
        "input": url,
        "job": str(job.pk),
        "state": "queued",
        "job_state": "queued",
    }
    assert err.getvalue() == f"{url}: fetch job {job.pk} queued\n"

    out, err = io.StringIO(), io.StringIO()
    with pytest.raises(CommandError) as error:
        call_command("ingest", "http://192.168.1.1/", stdout=out, stderr=err)
    assert str(error.value) == "1 input(s) refused or failed"
    assert err.getvalue() == (
        "http://192.168.1.1/: refused: refused 192.168.1.1: 192.168.1.1 is a private address\n"
    )
    assert out.getvalue() == ""
    assert FetchJob.objects.count() == 1


def _jsonl(tmp_path: Path, rows: list[dict[str, Any]]) -> Path:
    path = tmp_path / "bulk.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
    return path


def test_bulk_jsonl_ingestion_shows_progress(tmp_path: Path) -> None:
    path = _jsonl(
        tmp_path,
        [
            {"id": "a", "text": "Le ministère a annoncé vendredi saisir le Conseil de sécurité."},
            {"id": "b", "text": "The coalition handed over the base on Tuesday.", "lang": "en"},
            {"id": "c", "text": "La coalition a remis la base mardi aux forces irakiennes."},
        ],
    )
    out, err = io.StringIO(), io.StringIO()
    call_command("ingest", str(path), stdout=out, stderr=err)
    assert [json.loads(line)["input"] for line in out.getvalue().splitlines()] == ["a", "b", "c"]
    assert "3/3" in err.getvalue() and "100%" in err.getvalue()
    assert "a: stored as article" in err.getvalue()
    assert Article.objects.count() == 3


def test_import_sources_shows_progress(tmp_path: Path) -> None:
    path = _jsonl(tmp_path, [{"id": f"s{i}", "text": f"Texte {i}."} for i in range(4)])
    out, err = io.StringIO(), io.StringIO()
    call_command("import_sources", str(path), stdout=out, stderr=err)
    assert out.getvalue().strip() == "4 lines read: 4 imported, 0 updated, 0 unchanged, 0 skipped"
    assert "4/4" in err.getvalue() and "100%" in err.getvalue()
    assert Source.objects.count() == 4


def test_add_feed_command(site: Site) -> None:
    out, err = io.StringIO(), io.StringIO()
    call_command(
        "add_feed",
        site.url("/demo_feed.xml"),
        "--target",
        "sources",
        "--interval",
        "60",
        stdout=out,
        stderr=err,
    )
    feed = Feed.objects.get()
    assert json.loads(out.getvalue()) == {
        "id": str(feed.pk),
        "url": site.url("/demo_feed.xml"),
        "target": "sources",
        "active": True,
        "poll_interval": 60,
        "created": True,
    }
    assert feed.next_poll_at is not None and feed.next_poll_at <= timezone.now()
    with pytest.raises(CommandError) as error:
        call_command("add_feed", "http://10.0.0.1/feed.xml", stdout=out, stderr=err)
    assert str(error.value) == "refused 10.0.0.1: 10.0.0.1 is a private address"
    assert Feed.objects.count() == 1
    assert datetime.now(UTC) > feed.created_at
