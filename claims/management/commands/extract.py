"""``manage.py extract``: run the text-analysis pipeline and print JSON; no database."""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections import deque
from collections.abc import Iterator
from pathlib import Path
from typing import Any, TextIO

from django.core.management.base import BaseCommand, CommandError, CommandParser

from workbench import nlp


def _date(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError as exc:
        raise ValueError(f"published_at is not a date (YYYY-MM-DD): {value!r}") from exc


def _language(value: str | None) -> str | None:
    return None if not value or value == "auto" else value


class Command(BaseCommand):
    help = "Extract quotes and claims from text, HTML or JSON lines; prints JSON only."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("paths", nargs="*", help=".txt, .html or .jsonl files, or - for stdin")
        parser.add_argument("--jsonl", action="store_true", help="read JSON lines (stdin or PATH)")
        parser.add_argument("--lang", default="auto", choices=["auto", "fr", "en"])
        parser.add_argument("--published-at", dest="published_at", default=None)

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            published_at = _date(options["published_at"])
        except ValueError as exc:
            raise CommandError(str(exc)) from exc
        language = _language(options["lang"])
        paths: list[str] = options["paths"]
        out: TextIO = self.stdout  # type: ignore[assignment]
        if options["jsonl"] or (paths and all(p.endswith(".jsonl") for p in paths)):
            sources = paths or ["-"]
            for path in sources:
                stream = sys.stdin if path == "-" else self._open(path)
                self._jsonl(stream, out, language, published_at)
            return
        if not paths:
            raise CommandError("give a PATH (.txt, .html or -) or --jsonl")
        for path in paths:
            text = self._read(path)
            result = nlp.extract(text, language=language, published_at=published_at)
            self._write(out, {"id": path, **result})

    def _open(self, path: str) -> TextIO:
        try:
            return open(path, encoding="utf-8")
        except OSError as exc:
            raise CommandError(f"cannot read {path}: {exc}") from exc

    def _read(self, path: str) -> str:
        if path == "-":
            return sys.stdin.read()
        try:
            raw = Path(path).read_text(encoding="utf-8", errors="replace")
        except OSError as exc:
            raise CommandError(f"cannot read {path}: {exc}") from exc
        if path.lower().endswith((".html", ".htm")):
            return nlp.html_to_text(raw)["text"] or ""
        return raw

    def _jsonl(
        self, stream: TextIO, out: TextIO, language: str | None, published_at: dt.date | None
    ) -> None:
        """One result per line, in order; the valid lines are parsed in batches
        (``nlp.extract_many``), a bad line is answered with its error where it stood."""
        pending: deque[tuple[str, str | None]] = deque()  # (id, error or None), in line order

        def items() -> Iterator[dict[str, Any]]:
            for number, line in enumerate(stream, start=1):
                if not line.strip():
                    continue
                item_id = f"line-{number}"
                try:
                    item = json.loads(line)
                    if not isinstance(item, dict):
                        raise ValueError("a line must be a JSON object")
                    if item.get("id") is not None:
                        item_id = str(item["id"])
                    text = item.get("text")
                    if not isinstance(text, str):
                        raise ValueError("'text' must be a string")
                    lang = _language(item.get("language") or item.get("lang")) or language
                    anchor = _date(item.get("published_at")) or published_at
                except Exception as exc:
                    self.stderr.write(f"line {number}: {exc}")
                    pending.append((item_id, str(exc)))
                    continue
                pending.append((item_id, None))
                yield {"text": text, "language": lang, "published_at": anchor}

        def flush_errors() -> None:
            while pending and pending[0][1] is not None:
                item_id, error = pending.popleft()
                self._write(out, {"id": item_id, "error": error})

        for result in nlp.extract_many(items()):
            flush_errors()
            item_id, _ = pending.popleft()
            self._write(out, {"id": item_id, **result})
        flush_errors()

    def _write(self, out: TextIO, obj: dict[str, Any]) -> None:
        out.write(json.dumps(obj, ensure_ascii=False))
        out.flush()
