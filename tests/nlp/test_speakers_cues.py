"""Speaker resolution cases of issue #3 and the counting of unknown cue verbs."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from django.core.management import call_command

from tests.nlp.helpers import speakers_of
from workbench.nlp import extract
from workbench.nlp.antecedents import Antecedents, Candidate


def test_invented_cue_verb_is_counted_french() -> None:
    text = "« Nous gagnerons », a zorglubé M. Jean Dupont devant la presse."
    r = extract(text, language="fr")
    assert r["diagnostics"]["unknown_cues"] == [
        {"lemma": "zorgluber", "text": "zorglubé", "start": 22, "end": 30}
    ]
    assert len(r["quotes"]) == 1  # the quote itself is still extracted


def test_invented_cue_verb_is_counted_english() -> None:
    r = extract('"We will win," blorfed Ms. Ann Dupont.', language="en")
    (cue,) = r["diagnostics"]["unknown_cues"]
    assert (cue["text"], cue["start"], cue["end"]) == ("blorfed", 15, 22)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("« Nous gagnerons », a dit M. Jean Dupont.", "fr"),
        ("« Nous gagnerons », a-t-il ironisé.", "fr"),
        ('"We will win," said Ms. Ann Dupont.', "en"),
        ("Nous gagnerons, a dit M. Dupont.", "fr"),  # no quotation: no cue slot
    ],
)
def test_known_cues_are_not_counted(text: str, language: str) -> None:
    assert extract(text, language=language)["diagnostics"]["unknown_cues"] == []


def test_evaluate_extraction_takes_several_files_and_lists_unknown_cues(tmp_path: Path) -> None:
    paths = []
    for i, (text, span, name) in enumerate(
        [
            ("« Nous partirons », a zorglubé M. Jean Dupont.", [2, 16], "Jean Dupont"),
            ("« Nous resterons », a dit Mme Anne Roy.", [2, 16], "Anne Roy"),
        ]
    ):
        gold = {
            "id": f"t{i}",
            "language": "fr",
            "split": f"s{i}",
            "text": text,
            "quotes": [
                {
                    "kind": "direct",
                    "text": text[span[0] : span[1]],
                    "spans": [span],
                    "speaker": name,
                }
            ],
        }
        path = tmp_path / f"g{i}.jsonl"
        path.write_text(json.dumps(gold, ensure_ascii=False) + "\n", encoding="utf-8")
        paths.append(str(path))
    out = io.StringIO()
    call_command("evaluate_extraction", *paths, stdout=out)
    lines = out.getvalue().splitlines()
    assert any(x.startswith("s0       fr   all ") for x in lines)
    assert any(x.startswith("s1       fr   all ") for x in lines)
    assert "unknown cue candidates: 1 in total, 1 distinct" in lines
    assert lines[-1].split() == ["1", "fr", "zorgluber"]


def test_particles_and_titles() -> None:
    text = (
        "Le ministre libyen Omar ben Salem est arrivé à Tunis dimanche. "
        "« Nous voulons la paix », a affirmé M. Salem."
    )
    assert speakers_of(text, "fr") == ["Omar ben Salem"]


def test_apposition_after_a_role_complement() -> None:
    text = (
        "La mairie de Brest a annulé le festival. « La sécurité n'était pas garantie », a "
        "expliqué son adjoint à la culture, Yann Le Goff, lors d'une conférence de presse."
    )
    assert speakers_of(text, "fr") == ["Yann Le Goff"]


def test_incise_with_role_and_apposition() -> None:
    text = (
        "« Les travaux commenceront en mai, a précisé la directrice du chantier, Hélène "
        "Barbier, et dureront deux ans. »"
    )
    (q,) = extract(text, language="fr")["quotes"]
    assert q["text"] == "Les travaux commenceront en mai … et dureront deux ans."
    assert q["speaker"]["name"] == "Hélène Barbier"


def test_french_pronoun_for_an_organisation_and_unnamed_office_holder() -> None:
    org = (
        "L'association Terre Vivante a saisi le tribunal administratif. « Ce projet détruira "
        "trois hectares de zones humides », a-t-elle affirmé."
    )
    assert speakers_of(org, "fr") == ["Terre Vivante"]
    chief = (
        "Le chef de l'État a reçu les syndicats mardi. « Le dialogue n'est pas rompu », "
        "a-t-il assuré."
    )
    assert speakers_of(chief, "fr") == ["chef de l'État"]


def test_l_interesse_and_stressed_pronoun() -> None:
    text = (
        "Selon La Gazette du Centre, le maire aurait démissionné vendredi. L'intéressé a "
        "démenti : « Je n'ai jamais envisagé de partir. »"
    )
    assert speakers_of(text, "fr")[-1] == "maire"
    assert speakers_of("Les médecins, eux, dénoncent une réforme « bâclée ».", "fr") == ["médecins"]


def test_said_without_that_after_a_pronoun_and_numeral_dropped() -> None:
    r = extract(
        "Harlow Motors recalled 40,000 cars on Monday. It said a faulty sensor could cause "
        "the brakes to fail.",
        language="en",
    )
    (q,) = r["quotes"]
    assert (q["kind"], q["text"]) == ("indirect", "a faulty sensor could cause the brakes to fail")
    assert q["speaker"]["name"] == "Harlow Motors"
    text = '"We have waited for months," one resident said.'
    assert speakers_of(text, "en") == ["resident"]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # a subject outranks a name inside its complement (Lappin and Leass salience)
        (
            "Mme Léa Morel, porte-parole du collectif Les Riverains unis, a saisi le juge. "
            "« Le bruit est insupportable », a-t-elle expliqué.",
            "fr",
            ["Léa Morel"],
        ),
        (
            '"Prices will not rise," said Mr. Omar Keane, the head of Railco. '
            'He added that the firm "cannot wait" any longer.',
            "en",
            ["Omar Keane", "Omar Keane"],
        ),
        # a known gender passes over the nearer subject of the other gender
        (
            "M. Paul Roux a reçu Mme Claire Viel mardi. « Rien n'est signé », a-t-elle dit.",
            "fr",
            ["Claire Viel"],
        ),
        # a stressed pronoun set off by commas is not part of the speaker
        ("Les infirmiers, eux, jugent la réforme « injuste ».", "fr", ["infirmiers"]),
        # reporting verbs of the broad lists, reflexive and inflected forms
        ('"We cannot sell below cost," one protester shouted.', "en", ["protester"]),
        ('"Not again," Ms. Ada Price snapped.', "en", ["Ada Price"]),
        ("« C'est une victoire », se félicite Mme Anne Roy.", "fr", ["Anne Roy"]),
        ("« Nous attendrons », rappelle M. Marc Dorval.", "fr", ["Marc Dorval"]),
        ("« Rien n'est joué », a réagi M. Marc Dorval.", "fr", ["Marc Dorval"]),
        (
            "Dans la file d'attente, une retraitée s'impatiente :\n"
            "— On nous promet des médecins depuis des années.",
            "fr",
            ["retraitée"],
        ),
        # the author of a document named as the source
        (
            "According to a study of 2,000 patients by the University of Leeds, the drug works.",
            "en",
            ["University of Leeds"],
        ),
        ("Selon un rapport de l'OMS publié lundi, la rougeole progresse.", "fr", ["OMS"]),
    ],
)
def test_speaker_rules(text: str, language: str, expected: list[str]) -> None:
    assert speakers_of(text, language) == expected


def test_document_author_starts_the_reported_clause() -> None:
    text = "According to a report published on Monday by the Food Bank, 4 million people go hungry."
    (q,) = extract(text, language="en")["quotes"]
    assert q["text"] == "4 million people go hungry"
    assert q["speaker"]["mention"] == "the Food Bank"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The claim that taxes will rise is false.", "en"),  # a cue word used as a noun
        ("The report that the mayor resigned was wrong.", "en"),
        # a sentence ending in a colon announces the words after it, it reports nothing
        ("Dans la file d'attente, une retraitée s'impatiente :", "fr"),
    ],
)
def test_no_reported_speech(text: str, language: str) -> None:
    assert extract(text, language=language)["quotes"] == []


def test_antecedents_nearest_keeps_the_first_added_on_ties() -> None:
    found = Antecedents()
    found.add(10, Candidate("A", "person"))
    found.add(10, Candidate("B", "organization"))
    found.add(4, Candidate("C", "person"))
    found.add(30, Candidate("D", "person"))
    # add() records where each mention ends
    assert found.nearest(10, {"person", "organization"}) == Candidate("A", "person", end=10)
    assert found.nearest(10, {"organization"}) == Candidate("B", "organization", end=10)
    assert found.nearest(9, {"person", "organization"}) == Candidate("C", "person", end=4)
    assert found.nearest(3, {"person"}) is None
