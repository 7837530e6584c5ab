"""Article identity, validation and the sweep, called as services against the real database."""

from datetime import timedelta

import pytest
from django.test import override_settings
from django.utils import timezone

from claims.models import Article, Claim, CorroborationState, ProcessingState
from claims.services import article_ingest, sweep_unfinished
from claims.text import InvalidText, canonical_url, content_hash

pytestmark = pytest.mark.django_db

BODY = "Le Parlement irakien a voté une motion. « Nous partirons », a déclaré M. Dupont."


def test_same_content_is_one_article() -> None:
    first = article_ingest(body=BODY, url="https://example.org/a?utm_source=x", language="fr")
    again = article_ingest(
        body="  " + BODY.replace(" a voté", "  a voté") + "\n",
        url="https://example.org/b",
        language="fr",
    )
    assert (first.created, first.duplicate) == (True, False)
    assert (again.created, again.duplicate, again.article.pk) == (False, True, first.article.pk)
    assert Article.objects.count() == 1
    assert first.article.canonical_url == "https://example.org/a"


def test_changed_content_at_the_same_url_is_a_new_version() -> None:
    first = article_ingest(body=BODY, url="https://example.org/a", language="fr").article
    second = article_ingest(
        body=BODY + " Mise à jour.", url="https://EXAMPLE.org/a#top", language="fr"
    )
    assert (second.created, second.new_version, second.article.version) == (True, True, 2)
    assert second.article.previous_version_id == first.pk
    first.refresh_from_db()
    assert (first.is_latest, second.article.is_latest) == (False, True)


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("", "the text is empty"),
        ("   \n\t ", "the text is empty"),
        ("abc\x00def", "the text contains NUL bytes: binary data is not an article"),
        (b"\xff\xfe\x00", "the text is not valid UTF-8 (byte 0)"),
        (
            "\x01\x02\x03\x04" * 10,
            "the text is mostly control characters: binary data is not an article",
        ),
    ],
)
def test_unusable_text_is_refused_and_nothing_is_stored(body: object, message: str) -> None:
    with pytest.raises(InvalidText) as error:
        article_ingest(body=body, language="fr")  # type: ignore[arg-type]
    assert str(error.value) == message
    assert Article.objects.count() == 0


@override_settings(WORKBENCH_MAX_ARTICLE_CHARS=100)
def test_oversized_text_is_refused() -> None:
    with pytest.raises(InvalidText, match="has 150 characters, over the limit of 100"):
        article_ingest(body="x" * 150, language="fr")
    assert Article.objects.count() == 0


def test_unsupported_language_is_stored_and_marked() -> None:
    article = article_ingest(
        body="Das ist ein deutscher Artikel über die Wahl.", language="de"
    ).article
    assert (article.language, article.language_supported, article.state) == ("de", False, "queued")


def test_content_hash_ignores_typography_and_spacing() -> None:
    assert content_hash("« Oui »,  dit-il.") == content_hash('" oui ", dit-il.')
    assert content_hash("25 morts") != content_hash("27 morts")


def test_canonical_url_drops_tracking_and_fragments() -> None:
    assert (
        canonical_url("HTTPS://News.Example.org:443/a/b/?utm_medium=x&id=3#c")
        == "https://news.example.org/a/b?id=3"
    )
    assert canonical_url("") == ""


@override_settings(WORKBENCH_STALL_SECONDS=60, WORKBENCH_MAX_ATTEMPTS=3)
def test_sweep_requeues_stalled_articles_and_gives_up_after_the_limit() -> None:
    now = timezone.now()
    stalled = article_ingest(body=BODY, language="fr").article
    fresh = article_ingest(body=BODY + " Deux.", language="fr").article
    hopeless = article_ingest(body=BODY + " Trois.", language="fr").article
    Article.objects.filter(pk=stalled.pk).update(
        state=ProcessingState.EXTRACTING, heartbeat_at=now - timedelta(minutes=5), attempts=1
    )
    Article.objects.filter(pk=fresh.pk).update(
        state=ProcessingState.EXTRACTING, heartbeat_at=now - timedelta(seconds=10)
    )
    Article.objects.filter(pk=hopeless.pk).update(
        state=ProcessingState.EXTRACTING, heartbeat_at=now - timedelta(minutes=5), attempts=3
    )

    report = sweep_unfinished(now=now)

    assert (report.requeued_articles, report.gave_up) == ([stalled.pk], [hopeless.pk])
    states = dict(Article.objects.values_list("pk", "state"))
    assert states == {stalled.pk: "queued", fresh.pk: "extracting", hopeless.pk: "failed"}
    assert (
        Article.objects.get(pk=hopeless.pk).failure_reason == "processing stalled 3 times; gave up"
    )


@override_settings(WORKBENCH_STALL_SECONDS=60)
def test_sweep_requeues_unfinished_corroboration_and_finishes_complete_articles() -> None:
    now = timezone.now()
    waiting = article_ingest(body=BODY, language="fr").article
    complete = article_ingest(body=BODY + " Deux.", language="fr").article
    old = now - timedelta(minutes=5)
    Article.objects.filter(pk__in=[waiting.pk, complete.pk]).update(
        state=ProcessingState.CORROBORATING, heartbeat_at=old
    )
    pending = Claim.objects.create(
        article=waiting,
        fingerprint="a",
        text="x",
        start=0,
        end=1,
        corroboration_state=CorroborationState.RUNNING,
    )
    Claim.objects.create(
        article=complete,
        fingerprint="b",
        text="y",
        start=0,
        end=1,
        corroboration_state=CorroborationState.DONE,
    )

    report = sweep_unfinished(now=now)

    assert (report.requeued_articles, report.requeued_items, report.finished_articles) == (
        [waiting.pk],
        1,
        [complete.pk],
    )
    pending.refresh_from_db()
    assert pending.corroboration_state == "pending"
    assert Article.objects.get(pk=complete.pk).state == "done"
