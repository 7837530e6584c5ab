"""Search over sources: a lexical first stage per database, one re-ranker for both."""

from __future__ import annotations

from django.db import connection

from sources.search.base import SearchBackend
from sources.search.postgresql import PostgresFTSBackend
from sources.search.sqlite import SQLiteFTS5Backend

# Bump when tokenisation, the candidate query, the ranking or the stance rule change, so stored
# evidence records which search produced it.
SEARCH_VERSION = "sources-search/4"


def get_backend() -> SearchBackend:
    """The backend for the default database's vendor."""
    if connection.vendor == "postgresql":
        return PostgresFTSBackend()
    if connection.vendor == "sqlite":
        return SQLiteFTS5Backend()
    raise NotImplementedError(f"no search backend for {connection.vendor}")


__all__ = ["SEARCH_VERSION", "SearchBackend", "get_backend"]
