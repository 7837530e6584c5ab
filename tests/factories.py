"""factory_boy factories for the models of claims and sources, and the demo roles' users."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime
from typing import Any

import factory
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, User

from claims.models import (
    Article,
    Claim,
    CorroborationRun,
    Evidence,
    Quote,
    ReviewEvent,
    Speaker,
)
from sources.models import Source

PASSWORD = "test-password"


def _sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class UserFactory(factory.django.DjangoModelFactory[User]):
    class Meta:
        model = get_user_model()
        django_get_or_create = ("username",)
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.LazyAttribute(lambda u: f"{u.username}@example.org")
    is_staff = True
    password = factory.django.Password(PASSWORD)

    @factory.post_generation
    def groups(self, create: bool, extracted: list[str] | None, **kwargs: Any) -> None:
        """`UserFactory(groups=["Reviewer"])` joins the groups the roles migration created."""
        if create and extracted:
            self.groups.add(*Group.objects.filter(name__in=extracted))


class SuperuserFactory(UserFactory):
    username = factory.Sequence(lambda n: f"admin{n}")
    is_superuser = True


class ArticleFactory(factory.django.DjangoModelFactory[Article]):
    class Meta:
        model = Article

    title = factory.Sequence(lambda n: f"Article {n}")
    url = factory.Sequence(lambda n: f"https://news.example.org/article-{n}")
    canonical_url = factory.SelfAttribute("url")
    publisher = "Demo"
    language = "fr"
    published_at = datetime(2020, 3, 18, tzinfo=UTC)
    body = factory.Sequence(lambda n: f"La base numéro {n} a été remise aux forces irakiennes.")
    content_hash = factory.LazyAttribute(lambda a: _sha256(a.body))


class SpeakerFactory(factory.django.DjangoModelFactory[Speaker]):
    class Meta:
        model = Speaker

    name = factory.Sequence(lambda n: f"Ahmad al-Sahhaf {n}")
    key = factory.LazyAttribute(lambda s: s.name.casefold())
    type = "person"
    aliases = factory.LazyFunction(list)


class QuoteFactory(factory.django.DjangoModelFactory[Quote]):
    class Meta:
        model = Quote

    article = factory.SubFactory(ArticleFactory)
    fingerprint = factory.Sequence(lambda n: f"quote-{n}")
    kind = "direct"
    text = "Ils veulent échapper à leur responsabilité internationale"
    spans = factory.LazyFunction(lambda: [[2, 58]])
    start = 2
    end = 58
    cue_text = "a objecté"
    speaker = factory.SubFactory(SpeakerFactory)
    speaker_mention = "M. Sahhaf"


class ClaimFactory(factory.django.DjangoModelFactory[Claim]):
    class Meta:
        model = Claim

    article = factory.SubFactory(ArticleFactory)
    fingerprint = factory.Sequence(lambda n: f"claim-{n}")
    text = "Les drones US ont tué au moins 25 combattants du Hachd."
    start = 0
    end = factory.LazyAttribute(lambda c: len(c.text))
    checkworthiness = 0.8
    attribution = "outlet"


class SourceFactory(factory.django.DjangoModelFactory[Source]):
    class Meta:
        model = Source

    external_id = factory.Sequence(lambda n: f"source-{n}")
    title = factory.Sequence(lambda n: f"Source {n}")
    url = factory.Sequence(lambda n: f"https://wire.example.com/{n}")
    publisher = "Wire"
    language = "fr"
    text = "Au moins 25 combattants du Hachd al-Chaabi ont été tués près de Qaëm."
    kind = "wire"
    content_hash = factory.LazyAttribute(lambda s: _sha256(s.text))


class CorroborationRunFactory(factory.django.DjangoModelFactory[CorroborationRun]):
    class Meta:
        model = CorroborationRun

    claim = factory.SubFactory(ClaimFactory)
    query = factory.SelfAttribute("claim.text")
    language = "fr"
    backend = "sqlite-fts5"
    result_count = 1
    started_at = datetime(2020, 3, 18, 12, 0, tzinfo=UTC)
    finished_at = datetime(2020, 3, 18, 12, 0, 1, tzinfo=UTC)


class EvidenceFactory(factory.django.DjangoModelFactory[Evidence]):
    class Meta:
        model = Evidence

    claim = factory.SubFactory(ClaimFactory)
    source = factory.SubFactory(SourceFactory)
    passage = factory.SelfAttribute("source.text")
    passage_hash = factory.LazyAttribute(lambda e: _sha256(e.passage))
    score = 0.9
    stance = "supports"


class ReviewEventFactory(factory.django.DjangoModelFactory[ReviewEvent]):
    class Meta:
        model = ReviewEvent

    claim = factory.SubFactory(ClaimFactory)
    kind = ReviewEvent.Kind.STATUS
    field = "status"
    from_value = "unreviewed"
    to_value = "in_review"
