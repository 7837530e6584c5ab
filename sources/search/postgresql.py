"""PostgreSQL full-text backend: a generated ``search_vector`` column with a GIN index.

The column is ``to_tsvector('simple', search_text)``: search_text already holds folded,
stemmed terms, so 'simple' (no stop words, no stemming) keeps the terms exactly as the Python
side produced them, on any server (no ``unaccent`` extension needed).
"""

from __future__ import annotations

from collections.abc import Sequence

from django.db import connection


def tsquery_term(term: str) -> str:
    """One term as a quoted tsquery lexeme (quotes and backslashes escaped)."""
    return "'" + term.replace("\\", "\\\\").replace("'", "''") + "'"


class PostgresFTSBackend:
    name = "postgresql-fts"

    # The generated column follows search_text by itself.
    def index(self, *, source_id: int, search_text: str) -> None:
        return None

    def remove(self, *, source_id: int) -> None:
        return None

    def rebuild(self) -> None:
        return None

    def candidates(
        self, *, terms: Sequence[str], weights: Sequence[float], limit: int
    ) -> list[int]:
        # ts_rank has no inverse document frequency, so the order is the IDF-weighted sum of
        # the matched terms (what the rarest matches are worth), then ts_rank_cd, then id.
        if not terms:
            return []
        lexemes = [tsquery_term(term) for term in terms]
        any_query = " | ".join(lexemes)
        weighted = " + ".join(
            "(CASE WHEN search_vector @@ %s::tsquery THEN %s ELSE 0 END)" for _ in terms
        )
        params: list[str | float] = []
        for lexeme, weight in zip(lexemes, weights, strict=True):
            params.extend([lexeme, float(weight)])
        sql = (
            f"SELECT id FROM sources_source WHERE search_vector @@ %s::tsquery "
            f"ORDER BY ({weighted}) DESC, ts_rank_cd(search_vector, %s::tsquery) DESC, id "
            f"LIMIT %s"
        )
        with connection.cursor() as cursor:
            cursor.execute(sql, [any_query, *params, any_query, limit])
            return [row[0] for row in cursor.fetchall()]

    def document_count(self) -> int:
        with connection.cursor() as cursor:
            cursor.execute("SELECT count(*) FROM sources_source")
            return int(cursor.fetchone()[0])

    def document_frequencies(self, terms: Sequence[str]) -> dict[str, int]:
        out = dict.fromkeys(terms, 0)
        unique = sorted(set(terms))
        if not unique:
            return out
        parts = " UNION ALL ".join(
            "SELECT %s, count(*) FROM sources_source WHERE search_vector @@ %s::tsquery"
            for _ in unique
        )
        params: list[str | float] = []
        for term in unique:
            params.extend([term, tsquery_term(term)])
        with connection.cursor() as cursor:
            cursor.execute(parts, params)
            for term, count in cursor.fetchall():
                out[term] = int(count)
        return out
