"""The dashboard's figures (reads only) and their charts."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta
from typing import Any

from django.db.models import Count, Q
from django.db.models.functions import TruncDate
from django.utils import timezone
from django.utils.translation import gettext as _

from claims.admin.charts import bar_chart, stacked_columns
from claims.models import Article, Claim, ClaimStatus, ReviewEvent
from claims.services.review import FINAL_STATUSES

DAYS = 14

# (label, lower bound in days, upper bound in days)
AGE_BUCKETS = (
    ("< 1 d", 0, 1),
    ("1–3 d", 1, 3),
    ("3–7 d", 3, 7),
    ("7–30 d", 7, 30),
    ("> 30 d", 30, None),
)


def _days(today: date) -> list[date]:
    return [today - timedelta(days=n) for n in range(DAYS - 1, -1, -1)]


def status_over_time(today: date) -> dict[date, dict[str, float]]:
    """Status decisions per day (the status each change set), over the last DAYS days."""
    since = today - timedelta(days=DAYS - 1)
    rows = (
        ReviewEvent.objects.filter(
            kind=ReviewEvent.Kind.STATUS, field="status", claim__isnull=False
        )
        .annotate(day=TruncDate("created_at"))
        .filter(day__gte=since)
        .values_list("day", "to_value")
        .annotate(n=Count("pk"))
    )
    per_day: dict[date, dict[str, float]] = defaultdict(dict)
    for day, status, n in rows:
        per_day[day][status] = n
    return per_day


def queue_age(now: Any) -> list[tuple[str, float]]:
    """Claims still waiting for a decision (unreviewed or in review), by age, in one query."""
    waiting = Claim.objects.filter(
        rejected=False, status__in=[ClaimStatus.UNREVIEWED, ClaimStatus.IN_REVIEW]
    )
    buckets = {}
    for i, (_label, lo, hi) in enumerate(AGE_BUCKETS):
        condition = Q(created_at__lte=now - timedelta(days=lo))
        if hi is not None:
            condition &= Q(created_at__gt=now - timedelta(days=hi))
        buckets[f"b{i}"] = Count("pk", filter=condition)
    counts = waiting.aggregate(**buckets)
    return [(label, counts[f"b{i}"] or 0) for i, (label, _lo, _hi) in enumerate(AGE_BUCKETS)]


def throughput(now: Any) -> list[tuple[str, float]]:
    """Status decisions per reviewer over the last 7 days."""
    rows = (
        ReviewEvent.objects.filter(
            kind=ReviewEvent.Kind.STATUS,
            claim__isnull=False,
            actor__isnull=False,
            created_at__gte=now - timedelta(days=7),
        )
        .values_list("actor__username")
        .annotate(n=Count("pk"))
        .order_by("-n", "actor__username")
    )
    return [(name, n) for name, n in rows]


def agreement() -> dict[str, Any]:
    """Between reviewers: how often a second reviewer's final status matched the first one's.

    Each second review under the two-person rule (a SECOND_REVIEW event: from = proposed,
    to = the second reviewer's status) is one comparison. Claims reviewed without the rule count
    once when two or more people gave them a final status: agreed when every one's latest final
    status is the same.
    """
    second = ReviewEvent.objects.filter(kind=ReviewEvent.Kind.SECOND_REVIEW, claim__isnull=False)
    compared = agreed = 0
    paired: set[int] = set()
    for claim_id, proposed, chosen in second.values_list("claim_id", "from_value", "to_value"):
        paired.add(claim_id)
        compared += 1
        agreed += proposed == chosen
    latest: dict[int, dict[int, str]] = defaultdict(dict)
    events = (
        ReviewEvent.objects.filter(
            kind=ReviewEvent.Kind.STATUS,
            field="status",
            claim__isnull=False,
            actor__isnull=False,
            to_value__in=list(FINAL_STATUSES),
        )
        .order_by("created_at", "id")
        .values_list("claim_id", "actor_id", "to_value")
    )
    for claim_id, actor_id, status in events:
        if claim_id not in paired:
            latest[claim_id][actor_id] = status
    shared = [set(by_actor.values()) for by_actor in latest.values() if len(by_actor) >= 2]
    compared += len(shared)
    agreed += sum(1 for statuses in shared if len(statuses) == 1)
    return {
        "compared": compared,
        "agreed": agreed,
        "rate": (agreed / compared) if compared else None,
        "percent": round(100 * agreed / compared) if compared else None,
    }


def articles_per_day(today: date) -> dict[date, dict[str, float]]:
    since = today - timedelta(days=DAYS - 1)
    per_day: dict[date, dict[str, float]] = defaultdict(dict)
    for field, key in (("finished_at", "done"), ("failed_at", "failed")):
        rows = (
            Article.objects.exclude(**{f"{field}__isnull": True})
            .annotate(day=TruncDate(field))
            .filter(day__gte=since)
            .values_list("day")
            .annotate(n=Count("pk"))
        )
        for day, n in rows:
            per_day[day][key] = n
    return per_day


def charts() -> dict[str, Any]:
    now = timezone.now()
    today = timezone.localdate()
    days = _days(today)
    by_day = status_over_time(today)
    statuses = [(value, str(label)) for value, label in ClaimStatus.choices]
    articles = articles_per_day(today)
    agreed = agreement()
    current = dict(
        Claim.objects.filter(rejected=False)
        .order_by()
        .values_list("status")
        .annotate(n=Count("pk"))
        .values_list("status", "n")
    )
    return {
        "wb_status_now": bar_chart(
            [(str(label), current.get(value, 0)) for value, label in ClaimStatus.choices],
            title=_("Claims by status now"),
        ),
        "wb_status_chart": stacked_columns(
            [(d.strftime("%d/%m"), by_day.get(d, {})) for d in days],
            series=statuses,
            title=_("Status decisions per day"),
        ),
        "wb_age_chart": bar_chart(queue_age(now), title=_("Age of the queue")),
        "wb_throughput_chart": bar_chart(throughput(now), title=_("Decisions per reviewer")),
        "wb_articles_chart": stacked_columns(
            [(d.strftime("%d/%m"), articles.get(d, {})) for d in days],
            series=[("done", _("processed")), ("failed", _("failed"))],
            title=_("Articles processed and failed"),
        ),
        "wb_agreement": agreed,
        "wb_agreement_chart": bar_chart(
            [
                (_("agreed"), agreed["agreed"]),
                (_("disagreed"), agreed["compared"] - agreed["agreed"]),
            ],
            title=_("Agreement between reviewers"),
        ),
        "wb_failed_articles": Article.objects.filter(state="failed").order_by("-failed_at")[:10],
    }
