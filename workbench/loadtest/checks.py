"""The database side of a load run: refuse the wrong database, prepare it, and check what was lost.

The load test writes a thousand articles: it runs only on PostgreSQL with a Redis broker (the
measured, production-like setup), and only on a database that is empty or that the user agreed
to wipe. After the run, every accepted article must be done, every claim and quote corroborated
exactly once per fingerprint, and a re-extraction of a sample must find what was stored.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Any

from django.apps import apps
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.color import no_style
from django.db import connection
from django.db.models import Count, Max, Min
from rest_framework.authtoken.models import Token

from claims.models import (
    Article,
    Claim,
    CorroborationRun,
    CorroborationState,
    Evidence,
    ProcessingState,
    Quote,
)
from claims.services.review import EDITOR_GROUP
from claims.text import fingerprint
from sources.models import Source

# Rows of these apps are the workbench's data; groups, permissions and content types stay.
WIPED_APPS = ("claims", "sources", "webhooks", "authtoken", "admin", "sessions")
KEPT_AUTH_TABLES = ("auth_group", "auth_permission", "auth_group_permissions")


class Refused(Exception):
    """The load test will not run here; the message says why and what to do."""


def environment_check() -> None:
    if connection.vendor != "postgresql":
        raise Refused(
            f"the load test runs on PostgreSQL only (this database is {connection.vendor}): "
            "set DATABASE_URL=postgres://USER@HOST:5432/THROWAWAY_DB"
        )
    if not settings.CELERY_BROKER_URL.startswith("redis"):
        raise Refused(
            f"the load test runs with a Redis broker only (this one is "
            f"{settings.CELERY_BROKER_URL.split(':', 1)[0]}): set "
            "CELERY_BROKER_URL=redis://127.0.0.1:6379/N"
        )


def database_is_empty() -> bool:
    user_model = get_user_model()
    return not (Article.objects.exists() or Source.objects.exists() or user_model.objects.exists())


def database_wipe() -> None:
    """TRUNCATE the workbench's data and the users (identities restart at 1); roles stay."""
    tables: set[str] = set()
    for label in WIPED_APPS:
        try:
            config = apps.get_app_config(label)
        except LookupError:
            continue
        tables.update(m._meta.db_table for m in config.get_models(include_auto_created=True))
    for model in apps.get_app_config("auth").get_models(include_auto_created=True):
        if model._meta.db_table not in KEPT_AUTH_TABLES:
            tables.add(model._meta.db_table)
    existing = set(connection.introspection.table_names())
    statements = connection.ops.sql_flush(
        no_style(), sorted(tables & existing), reset_sequences=True, allow_cascade=True
    )
    connection.ops.execute_sql_flush(statements)


def editors_create(count: int) -> list[str]:
    """`count` editor accounts, one per API client, and their tokens."""
    try:
        group = Group.objects.get(name=EDITOR_GROUP)
    except Group.DoesNotExist as exc:
        raise Refused(f"the {EDITOR_GROUP} group is missing: run `manage.py migrate`") from exc
    user_model = get_user_model()
    tokens = []
    for index in range(count):
        user, _ = user_model.objects.get_or_create(username=f"loadtest-editor-{index:02d}")
        user.groups.add(group)
        token, _ = Token.objects.get_or_create(user=user)
        tokens.append(token.key)
    return tokens


@dataclass
class Integrity:
    figures: dict[str, Any]
    problems: list[str]


def _duplicates(model: type[Claim] | type[Quote]) -> int:
    return (
        model.objects.values("article_id", "fingerprint")
        .annotate(n=Count("pk"))
        .filter(n__gt=1)
        .count()
    )


def _reextract(article: Article) -> tuple[set[str], set[str]]:
    """The fingerprints a fresh extraction gives, computed as extraction_persist computes them."""
    from workbench.nlp import extract

    published = article.published_at.date() if article.published_at else None
    language = article.language if article.language_supported else None
    result = extract(article.body, language=language, published_at=published)
    quotes = {
        fingerprint("quote", q["kind"], [[int(s), int(e)] for s, e in q["spans"]], q["text"])
        for q in result.get("quotes", [])
    }
    claims = {
        fingerprint("claim", int(c["start"]), int(c["end"]), c["text"])
        for c in result.get("claims", [])
    }
    return claims, quotes


def integrity_check(*, accepted: list[str], sample: int, seed: int) -> Integrity:
    """What was stored against what was accepted: counts, states, duplicates, runs, a re-extraction."""
    problems: list[str] = []
    articles = Article.objects.all()
    states = dict(articles.values_list("state").annotate(n=Count("pk")).values_list("state", "n"))
    accepted_ids = {int(pk) for pk in accepted}
    stored_ids = set(articles.values_list("pk", flat=True))
    if stored_ids != accepted_ids:
        problems.append(
            f"{len(accepted_ids - stored_ids)} accepted article(s) missing, "
            f"{len(stored_ids - accepted_ids)} stored but never accepted"
        )
    not_done = articles.exclude(state=ProcessingState.DONE).count()
    if not_done:
        failed = articles.filter(state=ProcessingState.FAILED).values_list("pk", "failure_reason")[
            :5
        ]
        problems.append(f"{not_done} article(s) not done; failed examples: {list(failed)}")

    figures: dict[str, Any] = {"articles_by_state": states}
    for name, model in (("claims", Claim), ("quotes", Quote)):
        rows = model.objects.filter(rejected=False)
        unfinished = rows.exclude(corroboration_state=CorroborationState.DONE).count()
        without_run = rows.annotate(r=Count("runs")).filter(r=0).count()
        duplicates = _duplicates(model)
        figures[name] = {
            "stored": rows.count(),
            "not_corroborated": unfinished,
            "without_a_run": without_run,
            "duplicate_fingerprints": duplicates,
            "evidence": Evidence.objects.filter(**{f"{name[:-1]}__isnull": False}).count(),
        }
        if unfinished or without_run or duplicates:
            problems.append(
                f"{name}: {unfinished} not corroborated, {without_run} without a run, "
                f"{duplicates} duplicate fingerprints"
            )
    figures["corroboration_runs"] = CorroborationRun.objects.count()

    chosen = sorted(random.Random(seed).sample(sorted(stored_ids), min(sample, len(stored_ids))))
    mismatched = []
    for article in Article.objects.filter(pk__in=chosen):
        claims, quotes = _reextract(article)
        stored_claims = set(
            Claim.objects.filter(article=article).values_list("fingerprint", flat=True)
        )
        stored_quotes = set(
            Quote.objects.filter(article=article).values_list("fingerprint", flat=True)
        )
        if claims != stored_claims or quotes != stored_quotes:
            mismatched.append(article.pk)
    figures["reextracted_sample"] = {"articles": len(chosen), "mismatched": mismatched}
    if mismatched:
        problems.append(f"re-extraction differs from what was stored for articles {mismatched}")

    window = articles.aggregate(
        first_created=Min("created_at"),
        last_finished=Max("finished_at"),
        last_failed=Max("failed_at"),
    )
    figures["window"] = window
    return Integrity(figures=figures, problems=problems)
