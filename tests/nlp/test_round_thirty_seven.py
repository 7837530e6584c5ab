"""Extractor 0.37.0: titles in marks written with one capital, a descriptor or an owner before
a name, "former" roles, "one of them, X", "celui-ci", two roles before a name, unclosed
quotations that end at their attribution, a name the parse left out of a subject, listed
demonyms. Invented texts, none taken from the evaluation sets."""

from __future__ import annotations

import pytest

from .helpers import quotes_of, speakers_of


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Le prix du jury est allé à la Norvégienne Ingrid Solberg pour « Vent du nord ».",
            "fr",
        ),
        ("Les représentations de « Carmen » prévues samedi sont annulées.", "fr"),
        ("L'interprète de « Soleil noir » remontera sur scène en mars.", "fr"),
    ],
)
def test_a_title_with_one_capital_is_no_quote(text: str, language: str) -> None:
    assert quotes_of(text, language) == []


def test_a_capitalised_quote_after_a_speech_verb_is_kept() -> None:
    text = 'Protesters chanted "Hands off our library" outside the town hall on Monday.'
    assert [kind for kind, _text, _speaker in quotes_of(text, "en")] == ["partial"]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # a descriptor ending in -maker or "tracker" before an organisation's name
        (
            "Prices will rise by 4% next year, according to the market tracker Pricewise.",
            ["Pricewise"],
        ),
        (
            "The pill, made by the Swiss drugmaker Alpenmed Labs, will reach pharmacies in "
            "May, the company said.",
            ["Alpenmed Labs"],
        ),
        # an unnamed speaker's noun without whose it is
        (
            'The girl\'s family said they were "beyond grateful" to the rescuers.',
            ["family"],
        ),
        # the author of figures, not the figures
        (
            "The final drew 4.2 million viewers, according to overnight figures from the "
            "ratings firm Audiolux.",
            ["Audiolux"],
        ),
    ],
)
def test_descriptors_and_owners_are_dropped(text: str, speakers: list[str]) -> None:
    assert speakers_of(text, "en") == speakers


def test_a_former_role_stands_for_the_person_introduced_with_it() -> None:
    text = (
        "Former nurse Helen Whitcombe won the seat on Thursday, beating the sitting "
        "councillor, Joan Prescott. The former nurse, 61, said she would reopen the clinic."
    )
    assert speakers_of(text, "en") == ["Helen Whitcombe"]


def test_two_roles_joined_before_a_name() -> None:
    text = '"We are ready to grow," said co-founder and managing director Tunde Adeyemi-Clarke.'
    assert speakers_of(text, "en") == ["Tunde Adeyemi-Clarke"]


def test_one_of_them_then_a_name() -> None:
    text = (
        "« Ils étaient épuisés », a indiqué Bruno Mercadier, chef des secours.\n\n"
        "L'un d'eux, Hugo Lambertin, a raconté avoir « beaucoup marché » pour se réchauffer."
    )
    assert speakers_of(text, "fr") == ["Bruno Mercadier", "Hugo Lambertin"]


def test_celui_ci_is_the_person_named_last() -> None:
    text = (
        "Le trophée lui a été remis par le président du jury, le cinéaste Paolo Marchetti. "
        "Celui-ci a salué « une œuvre d'une grande pudeur »."
    )
    assert speakers_of(text, "fr") == ["Paolo Marchetti"]


def test_an_unclosed_quotation_ends_at_its_attribution() -> None:
    text = (
        "« Nous n'avons plus de réseau depuis trois jours, a lancé le maire, Gérard "
        "Pellissier. Il a précisé que la préfecture avait été prévenue."
    )
    assert quotes_of(text, "fr") == [
        ("direct", "Nous n'avons plus de réseau depuis trois jours", "Gérard Pellissier"),
        ("indirect", "la préfecture avait été prévenue", "Gérard Pellissier"),
    ]


def test_an_intention_with_an_adverb_between() -> None:
    text = (
        "La société a aussitôt fait part de son intention de contester l'amende devant le "
        "Conseil d'État."
    )
    assert [kind for kind, _text, _speaker in quotes_of(text, "fr")] == ["indirect"]


def test_a_name_the_parse_left_out_of_the_subject() -> None:
    text = (
        "Le groupe de militants VertRage a revendiqué l'action et affirme avoir bloqué trois "
        "dépôts pétroliers."
    )
    assert speakers_of(text, "fr") == ["VertRage"]


@pytest.mark.parametrize(
    ("text", "language", "speakers"),
    [
        (
            "L'alpiniste Morgane Dufresne, originaire de Lannion, est rentrée lundi à Paris.\n\n"
            "« Le sommet n'était qu'une étape », a plaisanté la Bretonne quelques heures plus "
            "tard.",
            "fr",
            ["Morgane Dufresne"],
        ),
        (
            'Swimmer Aroha Ngata took gold on Friday. "I still cannot believe it," the Kiwi '
            "told reporters.",
            "en",
            ["Aroha Ngata"],
        ),
    ],
)
def test_listed_demonyms_stand_for_the_person(
    text: str, language: str, speakers: list[str]
) -> None:
    assert speakers_of(text, language) == speakers
