"""Beat down for an hour, then back: its clock is injected one hour ahead of the data.

Feeds fell due while beat was away and articles lost their queue messages. When beat returns,
one tick polls every due feed once and re-queues the stalled work once; the ticks that follow
(before and after a real worker has done the work) queue nothing more and duplicate nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import Any

import pytest
from django.utils import timezone

from claims.models import Article, Claim, CorroborationState, ProcessingState, Quote
from claims.services import article_ingest, article_process
from claims.tasks import poll_due_feeds, sweep_unfinished
from sources.feeds import feed_register
from sources.models import Feed, FetchJob
from tests.conftest import Worker, _purge, wait_for
from tests.factories import ArticleFactory
from tests.ingestion.conftest import Site, _site, fetch_settings, site  # noqa: F401
from tests.ingestion.test_worker import FETCH_ENV

pytestmark = [pytest.mark.worker, pytest.mark.slow, pytest.mark.django_db(transaction=True)]

LOST = "Le ministère de la Défense a annoncé mardi que 25 combattants ont été tués près d'Al-Qaïm."
STALLED = (
    "« Nous ne quitterons pas la base avant le 31 mars », a déclaré mardi le porte-parole de la "
    "coalition, Myles Caggins. Selon lui, 2 500 soldats sont encore déployés en Irak."
)


def _tick(at: str) -> tuple[dict[str, Any], dict[str, Any]]:
    """One beat tick as the schedule runs it: both periodic tasks, with beat's clock."""
    return sweep_unfinished(now=at), poll_due_feeds(now=at)


def test_beat_back_after_an_hour_catches_up_once(
    site: Site,  # noqa: F811
    start_worker: Callable[..., Worker],
) -> None:
    start = timezone.now()
    later = start + timedelta(hours=1)

    # Feeds: one due when beat went down, one that fell due during the hour, one due only after
    # beat is back, one inactive.
    due, _ = feed_register(url=site.url("/feeds/content.xml"))
    fell_due, _ = feed_register(url=site.url("/feeds/atom.xml"))
    Feed.objects.filter(pk=fell_due.pk).update(next_poll_at=start + timedelta(minutes=40))
    not_yet, _ = feed_register(url=site.url("/feeds/a.xml"))
    Feed.objects.filter(pk=not_yet.pk).update(next_poll_at=later + timedelta(minutes=10))
    inactive, _ = feed_register(url=site.url("/feeds/b.xml"), active=False)

    # Articles whose queue messages were lost: one never extracted, one whose corroboration
    # jobs never ran; and one finished article that nothing may touch.
    lost = article_ingest(body=LOST).article
    stalled = article_ingest(body=STALLED).article
    article_process(article_id=stalled.pk)
    finished = ArticleFactory.create(state=ProcessingState.DONE, heartbeat_at=start)
    _purge()
    stalled.refresh_from_db()
    assert stalled.state == ProcessingState.CORROBORATING
    pending_items = (
        Claim.objects.filter(article=stalled, rejected=False).count()
        + Quote.objects.filter(article=stalled, rejected=False).count()
    )
    assert pending_items > 0
    assert FetchJob.objects.count() == 0

    # Beat returns: the first tick catches up, a second one right after finds nothing to do.
    sweep1, poll1 = _tick(later.isoformat())
    sweep2, poll2 = _tick((later + timedelta(seconds=30)).isoformat())
    polls = FetchJob.objects.filter(kind=FetchJob.Kind.FEED)
    assert sorted(polls.values_list("feed_id", flat=True)) == sorted([due.pk, fell_due.pk])
    assert sorted(poll1["polls"]) == sorted(polls.values_list("pk", flat=True))
    assert poll1["requeued"] == []
    assert sorted(sweep1["requeued"]) == [lost.pk, stalled.pk]
    assert (sweep1["items"], sweep1["gave_up"]) == (pending_items, [])
    assert sweep2 == {"requeued": [], "items": 0, "gave_up": []}
    assert poll2 == {"polls": [], "requeued": []}

    # A real worker does the queued work: the two feed polls, their items, the re-queued articles.
    worker = start_worker(**FETCH_ENV)
    try:
        wait_for(
            lambda: (
                not FetchJob.objects.exclude(state=FetchJob.State.DONE).exists()
                and FetchJob.objects.filter(kind=FetchJob.Kind.ARTICLE).count() == 2
                and not Article.objects.exclude(
                    state__in=[ProcessingState.DONE, ProcessingState.FAILED]
                ).exists()
            ),
            timeout=240,
        )
        # The next tick, after the work is done: nothing is due and nothing stalled.
        sweep3, poll3 = _tick((later + timedelta(minutes=1)).isoformat())
    finally:
        worker.stop()
    assert sweep3 == {"requeued": [], "items": 0, "gave_up": []}
    assert poll3 == {"polls": [], "requeued": []}

    # Every due feed was fetched once; the others not at all.
    assert [len(site.seen(path)) for path in ("/feeds/content.xml", "/feeds/atom.xml")] == [1, 1]
    assert [len(site.seen(path)) for path in ("/feeds/a.xml", "/feeds/b.xml")] == [0, 0]
    assert FetchJob.objects.filter(kind=FetchJob.Kind.FEED).count() == 2
    for feed in (due, fell_due):
        feed.refresh_from_db()
        assert (feed.state, feed.polls, feed.items_total) == ("ok", 1, 1)
        assert feed.next_poll_at == later + timedelta(seconds=feed.poll_interval)
    for feed in (not_yet, inactive):
        feed.refresh_from_db()
        assert feed.polls == 0
    # Each new item came in exactly once.
    items = FetchJob.objects.filter(kind=FetchJob.Kind.ARTICLE).order_by("feed_id")
    assert [(j.feed_id, j.state, j.outcome) for j in items] == [
        (due.pk, "done", "created"),
        (fell_due.pk, "done", "created"),
    ]
    titles = sorted(
        Article.objects.exclude(pk__in=[lost.pk, stalled.pk, finished.pk]).values_list(
            "title", flat=True
        )
    )
    assert titles == [
        "Deux soldats américains et un britannique tués à Taji",
        "Iraqi parliament votes for the departure of foreign troops",
    ]
    # The re-queued articles were processed once more and finished; the finished one untouched.
    assert Article.objects.get(pk=lost.pk).state == ProcessingState.DONE
    assert Article.objects.get(pk=lost.pk).attempts == 1
    assert Article.objects.get(pk=stalled.pk).state == ProcessingState.DONE
    assert not Claim.objects.filter(
        article=stalled, corroboration_state__in=[CorroborationState.PENDING]
    ).exists()
    finished.refresh_from_db()
    assert (finished.state, finished.heartbeat_at) == (ProcessingState.DONE, start)
