"""The queue: filters, counts by status, bulk actions and exports for claims and quotes."""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterable
from typing import Any

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.helpers import ActionForm
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Exists, FloatField, Max, OuterRef, QuerySet, Subquery
from django.http import HttpRequest, HttpResponse
from django.utils.translation import gettext_lazy as _

from claims.models import Claim, ClaimStatus, Evidence, Quote, Stance

# --- Annotations --------------------------------------------------------------------------------


def contradicting(field: str) -> Exists:
    """Whether a claim or quote has at least one contradicting piece of evidence."""
    return Exists(Evidence.objects.filter(**{field: OuterRef("pk")}, stance=Stance.CONTRADICTS))


def quote_worthiness() -> Subquery:
    """A quote ranks as its most check-worthy claim."""
    best = (
        Claim.objects.filter(quote=OuterRef("pk"))
        .order_by()
        .values("quote")
        .annotate(m=Max("checkworthiness"))
        .values("m")
    )
    return Subquery(best, output_field=FloatField())


# --- Filters ------------------------------------------------------------------------------------


class AssignedFilter(admin.SimpleListFilter):
    title = _("assigned")
    parameter_name = "assigned"

    def lookups(self, request: HttpRequest, model_admin: Any) -> list[tuple[str, Any]]:
        return [("me", _("to me")), ("nobody", _("to nobody"))]

    def queryset(self, request: HttpRequest, queryset: QuerySet[Any]) -> QuerySet[Any]:
        if self.value() == "me":
            return queryset.filter(assignee=request.user.pk)
        if self.value() == "nobody":
            return queryset.filter(assignee__isnull=True)
        return queryset


class SecondReviewFilter(admin.SimpleListFilter):
    """The two-person rule's queue: final statuses proposed and waiting for a second reviewer."""

    title = _("second review")
    parameter_name = "second"

    def lookups(self, request: HttpRequest, model_admin: Any) -> list[tuple[str, Any]]:
        return [("waiting", _("waiting for me")), ("mine", _("proposed by me"))]

    def queryset(self, request: HttpRequest, queryset: QuerySet[Any]) -> QuerySet[Any]:
        proposed = queryset.exclude(proposed_status="")
        if self.value() == "waiting":
            return proposed.exclude(proposed_by=request.user.pk)
        if self.value() == "mine":
            return proposed.filter(proposed_by=request.user.pk)
        return queryset


class ContradictingFilter(admin.SimpleListFilter):
    title = _("contradicting evidence")
    parameter_name = "contradicting"

    def lookups(self, request: HttpRequest, model_admin: Any) -> list[tuple[str, Any]]:
        return [("yes", _("yes")), ("no", _("no"))]

    def queryset(self, request: HttpRequest, queryset: QuerySet[Any]) -> QuerySet[Any]:
        if self.value() in ("yes", "no"):
            return queryset.filter(has_contradicting=self.value() == "yes")
        return queryset


# (parameter value, label, lower bound inclusive, upper bound exclusive)
WORTH_RANGES = (
    ("high", _("high (0.7 and above)"), 0.7, 1.01),
    ("medium", _("medium (0.4 to 0.7)"), 0.4, 0.7),
    ("low", _("low (below 0.4)"), 0.0, 0.4),
)


class WorthinessFilter(admin.SimpleListFilter):
    title = _("check-worthiness")
    parameter_name = "worth"
    field = "checkworthiness"

    def lookups(self, request: HttpRequest, model_admin: Any) -> list[tuple[str, Any]]:
        return [(key, label) for key, label, _lo, _hi in WORTH_RANGES]

    def queryset(self, request: HttpRequest, queryset: QuerySet[Any]) -> QuerySet[Any]:
        for key, _label, lo, hi in WORTH_RANGES:
            if self.value() == key:
                return queryset.filter(**{f"{self.field}__gte": lo, f"{self.field}__lt": hi})
        return queryset


class QuoteWorthinessFilter(WorthinessFilter):
    field = "worthiness"


def status_counts(
    queryset: QuerySet[Any], field: str, choices: Iterable[tuple[str, Any]]
) -> list[dict[str, Any]]:
    """Counts by status over the whole queue, in one query, every status listed."""
    counts = dict(
        queryset.order_by().values_list(field).annotate(n=Count("pk")).values_list(field, "n")
    )
    return [
        {"value": value, "label": label, "count": counts.get(value, 0)} for value, label in choices
    ]


# --- Bulk actions -------------------------------------------------------------------------------


class ClaimActionForm(ActionForm):
    """The action select plus what the bulk actions need: a status, a verdict, an assignee."""

    status = forms.ChoiceField(
        label=_("status"), required=False, choices=[("", "---------"), *ClaimStatus.choices]
    )
    verdict = forms.CharField(label=_("verdict"), required=False)
    assignee = forms.ModelChoiceField(
        label=_("assignee"),
        required=False,
        empty_label=_("me"),
        queryset=get_user_model()
        .objects.filter(is_staff=True, is_active=True)
        .order_by("username"),
    )


def run_each(
    request: HttpRequest,
    queryset: QuerySet[Any],
    apply: Callable[[Any], object],
    done: Any,
    model_admin: admin.ModelAdmin,
) -> None:
    """Apply a service to each selected row; each row stands alone, refusals are reported."""
    count, refused = 0, []
    for item in queryset:
        try:
            apply(item)
            count += 1
        except (PermissionDenied, ValueError) as exc:
            refused.append(f"#{item.pk}: {exc}")
        except Exception as exc:  # StaleRevision and others: the row is reported, not lost
            refused.append(f"#{item.pk}: {exc}")
    if count:
        model_admin.message_user(request, done % {"count": count}, messages.SUCCESS)
    if refused:
        model_admin.message_user(
            request, _("Not changed: %(rows)s") % {"rows": "; ".join(refused[:10])}, messages.ERROR
        )


# --- Exports ------------------------------------------------------------------------------------

CLAIM_EXPORT_FIELDS = (
    "id",
    "article_id",
    "article_title",
    "text",
    "start",
    "end",
    "checkworthiness",
    "speaker",
    "status",
    "suggested_status",
    "verdict",
    "assignee",
    "evidence_count",
    "has_contradicting",
    "updated_at",
)


def claim_rows(queryset: QuerySet[Claim]) -> list[dict[str, Any]]:
    rows = []
    for claim in queryset.select_related("article", "speaker", "assignee"):
        rows.append(
            {
                "id": str(claim.pk),
                "article_id": str(claim.article_id),
                "article_title": claim.article.title,
                "text": claim.text,
                "start": claim.start,
                "end": claim.end,
                "checkworthiness": claim.checkworthiness,
                "speaker": claim.speaker.name if claim.speaker else "",
                "status": claim.status,
                "suggested_status": claim.suggested_status,
                "verdict": claim.verdict,
                "assignee": claim.assignee.get_username() if claim.assignee else "",
                "evidence_count": getattr(claim, "evidence_count", None),
                "has_contradicting": getattr(claim, "has_contradicting", None),
                "updated_at": claim.updated_at.isoformat(),
            }
        )
    return rows


def csv_response(rows: list[dict[str, Any]], fields: Iterable[str], name: str) -> HttpResponse:
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{name}.csv"'
    writer = csv.DictWriter(response, fieldnames=list(fields))
    writer.writeheader()
    for row in rows:
        # A cell starting with = + - @ is a formula to a spreadsheet: prefix it so it stays text.
        writer.writerow(
            {k: ("'" + v if isinstance(v, str) and v[:1] in "=+-@" else v) for k, v in row.items()}
        )
    return response


def json_response(payload: Any, name: str, content_type: str = "application/json") -> HttpResponse:
    response = HttpResponse(
        json.dumps(payload, ensure_ascii=False, indent=2),
        content_type=f"{content_type}; charset=utf-8",
    )
    response["Content-Disposition"] = f'attachment; filename="{name}.json"'
    return response


def quote_rows(queryset: QuerySet[Quote]) -> list[dict[str, Any]]:
    return [
        {
            "id": str(q.pk),
            "article_id": str(q.article_id),
            "kind": q.kind,
            "text": q.text,
            "spans": q.spans,
            "speaker": q.speaker.name if q.speaker else "",
            "speaker_mention": q.speaker_mention,
            "cue": q.cue_text,
            "attribution_status": q.attribution_status,
            "suggested_status": q.suggested_status,
        }
        for q in queryset.select_related("speaker")
    ]
