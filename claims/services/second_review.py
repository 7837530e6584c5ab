"""The two-person rule: a final verdict needs a second reviewer.

With `WORKBENCH_TWO_PERSON_RULE` on, a reviewer who gives a claim a final status (or rewrites the
verdict of a final status) only *proposes* it: the claim keeps its status and carries the
proposal (status, verdict, who, when). A different reviewer then either

- sets the same final status (or confirms the proposal): the status and verdict are applied, and
  a SECOND_REVIEW event records the agreement (from = proposed, to = chosen);
- sets another final status: a SECOND_REVIEW event records the disagreement and theirs becomes
  the proposal, waiting for someone else to agree with it.

The proposer changing their own proposal replaces it; a non-final status (back to in review)
withdraws it. The system itself (actor None: commands, data loading) is not bound by the rule.
Agreement between reviewers is computed from the SECOND_REVIEW events (claims.admin.dashboard).

These helpers run inside claims.services.review.claim_status_set's transaction, on the locked row.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.conf import settings
from django.utils import timezone

from claims.models import Claim, ReviewEvent

if TYPE_CHECKING:
    from django.contrib.auth.models import User


PROPOSAL_FIELDS = ("proposed_status", "proposed_verdict", "proposed_by", "proposed_at")


def rule_active() -> bool:
    return bool(getattr(settings, "WORKBENCH_TWO_PERSON_RULE", False))


def pending_verdict(claim: Claim, status: str) -> str | None:
    """The verdict a second reviewer agrees to when they give none: the proposal's."""
    if rule_active() and claim.proposed_status == status and claim.proposed_verdict:
        return claim.proposed_verdict
    return None


def is_second_reviewer(claim: Claim, actor: User) -> bool:
    return bool(claim.proposed_status) and claim.proposed_by_id != actor.pk


def _record_proposal(claim: Claim, status: str, verdict: str, actor: User, note: str) -> None:
    ReviewEvent.objects.create(
        claim=claim,
        actor=actor,
        kind=ReviewEvent.Kind.PROPOSAL,
        field="proposed_status",
        from_value=claim.proposed_status,
        to_value=status,
        note=note or verdict,
    )
    claim.proposed_status = status
    claim.proposed_verdict = verdict
    claim.proposed_by = actor
    claim.proposed_at = timezone.now()


def propose(claim: Claim, status: str, verdict: str, actor: User, note: str) -> bool:
    """Handle a final status under the rule. True when it is a second reviewer's agreement and
    the caller must now apply the status; False when it was recorded as a proposal (saved here).
    """
    if is_second_reviewer(claim, actor):
        agreed = claim.proposed_status == status
        ReviewEvent.objects.create(
            claim=claim,
            actor=actor,
            kind=ReviewEvent.Kind.SECOND_REVIEW,
            field="agreement",
            from_value=claim.proposed_status,
            to_value=status,
            note=("agrees with %s" if agreed else "disagrees with %s")
            % (claim.proposed_by.get_username() if claim.proposed_by else "a former reviewer"),
        )
        if agreed:
            clear(claim)
            return True
        if claim.status == status and claim.verdict == verdict:
            # They disagree with the proposal in favour of the claim as it stands: nothing to
            # propose any more.
            withdraw(claim, actor, note)
            return False
    elif (claim.proposed_status, claim.proposed_verdict) == (status, verdict):
        return False  # the proposer said the same again
    _record_proposal(claim, status, verdict, actor, note)
    claim.revision += 1
    claim.save(update_fields=[*PROPOSAL_FIELDS, "revision", "updated_at"])
    return False


def withdraw(claim: Claim, actor: User | None, note: str) -> None:
    """A non-final status reopens the claim: the pending proposal is dropped (and recorded)."""
    if not claim.proposed_status:
        return
    ReviewEvent.objects.create(
        claim=claim,
        actor=actor,
        kind=ReviewEvent.Kind.PROPOSAL,
        field="proposed_status",
        from_value=claim.proposed_status,
        to_value="",
        note=note or "proposal withdrawn",
    )
    clear(claim)
    claim.revision += 1
    claim.save(update_fields=[*PROPOSAL_FIELDS, "revision", "updated_at"])


def clear(claim: Claim) -> None:
    claim.proposed_status = ""
    claim.proposed_verdict = ""
    claim.proposed_by = None
    claim.proposed_at = None
