"""The real processes of a load run: a gunicorn server and N Celery workers, each in its own group.

They get the environment of the command itself (settings module, database, broker, var dir), so
they read and write the same database and broker as the checks that follow. Everything started
here is stopped in `stop()`, killed with its whole process group if it lingers.
"""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
import uuid
from pathlib import Path
from typing import Any

from django.conf import settings
from django.db import connection

ROOT = Path(settings.BASE_DIR)


def database_url() -> str:
    """The URL of the database this process uses (a test database included), for subprocesses."""
    db = connection.settings_dict
    auth = db["USER"] or ""
    if db.get("PASSWORD"):
        auth += f":{db['PASSWORD']}"
    return f"postgres://{auth}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}"


def child_env(*, extra: dict[str, str]) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTEST")}
    env.update(
        DJANGO_SETTINGS_MODULE=os.environ.get("DJANGO_SETTINGS_MODULE", "workbench.settings"),
        DATABASE_URL=database_url(),
        CELERY_BROKER_URL=settings.CELERY_BROKER_URL,
        WORKBENCH_VAR_DIR=str(settings.VAR_DIR),
        DJANGO_DEBUG="false",  # DEBUG keeps every query in memory: not what production runs
        PYTHONUNBUFFERED="1",
    )
    env.update(extra)
    return env


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


class Child:
    """A subprocess in a session of its own, so the whole group can be killed at once."""

    def __init__(self, command: list[str], *, env: dict[str, str], log: Path) -> None:
        self.log = log
        self.command = command
        self.process = subprocess.Popen(
            command,
            cwd=ROOT,
            env=env,
            stdout=log.open("ab"),
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )

    def tail(self, chars: int = 3000) -> str:
        return self.log.read_text(errors="replace")[-chars:]

    def check_alive(self) -> None:
        if self.process.poll() is not None:
            raise RuntimeError(
                f"{self.command[2:4]} exited with {self.process.returncode}:\n{self.tail()}"
            )

    def stop(self) -> None:
        """SIGTERM (warm shutdown), then SIGKILL to the group if it is still there."""
        if self.process.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.kill(self.process.pid, signal.SIGTERM)
            with contextlib.suppress(subprocess.TimeoutExpired):
                self.process.wait(timeout=20)
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.process.pid, signal.SIGKILL)
        with contextlib.suppress(subprocess.TimeoutExpired):
            self.process.wait(timeout=20)


def worker_start(*, index: int, env: dict[str, str], log_dir: Path, concurrency: int) -> Child:
    """A `celery worker` consuming every queue, as tests/conftest.py starts them."""
    command = [
        sys.executable,
        "-m",
        "celery",
        "-A",
        "workbench",
        "worker",
        "--loglevel=INFO",
        f"--concurrency={concurrency}",
        "--without-mingle",
        "--without-gossip",
        "--without-heartbeat",
        f"--hostname=load{index}-{uuid.uuid4().hex[:6]}@%h",
    ]
    return Child(command, env=env, log=log_dir / f"worker-{index}.log")


def worker_wait_ready(worker: Child, timeout: float = 120.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        worker.check_alive()
        if " ready." in worker.log.read_text(errors="replace"):
            return
        time.sleep(0.3)
    raise RuntimeError(f"worker not ready after {timeout}s:\n{worker.tail()}")


def worker_tasks_done(worker: Child) -> int:
    """Tasks this worker finished, from its log (Celery logs one "succeeded" line per task)."""
    return sum(1 for line in worker.log.open(errors="replace") if "] succeeded in " in line)


def server_start(
    *, port: int, env: dict[str, str], log_dir: Path, processes: int, threads: int
) -> Child:
    command = [
        sys.executable,
        "-m",
        "gunicorn",
        "workbench.wsgi:application",
        f"--bind=127.0.0.1:{port}",
        f"--workers={processes}",
        f"--threads={threads}",
        "--worker-class=gthread",
        "--timeout=120",
        "--graceful-timeout=10",
        # Longer than any client's pause between two requests: with gunicorn's 2 s default, a
        # client descheduled on a busy machine reuses a connection the server is closing, and a
        # proxy in front (which production has) would be the one to retry that.
        "--keep-alive=75",
    ]
    return Child(command, env=env, log=log_dir / "server.log")


def server_wait_ready(server: Child, base_url: str, timeout: float = 90.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        server.check_alive()
        try:
            with urllib.request.urlopen(f"{base_url}/healthz", timeout=5) as response:
                if response.status == 200:
                    return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            pass
        time.sleep(0.3)
    raise RuntimeError(f"server not ready after {timeout}s:\n{server.tail()}")


def broker_purge(*, wipe_unacked: bool) -> int:
    """Empty the workbench's queues on the broker; with `wipe_unacked`, forget unacked messages
    of an earlier, interrupted run too (they would come back after the visibility timeout)."""
    from workbench.celery import app

    purged = 0
    with app.connection_for_write() as conn:
        channel: Any = conn.default_channel
        for name in settings.CELERY_TASK_QUEUES_NAMES:
            channel.queue_declare(queue=name, durable=True, auto_delete=False)
            purged += channel.queue_purge(name) or 0
        if wipe_unacked:
            # kombu's Redis channel names these keys and prefixes them itself.
            redis_channel: Any = channel
            redis_channel.client.delete(redis_channel.unacked_key, redis_channel.unacked_index_key)
    return purged
