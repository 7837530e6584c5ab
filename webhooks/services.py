"""Webhooks: emit events inside the caller's transaction, deliver them signed after commit."""

from __future__ import annotations

import hashlib
import hmac
import ipaddress
import json
import logging
import random
import socket
import time
from dataclasses import dataclass
from datetime import timedelta
from typing import Any
from urllib.parse import urlsplit

import requests
from django.conf import settings
from django.db import transaction
from django.utils import timezone

from webhooks.models import Delivery, DeliveryState, Event, Subscription

logger = logging.getLogger(__name__)

SIGNATURE_HEADER = "X-Workbench-Signature"
# Answers worth another attempt: the receiver is busy, rate-limiting or briefly broken. Any other
# 4xx says the request itself is wrong and is final (STYLE.md, "Celery").
RETRY_STATUSES = frozenset({408, 425, 429, 500, 502, 503, 504})


class WebhookURLRefused(ValueError):
    """The URL may not receive webhooks (scheme, or a private/loopback/link-local address)."""


def webhook_url_check(url: str) -> None:
    """Refuse URLs whose host resolves to a non-public address, unless the host is allowed.

    `WORKBENCH_WEBHOOK_ALLOWED_HOSTS` names hosts (e.g. 127.0.0.1 in the tests) that may be
    private. Checked when a subscription is saved and again before every delivery (DNS changes);
    redirects are never followed, so a public host cannot bounce a delivery inward.
    """
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        raise WebhookURLRefused(f"webhook URLs must be http or https, not {parts.scheme!r}")
    host = (parts.hostname or "").lower()
    if not host:
        raise WebhookURLRefused("the webhook URL has no host")
    allowed = {h.lower() for h in settings.WORKBENCH_WEBHOOK_ALLOWED_HOSTS}
    if host in allowed:
        return
    try:
        addresses = [ipaddress.ip_address(host)]
    except ValueError:
        try:
            infos = socket.getaddrinfo(host, parts.port or 443, proto=socket.IPPROTO_TCP)
        except socket.gaierror as exc:
            raise WebhookURLRefused(f"the webhook host {host!r} does not resolve") from exc
        addresses = [ipaddress.ip_address(str(info[4][0]).split("%")[0]) for info in infos]
    for address in addresses:
        if not address.is_global or address.is_multicast:
            raise WebhookURLRefused(
                f"the webhook host {host!r} resolves to the non-public address {address}; "
                "add it to WORKBENCH_WEBHOOK_ALLOWED_HOSTS to allow it"
            )


def webhook_subscription_create(
    *, url: str, events: list[str], actor: Any = None, secret: str = "", description: str = ""
) -> Subscription:
    """A subscription to known events at a URL that passes `webhook_url_check`."""
    unknown = sorted(set(events) - set(Event.values))
    if unknown or not events:
        raise ValueError(f"unknown or missing events {unknown}; known: {sorted(Event.values)}")
    webhook_url_check(url)
    fields: dict[str, Any] = {"url": url, "events": sorted(set(events)), "description": description}
    if secret:
        fields["secret"] = secret
    if actor is not None and actor.is_authenticated:
        fields["created_by"] = actor
    return Subscription.objects.create(**fields)


def webhook_emit(*, event: str, payload: dict[str, Any]) -> list[int]:
    """Record a delivery for every active subscription to `event`; send them after commit.

    Call it inside the transaction that makes the change: if that rolls back, nothing is
    recorded and nothing is sent. Returns the ids of the deliveries created.
    """
    if event not in Event.values:
        raise ValueError(f"unknown webhook event: {event!r}")
    # Few subscriptions; filtering the JSON list in Python works the same on SQLite and PostgreSQL.
    subscriptions = [s for s in Subscription.objects.filter(active=True) if event in s.events]
    ids: list[int] = []
    for subscription in subscriptions:
        delivery = Delivery.objects.create(subscription=subscription, event=event, payload={})
        delivery.payload = {
            "id": str(delivery.pk),
            "event": event,
            "created_at": delivery.created_at.isoformat(),
            "data": payload,
        }
        delivery.save(update_fields=["payload"])
        ids.append(delivery.pk)
    if ids:
        from webhooks.tasks import deliver_webhook

        def send() -> None:
            for pk in ids:
                deliver_webhook.delay(pk)

        # robust: a broker that is down must not fail the change that was just committed; the
        # delivery stays pending with its payload (visible in the admin).
        transaction.on_commit(send, robust=True)
    return ids


def webhook_signature(*, secret: str, timestamp: int, body: bytes) -> str:
    """Hex HMAC-SHA256 of `<timestamp>.<body>` with the subscription's secret."""
    message = str(timestamp).encode("ascii") + b"." + body
    return hmac.new(secret.encode("utf-8"), message, hashlib.sha256).hexdigest()


def webhook_signature_verify(
    *, secret: str, header: str, body: bytes, tolerance: float = 300.0, now: float | None = None
) -> bool:
    """What a receiver does: check `t=<unix>,v1=<hex>` against the body, and the timestamp's age."""
    fields = dict(part.split("=", 1) for part in header.split(",") if "=" in part)
    try:
        timestamp = int(fields["t"])
    except (KeyError, ValueError):
        return False
    if abs((now if now is not None else time.time()) - timestamp) > tolerance:
        return False
    expected = webhook_signature(secret=secret, timestamp=timestamp, body=body)
    return hmac.compare_digest(expected, fields.get("v1", ""))


def _backoff(attempts: int) -> float:
    """Exponential backoff with full jitter, bounded by WORKBENCH_WEBHOOK_BACKOFF_MAX_SECONDS."""
    base = settings.WORKBENCH_WEBHOOK_BACKOFF_SECONDS
    ceiling = min(settings.WORKBENCH_WEBHOOK_BACKOFF_MAX_SECONDS, base * 2 ** (attempts - 1))
    return random.uniform(ceiling / 2, ceiling)


@dataclass(frozen=True)
class AttemptOutcome:
    state: str
    retry_in: float | None = None


def webhook_deliver(*, delivery_id: int) -> AttemptOutcome | None:
    """Make one attempt at a pending delivery and record how it went.

    Returns None when there is nothing to do (gone, already finished). A transient failure
    (connection error, timeout, 408/429/5xx) before WORKBENCH_WEBHOOK_MAX_ATTEMPTS leaves the
    delivery pending with `retry_in` seconds; anything else is final and recorded.
    """
    delivery = (
        Delivery.objects.select_related("subscription")
        .filter(pk=delivery_id, state=DeliveryState.PENDING)
        .first()
    )
    if delivery is None:
        return None
    subscription = delivery.subscription
    attempts = delivery.attempts + 1
    status_code: int | None = None
    error = ""
    retryable = False
    if not subscription.active:
        error = "the subscription is inactive"
    else:
        body = json.dumps(delivery.payload, separators=(",", ":"), sort_keys=True).encode()
        timestamp = int(time.time())
        signature = webhook_signature(secret=subscription.secret, timestamp=timestamp, body=body)
        headers = {
            "Content-Type": "application/json",
            "User-Agent": "verification-workbench-webhooks/1",
            "X-Workbench-Event": delivery.event,
            "X-Workbench-Delivery": str(delivery.pk),
            SIGNATURE_HEADER: f"t={timestamp},v1={signature}",
        }
        try:
            webhook_url_check(subscription.url)
            response = requests.post(
                subscription.url,
                data=body,
                headers=headers,
                timeout=(
                    settings.WORKBENCH_WEBHOOK_CONNECT_TIMEOUT,
                    settings.WORKBENCH_WEBHOOK_READ_TIMEOUT,
                ),
                allow_redirects=False,
            )
            status_code = response.status_code
            if not 200 <= status_code < 300:
                error = f"HTTP {status_code}: {response.text[:500]}"
                retryable = status_code in RETRY_STATUSES
        except WebhookURLRefused as exc:
            error = str(exc)
        except requests.RequestException as exc:
            error = f"{exc.__class__.__name__}: {exc}"[:2000]
            retryable = True

    now = timezone.now()
    delivery.attempts = attempts
    delivery.last_status_code = status_code
    delivery.last_error = error
    retry_in = None
    if not error:
        delivery.state = DeliveryState.SUCCEEDED
        delivery.delivered_at = now
        delivery.next_attempt_at = None
    elif retryable and attempts < settings.WORKBENCH_WEBHOOK_MAX_ATTEMPTS:
        retry_in = _backoff(attempts)
        delivery.next_attempt_at = now + timedelta(seconds=retry_in)
    else:
        delivery.state = DeliveryState.FAILED
        delivery.next_attempt_at = None
    delivery.save(
        update_fields=[
            "attempts",
            "last_status_code",
            "last_error",
            "state",
            "delivered_at",
            "next_attempt_at",
            "updated_at",
        ]
    )
    logger.info(
        "webhook delivery %s attempt %s: %s %s", delivery.pk, attempts, delivery.state, error
    )
    return AttemptOutcome(state=delivery.state, retry_in=retry_in)
