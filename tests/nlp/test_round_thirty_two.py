"""Extractor 0.32.0: a source's role is no part of what it reports, and words that cannot
speak are not made a speaker. Invented texts, none taken from the evaluation sets."""

from __future__ import annotations

import pytest

from .helpers import quotes_of


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # the role apposed to the source of "selon X" / "according to X" is left out
        (
            "Les prix du cacao flambent. D'après Hélène Marchetti, analyste chez Verdier & "
            "Associés, la tonne pourrait dépasser les 12 000 euros d'ici l'été.",
            "fr",
            (
                "indirect",
                "la tonne pourrait dépasser les 12 000 euros d'ici l'été",
                "Hélène Marchetti",
            ),
        ),
        (
            "Le virus progresse. Selon le Dr Anselme Ravier, épidémiologiste à l'agence régionale, "
            "le pic devrait être atteint à la mi-janvier.",
            "fr",
            ("indirect", "le pic devrait être atteint à la mi-janvier", "Anselme Ravier"),
        ),
        (
            "Freight rates have tripled. According to Ruth Okonjo, a senior analyst at Calder "
            "Shipping, the backlog will last until spring.",
            "en",
            ("indirect", "the backlog will last until spring", "Ruth Okonjo"),
        ),
        # a noun with its determiner after the source is the clause's own subject
        (
            "Selon la gendarmerie, le conducteur, âgé de 52 ans, a perdu le contrôle de son "
            "véhicule.",
            "fr",
            (
                "indirect",
                "le conducteur, âgé de 52 ans, a perdu le contrôle de son véhicule",
                "gendarmerie",
            ),
        ),
    ],
)
def test_the_role_after_the_source_is_not_reported(
    text: str, language: str, expected: tuple[str, str, str]
) -> None:
    assert quotes_of(text, language) == [expected]


def test_a_role_word_inside_an_organisations_name_does_not_cut_it() -> None:
    text = (
        "Nearly 9,000 appeals are waiting to be heard, according to the Civil Justice "
        "Clerks' Union."
    )
    assert quotes_of(text, "en")[0][2] == "Civil Justice Clerks' Union"


@pytest.mark.parametrize(
    ("text", "language", "speaker"),
    [
        # a clause opened by "tandis que" after the quotation is not its attribution
        (
            "Au Sénat, la sénatrice Odile Brassac a dénoncé un « cadeau empoisonné », tandis que "
            "la majorité réclame un vote rapide.",
            "fr",
            "Odile Brassac",
        ),
        # the source named by "according to" after a partial quote speaks for the sentence
        (
            "The summer drought would have been “almost unthinkable” a century ago, according "
            "to a study published on Monday by the Northern Climate Institute.",
            "en",
            "Northern Climate Institute",
        ),
        # "selon" inside the marks names no source
        (
            "Le directeur a indiqué que la soliste « sera indemnisée selon les termes du "
            "contrat ».",
            "fr",
            "directeur",
        ),
    ],
)
def test_the_partial_quote_goes_to_who_said_it(text: str, language: str, speaker: str) -> None:
    assert quotes_of(text, language)[0][2] == speaker


def test_an_adverb_and_a_participle_after_a_quotation_are_no_speaker() -> None:
    text = (
        "Une assistante sociale du département décrit des familles « à bout de souffle », "
        "souvent menacées d'expulsion."
    )
    assert all(speaker != "souvent" for _kind, _text, speaker in quotes_of(text, "fr"))
