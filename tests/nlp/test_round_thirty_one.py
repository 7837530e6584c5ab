"""Extractor 0.31.0: a French role noun's gender, read from its own words, picks the person it
stands for. Invented texts, none taken from the evaluation sets."""

from __future__ import annotations

import pytest

from workbench.nlp.antecedents import gender_of

from .helpers import speakers_of


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a masculine noun whose feminine is in use names a man: "le candidat" is not the
        # woman named first
        (
            "Soirée tendue sur le plateau. Lors de l'épisode diffusé jeudi, la dispute a "
            "éclaté entre Kenza Morel, 27 ans, et son ancien partenaire, Dylan Ferrand.\n\n"
            "— Tu m'as trahie devant tout le monde, a lancé la jeune femme.\n"
            "— Je ne t'ai jamais rien promis, a rétorqué le candidat, avant de quitter le "
            "plateau.",
            "Dylan Ferrand",
        ),
        # a feminine adjective before a noun of both genders names a woman
        (
            "Face à face, le député Arnaud Lefèvre et Véronique Castel, ancienne ministre du "
            "Budget, ne se sont rien épargné.\n\n"
            "— Vous avez voté toutes les hausses d'impôts, a attaqué M. Lefèvre.\n\n"
            "— C'est faux, et vous le savez, a répliqué l'ancienne ministre.",
            "Véronique Castel",
        ),
    ],
)
def test_the_last_quote_goes_to_the_person_of_the_nouns_gender(text: str, speaker: str) -> None:
    assert speakers_of(text, "fr")[-1] == speaker


@pytest.mark.parametrize(
    ("words", "masculine", "gender"),
    [
        (["le", "candidat"], True, "m"),
        (["cet", "ancien", "instituteur"], True, "m"),
        (["le", "comédien"], True, "m"),
        # read from the words around a name, a masculine noun says nothing of the name
        (["le", "candidat"], False, ""),
        # one form for both genders: nothing either way
        (["le", "ministre"], True, ""),
        (["le", "témoin"], True, ""),
        # "arrière" (a fullback) ends like a feminine noun but has no masculine form
        (["son", "arrière"], True, ""),
        (["la", "candidate"], True, "f"),
        (["l'", "ancienne", "ministre"], True, "f"),
        (["l'", "animatrice"], False, "f"),
    ],
)
def test_gender_of_a_noun_phrase(words: list[str], masculine: bool, gender: str) -> None:
    assert gender_of(words, "fr", masculine=masculine) == gender
