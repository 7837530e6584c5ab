"""Fine-tuning the sentence encoder on pairs of claims and the sources that answer them.

all-MiniLM-L6-v2 was trained on general sentence pairs; a newsroom's claims (posts, quotes,
headlines) and its sources (fact-checks, reports) are a narrower kind of pair. Fine-tuning the
shipped model on such pairs moves each claim's vector towards the source that answers it and
away from the others: a contrastive loss over the batch (every other pair's source is a
negative, as in sentence-transformers' ``MultipleNegativesRankingLoss``) plus, for each claim,
the sources the shipped model ranks highest that do not answer it ("hard negatives").

``manage.py train_encoder`` reads the pairs from a CLEF CheckThat!-format triple (the format
``evaluate_retrieval`` reads) and writes the model to a directory with a manifest
(:data:`sources.embeddings.MANIFEST`); ``WORKBENCH_ENCODER=DIR`` makes the workbench use it.
Training is seeded and single-threaded by default, so the same data and settings give the same
weights on the same machine; the manifest records the data's hashes, the settings, the loss of
each epoch and a tag derived from the weights, which names the stored vectors.
"""

from __future__ import annotations

import hashlib
import json
import random
import shutil
from collections.abc import Callable, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from sources import embeddings
from sources.evaluation import Target, duplicate_groups


@dataclass(frozen=True)
class Pair:
    query: str  # the claim, as ``embeddings.query_text`` gives it to the model
    positive: str  # the source that answers it, as ``embeddings.document_text`` gives it
    negatives: tuple[str, ...] = ()  # sources that look alike but do not answer it


@dataclass(frozen=True)
class Settings:
    # chosen on CLEF 2020 task 2 train alone (600 tweets to learn, 200 to score; dev not used):
    # 3 epochs, 2 hard negatives, 3e-5 scored 0.875 there against 0.859 for 2, 1, 2e-5
    epochs: int = 3
    batch_size: int = 32
    learning_rate: float = 3e-5
    hard_negatives: int = 2
    scale: float = 20.0  # cosine → logit, as MultipleNegativesRankingLoss
    max_seq_length: int = 128  # word pieces per text while training (the model keeps 256)
    seed: int = 0
    threads: int = 1


@dataclass
class Result:
    tag: str
    pairs: int
    steps: int
    epoch_losses: list[float] = field(default_factory=list)


def mine_pairs(
    queries: Sequence[str],
    positives: Sequence[Sequence[int]],
    documents: Sequence[str],
    *,
    hard_negatives: int,
    same: Callable[[int, int], bool] = lambda a, b: a == b,
    depth: int = 30,
) -> list[Pair]:
    """One pair per (query, answering document), with the ``hard_negatives`` documents that
    the shipped model ranks highest for the query but that do not answer it (``same`` tells
    whether two documents are one, e.g. identical twins: an answer's twin is no negative)."""
    negatives: list[list[int]] = [[] for _ in queries]
    if hard_negatives > 0 and queries:
        doc_vectors = embeddings.encode(list(documents))
        query_vectors = embeddings.encode(list(queries))
        for i, row in enumerate(query_vectors @ doc_vectors.T):
            order = np.argsort(-row, kind="stable")[:depth]
            answers = positives[i]
            negatives[i] = [int(j) for j in order if not any(same(int(j), p) for p in answers)][
                :hard_negatives
            ]
    return [
        Pair(queries[i], documents[p], tuple(documents[j] for j in negatives[i]))
        for i in range(len(queries))
        for p in positives[i]
    ]


def triple_pairs(
    targets: Sequence[Target],
    queries: Sequence[tuple[str, str]],
    qrels: Mapping[str, set[str]],
    *,
    hard_negatives: int,
) -> tuple[list[Pair], int]:
    """The pairs of a CLEF triple (:func:`mine_pairs`; identical twins are one target), and
    how many relevant ids name no target (left out). Queries without an answer give none."""
    ids = [t.id for t in targets]
    index = {target_id: i for i, target_id in enumerate(ids)}
    twins = duplicate_groups(targets)
    texts: list[str] = []
    positives: list[list[int]] = []
    unknown = 0
    for qid, text in queries:
        answers = [index[t] for t in sorted(qrels.get(qid, ())) if t in index]
        unknown += len(qrels.get(qid, ())) - len(answers)
        if answers:
            texts.append(embeddings.query_text(text))
            positives.append(answers)
    pairs = mine_pairs(
        texts,
        positives,
        [embeddings.document_text(t.title, t.text) for t in targets],
        hard_negatives=hard_negatives,
        same=lambda a, b: twins.get(ids[a], ids[a]) == twins.get(ids[b], ids[b]),
    )
    return pairs, unknown


def fine_tune(
    pairs: Sequence[Pair],
    out: Path,
    settings: Settings,
    *,
    source: dict[str, Any],
    progress: Callable[[int, float], None] | None = None,
) -> Result:
    """Train a copy of the shipped model on ``pairs`` and write it to ``out`` (which must not
    hold a model yet) with its manifest; ``source`` describes the data for the manifest.
    ``progress(epoch, mean_loss)`` is called after each epoch."""
    import torch
    import torch.nn.functional as F
    from sentence_transformers import SentenceTransformer

    if not pairs:
        raise ValueError("no pairs to train on")
    random.seed(settings.seed)
    np.random.seed(settings.seed)
    torch.manual_seed(settings.seed)
    previous_threads = torch.get_num_threads()
    torch.set_num_threads(settings.threads)
    try:
        model = SentenceTransformer(str(embeddings.base_model_path()), device="cpu")
        reads = model.max_seq_length  # what the shipped model reads (256 word pieces)
        model.max_seq_length = settings.max_seq_length  # trained on shorter texts: faster

        def embed(texts: list[str]) -> Any:
            features = model.preprocess(texts)
            return F.normalize(model(features)["sentence_embedding"], dim=-1)

        batches = (len(pairs) + settings.batch_size - 1) // settings.batch_size
        steps = settings.epochs * batches
        warmup = max(1, steps // 10)
        optimizer = torch.optim.AdamW(model.parameters(), lr=settings.learning_rate)
        scheduler = torch.optim.lr_scheduler.LambdaLR(
            optimizer, lambda s: min(1.0, (s + 1) / warmup) * max(0.0, 1.0 - s / steps)
        )
        order = list(pairs)
        shuffle = random.Random(settings.seed)
        result = Result(tag="", pairs=len(pairs), steps=steps)
        model.train()
        for _epoch in range(settings.epochs):
            shuffle.shuffle(order)
            total = 0.0
            for start in range(0, len(order), settings.batch_size):
                batch = order[start : start + settings.batch_size]
                queries = embed([p.query for p in batch])
                documents = embed(
                    [p.positive for p in batch] + [n for p in batch for n in p.negatives]
                )
                logits = settings.scale * queries @ documents.T
                loss = F.cross_entropy(logits, torch.arange(len(batch)))
                optimizer.zero_grad()
                loss.backward()
                optimizer.step()
                scheduler.step()
                total += float(loss.item()) * len(batch)
            result.epoch_losses.append(round(total / len(order), 4))
            if progress is not None:
                progress(len(result.epoch_losses), result.epoch_losses[-1])
        model.eval()
        model.max_seq_length = reads  # the saved model reads sources as far as the shipped one
    finally:
        torch.set_num_threads(previous_threads)
    result.tag = save_model(
        out,
        lambda directory: model.save(str(directory)),
        embeddings.MANIFEST,
        lambda tag: {
            "base_model": embeddings.MODEL_NAME,
            "base_version": embeddings.package_version(),
            "tag": tag,
            "source": source,
            "settings": asdict(settings),
            "pairs": result.pairs,
            "steps": result.steps,
            "epoch_losses": result.epoch_losses,
        },
        prefix="tuned-",
    )
    return result


def save_model(
    out: Path,
    save: Callable[[Path], None],
    manifest_name: str,
    manifest: Callable[[str], dict[str, Any]],
    *,
    prefix: str,
) -> str:
    """Write a trained model (``save`` into a directory) and its manifest (built from the
    weights' tag, ``prefix`` + their digest) to ``out``, which must not hold a model yet; the
    tag. Written next to ``out`` and renamed when complete: a failed run leaves no model behind
    that a process could load half-written."""
    partial = out.with_name(out.name + ".partial")
    if partial.exists():
        shutil.rmtree(partial)
    save(partial)
    tag = prefix + weights_digest(partial)[:12]
    (partial / manifest_name).write_text(
        json.dumps(manifest(tag), indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    if out.exists():
        out.rmdir()  # the caller checked it is empty
    partial.rename(out)
    return tag


def weights_digest(directory: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(directory.glob("*.safetensors")) or sorted(directory.glob("*.bin")):
        digest.update(path.read_bytes())
    return digest.hexdigest()


def file_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()
