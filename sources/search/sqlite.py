"""SQLite FTS5 backend (table and vocabulary created by migration 0003)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from django.db import connection

TABLE = "sources_source_fts"
VOCAB = "sources_source_fts_vocab"


def match_expression(terms: Sequence[str]) -> str:
    """An FTS5 query that matches any of ``terms``, each quoted as a string.

    Quoting makes every term a literal (AND, NEAR, ``*``, ``^`` lose their meaning); a double
    quote inside a term is doubled, although textnorm's terms never contain one.
    """
    return " OR ".join('"' + term.replace('"', '""') + '"' for term in terms)


class SQLiteFTS5Backend:
    name = "sqlite-fts5"

    def index(self, *, source_id: int, search_text: str) -> None:
        with connection.cursor() as cursor:
            cursor.execute(f"DELETE FROM {TABLE} WHERE rowid = %s", [source_id])
            cursor.execute(
                f"INSERT INTO {TABLE}(rowid, search_text) VALUES (%s, %s)", [source_id, search_text]
            )

    def remove(self, *, source_id: int) -> None:
        with connection.cursor() as cursor:
            cursor.execute(f"DELETE FROM {TABLE} WHERE rowid = %s", [source_id])

    def rebuild(self) -> None:
        with connection.cursor() as cursor:
            cursor.execute(f"DELETE FROM {TABLE}")
            cursor.execute(
                f"INSERT INTO {TABLE}(rowid, search_text) "
                "SELECT id, search_text FROM sources_source"
            )

    def candidates(
        self,
        *,
        terms: Sequence[str],
        weights: Sequence[float],
        limit: int,
        frequencies: Mapping[str, int] | None = None,
    ) -> list[int]:
        # bm25() already weighs terms by IDF; `weights` serve backends without one.
        if not terms:
            return []
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT f.rowid FROM {TABLE} AS f JOIN sources_source AS s ON s.id = f.rowid "
                f"WHERE {TABLE} MATCH %s ORDER BY bm25({TABLE}), f.rowid LIMIT %s",
                [match_expression(terms), limit],
            )
            return [row[0] for row in cursor.fetchall()]

    def document_count(self) -> int:
        with connection.cursor() as cursor:
            cursor.execute("SELECT count(*) FROM sources_source")
            return int(cursor.fetchone()[0])

    def document_frequencies(self, terms: Sequence[str]) -> dict[str, int]:
        out = dict.fromkeys(terms, 0)
        if not terms:
            return out
        unique = sorted(set(terms))
        with connection.cursor() as cursor:
            for i in range(0, len(unique), 500):
                chunk = unique[i : i + 500]
                placeholders = ", ".join(["%s"] * len(chunk))
                cursor.execute(
                    f"SELECT term, doc FROM {VOCAB} WHERE term IN ({placeholders})", chunk
                )
                for term, doc in cursor.fetchall():
                    if term in out:
                        out[term] = int(doc)
        return out

    def statistics(self, terms: Sequence[str]) -> tuple[dict[str, int], int]:
        # in-process database: two queries cost no round trip
        return self.document_frequencies(terms), self.document_count()
