"""Ingestion from the outside world: URL submissions, fetch jobs and feed polls.

Every fetch goes through `sources.fetch` (the safe client); every article is stored by
`article_ingest` and every source by `source_upsert`, so deduplication and versions behave the
same whatever the entry point. A job always ends ``done`` with what it stored, or ``failed`` with
the reason; the stored rows and the job's final state are written in one transaction.
"""

from __future__ import annotations

import logging
import random
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from django.conf import settings
from django.db import transaction
from django.db.models import F, Q
from django.utils import timezone

from claims.services.articles import article_ingest
from claims.text import InvalidText, canonical_url
from sources.feeds import FeedError, FeedItem, feed_fetch, feed_parse, fragment_text
from sources.fetch import HTML_TYPES, FetchError, UnsafeURL, fetch, url_check
from sources.jobs import ACTIVE, fetch_job_fail, fetch_job_retry
from sources.jobs import fetch_job_enqueue as _enqueue
from sources.models import Feed, FetchJob
from sources.services import SourceValidationError, source_upsert

if TYPE_CHECKING:
    from django.contrib.auth.models import AbstractBaseUser, AnonymousUser

logger = logging.getLogger(__name__)

SEEN_LIMIT = 2000
MAX_BACKOFF_SECONDS = 300.0
MIN_PAGE_WORDS = 8


class RetryLater(Exception):
    """A transient failure: the job is queued again and should run after ``countdown`` seconds."""

    def __init__(self, reason: str, countdown: float) -> None:
        super().__init__(reason)
        self.countdown = countdown


def _user(user: AbstractBaseUser | AnonymousUser | None) -> Any:
    return user if user is not None and user.is_authenticated else None


def _backoff(attempt: int) -> float:
    base = settings.WORKBENCH_FETCH_RETRY_BACKOFF * (2 ** max(attempt - 1, 0))
    return min(base, MAX_BACKOFF_SECONDS) * random.uniform(0.8, 1.2)


# --- submitting ---------------------------------------------------------------------------------


def fetch_submit(
    *,
    url: str,
    kind: str = FetchJob.Kind.ARTICLE,
    requested_by: AbstractBaseUser | AnonymousUser | None = None,
    meta: dict[str, Any] | None = None,
) -> FetchJob:
    """Create a fetch job for a page and queue it after commit.

    Raises UnsafeURL (a ValueError) when the URL can never be fetched (scheme, credentials, an IP
    literal that is not public). The same URL already queued or running returns that job.
    """
    if not isinstance(url, str):
        raise UnsafeURL("the URL must be a string")
    url = url.strip()
    url_check(url, allowed_hosts=settings.WORKBENCH_FETCH_ALLOWED_HOSTS)
    if kind not in (FetchJob.Kind.ARTICLE, FetchJob.Kind.SOURCE):
        raise ValueError(f"kind must be article or source, not {kind!r}")
    with transaction.atomic():
        existing = (
            FetchJob.objects.select_for_update()
            .filter(kind=kind, url=url, state__in=ACTIVE, feed__isnull=True)
            .order_by("pk")
            .first()
        )
        if existing is not None:
            return existing
        job = FetchJob.objects.create(
            url=url,
            kind=kind,
            meta=meta or {},
            requested_by=_user(requested_by),
            queued_at=timezone.now(),
        )
        _enqueue(job.pk)
    logger.info("fetch job %s queued for %s", job.pk, url)
    return job


def article_fetch_submit(
    *, url: str, requested_by: AbstractBaseUser | AnonymousUser | None = None
) -> FetchJob:
    """Queue the fetch of a URL whose page becomes an article; returns the job to follow.

    Raises UnsafeURL (a ValueError subclass, with a message fit for a 400 answer) for a URL
    that can never be fetched.
    """
    return fetch_submit(url=url, kind=FetchJob.Kind.ARTICLE, requested_by=requested_by)


# --- running ------------------------------------------------------------------------------------


def fetch_job_run(*, job_id: int) -> None:
    """Run a queued job: fetch, extract, store; or poll its feed.

    Idempotent: a job that is not queued is left alone. Final failures (a refused URL, a 4xx, a
    page without text, a feed with an entity declaration…) are recorded on the job. Transient
    ones (timeouts, connection errors, 5xx) put it back in the queue and raise RetryLater until
    WORKBENCH_FETCH_MAX_ATTEMPTS attempts were made, then are recorded as final.
    """
    now = timezone.now()
    claimed = FetchJob.objects.filter(pk=job_id, state=FetchJob.State.QUEUED).update(
        state=FetchJob.State.RUNNING, started_at=now, attempts=F("attempts") + 1
    )
    if not claimed:
        return
    job = FetchJob.objects.select_related("feed").get(pk=job_id)
    try:
        if job.kind == FetchJob.Kind.FEED:
            _run_feed_job(job)
        else:
            _run_page_job(job)
    except FetchError as exc:
        if exc.transient and job.attempts < settings.WORKBENCH_FETCH_MAX_ATTEMPTS:
            countdown = _backoff(job.attempts)
            FetchJob.objects.filter(pk=job_id, state=FetchJob.State.RUNNING).update(
                state=FetchJob.State.QUEUED,
                queued_at=timezone.now(),
                http_status=exc.status,
                failure_reason=(
                    f"attempt {job.attempts} of {settings.WORKBENCH_FETCH_MAX_ATTEMPTS}: {exc}; "
                    f"trying again in {countdown:.0f}s"
                ),
            )
            raise RetryLater(str(exc), countdown) from exc
        suffix = f" (after {job.attempts} attempts)" if exc.transient else ""
        fetch_job_fail(job_id=job_id, reason=f"{exc}{suffix}", http_status=exc.status)
    except (InvalidText, SourceValidationError, FeedError) as exc:
        fetch_job_fail(job_id=job_id, reason=str(exc))


def _parse_date(value: object) -> datetime | None:
    if not value or not isinstance(value, str):
        return None
    try:
        parsed = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed


def _same_site(url: str, other: str) -> bool:
    a, b = urlsplit(url), urlsplit(other)
    return bool(a.hostname) and a.hostname == b.hostname and a.scheme in ("http", "https")


@dataclass
class _Page:
    text: str
    url: str
    title: str = ""
    author: str = ""
    published_at: datetime | None = None


def _page(job: FetchJob) -> _Page:
    """The text of the job's page: the feed's own content, or the page fetched and extracted."""
    meta = job.meta or {}
    link = str(meta.get("link", job.url))
    page = _Page(
        text=str(meta.get("text") or ""),
        url=link,
        title=str(meta.get("title") or ""),
        author=str(meta.get("author") or ""),
        published_at=_parse_date(meta.get("published_at")),
    )
    if page.text.strip() or not link:
        if not page.text.strip():
            page.text = str(meta.get("summary") or "")
        return page

    result = fetch(link, accept=HTML_TYPES)
    FetchJob.objects.filter(pk=job.pk).update(
        http_status=result.status, final_url=result.final_url[:2000]
    )
    page.url = result.final_url
    body = result.text()
    if result.content_type == "text/plain":
        page.text = body
    else:
        from workbench.nlp import html_to_text

        extracted = html_to_text(body)
        page.text = extracted.get("text") or ""
        page.title = page.title or extracted.get("title") or ""
        page.author = page.author or extracted.get("author") or ""
        page.published_at = page.published_at or _parse_date(extracted.get("date"))
        declared = extracted.get("canonical_url") or ""
        # A page may name its canonical URL, but only on its own site: another site's URL would
        # make this page a "new version" of someone else's article.
        if declared and _same_site(declared, result.final_url):
            page.url = declared
    if len(page.text.split()) < MIN_PAGE_WORDS:
        # A navigation label or a cookie banner is not an article; the feed's summary may be.
        summary = str(meta.get("summary") or "")
        if len(summary.split()) < MIN_PAGE_WORDS:
            raise InvalidText(f"no article text found on {result.final_url}")
        page.text = summary
    return page


def _run_page_job(job: FetchJob) -> None:
    page = _page(job)
    meta = job.meta or {}
    with transaction.atomic():
        if job.kind == FetchJob.Kind.SOURCE:
            external_id = str(meta.get("external_id") or canonical_url(page.url) or job.url)
            _source, outcome = source_upsert(
                external_id=external_id[:255],
                text=page.text,
                title=page.title[:1000],
                url=page.url[:2000],
                published_at=page.published_at,
                publisher=str(meta.get("publisher") or "")[:300],
                kind=str(meta.get("kind") or "article"),
            )
            result_id = external_id[:255]
        else:
            result = article_ingest(
                body=page.text,
                url=page.url[:2000],
                title=page.title,
                author=page.author,
                publisher=str(meta.get("publisher") or ""),
                published_at=page.published_at,
            )
            outcome = (
                "duplicate"
                if result.duplicate
                else ("new_version" if result.new_version else "created")
            )
            result_id = str(result.article.pk)
        now = timezone.now()
        FetchJob.objects.filter(pk=job.pk).update(
            state=FetchJob.State.DONE,
            result_id=result_id,
            outcome=outcome,
            failure_reason="",
            finished_at=now,
            failed_at=None,
        )
    logger.info("fetch job %s done: %s %s (%s)", job.pk, job.kind, result_id, outcome)


# --- feeds --------------------------------------------------------------------------------------


@dataclass
class FeedPollReport:
    feed_id: int
    status: int | None = None
    not_modified: bool = False
    items: int = 0
    job_ids: list[int] = field(default_factory=list)

    @property
    def outcome(self) -> str:
        return "not_modified" if self.not_modified else f"{len(self.job_ids)} new"


def _run_feed_job(job: FetchJob) -> None:
    if job.feed_id is None:
        raise FeedError("the feed of this poll was deleted")
    report = feed_poll(feed_id=job.feed_id, scheduled_at=job.queued_at)
    FetchJob.objects.filter(pk=job.pk).update(
        state=FetchJob.State.DONE,
        http_status=report.status,
        result_id=str(job.feed_id),
        outcome=report.outcome,
        failure_reason="",
        finished_at=timezone.now(),
    )


def _item_meta(publisher: str, item: FeedItem, key: str) -> dict[str, Any]:
    return {
        "external_id": key,
        "link": item.link,
        "title": item.title,
        "author": item.author,
        "publisher": publisher,
        "published_at": item.published_at.isoformat() if item.published_at else None,
        "summary": fragment_text(item.summary_html),
        "text": fragment_text(item.content_html),
    }


def _failure_delay(feed: Feed, failures: int) -> timedelta:
    return timedelta(seconds=min(feed.poll_interval * (2 ** min(failures, 6)), 86_400))


def feed_poll(*, feed_id: int, scheduled_at: datetime | None = None) -> FeedPollReport:
    """Poll one feed with a conditional GET; new or changed items become fetch jobs.

    A 304 takes nothing in. Items whose content is in the feed are stored at once; the others
    are fetched as pages by their jobs (queued after commit). An item is new or changed when its
    guid (or link) was not seen with the same fingerprint; the jobs, the seen items and the
    feed's state are written in one transaction. Failures are recorded on the feed and raised.

    The next poll counts from the later of this poll and ``scheduled_at`` (the beat tick that
    queued it): a beat whose clock runs ahead of the worker's (clock skew, a catch-up tick) must
    not find the feed due again at its next tick.
    """
    feed = Feed.objects.get(pk=feed_id)
    started = timezone.now()
    Feed.objects.filter(pk=feed_id).update(state=Feed.State.POLLING, last_polled_at=started)
    report = FeedPollReport(feed_id=feed_id)
    try:
        result = feed_fetch(feed.url, etag=feed.etag, last_modified=feed.last_modified)
        report.status = result.status
        parsed = (
            None
            if result.not_modified
            else feed_parse(
                result.content,
                content_type=result.headers.get("content-type", ""),
                url=result.final_url,
            )
        )
    except (FetchError, FeedError) as exc:
        failures = feed.consecutive_failures + 1
        Feed.objects.filter(pk=feed_id).update(
            state=Feed.State.FAILED,
            failure_reason=str(exc)[:5000],
            consecutive_failures=failures,
            last_status=getattr(exc, "status", None),
            polls=F("polls") + 1,
            next_poll_at=max(timezone.now(), scheduled_at or started)
            + _failure_delay(feed, failures),
        )
        logger.warning("feed %s: poll failed: %s", feed_id, exc)
        raise

    now = timezone.now()
    common: dict[str, Any] = {
        "state": Feed.State.OK,
        "failure_reason": "",
        "consecutive_failures": 0,
        "last_status": result.status,
        "last_success_at": now,
        "next_poll_at": max(now, scheduled_at or now) + timedelta(seconds=feed.poll_interval),
    }
    if parsed is None:
        report.not_modified = True
        Feed.objects.filter(pk=feed_id).update(polls=F("polls") + 1, new_items_last=0, **common)
        logger.info("feed %s: not modified", feed_id)
        return report

    report.items = len(parsed.items)
    inline: list[int] = []
    with transaction.atomic():
        locked = Feed.objects.select_for_update().get(pk=feed_id)
        seen: dict[str, str] = dict(locked.seen or {})
        current: dict[str, str] = {}
        kind = (
            FetchJob.Kind.SOURCE if locked.target == Feed.Target.SOURCES else FetchJob.Kind.ARTICLE
        )
        for item in parsed.items:
            key = item.guid or item.link or item.fingerprint
            fingerprint = item.fingerprint
            current[key] = fingerprint
            if seen.get(key) == fingerprint:
                continue
            meta = _item_meta(locked.title or parsed.title, item, key)
            job = FetchJob.objects.create(
                url=(item.link or locked.url)[:2000],
                kind=kind,
                feed=locked,
                meta=meta,
                queued_at=now,
            )
            report.job_ids.append(job.pk)
            if meta["text"] or not item.link:
                inline.append(job.pk)
            else:
                _enqueue(job.pk)
        # The items of this document first, then the older ones still remembered, bounded.
        remembered = {**current, **{k: v for k, v in seen.items() if k not in current}}
        Feed.objects.filter(pk=feed_id).update(
            seen=dict(list(remembered.items())[:SEEN_LIMIT]),
            etag=result.headers.get("etag", "")[:1000],
            last_modified=result.headers.get("last-modified", "")[:200],
            title=locked.title or parsed.title[:1000],
            polls=F("polls") + 1,
            items_last=report.items,
            new_items_last=len(report.job_ids),
            items_total=F("items_total") + len(report.job_ids),
            **common,
        )
    # The feed carried these items' text: nothing to fetch, store them now.
    for job_id in inline:
        try:
            fetch_job_run(job_id=job_id)
        except Exception as exc:  # one bad item is recorded on its job; the others go on
            logger.exception("feed %s: item job %s failed", feed_id, job_id)
            fetch_job_fail(job_id=job_id, reason=f"{exc.__class__.__name__}: {exc}")
    logger.info("feed %s: %s items, %s new or changed", feed_id, report.items, len(report.job_ids))
    return report


def feeds_poll_due(*, now: datetime | None = None) -> list[int]:
    """Queue a poll job for every active feed whose next poll is due; returns the job ids.

    The feed's next poll is moved forward in the same transaction, so two beat ticks never poll
    it twice; a feed with a poll still queued or running is skipped.
    """
    now = now or timezone.now()
    due = (
        Feed.objects.filter(active=True)
        .filter(Q(next_poll_at__isnull=True) | Q(next_poll_at__lte=now))
        .values_list("pk", flat=True)
    )
    job_ids = []
    for feed_id in list(due):
        with transaction.atomic():
            feed = Feed.objects.select_for_update().filter(pk=feed_id, active=True).first()
            if feed is None or (feed.next_poll_at is not None and feed.next_poll_at > now):
                continue
            if FetchJob.objects.filter(
                feed=feed, kind=FetchJob.Kind.FEED, state__in=ACTIVE
            ).exists():
                continue
            Feed.objects.filter(pk=feed_id).update(
                next_poll_at=now + timedelta(seconds=feed.poll_interval)
            )
            job = FetchJob.objects.create(
                url=feed.url, kind=FetchJob.Kind.FEED, feed=feed, queued_at=now
            )
            _enqueue(job.pk)
            job_ids.append(job.pk)
    return job_ids


def fetch_jobs_sweep(*, now: datetime | None = None) -> list[int]:
    """Queue again the jobs that stopped moving (a killed worker, a lost message).

    A job is stalled when it was last updated more than WORKBENCH_STALL_SECONDS ago; one that has
    used up its attempts is marked failed with the reason. A job still queued since after the
    cutoff (by the caller's clock, ``queued_at``) has not stalled either: ``updated_at`` is the
    process clock, and a beat tick with a clock ahead of it must not re-queue the polls it has
    just queued.
    """
    now = now or timezone.now()
    cutoff = now - timedelta(seconds=settings.WORKBENCH_STALL_SECONDS)
    requeued = []
    stalled = (
        FetchJob.objects.filter(state__in=ACTIVE, updated_at__lt=cutoff)
        .exclude(state=FetchJob.State.QUEUED, queued_at__gte=cutoff)
        .values_list("pk", flat=True)
    )
    for job_id in list(stalled):
        with transaction.atomic():
            job = (
                FetchJob.objects.select_for_update()
                .filter(pk=job_id, state__in=ACTIVE, updated_at__lt=cutoff)
                .exclude(state=FetchJob.State.QUEUED, queued_at__gte=cutoff)
                .first()
            )
            if job is None:
                continue
            if job.attempts >= settings.WORKBENCH_FETCH_MAX_ATTEMPTS:
                fetch_job_fail(job_id=job_id, reason=f"stalled after {job.attempts} attempts")
                continue
            FetchJob.objects.filter(pk=job_id).update(state=FetchJob.State.QUEUED, queued_at=now)
            _enqueue(job_id)
            requeued.append(job_id)
    if requeued:
        logger.info("fetch sweep: re-queued %s", requeued)
    return requeued


__all__ = [
    "FeedPollReport",
    "RetryLater",
    "UnsafeURL",
    "article_fetch_submit",
    "feed_poll",
    "feeds_poll_due",
    "fetch_job_fail",
    "fetch_job_retry",
    "fetch_job_run",
    "fetch_jobs_sweep",
    "fetch_submit",
]
