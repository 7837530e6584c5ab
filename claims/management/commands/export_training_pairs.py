"""``manage.py export_training_pairs DIR [--language en]``: reviewers' pairs for ``train_encoder``.

A newsroom's own data is what fine-tuning the encoder needs (docs/CORROBORATION.md, "A
fine-tuned encoder"): the evidence that reviewers attached by hand (origin ``person``) says
which source bears on which claim or quote, supporting or contradicting it. This writes those
pairs as a CLEF CheckThat! triple, the format ``train_encoder`` and ``evaluate_retrieval``
read:

* ``DIR/targets.tsv``: every source in the language (``id``, text, title): the candidates the
  encoder must learn to tell apart, where its hard negatives come from;
* ``DIR/queries.tsv``: each claim or quote with such evidence (``claim-<id>`` / ``quote-<id>``);
* ``DIR/qrels``: ``query 0 source 1`` per pair.

Only claims and quotes of articles in ``--language`` and sources in it are taken (the model
reads English). Whitespace inside a text becomes one space, so a row is one line.
"""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from claims.models import Evidence, Origin
from sources.models import Source

_SPACES = re.compile(r"\s+")


def _one_line(text: str) -> str:
    return _SPACES.sub(" ", text).strip()


class Command(BaseCommand):
    help = "Write the evidence reviewers attached by hand as a training triple for train_encoder."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("out", help="directory for the three files (new or empty)")
        parser.add_argument("--language", default="en")

    def handle(self, *args: Any, **options: Any) -> None:
        out = Path(options["out"])
        language = options["language"]
        if out.exists() and (not out.is_dir() or any(out.iterdir())):
            raise CommandError(f"{out} exists and is not an empty directory")
        rows = (
            Evidence.objects.filter(origin=Origin.PERSON, source__language=language)
            .select_related("claim__article", "quote__article")
            .order_by("id")
        )
        queries: dict[str, str] = {}
        pairs: set[tuple[str, int]] = set()
        for evidence in rows:
            item = evidence.claim or evidence.quote
            if item is None or item.article.language != language:
                continue
            qid = f"{'claim' if evidence.claim_id else 'quote'}-{item.pk}"
            queries[qid] = _one_line(item.text)
            pairs.add((qid, evidence.source_id))
        if not pairs:
            raise CommandError(
                f"no evidence attached by reviewers to {language!r} claims or quotes from "
                f"{language!r} sources: nothing to export"
            )
        out.mkdir(parents=True, exist_ok=True)
        sources = Source.objects.filter(language=language).order_by("id")
        with (out / "targets.tsv").open("w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle, delimiter="\t", lineterminator="\n")
            writer.writerow(["", "vclaim", "title"])
            for pk, text, title in sources.values_list("id", "text", "title").iterator():
                writer.writerow([pk, _one_line(text), _one_line(title)])
        with (out / "queries.tsv").open("w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle, delimiter="\t", lineterminator="\n")
            writer.writerow(["", "tweet_content"])
            writer.writerows(sorted(queries.items()))
        (out / "qrels").write_text(
            "".join(f"{qid}\t0\t{pk}\t1\n" for qid, pk in sorted(pairs)), encoding="utf-8"
        )
        summary = {
            "language": language,
            "sources": sources.count(),
            "queries": len(queries),
            "pairs": len(pairs),
            "files": [str(out / name) for name in ("targets.tsv", "queries.tsv", "qrels")],
        }
        self.stdout.write(json.dumps(summary))
