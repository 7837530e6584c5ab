"""``manage.py train_reranker TARGETS.tsv QUERIES.tsv QRELS --out DIR``: train the re-ranker.

Reads pairs of claims and the sources that answer them in the CLEF CheckThat! format that
``evaluate_retrieval`` reads (give it training data only), trains a cross-encoder from the
shipped all-MiniLM-L6-v2's weights on each claim's answer against the sources the encoder in
use ranks highest that do not answer it (:mod:`sources.reranker`), and writes the model and
its manifest to ``DIR``. Use it with ``WORKBENCH_RERANKER=DIR``. Prints the manifest as JSON.
"""

from __future__ import annotations

import json
import time
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from sources import embeddings, reranker, tuning
from sources.management.commands._triple import (
    add_triple_arguments,
    new_model_dir,
    read_triple,
    triple_digests,
)


class Command(BaseCommand):
    help = "Train the cross-encoder re-ranker on a CLEF CheckThat!-format training triple."

    def add_arguments(self, parser: CommandParser) -> None:
        add_triple_arguments(parser)
        parser.add_argument("--out", required=True, help="directory for the model (new or empty)")
        defaults = reranker.Settings()
        parser.add_argument("--epochs", type=int, default=defaults.epochs)
        parser.add_argument("--negatives", type=int, default=defaults.negatives)
        parser.add_argument("--learning-rate", type=float, default=defaults.learning_rate)
        parser.add_argument("--seed", type=int, default=defaults.seed)
        parser.add_argument(
            "--threads",
            type=int,
            default=defaults.threads,
            help="PyTorch threads (1: reproducible)",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        paths, targets, queries, qrels = read_triple(options)
        out = new_model_dir(options["out"])
        if not (embeddings.enabled() and embeddings.available()):
            raise CommandError("the embedding model is not installed or is turned off")
        settings = reranker.Settings(
            epochs=options["epochs"],
            negatives=options["negatives"],
            learning_rate=options["learning_rate"],
            seed=options["seed"],
            threads=options["threads"],
        )
        if min(settings.epochs, settings.negatives, settings.threads) < 1:
            raise CommandError("--epochs, --negatives and --threads must be at least 1")

        started = time.perf_counter()
        pairs, unknown = tuning.triple_pairs(
            targets, queries, qrels, hard_negatives=settings.negatives
        )
        if not any(p.negatives for p in pairs):
            raise CommandError(
                "no query has both a relevant target and another one in the files given: "
                "nothing to learn"
            )
        if unknown:
            self.stderr.write(f"note: {unknown} relevant ids name no target; left out")
        source = triple_digests(paths)
        self.stderr.write(
            f"{len(pairs)} claims with an answer; training for {settings.epochs} epochs"
        )
        result = reranker.fine_tune(
            pairs,
            out,
            settings,
            source=source,
            progress=lambda epoch, loss: self.stderr.write(f"epoch {epoch}: mean loss {loss}"),
        )
        manifest = json.loads((out / reranker.MANIFEST).read_text(encoding="utf-8"))
        manifest["seconds"] = round(time.perf_counter() - started, 1)
        self.stdout.write(json.dumps(manifest))
        self.stderr.write(f"{result.groups} groups; use it with WORKBENCH_RERANKER={out}")
