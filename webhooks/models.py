"""Webhook subscriptions and the log of every delivery attempt's outcome."""

import secrets

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Event(models.TextChoices):
    CLAIM_STATUS_CHANGED = "claim.status_changed", _("A claim's review status changed")
    ARTICLE_PROCESSED = "article.processed", _("An article finished processing (done or failed)")


def new_secret() -> str:
    return secrets.token_hex(32)


class Subscription(models.Model):
    """An outside URL that receives the events it subscribed to, signed with its secret."""

    url = models.URLField(max_length=2000)
    events = models.JSONField(default=list, help_text='Event names, e.g. ["claim.status_changed"].')
    secret = models.CharField(
        max_length=128, default=new_secret, help_text="Shared secret of the HMAC-SHA256 signature."
    )
    active = models.BooleanField(default=True)
    description = models.CharField(max_length=300, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["id"]

    def __str__(self) -> str:
        return self.url


class DeliveryState(models.TextChoices):
    PENDING = "pending", _("Pending")
    SUCCEEDED = "succeeded", _("Succeeded")
    FAILED = "failed", _("Failed")


class Delivery(models.Model):
    """One event for one subscription: its payload, attempts and how the last attempt went."""

    subscription = models.ForeignKey(
        Subscription, on_delete=models.CASCADE, related_name="deliveries"
    )
    event = models.CharField(max_length=64, choices=Event.choices, db_index=True)
    payload = models.JSONField()
    state = models.CharField(
        max_length=10, choices=DeliveryState.choices, default=DeliveryState.PENDING, db_index=True
    )
    attempts = models.PositiveIntegerField(default=0)
    last_status_code = models.PositiveIntegerField(null=True, blank=True)
    last_error = models.TextField(blank=True)
    next_attempt_at = models.DateTimeField(null=True, blank=True)
    delivered_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name_plural = "deliveries"
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return f"{self.event} → {self.subscription_id} ({self.state})"
