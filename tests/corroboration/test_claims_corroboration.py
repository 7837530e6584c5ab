"""The corroboration job on the claims side: signals, snapshots, runs, already-checked, re-runs."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from claims.models import Claim, CorroborationRun, Evidence, Quote
from claims.services.corroboration import claim_corroborate, quote_corroborate
from sources.models import Source, SourceSnapshot
from sources.search import SEARCH_VERSION
from tests.factories import ArticleFactory, ClaimFactory, QuoteFactory, SpeakerFactory

pytestmark = pytest.mark.django_db

CLAIM = "Les drones US ont tué 25 combattants du Hachd près de Qaëm."


def _evidence(claim: Claim) -> list[tuple[str, str, float, str]]:
    return [
        (e.source.external_id, e.stance, e.score, e.passage)
        for e in Evidence.objects.filter(claim=claim).select_related("source").order_by("id")
    ]


def test_claim_evidence_has_signals_snapshot_and_run_settings(demo: int) -> None:
    article = ArticleFactory.create(publisher="Demo", published_at=datetime(2020, 1, 2, tzinfo=UTC))
    claim = ClaimFactory.create(article=article, text=CLAIM)
    claim_corroborate(claim_id=claim.pk)
    claim.refresh_from_db()
    assert claim.suggested_status == "disputed"
    contra = Evidence.objects.get(claim=claim, source__external_id="demo-deux-rives-1230-frappes")
    assert contra.stance == "contradicts"
    assert contra.signals["numbers"]["differ"] == [
        {"claim": "25 combattant", "source": ["27 combattant"]}
    ]
    assert contra.signals["timing"] == "before"
    snapshot = SourceSnapshot.objects.get(pk=contra.signals["snapshot_id"])
    assert snapshot.external_id == "demo-deux-rives-1230-frappes"
    assert contra.passage in snapshot.text
    run = CorroborationRun.objects.get(claim=claim)
    assert run.versions["search"] == SEARCH_VERSION
    assert run.settings["candidates"] == 100
    assert run.settings["already_checked"] == []
    # the evidence survives the source being deleted: the snapshot keeps the text
    Source.objects.filter(external_id="demo-deux-rives-1230-frappes").delete()
    snapshot.refresh_from_db()
    assert snapshot.source_id is None
    assert contra.passage in snapshot.text


def test_rerun_on_unchanged_data_gives_the_same_evidence(demo: int) -> None:
    claim = ClaimFactory.create(text=CLAIM)
    claim_corroborate(claim_id=claim.pk)
    first = _evidence(claim)
    assert len(first) >= 3
    Claim.objects.filter(pk=claim.pk).update(corroboration_state="pending")
    claim_corroborate(claim_id=claim.pk)
    assert _evidence(claim) == first
    assert CorroborationRun.objects.filter(claim=claim).count() == 2


def test_already_checked_claim_is_shown_with_its_verdict(demo: int) -> None:
    ruled = ClaimFactory.create(text=CLAIM, status="false", verdict="Le bilan est de 27 morts.")
    claim = ClaimFactory.create(text="Les drones US ont tué 25 combattants du Hachd près de Qaëm !")
    claim_corroborate(claim_id=claim.pk)
    run = CorroborationRun.objects.get(claim=claim)
    (checked,) = run.settings["already_checked"]
    assert checked["claim_id"] == ruled.pk
    assert checked["status"] == "false"
    assert checked["verdict"] == "Le bilan est de 27 morts."
    assert checked["similarity"] == 1.0
    assert checked["link"] == f"/admin/claims/claim/{ruled.pk}/change/"
    evidence = Evidence.objects.filter(claim=claim).first()
    assert evidence is not None
    assert evidence.signals["already_checked"] == [checked]


def test_near_verbatim_quote_is_confirmed_with_the_diff_shown(demo: int) -> None:
    speaker = SpeakerFactory.create(name="Ahmad al-Sahhaf")
    quote = QuoteFactory.create(
        speaker=speaker, text="Ils veulent échapper à leurs responsabilités internationales"
    )
    quote_corroborate(quote_id=quote.pk)
    quote.refresh_from_db()
    assert quote.suggested_status == "confirmed"
    best = Evidence.objects.filter(quote=quote).order_by("-score").first()
    assert best is not None
    assert best.source.external_id == "demo-radio-tigre-0314-onu"
    assert best.signals["quote_match"] == 0.958
    assert best.signals["quote_diff"][1]["source"] == "leur responsabilité internationale"


def test_exact_quote_from_the_speaker_is_confirmed(demo: int) -> None:
    speaker = SpeakerFactory.create(name="Ahmad al-Sahhaf")
    quote = QuoteFactory.create(speaker=speaker, text="Ils veulent échapper à leur responsabilité")
    quote_corroborate(quote_id=quote.pk)
    assert Quote.objects.get(pk=quote.pk).suggested_status == "confirmed"


def test_same_speaker_other_words_is_misquoted(demo: int) -> None:
    speaker = SpeakerFactory.create(name="Ahmad al-Sahhaf")
    quote = QuoteFactory.create(
        speaker=speaker, text="Ils veulent fuir leur responsabilité devant le monde entier"
    )
    quote_corroborate(quote_id=quote.pk)
    quote.refresh_from_db()
    best = Evidence.objects.filter(quote=quote, signals__speaker_match=True).order_by("-score")[0]
    assert 0.6 <= best.signals["quote_match"] < 0.9
    assert quote.suggested_status == "misquoted"
