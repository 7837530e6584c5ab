"""The claims ``extract`` yields for each transcript sentence alone, computed once.

Recomputing them is the slow part of an evaluation (one spaCy parse per sentence), so
they are kept on disk and the features are computed from them in seconds.
"""

from __future__ import annotations

import datetime as dt
import gzip
import hashlib
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from . import EVIDENCE_FORMAT

BATCH = 256


def transcript_evidence(
    sentences: Sequence[str], language: str = "en"
) -> list[list[dict[str, Any]]]:
    """The :func:`~workbench.nlp.checkworthy.evidence` of each claim of each sentence alone.

    The sentences go through spaCy in batches (``extract_many``'s path), which gives the
    same claims as one ``extract`` per sentence in a fraction of the time.
    """
    from ..pipeline import _extract_group

    out: list[list[dict[str, Any]]] = []
    for i in range(0, len(sentences), BATCH):
        group: list[tuple[str, str | None, dt.date | None]] = [
            (s, language, None) for s in sentences[i : i + BATCH]
        ]
        out.extend(
            [c["evidence"] for c in result["claims"]]
            for result in _extract_group(group, with_evidence=True)
        )
    return out


def cache_key(sentences: Sequence[str], language: str) -> str:
    """Hash of the extractor version, the evidence format, the spaCy model and the text."""
    from importlib.metadata import PackageNotFoundError, version

    from .. import VERSION
    from ..models import MODELS

    try:
        model = f"{MODELS[language][0]}=={version(MODELS[language][0])}"
    except (KeyError, PackageNotFoundError):
        model = "none"
    payload = json.dumps([VERSION, EVIDENCE_FORMAT, model, language, list(sentences)])
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()[:16]


def cached_evidence(
    name: str,
    sentences: Sequence[str],
    cache_dir: str | Path | None,
    *,
    language: str = "en",
    refresh: bool = False,
) -> list[list[dict[str, Any]]]:
    """:func:`transcript_evidence`, read from ``cache_dir`` when computed before.

    An edited transcript or a new extractor version gets a new file; a change to the
    extraction code without a version bump needs ``refresh``.
    """
    if cache_dir is None:
        return transcript_evidence(sentences, language)
    path = Path(cache_dir) / f"{name}-{cache_key(sentences, language)}.json.gz"
    if path.exists() and not refresh:
        with gzip.open(path, "rt", encoding="utf-8") as handle:
            cached: list[list[dict[str, Any]]] = json.load(handle)
        return cached
    data = transcript_evidence(sentences, language)
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".tmp")
    with gzip.open(partial, "wt", encoding="utf-8") as handle:
        json.dump(data, handle)
    partial.replace(path)
    return data
