"""A minimum interval between two requests of one connector, shared by every worker process.

The next allowed time lives in the database (``ConnectorThrottle``): the default cache is
per process, while every worker of every configuration (SQLite file, PostgreSQL) shares the
database. A request *reserves* its slot in one short transaction and sleeps outside it, so
concurrent workers line up one interval apart instead of all waking at the same moment.
"""

from __future__ import annotations

import contextlib
import time

from django.db import IntegrityError, transaction

from sources.models import ConnectorThrottle

# A worker never queues longer than this behind the others: the search is given up instead.
MAX_WAIT = 60.0


class ThrottleTooLong(Exception):
    """The connector's queue is longer than ``MAX_WAIT``; no slot was reserved."""


def throttle_reserve(*, name: str, interval: float, max_wait: float = MAX_WAIT) -> float:
    """Reserve the next request slot of ``name``; returns the seconds to sleep before it."""
    if interval <= 0:
        return 0.0
    # Another worker may create the row between the two halves of get_or_create.
    with contextlib.suppress(IntegrityError):
        ConnectorThrottle.objects.get_or_create(name=name)
    with transaction.atomic():
        row = ConnectorThrottle.objects.select_for_update().get(name=name)
        now = time.time()
        start = max(now, row.next_at)
        wait = start - now
        if wait > max_wait:
            raise ThrottleTooLong(f"{name}: the next request slot is {wait:.1f}s away")
        row.next_at = start + interval
        row.save(update_fields=["next_at"])
    return wait


def throttle_wait(*, name: str, interval: float, max_wait: float = MAX_WAIT) -> float:
    """Reserve a slot and sleep until it; returns the seconds slept."""
    wait = throttle_reserve(name=name, interval=interval, max_wait=max_wait)
    if wait > 0:
        time.sleep(wait)
    return wait
