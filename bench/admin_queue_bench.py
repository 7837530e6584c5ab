"""Benchmark of the reviewers' queue: ``python bench/admin_queue_bench.py --rows 10000``.

Renders the claims changelist (and a claim page) through Django's test client, as a superuser,
first with 10 claims and then with ``--rows`` claims, and prints one JSON object: queries and
milliseconds per page at both sizes, and their ratios. Everything is written inside a transaction
that is rolled back, so the database of ``DATABASE_URL`` (or the default SQLite file; it must be
migrated) is left as it was.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "workbench.settings")


class Rollback(Exception):
    pass


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()

    import django

    django.setup()
    from django.contrib.auth import get_user_model
    from django.db import connection, transaction
    from django.test import Client
    from django.test.utils import CaptureQueriesContext, setup_test_environment

    from claims.models import Article, Claim

    setup_test_environment()  # the test client's ALLOWED_HOSTS

    def measure(client: Client, url: str) -> dict[str, float]:
        times, queries = [], 0
        for _ in range(args.repeat):
            with CaptureQueriesContext(connection) as captured:
                start = time.perf_counter()
                assert client.get(url).status_code == 200
                times.append((time.perf_counter() - start) * 1000)
            queries = len(captured)
        return {"queries": queries, "ms_median": round(statistics.median(times), 1)}

    def make(article: Article, n: int, offset: int) -> None:
        Claim.objects.bulk_create(
            (
                Claim(
                    article=article,
                    fingerprint=f"bench-{offset + i}",
                    text=f"Les drones ont tué {offset + i} combattants près de Qaëm.",
                    start=0,
                    end=10,
                    checkworthiness=(i % 100) / 100,
                )
                for i in range(n)
            ),
            batch_size=2000,
        )

    result: dict[str, object] = {"rows": args.rows, "database": connection.vendor}
    try:
        with transaction.atomic():
            user = get_user_model().objects.create_superuser("bench-admin", password="x")
            client = Client()
            client.force_login(user)
            article = Article.objects.create(body="x" * 200, content_hash="bench-admin-queue")
            make(article, 10, 0)
            first = Claim.objects.filter(article=article).order_by("pk").first()
            assert first is not None
            small = measure(client, "/admin/claims/claim/")
            make(article, args.rows - 10, 10)
            large = measure(client, "/admin/claims/claim/")
            page = measure(client, f"/admin/claims/claim/{first.pk}/change/")
            result.update(
                changelist_10=small,
                changelist_large=large,
                claim_page=page,
                query_ratio=round(large["queries"] / small["queries"], 3),
                time_ratio=round(large["ms_median"] / small["ms_median"], 2),
            )
            raise Rollback
    except Rollback:
        pass
    print(json.dumps(result))


if __name__ == "__main__":
    main()
