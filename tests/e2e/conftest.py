"""End-to-end fixtures: Debian's Chromium driven by Playwright against pytest-django's live server.

Playwright's sync API runs an event loop in this thread, which trips Django's async-safety check
on database access from the test; the test itself is synchronous, so the check is switched off.
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def ensure_roles() -> None:
    """The Reviewer and Editor groups of the roles migration, as it creates them.

    A live-server test runs in a transaction-flushed database, which empties the rows data
    migrations wrote; they are put back for the test and again when the module ends, so the
    tests after these find the database as the migrations left it.
    """
    from django.contrib.auth.models import Group, Permission

    roles = importlib.import_module("claims.migrations.0002_roles").ROLES
    for name, grants in roles.items():
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.set(
            [
                Permission.objects.get(
                    content_type__app_label=app_label,
                    content_type__model=model,
                    codename=f"{action}_{model}",
                )
                for (app_label, model), actions in grants.items()
                for action in actions
            ]
        )


@pytest.fixture(scope="module", autouse=True)
def _roles_back_after_the_module(django_db_blocker: Any) -> Iterator[None]:
    yield
    with django_db_blocker.unblock():
        ensure_roles()


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
        )
        yield browser
        browser.close()


class Session:
    """One browser context (one logged-in person) and the dialogs its pages opened."""

    def __init__(self, browser: Any, base_url: str) -> None:
        self.base_url = base_url
        self.context = browser.new_context(
            viewport={"width": 1440, "height": 1000}, locale="en-GB", base_url=base_url
        )
        # Nothing but the live server: any other request is aborted.
        self.context.route(
            "**/*",
            lambda route: (
                route.continue_() if route.request.url.startswith(base_url) else route.abort()
            ),
        )
        self.dialogs: list[str] = []
        self.page = self.context.new_page()
        self.page.on("dialog", self._dialog)

    def _dialog(self, dialog: Any) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def login(self, username: str, password: str) -> None:
        self.page.goto("/admin/login/?next=/admin/")
        self.page.fill("#id_username", username)
        self.page.fill("#id_password", password)
        with self.page.expect_navigation():
            self.page.click("input[type=submit]")
        assert self.page.url == f"{self.base_url}/admin/", self.page.content()[:3000]

    def close(self) -> None:
        self.context.close()


@pytest.fixture
def session(browser: Any, live_server: Any) -> Iterator[Any]:
    opened: list[Session] = []

    def open_session() -> Session:
        s = Session(browser, live_server.url)
        opened.append(s)
        return s

    yield open_session
    for s in opened:
        s.close()


@pytest.fixture
def processed(transactional_db: None) -> int:
    """The seed (sample article, demo sources, demo users), processed and corroborated here,
    in the test's process, instead of by a worker."""
    from claims.models import Claim, Quote
    from claims.services import article_process, claim_corroborate, quote_corroborate
    from seeds.loader import seed_all

    ensure_roles()
    report = seed_all()
    assert report.article_id is not None
    article_process(article_id=report.article_id)
    for pk in Claim.objects.filter(article_id=report.article_id).values_list("pk", flat=True):
        claim_corroborate(claim_id=pk)
    for pk in Quote.objects.filter(article_id=report.article_id).values_list("pk", flat=True):
        quote_corroborate(quote_id=pk)
    return report.article_id
