"""A fact-check's rating as a verdict: the words of the data files, then the number on its scale."""

from __future__ import annotations

import pytest

from sources.factchecks.ratings import (
    VERDICTS,
    Verdict,
    rating_languages,
    rating_verdict,
    rating_words,
)


@pytest.mark.parametrize(
    ("rating", "language", "verdict"),
    [
        ("Faux", "fr", "false"),
        ("FAUX", "fr-FR", "false"),
        ("Faux. Le bilan est de 27 morts", "fr", "false"),
        ("Trompeur", "fr", "disputed"),
        ("Infondé", "fr", "disputed"),
        ("Plutôt faux", "fr", "disputed"),
        ("Ce n'est pas exact", "fr", "disputed"),
        ("Vrai", "fr", "true"),
        ("Exact", "fr", "true"),
        ("Plutôt vrai", "fr", "true"),
        ("À moitié vrai", "fr", "unclear"),
        ("False", "en", "false"),
        ("Pants on Fire!", "en", "false"),
        ("Mostly false", "en", "disputed"),
        ("Misleading", "en", "disputed"),
        ("True", "en", "true"),
        ("Mostly True", "en", "true"),
        ("Half true", "en", "unclear"),
        ("Unproven", "en", "unclear"),
        ("False", "fr", "false"),  # an English rating on a French review: the other files
        ("True, but misleading", "en", "unclear"),  # words of two verdicts
        ("Sans objet", "fr", "unknown"),
        ("", "fr", "unknown"),
    ],
)
def test_rating_words(rating: str, language: str, verdict: str) -> None:
    assert rating_verdict(rating=rating, language=language).verdict == verdict


def test_longest_phrase_wins_and_is_reported() -> None:
    assert rating_verdict(rating="Plutôt faux", language="fr") == Verdict(
        "disputed", "words", ("plutot faux",)
    )
    assert rating_verdict(rating="Vrai, mais trompeur", language="fr") == Verdict(
        "unclear", "words", ("vrai mais", "trompeur")
    )


@pytest.mark.parametrize(
    ("value", "best", "worst", "verdict", "position"),
    [
        ("1", "5", "1", "false", 0.0),
        ("2", "5", "1", "disputed", 0.25),
        ("3", "5", "", "unclear", 0.5),  # schema.org: worstRating defaults to 1
        ("4", "5", "1", "true", 0.75),
        ("0", "1", "0", "false", 0.0),
        ("7,5", "10", "0", "true", 0.75),
    ],
)
def test_rating_value_on_its_scale(
    value: str, best: str, worst: str, verdict: str, position: float
) -> None:
    assert rating_verdict(
        rating="Note", language="fr", value=value, best=best, worst=worst
    ) == Verdict(verdict, "scale", position=position)


@pytest.mark.parametrize(
    ("value", "best", "worst"),
    [("4", "", ""), ("7", "5", "1"), ("-1", "5", "1"), ("x", "5", "1"), ("1", "1", "1")],
)
def test_number_without_a_usable_scale_says_nothing(value: str, best: str, worst: str) -> None:
    assert rating_verdict(rating="", language="en", value=value, best=best, worst=worst) == (
        Verdict("unknown")
    )


def test_words_win_over_the_number() -> None:
    verdict = rating_verdict(rating="Vrai", language="fr", value="1", best="5", worst="1")
    assert (verdict.verdict, verdict.basis, verdict.stance) == ("true", "words", "supports")


def test_stances() -> None:
    assert {v: Verdict(v).stance for v in (*VERDICTS, "unknown")} == {
        "false": "contradicts",
        "disputed": "contradicts",
        "true": "supports",
        "unclear": "unclear",
        "unknown": "unclear",
    }


def test_data_files_load_with_one_verdict_per_phrase() -> None:
    assert rating_languages() == ("en", "fr")
    for language in rating_languages():
        words = rating_words(language)
        assert len(words) > 40 and set(words.values()) == set(VERDICTS)
