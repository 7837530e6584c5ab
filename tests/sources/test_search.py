"""Search: ranking, accent folding, hostile queries, stance, tie-breaking, both databases."""

from __future__ import annotations

import pytest
from django.db import connection
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sources.search.stance import compare_numbers, decide
from sources.selectors import SEARCH_VERSION, search_backend_name, source_search
from sources.services import source_upsert
from workbench.nlp.textnorm import extract_numbers

pytestmark = pytest.mark.django_db

HOSTILE = [
    "",
    "   ",
    '"',
    "'",
    "« »",
    "l'armée d’Irak",
    "AND OR NOT",
    "NEAR(a b, 3)",
    "qaem*",
    "*",
    "^qaem",
    "(((",
    "col:qaem",
    "a & b | !c <-> d",
    "😀🔥",
    "\x00",
    "-- ; DROP TABLE sources_source;",
    "\\",
    "Qaëm" * 500,
]


def test_french_claim_finds_the_french_source_first_with_accents_folded(
    corpus: dict[str, int],
) -> None:
    hits = source_search(text="Des drones ont tué des combattants du Hachd à Qaem", language="fr")

    assert [h.external_id for h in hits] == ["fr-qaem-strikes", "fr-qaem-handover"]
    best = hits[0]
    assert best.source_id == corpus["fr-qaem-strikes"]
    assert best.passage.startswith("Le mois de décembre dernier")
    assert best.passage_end - best.passage_start == len(best.passage)
    assert 0 < hits[1].score < best.score <= 1
    assert best.signals["language"] == "fr"


def test_passage_is_the_best_matching_sentence_window(corpus: dict[str, int]) -> None:
    hit = source_search(text="cérémonie de remise au général Vincent Parker", top=1)[0]
    assert hit.external_id == "fr-qaem-handover"
    assert hit.passage == (
        "Une cérémonie officielle de remise de la base aux forces irakiennes a été organisée "
        "avec le général américain Vincent Parker."
    )


def test_no_shared_term_no_result(corpus: dict[str, int]) -> None:
    assert source_search(text="xylophone zeppelin") == []
    assert source_search(text="Qaëm", top=0) == []


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_queries_never_raise(corpus: dict[str, int], text: str) -> None:
    hits = source_search(text=text)
    assert all(h.external_id in corpus for h in hits)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.lists(st.one_of(st.sampled_from(HOSTILE), st.text(max_size=40)), min_size=1, max_size=4).map(
        " ".join
    )
)
def test_generated_queries_never_raise(corpus: dict[str, int], text: str) -> None:
    hits = source_search(text=text, speaker=text[:20] or None)
    assert len(hits) <= 10


def test_number_conflict_contradicts(corpus: dict[str, int]) -> None:
    hits = source_search(text="Les drones ont tué 25 combattants du Hachd près de Qaëm", top=1)

    assert hits[0].external_id == "fr-qaem-strikes"
    assert hits[0].stance == "contradicts"
    assert hits[0].signals["numbers"] == {
        "claim": [{"value": 25, "text": "25", "noun": "combattant", "qualifier": None}],
        "source": [{"value": 27, "text": "27", "noun": "combattant", "qualifier": None}],
        "conflict": True,
        "agree": False,
        "differ": [{"claim": "25 combattant", "source": ["27 combattant"]}],
    }


def test_at_least_is_not_a_contradiction(corpus: dict[str, int]) -> None:
    hits = source_search(text="Les drones ont tué au moins 25 combattants du Hachd à Qaëm", top=1)
    assert hits[0].external_id == "fr-qaem-strikes"
    assert hits[0].stance == "supports"
    assert hits[0].signals["numbers"]["conflict"] is False


def test_same_number_supports(corpus: dict[str, int]) -> None:
    hits = source_search(text="Les drones ont tué 27 combattants du Hachd à Qaëm", top=1)
    assert hits[0].stance == "supports"
    assert hits[0].signals["numbers"]["agree"] is True


def test_stance_rule_in_english() -> None:
    claim = extract_numbers("at least 25 fighters were killed", "en")
    source = extract_numbers("27 fighters were killed", "en")
    assert compare_numbers(claim, source)["conflict"] is False
    exact = extract_numbers("25 fighters were killed", "en")
    numbers = compare_numbers(exact, source)
    assert numbers["conflict"] is True
    assert decide(overlap=0.5, numbers=numbers) == "contradicts"
    assert decide(overlap=0.1, numbers=numbers) == "unclear"
    assert decide(overlap=0.7, numbers={"conflict": False}) == "supports"


def test_ties_go_to_the_smaller_external_id(db: None) -> None:
    text = "Le convoi est arrivé à Qaëm."
    for external_id in ["b-2", "a-10", "c-1", "a-9"]:
        source_upsert(external_id=external_id, text=text, language="fr")

    hits = source_search(text="convoi Qaëm")

    assert [h.external_id for h in hits] == ["a-10", "a-9", "b-2", "c-1"]
    assert len({h.score for h in hits}) == 1


def test_quote_and_speaker_signals(db: None) -> None:
    source_upsert(
        external_id="q1",
        text="« Ils veulent échapper à leur responsabilité internationale », a objecté M. Sahhaf.",
    )
    source_upsert(
        external_id="q2",
        text="« Ils veulent fuir leurs devoirs envers le monde », a dit M. Sahhaf.",
    )
    hits = source_search(
        text="« Ils veulent échapper à leur responsabilité internationale »",
        speaker="Ahmad al-Sahhaf",
    )
    assert [h.external_id for h in hits] == ["q1", "q2"]
    assert hits[0].signals["quote_match"] == 1.0
    assert hits[0].signals["speaker_match"] is True
    assert hits[0].stance == "supports"
    assert hits[1].signals["quote_match"] < 0.9


def test_backend_name_follows_the_database() -> None:
    expected = {"sqlite": "sqlite-fts5", "postgresql": "postgresql-fts"}[connection.vendor]
    assert search_backend_name() == expected
    assert SEARCH_VERSION == "sources-search/4"


@pytest.mark.postgres
def test_postgres_index_is_a_gin_index_on_the_generated_vector(corpus: dict[str, int]) -> None:
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT indexdef FROM pg_indexes WHERE indexname = 'sources_source_search_gin'"
        )
        (indexdef,) = cursor.fetchone()
        cursor.execute(
            "SELECT search_vector::text FROM sources_source WHERE id = %s",
            [corpus["en-weather"]],
        )
        (vector,) = cursor.fetchone()
    assert "USING gin (search_vector)" in indexdef
    assert vector.startswith("'25':")


@pytest.mark.postgres
def test_postgres_candidates_prefer_rare_terms(db: None) -> None:
    # ts_rank alone would put the source that repeats the common word first
    for i in range(6):
        source_upsert(external_id=f"common-{i}", text="Les troupes. " * (i + 3))
    source_upsert(external_id="rare", text="Les troupes ont vu un zeppelin.")
    hits = source_search(text="troupes zeppelin", top=1, candidates=1)
    assert [h.external_id for h in hits] == ["rare"]
