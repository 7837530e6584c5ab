"""``manage.py import_sources PATH.jsonl``: add or update sources from JSON lines."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from tqdm import tqdm

from sources.services import ImportReport, sources_import_jsonl


class Command(BaseCommand):
    help = (
        'Import sources from JSON lines {"id", "text", "title"?, "url"?, "language"?|"lang"?, '
        '"published_at"?, "publisher"?, "kind"?}; re-importing the same file changes nothing.'
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("path", help="a .jsonl file, or - for standard input")
        parser.add_argument(
            "--json", action="store_true", help="print the report as one JSON object on stdout"
        )
        parser.add_argument(
            "--progress-every", type=int, default=1000, help="lines between progress messages"
        )

    def handle(self, *args: Any, **options: Any) -> None:
        path: str = options["path"]
        every = max(1, options["progress_every"])

        total = None
        if path != "-":
            file = Path(path)
            if not file.is_file():
                raise CommandError(f"no such file: {path}")
            total = _count_lines(file)
        # A progress bar on stderr (stdout stays for the report); counts are written above it.
        bar = tqdm(total=total, unit="line", file=self.stderr._out, dynamic_ncols=True)

        def progress(number: int, report: ImportReport) -> None:
            bar.update(number - bar.n)
            if number % every == 0:
                bar.write(
                    f"{number} lines: {report.imported} imported, {report.updated} updated, "
                    f"{report.unchanged} unchanged, {report.skipped} skipped",
                    file=self.stderr._out,
                )

        with bar:
            if path == "-":
                report = sources_import_jsonl(lines=sys.stdin.buffer, progress=progress)
            else:
                try:
                    with file.open("rb") as handle:
                        report = sources_import_jsonl(lines=handle, progress=progress)
                except OSError as exc:
                    raise CommandError(f"cannot read {path}: {exc}") from exc

        for error in report.errors:
            where = f" (id {error.id})" if error.id else ""
            self.stderr.write(f"line {error.line}{where}: {error.message}")
        if options["json"]:
            self.stdout.write(json.dumps(report.as_dict(), ensure_ascii=False))
        else:
            self.stdout.write(
                f"{report.lines} lines read: {report.imported} imported, {report.updated} updated, "
                f"{report.unchanged} unchanged, {report.skipped} skipped"
            )


def _count_lines(file: Path) -> int | None:
    """Lines in the file, for the progress bar's total; None when it cannot be read."""
    try:
        with file.open("rb") as handle:
            data = b""
            count = 0
            for data in iter(lambda: handle.read(1 << 20), b""):
                count += data.count(b"\n")
            return count + (1 if data and not data.endswith(b"\n") else 0)
    except OSError:
        return None
