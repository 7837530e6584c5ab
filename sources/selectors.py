"""Reads over the sources: search and lookups. Nothing here writes."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sources.models import Source
from sources.search import SEARCH_VERSION, get_backend
from sources.search.ranking import Query, Ranked, rank_source

__all__ = [
    "CANDIDATES",
    "SEARCH_VERSION",
    "SourceHit",
    "search_backend_name",
    "source_get",
    "source_search",
]

CANDIDATES = 100  # first-stage candidates handed to the re-ranker


@dataclass(frozen=True)
class SourceHit:
    """One source that matches a claim, with its best passage and the evidence for the score."""

    source_id: int
    external_id: str
    title: str
    url: str
    publisher: str
    published_at: datetime | None
    score: float
    passage: str
    passage_start: int
    passage_end: int
    stance: str
    signals: dict[str, Any] = field(default_factory=dict)

    def as_result(self) -> dict[str, Any]:
        """The result object of the ``corroborate`` command (``source_id`` is the external id)."""
        return {
            "source_id": self.external_id,
            "score": self.score,
            "title": self.title,
            "url": self.url,
            "publisher": self.publisher,
            "published_at": self.published_at.isoformat() if self.published_at else None,
            "passage": self.passage,
            "passage_start": self.passage_start,
            "passage_end": self.passage_end,
            "stance": self.stance,
            "signals": self.signals,
        }


def search_backend_name() -> str:
    """``"sqlite-fts5"`` or ``"postgresql-fts"``: the first stage used on this database."""
    return get_backend().name


def source_get(*, external_id: str) -> Source | None:
    return Source.objects.filter(external_id=external_id).first()


def source_search(
    *,
    text: str,
    language: str | None = None,
    top: int = 10,
    speaker: str | None = None,
    quote: bool = False,
    candidates: int = CANDIDATES,
) -> list[SourceHit]:
    """The ``top`` sources that best match ``text``, best first; never raises on odd text.

    The database's full-text index picks up to ``candidates`` sources sharing a term with the
    claim; they are re-ranked in Python (see ``sources.search.ranking``) so that the order is
    the same on SQLite and PostgreSQL. Ties go to the smaller external id. ``quote=True`` treats
    the whole text as quoted words; otherwise words in « », “ ” or " " are the quote.
    ``speaker`` (a name) adds ``speaker_match``.
    """
    if top <= 0 or not isinstance(text, str):
        return []
    query = Query.build(text, language=language, speaker=speaker, is_quote=quote)
    if not query.terms:
        return []
    backend = get_backend()
    frequencies = backend.document_frequencies(query.terms)
    query.set_frequencies(frequencies, backend.document_count())
    terms = query.matchable_terms(frequencies)
    if not terms:
        return []
    ids = backend.candidates(
        terms=terms, weights=[query.weights[t] for t in terms], limit=max(candidates, top)
    )
    rows = Source.objects.filter(pk__in=ids).only(
        "id", "external_id", "title", "url", "publisher", "published_at", "language", "text"
    )
    ranked: list[tuple[Ranked, Source]] = []
    for source in rows:
        result = rank_source(
            query,
            source_id=source.pk,
            external_id=source.external_id,
            title=source.title,
            text=source.text,
            language=source.language,
        )
        if result is not None:
            ranked.append((result, source))
    ranked.sort(key=lambda item: (-item[0].score, item[0].external_id))
    return [_hit(result, source) for result, source in ranked[:top]]


def _hit(result: Ranked, source: Source) -> SourceHit:
    return SourceHit(
        source_id=source.pk,
        external_id=source.external_id,
        title=source.title,
        url=source.url,
        publisher=source.publisher,
        published_at=source.published_at,
        score=result.score,
        passage=result.passage.text,
        passage_start=result.passage.start,
        passage_end=result.passage.end,
        stance=result.stance,
        signals=result.signals,
    )
