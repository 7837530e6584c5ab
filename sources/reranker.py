"""A cross-encoder that re-reads the best candidates of a search with the claim (opt-in).

The bi-encoder (:mod:`sources.embeddings`) compares a claim's vector with each source's,
computed apart; a cross-encoder reads the claim and a source together and scores the pair,
which ranks near-misses better but costs one forward pass per pair. No cross-encoder ships on
the registry, so ``manage.py train_reranker`` trains one from all-MiniLM-L6-v2's weights (a
one-logit head on its first token) on a newsroom's own pairs of claims and the sources that
answer them, in the CLEF CheckThat! format ``train_encoder`` reads: for each claim, its answer
against the sources the encoder in use ranks highest that do not answer it, a softmax
cross-entropy over the group (:func:`fine_tune`). ``WORKBENCH_RERANKER=DIR`` turns it on in
every process; without it nothing changes.

The search (:mod:`sources.search.pipeline`) re-reads the ``DEPTH`` best candidates by fused
score of an English claim (the model reads English) and orders them by the sum of the cross
score and the fused score's logit, each standardised over those candidates; the fused
probabilities are then handed out again in the new order, so scores keep their scale (the
floors and the suggestion rules read them) and only the order changes. Each hit of those
candidates carries ``signals.cross``.

Training is seeded and single-threaded by default: the same data and settings give the same
weights on the same machine; the manifest records the data's hashes, the settings, the loss
of each epoch and a tag derived from the weights, recorded on every corroboration run.
"""

from __future__ import annotations

import json
import os
import random
import threading
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np
from django.core.exceptions import ImproperlyConfigured

from sources import embeddings
from sources.tuning import Pair, save_model

MANIFEST = "workbench-reranker.json"
DEPTH = 10  # candidates re-read per search (a forward pass each)
LANGUAGES = ("en",)

_lock = threading.Lock()


@dataclass(frozen=True)
class Settings:
    # tried once on CLEF 2020 task 2 train alone (600 tweets to learn, 200 to score; dev not
    # used): bench/reranker_trial.py
    epochs: int = 2
    negatives: int = 7
    learning_rate: float = 3e-5
    max_length: int = 160  # word pieces of claim and source together
    seed: int = 0
    threads: int = 1


@dataclass
class Result:
    tag: str
    groups: int
    epoch_losses: list[float] = field(default_factory=list)


def reranker_dir() -> Path | None:
    value = os.environ.get("WORKBENCH_RERANKER", "").strip()
    return Path(value) if value else None


@cache
def manifest() -> dict[str, Any] | None:
    """The manifest of the configured re-ranker (``None`` when none is configured).

    Raises ``ImproperlyConfigured`` when ``WORKBENCH_RERANKER`` names no model written by
    ``train_reranker``: a wrong path fails loudly instead of searching without it."""
    directory = reranker_dir()
    if directory is None:
        return None
    try:
        found = json.loads((directory / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ImproperlyConfigured(
            f"WORKBENCH_RERANKER={directory}: no re-ranker there ({MANIFEST}: {exc})"
        ) from exc
    if not isinstance(found, dict) or found.get("base_model") != embeddings.MODEL_NAME:
        raise ImproperlyConfigured(f"WORKBENCH_RERANKER={directory}: not a workbench re-ranker")
    return found


def version() -> str | None:
    """``"cross-1a2b3c4d5e6f"`` when a re-ranker is configured (recorded on each run)."""
    found = manifest()
    return str(found["tag"]) if found else None


@cache
def _model() -> tuple[Any, Any] | None:
    directory = reranker_dir()
    if directory is None or manifest() is None:
        return None
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    from transformers import AutoModelForSequenceClassification, AutoTokenizer

    tokenizer = AutoTokenizer.from_pretrained(str(directory))
    model = AutoModelForSequenceClassification.from_pretrained(str(directory))
    model.eval()
    return tokenizer, model


def reset() -> None:
    """Forget the loaded re-ranker (after ``WORKBENCH_RERANKER`` changed: tests, commands)."""
    with _lock:
        _model.cache_clear()
        manifest.cache_clear()


def score(claim: str, documents: Sequence[str]) -> np.ndarray:
    """The cross-encoder's score of each (claim, document) pair (higher: more relevant)."""
    with _lock:
        loaded = _model()
        if loaded is None:
            raise RuntimeError("no re-ranker is configured (WORKBENCH_RERANKER)")
        if not documents:
            return np.zeros(0, dtype=np.float32)
        import torch

        tokenizer, model = loaded
        settings = manifest() or {}
        with torch.no_grad():
            batch = _batch(tokenizer, claim, documents, settings["settings"]["max_length"])
            return model(**batch).logits.squeeze(-1).numpy().astype(np.float32)


def reorder(fused: np.ndarray, cross: np.ndarray) -> np.ndarray:
    """The fused scores of the re-read candidates handed out again in the order of the sum of
    the standardised cross scores and fused logits: position ``i`` gets the probability of
    the candidate that now ranks where ``i`` does (ties keep the fused order)."""
    if len(fused) < 2:
        return fused.copy()
    clipped = np.clip(fused.astype(np.float64), 1e-6, 1 - 1e-6)
    logits = np.log(clipped / (1 - clipped))
    combined = standardised(cross.astype(np.float64)) + standardised(logits)
    by_fused = np.argsort(-fused, kind="stable")
    place = np.empty(len(fused), dtype=int)
    place[by_fused] = np.arange(len(fused))
    new_order = sorted(range(len(fused)), key=lambda i: (-combined[i], place[i]))
    out = np.empty_like(fused)
    for rank, i in enumerate(new_order):
        out[i] = fused[by_fused[rank]]
    return out


def standardised(values: np.ndarray) -> np.ndarray:
    """``values`` minus their mean, over their standard deviation (zeros when all equal)."""
    spread = values.std()
    return (values - values.mean()) / spread if spread > 0 else np.zeros_like(values)


def _batch(tokenizer: Any, claim: str, documents: Sequence[str], max_length: int) -> Any:
    return tokenizer(
        [claim] * len(documents),
        list(documents),
        truncation="longest_first",
        max_length=max_length,
        padding=True,
        return_tensors="pt",
    )


def fine_tune(
    pairs: Sequence[Pair],
    out: Path,
    settings: Settings,
    *,
    source: dict[str, Any],
    progress: Callable[[int, float], None] | None = None,
) -> Result:
    """Train a cross-encoder from the shipped model's weights on ``pairs`` (each claim with
    its answer and its hard negatives) and write it to ``out`` (which must not hold a model
    yet) with its manifest."""
    import torch
    import torch.nn.functional as F
    from transformers import AutoModelForSequenceClassification, AutoTokenizer

    groups = [p for p in pairs if p.negatives]
    if not groups:
        raise ValueError("no claim has a negative to learn against")
    random.seed(settings.seed)
    np.random.seed(settings.seed)
    torch.manual_seed(settings.seed)
    previous_threads = torch.get_num_threads()
    torch.set_num_threads(settings.threads)
    try:
        base = str(embeddings.base_model_path())
        tokenizer = AutoTokenizer.from_pretrained(base)
        model = AutoModelForSequenceClassification.from_pretrained(base, num_labels=1)
        steps = settings.epochs * len(groups)
        warmup = max(1, steps // 10)
        optimizer = torch.optim.AdamW(model.parameters(), lr=settings.learning_rate)
        scheduler = torch.optim.lr_scheduler.LambdaLR(
            optimizer, lambda s: min(1.0, (s + 1) / warmup) * max(0.0, 1.0 - s / steps)
        )
        order = list(groups)
        shuffle = random.Random(settings.seed)
        result = Result(tag="", groups=len(groups))
        model.train()
        for _epoch in range(settings.epochs):
            shuffle.shuffle(order)
            total = 0.0
            for pair in order:
                documents = [pair.positive, *pair.negatives[: settings.negatives]]
                batch = _batch(tokenizer, pair.query, documents, settings.max_length)
                logits = model(**batch).logits.squeeze(-1)
                loss = F.cross_entropy(logits.unsqueeze(0), torch.zeros(1, dtype=torch.long))
                optimizer.zero_grad()
                loss.backward()
                optimizer.step()
                scheduler.step()
                total += float(loss.item())
            result.epoch_losses.append(round(total / len(order), 4))
            if progress is not None:
                progress(len(result.epoch_losses), result.epoch_losses[-1])
        model.eval()
    finally:
        torch.set_num_threads(previous_threads)

    def save(directory: Path) -> None:
        model.save_pretrained(str(directory))
        tokenizer.save_pretrained(str(directory))

    result.tag = save_model(
        out,
        save,
        MANIFEST,
        lambda tag: {
            "base_model": embeddings.MODEL_NAME,
            "base_version": embeddings.package_version(),
            "tag": tag,
            "source": source,
            "settings": asdict(settings),
            "groups": result.groups,
            "epoch_losses": result.epoch_losses,
        },
        prefix="cross-",
    )
    return result
