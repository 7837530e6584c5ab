"""Celery tasks: thin, take ids, re-fetch, call a service (STYLE.md, "Celery")."""

import logging
from typing import Any

from celery import shared_task
from celery.exceptions import SoftTimeLimitExceeded
from django.db import InterfaceError, OperationalError

from claims import services
from claims.models import Claim, Quote
from claims.services.corroboration import item_corroboration_fail

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
    try:
        services.article_process(article_id=article_id)
    except TRANSIENT:
        raise
    except Exception as exc:
        logger.exception("article %s: processing failed", article_id)
        services.article_fail(article_id=article_id, reason=_reason(exc))


@shared_task(**RETRY)
def corroborate_claim(claim_id: int) -> None:
    try:
        services.claim_corroborate(claim_id=claim_id)
    except TRANSIENT:
        raise
    except Exception as exc:
        logger.exception("claim %s: corroboration failed", claim_id)
        item_corroboration_fail(model=Claim, pk=claim_id, reason=_reason(exc))


@shared_task(**RETRY)
def corroborate_quote(quote_id: int) -> None:
    try:
        services.quote_corroborate(quote_id=quote_id)
    except TRANSIENT:
        raise
    except Exception as exc:
        logger.exception("quote %s: corroboration failed", quote_id)
        item_corroboration_fail(model=Quote, pk=quote_id, reason=_reason(exc))


@shared_task(acks_late=True, reject_on_worker_lost=True, ignore_result=True)
def sweep_unfinished() -> dict[str, object]:
    report = services.sweep_unfinished()
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

    try:
        ingestion.fetch_job_run(job_id=job_id)
    except ingestion.RetryLater as exc:
        # The service put the job back in the queue and bounds the attempts itself.
        raise self.retry(
            exc=exc, countdown=exc.countdown, max_retries=settings.WORKBENCH_FETCH_MAX_ATTEMPTS + 1
        ) from exc
    except TRANSIENT:
        raise
    except Exception as exc:
        logger.exception("fetch job %s failed", job_id)
        ingestion.fetch_job_fail(job_id=job_id, reason=_reason(exc))


@shared_task(acks_late=True, reject_on_worker_lost=True, ignore_result=True)
def poll_due_feeds() -> dict[str, object]:
    from claims.services import ingestion

    return {"polls": ingestion.feeds_poll_due(), "requeued": ingestion.fetch_jobs_sweep()}
