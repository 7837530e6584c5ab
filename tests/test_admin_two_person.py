"""The two-person rule in the admin: one reviewer proposes, a second one confirms or disagrees."""

from __future__ import annotations

from typing import Any

import pytest
from django.urls import reverse

from claims.models import Claim, ClaimStatus, ReviewEvent
from tests.factories import ClaimFactory, UserFactory
from tests.test_admin import _claim_form, _client, _url

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _rule_on(settings: Any) -> None:
    settings.WORKBENCH_TWO_PERSON_RULE = True


def test_a_proposal_from_the_form_waits_for_a_second_reviewer_who_confirms_it() -> None:
    first = UserFactory.create(username="rita", groups=["Reviewer"])
    second = UserFactory.create(username="sami", groups=["Reviewer"])
    claim = ClaimFactory.create()
    mine = _client(first)
    response = mine.post(
        _url(Claim, "change", claim.pk),
        _claim_form(status=ClaimStatus.FALSE, verdict="Le chiffre est 12.", seen_revision=1),
        follow=True,
    )
    assert response.status_code == 200
    shown = [str(m) for m in response.context["messages"]]
    assert any("recorded as a proposal" in m for m in shown), shown
    claim.refresh_from_db()
    assert (claim.status, claim.proposed_status, claim.proposed_by) == (
        ClaimStatus.UNREVIEWED,
        ClaimStatus.FALSE,
        first,
    )

    # The proposer sees the proposal but no confirm button; the second reviewer sees both.
    page = mine.get(_url(Claim, "change", claim.pk)).content.decode()
    assert "Waiting for a second reviewer" in page and "Confirm this status" not in page
    theirs = _client(second)
    page = theirs.get(_url(Claim, "change", claim.pk)).content.decode()
    assert "Le chiffre est 12." in page and "Confirm this status" in page
    waiting = theirs.get(_url(Claim, "changelist") + "?second=waiting")
    assert [c.pk for c in waiting.context["cl"].result_list] == [claim.pk]
    assert mine.get(_url(Claim, "changelist") + "?second=waiting").context["cl"].result_count == 0

    own = mine.post(
        reverse("admin:claims_claim_confirm", args=[claim.pk]), {"revision": claim.revision}
    )
    assert own.status_code == 302
    assert Claim.objects.get(pk=claim.pk).status == ClaimStatus.UNREVIEWED

    done = theirs.post(
        reverse("admin:claims_claim_confirm", args=[claim.pk]), {"revision": claim.revision}
    )
    assert done.status_code == 302
    claim.refresh_from_db()
    assert (claim.status, claim.verdict, claim.proposed_status) == (
        ClaimStatus.FALSE,
        "Le chiffre est 12.",
        "",
    )
    review = ReviewEvent.objects.get(claim=claim, kind=ReviewEvent.Kind.SECOND_REVIEW)
    assert (review.actor, review.from_value, review.to_value) == (second, "false", "false")


def test_an_editor_cannot_confirm() -> None:
    first = UserFactory.create(username="rita", groups=["Reviewer"])
    editor = UserFactory.create(username="eddie", groups=["Editor"])
    claim = ClaimFactory.create(
        proposed_status=ClaimStatus.FALSE, proposed_verdict="Non.", proposed_by=first
    )
    response = _client(editor).post(
        reverse("admin:claims_claim_confirm", args=[claim.pk]), {"revision": claim.revision}
    )
    assert response.status_code == 403
    claim.refresh_from_db()
    assert (claim.status, claim.proposed_status) == (ClaimStatus.UNREVIEWED, ClaimStatus.FALSE)
