"""Webhooks: signed deliveries to a receiver on 127.0.0.1 through a real worker, with a retry."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest
from django.test import override_settings

from claims.models import Article, ProcessingState
from claims.services import article_finish_if_complete
from tests.api.conftest import Users, bundle, client_for
from tests.conftest import Worker, wait_for
from tests.factories import ArticleFactory
from webhooks.models import Delivery, DeliveryState, Subscription
from webhooks.services import (
    WebhookURLRefused,
    webhook_emit,
    webhook_signature,
    webhook_signature_verify,
    webhook_subscription_create,
    webhook_url_check,
)

SECRET = "s3cret"


class Receiver:
    """An HTTP server on 127.0.0.1 that answers with the next scripted status, then 200."""

    def __init__(self, script: list[int]) -> None:
        self.script = list(script)
        self.received: list[dict[str, Any]] = []
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers["Content-Length"]))
                status = receiver.script.pop(0) if receiver.script else 200
                receiver.received.append(
                    {"headers": dict(self.headers), "body": body, "answered": status}
                )
                self.send_response(status)
                self.end_headers()
                self.wfile.write(b"ok" if status == 200 else b"broken")

            def log_message(self, *args: Any) -> None:
                return

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/hook"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def receiver() -> Iterator[Callable[[list[int]], Receiver]]:
    started: list[Receiver] = []

    def start(script: list[int]) -> Receiver:
        started.append(Receiver(script))
        return started[-1]

    yield start
    for r in started:
        r.close()


@pytest.mark.worker
@pytest.mark.django_db(transaction=True)
@override_settings(WORKBENCH_WEBHOOK_ALLOWED_HOSTS=["127.0.0.1"])
def test_a_status_change_is_delivered_signed_and_retried_after_a_failure(
    users: Users, receiver: Callable[[list[int]], Receiver], start_worker: Callable[..., Worker]
) -> None:
    flaky = receiver([500])
    refusing = receiver([400])
    webhook_subscription_create(url=flaky.url, events=["claim.status_changed"], secret=SECRET)
    webhook_subscription_create(url=refusing.url, events=["claim.status_changed"], secret="other")
    webhook_subscription_create(url=flaky.url, events=["article.processed"], secret=SECRET)
    claim = bundle()
    worker = start_worker(
        WORKBENCH_WEBHOOK_ALLOWED_HOSTS="127.0.0.1", WORKBENCH_WEBHOOK_BACKOFF_SECONDS="0.5"
    )
    try:
        response = client_for(users.reviewer).post(
            f"/api/v1/claims/{claim.pk}/status/",
            {"status": "false", "verdict": "It was 12.", "note": "desk", "revision": 1},
            format="json",
        )
        assert response.status_code == 200

        def finished() -> bool:
            return not Delivery.objects.filter(state=DeliveryState.PENDING).exists()

        wait_for(finished, timeout=60)
    finally:
        worker.stop()

    assert [r["answered"] for r in flaky.received] == [500, 200]
    assert [r["answered"] for r in refusing.received] == [400]
    for request in flaky.received:
        headers, body = request["headers"], request["body"]
        assert webhook_signature_verify(
            secret=SECRET, header=headers["X-Workbench-Signature"], body=body
        )
        assert not webhook_signature_verify(
            secret="wrong", header=headers["X-Workbench-Signature"], body=body
        )
        assert headers["X-Workbench-Event"] == "claim.status_changed"
    payload = json.loads(flaky.received[-1]["body"])
    delivery = Delivery.objects.get(subscription__url=flaky.url)
    assert (
        payload["id"] == str(delivery.pk) == flaky.received[-1]["headers"]["X-Workbench-Delivery"]
    )
    assert payload["event"] == "claim.status_changed"
    assert payload["data"]["claim"] == {
        "id": str(claim.pk),
        "article": str(claim.article_id),
        "text": claim.text,
        "status": "false",
        "previous_status": "unreviewed",
        "suggested_status": None,
        "verdict": "It was 12.",
        "revision": 2,
    }
    assert (payload["data"]["actor"], payload["data"]["note"]) == ("rita", "desk")
    assert (delivery.state, delivery.attempts, delivery.last_status_code, delivery.last_error) == (
        "succeeded",
        2,
        200,
        "",
    )
    failed = Delivery.objects.get(subscription__url=refusing.url)
    assert (failed.state, failed.attempts, failed.last_status_code, failed.last_error) == (
        "failed",
        1,
        400,
        "HTTP 400: broken",
    )


@pytest.mark.django_db
@override_settings(WORKBENCH_WEBHOOK_ALLOWED_HOSTS=["127.0.0.1"])
def test_an_article_reaching_done_records_an_article_processed_delivery(
    django_capture_on_commit_callbacks: Any,
) -> None:
    subscription = Subscription.objects.create(
        url="http://127.0.0.1:9/", events=["article.processed"]
    )
    article = ArticleFactory.create(state=ProcessingState.CORROBORATING)
    with django_capture_on_commit_callbacks() as queued:
        article_finish_if_complete(article_id=article.pk)
    delivery = Delivery.objects.get()
    assert (delivery.subscription, delivery.event, len(queued)) == (
        subscription,
        "article.processed",
        1,
    )
    assert delivery.payload["data"]["article"] == {
        "id": str(article.pk),
        "url": article.url,
        "title": article.title,
        "language": "fr",
        "state": "done",
        "failure_reason": None,
        "claims": 0,
        "quotes": 0,
    }
    assert Article.objects.get(pk=article.pk).state == "done"


@pytest.mark.django_db
def test_an_event_nobody_subscribed_to_records_nothing() -> None:
    Subscription.objects.create(url="https://hooks.example.com/", events=["article.processed"])
    assert webhook_emit(event="claim.status_changed", payload={}) == []
    assert Delivery.objects.count() == 0
    with pytest.raises(ValueError, match="unknown webhook event"):
        webhook_emit(event="claim.deleted", payload={})


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1/hook",
        "http://10.1.2.3/hook",
        "http://172.16.0.1/hook",
        "http://192.168.1.1/hook",
        "http://169.254.169.254/latest/meta-data",
        "http://[::1]/hook",
        "http://0.0.0.0/hook",
        "http://localhost/hook",
        "ftp://hooks.example.com/",
    ],
)
@override_settings(WORKBENCH_WEBHOOK_ALLOWED_HOSTS=[])
def test_private_loopback_and_link_local_urls_are_refused_without_a_connection(url: str) -> None:
    with pytest.raises(WebhookURLRefused):
        webhook_url_check(url)


@override_settings(WORKBENCH_WEBHOOK_ALLOWED_HOSTS=["127.0.0.1"])
def test_an_allowed_host_passes_the_check() -> None:
    webhook_url_check("http://127.0.0.1:8080/hook")
    webhook_url_check("https://93.184.216.34/hook")


def test_signature_covers_timestamp_and_body_and_expires() -> None:
    body = b'{"a":1}'
    sig = webhook_signature(secret="k", timestamp=1000, body=body)
    header = f"t=1000,v1={sig}"
    assert webhook_signature_verify(secret="k", header=header, body=body, now=1100)
    assert not webhook_signature_verify(secret="k", header=header, body=b'{"a":2}', now=1100)
    assert not webhook_signature_verify(secret="k", header=f"t=1001,v1={sig}", body=body, now=1100)
    assert not webhook_signature_verify(secret="k", header=header, body=body, now=2000)
    assert not webhook_signature_verify(secret="k", header="garbage", body=body)
