"""``manage.py evaluate_extraction PATH``: quote P/R/F1 and speaker accuracy on annotated texts."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from workbench import nlp
from workbench.nlp import evaluation


class Command(BaseCommand):
    help = (
        "Score extract on annotated JSONL texts (a file or a folder of *.jsonl): quote "
        "precision/recall/F1 at overlap >= 0.3, >= 0.8 and exact, speaker accuracy, "
        "by split, language and kind."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("path", help="a .jsonl file or a folder of them (eval/extraction)")
        parser.add_argument("--split", default=None, help="only this split (dev, heldout)")
        parser.add_argument("--errors", action="store_true", help="list misses per text")

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            docs = evaluation.load_gold(options["path"])
        except (OSError, ValueError, KeyError) as exc:
            raise CommandError(f"cannot read {options['path']}: {exc}") from exc
        if options["split"]:
            docs = [d for d in docs if d.get("split", "dev") == options["split"]]
        if not docs:
            raise CommandError("no annotated texts found")
        report = evaluation.evaluate_extraction(docs, nlp.extract)
        self.stdout.write(evaluation.format_extraction(report, verbose=options["errors"]))
