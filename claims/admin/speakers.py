"""Speakers: aliases, merging two speakers, and every quote of a speaker across articles."""

from __future__ import annotations

from typing import Any

from django.contrib import admin, messages
from django.db.models import QuerySet
from django.forms import ModelForm
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _

from claims.admin.common import ReadOnlyInline, related_count, request_actor
from claims.models import Claim, Quote, Speaker
from claims.services import CorrectionError, speaker_merge


class SpeakerQuoteInline(ReadOnlyInline):
    """Every quote of the speaker, whatever the article."""

    model = Quote
    fk_name = "speaker"
    verbose_name_plural = _("quotes of this speaker, in every article")
    fields = ("text", "kind", "speaker_mention", "article", "attribution_status")
    readonly_fields = fields

    def get_queryset(self, request: HttpRequest) -> QuerySet[Quote]:
        return super().get_queryset(request).select_related("article").order_by("-article_id")


@admin.register(Speaker)
class SpeakerAdmin(admin.ModelAdmin):
    list_display = (
        "name",
        "type",
        "role",
        "alias_list",
        "merged_into",
        "corrected",
        "claim_count",
        "quote_count",
    )
    list_filter = ("type", "corrected")
    search_fields = ("name", "key", "role", "aliases")
    list_select_related = ("merged_into",)
    autocomplete_fields = ("merged_into",)
    actions = ("merge_selected",)
    inlines = (SpeakerQuoteInline,)
    readonly_fields = (
        "key",
        "merged_into",
        "corrected",
        "claim_count",
        "quote_count",
        "created_at",
        "updated_at",
    )
    fields = (
        "name",
        "type",
        "role",
        "aliases",
        "merged_into",
        "corrected",
        "key",
        "claim_count",
        "quote_count",
        "created_at",
        "updated_at",
    )

    def save_model(self, request: HttpRequest, obj: Speaker, form: ModelForm, change: bool) -> None:
        if change and form.changed_data:
            # The extraction no longer renames or retypes a speaker a person edited.
            obj.corrected = True
        super().save_model(request, obj, form, change)

    def get_queryset(self, request: HttpRequest) -> QuerySet[Speaker]:
        return (
            super()
            .get_queryset(request)
            .annotate(
                claim_count=related_count(Claim, "speaker"),
                quote_count=related_count(Quote, "speaker"),
            )
        )

    @admin.display(description=_("aliases"))
    def alias_list(self, obj: Speaker) -> str:
        return ", ".join(obj.aliases or [])

    @admin.display(description=_("claims"), ordering="claim_count")
    def claim_count(self, obj: Any) -> int:
        return obj.claim_count

    @admin.display(description=_("quotes"), ordering="quote_count")
    def quote_count(self, obj: Any) -> int:
        return obj.quote_count

    @admin.action(
        description=_("Merge the selected speakers into the one with the most quotes"),
        permissions=["change"],
    )
    def merge_selected(self, request: HttpRequest, queryset: QuerySet[Speaker]) -> None:
        speakers = sorted(
            queryset.filter(merged_into__isnull=True),
            key=lambda s: (-(s.quote_count + s.claim_count), s.pk),  # type: ignore[attr-defined]
        )
        if len(speakers) < 2:
            self.message_user(
                request, _("Select at least two speakers to merge."), messages.WARNING
            )
            return
        target, others = speakers[0], speakers[1:]
        for other in others:
            try:
                speaker_merge(source=other, target=target, actor=request_actor(request))
            except CorrectionError as exc:
                self.message_user(request, str(exc), messages.ERROR)
                return
        self.message_user(
            request,
            _("Merged %(names)s into %(target)s.")
            % {"names": ", ".join(s.name for s in others), "target": target.name},
            messages.SUCCESS,
        )
