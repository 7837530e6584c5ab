"""``manage.py extract`` (no database)."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from django.core.management import call_command

SAMPLE = Path(__file__).resolve().parents[2] / "seeds" / "sample_article_fr.txt"


def _run(*args: str, stdin: str | None = None, monkeypatch: pytest.MonkeyPatch) -> list[dict]:
    if stdin is not None:
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    out = io.StringIO()
    call_command("extract", *args, stdout=out, stderr=io.StringIO())
    return [json.loads(line) for line in out.getvalue().splitlines() if line.strip()]


def test_one_path(monkeypatch: pytest.MonkeyPatch) -> None:
    (r,) = _run(str(SAMPLE), "--published-at", "2020-03-20", monkeypatch=monkeypatch)
    assert r["id"] == str(SAMPLE)
    assert r["language"] == "fr"
    assert r["text"] == SAMPLE.read_text(encoding="utf-8")
    names = {q["speaker"]["name"] for q in r["quotes"] if q["speaker"]}
    assert "Ahmad al-Sahhaf" in names


def test_stdin_and_lang(monkeypatch: pytest.MonkeyPatch) -> None:
    (r,) = _run(
        "-", "--lang", "en", stdin="Smith said that the plant would close.", monkeypatch=monkeypatch
    )
    assert r["id"] == "-"
    assert r["language"] == "en"
    assert r["quotes"][0]["text"] == "the plant would close"


def test_jsonl_with_errors_keeps_going(monkeypatch: pytest.MonkeyPatch) -> None:
    lines = "\n".join(
        [
            json.dumps(
                {"id": 7, "text": "According to the ministry, 12 people died.", "lang": "en"}
            ),
            "not json",
            json.dumps({"id": "b", "text": "x", "published_at": "yesterday"}),
            json.dumps(
                {
                    "id": "c",
                    "text": "Le ministre a dit que 3 bases ont fermé.",
                    "language": "fr",
                    "published_at": "2020-03-20",
                }
            ),
        ]
    )
    out = _run("--jsonl", stdin=lines, monkeypatch=monkeypatch)
    assert [r["id"] for r in out] == ["7", "line-2", "b", "c"]
    assert "error" in out[1] and "error" in out[2]
    assert out[0]["claims"][0]["quantities"][0]["value"] == 12
    assert out[3]["language"] == "fr"


def test_html_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    page = tmp_path / "a.html"
    page.write_text(
        "<html><body><article><p>« Nous partirons », a dit le ministre Jean Dupont "
        "devant 300 personnes.</p></article></body></html>",
        encoding="utf-8",
    )
    (r,) = _run(str(page), str(SAMPLE), monkeypatch=monkeypatch)[:1]
    assert r["id"] == str(page)
    assert r["quotes"][0]["text"] == "Nous partirons"
