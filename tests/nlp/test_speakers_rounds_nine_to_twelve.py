"""Speakers of extractors 0.11.0 (issue #3, heldout12–14 errors: organisations the tagger takes
for people, generic nouns for a named organisation, names the tagger missed or cut, gerunds
and infinitives around the cue, family nouns and unattributed dialogue) and 0.12.0
(heldout15–18 errors: typewriter single quotes, acronyms, documents' authors, titles).

Every text here is written for the test; none comes from an evaluation set.
"""

from __future__ import annotations

import pytest

from tests.nlp.helpers import speakers_of
from workbench.nlp import extract


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # a gerund between the cue and the inverted subject, then an epithet
        (
            "La nageuse Camille Verdier a battu le record de France du 200 m. « Je ne "
            "m'y attendais pas du tout », a confié en souriant la sprinteuse de 19 ans.",
            "fr",
            ["Camille Verdier"],
        ),
        # an infinitive after the quotation is no attribution: the sentence's subject speaks
        (
            "Le président du département, Alain Mercadier, a promis une aide « massive et "
            "rapide », sans en donner le montant.",
            "fr",
            ["Alain Mercadier"],
        ),
        # an anaphor after the cue of reported speech
        (
            "La conseillère d'opposition Hélène Vasseur a voté contre le budget. Un recours "
            "n'est pas exclu, a indiqué cette dernière.",
            "fr",
            ["Hélène Vasseur"],
        ),
        # a party label in brackets is no antecedent for "il"
        (
            "Le maire, Gérard Plantier (LR), a défendu le projet. « Il faut construire », "
            "a-t-il insisté.",
            "fr",
            ["Gérard Plantier"],
        ),
        # a family noun tells the gender: "il" is the father, not the daughter
        (
            "Le peintre Joseph Quéré est mort à 91 ans. « Il peignait chaque matin », "
            "raconte sa fille, Maïwenn Quéré. En 2010, il déclarait : « La mer ne ment "
            "jamais. »",
            "fr",
            ["Maïwenn Quéré", "Joseph Quéré"],
        ),
        # a generic noun with an adjective stands for the organisation named before
        (
            "Le Conseil d'État a annulé l'arrêté préfectoral. La haute juridiction a estimé "
            "que la consultation du public avait été insuffisante.",
            "fr",
            ["Conseil d'État"],
        ),
        # the newspaper is no person: "he" is the manager
        (
            "Dunmore Athletic have sacked manager Keith Rowntree. Rowntree, 51, told the "
            'Dunmore Chronicle he was "disappointed but proud".',
            "en",
            ["Keith Rowntree"],
        ),
        # a name the tagger cut after a role word
        (
            'Wicketkeeper Priya Ashworth top-scored with 61. "I just wanted to bat time," '
            "the 22-year-old said.",
            "en",
            ["Priya Ashworth"],
        ),
        # a portfolio between the role and the name
        (
            'Minister for Health Orla Brennan said the wards would be "fully staffed by spring".',
            "en",
            ["Orla Brennan"],
        ),
        # an honorific before the name
        (
            'Comrade Tunde Bakare, the union chairman, said: "We will not call off the strike."',
            "en",
            ["Tunde Bakare"],
        ),
        # a group noun before the name of the organisation
        (
            'Campaign group Ardley Green Action said it was "appalled" by the decision.',
            "en",
            ["Ardley Green Action"],
        ),
        # an unnamed spokesperson of the company named before
        (
            'About 300 jobs will go at Harwell Biscuits Ltd. "We did everything we could," '
            "a company spokesperson said.",
            "en",
            ["Harwell Biscuits Ltd"],
        ),
        # a quantifier is not part of an unnamed speaker's noun
        (
            "Le contrat du sélectionneur ne sera pas prolongé, selon plusieurs sources "
            "proches de la fédération.",
            "fr",
            ["sources proches de la fédération"],
        ),
    ],
)
def test_speakers_of_extractor_0_11(text: str, language: str, expected: list) -> None:
    assert speakers_of(text, language) == expected


def test_a_line_of_dialogue_nobody_introduces_goes_to_the_person_just_described() -> None:
    text = (
        "Au marché de Pontivy, Odile Le Floch vend ses fromages depuis trente ans.\n\n"
        "— Les jeunes ne veulent plus se lever à quatre heures."
    )
    assert speakers_of(text, "fr") == ["Odile Le Floch"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # a clause without a verb before "…, X savourait." reports nothing
        ("Au bord du terrain, l'entraîneur Marc Devos savourait.", "fr"),
        # a title next to "titre" or "episode" is no quote
        (
            "Elle a chanté en rappel « Les Vents du large », le titre qui l'a fait connaître.",
            "fr",
        ),
        ('The second episode, "Nobody Rings Twice," airs on Friday.', "en"),
    ],
)
def test_no_quote_in_extractor_0_11_traps(text: str, language: str) -> None:
    assert extract(text, language=language)["quotes"] == []


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # typewriter single quotes around a quotation, not around "the players' union"
        (
            "Coach Dana Ruiz was blunt. 'The players' union agreed to the schedule. We did "
            "not,' she said.",
            "en",
            ["Dana Ruiz"],
        ),
        # an acronym the article defines stands for the name
        (
            "L'Office régional de la santé (ORS) publie son bilan. « Les urgences débordent »,"
            " alerte l'ORS.",
            "fr",
            ["Office régional de la santé"],
        ),
        # a descriptor with an adjective before the organisation's name
        (
            "« Le réseau sera rétabli jeudi », a indiqué la compagnie publique Électricité "
            "du Nord.",
            "fr",
            ["Électricité du Nord"],
        ),
        # the body behind a document, without the participle after it
        (
            "Les prix ont bondi de 12 %, selon le rapport de l'observatoire des prix publié lundi.",
            "fr",
            ["observatoire des prix"],
        ),
        # a circumstance between the cue and the inverted subject
        (
            "Léo Brassard a remporté l'étape. « J'avais de bonnes jambes », a déclaré en "
            "conférence de presse le vainqueur.",
            "fr",
            ["Léo Brassard"],
        ),
        # a dweller keeps the noun, not the address
        (
            "« On a tout perdu », raconte un riverain de la rue des Forges.",
            "fr",
            ["riverain"],
        ),
        # a word of an organisation's name used alone is the organisation
        (
            'The Harbour City Mariners lost 3-1. "We were second best," the Mariners said in '
            "a statement.",
            "en",
            ["Harbour City Mariners"],
        ),
        # a role inside the tagged name maps "the coroner" back to the person
        (
            "State Coroner Helen Marsh ruled the death accidental. Mr Tom Reilly, 41, had "
            'fallen from a ladder. The coroner said: "Ladders must be tied."',
            "en",
            ["Helen Marsh"],
        ),
    ],
)
def test_speakers_of_extractor_0_12(text: str, language: str, expected: list) -> None:
    assert speakers_of(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Le festival s'ouvrira avec « Le Dernier Bal des lavandières » samedi.", "fr"),
        ('The council published "Safer Streets for Every Neighbourhood" on Monday.', "en"),
    ],
)
def test_titles_without_a_verb_are_no_quotes(text: str, language: str) -> None:
    assert extract(text, language=language)["quotes"] == []


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # a long role before the name in "D'après …, X, …"
        (
            "D'après le secrétaire général de la Fédération nationale des transports routiers,"
            " Albert Sissoko, la direction « a reculé devant la grève ».",
            "fr",
            ["Albert Sissoko"],
        ),
        # the parse gives the role as subject: the name in the apposition after it
        (
            "Pour l'association Vélo Cité, c'est trop peu. Sa présidente, Inès Carvalho, "
            "dénonce un plan « sans ambition ».",
            "fr",
            ["Inès Carvalho"],
        ),
        # an unnamed speaker without the age
        (
            "« On ne vit plus de nos pommes », lance un arboriculteur de 52 ans.",
            "fr",
            ["arboriculteur"],
        ),
        # a council title before the name
        (
            'Councilmember Rosa Delgado said the plan was "a good start".',
            "en",
            ["Rosa Delgado"],
        ),
    ],
)
def test_speakers_of_extractor_0_13(text: str, language: str, expected: list) -> None:
    assert speakers_of(text, language) == expected
