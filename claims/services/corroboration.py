"""Corroboration of one claim or quote: search the sources, store evidence and the run, suggest."""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from claims.models import (
    AttributionStatus,
    Claim,
    ClaimStatus,
    CorroborationRun,
    CorroborationState,
    Evidence,
    Origin,
    Quote,
    QuoteKind,
    Stance,
)
from claims.selectors_checked import checked_claims_matching

if TYPE_CHECKING:
    from sources.selectors import SourceHit

logger = logging.getLogger(__name__)

# A quote counts as found when this share of its words appear in order in the passage (0..100).
QUOTE_CONFIRM_RATIO = 90.0
# Evidence that neither supports nor contradicts is stored only from this score up: below it the
# demo's "unclear" rows were unrelated sources (the distractors reach 0.26), noise for reviewers.
UNCLEAR_MIN_SCORE = 0.3
# An already-checked claim this similar (content terms, 0..1) is taken to be the same claim: its
# verdict becomes the suggestion when the sources suggest nothing.
SAME_CLAIM_SIMILARITY = 0.9


def _fact_check_verdict(evidence: Evidence) -> str | None:
    """The verdict of a prior fact-check of this very claim, None for any other evidence."""
    fact_check = evidence.signals.get("fact_check") if isinstance(evidence.signals, dict) else None
    if not isinstance(fact_check, dict) or not fact_check.get("same_claim"):
        return None
    return str(fact_check.get("verdict") or "") or None


def suggest_claim_status(evidence: Sequence[Evidence]) -> str:
    """What the evidence suggests; only a person sets the status.

    A contradiction wins over a support (``disputed``); ``false`` needs more: a prior fact-check
    of this very claim rated false, and nothing that supports the claim. A prior fact-check
    takes a side only through its stance, which ``sources.factchecks`` sets from its rating
    when it checked the same claim."""
    stances = {e.stance for e in evidence}
    if Stance.CONTRADICTS in stances:
        rated_false = any(
            e.stance == Stance.CONTRADICTS and _fact_check_verdict(e) == "false" for e in evidence
        )
        if rated_false and Stance.SUPPORTS not in stances:
            return ClaimStatus.FALSE
        return ClaimStatus.DISPUTED
    if Stance.SUPPORTS in stances:
        return ClaimStatus.CORROBORATED
    return ""


def _suggestion_driver(evidence: Sequence[Evidence], suggested: str) -> Evidence | None:
    """The prior fact-check behind ``suggested``, if one is: the best-scored fact-check of the
    same claim whose verdict points that way (for ``false``, one rated false)."""
    if suggested not in (ClaimStatus.FALSE, ClaimStatus.DISPUTED, ClaimStatus.CORROBORATED):
        return None
    stance = Stance.SUPPORTS if suggested == ClaimStatus.CORROBORATED else Stance.CONTRADICTS
    candidates = [
        e
        for e in evidence
        if e.stance == stance
        and e.origin == Origin.MACHINE
        and _fact_check_verdict(e) is not None
        and (suggested != ClaimStatus.FALSE or _fact_check_verdict(e) == "false")
    ]
    return max(candidates, key=lambda e: (e.score, -e.pk), default=None)


def _explain_suggestion(evidence: Sequence[Evidence], suggested: str) -> None:
    """Write on the fact-check evidence behind the suggestion which status it drove and why
    (signal ``suggestion``), so the reviewer sees which fact-check moved the claim."""
    driver = _suggestion_driver(evidence, suggested)
    if driver is None:
        return
    fact_check = driver.signals["fact_check"]
    driver.signals["suggestion"] = (
        f"{suggested}: prior fact-check of the same claim by {fact_check.get('publisher') or '?'}"
        f" rated “{fact_check.get('rating') or fact_check.get('rating_value')}” "
        f"({fact_check.get('verdict')})"
    )
    Evidence.objects.filter(pk=driver.pk).update(signals=driver.signals)


def suggest_quote_status(
    evidence: Sequence[Evidence], *, kind: str = QuoteKind.DIRECT, language: str | None = None
) -> str:
    """``confirmed`` when an independent source has the same words from the same speaker,
    ``misquoted`` when it has a real competing wording, else ``not_found``.

    A competing wording is the ``quote_rival`` signal (``sources/search/stance.rival_quote``):
    other words *inside quotation marks*, attributed to the same speaker, on the same topic, in
    a source written in the quote's ``language`` (a translation is not a misquote). A paraphrase
    of the same event near the speaker's name, without quotation marks, is never a misquote.
    Indirect speech is the outlet's paraphrase, not the speaker's words: it is only ever
    ``confirmed`` or ``not_found``.

    ``quote_match`` is 0..1 (share of the quote's characters matched in order); a source that is
    not independent (same publisher as the article, republished copy) does not count.
    """
    independent = [
        e for e in evidence if (e.signals.get("independence") or {}).get("independent", True)
    ]
    best = max(
        (
            float(e.signals.get("quote_match") or 0.0) * 100.0
            for e in independent
            if e.signals.get("speaker_match")
        ),
        default=0.0,
    )
    if best >= QUOTE_CONFIRM_RATIO:
        return AttributionStatus.CONFIRMED
    rivals = [
        e
        for e in independent
        if e.signals.get("quote_rival")
        and (not language or e.signals.get("language") in (None, "", language))
    ]
    if rivals and kind != QuoteKind.INDIRECT:
        return AttributionStatus.MISQUOTED
    return AttributionStatus.NOT_FOUND


def _passage_hash(passage: str) -> str:
    return hashlib.sha256(passage.encode("utf-8")).hexdigest()


def _start(model: type[Claim] | type[Quote], pk: int) -> Claim | Quote | None:
    """Claim the item for this job; None when it is gone, rejected or already done."""
    with transaction.atomic():
        item = model.objects.select_for_update().select_related("article").filter(pk=pk).first()
        if item is None or item.rejected or item.corroboration_state == CorroborationState.DONE:
            return item if item is not None and not item.rejected else None
        item.corroboration_state = CorroborationState.RUNNING
        item.save(update_fields=["corroboration_state", "updated_at"])
        type(item.article).objects.filter(pk=item.article_id).update(heartbeat_at=timezone.now())
    return item


def _snapshot(hit: SourceHit) -> int:
    """The id of the source's snapshot as it is now (created on first use)."""
    from sources.models import Source, SourceSnapshot

    content_hash = str(hit.signals.get("source_hash") or "")
    existing = SourceSnapshot.objects.filter(content_hash=content_hash).first()
    if existing is not None:
        return existing.pk
    source = Source.objects.get(pk=hit.source_id)
    snapshot, _ = SourceSnapshot.objects.get_or_create(
        content_hash=source.content_hash,
        defaults={
            "source": source,
            "external_id": source.external_id,
            "url": source.url,
            "title": source.title,
            "publisher": source.publisher,
            "language": source.language,
            "published_at": source.published_at,
            "text": source.text,
        },
    )
    return snapshot.pk


def _run_settings(checked: list[dict[str, Any]]) -> dict[str, Any]:
    from sources import embeddings
    from sources.search.postgresql import CANDIDATE_BUDGET
    from sources.selectors import CANDIDATES, SEMANTIC_TOP, SEMANTIC_WEIGHT

    semantic = embeddings.enabled() and embeddings.available()
    return {
        "top": settings.WORKBENCH_CORROBORATION_TOP,
        "min_score": settings.WORKBENCH_EVIDENCE_MIN_SCORE,
        "unclear_min_score": UNCLEAR_MIN_SCORE,
        "candidates": CANDIDATES,
        "candidate_budget": CANDIDATE_BUDGET,
        "semantic": semantic,
        "semantic_top": SEMANTIC_TOP,
        "semantic_weight": SEMANTIC_WEIGHT,
        "already_checked": checked,
    }


def _store(
    item: Claim | Quote,
    hits: list[SourceHit],
    query: str,
    started: Any,
    checked: list[dict[str, Any]] | None = None,
    factchecks: dict[str, Any] | None = None,
) -> list[Evidence]:
    from sources import embeddings, reranker
    from sources.selectors import SEARCH_VERSION, search_backend_name
    from workbench.nlp import VERSION

    checked = checked or []
    target = {"claim": item} if isinstance(item, Claim) else {"quote": item}
    run = CorroborationRun.objects.create(
        **target,
        query=query,
        language=item.article.language,
        backend=search_backend_name(),
        settings=_run_settings(checked)
        | ({"prior_factchecks": factchecks} if factchecks is not None else {}),
        versions={
            "search": SEARCH_VERSION,
            "extractor": VERSION,
            "embeddings": embeddings.model_version() if embeddings.enabled() else None,
            "reranker": reranker.version(),
        },
        result_count=len(hits),
        started_at=started,
        finished_at=timezone.now(),
    )
    kept: list[int] = []
    for hit in hits:
        if hit.score < settings.WORKBENCH_EVIDENCE_MIN_SCORE:
            continue
        if hit.stance == Stance.UNCLEAR and hit.score < UNCLEAR_MIN_SCORE:
            continue
        signals = dict(hit.signals)
        signals["snapshot_id"] = _snapshot(hit)
        if checked:
            signals["already_checked"] = checked
        evidence, _ = Evidence.objects.update_or_create(
            **target,
            source_id=hit.source_id,
            passage_hash=_passage_hash(hit.passage),
            defaults={
                "run": run,
                "passage": hit.passage,
                "passage_start": hit.passage_start,
                "passage_end": hit.passage_end,
                "score": hit.score,
                "stance": hit.stance,
                "signals": signals,
            },
        )
        kept.append(evidence.pk)
    # Machine evidence this run did not find again is dropped; evidence a person attached stays.
    Evidence.objects.filter(**target, origin=Origin.MACHINE).exclude(pk__in=kept).delete()
    return list(Evidence.objects.filter(**target))


def _neutral(hit: SourceHit) -> SourceHit:
    """A search hit on a stored fact-check, made to take no side.

    Its text restates the claim the fact-checker checked ("Claim: … / Rating: Faux"), so the
    search's stance rule would take a side on those words, not on the rating: support for a
    debunked claim, or a contradiction by accident. Only the rating, as a connector gives it,
    may take a side; a fact-check not returned this run is shown unjudged."""
    signals = {k: v for k, v in hit.signals.items() if k not in ("quote_match", "quote_rival")}
    signals["fact_check_source"] = "a stored fact-check found by the search: no side taken"
    return replace(hit, stance=Stance.UNCLEAR, signals=signals)


def _with_prior_factchecks(
    hits: list[SourceHit],
    *,
    text: str,
    language: str | None,
    speaker: str | None = None,
    quote: bool = False,
) -> tuple[list[SourceHit], dict[str, Any]]:
    """The search hits plus prior fact-checks from the configured connectors, and their record.

    A fact-check's own hit (rating, verdict, publisher, review date) replaces a search hit on
    the same source, so one fact-check is one piece of evidence; a fact-check the connectors did
    not return this time takes no side (``_neutral``). No connector configured: no request. A
    connector's failure is recorded, never raised (sources/factchecks).
    """
    from sources.factchecks import factchecks_search, is_factcheck_id

    report = factchecks_search(text=text, language=language or None, speaker=speaker, quote=quote)
    found = {hit.source_id for hit in report.hits}
    kept = [
        _neutral(hit) if is_factcheck_id(hit.external_id) else hit
        for hit in hits
        if hit.source_id not in found
    ]
    return kept + report.hits, report.record


def claim_corroborate(*, claim_id: int) -> None:
    """Search the sources for one claim, store evidence and the run, and suggest a status."""
    from sources.selectors import source_search

    claim = _start(Claim, claim_id)
    if claim is None:
        return
    assert isinstance(claim, Claim)
    if claim.corroboration_state != CorroborationState.DONE:
        started = timezone.now()
        hits = source_search(
            text=claim.text,
            language=claim.article.language,
            top=settings.WORKBENCH_CORROBORATION_TOP,
            publisher=claim.article.publisher or None,
            published_at=claim.article.published_at,
        )
        hits, factchecks = _with_prior_factchecks(
            hits, text=claim.text, language=claim.article.language
        )
        checked = checked_claims_matching(
            text=claim.text, language=claim.article.language or None, exclude_id=claim.pk
        )
        with transaction.atomic():
            evidence = _store(claim, hits, claim.text, started, checked, factchecks)
            suggested = suggest_claim_status(evidence)
            _explain_suggestion(evidence, suggested)
            if not suggested and checked and checked[0]["similarity"] >= SAME_CLAIM_SIMILARITY:
                suggested = checked[0]["status"]
            Claim.objects.filter(pk=claim.pk).update(
                suggested_status=suggested,
                corroboration_state=CorroborationState.DONE,
                corroborated_at=timezone.now(),
                corroboration_error="",
            )
        logger.info("claim %s corroborated: %s evidence", claim.pk, len(evidence))
    from claims.services.articles import article_finish_if_complete

    article_finish_if_complete(article_id=claim.article_id)


def quote_corroborate(*, quote_id: int) -> None:
    """Search the sources for the quoted words, with the speaker, and suggest an attribution status."""
    from sources.selectors import source_search

    quote = _start(Quote, quote_id)
    if quote is None:
        return
    assert isinstance(quote, Quote)
    if quote.corroboration_state != CorroborationState.DONE:
        started = timezone.now()
        speaker = quote.speaker.name if quote.speaker_id else None  # type: ignore[union-attr]
        hits = source_search(
            text=quote.text,
            language=quote.article.language,
            top=settings.WORKBENCH_CORROBORATION_TOP,
            speaker=speaker,
            quote=True,
            publisher=quote.article.publisher or None,
            published_at=quote.article.published_at,
        )
        # Shown as evidence only: suggest_quote_status reads quote_match and quote_rival,
        # which no fact-check hit carries.
        hits, factchecks = _with_prior_factchecks(
            hits, text=quote.text, language=quote.article.language, speaker=speaker, quote=True
        )
        with transaction.atomic():
            evidence = _store(quote, hits, quote.text, started, factchecks=factchecks)
            Quote.objects.filter(pk=quote.pk).update(
                suggested_status=suggest_quote_status(
                    evidence, kind=quote.kind, language=quote.article.language or None
                ),
                corroboration_state=CorroborationState.DONE,
                corroborated_at=timezone.now(),
                corroboration_error="",
            )
        logger.info("quote %s corroborated: %s evidence", quote.pk, len(evidence))
    from claims.services.articles import article_finish_if_complete

    article_finish_if_complete(article_id=quote.article_id)


def item_corroboration_fail(*, model: type[Claim] | type[Quote], pk: int, reason: str) -> None:
    """Record a final corroboration failure on the item, then let the article finish."""
    item = model.objects.filter(pk=pk).first()
    if item is None:
        return
    model.objects.filter(pk=pk).update(
        corroboration_state=CorroborationState.FAILED, corroboration_error=reason[:5000]
    )
    from claims.services.articles import article_finish_if_complete

    article_finish_if_complete(article_id=item.article_id)
