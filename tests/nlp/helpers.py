"""Helpers shared by the speaker tests."""

from __future__ import annotations

from workbench.nlp import extract


def speakers_of(text: str, language: str) -> list[str | None]:
    """The canonical speaker name of each quote ``extract`` finds, in order (None: unknown)."""
    return [
        q["speaker"] and q["speaker"]["name"] for q in extract(text, language=language)["quotes"]
    ]
