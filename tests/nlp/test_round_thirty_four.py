"""Extractor 0.34.0: organisations with a possessive in their name, professions the lists
did not know, a product is no organisation, letters after a name, generic nouns for the
police, reported clauses after an occasion or with a clause as subject. Invented texts, none
taken from the evaluation sets."""

from __future__ import annotations

import pytest

from .helpers import quotes_of, speakers_of


@pytest.mark.parametrize(
    ("text", "language", "speaker"),
    [
        # a possessive inside an organisation's name is part of it
        (
            "Trawlers will lose a third of their grounds. The Brannock Fishermen's Union said "
            "it had not been consulted on the route.",
            "en",
            "Brannock Fishermen's Union",
        ),
        (
            "Aurimas Jankus, 51, was freed on Friday. The Attorney General's Office said it "
            "would appeal.",
            "en",
            "Attorney General's Office",
        ),
        # a generic noun before an organisation's name is dropped, "réseau" too
        (
            "Les nappes ont baissé de 12 % en un an, selon le réseau de mesure Hydro-Causses, "
            "qui publie son bilan chaque automne.",
            "fr",
            "Hydro-Causses",
        ),
    ],
)
def test_an_organisation_keeps_its_whole_name(text: str, language: str, speaker: str) -> None:
    assert speakers_of(text, language) == [speaker]


@pytest.mark.parametrize(
    ("text", "language", "speakers"),
    [
        # professions the lists did not know stand for the person named with them
        (
            "Dr. Morag Lindsay has been the island's only doctor for 22 years. \"Nobody wants "
            'to come here," the GP said.',
            "en",
            ["Morag Lindsay"],
        ),
        (
            "Professor Tobias Wren, a virologist at Calder University, was not surprised. The "
            'virologist said each new case gave the virus "another chance".',
            "en",
            ["Tobias Wren"],
        ),
        (
            "Le Pr Hervé Castagne, infectiologue au CHU de Brissac, reste prudent. « Le pic est "
            "derrière nous, mais pas le danger », estime l'infectiologue.",
            "fr",
            ["Hervé Castagne"],
        ),
        # a product tagged as an organisation is not what "the company" stands for
        (
            "Tavener Health will pay $90 million to settle claims over its cholesterol drug "
            'Lipravel, the company said on Monday.\n\n"We stand by Lipravel," the company '
            "said in a statement.",
            "en",
            ["Tavener Health", "Tavener Health"],
        ),
        # letters after a name are no part of it
        (
            'For the prosecution, Helen Marsh KC told jurors the fire was no accident. "He '
            'planned every step," Ms Marsh said.',
            "en",
            ["Helen Marsh", "Helen Marsh"],
        ),
        # "the force" is the police named before
        (
            "Eastfold Police said a man had been arrested.\n\nHe is being held in custody, "
            "according to the force.",
            "en",
            ["Eastfold Police", "Eastfold Police"],
        ),
        # a colleague brought in by a subject is who "she" is
        (
            "A paramedic who treated the driver was praised by the coroner. A colleague who "
            'was on shift that night gave evidence. "I keep thinking about it," she said.',
            "en",
            ["colleague"],
        ),
        # the noun of a contact relative clause is not part of its subject
        (
            "The council gave final approval to the Harrowgate bypass on Monday, a decision "
            'residents called "a slap in the face".',
            "en",
            ["residents"],
        ),
        # a time before the inverted subject is no speaker
        (
            "La cour a condamné Gilles Ferrand. « Il a agi de sang-froid », avait martelé la "
            "veille, dans son réquisitoire, l'avocat général, Romain Delorme.",
            "fr",
            ["Romain Delorme"],
        ),
    ],
)
def test_the_speaker_is_found(text: str, language: str, speakers: list[str]) -> None:
    assert speakers_of(text, language) == speakers


@pytest.mark.parametrize(
    ("text", "language", "reported", "speaker"),
    [
        # a reported clause whose subject is a clause
        (
            "Farmers will get half their usual water. Officials said the reservoirs serving "
            "the plain were at 21% of capacity.",
            "en",
            "the reservoirs serving the plain were at 21% of capacity",
            "Officials",
        ),
        # the occasion between the cue and "que" / "that"
        (
            "Le préfet, Arnaud Vidal, a précisé lors d'une conférence de presse que la route "
            "resterait fermée jusqu'à lundi.",
            "fr",
            "la route resterait fermée jusqu'à lundi",
            "Arnaud Vidal",
        ),
        (
            "The minister said at a news conference that the border would reopen on Monday.",
            "en",
            "the border would reopen on Monday",
            "minister",
        ),
        # "maintenir que": an irregular cue
        (
            "Le prévenu a été arrêté en mai. Serge Loubet, lui, maintient qu'il dormait chez "
            "sa sœur ce soir-là.",
            "fr",
            "il dormait chez sa sœur ce soir-là",
            "Serge Loubet",
        ),
    ],
)
def test_reported_speech_is_found(text: str, language: str, reported: str, speaker: str) -> None:
    assert ("indirect", reported, speaker) in quotes_of(text, language)
