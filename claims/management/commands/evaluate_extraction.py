"""``manage.py evaluate_extraction PATH ...``: quote P/R/F1 and speaker accuracy on annotated
texts, and the verbs in cue position that the cue lists do not know."""

from __future__ import annotations

from collections import Counter
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from workbench import nlp
from workbench.nlp import evaluation


class Command(BaseCommand):
    help = (
        "Score extract on annotated JSONL texts (files and/or folders of *.jsonl): quote "
        "precision/recall/F1 at overlap >= 0.3, >= 0.8 and exact, speaker accuracy, "
        "by split, language and kind; then the most frequent unknown cue candidates."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "paths", nargs="+", help=".jsonl files or folders of them (eval/extraction)"
        )
        parser.add_argument("--split", default=None, help="only this split (dev, heldout, …)")
        parser.add_argument("--errors", action="store_true", help="list misses per text")
        parser.add_argument(
            "--top-cues", type=int, default=10, help="how many unknown cue candidates to list"
        )

    def handle(self, *args: Any, **options: Any) -> None:
        docs: list[dict[str, Any]] = []
        for path in options["paths"]:
            try:
                docs.extend(evaluation.load_gold(path))
            except (OSError, ValueError, KeyError) as exc:
                raise CommandError(f"cannot read {path}: {exc}") from exc
        if options["split"]:
            docs = [d for d in docs if d.get("split", "dev") == options["split"]]
        if not docs:
            raise CommandError("no annotated texts found")
        unknown: Counter[tuple[str, str]] = Counter()

        def extract(text: str, **kwargs: Any) -> dict[str, Any]:
            result = nlp.extract(text, **kwargs)
            for cue in result.get("diagnostics", {}).get("unknown_cues", []):
                unknown[(kwargs.get("language") or result["language"], str(cue["lemma"]))] += 1
            return result

        report = evaluation.evaluate_extraction(docs, extract)
        self.stdout.write(evaluation.format_extraction(report, verbose=options["errors"]))
        self.stdout.write(self.format_unknown(unknown, options["top_cues"]))

    @staticmethod
    def format_unknown(unknown: Counter[tuple[str, str]], top: int) -> str:
        """The verbs found in a quote's cue slot that no cue list knows, most frequent first
        (add the right ones to workbench/nlp/data/<lang>/cues.txt)."""
        total = sum(unknown.values())
        lines = [f"\nunknown cue candidates: {total} in total, {len(unknown)} distinct"]
        for (lang, lemma), n in sorted(unknown.items(), key=lambda x: (-x[1], x[0]))[:top]:
            lines.append(f"  {n:4d}  {lang}  {lemma}")
        return "\n".join(lines)
