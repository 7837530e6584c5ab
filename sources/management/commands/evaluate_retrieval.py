"""``manage.py evaluate_retrieval TARGETS.tsv QUERIES.tsv QRELS``: MAP@5, MRR, recall@20.

The targets are imported as sources (external ids ``eval-<id>``, zero-padded so ties go to the
lower id) inside a transaction that is rolled back at the end: the database is left as it was.
Each query goes through ``source_search`` — the engine as deployed, on this database — and plain
BM25 over the same targets runs in the same process as the baseline. Prints one JSON object.

With the semantic path on, the targets' vectors are stored as ``SourceEmbedding`` rows (in the
same rolled-back transaction), so the dense first-stage arm searches them as it would in
production.

``--fit-fusion OUT.json`` learns the fusion weights (:mod:`sources.search.fusion`) from this
run's queries and qrels — give it the *training* triple only — and writes them to ``OUT.json``;
the engine is then not run (its metrics would be those of the weights in force before).

Each system is scored twice: on its runs as they are, and with targets that are identical but
for punctuation collapsed to the lowest id of their group (``sources.evaluation.
duplicate_groups``), as the CLEF 2020 data's notes ask before systems are compared.
"""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

import numpy as np
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import transaction

from sources import embeddings, reranker
from sources.evaluation import (
    PlainBM25,
    collapse,
    duplicate_groups,
    fusion_training_rows,
    scores,
    write_fusion_weights,
)
from sources.management.commands._triple import add_triple_arguments, read_triple
from sources.models import Source, SourceEmbedding
from sources.search import SEARCH_VERSION, dense, get_backend, pipeline
from sources.selectors import CANDIDATES, search_backend_name, source_search
from workbench.nlp.textnorm import index_text

PREFIX = "eval-"


def _external_id(target_id: str) -> str:
    return PREFIX + (f"{int(target_id):010d}" if target_id.isdigit() else target_id)


class Command(BaseCommand):
    help = "Evaluate retrieval on a CLEF CheckThat! 2020 task 2 triple against plain BM25."

    def add_arguments(self, parser: CommandParser) -> None:
        add_triple_arguments(parser)
        parser.add_argument("--candidates", type=int, default=CANDIDATES)
        parser.add_argument("--semantic", choices=["auto", "on", "off"], default="auto")
        parser.add_argument("--limit", type=int, default=0, help="only the first N queries")
        parser.add_argument(
            "--vector-cache",
            metavar="PATH.npz",
            help="reuse target vectors from this file (by text hash), adding the missing ones",
        )
        parser.add_argument(
            "--fit-fusion",
            metavar="OUT.json",
            help="learn the fusion weights on these queries (training data only) into OUT.json",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        _paths, targets, queries, qrels = read_triple(options)
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
            dense.reset()
            if semantic:
                self._store_vectors(options["vector_cache"])
            load_seconds = time.perf_counter() - started
            if options["fit_fusion"]:  # learning only: the engine's run would use the old weights
                self._fit(options, queries, qrels, semantic)
                queries = []
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
        dense.reset()  # its rows are gone with the transaction
        timings.sort()
        twins = duplicate_groups(targets)
        self.stdout.write(
            json.dumps(
                {
                    "targets": len(targets),
                    "backend": search_backend_name(),
                    "search_version": SEARCH_VERSION,
                    "semantic": bool(semantic),
                    "embedding_model": embeddings.model_version() if semantic else None,
                    "reranker": reranker.version(),
                    "candidates": options["candidates"],
                    "engine": scores(runs, qrels),
                    "bm25_baseline": scores(base_runs, qrels),
                    # the same runs with identical targets (but for punctuation) counted as one
                    "duplicate_targets": len(twins),
                    "engine_duplicates_collapsed": scores(collapse(runs, twins), qrels),
                    "bm25_duplicates_collapsed": scores(collapse(base_runs, twins), qrels),
                    "load_seconds": round(load_seconds, 1),
                    "query_ms_median": round(timings[len(timings) // 2] * 1000, 1)
                    if timings
                    else None,
                }
            )
        )

    def _store_vectors(self, cache_path: str | None) -> None:
        """Store every imported target's vector: from ``cache_path`` when it has the text's
        hash, else computed in batches (and added to the cache file)."""
        rows = list(
            Source.objects.filter(external_id__startswith=PREFIX).values_list("id", "title", "text")
        )
        docs = [embeddings.document_text(title, text) for _pk, title, text in rows]
        hashes = [embeddings.text_hash(doc) for doc in docs]
        known: dict[str, np.ndarray] = {}
        model = embeddings.model_name()
        if cache_path and Path(cache_path).is_file():
            with np.load(cache_path) as cached:
                cached_model = str(cached["model"]) if "model" in cached else embeddings.MODEL_NAME
                if cached_model == model:
                    known = dict(zip(cached["hashes"].tolist(), cached["vectors"], strict=True))
                else:
                    raise CommandError(
                        f"{cache_path} holds vectors of {cached_model}, not {model}: "
                        "give another --vector-cache"
                    )
        todo = [i for i, h in enumerate(hashes) if h not in known]
        for start in range(0, len(todo), 256):
            chunk = todo[start : start + 256]
            for i, vector in zip(chunk, embeddings.encode([docs[i] for i in chunk]), strict=True):
                known[hashes[i]] = vector
        if cache_path and todo:
            np.savez(
                cache_path,
                model=np.asarray(model),
                hashes=np.asarray(list(known)),
                vectors=np.stack(list(known.values())),
            )
        stored = []
        for (pk, _title, _text), doc, digest in zip(rows, docs, hashes, strict=True):
            embeddings.remember(doc, known[digest])
            stored.append(
                SourceEmbedding(
                    source_id=pk,
                    model=model,
                    text_hash=digest,
                    vector=embeddings.to_bytes(known[digest]),
                )
            )
        SourceEmbedding.objects.bulk_create(stored, batch_size=2000)

    def _fit(
        self,
        options: dict[str, Any],
        queries: list[tuple[str, str]],
        qrels: dict[str, set[str]],
        semantic: bool,
    ) -> None:
        """Learn both fusion models on the pools of these queries and write them out."""
        pools: dict[str, list[tuple[pipeline.Pool, set[str]]]] = {"lexical": [], "semantic": []}
        for qid, text in queries:
            first = pipeline.first_stage(text, language="en", limit=options["candidates"])
            if first is None:
                continue
            query, ids = first
            relevant = {_external_id(t) for t in qrels.get(qid, set())}
            pools["lexical"].append((pipeline.pool(query, ids, semantic=False), relevant))
            if semantic:
                pools["semantic"].append((pipeline.pool(query, ids, semantic=True), relevant))
        out = write_fusion_weights(
            Path(options["fit_fusion"]),
            {name: fusion_training_rows(name, rows) for name, rows in pools.items() if rows},
            trained_on=options["queries"],
        )
        self.stderr.write(f"fusion weights written to {out}")
