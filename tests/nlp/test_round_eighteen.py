"""Extractor 0.18.0: the rules written after reading heldout33–40. Invented texts, none taken
from the evaluation sets."""

from __future__ import annotations

import pytest

from workbench.nlp import extract

from .helpers import speakers_of


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
        ("L'intersyndicale appelle « à amplifier la mobilisation » dès lundi.", "fr"),
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


@pytest.mark.parametrize(
    ("text", "language", "speaker"),
    [
        # a role before the name, lower-case or as a title
        ('"We do not have the aircraft," chief executive Ronan Keegan said.', "en", "Ronan Keegan"),
        (
            '"Demand is not the problem," Chief Executive Asha Varghese told analysts.',
            "en",
            "Asha Varghese",
        ),
        (
            'The trade body Grain & Feed Alliance called the study "deeply flawed".',
            "en",
            "Grain & Feed Alliance",
        ),
        (
            "Le groupement coopératif Blés du Vexin a fait savoir que quarante fermes testeraient "
            "ces semences.",
            "fr",
            "Blés du Vexin",
        ),
        # an acronym in brackets before the apposition; the name ends the sentence
        (
            "« C'est une provocation », a réagi le délégué syndical central de la Fédération "
            "des travailleurs du rail (FTR), Julien Marchetti. Il appelle à la grève.",
            "fr",
            "Julien Marchetti",
        ),
        (
            "« Ce texte est équilibré », a résumé la négociatrice de l'Union des artisans de "
            "Bretagne (UAB), Maëlle Le Gall, dans la soirée.",
            "fr",
            "Maëlle Le Gall",
        ),
        # where it was said, between the cue and the speaker
        (
            "« Nos navires n'ont jamais quitté nos eaux », a répondu dans un communiqué le "
            "ministère norlandais de la Défense.",
            "fr",
            "ministère norlandais de la Défense",
        ),
        # "présent à …" ends an unnamed speaker
        (
            "« Rien n'est signé », a glissé un diplomate présent à la réunion.",
            "fr",
            "diplomate",
        ),
        # a hyphenated noun the tokenizer splits
        (
            "L'état-major a démenti, évoquant « des tirs isolés » près de la frontière.",
            "fr",
            "état-major",
        ),
    ],
)
def test_speaker_names(text: str, language: str, speaker: str) -> None:
    assert speakers_of(text, language) == [speaker]


def test_a_quote_paragraph_is_not_given_to_a_name_in_a_sentence_without_speech() -> None:
    text = (
        "This is the gym where Marcus Oyelaran-Reid, the new featherweight champion, has "
        "trained since he was eight.\n\n"
        '"Everything I have came out of this room. My uncle brought me here, and Eddie '
        'taped my hands the same day."\n\n'
        "Eddie is Eddie Calloway, 71, who has run the gym since 1979."
    )
    assert speakers_of(text, "en") == ["Marcus Oyelaran-Reid"]


def test_a_quote_paragraph_is_not_given_to_the_speaker_of_the_next_statement() -> None:
    text = (
        "Ronan Fitzgibbon has painted the same stretch of coast for forty years. His "
        'exhibition, "Low Tide", opens on Friday.\n\n'
        '"People ask me why I keep painting the same view. I tell them the view is never '
        'the same."\n\n'
        "The gallery's director, Helen Marsh, said the show had taken three years to prepare."
    )
    assert speakers_of(text, "en")[0] != "Helen Marsh"


def test_a_pronoun_skips_a_name_of_unknown_gender_for_the_subject_before() -> None:
    text = (
        "Hannah Lindqvist was six when she first heard a cello.\n\n"
        "Now 29, she plays the Dvořák concerto this week with the Eastbridge orchestra.\n\n"
        '"I have waited twenty years for this piece," she says.'
    )
    assert speakers_of(text, "en") == ["Hannah Lindqvist"]


def test_a_role_after_its_club_stands_for_the_person_named_before() -> None:
    text = (
        "At 36, Rachel Okonkwo-Hart is playing the best football of her life. The Eastfield "
        "Town captain scored twice on Sunday.\n\n"
        '"Every year someone asks me when I am stopping. Ask me in May."'
    )
    assert speakers_of(text, "en") == ["Rachel Okonkwo-Hart"]
