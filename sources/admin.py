"""The corpus of candidate evidence, as imported.

Sources come in through `import_sources` (and the seed), which keep the search index in step;
the admin shows them and lets a superuser delete one, but does not edit or add text behind the
index's back.
"""

from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.http import HttpRequest

from sources.models import Source


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
