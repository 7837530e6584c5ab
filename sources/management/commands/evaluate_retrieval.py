"""``manage.py evaluate_retrieval TARGETS.tsv QUERIES.tsv QRELS``: MAP@5, MRR, recall@20.

The targets are imported as sources (external ids ``eval-<id>``, zero-padded so ties go to the
lower id) inside a transaction that is rolled back at the end: the database is left as it was.
Each query goes through ``source_search`` — the engine as deployed, on this database — and plain
BM25 over the same targets runs in the same process as the baseline. Prints one JSON object.
"""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import transaction

from sources import embeddings
from sources.evaluation import PlainBM25, read_qrels, read_queries, read_targets, scores
from sources.models import Source
from sources.search import SEARCH_VERSION, get_backend
from sources.selectors import CANDIDATES, search_backend_name, source_search
from workbench.nlp.textnorm import index_text

PREFIX = "eval-"


def _external_id(target_id: str) -> str:
    return PREFIX + (f"{int(target_id):010d}" if target_id.isdigit() else target_id)


class Command(BaseCommand):
    help = "Evaluate retrieval on a CLEF CheckThat! 2020 task 2 triple against plain BM25."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("targets")
        parser.add_argument("queries")
        parser.add_argument("qrels")
        parser.add_argument("--candidates", type=int, default=CANDIDATES)
        parser.add_argument("--semantic", choices=["auto", "on", "off"], default="auto")
        parser.add_argument("--limit", type=int, default=0, help="only the first N queries")

    def handle(self, *args: Any, **options: Any) -> None:
        paths = [Path(options[name]) for name in ("targets", "queries", "qrels")]
        for path in paths:
            if not path.is_file():
                raise CommandError(f"no such file: {path}")
        targets = read_targets(paths[0])
        queries = read_queries(paths[1])
        qrels = read_qrels(paths[2])
        if options["limit"]:
            queries = queries[: options["limit"]]
        semantic = {"auto": None, "on": True, "off": False}[options["semantic"]]
        if semantic and not embeddings.available():
            raise CommandError("--semantic on: the embedding model is not installed")
        if semantic is None:
            semantic = embeddings.enabled() and embeddings.available()
        if Source.objects.exclude(external_id__startswith=PREFIX).exists():
            self.stderr.write("note: the database holds other sources; they are searched too")

        baseline = PlainBM25(targets)
        base_runs = {qid: baseline.search(text, 20) for qid, text in queries}
        back = {_external_id(t.id): t.id for t in targets}
        started = time.perf_counter()
        with transaction.atomic():
            Source.objects.bulk_create(
                [
                    Source(
                        external_id=_external_id(t.id),
                        text=t.text or t.title,
                        title=t.title,
                        language="en",
                        content_hash=f"eval:{t.id}",
                        search_text=index_text(t.title, t.text),
                    )
                    for t in targets
                ],
                batch_size=2000,
            )
            get_backend().rebuild()
            if semantic:  # warm the vector cache in batches (the same vectors, faster)
                docs = [embeddings.document_text(t.title, t.text or t.title) for t in targets]
                for i in range(0, len(docs), 256):
                    for doc, vec in zip(
                        docs[i : i + 256], embeddings.encode(docs[i : i + 256]), strict=True
                    ):
                        embeddings.remember(doc, vec)
            load_seconds = time.perf_counter() - started
            runs: dict[str, list[str]] = {}
            timings = []
            for qid, text in queries:
                t0 = time.perf_counter()
                hits = source_search(
                    text=text,
                    language="en",
                    top=20,
                    candidates=options["candidates"],
                    semantic=semantic,
                )
                timings.append(time.perf_counter() - t0)
                runs[qid] = [back[h.external_id] for h in hits if h.external_id in back]
            transaction.set_rollback(True)
        timings.sort()
        self.stdout.write(
            json.dumps(
                {
                    "targets": len(targets),
                    "backend": search_backend_name(),
                    "search_version": SEARCH_VERSION,
                    "semantic": bool(semantic),
                    "embedding_model": embeddings.model_version() if semantic else None,
                    "candidates": options["candidates"],
                    "engine": scores(runs, qrels),
                    "bm25_baseline": scores(base_runs, qrels),
                    "load_seconds": round(load_seconds, 1),
                    "query_ms_median": round(timings[len(timings) // 2] * 1000, 1)
                    if timings
                    else None,
                }
            )
        )
