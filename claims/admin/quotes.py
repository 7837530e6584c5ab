"""Quotes: their queue and their page (attribution status, speaker, kind), through the services."""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib import admin
from django.db.models import QuerySet
from django.forms import ModelForm
from django.http import HttpRequest, HttpResponse
from django.urls import URLPattern, path
from django.utils.translation import gettext_lazy as _

from claims.admin import views
from claims.admin.common import request_actor, truncate
from claims.admin.page import WorkbenchPage
from claims.admin.queue import (
    ContradictingFilter,
    QuoteWorthinessFilter,
    contradicting,
    csv_response,
    json_response,
    quote_rows,
    quote_worthiness,
    run_each,
    status_counts,
)
from claims.models import (
    AttributionStatus,
    Quote,
)
from claims.services import (
    quote_corroboration_requeue,
    quote_kind_set,
    quote_speaker_set,
    quote_status_set,
)


class QuoteForm(forms.ModelForm):
    class Meta:
        model = Quote
        fields = ("attribution_status", "kind", "speaker")


@admin.register(Quote)
class QuoteAdmin(WorkbenchPage):
    form = QuoteForm
    change_list_template = "admin/claims/claim/change_list.html"
    change_form_template = "admin/claims/claim/change_form.html"
    list_display = (
        "short_text",
        "worthiness",
        "kind",
        "speaker",
        "cue_text",
        "attribution_status",
        "suggested_status",
        "article",
        "has_contradicting",
    )
    list_filter = (
        "attribution_status",
        "suggested_status",
        "kind",
        ContradictingFilter,
        QuoteWorthinessFilter,
        "article__language",
        ("article", admin.RelatedOnlyFieldListFilter),
        ("speaker", admin.RelatedOnlyFieldListFilter),
        "rejected",
    )
    search_fields = ("text", "speaker__name", "speaker_mention", "article__title")
    list_select_related = ("article", "speaker")
    list_per_page = 50
    autocomplete_fields = ("speaker",)
    actions = ("requeue_selected", "export_csv", "export_json")
    readonly_fields = (
        "text",
        "article",
        "spans",
        "start",
        "end",
        "cue_text",
        "speaker_mention",
        "suggested_status",
        "status_set_by",
        "origin",
        "corrected",
        "rejected",
        "fingerprint",
        "corroboration_state",
        "corroborated_at",
        "corroboration_error",
        "created_at",
        "updated_at",
    )
    fieldsets = (
        (
            _("Review"),
            {"fields": ("attribution_status", "suggested_status", "status_set_by")},
        ),
        (
            _("Quote"),
            {
                "fields": (
                    "text",
                    "kind",
                    "speaker",
                    "speaker_mention",
                    "cue_text",
                    "article",
                    "spans",
                )
            },
        ),
        (
            _("Machine output"),
            {
                "classes": ("collapse",),
                "fields": (
                    "origin",
                    "corrected",
                    "rejected",
                    "fingerprint",
                    "corroboration_state",
                    "corroborated_at",
                    "corroboration_error",
                    "created_at",
                    "updated_at",
                ),
            },
        ),
    )

    def get_queryset(self, request: HttpRequest) -> QuerySet[Quote]:
        # Annotated before ordering: the order uses the annotation.
        return Quote.objects.annotate(
            worthiness=quote_worthiness(), has_contradicting=contradicting("quote")
        ).order_by(*self.get_ordering(request))

    def get_ordering(self, request: HttpRequest) -> Any:
        # The queue's order: a quote ranks as its most check-worthy claim; quotes without a claim
        # come last.
        # An expression, not the annotation's name: the ordering is also applied to querysets
        # that lack the annotation (the quote choices of other forms).
        return (quote_worthiness().desc(nulls_last=True), "id")

    def get_urls(self) -> list[URLPattern]:
        wrap = self.admin_site.admin_view
        return [
            path(
                "<path:object_id>/correct/",
                wrap(views.quote_correct(self)),
                name="claims_quote_correct",
            ),
            *super().get_urls(),
        ]

    def changelist_view(
        self, request: HttpRequest, extra_context: dict[str, Any] | None = None
    ) -> HttpResponse:
        context = {
            "wb_counts": status_counts(
                Quote.objects.filter(rejected=False),
                "attribution_status",
                AttributionStatus.choices,
            ),
            "wb_status_param": "attribution_status__exact",
            **(extra_context or {}),
        }
        return super().changelist_view(request, context)

    def apply(self, request: HttpRequest, obj: Quote, form: ModelForm) -> None:
        data, changed = form.cleaned_data, set(form.changed_data)
        actor = request_actor(request)
        quote = Quote.objects.get(pk=obj.pk)
        if "kind" in changed:
            quote_kind_set(quote=quote, kind=data["kind"], actor=actor)
        if "speaker" in changed:
            quote_speaker_set(quote=quote, speaker=data.get("speaker"), actor=actor)
        if "attribution_status" in changed:
            quote_status_set(quote=quote, status=data["attribution_status"], actor=actor)

    @admin.display(description=_("quote"), ordering="text")
    def short_text(self, obj: Quote) -> str:
        return truncate(obj.text)

    @admin.display(description=_("check-worthiness"), ordering="worthiness")
    def worthiness(self, obj: Any) -> str:
        return "—" if obj.worthiness is None else f"{obj.worthiness:.2f}"

    @admin.display(description=_("contradicted"), boolean=True, ordering="has_contradicting")
    def has_contradicting(self, obj: Any) -> bool:
        return obj.has_contradicting

    @admin.action(description=_("Search the sources again"), permissions=["change"])
    def requeue_selected(self, request: HttpRequest, queryset: QuerySet[Quote]) -> None:
        run_each(
            request,
            queryset,
            lambda q: quote_corroboration_requeue(quote=q, actor=request_actor(request)),
            _("%(count)s quote(s) queued for corroboration."),
            self,
        )

    @admin.action(description=_("Export as CSV"), permissions=["view"])
    def export_csv(self, request: HttpRequest, queryset: QuerySet[Quote]) -> HttpResponse:
        rows = quote_rows(queryset)
        return csv_response(rows, rows[0].keys() if rows else ["id"], "quotes")

    @admin.action(description=_("Export as JSON"), permissions=["view"])
    def export_json(self, request: HttpRequest, queryset: QuerySet[Quote]) -> HttpResponse:
        return json_response(quote_rows(queryset), "quotes")
