"""The two-person rule (WORKBENCH_TWO_PERSON_RULE): a final verdict needs a second reviewer."""

from __future__ import annotations

from typing import Any

import pytest
from django.contrib.auth.models import User

from claims.admin.dashboard import agreement
from claims.models import Claim, ReviewEvent
from claims.services import (
    TransitionNotAllowed,
    claim_proposal_confirm,
    claim_status_set,
    claim_suggestion_accept,
)
from tests.api.conftest import Users, client_for
from tests.factories import ClaimFactory, UserFactory
from webhooks.models import Delivery, Subscription

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _rule_on(settings: Any) -> None:
    settings.WORKBENCH_TWO_PERSON_RULE = True


@pytest.fixture
def second(db: None) -> User:
    return UserFactory.create(username="sami", groups=["Reviewer"])


def _kinds(claim: Claim) -> list[tuple[str, str, str]]:
    return [
        (e.kind, e.from_value, e.to_value)
        for e in ReviewEvent.objects.filter(claim=claim).order_by("created_at", "id")
    ]


def test_one_reviewer_only_proposes_a_second_one_agreeing_applies_it(
    users: Users, second: User
) -> None:
    Subscription.objects.create(url="https://hooks.example.org/x", events=["claim.status_changed"])
    claim = ClaimFactory.create(status="in_review")
    claim_status_set(
        claim=claim, status="false", verdict="It was 12, not 25.", actor=users.reviewer
    )
    claim.refresh_from_db()
    assert claim.status == "in_review" and claim.verdict == ""
    assert (claim.proposed_status, claim.proposed_verdict) == ("false", "It was 12, not 25.")
    assert claim.proposed_by == users.reviewer and claim.proposed_at is not None
    assert not Delivery.objects.exists(), "a proposal is not a status change for editors"

    claim_status_set(claim=claim, status="false", actor=second, expected_revision=claim.revision)
    claim.refresh_from_db()
    assert (claim.status, claim.verdict, claim.proposed_status) == (
        "false",
        "It was 12, not 25.",
        "",
    )
    assert claim.proposed_by is None
    assert _kinds(claim) == [
        ("proposal", "", "false"),
        ("second_review", "false", "false"),
        ("status", "in_review", "false"),
        ("verdict", "", "It was 12, not 25."),
    ]
    assert Delivery.objects.filter(event="claim.status_changed").count() == 1


def test_the_proposer_cannot_be_their_own_second_reviewer(users: Users) -> None:
    claim = ClaimFactory.create()
    claim_status_set(
        claim=claim, status="corroborated", verdict="Two sources.", actor=users.reviewer
    )
    claim_status_set(
        claim=claim, status="corroborated", verdict="Two sources.", actor=users.reviewer
    )
    with pytest.raises(TransitionNotAllowed, match="second reviewer"):
        claim_proposal_confirm(claim=Claim.objects.get(pk=claim.pk), actor=users.reviewer)
    claim.refresh_from_db()
    assert claim.status == "unreviewed" and claim.proposed_status == "corroborated"
    # Changing one's own mind replaces the proposal.
    claim_status_set(claim=claim, status="disputed", verdict="One source.", actor=users.reviewer)
    claim.refresh_from_db()
    assert (claim.status, claim.proposed_status, claim.proposed_verdict) == (
        "unreviewed",
        "disputed",
        "One source.",
    )
    assert [k for k in _kinds(claim)] == [
        ("proposal", "", "corroborated"),
        ("proposal", "corroborated", "disputed"),
    ]


def test_disagreement_is_recorded_and_the_second_opinion_waits_for_a_third(
    users: Users, second: User
) -> None:
    third = UserFactory.create(username="tara", groups=["Reviewer"])
    claim = ClaimFactory.create()
    claim_status_set(
        claim=claim, status="corroborated", verdict="Two sources.", actor=users.reviewer
    )
    claim_status_set(claim=claim, status="false", verdict="The figure is 12.", actor=second)
    claim.refresh_from_db()
    assert claim.status == "unreviewed"
    assert (claim.proposed_status, claim.proposed_by) == ("false", second)
    claim_proposal_confirm(claim=claim, actor=third)
    claim.refresh_from_db()
    assert (claim.status, claim.verdict) == ("false", "The figure is 12.")
    assert agreement() == {"compared": 2, "agreed": 1, "rate": 0.5, "percent": 50}


def test_reopening_withdraws_the_proposal_and_the_system_is_not_bound(
    users: Users, second: User
) -> None:
    claim = ClaimFactory.create(status="in_review")
    claim_status_set(claim=claim, status="false", verdict="No.", actor=users.reviewer)
    claim_status_set(claim=claim, status="unreviewed", actor=second, note="needs more work")
    claim.refresh_from_db()
    assert (claim.status, claim.proposed_status) == ("unreviewed", "")
    assert ("proposal", "false", "") in _kinds(claim)
    with pytest.raises(ValueError, match="no proposed status"):
        claim_proposal_confirm(claim=claim, actor=second)
    claim_status_set(claim=claim, status="false", verdict="Loaded.", actor=None)
    claim.refresh_from_db()
    assert (claim.status, claim.verdict) == ("false", "Loaded.")


def test_accepting_the_suggestion_is_a_proposal_too(users: Users, second: User) -> None:
    claim = ClaimFactory.create(suggested_status="corroborated")
    claim_suggestion_accept(claim=claim, actor=users.reviewer, verdict="Reuters and AFP agree.")
    claim.refresh_from_db()
    assert (claim.status, claim.proposed_status) == ("unreviewed", "corroborated")
    claim_suggestion_accept(claim=claim, actor=second)
    claim.refresh_from_db()
    assert (claim.status, claim.verdict) == ("corroborated", "Reuters and AFP agree.")


def test_the_rule_off_applies_a_final_status_at_once(users: Users, settings: Any) -> None:
    settings.WORKBENCH_TWO_PERSON_RULE = False
    claim = ClaimFactory.create()
    claim_status_set(claim=claim, status="false", verdict="No.", actor=users.reviewer)
    claim.refresh_from_db()
    assert (claim.status, claim.proposed_status) == ("false", "")


def test_api_shows_the_proposal_and_a_second_reviewer_confirms_it(
    users: Users, second: User
) -> None:
    claim = ClaimFactory.create()
    mine, theirs = client_for(users.reviewer), client_for(second)
    url = f"/api/v1/claims/{claim.pk}/"
    answer = mine.post(
        url + "status/", {"status": "false", "verdict": "No.", "revision": 1}, format="json"
    )
    assert answer.status_code == 200, answer.content
    body = answer.json()
    assert body["status"] == "unreviewed"
    assert body["proposal"]["status"] == "false"
    assert body["proposal"]["verdict"] == "No."
    assert body["proposal"]["by"] == users.reviewer.username
    own = mine.post(url + "confirm-proposal/", {"revision": body["revision"]}, format="json")
    assert own.status_code == 403, own.content
    ok = theirs.post(url + "confirm-proposal/", {"revision": body["revision"]}, format="json")
    assert ok.status_code == 200, ok.content
    assert ok.json()["status"] == "false" and ok.json()["proposal"] is None
    nothing = theirs.post(
        url + "confirm-proposal/", {"revision": ok.json()["revision"]}, format="json"
    )
    assert nothing.status_code == 400
    editor = client_for(users.editor)
    assert editor.post(url + "confirm-proposal/", {"revision": 9}, format="json").status_code == 403
