"""Fixtures of the API tests: one user per role with a token, and a client per role."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from django.contrib.auth.models import User
from django.core.cache import cache
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from claims.models import Claim, ReviewEvent
from tests.factories import (
    ArticleFactory,
    ClaimFactory,
    CorroborationRunFactory,
    EvidenceFactory,
    QuoteFactory,
    SourceFactory,
    SpeakerFactory,
    SuperuserFactory,
    UserFactory,
)

ROLES = ("anonymous", "nobody", "editor", "reviewer", "admin")


@pytest.fixture(autouse=True)
def _fresh_throttles() -> Iterator[None]:
    # Throttle counters live in the cache; every test starts with none.
    cache.clear()
    yield
    cache.clear()


@dataclass
class Users:
    nobody: User
    editor: User
    reviewer: User
    admin: User

    def get(self, role: str) -> User | None:
        return None if role == "anonymous" else getattr(self, role)


@pytest.fixture
def users(db: None) -> Users:
    return Users(
        nobody=UserFactory.create(username="nobody", is_staff=False),
        editor=UserFactory.create(username="edith", groups=["Editor"]),
        reviewer=UserFactory.create(username="rita", groups=["Reviewer"]),
        admin=SuperuserFactory.create(username="root"),
    )


def client_for(user: User | None) -> APIClient:
    client = APIClient()
    if user is not None:
        token, _ = Token.objects.get_or_create(user=user)
        client.credentials(HTTP_AUTHORIZATION=f"Token {token.key}")
    return client


def bundle(*, evidence: int = 1) -> Claim:
    """An article with a speaker, a quote, a claim, evidence and one event, as the pipeline links them."""
    article = ArticleFactory.create()
    speaker = SpeakerFactory.create()
    quote = QuoteFactory.create(article=article, speaker=speaker)
    claim = ClaimFactory.create(
        article=article, speaker=speaker, quote=quote, attribution="speaker"
    )
    run = CorroborationRunFactory.create(claim=claim)
    for _ in range(evidence):
        EvidenceFactory.create(claim=claim, run=run, source=SourceFactory.create())
    EvidenceFactory.create(claim=None, quote=quote, source=SourceFactory.create())
    ReviewEvent.objects.create(
        claim=claim, kind=ReviewEvent.Kind.NOTE, field="", to_value="", note="first look"
    )
    return claim
