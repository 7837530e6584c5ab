"""Filters of the list endpoints (django-filter); every one shows in the OpenAPI schema."""

from datetime import UTC
from typing import Any

import django_filters as filters
from django import forms
from django.core.validators import EMPTY_VALUES
from django.db.models import QuerySet
from drf_spectacular.utils import extend_schema_field

from claims.models import (
    Article,
    Attribution,
    AttributionStatus,
    Claim,
    ClaimStatus,
    CorroborationState,
    ProcessingState,
    Quote,
    QuoteKind,
    Speaker,
    SpeakerType,
)
from claims.text import canonical_url
from sources.models import Source

MAX_ID = 2**63 - 1


@extend_schema_field({"type": "integer", "minimum": 1, "maximum": MAX_ID})
class IdFilter(filters.NumberFilter):
    """An id: a whole number the database can hold (anything else is a 400, never a 500)."""

    field_class = forms.IntegerField

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, min_value=1, max_value=MAX_ID, **kwargs)


class SinceFilter(filters.IsoDateTimeFilter):
    """`updated_at >= value`, compared in UTC: PostgreSQL refuses offsets beyond ±15:59 that
    ISO 8601 allows, and a date at the edge of the calendar may not exist in UTC."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("field_name", "updated_at")
        super().__init__(*args, lookup_expr="gte", **kwargs)

    def filter(self, qs: QuerySet, value: Any) -> QuerySet:
        if value in EMPTY_VALUES:
            return qs
        try:
            value = value.astimezone(UTC)
        except OverflowError:
            # Before year 1 in UTC: everything is later; after 9999: nothing is.
            return qs if value.year == 1 else qs.none()
        return super().filter(qs, value)


class StrictFilterSet(filters.FilterSet):
    """An empty value is an error for every filter but free text (`?state=` is a 400, as the
    schema says), and a boolean is `true` or `false`, where django-filter would silently ignore
    what it cannot read."""

    def is_valid(self) -> bool:
        valid = super().is_valid()
        for name, declared in self.filters.items():
            if isinstance(declared, filters.CharFilter) or name not in self.data:
                continue
            values = self.data.getlist(name)
            if any(value == "" for value in values):
                self.form.add_error(name, "This value may not be empty.")
                valid = False
            elif isinstance(declared, filters.BooleanFilter) and any(
                value not in ("true", "false") for value in values
            ):
                self.form.add_error(name, "Use true or false.")
                valid = False
        return valid


class ArticleFilter(StrictFilterSet):
    url = filters.CharFilter(
        method="filter_url", help_text="The article's URL; matched on its canonical form."
    )
    state = filters.MultipleChoiceFilter(choices=ProcessingState.choices)
    language = filters.CharFilter()
    updated_since = SinceFilter()
    latest = filters.BooleanFilter(field_name="is_latest")

    class Meta:
        model = Article
        fields: list[str] = []

    def filter_url(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        return queryset.filter(canonical_url=canonical_url(value))


class _ItemFilter(StrictFilterSet):
    article = IdFilter(field_name="article_id")
    speaker = IdFilter(field_name="speaker_id")
    language = filters.CharFilter(field_name="article__language")
    article_url = filters.CharFilter(method="filter_article_url")
    updated_since = SinceFilter()
    corroboration_state = filters.MultipleChoiceFilter(choices=CorroborationState.choices)
    rejected = filters.BooleanFilter()

    def filter_article_url(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        return queryset.filter(article__canonical_url=canonical_url(value))


class ClaimFilter(_ItemFilter):
    status = filters.MultipleChoiceFilter(choices=ClaimStatus.choices)
    suggested_status = filters.MultipleChoiceFilter(choices=ClaimStatus.choices)
    attribution = filters.ChoiceFilter(choices=Attribution.choices)
    assignee = filters.CharFilter(
        method="filter_assignee", help_text="A username, or `none` for unassigned claims."
    )
    checkworthiness_min = extend_schema_field({"type": "number", "minimum": 0, "maximum": 1})(
        filters.NumberFilter
    )(field_name="checkworthiness", lookup_expr="gte", min_value=0, max_value=1)

    class Meta:
        model = Claim
        fields: list[str] = []

    def filter_assignee(self, queryset: QuerySet, name: str, value: Any) -> QuerySet:
        if value == "none":
            return queryset.filter(assignee__isnull=True)
        return queryset.filter(assignee__username=value)


class QuoteFilter(_ItemFilter):
    attribution_status = filters.MultipleChoiceFilter(choices=AttributionStatus.choices)
    suggested_status = filters.MultipleChoiceFilter(choices=AttributionStatus.choices)
    kind = filters.ChoiceFilter(choices=QuoteKind.choices)

    class Meta:
        model = Quote
        fields: list[str] = []


class SpeakerFilter(StrictFilterSet):
    name = filters.CharFilter(lookup_expr="icontains")
    type = filters.ChoiceFilter(choices=SpeakerType.choices)
    updated_since = SinceFilter()

    class Meta:
        model = Speaker
        fields: list[str] = []


class SourceFilter(StrictFilterSet):
    language = filters.CharFilter()
    kind = filters.CharFilter()
    external_id = filters.CharFilter()
    updated_since = SinceFilter()

    class Meta:
        model = Source
        fields: list[str] = []
