"""Extractor 0.36.0: described epithets ("the Senegalese diplomat", "the former investment
banker", "the Milan-born entrepreneur"), a demonym the person was introduced with, a role
compound before a name ("co-founder X"), an apposition closed by a comma. Invented texts,
none taken from the evaluation sets."""

from __future__ import annotations

import pytest

from .helpers import speakers_of


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # an English head noun with an agent's ending, described, stands for the person
        (
            "The talks were chaired by Ousmane Diallo-Faye. The Malian diplomat said the "
            "two sides would meet again in March.",
            ["Ousmane Diallo-Faye"],
        ),
        (
            "The fund is run by Priscilla Ekwueme, who spent twenty years in the City. The "
            "former commodities trader said the fund would double in size.",
            ["Priscilla Ekwueme"],
        ),
        # a place inside "-born" does not make the epithet a name
        (
            "Shop owner Tomasz Wierzbicki opened a second store on Friday. The Gdansk-born "
            "grocer said he would hire ten people.",
            ["Tomasz Wierzbicki"],
        ),
    ],
)
def test_described_epithets_stand_for_the_person_named_before(
    text: str, speakers: list[str]
) -> None:
    assert speakers_of(text, "en") == speakers


def test_a_bare_agent_noun_is_not_taken_for_the_person_named_before() -> None:
    # "the trader" alone may be someone new: only a described one is an epithet
    text = "The fund is run by Priscilla Ekwueme. The trader said prices would fall next year."
    assert speakers_of(text, "en") == ["trader"]


def test_a_demonym_the_person_was_introduced_with() -> None:
    text = (
        'Barbadian sprinter Kemar Holloway-Price won the 200m on Sunday. "I dreamed of this '
        'since I was six," the Barbadian said.'
    )
    assert speakers_of(text, "en") == ["Kemar Holloway-Price"]


def test_a_compound_of_a_person_noun_before_a_name_is_a_role() -> None:
    text = (
        '"We grew tenfold this year," said co-founder Adaeze Okonkwo-Bell. The former '
        "management consultant said the firm would open an office in Accra."
    )
    assert speakers_of(text, "en") == ["Adaeze Okonkwo-Bell", "Adaeze Okonkwo-Bell"]


def test_an_apposition_closed_by_a_comma_is_the_person_before_it() -> None:
    text = (
        "En face, le colonel Idriss Ben Salah, un ancien gendarme passé à l'opposition, a "
        "posé ses conditions : « Le départ du préfet d'abord. »"
    )
    assert speakers_of(text, "fr") == ["Idriss Ben Salah"]
