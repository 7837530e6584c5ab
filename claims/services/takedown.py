"""Takedown: remove an article's text and everything derived from it, keep only that it happened."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING

from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from claims.models import Article, Claim, ProcessingState, Quote, ReviewEvent

if TYPE_CHECKING:
    from django.contrib.auth.models import User

logger = logging.getLogger(__name__)


class AlreadyTakenDown(Exception):
    """The article was taken down before; nothing more to remove."""


@dataclass(frozen=True)
class TakedownReport:
    articles: list[int]
    claims: int
    quotes: int
    deliveries: int


def _versions(article: Article) -> list[Article]:
    """The article and every earlier and later version of it."""
    chain = [article]
    earlier = article.previous_version
    while earlier is not None:
        chain.append(earlier)
        earlier = earlier.previous_version
    later = Article.objects.filter(previous_version=article).first()
    while later is not None:
        chain.append(later)
        later = Article.objects.filter(previous_version=later).first()
    return chain


def article_takedown(*, article: Article, actor: User | None, reason: str) -> TakedownReport:
    """Remove the text of the article (all its versions) and everything derived from it.

    Claims, quotes, their evidence, runs and review history, and webhook payloads that carry
    the text are deleted; the article rows keep only their id, dates, content hash and URL (so
    the same text is not ingested again) and one redacted event records who took it down, when
    and why. All in one transaction.
    """
    from webhooks.models import Delivery

    if not reason.strip():
        raise ValueError("a takedown needs a reason")
    with transaction.atomic():
        locked = Article.objects.select_for_update().get(pk=article.pk)
        if locked.taken_down_at is not None:
            raise AlreadyTakenDown(
                f"article {locked.pk} was taken down on {locked.taken_down_at:%Y-%m-%d}"
            )
        versions = _versions(locked)
        ids = [a.pk for a in versions]
        # Payloads that carry the text: exact key look-ups (JSON `__in` differs across databases).
        carries = Q(pk__in=[])
        for pk in ids:
            carries |= Q(payload__data__article__id=str(pk)) | Q(
                payload__data__claim__article=str(pk)
            )
        deliveries, _ = Delivery.objects.filter(carries).delete()
        _, claims = Claim.objects.filter(article_id__in=ids).delete()
        _, quotes = Quote.objects.filter(article_id__in=ids).delete()
        ReviewEvent.objects.filter(article_id__in=ids).delete()
        now = timezone.now()
        Article.objects.filter(pk__in=ids).update(
            body="",
            title="",
            author="",
            failure_reason="",
            state=ProcessingState.DONE,
            taken_down_at=now,
            heartbeat_at=now,
        )
        who = actor if actor is not None and actor.is_authenticated else None
        for pk in ids:
            ReviewEvent.objects.create(
                article_id=pk,
                actor=who,
                kind=ReviewEvent.Kind.TAKEDOWN,
                field="body",
                from_value="[removed]",
                to_value="[removed]",
                note=reason.strip()[:2000],
            )
    logger.info("article %s taken down (%s versions)", article.pk, len(ids))
    article.refresh_from_db()
    return TakedownReport(
        articles=ids,
        claims=claims.get("claims.Claim", 0),
        quotes=quotes.get("claims.Quote", 0),
        deliveries=deliveries,
    )
