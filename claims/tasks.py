"""Celery tasks: thin, take ids, re-fetch, call a service (STYLE.md, "Celery")."""

import logging
from datetime import datetime
from typing import Any

from celery import shared_task
from celery.exceptions import SoftTimeLimitExceeded
from django.db import InterfaceError, OperationalError

from claims import services
from claims.models import Claim, Quote
from claims.services.corroboration import item_corroboration_fail
from workbench.logging import task_log_context

logger = logging.getLogger(__name__)

# Errors that may pass on their own (a dropped database connection, a busy SQLite file, a
# network timeout): retried with backoff. Anything else is final and recorded with its reason.
TRANSIENT = (OperationalError, InterfaceError, ConnectionError, TimeoutError)
RETRY: dict[str, Any] = {
    "autoretry_for": TRANSIENT,
    "retry_backoff": 2,
    "retry_backoff_max": 120,
    "retry_jitter": True,
    "max_retries": 5,
    "acks_late": True,
    "reject_on_worker_lost": True,
}


def _reason(exc: BaseException) -> str:
    if isinstance(exc, SoftTimeLimitExceeded):
        return "timed out: the job ran past its time limit"
    return f"{exc.__class__.__name__}: {exc}"


@shared_task(**RETRY)
def process_article(article_id: int) -> None:
    with task_log_context(article_id=article_id):
        try:
            services.article_process(article_id=article_id)
        except TRANSIENT:
            raise
        except Exception as exc:
            logger.exception("article %s: processing failed", article_id)
            services.article_fail(article_id=article_id, reason=_reason(exc))


@shared_task(**RETRY)
def corroborate_claim(claim_id: int) -> None:
    article_id = Claim.objects.filter(pk=claim_id).values_list("article_id", flat=True).first()
    with task_log_context(article_id=article_id, claim_id=claim_id):
        try:
            services.claim_corroborate(claim_id=claim_id)
        except TRANSIENT:
            raise
        except Exception as exc:
            logger.exception("claim %s: corroboration failed", claim_id)
            item_corroboration_fail(model=Claim, pk=claim_id, reason=_reason(exc))


@shared_task(**RETRY)
def corroborate_quote(quote_id: int) -> None:
    article_id = Quote.objects.filter(pk=quote_id).values_list("article_id", flat=True).first()
    with task_log_context(article_id=article_id, quote_id=quote_id):
        try:
            services.quote_corroborate(quote_id=quote_id)
        except TRANSIENT:
            raise
        except Exception as exc:
            logger.exception("quote %s: corroboration failed", quote_id)
            item_corroboration_fail(model=Quote, pk=quote_id, reason=_reason(exc))


def _clock(now: str | None) -> datetime | None:
    """The beat tasks' clock: None is the current time; an ISO 8601 instant is injected (tests)."""
    return datetime.fromisoformat(now) if now else None


@shared_task(acks_late=True, reject_on_worker_lost=True, ignore_result=True)
def sweep_unfinished(now: str | None = None) -> dict[str, object]:
    report = services.sweep_unfinished(now=_clock(now))
    return {
        "requeued": report.requeued_articles,
        "items": report.requeued_items,
        "gave_up": report.gave_up,
    }


# --- ingestion (engineer "ingest") --------------------------------------------------------------


@shared_task(bind=True, **RETRY)
def run_fetch_job(self: Any, job_id: int) -> None:
    from django.conf import settings

    from claims.services import ingestion

    with task_log_context(fetch_job_id=job_id):
        try:
            ingestion.fetch_job_run(job_id=job_id)
        except ingestion.RetryLater as exc:
            # The service put the job back in the queue and bounds the attempts itself.
            raise self.retry(
                exc=exc,
                countdown=exc.countdown,
                max_retries=settings.WORKBENCH_FETCH_MAX_ATTEMPTS + 1,
            ) from exc
        except TRANSIENT:
            raise
        except Exception as exc:
            logger.exception("fetch job %s failed", job_id)
            ingestion.fetch_job_fail(job_id=job_id, reason=_reason(exc))


@shared_task(acks_late=True, reject_on_worker_lost=True, ignore_result=True)
def poll_due_feeds(now: str | None = None) -> dict[str, object]:
    from claims.services import ingestion

    clock = _clock(now)
    return {
        "polls": ingestion.feeds_poll_due(now=clock),
        "requeued": ingestion.fetch_jobs_sweep(now=clock),
    }
