"""Claims: the queue and the page reviewers work on.

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
from django.db.models import ForeignKey, Q, QuerySet
from django.forms import ModelForm
from django.http import HttpRequest, HttpResponse
from django.urls import URLPattern, path, reverse
from django.utils.translation import gettext_lazy as _

from claims.admin import views
from claims.admin.common import related_count, request_actor, truncate
from claims.admin.page import WorkbenchPage
from claims.admin.queue import (
    CLAIM_EXPORT_FIELDS,
    AssignedFilter,
    ClaimActionForm,
    ContradictingFilter,
    SecondReviewFilter,
    WorthinessFilter,
    claim_rows,
    contradicting,
    csv_response,
    json_response,
    run_each,
    status_counts,
)
from claims.models import (
    Claim,
    ClaimStatus,
    Evidence,
)
from claims.services import (
    StaleRevision,
    claim_assign,
    claim_corroboration_requeue,
    claim_speaker_set,
    claim_status_set,
)
from claims.services.review import FINAL_STATUSES, REVIEWER_GROUP


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
