"""`seed`: the sample article, the demo sources and the demo users, loaded once."""

from __future__ import annotations

import io
import re
from collections import Counter
from datetime import UTC, datetime

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command

from claims.models import Article, Claim, ProcessingState, Quote, ReviewEvent
from seeds.loader import DEMO_PASSWORD, SAMPLE_ARTICLE, demo_source_records, seed_all
from sources.models import Source

FIELDS = {"id", "text", "title", "url", "language", "published_at", "publisher", "kind"}
DISTRACTORS = {
    "demo-harbourside-0208-cup",
    "demo-eco-plus-0303-inflation",
    "demo-ledger-0128-airline",
}


def _counts() -> dict[str, int]:
    models = (Article, Claim, Quote, ReviewEvent, Source, Group, get_user_model())
    return {model.__name__: model.objects.count() for model in models}


def _texts() -> dict[str, str]:
    return {record["id"]: record["text"] for record in demo_source_records()}


# --- The demo corpus itself (no database) -------------------------------------------------------


def test_demo_sources_are_complete_records_with_unique_ids() -> None:
    records = demo_source_records()
    assert len(records) == 16
    assert [set(record) for record in records] == [FIELDS] * 16
    assert len({record["id"] for record in records}) == 16
    assert Counter(record["language"] for record in records) == {"fr": 8, "en": 8}
    for record in records:
        words = len(record["text"].split())
        assert 80 <= words <= 250, (record["id"], words)
        published = datetime.fromisoformat(record["published_at"])
        assert datetime(2019, 12, 1, tzinfo=UTC) <= published <= datetime(2020, 3, 31, tzinfo=UTC)
        assert re.fullmatch(r"https://[a-z0-9.-]+\.example\.(org|com)/\S+", record["url"])


def test_demo_sources_hold_the_cases_the_corroboration_must_tell_apart() -> None:
    texts = _texts()
    fr_quote = (
        "Toute offensive ou action sans l’autorisation du gouvernement irakien "
        "est considérée comme un acte de provocation"
    )
    en_quote = (
        "Any offensive or action without the authorisation of the Iraqi government "
        "is considered an act of provocation"
    )
    assert fr_quote in SAMPLE_ARTICLE.read_text(encoding="utf-8")
    assert [key for key, text in texts.items() if fr_quote in text] == ["demo-radio-tigre-0314-onu"]
    assert [key for key, text in texts.items() if en_quote in text] == [
        "demo-gulf-monitor-0314-sahhaf"
    ]
    assert (
        "Toute attaque menée sans l’accord de Bagdad"
        in texts["demo-gazette-golfe-0315-provocation"]
    )
    assert "at least 25 fighters" in texts["demo-eastbrook-1230-qaim-strikes"]
    assert "27 combattants" in texts["demo-deux-rives-1230-frappes"]
    wire = texts["demo-wire-fr-0317-qaim"].removeprefix("BAGDAD, 17 mars (ADC) – ")
    republished = texts["demo-echo-levant-0317-qaim"]
    assert republished == wire.replace("a annoncé", "a indiqué") + "\n\n(Avec ADC)"
    for key in DISTRACTORS:
        assert not re.search(r"Qa[ëïi']|Ira[kq]|Ha[cs]hd", texts[key]), key


# --- Loading ------------------------------------------------------------------------------------


@pytest.mark.django_db
def test_seed_twice_changes_nothing() -> None:
    first = seed_all()
    after_first = _counts()
    passwords = dict(get_user_model().objects.values_list("username", "password"))
    second = seed_all()

    assert _counts() == after_first
    assert after_first["Article"] == 1
    assert after_first["Source"] == len(demo_source_records())
    assert (first.article_created, second.article_created) == (True, False)
    assert first.article_id == second.article_id
    assert (first.sources.imported, first.sources.unchanged, first.sources.skipped) == (16, 0, 0)
    assert (second.sources.imported, second.sources.updated, second.sources.unchanged) == (0, 0, 16)
    assert first.users_created == ["reviewer", "editor", "admin"]
    assert (second.users_created, second.users_present) == ([], ["reviewer", "editor", "admin"])
    assert (first.changed, second.changed) == (True, False)
    # The demo password was set once; a second run does not reset (re-hash) it.
    assert dict(get_user_model().objects.values_list("username", "password")) == passwords


@pytest.mark.django_db
def test_seed_loads_the_sample_article_as_given() -> None:
    report = seed_all()
    article = Article.objects.get()
    assert article.pk == report.article_id
    assert article.title == "Les Etats-Unis remettent la base de Qaëm aux forces irakiennes"
    assert (article.language, article.publisher) == ("fr", "Demo")
    assert article.published_at == datetime(2020, 3, 18, tzinfo=UTC)
    assert article.body == SAMPLE_ARTICLE.read_text(encoding="utf-8").strip()
    assert article.state == ProcessingState.QUEUED


@pytest.mark.django_db
def test_seed_imports_every_demo_source_as_written() -> None:
    seed_all()
    records = {record["id"]: record for record in demo_source_records()}
    stored = {source.external_id: source for source in Source.objects.all()}
    assert stored.keys() == records.keys()
    wire = stored["demo-wire-fr-0317-qaim"]
    assert (wire.publisher, wire.kind, wire.language) == (
        "Agence Dépêches Continentales",
        "wire",
        "fr",
    )
    assert wire.published_at == datetime(2020, 3, 17, 10, 20, tzinfo=UTC)
    assert wire.text == records["demo-wire-fr-0317-qaim"]["text"]


@pytest.mark.django_db
def test_seed_creates_the_demo_users_in_their_groups() -> None:
    seed_all()
    users = {user.username: user for user in get_user_model().objects.prefetch_related("groups")}
    assert set(users) == {"reviewer", "editor", "admin"}
    roles = {
        name: (user.is_staff, user.is_superuser, sorted(g.name for g in user.groups.all()))
        for name, user in users.items()
    }
    assert roles == {
        "reviewer": (True, False, ["Reviewer"]),
        "editor": (True, False, ["Editor"]),
        "admin": (True, True, []),
    }
    assert all(user.check_password(DEMO_PASSWORD) for user in users.values())


@pytest.mark.django_db
def test_seed_keeps_a_password_someone_changed() -> None:
    seed_all()
    reviewer = get_user_model().objects.get(username="reviewer")
    reviewer.set_password("changed-by-the-reviewer")
    reviewer.save()
    report = seed_all()
    reviewer.refresh_from_db()
    assert "reviewer" in report.users_present
    assert reviewer.check_password("changed-by-the-reviewer")
    assert not reviewer.check_password(DEMO_PASSWORD)


@pytest.mark.django_db
def test_seed_command_says_what_was_created_then_what_was_present() -> None:
    first, second = io.StringIO(), io.StringIO()
    call_command("seed", stdout=first)
    call_command("seed", stdout=second)
    article_id = Article.objects.get().pk
    assert first.getvalue() == (
        f"Sample article {article_id}: created\n"
        "Demo sources: 16 imported, 0 updated, 0 unchanged\n"
        "Users created: reviewer, editor, admin\n"
        "Demo users' password: workbench-demo (demo only; change it on any shared machine)\n"
    )
    assert second.getvalue() == (
        f"Sample article {article_id}: already present\n"
        "Demo sources: 0 imported, 0 updated, 16 unchanged\n"
        "Users already present: reviewer, editor, admin\n"
        "Nothing to do: the demo data was already loaded.\n"
    )
