"""The role matrix: every endpoint for anonymous, no role, editor, reviewer and admin.

A denied write changes nothing and queues nothing (no row, no event, no delivery, no job).
"""

from __future__ import annotations

from typing import Any

import pytest
from django.test import override_settings

from claims.models import Article, Claim, ClaimStatus, Quote, ReviewEvent
from tests.api.conftest import ROLES, Users, bundle, client_for
from webhooks.models import Delivery, Subscription

pytestmark = pytest.mark.django_db

READ_ALL = {"anonymous": 401, "nobody": 403, "editor": 200, "reviewer": 200, "admin": 200}
REVIEW = {"anonymous": 401, "nobody": 403, "editor": 403, "reviewer": 200, "admin": 200}
SUBMIT = {"anonymous": 401, "nobody": 403, "editor": 202, "reviewer": 202, "admin": 202}


def _reads(claim: Claim) -> list[str]:
    quote = claim.quote
    assert quote is not None and claim.speaker is not None
    source_id = claim.evidence.get().source_id
    return [
        "/api/v1/articles/",
        f"/api/v1/articles/{claim.article_id}/",
        "/api/v1/claims/",
        f"/api/v1/claims/{claim.pk}/",
        f"/api/v1/claims/{claim.pk}/claimreview/",
        "/api/v1/claimreviews/",
        "/api/v1/quotes/",
        f"/api/v1/quotes/{quote.pk}/",
        "/api/v1/speakers/",
        f"/api/v1/speakers/{claim.speaker_id}/",
        f"/api/v1/speakers/{claim.speaker_id}/quotes/",
        "/api/v1/sources/",
        f"/api/v1/sources/{source_id}/",
    ]


def test_every_read_endpoint_answers_each_role_as_the_matrix_says(users: Users) -> None:
    claim = bundle()
    Claim.objects.filter(pk=claim.pk).update(status=ClaimStatus.FALSE, verdict="Wrong figure.")
    statuses = {
        (path, role): client_for(users.get(role)).get(path).status_code
        for path in _reads(claim)
        for role in ROLES
    }
    assert statuses == {(path, role): READ_ALL[role] for path in _reads(claim) for role in ROLES}


def test_anonymous_gets_401_with_a_token_challenge_and_a_json_message(users: Users) -> None:
    response = client_for(None).get("/api/v1/claims/")
    assert response.status_code == 401
    assert response["WWW-Authenticate"] == "Token"
    assert response.json() == {
        "detail": "Authentication credentials were not provided.",
        "code": "not_authenticated",
    }


def test_schema_and_docs_are_public(users: Users) -> None:
    for role in ROLES:
        client = client_for(users.get(role))
        assert client.get("/api/v1/schema/").status_code == 200
        assert client.get("/api/v1/docs/").status_code == 200


def _snapshot(claim: Claim) -> dict[str, Any]:
    assert claim.quote_id is not None
    quote = Quote.objects.get(pk=claim.quote_id)
    fresh = Claim.objects.get(pk=claim.pk)
    return {
        "claim": (fresh.status, fresh.verdict, fresh.revision, fresh.assignee_id),
        "quote": quote.attribution_status,
        "events": ReviewEvent.objects.count(),
        "deliveries": Delivery.objects.count(),
        "articles": Article.objects.count(),
    }


def _writes(claim: Claim, users: Users) -> list[tuple[str, dict[str, Any], dict[str, int]]]:
    return [
        (
            f"/api/v1/claims/{claim.pk}/status/",
            {"status": "false", "verdict": "Wrong figure.", "revision": 1},
            REVIEW,
        ),
        (
            f"/api/v1/claims/{claim.pk}/assign/",
            {"assignee": users.reviewer.username, "revision": 1},
            REVIEW,
        ),
        (
            f"/api/v1/claims/{claim.pk}/accept-suggestion/",
            {"verdict": "The wire says the same.", "revision": 1},
            REVIEW,
        ),
        (f"/api/v1/quotes/{claim.quote_id}/status/", {"attribution_status": "confirmed"}, REVIEW),
        (
            "/api/v1/articles/",
            {"text": "Le ministre a annoncé 300 départs.", "language": "fr"},
            SUBMIT,
        ),
    ]


@pytest.mark.parametrize("index", range(5))
@pytest.mark.parametrize("role", ROLES)
@override_settings(WORKBENCH_WEBHOOK_ALLOWED_HOSTS=["127.0.0.1"])
def test_every_write_endpoint_answers_each_role_and_a_denied_write_changes_and_queues_nothing(
    users: Users, role: str, index: int, django_capture_on_commit_callbacks: Any
) -> None:
    Subscription.objects.create(
        url="http://127.0.0.1:9/hook", events=["claim.status_changed", "article.processed"]
    )
    claim = bundle()
    Claim.objects.filter(pk=claim.pk).update(suggested_status=ClaimStatus.CORROBORATED)
    path, body, expected = _writes(claim, users)[index]
    before = _snapshot(claim)

    with django_capture_on_commit_callbacks() as queued:
        response = client_for(users.get(role)).post(path, body, format="json")

    assert response.status_code == expected[role], response.content
    assert set(response.json()) >= {"id"} if response.status_code < 300 else True
    if response.status_code >= 400:
        assert set(response.json()) == {"detail", "code"}
        assert _snapshot(claim) == before
        assert queued == []
    else:
        assert _snapshot(claim) != before
