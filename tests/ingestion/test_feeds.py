"""Feeds: parsing without entity expansion, conditional GET, items as articles or sources, dedup."""

from __future__ import annotations

import time
from datetime import UTC, datetime
from typing import Any

import pytest

from claims.models import Article
from claims.services.ingestion import feed_poll, feeds_poll_due, fetch_job_run
from sources.feeds import FeedError, FeedRefused, feed_parse, feed_register
from sources.models import Feed, FetchJob, Source
from tests.ingestion.conftest import PAGES, Route, Site

pytestmark = pytest.mark.django_db


def _feed(site: Site, path: str, **kw: Any) -> Feed:
    return feed_register(url=site.url(path), **kw)[0]


def _poll_and_run(feed: Feed) -> list[FetchJob]:
    """One poll, then the item jobs a worker would run."""
    report = feed_poll(feed_id=feed.pk)
    for job_id in report.job_ids:
        fetch_job_run(job_id=job_id)
    return list(FetchJob.objects.filter(pk__in=report.job_ids).order_by("pk"))


def test_an_entity_bomb_is_refused_never_expanded(site: Site) -> None:
    feed = _feed(site, "/feeds/bomb.xml")
    started = time.monotonic()
    with pytest.raises(FeedRefused) as refused:
        feed_poll(feed_id=feed.pk)
    assert time.monotonic() - started < 2
    reason = "the feed declares a DTD or entities (DTDForbidden): refused, not expanded"
    assert str(refused.value) == reason
    feed.refresh_from_db()
    assert (feed.state, feed.failure_reason, feed.consecutive_failures) == ("failed", reason, 1)
    assert feed.next_poll_at is not None
    assert FetchJob.objects.count() == 0
    assert Article.objects.count() == 0


def test_an_external_entity_is_refused(site: Site) -> None:
    with pytest.raises(FeedRefused):
        feed_parse((PAGES / "xxe.xml").read_bytes())
    # Not well-formed, with a declaration after the error: still refused.
    hidden = b"<rss><channel><title>x</title></channel>\x00<!DOCTYPE x [<!ENTITY a 'b'>]></rss>"
    with pytest.raises(FeedRefused):
        feed_parse(hidden)


def test_a_document_that_is_not_a_feed(site: Site) -> None:
    feed = _feed(site, "/feeds/not-a-feed.xml")
    with pytest.raises(FeedError) as error:
        feed_poll(feed_id=feed.pk)
    assert str(error.value).startswith("not an RSS or Atom feed")
    feed.refresh_from_db()
    assert feed.state == "failed" and feed.failure_reason == str(error.value)


def test_conditional_get_takes_nothing_new_on_304(site: Site) -> None:
    feed = _feed(site, "/feeds/a.xml")
    jobs = _poll_and_run(feed)
    assert [(j.state, j.outcome) for j in jobs] == [("done", "created"), ("done", "created")]
    feed.refresh_from_db()
    assert (feed.state, feed.last_status, feed.items_last, feed.new_items_last) == ("ok", 200, 2, 2)
    assert feed.etag.startswith('"')

    report = feed_poll(feed_id=feed.pk)
    assert (report.not_modified, report.status, report.job_ids) == (True, 304, [])
    assert site.seen("/feeds/a.xml")[1]["if-none-match"] == feed.etag
    feed.refresh_from_db()
    assert (feed.state, feed.last_status, feed.new_items_last, feed.items_total, feed.polls) == (
        "ok",
        304,
        0,
        2,
        2,
    )
    assert Article.objects.count() == 2


def test_items_already_seen_are_not_taken_again_without_304(site: Site) -> None:
    feed = _feed(site, "/feeds/a.xml")
    _poll_and_run(feed)
    Feed.objects.filter(pk=feed.pk).update(etag="", last_modified="")
    report = feed_poll(feed_id=feed.pk)
    assert (report.status, report.items, report.job_ids) == (200, 2, [])


def test_the_same_article_from_two_feeds_is_one_article(site: Site) -> None:
    first = _poll_and_run(_feed(site, "/feeds/a.xml"))
    second = _poll_and_run(_feed(site, "/feeds/b.xml", title="Agrégateur"))
    assert [j.outcome for j in first] == ["created", "created"]
    assert [(j.state, j.outcome) for j in second] == [("done", "duplicate")]
    assert second[0].result_id == first[0].result_id
    assert Article.objects.count() == 2
    article = Article.objects.get(pk=int(first[0].result_id))
    assert article.title == "Bagdad veut saisir le Conseil de sécurité"
    assert article.canonical_url == site.url("/articles/qaim-fr.html")
    assert article.author == "Nadia Karam"
    assert article.language == "fr"
    assert article.published_at == datetime(2020, 3, 14, 9, 30, tzinfo=UTC)


def test_a_changed_item_is_a_new_version(site: Site) -> None:
    feed = _feed(site, "/feeds/content.xml")
    (job,) = _poll_and_run(feed)
    assert (job.state, job.outcome) == ("done", "created")
    v1 = Article.objects.get(pk=int(job.result_id))
    assert v1.body.startswith("Deux soldats américains et un soldat britannique ont été tués")
    assert v1.canonical_url == site.url("/depeches/taji")

    changed = (
        (PAGES / "feed_content.xml")
        .read_bytes()
        .replace("plus d’une dizaine de".encode(), b"dix-huit")
    )
    site.set(
        "/feeds/content.xml",
        Route(
            body=changed.replace(b"127.0.0.1:PORT", f"127.0.0.1:{site.port}".encode()),
            content_type="application/rss+xml",
            etag=True,
        ),
    )
    (job2,) = _poll_and_run(feed)
    assert (job2.state, job2.outcome) == ("done", "new_version")
    v2 = Article.objects.get(pk=int(job2.result_id))
    assert (v2.version, v2.previous_version_id, v2.is_latest) == (2, v1.pk, True)
    assert "lorsque dix-huit roquettes" in v2.body
    v1.refresh_from_db()
    assert v1.is_latest is False


def test_a_changed_page_fetched_again_is_a_new_version(site: Site) -> None:
    from claims.services.ingestion import article_fetch_submit

    url = site.url("/articles/sahhaf-en.html")
    first = article_fetch_submit(url=url)
    fetch_job_run(job_id=first.pk)
    again = article_fetch_submit(url=url)
    fetch_job_run(job_id=again.pk)
    body = (PAGES / "article_en.html").read_bytes().replace(b"three of the 12", b"four of the 12")
    site.set("/articles/sahhaf-en.html", Route(body=body))
    changed = article_fetch_submit(url=url)
    fetch_job_run(job_id=changed.pk)
    outcomes = list(FetchJob.objects.order_by("pk").values_list("outcome", "result_id"))
    assert [o for o, _ in outcomes] == ["created", "duplicate", "new_version"]
    assert outcomes[0][1] == outcomes[1][1] != outcomes[2][1]
    assert list(Article.objects.order_by("version").values_list("version", "is_latest")) == [
        (1, False),
        (2, True),
    ]


def test_a_feed_of_sources(site: Site) -> None:
    feed = _feed(site, "/feeds/sources.xml", target="sources")
    jobs = _poll_and_run(feed)
    assert [(j.kind, j.state, j.outcome, j.result_id) for j in jobs] == [
        ("source", "done", "imported", "fil-sources-0314"),
        ("source", "done", "imported", "fil-sources-taji"),
    ]
    fetched = Source.objects.get(external_id="fil-sources-0314")
    assert fetched.title == "Bagdad veut saisir le Conseil de sécurité"
    assert "acte de provocation" in fetched.text
    assert fetched.url == site.url("/articles/qaim-fr.html")
    assert fetched.publisher == "Fil de sources Exemple"
    inline = Source.objects.get(external_id="fil-sources-taji")
    assert inline.text == (
        "Deux soldats américains et un soldat britannique ont été tués mercredi soir au camp Taji."
    )
    assert Article.objects.count() == 0
    # The same items again (no 304): nothing new, nothing duplicated.
    Feed.objects.filter(pk=feed.pk).update(etag="")
    assert feed_poll(feed_id=feed.pk).job_ids == []
    assert Source.objects.count() == 2


def test_an_atom_feed_with_content(site: Site) -> None:
    (job,) = _poll_and_run(_feed(site, "/feeds/atom.xml"))
    article = Article.objects.get(pk=int(job.result_id))
    assert (article.title, article.author, article.language) == (
        "Iraqi parliament votes for the departure of foreign troops",
        "Jane Roe",
        "en",
    )
    assert article.body == (
        "Iraq's parliament on Sunday passed a resolution calling on the government to end the "
        'presence of foreign troops in the country.\n\n"The vote is not binding," a government '
        "spokesman said."
    )


def test_the_demo_feed_brings_three_articles(site: Site) -> None:
    feed = _feed(site, "/demo_feed.xml")
    jobs = _poll_and_run(feed)
    assert [(j.state, j.outcome) for j in jobs] == [("done", "created")] * 3
    feed.refresh_from_db()
    assert feed.title == "Le Fil du Tigre (démo)"
    articles = Article.objects.order_by("published_at")
    assert list(articles.values_list("title", "language", "author", "publisher")) == [
        (
            "Frappes américaines près d’Al-Qaïm : au moins 25 combattants du Hachd tués",
            "fr",
            "Karim Benali",
            "Le Fil du Tigre (démo)",
        ),
        (
            "Baghdad to take US strikes to the UN Security Council",
            "en",
            "Daniel Marsh",
            "Le Fil du Tigre (démo)",
        ),
        (
            "Irak : la coalition remet la base d’al-Qaïm aux forces irakiennes",
            "fr",
            "Salma Haddad",
            "Le Fil du Tigre (démo)",
        ),
    ]
    assert all(a.canonical_url.startswith(site.url("/pages/")) for a in articles)


def test_feeds_due_get_one_poll_job_each(site: Site) -> None:
    due = _feed(site, "/feeds/a.xml")
    later = _feed(site, "/feeds/b.xml")
    Feed.objects.filter(pk=later.pk).update(next_poll_at=datetime(2999, 1, 1, tzinfo=UTC))
    inactive = _feed(site, "/feeds/atom.xml", active=False)
    Feed.objects.filter(pk=inactive.pk).update(next_poll_at=None)

    (job_id,) = feeds_poll_due()
    job = FetchJob.objects.get(pk=job_id)
    assert (job.kind, job.feed_id, job.state, job.url) == ("feed", due.pk, "queued", due.url)
    # The next tick finds nothing due: the poll is queued and the next poll moved on.
    assert feeds_poll_due() == []
    fetch_job_run(job_id=job_id)
    job.refresh_from_db()
    assert (job.state, job.outcome, job.http_status, job.result_id) == (
        "done",
        "2 new",
        200,
        str(due.pk),
    )
