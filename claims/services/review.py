"""Review decisions: who may make them, and an event row for every change in the same transaction.

Rules (the admin, the API, tasks and commands all go through these functions):
- Only reviewers (members of the "Reviewer" group) and superusers change a claim's status,
  verdict or assignee, or a quote's attribution status. Editors, other users and anonymous
  actors are refused with TransitionNotAllowed and nothing is written. `actor=None` is the
  system itself (management commands, data loading) and is allowed.
- A reviewer may move a claim between any two statuses, but a final status (corroborated,
  disputed, false, unverifiable, not_checkworthy) needs a written verdict: passed with the
  change or already on the claim. Clearing the verdict of a claim in a final status is refused
  the same way (VerdictRequired, a TransitionNotAllowed).
- Claims are assigned to reviewers (or superusers) only.
- `expected_revision` gives optimistic concurrency: a claim changed since the caller read it is
  refused with StaleRevision and nothing is written. Every applied change increments
  `Claim.revision`.
- With WORKBENCH_TWO_PERSON_RULE on, a reviewer's final status is a proposal until a second
  reviewer agrees with it (claims.services.second_review).
- A status change emits the webhook event "claim.status_changed"; deliveries are recorded in the
  same transaction and sent after commit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils import timezone

from claims.models import AttributionStatus, Claim, ClaimStatus, Quote, ReviewEvent
from claims.services import second_review
from webhooks.services import webhook_emit

if TYPE_CHECKING:
    from django.contrib.auth.models import AbstractBaseUser, AnonymousUser, User

REVIEWER_GROUP = "Reviewer"
EDITOR_GROUP = "Editor"
FINAL_STATUSES = frozenset(
    {
        ClaimStatus.CORROBORATED,
        ClaimStatus.DISPUTED,
        ClaimStatus.FALSE,
        ClaimStatus.UNVERIFIABLE,
        ClaimStatus.NOT_CHECKWORTHY,
    }
)


class StaleRevision(Exception):
    """The claim changed since the caller read it; the update was not applied."""


class TransitionNotAllowed(PermissionDenied):
    """The actor may not make this change; nothing was written."""


class VerdictRequired(TransitionNotAllowed):
    """A final status needs a written verdict; nothing was written."""


def user_in_group(user: AbstractBaseUser | AnonymousUser | None, group: str) -> bool:
    if user is None or not user.is_authenticated or not user.is_active:
        return False
    if getattr(user, "is_superuser", False):
        return True
    # Cached on the user object so that one request asks the database once.
    cache: dict[str, bool] = user.__dict__.setdefault("_workbench_groups", {})
    if group not in cache:
        cache[group] = user.groups.filter(name=group).exists()  # type: ignore[attr-defined]
    return cache[group]


def user_can_review(user: AbstractBaseUser | AnonymousUser | None) -> bool:
    """Superusers and members of the Reviewer group."""
    return user_in_group(user, REVIEWER_GROUP)


def _check_reviewer(actor: User | None, what: str) -> User | None:
    """The actor to record on the event (None for the system); refuses non-reviewers."""
    if actor is None:
        return None
    if not user_can_review(actor):
        name = actor.get_username() if actor.is_authenticated else "an anonymous user"
        raise TransitionNotAllowed(f"{name} may not {what}: only reviewers can")
    return actor


def _lock(claim: Claim, expected_revision: int | None) -> Claim:
    locked = Claim.objects.select_for_update().get(pk=claim.pk)
    if expected_revision is not None and locked.revision != expected_revision:
        raise StaleRevision(
            f"claim {locked.pk} is at revision {locked.revision}, not {expected_revision}: "
            "it changed since you read it; read it again and retry"
        )
    return locked


def _status_payload(claim: Claim, previous: str, actor: User | None, note: str) -> dict[str, Any]:
    return {
        "claim": {
            "id": str(claim.pk),
            "article": str(claim.article_id),
            "text": claim.text,
            "status": claim.status,
            "previous_status": previous,
            "suggested_status": claim.suggested_status or None,
            "verdict": claim.verdict,
            "revision": claim.revision,
        },
        "actor": actor.get_username() if actor is not None else None,
        "note": note,
        "changed_at": timezone.now().isoformat(),
    }


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

    Raises TransitionNotAllowed (actor is no reviewer), VerdictRequired (final status without a
    verdict), StaleRevision (`expected_revision` is not the current one) or ValueError (unknown
    status); in every case nothing is written and nothing is queued.
    """
    if status not in ClaimStatus.values:
        raise ValueError(f"unknown claim status: {status!r}")
    who = _check_reviewer(actor, "change a claim's status")
    with transaction.atomic():
        locked = _lock(claim, expected_revision)
        if verdict is not None and verdict.strip():
            new_verdict = verdict.strip()
        elif verdict is None:
            new_verdict = second_review.pending_verdict(locked, status) or locked.verdict
        else:
            new_verdict = ""
        touched = locked.status != status or locked.verdict != new_verdict
        if touched and status in FINAL_STATUSES and not new_verdict:
            raise VerdictRequired(
                f"the status {status!r} is final and needs a written verdict explaining it"
            )
        if who is not None and second_review.rule_active():
            if status not in FINAL_STATUSES:
                second_review.withdraw(locked, who, note)
            elif (
                touched or second_review.is_second_reviewer(locked, who)
            ) and not second_review.propose(locked, status, new_verdict, who, note):
                claim.refresh_from_db()
                return claim
        previous = locked.status
        changed = False
        if previous != status:
            ReviewEvent.objects.create(
                claim=locked,
                actor=who,
                kind=ReviewEvent.Kind.STATUS,
                field="status",
                from_value=previous,
                to_value=status,
                note=note,
            )
            locked.status = status
            changed = True
        if new_verdict != locked.verdict:
            ReviewEvent.objects.create(
                claim=locked,
                actor=who,
                kind=ReviewEvent.Kind.VERDICT,
                field="verdict",
                from_value=locked.verdict,
                to_value=new_verdict,
                note=note,
            )
            locked.verdict = new_verdict
            changed = True
        if changed:
            locked.revision += 1
        locked.save(
            update_fields=[
                "status",
                "verdict",
                "revision",
                "updated_at",
                *second_review.PROPOSAL_FIELDS,
            ]
        )
        if previous != status:
            webhook_emit(
                event="claim.status_changed",
                payload=_status_payload(locked, previous, who, note),
            )
    claim.refresh_from_db()
    return claim


def claim_assign(
    *,
    claim: Claim,
    assignee: AbstractBaseUser | AnonymousUser | None,
    actor: User | None,
    note: str = "",
    expected_revision: int | None = None,
) -> Claim:
    """Assign the claim to a reviewer (or unassign it with None), recording who did it.

    Raises TransitionNotAllowed (actor is no reviewer), ValueError (the assignee cannot review)
    or StaleRevision; nothing is written then.
    """
    who = _check_reviewer(actor, "assign a claim")
    if assignee is not None and not user_can_review(assignee):
        raise ValueError(f"{assignee.get_username()} is not a reviewer and cannot be assigned")
    with transaction.atomic():
        locked = _lock(claim, expected_revision)
        new_id = assignee.pk if assignee is not None else None
        if locked.assignee_id != new_id:
            previous = locked.assignee.get_username() if locked.assignee is not None else ""
            ReviewEvent.objects.create(
                claim=locked,
                actor=who,
                kind=ReviewEvent.Kind.ASSIGNMENT,
                field="assignee",
                from_value=previous,
                to_value=assignee.get_username() if assignee is not None else "",
                note=note,
            )
            locked.assignee = assignee  # type: ignore[assignment]
            locked.revision += 1
            locked.save(update_fields=["assignee", "revision", "updated_at"])
    claim.refresh_from_db()
    return claim


def claim_suggestion_accept(
    *,
    claim: Claim,
    actor: User | None,
    note: str = "",
    verdict: str | None = None,
    expected_revision: int | None = None,
) -> Claim:
    """Make the machine's suggested status the claim's status (same rules as claim_status_set).

    Raises ValueError when there is no suggestion to accept.
    """
    if not claim.suggested_status:
        raise ValueError(f"claim {claim.pk} has no suggested status to accept")
    return claim_status_set(
        claim=claim,
        status=claim.suggested_status,
        actor=actor,
        note=note or "accepted the suggested status",
        verdict=verdict,
        expected_revision=expected_revision,
    )


def claim_proposal_confirm(
    *,
    claim: Claim,
    actor: User | None,
    note: str = "",
    verdict: str | None = None,
    expected_revision: int | None = None,
) -> Claim:
    """Agree, as the second reviewer, with the final status another reviewer proposed
    (the two-person rule); the proposal's verdict is kept unless a new one is given.

    Raises ValueError (nothing is proposed) or TransitionNotAllowed (the actor made the proposal:
    the rule needs somebody else); nothing is written then.
    """
    if not claim.proposed_status:
        raise ValueError(f"claim {claim.pk} has no proposed status waiting for a second review")
    if actor is not None and claim.proposed_by_id == actor.pk:
        raise TransitionNotAllowed(
            "you proposed this status yourself: a second reviewer has to confirm it"
        )
    return claim_status_set(
        claim=claim,
        status=claim.proposed_status,
        actor=actor,
        note=note or "confirmed the proposed status",
        verdict=verdict,
        expected_revision=expected_revision,
    )


def quote_status_set(*, quote: Quote, status: str, actor: User | None, note: str = "") -> Quote:
    """Set a quote's attribution status, recording who did it (reviewers only)."""
    if status not in AttributionStatus.values:
        raise ValueError(f"unknown attribution status: {status!r}")
    who = _check_reviewer(actor, "change a quote's attribution status")
    with transaction.atomic():
        locked = Quote.objects.select_for_update().get(pk=quote.pk)
        if locked.attribution_status != status:
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
