"""Extractor 0.43.0: a demonym the tagger took for a name with its article outside it,
"l'intéressé" with an age, a French participle clause on an unnamed group, and trade
publications and federations before their names. Invented texts, none taken from the
evaluation sets."""

from __future__ import annotations

import pytest

from .helpers import speakers_of


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (
            "À 23 ans, Maël Kerhervé a remporté samedi la 3e étape du Tour de Bretagne. Le "
            "Breton de l'équipe Armor Vélo a attaqué à cinq kilomètres de l'arrivée. « Je n'y "
            "croyais plus », confiait-il après la ligne.",
            ["Maël Kerhervé"],
        ),
        (
            "Le sélectionneur, Paul Aubry, a écarté lundi l'attaquant Hugo Ferrand, blessé au "
            "genou. L'intéressé, 27 ans, s'est dit « très frustré » sur les réseaux sociaux.",
            ["Hugo Ferrand"],
        ),
        (
            "Trois délégués ayant assisté à la réunion ont affirmé que le vote avait été reporté.",
            ["délégués"],
        ),
    ],
)
def test_epithets_and_unnamed_groups_in_french(text: str, speakers: list[str]) -> None:
    assert speakers_of(text, "fr") == speakers


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (
            "Ticket sales rose by a third, the trade publication Stage Weekly reported on Monday.",
            ["Stage Weekly"],
        ),
        (
            "The dairy federation MilkUnion said prices had fallen for a sixth month.",
            ["MilkUnion"],
        ),
    ],
)
def test_publications_and_federations_before_their_names(text: str, speakers: list[str]) -> None:
    assert speakers_of(text, "en") == speakers
