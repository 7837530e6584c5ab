"""Benchmark of the claims list: ``python bench/api_bench.py [--claims 500] [--seconds 5]``.

In one process, on a scratch test database (created and destroyed here, like the test suite's),
through Django's test Client (the whole middleware stack, no server):
- requests per second of ``GET /api/v1/claims/?page_size=50`` (token authentication, throttling,
  filters, pagination, serializers, evidence counts);
- the same for a bare Django view that returns the same 50 rows (same fields, same evidence
  count) as JSON with ``values()`` and ``JsonResponse``: the floor the API is measured against;
- the number of queries per request at page sizes 10 and 50, which must be equal.
Prints one JSON object.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "workbench.settings.test")

import django

django.setup()

from django.db import connection  # noqa: E402
from django.db.models import Count  # noqa: E402
from django.http import HttpRequest, JsonResponse  # noqa: E402
from django.test import Client, override_settings  # noqa: E402
from django.test.utils import (  # noqa: E402
    CaptureQueriesContext,
    setup_test_environment,
    teardown_test_environment,
)
from django.urls import path  # noqa: E402
from rest_framework.authtoken.models import Token  # noqa: E402
from rest_framework.throttling import UserRateThrottle  # noqa: E402

from claims.models import Claim  # noqa: E402
from workbench import urls as project_urls  # noqa: E402

FIELDS = (
    "id",
    "article_id",
    "text",
    "start",
    "end",
    "checkworthiness",
    "attribution",
    "status",
    "suggested_status",
    "verdict",
    "revision",
    "speaker__name",
    "assignee__username",
    "corroboration_state",
    "updated_at",
)


def bare_claims(request: HttpRequest) -> JsonResponse:
    """The same rows without DRF: one query, values(), JsonResponse."""
    rows = list(
        Claim.objects.order_by("-checkworthiness", "id")
        .annotate(evidence_count=Count("evidence"))
        .values(*FIELDS, "evidence_count")[:50]
    )
    for row in rows:
        row["id"] = str(row["id"])
        row["article_id"] = str(row["article_id"])
    return JsonResponse({"results": rows})


urlpatterns = [path("bare/claims/", bare_claims), *project_urls.urlpatterns]


def _populate(claims: int, evidence_per_claim: int) -> str:
    from tests.factories import (
        ArticleFactory,
        ClaimFactory,
        EvidenceFactory,
        SourceFactory,
        SpeakerFactory,
        SuperuserFactory,
    )

    sources = SourceFactory.create_batch(evidence_per_claim)
    speakers = SpeakerFactory.create_batch(20)
    for i in range(claims):
        if i % 25 == 0:
            article = ArticleFactory.create()
        claim = ClaimFactory.create(
            article=article, speaker=speakers[i % len(speakers)], checkworthiness=(i % 100) / 100
        )
        for source in sources:
            EvidenceFactory.create(claim=claim, source=source)
    user = SuperuserFactory.create(username="bench")
    return Token.objects.create(user=user).key


def _rate(client: Client, url: str, seconds: float, **headers: Any) -> dict[str, float]:
    assert client.get(url, **headers).status_code == 200
    count, started = 0, time.perf_counter()
    while time.perf_counter() - started < seconds:
        response = client.get(url, **headers)
        assert response.status_code == 200, response.content[:200]
        count += 1
    elapsed = time.perf_counter() - started
    return {
        "requests": count,
        "rps": round(count / elapsed, 1),
        "ms": round(1000 * elapsed / count, 2),
    }


def _queries(client: Client, url: str, **headers: Any) -> int:
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url, **headers).status_code == 200
    return len(captured)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--claims", type=int, default=500)
    parser.add_argument("--evidence", type=int, default=3, help="evidence rows per claim")
    parser.add_argument("--seconds", type=float, default=5.0, help="per measurement")
    args = parser.parse_args()

    setup_test_environment()
    old_name = connection.creation.create_test_db(verbosity=0, autoclobber=True)
    # The bench measures the API, not the throttle's limit (its cost is still paid).
    UserRateThrottle.THROTTLE_RATES = {"user": "100000000/hour", "anon": "100/hour"}
    try:
        with override_settings(ROOT_URLCONF=__name__, ALLOWED_HOSTS=["testserver"]):
            token = _populate(args.claims, args.evidence)
            client = Client()
            auth: dict[str, Any] = {"HTTP_AUTHORIZATION": f"Token {token}"}
            api_url = "/api/v1/claims/?page_size=50"
            body = client.get(api_url, **auth).json()
            assert len(body["results"]) == 50
            assert body["results"][0]["evidence_count"] == args.evidence
            bare = _rate(client, "/bare/claims/", args.seconds)
            api = _rate(client, api_url, args.seconds, **auth)
            queries = {
                size: _queries(client, f"/api/v1/claims/?page_size={size}", **auth)
                for size in (10, 50)
            }
            result = {
                "database": connection.vendor,
                "claims": args.claims,
                "evidence_per_claim": args.evidence,
                "page_size": 50,
                "bare_django_view": bare,
                "api_claims_list": api,
                "api_over_bare_time": round(api["ms"] / bare["ms"], 2),
                "queries_per_request": {"page_size_10": queries[10], "page_size_50": queries[50]},
                "queries_bare_view": _queries(client, "/bare/claims/"),
            }
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)
        teardown_test_environment()
    print(json.dumps(result, indent=2))
    if queries[10] != queries[50]:
        sys.exit("the number of queries grows with the page size")


if __name__ == "__main__":
    main()
