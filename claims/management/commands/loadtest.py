"""`manage.py loadtest`: ingest N articles over the API while C clients read, with K workers.

The measured setup is PostgreSQL + Redis; the command refuses anything else, and refuses a
database that holds data unless `--yes-wipe` is given, so nobody loads a thousand generated
articles into a real newsroom's database. The logic lives in workbench/loadtest/.
"""

from __future__ import annotations

import json
import signal
import sys
from pathlib import Path
from typing import Any

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError, CommandParser

from workbench.loadtest.checks import (
    Refused,
    database_is_empty,
    database_wipe,
    environment_check,
)
from workbench.loadtest.run import LoadConfig, json_default, load_run, report_table


def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt(f"signal {signum}")


class Command(BaseCommand):
    help = (
        "Load test on a throwaway PostgreSQL database with a Redis broker: submit generated "
        "articles through the API (a real gunicorn server) to real Celery workers while API "
        "clients read claims, quotes and articles; report rates, latencies, errors and losses. "
        "Exits 1 when anything was lost, failed or answered with an error."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        defaults = LoadConfig()
        parser.add_argument("--articles", type=int, default=defaults.articles)
        parser.add_argument("--workers", type=int, default=defaults.workers)
        parser.add_argument(
            "--clients", type=int, default=defaults.clients, help="API clients reading"
        )
        parser.add_argument(
            "--submitters",
            type=int,
            default=defaults.submitters,
            help="Clients posting the articles",
        )
        parser.add_argument(
            "--max-seconds",
            type=float,
            default=defaults.max_seconds,
            help="Give up (and report) after this long",
        )
        parser.add_argument(
            "--max-requests",
            type=int,
            default=defaults.max_requests,
            help="At most this many reads in all",
        )
        parser.add_argument(
            "--think",
            type=float,
            default=defaults.think,
            help="Mean seconds each reader waits between two requests (0: as fast as it can)",
        )
        parser.add_argument("--seed", type=int, default=defaults.seed)
        parser.add_argument(
            "--concurrency",
            type=int,
            default=defaults.concurrency,
            help="Processes per worker",
        )
        parser.add_argument("--server-processes", type=int, default=defaults.server_processes)
        parser.add_argument("--server-threads", type=int, default=defaults.server_threads)
        parser.add_argument(
            "--throttle",
            default=defaults.throttle,
            help="The API's per-user rate for the run (the load measures capacity, not limits)",
        )
        parser.add_argument(
            "--embeddings",
            choices=["auto", "off"],
            default=None,
            help="WORKBENCH_EMBEDDINGS for the server and workers (default: as in the environment)",
        )
        parser.add_argument("--verify-sample", type=int, default=defaults.verify_sample)
        parser.add_argument("--json", dest="json_path", default=None, help="Write the report here")
        parser.add_argument(
            "--yes-wipe",
            action="store_true",
            help="Empty the database's articles, sources and users first (throwaway databases only)",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            environment_check()
        except Refused as exc:
            raise CommandError(str(exc)) from exc
        call_command("migrate", interactive=False, verbosity=0)
        if not database_is_empty():
            if not options["yes_wipe"]:
                raise CommandError(
                    "the database holds articles, sources or users: the load test runs on a "
                    "throwaway database only. Point DATABASE_URL at an empty one, or pass "
                    "--yes-wipe to empty this one (everything in it is deleted)."
                )
            database_wipe()
            self.stderr.write("database wiped")
        config = LoadConfig(
            articles=options["articles"],
            workers=options["workers"],
            clients=options["clients"],
            submitters=options["submitters"],
            max_seconds=options["max_seconds"],
            max_requests=options["max_requests"],
            think=options["think"],
            seed=options["seed"],
            concurrency=options["concurrency"],
            server_processes=options["server_processes"],
            server_threads=options["server_threads"],
            throttle=options["throttle"],
            embeddings=options["embeddings"],
            verify_sample=options["verify_sample"],
        )
        # SIGTERM (and SIGINT, which a shell ignores for background jobs) unwind the run, so its
        # server and workers are stopped by load_run's cleanup instead of left running.
        previous = {sig: signal.getsignal(sig) for sig in (signal.SIGTERM, signal.SIGINT)}
        for sig in previous:
            signal.signal(sig, _interrupt)
        try:
            report = load_run(config, log=lambda line: self.stderr.write(line))
        except Refused as exc:
            raise CommandError(str(exc)) from exc
        finally:
            for sig, handler in previous.items():
                signal.signal(sig, handler)
        self.stdout.write(report_table(report))
        if options["json_path"]:
            Path(options["json_path"]).write_text(
                json.dumps(report, indent=2, default=json_default) + "\n", encoding="utf-8"
            )
        if report["problems"]:
            self.stderr.write("FAILED: " + "; ".join(report["problems"]))
            sys.exit(1)
