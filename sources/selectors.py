"""Reads over the sources: search and lookups. Nothing here writes."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import numpy as np

from sources import embeddings
from sources.models import Source, SourceEmbedding
from sources.search import SEARCH_VERSION, get_backend
from sources.search import signals as signals_rule
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
SEMANTIC_TOP = 20  # re-ranked results whose score blends in the embedding similarity
SEMANTIC_WEIGHT = 0.5
# The model (all-MiniLM-L6-v2) was trained on English: its similarity is blended in only when
# claim and source are both English; other pairs keep their lexical score.
SEMANTIC_LANGUAGES = frozenset({"en"})


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
    publisher: str | None = None,
    published_at: datetime | None = None,
    semantic: bool | None = None,
) -> list[SourceHit]:
    """The ``top`` sources that best match ``text``, best first; never raises on odd text.

    The database's full-text index picks up to ``candidates`` sources sharing a term with the
    claim (or with another spelling of an entity it names, or a translation of its words); they
    are re-ranked in Python (see ``sources.search.ranking``) so that the order is the same on
    SQLite and PostgreSQL. Ties go to the smaller external id. ``quote=True`` treats the whole
    text as quoted words; otherwise words in « », “ ” or " " are the quote. ``speaker`` (a name)
    adds ``speaker_match``. ``publisher`` and ``published_at`` describe the article the claim
    comes from: they set the ``independence`` and ``timing`` signals. ``semantic`` blends in the
    sentence-embedding similarity of the best ``SEMANTIC_TOP`` (default: when the model is
    installed and enabled).
    """
    if top <= 0 or not isinstance(text, str):
        return []
    query = Query.build(text, language=language, speaker=speaker, is_quote=quote)
    if not query.terms:
        return []
    backend = get_backend()
    frequencies = backend.document_frequencies(query.all_terms)
    query.set_frequencies(frequencies, backend.document_count())
    terms = query.matchable_terms(frequencies)
    if not terms:
        return []
    ids = backend.candidates(
        terms=terms,
        weights=[query.weights[t] for t in terms],
        limit=max(candidates, top),
        frequencies=frequencies,
    )
    rows = Source.objects.filter(pk__in=ids).only(
        "id",
        "external_id",
        "title",
        "url",
        "publisher",
        "published_at",
        "language",
        "text",
        "content_hash",
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
    if semantic is None:
        semantic = embeddings.enabled() and embeddings.available()
    if semantic and ranked and (language or _detect(text)) in SEMANTIC_LANGUAGES:
        ranked = _blend_semantic(query.text, ranked, max(top, SEMANTIC_TOP))
    hits = [_hit(result, source) for result, source in ranked[:top]]
    return _whole_list_signals(query, hits, {s.pk: s for _r, s in ranked[:top]}, publisher,
                               published_at)  # fmt: skip


def _blend_semantic(
    claim: str, ranked: list[tuple[Ranked, Source]], depth: int
) -> list[tuple[Ranked, Source]]:
    """Blend the cosine similarity of claim and source into the score of the best ``depth``."""
    head = [item for item in ranked[:depth] if item[1].language in SEMANTIC_LANGUAGES]
    if not head:
        return ranked
    query_vector = embeddings.encode([claim])[0]
    vectors = _source_vectors([s for _r, s in head])
    for (result, _source), vector in zip(head, vectors, strict=True):
        cosine = round(float(query_vector @ vector), 4)
        result.signals["semantic"] = cosine
        result.score = round(
            (1.0 - SEMANTIC_WEIGHT) * result.score + SEMANTIC_WEIGHT * max(cosine, 0.0), 6
        )
    ranked = list(ranked)
    ranked.sort(key=lambda item: (-item[0].score, item[0].external_id))
    return ranked


def _detect(text: str) -> str:
    from sources.services import _detect_language

    return _detect_language(text)


def _source_vectors(sources: list[Source]) -> list[np.ndarray]:
    """Stored vectors where they match the text, else computed (and cached in the process)."""
    texts = [embeddings.document_text(s.title, s.text) for s in sources]
    stored = {
        e.source_id: e
        for e in SourceEmbedding.objects.filter(
            source_id__in=[s.pk for s in sources], model=embeddings.MODEL_NAME
        )
    }
    for source, doc in zip(sources, texts, strict=True):
        row = stored.get(source.pk)
        if row is not None and row.text_hash == embeddings.text_hash(doc):
            embeddings.remember(doc, embeddings.from_bytes(row.vector))
    return embeddings.cached_vectors(texts)


def _whole_list_signals(
    query: Query,
    hits: list[SourceHit],
    sources: dict[int, Source],
    publisher: str | None,
    published_at: datetime | None,
) -> list[SourceHit]:
    independent = signals_rule.independence(
        hits, texts={pk: s.text for pk, s in sources.items()}, article_publisher=publisher
    )
    for hit in hits:
        hit.signals["independence"] = independent[hit.source_id]
        hit.signals["timing"] = signals_rule.timing(hit.published_at, published_at)
        hit.signals["entities"] = signals_rule.entities(query.text, hit.passage)
        hit.signals["source_hash"] = sources[hit.source_id].content_hash
        if query.quote is not None and float(hit.signals.get("quote_match") or 0) >= 0.6:
            hit.signals["quote_diff"] = signals_rule.quote_diff(query.quote, hit.passage)
    return hits


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
