"""import_sources and corroborate: exit codes, stdout is JSON only, errors per line."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from sources.models import Source

pytestmark = pytest.mark.django_db


def _write(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _run(*args: str, stdin: str | None = None, monkeypatch: pytest.MonkeyPatch | None = None):
    out, err = io.StringIO(), io.StringIO()
    if stdin is not None and monkeypatch is not None:
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    call_command(*args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def test_import_sources_reports_counts_and_bad_lines(tmp_path: Path) -> None:
    path = _write(
        tmp_path / "s.jsonl",
        [
            json.dumps({"id": "a", "text": "Texte A sur Qaëm.", "language": "fr"}),
            "nope",
            json.dumps({"id": "b", "text": "Text B.", "lang": "en"}),
        ],
    )
    out, err = _run("import_sources", str(path), "--json")
    assert json.loads(out) == {
        "lines": 3,
        "imported": 2,
        "updated": 0,
        "unchanged": 0,
        "skipped": 1,
        "errors": [
            {
                "line": 2,
                "id": None,
                "error": "invalid JSON: Expecting value: line 1 column 1 (char 0)",
            }
        ],
    }
    assert "line 2: invalid JSON" in err

    out, _err = _run("import_sources", str(path))
    assert out.strip() == "3 lines read: 0 imported, 0 updated, 2 unchanged, 1 skipped"
    assert Source.objects.count() == 2


def test_import_sources_missing_file_is_a_command_error(tmp_path: Path) -> None:
    with pytest.raises(CommandError, match="no such file"):
        call_command("import_sources", str(tmp_path / "missing.jsonl"))


@pytest.fixture
def imported(tmp_path: Path) -> None:
    path = _write(
        tmp_path / "corpus.jsonl",
        [
            json.dumps(
                {
                    "id": "wire-1",
                    "title": "Qaëm",
                    "url": "https://example.org/1",
                    "text": "Les drones ont tué 27 combattants du Hachd près de Qaëm.",
                    "language": "fr",
                }
            ),
            json.dumps({"id": "other", "text": "Un concert a eu lieu à Lyon.", "language": "fr"}),
        ],
    )
    call_command("import_sources", str(path), stdout=io.StringIO(), stderr=io.StringIO())


def test_corroborate_one_claim_prints_one_json_object(imported: None) -> None:
    out, err = _run("corroborate", "25 combattants tués près de Qaem", "--top", "5")
    result = json.loads(out)
    assert result["id"] == "25 combattants tués près de Qaem"
    assert [r["source_id"] for r in result["results"]] == ["wire-1"]
    first = result["results"][0]
    assert (first["title"], first["url"], first["stance"]) == (
        "Qaëm",
        "https://example.org/1",
        "contradicts",
    )
    assert first["passage"] == "Les drones ont tué 27 combattants du Hachd près de Qaëm."
    assert isinstance(first["score"], float)
    assert first["signals"]["numbers"]["conflict"] is True
    assert "search backend" in err


def test_corroborate_jsonl_goes_on_after_a_bad_line(
    imported: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    stdin = "\n".join(
        [
            json.dumps({"id": "c1", "text": "27 combattants à Qaëm", "lang": "fr"}),
            "{broken",
            json.dumps({"id": "c2"}),
            json.dumps({"id": 3, "text": 'NEAR("x" AND *) « »'}),
            json.dumps({"id": "c4", "text": "concert à Lyon", "language": "fr"}),
        ]
    )
    out, _err = _run("corroborate", "--jsonl", "--top", "1", stdin=stdin, monkeypatch=monkeypatch)
    rows = [json.loads(line) for line in out.splitlines()]

    assert [r["id"] for r in rows] == ["c1", None, "c2", "3", "c4"]
    assert [r["source_id"] for r in rows[0]["results"]] == ["wire-1"]
    assert rows[0]["results"][0]["stance"] == "supports"
    assert rows[1] == {
        "id": None,
        "line": 2,
        "error": "invalid JSON: Expecting property name enclosed in double quotes: "
        "line 1 column 2 (char 1)",
    }
    assert rows[2] == {"id": "c2", "error": "text is required (a string)"}
    assert rows[3] == {"id": "3", "results": []}
    assert [r["source_id"] for r in rows[4]["results"]] == ["other"]


def test_corroborate_is_read_only(imported: None) -> None:
    before = list(Source.objects.values_list("id", "updated_at", "search_text"))
    _run("corroborate", "Qaëm")
    assert list(Source.objects.values_list("id", "updated_at", "search_text")) == before


def test_reindex_sources_command(imported: None) -> None:
    Source.objects.update(search_text="")
    out, _err = _run("reindex_sources")
    assert out.strip().startswith("2 sources reindexed (")
    assert Source.objects.get(external_id="other").search_text == "un concert a eu lieu a lyon"
    result = json.loads(_run("corroborate", "concert Lyon")[0])
    assert [r["source_id"] for r in result["results"]] == ["other"]
