"""``manage.py evaluate_checkworthiness DIR``: MAP of extract's check-worthiness on transcripts."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from workbench.nlp import checkworthy, evaluation


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
            help="train on every transcript and write the weights to this JSON file",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        transcripts = evaluation.read_transcripts(options["path"])
        if not transcripts:
            raise CommandError(f"no .tsv transcripts under {options['path']}")
        self.stderr.write(f"{len(transcripts)} transcripts; computing features…")
        report = checkworthy.evaluate(transcripts, shipped=options["shipped"])
        self.stdout.write(checkworthy.format_report(report))
        if options["write_weights"]:
            checkworthy.write_weights(report["all_weights"], options["write_weights"])
            self.stderr.write(f"weights written to {options['write_weights']}")
