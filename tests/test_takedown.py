"""A takedown removes an article's text and everything derived from it, leaving a redacted event."""

from io import StringIO
from typing import Any

import pytest
from django.core.management import CommandError, call_command

from claims.models import Article, Claim, CorroborationRun, Evidence, Quote, ReviewEvent
from claims.services import article_ingest, article_process, claim_corroborate, claim_status_set
from claims.services.takedown import AlreadyTakenDown, article_takedown
from claims.text import InvalidText
from sources.services import source_upsert
from tests.conftest import SAMPLE_ARTICLE
from webhooks.models import Delivery, Subscription

pytestmark = pytest.mark.django_db

URL = "https://news.example.org/qaem"


def _processed_article() -> Article:
    source_upsert(
        external_id="wire-1",
        language="fr",
        text="« Ils veulent échapper à leur responsabilité internationale », a objecté M. Sahhaf.",
    )
    article = article_ingest(
        body=SAMPLE_ARTICLE.read_text(encoding="utf-8"), url=URL, language="fr"
    ).article
    article_process(article_id=article.pk)
    for claim in Claim.objects.filter(article=article):
        claim_corroborate(claim_id=claim.pk)
    return article


def test_takedown_removes_text_and_everything_derived(django_user_model: Any) -> None:
    Subscription.objects.create(
        url="http://127.0.0.1:9/hook", events=["claim.status_changed"], secret="s"
    )
    article = _processed_article()
    claim = Claim.objects.filter(article=article).order_by("pk").first()
    assert claim is not None
    claim_status_set(claim=claim, status="in_review", actor=None, note="looking")
    assert Delivery.objects.count() == 1
    assert Evidence.objects.filter(claim__article=article).exists()
    counts = (
        Claim.objects.filter(article=article).count(),
        Quote.objects.filter(article=article).count(),
    )
    admin = django_user_model.objects.create_superuser("boss", password="x")

    report = article_takedown(article=article, actor=admin, reason="court order 42")

    assert (report.articles, report.claims, report.quotes, report.deliveries) == (
        [article.pk],
        *counts,
        1,
    )
    article.refresh_from_db()
    assert (article.body, article.title, article.state) == ("", "", "done")
    assert article.taken_down_at is not None
    assert not Claim.objects.exists()
    assert not Quote.objects.exists()
    assert not Evidence.objects.exists()
    assert not CorroborationRun.objects.exists()
    assert not Delivery.objects.exists()
    assert list(
        ReviewEvent.objects.values_list("article_id", "kind", "actor__username", "note")
    ) == [(article.pk, "takedown", "boss", "court order 42")]


def test_taken_down_text_is_not_ingested_again() -> None:
    article = _processed_article()
    article_takedown(article=article, actor=None, reason="request")
    again = article_ingest(body=SAMPLE_ARTICLE.read_text(encoding="utf-8"), url=URL, language="fr")
    assert (again.duplicate, again.article.pk, again.article.body) == (True, article.pk, "")
    with pytest.raises(InvalidText, match="was taken down"):
        article_ingest(body="Une nouvelle version du texte, avec 3 bases.", url=URL, language="fr")
    with pytest.raises(AlreadyTakenDown):
        article_takedown(article=article, actor=None, reason="again")
    assert Article.objects.count() == 1


def test_takedown_command() -> None:
    article = _processed_article()
    out = StringIO()
    call_command("takedown", str(article.pk), "--reason", "privacy", stdout=out)
    assert out.getvalue().startswith(f"taken down: article(s) {article.pk}; removed ")
    with pytest.raises(CommandError, match="no article 999"):
        call_command("takedown", "999", "--reason", "x")
