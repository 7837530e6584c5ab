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
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np
from django.db.models import Max

from sources import embeddings

LANGUAGES = frozenset({"en"})  # the model (all-MiniLM-L6-v2) reads English
RELOAD_SECONDS = 300.0


@dataclass
class _Matrix:
    ids: np.ndarray  # source ids, int64
    vectors: np.ndarray  # (n, DIMENSIONS) float32, L2-normalised
    max_id: int  # highest SourceEmbedding id loaded
    loaded_at: float  # time.monotonic() of the last full load


_lock = threading.Lock()
_matrix: _Matrix | None = None


def reset() -> None:
    """Forget the loaded matrix (tests; after bulk changes)."""
    global _matrix
    with _lock:
        _matrix = None


def _rows(after_id: int) -> Iterable[tuple[int, int, str, bytes | memoryview]]:
    from sources.models import SourceEmbedding

    return (
        SourceEmbedding.objects.filter(model=embeddings.MODEL_NAME, id__gt=after_id)
        .order_by("id")
        .values_list("id", "source_id", "source__language", "vector")
        .iterator(chunk_size=5000)
    )


def _load(previous: _Matrix | None) -> _Matrix:
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
    return _Matrix(
        ids=new_ids, vectors=np.ascontiguousarray(vectors), max_id=max_id, loaded_at=loaded_at
    )


def _current() -> _Matrix:
    from sources.models import SourceEmbedding

    global _matrix
    top = SourceEmbedding.objects.filter(model=embeddings.MODEL_NAME).aggregate(top=Max("id"))
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


def nearest(query_vector: np.ndarray, *, limit: int) -> list[tuple[int, float]]:
    """``(source id, cosine)`` of the ``limit`` stored vectors closest to ``query_vector``,
    best first, ties by the smaller source id."""
    matrix = _current()
    if limit <= 0 or len(matrix.ids) == 0:
        return []
    cosines = matrix.vectors @ np.asarray(query_vector, dtype=np.float32)
    k = min(limit, len(cosines))
    top = np.argpartition(-cosines, k - 1)[:k]
    order = sorted(top.tolist(), key=lambda i: (-round(float(cosines[i]), 6), int(matrix.ids[i])))
    return [(int(matrix.ids[i]), float(cosines[i])) for i in order]
