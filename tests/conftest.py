"""Shared fixtures: real Celery workers against the real test database and broker."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from django.conf import settings
from django.db import connection

ROOT = Path(__file__).resolve().parent.parent
SAMPLE_ARTICLE = ROOT / "seeds" / "sample_article_fr.txt"


def _database_url() -> str:
    """The URL of the test database, for a worker process to use."""
    db = connection.settings_dict
    if db["ENGINE"].endswith("sqlite3"):
        return f"sqlite:///{db['NAME']}"
    auth = db["USER"] or ""
    if db.get("PASSWORD"):
        auth += f":{db['PASSWORD']}"
    return f"postgres://{auth}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}"


class Worker:
    """A real `celery worker` process; killed with its whole process group."""

    def __init__(self, env: dict[str, str], log: Path, beat: bool) -> None:
        self.log = log
        command = [
            sys.executable,
            "-m",
            "celery",
            "-A",
            "workbench",
            "worker",
            "--loglevel=INFO",
            "--concurrency=1",
            "--without-mingle",
            "--without-gossip",
            "--without-heartbeat",
            f"--hostname=test-{uuid.uuid4().hex[:8]}@%h",
        ]
        if beat:
            command += ["--beat", f"--schedule={log.with_suffix('.beat')}"]
        self.process = subprocess.Popen(
            command,
            cwd=ROOT,
            env=env,
            stdout=log.open("ab"),
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        self.pidfile = _pid_folder() / str(self.process.pid)
        self.pidfile.write_text(" ".join(command))
        self._wait_ready()

    def _wait_ready(self, timeout: float = 90.0) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(
                    f"worker exited with {self.process.returncode}:\n{self.log.read_text()[-3000:]}"
                )
            if " ready." in self.log.read_text(errors="replace"):
                return
            time.sleep(0.2)
        self.kill()
        raise RuntimeError(f"worker not ready after {timeout}s:\n{self.log.read_text()[-3000:]}")

    def kill(self) -> None:
        """SIGKILL to the whole process group: the worker and its pool die mid-job."""
        self.pidfile.unlink(missing_ok=True)
        try:
            os.killpg(self.process.pid, signal.SIGKILL)
        except ProcessLookupError:
            return
        self.process.wait(timeout=30)

    def stop(self) -> None:
        """Warm shutdown of the main process (its pool children follow), killed if it lingers."""
        if self.process.poll() is None:
            os.kill(self.process.pid, signal.SIGTERM)
            with contextlib.suppress(subprocess.TimeoutExpired):
                self.process.wait(timeout=10)
        self.kill()


def _pid_folder() -> Path:
    """Where each test worker leaves its pid until it is stopped (next to the test broker)."""
    folder = Path(settings.VAR_DIR) / "test-workers"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _kill_leftover_workers() -> None:
    """Kill the workers of a run that was itself killed (SIGTERM, Ctrl-C twice): left alive,
    they would take this run's jobs from the shared test broker folder."""
    for pidfile in _pid_folder().iterdir():
        with contextlib.suppress(ValueError, OSError):
            pid = int(pidfile.name)
            cmdline = Path(f"/proc/{pid}/cmdline")
            # the pid may have been reused: only a celery worker's process group is killed
            # (where /proc cannot tell, nothing is)
            if cmdline.exists() and b"celery" in cmdline.read_bytes():
                os.killpg(pid, signal.SIGKILL)
        pidfile.unlink(missing_ok=True)


@pytest.fixture(scope="session")
def worker_env(django_db_setup: None, tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTEST")}
    env.update(
        DJANGO_SETTINGS_MODULE="workbench.settings.test",
        DATABASE_URL=_database_url(),
        CELERY_BROKER_URL=settings.CELERY_BROKER_URL,
        WORKBENCH_VAR_DIR=str(settings.VAR_DIR),
        PYTHONUNBUFFERED="1",
    )
    return env


def _purge() -> None:
    from workbench.celery import app

    with app.connection_for_write() as conn:
        channel: Any = conn.default_channel
        for name in settings.CELERY_TASK_QUEUES_NAMES:
            channel.queue_declare(queue=name, durable=True, auto_delete=False)
            channel.queue_purge(name)


@pytest.fixture(scope="session")
def start_worker(
    worker_env: dict[str, str], tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Callable[..., Worker]]:
    """Start real workers; each is stopped at the end of the session at the latest."""
    started: list[Worker] = []
    logs = tmp_path_factory.mktemp("workers")

    def start(*, beat: bool = False, **extra_env: str) -> Worker:
        log = logs / f"worker-{len(started)}.log"
        worker = Worker({**worker_env, **extra_env}, log, beat)
        started.append(worker)
        return worker

    _kill_leftover_workers()
    _purge()
    yield start
    for worker in started:
        worker.stop()


@pytest.fixture
def worker(start_worker: Callable[..., Worker]) -> Iterator[Worker]:
    """A worker of the test's own, stopped when the test ends."""
    _purge()
    started = start_worker()
    yield started
    started.stop()


def wait_for(predicate: Callable[[], bool], timeout: float = 120.0, interval: float = 0.2) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(interval)
    raise AssertionError(f"condition not met within {timeout}s")


def ensure_roles() -> None:
    """The Reviewer and Editor groups as the roles migration creates them.

    A transactional test ends with a flush, which empties what data migrations wrote (the
    groups) while post_migrate re-creates content types and permissions with new ids; every
    database test therefore starts with the roles in place and no stale content-type cache.
    """
    import importlib

    from django.contrib.auth.models import Group, Permission
    from django.contrib.contenttypes.models import ContentType

    ContentType.objects.clear_cache()
    roles = importlib.import_module("claims.migrations.0002_roles").ROLES
    for name, grants in roles.items():
        group, _ = Group.objects.get_or_create(name=name)
        wanted = Permission.objects.none()
        for (app_label, model), actions in grants.items():
            wanted = wanted | Permission.objects.filter(
                content_type__app_label=app_label,
                content_type__model=model,
                codename__in=[f"{action}_{model}" for action in actions],
            )
        group.permissions.set(wanted)


@pytest.fixture(autouse=True)
def _roles(request: pytest.FixtureRequest) -> None:
    marker = request.node.get_closest_marker("django_db")
    if marker is None and not {"db", "transactional_db"} & set(request.fixturenames):
        return
    transactional = "transactional_db" in request.fixturenames or bool(
        marker is not None
        and (marker.kwargs.get("transaction") or (marker.args and marker.args[0]))
    )
    request.getfixturevalue("transactional_db" if transactional else "db")
    ensure_roles()
