"""Claims, articles and quotes through the API: reads, writes, concurrency, errors, queries."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from rest_framework.throttling import UserRateThrottle

from claims.models import Article, Claim, ClaimStatus, ReviewEvent
from tests.api.conftest import Users, bundle, client_for
from tests.factories import ArticleFactory, ClaimFactory, EvidenceFactory, SourceFactory

pytestmark = pytest.mark.django_db


def test_claim_detail_has_status_evidence_with_its_source_and_history(users: Users) -> None:
    claim = bundle()
    body = client_for(users.editor).get(f"/api/v1/claims/{claim.pk}/").json()
    evidence = claim.evidence.get()
    assert claim.speaker is not None and claim.quote_id is not None
    assert body["id"] == str(claim.pk)
    assert (body["status"], body["revision"], body["evidence_count"]) == ("unreviewed", 1, 1)
    assert body["speaker"] == {
        "id": str(claim.speaker_id),
        "name": claim.speaker.name,
        "type": "person",
    }
    assert body["article"]["id"] == str(claim.article_id)
    assert [
        (e["id"], e["source"]["external_id"], e["stance"], e["score"]) for e in body["evidence"]
    ] == [(str(evidence.pk), evidence.source.external_id, "supports", 0.9)]
    assert [(h["kind"], h["note"], h["actor"]) for h in body["history"]] == [
        ("note", "first look", None)
    ]


def test_status_change_records_the_event_and_bumps_the_revision(users: Users) -> None:
    claim = bundle()
    response = client_for(users.reviewer).post(
        f"/api/v1/claims/{claim.pk}/status/",
        {"status": "false", "verdict": "The figure is 120.", "note": "ministry", "revision": 1},
        format="json",
    )
    assert response.status_code == 200
    body = response.json()
    assert (body["status"], body["verdict"], body["revision"]) == ("false", "The figure is 120.", 2)
    assert [
        (h["kind"], h["from_value"], h["to_value"], h["actor"]) for h in body["history"][:2]
    ] == [
        ("verdict", "", "The figure is 120.", "rita"),
        ("status", "unreviewed", "false", "rita"),
    ] or [(h["kind"], h["from_value"], h["to_value"], h["actor"]) for h in body["history"][:2]] == [
        ("status", "unreviewed", "false", "rita"),
        ("verdict", "", "The figure is 120.", "rita"),
    ]


def test_a_stale_revision_is_refused_with_409_and_nothing_changes(users: Users) -> None:
    claim = bundle()
    client = client_for(users.reviewer)
    first = client.post(
        f"/api/v1/claims/{claim.pk}/status/", {"status": "in_review", "revision": 1}, format="json"
    )
    assert first.status_code == 200
    events = ReviewEvent.objects.count()
    stale = client.post(
        f"/api/v1/claims/{claim.pk}/assign/",
        {"assignee": "rita", "revision": 1},
        format="json",
    )
    assert stale.status_code == 409
    assert stale.json() == {
        "detail": f"claim {claim.pk} is at revision 2, not 1: it changed since you read it; "
        "read it again and retry",
        "code": "stale_revision",
    }
    fresh = Claim.objects.get(pk=claim.pk)
    assert (fresh.assignee_id, fresh.revision, ReviewEvent.objects.count()) == (None, 2, events)


def test_a_final_status_without_a_verdict_is_a_400_that_names_the_verdict(users: Users) -> None:
    claim = bundle()
    response = client_for(users.reviewer).post(
        f"/api/v1/claims/{claim.pk}/status/", {"status": "disputed", "revision": 1}, format="json"
    )
    assert response.status_code == 400
    assert response.json() == {
        "detail": "Invalid input.",
        "code": "invalid",
        "errors": {
            "verdict": ["the status 'disputed' is final and needs a written verdict explaining it"]
        },
    }
    assert Claim.objects.get(pk=claim.pk).status == "unreviewed"


def test_assign_to_someone_who_is_no_reviewer_is_a_400(users: Users) -> None:
    claim = bundle()
    response = client_for(users.reviewer).post(
        f"/api/v1/claims/{claim.pk}/assign/", {"assignee": "edith", "revision": 1}, format="json"
    )
    assert response.status_code == 400
    assert response.json()["errors"] == {
        "assignee": ["edith is not a reviewer and cannot be assigned"]
    }


def test_filters_by_status_assignee_article_url_and_updated_since(users: Users) -> None:
    first, second = bundle(), bundle()
    Claim.objects.filter(pk=first.pk).update(status=ClaimStatus.IN_REVIEW, assignee=users.reviewer)
    client = client_for(users.editor)

    def ids(query: str) -> list[str]:
        response = client.get(f"/api/v1/claims/?{query}")
        assert response.status_code == 200, response.content
        return [c["id"] for c in response.json()["results"]]

    assert ids("status=in_review") == [str(first.pk)]
    assert ids("assignee=rita") == [str(first.pk)]
    assert ids("assignee=none") == [str(second.pk)]
    assert ids(f"article={second.article_id}") == [str(second.pk)]
    assert ids(f"article_url={second.article.url}?utm_source=x") == [str(second.pk)]
    assert ids("updated_since=2999-01-01T00:00:00Z") == []
    assert ids("ordering=-id") == [str(second.pk), str(first.pk)]


def test_article_lookup_by_url_matches_the_canonical_form(users: Users) -> None:
    article = ArticleFactory.create(
        url="https://news.example.org/a", canonical_url="https://news.example.org/a"
    )
    ArticleFactory.create()
    response = client_for(users.editor).get(
        "/api/v1/articles/", {"url": "https://NEWS.example.org/a?utm_medium=rss#top"}
    )
    assert [a["id"] for a in response.json()["results"]] == [str(article.pk)]


def test_submitting_an_article_answers_202_then_200_for_the_duplicate(users: Users) -> None:
    client = client_for(users.editor)
    body = {
        "text": "Le ministre a déclaré que 300 soldats quitteraient la base en juin.",
        "title": "Retrait",
        "url": "https://news.example.org/retrait",
        "lang": "fr",
        "published_at": "2024-06-02T08:00:00Z",
    }
    created = client.post("/api/v1/articles/", body, format="json")
    assert created.status_code == 202
    article = Article.objects.get()
    assert created["Location"] == f"http://testserver/api/v1/articles/{article.pk}/"
    assert (created.json()["state"], created.json()["duplicate"], article.language) == (
        "queued",
        False,
        "fr",
    )
    assert article.published_at == datetime(2024, 6, 2, 8, tzinfo=UTC)
    again = client.post("/api/v1/articles/", body, format="json")
    assert (again.status_code, again["Location"], again.json()["duplicate"]) == (
        200,
        created["Location"],
        True,
    )
    assert client.get(created["Location"]).json()["state"] == "queued"


def test_submitting_nothing_or_binary_text_is_a_400_with_a_message(users: Users) -> None:
    client = client_for(users.editor)
    empty = client.post("/api/v1/articles/", {"title": "x"}, format="json")
    assert empty.status_code == 400
    assert empty.json()["errors"] == {
        "non_field_errors": ["Give the article's `text`, or a `url` to fetch."]
    }
    binary = client.post("/api/v1/articles/", {"text": "a\x00b"}, format="json")
    assert binary.status_code == 400
    assert Article.objects.count() == 0


@pytest.mark.parametrize(
    ("method", "path", "status", "code"),
    [
        ("get", "/api/v1/claims/999999/", 404, "not_found"),
        ("get", "/api/v1/nowhere/", 404, "not_found"),
        ("get", "/api/v1/claims/abc/", 404, "not_found"),
        ("delete", "/api/v1/claims/", 405, "method_not_allowed"),
        ("put", "/api/v1/articles/", 405, "method_not_allowed"),
    ],
)
def test_errors_are_json_with_a_message_never_html(
    users: Users, method: str, path: str, status: int, code: str
) -> None:
    response = getattr(client_for(users.editor), method)(path)
    assert response.status_code == status
    assert response["Content-Type"] == "application/json"
    assert response.json()["code"] == code
    assert response.json()["detail"]


def test_throttling_per_user_answers_429_in_json(users: Users, monkeypatch: Any) -> None:
    monkeypatch.setattr(
        UserRateThrottle, "THROTTLE_RATES", {"user": "3/minute", "anon": "3/minute"}
    )
    client = client_for(users.editor)
    statuses = [client.get("/api/v1/sources/").status_code for _ in range(4)]
    assert statuses == [200, 200, 200, 429]
    assert client_for(users.reviewer).get("/api/v1/sources/").status_code == 200
    assert client.get("/api/v1/sources/").json()["code"] == "throttled"


def _queries(client: Any, path: str) -> tuple[int, int]:
    with CaptureQueriesContext(connection) as captured:
        response = client.get(path)
    assert response.status_code == 200
    return len(captured), len(response.json()["results"])


@pytest.mark.parametrize(
    "path",
    [
        "/api/v1/claims/",
        "/api/v1/quotes/",
        "/api/v1/articles/",
        "/api/v1/speakers/",
        "/api/v1/sources/",
        "/api/v1/claimreviews/",
    ],
)
def test_list_queries_do_not_grow_with_the_page_size(users: Users, path: str) -> None:
    for _ in range(12):
        claim = bundle(evidence=2)
        Claim.objects.filter(pk=claim.pk).update(status="false", verdict="No.")
    client = client_for(users.editor)
    small = _queries(client, f"{path}?page_size=2")
    large = _queries(client, f"{path}?page_size=10")
    assert small[1] == 2 and large[1] == 10
    assert small[0] == large[0]


def test_claim_list_counts_evidence_without_multiplying_rows(users: Users) -> None:
    claim = ClaimFactory.create()
    for _ in range(3):
        EvidenceFactory.create(claim=claim, source=SourceFactory.create())
    body = client_for(users.editor).get("/api/v1/claims/").json()
    assert (body["count"], body["results"][0]["evidence_count"]) == (1, 3)


def test_quote_status_goes_through_the_review_service(users: Users) -> None:
    claim = bundle()
    assert claim.quote_id is not None
    response = client_for(users.reviewer).post(
        f"/api/v1/quotes/{claim.quote_id}/status/",
        {"attribution_status": "misquoted", "note": "different words"},
        format="json",
    )
    assert response.status_code == 200
    assert (response.json()["attribution_status"], response.json()["status_set_by"]) == (
        "misquoted",
        "rita",
    )
    event = ReviewEvent.objects.get(quote_id=claim.quote_id)
    assert (event.from_value, event.to_value, event.actor, event.note) == (
        "unverified",
        "misquoted",
        users.reviewer,
        "different words",
    )


@pytest.mark.parametrize(
    "url", ["http://10.0.0.1/page", "http://127.0.0.1:1/x", "file:///etc/passwd"]
)
def test_submitting_an_unsafe_url_alone_is_a_400_and_queues_nothing(
    users: Users, url: str, django_capture_on_commit_callbacks: Any
) -> None:
    from sources.models import FetchJob

    with django_capture_on_commit_callbacks() as queued:
        response = client_for(users.editor).post("/api/v1/articles/", {"url": url}, format="json")
    assert response.status_code == 400
    assert list(response.json()["errors"]) == ["url"]
    assert (FetchJob.objects.count(), queued) == (0, [])


def test_submitting_a_url_alone_answers_202_with_the_fetch_job_to_follow(
    users: Users, django_capture_on_commit_callbacks: Any
) -> None:
    from sources.models import FetchJob

    # Captured, not run: the fetch itself is the ingestion engineer's (no outside traffic here).
    with django_capture_on_commit_callbacks() as queued:
        response = client_for(users.editor).post(
            "/api/v1/articles/", {"url": "https://news.example.org/a"}, format="json"
        )
    job = FetchJob.objects.get()
    assert response.status_code == 202
    assert response["Location"] == f"http://testserver/api/v1/fetch-jobs/{job.pk}/"
    assert (response.json()["state"], response.json()["article"], len(queued)) == (
        "queued",
        None,
        1,
    )
    followed = client_for(users.editor).get(response["Location"]).json()
    assert (followed["id"], followed["url"]) == (str(job.pk), "https://news.example.org/a")


@pytest.mark.parametrize(
    "query", ["page=", "page=x", "page_size=", "page_size=null", "status=", "rejected=null"]
)
def test_unreadable_paging_and_filter_values_are_a_400_not_ignored(
    users: Users, query: str
) -> None:
    response = client_for(users.editor).get(f"/api/v1/claims/?{query}")
    assert response.status_code == 400
    assert list(response.json()["errors"]) == [query.split("=")[0]]


def test_a_crash_is_a_json_500_without_a_stack_trace(users: Users, monkeypatch: Any) -> None:
    from claims.api.views import SourceViewSet

    def crash(*args: Any, **kwargs: Any) -> None:
        raise RuntimeError("secret internals")

    monkeypatch.setattr(SourceViewSet, "list", crash)
    client = client_for(users.editor)
    client.raise_request_exception = False
    response = client.get("/api/v1/sources/")
    assert (response.status_code, response["Content-Type"]) == (500, "application/json")
    assert response.json() == {"detail": "Internal server error.", "code": "server_error"}


@pytest.mark.parametrize(
    ("since", "found"),
    [
        ("9050-11-17T00:15:50.3-18:16", 0),
        ("9999-12-31T23:00:00-18:00", 0),
        ("0001-01-01T00:00:00+18:00", 1),
        ("2000-01-01T00:00:00+14:00", 1),
    ],
)
def test_updated_since_takes_any_iso_offset(users: Users, since: str, found: int) -> None:
    bundle()
    response = client_for(users.editor).get("/api/v1/claims/", {"updated_since": since})
    assert (response.status_code, response.json()["count"]) == (200, found)


def test_an_id_beyond_any_database_integer_is_a_404(users: Users) -> None:
    client = client_for(users.editor)
    for path in (
        "/api/v1/claims/99999999999999999999999/",
        "/api/v1/articles/9223372036854775808/",
    ):
        response = client.get(path)
        assert (response.status_code, response.json()["code"]) == (404, "not_found")
    response = client.get("/api/v1/claims/", {"article": "99999999999999999999999"})
    assert response.status_code == 400
