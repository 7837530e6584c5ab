"""Extractor 0.28.0: the rules written after reading heldout77–84. Invented texts, none taken
from the evaluation sets."""

from __future__ import annotations

import pytest

from workbench.nlp import pipeline
from workbench.nlp.speakers import _clean

from .helpers import quotes_of, speakers_of


def _labels(text: str, language: str) -> list[tuple[str, str]]:
    prepared = pipeline._prepare(text, language)
    parse = pipeline._parse_one(prepared)
    return [(text[s:e], label) for s, e, label in parse.ents]


def test_a_name_the_article_gives_as_an_organisation_is_one_everywhere() -> None:
    text = (
        "More than 300 filmmakers signed a letter against the cryptocurrency exchange "
        "Coinvault. Coinvault, she added, would have no say."
    )
    assert [label for name, label in _labels(text, "en") if name == "Coinvault"] == ["ORG", "ORG"]


def test_a_name_the_article_gives_as_a_place_is_one_everywhere() -> None:
    text = (
        "La compagnie ouvrira une base à l'aéroport de Port-Lauzet en avril. Pourquoi "
        "Port-Lauzet ? Les redevances y sont basses."
    )
    assert ("Port-Lauzet", "LOC") in _labels(text, "fr")
    assert ("Port-Lauzet", "PER") not in _labels(text, "fr")


@pytest.mark.parametrize(
    ("text", "language", "speakers"),
    [
        # an adverb opening a sentence is no person for "il" to go to
        (
            "Le sculpteur malien Amadou Keïta a remporté samedi le grand prix de la Biennale "
            "de Port-Gentil. Le jury a salué une œuvre « d'une audace rare ».\n\nVisiblement "
            "ému, le lauréat a remercié ses assistants. « Je dédie ce prix à ma mère, qui m'a "
            "appris à tailler le bois », a-t-il dit.",
            "fr",
            ["jury", "Amadou Keïta"],
        ),
        # a role word before someone else's name is not that name's role: "The spokesman"
        # is the man introduced as one, not the yard named after him
        (
            "The operator has paused work on the wind farm.\n\nBrendan Kowalski, a spokesman "
            "for the Dockers' Alliance, said members at the Carrick assembly yard were "
            "“angry”.\n\nThe spokesman said the union would seek a meeting with ministers "
            "before Christmas.",
            "en",
            ["Brendan Kowalski", "Brendan Kowalski"],
        ),
        # "le porte-parole des pêcheurs": the body after "des", not "s pêcheurs"
        (
            "Le porte-parole des pêcheurs a assuré que les chalutiers bloqueraient le port.",
            "fr",
            ["pêcheurs"],
        ),
        # a participle shares the subject of its verb
        (
            "Culture Minister Pavel Dvorak on Wednesday defended a bill on the public "
            "broadcaster, saying it would make the institution “more accountable to the "
            "people who pay for it.”",
            "en",
            ["Pavel Dvorak"],
        ),
        # a speaker with an apposition before the verb, after the quotation
        (
            "A bomb exploded in a market on Saturday.\n\n“This was designed to kill as many "
            "shoppers as possible,” Inspector Kofi Mensah-Ayew, a spokesman for the Tamale "
            "Metropolitan Police, told a news conference.",
            "en",
            ["Kofi Mensah-Ayew"],
        ),
        # the same role phrase as the apposition that named her
        (
            "La porte-parole du gouvernement, Nadia Belkhir-Roux, a démenti tout versement de "
            "rançon.\n\n« Nous avons attendu cinq mois », a confié Inès Rakotobe, porte-parole "
            "des familles.\n\nLa porte-parole du gouvernement a indiqué que les deux otages "
            "seraient rapatriés mardi.",
            "fr",
            ["Inès Rakotobe", "Nadia Belkhir-Roux"],
        ),
        # verbs the cue lists do not know, in the shape of an attribution
        (
            "Les loyers du quartier augmentent de 35 % cet hiver.\n\n« Trente-cinq pour cent, "
            "pour des gens qui comptent à l'euro près, c'est une catastrophe », s'étrangle "
            "Rachid Belhadj, président de l'amicale des locataires.",
            "fr",
            ["Rachid Belhadj"],
        ),
        (
            "Students opened their results on Thursday.\n\n“Three A stars. I honestly thought "
            "I'd messed up chemistry,” beamed Priya Raghunathan, 18, who will study medicine.",
            "en",
            ["Priya Raghunathan"],
        ),
        # unnamed groups without where they are from
        (
            "Talks between the two governments broke down on Friday, officials on both sides "
            "said.\n\nPolice in Halbridge said two men had been arrested.",
            "en",
            ["officials", "Police"],
        ),
        (
            "“We have nothing left,” said some 300 residents of the estate in a letter.",
            "en",
            ["residents"],
        ),
        (
            "La commune a perdu sa gare. « On nous a tout retiré », disent les 1 200 habitants "
            "du village.",
            "fr",
            ["habitants"],
        ),
        # a generic noun and its complement before an organisation's name
        (
            "La régie Aqualis a indiqué que la conduite avait cédé sous la pression. "
            "L'association de défense des libertés numériques Accès libre a dénoncé une "
            "« censure pure et simple ».",
            "fr",
            ["Aqualis", "Accès libre"],
        ),
        # the outlet spoken to is no part of the speaker
        (
            "Une trêve est entrée en vigueur mercredi.\n\n« La trêve tient pour l'instant, mais "
            "elle reste fragile », a confié à l'AFP Youssef Hamdane, membre de l'équipe de "
            "médiation.",
            "fr",
            ["Youssef Hamdane"],
        ),
    ],
)
def test_speakers_of_extractor_0_28(text: str, language: str, speakers: list[str]) -> None:
    assert speakers_of(text, language) == speakers


def test_an_unlisted_verb_makes_a_direct_quote() -> None:
    text = (
        "Students opened their results on Thursday.\n\n“Three A stars. I honestly thought I'd "
        "messed up chemistry,” beamed Priya Raghunathan, 18."
    )
    assert [kind for kind, _text, _speaker in quotes_of(text, "en")] == ["direct"]


@pytest.mark.parametrize(
    ("name", "language", "cleaned"),
    [
        ("officials on both sides", "en", "officials"),
        ("family of a 17-year-old cyclist", "en", "family"),
        ("residents of the estate", "en", "residents"),
        ("members of the public", "en", "members of the public"),
        ("Friends of the Earth", "en", "Friends of the Earth"),
        ("Sons of Arvand", "en", "Sons of Arvand"),
        ("Bank of England", "en", "Bank of England"),
        ("head of the agency", "en", "head of the agency"),
        ("Starling Ratings auprès de l'AFP", "fr", "Starling Ratings"),
        ("1 200 habitants", "fr", "habitants"),
    ],
)
def test_unnamed_speakers_keep_their_noun(name: str, language: str, cleaned: str) -> None:
    assert _clean(name, language) == cleaned
