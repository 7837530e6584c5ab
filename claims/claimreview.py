"""schema.org ClaimReview JSON-LD for a reviewed claim (https://schema.org/ClaimReview)."""

from __future__ import annotations

from datetime import datetime
from typing import Any, cast

from django.conf import settings

from claims.models import Attribution, Claim, SpeakerType


class NotReviewed(ValueError):
    """The claim's status has no rating in WORKBENCH_CLAIMREVIEW_RATINGS: there is no review."""


def reviewed_statuses() -> list[str]:
    return list(settings.WORKBENCH_CLAIMREVIEW_RATINGS)


def _date(value: datetime | None) -> str | None:
    return value.date().isoformat() if value is not None else None


def _claim_author(claim: Claim) -> dict[str, Any] | None:
    if claim.speaker is not None:
        kind = (
            "Organization"
            if claim.speaker.type in (SpeakerType.ORGANIZATION, SpeakerType.GROUP)
            else "Person"
        )
        return {"@type": kind, "name": claim.speaker.name}
    if claim.attribution == Attribution.OUTLET and claim.article.publisher:
        return {"@type": "Organization", "name": claim.article.publisher}
    return None


def claim_review(*, claim: Claim, url: str, reviewed_at: datetime | None = None) -> dict[str, Any]:
    """The ClaimReview of `claim`, published at `url` (the claim in the API).

    `reviewed_at` is when the status was set (defaults to the claim's last change). Needs
    `claim.article` and `claim.speaker` (select_related them for many claims). Raises NotReviewed
    for a status without a rating (unreviewed, in_review, …).
    """
    ratings = cast(dict[str, dict[str, Any]], settings.WORKBENCH_CLAIMREVIEW_RATINGS)
    if claim.status not in ratings:
        raise NotReviewed(f"claim {claim.pk} has the status {claim.status!r}, which is no review")
    article = claim.article
    appearance: dict[str, Any] = {"@type": "NewsArticle"}
    if article.url:
        appearance["url"] = article.url
    if article.title:
        appearance["headline"] = article.title
    if article.published_at is not None:
        appearance["datePublished"] = _date(article.published_at)
    item: dict[str, Any] = {"@type": "Claim", "appearance": appearance}
    author = _claim_author(claim)
    if author is not None:
        item["author"] = author
    if article.published_at is not None:
        item["datePublished"] = _date(article.published_at)
    organization: dict[str, Any] = {
        "@type": "Organization",
        "name": settings.WORKBENCH_ORGANIZATION_NAME,
    }
    if settings.WORKBENCH_ORGANIZATION_URL:
        organization["url"] = settings.WORKBENCH_ORGANIZATION_URL
    review: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "url": url,
        "claimReviewed": claim.text,
        "itemReviewed": item,
        "author": organization,
        "reviewRating": {"@type": "Rating", **ratings[claim.status]},
        "datePublished": _date(reviewed_at or claim.updated_at),
    }
    if claim.verdict:
        review["reviewBody"] = claim.verdict
    if article.language:
        review["inLanguage"] = article.language
    return review
