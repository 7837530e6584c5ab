"""The CLEF CheckThat! triple (targets, queries, qrels) that several commands read."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import CommandError, CommandParser

from sources.evaluation import Target, read_qrels, read_queries, read_targets

NAMES = ("targets", "queries", "qrels")


def add_triple_arguments(parser: CommandParser) -> None:
    """The three files, as positional arguments."""
    for name in NAMES:
        parser.add_argument(name)


def read_triple(
    options: dict[str, Any],
) -> tuple[list[Path], list[Target], list[tuple[str, str]], dict[str, set[str]]]:
    """The paths given as ``targets``, ``queries`` and ``qrels``, and what they hold; a
    missing file is a ``CommandError`` that names it."""
    paths = [Path(options[name]) for name in NAMES]
    for path in paths:
        if not path.is_file():
            raise CommandError(f"no such file: {path}")
    return paths, read_targets(paths[0]), read_queries(paths[1]), read_qrels(paths[2])


def new_model_dir(value: str) -> Path:
    """The ``--out`` directory of a training command: new, or empty."""
    out = Path(value)
    if out.exists() and (not out.is_dir() or any(out.iterdir())):
        raise CommandError(f"{out} exists and is not an empty directory")
    return out


def triple_digests(paths: list[Path]) -> dict[str, dict[str, str]]:
    """What a trained model's manifest records of the files it learned from."""
    from sources.tuning import file_digest

    return {
        kind: {"file": path.name, "sha256": file_digest(path)}
        for kind, path in zip(NAMES, paths, strict=True)
    }
