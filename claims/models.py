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

    url = models.URLField(max_length=2000, blank=True)
    canonical_url = models.CharField(max_length=2000, blank=True, db_index=True)
    title = models.CharField(max_length=1000, blank=True)
    publisher = models.CharField(max_length=300, blank=True)
    author = models.CharField(max_length=300, blank=True)
    language = models.CharField(max_length=12, blank=True, db_index=True)
    language_supported = models.BooleanField(default=True)
    published_at = models.DateTimeField(null=True, blank=True)
    body = models.TextField()
    content_hash = models.CharField(
        max_length=64, unique=True, help_text="SHA-256 of the normalised body."
    )
    version = models.PositiveIntegerField(default=1)
    previous_version = models.OneToOneField(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="next_version"
    )
    is_latest = models.BooleanField(default=True)

    state = models.CharField(
        max_length=16,
        choices=ProcessingState.choices,
        default=ProcessingState.QUEUED,
        db_index=True,
    )
    queued_at = models.DateTimeField(null=True, blank=True)
    started_at = models.DateTimeField(null=True, blank=True)
    heartbeat_at = models.DateTimeField(
        null=True,
        blank=True,
        help_text="Last sign of life of the job; the sweep re-queues stalled work.",
    )
    extracted_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    failed_at = models.DateTimeField(null=True, blank=True)
    failure_reason = models.TextField(blank=True)
    attempts = models.PositiveIntegerField(default=0)
    extractor_version = models.CharField(max_length=40, blank=True)
    taken_down_at = models.DateTimeField(
        null=True, blank=True, help_text="Text and everything derived from it removed on request."
    )

    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
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

    name = models.CharField(max_length=300, help_text="Canonical name: the fullest form seen.")
    key = models.CharField(
        max_length=300, unique=True, help_text="Normalised name used to merge aliases."
    )
    type = models.CharField(max_length=16, choices=SpeakerType.choices, default=SpeakerType.UNKNOWN)
    aliases = models.JSONField(default=list, blank=True)
    role = models.CharField(max_length=300, blank=True)
    merged_into = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="merged_from"
    )
    corrected = models.BooleanField(default=False, help_text="A person edited this speaker.")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class ExtractedItem(models.Model):
    """What claims and quotes share: where they come from and what a person did to them."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE)
    fingerprint = models.CharField(
        max_length=64,
        help_text="Identity of the machine output, so re-processing updates in place.",
    )
    origin = models.CharField(max_length=10, choices=Origin.choices, default=Origin.MACHINE)
    corrected = models.BooleanField(
        default=False, help_text="A person corrected what the machine found."
    )
    rejected = models.BooleanField(
        default=False, help_text="A person rejected it; re-processing keeps it out."
    )
    corroboration_state = models.CharField(
        max_length=10,
        choices=CorroborationState.choices,
        default=CorroborationState.PENDING,
        db_index=True,
    )
    corroborated_at = models.DateTimeField(null=True, blank=True)
    corroboration_error = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        abstract = True


class QuoteKind(models.TextChoices):
    DIRECT = "direct", _("Direct")
    PARTIAL = "partial", _("Partial")
    INDIRECT = "indirect", _("Indirect")


class Quote(ExtractedItem):
    kind = models.CharField(max_length=10, choices=QuoteKind.choices)
    text = models.TextField()
    spans = models.JSONField(
        help_text="[[start, end], …] into the article body, without quotation marks."
    )
    start = models.PositiveIntegerField()
    end = models.PositiveIntegerField()
    cue_text = models.CharField(max_length=200, blank=True)
    cue_start = models.PositiveIntegerField(null=True, blank=True)
    cue_end = models.PositiveIntegerField(null=True, blank=True)
    speaker = models.ForeignKey(
        Speaker, null=True, blank=True, on_delete=models.SET_NULL, related_name="quotes"
    )
    speaker_mention = models.CharField(max_length=500, blank=True)
    mention_start = models.PositiveIntegerField(null=True, blank=True)
    mention_end = models.PositiveIntegerField(null=True, blank=True)
    attribution_status = models.CharField(
        max_length=12,
        choices=AttributionStatus.choices,
        default=AttributionStatus.UNVERIFIED,
        db_index=True,
    )
    suggested_status = models.CharField(
        max_length=12, choices=AttributionStatus.choices, blank=True
    )
    status_set_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
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
    text = models.TextField()
    start = models.PositiveIntegerField()
    end = models.PositiveIntegerField()
    checkworthiness = models.FloatField(default=0.0, db_index=True)
    attribution = models.CharField(
        max_length=10, choices=Attribution.choices, default=Attribution.UNKNOWN
    )
    speaker = models.ForeignKey(
        Speaker, null=True, blank=True, on_delete=models.SET_NULL, related_name="claims"
    )
    quote = models.ForeignKey(
        Quote, null=True, blank=True, on_delete=models.SET_NULL, related_name="claims"
    )
    quantities = models.JSONField(default=list, blank=True)
    dates = models.JSONField(default=list, blank=True)
    entities = models.JSONField(default=list, blank=True)
    status = models.CharField(
        max_length=16, choices=ClaimStatus.choices, default=ClaimStatus.UNREVIEWED, db_index=True
    )
    suggested_status = models.CharField(max_length=16, choices=ClaimStatus.choices, blank=True)
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="assigned_claims",
    )
    verdict = models.TextField(blank=True, help_text="The written explanation of the final status.")
    revision = models.PositiveIntegerField(
        default=1, help_text="Incremented on every review change."
    )

    class Meta:
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
        Claim, null=True, blank=True, on_delete=models.CASCADE, related_name="runs"
    )
    quote = models.ForeignKey(
        Quote, null=True, blank=True, on_delete=models.CASCADE, related_name="runs"
    )
    query = models.TextField()
    language = models.CharField(max_length=12, blank=True)
    backend = models.CharField(max_length=40)
    settings = models.JSONField(default=dict)
    versions = models.JSONField(default=dict)
    result_count = models.PositiveIntegerField(default=0)
    started_at = models.DateTimeField()
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
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
        Claim, null=True, blank=True, on_delete=models.CASCADE, related_name="evidence"
    )
    quote = models.ForeignKey(
        Quote, null=True, blank=True, on_delete=models.CASCADE, related_name="evidence"
    )
    source = models.ForeignKey("sources.Source", on_delete=models.CASCADE, related_name="+")
    run = models.ForeignKey(
        CorroborationRun, null=True, blank=True, on_delete=models.SET_NULL, related_name="evidence"
    )
    passage = models.TextField(help_text="The passage as it was when found.")
    passage_start = models.PositiveIntegerField(null=True, blank=True)
    passage_end = models.PositiveIntegerField(null=True, blank=True)
    passage_hash = models.CharField(max_length=64)
    score = models.FloatField()
    stance = models.CharField(max_length=12, choices=Stance.choices, default=Stance.UNCLEAR)
    signals = models.JSONField(default=dict, blank=True)
    origin = models.CharField(max_length=10, choices=Origin.choices, default=Origin.MACHINE)
    added_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name_plural = "evidence"
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

    claim = models.ForeignKey(
        Claim, null=True, blank=True, on_delete=models.CASCADE, related_name="events"
    )
    quote = models.ForeignKey(
        Quote, null=True, blank=True, on_delete=models.CASCADE, related_name="events"
    )
    article = models.ForeignKey(
        Article, null=True, blank=True, on_delete=models.CASCADE, related_name="events"
    )
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    kind = models.CharField(max_length=12, choices=Kind.choices)
    field = models.CharField(max_length=64, blank=True)
    from_value = models.TextField(blank=True)
    to_value = models.TextField(blank=True)
    note = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
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
