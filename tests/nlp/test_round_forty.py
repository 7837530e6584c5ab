"""Extractor 0.40.0: a role apposition with its demonym or complement before the name, the cue
that reports a clause rather than a verb inside it, titles of works told by what follows
them, a clause's own verb after a comma is no speaker, unlisted agent nouns set beside a
name, institutions' names with their adjectives and complement, and names the tagger ran
into an agency or a ministry. Invented texts, none taken from the evaluation sets."""

from __future__ import annotations

import pytest

from .helpers import quotes_of, speakers_of


@pytest.mark.parametrize(
    ("text", "language", "speakers"),
    [
        (
            "The talks stalled again on Friday. The lead negotiator, former Ghanaian "
            "foreign minister Kwesi Ampofo-Mensah, said both delegations had left Accra.",
            "en",
            ["Kwesi Ampofo-Mensah"],
        ),
        (
            "Le sommet s'est achevé mardi. « Nous avons avancé sur l'essentiel », a déclaré le "
            "chef de la délégation brésilienne, le ministre des Mines et de l'Énergie Paulo "
            "Ribeiro Santos, devant la presse.",
            "fr",
            ["Paulo Ribeiro Santos"],
        ),
        (
            "Le Conseil a adopté le texte. « C'est un premier pas », a déclaré la présidente de "
            "l'assemblée, la Danoise Mette Kjærgaard Holm, à la sortie de la séance.",
            "fr",
            ["Mette Kjærgaard Holm"],
        ),
    ],
)
def test_a_role_with_its_demonym_or_complement_before_the_name(
    text: str, language: str, speakers: list[str]
) -> None:
    assert speakers_of(text, language) == speakers


@pytest.mark.parametrize(
    ("text", "language", "speakers"),
    [
        (
            "Le festival a été primé. Le jury, présidé par le metteur en scène suisse Marc "
            "Aellen, a salué « une mise en scène d'une grande finesse ».",
            "fr",
            ["jury"],
        ),
        (
            "« On ne reviendra pas », estime le docteur Paul Garnier, président du syndicat "
            "Médecins Unis, qui représente 900 praticiens.",
            "fr",
            ["Paul Garnier"],
        ),
    ],
)
def test_a_complement_names_the_body_not_the_person(
    text: str, language: str, speakers: list[str]
) -> None:
    assert speakers_of(text, language) == speakers


@pytest.mark.parametrize(
    ("text", "language", "speakers"),
    [
        (
            "In a statement, Grey Tide said the occupations would go on “until every new "
            "drilling licence is withdrawn”.",
            "en",
            ["Grey Tide"],
        ),
        (
            "La dépense avait été jugée excessive par la Cour des comptes régionale, qui "
            "qualifiait le chantier de « gouffre financier ».",
            "fr",
            ["Cour des comptes régionale"],
        ),
        (
            "The visitors lost 14 lineouts, and their coach said the set piece had been "
            "“a shambles” all afternoon.",
            "en",
            ["coach"],
        ),
    ],
)
def test_the_cue_that_reports_the_clause(text: str, language: str, speakers: list[str]) -> None:
    assert speakers_of(text, language) == speakers


def test_a_cue_word_after_marks_inside_a_sentence_is_no_attribution() -> None:
    text = (
        "Brightwell, the payments firm, said on Monday that it had “paused” transfers to "
        "three banks while it investigated."
    )
    assert [(kind, speaker) for kind, _text, speaker in quotes_of(text, "en")] == [
        ("partial", "Brightwell")
    ]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "La poétesse Inès Vallon a reçu le prix Apollinaire pour « Les Lampes basses », son "
            "quatrième recueil, qui paraît en poche.",
            "fr",
        ),
        (
            "Le prix du second rôle est allé à Hugo Mercier pour son rôle dans « Terre brûlée », "
            "de Claire Dumas.",
            "fr",
        ),
        (
            "Le studio nantais Brume, connu pour la série de jeux de plateau « Les Royaumes "
            "d'Ombre », a annoncé lundi la fermeture de son atelier.",
            "fr",
        ),
        (
            "It is the third delay for “Iron Harbour”, which was first announced in 2023.",
            "en",
        ),
    ],
)
def test_titles_of_works_told_by_what_follows_them(text: str, language: str) -> None:
    assert quotes_of(text, language) == []


def test_a_clause_s_own_verb_after_a_comma_is_no_speaker() -> None:
    text = (
        "Les propos tenus dimanche sur le plateau de l'émission de la chaîne Orbe, la plus "
        "regardée du week-end, continuent de faire réagir."
    )
    assert quotes_of(text, "fr") == []


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (
            '"The numbers are worse than anyone expected," said Dr Ruth Okafor, a glaciologist '
            "at the University of Tromsø. The glaciologist said the ice shelf could collapse "
            "within a decade.",
            ["Ruth Okafor", "Ruth Okafor"],
        ),
        (
            "One organic apple grower in Kent, who asked not to be named, said the frost had "
            "destroyed half his crop.",
            ["organic apple grower"],
        ),
    ],
)
def test_unlisted_agent_nouns_and_unnamed_growers(text: str, speakers: list[str]) -> None:
    assert speakers_of(text, "en") == speakers


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (
            "Les ventes de véhicules neufs ont reculé de 6 %, selon l'Observatoire indépendant "
            "pour la mobilité (OIM), qui publiait jeudi son bilan.",
            ["Observatoire indépendant pour la mobilité"],
        ),
        (
            "Le cimentier Roclaire affirme de son côté que l'usine respecte toutes les normes.",
            ["Roclaire"],
        ),
    ],
)
def test_institutions_and_companies_by_their_french_names(text: str, speakers: list[str]) -> None:
    assert speakers_of(text, "fr") == speakers


@pytest.mark.parametrize(
    ("text", "language", "speakers"),
    [
        (
            "« Le plafond s'est effondré d'un coup », a raconté à l'AFP Olena, 47 ans, qui vit "
            "au troisième étage.",
            "fr",
            ["Olena"],
        ),
        (
            "Le candidat a devancé son adversaire, l'ancienne ministre de l'Intérieur Sofía "
            "Ramírez Ortega. Mme Ramírez Ortega a refusé de reconnaître sa défaite « tant que "
            "le dernier bureau n'aura pas été compté ».",
            "fr",
            ["Sofía Ramírez Ortega"],
        ),
        (
            # (the English model tags the name as an organisation's)
            "A landslide buried a bus in central Nepal on Sunday. Tek Bahadur Thapaliya, the "
            "chief district officer in Gorkha, told the BBC that the road was closed. "
            '"We are walking to the villages," he said.',
            "en",
            ["Tek Bahadur Thapaliya", "Tek Bahadur Thapaliya"],
        ),
    ],
)
def test_names_the_tagger_ran_into_an_agency_or_a_ministry(
    text: str, language: str, speakers: list[str]
) -> None:
    assert speakers_of(text, language) == speakers
