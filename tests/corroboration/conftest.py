"""The demo corpus of seeds/demo_sources.jsonl, imported through the service."""

from __future__ import annotations

from pathlib import Path

import pytest
from django.db import connection

from sources.services import sources_import_jsonl

DEMO = Path(__file__).resolve().parents[2] / "seeds" / "demo_sources.jsonl"


@pytest.fixture
def demo(db: None) -> int:
    with DEMO.open(encoding="utf-8") as handle:
        report = sources_import_jsonl(lines=handle)
    assert report.skipped == 0
    return report.imported


@pytest.fixture(autouse=True)
def _postgres_only(request: pytest.FixtureRequest) -> None:
    if request.node.get_closest_marker("postgres") and connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL")
