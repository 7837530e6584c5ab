"""`manage.py ingest PATH|URL ... [--wait [--timeout S]]`: store articles and queue their processing."""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils.dateparse import parse_date, parse_datetime

from claims.models import Article, ProcessingState
from claims.selectors import article_summary
from claims.services import article_ingest
from claims.text import InvalidText

FINAL = (ProcessingState.DONE, ProcessingState.FAILED)


def _published_at(value: object) -> Any:
    if not value:
        return None
    if not isinstance(value, str):
        raise InvalidText("published_at must be an ISO 8601 string")
    parsed = parse_datetime(value)
    if parsed is None:
        day = parse_date(value)
        if day is None:
            raise InvalidText(f"published_at is not an ISO 8601 date: {value!r}")
        from datetime import datetime

        parsed = datetime(day.year, day.month, day.day)
    return parsed


def _read_text(path: Path) -> str:
    raw = path.read_bytes()
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InvalidText(f"{path} is not UTF-8 text (byte {exc.start})") from exc


class Command(BaseCommand):
    help = "Store articles from .txt, .html or .jsonl files and queue their processing."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("paths", nargs="+", help="A .txt, .html or .jsonl file.")
        parser.add_argument(
            "--lang", "--language", dest="language", default=None, help="fr, en (default: detect)"
        )
        parser.add_argument("--url", default="", help="The article's URL (single .txt/.html file).")
        parser.add_argument("--title", default="")
        parser.add_argument("--published-at", default=None, help="YYYY-MM-DD or ISO 8601")
        parser.add_argument(
            "--wait", action="store_true", help="Block until the articles are processed."
        )
        parser.add_argument(
            "--timeout", type=float, default=600.0, help="Seconds to wait with --wait."
        )

    def handle(self, *args: Any, **options: Any) -> None:
        entries: list[tuple[str, dict[str, Any]]] = []
        for raw in options["paths"]:
            if raw.startswith(("http://", "https://")):
                raise CommandError(
                    f"{raw}: fetching URLs is not available yet; save the page and ingest the file"
                )
            path = Path(raw)
            if not path.is_file():
                raise CommandError(f"{raw}: no such file")
            if path.suffix == ".jsonl":
                entries.extend(self._jsonl(path, options))
            else:
                entries.append((raw, self._file(path, options)))

        ids: list[tuple[str, int]] = []
        failures = 0
        for label, fields in entries:
            try:
                result = article_ingest(**fields)
            except InvalidText as exc:
                failures += 1
                self.stderr.write(f"{label}: refused: {exc}")
                continue
            state = (
                "duplicate of"
                if result.duplicate
                else ("new version" if result.new_version else "stored as")
            )
            self.stderr.write(f"{label}: {state} article {result.article.pk}")
            ids.append((label, result.article.pk))

        if options["wait"]:
            self._wait([pk for _, pk in ids], options["timeout"])
        for label, pk in ids:
            self.stdout.write(
                json.dumps({"input": label, **article_summary(article_id=pk)}, ensure_ascii=False)
            )
        if failures:
            raise CommandError(f"{failures} input(s) refused")

    def _file(self, path: Path, options: dict[str, Any]) -> dict[str, Any]:
        try:
            text = _read_text(path)
        except InvalidText as exc:
            raise CommandError(str(exc)) from exc
        fields: dict[str, Any] = {
            "url": options["url"],
            "title": options["title"],
            "language": options["language"],
            "published_at": _published_at(options["published_at"]),
        }
        if path.suffix.lower() in (".html", ".htm"):
            from workbench.nlp import html_to_text

            page = html_to_text(text)
            fields.update(
                body=page.get("text") or "",
                title=fields["title"] or page.get("title") or "",
                author=page.get("author") or "",
                url=fields["url"] or page.get("canonical_url") or "",
            )
            if fields["published_at"] is None and page.get("date"):
                fields["published_at"] = _published_at(page["date"])
        else:
            fields["body"] = text
        return fields

    def _jsonl(self, path: Path, options: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
        entries = []
        with path.open(encoding="utf-8", errors="replace") as lines:
            for number, line in enumerate(lines, start=1):
                if not line.strip():
                    continue
                label = f"{path}:{number}"
                try:
                    data = json.loads(line)
                    if not isinstance(data, dict) or not isinstance(data.get("text"), str):
                        raise InvalidText('each line must be an object with a "text" string')
                    entries.append(
                        (
                            str(data.get("id", label)),
                            {
                                "body": data["text"],
                                "url": str(data.get("url") or ""),
                                "title": str(data.get("title") or ""),
                                "publisher": str(data.get("publisher") or ""),
                                "language": data.get("language")
                                or data.get("lang")
                                or options["language"],
                                "published_at": _published_at(data.get("published_at")),
                            },
                        )
                    )
                except (ValueError, InvalidText) as exc:
                    self.stderr.write(f"{label}: skipped: {exc}")
        return entries

    def _wait(self, ids: list[int], timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while True:
            states = dict(Article.objects.filter(pk__in=ids).values_list("pk", "state"))
            pending = [pk for pk in ids if states.get(pk) not in FINAL]
            if not pending:
                return
            if time.monotonic() > deadline:
                waiting = ", ".join(f"{pk} ({states.get(pk)})" for pk in pending)
                sys.stderr.write(
                    f"timed out after {timeout:g}s; still waiting for article(s) {waiting}. Is a worker running?\n"
                )
                raise CommandError("timed out waiting for processing")
            time.sleep(0.5)
