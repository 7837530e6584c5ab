"""Settings, health endpoint and the Celery configuration the pipeline depends on."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings
from django.test import Client, override_settings

from workbench.celery import app

ROOT = Path(__file__).resolve().parent.parent


def _production_check(**env: str) -> subprocess.CompletedProcess[str]:
    base = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("DJANGO_", "DATABASE_URL", "CELERY_"))
    }
    base.update(DJANGO_SETTINGS_MODULE="workbench.settings.production", **env)
    return subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=base,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_refuses_to_start_without_its_secret() -> None:
    result = _production_check(
        DATABASE_URL="postgres://u@db/x",
        CELERY_BROKER_URL="redis://r:6379/0",
        DJANGO_ALLOWED_HOSTS="x.org",
    )
    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY must be set in production" in result.stderr


def test_production_refuses_to_start_without_its_broker() -> None:
    result = _production_check(
        DJANGO_SECRET_KEY="k" * 60, DATABASE_URL="postgres://u@db/x", DJANGO_ALLOWED_HOSTS="x.org"
    )
    assert result.returncode != 0
    assert "CELERY_BROKER_URL must be set in production" in result.stderr


def test_production_settings_pass_the_deploy_check() -> None:
    result = _production_check(
        DJANGO_SECRET_KEY="a-long-random-production-secret-" + "x9Q#" * 10,
        DATABASE_URL="postgres://u@db/x",
        CELERY_BROKER_URL="redis://r:6379/0",
        DJANGO_ALLOWED_HOSTS="workbench.example.org",
    )
    assert result.returncode == 0, result.stderr
    assert "System check identified no issues" in result.stdout


def test_every_queue_is_declared_and_jobs_survive_a_killed_worker() -> None:
    declared = sorted(q.name for q in app.conf.task_queues)
    assert declared == sorted(settings.CELERY_TASK_QUEUES_NAMES)
    assert {"articles", "corroboration", "maintenance"} <= set(declared)
    assert app.conf.task_acks_late is True
    assert app.conf.task_reject_on_worker_lost is True
    assert app.conf.worker_prefetch_multiplier == 1
    assert "sweep-unfinished" in app.conf.beat_schedule


def test_sqlite_uses_wal_and_a_file_test_database() -> None:
    db = settings.DATABASES["default"]
    if not db["ENGINE"].endswith("sqlite3"):
        pytest.skip("SQLite only")
    assert "journal_mode=WAL" in db["OPTIONS"]["init_command"]
    assert db["TEST"]["NAME"].endswith("test-db.sqlite3")


@pytest.mark.django_db
def test_healthz_reports_database_and_broker() -> None:
    response = Client().get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok", "broker": "ok"}


@pytest.mark.django_db
def test_healthz_answers_503_when_the_broker_is_down() -> None:
    with override_settings(CELERY_BROKER_URL="redis://127.0.0.1:1/0"):
        response = Client().get("/healthz")
    assert response.status_code == 503
    assert response.json()["broker"].startswith("error: ")
    assert response.json()["database"] == "ok"
