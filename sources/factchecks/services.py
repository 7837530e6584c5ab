"""Prior fact-checks as evidence: ask every configured connector, keep each hit as a source.

A connector is on only when the environment configures it (``WORKBENCH_FACTCHECK_*``); with
none configured no request is made. A fact-check becomes a ``Source`` of kind ``factcheck``
whose id is derived from its URL, so the same fact-check found again (by any connector, in any
run) is the same source, and an unchanged one is not written again.

Each hit carries the rating's verdict (``ratings``) and, for a claim, takes the verdict's side
only when the fact-check checked the same claim (``_same_claim``); for a quote it never takes a
side: a rating judges what was said, not whether those words were said.
"""

from __future__ import annotations

import hashlib
import logging
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from django.conf import settings

from sources.factchecks.base import Connector, ConnectorError, FactCheckHit, HttpPolicy
from sources.factchecks.google import GoogleFactCheckConnector
from sources.factchecks.jsonsearch import JsonSearchConnector
from sources.factchecks.ratings import Verdict, rating_verdict
from sources.models import Source
from sources.search.stance import compare_numbers
from sources.selectors import SourceHit
from sources.services import SourceValidationError, source_upsert
from workbench.nlp.contrast import contrast
from workbench.nlp.figures import figures
from workbench.nlp.textnorm import content_terms

logger = logging.getLogger(__name__)

__all__ = [
    "FACTCHECKS_VERSION",
    "KIND",
    "FactCheckReport",
    "connectors_configured",
    "factcheck_source_upsert",
    "factchecks_search",
    "is_factcheck_id",
]

FACTCHECKS_VERSION = "factchecks/2"
KIND = "factcheck"
EXTERNAL_ID_PREFIX = "factcheck:"
# The checked claim is taken to be ours from this similarity up (Dice of content terms, 0..1).
# On the recorded answers the same claim reworded ("drones US" / "drones américains") is 0.875
# and a neighbouring claim on the same strike ("… étaient des civils") 0.615: chosen between
# them, not measured on a labelled set. Stricter than the 0.3 display floor, looser than the
# 0.9 of an already-checked claim of our own corpus (fact-checkers reword the claim).
SAME_CLAIM_SIMILARITY = 0.75


def connectors_configured() -> list[Connector]:
    """The connectors the environment turns on, Google first; empty when none is configured."""
    policy = HttpPolicy.from_django()
    connectors: list[Connector] = []
    if settings.WORKBENCH_FACTCHECK_GOOGLE_KEY:
        connectors.append(
            GoogleFactCheckConnector(
                name="google",
                policy=policy,
                key=settings.WORKBENCH_FACTCHECK_GOOGLE_KEY,
                url=settings.WORKBENCH_FACTCHECK_GOOGLE_URL,
                page_size=settings.WORKBENCH_FACTCHECK_PAGE_SIZE,
                max_results=settings.WORKBENCH_FACTCHECK_MAX_RESULTS,
            )
        )
    if settings.WORKBENCH_FACTCHECK_JSON_URL:
        name = re.sub(r"[^a-z0-9-]+", "-", settings.WORKBENCH_FACTCHECK_JSON_NAME.lower())
        name = name.strip("-")[:32] or "json"
        connectors.append(
            JsonSearchConnector(
                name="json" if name == "google" else name,
                policy=policy,
                url_template=settings.WORKBENCH_FACTCHECK_JSON_URL,
                key_header=settings.WORKBENCH_FACTCHECK_JSON_KEY_HEADER,
                key=settings.WORKBENCH_FACTCHECK_JSON_KEY,
                results_path=settings.WORKBENCH_FACTCHECK_JSON_RESULTS,
                fields=dict(settings.WORKBENCH_FACTCHECK_JSON_FIELDS),
                max_results=settings.WORKBENCH_FACTCHECK_MAX_RESULTS,
            )
        )
    return connectors


def _external_id(url: str) -> str:
    return EXTERNAL_ID_PREFIX + hashlib.sha256(url.strip().encode("utf-8")).hexdigest()[:40]


def is_factcheck_id(external_id: str) -> bool:
    """Whether a source id is a stored fact-check's (``factcheck:<sha256 of its URL>``)."""
    return external_id.startswith(EXTERNAL_ID_PREFIX)


def _when(value: str) -> datetime | None:
    try:
        parsed = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed


def _text(hit: FactCheckHit) -> str:
    lines = [f"Claim: {hit.claim}" if hit.claim else ""]
    if hit.claimant:
        lines.append(
            f"Claimant: {hit.claimant}" + (f" ({hit.claim_date})" if hit.claim_date else "")
        )
    scale = _scale(hit)
    if hit.rating or scale:
        lines.append("Rating: " + " ".join(part for part in (hit.rating, scale) if part))
    review = " — ".join(part for part in (hit.title, hit.publisher, hit.reviewed) if part)
    if review:
        lines.append(f"Fact-check: {review}")
    return "\n".join(line for line in lines if line) or hit.url


def _scale(hit: FactCheckHit) -> str:
    if not (hit.rating_value and hit.best_rating):
        return ""
    worst = hit.worst_rating or "1"
    return f"({hit.rating_value} on a scale from {worst} to {hit.best_rating})"


def factcheck_source_upsert(*, hit: FactCheckHit) -> Source:
    """The fact-check as a source (kind ``factcheck``): claim and rating as its text."""
    language = hit.language.split("-", 1)[0].lower()[:12] if hit.language else None
    source, _outcome = source_upsert(
        external_id=_external_id(hit.url),
        text=_text(hit),
        title=hit.title or (f"Fact-check: {hit.claim}"[:1000] if hit.claim else hit.url),
        url=hit.url,
        language=language,
        published_at=_when(hit.reviewed) if hit.reviewed else None,
        publisher=hit.publisher or hit.publisher_site,
        kind=KIND,
    )
    return source


def _their_language(hit: FactCheckHit, language: str | None) -> str | None:
    return hit.language.split("-")[0].lower() or language


def _dice(query: str, text: str, language: str | None, their_language: str | None) -> float:
    a = set(content_terms(query, language))
    b = set(content_terms(text, their_language)) if text else set()
    return 2 * len(a & b) / (len(a) + len(b)) if a and b else 0.0


def _similarity(query: str, hit: FactCheckHit, language: str | None) -> float:
    """How close the fact-checked claim is to ours: the Dice coefficient of content terms with
    the claim it checked or with its title (which often restates it), whichever is higher."""
    their = _their_language(hit, language)
    return round(max(_dice(query, text, language, their) for text in (hit.claim, hit.title)), 4)


def _same_claim(query: str, hit: FactCheckHit, language: str | None) -> tuple[bool, str]:
    """Whether the fact-check checked our claim, and why (shown to the reviewer).

    Judged on the checked claim's text only: a title often states the verdict ("Non, … n'a pas
    …"), so a title that resembles our claim says nothing about its polarity. The same words
    with a negation or antonym flip, or other figures for the same thing, are another
    claim: the rating of "27 morts" says nothing of "25 morts"."""
    if not hit.claim:
        return False, "no checked claim given: the title alone may state the verdict"
    their = _their_language(hit, language)
    similarity = _dice(query, hit.claim, language, their)
    if similarity < SAME_CLAIM_SIMILARITY:
        return False, (
            f"another claim: similarity {similarity:.2f} < {SAME_CLAIM_SIMILARITY} "
            "with the checked claim"
        )
    flips = contrast(query, hit.claim, claim_language=language, sentence_language=their)
    # Negation and antonyms only: the actor check reads a passive rewording of the same claim
    # ("25 combattants tués par des drones US") as another actor.
    if (sum(flips.negation) + (1 if flips.antonyms else 0)) % 2:
        shown = {"negation": list(flips.negation), "antonyms": flips.antonyms}
        return False, f"the checked claim says the opposite of ours: {shown}"
    numbers = compare_numbers(figures(query, language), figures(hit.claim, their), their or "fr")
    if numbers["conflict"]:
        return False, f"the checked claim has other figures: {numbers['differ']}"
    return True, f"same claim: similarity {similarity:.2f} with the checked claim"


def _stance(
    verdict: Verdict, hit: FactCheckHit, query: str, language: str | None, *, quote: bool
) -> tuple[str, bool, str]:
    """The evidence stance, whether the fact-check is of the same claim, and why."""
    if quote:
        return "unclear", False, "quote: a rating judges what was said, not the wording"
    same, why = _same_claim(query, hit, language)
    return (verdict.stance if same else "unclear"), same, why


def _source_hit(
    source: Source, hit: FactCheckHit, query: str, language: str | None, *, quote: bool = False
) -> SourceHit:
    similarity = _similarity(query, hit, language)
    verdict = rating_verdict(
        rating=hit.rating,
        language=_their_language(hit, language),
        value=hit.rating_value,
        best=hit.best_rating,
        worst=hit.worst_rating,
    )
    stance, same, why = _stance(verdict, hit, query, language, quote=quote)
    return SourceHit(
        source_id=source.pk,
        external_id=source.external_id,
        title=source.title,
        url=source.url,
        publisher=source.publisher,
        published_at=source.published_at,
        score=similarity,
        passage=source.text,
        passage_start=0,
        passage_end=len(source.text),
        stance=stance,
        signals={
            "fact_check": {
                "rating": hit.rating,
                "rating_value": hit.rating_value,
                "best_rating": hit.best_rating,
                "worst_rating": hit.worst_rating,
                "verdict": verdict.verdict,
                "verdict_basis": verdict.as_dict(),
                "same_claim": same,
                "applies": why,
                "publisher": hit.publisher or hit.publisher_site,
                "publisher_site": hit.publisher_site,
                "reviewed": hit.reviewed,
                "claim": hit.claim,
                "claimant": hit.claimant,
                "claim_date": hit.claim_date,
                "connector": hit.connector,
            },
            "claim_similarity": similarity,
            "source_hash": source.content_hash,
        },
    )


@dataclass
class FactCheckReport:
    """What the connectors found (as search hits) and the record kept on the run."""

    hits: list[SourceHit] = field(default_factory=list)
    record: dict[str, Any] = field(default_factory=dict)


def factchecks_search(
    *, text: str, language: str | None, speaker: str | None = None, quote: bool = False
) -> FactCheckReport:
    """Ask every configured connector for fact-checks of ``text``; store each as a source.

    For a quote (``quote=True``) the query is the speaker's name and the quoted words, the hits
    are scored against the words, and no hit takes a side. Never raises because of a connector:
    its error (timeout, refused address, malformed JSON, retries spent…) is logged and recorded
    in ``record["connectors"][i]["error"]``, and hits from pages read before the failure are
    kept. A URL found twice gives one hit.
    """
    report = FactCheckReport(record={"version": FACTCHECKS_VERSION, "connectors": []})
    seen: set[str] = set()
    # The speaker first: a long quote is cut at the connector's query limit, not the name.
    query = f"{speaker} {text}" if speaker else text
    for connector in connectors_configured():
        entry: dict[str, Any] = {"name": connector.name, "settings": connector.describe()}
        error = None
        try:
            found = connector.search(query, language)
        except ConnectorError as exc:
            found, error = exc.partial, str(exc)
        except Exception as exc:  # a connector bug must not fail the corroboration job
            logger.exception("fact-check connector %s failed", connector.name)
            found, error = [], connector.redact(f"{connector.name}: {type(exc).__name__}: {exc}")
        if error:
            logger.warning("fact-check connector %s: %s", connector.name, error)
        stored = 0
        for hit in found:
            if hit.url in seen:
                continue
            seen.add(hit.url)
            try:
                source = factcheck_source_upsert(hit=hit)
            except SourceValidationError as exc:
                logger.warning("fact-check %s not stored: %s", hit.url, exc)
                continue
            report.hits.append(_source_hit(source, hit, text, language, quote=quote))
            stored += 1
        entry.update(requests=connector.requests, results=len(found), stored=stored, error=error)
        report.record["connectors"].append(entry)
    return report
