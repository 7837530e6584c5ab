"""Extractor 0.20.0: the rules written after reading heldout45–48. Invented texts, none taken
from the evaluation sets."""

from __future__ import annotations

import pytest

from workbench.nlp import extract

from .helpers import speakers_of


def quoted_texts(text: str, language: str) -> list[str]:
    return [q["text"] for q in extract(text, language=language)["quotes"]]


@pytest.mark.parametrize(
    "text",
    [
        # what banners, signs, screens and labels carry: written, not said
        "Sur une banderole, on pouvait lire « La santé n'est pas une marchandise ».",
        "Sur les pancartes, on pouvait lire « Le pain avant les palais » ou « Rends l'essence ».",
        "Au port, les chalutiers étaient ornés de banderoles «Nos eaux ne sont pas à vendre».",
        "Les écrans du hall affichaient « retardé » pour un vol sur trois.",
        "Un pot de confiture étiqueté « fait maison » contenait des arômes artificiels.",
        # schemes and sites named in marks
        "Le dispositif « Pass vacances » finance jusqu'à 300 euros de séjour.",
        "Les lots sont consultables sur le site « Rappel Conso ».",
        # a participle after the marks describes the scheme, it reports nothing
        "Les élèves ont joué des scènes, dans le cadre de l'opération « Pas chez nous », "
        "lancée par le rectorat.",
    ],
)
def test_words_written_or_named_are_not_quotes(text: str) -> None:
    assert quoted_texts(text, "fr") == []


def test_words_said_after_a_list_link_stay_quotes() -> None:
    text = "« Nous irons jusqu'au bout », a lancé la syndicaliste Jeanne Moreau."
    assert quoted_texts(text, "fr") == ["Nous irons jusqu'au bout"]


@pytest.mark.parametrize(
    ("text", "language", "speakers"),
    [
        # an unnamed spokesman speaks for the organisation named before
        (
            "The Retail Grocers' Federation rejected the report on Monday. “Our members have "
            "nothing to hide,” a spokesman said.",
            "en",
            ["Retail Grocers' Federation"],
        ),
        # the prefect under her role alone
        (
            "La préfète, Anne Ribière, a interdit les moissons l'après-midi. La préfète a "
            "assuré qu'une dérogation serait étudiée « au cas par cas ».",
            "fr",
            ["Anne Ribière"],
        ),
        # a title inside the tagged name, after the article
        (
            "Son directeur général, le Dr Anselme Koné, a déclaré : « Le risque est élevé. »",
            "fr",
            ["Anselme Koné"],
        ),
        # an adjective between the role and the comma of the apposition
        (
            "Son homologue kessarienne, Nadia Amrani, a salué « une page nouvelle » dans les "
            "relations entre les deux pays.",
            "fr",
            ["Nadia Amrani"],
        ),
    ],
)
def test_speakers(text: str, language: str, speakers: list[str]) -> None:
    assert speakers_of(text, language) == speakers


def test_a_storm_is_not_a_person() -> None:
    text = (
        "Amara Obi, a forecaster at the national weather service, has been watching the low "
        "for a week. Storm Hollis will reach the coast on Friday evening. “It arrives right at "
        "the evening rush hour,” she said."
    )
    assert speakers_of(text, "en") == ["Amara Obi"]
