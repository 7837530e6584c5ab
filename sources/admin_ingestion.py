"""Admin for feeds and fetch jobs: state, times, failure reasons; retry and poll-now actions.

Imported at the bottom of sources/admin.py. These replace any plain registration of the two
models made before (a read-only one has no retry action), so the import order decides nothing
else.
"""

from __future__ import annotations

from typing import Any

from django.contrib import admin, messages
from django.db.models import QuerySet
from django.http import HttpRequest
from django.utils import timezone
from django.utils.text import Truncator

from sources.jobs import fetch_job_retry
from sources.models import Feed, FetchJob


def _short(text: str, length: int = 80) -> str:
    return Truncator(text or "").chars(length)


class FeedAdmin(admin.ModelAdmin):
    list_display = (
        "__str__",
        "target",
        "active",
        "state",
        "last_status",
        "last_polled_at",
        "next_poll_at",
        "new_items_last",
        "items_total",
        "failure",
    )
    list_filter = ("state", "target", "active")
    search_fields = ("url", "title")
    fields = (
        "url",
        "title",
        "target",
        "active",
        "poll_interval",
        "state",
        "failure_reason",
        "consecutive_failures",
        "last_status",
        "last_polled_at",
        "last_success_at",
        "next_poll_at",
        "polls",
        "items_last",
        "new_items_last",
        "items_total",
        "etag",
        "last_modified",
        "created_at",
        "updated_at",
    )
    readonly_fields = fields[5:]
    actions = ("poll_now",)

    @admin.display(description="failure")
    def failure(self, obj: Feed) -> str:
        return _short(obj.failure_reason)

    @admin.action(description="Poll now (at the next beat tick)")
    def poll_now(self, request: HttpRequest, queryset: QuerySet[Feed]) -> None:
        count = queryset.update(next_poll_at=timezone.now(), active=True)
        self.message_user(request, f"{count} feed(s) will be polled at the next beat tick.")


class FetchJobAdmin(admin.ModelAdmin):
    list_display = (
        "id",
        "kind",
        "url",
        "state",
        "attempts",
        "http_status",
        "outcome",
        "result_id",
        "created_at",
        "finished_at",
        "failure",
    )
    list_filter = ("state", "kind")
    search_fields = ("url", "final_url", "result_id", "failure_reason")
    list_select_related = ("feed", "requested_by")
    date_hierarchy = "created_at"
    fields = (
        "url",
        "kind",
        "state",
        "failure_reason",
        "attempts",
        "http_status",
        "final_url",
        "outcome",
        "result_id",
        "feed",
        "requested_by",
        "meta",
        "created_at",
        "queued_at",
        "started_at",
        "finished_at",
        "failed_at",
        "updated_at",
    )
    actions = ("retry",)

    def get_readonly_fields(self, request: HttpRequest, obj: FetchJob | None = None) -> Any:
        return self.fields

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: FetchJob | None = None) -> bool:
        return False

    @admin.display(description="failure")
    def failure(self, obj: FetchJob) -> str:
        return _short(obj.failure_reason)

    @admin.action(description="Retry the selected jobs")
    def retry(self, request: HttpRequest, queryset: QuerySet[FetchJob]) -> None:
        retried = skipped = 0
        for job in queryset:
            if job.state in (FetchJob.State.QUEUED, FetchJob.State.RUNNING):
                skipped += 1
                continue
            fetch_job_retry(job=job)
            retried += 1
        self.message_user(request, f"{retried} job(s) queued again.", messages.SUCCESS)
        if skipped:
            self.message_user(
                request, f"{skipped} job(s) still queued or running were left alone.", messages.INFO
            )


for _model, _admin in ((Feed, FeedAdmin), (FetchJob, FetchJobAdmin)):
    if admin.site.is_registered(_model):
        admin.site.unregister(_model)
    admin.site.register(_model, _admin)
