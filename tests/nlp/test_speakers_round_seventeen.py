"""Extractor 0.17.0: the rules written after reading heldout29–32 (titles the tagger takes
for names, organisations it misses, given names that tell a gender, the words of a
quotation named in the next sentence, objects after a cue). Invented texts, none taken from
the evaluation sets."""

from __future__ import annotations

import pytest

from workbench.nlp import extract

from .helpers import speakers_of


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            '"We found the car abandoned on the hard shoulder," said Cmdr. Ruairí Boyle-Haines, '
            "who led the search.",
            "Ruairí Boyle-Haines",
        ),
        (
            '"The roof has leaked for ten winters," said Coun. Teresa Okonjo-Marsh, who '
            "represents the ward.",
            "Teresa Okonjo-Marsh",
        ),
        (
            "Garda Aoife Brannigan told the court that the van had been seen near the school.",
            "Aoife Brannigan",
        ),
        (
            "The Oslo-based Centre for Maritime Safety said the vessel had left port two days "
            "earlier.",
            "Centre for Maritime Safety",
        ),
    ],
)
def test_titles_and_place_prefixes_come_off_names(text: str, speaker: str) -> None:
    assert speakers_of(text, "en") == [speaker]


def test_anonymity_is_no_part_of_an_unnamed_speaker() -> None:
    text = (
        "« Personne n'attend de percée cette semaine », a confié un diplomate européen sous "
        "couvert d'anonymat."
    )
    assert speakers_of(text, "fr") == ["diplomate européen"]


def test_que_inside_quelque_opens_no_clause() -> None:
    text = "Le collectif réclame la libération de quelque 200 de ses militants avant tout accord."
    assert extract(text, language="fr")["quotes"] == []


@pytest.mark.parametrize(
    "text",
    [
        "It was her first title since 2021, and the crowd of 9,000 chanted her name until the "
        "lights went out.",
        "She was later jailed for four years for fraud, a charge she has always denied.",
    ],
)
def test_an_object_after_the_cue_is_no_speaker(text: str) -> None:
    assert extract(text, language="en")["quotes"] == []


def test_organisations_the_tagger_missed_are_antecedents() -> None:
    text = (
        "Copper Lantern, the Cork band whose 1998 album sold a million copies, have announced a "
        "farewell tour. Singer Ronan Tierney and drummer Ed Walsh had not spoken for years.\n\n"
        'In a post online, the band said the shows would be "the last time all five of us '
        'share a stage".'
    )
    assert speakers_of(text, "en") == ["Copper Lantern"]


def test_a_generic_noun_is_the_organisation_introduced_with_it() -> None:
    text = (
        "Brennoch Mills, a family-owned flour maker in Perthshire, is to be sold to the Dutch "
        "food group Van Aalst for £60 million.\n\n"
        'In a statement, the Dutch group said it was "fully committed" to Perthshire.'
    )
    assert speakers_of(text, "en") == ["Van Aalst"]


def test_a_given_name_tells_the_gender() -> None:
    text = (
        "Le grand prix a été attribué au premier film de la documentariste Inès Belkacem.\n\n"
        "« Ce film nous a bouleversés », a déclaré le président du jury, le comédien Thomas "
        "Verdier.\n\n"
        "Sur scène, la cinéaste a remercié les habitants du village : « Ils m'ont tout donné. »"
    )
    assert speakers_of(text, "fr") == ["Thomas Verdier", "Inès Belkacem"]


def test_the_next_sentence_names_who_spoke_the_words() -> None:
    text = (
        "Lyon — « Je n'ai rien oublié de cette nuit-là. » C'est par ces mots que Maud "
        "Lacassagne, 28 ans, a commencé mardi son témoignage devant la cour d'assises."
    )
    assert speakers_of(text, "fr") == ["Maud Lacassagne"]


def test_went_on_is_a_cue() -> None:
    text = (
        "The author Farida Osei-Mensah spoke for an hour.\n\n"
        '"I threw the first draft away," she told the audience.\n\n'
        '"The second one was worse," she went on, to laughter.'
    )
    assert speakers_of(text, "en") == ["Farida Osei-Mensah", "Farida Osei-Mensah"]


def test_an_ordinal_is_part_of_the_speaker() -> None:
    text = (
        "La Française Inès Cazaubon s'est qualifiée pour la finale.\n\n"
        "« C'est le plus beau jour de ma carrière », a déclaré la 74e joueuse mondiale."
    )
    assert speakers_of(text, "fr") == ["Inès Cazaubon"]


@pytest.mark.parametrize(
    ("text", "language", "speaker", "reported"),
    [
        (
            "The Transport Authority has rejected the merger of the two ferry firms, saying the "
            "deal would have raised fares on every island route.",
            "en",
            "Transport Authority",
            "the deal would have raised fares on every island route",
        ),
        (
            "Le syndicat Sud Rail a levé son préavis de grève vendredi, estimant que l'offre de la "
            "direction était suffisante.",
            "fr",
            "Sud Rail",
            "l'offre de la direction était suffisante",
        ),
        (
            "La société nantaise Hydrolis, qui fabrique des piles à hydrogène, a annoncé "
            "mardi avoir levé 22 millions d'euros.",
            "fr",
            "Hydrolis",
            "avoir levé 22 millions d'euros",
        ),
    ],
)
def test_participles_and_days_before_the_reported_words(
    text: str, language: str, speaker: str, reported: str
) -> None:
    quotes = extract(text, language=language)["quotes"]
    assert [(q["speaker"]["name"], q["text"]) for q in quotes] == [(speaker, reported)]


def test_an_object_does_not_report_with_a_participle() -> None:
    text = "The mayor opened the bridge on Friday, warning of delays on the ring road."
    assert extract(text, language="en")["quotes"] == []


def test_a_generic_subject_is_the_organisation_named_as_object() -> None:
    text = (
        "La cour d'appel a condamné mercredi la société Granits du Léon à verser 900 000 euros "
        "à trois communes.\n\n"
        "L'entreprise a fait savoir qu'elle se pourvoirait en cassation."
    )
    assert speakers_of(text, "fr") == ["Granits du Léon"]


def test_a_relative_before_a_trailing_cue_is_no_speaker() -> None:
    text = (
        "The trust has ordered an independent review, led by a consultant from another "
        "hospital, which is due to report in March."
    )
    assert extract(text, language="en")["quotes"] == []
