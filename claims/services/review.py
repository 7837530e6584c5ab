"""Review decisions: every change writes an event row in the same transaction."""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.db import transaction

from claims.models import AttributionStatus, Claim, ClaimStatus, Quote, ReviewEvent

if TYPE_CHECKING:
    from django.contrib.auth.models import User


class StaleRevision(Exception):
    """The claim changed since the caller read it; the update was not applied."""


def claim_status_set(
    *,
    claim: Claim,
    status: str,
    actor: User | None,
    note: str = "",
    verdict: str | None = None,
    expected_revision: int | None = None,
) -> Claim:
    """Set a claim's review status (and optionally its written verdict), recording who did it.

    With `expected_revision`, a claim changed by someone else in the meantime is refused with
    StaleRevision and nothing is written.
    """
    if status not in ClaimStatus.values:
        raise ValueError(f"unknown claim status: {status!r}")
    with transaction.atomic():
        locked = Claim.objects.select_for_update().get(pk=claim.pk)
        if expected_revision is not None and locked.revision != expected_revision:
            raise StaleRevision(
                f"claim {locked.pk} is at revision {locked.revision}, not {expected_revision}"
            )
        who = actor if actor is not None and actor.is_authenticated else None
        if locked.status != status:
            ReviewEvent.objects.create(
                claim=locked,
                actor=who,
                kind=ReviewEvent.Kind.STATUS,
                field="status",
                from_value=locked.status,
                to_value=status,
                note=note,
            )
            locked.status = status
        if verdict is not None and verdict != locked.verdict:
            ReviewEvent.objects.create(
                claim=locked,
                actor=who,
                kind=ReviewEvent.Kind.VERDICT,
                field="verdict",
                from_value=locked.verdict,
                to_value=verdict,
                note=note,
            )
            locked.verdict = verdict
        locked.revision += 1
        locked.save()
    claim.refresh_from_db()
    return claim


def quote_status_set(*, quote: Quote, status: str, actor: User | None, note: str = "") -> Quote:
    """Set a quote's attribution status, recording who did it."""
    if status not in AttributionStatus.values:
        raise ValueError(f"unknown attribution status: {status!r}")
    with transaction.atomic():
        locked = Quote.objects.select_for_update().get(pk=quote.pk)
        if locked.attribution_status != status:
            who = actor if actor is not None and actor.is_authenticated else None
            ReviewEvent.objects.create(
                quote=locked,
                actor=who,
                kind=ReviewEvent.Kind.STATUS,
                field="attribution_status",
                from_value=locked.attribution_status,
                to_value=status,
                note=note,
            )
            locked.attribution_status = status
            locked.status_set_by = who
            locked.save()
    quote.refresh_from_db()
    return quote
