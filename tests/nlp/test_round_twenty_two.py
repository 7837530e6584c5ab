"""Extractor 0.22.0: the rules written after reading heldout53–56. Invented texts, none taken
from the evaluation sets."""

from __future__ import annotations

import pytest

from .helpers import quotes_of, speakers_of


@pytest.mark.parametrize(
    ("text", "language", "speakers"),
    [
        # a nationality noun before the name is no part of it
        (
            "« Nous avons tenu dix ans », a dit la Norvégienne Ingrid Solheim.",
            "fr",
            ["Ingrid Solheim"],
        ),
        # an unnamed reader or dweller keeps the noun, not the place
        ("« Je le lis depuis 1971 », confie une abonnée de Marvéjols.", "fr", ["abonnée"]),
        ("« On a entendu les tirs », raconte un habitant d'Ikaradene.", "fr", ["habitant"]),
        # how the reporter reached the speaker, how the words were said: not the speaker
        (
            "« Le bilan va s'alourdir », a indiqué une source sécuritaire jointe par téléphone.",
            "fr",
            ["source sécuritaire"],
        ),
        (
            "Le militant Yacine Ferhat a été condamné mardi. « Je n'ai fait que mon devoir », "
            "a lancé l'intéressé d'une voix calme.",
            "fr",
            ["Yacine Ferhat"],
        ),
        # the body behind a spokesman or a newsroom
        (
            "« Nous contestons ces chiffres », a déclaré un porte-parole d'Orvane Mining.",
            "fr",
            ["Orvane Mining"],
        ),
        ("« Il nous faisait rire », écrit la rédaction du Réveil du Lot.", "fr", ["Réveil du Lot"]),
        # a hyphenated body the parser cut after its hyphen
        (
            "Lundi, l'état-major général des armées a annoncé que le poste avait été attaqué.",
            "fr",
            ["état-major général des armées"],
        ),
        # a given name before a patronymic particle the tagger left out
        (
            "Sous un acacia, Ousmane ag Alhassane Ibrahim reçoit les visiteurs. « Je ne suis "
            "pas un chef de guerre », dit-il.",
            "fr",
            ["Ousmane ag Alhassane Ibrahim"],
        ),
        # the object clitic before the verb is the one asked, not who asks
        (
            "La ministre, Claire Aubry, a confirmé les fermetures. « Comment l'expliquer aux "
            "parents ? » lui a demandé la journaliste Anne Morel.",
            "fr",
            ["Anne Morel"],
        ),
        # who answers a question is not who asked it
        (
            "La ministre, Claire Aubry, a confirmé les fermetures. « Comment l'expliquer aux "
            "parents ? » lui a demandé la journaliste Anne Morel. « Aucune classe ne "
            "dépassera vingt-sept élèves », a répondu l'intéressée.",
            "fr",
            ["Anne Morel", "Claire Aubry"],
        ),
        # an exchange between two: the other one answers
        (
            "La chanteuse Odile Marchal est morte samedi. En 1994, elle avait eu cet échange "
            "resté célèbre avec le journaliste Paul Seguin :\n"
            "— Avez-vous peur de vieillir ?\n"
            "— Jamais sur scène, mon cher.",
            "fr",
            ["Paul Seguin", "Odile Marchal"],
        ),
        # a subject whose gender is unknown does not outrank a nearer woman for "elle"
        (
            "Le procureur, Yannick Brest, a indiqué qu'aucune piste n'était privilégiée. Sa "
            "mère, Sylvie Garnier, a publié un message sur les réseaux sociaux. « Reviens, "
            "on t'attend », écrit-elle.",
            "fr",
            ["Yannick Brest", "Sylvie Garnier"],
        ),
        # an adjective opening the sentence is no person
        (
            "Le journaliste Samir ben Khaled a été condamné mardi. Debout dans le box, le "
            "quinquagénaire a pris la parole. « Je n'ai fait que mon métier », a lancé "
            "l'intéressé.",
            "fr",
            ["Samir ben Khaled"],
        ),
    ],
)
def test_speakers_of_extractor_0_22(text: str, language: str, speakers: list[str]) -> None:
    assert speakers_of(text, language) == speakers


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # a show, a collection, a boat, a group named right after their noun
        (
            "Le ton est monté sur le plateau de «Face à face», l'émission politique de "
            "Télé Sud, entre le ministre et le député.",
            "fr",
        ),
        ("Cet éditeur est connu pour sa collection de poche « Petite Ourse ».", "fr"),
        ("Yvon Le Goff, patron du caseyeur « Ar Mor », était sorti seul à l'aube.", "fr"),
        ("La plateforme d'opposition « Kerval Debout » a aussitôt dénoncé ce report.", "fr"),
        # a charge is the court's words, not the defendant's
        ("Le blogueur, poursuivi pour « atteinte à la sûreté de l'État », a été libéré.", "fr"),
        ("In an interview on the podcast “Unplugged”, the founder said little.", "en"),
        ("Fenwick's catchphrase, “Watch the tide!”, was shouted back at him.", "en"),
    ],
)
def test_names_in_marks_are_not_quotes(text: str, language: str) -> None:
    assert [q for q in quotes_of(text, language) if q[0] != "indirect"] == []


def test_a_sentence_whose_marks_hold_a_name_still_reports_speech() -> None:
    text = (
        "Harold Mims, known to friends as “Moose”, left his house at 2pm, telling his wife "
        "he was going for a walk by the lake."
    )
    [(kind, said, speaker)] = quotes_of(text, "en")
    assert (kind, speaker) == ("indirect", "Harold Mims")
    assert said.endswith("he was going for a walk by the lake")
