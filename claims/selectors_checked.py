"""Claims a person has already ruled on that match a new claim ("already checked"). Reads only."""

from __future__ import annotations

from typing import Any

from django.urls import NoReverseMatch, reverse

from claims.models import Claim, ClaimStatus
from workbench.nlp.textnorm import content_terms

# Statuses that are a person's verdict on the claim.
VERDICTS = (
    ClaimStatus.CORROBORATED,
    ClaimStatus.DISPUTED,
    ClaimStatus.FALSE,
    ClaimStatus.UNVERIFIABLE,
)
MIN_SIMILARITY = 0.6  # share of the two claims' content terms in common (Dice coefficient)
SCAN_LIMIT = 5000  # the most recently updated reviewed claims compared


def _similarity(a: set[str], b: set[str]) -> float:
    return 2 * len(a & b) / (len(a) + len(b)) if a and b else 0.0


def checked_claims_matching(
    *, text: str, language: str | None = None, exclude_id: int | None = None, top: int = 3
) -> list[dict[str, Any]]:
    """Reviewed claims whose content terms overlap ``text`` by ``MIN_SIMILARITY`` or more.

    Each: ``{"claim_id", "text", "status", "verdict", "similarity", "link"}``, most similar
    first (ties: smaller id). ``link`` is the claim's admin page.
    """
    terms = set(content_terms(text, language))
    if not terms:
        return []
    reviewed = Claim.objects.filter(status__in=VERDICTS)
    if exclude_id is not None:
        reviewed = reviewed.exclude(pk=exclude_id)
    rows = reviewed.order_by("-updated_at", "-id").only("id", "text", "status", "verdict")[
        :SCAN_LIMIT
    ]
    found = []
    for claim in rows:
        score = round(_similarity(terms, set(content_terms(claim.text, language))), 4)
        if score >= MIN_SIMILARITY:
            found.append((score, claim))
    found.sort(key=lambda item: (-item[0], item[1].pk))
    out = []
    for score, claim in found[:top]:
        try:
            link = reverse("admin:claims_claim_change", args=[claim.pk])
        except NoReverseMatch:
            link = ""
        out.append(
            {
                "claim_id": claim.pk,
                "text": claim.text,
                "status": claim.status,
                "verdict": claim.verdict,
                "similarity": score,
                "link": link,
            }
        )
    return out
