"""A reviewer's corrections of what the machine found: every one is an event and survives
re-processing.

Each service writes the change and its ReviewEvent rows in one transaction and marks the row
`corrected=True` (or `origin="person"` for what a person added), which `extraction_persist`
leaves alone (see `claims.services.extraction._touched`). Status and assignment are not here:
they belong to `claims.services.review`.
"""

from __future__ import annotations

import logging
import uuid
from typing import TYPE_CHECKING, Any

from django.db import transaction

from claims.models import (
    Article,
    Claim,
    CorroborationState,
    Evidence,
    Origin,
    Quote,
    QuoteKind,
    ReviewEvent,
    Speaker,
)
from claims.services.articles import _enqueue_corroboration

if TYPE_CHECKING:
    from django.contrib.auth.models import AbstractBaseUser, AnonymousUser

    Actor = AbstractBaseUser | AnonymousUser | None

logger = logging.getLogger(__name__)


class CorrectionError(ValueError):
    """The correction does not fit the text (an offset out of range, two different articles…)."""


def _who(actor: Any) -> Any:
    return actor if actor is not None and actor.is_authenticated else None


def _event(
    item: Claim | Quote, actor: Any, field: str, old: object, new: object, note: str = ""
) -> ReviewEvent:
    target = {"claim": item} if isinstance(item, Claim) else {"quote": item}
    return ReviewEvent.objects.create(
        **target,
        actor=_who(actor),
        kind=ReviewEvent.Kind.CORRECTION,
        field=field,
        from_value="" if old is None else str(old),
        to_value="" if new is None else str(new),
        note=note,
    )


def _lock_claim(claim: Claim) -> Claim:
    return Claim.objects.select_for_update().select_related("article").get(pk=claim.pk)


def _lock_quote(quote: Quote) -> Quote:
    return Quote.objects.select_for_update().select_related("article").get(pk=quote.pk)


def _check_span(article: Article, start: int, end: int) -> None:
    if not (0 <= start < end <= len(article.body)):
        raise CorrectionError(
            f"span {start}–{end} is not inside the article's text (0–{len(article.body)})"
        )


def _person_fingerprint(kind: str) -> str:
    # A person's row never collides with a machine fingerprint (those are hex digests).
    return f"person:{kind}:{uuid.uuid4().hex}"


def _enqueue_claim(pk: int) -> None:
    _enqueue_corroboration([pk], [])


def _enqueue_quote(pk: int) -> None:
    _enqueue_corroboration([], [pk])


def _span(start: int, end: int) -> str:
    return f"{start}–{end}"


# --- Spans, speakers, kinds ---------------------------------------------------------------------


def claim_span_fix(*, claim: Claim, start: int, end: int, actor: Actor, note: str = "") -> Claim:
    """Move a claim's span; its text becomes the article's text at the new offsets."""
    with transaction.atomic():
        locked = _lock_claim(claim)
        _check_span(locked.article, start, end)
        if (locked.start, locked.end) != (start, end):
            _event(locked, actor, "span", _span(locked.start, locked.end), _span(start, end), note)
            locked.start, locked.end = start, end
            locked.text = locked.article.body[start:end]
            locked.corrected = True
            locked.revision += 1
            locked.save()
    claim.refresh_from_db()
    return claim


def quote_span_fix(
    *, quote: Quote, spans: list[tuple[int, int]], actor: Actor, note: str = ""
) -> Quote:
    """Replace a quote's spans; its text becomes the quoted pieces joined by " … "."""
    if not spans:
        raise CorrectionError("a quote needs at least one span")
    with transaction.atomic():
        locked = _lock_quote(quote)
        ordered = sorted((int(s), int(e)) for s, e in spans)
        for start, end in ordered:
            _check_span(locked.article, start, end)
        old = [tuple(s) for s in locked.spans]
        if old != ordered:
            _event(
                locked,
                actor,
                "spans",
                ", ".join(_span(s, e) for s, e in old),
                ", ".join(_span(s, e) for s, e in ordered),
                note,
            )
            locked.spans = [list(s) for s in ordered]
            locked.start, locked.end = ordered[0][0], max(e for _, e in ordered)
            locked.text = " … ".join(locked.article.body[s:e] for s, e in ordered)
            locked.corrected = True
            locked.save()
    quote.refresh_from_db()
    return quote


def claim_speaker_set(
    *, claim: Claim, speaker: Speaker | None, actor: Actor, note: str = ""
) -> Claim:
    """Choose the speaker a claim is attributed to (None: the outlet's own statement)."""
    with transaction.atomic():
        locked = _lock_claim(claim)
        if locked.speaker_id != (speaker.pk if speaker else None):
            old = locked.speaker
            _event(locked, actor, "speaker", old, speaker, note)
            locked.speaker = speaker
            locked.attribution = "speaker" if speaker else "outlet"
            locked.corrected = True
            locked.revision += 1
            locked.save()
    claim.refresh_from_db()
    return claim


def quote_speaker_set(
    *, quote: Quote, speaker: Speaker | None, actor: Actor, note: str = ""
) -> Quote:
    """Choose who said a quote."""
    with transaction.atomic():
        locked = _lock_quote(quote)
        if locked.speaker_id != (speaker.pk if speaker else None):
            old = locked.speaker
            _event(locked, actor, "speaker", old, speaker, note)
            locked.speaker = speaker
            locked.corrected = True
            locked.save()
    quote.refresh_from_db()
    return quote


def quote_kind_set(*, quote: Quote, kind: str, actor: Actor, note: str = "") -> Quote:
    """Correct a quote's kind (direct, partial, indirect)."""
    if kind not in QuoteKind.values:
        raise CorrectionError(f"unknown quote kind: {kind!r}")
    with transaction.atomic():
        locked = _lock_quote(quote)
        if locked.kind != kind:
            _event(locked, actor, "kind", locked.kind, kind, note)
            locked.kind = kind
            locked.corrected = True
            locked.save()
    quote.refresh_from_db()
    return quote


# --- Adding and rejecting -----------------------------------------------------------------------


def claim_add(
    *,
    article: Article,
    start: int,
    end: int,
    actor: Actor,
    speaker: Speaker | None = None,
    checkworthiness: float = 0.5,
    note: str = "",
) -> Claim:
    """Add a claim the machine missed; it is corroborated like any other, after commit."""
    _check_span(article, start, end)
    with transaction.atomic():
        claim = Claim.objects.create(
            article=article,
            fingerprint=_person_fingerprint("claim"),
            origin=Origin.PERSON,
            text=article.body[start:end],
            start=start,
            end=end,
            checkworthiness=min(1.0, max(0.0, checkworthiness)),
            attribution="speaker" if speaker else "outlet",
            speaker=speaker,
        )
        _event(claim, actor, "added", "", _span(start, end), note)
        _enqueue_claim(claim.pk)
    return claim


def quote_add(
    *,
    article: Article,
    spans: list[tuple[int, int]],
    kind: str,
    actor: Actor,
    speaker: Speaker | None = None,
    note: str = "",
) -> Quote:
    """Add a quote the machine missed; it is corroborated like any other, after commit."""
    if kind not in QuoteKind.values:
        raise CorrectionError(f"unknown quote kind: {kind!r}")
    if not spans:
        raise CorrectionError("a quote needs at least one span")
    ordered = sorted((int(s), int(e)) for s, e in spans)
    for start, end in ordered:
        _check_span(article, start, end)
    with transaction.atomic():
        quote = Quote.objects.create(
            article=article,
            fingerprint=_person_fingerprint("quote"),
            origin=Origin.PERSON,
            kind=kind,
            text=" … ".join(article.body[s:e] for s, e in ordered),
            spans=[list(s) for s in ordered],
            start=ordered[0][0],
            end=max(e for _, e in ordered),
            speaker=speaker,
        )
        _event(quote, actor, "added", "", ", ".join(_span(s, e) for s, e in ordered), note)
        _enqueue_quote(quote.pk)
    return quote


def claim_reject(*, claim: Claim, actor: Actor, note: str = "", rejected: bool = True) -> Claim:
    """Reject a false claim (or take the rejection back); re-processing keeps it out."""
    with transaction.atomic():
        locked = _lock_claim(claim)
        if locked.rejected != rejected:
            _event(locked, actor, "rejected", locked.rejected, rejected, note)
            locked.rejected = rejected
            locked.revision += 1
            locked.save()
    claim.refresh_from_db()
    return claim


def quote_reject(*, quote: Quote, actor: Actor, note: str = "", rejected: bool = True) -> Quote:
    """Reject a false quote (or take the rejection back); re-processing keeps it out."""
    with transaction.atomic():
        locked = _lock_quote(quote)
        if locked.rejected != rejected:
            _event(locked, actor, "rejected", locked.rejected, rejected, note)
            locked.rejected = rejected
            locked.save()
    quote.refresh_from_db()
    return quote


# --- Split and merge ----------------------------------------------------------------------------


def claim_split(*, claim: Claim, at: int, actor: Actor, note: str = "") -> tuple[Claim, Claim]:
    """Split a claim at an article offset: the claim keeps the first part, a new one the rest.

    Both are corrected by a person and both are corroborated again.
    """
    with transaction.atomic():
        locked = _lock_claim(claim)
        if not (locked.start < at < locked.end):
            raise CorrectionError(
                f"offset {at} is not inside the claim ({locked.start}–{locked.end})"
            )
        body = locked.article.body
        old_end = locked.end
        second = Claim.objects.create(
            article=locked.article,
            fingerprint=_person_fingerprint("claim"),
            origin=Origin.PERSON,
            corrected=True,
            text=body[at:old_end].strip() or body[at:old_end],
            start=at,
            end=old_end,
            checkworthiness=locked.checkworthiness,
            attribution=locked.attribution,
            speaker=locked.speaker,
            quote=locked.quote,
        )
        _event(locked, actor, "split", _span(locked.start, old_end), _span(locked.start, at), note)
        _event(second, actor, "split", f"claim {locked.pk}", _span(at, old_end), note)
        locked.end = at
        locked.text = body[locked.start : at]
        locked.corrected = True
        locked.corroboration_state = CorroborationState.PENDING
        locked.revision += 1
        locked.save()
        _enqueue_claim(locked.pk)
        _enqueue_claim(second.pk)
    claim.refresh_from_db()
    return claim, second


def claim_merge(*, claim: Claim, other: Claim, actor: Actor, note: str = "") -> Claim:
    """Merge `other` into `claim`: one span covering both; `other` is rejected with a pointer.

    Evidence a person attached to `other` moves to `claim`; the merged claim is corroborated again.
    """
    if claim.pk == other.pk:
        raise CorrectionError("a claim cannot be merged with itself")
    with transaction.atomic():
        first = _lock_claim(claim)
        second = _lock_claim(other)
        if first.article_id != second.article_id:
            raise CorrectionError("only claims of the same article can be merged")
        start, end = min(first.start, second.start), max(first.end, second.end)
        _event(first, actor, "merge", _span(first.start, first.end), _span(start, end), note)
        _event(second, actor, "merged_into", "", f"claim {first.pk}", note)
        for evidence in Evidence.objects.filter(claim=second, origin=Origin.PERSON):
            if not Evidence.objects.filter(
                claim=first, source_id=evidence.source_id, passage_hash=evidence.passage_hash
            ).exists():
                Evidence.objects.filter(pk=evidence.pk).update(claim=first)
        first.start, first.end = start, end
        first.text = first.article.body[start:end]
        first.corrected = True
        first.corroboration_state = CorroborationState.PENDING
        first.revision += 1
        first.save()
        second.rejected = True
        second.corrected = True
        second.revision += 1
        second.save()
        _enqueue_claim(first.pk)
    claim.refresh_from_db()
    return claim
