"""Infrastructure views: health of the database and the broker."""

import logging
from collections.abc import Callable

from django.conf import settings
from django.db import connection
from django.http import HttpRequest, JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from workbench.celery import app as celery_app

logger = logging.getLogger(__name__)


def _check_database() -> str:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()
    return "ok"


def _check_broker() -> str:
    with celery_app.connection_for_write(settings.CELERY_BROKER_URL) as conn:
        conn.ensure_connection(max_retries=1, timeout=3)
    return "ok"


def _check_migrations() -> str:
    from django.db.migrations.executor import MigrationExecutor

    executor = MigrationExecutor(connection)
    pending = executor.migration_plan(executor.loader.graph.leaf_nodes())
    if pending:
        raise RuntimeError(f"{len(pending)} migration(s) not applied")
    return "ok"


def _report(checks: tuple[tuple[str, Callable[[], str]], ...]) -> JsonResponse:
    results: dict[str, str] = {}
    healthy = True
    for name, check in checks:
        try:
            results[name] = check()
        except Exception as exc:  # any failure of a dependency is reported, not raised
            logger.warning("health: %s unavailable: %s", name, exc)
            results[name] = f"error: {exc.__class__.__name__}"
            healthy = False
    return JsonResponse(
        {"status": "ok" if healthy else "unavailable", **results}, status=200 if healthy else 503
    )


@never_cache
@require_GET
def readyz(request: HttpRequest) -> JsonResponse:
    """Ready to serve: database, broker and every migration applied (for rolling deploys)."""
    return _report(
        (
            ("database", _check_database),
            ("broker", _check_broker),
            ("migrations", _check_migrations),
        )
    )


@never_cache
@require_GET
def healthz(request: HttpRequest) -> JsonResponse:
    """200 when the database and the broker answer, 503 with the failing part otherwise."""
    return _report((("database", _check_database), ("broker", _check_broker)))
