"""Benchmark of source import and search: ``python bench/search_bench.py --sources 100000``.

Writes synthetic sources (external ids ``bench-…``) into the database of ``DATABASE_URL`` (or the
default SQLite file), times the import and ``--queries`` searches, prints one JSON object and
deletes the synthetic sources unless ``--keep``. Not part of the test suite: run it against a
scratch database and put the results in ``docs/``.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "workbench.settings")

WORDS_FR = [
    "base",
    "troupes",
    "drones",
    "frontière",
    "coalition",
    "gouvernement",
    "ministère",
    "forces",
    "militaires",
    "attaque",
    "combattants",
    "cérémonie",
    "retrait",
    "parlement",
    "manifestations",
    "résistance",
    "opérations",
    "soldats",
    "raids",
    "conseil",
    "sécurité",
    "nations",
    "unies",
    "général",
    "commandement",
    "positions",
    "irakiennes",
    "américaines",
    "village",
    "ville",
    "région",
    "province",
    "rapport",
    "enquête",
    "témoins",
    "hôpital",
    "civils",
    "blessés",
    "victimes",
]
NAMES = [
    "Qaëm",
    "Bagdad",
    "Syrie",
    "Parker",
    "Sahhaf",
    "Soleimani",
    "Mohandess",
    "Taji",
    "Boukamal",
    "Mossoul",
    "Erbil",
]


def _sentence(rng: random.Random) -> str:
    words = rng.choices(WORDS_FR, k=rng.randint(8, 18))
    words.insert(rng.randrange(len(words)), rng.choice(NAMES))
    if rng.random() < 0.5:
        words.insert(rng.randrange(len(words)), f"{rng.randint(2, 500)} {rng.choice(WORDS_FR)}")
    return " ".join(words).capitalize() + "."


def _line(rng: random.Random, i: int) -> str:
    text = " ".join(_sentence(rng) for _ in range(rng.randint(4, 30)))
    return json.dumps(
        {"id": f"bench-{i:07d}", "text": text, "title": _sentence(rng)[:80], "language": "fr"},
        ensure_ascii=False,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sources", type=int, default=10_000)
    parser.add_argument("--queries", type=int, default=50)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--keep", action="store_true")
    args = parser.parse_args()

    import django

    django.setup()
    from django.core.management import call_command

    from sources.models import Source
    from sources.selectors import SEARCH_VERSION, search_backend_name, source_search
    from sources.services import sources_import_jsonl

    call_command("migrate", verbosity=0)
    rng = random.Random(args.seed)
    started = time.perf_counter()
    report = sources_import_jsonl(lines=(_line(rng, i) for i in range(args.sources)))
    import_seconds = time.perf_counter() - started

    timings = []
    for _ in range(args.queries):
        claim = _sentence(rng)
        t0 = time.perf_counter()
        source_search(text=claim, top=10)
        timings.append(time.perf_counter() - t0)

    if not args.keep:
        Source.objects.filter(external_id__startswith="bench-").delete()
    timings.sort()
    print(
        json.dumps(
            {
                "backend": search_backend_name(),
                "search_version": SEARCH_VERSION,
                "sources": args.sources,
                "import": report.as_dict() | {"errors": len(report.errors)},
                "import_seconds": round(import_seconds, 2),
                "queries": args.queries,
                "query_ms_median": round(statistics.median(timings) * 1000, 1),
                "query_ms_p95": round(timings[int(len(timings) * 0.95) - 1] * 1000, 1),
            }
        )
    )


if __name__ == "__main__":
    main()
