"""The interface every first-stage search backend implements."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Protocol


class SearchBackend(Protocol):
    """Lexical candidate retrieval over ``Source.search_text`` (folded, stemmed terms).

    Terms are produced by :mod:`workbench.nlp.textnorm`: letters and digits only, so they can
    be quoted into any query language without escaping surprises.
    """

    name: str

    def index(self, *, source_id: int, search_text: str) -> None:
        """Make the index reflect ``search_text`` (inside the caller's transaction)."""

    def remove(self, *, source_id: int) -> None:
        """Drop the source from the index."""

    def rebuild(self) -> None:
        """Re-create the index from ``Source.search_text``."""

    def candidates(
        self,
        *,
        terms: Sequence[str],
        weights: Sequence[float],
        limit: int,
        frequencies: Mapping[str, int] | None = None,
    ) -> list[int]:
        """Primary keys of up to ``limit`` sources that contain any term, best first.

        ``terms`` come rarest first; ``frequencies`` (from :meth:`document_frequencies`) let a
        backend match only the rarest of them.
        """

    def document_count(self) -> int:
        """How many sources the index covers."""

    def document_frequencies(self, terms: Sequence[str]) -> dict[str, int]:
        """In how many sources each term occurs (0 when none)."""

    def statistics(self, terms: Sequence[str]) -> tuple[dict[str, int], int]:
        """:meth:`document_frequencies` and :meth:`document_count` together, in one round trip
        to the database where it allows (each costs more in waiting than in work)."""
