"""Extractor 0.16.0: the rules written after reading heldout27–28 (wire datelines with the
agency's brackets, wire ledes whose speaker is followed by a circumstance, documents that
speak for their authors, refusals that report nothing, pronouns in a sentence the parser
gave no subject). Invented texts, none taken from the evaluation sets."""

from __future__ import annotations

import pytest

from workbench.nlp import extract

from .helpers import speakers_of


def test_wire_dateline_with_agency_is_no_speaker() -> None:
    text = (
        "KORVIK, Mar 3 (Reuters) - Halden Power, the country's largest grid operator, said on "
        "Tuesday it would raise prices by 8% from April."
    )
    assert speakers_of(text, "en") == ["Halden Power"]


@pytest.mark.parametrize(
    ("text", "language", "speaker"),
    [
        (
            "Près de 3 000 foyers restaient privés d'eau potable mardi soir, a indiqué la "
            "préfecture de l'Orne dans un communiqué.",
            "fr",
            "préfecture de l'Orne",
        ),
        (
            "Quelque 41 000 visiteurs ont parcouru les allées du salon en cinq jours, a annoncé "
            "dimanche la Fédération des brasseurs de l'Ouest dans un communiqué.",
            "fr",
            "Fédération des brasseurs de l'Ouest",
        ),
        (
            "Les ventes de vélos ont reculé de 6 % en septembre, a indiqué jeudi l'Union des "
            "marchands de cycles (UMC).",
            "fr",
            "Union des marchands de cycles",
        ),
        (
            "Nearly 9,000 households lost power overnight, the regional energy watchdog Gridwatch "
            "Partners said in a report published on Friday.",
            "en",
            "Gridwatch Partners",
        ),
        (
            "Torvald will close its border crossings to freight from March unless a new customs "
            "deal is signed, trade minister Ingrid Holm said on Monday, in the latest turn in a "
            "long-running dispute over tariffs.",
            "en",
            "Ingrid Holm",
        ),
    ],
)
def test_wire_lede_speaker_followed_by_circumstance(text: str, language: str, speaker: str) -> None:
    assert speakers_of(text, language) == [speaker]


def test_report_speaks_for_its_author() -> None:
    text = (
        "Plus de 12 000 saisonniers sont logés dans des conditions indignes, affirme un rapport "
        "de l'association Toit Solidaire publié lundi, qui vise plusieurs grands domaines.\n\n"
        "« Certains dorment dans des caravanes sans eau ni chauffage », souligne le document."
    )
    assert speakers_of(text, "fr") == ["Toit Solidaire", "Toit Solidaire"]
    english = (
        "Child poverty rose for a fourth year, the Kestrel Foundation said in its annual "
        "review.\n\n"
        '"Behind each of these figures is a child going to school hungry," the report said.'
    )
    assert speakers_of(english, "en") == ["Kestrel Foundation", "Kestrel Foundation"]


def test_results_published_by_a_body() -> None:
    text = (
        "Le maire sortant, Paul Vidal, a été réélu avec 54 % des voix, selon les résultats "
        "publiés dimanche soir par la Commission électorale départementale."
    )
    assert speakers_of(text, "fr") == ["Commission électorale départementale"]


def test_a_refusal_reports_nothing() -> None:
    text = (
        "The chief executive, Mark Denholm, said the company had not paid anyone. He declined "
        "to say whether the insurer had been told."
    )
    quotes = extract(text, language="en")["quotes"]
    assert [q["speaker"]["name"] for q in quotes] == ["Mark Denholm"]


def test_an_unnamed_speaker_without_relative_clause() -> None:
    text = (
        "A firefighter who asked not to be named said crews had waited two hours for water tankers."
    )
    assert speakers_of(text, "en") == ["firefighter"]


def test_a_bare_participle_is_no_incise() -> None:
    text = (
        "«Ce n'est pas une erreur. C'est une méthode, répétée des centaines de fois par an, "
        "de contourner la loi», a lancé à l'audience l'avocate générale, Claire Mounier."
    )
    quotes = extract(text, language="fr")["quotes"]
    assert len(quotes) == 1
    assert quotes[0]["speaker"]["name"] == "Claire Mounier"
    assert quotes[0]["text"].endswith("de contourner la loi")


def test_a_description_in_apposition_is_not_the_name() -> None:
    text = (
        "Brightwater Rail, Tarland's state-owned train operator, said on Friday it would cut "
        "services on four lines."
    )
    assert speakers_of(text, "en") == ["Brightwater Rail"]


def test_elle_prefers_the_woman_to_the_list_she_belongs_to() -> None:
    text = (
        "Dans l'opposition, Sandrine Kovac-Roux, élue de la liste Merville Demain, "
        "a réclamé un audit. « On nous présente la facture après avoir tout signé », "
        "a-t-elle lancé."
    )
    assert speakers_of(text, "fr") == ["Sandrine Kovac-Roux"]


def test_hyphenated_surname_and_person_apposition() -> None:
    text = (
        "She beat Tomás Ibarra-Lenz, a former interior minister, by fewer than 4,000 votes.\n\n"
        'Ibarra-Lenz refused to concede. "We will count every ballot again," he told '
        "supporters.\n\n"
        'Her campaign chief, Lucía Brenner, called for calm. "The voters have spoken," she said.'
    )
    assert speakers_of(text, "en") == ["Tomás Ibarra-Lenz", "Lucía Brenner"]


def test_management_is_the_company_named_as_subject() -> None:
    text = (
        "Le groupe papetier Vellard a confirmé mardi la fermeture de son usine de Gien.\n\n"
        "Dans un communiqué, la direction invoque « un effondrement de la demande »."
    )
    assert speakers_of(text, "fr") == ["Vellard"]


def test_an_unnamed_subject_with_a_hyphenated_noun() -> None:
    text = (
        "Le maire, Jean-Marc Pellerin, a dénoncé « une décision comptable ».\n\n"
        "Une aide-soignante du service, qui a requis l'anonymat, ne cache pas sa colère. "
        "« On ferme les lits l'hiver, quand on en a le plus besoin », confie-t-elle."
    )
    # (since 0.26.0 without "du service": where an unnamed speaker works is no part of the
    # noun, as GUIDE.md annotates it: "sage-femme" for "une sage-femme du service")
    assert speakers_of(text, "fr") == ["Jean-Marc Pellerin", "aide-soignante"]
