"""`manage.py ingest PATH|URL ... [--wait [--timeout S]]`: store articles and queue their processing."""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils.dateparse import parse_date, parse_datetime
from tqdm import tqdm

from claims.models import Article, ProcessingState
from claims.selectors import article_summary
from claims.services import article_ingest
from claims.services.ingestion import article_fetch_submit
from claims.text import InvalidText
from sources.fetch import UnsafeURL
from sources.models import FetchJob

FINAL = (ProcessingState.DONE, ProcessingState.FAILED)
JOB_FINAL = (FetchJob.State.DONE, FetchJob.State.FAILED)


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
    help = (
        "Store articles from .txt, .html or .jsonl files, or fetch them from http(s) URLs in the "
        "background, and queue their processing."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("paths", nargs="+", help="A .txt, .html or .jsonl file, or a URL.")
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
        urls: list[str] = []
        bulk = False
        for raw in options["paths"]:
            if raw.startswith(("http://", "https://")):
                urls.append(raw)
                continue
            path = Path(raw)
            if not path.is_file():
                raise CommandError(f"{raw}: no such file")
            if path.suffix == ".jsonl":
                bulk = True
                entries.extend(self._jsonl(path, options))
            else:
                entries.append((raw, self._file(path, options)))

        ids: list[tuple[str, int]] = []
        failures = 0
        # A progress bar on stderr for bulk files; per-line messages are written above it.
        bar = tqdm(
            total=len(entries),
            unit="article",
            file=self.stderr._out,
            disable=not bulk,
            dynamic_ncols=True,
        )

        def say(message: str) -> None:
            if bulk:
                bar.write(message, file=self.stderr._out)
            else:
                self.stderr.write(message)

        with bar:
            for label, fields in entries:
                bar.update(1)
                try:
                    result = article_ingest(**fields)
                except InvalidText as exc:
                    failures += 1
                    say(f"{label}: refused: {exc}")
                    continue
                state = (
                    "duplicate of"
                    if result.duplicate
                    else ("new version" if result.new_version else "stored as")
                )
                say(f"{label}: {state} article {result.article.pk}")
                ids.append((label, result.article.pk))

        jobs: list[tuple[str, int]] = []
        for url in urls:
            try:
                job = article_fetch_submit(url=url)
            except UnsafeURL as exc:
                failures += 1
                self.stderr.write(f"{url}: refused: {exc}")
                continue
            self.stderr.write(f"{url}: fetch job {job.pk} queued")
            jobs.append((url, job.pk))

        if options["wait"]:
            deadline = time.monotonic() + options["timeout"]
            self._wait_jobs([pk for _, pk in jobs], deadline, options["timeout"])
            fetched = dict(
                FetchJob.objects.filter(
                    pk__in=[pk for _, pk in jobs], state=FetchJob.State.DONE
                ).values_list("pk", "result_id")
            )
            article_ids = [pk for _, pk in ids] + [int(v) for v in fetched.values() if v]
            self._wait(article_ids, max(deadline - time.monotonic(), 0.0), options["timeout"])
        for label, pk in ids:
            self.stdout.write(
                json.dumps({"input": label, **article_summary(article_id=pk)}, ensure_ascii=False)
            )
        for url, job_id in jobs:
            failures += self._report_job(url, job_id, waited=options["wait"])
        if failures:
            raise CommandError(f"{failures} input(s) refused or failed")

    def _report_job(self, url: str, job_id: int, *, waited: bool) -> int:
        job = FetchJob.objects.get(pk=job_id)
        line: dict[str, Any] = {"input": url, "job": str(job.pk)}
        if job.state == FetchJob.State.DONE and job.result_id:
            self.stderr.write(f"{url}: {job.outcome} article {job.result_id}")
            line.update(article_summary(article_id=int(job.result_id)))
            line["job_state"] = job.state
        elif job.state == FetchJob.State.FAILED:
            self.stderr.write(f"{url}: fetch failed: {job.failure_reason}")
            line.update(state="failed", job_state=job.state, error=job.failure_reason)
        else:
            line.update(state=job.state, job_state=job.state)
        self.stdout.write(json.dumps(line, ensure_ascii=False))
        return 1 if job.state == FetchJob.State.FAILED else 0

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

    def _wait_jobs(self, ids: list[int], deadline: float, timeout: float) -> None:
        while True:
            states = dict(FetchJob.objects.filter(pk__in=ids).values_list("pk", "state"))
            pending = [pk for pk in ids if states.get(pk) not in JOB_FINAL]
            if not pending:
                return
            if time.monotonic() > deadline:
                waiting = ", ".join(f"{pk} ({states.get(pk)})" for pk in pending)
                sys.stderr.write(
                    f"timed out after {timeout:g}s; still waiting for fetch job(s) {waiting}. Is a worker running?\n"
                )
                raise CommandError("timed out waiting for fetching")
            time.sleep(0.5)

    def _wait(self, ids: list[int], remaining: float, timeout: float | None = None) -> None:
        timeout = remaining if timeout is None else timeout
        deadline = time.monotonic() + remaining
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
