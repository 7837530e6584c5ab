"""``manage.py corroborate``: search the sources for claims and print JSON. Read-only."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from sources.selectors import SEARCH_VERSION, search_backend_name, source_search


def _language(value: str | None) -> str | None:
    return None if value in (None, "", "auto") else value


class Command(BaseCommand):
    help = (
        'Search the sources for one claim (corroborate "TEXT") or many (--jsonl, JSON lines '
        '{"id", "text", "language"?} on stdin); prints JSON only.'
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("text", nargs="?", help="the claim (or, with --jsonl, a .jsonl path)")
        parser.add_argument("--jsonl", action="store_true", help="read JSON lines from stdin")
        parser.add_argument("--top", type=int, default=10, help="results per claim (default 10)")
        parser.add_argument("--lang", default=None, help="language of the claims: auto, fr, en…")
        parser.add_argument("--speaker", default=None, help="speaker name, for speaker_match")
        parser.add_argument(
            "--quote", action="store_true", help="the text is a quote (its exact words matter)"
        )

    def handle(self, *args: Any, **options: Any) -> None:
        top: int = options["top"]
        if top < 0:
            raise CommandError("--top must be 0 or more")
        self._top = top
        self._lang = _language(options["lang"])
        self._speaker = options["speaker"]
        self._quote = options["quote"]
        self.stderr.write(f"search backend {search_backend_name()}, {SEARCH_VERSION}")
        if options["jsonl"]:
            path = options["text"]
            if path in (None, "-"):
                self._run_lines(sys.stdin)
            else:
                if not Path(path).is_file():
                    raise CommandError(f"no such file: {path}")
                with open(path, encoding="utf-8", errors="replace") as handle:
                    self._run_lines(handle)
            return
        text = options["text"]
        if text is None:
            raise CommandError("give the claim text, or --jsonl to read JSON lines from stdin")
        self._emit({"id": text, "results": self._search(text, self._lang)})

    def _search(self, text: str, language: str | None) -> list[dict[str, Any]]:
        hits = source_search(
            text=text,
            language=language,
            top=self._top,
            speaker=self._speaker,
            quote=self._quote,
        )
        return [hit.as_result() for hit in hits]

    def _emit(self, obj: dict[str, Any]) -> None:
        self.stdout.write(json.dumps(obj, ensure_ascii=False))
        self.stdout.flush()

    def _run_lines(self, lines: Iterable[str]) -> None:
        for number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            self._emit(self._one_line(number, line))

    def _one_line(self, number: int, line: str) -> dict[str, Any]:
        try:
            record = json.loads(line)
        except ValueError as exc:
            return {"id": None, "line": number, "error": f"invalid JSON: {exc}"}
        if not isinstance(record, dict):
            return {"id": None, "line": number, "error": "a line must be a JSON object"}
        raw_id = record.get("id")
        record_id = str(raw_id) if isinstance(raw_id, str | int) and raw_id != "" else None
        if isinstance(raw_id, bool):
            record_id = None
        if record_id is None:
            return {"id": None, "line": number, "error": "id is required (a string)"}
        text = record.get("text")
        if not isinstance(text, str):
            return {"id": record_id, "error": "text is required (a string)"}
        language = record.get("language", record.get("lang"))
        if language is not None and not isinstance(language, str):
            return {"id": record_id, "error": "language must be a string"}
        try:
            results = self._search(text, _language(language) or self._lang)
        except Exception as exc:  # one bad claim must not stop the run
            return {"id": record_id, "error": f"{type(exc).__name__}: {exc}"}
        return {"id": record_id, "results": results}
