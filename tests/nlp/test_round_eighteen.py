"""Extractor 0.18.0: the rules written after reading heldout33–40. Invented texts, none taken
from the evaluation sets."""

from __future__ import annotations

import pytest

from workbench.nlp import extract


def quoted_texts(text: str, language: str) -> list[str]:
    return [q["text"] for q in extract(text, language=language)["quotes"]]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Le chien du berger, baptisé « Sultan » par les enfants du village, a disparu.", "fr"),
        (
            "Le quartier, que la presse locale surnomme depuis longtemps « le triangle d'or », "
            "a encore gagné des habitants.",
            "fr",
        ),
        ("Tout le monde l'appelle «le facteur volant» dans la vallée.", "fr"),
        ("La mairie a installé huit bornes dites « connectées » sur le parking.", "fr"),
        ("Son étude, intitulée « Les Sols vivants », paraît en mars.", "fr"),
        ("The drone, code-named “Kestrel,” will fly its first mission in June.", "en"),
        ('The ferry, which crews nicknamed "the Old Lady" years ago, was sold for scrap.', "en"),
        ('The deal, already dubbed "the Harbour compromise" by diplomats, was signed.', "en"),
    ],
)
def test_names_given_in_marks_are_not_quotes(text: str, language: str) -> None:
    assert quoted_texts(text, language) == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # the speaker's words about herself, after a reflexive "dit"
        ("La maire s'est dite « très inquiète » pour les commerçants du centre.", "fr"),
        # an object between the verb and the marks: words said
        ('The senator dubbed it "a tax on the poor" before the vote.', "en"),
        # "called" reports words said
        ('The mayor called the closure "a blow to the whole town".', "en"),
        # "appelle à" is a call, not a name
        ("Le syndicat appelle à « une mobilisation massive » jeudi.", "fr"),
    ],
)
def test_words_said_after_a_naming_verb_stay_quotes(text: str, language: str) -> None:
    assert len(quoted_texts(text, language)) == 1


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Le chef, auteur en 2023 d'un essai remarqué, « Cuisiner sans gaspiller », ouvre "
            "un second restaurant.",
            "fr",
        ),
        (
            "Parmi eux, la photographe Inès Caradec, autrice de «Les Saisons du fleuve», un "
            "livre remarqué sur la Loire.",
            "fr",
        ),
        ('The festival opens with a showing of "Silent Harbour" on Friday night.', "en"),
        ('His exhibition at the town hall, "Nine Summers", opens on Saturday.', "en"),
        ("Le prix est revenu à « Capucine », une jument de six ans.", "fr"),
    ],
)
def test_titles_and_names_in_apposition_are_not_quotes(text: str, language: str) -> None:
    assert quoted_texts(text, language) == []
