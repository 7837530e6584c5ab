"""The load generator: threads that submit articles and threads that read them back, over HTTP.

Every request is timed and counted per endpoint. An error is anything but the expected status
(202 for a submission, 200 for a read) or a connection failure; the first few are kept with what
the server said, so a report never says "errors: 3" without saying which.
"""

from __future__ import annotations

import queue
import random
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

import requests

from workbench.loadtest.articles import GeneratedArticle

TIMEOUT = (5.0, 60.0)  # connect, read: a slow answer is measured, a hung one is an error
KEPT_ERRORS = 5


def percentile(sorted_values: list[float], share: float) -> float:
    """Nearest-rank percentile of an already sorted list (0 for an empty one)."""
    if not sorted_values:
        return 0.0
    rank = max(1, round(share * len(sorted_values) + 0.5 - 1e-9))
    return sorted_values[min(rank, len(sorted_values)) - 1]


@dataclass
class EndpointStats:
    latencies: list[float] = field(default_factory=list)
    statuses: Counter[str] = field(default_factory=Counter)
    errors: int = 0
    error_examples: list[str] = field(default_factory=list)

    def summary(self) -> dict[str, Any]:
        ordered = sorted(self.latencies)
        return {
            "requests": len(ordered),
            "errors": self.errors,
            "statuses": dict(self.statuses),
            "p50_ms": round(percentile(ordered, 0.50) * 1000, 1),
            "p95_ms": round(percentile(ordered, 0.95) * 1000, 1),
            "p99_ms": round(percentile(ordered, 0.99) * 1000, 1),
            "max_ms": round((ordered[-1] if ordered else 0.0) * 1000, 1),
            "error_examples": self.error_examples,
        }


class Stats:
    """Latencies and outcomes per endpoint, shared by every client thread."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.endpoints: dict[str, EndpointStats] = {}

    def record(self, endpoint: str, seconds: float, status: str, error: str | None) -> None:
        with self._lock:
            stats = self.endpoints.setdefault(endpoint, EndpointStats())
            stats.latencies.append(seconds)
            stats.statuses[status] += 1
            if error is not None:
                stats.errors += 1
                if len(stats.error_examples) < KEPT_ERRORS:
                    stats.error_examples.append(error[:300])

    def totals(self, prefix: str = "") -> tuple[int, int]:
        with self._lock:
            chosen = [s for name, s in self.endpoints.items() if name.startswith(prefix)]
            return sum(len(s.latencies) for s in chosen), sum(s.errors for s in chosen)


def _call(
    session: requests.Session,
    stats: Stats,
    endpoint: str,
    method: str,
    url: str,
    expected: int,
    **kwargs: Any,
) -> requests.Response | None:
    started = time.perf_counter()
    try:
        response = session.request(method, url, timeout=TIMEOUT, **kwargs)
    except requests.RequestException as exc:
        stats.record(endpoint, time.perf_counter() - started, "connection", repr(exc))
        return None
    elapsed = time.perf_counter() - started
    error = None
    if response.status_code != expected:
        error = f"{response.status_code} {url}: {response.text[:200]}"
    stats.record(endpoint, elapsed, str(response.status_code), error)
    return response if error is None else None


def _session(token: str) -> requests.Session:
    session = requests.Session()
    session.headers["Authorization"] = f"Token {token}"
    session.headers["Accept"] = "application/json"
    return session


@dataclass
class Submitted:
    """Ids the server returned, in a list the reader threads may sample from."""

    accepted: list[str] = field(default_factory=list)
    duplicates: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)

    def add(self, article_id: str) -> None:
        with self.lock:
            self.accepted.append(article_id)

    def sample(self, rng: random.Random) -> str | None:
        with self.lock:
            return rng.choice(self.accepted) if self.accepted else None


def submit_loop(
    *,
    base: str,
    token: str,
    todo: queue.Queue[GeneratedArticle],
    stats: Stats,
    submitted: Submitted,
    stop: threading.Event,
) -> None:
    """POST articles from `todo` until it is empty: the API path an editor or a newsroom uses."""
    session = _session(token)
    while not stop.is_set():
        try:
            article = todo.get_nowait()
        except queue.Empty:
            return
        body = {
            "text": article.text,
            "title": article.title,
            "url": article.url,
            "language": article.language,
            "published_at": article.published_at,
        }
        response = _call(
            session, stats, "POST /articles/", "POST", f"{base}/api/v1/articles/", 202, json=body
        )
        if response is not None:
            answer = response.json()
            if answer.get("duplicate"):
                with submitted.lock:
                    submitted.duplicates += 1
            submitted.add(str(answer["id"]))


class RequestBudget:
    """At most `limit` reads in all, whatever the number of clients."""

    def __init__(self, limit: int) -> None:
        self._left = limit
        self._lock = threading.Lock()

    def take(self) -> bool:
        with self._lock:
            if self._left <= 0:
                return False
            self._left -= 1
            return True


def read_loop(
    *,
    base: str,
    token: str,
    seed: int,
    stats: Stats,
    submitted: Submitted,
    stop: threading.Event,
    budget: RequestBudget,
    think: float,
) -> None:
    """What an editor's tool does: list articles, claims and quotes, open some of them."""
    session = _session(token)
    rng = random.Random(seed)
    api = f"{base}/api/v1"
    known: dict[str, list[str]] = {"claims": [], "quotes": []}
    while not stop.is_set() and budget.take():
        choice = rng.random()
        if choice < 0.15:
            _call(session, stats, "GET /articles/", "GET", f"{api}/articles/?page_size=20", 200)
        elif choice < 0.30:
            article_id = submitted.sample(rng)
            if article_id is not None:
                _call(
                    session,
                    stats,
                    "GET /articles/{id}/",
                    "GET",
                    f"{api}/articles/{article_id}/",
                    200,
                )
        elif choice < 0.75:
            kind = "claims" if choice < 0.55 else "quotes"
            if known[kind] and rng.random() < 0.5:
                item = rng.choice(known[kind])
                _call(session, stats, f"GET /{kind}/{{id}}/", "GET", f"{api}/{kind}/{item}/", 200)
            else:
                ordering = rng.choice(["", "&ordering=-updated_at", "&ordering=-id"])
                response = _call(
                    session,
                    stats,
                    f"GET /{kind}/",
                    "GET",
                    f"{api}/{kind}/?page_size=50{ordering}",
                    200,
                )
                if response is not None:
                    known[kind] = [str(row["id"]) for row in response.json()["results"]]
        else:
            article_id = submitted.sample(rng)
            if article_id is not None:
                _call(
                    session,
                    stats,
                    "GET /claims/?article=",
                    "GET",
                    f"{api}/claims/?article={article_id}",
                    200,
                )
        if think:
            stop.wait(think * rng.uniform(0.5, 1.5))
