"""Extractor 0.19.0: the rules written after reading heldout41–44. Invented texts, none taken
from the evaluation sets."""

from __future__ import annotations

import pytest

from .helpers import quotes_of, speakers_of


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a verb no cue list holds, in the shape only an incise takes
        (
            "Les vendanges ont commencé lundi. « Je perds la moitié de ma récolte, a calculé "
            "Josette Vernier, viticultrice à Cellier. Sans aide, je vends le domaine. »",
            "Josette Vernier",
        ),
        (
            "Le capitaine Marius Ollier n'a pas caché sa déception. « On a couru après le "
            "score toute la soirée, grimace-t-il. C'est frustrant. »",
            "Marius Ollier",
        ),
    ],
)
def test_an_unknown_verb_in_an_incise_is_a_cue(text: str, speaker: str) -> None:
    assert speakers_of(text, "fr")[0] == speaker


def test_an_incise_shape_needs_a_speaker_and_no_question() -> None:
    text = (
        "« Je veux remercier tous ceux qui, dans l'ombre, ont travaillé à cet accord », a "
        "déclaré la ministre Odile Ferrat. « Le pays est prêt, a-t-il compris ? »"
    )
    assert speakers_of(text, "fr")[0] == "Odile Ferrat"
    assert all(q[0] != "indirect" for q in quotes_of(text, "fr"))


@pytest.mark.parametrize(
    ("text", "language", "speaker"),
    [
        # the quotation opens a paragraph; the next sentence, in the same one, names who spoke
        (
            "Le procès s'est ouvert mercredi.\n\n« J'ai tout perdu en une soirée. » La voix "
            "nouée, Lucienne Barral, 81 ans, a été la première victime entendue par le tribunal.",
            "fr",
            "Lucienne Barral",
        ),
        (
            "Le budget a été rejeté.\n\n« Le compromis n'existe plus. » Les mots sont du "
            "président de la commission, Arnaud Messier, à l'issue d'une nuit de débats.",
            "fr",
            "Arnaud Messier",
        ),
        (
            "The camps are full.\n\n“We are out of water and out of time.”\n\nThat was the "
            "assessment of Dr Hana Ross, the agency's health lead, speaking from the clinic.",
            "en",
            "Hana Ross",
        ),
        (
            "Les urgences sont saturées.\n\n« Appelez vos voisins une fois par jour. » Le "
            "message vient de la directrice de l'agence, Clarisse Duval, qui écrit aux mairies.",
            "fr",
            "Clarisse Duval",
        ),
    ],
)
def test_a_quotation_is_given_to_the_person_the_next_sentence_names(
    text: str, language: str, speaker: str
) -> None:
    assert speakers_of(text, language) == [speaker]


def test_a_quotation_does_not_continue_reported_speech() -> None:
    text = (
        "L'agence régionale de santé a fait savoir que deux décès pourraient être liés à la "
        "chaleur.\n\n« Appelez vos voisins une fois par jour. » Le message vient de la "
        "directrice de l'agence, Clarisse Duval."
    )
    assert speakers_of(text, "fr")[1] == "Clarisse Duval"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Son rival, le député de la Sarthe Bastien Morel, a reconnu sa défaite en prévenant "
            "que « la question ne disparaîtra pas ».",
            "Bastien Morel",
        ),
        (
            "« Nous avons rendu aux éleveurs leurs outils », s'est félicité le rapporteur, le "
            "sénateur de la Vienne Paul Tardieu.",
            "Paul Tardieu",
        ),
        (
            "Le gestionnaire du réseau, Transvolt France, a averti mardi que l'hiver serait tendu.",
            "Transvolt France",
        ),
        (
            "L'organisateur, la société Nuit Blanche, a dénoncé une décision « prise sans "
            "concertation ».",
            "Nuit Blanche",
        ),
    ],
)
def test_names_after_a_second_role_or_a_generic_noun(text: str, speaker: str) -> None:
    assert speakers_of(text, "fr") == [speaker]


def test_a_title_and_an_affiliation_around_the_name_in_apposition() -> None:
    text = (
        "“It doesn't sound like much,” said the lead author, Professor Daniel Obi of "
        "Northgate University, “but over a childhood it adds up.”"
    )
    assert speakers_of(text, "en") == ["Daniel Obi"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a generic noun for the organisation the article named with it, the name untagged
        (
            "Un fourgon de la société Valtrex a été attaqué jeudi sur l'autoroute. Les "
            "convoyeurs sont indemnes. La société a indiqué qu'une cellule psychologique "
            "avait été mise en place.",
            "Valtrex",
        ),
        (
            "L'ONG Alarme Sable a annoncé vendredi que ses équipes avaient secouru 1 200 "
            "personnes dans le désert.",
            "Alarme Sable",
        ),
        # a language or a telephone between the cue and the speaker
        (
            "« Nos maisons ont été brûlées », a raconté en swahili Espérance Nyota, arrivée "
            "au camp en mars.",
            "Espérance Nyota",
        ),
    ],
)
def test_organisations_and_speakers_after_a_circumstance(text: str, speaker: str) -> None:
    assert speakers_of(text, "fr") == [speaker]


def test_reported_speech_after_the_last_quotation_of_a_sentence() -> None:
    text = (
        "L'organisateur, la société Nuit Blanche, a dénoncé une décision « prise sans "
        "concertation » et a indiqué qu'elle saisirait le tribunal."
    )
    assert quotes_of(text, "fr") == [
        ("partial", "prise sans concertation", "Nuit Blanche"),
        ("indirect", "elle saisirait le tribunal", "Nuit Blanche"),
    ]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # a relative "that", "ne … que", and "said" with a circumstance: no reported speech
        (
            "“Speed is the friend of corruption,” she argued during a debate that ran past "
            "midnight.",
            "en",
        ),
        ("“We lost,” the coach told reporters outside the ground afterwards.", "en"),
        (
            "« Tout est détruit », soupire Luc Emery, vigneron, qui n'était assuré que pour "
            "une partie de ses vignes.",
            "fr",
        ),
    ],
)
def test_no_reported_speech_after_a_quotation_without_a_clause(text: str, language: str) -> None:
    assert [q[0] for q in quotes_of(text, language)] == ["direct"]


def test_a_conjunction_is_not_the_that_of_reported_speech() -> None:
    text = (
        "Ces chiffres, le professeur Alain Ribot les répète depuis qu'il a pris la tête de la "
        "société savante."
    )
    assert quotes_of(text, "fr") == []


def test_a_trailing_cue_without_a_subject_reports_nothing() -> None:
    text = "Son club, Vélo Arnès, a aussitôt réagi. « Nous tombons des nues », a écrit l'équipe."
    assert [q[1] for q in quotes_of(text, "fr")] == ["Nous tombons des nues"]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # a person noun the lists lack, by its ending
        (
            "Sa créatrice, Maëlle Guérin, y a passé trois ans. « L'île est un suspect comme "
            "les autres », résume la scénariste.",
            ["Maëlle Guérin"],
        ),
        # where the person comes from does not make an epithet a name
        (
            "Le ministre délégué, Hervé Lannion, a démissionné lundi. L'ancien élu de l'Orne "
            "assure n'avoir « jamais enfreint la moindre règle ».",
            ["Hervé Lannion"],
        ),
        # one role under another name
        (
            "La romancière Inès Varenne publie son cinquième livre. Le roman a été vendu dans "
            "onze pays, d'après l'agent de l'autrice, Margot Lisle. Interrogée sur une "
            "adaptation, l'écrivaine a répondu qu'elle n'en voulait « pas tout de suite ».",
            ["Margot Lisle", "Inès Varenne"],
        ),
        # the former holder of a role is not the role used alone
        (
            "Le nouveau maire de Lézat, Jean Roustan, a reçu la presse. Sa liste l'a emporté "
            "face à celle de l'ancien maire, Francis Delorme. « La première urgence, c'est la "
            "cantine », a expliqué le maire.",
            ["Jean Roustan"],
        ),
        # "le Premier ministre" is the person introduced with that role
        (
            "Un échange a opposé le Premier ministre, Étienne Vallier, à la présidente du "
            "groupe, Rachida Ouali. À la reprise, la députée a fait savoir que son groupe "
            "déposerait une motion.",
            ["Rachida Ouali"],
        ),
    ],
)
def test_epithets_and_roles(text: str, speakers: list[str]) -> None:
    assert speakers_of(text, "fr") == speakers


def test_a_role_in_a_body_is_not_an_epithet() -> None:
    text = (
        "« Cela peut changer une vie », s'enthousiasme la pneumologue Agnès Morin. La "
        "présidente de l'association, dont le fils a participé à l'essai, a confié son émotion."
        " « Il court avec les autres », a-t-elle dit."
    )
    assert speakers_of(text, "fr")[0] == "Agnès Morin"
    assert speakers_of(text, "fr")[1] != "Agnès Morin"


def test_an_epithet_reaches_two_paragraphs_back() -> None:
    text = (
        "Glaciologue à Grenoble, Anne Terrail rentre d'Islande. "
        + "Son équipe a installé quatorze balises sur la calotte cet été. " * 8
        + "\n\nLa chercheuse pèse ses mots. « C'est maintenant, et c'est mesurable. »"
    )
    assert speakers_of(text, "fr") == ["Anne Terrail"]


def test_a_side_is_not_a_person() -> None:
    text = (
        "Côté Ferrière, l'entraîneure Nadia Berthier a déploré l'indiscipline. « C'est une "
        "condamnation », a-t-elle tranché."
    )
    assert speakers_of(text, "fr") == ["Nadia Berthier"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "« Il s'agit d'une mesure de précaution », a tenu à rassurer la préfète, Anne "
            "Delorme, lors d'un point presse.",
            "Anne Delorme",
        ),
        (
            "« Les premiers éléments laissent penser à une altercation », a exposé la "
            "procureure de la République, Marianne Leclerc.",
            "Marianne Leclerc",
        ),
    ],
)
def test_new_cue_verbs(text: str, speaker: str) -> None:
    assert speakers_of(text, "fr") == [speaker]


def test_a_given_name_the_tagger_left_out() -> None:
    text = (
        "Mercy Jelagat Koech won the Dunmore marathon on Sunday in a course record. “I wanted "
        "to run my own race,” she said."
    )
    assert speakers_of(text, "en") == ["Mercy Jelagat Koech"]
