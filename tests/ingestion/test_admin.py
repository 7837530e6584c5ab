"""The admin shows feeds and fetch jobs with their state and reason, and retries failed jobs."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client
from django.urls import reverse

from sources.admin_ingestion import FeedAdmin, FetchJobAdmin
from sources.feeds import feed_register
from sources.models import Feed, FetchJob

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _admin_urls() -> None:
    """Route the admin to these ModelAdmins even if the URLconf was loaded before their import.

    Until sources/admin.py imports sources.admin_ingestion, a URLconf built earlier in the
    session (the API schema tests load it at collection) still points at the read-only admins.
    """
    import importlib

    from django.contrib import admin
    from django.urls import clear_url_caches

    import workbench.urls

    for model, model_admin in ((Feed, FeedAdmin), (FetchJob, FetchJobAdmin)):
        if not isinstance(admin.site._registry.get(model), model_admin):
            if admin.site.is_registered(model):
                admin.site.unregister(model)
            admin.site.register(model, model_admin)
    importlib.reload(workbench.urls)
    clear_url_caches()


@pytest.fixture
def admin_client_(django_user_model: Any) -> Client:
    user = django_user_model.objects.create_superuser("root", password="x")
    client = Client()
    client.force_login(user)
    return client


def test_failed_jobs_show_their_reason_and_can_be_retried(admin_client_: Client) -> None:
    failed = FetchJob.objects.create(
        url="http://127.0.0.1:9/a.html",
        state="failed",
        attempts=3,
        failure_reason="the server answered 404 Not Found",
        http_status=404,
    )
    page = admin_client_.get(reverse("admin:sources_fetchjob_changelist"))
    assert page.status_code == 200
    assert "the server answered 404 Not Found" in page.content.decode()
    detail = admin_client_.get(reverse("admin:sources_fetchjob_change", args=[failed.pk]))
    assert detail.status_code == 200

    response = admin_client_.post(
        reverse("admin:sources_fetchjob_changelist"),
        {"action": "retry", "_selected_action": [failed.pk]},
        follow=True,
    )
    assert response.status_code == 200
    assert "1 job(s) queued again." in response.content.decode()
    failed.refresh_from_db()
    assert (failed.state, failed.failure_reason, failed.attempts) == ("queued", "", 0)


def test_feeds_show_their_state_and_can_be_polled_now(admin_client_: Client) -> None:
    feed, _ = feed_register(url="http://127.0.0.1:9/feed.xml", title="Démo")
    Feed.objects.filter(pk=feed.pk).update(
        state="failed", failure_reason="the feed declares a DTD or entities", next_poll_at=None
    )
    page = admin_client_.get(reverse("admin:sources_feed_changelist"))
    assert page.status_code == 200
    assert "the feed declares a DTD or entities" in page.content.decode()
    admin_client_.post(
        reverse("admin:sources_feed_changelist"),
        {"action": "poll_now", "_selected_action": [feed.pk]},
    )
    feed.refresh_from_db()
    assert feed.next_poll_at is not None
