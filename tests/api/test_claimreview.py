"""ClaimReview JSON-LD: exact output for a reviewed claim, and the bulk export."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from django.test import override_settings

from claims.models import ReviewEvent
from claims.services import claim_status_set
from tests.api.conftest import Users, client_for
from tests.factories import ArticleFactory, ClaimFactory, SpeakerFactory

pytestmark = pytest.mark.django_db


@override_settings(
    WORKBENCH_ORGANIZATION_NAME="Desk", WORKBENCH_ORGANIZATION_URL="https://desk.example"
)
def test_claimreview_is_exact(users: Users) -> None:
    article = ArticleFactory.create(
        url="https://news.example.org/qaem",
        title="La base de Qaëm remise",
        published_at=datetime(2020, 3, 18, 9, 30, tzinfo=UTC),
        language="fr",
    )
    speaker = SpeakerFactory.create(name="Ahmad al-Sahhaf", type="person")
    claim = ClaimFactory.create(
        article=article, speaker=speaker, attribution="speaker", text="25 combattants tués."
    )
    claim_status_set(
        claim=claim, status="false", verdict="Les sources donnent 12.", actor=users.reviewer
    )
    reviewed = ReviewEvent.objects.get(claim=claim, field="status").created_at.date().isoformat()

    response = client_for(users.editor).get(f"/api/v1/claims/{claim.pk}/claimreview/")

    assert response.status_code == 200
    assert response.json() == {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "url": f"http://testserver/api/v1/claims/{claim.pk}/",
        "claimReviewed": "25 combattants tués.",
        "itemReviewed": {
            "@type": "Claim",
            "author": {"@type": "Person", "name": "Ahmad al-Sahhaf"},
            "appearance": {
                "@type": "NewsArticle",
                "url": "https://news.example.org/qaem",
                "headline": "La base de Qaëm remise",
                "datePublished": "2020-03-18",
            },
            "datePublished": "2020-03-18",
        },
        "author": {"@type": "Organization", "name": "Desk", "url": "https://desk.example"},
        "reviewRating": {
            "@type": "Rating",
            "ratingValue": 1,
            "alternateName": "False",
            "bestRating": 5,
            "worstRating": 1,
        },
        "reviewBody": "Les sources donnent 12.",
        "datePublished": reviewed,
        "inLanguage": "fr",
    }
    export = client_for(users.editor).get("/api/v1/claimreviews/").json()
    assert export["count"] == 1
    assert export["results"] == [response.json()]


def test_an_unreviewed_claim_has_no_claimreview(users: Users) -> None:
    claim = ClaimFactory.create()
    response = client_for(users.editor).get(f"/api/v1/claims/{claim.pk}/claimreview/")
    assert response.status_code == 404
    assert response.json() == {
        "detail": f"claim {claim.pk} has the status 'unreviewed', which is no review",
        "code": "not_found",
    }
    assert client_for(users.editor).get("/api/v1/claimreviews/").json()["count"] == 0


def test_the_rating_map_is_configurable(users: Users) -> None:
    claim = ClaimFactory.create(status="disputed", verdict="Two sources disagree.")
    ratings = {
        "disputed": {
            "ratingValue": 2,
            "alternateName": "Misleading",
            "bestRating": 4,
            "worstRating": 1,
        }
    }
    with override_settings(WORKBENCH_CLAIMREVIEW_RATINGS=ratings):
        body = client_for(users.editor).get(f"/api/v1/claims/{claim.pk}/claimreview/").json()
    assert body["reviewRating"] == {"@type": "Rating", **ratings["disputed"]}
    assert body["itemReviewed"]["author"] == {"@type": "Organization", "name": "Demo"}
