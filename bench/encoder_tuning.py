"""Which fine-tuning settings? Chosen on CLEF 2020 task 2 *train* alone.

    python bench/encoder_tuning.py DATA_DIR [--epochs 3] [--hard-negatives 2] [--learning-rate 3e-5]

Splits train's tweets in four by position: three quarters to fine-tune on (``sources.tuning``,
as ``manage.py train_encoder`` does), the fourth (every fourth tweet) to score the vectors'
cosine ranking of all targets on (MAP@5, MRR, recall@20, as they are and with identical
targets collapsed), against the shipped model on the same tweets. dev is not read: the
settings it picks can then be measured on dev once. Not part of the test suite; a run takes
5–10 minutes on two cores (``--threads 2``).
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
os.environ.pop("WORKBENCH_ENCODER", None)  # start from the shipped model

import django

django.setup()

from sources import embeddings, tuning  # noqa: E402
from sources.evaluation import (  # noqa: E402
    collapse,
    duplicate_groups,
    read_qrels,
    read_queries,
    read_targets,
    scores,
)


def main() -> None:
    defaults = tuning.Settings()
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("--epochs", type=int, default=defaults.epochs)
    parser.add_argument("--hard-negatives", type=int, default=defaults.hard_negatives)
    parser.add_argument("--learning-rate", type=float, default=defaults.learning_rate)
    parser.add_argument("--threads", type=int, default=2)
    args = parser.parse_args()
    settings = tuning.Settings(
        epochs=args.epochs,
        hard_negatives=args.hard_negatives,
        learning_rate=args.learning_rate,
        threads=args.threads,
    )

    targets = read_targets(args.data / "verified_claims.docs.tsv")
    ids = [t.id for t in targets]
    twins = duplicate_groups(targets)
    documents = [embeddings.document_text(t.title, t.text) for t in targets]
    queries = read_queries(args.data / "train" / "tweets.queries.tsv")
    qrels = read_qrels(args.data / "train" / "tweet-vclaim-pairs.qrels")
    learn = [q for i, q in enumerate(queries) if i % 4 != 0]
    score = [q for i, q in enumerate(queries) if i % 4 == 0]

    started = time.perf_counter()
    pairs, _unknown = tuning.triple_pairs(
        targets, learn, qrels, hard_negatives=settings.hard_negatives
    )
    score_texts = [embeddings.query_text(text) for _qid, text in score]
    runs: dict[str, dict[str, list[str]]] = {}

    def rank(name: str) -> None:
        similarity = embeddings.encode(score_texts) @ embeddings.encode(documents).T
        order = np.argsort(-similarity, axis=1, kind="stable")[:, :50]
        runs[name] = {qid: [ids[j] for j in order[i]] for i, (qid, _t) in enumerate(score)}

    rank("shipped")
    with tempfile.TemporaryDirectory() as directory:
        out = Path(directory) / "model"
        tuning.fine_tune(pairs, out, settings, source={"bench": "train, 3 of 4 tweets"})
        seconds = time.perf_counter() - started
        os.environ["WORKBENCH_ENCODER"] = str(out)
        embeddings.reset()
        rank("tuned")
        os.environ.pop("WORKBENCH_ENCODER")
        embeddings.reset()
    print(f"settings {settings}; {len(pairs)} pairs; mining and training {seconds:.0f} s")
    for name, run in runs.items():
        print(name, scores(run, qrels), "collapsed", scores(collapse(run, twins), qrels))


if __name__ == "__main__":
    main()
