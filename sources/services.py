"""Writes to the sources: upsert, bulk JSONL import, index maintenance."""

from __future__ import annotations

import hashlib
import json
import logging
import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from django.db import DatabaseError, IntegrityError, transaction
from django.utils import timezone

from sources.models import Source
from sources.search import get_backend
from workbench.nlp.textnorm import index_text

logger = logging.getLogger(__name__)

__all__ = [
    "ImportLineError",
    "ImportReport",
    "SourceValidationError",
    "source_delete",
    "source_upsert",
    "sources_embed",
    "sources_import_jsonl",
    "sources_reindex",
]

IMPORTED = "imported"
UPDATED = "updated"
UNCHANGED = "unchanged"

_LIMITS = {"external_id": 255, "url": 2000, "title": 1000, "publisher": 300, "kind": 64}


class SourceValidationError(ValueError):
    """A source record that cannot be stored; the message says which field and why."""


def _content_hash(fields: dict[str, Any]) -> str:
    payload = json.dumps(fields, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def _detect_language(text: str) -> str:
    try:
        from workbench.nlp.lang import detect_language
    except ImportError:  # the extraction package is optional for the sources app
        return ""
    code = detect_language(text)
    return "" if code == "und" else code


def _check(name: str, value: str) -> str:
    if "\x00" in value:
        raise SourceValidationError(f"{name} contains a NUL character")
    limit = _LIMITS.get(name)
    if limit is not None and len(value) > limit:
        raise SourceValidationError(f"{name} is longer than {limit} characters")
    return value


def source_upsert(
    *,
    external_id: str,
    text: str,
    title: str = "",
    url: str = "",
    language: str | None = None,
    published_at: datetime | None = None,
    publisher: str = "",
    kind: str = "",
) -> tuple[Source, str]:
    """Create or update the source ``external_id``; returns it and what happened.

    ``"unchanged"`` when every given field equals what is stored (nothing is written),
    ``"updated"`` when any differs, ``"imported"`` for a new id. The row and its search index
    entry are written in one transaction. ``language=None`` detects the language when the
    detector is installed; the stored hash covers the fields as given, so a re-import of the
    same record is always ``"unchanged"``.
    """
    if not isinstance(external_id, str) or not external_id.strip():
        raise SourceValidationError("id is required")
    if not isinstance(text, str) or not text.strip():
        raise SourceValidationError("text is required")
    external_id = _check("external_id", external_id.strip())
    text = _check("text", text)
    title, url, publisher, kind = (
        _check(name, value.strip())
        for name, value in (
            ("title", title),
            ("url", url),
            ("publisher", publisher),
            ("kind", kind),
        )
    )
    lang = (language or "").strip().lower()
    if len(lang) > 12:
        raise SourceValidationError("language is longer than 12 characters")
    if published_at is not None and timezone.is_naive(published_at):
        published_at = published_at.replace(tzinfo=UTC)

    given = {
        "text": text,
        "title": title,
        "url": url,
        "language": lang if language is not None else None,
        "published_at": published_at.isoformat() if published_at else None,
        "publisher": publisher,
        "kind": kind,
    }
    content_hash = _content_hash(given)
    values = {
        "text": text,
        "title": title,
        "url": url,
        "language": lang if language is not None else _detect_language(text),
        "published_at": published_at,
        "publisher": publisher,
        "kind": kind,
        "content_hash": content_hash,
        "search_text": index_text(title, text),
    }
    backend = get_backend()
    for attempt in (1, 2):
        try:
            with transaction.atomic():
                source = Source.objects.select_for_update().filter(external_id=external_id).first()
                if source is not None and source.content_hash == content_hash:
                    return source, UNCHANGED
                if source is None:
                    source = Source.objects.create(external_id=external_id, **values)
                    outcome = IMPORTED
                else:
                    for name, value in values.items():
                        setattr(source, name, value)
                    source.save()
                    outcome = UPDATED
                backend.index(source_id=source.pk, search_text=source.search_text)
                logger.info("source %s %s", external_id, outcome)
                return source, outcome
        except IntegrityError:
            # another writer created the same id between our read and our insert: the second
            # attempt finds its row and updates or keeps it
            if attempt == 2:
                raise
    raise AssertionError("unreachable")  # pragma: no cover


def source_delete(*, external_id: str) -> bool:
    """Delete the source and its index entry; ``False`` when there was none."""
    with transaction.atomic():
        source = Source.objects.filter(external_id=external_id).first()
        if source is None:
            return False
        get_backend().remove(source_id=source.pk)
        source.delete()
        return True


def sources_reindex() -> int:
    """Recompute every ``search_text`` and rebuild the index; returns the number of sources."""
    count = 0
    with transaction.atomic():
        for source in Source.objects.only("id", "title", "text", "search_text").iterator(
            chunk_size=500
        ):
            wanted = index_text(source.title, source.text)
            if wanted != source.search_text:
                Source.objects.filter(pk=source.pk).update(search_text=wanted)
            count += 1
        get_backend().rebuild()
    return count


def sources_embed(*, batch_size: int = 64) -> int:
    """Store the sentence embedding of every source whose stored one is missing or stale.

    Returns how many were written; 0 when the model is not installed or is turned off.
    """
    from sources import embeddings
    from sources.models import SourceEmbedding

    if not (embeddings.enabled() and embeddings.available()):
        return 0
    stored = dict(
        SourceEmbedding.objects.filter(model=embeddings.model_name()).values_list(
            "source_id", "text_hash"
        )
    )
    todo: list[tuple[int, str]] = []
    for pk, title, text in Source.objects.values_list("id", "title", "text").iterator():
        doc = embeddings.document_text(title, text)
        if stored.get(pk) != embeddings.text_hash(doc):
            todo.append((pk, doc))
    for i in range(0, len(todo), batch_size):
        chunk = todo[i : i + batch_size]
        vectors = embeddings.encode([doc for _pk, doc in chunk], batch_size=batch_size)
        with transaction.atomic():
            for (pk, doc), vector in zip(chunk, vectors, strict=True):
                SourceEmbedding.objects.update_or_create(
                    source_id=pk,
                    defaults={
                        "model": embeddings.model_name(),
                        "text_hash": embeddings.text_hash(doc),
                        "vector": embeddings.to_bytes(vector),
                    },
                )
    return len(todo)


# --- JSONL import -------------------------------------------------------------------------------


@dataclass(frozen=True)
class ImportLineError:
    line: int
    message: str
    id: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return {"line": self.line, "id": self.id, "error": self.message}


@dataclass
class ImportReport:
    """What an import did: one count per outcome and every skipped line with its reason."""

    lines: int = 0
    imported: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: int = 0
    errors: list[ImportLineError] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {
            "lines": self.lines,
            "imported": self.imported,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "skipped": self.skipped,
            "errors": [e.as_dict() for e in self.errors],
        }


def _string(record: dict[str, Any], name: str, *, key: str | None = None) -> str:
    value = record.get(key or name)
    if value is None:
        return ""
    if not isinstance(value, str):
        raise SourceValidationError(f"{key or name} must be a string")
    return value


def _external_id(value: Any) -> str:
    if isinstance(value, bool) or value is None:
        raise SourceValidationError("id is required (a string)")
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise SourceValidationError("id must be a string")
        return str(int(value)) if value.is_integer() else repr(value)
    if not isinstance(value, str) or not value.strip():
        raise SourceValidationError("id is required (a string)")
    return value.strip()


def parse_published_at(value: Any) -> datetime | None:
    """ISO 8601 date or date-time (``Z`` allowed); naive values are taken as UTC."""
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise SourceValidationError("published_at must be an ISO 8601 string")
    try:
        parsed = datetime.fromisoformat(value.strip())
    except ValueError:
        raise SourceValidationError(f"published_at is not ISO 8601: {value!r}") from None
    return parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed


def _language(record: dict[str, Any]) -> str | None:
    for key in ("language", "lang"):
        value = record.get(key)
        if value is None or value == "":
            continue
        if not isinstance(value, str):
            raise SourceValidationError(f"{key} must be a string")
        return value
    return None


def source_fields_from_record(record: Any) -> dict[str, Any]:
    """Validate one decoded JSON record into ``source_upsert`` keyword arguments."""
    if not isinstance(record, dict):
        raise SourceValidationError("a line must be a JSON object")
    if "id" not in record:
        raise SourceValidationError("id is required")
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise SourceValidationError("text is required (a non-empty string)")
    return {
        "external_id": _external_id(record.get("id")),
        "text": text,
        "title": _string(record, "title"),
        "url": _string(record, "url"),
        "language": _language(record),
        "published_at": parse_published_at(record.get("published_at")),
        "publisher": _string(record, "publisher"),
        "kind": _string(record, "kind"),
    }


def sources_import_jsonl(
    *,
    lines: Iterable[str | bytes],
    progress: Callable[[int, ImportReport], None] | None = None,
) -> ImportReport:
    """Import JSON lines (``{"id", "text", ...}``), each line in its own transaction.

    A line that is not valid UTF-8 or JSON, misses ``id`` or ``text``, or has a field of the
    wrong type is skipped and reported with its 1-based line number; nothing of it is stored.
    Blank lines are ignored. ``progress(line_number, report)`` is called after every line.
    """
    report = ImportReport()
    for number, raw in enumerate(lines, start=1):
        report.lines = number
        record_id: str | None = None
        try:
            line = raw.decode("utf-8") if isinstance(raw, bytes) else raw
            if number == 1:
                line = line.removeprefix("\ufeff")
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except ValueError as exc:
                raise SourceValidationError(f"invalid JSON: {exc}") from None
            if isinstance(record, dict) and isinstance(record.get("id"), str | int):
                record_id = str(record["id"])
            fields = source_fields_from_record(record)
            record_id = fields["external_id"]
            _source, outcome = source_upsert(**fields)
        except UnicodeDecodeError:
            report.skipped += 1
            report.errors.append(ImportLineError(line=number, message="not valid UTF-8"))
        except SourceValidationError as exc:
            report.skipped += 1
            report.errors.append(ImportLineError(line=number, message=str(exc), id=record_id))
        except DatabaseError as exc:
            # the line's transaction was rolled back; the import goes on with the next line
            logger.warning("source line %s not stored: %s", number, exc)
            report.skipped += 1
            report.errors.append(
                ImportLineError(line=number, message=f"database error: {exc}", id=record_id)
            )
        else:
            setattr(report, outcome, getattr(report, outcome) + 1)
        finally:
            if progress is not None:
                progress(number, report)
    return report
