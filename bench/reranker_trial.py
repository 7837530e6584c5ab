"""Would a cross-encoder re-ranker close the gap? A trial on CLEF 2020 task 2, outside the engine.

    python bench/reranker_trial.py DATA_DIR [--split train|dev] [--epochs 2] [--negatives 7]

No cross-encoder ships on the registry, so this one is trained here as ``manage.py
train_reranker`` trains one (:mod:`sources.reranker`: all-MiniLM-L6-v2's weights with a
one-logit head; each claim's answer against the ``--negatives`` targets the shipped model
ranks highest that do not answer it). It then re-reads the shipped model's cosine top
``--pool`` of the claims it scores and prints MAP@5, MRR and recall@20 (as scored and with
identical targets collapsed) for: the cosine order, the cross-encoder alone, the sum of both
scores standardised per claim (what the engine does, with the fused score for the cosine), and
reciprocal-rank fusion of the two orders; and the median time to read one claim's pool.

``--split train`` (the default) learns on three of four train tweets and scores every fourth,
as ``bench/encoder_tuning.py`` does (dev unread); ``--split dev`` learns on all of train and
scores dev. Seeded; ``--threads`` torch threads (1 by default). Not part of the test suite;
a run takes about 25 minutes on one thread here.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "workbench.settings")
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.pop("WORKBENCH_ENCODER", None)  # the shipped model's cosine makes the pool
os.environ.pop("WORKBENCH_RERANKER", None)

import django

django.setup()

from sources import embeddings, reranker, tuning  # noqa: E402
from sources.evaluation import (  # noqa: E402
    collapse,
    duplicate_groups,
    read_qrels,
    read_queries,
    read_targets,
    scores,
)


def main() -> None:
    defaults = reranker.Settings()
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("--split", choices=["train", "dev"], default="train")
    parser.add_argument("--epochs", type=int, default=defaults.epochs)
    parser.add_argument("--negatives", type=int, default=defaults.negatives)
    parser.add_argument("--learning-rate", type=float, default=defaults.learning_rate)
    parser.add_argument("--pool", type=int, default=20)
    parser.add_argument("--threads", type=int, default=defaults.threads)
    args = parser.parse_args()
    settings = reranker.Settings(
        epochs=args.epochs,
        negatives=args.negatives,
        learning_rate=args.learning_rate,
        threads=args.threads,
    )

    targets = read_targets(args.data / "verified_claims.docs.tsv")
    ids = [t.id for t in targets]
    twins = duplicate_groups(targets)
    documents = [embeddings.document_text(t.title, t.text) for t in targets]
    queries = read_queries(args.data / "train" / "tweets.queries.tsv")
    qrels = read_qrels(args.data / "train" / "tweet-vclaim-pairs.qrels")
    if args.split == "train":
        learn = [q for i, q in enumerate(queries) if i % 4 != 0]
        score = [q for i, q in enumerate(queries) if i % 4 == 0]
    else:
        learn = queries
        score = read_queries(args.data / "dev" / "tweets.queries.tsv")
        qrels = {**qrels, **read_qrels(args.data / "dev" / "tweet-vclaim-pairs.qrels")}

    started = time.perf_counter()
    pairs, _unknown = tuning.triple_pairs(targets, learn, qrels, hard_negatives=args.negatives)
    claims = [embeddings.query_text(text) for _qid, text in score]
    similarity = embeddings.encode(claims) @ embeddings.encode(documents).T
    order = np.argsort(-similarity, axis=1, kind="stable")[:, : args.pool]
    runs: dict[str, dict[str, list[str]]] = {"cosine": {}, "cross": {}, "sum_z": {}, "rrf": {}}
    timings = []
    with tempfile.TemporaryDirectory() as directory:
        out = Path(directory) / "model"
        reranker.fine_tune(pairs, out, settings, source={"bench": args.split})
        trained = time.perf_counter() - started
        os.environ["WORKBENCH_RERANKER"] = str(out)
        reranker.reset()
        for i, (qid, _text) in enumerate(score):
            t0 = time.perf_counter()
            cross = reranker.score(claims[i], [documents[j] for j in order[i]])
            timings.append(time.perf_counter() - t0)
            cosine = similarity[i, order[i]]
            candidates = [ids[j] for j in order[i]]
            fused = reranker.standardised(cross) + reranker.standardised(cosine)
            cross_rank = np.argsort(np.argsort(-cross, kind="stable"))
            rrf = 1 / (60 + cross_rank) + 1 / (60 + np.arange(len(candidates)))
            runs["cosine"][qid] = candidates
            for name, value in (("cross", cross), ("sum_z", fused), ("rrf", rrf)):
                runs[name][qid] = [candidates[k] for k in np.argsort(-value, kind="stable")]
        os.environ.pop("WORKBENCH_RERANKER")
        reranker.reset()
    timings.sort()
    print(
        f"{settings}; {len(pairs)} claims to learn; mining and training {trained:.0f} s; "
        f"re-reading {args.pool} candidates: {1000 * timings[len(timings) // 2]:.1f} ms median"
    )
    for name, run in runs.items():
        print(name, scores(run, qrels), "collapsed", scores(collapse(run, twins), qrels))


if __name__ == "__main__":
    main()
