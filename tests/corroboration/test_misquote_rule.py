"""The quote suggestion end to end: search, stored evidence, suggested attribution status."""

from __future__ import annotations

import json

import pytest

from claims.models import Evidence, Quote
from claims.services.corroboration import quote_corroborate
from sources.services import sources_import_jsonl
from tests.factories import ArticleFactory, QuoteFactory, SpeakerFactory

pytestmark = pytest.mark.django_db

QUOTE = "Ils veulent échapper à leur responsabilité internationale"


def _import(*sources: dict) -> None:
    lines = [json.dumps({"publisher": "Radio Exemple", "kind": "article", **s}) for s in sources]
    report = sources_import_jsonl(lines=iter(lines))
    assert report.skipped == 0


def _quote() -> Quote:
    speaker = SpeakerFactory.create(name="Ahmad al-Sahhaf", key="ahmad al-sahhaf")
    article = ArticleFactory.create(publisher="Demo", language="fr")
    return QuoteFactory.create(article=article, text=QUOTE, speaker=speaker, kind="direct")


PARAPHRASE = {
    "id": "paraphrase",
    "language": "fr",
    "title": "Bagdad accuse Washington",
    "text": "Le porte-parole Ahmad al-Sahhaf a estimé que les Américains veulent échapper à "
    "leurs devoirs et à la responsabilité internationale qui est la leur.",
}
OTHER_WORDS = {
    "id": "other-words",
    "language": "fr",
    "title": "Bagdad dénonce les frappes",
    "text": "« Ils veulent fuir toute responsabilité devant le monde », a déclaré Ahmed al-Sahaf, "
    "porte-parole de la diplomatie irakienne.",
}
TRANSLATION = {
    "id": "translation",
    "language": "en",
    "title": "Baghdad condemns the strikes",
    "text": '"They want to run away from any international responsibility," spokesman Ahmad '
    "al-Sahhaf said.",
}


def test_a_paraphrase_near_the_same_speaker_is_not_a_misquote() -> None:
    _import(PARAPHRASE)
    quote = _quote()
    quote_corroborate(quote_id=quote.pk)
    quote.refresh_from_db()
    evidence = Evidence.objects.get(quote=quote)
    # what the previous rule took for a misquote: the speaker, and 60-90 % of the words
    assert evidence.signals["speaker_match"] is True
    assert 0.6 <= evidence.signals["quote_match"] < 0.9
    assert "quote_rival" not in evidence.signals
    assert evidence.stance != "contradicts"
    assert quote.suggested_status == "not_found"


def test_other_quoted_words_from_the_same_speaker_are_a_misquote() -> None:
    _import(PARAPHRASE, OTHER_WORDS)
    quote = _quote()
    quote_corroborate(quote_id=quote.pk)
    quote.refresh_from_db()
    rival = Evidence.objects.get(quote=quote, source__external_id="other-words")
    assert rival.stance == "contradicts"
    assert (
        rival.signals["quote_rival"]["text"]
        == "Ils veulent fuir toute responsabilité devant le monde"
    )
    assert quote.suggested_status == "misquoted"


def test_a_translation_of_the_quote_is_not_a_misquote() -> None:
    _import(TRANSLATION)
    quote = _quote()
    quote_corroborate(quote_id=quote.pk)
    quote.refresh_from_db()
    assert quote.suggested_status == "not_found"
    assert not Evidence.objects.filter(quote=quote, stance="contradicts").exists()
