"""Webhook delivery: a thin task that makes one attempt and re-enqueues itself with backoff."""

from celery import shared_task

from webhooks.services import webhook_deliver


@shared_task(acks_late=True, reject_on_worker_lost=True, ignore_result=True)
def deliver_webhook(delivery_id: int) -> None:
    outcome = webhook_deliver(delivery_id=delivery_id)
    if outcome is not None and outcome.retry_in is not None:
        # The Delivery row holds the attempt count, so the bound survives lost messages.
        deliver_webhook.apply_async((delivery_id,), countdown=outcome.retry_in)
