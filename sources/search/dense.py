"""Dense first-stage arm: nearest neighbours of a claim's vector among the stored embeddings.

All :class:`sources.models.SourceEmbedding` vectors of the current model, for sources in a
language the model reads, are held in one float32 matrix per process (100k × 384 is 150 MB);
a query is one matrix-vector product and a partial sort, a few milliseconds at 100k. The matrix
is loaded on first use; each query then asks only for the highest embedding id (an index
lookup: a count would scan the whole 150 MB table) and appends the rows above the one it has.
It is reloaded whole every ``RELOAD_SECONDS``, which is when deletions and vectors updated in
place are seen. Staleness can only cost or add a candidate, never give a wrong score: the pool
keeps only sources that exist, and the re-ranker takes each candidate's vector afresh
(checked against the source's text hash).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

import numpy as np
from django.db.models import Max
from threadpoolctl import ThreadpoolController

from sources import embeddings

LANGUAGES = frozenset({"en"})  # the model (all-MiniLM-L6-v2) reads English
RELOAD_SECONDS = 300.0
PAGE = 5000  # vectors read per query when the matrix is loaded


@dataclass
class Matrix:
    ids: np.ndarray  # source ids, int64
    vectors: np.ndarray  # (n, DIMENSIONS) float32, L2-normalised
    max_id: int  # highest SourceEmbedding id loaded
    loaded_at: float  # time.monotonic() of the last full load


_lock = threading.Lock()
_matrix: Matrix | None = None


def reset() -> None:
    """Forget the loaded matrix (tests; after bulk changes)."""
    global _matrix
    with _lock:
        _matrix = None


def _rows(after_id: int) -> Iterator[tuple[int, int, str, bytes | memoryview]]:
    """The stored vectors above ``after_id``, in pages of ``PAGE`` rows by id.

    Plain queries, not ``.iterator()``: on PostgreSQL that streams the vectors through a
    server-side cursor, after which the connection's backend ran every later search query
    two to three times slower (the first stage's candidate query: 38 ms instead of 13 ms of
    execution at 100k sources, measured with EXPLAIN ANALYZE on the same connection).
    """
    from sources.models import SourceEmbedding

    while True:
        page = list(
            SourceEmbedding.objects.filter(model=embeddings.model_name(), id__gt=after_id)
            .order_by("id")
            .values_list("id", "source_id", "source__language", "vector")[:PAGE]
        )
        yield from page
        if len(page) < PAGE:
            return
        after_id = page[-1][0]


def _load(previous: Matrix | None) -> Matrix:
    """``previous`` with the rows added since it was loaded (all rows when ``None``)."""
    after = previous.max_id if previous is not None else 0
    ids: list[int] = []
    chunks: list[bytes] = []
    max_id = after
    for pk, source_id, language, raw in _rows(after):
        max_id = pk
        if language in LANGUAGES:
            ids.append(source_id)
            chunks.append(bytes(raw))
    vectors = np.frombuffer(b"".join(chunks), dtype="<f4").reshape(-1, embeddings.DIMENSIONS)
    new_ids = np.asarray(ids, dtype=np.int64)
    loaded_at = time.monotonic()
    if previous is not None:
        vectors = np.vstack([previous.vectors, vectors])
        new_ids = np.concatenate([previous.ids, new_ids])
        loaded_at = previous.loaded_at
    return Matrix(
        ids=new_ids, vectors=np.ascontiguousarray(vectors), max_id=max_id, loaded_at=loaded_at
    )


def current() -> Matrix:
    """The matrix, brought up to date with the stored vectors (one query when it is)."""
    from sources.models import SourceEmbedding

    global _matrix
    top = SourceEmbedding.objects.filter(model=embeddings.model_name()).aggregate(top=Max("id"))
    max_id = int(top["top"] or 0)
    with _lock:
        matrix = _matrix
        if (
            matrix is None
            or max_id < matrix.max_id  # rows deleted from the top: start again
            or time.monotonic() - matrix.loaded_at > RELOAD_SECONDS
        ):
            matrix = _load(None)
        elif max_id > matrix.max_id:
            matrix = _load(matrix)  # rows were added: append them
        _matrix = matrix
    return matrix


@cache
def _blas() -> ThreadpoolController:
    return ThreadpoolController()


def nearest(
    query_vector: np.ndarray, *, limit: int, matrix: Matrix | None = None
) -> list[tuple[int, float]]:
    """``(source id, cosine)`` of the ``limit`` stored vectors closest to ``query_vector``,
    best first, ties by the smaller source id.

    ``matrix`` (from :func:`current`, default: read now) lets the caller read the database in
    its own thread and connection and run the product in another thread.
    """
    if matrix is None:
        matrix = current()
    if limit <= 0 or len(matrix.ids) == 0:
        return []
    # One BLAS thread: OpenBLAS's second thread keeps spinning on the other core after the
    # product, which slowed the rest of the search (and the database) on a two-core machine
    # more than the product gained; the values are the same bits either way.
    with _blas().limit(limits=1, user_api="blas"):
        cosines = matrix.vectors @ np.asarray(query_vector, dtype=np.float32)
    k = min(limit, len(cosines))
    top = np.argpartition(-cosines, k - 1)[:k]
    order = sorted(top.tolist(), key=lambda i: (-round(float(cosines[i]), 6), int(matrix.ids[i])))
    return [(int(matrix.ids[i]), float(cosines[i])) for i in order]
