"""A reviewer's day in a real browser: the queue, a claim, a decision, its history; an editor who
can only read; a script in an article that stays text. Screenshots go to docs/screenshots/."""

from __future__ import annotations

import re
from typing import Any

import pytest

from claims.models import Claim, ClaimStatus, ReviewEvent
from seeds.loader import DEMO_PASSWORD
from tests.e2e.conftest import SCREENSHOTS

pytestmark = [pytest.mark.slow, pytest.mark.django_db(transaction=True)]


def test_reviewer_filters_opens_decides_and_finds_it_in_the_history(
    processed: int, session: Any
) -> None:
    reviewer = session()
    reviewer.login("reviewer", DEMO_PASSWORD)
    page = reviewer.page

    page.goto("/admin/claims/claim/")
    rows = page.locator("#result_list tbody tr")
    total = rows.count()
    assert total == Claim.objects.filter(article_id=processed).count()
    # Filter the queue: claims whose evidence suggests "corroborated", most check-worthy first.
    page.locator('#changelist-filter details[data-filter-title="suggested status"]').get_by_role(
        "link", name="Corroborated"
    ).click()
    page.wait_for_url(re.compile(r"suggested_status__exact=corroborated"))
    expected = list(
        Claim.objects.filter(article_id=processed, suggested_status=ClaimStatus.CORROBORATED)
        .order_by("-checkworthiness", "id")
        .values_list("pk", flat=True)
    )
    assert expected, "the sample article has corroborated suggestions"
    assert rows.count() == len(expected)
    page.screenshot(path=str(SCREENSHOTS / "queue.png"), full_page=False)

    # Open the first claim of the filtered queue.
    rows.first.locator("th a").click()
    page.wait_for_url(re.compile(rf"/admin/claims/claim/{expected[0]}/change/"))
    claim = Claim.objects.get(pk=expected[0])
    span = page.locator("#wb-text mark.wb-claim").first
    assert span.is_visible()
    assert page.locator("#wb-text mark.wb-claim").all_inner_texts() == [claim.text]
    cards = page.locator(".wb-card")
    assert cards.count() == claim.evidence.count()
    assert cards.first.locator(".wb-passage mark.wb-match").count() > 0
    assert cards.first.locator("header a").get_attribute("href", timeout=5000).startswith("http")

    # Decide: corroborated, with the verdict that explains it.
    page.select_option("#id_status", "corroborated")
    page.fill("#id_verdict", "Confirmé par la dépêche de l'agence et le communiqué officiel.")
    page.click("input[name=_continue]")
    page.wait_for_selector(".messagelist .success")
    claim.refresh_from_db()
    assert (claim.status, claim.revision) == (ClaimStatus.CORROBORATED, 2)
    history = page.locator("#wb-history .wb-timeline li")
    texts = history.all_inner_texts()
    assert any("Status changed" in t and "unreviewed → corroborated" in t for t in texts), texts
    assert any("Verdict written" in t for t in texts), texts
    assert ReviewEvent.objects.filter(claim=claim, actor__username="reviewer").count() == 2
    page.locator("#wb-focus").scroll_into_view_if_needed()
    page.evaluate("window.scrollTo(0, 0)")
    page.screenshot(path=str(SCREENSHOTS / "claim.png"), full_page=True)
    assert reviewer.dialogs == []

    # The dashboard shows the decision.
    page.goto("/admin/claims/claim/dashboard/")
    assert page.locator("svg.wb-chart").count() == 6
    page.screenshot(path=str(SCREENSHOTS / "dashboard.png"), full_page=True)


def test_editor_reads_the_claim_but_cannot_change_it(processed: int, session: Any) -> None:
    claim = Claim.objects.filter(article_id=processed).order_by("-checkworthiness", "id").first()
    assert claim is not None
    editor = session()
    editor.login("editor", DEMO_PASSWORD)
    page = editor.page
    page.goto(f"/admin/claims/claim/{claim.pk}/change/")
    assert page.locator("#wb-text mark.wb-claim").first.is_visible()
    assert page.locator("input[name=_save]").count() == 0
    assert page.locator("#id_status").count() == 0  # shown as text, not as a field
    assert page.locator("form.wb-note").count() == 0
    # A crafted POST is refused and changes nothing.
    token = page.evaluate(
        "document.cookie.split('; ').find(c => c.startsWith('csrftoken=')).split('=')[1]"
    )
    response = page.request.post(
        f"/admin/claims/claim/{claim.pk}/change/",
        form={"csrfmiddlewaretoken": token, "status": "false", "verdict": "x"},
        headers={"Referer": editor.base_url + "/admin/"},
    )
    assert response.status == 403
    claim.refresh_from_db()
    assert (claim.status, claim.revision) == (ClaimStatus.UNREVIEWED, 1)
    assert ReviewEvent.objects.filter(claim=claim).count() == 0


SCRIPT = "<script>window.__xss = 1; alert('xss')</script>"


def test_a_script_in_an_article_stays_text(processed: int, session: Any) -> None:
    from tests.factories import ArticleFactory, ClaimFactory

    body = f"Le porte-parole a écrit {SCRIPT} dans son communiqué sur la base de Qaëm."
    article = ArticleFactory.create(title=f"Titre {SCRIPT}", body=body)
    start = body.index("<script>")
    claim = ClaimFactory.create(
        article=article, text=body[start:], start=start, end=len(body), checkworthiness=0.99
    )
    reviewer = session()
    reviewer.login("reviewer", DEMO_PASSWORD)
    page = reviewer.page
    for url in (
        f"/admin/claims/claim/{claim.pk}/change/",
        f"/admin/claims/article/{article.pk}/change/",
        "/admin/claims/claim/",
        "/admin/claims/article/",
    ):
        page.goto(url)
        page.wait_for_load_state("load")
        assert page.evaluate("window.__xss === undefined"), url
    page.goto(f"/admin/claims/claim/{claim.pk}/change/")
    assert page.locator("#wb-text").inner_text().count(SCRIPT) == 1
    assert page.locator("#wb-text mark.wb-claim").inner_text() == body[start:]
    assert reviewer.dialogs == []
