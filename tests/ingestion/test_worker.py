"""Through a real Celery worker: `ingest URL --wait`, and feeds polled by beat on their own."""

from __future__ import annotations

import io
import json
from collections.abc import Callable, Iterator

import pytest
from django.core.management import call_command

from claims.models import Article
from sources.feeds import feed_register
from sources.models import Feed, FetchJob
from tests.conftest import Worker, _purge, wait_for
from tests.ingestion.conftest import PAGES, Route, Site

pytestmark = [pytest.mark.worker, pytest.mark.django_db(transaction=True)]

FETCH_ENV = {"WORKBENCH_FETCH_ALLOWED_HOSTS": "127.0.0.1", "WORKBENCH_FETCH_HOST_DELAY": "0"}


@pytest.fixture
def fetch_worker(start_worker: Callable[..., Worker]) -> Iterator[Worker]:
    _purge()
    worker = start_worker(**FETCH_ENV)
    yield worker
    worker.stop()


def test_ingest_url_waits_for_the_worker(site: Site, fetch_worker: Worker) -> None:
    url = site.url("/articles/qaim-fr.html")
    out, err = io.StringIO(), io.StringIO()
    call_command("ingest", url, "--wait", "--timeout", "180", stdout=out, stderr=err)
    result = json.loads(out.getvalue())
    job = FetchJob.objects.get()
    article = Article.objects.get()
    assert (result["input"], result["job"], result["job_state"], result["id"]) == (
        url,
        str(job.pk),
        "done",
        str(article.pk),
    )
    assert (result["state"], result["language"]) == ("done", "fr")
    quotes = {q["text"]: q["speaker"] for q in result["quotes"]}
    assert (
        quotes[
            "Toute offensive ou action sans l’autorisation du gouvernement irakien est considérée "
            "comme un acte de provocation"
        ]
        == "Ahmad al-Sahhaf"
    )
    assert (job.state, job.outcome, job.http_status) == ("done", "created", 200)
    assert f"{url}: created article {article.pk}" in err.getvalue()


def test_ingest_url_wait_reports_a_failed_fetch(site: Site, fetch_worker: Worker) -> None:
    url = site.url("/redirect?to=http://10.0.0.1/")
    out, err = io.StringIO(), io.StringIO()
    with pytest.raises(Exception) as error:
        call_command("ingest", url, "--wait", "--timeout", "120", stdout=out, stderr=err)
    assert str(error.value) == "1 input(s) refused or failed"
    job = FetchJob.objects.get()
    assert json.loads(out.getvalue()) == {
        "input": url,
        "job": str(job.pk),
        "state": "failed",
        "job_state": "failed",
        "error": "refused 10.0.0.1: 10.0.0.1 is a private address",
    }
    assert Article.objects.count() == 0


def test_beat_polls_feeds_and_new_items_come_in(
    site: Site, start_worker: Callable[..., Worker]
) -> None:
    feed, _ = feed_register(url=site.url("/feeds/a.xml"), poll_interval=1)
    _purge()
    worker = start_worker(beat=True, WORKBENCH_FEED_POLL_SECONDS="1", **FETCH_ENV)
    try:
        wait_for(lambda: Article.objects.count() == 2, timeout=120)
        # Later polls ask with If-None-Match and get 304: nothing new.
        wait_for(
            lambda: FetchJob.objects.filter(kind="feed", outcome="not_modified").exists(),
            timeout=60,
        )
        assert Article.objects.count() == 2
        # A new item appears in the feed: the next polls bring it in, nobody presses a button.
        body = (
            (PAGES / "feed_a.xml")
            .read_text("utf-8")
            .replace(
                "  </channel>",
                "    <item>\n      <title>Taji</title>\n"
                "      <link>http://127.0.0.1:PORT/articles/broken.html</link>\n"
                "      <guid>radio-exemple-0318</guid>\n    </item>\n  </channel>",
            )
        )
        site.set(
            "/feeds/a.xml",
            Route(
                body=body.replace("127.0.0.1:PORT", f"127.0.0.1:{site.port}").encode(),
                content_type="application/rss+xml",
                etag=True,
            ),
        )
        wait_for(lambda: Article.objects.count() == 3, timeout=120)
    finally:
        worker.stop()
    titles = set(Article.objects.values_list("title", flat=True))
    assert titles == {
        "Bagdad veut saisir le Conseil de sécurité",
        "US-led coalition hands Al Qa'im base over to Iraqi forces",
        "Taji",  # the feed item's title comes before the page's own
    }
    feed.refresh_from_db()
    assert feed.state == "ok" and feed.items_total == 3
    polls = FetchJob.objects.filter(kind="feed", feed=feed)
    assert polls.filter(state="failed").count() == 0
    assert polls.filter(outcome="1 new").count() == 1
    # Between the changes the feed answered 304 to the conditional GETs.
    assert polls.filter(outcome="not_modified").exists()
    assert any("if-none-match" in h for h in site.seen("/feeds/a.xml"))
    assert Feed.objects.get(pk=feed.pk).last_status in (200, 304)
