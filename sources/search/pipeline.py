"""Second stage of a search: pool the two first-stage arms, fuse, then explain the best few.

1. Pool: the lexical candidates (best first) and, when the semantic path is on, the nearest
   stored vectors (:mod:`sources.search.dense`). The claim's encoding and the dense product
   run in a worker thread (:func:`start_dense_arm`) while the first stage queries the
   database and the lexical candidates' rows are read and counted.
2. Fuse (:mod:`sources.search.fusion`): cheap vectorised features for the whole pool, from the
   indexed terms (``search_text``) and the vectors, one learned score per candidate.
   With a re-ranker configured (:mod:`sources.reranker`), the best ``reranker.DEPTH`` of an
   English claim are read again with the claim and reordered.
3. Explain: only the best ``depth`` get the per-source passage scan of
   :func:`sources.search.ranking.rank_source` (best passage, quote and speaker matches, stance,
   signals) — the costly part, so it runs on a few sources instead of the whole pool. The quote
   and speaker matches blend into the fused score as they did into the lexical one.

The fused score is a probability of relevance (0..1), rounded to 6 decimals so that equal
texts tie exactly; ties go to the smaller external id.
"""

from __future__ import annotations

import os
import threading
import time
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
from django.db.models.functions import Substr

from sources import embeddings, reranker
from sources.models import Source
from sources.search import dense, fusion, get_backend
from sources.search.ranking import QUOTE_WEIGHT, SPEAKER_WEIGHT, Query, Ranked, rank_source
from workbench.nlp.passages import Passage, passages

DENSE_CANDIDATES = 50  # nearest stored vectors added to the lexical candidates
SEMANTIC_LANGUAGES = dense.LANGUAGES
ON_THE_FLY = 20  # candidates without a stored vector whose vector may be computed per query
EXPLAIN_EXTRA = 20  # more sources explained when the claim has a quote or a speaker
DENSE_WORKERS = 2  # threads that encode claims while their searches query the database

# Seconds spent by the last search of this thread in each stage (read by the benches).
timings = threading.local()


@dataclass
class _Candidate:
    pk: int
    external_id: str
    language: str
    search_text: str
    title: str
    head: str  # the start of the text, enough for the embedding's text hash
    stored_model: str | None = None  # the stored embedding (semantic path only)
    stored_hash: str | None = None
    stored_vector: bytes | memoryview | None = None


@dataclass
class Pool:
    """The candidates of one query with their fusion features and fused scores."""

    candidates: list[_Candidate]
    columns: dict[str, np.ndarray]
    has_vector: np.ndarray
    scores: np.ndarray
    cross: np.ndarray  # the re-ranker's score of the candidates it read (NaN: not read)


@lru_cache(maxsize=1024)
def claim_vector(text: str) -> np.ndarray:
    """The vector of a claim's text (:func:`sources.embeddings.query_text`), read-only.

    Cached by text: a claim corroborated again, or a quote searched after its claim, is not
    encoded twice (the encoding is the dearest step of a fresh search after the explanation).
    """
    vector = embeddings.encode([embeddings.query_text(text)])[0]
    vector.flags.writeable = False
    return vector


@dataclass(frozen=True)
class DenseArm:
    """A claim's vector and the nearest stored vectors (``(source id, cosine)``, best first)."""

    vector: np.ndarray
    hits: list[tuple[int, float]]
    encode_seconds: float


_workers: tuple[int, ThreadPoolExecutor] | None = None
_workers_lock = threading.Lock()


def _executor() -> ThreadPoolExecutor:
    global _workers
    with _workers_lock:
        if _workers is None or _workers[0] != os.getpid():  # threads do not survive a fork
            _workers = (os.getpid(), ThreadPoolExecutor(DENSE_WORKERS, "dense-arm"))
        return _workers[1]


def start_dense_arm(text: str) -> Future[DenseArm]:
    """Encode the claim ``text`` and search the stored vectors in a worker thread, so that it
    overlaps the first stage's database queries (the encoding costs about as much as they do).

    The worker touches no database: the matrix is brought up to date here, in the caller's
    thread and connection (a test's transaction stays visible). The values are the same as
    in the caller's thread (the model runs on one thread either way).
    """
    matrix = dense.current()
    return _executor().submit(_dense_arm, text, matrix)


def _dense_arm(text: str, matrix: dense.Matrix) -> DenseArm:
    started = time.perf_counter()
    vector = claim_vector(text)
    encoded = time.perf_counter() - started
    hits = dense.nearest(vector, limit=DENSE_CANDIDATES, matrix=matrix)
    return DenseArm(vector=vector, hits=hits, encode_seconds=encoded)


def pool(
    query: Query,
    lexical_ids: list[int],
    *,
    semantic: bool,
    dense_arm: Future[DenseArm] | None = None,
) -> Pool:
    """Pool the lexical candidates and (``semantic``) the nearest stored vectors; fuse.

    ``dense_arm``: the claim's :func:`start_dense_arm`, when the caller started it early.
    """
    query_vector: np.ndarray | None = None
    timings.encode = 0.0
    timings.cross = 0.0
    terms = list(query.weights)
    # the lexical candidates first, while the dense arm may still run in its thread
    found = _candidates(lexical_ids, semantic=semantic)
    tf, lengths = fusion.term_counts(terms, [c.search_text for c in found])
    if semantic:
        arm = (dense_arm or start_dense_arm(query.text)).result()
        query_vector = arm.vector
        timings.encode = arm.encode_seconds
        lexical = set(lexical_ids)
        more = _candidates(
            list(dict.fromkeys(pk for pk, _cosine in arm.hits if pk not in lexical)),
            semantic=True,
        )
        more_tf, more_lengths = fusion.term_counts(terms, [c.search_text for c in more])
        found += more
        tf, lengths = np.vstack([tf, more_tf]), np.concatenate([lengths, more_lengths])
    order = sorted(range(len(found)), key=lambda i: found[i].pk)
    candidates = [found[i] for i in order]
    columns = fusion.lexical_columns_of(query.weights, tf[order], lengths[order])
    has_vector = np.zeros(len(candidates), dtype=bool)
    scores = fusion.fuse(columns, has_vector)
    if query_vector is not None and candidates:
        vectors = _vectors(candidates, scores)
        has_vector = np.asarray([v is not None for v in vectors], dtype=bool)
        if has_vector.any():
            cosines = np.asarray(
                [float(query_vector @ v) if v is not None else 0.0 for v in vectors]
            )
            columns.update(fusion.semantic_columns(cosines, has_vector))
            scores = fusion.fuse(columns, has_vector)
    cross = np.full(len(candidates), np.nan)
    if reranker.version() is not None and query.language in reranker.LANGUAGES and candidates:
        started = time.perf_counter()
        best = _best_first(candidates, scores)[: reranker.DEPTH]
        cross[best] = reranker.score(
            embeddings.query_text(query.text),
            [embeddings.document_text(candidates[i].title, candidates[i].head) for i in best],
        )
        scores = scores.copy()
        scores[best] = reranker.reorder(scores[best], cross[best])
        timings.cross = time.perf_counter() - started
    return Pool(
        candidates=candidates,
        columns=columns,
        has_vector=has_vector,
        scores=scores,
        cross=cross,
    )


def _best_first(candidates: list[_Candidate], scores: np.ndarray) -> list[int]:
    """The candidates' indices by fused score, ties to the smaller external id."""
    return sorted(
        range(len(candidates)),
        key=lambda i: (-round(float(scores[i]), 6), candidates[i].external_id),
    )


def _candidates(ids: list[int], *, semantic: bool) -> list[_Candidate]:
    """The pool's rows of the sources ``ids`` that exist (with their stored vectors on the
    semantic path: the same round trip)."""
    if not ids:
        return []
    fields = ["id", "external_id", "language", "search_text", "title", "head"]
    if semantic:
        fields += ["embedding__model", "embedding__text_hash", "embedding__vector"]
    rows = (
        Source.objects.filter(pk__in=ids)
        .annotate(head=Substr("text", 1, embeddings.MAX_CHARS))
        .values_list(*fields)
    )
    return [_Candidate(*row) for row in rows]


def rerank(
    query: Query,
    lexical_ids: list[int],
    *,
    top: int,
    semantic: bool,
    dense_arm: Future[DenseArm] | None = None,
) -> list[tuple[Ranked, Source]]:
    """The best ``top`` sources for ``query`` (with passages and signals), best first."""
    started = time.perf_counter()
    found = pool(query, lexical_ids, semantic=semantic, dense_arm=dense_arm)
    timings.pool = time.perf_counter() - started
    cands, scores = found.candidates, found.scores
    order = _best_first(cands, scores)
    depth = top + (EXPLAIN_EXTRA if query.quote is not None or query.speaker is not None else 0)
    chosen = order[:depth]
    sources = Source.objects.in_bulk([cands[i].pk for i in chosen])
    out: list[tuple[Ranked, Source]] = []
    for i in chosen:
        source = sources.get(cands[i].pk)
        if source is None:
            continue
        ranked = rank_source(
            query,
            source_id=source.pk,
            external_id=source.external_id,
            title=source.title,
            text=source.text,
            language=source.language,
        ) or _unmatched(source)
        score = float(scores[i])
        quote_match = ranked.signals.get("quote_match")
        if isinstance(quote_match, float):
            score = (1.0 - QUOTE_WEIGHT) * score + QUOTE_WEIGHT * quote_match
        speaker_match = ranked.signals.get("speaker_match")
        if isinstance(speaker_match, bool):
            score = (1.0 - SPEAKER_WEIGHT) * score + SPEAKER_WEIGHT * float(speaker_match)
        ranked.score = round(min(max(score, 0.0), 1.0), 6)
        ranked.signals["fused"] = round(float(scores[i]), 4)
        if found.has_vector[i]:
            ranked.signals["semantic"] = round(float(found.columns["cosine"][i]), 4)
        if not np.isnan(found.cross[i]):
            ranked.signals["cross"] = round(float(found.cross[i]), 4)
        out.append((ranked, source))
    out.sort(key=lambda item: (-item[0].score, item[0].external_id))
    timings.explain = time.perf_counter() - started - timings.pool
    timings.explained = len(chosen)
    return out[:top]


def _vectors(pool: list[_Candidate], lexical_scores: np.ndarray) -> list[np.ndarray | None]:
    """Each candidate's vector: cached in the process, else stored (when its text hash still
    matches), else — for the ``ON_THE_FLY`` best by the lexical score only — computed now."""
    docs = {
        c.pk: embeddings.document_text(c.title, c.head)
        for c in pool
        if c.language in SEMANTIC_LANGUAGES
    }
    found = {pk: embeddings.lookup(doc) for pk, doc in docs.items()}
    model = embeddings.model_name()
    for c in pool:
        if (
            c.pk in docs
            and found[c.pk] is None
            and c.stored_vector is not None
            and c.stored_model == model
            and c.stored_hash == embeddings.text_hash(docs[c.pk])
        ):
            vector = embeddings.from_bytes(c.stored_vector)
            embeddings.remember(docs[c.pk], vector)
            found[c.pk] = vector
    missing = [i for i, c in enumerate(pool) if c.pk in docs and found[c.pk] is None]
    missing.sort(key=lambda i: (-float(lexical_scores[i]), pool[i].external_id))
    for i in missing[:ON_THE_FLY]:
        pk = pool[i].pk
        found[pk] = embeddings.cached_vectors([docs[pk]])[0]
    return [found.get(c.pk) for c in pool]


def _unmatched(source: Source) -> Ranked:
    """A source found by meaning alone (no shared term): its opening passage, stance unclear."""
    found = passages(source.text)
    passage = found[0] if found else Passage(start=0, end=len(source.text), text=source.text)
    return Ranked(
        source_id=source.pk,
        external_id=source.external_id,
        score=0.0,
        passage=passage,
        stance="unclear",
        signals={"lexical": 0.0, "language": source.language or None},
    )


def first_stage(
    text: str,
    *,
    language: str | None,
    speaker: str | None = None,
    quote: bool = False,
    limit: int,
) -> tuple[Query, list[int]] | None:
    """The prepared query and the lexical candidates (best first); ``None`` when the claim has
    no term that occurs in any source."""
    started = time.perf_counter()
    timings.first_stage = timings.pool = timings.encode = timings.explain = 0.0
    query = Query.build(text, language=language, speaker=speaker, is_quote=quote)
    if not query.terms:
        return None
    backend = get_backend()
    frequencies, count = backend.statistics(query.all_terms)
    query.set_frequencies(frequencies, count)
    terms = query.matchable_terms(frequencies)
    if not terms:
        return None
    ids = backend.candidates(
        terms=terms,
        weights=[query.weights[t] for t in terms],
        limit=limit,
        frequencies=frequencies,
    )
    timings.first_stage = time.perf_counter() - started
    return query, ids
