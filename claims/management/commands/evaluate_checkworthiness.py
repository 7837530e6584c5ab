"""``manage.py evaluate_checkworthiness DIR``: MAP of extract's check-worthiness on transcripts."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser

from workbench.nlp import evaluation
from workbench.nlp.checkworthy import training
from workbench.nlp.checkworthy.transcripts import cached_evidence


class Command(BaseCommand):
    help = (
        "Rank the sentences of CLEF-2019 task 1 transcripts (line, speaker, sentence, label "
        "TSV) by the check-worthiness extract gives each sentence alone; print AP per "
        "transcript and MAP, leave-one-transcript-out for the learned weights."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("path", help="a folder of .tsv transcripts (searched recursively)")
        parser.add_argument(
            "--shipped",
            action="store_true",
            help="also score with the weights shipped in workbench/nlp/data (trained on all)",
        )
        parser.add_argument(
            "--write-weights",
            default=None,
            help="train on every transcript and write the model (weights, terms) to this JSON file",
        )
        parser.add_argument(
            "--cache",
            default=str(Path(settings.VAR_DIR) / "checkworthiness-cache"),
            help="folder for the per-sentence extraction results (default: under var/)",
        )
        parser.add_argument(
            "--no-cache", action="store_true", help="run the extraction without the cache"
        )
        parser.add_argument(
            "--refresh-cache",
            action="store_true",
            help="recompute the cached extraction (after changing the extractor)",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        transcripts = evaluation.read_transcripts(options["path"])
        if not transcripts:
            raise CommandError(f"no .tsv transcripts under {options['path']}")
        cache = None if options["no_cache"] else options["cache"]
        self.stderr.write(f"{len(transcripts)} transcripts; extracting (cache: {cache})…")
        evidence = {
            name: cached_evidence(
                name, [s for s, _y in rows], cache, refresh=options["refresh_cache"]
            )
            for name, rows in transcripts.items()
        }
        labels = {name: [y for _s, y in rows] for name, rows in transcripts.items()}
        report = training.evaluate(evidence, labels, shipped=options["shipped"])
        self.stdout.write(training.format_report(report))
        if options["write_weights"]:
            training.write_model(report["model"], options["write_weights"])
            self.stderr.write(f"model written to {options['write_weights']}")
