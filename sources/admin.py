"""The corpus of candidate evidence, as imported.

Sources come in through `import_sources` (and the seed), which keep the search index in step;
the admin shows them and lets a superuser delete one, but does not edit or add text behind the
index's back.
"""

from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.http import HttpRequest

from sources.models import ConnectorThrottle, Source, SourceEmbedding, SourceSnapshot, TermStat


@admin.register(Source)
class SourceAdmin(admin.ModelAdmin):
    list_display = (
        "external_id",
        "title",
        "publisher",
        "kind",
        "language",
        "published_at",
        "updated_at",
    )
    list_filter = ("language", "kind")
    search_fields = ("external_id", "title", "publisher", "url")
    date_hierarchy = "published_at"
    fields = (
        "external_id",
        "title",
        "url",
        "publisher",
        "kind",
        "language",
        "published_at",
        "text",
        "content_hash",
        "created_at",
        "updated_at",
    )

    def get_readonly_fields(self, request: HttpRequest, obj: Source | None = None) -> Any:
        return self.fields

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Source | None = None) -> bool:
        return False


class ReadOnlyAdmin(admin.ModelAdmin):
    """Records kept by the import, the search index and the fetchers: shown, never edited here."""

    def get_readonly_fields(self, request: HttpRequest, obj: Any = None) -> Any:
        return [f.name for f in self.model._meta.fields]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


@admin.register(SourceSnapshot)
class SourceSnapshotAdmin(ReadOnlyAdmin):
    list_display = ("external_id", "title", "publisher", "language", "created_at")
    search_fields = ("external_id", "title")
    list_select_related = ("source",)


@admin.register(TermStat)
class TermStatAdmin(ReadOnlyAdmin):
    list_display = ("term", "df")
    search_fields = ("term",)


@admin.register(ConnectorThrottle)
class ConnectorThrottleAdmin(ReadOnlyAdmin):
    """When each prior fact-check connector may next call its API (shared by every worker)."""

    list_display = ("name", "next_at")


@admin.register(SourceEmbedding)
class SourceEmbeddingAdmin(ReadOnlyAdmin):
    list_display = ("source", "model", "text_hash")
    list_select_related = ("source",)
    exclude = ("vector",)

    def get_readonly_fields(self, request: HttpRequest, obj: Any = None) -> Any:
        return [f.name for f in self.model._meta.fields if f.name != "vector"]


# Feeds and fetch jobs: their admin lives beside the fetchers (sources/admin_ingestion.py) and is
# registered on import.
import sources.admin_ingestion  # noqa: E402, F401
