"""Prior fact-checks as evidence: ask every configured connector, keep each hit as a source.

A connector is on only when the environment configures it (``WORKBENCH_FACTCHECK_*``); with
none configured no request is made. A fact-check becomes a ``Source`` of kind ``factcheck``
whose id is derived from its URL, so the same fact-check found again (by any connector, in any
run) is the same source, and an unchanged one is not written again.
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
from sources.models import Source
from sources.selectors import SourceHit
from sources.services import SourceValidationError, source_upsert
from workbench.nlp.textnorm import content_terms

logger = logging.getLogger(__name__)

__all__ = [
    "FACTCHECKS_VERSION",
    "KIND",
    "FactCheckReport",
    "connectors_configured",
    "factcheck_source_upsert",
    "factchecks_search",
]

FACTCHECKS_VERSION = "factchecks/1"
KIND = "factcheck"


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
    return "factcheck:" + hashlib.sha256(url.strip().encode("utf-8")).hexdigest()[:40]


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
    if hit.rating:
        lines.append(f"Rating: {hit.rating}")
    review = " — ".join(part for part in (hit.title, hit.publisher, hit.reviewed) if part)
    if review:
        lines.append(f"Fact-check: {review}")
    return "\n".join(line for line in lines if line) or hit.url


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


def _similarity(query: str, hit: FactCheckHit, language: str | None) -> float:
    """How close the fact-checked claim is to ours: the Dice coefficient of content terms with
    the claim it checked or with its title (which often restates it), whichever is higher."""
    a = set(content_terms(query, language))
    their_language = hit.language.split("-")[0].lower() or language
    best = 0.0
    for text in (hit.claim, hit.title):
        b = set(content_terms(text, their_language)) if text else set()
        if a and b:
            best = max(best, 2 * len(a & b) / (len(a) + len(b)))
    return round(best, 4)


def _source_hit(source: Source, hit: FactCheckHit, query: str, language: str | None) -> SourceHit:
    similarity = _similarity(query, hit, language)
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
        # A rating judges the fact-checked claim, which may differ from ours: the reviewer
        # decides, so the machine takes no side.
        stance="unclear",
        signals={
            "fact_check": {
                "rating": hit.rating,
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


def factchecks_search(*, text: str, language: str | None) -> FactCheckReport:
    """Ask every configured connector for fact-checks of ``text``; store each as a source.

    Never raises because of a connector: its error (timeout, refused address, malformed JSON,
    retries spent…) is logged and recorded in ``record["connectors"][i]["error"]``, and hits
    from pages read before the failure are kept. A URL found twice gives one hit.
    """
    report = FactCheckReport(record={"version": FACTCHECKS_VERSION, "connectors": []})
    seen: set[str] = set()
    for connector in connectors_configured():
        entry: dict[str, Any] = {"name": connector.name, "settings": connector.describe()}
        error = None
        try:
            found = connector.search(text, language)
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
            report.hits.append(_source_hit(source, hit, text, language))
            stored += 1
        entry.update(requests=connector.requests, results=len(found), stored=stored, error=error)
        report.record["connectors"].append(entry)
    return report
