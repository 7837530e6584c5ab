"""Shared admin parts: truncation, correlated counts, read-only inlines."""

from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.db.models import Count, IntegerField, OuterRef, Subquery, Value
from django.db.models.functions import Coalesce
from django.http import HttpRequest
from django.utils.text import Truncator

from claims.models import Claim, Evidence, Quote


def truncate(text: str, length: int = 90) -> str:
    return Truncator(text).chars(length)


def related_count(model: type[Claim] | type[Quote] | type[Evidence], field: str) -> Coalesce:
    """A correlated COUNT, so two counts on one row do not multiply each other."""
    counts = (
        model.objects.filter(**{field: OuterRef("pk")})
        .order_by()
        .values(field)
        .annotate(n=Count("pk"))
        .values("n")
    )
    return Coalesce(Subquery(counts, output_field=IntegerField()), Value(0))


def request_actor(request: HttpRequest) -> Any:
    return request.user if request.user.is_authenticated else None


class ReadOnlyInline(admin.TabularInline):
    extra = 0
    can_delete = False
    show_change_link = True

    def has_add_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False
