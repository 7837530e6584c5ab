"""The admin: roles, pages, the re-queue action, escaping and the read-only history."""

from __future__ import annotations

import hashlib
import json
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
    Speaker,
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
    ours = [m for m in admin.site._registry if m._meta.app_label in ("claims", "sources")]
    statuses = {}
    for model in ours:
        # Records only the fetchers and the index write (feeds, jobs, term statistics) may be
        # empty here: their change page is not asked for.
        # (The search index may keep a term statistic for the empty term, which has no page.)
        obj = next((o for o in model._default_manager.order_by("pk")[:5] if o.pk != ""), None)
        statuses[model._meta.label] = (
            client.get(_url(model, "changelist")).status_code,
            client.get(_url(model, "change", obj.pk)).status_code if obj else 200,
        )
    assert statuses == {model._meta.label: (200, 200) for model in ours}
    assert {"claims.Claim", "claims.Quote", "claims.Evidence", "sources.Source"} <= set(statuses)


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
    # Two review changes, each through its service: the assignment, then the status.
    assert (claim.status, claim.assignee_id, claim.revision) == (
        ClaimStatus.IN_REVIEW,
        reviewer.pk,
        3,
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


# --- The workbench: queue, claim page, workflow, corrections ------------------------------------

BODY = (
    "Selon le porte-parole, M. Sahhaf, « les drones ont tué 25 combattants » près de Qaëm, "
    "a-t-il déclaré mardi. La base a été remise aux forces irakiennes."
)


def _workbench_claim() -> Claim:
    """A claim inside a quote, with a misquote and a number conflict among its evidence."""
    article = ArticleFactory.create(body=BODY, title="Qaëm")
    quote_start = BODY.index("les drones")
    quote_end = BODY.index(" » près")
    mention_start = BODY.index("M. Sahhaf")
    cue_start = BODY.index("a-t-il déclaré")
    quote = QuoteFactory.create(
        article=article,
        text=BODY[quote_start:quote_end],
        spans=[[quote_start, quote_end]],
        start=quote_start,
        end=quote_end,
        speaker_mention="M. Sahhaf",
        mention_start=mention_start,
        mention_end=mention_start + len("M. Sahhaf"),
        cue_text="a-t-il déclaré",
        cue_start=cue_start,
        cue_end=cue_start + len("a-t-il déclaré"),
    )
    claim = ClaimFactory.create(
        article=article,
        quote=quote,
        speaker=quote.speaker,
        text=BODY[quote_start:quote_end],
        start=quote_start,
        end=quote_end,
        suggested_status=ClaimStatus.DISPUTED,
    )
    source = SourceFactory.create(
        title="Dépêche", publisher="Wire", text="Les drones ont tué 40 combattants près de Qaëm."
    )
    EvidenceFactory.create(
        claim=claim,
        source=source,
        passage=source.text,
        stance="contradicts",
        score=0.71,
        signals={
            "overlap": 0.8,
            "quote_match": 0.75,
            "speaker_match": True,
            "numbers": {
                "claim": [{"value": 25, "text": "25", "noun": "combattant", "qualifier": None}],
                "source": [{"value": 40, "text": "40", "noun": "combattant", "qualifier": None}],
                "conflict": True,
                "agree": False,
            },
        },
    )
    return claim


def test_claim_page_highlights_the_span_and_shows_the_evidence_side_by_side(
    reviewer: User,
) -> None:
    claim = _workbench_claim()
    html = _client(reviewer).get(_url(Claim, "change", claim.pk)).content.decode()
    # The claim's span, which is also the quoted words, is one mark carrying both classes.
    assert (
        '<mark id="wb-focus" class="wb-claim wb-quote">les drones ont tué 25 combattants</mark>'
        in html
    )
    assert '<mark class="wb-mention">M. Sahhaf</mark>' in html
    assert '<mark class="wb-cue">a-t-il déclaré</mark>' in html
    # The passage with the words it shares with the claim marked; short words are not.
    assert (
        'Les <mark class="wb-match">drones</mark> ont tué 40 '
        '<mark class="wb-match">combattants</mark> près de Qaëm.'
    ) in html
    # The two figures of the number conflict, and the word diff of the possible misquote.
    assert '<b class="wb-fig-claim">25</b> ≠ source <b class="wb-fig-source">40</b>' in html
    assert (
        "<span>les drones ont tué</span> <del>25</del> <ins>40</ins> <span>combattants</span></p>"
        in html
    )
    assert 'href="https://wire.example.com/' in html
    assert "Dépêche" in html and "Wire" in html


def test_claim_page_escapes_a_script_in_the_article_and_in_a_source(reviewer: User) -> None:
    body = f"Avant {SCRIPT} après la base."
    article = ArticleFactory.create(body=body)
    claim = ClaimFactory.create(article=article, text=body, start=0, end=len(body))
    source = SourceFactory.create(text=f"base {SCRIPT}", url="javascript:alert(1)")
    EvidenceFactory.create(claim=claim, source=source, passage=source.text)
    html = _client(reviewer).get(_url(Claim, "change", claim.pk)).content.decode()
    assert SCRIPT not in html
    assert (
        f'<mark id="wb-focus" class="wb-claim">Avant {SCRIPT_ESCAPED} après la base.</mark>' in html
    )
    assert "javascript:alert" not in html  # a non-web address is not made a link


def test_reviewer_accepts_the_suggestion_in_one_click(reviewer: User) -> None:
    claim = _workbench_claim()
    response = _client(reviewer).post(
        reverse("admin:claims_claim_accept", args=[claim.pk]),
        {"revision": claim.revision, "verdict": "Les dépêches donnent 40 morts."},
    )
    assert response.status_code == 302
    claim.refresh_from_db()
    assert (claim.status, claim.verdict, claim.revision) == (
        ClaimStatus.DISPUTED,
        "Les dépêches donnent 40 morts.",
        2,
    )
    kinds = list(
        ReviewEvent.objects.filter(claim=claim).order_by("kind").values_list("kind", "actor")
    )
    assert kinds == [("status", reviewer.pk), ("verdict", reviewer.pk)]


def test_a_final_status_without_a_verdict_is_refused_in_the_form(reviewer: User) -> None:
    claim = ClaimFactory.create()
    response = _client(reviewer).post(
        _url(Claim, "change", claim.pk), _claim_form(status=ClaimStatus.FALSE)
    )
    assert response.status_code == 200
    assert response.context["adminform"].form.errors["verdict"] == [
        "A final status needs a written verdict: it becomes the ClaimReview text."
    ]
    claim.refresh_from_db()
    assert (claim.status, claim.revision, ReviewEvent.objects.count()) == ("unreviewed", 1, 0)


def test_a_claim_changed_meanwhile_is_not_overwritten(reviewer: User) -> None:
    claim = ClaimFactory.create(revision=4)
    client = _client(reviewer)
    response = client.post(
        _url(Claim, "change", claim.pk), _claim_form(seen_revision=3), follow=True
    )
    assert [str(m) for m in response.context["messages"]] == [
        "Nothing was changed: someone else changed this claim while you were reading it "
        "(revision 3, now 4); reload the page"
    ]
    claim.refresh_from_db()
    assert (claim.status, claim.revision, ReviewEvent.objects.count()) == ("unreviewed", 4, 0)
    assert LogEntry.objects.count() == 0


def test_reviewer_writes_a_note_and_an_editor_cannot(reviewer: User, editor: User) -> None:
    claim = ClaimFactory.create()
    url = reverse("admin:claims_claim_note", args=[claim.pk])
    assert _client(editor).post(url, {"note": "x"}).status_code == 403
    assert _client(reviewer).post(url, {"note": "Appeler l'agence."}).status_code == 302
    assert list(ReviewEvent.objects.values_list("kind", "note", "actor")) == [
        ("note", "Appeler l'agence.", reviewer.pk)
    ]
    html = _client(editor).get(_url(Claim, "change", claim.pk)).content.decode()
    assert "Appeler l&#x27;agence." in html
    assert 'name="note"' not in html  # the editor reads the page without its forms


def test_queue_filters_counts_and_order(reviewer: User) -> None:
    mine = ClaimFactory.create(checkworthiness=0.9, assignee=reviewer)
    contradicted = _workbench_claim()  # checkworthiness 0.8
    low = ClaimFactory.create(checkworthiness=0.2, status=ClaimStatus.FALSE, verdict="Faux.")
    client = _client(reviewer)

    def rows(query: str = "") -> list[int]:
        response = client.get(_url(Claim, "changelist") + query)
        return [c.pk for c in response.context["cl"].result_list]

    assert rows() == [mine.pk, contradicted.pk, low.pk]
    assert rows("?assigned=me") == [mine.pk]
    assert rows("?contradicting=yes") == [contradicted.pk]
    assert rows("?worth=low") == [low.pk]
    assert rows("?worth=high") == [mine.pk, contradicted.pk]
    assert rows("?status__exact=false") == [low.pk]
    assert rows("?suggested_status__exact=disputed") == [contradicted.pk]
    assert rows(f"?article__id__exact={low.article_id}") == [low.pk]
    assert rows("?q=drones") == [mine.pk, contradicted.pk, low.pk]
    counts = client.get(_url(Claim, "changelist")).context["wb_counts"]
    assert {c["value"]: c["count"] for c in counts} == {
        "unreviewed": 2,
        "in_review": 0,
        "corroborated": 0,
        "disputed": 0,
        "false": 1,
        "unverifiable": 0,
        "not_checkworthy": 0,
    }


def test_quote_queue_ranks_quotes_by_their_claims(reviewer: User) -> None:
    claim = _workbench_claim()
    lone = QuoteFactory.create()
    response = _client(reviewer).get(_url(Quote, "changelist"))
    assert [q.pk for q in response.context["cl"].result_list] == [claim.quote_id, lone.pk]


def test_changelist_queries_do_not_grow_with_ten_thousand_claims(superuser: User) -> None:
    client = _client(superuser)
    article = ArticleFactory.create()

    def make(n: int, offset: int) -> None:
        Claim.objects.bulk_create(
            Claim(
                article=article,
                fingerprint=f"bulk-{offset + i}",
                text=f"Claim {offset + i}",
                start=0,
                end=5,
                checkworthiness=(i % 100) / 100,
            )
            for i in range(n)
        )

    def queries() -> int:
        with CaptureQueriesContext(connection) as captured:
            response = client.get(_url(Claim, "changelist"))
            assert response.status_code == 200
        return len(captured)

    make(10, 0)
    ten = queries()
    make(9_990, 10)
    assert Claim.objects.count() == 10_000
    assert queries() == ten


def _action(client: Client, action: str, claims: list[Claim], **extra: Any) -> Any:
    return client.post(
        _url(Claim, "changelist"),
        {"action": action, "_selected_action": [c.pk for c in claims], "index": 0, **extra},
    )


def test_bulk_assign_and_set_status_go_through_the_review_service(reviewer: User) -> None:
    claims = [ClaimFactory.create(), ClaimFactory.create()]
    client = _client(reviewer)
    assert _action(client, "assign_selected", claims).status_code == 302
    _action(client, "set_status_selected", claims, status="false", verdict="Démenti.")
    rows = Claim.objects.order_by("pk").values_list("assignee", "status", "verdict", "revision")
    assert list(rows) == [(reviewer.pk, "false", "Démenti.", 3)] * 2
    assert ReviewEvent.objects.filter(kind="assignment").count() == 2
    assert ReviewEvent.objects.filter(kind="status", to_value="false").count() == 2


def test_bulk_status_needs_a_verdict_and_reports_the_refusal(reviewer: User) -> None:
    claim = ClaimFactory.create()
    response = _action(_client(reviewer), "set_status_selected", [claim], status="false")
    assert response.status_code == 302
    claim.refresh_from_db()
    assert (claim.status, ReviewEvent.objects.count()) == ("unreviewed", 0)


def test_editor_is_offered_only_the_exports(editor: User) -> None:
    claim = ClaimFactory.create()
    client = _client(editor)
    choices = [
        c[0]
        for c in client.get(_url(Claim, "changelist"))
        .context["action_form"]
        .fields["action"]
        .choices
    ]
    assert choices == ["", "export_csv", "export_json", "export_claimreview"]
    _action(client, "set_status_selected", [claim], status="in_review")
    claim.refresh_from_db()
    assert (claim.status, ReviewEvent.objects.count()) == ("unreviewed", 0)


def test_exports_csv_json_and_claimreview(reviewer: User) -> None:
    claim = ClaimFactory.create(
        text="=1+1 drones", status="false", verdict="Faux.", checkworthiness=0.5
    )
    client = _client(reviewer)
    csv_text = _action(client, "export_csv", [claim]).content.decode()
    header, row = csv_text.splitlines()[:2]
    assert header.startswith("id,article_id,article_title,text,start,end,checkworthiness")
    assert row.startswith(f"{claim.pk},{claim.article_id},{claim.article.title},'=1+1 drones,0,")
    data = json.loads(_action(client, "export_json", [claim]).content)
    assert (data[0]["id"], data[0]["status"], data[0]["verdict"]) == (
        str(claim.pk),
        "false",
        "Faux.",
    )
    reviews = json.loads(_action(client, "export_claimreview", [claim]).content)
    assert len(reviews) == 1 and reviews[0]["@type"] == "ClaimReview"


def test_dashboard_draws_its_charts_for_reviewers_and_editors(
    reviewer: User, editor: User, superuser: User
) -> None:
    first, second = ClaimFactory.create(), ClaimFactory.create()
    from claims.services import claim_status_set

    claim_status_set(claim=first, status="false", verdict="Faux.", actor=reviewer)
    # A second reviewer who comes to the same final status (through another status first).
    claim_status_set(claim=first, status="in_review", actor=superuser)
    claim_status_set(claim=first, status="false", verdict="Faux.", actor=superuser)
    claim_status_set(claim=second, status="disputed", verdict="Contesté.", actor=reviewer)
    claim_status_set(claim=second, status="corroborated", verdict="Confirmé.", actor=superuser)
    url = reverse("admin:claims_dashboard")
    response = _client(editor).get(url)
    assert response.status_code == 200
    assert response.context["wb_agreement"] == {
        "compared": 2,
        "agreed": 1,
        "rate": 0.5,
        "percent": 50,
    }
    html = response.content.decode()
    assert html.count('<svg class="wb-chart"') == 6
    assert "1 of 2 second reviews gave the same final status as the first reviewer." in html
    assert Client().get(url).status_code == 302  # anonymous: to the login page


def test_article_shows_progress_and_retries(
    superuser: User, django_capture_on_commit_callbacks: Callable[..., Any]
) -> None:
    article = ArticleFactory.create(state=ProcessingState.CORROBORATING)
    ClaimFactory.create(article=article, corroboration_state="done")
    ClaimFactory.create(article=article, corroboration_state="pending")
    QuoteFactory.create(article=article, corroboration_state="failed")
    ClaimFactory.create(article=article, corroboration_state="pending", rejected=True)
    client = _client(superuser)
    html = client.get(_url(Article, "changelist")).content.decode()
    assert "corroborating 2 of 3" in html
    with django_capture_on_commit_callbacks() as callbacks:
        response = client.post(reverse("admin:claims_article_retry", args=[article.pk]))
    assert response.status_code == 302
    article.refresh_from_db()
    assert (article.state, len(callbacks)) == (ProcessingState.QUEUED, 1)


def test_speakers_are_merged_from_the_admin(reviewer: User) -> None:
    full = SpeakerFactory.create(name="Ahmad al-Sahhaf", aliases=["M. Sahhaf"])
    short = SpeakerFactory.create(name="Sahhaf", aliases=["le porte-parole"])
    QuoteFactory.create(speaker=full)
    QuoteFactory.create(speaker=full)
    moved = QuoteFactory.create(speaker=short)
    claim = ClaimFactory.create(speaker=short)
    response = _client(reviewer).post(
        _url(Speaker, "changelist"),
        {"action": "merge_selected", "_selected_action": [full.pk, short.pk], "index": 0},
    )
    assert response.status_code == 302
    full.refresh_from_db()
    short.refresh_from_db()
    moved.refresh_from_db()
    claim.refresh_from_db()
    assert (moved.speaker_id, claim.speaker_id, short.merged_into_id) == (full.pk, full.pk, full.pk)
    assert full.aliases == ["M. Sahhaf", "Sahhaf", "le porte-parole"]
    assert sorted(
        ReviewEvent.objects.values_list("quote", "claim", "field", "from_value", "to_value"),
        key=str,
    ) == sorted(
        [
            (moved.pk, None, "speaker", "Sahhaf", "Ahmad al-Sahhaf"),
            (None, claim.pk, "speaker", "Sahhaf", "Ahmad al-Sahhaf"),
        ],
        key=str,
    )
    page = _client(reviewer).get(_url(Speaker, "change", full.pk)).content.decode()
    assert page.count(moved.text) >= 3  # every quote of the speaker, across articles


# --- Corrections (services the claim page calls) ------------------------------------------------


def _extracted(article: Article, start: int, end: int) -> dict[str, Any]:
    return {
        "language": "fr",
        "quotes": [],
        "claims": [
            {
                "text": article.body[start:end],
                "start": start,
                "end": end,
                "checkworthiness": 0.7,
                "attribution": "outlet",
            }
        ],
    }


def test_a_fixed_span_survives_reprocessing(reviewer: User) -> None:
    from claims.services import claim_span_fix
    from claims.services.extraction import extraction_persist

    article = ArticleFactory.create(body=BODY)
    result = _extracted(article, 0, 40)
    extraction_persist(article=article, result=result)
    claim = Claim.objects.get()
    claim_span_fix(claim=claim, start=0, end=BODY.index(" près"), actor=reviewer, note="trop court")
    extraction_persist(article=article, result=result)
    claim = Claim.objects.get()  # the machine's row was not brought back beside the fix
    assert (claim.start, claim.end, claim.text, claim.corrected, claim.revision) == (
        0,
        BODY.index(" près"),
        BODY[: BODY.index(" près")],
        True,
        2,
    )
    event = ReviewEvent.objects.get()
    assert (event.kind, event.field, event.from_value, event.to_value, event.note) == (
        "correction",
        "span",
        "0–40",
        f"0–{BODY.index(' près')}",
        "trop court",
    )


def test_split_merge_reject_and_add(
    reviewer: User, django_capture_on_commit_callbacks: Callable[..., Any]
) -> None:
    from claims.services import claim_add, claim_merge, claim_reject, claim_split

    article = ArticleFactory.create(body=BODY)
    cut = BODY.index("La base")
    claim = ClaimFactory.create(article=article, text=BODY, start=0, end=len(BODY))
    with django_capture_on_commit_callbacks() as callbacks:
        first, second = claim_split(claim=claim, at=cut, actor=reviewer)
    assert (first.start, first.end, first.text) == (0, cut, BODY[:cut])
    assert (second.start, second.end, second.text, second.origin) == (
        cut,
        len(BODY),
        BODY[cut:],
        "person",
    )
    assert len(callbacks) == 2  # both parts are corroborated again
    merged = claim_merge(claim=first, other=second, actor=reviewer)
    second.refresh_from_db()
    assert (merged.start, merged.end, second.rejected) == (0, len(BODY), True)
    claim_reject(claim=merged, actor=reviewer, note="pas une affirmation")
    merged.refresh_from_db()
    assert merged.rejected is True
    added = claim_add(article=article, start=cut, end=len(BODY), actor=reviewer)
    assert (added.text, added.origin, added.corroboration_state) == (
        BODY[cut:],
        "person",
        "pending",
    )
    fields = list(
        ReviewEvent.objects.order_by("id").values_list("claim", "field", "from_value", "to_value")
    )
    assert fields == [
        (first.pk, "split", f"0–{len(BODY)}", f"0–{cut}"),
        (second.pk, "split", f"claim {first.pk}", f"{cut}–{len(BODY)}"),
        (first.pk, "merge", f"0–{cut}", f"0–{len(BODY)}"),
        (second.pk, "merged_into", "", f"claim {first.pk}"),
        (first.pk, "rejected", "False", "True"),
        (added.pk, "added", "", f"{cut}–{len(BODY)}"),
    ]


def test_a_span_outside_the_text_is_refused_from_the_claim_page(reviewer: User) -> None:
    claim = ClaimFactory.create()
    response = _client(reviewer).post(
        reverse("admin:claims_claim_correct", args=[claim.pk]),
        {"op": "span", "start": "0", "end": "100000"},
        follow=True,
    )
    messages = [str(m) for m in response.context["messages"]]
    assert len(messages) == 1 and messages[0].startswith("Nothing was changed: span 0–100000")
    assert ReviewEvent.objects.count() == 0


def test_requeue_corroboration_and_attach_evidence_by_hand(
    reviewer: User, django_capture_on_commit_callbacks: Callable[..., Any]
) -> None:
    from claims.services import CorrectionError, evidence_attach

    claim = ClaimFactory.create(corroboration_state="done")
    with django_capture_on_commit_callbacks() as callbacks:
        response = _client(reviewer).post(
            reverse("admin:claims_claim_correct", args=[claim.pk]), {"op": "requeue"}
        )
    assert response.status_code == 302
    claim.refresh_from_db()
    assert (claim.corroboration_state, len(callbacks)) == ("pending", 1)
    source = SourceFactory.create()
    evidence = evidence_attach(claim=claim, source=source, passage="Au moins 25", actor=reviewer)
    assert (evidence.origin, evidence.added_by_id, evidence.passage_hash) == (
        "person",
        reviewer.pk,
        hashlib.sha256(b"Au moins 25").hexdigest(),
    )
    with pytest.raises(CorrectionError):
        evidence_attach(claim=claim, source=source, passage="Au moins 25", actor=reviewer)
    assert list(ReviewEvent.objects.order_by("id").values_list("kind", flat=True)) == [
        "requeue",
        "evidence",
    ]


def test_the_admin_speaks_french_to_a_french_browser(reviewer: User) -> None:
    claim = _workbench_claim()
    client = _client(reviewer)
    queue = client.get(_url(Claim, "changelist"), HTTP_ACCEPT_LANGUAGE="fr").content.decode()
    assert "Attribuées à moi" in queue and "Non vérifiée" in queue
    page = client.get(_url(Claim, "change", claim.pk), HTTP_ACCEPT_LANGUAGE="fr").content.decode()
    assert "Accepter la suggestion" in page and "Chiffres en conflit" in page


# Words that are spelt the same in both languages.
SAME_IN_FRENCH = {"article", "articles", "version", "versions", "type", "passage", "note"}
SAME_IN_FRENCH |= {"description", "attribution", "dates", "secret", "URL", "position", "verdict"}
SAME_IN_FRENCH |= {"score", "source", "sources"}


@pytest.mark.parametrize("app", ["claims", "sources", "webhooks"])
def test_every_model_and_field_name_has_a_french_translation(app: str) -> None:
    from django.utils import translation

    untranslated = []
    for model in apps.get_app_config(app).get_models():
        names: list[tuple[str, list[Any]]] = [
            (model.__name__, [model._meta.verbose_name, model._meta.verbose_name_plural])
        ]
        names += [
            (f"{model.__name__}.{f.name}", [f.verbose_name])
            for f in model._meta.get_fields()
            if hasattr(f, "verbose_name") and not f.auto_created
        ]
        for where, labels in names:
            for label in labels:
                with translation.override("en"):
                    english = str(label)
                with translation.override("fr"):
                    french = str(label)
                if french == english and french not in SAME_IN_FRENCH:
                    untranslated.append(f"{where}: {english}")
    assert untranslated == []
