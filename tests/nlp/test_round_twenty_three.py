"""Extractor 0.23.0: the rules written after reading heldout57–60. Invented texts, none taken
from the evaluation sets."""

from __future__ import annotations

import pytest

from workbench.nlp.models import load

from .helpers import quotes_of, speakers_of


@pytest.mark.parametrize(
    ("text", "language", "speakers"),
    [
        # "post" reports words on social media
        ("“We will be back,” the striker posted on Instagram.", "en", ["striker"]),
        # a name the English model tags as an organisation, apposed to a person noun
        (
            "The coach lost on Sunday. His captain, Tomasz Wrenley, was less upset. “We "
            "played well,” he said.",
            "en",
            ["Tomasz Wrenley"],
        ),
        # a paragraph opens a sentence: "Harrow" is the subject of the new one, not a word
        # of "X." before it
        (
            "City sacked manager Colin Harrow on Monday. Captain Leon Mbatha was angry. “The "
            "board failed us,” he posted on X.\n\nHarrow broke his silence in the evening. “I "
            "gave everything,” he said.",
            "en",
            ["Leon Mbatha", "Colin Harrow"],
        ),
        # a weekday opening a sentence is no person
        (
            "L'humoriste Paul Verdane a été suspendu. Mardi, l'humoriste a publié un message "
            ": « Je ne regrette rien. »",
            "fr",
            ["Paul Verdane"],
        ),
        # the platform between the cue and the subject
        ("« Tout augmente », s'est agacé sur X un usager.", "fr", ["usager"]),
        # an age in the noun phrase after the cue
        (
            "“It is quiet tonight,” said a 31-year-old gunner whose call sign is Wolf.",
            "en",
            ["Wolf"],
        ),
        # where an unnamed speaker is and how old they are are not part of their noun
        ("Twelve wells ran dry, officials in Marrowby said.", "en", ["officials"]),
        (
            "A man in his forties, who did not give his name, described the night: “We ran.”",
            "en",
            ["man"],
        ),
        # a military rank before the name (English) and after a role (French)
        (
            "Supplies are short, according to the unit's commander, Major Ilse Varga.",
            "en",
            ["Ilse Varga"],
        ),
        (
            "Son adjoint, le major Piotr Halas, estime que les drones ont « tout changé ».",
            "fr",
            ["Piotr Halas"],
        ),
        # "Mais, selon X, …": what is reported follows the attribution
        (
            "Le maire Alain Cordet a visité l'usine. Mais, selon le maire, les travaux "
            "dureront deux ans.",
            "fr",
            ["Alain Cordet"],
        ),
        # a role capitalised at the start of a sentence is no part of the name
        (
            "Organiser Ruth Kellaway says the fair has doubled in size.",
            "en",
            ["Ruth Kellaway"],
        ),
        # a name that qualifies a place ("the Beacon estate") is not the unnamed speaker
        (
            "One resident, a father of two from the Beacon estate, stood up. “It is a health "
            "hazard,” he said.",
            "en",
            ["resident"],
        ),
    ],
)
def test_speakers_of_extractor_0_23(text: str, language: str, speakers: list[str]) -> None:
    assert speakers_of(text, language) == speakers


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # hashtags, call signs, wines, dishes and groups in marks are names, not words said
        ("Les messages ont afflué sous le mot-dièse « #MerciLéa ».", "fr"),
        ("Fans rallied behind the hashtag “#StandWithSam” all weekend.", "en"),
        ("Le tireur, qui se fait appeler « Corbeau », a 40 ans.", "fr"),
        ("Un soldat dont l'indicatif radio est « Hibou » garde l'entrée.", "fr"),
        ("Sergeant Ian Bell, known to his platoon as “Doc”, was wounded.", "en"),
        ("La cuvée « Clos des Ormes » a été adjugée 80 000 euros.", "fr"),
        ("Le chef propose un menu « Tout cèpes » à 90 euros.", "fr"),
        ("Supporters held placards reading “Mayor for all” outside the hall.", "en"),
        ("Claire Niel, présidente du groupe « Ensemble demain », siège depuis 2020.", "fr"),
    ],
)
def test_names_in_marks_are_not_quotes(text: str, language: str) -> None:
    assert [q for q in quotes_of(text, language) if q[0] != "indirect"] == []


def test_a_number_before_a_cue_word_makes_it_a_noun() -> None:
    # "posts" after "14 of 18" is a noun: the words in marks are not said by "with 14 of 18"
    text = "The trust said recruitment was “on track”, with 14 of 18 posts already filled."
    assert [(kind, speaker) for kind, _said, speaker in quotes_of(text, "en")] == [
        ("partial", "trust")
    ]


def test_the_parser_opens_a_sentence_at_each_paragraph() -> None:
    doc = load("en")("He posted it on X.\n\nKilbride said nothing.")
    starts = [t.text for t in doc if t.is_sent_start]
    assert "Kilbride" in starts
    # a single line break may be a hard wrap inside a sentence: no forced start there
    doc = load("en")("The minister said the plan\nwas sound and would pass.")
    assert [t.text for t in doc if t.is_sent_start] == ["The"]
