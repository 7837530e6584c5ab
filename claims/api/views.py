"""The API's views: reads through annotated querysets (constant queries per page), writes
through claims.services (the same functions the admin calls)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.contrib.auth import get_user_model
from django.db.models import Count, IntegerField, Max, OuterRef, Prefetch, Q, QuerySet, Subquery
from django.db.models.functions import Coalesce
from drf_spectacular.utils import (
    OpenApiExample,
    OpenApiResponse,
    PolymorphicProxySerializer,
    extend_schema,
    extend_schema_view,
)
from rest_framework import mixins, serializers, status, viewsets
from rest_framework.decorators import action
from rest_framework.exceptions import NotFound, ValidationError
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.reverse import reverse

from claims import services
from claims.api import serializers as s
from claims.api.filters import (
    ArticleFilter,
    ClaimFilter,
    QuoteFilter,
    SourceFilter,
    SpeakerFilter,
)
from claims.api.parsers import SafeJSONParser
from claims.api.permissions import CAN_READ, IsEditor, IsReviewer
from claims.api.schema import WorkbenchAutoSchema
from claims.claimreview import NotReviewed, claim_review, reviewed_statuses
from claims.models import Article, Claim, Evidence, Quote, ReviewEvent, Speaker
from claims.text import InvalidText
from sources.models import FetchJob, Source

ID = r"[0-9]+"


def _count(model: Any, field: str, **filters: Any) -> Coalesce:
    """COUNT of related rows as a subquery: several counts never multiply each other's joins."""
    rows = (
        model.objects.filter(**{field: OuterRef("pk")}, **filters)
        .order_by()
        .values(field)
        .annotate(n=Count("pk"))
        .values("n")
    )
    return Coalesce(Subquery(rows, output_field=IntegerField()), 0)


class ApiViewSet(viewsets.GenericViewSet):
    schema = WorkbenchAutoSchema()
    # JSON in: form encodings would turn "" into null and blur what the schema promises.
    parser_classes = [SafeJSONParser]
    permission_classes = [CAN_READ]  # type: ignore[list-item]
    lookup_value_regex = ID


def _evidence() -> Prefetch:
    return Prefetch(
        "evidence",
        queryset=Evidence.objects.select_related("source", "added_by").defer(
            "source__text", "source__search_text"
        ),
    )


def _history() -> Prefetch:
    return Prefetch("events", queryset=ReviewEvent.objects.select_related("actor"))


# --- Articles -----------------------------------------------------------------------------------

SUBMIT_EXAMPLE = OpenApiExample(
    "Submit a text",
    value={
        "text": "Le ministre a déclaré que 300 soldats quitteraient la base en juin.",
        "title": "Retrait de la base",
        "url": "https://news.example.org/retrait",
        "language": "fr",
        "published_at": "2024-06-02T08:00:00Z",
    },
    request_only=True,
)


class ArticleSubmittedSerializer(s.ArticleSerializer):
    duplicate = serializers.BooleanField(
        read_only=True, help_text="True when the article was already there (nothing queued)."
    )
    new_version = serializers.BooleanField(read_only=True)

    class Meta(s.ArticleSerializer.Meta):
        fields = (*s.ArticleSerializer.Meta.fields, "duplicate", "new_version")


@extend_schema_view(
    list=extend_schema(summary="Articles, newest first, with their processing state"),
    retrieve=extend_schema(summary="One article with its body and processing state"),
)
class ArticleViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, ApiViewSet):
    filterset_class = ArticleFilter
    ordering_fields = ("created_at", "updated_at", "published_at", "id")

    def get_queryset(self) -> QuerySet[Article]:
        queryset = Article.objects.annotate(
            claim_count=_count(Claim, "article", rejected=False),
            quote_count=_count(Quote, "article", rejected=False),
        )
        if self.action != "retrieve":
            queryset = queryset.defer("body")
        return queryset

    def get_serializer_class(self) -> type[serializers.BaseSerializer]:
        return s.ArticleDetailSerializer if self.action == "retrieve" else s.ArticleSerializer

    def get_permissions(self) -> Any:
        if self.action == "create":
            return [(IsEditor | IsReviewer)()]
        return super().get_permissions()

    @extend_schema(
        summary="Submit an article (editors and reviewers)",
        description=(
            "Stores the article once and queues its processing. **202**: stored, follow the "
            "`Location` header (`state` goes queued → extracting → corroborating → done). "
            "**200**: the same content (or URL and content) was already there; `Location` "
            "points at it and nothing is queued. With only a `url`, the server fetches the page "
            "in the background: **202** with the fetch job, `Location` points at the job, whose "
            "`article` is set once the page is stored."
        ),
        request=s.ArticleSubmitSerializer,
        responses={
            202: PolymorphicProxySerializer(
                component_name="Submitted",
                serializers=[ArticleSubmittedSerializer, s.FetchJobSerializer],
                resource_type_field_name=None,
            ),
            200: ArticleSubmittedSerializer,
        },
        examples=[SUBMIT_EXAMPLE],
    )
    def create(self, request: Request) -> Response:
        submitted = s.ArticleSubmitSerializer(data=request.data)
        submitted.is_valid(raise_exception=True)
        data = submitted.validated_data
        if data.get("text"):
            try:
                result = services.article_ingest(
                    body=data["text"],
                    url=data.get("url") or "",
                    title=data.get("title") or "",
                    publisher=data.get("publisher") or "",
                    author=data.get("author") or "",
                    language=data.get("language") or None,
                    published_at=data.get("published_at"),
                )
            except InvalidText as exc:
                raise ValidationError({"text": [str(exc)]}) from exc
        else:
            from claims.services.ingestion import article_fetch_submit

            try:
                job = article_fetch_submit(url=data["url"], requested_by=request.user)
            except ValueError as exc:
                raise ValidationError({"url": [str(exc)]}) from exc
            location = reverse("api:fetchjob-detail", args=[job.pk], request=request)
            return Response(
                s.FetchJobSerializer(job).data,
                status=status.HTTP_202_ACCEPTED,
                headers={"Location": location},
            )
        article = self.get_queryset().get(pk=result.article.pk)
        body = ArticleSubmittedSerializer(article, context=self.get_serializer_context()).data
        body["duplicate"] = bool(result.duplicate)
        body["new_version"] = bool(getattr(result, "new_version", False))
        location = reverse("api:article-detail", args=[article.pk], request=request)
        code = status.HTTP_200_OK if result.duplicate else status.HTTP_202_ACCEPTED
        return Response(body, status=code, headers={"Location": location})


# --- Claims -------------------------------------------------------------------------------------

STATUS_EXAMPLE = OpenApiExample(
    "Mark a claim false",
    value={
        "status": "false",
        "verdict": "The ministry's own figures give 120 soldiers, not 300.",
        "note": "checked with the ministry",
        "revision": 3,
    },
    request_only=True,
)


@extend_schema_view(
    list=extend_schema(summary="Claims, most check-worthy first, with their evidence counts"),
    retrieve=extend_schema(summary="One claim with its evidence and review history"),
)
class ClaimViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, ApiViewSet):
    filterset_class = ClaimFilter
    ordering_fields = (
        "checkworthiness",
        "updated_at",
        "created_at",
        "start",
        "id",
        "evidence_count",
    )

    def get_queryset(self) -> QuerySet[Claim]:
        queryset = Claim.objects.select_related("speaker", "assignee", "proposed_by").annotate(
            evidence_count=_count(Evidence, "claim")
        )
        if self.action != "list":
            queryset = queryset.select_related("article").prefetch_related(_evidence(), _history())
        return queryset

    def get_serializer_class(self) -> type[serializers.BaseSerializer]:
        return s.ClaimSerializer if self.action == "list" else s.ClaimDetailSerializer

    def get_permissions(self) -> Any:
        if self.action in ("status", "assign", "accept_suggestion", "confirm_proposal"):
            return [IsReviewer()]
        return super().get_permissions()

    def _answer(self, claim: Claim) -> Response:
        fresh = self.get_queryset().get(pk=claim.pk)
        return Response(s.ClaimDetailSerializer(fresh, context=self.get_serializer_context()).data)

    @extend_schema(
        summary="Set the review status (reviewers)",
        description=(
            "Goes through the same service as the admin: an event is recorded and the "
            "`claim.status_changed` webhook is sent. A final status needs a verdict (400 "
            "otherwise). `revision` must be the claim's current one (409 otherwise). With the "
            "two-person rule on, one reviewer's final status is recorded as the claim's "
            "`proposal` (the status does not change) until a second reviewer sets the same "
            "status or confirms the proposal."
        ),
        request=s.ClaimStatusInputSerializer,
        responses={200: s.ClaimDetailSerializer, 409: OpenApiResponse(description="Stale")},
        examples=[STATUS_EXAMPLE],
    )
    @action(detail=True, methods=["post"])
    def status(self, request: Request, pk: str | None = None) -> Response:
        claim = self.get_object()
        given = s.ClaimStatusInputSerializer(data=request.data)
        given.is_valid(raise_exception=True)
        data = given.validated_data
        services.claim_status_set(
            claim=claim,
            status=data["status"],
            verdict=data.get("verdict"),
            note=data["note"],
            actor=request.user,  # type: ignore[arg-type]
            expected_revision=data["revision"],
        )
        return self._answer(claim)

    @extend_schema(
        summary="Assign the claim to a reviewer, or unassign it (reviewers)",
        request=s.ClaimAssignInputSerializer,
        responses={200: s.ClaimDetailSerializer},
        examples=[
            OpenApiExample("Assign", value={"assignee": "rita", "revision": 4}, request_only=True)
        ],
    )
    @action(detail=True, methods=["post"])
    def assign(self, request: Request, pk: str | None = None) -> Response:
        claim = self.get_object()
        given = s.ClaimAssignInputSerializer(data=request.data)
        given.is_valid(raise_exception=True)
        data = given.validated_data
        assignee = None
        if data["assignee"] is not None:
            assignee = get_user_model().objects.filter(username=data["assignee"]).first()
            if assignee is None:
                raise ValidationError({"assignee": [f"no user named {data['assignee']!r}"]})
        try:
            services.claim_assign(
                claim=claim,
                assignee=assignee,
                note=data["note"],
                actor=request.user,  # type: ignore[arg-type]
                expected_revision=data["revision"],
            )
        except ValueError as exc:
            raise ValidationError({"assignee": [str(exc)]}) from exc
        return self._answer(claim)

    @extend_schema(
        summary="Accept the machine's suggested status (reviewers)",
        request=s.SuggestionAcceptInputSerializer,
        responses={200: s.ClaimDetailSerializer},
    )
    @action(detail=True, methods=["post"], url_path="accept-suggestion")
    def accept_suggestion(self, request: Request, pk: str | None = None) -> Response:
        return self._decide(request, services.claim_suggestion_accept)

    @extend_schema(
        summary="Confirm the final status another reviewer proposed (two-person rule)",
        description=(
            "The second reviewer agrees with the claim's `proposal`: its status and verdict (or "
            "the verdict given here) are applied. 403 for the proposer themself, 400 when "
            "nothing is proposed."
        ),
        request=s.SuggestionAcceptInputSerializer,
        responses={200: s.ClaimDetailSerializer},
    )
    @action(detail=True, methods=["post"], url_path="confirm-proposal")
    def confirm_proposal(self, request: Request, pk: str | None = None) -> Response:
        return self._decide(request, services.claim_proposal_confirm)

    def _decide(self, request: Request, service: Callable[..., Claim]) -> Response:
        """Accept a suggestion or confirm a proposal: a blank verdict keeps the one proposed."""
        claim = self.get_object()
        given = s.SuggestionAcceptInputSerializer(data=request.data)
        given.is_valid(raise_exception=True)
        data = given.validated_data
        try:
            service(
                claim=claim,
                verdict=data.get("verdict") or None,
                note=data["note"],
                actor=request.user,
                expected_revision=data["revision"],
            )
        except ValueError as exc:
            raise ValidationError({"detail": [str(exc)]}) from exc
        return self._answer(claim)

    @extend_schema(
        summary="The claim as schema.org ClaimReview JSON-LD",
        description="404 when the claim's status is not a review (unreviewed, in_review…).",
        responses={200: s.ClaimReviewSerializer},
    )
    @action(detail=True, methods=["get"], filter_backends=[])
    def claimreview(self, request: Request, pk: str | None = None) -> Response:
        claim = self.get_object()
        reviewed_at = claim.events.filter(field="status").aggregate(at=Max("created_at"))["at"]
        url = reverse("api:claim-detail", args=[claim.pk], request=request)
        try:
            return Response(claim_review(claim=claim, url=url, reviewed_at=reviewed_at))
        except NotReviewed as exc:
            raise NotFound(str(exc)) from exc


@extend_schema_view(
    list=extend_schema(
        summary="Bulk export of reviewed claims as ClaimReview JSON-LD",
        description="Claims whose status has a rating (see WORKBENCH_CLAIMREVIEW_RATINGS); "
        "the same filters as /claims/.",
    )
)
class ClaimReviewViewSet(mixins.ListModelMixin, ApiViewSet):
    filterset_class = ClaimFilter
    serializer_class = s.ClaimReviewSerializer
    ordering_fields = ("updated_at", "id")

    def get_queryset(self) -> QuerySet[Claim]:
        return (
            Claim.objects.filter(status__in=reviewed_statuses())
            .select_related("article", "speaker")
            .defer("article__body")
            .annotate(reviewed_at=Max("events__created_at", filter=Q(events__field="status")))
            .order_by("-updated_at", "-id")
        )


# --- Quotes -------------------------------------------------------------------------------------


@extend_schema_view(
    list=extend_schema(summary="Quotes, in article order"),
    retrieve=extend_schema(summary="One quote with its evidence and review history"),
)
class QuoteViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, ApiViewSet):
    filterset_class = QuoteFilter
    ordering_fields = ("start", "updated_at", "created_at", "id", "evidence_count")

    def get_queryset(self) -> QuerySet[Quote]:
        queryset = Quote.objects.select_related("speaker", "status_set_by").annotate(
            evidence_count=_count(Evidence, "quote")
        )
        if self.action != "list":
            queryset = queryset.select_related("article").prefetch_related(_evidence(), _history())
        return queryset

    def get_serializer_class(self) -> type[serializers.BaseSerializer]:
        return s.QuoteSerializer if self.action == "list" else s.QuoteDetailSerializer

    def get_permissions(self) -> Any:
        if self.action == "status":
            return [IsReviewer()]
        return super().get_permissions()

    @extend_schema(
        summary="Set the attribution status (reviewers)",
        request=s.QuoteStatusInputSerializer,
        responses={200: s.QuoteDetailSerializer},
        examples=[
            OpenApiExample(
                "Confirm",
                value={"attribution_status": "confirmed", "note": "same words on AFP"},
                request_only=True,
            )
        ],
    )
    @action(detail=True, methods=["post"])
    def status(self, request: Request, pk: str | None = None) -> Response:
        quote = self.get_object()
        given = s.QuoteStatusInputSerializer(data=request.data)
        given.is_valid(raise_exception=True)
        services.quote_status_set(
            quote=quote,
            status=given.validated_data["attribution_status"],
            note=given.validated_data["note"],
            actor=request.user,  # type: ignore[arg-type]
        )
        fresh = self.get_queryset().get(pk=quote.pk)
        return Response(s.QuoteDetailSerializer(fresh, context=self.get_serializer_context()).data)


# --- Speakers and sources -----------------------------------------------------------------------


@extend_schema_view(
    list=extend_schema(summary="Speakers with their aliases"),
    retrieve=extend_schema(summary="One speaker"),
)
class SpeakerViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, ApiViewSet):
    serializer_class = s.SpeakerSerializer
    filterset_class = SpeakerFilter
    ordering_fields = ("name", "updated_at", "id", "quote_count", "claim_count")

    def get_queryset(self) -> QuerySet[Any]:
        return Speaker.objects.annotate(
            quote_count=_count(Quote, "speaker", rejected=False),
            claim_count=_count(Claim, "speaker", rejected=False),
        )

    @extend_schema(
        summary="The speaker's quotes",
        responses={200: s.QuoteSerializer(many=True)},
        filters=False,
    )
    @action(detail=True, methods=["get"], filter_backends=[])
    def quotes(self, request: Request, pk: str | None = None) -> Response:
        speaker = self.get_object()
        quotes = (
            Quote.objects.filter(speaker=speaker, rejected=False)
            .select_related("speaker", "status_set_by")
            .annotate(evidence_count=_count(Evidence, "quote"))
            .order_by("-id")
        )
        page = self.paginate_queryset(quotes)
        data = s.QuoteSerializer(page, many=True, context=self.get_serializer_context()).data
        return self.get_paginated_response(data)


@extend_schema_view(
    list=extend_schema(summary="Sources that evidence is drawn from (read only)"),
    retrieve=extend_schema(summary="One source with its text"),
)
class SourceViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, ApiViewSet):
    filterset_class = SourceFilter
    ordering_fields = ("external_id", "published_at", "updated_at", "id")

    def get_queryset(self) -> QuerySet[Source]:
        queryset = Source.objects.all()
        if self.action != "retrieve":
            queryset = queryset.defer("text", "search_text")
        return queryset

    def get_serializer_class(self) -> type[serializers.BaseSerializer]:
        return s.SourceDetailSerializer if self.action == "retrieve" else s.SourceSerializer


@extend_schema_view(
    list=extend_schema(summary="Background fetches of submitted URLs, newest first"),
    retrieve=extend_schema(summary="One fetch: its state, and the article once stored"),
)
class FetchJobViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, ApiViewSet):
    serializer_class = s.FetchJobSerializer
    queryset = FetchJob.objects.all()
    filter_backends: list[Any] = []


__all__ = [
    "ArticleViewSet",
    "ClaimReviewViewSet",
    "ClaimViewSet",
    "FetchJobViewSet",
    "QuoteViewSet",
    "SourceViewSet",
    "SpeakerViewSet",
]
