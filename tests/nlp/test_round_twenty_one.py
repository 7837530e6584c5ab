"""Extractor 0.21.0: the rules written after reading heldout49–52. Invented texts, none taken
from the evaluation sets."""

from __future__ import annotations

import pytest

from .helpers import quotes_of, speakers_of


@pytest.mark.parametrize(
    ("text", "language", "speakers"),
    [
        # an indefinite noun brings in someone new, not the company named before
        (
            "Les salariés de Raffineries du Cher bloquent le dépôt depuis lundi. « On ne "
            "lâchera rien », assure un opérateur, qui a requis l'anonymat.",
            "fr",
            ["opérateur"],
        ),
        # but an unnamed spokesman still speaks for the body named before
        (
            "La compagnie Air Morvan a suspendu ses vols. « Nous attendons les consignes », a "
            "indiqué un porte-parole.",
            "fr",
            ["Air Morvan"],
        ),
        (
            'Halden Foods closed the plant in May. "We had no choice," a company spokesman said.',
            "en",
            ["Halden Foods"],
        ),
        # "la préfecture" is a body of its own, not the company named before
        (
            "Les ouvriers de Fonderies Marcel bloquent l'usine. Deux stations sur dix sont à "
            "sec, selon la préfecture.",
            "fr",
            ["préfecture"],
        ),
        # … or the prefecture the text named with its place
        (
            "Les éleveurs ont manifesté devant la préfecture de la Creuse. Selon la préfecture, "
            "les aides seront versées avant Noël.",
            "fr",
            ["préfecture de la Creuse"],
        ),
        # a company after its generic noun and an adjective is no person for "le préfet"
        (
            "« Nous avons détourné trois cargos », a indiqué un porte-parole de la compagnie "
            "maritime Navalis. Le préfet a appelé les deux camps à « revenir à la table ».",
            "fr",
            ["Navalis", "préfet"],
        ),
        # a verb the parser takes for a noun after a subject pronoun
        (
            "L'économiste Hélène Varin a présenté son rapport. Elle juge « naïve » l'idée "
            "d'une relance par la dette.",
            "fr",
            ["Hélène Varin"],
        ),
        # a first name alone, made a person by the age after it
        (
            "Parmi les bénévoles, Ibrahima, 27 ans, cuisinier, garde le sourire : « On "
            "tiendra jusqu'au printemps. »",
            "fr",
            ["Ibrahima"],
        ),
        (
            "Parmi les élèves, Selam, une Éthiopienne de 24 ans, suit le cours du soir. "
            "« Je lis enfin le journal », sourit-elle.",
            "fr",
            ["Selam"],
        ),
        # a dash line nobody introduces answers the one before: the lines alternate
        (
            "La députée Claire Montbrun a interrogé le patron d'Orbitex, Paul Vasseur.\n\n"
            "— Que deviennent vos satellites en fin de vie ?\n"
            "— Ils brûlent dans l'atmosphère, a répondu M. Vasseur.\n"
            "— Et s'ils tombent en panne avant ?\n"
            "— Nous avons un système de secours.",
            "fr",
            ["Claire Montbrun", "Paul Vasseur", "Claire Montbrun", "Paul Vasseur"],
        ),
        # "Selon elle, X « … »": elle is who speaks, X who is spoken of
        (
            "Sa voisine, Odile Ferrand, la connaît depuis vingt ans. Selon elle, Josette "
            "« n'a jamais eu peur de rien ».",
            "fr",
            ["Odile Ferrand"],
        ),
        # a person noun opening the sentence before the colon, the verb parsed as a noun
        (
            "Sa gardienne, Lucie Marnat, vit au refuge de juin à septembre. La gardienne en "
            "rit : « Ici, la météo est une religion. »",
            "fr",
            ["Lucie Marnat"],
        ),
        # a one-word name with the complement it had when it was first named
        (
            "C'est la question que pose l'Observatoire des mobilités rurales dans son rapport. "
            "D'après l'Observatoire, un foyer sur trois n'a plus de bus.",
            "fr",
            ["Observatoire des mobilités rurales"],
        ),
        # "l'imam" after an elided role in front of his name
        (
            "Le pasteur du temple, Jean Morel, et l'imam de la mosquée du centre, Karim Haddad, "
            "ont pris la parole. « Nous sommes voisins depuis quarante ans », a dit l'imam.",
            "fr",
            ["Karim Haddad"],
        ),
        # the role of the noun an agent works for is not the agent's
        (
            "La romancière Agathe Vial publie un nouveau livre, déjà cédé dans six pays, "
            "d'après l'agent de l'autrice, Sonia Leroux. Interrogée sur une adaptation, "
            "l'écrivaine a répondu qu'elle n'en voulait « pas tout de suite ».",
            "fr",
            ["Sonia Leroux", "Agathe Vial"],
        ),
        # a name the parser hangs on a noun inside the subject is still the subject
        (
            "L'envoyé spécial des Nations unies pour le Kerval, Anders Holm, a plaidé mardi "
            "devant le Conseil de sécurité pour une trêve. « Chaque jour compte », a-t-il dit.",
            "fr",
            ["Anders Holm"],
        ),
        # a fund's generic noun before its name is dropped
        (
            "Le fonds Arvel Partners estime que le marché « va doubler ».",
            "fr",
            ["Arvel Partners"],
        ),
    ],
)
def test_speakers_of_extractor_0_21(text: str, language: str, speakers: list[str]) -> None:
    assert speakers_of(text, language) == speakers


def test_a_question_ends_before_the_incise_of_a_dash_line() -> None:
    text = (
        "Le bal commence à 15 heures.\n\n"
        "— Vous dansez, madame ? demande Marcel Roux, 91 ans, à sa voisine de table.\n\n"
        "Elle accepte."
    )
    assert quotes_of(text, "fr") == [("direct", "Vous dansez, madame ?", "Marcel Roux")]


@pytest.mark.parametrize(
    "text",
    [
        # a noun phrase in marks after a determiner, in a sentence that reports no speech
        "Les pompiers luttent contre le feu, où la « saison des incendies » dure sept mois.",
        "La préfète a inauguré le premier « village de l'emploi » de la région.",
        "Reste le raccordement au réseau, ce « détail » qui a fait échouer deux projets.",
        "The council blamed the so-called “garden tax” for the shortfall.",
    ],
)
def test_terms_held_at_a_distance_are_not_quotes(text: str) -> None:
    language = "en" if text.startswith("The") else "fr"
    assert quotes_of(text, language) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a speech verb before the marks keeps them words said, determiner or not
        (
            "Le syndicat a dénoncé une « trahison » de la direction.",
            [("partial", "trahison", "syndicat")],
        ),
        (
            "Pour la maire, Anne Ducros, c'est la « dernière chance » du centre-ville.",
            [("partial", "dernière chance", "Anne Ducros")],
        ),
    ],
)
def test_words_said_after_a_determiner_stay_quotes(text: str, expected: list) -> None:
    assert quotes_of(text, "fr") == expected


def test_a_surname_tagged_alone_takes_the_full_name_the_tagger_found() -> None:
    text = (
        "Two goals from Kofi Mensah-Hart gave Dunmore a 2-1 win. Mensah-Hart, 21, had not "
        'scored since August. "I kept believing," he said.'
    )
    assert speakers_of(text, "en") == ["Kofi Mensah-Hart"]
