"""Structured logs: one JSON object per record, carrying the ids of the work being done.

Why: a worker interleaves the logs of many articles, claims and quotes; an operator following
one article through the pipeline filters on ``article_id`` (or ``claim_id``, ``quote_id``,
``task_id``) instead of grepping free text. The ids live in a context variable, so every record
emitted while a task runs carries them, whichever module logs it (the services, the NLP package,
the fetch client), without passing them down as arguments.

``WORKBENCH_LOG_FORMAT=json`` selects :class:`JsonFormatter` in ``settings.LOGGING`` (the default
in production); ``plain`` keeps one readable line per record (development and tests).
"""

from __future__ import annotations

import contextvars
import logging
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from typing import Any

from pythonjsonlogger.json import JsonFormatter as _BaseJsonFormatter

# The ids a record may carry; anything else passed to log_context is refused, so a typo cannot
# silently produce a field nobody filters on.
CONTEXT_FIELDS = ("article_id", "claim_id", "quote_id", "fetch_job_id", "feed_id", "task_id")

_context: contextvars.ContextVar[Mapping[str, str] | None] = contextvars.ContextVar(
    "workbench_log_context", default=None
)


def log_context_get() -> dict[str, str]:
    """The ids in force for records emitted now (a copy)."""
    return dict(_context.get() or {})


@contextmanager
def log_context(**ids: object) -> Iterator[None]:
    """Attach ids to every record emitted inside the block; nested blocks add to the outer ones.

    Ids are stored as strings (the API's ids are strings too); ``None`` values are left out.
    """
    unknown = set(ids) - set(CONTEXT_FIELDS)
    if unknown:
        raise ValueError(f"unknown log context field(s): {', '.join(sorted(unknown))}")
    merged = {**(_context.get() or {}), **{k: str(v) for k, v in ids.items() if v is not None}}
    token = _context.set(merged)
    try:
        yield
    finally:
        _context.reset(token)


@contextmanager
def task_log_context(**ids: object) -> Iterator[None]:
    """`log_context` plus the id of the Celery task being executed (when there is one)."""
    from celery import current_task

    task_id = None
    if current_task is not None and current_task.request is not None:
        task_id = current_task.request.id
    with log_context(task_id=task_id, **ids):
        yield


class ContextFilter(logging.Filter):
    """Copies the context ids onto each record; set on handlers so every logger's records pass."""

    def filter(self, record: logging.LogRecord) -> bool:
        for key, value in (_context.get() or {}).items():
            if not hasattr(record, key):
                setattr(record, key, value)
        return True


class JsonFormatter(_BaseJsonFormatter):
    """One JSON object per line: timestamp, level, logger, message, the context ids, extras."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("fmt", ["levelname", "name", "message"])
        kwargs.setdefault("rename_fields", {"levelname": "level", "name": "logger"})
        kwargs.setdefault("timestamp", True)
        # Non-ASCII text (French articles, speaker names) stays readable in the log.
        kwargs.setdefault("json_ensure_ascii", False)
        super().__init__(*args, **kwargs)


def logging_config(*, log_format: str, level: str) -> dict[str, Any]:
    """The LOGGING dict for settings: stderr, plain or JSON, with the context ids attached."""
    if log_format not in ("json", "plain"):
        raise ValueError(f"WORKBENCH_LOG_FORMAT must be json or plain, not {log_format!r}")
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "filters": {"context": {"()": "workbench.logging.ContextFilter"}},
        "formatters": {
            "plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"},
            "json": {"()": "workbench.logging.JsonFormatter"},
        },
        "handlers": {
            "stderr": {
                "class": "logging.StreamHandler",
                "formatter": log_format,
                "filters": ["context"],
                "stream": "ext://sys.stderr",
            },
        },
        "root": {"handlers": ["stderr"], "level": level},
        "loggers": {
            "django.db.backends": {"level": "WARNING"},
        },
    }


__all__ = [
    "CONTEXT_FIELDS",
    "ContextFilter",
    "JsonFormatter",
    "log_context",
    "log_context_get",
    "logging_config",
    "task_log_context",
]
