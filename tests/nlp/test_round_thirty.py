"""Extractor 0.30.0: the speaker's name settled whichever rule found it, and a generic noun
read as the organisation it names. Invented texts, none taken from the evaluation sets."""

from __future__ import annotations

import pytest

from workbench.nlp.speakers import _bare_person

from .helpers import speakers_of


@pytest.mark.parametrize(
    ("text", "language", "speakers"),
    [
        # the full name written once, where the tagger split it ("Natalia" and "Wiśniewska"
        # taken for two places), then the surname alone
        (
            "Women aged 40 to 44 will be offered heart checks for the first time under plans "
            "announced on Tuesday by the health minister, Natalia Wiśniewska. The scheme will "
            'run under the slogan "Check Early".\n\n'
            '"Every year we find problems that could have been caught earlier," Ms Wiśniewska '
            "said. She said the programme would cost £50m a year.",
            "en",
            ["Natalia Wiśniewska", "Natalia Wiśniewska"],
        ),
        # ... or kept a score in it ("Anastasia Belova 7-5")
        (
            "Portugal's Inês Duarte beat top seed Anastasia Belova 7-5, 6-7, 6-3 to win the "
            'Lakeside Open on Sunday.\n\nDuarte said: "I thought about stopping many times."'
            "\n\nBelova, who served for the second set at 5-4 before letting it slip, said "
            'she had "no regrets" about the way she played.',
            "en",
            ["Inês Duarte", "Anastasia Belova"],
        ),
        # a role or a demonym in front of the full name is not part of it
        (
            "Le club a tenu bon jusqu'au bout. « On ne lâchera pas ce maillot », a promis le "
            "gardien serbe Milan Radetić.",
            "fr",
            ["Milan Radetić"],
        ),
        (
            "Hurdler Keisha Bramwell-Osei won in 12.4 seconds. "
            '"I trained in a car park for three months," she said.',
            "en",
            ["Keisha Bramwell-Osei"],
        ),
        # a generic noun right before the organisation's name is that organisation, not the
        # one that spoke last
        (
            "The Treasury said the cuts were unavoidable.\n\n"
            "The charity Open Doors Trust, which runs four shelters, said the cuts would "
            "“leave families in the street”.",
            "en",
            ["Treasury", "Open Doors Trust"],
        ),
        # the noun of an organisation's own name stands for it ("the association")
        (
            "The Rowing Association of Elmshire has banned Kestrel Boat Club from the regatta. "
            "In its ruling, the association said the club had broken the safety rules.",
            "en",
            ["Rowing Association of Elmshire"],
        ),
    ],
)
def test_speakers(text: str, language: str, speakers: list[str]) -> None:
    assert speakers_of(text, language) == speakers


@pytest.mark.parametrize(
    ("name", "bare"),
    [
        ("gardien serbe Milan Radetić", "Milan Radetić"),
        ("race was won by Lucía Arandia-Prats", "Lucía Arandia-Prats"),
        ("ancien ministre de l'Économie Raymond Lestrade-Navarro", "Raymond Lestrade-Navarro"),
        ("Marocain Ahmed Ould Brahim", "Ahmed Ould Brahim"),
        ("Anastasia Belova 7-5", "Anastasia Belova"),
        # names whose words all belong to them are left alone
        ("Charles de Gaulle", "Charles de Gaulle"),
        ("Valéry Giscard d'Estaing", "Valéry Giscard d'Estaing"),
        ("Pape Moussa Thiaw", "Pape Moussa Thiaw"),  # a given name, not the pope
        ("Hebridean Sea Links", "Hebridean Sea Links"),  # not a demonym before a given name
        ("Ludwig van Beethoven", "Ludwig van Beethoven"),
    ],
)
def test_bare_person(name: str, bare: str) -> None:
    assert _bare_person(name, "fr") == bare
    assert _bare_person(name, "en") == bare
