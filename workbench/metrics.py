"""Prometheus metrics computed from the database at scrape time.

Every process (web, workers, beat) shares the same truth through the database, so the numbers
are right however many processes run; nothing is kept in memory between scrapes.
"""

from __future__ import annotations

import hmac
from collections.abc import Iterator
from datetime import timedelta

from django.conf import settings
from django.db.models import Avg, Count, DurationField, ExpressionWrapper, F, Max
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET
from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, generate_latest
from prometheus_client.core import GaugeMetricFamily, Metric
from prometheus_client.registry import Collector


class WorkbenchCollector(Collector):
    """Articles by processing state, unfinished corroboration, failures and processing times."""

    def collect(self) -> Iterator[Metric]:
        from claims.models import Article, Claim, CorroborationState, ProcessingState, Quote

        states = GaugeMetricFamily(
            "workbench_articles", "Articles by processing state.", labels=["state"]
        )
        counts = dict(
            Article.objects.values_list("state").annotate(n=Count("pk")).values_list("state", "n")
        )
        for state in ProcessingState.values:
            states.add_metric([state], counts.get(state, 0))
        yield states

        items = GaugeMetricFamily(
            "workbench_corroboration_items",
            "Claims and quotes by corroboration state.",
            labels=["kind", "state"],
        )
        for kind, model in (("claim", Claim), ("quote", Quote)):
            by_state = dict(
                model.objects.filter(rejected=False)
                .values_list("corroboration_state")
                .annotate(n=Count("pk"))
                .values_list("corroboration_state", "n")
            )
            for state in CorroborationState.values:
                items.add_metric([kind, state], by_state.get(state, 0))
        yield items

        now = timezone.now()
        oldest = Article.objects.filter(
            state__in=[
                ProcessingState.QUEUED,
                ProcessingState.EXTRACTING,
                ProcessingState.CORROBORATING,
            ]
        ).aggregate(
            oldest=Max(ExpressionWrapper(now - F("queued_at"), output_field=DurationField()))
        )["oldest"]
        yield GaugeMetricFamily(
            "workbench_oldest_unfinished_article_seconds",
            "Age of the oldest article not yet done or failed.",
            value=oldest.total_seconds() if oldest else 0.0,
        )

        window = now - timedelta(hours=1)
        recent = Article.objects.filter(finished_at__gte=window, started_at__isnull=False)
        took = recent.aggregate(
            avg=Avg(
                ExpressionWrapper(F("finished_at") - F("started_at"), output_field=DurationField())
            ),
            n=Count("pk"),
        )
        yield GaugeMetricFamily(
            "workbench_articles_finished_last_hour",
            "Articles done in the last hour.",
            value=took["n"],
        )
        yield GaugeMetricFamily(
            "workbench_article_processing_seconds_avg_last_hour",
            "Mean time from start of extraction to done, over the last hour.",
            value=took["avg"].total_seconds() if took["avg"] else 0.0,
        )
        yield GaugeMetricFamily(
            "workbench_articles_failed_last_hour",
            "Articles that failed in the last hour.",
            value=Article.objects.filter(
                failed_at__gte=window, state=ProcessingState.FAILED
            ).count(),
        )


def _authorised(request: HttpRequest) -> bool:
    token = settings.WORKBENCH_METRICS_TOKEN
    header = request.headers.get("Authorization", "")
    if token and header.startswith("Bearer "):
        return hmac.compare_digest(header.removeprefix("Bearer ").strip(), token)
    user = getattr(request, "user", None)
    return bool(user is not None and user.is_authenticated and user.is_staff)


@never_cache
@require_GET
def metrics(request: HttpRequest) -> HttpResponse:
    """Prometheus text format; a bearer token (WORKBENCH_METRICS_TOKEN) or a staff session."""
    if not _authorised(request):
        return JsonResponse({"detail": "Authentication credentials were not provided."}, status=401)
    registry = CollectorRegistry(auto_describe=False)
    registry.register(WorkbenchCollector())
    return HttpResponse(generate_latest(registry), content_type=CONTENT_TYPE_LATEST)
