"""Corroboration search at scale: ``python bench/corroboration_bench.py --sizes 10000 100000``.

Builds a synthetic French-like corpus (a Zipf-distributed vocabulary of ``--vocabulary``
pseudo-words, the real stop words, names and counted numbers) in the database of
``DATABASE_URL`` (or the default SQLite file), then for each size prints one JSON line: index
build time, incremental import time per source, index and table sizes, the median and p95 of
``source_search`` for claims paraphrased from random sources, and the hit rate (the source the
claim came from is in the top 10). The last line gives the ratio of each size's median to the
first size's. Synthetic rows (external ids ``cbench-…``) are deleted at the end unless
``--keep``. Not part of the test suite.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import os
import random
import resource
import statistics
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "workbench.settings")

SYLLABLES = [
    "ba", "be", "bi", "bo", "ca", "ce", "ci", "co", "da", "de", "di", "do", "fa", "fe", "fi",
    "ga", "ge", "gi", "la", "le", "li", "lo", "ma", "me", "mi", "mo", "na", "ne", "ni", "no",
    "pa", "pe", "pi", "po", "ra", "re", "ri", "ro", "sa", "se", "si", "so", "ta", "te", "ti",
    "to", "va", "ve", "vi", "vo", "tion", "ment", "eur", "ique", "age", "ance",
]  # fmt: skip
NAMES = [
    "Qaëm", "Bagdad", "Syrie", "Parker", "Sahhaf", "Soleimani", "Mohandess", "Taji",
    "Boukamal", "Mossoul", "Erbil", "Kirkouk", "Ramadi", "Falloujah", "Bassora", "Najaf",
]  # fmt: skip


def vocabulary(size: int, rng: random.Random) -> list[str]:
    words: set[str] = set()
    while len(words) < size:
        words.add("".join(rng.choices(SYLLABLES, k=rng.randint(2, 4))))
    return sorted(words)


class Corpus:
    def __init__(self, vocabulary_size: int, seed: int) -> None:
        from workbench.nlp.textnorm import _data_lines

        self.rng = random.Random(seed)
        self.words = vocabulary(vocabulary_size, self.rng)
        self.rng.shuffle(self.words)
        # Zipf weights: the i-th word is drawn in proportion to 1 / (i + 1)
        self.cum = []
        total = 0.0
        for i in range(len(self.words)):
            total += 1.0 / (i + 1) ** 1.05
            self.cum.append(total)
        self.stop = [w for w in _data_lines("stopwords_fr.txt") if w and " " not in w]

    def sentence(self) -> str:
        rng = self.rng
        n = rng.randint(10, 24)
        content = rng.choices(self.words, cum_weights=self.cum, k=n)
        out: list[str] = []
        for word in content:
            if rng.random() < 0.45:
                out.append(rng.choice(self.stop))
            out.append(word)
        if rng.random() < 0.5:
            out.insert(rng.randrange(len(out)), rng.choice(NAMES))
        if rng.random() < 0.4:
            out.insert(rng.randrange(len(out)), f"{rng.randint(2, 500)} {rng.choice(self.words)}")
        return " ".join(out).capitalize() + "."

    def document(self) -> tuple[str, str]:
        return self.sentence()[:120], " ".join(
            self.sentence() for _ in range(self.rng.randint(4, 25))
        )

    def claim_from(self, text: str, rng: random.Random | None = None) -> str:
        """A claim paraphrased from one sentence of ``text``: a few words dropped and added."""
        rng = rng or self.rng
        sentences = [s for s in text.split(". ") if s]
        words = rng.choice(sentences).rstrip(".").split()
        kept = [w for w in words if rng.random() > 0.25]
        for _ in range(3):
            kept.insert(rng.randrange(len(kept) + 1), rng.choice(self.words))
        return " ".join(kept)


def _sizes(cursor_vendor: str) -> dict[str, object]:
    from django.db import connection

    if cursor_vendor != "postgresql":
        return {}
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT pg_total_relation_size('sources_source'), "
            "pg_relation_size('sources_source_search_gin'), "
            "pg_total_relation_size('sources_termstat')"
        )
        table, gin, termstat = cursor.fetchone()
    return {"table_mb": round(table / 2**20, 1), "gin_mb": round(gin / 2**20, 1),
            "termstat_mb": round(termstat / 2**20, 1)}  # fmt: skip


def bulk_load(corpus: Corpus, start: int, count: int, language: str = "fr") -> None:
    """Insert ``count`` sources in batches, then rebuild the index statistics once."""
    from django.db import connection, transaction

    from sources.models import Source
    from sources.search import get_backend
    from workbench.nlp.textnorm import index_text

    with transaction.atomic():
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:  # the per-row statistics trigger, off for a load
                cursor.execute(
                    "ALTER TABLE sources_source DISABLE TRIGGER sources_source_termstat_ins"
                )
        batch: list[Source] = []
        for i in range(start, start + count):
            title, text = corpus.document()
            batch.append(
                Source(external_id=f"cbench-{i:07d}", title=title, text=text, language=language,
                       content_hash=f"{i:064d}", search_text=index_text(title, text))
            )  # fmt: skip
            if len(batch) == 2000:
                Source.objects.bulk_create(batch)
                batch = []
        Source.objects.bulk_create(batch)
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute(
                    "ALTER TABLE sources_source ENABLE TRIGGER sources_source_termstat_ins"
                )
        get_backend().rebuild()
    vacuum()


def vacuum() -> None:
    """What autovacuum does in production, which this machine's PostgreSQL has off: merge
    the GIN index's pending entries (without it every lookup reads ~400 pages of them and
    the planner falls back to whole-table scans) and gather the planner's statistics."""
    from django.db import connection

    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:  # outside a transaction: VACUUM cannot run in one
            for table in ("sources_source", "sources_termstat", "sources_sourceembedding"):
                cursor.execute(f"VACUUM ANALYZE {table}")


def fake_embeddings(seed: int) -> None:
    """Random unit vectors for the sources that have none: the dense arm's cost, not its use."""
    import numpy as np
    from django.db import transaction

    from sources import embeddings
    from sources.models import Source, SourceEmbedding

    rng = np.random.default_rng(seed)
    # the incremental sources were just re-imported (new texts on --reuse): new vectors
    SourceEmbedding.objects.filter(source__external_id__startswith="cbench-inc-").delete()
    # pages by id, not .iterator(): a server-side cursor left this connection's later search
    # queries 2-3 times slower on PostgreSQL (see sources/search/dense.py)
    todo = Source.objects.filter(embedding__isnull=True).order_by("id")
    rows = []
    with transaction.atomic():
        for pk, title, text in _pages(todo.values_list("id", "title", "text")):
            vector = rng.standard_normal(embeddings.DIMENSIONS).astype(np.float32)
            vector /= np.linalg.norm(vector)
            doc = embeddings.document_text(title, text)
            rows.append(SourceEmbedding(source_id=pk, model=embeddings.model_name(),
                                        text_hash=embeddings.text_hash(doc),
                                        vector=embeddings.to_bytes(vector)))  # fmt: skip
            if len(rows) == 2000:
                SourceEmbedding.objects.bulk_create(rows)
                rows = []
        SourceEmbedding.objects.bulk_create(rows)


def _pages(rows: Any, size: int = 2000) -> Iterator[Any]:
    """The rows of ``rows`` (ordered by id, id first) read ``size`` at a time by id."""
    after = 0
    while True:
        page = list(rows.filter(id__gt=after)[:size])
        yield from page
        if len(page) < size:
            return
        after = page[-1][0]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--queries", type=int, default=100)
    parser.add_argument("--vocabulary", type=int, default=8000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--candidates", type=int, default=None)
    parser.add_argument("--keep", action="store_true")
    parser.add_argument(
        "--reuse", action="store_true", help="keep the cbench- sources already loaded (with --keep)"
    )
    parser.add_argument(
        "--language",
        default=None,
        help="language of the synthetic sources and claims (default: fr sources, claims' "
        "language left to detection); 'en' exercises the dense arm",
    )
    parser.add_argument(
        "--profile",
        metavar="PATH",
        help="run the timed queries under cProfile and write the statistics to PATH.<size>",
    )
    parser.add_argument(
        "--fake-embeddings",
        action="store_true",
        help="store random unit vectors as embeddings (timing of the dense arm only)",
    )
    args = parser.parse_args()

    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection

    from sources.models import Source
    from sources.search import pipeline
    from sources.selectors import CANDIDATES, SEARCH_VERSION, search_backend_name, source_search
    from sources.services import source_upsert

    call_command("migrate", verbosity=0)
    if not args.reuse:
        Source.objects.filter(external_id__startswith="cbench-").delete()
    corpus = Corpus(args.vocabulary, args.seed)
    loaded = Source.objects.filter(external_id__startswith="cbench-0").count()
    medians: list[float] = []
    for size in sorted(args.sizes):
        if size < loaded:
            # the search would run over all the loaded sources, not ``size`` of them
            print(f"size {size} skipped: the database already holds {loaded} bench sources "
                  "(measure it on a database holding only the first ones; see "
                  "docs/CORROBORATION.md)", file=sys.stderr)  # fmt: skip
            continue
        t0 = time.perf_counter()
        if size > loaded:
            bulk_load(corpus, loaded, size - loaded, args.language or "fr")
        build_seconds = time.perf_counter() - t0
        loaded = max(size, loaded)
        # incremental: 200 sources through the service (trigger / FTS5 row, one transaction each)
        t0 = time.perf_counter()
        for j in range(200):
            title, text = corpus.document()
            source_upsert(external_id=f"cbench-inc-{size}-{j}", title=title, text=text,
                          language=args.language or "fr")  # fmt: skip
        upsert_ms = (time.perf_counter() - t0) / 200 * 1000
        if args.fake_embeddings:  # every source has a vector, as after reindex_sources --embeddings
            fake_embeddings(args.seed)
        vacuum()  # the state autovacuum keeps in production
        # the same claims on every run of a size (fresh or --reuse), so runs can be compared
        picker = random.Random(args.seed * 1_000_003 + size)
        wanted = [f"cbench-{i:07d}" for i in picker.sample(range(size), args.queries)]
        texts = dict(
            Source.objects.filter(external_id__in=wanted).values_list("external_id", "text")
        )
        claims = [(eid, corpus.claim_from(texts[eid], picker)) for eid in wanted]
        source_search(text=claims[0][1], top=10, language=args.language)  # warm the caches
        timings, cpu, found = [], [], 0
        stages: dict[str, list[float]] = {
            "first_stage": [], "pool": [], "encode": [], "explain": []
        }  # fmt: skip
        profiler = cProfile.Profile() if args.profile else None
        if profiler is not None:
            profiler.enable()
        for eid, claim in claims:
            t0, c0 = time.perf_counter(), time.process_time()
            hits = source_search(text=claim, top=10, candidates=args.candidates or CANDIDATES,
                                 language=args.language)  # fmt: skip
            timings.append(time.perf_counter() - t0)
            cpu.append(time.process_time() - c0)
            for stage, values in stages.items():
                values.append(getattr(pipeline.timings, stage, 0.0))
            found += any(h.external_id == eid for h in hits)
        if profiler is not None:
            profiler.disable()
            profiler.dump_stats(f"{args.profile}.{size}")
        timings.sort()
        median = statistics.median(timings) * 1000
        medians.append(median)
        print(json.dumps({
            "backend": search_backend_name(), "search_version": SEARCH_VERSION,
            "sources": Source.objects.count(), "vocabulary": args.vocabulary,
            "build_seconds": round(build_seconds, 1), "upsert_ms_per_source": round(upsert_ms, 1),
            "queries": len(timings), "query_ms_median": round(median, 1),
            "query_ms_p95": round(timings[max(int(len(timings) * 0.95) - 1, 0)] * 1000, 1),
            # this process's CPU time (all its threads; not the database server's): steadier
            # than the wall clock on a loaded machine
            "cpu_ms_median": round(statistics.median(cpu) * 1000, 1),
            "load_average": round(os.getloadavg()[0], 1),
            "hit_at_10": round(found / len(timings), 3),
            "stage_ms_median": {k: round(statistics.median(v) * 1000, 1)
                                for k, v in stages.items()},
            "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
            **_sizes(connection.vendor),
        }), flush=True)  # fmt: skip
    print(json.dumps({"median_ratio_to_first": [round(m / medians[0], 2) for m in medians]}))
    if not args.keep:
        Source.objects.filter(external_id__startswith="cbench-").delete()


if __name__ == "__main__":
    main()
