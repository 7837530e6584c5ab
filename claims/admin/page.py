"""The page reviewers work on, shared by claims and quotes: the highlighted article, the evidence
side by side, the history, and the form whose changes go through the services."""

from __future__ import annotations

from typing import Any

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import QuerySet
from django.forms import ModelForm
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from claims.admin.claim_page import workbench_context
from claims.admin.common import ReadOnlyInline
from claims.models import (
    Evidence,
)
from claims.services import (
    StaleRevision,
)

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
