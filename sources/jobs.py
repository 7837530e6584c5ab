"""Fetch jobs as data: queue, retry and fail them (the admin and the ingestion services share these).

The runner lives in ``claims`` (a fetched page may become an article), so the job is queued by
task name: ``sources`` stays free of imports from ``claims``.
"""

from __future__ import annotations

import logging
from typing import Any

from django.db import transaction
from django.utils import timezone

from sources.models import FetchJob

logger = logging.getLogger(__name__)

RUN_TASK = "claims.tasks.run_fetch_job"
ACTIVE = (FetchJob.State.QUEUED, FetchJob.State.RUNNING)


def fetch_job_enqueue(job_id: int) -> None:
    """Send the job to a worker once the current transaction commits."""

    def send() -> None:
        from workbench.celery import app

        app.send_task(RUN_TASK, args=[job_id])

    transaction.on_commit(send)


def fetch_job_retry(*, job: FetchJob) -> FetchJob:
    """Queue a failed (or finished) job again from the start; a queued or running one is left alone."""
    with transaction.atomic():
        locked = FetchJob.objects.select_for_update().get(pk=job.pk)
        if locked.state in ACTIVE:
            return locked
        FetchJob.objects.filter(pk=locked.pk).update(
            state=FetchJob.State.QUEUED,
            attempts=0,
            failure_reason="",
            failed_at=None,
            finished_at=None,
            queued_at=timezone.now(),
        )
        fetch_job_enqueue(locked.pk)
    logger.info("fetch job %s re-queued", job.pk)
    job.refresh_from_db()
    return job


def fetch_job_fail(*, job_id: int, reason: str, http_status: int | None = None) -> None:
    """Record why a job failed; a person can retry it from the admin."""
    now = timezone.now()
    values: dict[str, Any] = {
        "state": FetchJob.State.FAILED,
        "failure_reason": reason[:5000],
        "failed_at": now,
        "finished_at": now,
    }
    if http_status is not None:
        values["http_status"] = http_status
    FetchJob.objects.filter(pk=job_id).exclude(state=FetchJob.State.DONE).update(**values)
    logger.warning("fetch job %s failed: %s", job_id, reason)


__all__ = ["ACTIVE", "RUN_TASK", "fetch_job_enqueue", "fetch_job_fail", "fetch_job_retry"]
