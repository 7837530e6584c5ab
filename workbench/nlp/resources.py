"""Word lists shipped in ``workbench/nlp/data`` (read once, cached)."""

from __future__ import annotations

import unicodedata
from functools import cache
from importlib import resources

SUPPORTED = ("fr", "en")


def _lines(relpath: str) -> list[str]:
    node = resources.files("workbench.nlp").joinpath("data", *relpath.split("/"))
    try:
        raw = node.read_text(encoding="utf-8")
    except (FileNotFoundError, IsADirectoryError):
        return []
    out = []
    for line in raw.splitlines():
        line = line.split("#", 1)[0].rstrip("\n")
        if line.strip():
            out.append(unicodedata.normalize("NFC", line.strip()))
    return out


def _lang(language: str) -> str:
    return language if language in SUPPORTED else "en"


@cache
def words(name: str, language: str | None = None) -> frozenset[str]:
    """A one-column list as a lower-cased set (``language=None`` for shared lists)."""
    path = name if language is None else f"{_lang(language)}/{name}"
    return frozenset(line.lower() for line in _lines(f"{path}.txt"))


@cache
def mapping(name: str, language: str | None) -> dict[str, str]:
    """A two-column list (``key = value`` or TAB separated) as a dict (``language=None``
    for shared lists)."""
    out: dict[str, str] = {}
    path = name if language is None else f"{_lang(language)}/{name}"
    for line in _lines(f"{path}.txt"):
        if " = " in line:
            key, value = line.split(" = ", 1)
        elif "\t" in line:
            key, value = line.split("\t", 1)
        else:
            continue
        out[key.strip().lower()] = value.strip()
    return out


@cache
def phrases(name: str, language: str) -> tuple[str, ...]:
    """A one-column list of (possibly multi-word) phrases, longest first."""
    items = {line.lower() for line in _lines(f"{_lang(language)}/{name}.txt")}
    return tuple(sorted(items, key=lambda s: (-len(s), s)))


@cache
def person_nouns(language: str) -> frozenset[str]:
    """Nouns that designate a person: roles (``roles.txt``) and other person nouns
    (``people.txt``), the words that can stand for a named person ("le technicien")."""
    return words("roles", language) | words("people", language)
