"""Speakers, claims and quotes: what reviewers work on."""

from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.contrib.auth import get_user_model
from django.db.models import Count, ForeignKey, QuerySet
from django.forms import ModelForm
from django.http import HttpRequest

from claims.admin.common import (
    ReadOnlyInline,
    ReviewedAdmin,
    related_count,
    request_actor,
    truncate,
)
from claims.models import Claim, Evidence, Quote, ReviewEvent, Speaker
from claims.services import claim_status_set, quote_status_set


class EvidenceInline(ReadOnlyInline):
    model = Evidence
    fields = ("source", "passage", "score", "stance", "origin")
    readonly_fields = fields

    def get_queryset(self, request: HttpRequest) -> QuerySet[Evidence]:
        return super().get_queryset(request).select_related("source")


class ClaimEvidenceInline(EvidenceInline):
    fk_name = "claim"


class QuoteEvidenceInline(EvidenceInline):
    fk_name = "quote"


# --- Speakers -----------------------------------------------------------------------------------


@admin.register(Speaker)
class SpeakerAdmin(admin.ModelAdmin):
    list_display = (
        "name",
        "type",
        "role",
        "merged_into",
        "corrected",
        "claim_count",
        "quote_count",
    )
    list_filter = ("type", "corrected")
    search_fields = ("name", "key", "role")
    list_select_related = ("merged_into",)
    autocomplete_fields = ("merged_into",)
    readonly_fields = ("key", "corrected", "claim_count", "quote_count", "created_at", "updated_at")
    fields = (
        "name",
        "type",
        "role",
        "aliases",
        "merged_into",
        "corrected",
        "key",
        "claim_count",
        "quote_count",
        "created_at",
        "updated_at",
    )

    def save_model(self, request: HttpRequest, obj: Speaker, form: ModelForm, change: bool) -> None:
        if change and form.changed_data:
            # The extraction no longer renames or retypes a speaker a person edited.
            obj.corrected = True
        super().save_model(request, obj, form, change)

    def get_queryset(self, request: HttpRequest) -> QuerySet[Speaker]:
        return (
            super()
            .get_queryset(request)
            .annotate(
                claim_count=related_count(Claim, "speaker"),
                quote_count=related_count(Quote, "speaker"),
            )
        )

    @admin.display(description="claims", ordering="claim_count")
    def claim_count(self, obj: Any) -> int:
        return obj.claim_count

    @admin.display(description="quotes", ordering="quote_count")
    def quote_count(self, obj: Any) -> int:
        return obj.quote_count


# --- Claims and quotes --------------------------------------------------------------------------

EXTRACTED_READONLY = (
    "article",
    "text",
    "corrected",
    "fingerprint",
    "origin",
    "corroboration_state",
    "corroborated_at",
    "corroboration_error",
    "suggested_status",
    "created_at",
    "updated_at",
)


@admin.register(Claim)
class ClaimAdmin(ReviewedAdmin):
    list_display = (
        "short_text",
        "article",
        "speaker",
        "checkworthiness",
        "status",
        "suggested_status",
        "assignee",
        "evidence_count",
    )
    list_filter = (
        "status",
        "suggested_status",
        "corroboration_state",
        "attribution",
        "article__language",
        "assignee",
    )
    search_fields = ("text", "speaker__name", "article__title")
    list_select_related = ("article", "speaker", "assignee")
    # Not the assignee: the autocomplete view needs the permission to view users, which
    # reviewers do not have; the staff list is short and shown as a plain select.
    autocomplete_fields = ("speaker", "quote")
    inlines = (ClaimEvidenceInline,)
    readonly_fields = (
        *EXTRACTED_READONLY,
        "start",
        "end",
        "checkworthiness",
        "attribution",
        "quantities",
        "dates",
        "entities",
        "revision",
        "evidence_count",
    )
    fieldsets = (
        (None, {"fields": ("text", "article", "start", "end", "speaker", "quote", "attribution")}),
        (
            "Review",
            {
                "fields": (
                    "status",
                    "suggested_status",
                    "assignee",
                    "verdict",
                    "rejected",
                    "corrected",
                )
            },
        ),
        (
            "Machine output",
            {
                "fields": (
                    "checkworthiness",
                    "quantities",
                    "dates",
                    "entities",
                    "origin",
                    "fingerprint",
                    "corroboration_state",
                    "corroborated_at",
                    "corroboration_error",
                    "evidence_count",
                )
            },
        ),
        ("Record", {"fields": ("revision", "created_at", "updated_at")}),
    )

    def get_queryset(self, request: HttpRequest) -> QuerySet[Claim]:
        return super().get_queryset(request).annotate(evidence_count=Count("evidence"))

    decision_fields = ("status", "verdict")
    review_fields = {
        "assignee": ReviewEvent.Kind.ASSIGNMENT,
        "rejected": ReviewEvent.Kind.CORRECTION,
        "speaker": ReviewEvent.Kind.CORRECTION,
        "quote": ReviewEvent.Kind.CORRECTION,
    }
    correction_fields = ("speaker", "quote")

    def count_revision(self, obj: Any) -> None:
        obj.revision += 1

    def apply_decision(self, request: HttpRequest, obj: Any, decided: dict[str, Any]) -> None:
        claim_status_set(
            claim=obj,
            status=decided.get("status", obj.status),
            verdict=decided.get("verdict"),
            actor=request_actor(request),
        )

    def formfield_for_foreignkey(
        self, db_field: ForeignKey, request: HttpRequest, **kwargs: Any
    ) -> Any:
        if db_field.name == "assignee":
            kwargs["queryset"] = get_user_model().objects.filter(is_staff=True, is_active=True)
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def has_add_permission(self, request: HttpRequest) -> bool:
        # Claims come from extraction; a claim always belongs to an article's text.
        return False

    @admin.display(description="claim", ordering="text")
    def short_text(self, obj: Claim) -> str:
        return truncate(obj.text)

    @admin.display(description="evidence", ordering="evidence_count")
    def evidence_count(self, obj: Any) -> int:
        return obj.evidence_count


@admin.register(Quote)
class QuoteAdmin(ReviewedAdmin):
    list_display = (
        "short_text",
        "kind",
        "speaker",
        "speaker_mention",
        "cue_text",
        "attribution_status",
        "suggested_status",
        "article",
    )
    list_filter = (
        "kind",
        "attribution_status",
        "suggested_status",
        "corroboration_state",
        "article__language",
    )
    search_fields = ("text", "speaker__name", "speaker_mention", "article__title")
    list_select_related = ("article", "speaker")
    autocomplete_fields = ("speaker",)
    inlines = (QuoteEvidenceInline,)
    readonly_fields = (
        *EXTRACTED_READONLY,
        "spans",
        "start",
        "end",
        "cue_text",
        "cue_start",
        "cue_end",
        "speaker_mention",
        "mention_start",
        "mention_end",
        "status_set_by",
    )
    fieldsets = (
        (None, {"fields": ("text", "kind", "article", "spans", "start", "end")}),
        (
            "Attribution",
            {
                "fields": (
                    "speaker",
                    "speaker_mention",
                    "mention_start",
                    "mention_end",
                    "cue_text",
                    "cue_start",
                    "cue_end",
                )
            },
        ),
        (
            "Review",
            {
                "fields": (
                    "attribution_status",
                    "suggested_status",
                    "status_set_by",
                    "rejected",
                    "corrected",
                )
            },
        ),
        (
            "Machine output",
            {
                "fields": (
                    "origin",
                    "fingerprint",
                    "corroboration_state",
                    "corroborated_at",
                    "corroboration_error",
                )
            },
        ),
        ("Record", {"fields": ("created_at", "updated_at")}),
    )

    decision_fields = ("attribution_status",)
    review_fields = {
        "kind": ReviewEvent.Kind.CORRECTION,
        "speaker": ReviewEvent.Kind.CORRECTION,
        "rejected": ReviewEvent.Kind.CORRECTION,
    }
    correction_fields = ("kind", "speaker")

    def apply_decision(self, request: HttpRequest, obj: Any, decided: dict[str, Any]) -> None:
        quote_status_set(
            quote=obj, status=decided["attribution_status"], actor=request_actor(request)
        )

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    @admin.display(description="quote", ordering="text")
    def short_text(self, obj: Quote) -> str:
        return truncate(obj.text)
