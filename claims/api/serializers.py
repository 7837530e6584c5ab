"""Serializers: shapes only, no business logic. Ids are strings (DESIGN.md)."""

from __future__ import annotations

from typing import Any

from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers
from rest_framework.reverse import reverse

from claims.claimreview import claim_review
from claims.models import (
    Article,
    AttributionStatus,
    Claim,
    ClaimStatus,
    Evidence,
    Quote,
    ReviewEvent,
    Speaker,
)
from sources.models import FetchJob, Source


class StrictCharField(serializers.CharField):
    """A string, and only a string: 0 or true is refused rather than turned into "0"/"True"."""

    def to_internal_value(self, data: Any) -> str:
        if not isinstance(data, str):
            self.fail("invalid")
        return super().to_internal_value(data)


class StrictIntegerField(serializers.IntegerField):
    """A JSON integer, not "3", 3.0 or true."""

    def to_internal_value(self, data: Any) -> int:
        if not isinstance(data, int) or isinstance(data, bool):
            self.fail("invalid")
        return super().to_internal_value(data)


def _id(source: str = "pk", **kwargs: Any) -> serializers.CharField:
    return serializers.CharField(source=source, read_only=True, **kwargs)


class SpeakerBriefSerializer(serializers.ModelSerializer):
    id = _id()

    class Meta:
        model = Speaker
        fields = ("id", "name", "type")


class ArticleBriefSerializer(serializers.ModelSerializer):
    id = _id()

    class Meta:
        model = Article
        fields = ("id", "title", "url", "language", "published_at")


class SourceSerializer(serializers.ModelSerializer):
    id = _id()

    class Meta:
        model = Source
        fields: tuple[str, ...] = (
            "id",
            "external_id",
            "title",
            "url",
            "publisher",
            "language",
            "kind",
            "published_at",
            "created_at",
            "updated_at",
        )


class SourceDetailSerializer(SourceSerializer):
    class Meta(SourceSerializer.Meta):
        fields = (*SourceSerializer.Meta.fields, "text")


class EvidenceSerializer(serializers.ModelSerializer):
    id = _id()
    source = SourceSerializer(read_only=True)  # type: ignore[assignment]
    run = _id("run_id", allow_null=True)
    added_by = serializers.CharField(source="added_by.username", read_only=True, allow_null=True)
    signals = serializers.JSONField(read_only=True)

    class Meta:
        model = Evidence
        fields = (
            "id",
            "source",
            "passage",
            "passage_start",
            "passage_end",
            "score",
            "stance",
            "signals",
            "origin",
            "added_by",
            "run",
            "created_at",
        )


class EventSerializer(serializers.ModelSerializer):
    id = _id()
    actor = serializers.CharField(source="actor.username", read_only=True, allow_null=True)

    class Meta:
        model = ReviewEvent
        fields = ("id", "kind", "field", "from_value", "to_value", "note", "actor", "created_at")


class ArticleSerializer(serializers.ModelSerializer):
    id = _id()
    previous_version = _id("previous_version_id", allow_null=True)
    claim_count = serializers.IntegerField(read_only=True)
    quote_count = serializers.IntegerField(read_only=True)
    api_url = serializers.SerializerMethodField()

    class Meta:
        model = Article
        fields: tuple[str, ...] = (
            "id",
            "api_url",
            "url",
            "canonical_url",
            "title",
            "publisher",
            "author",
            "language",
            "language_supported",
            "published_at",
            "version",
            "previous_version",
            "is_latest",
            "state",
            "queued_at",
            "started_at",
            "extracted_at",
            "finished_at",
            "failed_at",
            "failure_reason",
            "attempts",
            "claim_count",
            "quote_count",
            "created_at",
            "updated_at",
        )

    @extend_schema_field(OpenApiTypes.URI)
    def get_api_url(self, obj: Article) -> str:
        return reverse("api:article-detail", args=[obj.pk], request=self.context.get("request"))


class ArticleDetailSerializer(ArticleSerializer):
    class Meta(ArticleSerializer.Meta):
        fields = (*ArticleSerializer.Meta.fields, "body")


class ArticleSubmitSerializer(serializers.Serializer):
    text = StrictCharField(
        required=False, trim_whitespace=False, help_text="The article's plain text."
    )
    url = serializers.URLField(required=False, max_length=2000, allow_blank=True)
    title = StrictCharField(required=False, max_length=1000, allow_blank=True)
    publisher = StrictCharField(required=False, max_length=300, allow_blank=True)
    author = StrictCharField(required=False, max_length=300, allow_blank=True)
    language = StrictCharField(
        required=False, max_length=12, allow_blank=True, help_text="fr, en… (auto when absent)"
    )
    lang = StrictCharField(
        required=False, max_length=12, allow_blank=True, help_text="Alias of `language`."
    )
    published_at = serializers.DateTimeField(required=False, allow_null=True)

    def validate(self, attrs: dict[str, Any]) -> dict[str, Any]:
        if "lang" in attrs:
            attrs.setdefault("language", attrs.pop("lang"))
            attrs.pop("lang", None)
        if not attrs.get("text") and not attrs.get("url"):
            raise serializers.ValidationError("Give the article's `text`, or a `url` to fetch.")
        return attrs


class FetchJobSerializer(serializers.ModelSerializer):
    id = _id()
    article = serializers.SerializerMethodField(
        help_text="The article's id once the page is stored (state done)."
    )

    class Meta:
        model = FetchJob
        fields = (
            "id",
            "url",
            "kind",
            "state",
            "attempts",
            "failure_reason",
            "http_status",
            "final_url",
            "outcome",
            "article",
            "created_at",
            "queued_at",
            "started_at",
            "finished_at",
            "failed_at",
            "updated_at",
        )

    def get_article(self, obj: FetchJob) -> str | None:
        if obj.kind == FetchJob.Kind.ARTICLE and obj.result_id:
            return obj.result_id
        return None


class ProposalSerializer(serializers.Serializer):
    """A final status one reviewer proposed under the two-person rule, waiting for a second."""

    status = serializers.ChoiceField(choices=ClaimStatus.choices, source="proposed_status")
    verdict = serializers.CharField(source="proposed_verdict")
    by = serializers.CharField(source="proposed_by.username", allow_null=True, default=None)
    at = serializers.DateTimeField(source="proposed_at")


class ClaimSerializer(serializers.ModelSerializer):
    id = _id()
    article = _id("article_id")
    quote = _id("quote_id", allow_null=True)
    speaker = SpeakerBriefSerializer(read_only=True, allow_null=True)
    assignee = serializers.CharField(source="assignee.username", read_only=True, allow_null=True)
    evidence_count = serializers.IntegerField(read_only=True)
    quantities = serializers.JSONField(read_only=True)
    dates = serializers.JSONField(read_only=True)
    entities = serializers.JSONField(read_only=True)
    proposal = serializers.SerializerMethodField(
        help_text="With the two-person rule on: the final status proposed by one reviewer and "
        "waiting for a second (null when none)."
    )

    class Meta:
        model = Claim
        fields: tuple[str, ...] = (
            "id",
            "article",
            "text",
            "start",
            "end",
            "checkworthiness",
            "attribution",
            "speaker",
            "quote",
            "quantities",
            "dates",
            "entities",
            "status",
            "suggested_status",
            "verdict",
            "proposal",
            "assignee",
            "revision",
            "corroboration_state",
            "corroborated_at",
            "evidence_count",
            "origin",
            "corrected",
            "rejected",
            "created_at",
            "updated_at",
        )

    @extend_schema_field(ProposalSerializer(allow_null=True))
    def get_proposal(self, obj: Claim) -> dict[str, Any] | None:
        if not obj.proposed_status:
            return None
        return dict(ProposalSerializer(obj).data)


class ClaimDetailSerializer(ClaimSerializer):
    article = ArticleBriefSerializer(read_only=True)  # type: ignore[assignment]
    evidence = EvidenceSerializer(many=True, read_only=True)
    history = EventSerializer(source="events", many=True, read_only=True)

    class Meta(ClaimSerializer.Meta):
        fields = (*ClaimSerializer.Meta.fields, "evidence", "history")


class QuoteSerializer(serializers.ModelSerializer):
    id = _id()
    article = _id("article_id")
    speaker = SpeakerBriefSerializer(read_only=True, allow_null=True)
    spans = serializers.ListField(
        child=serializers.ListField(child=serializers.IntegerField(), min_length=2, max_length=2),
        read_only=True,
    )
    status_set_by = serializers.CharField(
        source="status_set_by.username", read_only=True, allow_null=True
    )
    evidence_count = serializers.IntegerField(read_only=True)

    class Meta:
        model = Quote
        fields: tuple[str, ...] = (
            "id",
            "article",
            "kind",
            "text",
            "spans",
            "start",
            "end",
            "cue_text",
            "cue_start",
            "cue_end",
            "speaker",
            "speaker_mention",
            "mention_start",
            "mention_end",
            "attribution_status",
            "suggested_status",
            "status_set_by",
            "corroboration_state",
            "corroborated_at",
            "evidence_count",
            "origin",
            "corrected",
            "rejected",
            "created_at",
            "updated_at",
        )


class QuoteDetailSerializer(QuoteSerializer):
    article = ArticleBriefSerializer(read_only=True)  # type: ignore[assignment]
    evidence = EvidenceSerializer(many=True, read_only=True)
    history = EventSerializer(source="events", many=True, read_only=True)

    class Meta(QuoteSerializer.Meta):
        fields = (*QuoteSerializer.Meta.fields, "evidence", "history")


class SpeakerSerializer(serializers.ModelSerializer):
    id = _id()
    aliases = serializers.ListField(child=serializers.CharField(), read_only=True)
    merged_into = _id("merged_into_id", allow_null=True)
    quote_count = serializers.IntegerField(read_only=True)
    claim_count = serializers.IntegerField(read_only=True)

    class Meta:
        model = Speaker
        fields = (
            "id",
            "name",
            "type",
            "aliases",
            "role",
            "merged_into",
            "quote_count",
            "claim_count",
            "created_at",
            "updated_at",
        )


class ClaimReviewSerializer(serializers.Serializer):
    """schema.org ClaimReview JSON-LD (see claims/claimreview.py); output only."""

    def get_fields(self) -> dict[str, serializers.Field]:
        return {
            "@context": serializers.CharField(),
            "@type": serializers.CharField(),
            "url": serializers.URLField(),
            "claimReviewed": serializers.CharField(),
            "itemReviewed": serializers.DictField(),
            "author": serializers.DictField(),
            "reviewRating": serializers.DictField(),
            "reviewBody": serializers.CharField(required=False),
            "datePublished": serializers.DateField(),
            "inLanguage": serializers.CharField(required=False),
        }

    def to_representation(self, instance: Claim) -> dict[str, Any]:
        request = self.context.get("request")
        url = reverse("api:claim-detail", args=[instance.pk], request=request)
        return claim_review(
            claim=instance, url=url, reviewed_at=getattr(instance, "reviewed_at", None)
        )


# --- Writes: the input of review actions (validated here, decided by claims.services) ----------


class RevisionField(StrictIntegerField):
    def __init__(self, **kwargs: Any) -> None:
        super().__init__(
            min_value=1,
            max_value=2**31 - 1,
            help_text="The claim's `revision` as you read it: a claim changed since is refused "
            "with 409 and nothing is written.",
            **kwargs,
        )


class ClaimStatusInputSerializer(serializers.Serializer):
    status = serializers.ChoiceField(choices=ClaimStatus.choices)
    verdict = StrictCharField(
        required=False,
        allow_blank=True,
        max_length=20000,
        help_text="The written verdict; required (here or already on the claim) for a final "
        "status: corroborated, disputed, false, unverifiable, not_checkworthy.",
    )
    note = StrictCharField(required=False, allow_blank=True, max_length=5000, default="")
    revision = RevisionField()


class ClaimAssignInputSerializer(serializers.Serializer):
    assignee = StrictCharField(
        allow_null=True, max_length=150, help_text="A reviewer's username, or null to unassign."
    )
    note = StrictCharField(required=False, allow_blank=True, max_length=5000, default="")
    revision = RevisionField()


class SuggestionAcceptInputSerializer(serializers.Serializer):
    """Accepting a suggestion or confirming a proposal: leave the verdict out (or blank) to keep
    the one already written or proposed."""

    verdict = StrictCharField(required=False, allow_blank=True, max_length=20000)
    note = StrictCharField(required=False, allow_blank=True, max_length=5000, default="")
    revision = RevisionField()


class QuoteStatusInputSerializer(serializers.Serializer):
    attribution_status = serializers.ChoiceField(choices=AttributionStatus.choices)
    note = StrictCharField(required=False, allow_blank=True, max_length=5000, default="")
