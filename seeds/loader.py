"""Load the demo: the sample article, the demo sources and the demo users. Idempotent."""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Protocol

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import transaction

from claims.services import article_ingest
from sources.services import ImportReport, sources_import_jsonl

logger = logging.getLogger(__name__)

SEEDS_DIR = Path(__file__).resolve().parent
SAMPLE_ARTICLE = SEEDS_DIR / "sample_article_fr.txt"
DEMO_SOURCES = SEEDS_DIR / "demo_sources.jsonl"

SAMPLE_TITLE = "Les Etats-Unis remettent la base de Qaëm aux forces irakiennes"
SAMPLE_PUBLISHED_AT = datetime(2020, 3, 18, tzinfo=UTC)
SAMPLE_PUBLISHER = "Demo"

# Demo-only accounts: documented in seeds/README.md. Never seed a reachable server.
DEMO_PASSWORD = "workbench-demo"


class Writer(Protocol):
    def write(self, text: str, /) -> object: ...


@dataclass(frozen=True)
class DemoUser:
    username: str
    group: str | None
    is_staff: bool = True
    is_superuser: bool = False


DEMO_USERS = (
    DemoUser(username="reviewer", group="Reviewer"),
    DemoUser(username="editor", group="Editor"),
    DemoUser(username="admin", group=None, is_superuser=True),
)


@dataclass
class SeedReport:
    article_id: int | None = None
    article_created: bool = False
    sources: ImportReport = field(default_factory=ImportReport)
    users_created: list[str] = field(default_factory=list)
    users_present: list[str] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        """True when this run created or updated anything."""
        return (
            self.article_created
            or bool(self.users_created)
            or bool(self.sources.imported or self.sources.updated)
        )


class SeedError(Exception):
    """The database is not ready for seeding (for example, migrations were not run)."""


def demo_source_records(path: Path = DEMO_SOURCES) -> list[dict]:
    """The demo sources, one dict per non-blank line of the JSONL file."""
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def _seed_article(report: SeedReport) -> None:
    result = article_ingest(
        body=SAMPLE_ARTICLE.read_text(encoding="utf-8"),
        title=SAMPLE_TITLE,
        publisher=SAMPLE_PUBLISHER,
        language="fr",
        published_at=SAMPLE_PUBLISHED_AT,
    )
    report.article_id = result.article.pk
    report.article_created = result.created


def _seed_sources(report: SeedReport) -> None:
    # The same import as `manage.py import_sources`, so the demo file is checked like any other.
    with DEMO_SOURCES.open(encoding="utf-8") as handle:
        report.sources = sources_import_jsonl(lines=handle)
    if report.sources.errors:
        problems = "; ".join(f"line {e.line}: {e.message}" for e in report.sources.errors)
        raise SeedError(f"{DEMO_SOURCES.name} has lines that cannot be imported: {problems}")


def _seed_users(report: SeedReport) -> None:
    user_model = get_user_model()
    names = {user.group for user in DEMO_USERS if user.group}
    groups = {group.name: group for group in Group.objects.filter(name__in=names)}
    missing = names - groups.keys()
    if missing:
        raise SeedError(f"groups {sorted(missing)} do not exist: run `manage.py migrate` first")
    with transaction.atomic():
        for demo in DEMO_USERS:
            user, created = user_model.objects.get_or_create(
                username=demo.username,
                defaults={"is_staff": demo.is_staff, "is_superuser": demo.is_superuser},
            )
            if created:
                # Only a new account gets the demo password: a password someone changed stays.
                user.set_password(DEMO_PASSWORD)
                user.save(update_fields=["password"])
                report.users_created.append(demo.username)
            else:
                report.users_present.append(demo.username)
            if demo.group and not user.groups.filter(pk=groups[demo.group].pk).exists():
                user.groups.add(groups[demo.group])


def seed_all(*, stdout: Writer | None = None) -> SeedReport:
    """Load the sample article, the demo sources and the demo users.

    Running it again creates nothing, updates nothing and resets no password; the report says
    what was created and what was already present.
    """
    report = SeedReport()
    _seed_article(report)
    _seed_sources(report)
    _seed_users(report)
    logger.info(
        "seed: article %s (%s), sources %s, users created %s",
        report.article_id,
        "created" if report.article_created else "present",
        report.sources.as_dict(),
        report.users_created,
    )
    if stdout is not None:
        write_report(report, stdout)
    return report


def write_report(report: SeedReport, stdout: Writer) -> None:
    state = "created" if report.article_created else "already present"
    stdout.write(f"Sample article {report.article_id}: {state}\n")
    counts = ", ".join(
        f"{getattr(report.sources, status)} {status}"
        for status in ("imported", "updated", "unchanged")
    )
    stdout.write(f"Demo sources: {counts}\n")
    if report.users_created:
        stdout.write(f"Users created: {', '.join(report.users_created)}\n")
    if report.users_present:
        stdout.write(f"Users already present: {', '.join(report.users_present)}\n")
    if report.users_created:
        stdout.write(
            f"Demo users' password: {DEMO_PASSWORD} (demo only; change it on any shared machine)\n"
        )
