"""Extractor 0.41.0: English object pronouns after "according to", a role whose name follows
in apposition, a country's people for a name after "Country's", an age before a demonym, a
body's name in apposition to its generic noun or its country's possessive, and "la jeune
pousse" for a start-up. Invented texts, none taken from the evaluation sets."""

from __future__ import annotations

import pytest

from .helpers import speakers_of


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (
            'Councillor Priya Lal said the budget was "a disgrace". According to her, the '
            "swimming pool will close by the end of the year.",
            ["Priya Lal", "Priya Lal"],
        ),
        (
            "The harbour master, Tom Rees, said the quay was unsafe. According to him, two "
            "cranes will be removed in March.",
            ["Tom Rees", "Tom Rees"],
        ),
    ],
)
def test_object_pronouns_after_according_to(text: str, speakers: list[str]) -> None:
    assert speakers_of(text, "en") == speakers


def test_a_role_whose_name_follows_in_apposition() -> None:
    text = (
        "Le fonds a gelé ses investissements. Son président, l'Italien Marco Ferri Bellini, "
        "a expliqué que le marché restait « trop incertain » cette année."
    )
    assert speakers_of(text, "fr") == ["Marco Ferri Bellini"]


def test_a_country_s_people_for_a_name_after_its_possessive() -> None:
    # (the English model tags the winner's name as an organisation's here)
    text = (
        "Denmark's Mikkel Vestergaard won the Tour of the Yorkshire Wolds on Saturday, holding "
        "an 11-second lead over Ireland's Cian Daly on the last climb. “I have never suffered "
        "like that,” said the 25-year-old. The Dane admitted he had “not slept for two "
        "nights” before the stage."
    )
    assert speakers_of(text, "en") == ["Mikkel Vestergaard", "Mikkel Vestergaard"]


def test_an_age_before_a_demonym() -> None:
    text = (
        "The firm's founder, Amina Diallo, wants to open offices in Accra. The 29-year-old "
        "Senegalese, a former nurse, called the market for small loans ‘slow and unfair’."
    )
    assert speakers_of(text, "en") == ["Amina Diallo"]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (
            "Canada's largest teachers' federation, the Alliance of Public Educators, said on "
            "Monday it would call a strike in February.",
            ["Alliance of Public Educators"],
        ),
        (
            "Chile's national mining agency said on Tuesday that copper output had fallen "
            "for a third month.",
            ["national mining agency"],
        ),
    ],
)
def test_a_body_by_its_name_in_apposition_or_without_its_country(
    text: str, speakers: list[str]
) -> None:
    assert speakers_of(text, "en") == speakers


def test_la_jeune_pousse_for_a_start_up() -> None:
    text = (
        "La start-up lyonnaise Cellora a bouclé une levée de fonds de 30 millions d'euros "
        "auprès du fonds américain Northwind Partners. La jeune pousse affirme que son "
        "logiciel réduit de moitié le temps de contrôle."
    )
    assert speakers_of(text, "fr") == ["Cellora"]
