"""The admin: roles, pages, the re-queue action, escaping and the read-only history."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import pytest
from django.apps import apps
from django.contrib import admin
from django.contrib.admin.models import LogEntry
from django.contrib.auth.models import Group, User
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from claims.models import (
    Article,
    Claim,
    ClaimStatus,
    CorroborationRun,
    Evidence,
    Origin,
    ProcessingState,
    Quote,
    ReviewEvent,
)
from claims.text import clean_body, content_hash
from sources.models import Source
from tests.factories import (
    PASSWORD,
    ArticleFactory,
    ClaimFactory,
    CorroborationRunFactory,
    EvidenceFactory,
    QuoteFactory,
    ReviewEventFactory,
    SourceFactory,
    SpeakerFactory,
    SuperuserFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db

SCRIPT = "<script>alert('x')</script>"
SCRIPT_ESCAPED = "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;"


def _url(model: Any, view: str, *args: Any) -> str:
    opts = model._meta
    return reverse(f"admin:{opts.app_label}_{opts.model_name}_{view}", args=args)


def _client(user: User) -> Client:
    client = Client()
    assert client.login(username=user.get_username(), password=PASSWORD)
    return client


@pytest.fixture
def superuser() -> User:
    return SuperuserFactory.create(username="boss")


@pytest.fixture
def reviewer() -> User:
    return UserFactory.create(username="rita", groups=["Reviewer"])


@pytest.fixture
def editor() -> User:
    return UserFactory.create(username="eddie", groups=["Editor"])


def _bundle() -> Claim:
    """One of every model, linked as the pipeline links them."""
    article = ArticleFactory.create()
    speaker = SpeakerFactory.create()
    quote = QuoteFactory.create(article=article, speaker=speaker)
    claim = ClaimFactory.create(article=article, speaker=speaker, quote=quote)
    claim_run = CorroborationRunFactory.create(claim=claim)
    quote_run = CorroborationRunFactory.create(claim=None, quote=quote, query=quote.text)
    EvidenceFactory.create(claim=claim, run=claim_run)
    EvidenceFactory.create(claim=None, quote=quote, run=quote_run)
    ReviewEventFactory.create(claim=claim)
    ReviewEventFactory.create(claim=None, article=article, kind=ReviewEvent.Kind.REQUEUE)
    return claim


# --- Roles --------------------------------------------------------------------------------------


def test_roles_migration_grants_exactly_the_documented_permissions() -> None:
    granted = {
        group.name: sorted(
            f"{p.content_type.app_label}.{p.codename}"
            for p in group.permissions.select_related("content_type")
        )
        for group in Group.objects.filter(name__in=["Reviewer", "Editor"])
    }
    assert granted == {
        "Reviewer": [
            "claims.add_evidence",
            "claims.change_claim",
            "claims.change_evidence",
            "claims.change_quote",
            "claims.change_speaker",
            "claims.view_article",
            "claims.view_claim",
            "claims.view_evidence",
            "claims.view_quote",
            "claims.view_reviewevent",
            "claims.view_speaker",
            "sources.view_source",
        ],
        "Editor": [
            "claims.add_article",
            "claims.view_article",
            "claims.view_claim",
            "claims.view_evidence",
            "claims.view_quote",
            "claims.view_reviewevent",
            "claims.view_speaker",
            "sources.view_source",
        ],
    }


def test_every_role_logs_in_through_the_admin_login_form(
    superuser: User, reviewer: User, editor: User
) -> None:
    for user in (superuser, reviewer, editor):
        client = Client()
        response = client.post(
            reverse("admin:login"),
            {"username": user.get_username(), "password": PASSWORD, "next": "/admin/"},
        )
        assert (response.status_code, response["Location"]) == (302, "/admin/")
        assert client.get("/admin/").status_code == 200


# --- Pages --------------------------------------------------------------------------------------


def test_every_model_of_claims_and_sources_is_registered() -> None:
    ours = {
        *apps.get_app_config("claims").get_models(),
        *apps.get_app_config("sources").get_models(),
    }
    assert ours - set(admin.site._registry) == set()


def test_every_changelist_and_change_page_answers_200_for_the_superuser(
    superuser: User,
) -> None:
    _bundle()
    client = _client(superuser)
    statuses = {}
    for model in admin.site._registry:
        obj = model._default_manager.order_by("pk").first()
        assert obj is not None, model
        statuses[model._meta.label] = (
            client.get(_url(model, "changelist")).status_code,
            client.get(_url(model, "change", obj.pk)).status_code,
        )
    assert statuses == {model._meta.label: (200, 200) for model in admin.site._registry}


@pytest.mark.parametrize(
    "model",
    [
        Article,
        Claim,
        "claims.Quote",
        Evidence,
        CorroborationRun,
        "claims.Speaker",
        ReviewEvent,
        Source,
    ],
)
def test_changelists_cost_the_same_number_of_queries_for_one_row_or_many(
    superuser: User, model: Any
) -> None:
    model = apps.get_model(model) if isinstance(model, str) else model
    client = _client(superuser)
    _bundle()
    SourceFactory.create()

    def queries() -> int:
        with CaptureQueriesContext(connection) as captured:
            assert client.get(_url(model, "changelist")).status_code == 200
        return len(captured)

    few = queries()
    for _ in range(4):
        _bundle()
    assert model._default_manager.count() >= 5
    assert queries() == few


def test_reviewer_and_editor_see_what_their_role_allows(reviewer: User, editor: User) -> None:
    claim = _bundle()
    pages = {
        "claim list": _url(Claim, "changelist"),
        "claim page": _url(Claim, "change", claim.pk),
        "article add": _url(Article, "add"),
        "evidence add": _url(Evidence, "add"),
        "source list": _url(Source, "changelist"),
        "event list": _url(ReviewEvent, "changelist"),
        "run list": _url(CorroborationRun, "changelist"),
        "user list": reverse("admin:auth_user_changelist"),
    }
    seen = {
        role: {name: _client(user).get(url).status_code for name, url in pages.items()}
        for role, user in (("reviewer", reviewer), ("editor", editor))
    }
    assert seen == {
        "reviewer": {
            "claim list": 200,
            "claim page": 200,
            "article add": 403,
            "evidence add": 200,
            "source list": 200,
            "event list": 200,
            "run list": 403,
            "user list": 403,
        },
        "editor": {
            "claim list": 200,
            "claim page": 200,
            "article add": 200,
            "evidence add": 403,
            "source list": 200,
            "event list": 200,
            "run list": 403,
            "user list": 403,
        },
    }


# --- Review through the admin -------------------------------------------------------------------


def _claim_form(**changes: Any) -> dict[str, Any]:
    return {
        "status": ClaimStatus.IN_REVIEW,
        "assignee": "",
        "verdict": "",
        "speaker": "",
        "quote": "",
        "evidence-TOTAL_FORMS": "0",
        "evidence-INITIAL_FORMS": "0",
        "evidence-MIN_NUM_FORMS": "0",
        "evidence-MAX_NUM_FORMS": "1000",
        **changes,
    }


def test_editor_cannot_change_a_claim(editor: User) -> None:
    claim = ClaimFactory.create()
    response = _client(editor).post(_url(Claim, "change", claim.pk), _claim_form())
    assert response.status_code == 403
    claim.refresh_from_db()
    assert (claim.status, claim.revision) == (ClaimStatus.UNREVIEWED, 1)
    assert ReviewEvent.objects.count() == 0


def test_reviewer_change_writes_one_event_per_reviewed_field(reviewer: User) -> None:
    claim = ClaimFactory.create()
    response = _client(reviewer).post(
        _url(Claim, "change", claim.pk), _claim_form(assignee=reviewer.pk)
    )
    assert response.status_code == 302
    claim.refresh_from_db()
    assert (claim.status, claim.assignee_id, claim.revision) == (
        ClaimStatus.IN_REVIEW,
        reviewer.pk,
        2,
    )
    events = ReviewEvent.objects.filter(claim=claim).order_by("kind")
    assert [(e.kind, e.field, e.from_value, e.to_value, e.actor_id) for e in events] == [
        ("assignment", "assignee", "", "rita", reviewer.pk),
        ("status", "status", "unreviewed", "in_review", reviewer.pk),
    ]


def test_reviewer_attaches_evidence_by_hand(reviewer: User) -> None:
    claim = ClaimFactory.create()
    source = SourceFactory.create()
    response = _client(reviewer).post(
        _url(Evidence, "add"),
        {
            "claim": claim.pk,
            "quote": "",
            "source": source.pk,
            "passage": "Au moins 25 combattants",
            "passage_start": "",
            "passage_end": "",
            "score": "1",
            "stance": "supports",
        },
    )
    assert response.status_code == 302
    evidence = Evidence.objects.get()
    assert (evidence.claim_id, evidence.origin, evidence.added_by_id) == (
        claim.pk,
        Origin.PERSON,
        reviewer.pk,
    )
    event = ReviewEvent.objects.get()
    assert (event.claim_id, event.kind, event.to_value, event.actor_id) == (
        claim.pk,
        "evidence",
        f"source {source.external_id}",
        reviewer.pk,
    )


def test_evidence_needs_exactly_one_target(reviewer: User) -> None:
    """Refused with a message in the form, never as a database error."""
    claim = ClaimFactory.create()
    quote = QuoteFactory.create(article=claim.article)
    response = _client(reviewer).post(
        _url(Evidence, "add"),
        {
            "claim": claim.pk,
            "quote": quote.pk,
            "source": SourceFactory.create().pk,
            "passage": "Au moins 25 combattants",
            "score": "1",
            "stance": "supports",
        },
    )
    assert response.status_code == 200
    assert response.context["adminform"].form.non_field_errors() == [
        "Constraint “evidence_one_target” is violated."
    ]
    assert Evidence.objects.count() == 0


# --- Articles -----------------------------------------------------------------------------------


def test_requeue_action_queues_the_article_and_records_who_asked(
    superuser: User,
    django_capture_on_commit_callbacks: Callable[..., Any],
) -> None:
    article = ArticleFactory.create(
        state=ProcessingState.FAILED,
        failure_reason="ValueError: boom",
        failed_at=datetime(2020, 3, 18, tzinfo=UTC),
        attempts=3,
    )
    with django_capture_on_commit_callbacks() as callbacks:
        response = _client(superuser).post(
            _url(Article, "changelist"), {"action": "requeue", "_selected_action": [article.pk]}
        )
    assert response.status_code == 302
    article.refresh_from_db()
    assert (article.state, article.failure_reason, article.failed_at, article.attempts) == (
        ProcessingState.QUEUED,
        "",
        None,
        0,
    )
    event = ReviewEvent.objects.get()
    assert (event.article_id, event.kind, event.field, event.from_value, event.to_value) == (
        article.pk,
        "requeue",
        "state",
        "failed",
        "queued",
    )
    assert event.actor_id == superuser.pk
    assert len(callbacks) == 1  # the processing job, sent after commit


def test_requeue_action_is_not_offered_without_the_change_permission(
    editor: User,
    django_capture_on_commit_callbacks: Callable[..., Any],
) -> None:
    article = ArticleFactory.create(state=ProcessingState.FAILED, failure_reason="boom")
    client = _client(editor)
    assert client.get(_url(Article, "changelist")).context["action_form"] is None
    with django_capture_on_commit_callbacks() as callbacks:
        client.post(
            _url(Article, "changelist"), {"action": "requeue", "_selected_action": [article.pk]}
        )
    article.refresh_from_db()
    assert (article.state, article.failure_reason) == (ProcessingState.FAILED, "boom")
    assert (ReviewEvent.objects.count(), len(callbacks)) == (0, 0)


def test_article_page_shows_state_and_counts(superuser: User) -> None:
    claim = _bundle()
    ClaimFactory.create(article=claim.article)
    response = _client(superuser).get(_url(Article, "change", claim.article_id))
    article = response.context["original"]
    assert (article.claim_count, article.quote_count) == (2, 1)
    changelist = _client(superuser).get(_url(Article, "changelist"))
    rows = {a.pk: (a.claim_count, a.quote_count) for a in changelist.context["cl"].result_list}
    assert rows == {claim.article_id: (2, 1)}


def test_script_in_an_article_is_shown_escaped(superuser: User) -> None:
    article = ArticleFactory.create(title=f"Titre {SCRIPT}", body=f"Avant {SCRIPT} après.")
    ClaimFactory.create(article=article, text=f"Le texte {SCRIPT}")
    client = _client(superuser)
    for url in (
        _url(Article, "change", article.pk),
        _url(Article, "changelist"),
        _url(Claim, "changelist"),
    ):
        content = client.get(url).content.decode()
        assert SCRIPT not in content, url
        assert SCRIPT_ESCAPED in content, url


def test_editor_adds_an_article_through_the_ingest_service(
    editor: User,
    django_capture_on_commit_callbacks: Callable[..., Any],
) -> None:
    body = "Le Parlement irakien a voté une motion demandant le départ des troupes étrangères."
    form = {
        "url": "https://news.example.org/vote?utm_source=feed",
        "title": "Vote au Parlement",
        "publisher": "Demo",
        "author": "",
        "language": "fr",
        "published_at_0": "2020-01-05",
        "published_at_1": "18:00:00",
        "body": body,
    }
    client = _client(editor)
    with django_capture_on_commit_callbacks() as callbacks:
        first = client.post(_url(Article, "add"), form)
    article = Article.objects.get()
    assert first.status_code == 302
    assert (article.canonical_url, article.state, article.language) == (
        "https://news.example.org/vote",
        ProcessingState.QUEUED,
        "fr",
    )
    assert article.content_hash == content_hash(clean_body(body, max_chars=10_000))
    assert len(callbacks) == 1
    shown = [str(m) for m in client.get(first["Location"]).context["messages"]]
    assert shown == ["The article “Vote au Parlement” was added successfully."]

    again = client.post(_url(Article, "add"), form)
    assert (again.status_code, again["Location"]) == (302, _url(Article, "change", article.pk))
    assert Article.objects.count() == 1
    messages = [str(m) for m in client.get(again["Location"]).context["messages"]]
    assert messages == [f"This article was already stored, as article {article.pk}."]
    assert LogEntry.objects.filter(object_id=str(article.pk)).count() == 1


# --- History ------------------------------------------------------------------------------------


def test_review_event_admin_refuses_add_change_and_delete(superuser: User) -> None:
    event = ReviewEventFactory.create()
    client = _client(superuser)
    assert client.get(_url(ReviewEvent, "add")).status_code == 403
    assert client.post(_url(ReviewEvent, "add"), {"kind": "note"}).status_code == 403
    assert client.post(_url(ReviewEvent, "change", event.pk), {"note": "x"}).status_code == 403
    assert client.post(_url(ReviewEvent, "delete", event.pk), {"post": "yes"}).status_code == 403
    page = client.get(_url(ReviewEvent, "change", event.pk))
    assert page.status_code == 200
    assert 'name="_save"' not in page.content.decode()
    assert client.get(_url(ReviewEvent, "changelist")).context["action_form"] is None
    event.refresh_from_db()
    assert (ReviewEvent.objects.count(), event.note) == (1, "")


def test_the_same_passage_cannot_be_attached_twice(reviewer: User) -> None:
    evidence = EvidenceFactory.create()
    response = _client(reviewer).post(
        _url(Evidence, "add"),
        {
            "claim": evidence.claim_id,
            "quote": "",
            "source": evidence.source_id,
            "passage": evidence.passage,
            "score": "1",
            "stance": "supports",
        },
    )
    assert response.status_code == 200
    assert response.context["adminform"].form.non_field_errors() == [
        "This passage of this source is already attached."
    ]
    assert Evidence.objects.count() == 1


def test_reviewer_sets_a_quote_status_through_the_review_service(reviewer: User) -> None:
    quote = QuoteFactory.create()
    speaker_id = quote.speaker_id
    response = _client(reviewer).post(
        _url(Quote, "change", quote.pk),
        {
            "kind": "direct",
            "speaker": speaker_id,
            "attribution_status": "misquoted",
            "evidence-TOTAL_FORMS": "0",
            "evidence-INITIAL_FORMS": "0",
            "evidence-MIN_NUM_FORMS": "0",
            "evidence-MAX_NUM_FORMS": "1000",
        },
    )
    assert response.status_code == 302
    quote.refresh_from_db()
    assert (quote.attribution_status, quote.status_set_by_id, quote.corrected) == (
        "misquoted",
        reviewer.pk,
        False,
    )
    event = ReviewEvent.objects.get()
    assert (event.quote_id, event.kind, event.field, event.from_value, event.to_value) == (
        quote.pk,
        "status",
        "attribution_status",
        "unverified",
        "misquoted",
    )
