"""The admin's own pages and buttons: notes, accepting a suggestion, corrections, the dashboard.

Each view checks the model admin's permission, calls one service and comes back to the page with
a message; a refused change writes nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from claims.admin import dashboard as dashboard_data
from claims.admin.common import request_actor
from claims.models import Claim, Quote
from claims.services import (
    StaleRevision,
    claim_add,
    claim_corroboration_requeue,
    claim_merge,
    claim_note_add,
    claim_proposal_confirm,
    claim_reject,
    claim_span_fix,
    claim_split,
    claim_suggestion_accept,
    quote_corroboration_requeue,
    quote_reject,
    quote_span_fix,
)

View = Callable[..., HttpResponse]
REFUSED = (StaleRevision, PermissionDenied, ValueError)


def _change_url(obj: Claim | Quote) -> str:
    return reverse(f"admin:claims_{obj._meta.model_name}_change", args=[obj.pk])


def _editable(model_admin: admin.ModelAdmin, request: HttpRequest, object_id: str) -> Any:
    obj = model_admin.get_object(request, object_id)
    if obj is None:
        raise Http404
    if not model_admin.has_change_permission(request, obj):
        raise PermissionDenied
    return obj


def _int(request: HttpRequest, name: str) -> int:
    try:
        return int(request.POST.get(name, ""))
    except ValueError:
        raise ValueError(_("%(name)s must be a whole number") % {"name": name}) from None


def _spans(text: str) -> list[tuple[int, int]]:
    """ "12-40, 55-80" → [(12, 40), (55, 80)]."""
    spans = []
    for piece in text.replace("–", "-").split(","):
        if piece.strip():
            start, _sep, end = piece.partition("-")
            spans.append((int(start), int(end)))
    return spans


def _run(request: HttpRequest, done: str, action: Callable[[], Any]) -> Any:
    try:
        result = action()
    except REFUSED as exc:
        messages.error(request, _("Nothing was changed: %s") % exc)
        return None
    messages.success(request, done)
    return result


def claim_note(model_admin: admin.ModelAdmin) -> View:
    @require_POST
    def view(request: HttpRequest, object_id: str) -> HttpResponse:
        claim = _editable(model_admin, request, object_id)
        _run(
            request,
            _("Note added."),
            lambda: claim_note_add(
                claim=claim, actor=request_actor(request), note=request.POST.get("note", "")
            ),
        )
        return HttpResponseRedirect(_change_url(claim) + "#wb-history")

    return view


def proposal_message(request: HttpRequest, claim: Claim | None) -> None:
    """Under the two-person rule, say that the final status is waiting for a second reviewer."""
    if claim is not None and claim.proposed_status and claim.proposed_by_id == request.user.pk:
        messages.info(
            request,
            _(
                "Your final status “%(status)s” is recorded as a proposal: a second reviewer "
                "has to confirm it before it applies."
            )
            % {"status": claim.get_proposed_status_display()},
        )


def claim_accept(model_admin: admin.ModelAdmin) -> View:
    @require_POST
    def view(request: HttpRequest, object_id: str) -> HttpResponse:
        claim = _editable(model_admin, request, object_id)
        verdict = request.POST.get("verdict", "").strip() or None
        done = _run(
            request,
            _("Suggested status accepted."),
            lambda: claim_suggestion_accept(
                claim=claim,
                actor=request_actor(request),
                verdict=verdict,
                expected_revision=_int(request, "revision"),
            ),
        )
        proposal_message(request, done)
        return HttpResponseRedirect(_change_url(claim))

    return view


def claim_confirm(model_admin: admin.ModelAdmin) -> View:
    """The second reviewer agrees with the proposed final status (the two-person rule)."""

    @require_POST
    def view(request: HttpRequest, object_id: str) -> HttpResponse:
        claim = _editable(model_admin, request, object_id)
        verdict = request.POST.get("verdict", "").strip() or None
        _run(
            request,
            _("Proposed status confirmed."),
            lambda: claim_proposal_confirm(
                claim=claim,
                actor=request_actor(request),
                verdict=verdict,
                expected_revision=_int(request, "revision"),
            ),
        )
        return HttpResponseRedirect(_change_url(claim))

    return view


def claim_correct(model_admin: admin.ModelAdmin) -> View:
    @require_POST
    def view(request: HttpRequest, object_id: str) -> HttpResponse:
        claim = _editable(model_admin, request, object_id)
        actor, note = request_actor(request), request.POST.get("note", "")
        op = request.POST.get("op")
        target: Claim | None = claim
        if op == "span":
            _run(
                request,
                _("Span corrected."),
                lambda: claim_span_fix(
                    claim=claim,
                    start=_int(request, "start"),
                    end=_int(request, "end"),
                    actor=actor,
                    note=note,
                ),
            )
        elif op in ("reject", "unreject"):
            _run(
                request,
                _("Claim rejected.") if op == "reject" else _("Rejection taken back."),
                lambda: claim_reject(claim=claim, actor=actor, note=note, rejected=op == "reject"),
            )
        elif op == "split":
            _run(
                request,
                _("Claim split in two."),
                lambda: claim_split(claim=claim, at=_int(request, "at"), actor=actor, note=note),
            )
        elif op == "merge":

            def merge() -> Claim:
                other = Claim.objects.filter(pk=_int(request, "other")).first()
                if other is None:
                    raise ValueError(_("no such claim"))
                return claim_merge(claim=claim, other=other, actor=actor, note=note)

            _run(request, _("Claims merged."), merge)
        elif op == "requeue":
            _run(
                request,
                _("Queued for corroboration."),
                lambda: claim_corroboration_requeue(claim=claim, actor=actor, note=note),
            )
        elif op == "add":
            target = _run(
                request,
                _("Claim added."),
                lambda: claim_add(
                    article=claim.article,
                    start=_int(request, "start"),
                    end=_int(request, "end"),
                    actor=actor,
                    note=note,
                ),
            )
        else:
            messages.error(request, _("Unknown correction."))
        return HttpResponseRedirect(_change_url(target or claim))

    return view


def quote_correct(model_admin: admin.ModelAdmin) -> View:
    @require_POST
    def view(request: HttpRequest, object_id: str) -> HttpResponse:
        quote = _editable(model_admin, request, object_id)
        actor, note = request_actor(request), request.POST.get("note", "")
        op = request.POST.get("op")
        if op == "spans":
            _run(
                request,
                _("Spans corrected."),
                lambda: quote_span_fix(
                    quote=quote, spans=_spans(request.POST.get("spans", "")), actor=actor, note=note
                ),
            )
        elif op in ("reject", "unreject"):
            _run(
                request,
                _("Quote rejected.") if op == "reject" else _("Rejection taken back."),
                lambda: quote_reject(quote=quote, actor=actor, note=note, rejected=op == "reject"),
            )
        elif op == "requeue":
            _run(
                request,
                _("Queued for corroboration."),
                lambda: quote_corroboration_requeue(quote=quote, actor=actor, note=note),
            )
        else:
            messages.error(request, _("Unknown correction."))
        return HttpResponseRedirect(_change_url(quote))

    return view


def dashboard(model_admin: admin.ModelAdmin) -> View:
    def view(request: HttpRequest) -> HttpResponse:
        if not model_admin.has_view_permission(request):
            raise PermissionDenied
        context = {
            **model_admin.admin_site.each_context(request),
            "title": _("Review dashboard"),
            "opts": model_admin.opts,
            **dashboard_data.charts(),
        }
        return TemplateResponse(request, "admin/claims/dashboard.html", context)

    return view
