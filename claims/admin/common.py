"""Shared admin parts: truncation, correlated counts, read-only inlines, review events."""

from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.db.models import Count, IntegerField, OuterRef, Subquery, Value
from django.db.models.functions import Coalesce
from django.forms import ModelForm
from django.http import HttpRequest
from django.utils.text import Truncator

from claims.models import Claim, Quote, ReviewEvent


def truncate(text: str, length: int = 90) -> str:
    return Truncator(text).chars(length)


def related_count(model: type[Claim] | type[Quote], field: str) -> Coalesce:
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


class ReviewedAdmin(admin.ModelAdmin):
    """A change form whose every review change leaves an event row, in the form's transaction.

    `decision_fields` (status, verdict) are applied by the review service the API also calls
    (`apply_decision`); the other `review_fields` have no service yet, so their change is recorded
    here, with the event kind given.
    """

    decision_fields: tuple[str, ...] = ()
    review_fields: dict[str, str] = {}
    # A person changing these corrects what the machine found; re-processing keeps it.
    correction_fields: tuple[str, ...] = ()

    def save_model(self, request: HttpRequest, obj: Any, form: ModelForm, change: bool) -> None:
        if not change:
            super().save_model(request, obj, form, change)
            return
        before = type(obj).objects.get(pk=obj.pk)
        decided = {
            name: getattr(obj, name)
            for name in self.decision_fields
            if getattr(obj, name) != getattr(before, name)
        }
        for name in decided:
            setattr(obj, name, getattr(before, name))  # the service sets them and records it
        events = []
        for name, kind in self.review_fields.items():
            old, new = getattr(before, name), getattr(obj, name)
            if old == new:
                continue
            events.append(
                ReviewEvent(
                    **{obj._meta.model_name: obj},
                    actor=request_actor(request),
                    kind=kind,
                    field=name,
                    from_value="" if old is None else str(old),
                    to_value="" if new is None else str(new),
                )
            )
            if name in self.correction_fields:
                obj.corrected = True
        if events and not decided:
            self.count_revision(obj)
        super().save_model(request, obj, form, change)
        ReviewEvent.objects.bulk_create(events)
        if decided:
            self.apply_decision(request, obj, decided)

    def count_revision(self, obj: Any) -> None:
        """Count one review change on the row (the services count their own)."""

    def apply_decision(self, request: HttpRequest, obj: Any, decided: dict[str, Any]) -> None:
        raise NotImplementedError
