"""Articles: processing state, counts, the re-queue action, and adding one through ingest."""

from __future__ import annotations

from typing import Any

from django import forms
from django.conf import settings
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.db.models import Count, IntegerField, OuterRef, QuerySet, Subquery, Value
from django.db.models.functions import Coalesce
from django.forms import ModelForm
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.urls import URLPattern, path, reverse
from django.utils.translation import gettext as _

from claims.admin.common import ReadOnlyInline, related_count, request_actor, truncate
from claims.models import Article, Claim, CorroborationState, ProcessingState, Quote
from claims.services import article_ingest, article_requeue
from claims.text import InvalidText, clean_body


class ClaimInline(ReadOnlyInline):
    model = Claim
    fields = ("text", "checkworthiness", "speaker", "status", "suggested_status", "rejected")
    readonly_fields = fields

    def get_queryset(self, request: HttpRequest) -> QuerySet[Claim]:
        return super().get_queryset(request).select_related("speaker")


class QuoteInline(ReadOnlyInline):
    model = Quote
    fields = ("text", "kind", "speaker", "attribution_status", "suggested_status", "rejected")
    readonly_fields = fields

    def get_queryset(self, request: HttpRequest) -> QuerySet[Quote]:
        return super().get_queryset(request).select_related("speaker")


FINISHED = (CorroborationState.DONE, CorroborationState.FAILED)


def _items(**filters: Any) -> Any:
    """Claims plus quotes of the article (not rejected) matching `filters`: two subqueries."""
    return _count(Claim, **filters) + _count(Quote, **filters)


def _count(model: type[Claim] | type[Quote], **filters: Any) -> Coalesce:
    counts = (
        model.objects.filter(article=OuterRef("pk"), rejected=False, **filters)
        .order_by()
        .values("article")
        .annotate(n=Count("pk"))
        .values("n")
    )
    return Coalesce(Subquery(counts, output_field=IntegerField()), Value(0))


# --- Article ------------------------------------------------------------------------------------


class ArticleAddForm(forms.ModelForm):
    """A typed-in article: the body is checked as `article_ingest` will store it."""

    class Meta:
        model = Article
        fields = ("url", "title", "publisher", "author", "language", "published_at", "body")

    def clean_body(self) -> str:
        body = self.cleaned_data["body"]
        try:
            clean_body(body, max_chars=settings.WORKBENCH_MAX_ARTICLE_CHARS)
        except InvalidText as exc:
            raise forms.ValidationError(str(exc)) from exc
        return body


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    list_display = (
        "__str__",
        "publisher",
        "language",
        "progress",
        "claim_count",
        "quote_count",
        "published_at",
        "created_at",
        "finished_at",
        "short_failure",
    )
    list_filter = ("state", "language", "language_supported", "is_latest")
    search_fields = ("title", "url", "publisher", "author")
    date_hierarchy = "created_at"
    actions = ("requeue",)
    change_form_template = "admin/claims/article/change_form.html"
    inlines = (ClaimInline, QuoteInline)
    readonly_fields = (
        "url",
        "canonical_url",
        "language",
        "language_supported",
        "published_at",
        "body",
        "content_hash",
        "version",
        "previous_version",
        "is_latest",
        "state",
        "progress",
        "claim_count",
        "quote_count",
        "queued_at",
        "started_at",
        "heartbeat_at",
        "extracted_at",
        "finished_at",
        "failed_at",
        "failure_reason",
        "attempts",
        "extractor_version",
        "created_at",
        "updated_at",
    )
    fieldsets = (
        (None, {"fields": ("title", "publisher", "author", "url", "canonical_url", "language")}),
        (
            "Processing",
            {
                "fields": (
                    "state",
                    "progress",
                    "failure_reason",
                    "attempts",
                    "claim_count",
                    "quote_count",
                    "queued_at",
                    "started_at",
                    "heartbeat_at",
                    "extracted_at",
                    "finished_at",
                    "failed_at",
                    "extractor_version",
                )
            },
        ),
        (
            "Version",
            {"fields": ("content_hash", "version", "previous_version", "is_latest")},
        ),
        ("Text", {"fields": ("published_at", "language_supported", "body")}),
        ("Record", {"fields": ("created_at", "updated_at")}),
    )

    def get_queryset(self, request: HttpRequest) -> QuerySet[Article]:
        return (
            super()
            .get_queryset(request)
            .annotate(
                claim_count=related_count(Claim, "article"),
                quote_count=related_count(Quote, "article"),
                items_total=_items(),
                items_finished=_items(corroboration_state__in=FINISHED),
            )
        )

    def get_form(
        self, request: HttpRequest, obj: Any = None, change: bool = False, **kwargs: Any
    ) -> Any:
        if obj is None:
            kwargs["form"] = ArticleAddForm
        return super().get_form(request, obj, change=change, **kwargs)

    def get_fieldsets(self, request: HttpRequest, obj: Article | None = None) -> Any:
        if obj is None:
            return ((None, {"fields": ArticleAddForm.Meta.fields}),)
        return super().get_fieldsets(request, obj)

    def get_inlines(self, request: HttpRequest, obj: Article | None) -> Any:
        return () if obj is None else self.inlines

    def get_readonly_fields(self, request: HttpRequest, obj: Article | None = None) -> Any:
        # A new article is typed in; a stored one is what was ingested, and its offsets index
        # the body, so only the descriptive fields stay editable.
        return () if obj is None else self.readonly_fields

    def save_model(self, request: HttpRequest, obj: Article, form: ModelForm, change: bool) -> None:
        if change:
            super().save_model(request, obj, form, change)
            return
        # A new article goes through the same service as every other entry point: deduplicated
        # and queued for processing after commit.
        result = article_ingest(
            body=obj.body,
            url=obj.url,
            title=obj.title,
            publisher=obj.publisher,
            author=obj.author,
            language=obj.language or None,
            published_at=obj.published_at,
        )
        obj.pk = result.article.pk
        obj.refresh_from_db()
        # Read by log_addition and response_add: a duplicate is shown, not logged as added.
        obj._ingest_duplicate = result.duplicate  # type: ignore[attr-defined]

    def log_addition(self, request: HttpRequest, obj: Any, message: Any) -> Any:
        if getattr(obj, "_ingest_duplicate", False):
            return None
        return super().log_addition(request, obj, message)

    def response_add(
        self, request: HttpRequest, obj: Article, post_url_continue: str | None = None
    ) -> HttpResponse:
        if getattr(obj, "_ingest_duplicate", False):
            messages.warning(request, f"This article was already stored, as article {obj.pk}.")
            return HttpResponseRedirect(reverse("admin:claims_article_change", args=[obj.pk]))
        return super().response_add(request, obj, post_url_continue)

    @admin.display(description="claims", ordering="claim_count")
    def claim_count(self, obj: Any) -> int:
        return obj.claim_count

    @admin.display(description="quotes", ordering="quote_count")
    def quote_count(self, obj: Any) -> int:
        return obj.quote_count

    @admin.display(description=_("progress"), ordering="state")
    def progress(self, obj: Any) -> str:
        """Where processing is: queued, extracting, corroborating n of m, done, failed (why)."""
        if obj.state == ProcessingState.CORROBORATING:
            return _("corroborating %(done)s of %(total)s") % {
                "done": obj.items_finished,
                "total": obj.items_total,
            }
        if obj.state == ProcessingState.FAILED:
            return _("failed: %(reason)s") % {"reason": truncate(obj.failure_reason, 80)}
        return str(ProcessingState(obj.state).label)

    @admin.display(description="failure")
    def short_failure(self, obj: Article) -> str:
        return truncate(obj.failure_reason, 60)

    def get_urls(self) -> list[URLPattern]:
        return [
            path(
                "<path:object_id>/retry/",
                self.admin_site.admin_view(self.retry_view),
                name="claims_article_retry",
            ),
            *super().get_urls(),
        ]

    def retry_view(self, request: HttpRequest, object_id: str) -> HttpResponse:
        """The article page's "Retry" button: the same service as the re-queue action."""
        article = self.get_object(request, object_id)
        if article is None:
            raise Http404
        if request.method != "POST" or not self.has_change_permission(request, article):
            raise PermissionDenied
        try:
            article_requeue(article=article, actor=request_actor(request))
        except InvalidText as exc:
            messages.error(request, str(exc))
        else:
            messages.success(request, _("The article is queued for processing."))
        return HttpResponseRedirect(reverse("admin:claims_article_change", args=[article.pk]))

    @admin.action(description="Re-queue processing", permissions=["change"])
    def requeue(self, request: HttpRequest, queryset: QuerySet[Article]) -> None:
        count = 0
        for article in queryset:
            try:
                article_requeue(article=article, actor=request_actor(request))
            except InvalidText as exc:
                self.message_user(request, str(exc), messages.WARNING)
                continue
            count += 1
        self.message_user(request, f"{count} article(s) queued for processing.", messages.SUCCESS)
