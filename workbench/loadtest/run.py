"""One load run: server and workers up, articles submitted while clients read, drain, check, report.

Time is measured from the first submission to the moment every accepted article has left the
queue (done or failed), so the rate includes extraction and corroboration of every claim and
quote, which is what "processed" means to a newsroom.
"""

from __future__ import annotations

import os
import queue
import subprocess
import threading
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from django.conf import settings
from django.db import connection
from django.db.models import Count
from django.utils import timezone

from claims.models import Article, ProcessingState
from workbench.loadtest import processes
from workbench.loadtest.articles import GeneratedArticle, articles_generate
from workbench.loadtest.checks import editors_create, environment_check, integrity_check
from workbench.loadtest.clients import (
    EndpointStats,
    RequestBudget,
    Stats,
    Submitted,
    read_loop,
    submit_loop,
)

# How often the run refreshes planner statistics when the server's autovacuum is off.
ANALYZE_SECONDS = 60.0
UNFINISHED = (ProcessingState.QUEUED, ProcessingState.EXTRACTING, ProcessingState.CORROBORATING)


@dataclass
class LoadConfig:
    articles: int = 1000
    workers: int = 2
    clients: int = 20
    submitters: int = 4
    max_seconds: float = 1800.0
    max_requests: int = 500_000
    think: float = 0.5
    seed: int = 0
    concurrency: int = 1
    server_processes: int = 2
    server_threads: int = 4
    throttle: str = "1000000/hour"
    embeddings: str | None = None
    verify_sample: int = 20


def _uptime() -> str:
    try:
        return subprocess.run(
            ["uptime"], capture_output=True, text=True, check=False
        ).stdout.strip()
    except OSError:
        return "load average: {:.2f}, {:.2f}, {:.2f}".format(*os.getloadavg())


def _states() -> dict[str, int]:
    return dict(
        Article.objects.values_list("state").annotate(n=Count("pk")).values_list("state", "n")
    )


def _autovacuum_off() -> bool:
    """True when the server will never refresh planner statistics by itself (autovacuum off)."""
    with connection.cursor() as cursor:
        cursor.execute("SHOW autovacuum")
        return str(cursor.fetchone()[0]).lower() == "off"


def _analyze() -> None:
    """Refresh planner statistics, as autovacuum would in production.

    Without them PostgreSQL plans the growing claim and quote tables as if they were empty, and
    every lookup by article becomes a sequential scan (seen on a test server with autovacuum
    off: 63 million rows read by a 1,000-article run, corroboration three times slower).
    """
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")


def _import_sources() -> dict[str, int]:
    """The demo sources, so corroboration has something to search (and to find)."""
    from seeds.loader import DEMO_SOURCES
    from sources.services import sources_import_jsonl

    # Imported under this process's own WORKBENCH_EMBEDDINGS: the model is loaded once per
    # process and cached, so switching it here would leak into whatever runs next.
    with DEMO_SOURCES.open(encoding="utf-8") as handle:
        report = sources_import_jsonl(lines=handle)
    return {
        "imported": report.imported,
        "unchanged": report.unchanged,
        "errors": len(report.errors),
    }


def _endpoint_summaries(stats: Stats) -> dict[str, dict[str, Any]]:
    summaries = {name: s.summary() for name, s in sorted(stats.endpoints.items())}
    reads = EndpointStats()
    for name, endpoint in stats.endpoints.items():
        if name.startswith("GET"):
            reads.latencies += endpoint.latencies
            reads.errors += endpoint.errors
            reads.statuses.update(endpoint.statuses)
    summaries["GET (all reads)"] = reads.summary()
    summaries["GET (all reads)"].pop("error_examples")
    return summaries


def load_run(config: LoadConfig, *, log: Callable[[str], None]) -> dict[str, Any]:
    """Run the load against this process's database and broker; return the report."""
    environment_check()
    embeddings = config.embeddings or os.environ.get("WORKBENCH_EMBEDDINGS", "auto")
    log_dir = Path(settings.VAR_DIR) / "loadtest" / timezone.now().strftime("%Y%m%dT%H%M%S")
    log_dir.mkdir(parents=True, exist_ok=True)
    sources = _import_sources()
    tokens = editors_create(config.clients + config.submitters)
    purged = processes.broker_purge(wipe_unacked=True)
    articles = articles_generate(config.articles, seed=config.seed)
    log(f"{len(articles)} articles generated; {sources} sources; logs in {log_dir}")

    extra = {"WORKBENCH_API_THROTTLE_USER": config.throttle, "WORKBENCH_EMBEDDINGS": embeddings}
    env = processes.child_env(extra=extra)
    port = processes.free_port()
    base = f"http://127.0.0.1:{port}"
    children: list[processes.Child] = []
    workers: list[processes.Child] = []
    stats, submitted, stop = Stats(), Submitted(), threading.Event()
    threads: list[threading.Thread] = []
    report: dict[str, Any] = {"config": asdict(config), "log_dir": str(log_dir)}
    try:
        server = processes.server_start(
            port=port,
            env=env,
            log_dir=log_dir,
            processes=config.server_processes,
            threads=config.server_threads,
        )
        children.append(server)
        for index in range(config.workers):
            worker = processes.worker_start(
                index=index, env=env, log_dir=log_dir, concurrency=config.concurrency
            )
            workers.append(worker)
            children.append(worker)
        processes.server_wait_ready(server, base)
        for worker in workers:
            processes.worker_wait_ready(worker)
        log(f"server on {base}, {len(workers)} worker(s) ready; {_uptime()}")
        report["uptime_before"] = _uptime()

        todo: queue.Queue[GeneratedArticle] = queue.Queue()
        for article in articles:
            todo.put(article)
        started, started_at = time.monotonic(), timezone.now()
        submitters = [
            threading.Thread(
                target=submit_loop,
                kwargs={
                    "base": base,
                    "token": tokens[config.clients + i],
                    "todo": todo,
                    "stats": stats,
                    "submitted": submitted,
                    "stop": stop,
                },
                name=f"submit-{i}",
                daemon=True,
            )
            for i in range(config.submitters)
        ]
        budget = RequestBudget(config.max_requests)
        readers = [
            threading.Thread(
                target=read_loop,
                kwargs={
                    "base": base,
                    "token": tokens[i],
                    "seed": config.seed * 1000 + i,
                    "stats": stats,
                    "submitted": submitted,
                    "stop": stop,
                    "budget": budget,
                    "think": config.think,
                },
                name=f"read-{i}",
                daemon=True,
            )
            for i in range(config.clients)
        ]
        threads = submitters + readers
        for thread in threads:
            thread.start()

        submitted_after: float | None = None
        loads: list[float] = []
        outcome, last_log = "timeout", 0.0
        analyze_every = ANALYZE_SECONDS if _autovacuum_off() else None
        analyzed, last_analyze = 0, 0.0
        while time.monotonic() - started < config.max_seconds:
            time.sleep(1.0)
            for child in children:
                child.check_alive()
            loads.append(os.getloadavg()[0])
            states = _states()
            pending = sum(states.get(state, 0) for state in UNFINISHED)
            if submitted_after is None and not any(t.is_alive() for t in submitters):
                submitted_after = time.monotonic() - started
                log(f"all submissions answered after {submitted_after:.1f}s")
            elapsed = time.monotonic() - started
            if analyze_every is not None and elapsed - last_analyze >= analyze_every:
                _analyze()
                analyzed, last_analyze = analyzed + 1, elapsed
            if elapsed - last_log >= 15:
                reads, read_errors = stats.totals("GET")
                log(f"{elapsed:6.0f}s  {states}  reads={reads} errors={read_errors}")
                last_log = elapsed
            if submitted_after is not None and pending == 0:
                outcome = "drained"
                break
        drained_after = time.monotonic() - started
        stop.set()
        for thread in threads:
            thread.join(timeout=90)
        report["uptime_after"] = _uptime()
        report["analyze_runs"] = analyzed
        report["load_average_1min_during"] = {
            "mean": round(sum(loads) / len(loads), 2) if loads else None,
            "max": round(max(loads), 2) if loads else None,
        }
    finally:
        stop.set()
        for child in children:
            child.stop()

    tasks_per_worker = [processes.worker_tasks_done(worker) for worker in workers]
    integrity = integrity_check(
        accepted=submitted.accepted, sample=config.verify_sample, seed=config.seed
    )
    states = integrity.figures["articles_by_state"]
    window = integrity.figures.pop("window")
    processed = states.get(ProcessingState.DONE, 0) + states.get(ProcessingState.FAILED, 0)
    db_seconds = None
    last = max((t for t in (window["last_finished"], window["last_failed"]) if t), default=None)
    if last is not None:
        db_seconds = (last - started_at).total_seconds()
    posts, post_errors = stats.totals("POST")
    reads, read_errors = stats.totals("GET")
    report.update(
        outcome=outcome,
        started_at=started_at.isoformat(),
        articles={
            "generated": len(articles),
            "submitted": posts,
            "accepted": len(submitted.accepted),
            "duplicates": submitted.duplicates,
            "processed": processed,
            "done": states.get(ProcessingState.DONE, 0),
            "failed": states.get(ProcessingState.FAILED, 0),
        },
        seconds={
            "submitting": round(submitted_after or drained_after, 1),
            "to_drain": round(drained_after, 1),
            "to_last_finished_db": round(db_seconds, 1) if db_seconds is not None else None,
        },
        articles_per_minute=round(processed / (db_seconds or drained_after) * 60, 1),
        tasks_per_worker=tasks_per_worker,
        requests={
            "reads": reads,
            "read_errors": read_errors,
            "submissions": posts,
            "submission_errors": post_errors,
            "reads_per_second": round(reads / drained_after, 1) if drained_after else None,
        },
        endpoints=_endpoint_summaries(stats),
        integrity=integrity.figures,
        sources=sources,
        broker_messages_purged_before=purged,
        embeddings=embeddings,
        problems=integrity.problems
        + ([f"not drained within {config.max_seconds}s"] if outcome != "drained" else [])
        + ([f"{read_errors + post_errors} error response(s)"] if read_errors + post_errors else []),
    )
    return report


def report_table(report: dict[str, Any]) -> str:
    """A compact, human-readable summary of `report` (the JSON has everything)."""
    a, s, r = report["articles"], report["seconds"], report["requests"]
    lines = [
        f"outcome: {report['outcome']}   workers: {report['config']['workers']}   "
        f"clients: {report['config']['clients']}   embeddings: {report['embeddings']}",
        f"articles: accepted {a['accepted']}/{a['generated']}, processed {a['processed']} "
        f"(done {a['done']}, failed {a['failed']}), duplicates {a['duplicates']}",
        f"time: submitted in {s['submitting']}s, drained in {s['to_drain']}s "
        f"(last finished at {s['to_last_finished_db']}s)  ->  "
        f"{report['articles_per_minute']} articles/min",
        f"tasks per worker: {report['tasks_per_worker']}",
        f"requests: {r['reads']} reads ({r['reads_per_second']}/s), {r['submissions']} "
        f"submissions; errors: {r['read_errors']} reads, {r['submission_errors']} submissions",
        "",
        f"{'endpoint':24} {'requests':>8} {'errors':>6} {'p50 ms':>8} {'p95 ms':>8} "
        f"{'p99 ms':>8} {'max ms':>8}",
    ]
    for name, e in report["endpoints"].items():
        lines.append(
            f"{name:24} {e['requests']:>8} {e['errors']:>6} {e['p50_ms']:>8} {e['p95_ms']:>8} "
            f"{e['p99_ms']:>8} {e['max_ms']:>8}"
        )
    integrity = report["integrity"]
    lines += [
        "",
        f"claims: {integrity['claims']}",
        f"quotes: {integrity['quotes']}",
        f"corroboration runs: {integrity['corroboration_runs']}; "
        f"re-extracted sample: {integrity['reextracted_sample']}",
        f"load: before [{report.get('uptime_before', '')}] after "
        f"[{report.get('uptime_after', '')}] 1-min during {report.get('load_average_1min_during')}",
        "problems: " + ("; ".join(report["problems"]) if report["problems"] else "none"),
    ]
    return "\n".join(lines)


def json_default(value: object) -> str:
    if isinstance(value, datetime):
        return value.isoformat()
    return str(value)
