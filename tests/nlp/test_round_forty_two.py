"""Extractor 0.42.0: a spokesman for a body named after him, a role in an apposition with an
owner's "'s", words that describe an organisation's name, and unnamed French speakers
without their place or their children. Invented texts, none taken from the evaluation sets."""

from __future__ import annotations

import pytest

from .helpers import speakers_of


def test_a_spokesman_for_a_body_named_after_him() -> None:
    text = (
        "“The road will stay closed until Monday at the earliest,” said a spokeswoman for the "
        "Northern Highways Agency."
    )
    assert speakers_of(text, "en") == ["Northern Highways Agency"]


def test_a_role_in_an_apposition_with_an_owner() -> None:
    text = (
        "Senators questioned Maria Quintero, the governor's pick for state treasurer, on "
        'Monday. "I will publish every contract," the nominee said.'
    )
    assert speakers_of(text, "en") == ["Maria Quintero"]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (
            'The ruling Civic Alliance Party called the motion "a stunt" on Friday.',
            ["Civic Alliance Party"],
        ),
        (
            "The two candidates are level, according to the latest Harbour Bay Poll.",
            ["Harbour Bay Poll"],
        ),
        (
            "A delegate from Swindon said the vote had been closer than expected.",
            ["delegate"],
        ),
    ],
)
def test_words_that_describe_a_name_or_a_place(text: str, speakers: list[str]) -> None:
    assert speakers_of(text, "en") == speakers


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (
            "Une déléguée de l'Ardèche a estimé que le congrès avait été mal préparé.",
            ["déléguée"],
        ),
        (
            "Une mère de trois enfants a raconté que la cantine avait fermé sans prévenir.",
            ["mère"],
        ),
    ],
)
def test_unnamed_french_speakers_without_their_place_or_children(
    text: str, speakers: list[str]
) -> None:
    assert speakers_of(text, "fr") == speakers
