"""Extractor 0.38.0: ministers by their titles, capitalised titles, age epithets matched by
age, the addressee of "told", letters after a name, long titles before "said", an office
named with its holder a little later. Invented texts, none taken from the evaluation sets."""

from __future__ import annotations

import pytest

from .helpers import speakers_of


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (
            "Le ministre de la Justice, Paul Ravenel, était interrogé mardi à l'Assemblée. "
            "« Nous construirons ces places », a répondu le garde des Sceaux.",
            ["Paul Ravenel"],
        ),
        (
            "La ministre des Affaires étrangères, Lucie Marandet, recevait son homologue. "
            "« Rien n'est décidé », a affirmé la cheffe de la diplomatie française.",
            ["Lucie Marandet"],
        ),
        (
            "La liste a été battue par celle du député européen Marc Olivaux. Battu, "
            "l'eurodéputé a salué « une belle campagne ».",
            ["Marc Olivaux"],
        ),
        (
            "Le rapporteur, le député du Cher Alain Ribot, a interrogé le ministre. « Qui "
            "savait ? » a demandé le rapporteur.",
            ["Alain Ribot"],
        ),
    ],
)
def test_ministers_and_members_by_their_titles(text: str, speakers: list[str]) -> None:
    assert speakers_of(text, "fr") == speakers


def test_a_capitalised_title_stands_for_the_person_introduced_with_it() -> None:
    text = (
        'The Home Secretary, Priya Lakhani, met police chiefs on Monday. "We will fund every '
        'one of these posts," the Home Secretary said.'
    )
    assert speakers_of(text, "en") == ["Priya Lakhani"]


def test_whom_the_words_were_told_to_is_not_the_speaker() -> None:
    text = (
        "The school will close in July, the Education Secretary, Mark Dunne, told MPs on Tuesday."
    )
    assert speakers_of(text, "en") == ["Mark Dunne"]


@pytest.mark.parametrize(
    ("text", "language", "speakers"),
    [
        (
            "Jean Morel, 57 ans, était jugé pour vol. L'avocate de la partie civile, Lise "
            "Aubry, a plaidé longuement. « Je regrette », a dit le quinquagénaire.",
            "fr",
            ["Jean Morel"],
        ),
        (
            "PC Tom Ashby, 29, admitted misconduct. The panel's chair, Rachel Stone, said the "
            'messages were "vile". The 29-year-old said he was "truly sorry".',
            "en",
            ["Rachel Stone", "Tom Ashby"],
        ),
    ],
)
def test_an_age_epithet_is_the_person_given_that_age(
    text: str, language: str, speakers: list[str]
) -> None:
    assert speakers_of(text, language) == speakers


def test_letters_after_a_name_are_dropped() -> None:
    text = "Opening the case, Ruth Keller KC told jurors that the fire had been set deliberately."
    assert speakers_of(text, "en") == ["Ruth Keller"]


def test_a_long_title_and_a_body_before_said() -> None:
    text = (
        '"We are following every lead," Detective Chief Inspector Ann Lowry of Eastvale '
        "Police said on Friday."
    )
    assert speakers_of(text, "en") == ["Ann Lowry"]


def test_an_office_named_with_its_holder_a_little_later() -> None:
    text = (
        'Tasmania\'s chief medical officer has warned that the outbreak "is not over". '
        '"We expect more cases this week," Chief Medical Officer Helen Barnes said.'
    )
    assert speakers_of(text, "en") == ["Helen Barnes", "Helen Barnes"]
