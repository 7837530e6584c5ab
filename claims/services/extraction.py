"""Store the extraction's output, replacing earlier machine output and keeping what people did."""

from __future__ import annotations

from typing import Any

from django.db.models import Exists, OuterRef, Q

from claims.models import (
    Article,
    Claim,
    CorroborationState,
    Evidence,
    Origin,
    Quote,
    ReviewEvent,
    Speaker,
    SpeakerType,
)
from claims.text import fingerprint

_SPEAKER_TYPES = {choice.value for choice in SpeakerType}


def speaker_resolve(*, name: str, type: str, mention: str, language: str) -> Speaker:
    """The one Speaker behind a canonical name, across articles; new mentions become aliases."""
    from workbench.nlp import canonical_key

    key = canonical_key(name, language) or name.strip().casefold()
    speaker_type = type if type in _SPEAKER_TYPES else SpeakerType.UNKNOWN
    speaker, _ = Speaker.objects.get_or_create(
        key=key[:300], defaults={"name": name[:300], "type": speaker_type, "aliases": []}
    )
    while speaker.merged_into_id is not None:
        speaker = Speaker.objects.get(pk=speaker.merged_into_id)
    changed = False
    for alias in (name, mention):
        alias = alias.strip()
        if alias and alias != speaker.name and alias not in speaker.aliases and len(alias) <= 300:
            speaker.aliases = [*speaker.aliases, alias]
            changed = True
    if not speaker.corrected:
        # The canonical name is the fullest form seen; a person's correction wins.
        if len(name) > len(speaker.name):
            speaker.aliases = [a for a in [*speaker.aliases, speaker.name] if a != name]
            speaker.name = name[:300]
            changed = True
        if speaker.type == SpeakerType.UNKNOWN and speaker_type != SpeakerType.UNKNOWN:
            speaker.type = speaker_type
            changed = True
    if changed:
        speaker.save()
    return speaker


def _quote_fields(quote: dict[str, Any], speaker: Speaker | None) -> dict[str, Any]:
    spans = [[int(s), int(e)] for s, e in quote["spans"]]
    cue = quote.get("cue") or {}
    who = quote.get("speaker") or {}
    return {
        "kind": quote["kind"],
        "text": quote["text"],
        "spans": spans,
        "start": min(s for s, _ in spans) if spans else 0,
        "end": max(e for _, e in spans) if spans else 0,
        "cue_text": (cue.get("text") or "")[:200],
        "cue_start": cue.get("start"),
        "cue_end": cue.get("end"),
        "speaker": speaker,
        "speaker_mention": (who.get("mention") or "")[:500],
        "mention_start": who.get("start"),
        "mention_end": who.get("end"),
    }


def _touched(model: type[Claim] | type[Quote]) -> Q:
    """Rows a person has touched: never deleted or overwritten by re-processing."""
    person_evidence = Evidence.objects.filter(
        origin=Origin.PERSON, **{model.__name__.lower(): OuterRef("pk")}
    )
    events = ReviewEvent.objects.filter(**{model.__name__.lower(): OuterRef("pk")})
    touched = (
        Q(origin=Origin.PERSON)
        | Q(corrected=True)
        | Q(rejected=True)
        | Q(Exists(person_evidence))
        | Q(Exists(events))
    )
    if model is Claim:
        touched |= ~Q(status="unreviewed") | Q(assignee__isnull=False) | ~Q(verdict="")
    else:
        touched |= ~Q(attribution_status="unverified")
    return touched


def extraction_persist(*, article: Article, result: dict[str, Any]) -> tuple[list[int], list[int]]:
    """Replace the article's machine output with `result` (the JSON of `extract`).

    Rows are matched by fingerprint, so processing the same text twice keeps the same rows.
    Machine rows a person touched are kept as they are. Returns the ids of the claims and quotes
    to corroborate. Call inside a transaction.
    """
    language = result.get("language") or article.language or "und"
    quotes_by_index: dict[int, Quote] = {}
    keep_quotes: set[int] = set()
    for index, data in enumerate(result.get("quotes", [])):
        who = data.get("speaker")
        speaker = (
            speaker_resolve(
                name=who["name"],
                type=who.get("type", "unknown"),
                mention=who.get("mention", ""),
                language=language,
            )
            if who and who.get("name")
            else None
        )
        fields = _quote_fields(data, speaker)
        print_ = fingerprint("quote", fields["kind"], fields["spans"], fields["text"])
        quote = Quote.objects.filter(article=article, fingerprint=print_).first()
        if quote is None:
            quote = Quote.objects.create(article=article, fingerprint=print_, **fields)
        elif not (quote.corrected or quote.rejected or quote.origin == Origin.PERSON):
            for name, value in fields.items():
                setattr(quote, name, value)
            quote.save()
        quotes_by_index[index] = quote
        keep_quotes.add(quote.pk)

    keep_claims: set[int] = set()
    for data in result.get("claims", []):
        quote_index = data.get("quote")
        quote = quotes_by_index.get(quote_index) if isinstance(quote_index, int) else None
        speaker = None
        if data.get("attribution") == "speaker" and data.get("attributed_to"):
            speaker = (
                quote.speaker
                if quote is not None and quote.speaker is not None
                else speaker_resolve(
                    name=data["attributed_to"], type="unknown", mention="", language=language
                )
            )
        fields = {
            "text": data["text"],
            "start": int(data["start"]),
            "end": int(data["end"]),
            "checkworthiness": min(1.0, max(0.0, float(data.get("checkworthiness", 0.0)))),
            "attribution": data.get("attribution") or "unknown",
            "speaker": speaker,
            "quote": quote,
            "quantities": data.get("quantities") or [],
            "dates": data.get("dates") or [],
            "entities": data.get("entities") or [],
        }
        print_ = fingerprint("claim", fields["start"], fields["end"], fields["text"])
        claim = Claim.objects.filter(article=article, fingerprint=print_).first()
        if claim is None:
            claim = Claim.objects.create(article=article, fingerprint=print_, **fields)
        elif not (claim.corrected or claim.rejected or claim.origin == Origin.PERSON):
            for name, value in fields.items():
                setattr(claim, name, value)
            claim.save()
        keep_claims.add(claim.pk)

    # Earlier machine output that this run did not find again goes, unless a person touched it.
    Claim.objects.filter(article=article).exclude(pk__in=keep_claims).exclude(
        _touched(Claim)
    ).delete()
    Quote.objects.filter(article=article).exclude(pk__in=keep_quotes).exclude(
        _touched(Quote)
    ).delete()

    claims = Claim.objects.filter(article=article, rejected=False)
    quotes = Quote.objects.filter(article=article, rejected=False)
    claims.update(corroboration_state=CorroborationState.PENDING, corroboration_error="")
    quotes.update(corroboration_state=CorroborationState.PENDING, corroboration_error="")
    return list(claims.order_by("pk").values_list("pk", flat=True)), list(
        quotes.order_by("pk").values_list("pk", flat=True)
    )
