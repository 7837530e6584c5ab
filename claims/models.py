"""Articles, the claims and quotes extracted from them, speakers, evidence and review history."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _


class ProcessingState(models.TextChoices):
    QUEUED = "queued", _("Queued")
    EXTRACTING = "extracting", _("Extracting")
    CORROBORATING = "corroborating", _("Corroborating")
    DONE = "done", _("Done")
    FAILED = "failed", _("Failed")


class ClaimStatus(models.TextChoices):
    UNREVIEWED = "unreviewed", _("Unreviewed")
    IN_REVIEW = "in_review", _("In review")
    CORROBORATED = "corroborated", _("Corroborated")
    DISPUTED = "disputed", _("Disputed")
    FALSE = "false", _("False")
    UNVERIFIABLE = "unverifiable", _("Unverifiable")
    NOT_CHECKWORTHY = "not_checkworthy", _("Not check-worthy")


class AttributionStatus(models.TextChoices):
    UNVERIFIED = "unverified", _("Unverified")
    CONFIRMED = "confirmed", _("Confirmed")
    MISQUOTED = "misquoted", _("Misquoted")
    NOT_FOUND = "not_found", _("Not found")


class Origin(models.TextChoices):
    MACHINE = "machine", _("Machine")
    PERSON = "person", _("Person")


class CorroborationState(models.TextChoices):
    PENDING = "pending", _("Pending")
    RUNNING = "running", _("Running")
    DONE = "done", _("Done")
    FAILED = "failed", _("Failed")


class Article(models.Model):
    """An article to check. One row per version; duplicates are never stored twice."""

    url = models.URLField(max_length=2000, blank=True, verbose_name=_("url"))
    canonical_url = models.CharField(
        max_length=2000, blank=True, db_index=True, verbose_name=_("canonical url")
    )
    title = models.CharField(max_length=1000, blank=True, verbose_name=_("title"))
    publisher = models.CharField(max_length=300, blank=True, verbose_name=_("publisher"))
    author = models.CharField(max_length=300, blank=True, verbose_name=_("author"))
    language = models.CharField(
        max_length=12, blank=True, db_index=True, verbose_name=_("language")
    )
    language_supported = models.BooleanField(default=True, verbose_name=_("language supported"))
    published_at = models.DateTimeField(null=True, blank=True, verbose_name=_("published at"))
    body = models.TextField(verbose_name=_("body"))
    content_hash = models.CharField(
        max_length=64,
        unique=True,
        help_text=_("SHA-256 of the normalised body."),
        verbose_name=_("content hash"),
    )
    version = models.PositiveIntegerField(default=1, verbose_name=_("version"))
    previous_version = models.OneToOneField(
        "self",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="next_version",
        verbose_name=_("previous version"),
    )
    is_latest = models.BooleanField(default=True, verbose_name=_("is latest"))

    state = models.CharField(
        max_length=16,
        choices=ProcessingState.choices,
        default=ProcessingState.QUEUED,
        db_index=True,
        verbose_name=_("state"),
    )
    queued_at = models.DateTimeField(null=True, blank=True, verbose_name=_("queued at"))
    started_at = models.DateTimeField(null=True, blank=True, verbose_name=_("started at"))
    heartbeat_at = models.DateTimeField(
        null=True,
        blank=True,
        help_text=_("Last sign of life of the job; the sweep re-queues stalled work."),
        verbose_name=_("heartbeat at"),
    )
    extracted_at = models.DateTimeField(null=True, blank=True, verbose_name=_("extracted at"))
    finished_at = models.DateTimeField(null=True, blank=True, verbose_name=_("finished at"))
    failed_at = models.DateTimeField(null=True, blank=True, verbose_name=_("failed at"))
    failure_reason = models.TextField(blank=True, verbose_name=_("failure reason"))
    attempts = models.PositiveIntegerField(default=0, verbose_name=_("attempts"))
    extractor_version = models.CharField(
        max_length=40, blank=True, verbose_name=_("extractor version")
    )
    taken_down_at = models.DateTimeField(
        null=True,
        blank=True,
        help_text=_("Text and everything derived from it removed on request."),
        verbose_name=_("taken down at"),
    )

    created_at = models.DateTimeField(auto_now_add=True, verbose_name=_("created at"))
    updated_at = models.DateTimeField(auto_now=True, verbose_name=_("updated at"))

    class Meta:
        verbose_name = _("article")
        verbose_name_plural = _("articles")
        ordering = ["-created_at", "-id"]
        constraints = [
            models.UniqueConstraint(
                fields=["canonical_url", "version"],
                condition=~Q(canonical_url=""),
                name="article_unique_url_version",
            ),
        ]

    def __str__(self) -> str:
        return self.title or self.canonical_url or f"Article {self.pk}"


class SpeakerType(models.TextChoices):
    PERSON = "person", _("Person")
    ORGANIZATION = "organization", _("Organization")
    GROUP = "group", _("Group")
    UNKNOWN = "unknown", _("Unknown")


class Speaker(models.Model):
    """One person, organisation or group, shared across articles."""

    name = models.CharField(
        max_length=300,
        help_text=_("Canonical name: the fullest form seen."),
        verbose_name=_("name"),
    )
    key = models.CharField(
        max_length=300,
        unique=True,
        help_text=_("Normalised name used to merge aliases."),
        verbose_name=_("key"),
    )
    type = models.CharField(
        max_length=16,
        choices=SpeakerType.choices,
        default=SpeakerType.UNKNOWN,
        verbose_name=_("type"),
    )
    aliases = models.JSONField(default=list, blank=True, verbose_name=_("aliases"))
    role = models.CharField(max_length=300, blank=True, verbose_name=_("role"))
    merged_into = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="merged_from",
        verbose_name=_("merged into"),
    )
    corrected = models.BooleanField(
        default=False, help_text=_("A person edited this speaker."), verbose_name=_("corrected")
    )
    created_at = models.DateTimeField(auto_now_add=True, verbose_name=_("created at"))
    updated_at = models.DateTimeField(auto_now=True, verbose_name=_("updated at"))

    class Meta:
        verbose_name = _("speaker")
        verbose_name_plural = _("speakers")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class ExtractedItem(models.Model):
    """What claims and quotes share: where they come from and what a person did to them."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE, verbose_name=_("article"))
    fingerprint = models.CharField(
        max_length=64,
        help_text=_("Identity of the machine output, so re-processing updates in place."),
        verbose_name=_("fingerprint"),
    )
    origin = models.CharField(
        max_length=10, choices=Origin.choices, default=Origin.MACHINE, verbose_name=_("origin")
    )
    corrected = models.BooleanField(
        default=False,
        help_text=_("A person corrected what the machine found."),
        verbose_name=_("corrected"),
    )
    rejected = models.BooleanField(
        default=False,
        help_text=_("A person rejected it; re-processing keeps it out."),
        verbose_name=_("rejected"),
    )
    corroboration_state = models.CharField(
        max_length=10,
        choices=CorroborationState.choices,
        default=CorroborationState.PENDING,
        db_index=True,
        verbose_name=_("corroboration state"),
    )
    corroborated_at = models.DateTimeField(null=True, blank=True, verbose_name=_("corroborated at"))
    corroboration_error = models.TextField(blank=True, verbose_name=_("corroboration error"))
    created_at = models.DateTimeField(auto_now_add=True, verbose_name=_("created at"))
    updated_at = models.DateTimeField(auto_now=True, verbose_name=_("updated at"))

    class Meta:
        abstract = True


class QuoteKind(models.TextChoices):
    DIRECT = "direct", _("Direct")
    PARTIAL = "partial", _("Partial")
    INDIRECT = "indirect", _("Indirect")


class Quote(ExtractedItem):
    kind = models.CharField(max_length=10, choices=QuoteKind.choices, verbose_name=_("kind"))
    text = models.TextField(verbose_name=_("text"))
    spans = models.JSONField(
        help_text=_("[[start, end], …] into the article body, without quotation marks."),
        verbose_name=_("spans"),
    )
    start = models.PositiveIntegerField(verbose_name=_("start"))
    end = models.PositiveIntegerField(verbose_name=_("end"))
    cue_text = models.CharField(max_length=200, blank=True, verbose_name=_("cue text"))
    cue_start = models.PositiveIntegerField(null=True, blank=True, verbose_name=_("cue start"))
    cue_end = models.PositiveIntegerField(null=True, blank=True, verbose_name=_("cue end"))
    speaker = models.ForeignKey(
        Speaker,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="quotes",
        verbose_name=_("speaker"),
    )
    speaker_mention = models.CharField(
        max_length=500, blank=True, verbose_name=_("speaker mention")
    )
    mention_start = models.PositiveIntegerField(
        null=True, blank=True, verbose_name=_("mention start")
    )
    mention_end = models.PositiveIntegerField(null=True, blank=True, verbose_name=_("mention end"))
    attribution_status = models.CharField(
        max_length=12,
        choices=AttributionStatus.choices,
        default=AttributionStatus.UNVERIFIED,
        db_index=True,
        verbose_name=_("attribution status"),
    )
    suggested_status = models.CharField(
        max_length=12,
        choices=AttributionStatus.choices,
        blank=True,
        verbose_name=_("suggested status"),
    )
    status_set_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("status set by"),
    )

    class Meta:
        verbose_name = _("quote")
        verbose_name_plural = _("quotes")
        ordering = ["article", "start", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["article", "fingerprint"], name="quote_unique_fingerprint"
            ),
            models.CheckConstraint(
                condition=Q(end__gte=models.F("start")), name="quote_span_ordered"
            ),
        ]

    def __str__(self) -> str:
        return self.text[:80]


class Attribution(models.TextChoices):
    SPEAKER = "speaker", _("Speaker")
    OUTLET = "outlet", _("Outlet")
    UNKNOWN = "unknown", _("Unknown")


class Claim(ExtractedItem):
    text = models.TextField(verbose_name=_("text"))
    start = models.PositiveIntegerField(verbose_name=_("start"))
    end = models.PositiveIntegerField(verbose_name=_("end"))
    checkworthiness = models.FloatField(
        default=0.0, db_index=True, verbose_name=_("checkworthiness")
    )
    attribution = models.CharField(
        max_length=10,
        choices=Attribution.choices,
        default=Attribution.UNKNOWN,
        verbose_name=_("attribution"),
    )
    speaker = models.ForeignKey(
        Speaker,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="claims",
        verbose_name=_("speaker"),
    )
    quote = models.ForeignKey(
        Quote,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="claims",
        verbose_name=_("quote"),
    )
    quantities = models.JSONField(default=list, blank=True, verbose_name=_("quantities"))
    dates = models.JSONField(default=list, blank=True, verbose_name=_("dates"))
    entities = models.JSONField(default=list, blank=True, verbose_name=_("entities"))
    status = models.CharField(
        max_length=16,
        choices=ClaimStatus.choices,
        default=ClaimStatus.UNREVIEWED,
        db_index=True,
        verbose_name=_("status"),
    )
    suggested_status = models.CharField(
        max_length=16, choices=ClaimStatus.choices, blank=True, verbose_name=_("suggested status")
    )
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="assigned_claims",
        verbose_name=_("assignee"),
    )
    verdict = models.TextField(
        blank=True,
        help_text=_("The written explanation of the final status."),
        verbose_name=_("verdict"),
    )
    revision = models.PositiveIntegerField(
        default=1, help_text=_("Incremented on every review change."), verbose_name=_("revision")
    )
    # The two-person rule (WORKBENCH_TWO_PERSON_RULE): a final status waiting for a second reviewer.
    proposed_status = models.CharField(
        max_length=16,
        choices=ClaimStatus.choices,
        blank=True,
        db_index=True,
        verbose_name=_("proposed status"),
    )
    proposed_verdict = models.TextField(blank=True, verbose_name=_("proposed verdict"))
    proposed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("proposed by"),
    )
    proposed_at = models.DateTimeField(null=True, blank=True, verbose_name=_("proposed at"))

    class Meta:
        verbose_name = _("claim")
        verbose_name_plural = _("claims")
        ordering = ["-checkworthiness", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["article", "fingerprint"], name="claim_unique_fingerprint"
            ),
            models.CheckConstraint(
                condition=Q(end__gte=models.F("start")), name="claim_span_ordered"
            ),
            models.CheckConstraint(
                condition=Q(checkworthiness__gte=0) & Q(checkworthiness__lte=1),
                name="claim_checkworthiness_range",
            ),
        ]

    def __str__(self) -> str:
        return self.text[:80]


class CorroborationRun(models.Model):
    """One search for evidence: what was searched, with which settings and versions, and when."""

    claim = models.ForeignKey(
        Claim,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="runs",
        verbose_name=_("claim"),
    )
    quote = models.ForeignKey(
        Quote,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="runs",
        verbose_name=_("quote"),
    )
    query = models.TextField(verbose_name=_("query"))
    language = models.CharField(max_length=12, blank=True, verbose_name=_("language"))
    backend = models.CharField(max_length=40, verbose_name=_("backend"))
    settings = models.JSONField(default=dict, verbose_name=_("settings"))
    versions = models.JSONField(default=dict, verbose_name=_("versions"))
    result_count = models.PositiveIntegerField(default=0, verbose_name=_("result count"))
    started_at = models.DateTimeField(verbose_name=_("started at"))
    finished_at = models.DateTimeField(null=True, blank=True, verbose_name=_("finished at"))

    class Meta:
        verbose_name = _("corroboration run")
        verbose_name_plural = _("corroboration runs")
        ordering = ["-started_at", "-id"]
        constraints = [
            models.CheckConstraint(
                condition=(Q(claim__isnull=False) & Q(quote__isnull=True))
                | (Q(claim__isnull=True) & Q(quote__isnull=False)),
                name="run_one_target",
            ),
        ]

    def __str__(self) -> str:
        return f"Run {self.pk} ({self.backend})"


class Stance(models.TextChoices):
    SUPPORTS = "supports", _("Supports")
    CONTRADICTS = "contradicts", _("Contradicts")
    UNCLEAR = "unclear", _("Unclear")


class Evidence(models.Model):
    """A passage of a source that bears on a claim or a quote."""

    claim = models.ForeignKey(
        Claim,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="evidence",
        verbose_name=_("claim"),
    )
    quote = models.ForeignKey(
        Quote,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="evidence",
        verbose_name=_("quote"),
    )
    source = models.ForeignKey(
        "sources.Source", on_delete=models.CASCADE, related_name="+", verbose_name=_("source")
    )
    run = models.ForeignKey(
        CorroborationRun,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="evidence",
        verbose_name=_("run"),
    )
    passage = models.TextField(
        help_text=_("The passage as it was when found."), verbose_name=_("passage")
    )
    passage_start = models.PositiveIntegerField(
        null=True, blank=True, verbose_name=_("passage start")
    )
    passage_end = models.PositiveIntegerField(null=True, blank=True, verbose_name=_("passage end"))
    passage_hash = models.CharField(max_length=64, verbose_name=_("passage hash"))
    score = models.FloatField(verbose_name=_("score"))
    stance = models.CharField(
        max_length=12, choices=Stance.choices, default=Stance.UNCLEAR, verbose_name=_("stance")
    )
    signals = models.JSONField(default=dict, blank=True, verbose_name=_("signals"))
    origin = models.CharField(
        max_length=10, choices=Origin.choices, default=Origin.MACHINE, verbose_name=_("origin")
    )
    added_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("added by"),
    )
    created_at = models.DateTimeField(auto_now_add=True, verbose_name=_("created at"))
    updated_at = models.DateTimeField(auto_now=True, verbose_name=_("updated at"))

    class Meta:
        verbose_name = _("evidence")
        verbose_name_plural = _("evidence")
        ordering = ["-score", "id"]
        constraints = [
            models.CheckConstraint(
                condition=(Q(claim__isnull=False) & Q(quote__isnull=True))
                | (Q(claim__isnull=True) & Q(quote__isnull=False)),
                name="evidence_one_target",
            ),
            models.UniqueConstraint(
                fields=["claim", "source", "passage_hash"],
                condition=Q(claim__isnull=False),
                name="evidence_unique_claim_passage",
            ),
            models.UniqueConstraint(
                fields=["quote", "source", "passage_hash"],
                condition=Q(quote__isnull=False),
                name="evidence_unique_quote_passage",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.source_id}: {self.passage[:60]}"


class ReviewEvent(models.Model):
    """One change made by a person (or the system on a person's behalf): who, when, from, to, note."""

    class Kind(models.TextChoices):
        STATUS = "status", _("Status changed")
        ASSIGNMENT = "assignment", _("Assignment changed")
        CORRECTION = "correction", _("Correction")
        VERDICT = "verdict", _("Verdict written")
        EVIDENCE = "evidence", _("Evidence attached")
        REQUEUE = "requeue", _("Processing re-queued")
        NOTE = "note", _("Note")
        TAKEDOWN = "takedown", _("Taken down")
        PROPOSAL = "proposal", _("Final status proposed")
        SECOND_REVIEW = "second_review", _("Second review")

    claim = models.ForeignKey(
        Claim,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="events",
        verbose_name=_("claim"),
    )
    quote = models.ForeignKey(
        Quote,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="events",
        verbose_name=_("quote"),
    )
    article = models.ForeignKey(
        Article,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="events",
        verbose_name=_("article"),
    )
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("actor"),
    )
    kind = models.CharField(max_length=16, choices=Kind.choices, verbose_name=_("kind"))
    field = models.CharField(max_length=64, blank=True, verbose_name=_("field"))
    from_value = models.TextField(blank=True, verbose_name=_("from value"))
    to_value = models.TextField(blank=True, verbose_name=_("to value"))
    note = models.TextField(blank=True, verbose_name=_("note"))
    created_at = models.DateTimeField(
        auto_now_add=True, db_index=True, verbose_name=_("created at")
    )

    class Meta:
        verbose_name = _("review event")
        verbose_name_plural = _("review events")
        ordering = ["-created_at", "-id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(claim__isnull=False)
                | Q(quote__isnull=False)
                | Q(article__isnull=False),
                name="event_has_target",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.kind}: {self.from_value} → {self.to_value}"
