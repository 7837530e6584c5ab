"""Evidence, corroboration runs and the review history."""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib import admin
from django.forms import ModelForm
from django.http import HttpRequest

from claims.admin.common import request_actor, truncate
from claims.models import CorroborationRun, Evidence, Origin, ReviewEvent
from claims.services import evidence_attach
from claims.services.curation import passage_hash

# --- Evidence and runs --------------------------------------------------------------------------


class EvidenceForm(forms.ModelForm):
    """Evidence attached by hand: not a passage already attached to the same target."""

    class Meta:
        model = Evidence
        fields = (
            "claim",
            "quote",
            "source",
            "passage",
            "passage_start",
            "passage_end",
            "score",
            "stance",
        )

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        if "claim" not in self.fields:  # machine evidence: target and passage are read-only
            return cleaned
        # One target is checked by the model's own constraint; the unique passage is not
        # (passage_hash is not a form field), so it is checked here.
        claim, quote = cleaned.get("claim"), cleaned.get("quote")
        source, passage = cleaned.get("source"), cleaned.get("passage")
        if bool(claim) != bool(quote) and source is not None and passage:
            target = {"claim": claim} if claim else {"quote": quote}
            same = Evidence.objects.filter(
                **target, source=source, passage_hash=passage_hash(passage)
            ).exclude(pk=self.instance.pk)
            if same.exists():
                raise forms.ValidationError("This passage of this source is already attached.")
        return cleaned


@admin.register(Evidence)
class EvidenceAdmin(admin.ModelAdmin):
    form = EvidenceForm
    list_display = (
        "__str__",
        "claim",
        "quote",
        "source",
        "score",
        "stance",
        "origin",
        "created_at",
    )
    list_filter = ("stance", "origin")
    search_fields = (
        "passage",
        "source__external_id",
        "source__title",
        "claim__text",
        "quote__text",
    )
    list_select_related = ("claim", "quote", "source")
    autocomplete_fields = ("claim", "quote", "source")
    readonly_fields = (
        "run",
        "passage_hash",
        "signals",
        "origin",
        "added_by",
        "created_at",
        "updated_at",
    )
    fields = (
        "claim",
        "quote",
        "source",
        "passage",
        "passage_start",
        "passage_end",
        "score",
        "stance",
        "run",
        "signals",
        "passage_hash",
        "origin",
        "added_by",
        "created_at",
        "updated_at",
    )

    def get_readonly_fields(self, request: HttpRequest, obj: Evidence | None = None) -> Any:
        if obj is not None and obj.origin == Origin.MACHINE:
            # What a search found is a record of that run: its target, source and passage stay.
            return (
                *self.readonly_fields,
                "claim",
                "quote",
                "source",
                "passage",
                "passage_start",
                "passage_end",
            )
        return self.readonly_fields

    def save_model(
        self, request: HttpRequest, obj: Evidence, form: ModelForm, change: bool
    ) -> None:
        if change:
            obj.passage_hash = passage_hash(obj.passage)
            super().save_model(request, obj, form, change)
            return
        # Evidence a person attaches goes through the corrections service: origin person (kept
        # by re-corroboration) and an event in the claim's or quote's history.
        data = form.cleaned_data
        evidence = evidence_attach(
            claim=data.get("claim"),
            quote=data.get("quote"),
            source=data["source"],
            passage=data["passage"],
            passage_start=data.get("passage_start"),
            passage_end=data.get("passage_end"),
            score=data["score"],
            stance=data["stance"],
            actor=request_actor(request),
        )
        obj.pk = evidence.pk
        obj.refresh_from_db()


@admin.register(CorroborationRun)
class CorroborationRunAdmin(admin.ModelAdmin):
    list_display = (
        "__str__",
        "claim",
        "quote",
        "backend",
        "language",
        "result_count",
        "started_at",
        "finished_at",
    )
    list_filter = ("backend", "language")
    search_fields = ("query",)
    list_select_related = ("claim", "quote")
    date_hierarchy = "started_at"

    def get_readonly_fields(self, request: HttpRequest, obj: CorroborationRun | None = None) -> Any:
        # A run is a record of what a job did; nobody edits it.
        return [f.name for f in self.model._meta.fields]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False


# --- History ------------------------------------------------------------------------------------


@admin.register(ReviewEvent)
class ReviewEventAdmin(admin.ModelAdmin):
    """History is data: shown to whoever may view it, changed by nobody."""

    list_display = (
        "created_at",
        "kind",
        "target",
        "field",
        "from_value",
        "to_value",
        "actor",
        "short_note",
    )
    list_filter = ("kind", "field")
    search_fields = ("note", "from_value", "to_value", "actor__username")
    list_select_related = ("claim", "quote", "article", "actor")
    date_hierarchy = "created_at"

    def get_readonly_fields(self, request: HttpRequest, obj: ReviewEvent | None = None) -> Any:
        return [f.name for f in self.model._meta.fields]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: ReviewEvent | None = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: ReviewEvent | None = None) -> bool:
        return False

    @admin.display(description="on")
    def target(self, obj: ReviewEvent) -> str:
        if obj.claim_id:
            return f"claim {obj.claim_id}: {truncate(str(obj.claim), 50)}"
        if obj.quote_id:
            return f"quote {obj.quote_id}: {truncate(str(obj.quote), 50)}"
        return f"article {obj.article_id}: {truncate(str(obj.article), 50)}"

    @admin.display(description="note")
    def short_note(self, obj: ReviewEvent) -> str:
        return truncate(obj.note, 60)
