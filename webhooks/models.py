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

    url = models.URLField(max_length=2000, verbose_name=_("url"))
    events = models.JSONField(
        default=list,
        help_text=_('Event names, e.g. ["claim.status_changed"].'),
        verbose_name=_("events"),
    )
    secret = models.CharField(
        max_length=128,
        default=new_secret,
        help_text=_("Shared secret of the HMAC-SHA256 signature."),
        verbose_name=_("secret"),
    )
    active = models.BooleanField(default=True, verbose_name=_("active"))
    description = models.CharField(max_length=300, blank=True, verbose_name=_("description"))
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("created by"),
    )
    created_at = models.DateTimeField(auto_now_add=True, verbose_name=_("created at"))
    updated_at = models.DateTimeField(auto_now=True, verbose_name=_("updated at"))

    class Meta:
        verbose_name = _("webhook subscription")
        verbose_name_plural = _("webhook subscriptions")
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
        Subscription,
        on_delete=models.CASCADE,
        related_name="deliveries",
        verbose_name=_("subscription"),
    )
    event = models.CharField(
        max_length=64, choices=Event.choices, db_index=True, verbose_name=_("event")
    )
    payload = models.JSONField(verbose_name=_("payload"))
    state = models.CharField(
        max_length=10,
        choices=DeliveryState.choices,
        default=DeliveryState.PENDING,
        db_index=True,
        verbose_name=_("state"),
    )
    attempts = models.PositiveIntegerField(default=0, verbose_name=_("attempts"))
    last_status_code = models.PositiveIntegerField(
        null=True, blank=True, verbose_name=_("last status code")
    )
    last_error = models.TextField(blank=True, verbose_name=_("last error"))
    next_attempt_at = models.DateTimeField(null=True, blank=True, verbose_name=_("next attempt at"))
    delivered_at = models.DateTimeField(null=True, blank=True, verbose_name=_("delivered at"))
    created_at = models.DateTimeField(auto_now_add=True, verbose_name=_("created at"))
    updated_at = models.DateTimeField(auto_now=True, verbose_name=_("updated at"))

    class Meta:
        verbose_name = _("webhook delivery")
        verbose_name_plural = _("webhook deliveries")
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return f"{self.event} → {self.subscription_id} ({self.state})"
