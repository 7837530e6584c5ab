"""Extractor 0.33.0: people named by where they come from, by their age or with their
employer; partial quotes inside reported speech; French cues in the present tense; generic
nouns for clubs and public bodies. Invented texts, none taken from the evaluation sets."""

from __future__ import annotations

import pytest

from .helpers import speakers_of


@pytest.mark.parametrize(
    ("text", "language", "speaker"),
    [
        # a demonym the endings do not give ("Argentine", "Kenyan", "Toulousain") is an
        # epithet for the person named before
        (
            "Matías Orellana was disqualified from the final on Sunday.\n\nThe Argentine, who "
            "threw his helmet at a marshal, called the decision “a scandal”.",
            "en",
            "Matías Orellana",
        ),
        (
            "Wanjiru Kamau won the Valdor marathon in 2 h 21 min.\n\nThe Kenyan, who had never "
            "run the course, said the wind had been “brutal” after the 30th kilometre.",
            "en",
            "Wanjiru Kamau",
        ),
        (
            "Bastien Lacombe a signé un contrat de trois ans avec Montalvert.\n\nLe Toulousain, "
            "formé au club, a promis de « tout donner » dès la première journée.",
            "fr",
            "Bastien Lacombe",
        ),
        # an age before a name is no part of it
        (
            'Pupils planted 300 trees. "I planted twelve of them myself," said nine-year-old Orla.',
            "en",
            "Orla",
        ),
        # a given name the lists know and a surname the tagger called an organisation
        (
            "Milena Dražić announced her retirement on Friday.\n\n“I gave the sport everything,” "
            "she told reporters.",
            "en",
            "Milena Dražić",
        ),
    ],
)
def test_a_person_named_in_other_words_is_the_person(
    text: str, language: str, speaker: str
) -> None:
    assert speakers_of(text, language) == [speaker]


@pytest.mark.parametrize(
    ("text", "language", "speaker"),
    [
        (
            "The survey's lead author, Dr. Imogen Tarrant of the Halden Institute for Marine "
            "Science, said that the reef had lost a third of its coral since 2015.",
            "en",
            "Imogen Tarrant",
        ),
        (
            "Le coordinateur de l'étude, le professeur Damien Roussel de l'université de "
            "Valcourt, a affirmé que les résultats devaient être confirmés.",
            "fr",
            "Damien Roussel",
        ),
    ],
)
def test_where_a_person_works_is_not_the_person(text: str, language: str, speaker: str) -> None:
    assert speakers_of(text, language) == [speaker]


@pytest.mark.parametrize(
    ("text", "language", "speaker"),
    [
        # the subject of the reporting verb, not of the clause it reports
        (
            "Its finance director, Paul Rennick, said the union's claim of 11% would cost "
            "£3 million, money the trust “simply does not have”.",
            "en",
            "Paul Rennick",
        ),
        # a subject after the cue, in an incise after a quotation
        (
            '"The water came in through the floor," said shop owner Nadia Pell, adding that '
            'the damage was "worse than in 2007".',
            "en",
            "Nadia Pell",
        ),
        (
            "« Nous avons tout perdu », a déclaré le maire, Gérard Vannier, ajoutant que la "
            "situation était « catastrophique ».",
            "fr",
            "Gérard Vannier",
        ),
        # a French cue in the present tense that ends like an infinitive ("assure", "déclare")
        (
            "Le rectorat assure de son côté que la réforme permettra de « mieux accompagner » "
            "les élèves.",
            "fr",
            "rectorat",
        ),
    ],
)
def test_a_partial_quote_in_reported_speech_goes_to_the_reporter(
    text: str, language: str, speaker: str
) -> None:
    assert speakers_of(text, language)[-1] == speaker


def test_a_subject_before_a_partial_quote_is_not_taken_from_after_the_cue() -> None:
    # "l'avis" follows the cue but the subject is before it: no incise
    text = "Du côté des industriels, la Fédération des eaux juge l'avis « rassurant »."
    assert speakers_of(text, "fr") == ["Fédération des eaux"]


@pytest.mark.parametrize(
    ("text", "language", "speaker"),
    [
        # "le club" is the club named before, not the body that spoke last
        (
            "Les supporters de l'AS Brévannes sont interdits de déplacement. La préfecture a "
            "justifié sa décision par des « risques de troubles ».\n\nLe club, lui, a dit "
            "« regretter » la décision.",
            "fr",
            "AS Brévannes",
        ),
        # "la direction académique" is a body of its own, not the school named before
        (
            "Le collège Jean-Moulin de Vasselay fermera en juin. La direction académique "
            "affirme que les élèves seront « mieux accueillis » à Sarlange.",
            "fr",
            "direction académique",
        ),
    ],
)
def test_a_generic_noun_names_the_right_body(text: str, language: str, speaker: str) -> None:
    assert speakers_of(text, language)[-1] == speaker


@pytest.mark.parametrize(
    ("text", "language", "speaker"),
    [
        # an unnamed person brought in by a subject with a relative clause is who "she" is
        (
            "The council leader, Dr. Hamish Royle, defended the closure. A nurse who has worked "
            'at the clinic for thirty years wept. "Where will they go now?" she asked.',
            "en",
            "nurse",
        ),
        # where an unnamed person lives is not their name
        (
            'Plans for a quarry were approved. "We\'ll never sleep again," said a resident of '
            "Millbrook Close, who asked not to be named.",
            "en",
            "resident",
        ),
    ],
)
def test_an_unnamed_speaker_keeps_their_noun(text: str, language: str, speaker: str) -> None:
    assert speakers_of(text, language)[-1] == speaker


def test_a_cleft_sentence_brings_in_no_speaker() -> None:
    text = (
        "Le débat a opposé le maire sortant, Lucien Ferrat, et sa rivale, Inès Corbeau. "
        "C'est la candidate qui a attaqué la première.\n"
        "— Vous avez ruiné la ville !\n"
        "— C'est faux, a répondu M. Ferrat."
    )
    assert "C'est la candidate" not in speakers_of(text, "fr")


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # a surname alone is the person named in full before, whatever the tagger calls it
        (
            "Siobhán Ní Bhriain won the seat. “People here have been waiting eleven years,” "
            "Ní Bhriain said.",
            ["Siobhán Ní Bhriain"],
        ),
        # not the person's family, nor someone of theirs
        (
            "Conall Ó Dálaigh, 52, went missing on Friday. In a statement, the Ó Dálaigh family "
            "said: “He knew the sea better than anyone.”",
            ["Ó Dálaigh family"],
        ),
        (
            "Owen Pritchett, 49, admitted the thefts. Pritchett’s barrister told the court his "
            "client was “ashamed beyond words”.",
            ["barrister"],
        ),
    ],
)
def test_a_surname_is_the_person_not_their_family(text: str, speakers: list[str]) -> None:
    assert speakers_of(text, "en") == speakers
