"""What the evidence suggests for a quote's attribution status."""

from claims.models import Evidence
from claims.services.corroboration import suggest_quote_status


def _evidence(match: float, *, speaker: bool = True, independent: bool = True) -> Evidence:
    return Evidence(
        signals={
            "quote_match": match,
            "speaker_match": speaker,
            "independence": {"independent": independent},
        }
    )


def test_same_words_from_the_same_speaker_confirm() -> None:
    assert suggest_quote_status([_evidence(0.97)], kind="direct") == "confirmed"
    assert suggest_quote_status([_evidence(0.97)], kind="indirect") == "confirmed"


def test_other_words_are_a_misquote_only_for_quoted_words() -> None:
    assert suggest_quote_status([_evidence(0.7)], kind="direct") == "misquoted"
    assert suggest_quote_status([_evidence(0.7)], kind="partial") == "misquoted"
    assert suggest_quote_status([_evidence(0.7)], kind="indirect") == "not_found"


def test_sources_that_are_not_independent_or_lack_the_speaker_do_not_count() -> None:
    assert suggest_quote_status([_evidence(0.97, independent=False)], kind="direct") == "not_found"
    assert suggest_quote_status([_evidence(0.97, speaker=False)], kind="direct") == "not_found"
    assert suggest_quote_status([], kind="direct") == "not_found"
