"""Extractor 0.35.0: kinds of error rather than single errors. A noun the article itself sets
beside a name is that person's role; demonyms made from a place the text names, or tagged as
a person or a place; a person an indefinite noun phrase is in apposition to; a name followed
by an age; a company's management is the company; a decimal comma is no clause boundary.
Invented texts, none taken from the evaluation sets."""

from __future__ import annotations

import pytest

from .helpers import quotes_of, speakers_of


@pytest.mark.parametrize(
    ("text", "language", "speakers"),
    [
        # a role the lists do not know, learned from the apposition "la X, Name"
        (
            "La proviseure, Corinne Malaval-Ruiz, a reçu les parents lundi. « Nous ferons "
            "tout pour rouvrir la cantine », a promis la proviseure.",
            "fr",
            ["Corinne Malaval-Ruiz"],
        ),
        # a title between the role and the name does not hide the role
        (
            "The provost, Prof. Imogen Talbot-Reyes, wrote to staff on Monday. The provost "
            "said that no course would close this year.",
            "en",
            ["Imogen Talbot-Reyes"],
        ),
    ],
)
def test_a_role_set_beside_a_name_stands_for_that_person(
    text: str, language: str, speakers: list[str]
) -> None:
    assert speakers_of(text, language) == speakers


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # a demonym the English model tags as a person
        (
            'Fergus McAlister, the party\'s leader, toured Leeds. "We will win here," '
            "McAlister said. The Scot said his party would publish its plans on Monday.",
            ["Fergus McAlister", "Fergus McAlister"],
        ),
        # a demonym made from a place the text names, its gender from "-man"
        (
            "Premier Joan Whitlow and Dermot Byrne, a former Galway councillor, clashed on "
            'Tuesday. "Nothing has changed," Ms Whitlow said. Later, the Galwayman told '
            "reporters that he would vote against the budget.",
            ["Joan Whitlow", "Dermot Byrne"],
        ),
        (
            "Mayor Lucie Tremblay, who grew up in Ottawa, was re-elected on Sunday. The "
            "Ottawan said she would freeze property taxes.",
            ["Lucie Tremblay"],
        ),
    ],
)
def test_demonyms_stand_for_the_person_named_before(text: str, speakers: list[str]) -> None:
    assert speakers_of(text, "en") == speakers


def test_an_apposition_with_a_relative_clause_is_the_person_it_is_set_beside() -> None:
    # "Name, 16, a pupil at X, who said": the tagger took the name for a place
    text = (
        "The march was led by Tamsin Fairlie, 16, a pupil at Marlow Grammar, who said she "
        'had told her teachers. "We are not skipping school for fun," the 16-year-old said.'
    )
    assert speakers_of(text, "en") == ["Tamsin Fairlie", "Tamsin Fairlie"]


def test_an_indefinite_subject_after_a_name_is_someone_else() -> None:
    # "…, a spokesman for the club said": a new clause, not an apposition
    text = (
        "Wexham Rovers have signed striker Idris Oyelaran-Bello, a spokesman for the club "
        "said on Monday."
    )
    assert speakers_of(text, "en") == ["Wexham Rovers"]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # the management of a company, with an article or a department, is the company
        (
            "Les syndicats de la Société des eaux du Vexin (SEV) appellent à la grève. La "
            "direction de la SEV a jugé l'appel « irresponsable ».",
            ["Société des eaux du Vexin"],
        ),
        (
            "La direction des achats de Vertimo estime que l'offre « reste compétitive ».",
            ["Vertimo"],
        ),
        # "la direction" alone, after the company's management was named
        (
            "La direction de Textiles Morvan et les syndicats ont signé un accord mardi. La "
            "direction a dit « tourner la page ».",
            ["Textiles Morvan"],
        ),
    ],
)
def test_a_company_s_management_speaks_for_the_company(text: str, speakers: list[str]) -> None:
    assert speakers_of(text, "fr") == speakers


def test_a_party_noun_after_the_name_is_not_part_of_it() -> None:
    text = (
        "The Civic Future party has expelled a councillor. The party said the decision was final."
    )
    assert speakers_of(text, "en") == ["Civic Future"]


@pytest.mark.parametrize(
    ("text", "language", "speakers"),
    [
        (
            "Après le meeting, une militante venue de Montluçon confie : « Elle nous ressemble. »",
            "fr",
            ["militante"],
        ),
        (
            '"I have queued since six," said a resident outside the Holloway library.',
            "en",
            ["resident"],
        ),
    ],
)
def test_where_an_unnamed_speaker_came_from_is_cut(
    text: str, language: str, speakers: list[str]
) -> None:
    assert speakers_of(text, language) == speakers


def test_a_decimal_comma_does_not_end_the_reported_clause() -> None:
    text = (
        "Le chômage s'établit à 7,4 % au troisième trimestre, en baisse de 0,2 point, a "
        "indiqué jeudi l'Institut national de la statistique."
    )
    quotes = quotes_of(text, "fr")
    assert [speaker for _kind, _text, speaker in quotes] == ["Institut national de la statistique"]
