"""Helpers shared by the speaker tests."""

from __future__ import annotations

from workbench.nlp import extract


def speakers_of(text: str, language: str) -> list[str | None]:
    """The canonical speaker name of each quote ``extract`` finds, in order (None: unknown)."""
    return [
        q["speaker"] and q["speaker"]["name"] for q in extract(text, language=language)["quotes"]
    ]


def quotes_of(text: str, language: str) -> list[tuple[str, str, str | None]]:
    """(kind, text, speaker) of each quote ``extract`` finds, in order."""
    return [
        (q["kind"], q["text"], q["speaker"] and q["speaker"]["name"])
        for q in extract(text, language=language)["quotes"]
    ]
