"""``manage.py train_encoder TARGETS.tsv QUERIES.tsv QRELS --out DIR``: fine-tune the encoder.

Reads pairs of claims and the sources that answer them in the CLEF CheckThat! format that
``evaluate_retrieval`` reads (give it training data only), fine-tunes the shipped
all-MiniLM-L6-v2 on them (:mod:`sources.tuning`) and writes the model and its manifest to
``DIR``. Use it with ``WORKBENCH_ENCODER=DIR``, then ``reindex_sources --embeddings`` to embed
the stored sources with it. Prints the manifest as JSON.
"""

from __future__ import annotations

import json
import time
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from sources import embeddings, tuning
from sources.management.commands._triple import (
    add_triple_arguments,
    new_model_dir,
    read_triple,
    triple_digests,
)


class Command(BaseCommand):
    help = "Fine-tune the sentence encoder on a CLEF CheckThat!-format training triple."

    def add_arguments(self, parser: CommandParser) -> None:
        add_triple_arguments(parser)
        parser.add_argument("--out", required=True, help="directory for the model (new or empty)")
        defaults = tuning.Settings()
        parser.add_argument("--epochs", type=int, default=defaults.epochs)
        parser.add_argument("--batch-size", type=int, default=defaults.batch_size)
        parser.add_argument("--learning-rate", type=float, default=defaults.learning_rate)
        parser.add_argument("--hard-negatives", type=int, default=defaults.hard_negatives)
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
        if embeddings.encoder_dir() is not None:
            raise CommandError("unset WORKBENCH_ENCODER: training starts from the shipped model")
        if not (embeddings.enabled() and embeddings.available()):
            raise CommandError("the embedding model is not installed or is turned off")
        settings = tuning.Settings(
            epochs=options["epochs"],
            batch_size=options["batch_size"],
            learning_rate=options["learning_rate"],
            hard_negatives=options["hard_negatives"],
            seed=options["seed"],
            threads=options["threads"],
        )
        if min(settings.epochs, settings.batch_size, settings.threads) < 1:
            raise CommandError("--epochs, --batch-size and --threads must be at least 1")

        started = time.perf_counter()
        pairs, unknown = tuning.triple_pairs(
            targets, queries, qrels, hard_negatives=settings.hard_negatives
        )
        if not pairs:
            raise CommandError(
                "no query has a relevant target in the files given: nothing to learn"
            )
        if unknown:
            self.stderr.write(f"note: {unknown} relevant ids name no target; left out")
        source = triple_digests(paths)
        self.stderr.write(f"{len(pairs)} pairs; training for {settings.epochs} epochs")
        result = tuning.fine_tune(
            pairs,
            out,
            settings,
            source=source,
            progress=lambda epoch, loss: self.stderr.write(f"epoch {epoch}: mean loss {loss}"),
        )
        manifest = json.loads((out / embeddings.MANIFEST).read_text(encoding="utf-8"))
        manifest["seconds"] = round(time.perf_counter() - started, 1)
        self.stdout.write(json.dumps(manifest))
        self.stderr.write(
            f"{result.pairs} pairs, {result.steps} steps; "
            f"use it with WORKBENCH_ENCODER={out} (then reindex_sources --embeddings)"
        )
