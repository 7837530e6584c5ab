"""Imports: idempotency, validation, per-line atomicity, re-indexing on update."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from sources.models import Source
from sources.selectors import source_search
from sources.services import (
    SourceValidationError,
    source_delete,
    source_upsert,
    sources_import_jsonl,
    sources_reindex,
)

pytestmark = pytest.mark.django_db

LINES = [
    json.dumps({"id": "s1", "text": "Les troupes ont quitté Qaëm.", "language": "fr"}),
    json.dumps({"id": 42, "text": "Troops left the base.", "lang": "en", "title": "Base"}),
    json.dumps(
        {
            "id": "s3",
            "text": "Une cérémonie a eu lieu.",
            "published_at": "2020-03-17T10:00:00Z",
            "publisher": "AFP",
            "kind": "wire",
            "url": "https://example.org/s3",
        }
    ),
]


def test_import_then_reimport_changes_nothing() -> None:
    first = sources_import_jsonl(lines=LINES)
    assert (first.imported, first.updated, first.unchanged, first.skipped) == (3, 0, 0, 0)
    before = list(Source.objects.values_list("external_id", "updated_at", "content_hash"))

    second = sources_import_jsonl(lines=LINES)

    assert (second.imported, second.updated, second.unchanged, second.skipped) == (0, 0, 3, 0)
    assert second.errors == []
    assert list(Source.objects.values_list("external_id", "updated_at", "content_hash")) == before


def test_fields_are_stored_as_given() -> None:
    sources_import_jsonl(lines=LINES)
    numeric = Source.objects.get(external_id="42")
    assert (numeric.language, numeric.title) == ("en", "Base")
    s3 = Source.objects.get(external_id="s3")
    assert s3.published_at == datetime(2020, 3, 17, 10, 0, tzinfo=UTC)
    assert (s3.publisher, s3.kind, s3.url) == ("AFP", "wire", "https://example.org/s3")


def test_malformed_lines_are_skipped_with_their_line_numbers() -> None:
    lines: list[str | bytes] = [
        LINES[0],
        "{not json",
        json.dumps({"text": "no id"}),
        "",
        json.dumps({"id": "bad-date", "text": "Texte.", "published_at": "17/03/2020"}),
        json.dumps({"id": "no-text", "text": "   "}),
        json.dumps(["a", "list"]),
        json.dumps({"id": "bad-title", "text": "Texte.", "title": 5}),
        b"\xff\xfe not utf-8",
        LINES[1],
    ]
    report = sources_import_jsonl(lines=lines)

    assert (report.lines, report.imported, report.skipped) == (10, 2, 7)
    assert [(e.line, e.id) for e in report.errors] == [
        (2, None),
        (3, None),
        (5, "bad-date"),
        (6, "no-text"),
        (7, None),
        (8, "bad-title"),
        (9, None),
    ]
    assert report.errors[2].message == "published_at is not ISO 8601: '17/03/2020'"
    assert report.errors[6].message == "not valid UTF-8"
    assert sorted(Source.objects.values_list("external_id", flat=True)) == ["42", "s1"]


def test_a_line_that_fails_in_the_database_leaves_nothing_behind() -> None:
    report = sources_import_jsonl(
        lines=[json.dumps({"id": "x" * 256, "text": "Trop long."}), LINES[0]]
    )
    assert (report.imported, report.skipped) == (1, 1)
    assert report.errors[0].message == "external_id is longer than 255 characters"
    assert list(Source.objects.values_list("external_id", flat=True)) == ["s1"]


def test_update_reindexes_old_words_out_new_words_in() -> None:
    source, outcome = source_upsert(external_id="u1", text="Un zeppelin survole Qaëm.")
    assert outcome == "imported"
    assert [h.external_id for h in source_search(text="zeppelin")] == ["u1"]

    updated, outcome = source_upsert(external_id="u1", text="Une montgolfière survole Qaëm.")

    assert (updated.pk, outcome) == (source.pk, "updated")
    assert source_search(text="zeppelin") == []
    assert [h.external_id for h in source_search(text="montgolfiere")] == ["u1"]
    assert source_upsert(external_id="u1", text="Une montgolfière survole Qaëm.")[1] == "unchanged"


def test_upsert_rejects_missing_text() -> None:
    with pytest.raises(SourceValidationError, match="text is required"):
        source_upsert(external_id="e1", text="  ")
    assert Source.objects.count() == 0


def test_delete_and_reindex_keep_the_index_in_step() -> None:
    source_upsert(external_id="d1", text="Un zeppelin.")
    source_upsert(external_id="d2", text="Un autre zeppelin.")
    assert source_delete(external_id="d1") is True
    assert source_delete(external_id="d1") is False
    Source.objects.filter(external_id="d2").update(search_text="")

    assert sources_reindex() == 1
    assert [h.external_id for h in source_search(text="zeppelin")] == ["d2"]
