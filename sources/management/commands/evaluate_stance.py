"""``manage.py evaluate_stance PAIRS.tsv [--lang fr] [--json] [--errors]``: stance accuracy.

Runs the engine's stance rule on hand-written claim/evidence pairs (``eval/stance/``) and prints
accuracy overall and per phenomenon, the confusion matrix, and the trivial baseline (always
``not_contradicts``) on the same pairs. Needs no database.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from sources.search.stance_eval import LABELS, evaluate, read_pairs


class Command(BaseCommand):
    help = "Accuracy of the stance rule on claim/evidence pairs (TSV), with a trivial baseline."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("pairs", help="TSV: claim, evidence, label, phenomenon")
        parser.add_argument("--lang", default="fr", help="language of the pairs (fr, en, auto)")
        parser.add_argument("--json", action="store_true", help="print one JSON object only")
        parser.add_argument("--errors", action="store_true", help="list the pairs it gets wrong")

    def handle(self, *args: Any, **options: Any) -> None:
        path = Path(options["pairs"])
        if not path.is_file():
            raise CommandError(f"no such file: {path}")
        try:
            pairs = read_pairs(path)
        except ValueError as exc:
            raise CommandError(str(exc)) from exc
        if not pairs:
            raise CommandError(f"no pairs in {path}")
        language = None if options["lang"] == "auto" else options["lang"]
        report = evaluate(pairs, language)
        if options["json"]:
            self.stdout.write(json.dumps({"file": str(path), **report.as_dict()}))
            return
        out = self.stdout.write
        out(f"{path}: {report.total} pairs")
        out(f"accuracy  {report.accuracy:.4f}  ({report.correct}/{report.total})")
        out(
            f"baseline  {report.baseline_accuracy:.4f}  ({report.baseline_correct}/{report.total})"
            "  always not_contradicts"
        )
        out("per phenomenon:")
        for name, (ok, n) in sorted(report.by_phenomenon.items()):
            out(f"  {name:<12} {ok / n:.4f}  ({ok}/{n})")
        out("confusion (rows gold, columns predicted):")
        out(f"  {'':<16}" + "".join(f"{label:>17}" for label in LABELS))
        for gold in LABELS:
            out(f"  {gold:<16}" + "".join(f"{report.confusion[(gold, p)]:>17}" for p in LABELS))
        if options["errors"]:
            for pair, predicted in report.errors:
                out(f"  line {pair.line} [{pair.phenomenon}] gold {pair.label}, got {predicted}")
                out(f"    claim:    {pair.claim}")
                out(f"    evidence: {pair.evidence}")
