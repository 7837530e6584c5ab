"""The review service's rules, called directly (the admin and the API both go through it)."""

from __future__ import annotations

from typing import Any

import pytest
from django.core.exceptions import PermissionDenied

from claims.models import Claim, ClaimStatus, ReviewEvent
from claims.services import (
    StaleRevision,
    TransitionNotAllowed,
    VerdictRequired,
    claim_assign,
    claim_status_set,
    claim_suggestion_accept,
    quote_status_set,
)
from tests.api.conftest import Users
from tests.factories import ClaimFactory, QuoteFactory
from webhooks.models import Delivery, Subscription

pytestmark = pytest.mark.django_db


def _state(claim: Claim) -> tuple[Any, ...]:
    fresh = Claim.objects.get(pk=claim.pk)
    return (
        fresh.status,
        fresh.verdict,
        fresh.assignee_id,
        fresh.revision,
        ReviewEvent.objects.count(),
    )


@pytest.mark.parametrize("role", ["editor", "nobody"])
def test_only_reviewers_change_anything(users: Users, role: str) -> None:
    claim, quote = ClaimFactory.create(), QuoteFactory.create()
    before = _state(claim)
    actor = users.get(role)
    calls = [
        lambda: claim_status_set(claim=claim, status="in_review", actor=actor),
        lambda: claim_assign(claim=claim, assignee=users.reviewer, actor=actor),
        lambda: quote_status_set(quote=quote, status="confirmed", actor=actor),
    ]
    for call in calls:
        with pytest.raises(TransitionNotAllowed, match="only reviewers can"):
            call()
    assert issubclass(TransitionNotAllowed, PermissionDenied)
    assert _state(claim) == before


def test_a_final_status_needs_a_verdict_given_now_or_already_written(users: Users) -> None:
    claim = ClaimFactory.create()
    for status in ("corroborated", "disputed", "false", "unverifiable", "not_checkworthy"):
        with pytest.raises(VerdictRequired, match="needs a written verdict"):
            claim_status_set(claim=claim, status=status, actor=users.reviewer)
    claim_status_set(claim=claim, status="false", verdict="It was 12.", actor=users.reviewer)
    claim_status_set(claim=claim, status="disputed", actor=users.reviewer)
    with pytest.raises(VerdictRequired):
        claim_status_set(claim=claim, status="disputed", verdict="  ", actor=users.reviewer)
    claim_status_set(claim=claim, status="in_review", actor=users.reviewer)
    assert _state(claim)[:4] == ("in_review", "It was 12.", None, 4)


def test_every_change_writes_an_event_and_bumps_the_revision_a_no_op_neither(users: Users) -> None:
    claim = ClaimFactory.create()
    claim_status_set(claim=claim, status="in_review", actor=users.reviewer, note="mine")
    claim_status_set(claim=claim, status="in_review", actor=users.reviewer)
    claim_assign(claim=claim, assignee=users.reviewer, actor=users.admin, expected_revision=2)
    claim_assign(claim=claim, assignee=None, actor=users.reviewer, expected_revision=3)
    events = list(
        ReviewEvent.objects.filter(claim=claim)
        .order_by("id")
        .values_list("kind", "from_value", "to_value", "actor__username", "note")
    )
    assert events == [
        ("status", "unreviewed", "in_review", "rita", "mine"),
        ("assignment", "", "rita", "root", ""),
        ("assignment", "rita", "", "rita", ""),
    ]
    assert Claim.objects.get(pk=claim.pk).revision == 4


def test_a_stale_revision_writes_nothing_and_emits_nothing(users: Users) -> None:
    Subscription.objects.create(url="https://hooks.example.com/", events=["claim.status_changed"])
    claim = ClaimFactory.create()
    before = _state(claim)
    with pytest.raises(StaleRevision, match="is at revision 1, not 7"):
        claim_status_set(claim=claim, status="in_review", actor=users.reviewer, expected_revision=7)
    assert (_state(claim), Delivery.objects.count()) == (before, 0)


def test_a_status_change_records_one_delivery_per_subscription_in_the_same_transaction(
    users: Users, django_capture_on_commit_callbacks: Any
) -> None:
    Subscription.objects.create(url="https://a.example.com/", events=["claim.status_changed"])
    Subscription.objects.create(
        url="https://b.example.com/", events=["claim.status_changed"], active=False
    )
    claim = ClaimFactory.create()
    with django_capture_on_commit_callbacks() as queued:
        claim_status_set(claim=claim, status="in_review", actor=users.reviewer)
        claim_assign(claim=claim, assignee=users.reviewer, actor=users.reviewer)
    assert list(Delivery.objects.values_list("subscription__url", "event", "state")) == [
        ("https://a.example.com/", "claim.status_changed", "pending")
    ]
    assert len(queued) == 1


def test_accepting_the_suggestion_sets_it_as_the_status(users: Users) -> None:
    claim = ClaimFactory.create(suggested_status=ClaimStatus.CORROBORATED)
    with pytest.raises(VerdictRequired):
        claim_suggestion_accept(claim=claim, actor=users.reviewer)
    claim_suggestion_accept(claim=claim, actor=users.reviewer, verdict="Two wires agree.")
    assert _state(claim)[:2] == ("corroborated", "Two wires agree.")
    event = ReviewEvent.objects.get(claim=claim, field="status")
    assert event.note == "accepted the suggested status"
    with pytest.raises(ValueError, match="no suggested status"):
        claim_suggestion_accept(claim=ClaimFactory.create(), actor=users.reviewer)


def test_claims_are_assigned_to_reviewers_only(users: Users) -> None:
    claim = ClaimFactory.create()
    with pytest.raises(ValueError, match="edith is not a reviewer"):
        claim_assign(claim=claim, assignee=users.editor, actor=users.reviewer)
    assert Claim.objects.get(pk=claim.pk).assignee_id is None


def test_the_system_actor_is_allowed_and_recorded_as_nobody() -> None:
    claim = ClaimFactory.create()
    claim_status_set(claim=claim, status="in_review", actor=None)
    assert ReviewEvent.objects.get(claim=claim).actor is None
