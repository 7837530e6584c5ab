"""What every fact-check connector shares: the hit, the error, and one careful JSON GET.

Every request goes through the project's safe client (``sources.fetch.fetch``): the endpoint
must resolve to public addresses unless its host is listed in
``WORKBENCH_FACTCHECK_ALLOWED_HOSTS``, the body is size-bounded, and connect, read and total
timeouts apply. On top of it a connector adds the per-connector rate limit (``throttle``) and
bounded retries of transient failures (429, 408, 5xx, timeouts, broken connections) with
exponential backoff, honouring ``Retry-After`` up to a cap. Keys never appear in what a
connector describes, logs or raises.
"""

from __future__ import annotations

import json
import logging
import random
import re
import time
from abc import ABC, abstractmethod
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from sources.factchecks.throttle import ThrottleTooLong, throttle_wait
from sources.fetch import (
    FetchConnectionError,
    FetchError,
    FetchSettings,
    FetchTimeout,
    HTTPStatusError,
    fetch,
)

logger = logging.getLogger(__name__)

JSON_TYPES = ("application/json", "text/json", "text/javascript", "text/plain")
MAX_BYTES = 2_000_000
# One connector's search never spends longer than this, retries and rate-limit waits included,
# so a corroboration job stays well inside its task time limit.
SEARCH_BUDGET = 90.0
# Query parameters whose values are secrets: never recorded or logged.
SECRET_PARAMS = frozenset({"key", "api_key", "apikey", "token", "access_token", "auth", "secret"})


@dataclass(frozen=True)
class FactCheckHit:
    """One published fact-check of a claim, as a connector found it (strings as given)."""

    connector: str
    url: str
    title: str = ""
    claim: str = ""
    claimant: str = ""
    claim_date: str = ""
    publisher: str = ""
    publisher_site: str = ""
    reviewed: str = ""
    rating: str = ""
    language: str = ""
    # schema.org reviewRating, when the service gives it: a number between worst and best.
    rating_value: str = ""
    best_rating: str = ""
    worst_rating: str = ""


class ConnectorError(Exception):
    """A search that failed; the message is safe to record (no key). ``partial`` holds the hits
    found before the failure (earlier pages), which are still worth keeping."""

    def __init__(self, message: str, *, partial: list[FactCheckHit] | None = None) -> None:
        super().__init__(message)
        self.partial: list[FactCheckHit] = partial or []


@dataclass(frozen=True)
class HttpPolicy:
    """Timeouts, retries and rate limit of the connectors (``WORKBENCH_FACTCHECK_*``)."""

    connect_timeout: float = 5.0
    read_timeout: float = 10.0
    total_timeout: float = 20.0
    max_attempts: int = 3
    backoff: float = 1.0
    retry_after_max: float = 30.0
    min_interval: float = 1.0
    allowed_hosts: frozenset[str] = frozenset()
    search_budget: float = SEARCH_BUDGET

    @classmethod
    def from_django(cls) -> HttpPolicy:
        from django.conf import settings

        return cls(
            connect_timeout=settings.WORKBENCH_FACTCHECK_CONNECT_TIMEOUT,
            read_timeout=settings.WORKBENCH_FACTCHECK_READ_TIMEOUT,
            total_timeout=settings.WORKBENCH_FACTCHECK_TOTAL_TIMEOUT,
            max_attempts=max(1, settings.WORKBENCH_FACTCHECK_MAX_ATTEMPTS),
            backoff=settings.WORKBENCH_FACTCHECK_BACKOFF,
            retry_after_max=settings.WORKBENCH_FACTCHECK_RETRY_AFTER_MAX,
            min_interval=settings.WORKBENCH_FACTCHECK_MIN_INTERVAL,
            allowed_hosts=frozenset(
                h.strip().lower().strip("[]") for h in settings.WORKBENCH_FACTCHECK_ALLOWED_HOSTS
            ),
        )

    def describe(self) -> dict[str, Any]:
        return {
            "connect_timeout": self.connect_timeout,
            "read_timeout": self.read_timeout,
            "total_timeout": self.total_timeout,
            "max_attempts": self.max_attempts,
            "backoff": self.backoff,
            "retry_after_max": self.retry_after_max,
            "min_interval": self.min_interval,
        }

    def fetch_settings(self) -> FetchSettings:
        # An API endpoint is not crawled: no robots.txt, and the spacing is the throttle's.
        return FetchSettings.from_django(
            connect_timeout=self.connect_timeout,
            read_timeout=self.read_timeout,
            total_timeout=self.total_timeout,
            max_bytes=MAX_BYTES,
            max_redirects=2,
            allowed_hosts=self.allowed_hosts,
            host_delay=0.0,
            respect_robots=False,
        )


def redact_url(url: str) -> str:
    """The URL with the values of secret query parameters replaced by ``***``."""
    parts = urlsplit(url)
    if not parts.query:
        return url
    query = [
        (name, "***" if name.lower() in SECRET_PARAMS else value)
        for name, value in parse_qsl(parts.query, keep_blank_values=True)
    ]
    return urlunsplit(parts._replace(query=urlencode(query, safe="{}*")))


def retry_after_seconds(value: str | None) -> float | None:
    """``Retry-After`` as seconds (delta-seconds or an HTTP date), None when absent or unreadable."""
    if not value:
        return None
    value = value.strip()
    if re.fullmatch(r"\d+(\.\d+)?", value):
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())


@dataclass
class Connector(ABC):
    """A prior fact-check search service. Subclasses say how to ask and how to read the answer."""

    name: str
    policy: HttpPolicy = field(default_factory=HttpPolicy)
    requests: int = field(default=0, init=False)

    @abstractmethod
    def search(self, query: str, language: str | None) -> list[FactCheckHit]:
        """Published fact-checks matching ``query``; raises ConnectorError."""

    @abstractmethod
    def describe(self) -> dict[str, Any]:
        """The connector's settings as recorded on a corroboration run (never a key)."""

    def secrets(self) -> list[str]:
        """Values that must never appear in a recorded message."""
        return []

    def redact(self, text: str) -> str:
        for secret in self.secrets():
            if secret:
                text = text.replace(secret, "***")
        return text

    def get_json(self, url: str, *, headers: dict[str, str] | None = None) -> Any:
        """GET ``url`` and decode its JSON, retrying what may pass on its own; ConnectorError."""
        started = time.monotonic()
        shown = redact_url(url)
        settings = self.policy.fetch_settings()
        for attempt in range(1, self.policy.max_attempts + 1):
            try:
                throttle_wait(name=self.name, interval=self.policy.min_interval)
            except ThrottleTooLong as exc:
                raise ConnectorError(f"{self.name}: rate limit queue too long ({exc})") from None
            self.requests += 1
            failure: FetchError
            try:
                result = fetch(url, accept=JSON_TYPES, headers=headers, settings=settings)
            except HTTPStatusError as exc:
                failure = exc
                delay = self._retry_delay(exc, attempt, started)
                retry_after = retry_after_seconds(exc.headers.get("retry-after"))
                if retry_after is not None and retry_after > self.policy.retry_after_max:
                    raise ConnectorError(
                        f"{self.name}: {exc} and asks to wait {retry_after:g}s "
                        f"(more than {self.policy.retry_after_max:g}s)"
                    ) from None
                if retry_after is not None and delay is not None:
                    delay = max(delay, retry_after)
            except (FetchTimeout, FetchConnectionError) as exc:
                failure = exc
                delay = self._retry_delay(exc, attempt, started)
            except FetchError as exc:
                raise ConnectorError(f"{self.name}: {self.redact(str(exc))}") from None
            else:
                try:
                    return json.loads(result.text())
                except ValueError as exc:
                    logger.warning(
                        "fact-check connector %s: malformed JSON from %s", self.name, shown
                    )
                    raise ConnectorError(f"{self.name}: malformed JSON response ({exc})") from None
            if delay is None:
                raise ConnectorError(self._failure(failure, attempt))
            logger.info(
                "fact-check connector %s: %s (attempt %s of %s), retrying in %.2fs",
                self.name,
                self.redact(str(failure)),
                attempt,
                self.policy.max_attempts,
                delay,
            )
            time.sleep(delay)
        raise AssertionError("unreachable")  # pragma: no cover

    def _retry_delay(self, exc: FetchError, attempt: int, started: float) -> float | None:
        """Seconds before the next attempt, or None when there is none (final error, no attempts
        or budget left)."""
        if not exc.transient or attempt >= self.policy.max_attempts:
            return None
        delay = self.policy.backoff * (2 ** (attempt - 1)) * (1.0 + random.random() * 0.25)
        if time.monotonic() - started + delay > self.policy.search_budget:
            return None
        return delay

    def _failure(self, exc: FetchError, attempt: int) -> str:
        tries = f"after {attempt} attempt{'s' if attempt > 1 else ''}"
        return f"{self.name}: {self.redact(str(exc))} ({tries})"


def dotted(data: Any, path: str) -> Any:
    """The value at a dotted path (``a.b.0.c``; digits index lists); None when absent."""
    if not path:
        return data
    current = data
    for part in path.split("."):
        if isinstance(current, dict):
            current = current.get(part)
        elif isinstance(current, list) and part.isdigit() and int(part) < len(current):
            current = current[int(part)]
        else:
            return None
        if current is None:
            return None
    return current


def text_of(value: Any, limit: int = 5000) -> str:
    """A field as stripped text: strings and numbers as written, anything else empty."""
    if isinstance(value, bool) or value is None:
        return ""
    if isinstance(value, str | int | float):
        return str(value).strip()[:limit]
    return ""


def is_web_url(value: str) -> bool:
    return urlsplit(value).scheme in ("http", "https") and bool(urlsplit(value).netloc)
