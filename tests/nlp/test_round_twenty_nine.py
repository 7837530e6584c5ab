"""Extractor 0.29.0: the rules written after reading heldout85–88. Invented texts, none taken
from the evaluation sets."""

from __future__ import annotations

import pytest

from workbench.nlp.names import canonical_key

from .helpers import quotes_of, speakers_of


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # a question put to someone is not words said
        ("Asked whether she felt ready, Ms Ferreira laughed.", "en"),
        ("The minister was asked whether the ferries would sail on Monday.", "en"),
        ("She asked the council whether it would pay for the repairs.", "en"),
        ("Le député a demandé si la ligne rouvrirait avant l'été.", "fr"),
        ("Interrogé sur ce point, le maire a souri.", "fr"),
        # nor is a clause after "whether" that someone did not say
        ("He has not said whether he will stand again at the next election.", "en"),
    ],
)
def test_questions_are_not_reported_speech(text: str, language: str) -> None:
    assert quotes_of(text, language) == []


def test_a_request_is_still_reported_speech() -> None:
    text = "Le maire demande que l'État paie la réfection de la digue."
    assert [kind for kind, _text, _speaker in quotes_of(text, "fr")] == ["indirect"]


@pytest.mark.parametrize(
    ("text", "language", "speakers"),
    [
        # a demonstrative before a person noun stands for the person named before
        (
            "Monique Hardouin, 62 ans, traque les produits trop emballés depuis sa retraite. "
            "« On a relevé des flacons à moitié vides », assure cette ancienne comptable.",
            "fr",
            ["Monique Hardouin"],
        ),
        # descriptors before a company's name
        ("Carmaker Veltra said it was “deeply sorry for the inconvenience”.", "en", ["Veltra"]),
        (
            "La plateforme Achetix affirme que toutes ses offres respectent la réglementation.",
            "fr",
            ["Achetix"],
        ),
        (
            "Le fabricant de jouets Ludorama a indiqué que le défaut concernait un seul lot.",
            "fr",
            ["Ludorama"],
        ),
        # an unnamed group without whom it acts for or where it is
        (
            "Lawyers for several passengers said at least three of them had been defrauded.",
            "en",
            ["Lawyers"],
        ),
        (
            "Residents near the Narborough Road branch said they had complained for months.",
            "en",
            ["Residents"],
        ),
        # Irish name particles: "Ní Bhriain" is Siobhán Ní Bhriain
        (
            "Siobhán Ní Bhriain won the seat. “People here have been waiting eleven years,” "
            "Ní Bhriain said.",
            "en",
            ["Siobhán Ní Bhriain"],
        ),
    ],
)
def test_speakers_of_extractor_0_29(text: str, language: str, speakers: list[str]) -> None:
    assert speakers_of(text, language) == speakers


def test_a_very_reverend_is_a_title() -> None:
    assert canonical_key("Very Rev Alasdair McKinnon", "en") == canonical_key(
        "Alasdair McKinnon", "en"
    )
