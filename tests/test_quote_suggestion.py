"""What the evidence suggests for a quote's attribution status."""

from claims.models import Evidence
from claims.services.corroboration import suggest_quote_status


def _evidence(
    match: float,
    *,
    speaker: bool = True,
    independent: bool = True,
    rival: str | None = None,
    language: str = "fr",
) -> Evidence:
    signals: dict = {
        "quote_match": match,
        "speaker_match": speaker,
        "independence": {"independent": independent},
        "language": language,
    }
    if rival is not None:
        signals["quote_rival"] = {"text": rival, "match": 0.5}
    return Evidence(signals=signals)


def test_same_words_from_the_same_speaker_confirm() -> None:
    assert suggest_quote_status([_evidence(0.97)], kind="direct") == "confirmed"
    assert suggest_quote_status([_evidence(0.97)], kind="indirect") == "confirmed"


def test_other_words_are_a_misquote_only_for_quoted_words() -> None:
    rival = _evidence(0.7, rival="Ils veulent fuir toute responsabilité")
    assert suggest_quote_status([rival], kind="direct", language="fr") == "misquoted"
    assert suggest_quote_status([rival], kind="partial", language="fr") == "misquoted"
    assert suggest_quote_status([rival], kind="indirect", language="fr") == "not_found"


def test_a_paraphrase_or_a_translation_is_no_misquote() -> None:
    # the speaker near the topic with other words, but no quoted words of theirs: paraphrase
    assert suggest_quote_status([_evidence(0.7)], kind="direct", language="fr") == "not_found"
    translated = _evidence(0.7, rival="They want to escape", language="en")
    assert suggest_quote_status([translated], kind="direct", language="fr") == "not_found"
    not_independent = _evidence(0.7, rival="Ils veulent fuir", independent=False)
    assert suggest_quote_status([not_independent], kind="direct", language="fr") == "not_found"


def test_sources_that_are_not_independent_or_lack_the_speaker_do_not_count() -> None:
    assert suggest_quote_status([_evidence(0.97, independent=False)], kind="direct") == "not_found"
    assert suggest_quote_status([_evidence(0.97, speaker=False)], kind="direct") == "not_found"
    assert suggest_quote_status([], kind="direct") == "not_found"
