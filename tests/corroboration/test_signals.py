"""Signals on the demo corpus: numbers, independence, timing, aliases, quotes, cross-lingual."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from sources.selectors import source_search

pytestmark = pytest.mark.django_db


def _by_id(hits: list) -> dict:
    return {h.external_id: h for h in hits}


def test_different_figure_contradicts_and_names_both(demo: int) -> None:
    hits = _by_id(source_search(text="Les drones US ont tué 25 combattants du Hachd près de Qaëm."))
    hit = hits["demo-deux-rives-1230-frappes"]
    assert hit.stance == "contradicts"
    assert hit.signals["numbers"]["differ"] == [
        {"claim": "25 combattant", "source": ["27 combattant"]}
    ]


def test_at_least_is_not_a_conflict(demo: int) -> None:
    hits = _by_id(source_search(text="Les drones US ont tué au moins 25 combattants du Hachd."))
    hit = hits["demo-deux-rives-1230-frappes"]
    assert hit.signals["numbers"]["conflict"] is False
    assert hit.signals["numbers"]["differ"] == []
    assert hit.stance == "supports"


def test_republished_wire_copy_and_same_publisher_are_not_independent(demo: int) -> None:
    hits = _by_id(
        source_search(
            text="La coalition a remis la base d'al-Qaïm aux forces irakiennes",
            publisher="Le Journal des Deux Rives",
            published_at=datetime(2020, 3, 17, 12, 0, tzinfo=UTC),
        )
    )
    assert hits["demo-wire-fr-0317-qaim"].signals["independence"] == {
        "independent": True,
        "reason": None,
        "copy_of": None,
    }
    assert hits["demo-echo-levant-0317-qaim"].signals["independence"] == {
        "independent": False,
        "reason": "republished copy",
        "copy_of": "demo-wire-fr-0317-qaim",
    }
    assert hits["demo-wire-fr-0317-qaim"].signals["timing"] == "before"
    assert hits["demo-echo-levant-0317-qaim"].signals["timing"] == "after"
    same = _by_id(
        source_search(
            text="La coalition a remis la base d'al-Qaïm aux forces irakiennes",
            publisher="Agence Dépêches Continentales",
        )
    )
    assert same["demo-wire-fr-0317-qaim"].signals["independence"]["reason"] == "same publisher"
    assert same["demo-wire-fr-0317-qaim"].signals["timing"] == "unknown"


def test_aliases_and_transliterations_are_one_entity(demo: int) -> None:
    hits = source_search(text="Strikes near al-Qaim hit the Hachd al-Chaabi", top=10)
    found = _by_id(hits)
    assert "demo-deux-rives-1230-frappes" in found  # Al-Qaïm, Hachd al-Chaabi
    assert "demo-eastbrook-1230-qaim-strikes" in found  # al-Qaim, Hashd al-Shaabi
    entities = found["demo-eastbrook-1230-qaim-strikes"].signals["entities"]
    assert "Al-Qaim" in entities["shared"] or "Popular Mobilization Forces" in entities["shared"]


def test_misquote_has_a_word_level_diff(demo: int) -> None:
    hits = source_search(
        text="Ils veulent échapper à leurs responsabilités internationales",
        quote=True,
        speaker="Ahmad al-Sahhaf",
        top=3,
    )
    best = hits[0]
    assert best.external_id == "demo-radio-tigre-0314-onu"
    assert best.signals["speaker_match"] is True
    assert best.signals["quote_diff"] == [
        {"op": "equal", "quote": "Ils veulent échapper à", "source": "Ils veulent échapper à"},
        {
            "op": "replace",
            "quote": "leurs responsabilités internationales",
            "source": "leur responsabilité internationale",
        },
    ]


def test_french_claim_finds_english_source_and_reverse(demo: int) -> None:
    fr = _by_id(source_search(text="Frappes américaines : 27 combattants tués près de Qaëm", top=5))
    assert "demo-eastbrook-1230-qaim-strikes" in fr
    en = _by_id(source_search(text="US air strikes killed 27 fighters near al-Qaim", top=10))
    assert "demo-deux-rives-1230-frappes" in en
    assert en["demo-deux-rives-1230-frappes"].signals["numbers"]["agree"] is True


def test_same_search_twice_gives_the_same_hits(demo: int) -> None:
    first = source_search(text="Les drones US ont tué 25 combattants du Hachd près de Qaëm.")
    second = source_search(text="Les drones US ont tué 25 combattants du Hachd près de Qaëm.")
    assert [h.as_result() for h in first] == [h.as_result() for h in second]
