"""French stance on hand-written pairs (eval/stance/), and the rule's cases one by one."""

from __future__ import annotations

import json
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command

from sources.search.stance import rival_quote
from sources.search.stance_eval import pair_stance
from workbench.nlp.contrast import contrast
from workbench.nlp.figures import figures

EVAL = Path(__file__).resolve().parents[2] / "eval" / "stance"


def _run(name: str, lang: str) -> dict:
    out = StringIO()
    call_command("evaluate_stance", str(EVAL / name), "--lang", lang, "--json", stdout=out)
    return json.loads(out.getvalue())


def test_french_heldout_accuracy_reaches_the_target() -> None:
    report = _run("heldout.tsv", "fr")
    assert report["pairs"] == 88
    assert report["accuracy"] >= 0.80
    assert report["baseline_always_not_contradicts"] == pytest.approx(47 / 88, abs=1e-4)
    assert report["accuracy"] > report["baseline_always_not_contradicts"] + 0.2
    confusion = report["confusion"]
    assert sum(confusion["contradicts"].values()) == 41
    assert set(report["by_phenomenon"]) == {
        "actors", "antonym", "negation", "numbers", "paraphrase", "unrelated",
    }  # fmt: skip


def test_english_pairs_are_not_hurt() -> None:
    assert _run("en.tsv", "en")["accuracy"] >= 0.80


def test_the_command_prints_a_table_with_the_baseline() -> None:
    out = StringIO()
    call_command("evaluate_stance", str(EVAL / "heldout.tsv"), stdout=out)
    text = out.getvalue()
    assert "baseline  0.5341  (47/88)  always not_contradicts" in text
    assert "confusion (rows gold, columns predicted):" in text


@pytest.mark.parametrize(
    ("claim", "evidence", "expected"),
    [
        # numbers: digits, words, qualifiers, units, dates
        ("Les frappes ont tué 25 combattants.", "Les frappes ont tué 27 combattants.", "contradicts"),
        ("Au moins 25 combattants ont été tués.", "Les frappes ont tué 27 combattants.", "supports"),
        ("L'usine emploie 320 salariés.", "L'usine compte trois cent vingt salariés.", "supports"),
        ("La réunion a duré 2 heures.", "La réunion a duré 120 minutes.", "supports"),
        ("La réunion a duré 2 heures.", "La réunion a duré 45 minutes.", "contradicts"),
        ("Le conseil a voté le budget le 12 mars.", "Le conseil a voté le budget le 19 mars.",
         "contradicts"),
        # negation, and two negations cancelling
        ("La police a arrêté le suspect.", "La police n'a pas arrêté le suspect.", "contradicts"),
        ("Aucun salarié ne sera licencié.", "Le directeur assure qu'aucun salarié ne sera licencié.",
         "supports"),
        ("Le gouvernement a annoncé une hausse d'impôts.",
         "Le gouvernement a démenti une hausse d'impôts.", "contradicts"),
        # antonyms; a negated antonym agrees
        ("Les ventes ont augmenté en mai.", "Les ventes ont diminué en mai.", "contradicts"),
        ("Le Parlement a refusé la réforme.", "Le Parlement n'a pas accepté la réforme.",
         "supports"),
        # actors: swapped, passive, another speaker
        ("Batilor a racheté Agrimax.", "Agrimax a racheté Batilor.", "contradicts"),
        ("Batilor a racheté Agrimax.", "Agrimax a été racheté par Batilor.", "supports"),
        ("Selon Claire Dumas, la loi sera votée en mai.",
         "Selon Marc Leroy, la loi sera votée en mai.", "contradicts"),
    ],
)  # fmt: skip
def test_stance_cases(claim: str, evidence: str, expected: str) -> None:
    assert pair_stance(claim, evidence, "fr") == expected


def test_english_negation_and_antonyms() -> None:
    assert pair_stance("The mayor signed the order.", "The mayor didn't sign the order.", "en") == (
        "contradicts"
    )
    assert pair_stance("Rovers won the final.", "Rovers lost the final.", "en") == "contradicts"
    assert pair_stance("Trains won't run today.", "No trains run today.", "en") != "contradicts"


def test_figures_in_words_scale_and_years() -> None:
    found = {
        (f.value, f.noun)
        for f in figures("Quarante-cinq lits et 12 millions d'euros en 1987.", "fr")
    }
    assert found == {(45.0, "lit"), (12e6, "euro"), (1987.0, "<year>")}


def test_contrast_signal_names_what_flipped() -> None:
    c = contrast(
        "Le FC Valmont a gagné le derby.",
        "Le FC Valmont n'a pas perdu le derby.",
        claim_language="fr",
        sentence_language="fr",
    )
    assert c.as_dict() == {
        "negation": [0, 1],
        "antonyms": [["gagne", "perdu"]],
        "actors": None,
        "flips": 2,
    }


def test_a_rival_quote_needs_quotation_marks_and_the_speaker() -> None:
    quote = "Ils veulent échapper à leur responsabilité internationale"
    paraphrase = "Ahmad al-Sahhaf a dit que les Américains veulent échapper à leurs devoirs."
    assert rival_quote(quote, paraphrase, "sahhaf") is None
    other_words = "« Ils veulent fuir toute responsabilité », a déclaré Ahmed al-Sahaf."
    assert rival_quote(quote, other_words, "sahhaf") == {
        "text": "Ils veulent fuir toute responsabilité",
        "match": pytest.approx(0.5, abs=0.2),
    }
    assert rival_quote(quote, other_words, "dumas") is None
    same_words = f"« {quote} », a déclaré Ahmad al-Sahhaf."
    assert rival_quote(quote, same_words, "sahhaf") is None
