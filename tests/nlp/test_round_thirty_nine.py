"""Extractor 0.39.0: a generic noun for a body introduced with words between the noun and its
name, a club named by its marker, more kinds of companies, research as a document, listed
demonyms of two words. Invented texts, none taken from the evaluation sets."""

from __future__ import annotations

import pytest

from .helpers import speakers_of


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (
            "L'association de locataires Toit Commun a publié mardi un relevé des loyers. "
            "Selon l'association, les hausses dépassent 8 % dans un logement sur trois.",
            ["Toit Commun"],
        ),
        (
            "Après les incidents du derby, l'AS Marvejols-Lozère jouera deux matchs à huis "
            "clos. Le club a fait savoir qu'il ferait appel de la décision.",
            ["AS Marvejols-Lozère"],
        ),
    ],
)
def test_a_body_introduced_with_words_between_its_noun_and_name(
    text: str, speakers: list[str]
) -> None:
    assert speakers_of(text, "fr") == speakers


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (
            "Harbourside Bank will shut 60 branches next year, the lender said on Monday.",
            ["Harbourside Bank"],
        ),
        (
            "Energy bills rose by 12% in a year, according to research by the consumer group "
            "PriceWatch.",
            ["PriceWatch"],
        ),
    ],
)
def test_more_kinds_of_companies_and_documents(text: str, speakers: list[str]) -> None:
    assert speakers_of(text, "en") == speakers
