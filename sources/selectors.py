"""Reads over the sources: search and lookups. Nothing here writes."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sources import embeddings
from sources.models import Source
from sources.search import SEARCH_VERSION, get_backend, pipeline
from sources.search import signals as signals_rule
from sources.search.ranking import Query, Ranked

__all__ = [
    "CANDIDATES",
    "SEARCH_VERSION",
    "SourceHit",
    "search_backend_name",
    "source_get",
    "source_search",
]

CANDIDATES = 100  # lexical first-stage candidates pooled with the dense ones and fused
SEMANTIC_TOP = pipeline.ON_THE_FLY  # candidates whose missing vector is computed per query
SEMANTIC_WEIGHT = "learned"  # the cosine's weight comes from sources/search/fusion_weights.json
# The model (all-MiniLM-L6-v2) was trained on English: vectors are used only when claim and
# source are both English; other pairs are scored by the lexical fusion model.
SEMANTIC_LANGUAGES = pipeline.SEMANTIC_LANGUAGES


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
    claim (or with another spelling of an entity it names, or a translation of its words); on
    the semantic path the nearest stored vectors join them. The pool is scored by learned
    fusion weights and the best are explained (passage, signals) in Python (see
    ``sources.search.pipeline``), so that the order is the same on SQLite and PostgreSQL. Ties go to the smaller external id. ``quote=True`` treats the whole
    text as quoted words; otherwise words in « », “ ” or " " are the quote. ``speaker`` (a name)
    adds ``speaker_match``. ``publisher`` and ``published_at`` describe the article the claim
    comes from: they set the ``independence`` and ``timing`` signals. ``semantic`` turns on the
    sentence-embedding arm and features for English claims (default: when the model is
    installed and enabled).
    """
    if top <= 0 or not isinstance(text, str):
        return []
    if semantic is None:
        semantic = embeddings.enabled() and embeddings.available()
    semantic = bool(semantic) and (language or _detect(text)) in SEMANTIC_LANGUAGES
    # the claim is encoded in a worker thread while the first stage queries the database
    dense_arm = pipeline.start_dense_arm(text) if semantic else None
    first = pipeline.first_stage(
        text, language=language, speaker=speaker, quote=quote, limit=max(candidates, top)
    )
    if first is None:
        return []
    query, ids = first
    ranked = pipeline.rerank(query, ids, top=top, semantic=semantic, dense_arm=dense_arm)
    hits = [_hit(result, source) for result, source in ranked[:top]]
    return _whole_list_signals(query, hits, {s.pk: s for _r, s in ranked[:top]}, publisher,
                               published_at)  # fmt: skip


def _detect(text: str) -> str:
    from sources.services import _detect_language

    return _detect_language(text)


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
