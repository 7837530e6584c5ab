"""Claims and quotes: the queue and the page reviewers work on.

Every change goes through a service (status, verdict and assignment through
`claims.services.review`, corrections through `claims.services.corrections`), so the admin and
the API behave the same and every change leaves an event row. A refused change (a role that may
not make it, a claim changed meanwhile, a final status without a verdict) writes nothing and is
shown as an error.
"""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib import admin, messages
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import ForeignKey, Q, QuerySet
from django.forms import ModelForm
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.urls import URLPattern, path, reverse
from django.utils.translation import gettext_lazy as _

from claims.admin import views
from claims.admin.claim_page import workbench_context
from claims.admin.common import ReadOnlyInline, related_count, request_actor, truncate
from claims.admin.queue import (
    CLAIM_EXPORT_FIELDS,
    AssignedFilter,
    ClaimActionForm,
    ContradictingFilter,
    QuoteWorthinessFilter,
    SecondReviewFilter,
    WorthinessFilter,
    claim_rows,
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
    Claim,
    ClaimStatus,
    Evidence,
    Quote,
)
from claims.services import (
    StaleRevision,
    claim_assign,
    claim_corroboration_requeue,
    claim_speaker_set,
    claim_status_set,
    quote_corroboration_requeue,
    quote_kind_set,
    quote_speaker_set,
    quote_status_set,
)
from claims.services.review import FINAL_STATUSES, REVIEWER_GROUP

REFUSED = (StaleRevision, PermissionDenied, ValueError)


class EvidenceInline(ReadOnlyInline):
    model = Evidence
    fields = ("source", "passage", "score", "stance", "origin")
    readonly_fields = fields

    def get_queryset(self, request: HttpRequest) -> QuerySet[Evidence]:
        return super().get_queryset(request).select_related("source")


class WorkbenchPage(admin.ModelAdmin):
    """The shared page: the workbench panel above the form, refusals shown instead of saved."""

    def change_view(
        self,
        request: HttpRequest,
        object_id: str,
        form_url: str = "",
        extra_context: dict[str, Any] | None = None,
    ) -> HttpResponse:
        obj = self.get_object(request, object_id)
        context = dict(extra_context or {})
        if obj is not None and self.has_view_or_change_permission(request, obj):
            context.update(workbench_context(obj))
            context["wb_can_change"] = self.has_change_permission(request, obj)
        return super().change_view(request, object_id, form_url, context)

    def log_change(self, request: HttpRequest, obj: Any, message: Any) -> Any:
        if getattr(request, "_wb_refused", None):
            return None
        return super().log_change(request, obj, message)

    def response_change(self, request: HttpRequest, obj: Any) -> HttpResponse:
        refused = getattr(request, "_wb_refused", None)
        if refused:
            self.message_user(request, _("Nothing was changed: %s") % refused, messages.ERROR)
            opts = self.opts
            return HttpResponseRedirect(
                reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[obj.pk])
            )
        return super().response_change(request, obj)

    def apply(self, request: HttpRequest, obj: Any, form: ModelForm) -> None:
        raise NotImplementedError

    def save_model(self, request: HttpRequest, obj: Any, form: ModelForm, change: bool) -> None:
        # The form's values are applied by services, never by saving the form's instance.
        try:
            with transaction.atomic():
                self.apply(request, obj, form)
        except REFUSED as exc:
            request._wb_refused = str(exc)  # type: ignore[attr-defined]
        obj.refresh_from_db()

    def has_add_permission(self, request: HttpRequest) -> bool:
        # Claims and quotes come from an article's text; a missed one is added from the article's
        # claim page ("Add a missed claim"), through the corrections service.
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        # Reject instead: a rejection is recorded and survives re-processing.
        return False


# --- Claims -------------------------------------------------------------------------------------


class ClaimForm(forms.ModelForm):
    seen_revision = forms.IntegerField(widget=forms.HiddenInput, required=False)

    class Meta:
        model = Claim
        fields = ("status", "verdict", "assignee", "speaker")

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if self.instance.pk and "seen_revision" in self.fields:
            self.fields["seen_revision"].initial = self.instance.revision

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        status, verdict = cleaned.get("status"), (cleaned.get("verdict") or "").strip()
        if status in FINAL_STATUSES and not verdict and "verdict" in self.fields:
            self.add_error(
                "verdict",
                _("A final status needs a written verdict: it becomes the ClaimReview text."),
            )
        return cleaned


@admin.register(Claim)
class ClaimAdmin(WorkbenchPage):
    form = ClaimForm
    action_form = ClaimActionForm
    change_list_template = "admin/claims/claim/change_list.html"
    change_form_template = "admin/claims/claim/change_form.html"
    list_display = (
        "short_text",
        "checkworthiness",
        "status",
        "suggested_status",
        "speaker",
        "article",
        "assignee",
        "evidence_count",
        "has_contradicting",
    )
    list_filter = (
        AssignedFilter,
        SecondReviewFilter,
        "status",
        "suggested_status",
        ContradictingFilter,
        WorthinessFilter,
        "article__language",
        ("article", admin.RelatedOnlyFieldListFilter),
        ("speaker", admin.RelatedOnlyFieldListFilter),
        ("assignee", admin.RelatedOnlyFieldListFilter),
        "rejected",
    )
    search_fields = ("text", "speaker__name", "article__title", "verdict")
    list_select_related = ("article", "speaker", "assignee")
    ordering = ("-checkworthiness", "id")
    list_per_page = 50
    autocomplete_fields = ("speaker",)
    actions = (
        "assign_selected",
        "set_status_selected",
        "requeue_selected",
        "export_csv",
        "export_json",
        "export_claimreview",
    )
    readonly_fields = (
        "text",
        "article",
        "start",
        "end",
        "quote",
        "attribution",
        "suggested_status",
        "checkworthiness",
        "quantities",
        "dates",
        "entities",
        "origin",
        "corrected",
        "rejected",
        "fingerprint",
        "corroboration_state",
        "corroborated_at",
        "corroboration_error",
        "revision",
        "created_at",
        "updated_at",
    )
    fieldsets = (
        (
            _("Review"),
            {"fields": ("status", "suggested_status", "verdict", "assignee", "seen_revision")},
        ),
        (
            _("Claim"),
            {"fields": ("text", "article", "start", "end", "speaker", "quote", "attribution")},
        ),
        (
            _("Machine output"),
            {
                "classes": ("collapse",),
                "fields": (
                    "checkworthiness",
                    "quantities",
                    "dates",
                    "entities",
                    "origin",
                    "corrected",
                    "rejected",
                    "fingerprint",
                    "corroboration_state",
                    "corroborated_at",
                    "corroboration_error",
                    "revision",
                    "created_at",
                    "updated_at",
                ),
            },
        ),
    )

    def get_queryset(self, request: HttpRequest) -> QuerySet[Claim]:
        return (
            super()
            .get_queryset(request)
            .annotate(
                evidence_count=related_count(Evidence, "claim"),
                has_contradicting=contradicting("claim"),
            )
        )

    def get_urls(self) -> list[URLPattern]:
        wrap = self.admin_site.admin_view
        return [
            path("dashboard/", wrap(views.dashboard(self)), name="claims_dashboard"),
            path("<path:object_id>/note/", wrap(views.claim_note(self)), name="claims_claim_note"),
            path(
                "<path:object_id>/accept/",
                wrap(views.claim_accept(self)),
                name="claims_claim_accept",
            ),
            path(
                "<path:object_id>/confirm/",
                wrap(views.claim_confirm(self)),
                name="claims_claim_confirm",
            ),
            path(
                "<path:object_id>/correct/",
                wrap(views.claim_correct(self)),
                name="claims_claim_correct",
            ),
            *super().get_urls(),
        ]

    def changelist_view(
        self, request: HttpRequest, extra_context: dict[str, Any] | None = None
    ) -> HttpResponse:
        context = {
            "wb_counts": status_counts(
                Claim.objects.filter(rejected=False), "status", ClaimStatus.choices
            ),
            **(extra_context or {}),
        }
        return super().changelist_view(request, context)

    def formfield_for_foreignkey(
        self, db_field: ForeignKey, request: HttpRequest, **kwargs: Any
    ) -> Any:
        if db_field.name == "assignee":
            # Only reviewers can be assigned (the review service refuses anyone else).
            kwargs["queryset"] = (
                get_user_model()
                .objects.filter(is_active=True)
                .filter(Q(is_superuser=True) | Q(groups__name=REVIEWER_GROUP))
                .distinct()
                .order_by("username")
            )
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def apply(self, request: HttpRequest, obj: Claim, form: ModelForm) -> None:
        data, changed = form.cleaned_data, set(form.changed_data)
        actor = request_actor(request)
        claim = Claim.objects.get(pk=obj.pk)
        seen = data.get("seen_revision")
        if seen is not None and seen != claim.revision:
            raise StaleRevision(
                _(
                    "someone else changed this claim while you were reading it "
                    "(revision %(seen)s, now %(now)s); reload the page"
                )
                % {"seen": seen, "now": claim.revision}
            )
        if "speaker" in changed:
            claim_speaker_set(claim=claim, speaker=data.get("speaker"), actor=actor)
        if "assignee" in changed:
            claim_assign(
                claim=claim,
                assignee=data.get("assignee"),
                actor=actor,
                expected_revision=claim.revision,
            )
        if changed & {"status", "verdict"}:
            claim = claim_status_set(
                claim=claim,
                status=data["status"],
                verdict=data.get("verdict") or "",
                actor=actor,
                expected_revision=claim.revision,
            )
            views.proposal_message(request, claim)

    @admin.display(description=_("claim"), ordering="text")
    def short_text(self, obj: Claim) -> str:
        return truncate(obj.text)

    @admin.display(description=_("evidence"), ordering="evidence_count")
    def evidence_count(self, obj: Any) -> int:
        return obj.evidence_count

    @admin.display(description=_("contradicted"), boolean=True, ordering="has_contradicting")
    def has_contradicting(self, obj: Any) -> bool:
        return obj.has_contradicting

    # --- bulk actions ---

    @admin.action(description=_("Assign to the chosen reviewer (or to me)"), permissions=["change"])
    def assign_selected(self, request: HttpRequest, queryset: QuerySet[Claim]) -> None:
        assignee = self._action_value(request, "assignee") or request.user
        run_each(
            request,
            queryset,
            lambda c: claim_assign(claim=c, assignee=assignee, actor=request_actor(request)),
            _("%(count)s claim(s) assigned."),
            self,
        )

    @admin.action(description=_("Set the chosen status"), permissions=["change"])
    def set_status_selected(self, request: HttpRequest, queryset: QuerySet[Claim]) -> None:
        status = self._action_value(request, "status")
        if not status:
            self.message_user(request, _("Choose a status first."), messages.WARNING)
            return
        verdict = self._action_value(request, "verdict") or None
        run_each(
            request,
            queryset,
            lambda c: claim_status_set(
                claim=c, status=status, verdict=verdict, actor=request_actor(request)
            ),
            _("%(count)s claim(s) changed."),
            self,
        )

    @admin.action(description=_("Search the sources again"), permissions=["change"])
    def requeue_selected(self, request: HttpRequest, queryset: QuerySet[Claim]) -> None:
        run_each(
            request,
            queryset,
            lambda c: claim_corroboration_requeue(claim=c, actor=request_actor(request)),
            _("%(count)s claim(s) queued for corroboration."),
            self,
        )

    @admin.action(description=_("Export as CSV"), permissions=["view"])
    def export_csv(self, request: HttpRequest, queryset: QuerySet[Claim]) -> HttpResponse:
        return csv_response(claim_rows(queryset), CLAIM_EXPORT_FIELDS, "claims")

    @admin.action(description=_("Export as JSON"), permissions=["view"])
    def export_json(self, request: HttpRequest, queryset: QuerySet[Claim]) -> HttpResponse:
        return json_response(claim_rows(queryset), "claims")

    @admin.action(description=_("Export as ClaimReview (JSON-LD)"), permissions=["view"])
    def export_claimreview(self, request: HttpRequest, queryset: QuerySet[Claim]) -> HttpResponse:
        from claims.claimreview import NotReviewed, claim_review

        reviews, skipped = [], 0
        for claim in queryset.select_related("article", "speaker"):
            url = request.build_absolute_uri(reverse("admin:claims_claim_change", args=[claim.pk]))
            try:
                reviews.append(claim_review(claim=claim, url=url))
            except NotReviewed:
                skipped += 1
        response = json_response(reviews, "claimreview", content_type="application/ld+json")
        response["X-Skipped-Unreviewed"] = str(skipped)
        return response

    def _action_value(self, request: HttpRequest, name: str) -> Any:
        form = self.action_form(request.POST)
        form.fields["action"].choices = self.get_action_choices(request)  # type: ignore[attr-defined]
        return form.cleaned_data.get(name) if form.is_valid() else None


# --- Quotes -------------------------------------------------------------------------------------


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
