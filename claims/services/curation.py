"""What reviewers add by hand beside corrections: evidence they found, notes, merged speakers,
and a new search of the sources. Each is an event in the same transaction as the change."""

from __future__ import annotations

import hashlib
import logging
from typing import TYPE_CHECKING, Any

from django.db import transaction

from claims.models import (
    Claim,
    CorroborationState,
    Evidence,
    Origin,
    Quote,
    ReviewEvent,
    Speaker,
    Stance,
)
from claims.services.corrections import (
    CorrectionError,
    _enqueue_claim,
    _enqueue_quote,
    _lock_claim,
    _lock_quote,
    _who,
)

if TYPE_CHECKING:
    from django.contrib.auth.models import AbstractBaseUser, AnonymousUser

    Actor = AbstractBaseUser | AnonymousUser | None

logger = logging.getLogger(__name__)


def passage_hash(passage: str) -> str:
    """The same hash as corroboration's, so a passage is attached once per target and source."""
    return hashlib.sha256(passage.encode("utf-8")).hexdigest()


def evidence_attach(
    *,
    source: Any,
    passage: str,
    actor: Actor,
    claim: Claim | None = None,
    quote: Quote | None = None,
    stance: str = Stance.SUPPORTS,
    score: float = 1.0,
    passage_start: int | None = None,
    passage_end: int | None = None,
    note: str = "",
) -> Evidence:
    """Attach evidence found by hand (origin person); re-corroboration never drops it."""
    if (claim is None) == (quote is None):
        raise CorrectionError("evidence bears on exactly one claim or one quote")
    if stance not in Stance.values:
        raise CorrectionError(f"unknown stance: {stance!r}")
    if not passage.strip():
        raise CorrectionError("the passage is empty")
    target: dict[str, Any] = {"claim": claim} if claim is not None else {"quote": quote}
    digest = passage_hash(passage)
    with transaction.atomic():
        if Evidence.objects.filter(**target, source=source, passage_hash=digest).exists():
            raise CorrectionError("this passage of this source is already attached")
        evidence = Evidence.objects.create(
            **target,
            source=source,
            passage=passage,
            passage_start=passage_start,
            passage_end=passage_end,
            passage_hash=digest,
            score=score,
            stance=stance,
            origin=Origin.PERSON,
            added_by=_who(actor),
        )
        ReviewEvent.objects.create(
            **target,
            actor=_who(actor),
            kind=ReviewEvent.Kind.EVIDENCE,
            field="evidence",
            to_value=f"source {source.external_id}",
            note=note or passage[:200],
        )
    return evidence


def speaker_merge(*, source: Speaker, target: Speaker, actor: Actor, note: str = "") -> Speaker:
    """Merge `source` into `target`: its quotes and claims move, its names become aliases.

    `source.merged_into` points at `target`, so the extraction resolves the old name to `target`
    from now on. Every moved quote and claim gets an event.
    """
    if source.pk == target.pk:
        raise CorrectionError("a speaker cannot be merged into itself")
    with transaction.atomic():
        ids = sorted([source.pk, target.pk])
        locked = {s.pk: s for s in Speaker.objects.select_for_update().filter(pk__in=ids)}
        old, new = locked[source.pk], locked[target.pk]
        if new.merged_into_id is not None:
            raise CorrectionError(f"{new} was itself merged into another speaker")
        who = _who(actor)
        events = [
            ReviewEvent(
                **{f"{model._meta.model_name}_id": pk},
                actor=who,
                kind=ReviewEvent.Kind.CORRECTION,
                field="speaker",
                from_value=old.name,
                to_value=new.name,
                note=note or "speakers merged",
            )
            for model in (Quote, Claim)
            for pk in model.objects.filter(speaker=old).values_list("pk", flat=True)
        ]
        ReviewEvent.objects.bulk_create(events)
        Quote.objects.filter(speaker=old).update(speaker=new)
        Claim.objects.filter(speaker=old).update(speaker=new)
        Speaker.objects.filter(merged_into=old).update(merged_into=new)
        aliases = list(new.aliases)
        for alias in [old.name, *old.aliases]:
            if alias and alias != new.name and alias not in aliases:
                aliases.append(alias)
        new.aliases = aliases
        new.corrected = True
        new.save()
        old.merged_into = new
        old.corrected = True
        old.save()
    logger.info("speaker %s merged into %s (%s items)", old.pk, new.pk, len(events))
    target.refresh_from_db()
    source.refresh_from_db()
    return target


def claim_note_add(*, claim: Claim, actor: Actor, note: str) -> ReviewEvent:
    """A reviewer's note on a claim, kept in its history."""
    note = note.strip()
    if not note:
        raise CorrectionError("the note is empty")
    return ReviewEvent.objects.create(
        claim=claim, actor=_who(actor), kind=ReviewEvent.Kind.NOTE, note=note
    )


def _corroboration_requeue(item: Claim | Quote, actor: Actor, note: str) -> None:
    """Pending now, with the event; the job is sent after commit."""
    is_claim = isinstance(item, Claim)
    with transaction.atomic():
        locked: Claim | Quote = _lock_claim(item) if is_claim else _lock_quote(item)  # type: ignore[arg-type]
        ReviewEvent.objects.create(
            **({"claim": locked} if is_claim else {"quote": locked}),
            actor=_who(actor),
            kind=ReviewEvent.Kind.REQUEUE,
            field="corroboration_state",
            from_value=locked.corroboration_state,
            to_value=CorroborationState.PENDING,
            note=note,
        )
        type(locked).objects.filter(pk=locked.pk).update(
            corroboration_state=CorroborationState.PENDING, corroboration_error=""
        )
        (_enqueue_claim if is_claim else _enqueue_quote)(locked.pk)
    item.refresh_from_db()


def claim_corroboration_requeue(*, claim: Claim, actor: Actor, note: str = "") -> None:
    """Search the sources again for this claim: pending now, the job is sent after commit."""
    _corroboration_requeue(claim, actor, note)


def quote_corroboration_requeue(*, quote: Quote, actor: Actor, note: str = "") -> None:
    """Search the sources again for this quote: pending now, the job is sent after commit."""
    _corroboration_requeue(quote, actor, note)
