"""PostgreSQL full-text backend: a generated ``search_vector`` column with a GIN index.

The column is ``to_tsvector('simple', search_text)``: search_text already holds folded,
stemmed terms, so 'simple' (no stop words, no stemming) keeps the terms exactly as the Python
side produced them, on any server (no ``unaccent`` extension needed).

Document frequencies and the number of sources come from ``sources_termstat``, which a trigger
(migration 0004) keeps in step with every write: one indexed lookup instead of a count per term.
The candidate query matches only the rarest query terms (at most ``CANDIDATE_BUDGET`` postings
together, always at least the rarest one), so its cost follows the rarity of the claim's words,
not the size of the corpus; the matches are ordered by the IDF-weighted sum of the matched terms
they contain (``ts_rank`` has no IDF), ties by id.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np
from django.db import connection

# Postings the candidate query may touch: the rarest terms are OR-ed while their document
# frequencies add up to no more than this. Past it, the commonest of them is left out.
CANDIDATE_BUDGET = 5000
# A single term more common than this is read through a bounded sub-select (lowest ids first).
SCAN_CAP = 20_000
SERIAL = "SET LOCAL max_parallel_workers_per_gather = 0"


def tsquery_term(term: str) -> str:
    """One term as a quoted tsquery lexeme (quotes and backslashes escaped)."""
    return "'" + term.replace("\\", "\\\\").replace("'", "''") + "'"


def rare_terms(
    terms: Sequence[str], frequencies: Mapping[str, int], *, budget: int = CANDIDATE_BUDGET
) -> list[str]:
    """The rarest of ``terms`` (given rarest first) whose frequencies add up to ``budget``."""
    chosen: list[str] = []
    total = 0
    for term in terms:
        df = frequencies.get(term, 0)
        if chosen and total + df > budget:
            break
        chosen.append(term)
        total += df
    return chosen


def best_by_weight(
    matches: Sequence[Sequence[int]], weights: Sequence[float], *, limit: int
) -> list[int]:
    """The ``limit`` ids with the highest sum of the weights of the terms they match
    (``matches[i]``: the ids that match term ``i``, of weight ``weights[i]``), best first;
    sums equal to 9 decimals tie, ties by id.

    Each id's sum is added up term by term in the order of ``matches``, as a Python loop
    would (``numpy.bincount`` adds in input order), so the sums are the same to the bit.
    """
    sizes = [len(ids) for ids in matches]
    if not sum(sizes):
        return []
    ids = np.concatenate([np.asarray(m, dtype=np.int64) for m in matches])
    present, slot = np.unique(ids, return_inverse=True)
    scores = np.bincount(
        slot,
        weights=np.repeat(np.asarray(weights, dtype=np.float64), sizes),
        minlength=len(present),
    )
    if len(present) > limit > 0:
        # only the sums that can round to the limit-th best or above need the exact sort:
        # a sum below the limit-th best by more than 1e-9 rounds (to 9 decimals) below it
        threshold = np.partition(scores, -limit)[-limit]
        keep = scores >= threshold - 1e-9
        present, scores = present[keep], scores[keep]
    ranked = sorted(
        zip(present.tolist(), scores.tolist(), strict=True),
        key=lambda item: (-round(item[1], 9), item[0]),
    )
    return [source_id for source_id, _score in ranked[:limit]]


class PostgresFTSBackend:
    name = "postgresql-fts"

    # The generated column and the term statistics follow search_text by themselves.
    def index(self, *, source_id: int, search_text: str) -> None:
        return None

    def remove(self, *, source_id: int) -> None:
        return None

    def rebuild(self) -> None:
        with connection.cursor() as cursor:
            cursor.execute("DELETE FROM sources_termstat")
            cursor.execute(
                "INSERT INTO sources_termstat(term, df) "
                "SELECT word, ndoc FROM ts_stat('SELECT search_vector FROM sources_source')"
            )
            cursor.execute(
                "INSERT INTO sources_termstat(term, df) SELECT '', count(*) FROM sources_source"
            )

    def candidates(
        self,
        *,
        terms: Sequence[str],
        weights: Sequence[float],
        limit: int,
        frequencies: Mapping[str, int] | None = None,
    ) -> list[int]:
        # One GIN lookup per rare term (exact for plain lexemes: no heap recheck, no detoasting
        # of the vectors), each term's matches as one array; the IDF-weighted sums in numpy.
        if not terms:
            return []
        if frequencies is None:
            frequencies = self.document_frequencies(terms)
        weight_of = dict(zip(terms, weights, strict=True))
        matched = rare_terms(terms, frequencies)
        parts = []
        params: list[str | int] = []
        for i, term in enumerate(matched):
            if frequencies.get(term, 0) > SCAN_CAP:
                parts.append(
                    f"(SELECT {i}, array_agg(id) FROM (SELECT id FROM sources_source "
                    "WHERE search_vector @@ %s::tsquery ORDER BY id LIMIT %s) AS capped)"
                )
                params.extend([tsquery_term(term), SCAN_CAP])
            else:
                parts.append(
                    f"(SELECT {i}, array_agg(id) FROM sources_source "
                    "WHERE search_vector @@ %s::tsquery)"
                )
                params.append(tsquery_term(term))
        with connection.cursor() as cursor:
            # Without parallel workers: the planner gives this query two, whose start-up cost
            # more than the lookups (at 100k sources 12 ms against 4 ms of execution). One
            # round trip: the statements of one message run in one transaction, so SET LOCAL
            # ends with it (inside the caller's transaction, at the end of that).
            cursor.execute(f"{SERIAL}; " + " UNION ALL ".join(parts), params)
            cursor.nextset()
            found = dict(cursor.fetchall())
        return best_by_weight(
            [found.get(i) or [] for i in range(len(matched))],
            [weight_of[term] for term in matched],
            limit=limit,
        )

    def document_count(self) -> int:
        with connection.cursor() as cursor:
            cursor.execute("SELECT df FROM sources_termstat WHERE term = ''")
            row = cursor.fetchone()
            return max(int(row[0]), 0) if row else 0

    def document_frequencies(self, terms: Sequence[str]) -> dict[str, int]:
        return self.statistics(terms)[0]

    def statistics(self, terms: Sequence[str]) -> tuple[dict[str, int], int]:
        # the number of sources is the row of the empty term: one lookup for both
        out = dict.fromkeys(terms, 0)
        count = 0
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT term, df FROM sources_termstat WHERE term = ANY(%s)",
                [["", *sorted(set(terms) - {""})]],
            )
            for term, df in cursor.fetchall():
                if term == "":
                    count = max(int(df), 0)
                else:
                    out[term] = max(int(df), 0)
        return out, count
