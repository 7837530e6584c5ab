"""The life of an article: ingest, process, finish, fail, re-queue, and the sweep that loses nothing."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.db.models.functions import Coalesce
from django.utils import timezone

from claims.models import Article, Claim, CorroborationState, ProcessingState, Quote, ReviewEvent
from claims.services.extraction import extraction_persist
from claims.text import InvalidText, canonical_url, clean_body, content_hash

if TYPE_CHECKING:
    from django.contrib.auth.models import User

logger = logging.getLogger(__name__)

SUPPORTED_LANGUAGES = ("fr", "en")
UNFINISHED = (CorroborationState.PENDING, CorroborationState.RUNNING)


@dataclass(frozen=True)
class IngestResult:
    article: Article
    created: bool
    duplicate: bool
    new_version: bool = False


def _enqueue_processing(article_id: int) -> None:
    from claims.tasks import process_article

    # robust: a broker that is down must not undo or hide a committed article; the sweep
    # re-queues what was committed but never sent.
    transaction.on_commit(lambda: process_article.delay(article_id), robust=True)


def _enqueue_corroboration(claim_ids: list[int], quote_ids: list[int]) -> None:
    from claims.tasks import corroborate_claim, corroborate_quote

    def send() -> None:
        for pk in claim_ids:
            corroborate_claim.delay(pk)
        for pk in quote_ids:
            corroborate_quote.delay(pk)

    transaction.on_commit(send, robust=True)


def _emit_processed(article: Article) -> None:
    """Announce "article.processed" (done or failed); deliveries are sent after commit."""
    from webhooks.services import webhook_emit

    webhook_emit(
        event="article.processed",
        payload={
            "article": {
                "id": str(article.pk),
                "url": article.url,
                "title": article.title,
                "language": article.language,
                "state": article.state,
                "failure_reason": article.failure_reason or None,
                "claims": Claim.objects.filter(article=article, rejected=False).count(),
                "quotes": Quote.objects.filter(article=article, rejected=False).count(),
            }
        },
    )


def article_ingest(
    *,
    body: str,
    url: str = "",
    title: str = "",
    publisher: str = "",
    author: str = "",
    language: str | None = None,
    published_at: datetime | None = None,
) -> IngestResult:
    """Store an article once and queue its processing after commit.

    The same normalised content, or the same canonical URL with the same content, returns the
    existing article (`duplicate=True`). The same URL with changed content becomes a new version
    linked to the previous one. Raises InvalidText for a body that is not usable text.
    """
    text = clean_body(body, max_chars=settings.WORKBENCH_MAX_ARTICLE_CHARS)
    digest = content_hash(text)
    canonical = canonical_url(url)
    if language:
        language = language.strip().lower()[:12]
    else:
        from workbench.nlp import detect_language

        language = detect_language(text)
    if published_at is not None and timezone.is_naive(published_at):
        published_at = timezone.make_aware(published_at, timezone.get_default_timezone())

    existing = Article.objects.filter(content_hash=digest).first()
    if existing is not None:
        return IngestResult(article=existing, created=False, duplicate=True)
    try:
        with transaction.atomic():
            previous = None
            if canonical:
                previous = (
                    Article.objects.select_for_update()
                    .filter(canonical_url=canonical, is_latest=True)
                    .order_by("-version")
                    .first()
                )
            now = timezone.now()
            article = Article.objects.create(
                url=url.strip(),
                canonical_url=canonical,
                title=title.strip()[:1000],
                publisher=publisher.strip()[:300],
                author=author.strip()[:300],
                language=language,
                language_supported=language in SUPPORTED_LANGUAGES,
                published_at=published_at,
                body=text,
                content_hash=digest,
                version=previous.version + 1 if previous else 1,
                previous_version=previous,
                queued_at=now,
                heartbeat_at=now,
            )
            if previous is not None and previous.taken_down_at is not None:
                raise InvalidText(
                    f"article {previous.pk} at this URL was taken down; it is not ingested again"
                )
            if previous is not None:
                Article.objects.filter(pk=previous.pk).update(is_latest=False)
            _enqueue_processing(article.pk)
    except IntegrityError:
        # Another process stored the same content first: that one is the article.
        existing = Article.objects.filter(content_hash=digest).first()
        if existing is None:
            raise
        return IngestResult(article=existing, created=False, duplicate=True)
    logger.info(
        "article %s ingested (version %s, language %s)", article.pk, article.version, language
    )
    return IngestResult(
        article=article, created=True, duplicate=False, new_version=previous is not None
    )


def article_process(*, article_id: int) -> None:
    """Extract claims and quotes, store them in one transaction, then queue their corroboration.

    Idempotent: an article that has moved on (corroborating, done, failed) is left alone, and the
    results replace only the machine output that no person touched.
    """
    with transaction.atomic():
        article = Article.objects.select_for_update().filter(pk=article_id).first()
        if (
            article is None
            or article.taken_down_at is not None
            or article.state not in (ProcessingState.QUEUED, ProcessingState.EXTRACTING)
        ):
            return
        now = timezone.now()
        Article.objects.filter(pk=article_id).update(
            state=ProcessingState.EXTRACTING,
            started_at=now,
            heartbeat_at=now,
            attempts=article.attempts + 1,
        )

    from workbench.nlp import VERSION, extract

    published = article.published_at.date() if article.published_at else None
    language = article.language if article.language_supported else None
    result = extract(article.body, language=language, published_at=published)

    with transaction.atomic():
        article = Article.objects.select_for_update().get(pk=article_id)
        if article.state != ProcessingState.EXTRACTING:
            return
        claim_ids, quote_ids = extraction_persist(article=article, result=result)
        now = timezone.now()
        article.extractor_version = VERSION
        article.extracted_at = now
        article.heartbeat_at = now
        article.failure_reason = ""
        article.failed_at = None
        if claim_ids or quote_ids:
            article.state = ProcessingState.CORROBORATING
        else:
            article.state = ProcessingState.DONE
            article.finished_at = now
        article.save()
        _enqueue_corroboration(claim_ids, quote_ids)
        if article.state == ProcessingState.DONE:
            _emit_processed(article)
    logger.info(
        "article %s extracted: %s claims, %s quotes", article_id, len(claim_ids), len(quote_ids)
    )


def article_finish_if_complete(*, article_id: int) -> None:
    """Mark the article done once every claim and quote has been corroborated (or failed)."""
    with transaction.atomic():
        article = Article.objects.select_for_update().filter(pk=article_id).first()
        if article is None or article.state != ProcessingState.CORROBORATING:
            return
        items = (
            Claim.objects.filter(article=article, rejected=False),
            Quote.objects.filter(article=article, rejected=False),
        )
        now = timezone.now()
        if any(qs.filter(corroboration_state__in=UNFINISHED).exists() for qs in items):
            Article.objects.filter(pk=article_id).update(heartbeat_at=now)
            return
        failed = sum(
            qs.filter(corroboration_state=CorroborationState.FAILED).count() for qs in items
        )
        if failed:
            article.state = ProcessingState.FAILED
            article.failed_at = now
            article.failure_reason = (
                f"corroboration failed for {failed} claim(s) or quote(s); see their errors"
            )
        else:
            article.state = ProcessingState.DONE
            article.finished_at = now
        article.heartbeat_at = now
        article.save()
        _emit_processed(article)
    logger.info("article %s finished: %s", article_id, article.state)


def article_fail(*, article_id: int, reason: str) -> None:
    """Record why processing failed; a person can re-queue it from the admin or the API."""
    now = timezone.now()
    with transaction.atomic():
        updated = (
            Article.objects.filter(pk=article_id)
            .exclude(state=ProcessingState.DONE)
            .update(
                state=ProcessingState.FAILED,
                failed_at=now,
                heartbeat_at=now,
                failure_reason=reason[:5000],
            )
        )
        if updated:
            _emit_processed(Article.objects.get(pk=article_id))
    logger.warning("article %s failed: %s", article_id, reason)


def article_requeue(*, article: Article, actor: User | None = None, note: str = "") -> None:
    """Queue the article's processing again, from any state; the event records who asked."""
    with transaction.atomic():
        locked = Article.objects.select_for_update().get(pk=article.pk)
        if locked.taken_down_at is not None:
            raise InvalidText(f"article {locked.pk} was taken down; there is nothing to process")
        previous_state = locked.state
        now = timezone.now()
        Article.objects.filter(pk=locked.pk).update(
            state=ProcessingState.QUEUED,
            queued_at=now,
            heartbeat_at=now,
            failed_at=None,
            failure_reason="",
            attempts=0,
        )
        ReviewEvent.objects.create(
            article=locked,
            actor=actor if actor is not None and actor.is_authenticated else None,
            kind=ReviewEvent.Kind.REQUEUE,
            field="state",
            from_value=previous_state,
            to_value=ProcessingState.QUEUED,
            note=note,
        )
        _enqueue_processing(locked.pk)
    article.refresh_from_db()


@dataclass
class SweepReport:
    requeued_articles: list[int] = field(default_factory=list)
    requeued_items: int = 0
    finished_articles: list[int] = field(default_factory=list)
    gave_up: list[int] = field(default_factory=list)


def sweep_unfinished(*, now: datetime | None = None) -> SweepReport:
    """Re-queue committed work that stopped moving: a killed worker or a lost message loses nothing.

    Work is stalled when its heartbeat is older than WORKBENCH_STALL_SECONDS. An article that
    stalls WORKBENCH_MAX_ATTEMPTS times is marked failed with the reason.
    """
    now = now or timezone.now()
    cutoff = now - timedelta(seconds=settings.WORKBENCH_STALL_SECONDS)
    report = SweepReport()
    stalled = (
        Article.objects.annotate(seen=Coalesce("heartbeat_at", "queued_at", "created_at"))
        .filter(seen__lt=cutoff)
        .filter(
            Q(state__in=[ProcessingState.QUEUED, ProcessingState.EXTRACTING])
            | Q(state=ProcessingState.CORROBORATING)
        )
        .values_list("pk", flat=True)
    )
    for article_id in list(stalled):
        with transaction.atomic():
            article = Article.objects.select_for_update().filter(pk=article_id).first()
            if article is None:
                continue
            seen = article.heartbeat_at or article.queued_at or article.created_at
            if seen >= cutoff:
                continue
            if article.state in (ProcessingState.QUEUED, ProcessingState.EXTRACTING):
                if article.attempts >= settings.WORKBENCH_MAX_ATTEMPTS:
                    article.state = ProcessingState.FAILED
                    article.failed_at = now
                    article.failure_reason = f"processing stalled {article.attempts} times; gave up"
                    article.save()
                    report.gave_up.append(article_id)
                    continue
                Article.objects.filter(pk=article_id).update(
                    state=ProcessingState.QUEUED, heartbeat_at=now
                )
                _enqueue_processing(article_id)
                report.requeued_articles.append(article_id)
            elif article.state == ProcessingState.CORROBORATING:
                claim_ids = list(
                    Claim.objects.filter(
                        article=article, rejected=False, corroboration_state__in=UNFINISHED
                    ).values_list("pk", flat=True)
                )
                quote_ids = list(
                    Quote.objects.filter(
                        article=article, rejected=False, corroboration_state__in=UNFINISHED
                    ).values_list("pk", flat=True)
                )
                Article.objects.filter(pk=article_id).update(heartbeat_at=now)
                if claim_ids or quote_ids:
                    Claim.objects.filter(pk__in=claim_ids).update(
                        corroboration_state=CorroborationState.PENDING
                    )
                    Quote.objects.filter(pk__in=quote_ids).update(
                        corroboration_state=CorroborationState.PENDING
                    )
                    _enqueue_corroboration(claim_ids, quote_ids)
                    report.requeued_items += len(claim_ids) + len(quote_ids)
                    report.requeued_articles.append(article_id)
                else:
                    report.finished_articles.append(article_id)
        if article_id in report.finished_articles:
            article_finish_if_complete(article_id=article_id)
    if report.requeued_articles or report.gave_up:
        logger.info("sweep: re-queued %s, gave up on %s", report.requeued_articles, report.gave_up)
    return report


__all__ = [
    "IngestResult",
    "InvalidText",
    "SweepReport",
    "article_fail",
    "article_finish_if_complete",
    "article_ingest",
    "article_process",
    "article_requeue",
    "sweep_unfinished",
]
