"""Every admin page, found by walking the admin's own URL patterns: who may open it, who may post.

The list is not written by hand: each registered model admin's URLs (changelist, add, change,
history, delete and the custom views it adds, such as the claim page's buttons and the
dashboard) are resolved with a real object's id. A new admin page is swept without editing this
file.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pytest
from django.contrib import admin
from django.contrib.auth.models import Group, User
from django.db import models
from django.test import Client
from django.urls import URLPattern, reverse

from claims.models import ReviewEvent
from sources.models import Feed, FetchJob
from tests.api.conftest import bundle, client_for
from tests.factories import SuperuserFactory, UserFactory

pytestmark = pytest.mark.django_db

LOGIN = reverse("admin:login")
# URL names whose POST only reads (lists, history, the dashboard) or that the Editor role may use
# by design (adding an article, as in the API): for an editor these must change nothing; every
# other page must refuse the editor's POST with 403.
READ_ONLY = ("_changelist", "_history", "claims_dashboard")
EDITOR_MAY = {"claims_article_add"}


@dataclass(frozen=True)
class Page:
    name: str
    url: str
    model: type[models.Model]
    model_admin: admin.ModelAdmin


def _objects() -> None:
    """One row of every model the desk works on, so object pages open on something real."""
    bundle()
    Feed.objects.create(url="https://news.example.org/feed.xml", title="Feed")
    FetchJob.objects.create(url="https://news.example.org/a", kind=FetchJob.Kind.ARTICLE)


def _pk(model: type[models.Model]) -> str:
    # The first row with an id a URL can carry: on PostgreSQL TermStat's document count lives in the
    # row whose key is the empty term. A model without such a row still gets its object pages
    # swept, with an id that does not exist.
    for pk in model._default_manager.order_by("pk").values_list("pk", flat=True)[:2]:
        if str(pk):
            return str(pk)
    return "999999"


def admin_pages() -> list[Page]:
    pages = []
    for model, model_admin in admin.site._registry.items():
        for pattern in model_admin.urls:
            if not isinstance(pattern, URLPattern) or not pattern.name:
                continue
            args = [_pk(model)] * len(pattern.pattern.converters)
            url = reverse(f"admin:{pattern.name}", args=args)
            pages.append(Page(pattern.name, url, model, model_admin))
    return pages


def _snapshot() -> dict[str, list[dict[str, Any]]]:
    """Every row of every model the admin can reach, plus users and their groups."""
    rows = {
        model._meta.label: list(model._default_manager.order_by("pk").values())
        for model in admin.site._registry
    }
    rows["groups"] = [
        {"user": u.pk, "groups": sorted(u.groups.values_list("pk", flat=True))}
        for u in User.objects.order_by("pk")
    ]
    return rows


def _post_data(page: Page) -> dict[str, Any]:
    """What a real form would send: an action on the first row, or plausible field values."""
    data: dict[str, Any] = {
        "note": "x",
        "op": "reject",
        "revision": "1",
        "verdict": "v",
        "status": "false",
        "post": "yes",
    }
    if page.name.endswith("_changelist"):
        actions = [*(page.model_admin.actions or ()), "delete_selected"]
        data.update(action=actions[0], _selected_action=[_pk(page.model)], index="0")
    return data


def test_the_sweep_finds_every_kind_of_page() -> None:
    names = {page.name for page in admin_pages()}
    for model in admin.site._registry:
        base = f"{model._meta.app_label}_{model._meta.model_name}"
        assert {
            f"{base}_{kind}" for kind in ("changelist", "add", "change", "history", "delete")
        } <= names
    # The custom views of claims/admin/views.py and the article page's button.
    assert {
        "claims_dashboard",
        "claims_claim_note",
        "claims_claim_accept",
        "claims_claim_correct",
        "claims_quote_correct",
        "claims_article_retry",
    } <= names


def test_anonymous_is_sent_to_login_everywhere() -> None:
    _objects()
    client = Client()
    pages = admin_pages()
    extra = [
        reverse("admin:index"),
        *(reverse("admin:app_list", args=[a]) for a in ("claims", "sources")),
    ]
    before = _snapshot()
    for url in [*(p.url for p in pages), *extra]:
        for method in (client.get, client.post):
            response = method(url)
            assert response.status_code == 302, (url, response.status_code)
            assert response["Location"].startswith(f"{LOGIN}?next="), url
    assert _snapshot() == before
    assert len(pages) > 60


def test_an_editor_changes_nothing_anywhere() -> None:
    _objects()
    editor = UserFactory.create(username="edith", groups=["Editor"])
    client = Client()
    client.force_login(editor)
    before = _snapshot()
    for page in admin_pages():
        response = client.post(page.url, _post_data(page))
        if page.name.endswith(READ_ONLY) or page.name in EDITOR_MAY:
            # 403 where the editor may not even read the list.
            assert response.status_code in (200, 302, 403), (page.name, response.status_code)
        else:
            assert response.status_code == 403, (page.name, response.status_code)
        assert _snapshot() == before, page.name
        # Every bulk action of the page, one by one: none may run for an editor.
        if page.name.endswith("_changelist"):
            for action in [*(page.model_admin.actions or ()), "delete_selected"]:
                data = {**_post_data(page), "action": action}
                client.post(page.url, data)
                assert _snapshot() == before, (page.name, action)


def test_a_reviewer_post_without_csrf_token_is_refused_everywhere() -> None:
    _objects()
    reviewer = UserFactory.create(username="rita", groups=["Reviewer"])
    client = Client(enforce_csrf_checks=True)
    client.force_login(reviewer)
    before = _snapshot()
    pages = admin_pages()
    for page in pages:
        response = client.post(page.url, _post_data(page))
        assert response.status_code == 403, (page.name, response.status_code)
        assert b"CSRF" in response.content, page.name
    assert _snapshot() == before
    # The same session with its token is let through (the refusal is the token's doing).
    client.get(reverse("admin:claims_claim_changelist"))
    token = client.cookies["csrftoken"].value
    claim_page = next(p for p in pages if p.name == "claims_claim_note")
    response = client.post(claim_page.url, {"note": "checked", "csrfmiddlewaretoken": token})
    assert response.status_code == 302


@pytest.mark.parametrize("role", ["editor", "reviewer", "superuser"])
def test_review_events_cannot_be_changed_or_deleted(role: str) -> None:
    claim = bundle()
    event = ReviewEvent.objects.get(claim=claim)
    user = (
        SuperuserFactory.create(username="root")
        if role == "superuser"
        else UserFactory.create(username=role, groups=[role.capitalize()])
    )
    assert role == "superuser" or user.groups.get() == Group.objects.get(name=role.capitalize())
    client = Client()
    client.force_login(user)
    before = list(ReviewEvent.objects.order_by("pk").values())
    change = reverse("admin:claims_reviewevent_change", args=[event.pk])
    delete = reverse("admin:claims_reviewevent_delete", args=[event.pk])
    assert client.post(change, {"note": "rewritten", "to_value": "false"}).status_code == 403
    assert client.get(delete).status_code == 403
    assert client.post(delete, {"post": "yes"}).status_code == 403
    client.post(
        reverse("admin:claims_reviewevent_changelist"),
        {"action": "delete_selected", "_selected_action": [event.pk], "post": "yes"},
    )
    # The API has no way to write an event: the claim is read-only there, events have no URL.
    api = client_for(user)
    detail = reverse("api:claim-detail", args=[claim.pk])
    for method in (api.put, api.patch, api.delete):
        assert method(detail, {"events": []}, format="json").status_code == 405
    assert api.get(f"/api/v1/claims/{claim.pk}/events/").status_code == 404
    assert api.delete(f"/api/v1/events/{event.pk}/").status_code == 404
    assert list(ReviewEvent.objects.order_by("pk").values()) == before
