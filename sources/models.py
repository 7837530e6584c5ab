"""The corpus of candidate evidence. Knows nothing of claims."""

from django.db import models


class Source(models.Model):
    """A document that may corroborate or contradict claims: an article, wire copy, a statement."""

    external_id = models.CharField(
        max_length=255, unique=True, help_text="The caller's stable id, as given at import."
    )
    url = models.URLField(max_length=2000, blank=True)
    title = models.CharField(max_length=1000, blank=True)
    publisher = models.CharField(max_length=300, blank=True)
    language = models.CharField(max_length=12, blank=True, db_index=True)
    published_at = models.DateTimeField(null=True, blank=True)
    text = models.TextField()
    kind = models.CharField(
        max_length=64, blank=True, help_text="Free text: article, factcheck, statement, wire…"
    )
    content_hash = models.CharField(
        max_length=64, help_text="SHA-256 of the imported fields, to tell an unchanged re-import."
    )
    search_text = models.TextField(
        blank=True,
        default="",
        editable=False,
        help_text="Folded, stemmed terms of title and text (workbench.nlp.textnorm.index_text); "
        "the full-text index of each database is built on it.",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["external_id"]

    def __str__(self) -> str:
        return self.title or self.external_id


# --- corroboration (engineer "corroboration") ---------------------------------------------------


class TermStat(models.Model):
    """In how many sources a search term occurs, kept by a database trigger on PostgreSQL.

    The row with the empty term holds the number of sources. SQLite reads the same figures from
    its fts5vocab table, so the table stays empty there.
    """

    term = models.CharField(max_length=255, primary_key=True)
    df = models.IntegerField(default=0)

    def __str__(self) -> str:
        return f"{self.term or '(documents)'}: {self.df}"


class SourceSnapshot(models.Model):
    """A source exactly as it was when evidence was found in it, kept by content hash.

    Evidence refers to it (``signals["snapshot"]``), so the passage and the text survive a dead
    link, an updated import or a deleted source.
    """

    content_hash = models.CharField(max_length=64, unique=True)
    source = models.ForeignKey(
        Source, null=True, blank=True, on_delete=models.SET_NULL, related_name="snapshots"
    )
    external_id = models.CharField(max_length=255)
    url = models.URLField(max_length=2000, blank=True)
    title = models.CharField(max_length=1000, blank=True)
    publisher = models.CharField(max_length=300, blank=True)
    language = models.CharField(max_length=12, blank=True)
    published_at = models.DateTimeField(null=True, blank=True)
    text = models.TextField()
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["id"]

    def __str__(self) -> str:
        return f"{self.external_id} @ {self.content_hash[:12]}"


class SourceEmbedding(models.Model):
    """A sentence embedding of a source's title and opening (float32 bytes, L2-normalised)."""

    source = models.OneToOneField(Source, on_delete=models.CASCADE, related_name="embedding")
    model = models.CharField(max_length=100)
    text_hash = models.CharField(max_length=64)
    vector = models.BinaryField()

    def __str__(self) -> str:
        return f"{self.source_id} ({self.model})"


# --- ingestion (engineer "ingest"): feeds and fetch jobs ----------------------------------------


class Feed(models.Model):
    """An RSS or Atom feed polled on a schedule; its new items become articles or sources."""

    class Target(models.TextChoices):
        ARTICLES = "articles", "Articles to check"
        SOURCES = "sources", "Sources (evidence)"

    class State(models.TextChoices):
        NEW = "new", "Never polled"
        POLLING = "polling", "Polling"
        OK = "ok", "OK"
        FAILED = "failed", "Failed"

    url = models.URLField(max_length=2000, unique=True)
    title = models.CharField(max_length=1000, blank=True)
    target = models.CharField(max_length=16, choices=Target.choices, default=Target.ARTICLES)
    active = models.BooleanField(default=True)
    poll_interval = models.PositiveIntegerField(default=900, help_text="Seconds between polls.")
    etag = models.CharField(max_length=1000, blank=True)
    last_modified = models.CharField(max_length=200, blank=True)
    state = models.CharField(max_length=16, choices=State.choices, default=State.NEW)
    failure_reason = models.TextField(blank=True)
    consecutive_failures = models.PositiveIntegerField(default=0)
    last_status = models.PositiveSmallIntegerField(null=True, blank=True)
    last_polled_at = models.DateTimeField(null=True, blank=True)
    last_success_at = models.DateTimeField(null=True, blank=True)
    next_poll_at = models.DateTimeField(null=True, blank=True, db_index=True)
    polls = models.PositiveIntegerField(default=0)
    items_last = models.PositiveIntegerField(
        default=0, help_text="Items in the last document fetched."
    )
    new_items_last = models.PositiveIntegerField(
        default=0, help_text="New or changed items taken in by the last poll."
    )
    items_total = models.PositiveIntegerField(
        default=0, help_text="New or changed items taken in since the feed was added."
    )
    seen = models.JSONField(
        default=dict,
        blank=True,
        help_text="Item id (guid or link) → fingerprint of the item as last taken in.",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["url"]

    def __str__(self) -> str:
        return self.title or self.url


class FetchJob(models.Model):
    """One fetch in the background: a page to store as an article or a source, or a feed poll."""

    class Kind(models.TextChoices):
        ARTICLE = "article", "Article"
        SOURCE = "source", "Source"
        FEED = "feed", "Feed poll"

    class State(models.TextChoices):
        QUEUED = "queued", "Queued"
        RUNNING = "running", "Running"
        DONE = "done", "Done"
        FAILED = "failed", "Failed"

    url = models.URLField(max_length=2000)
    kind = models.CharField(max_length=16, choices=Kind.choices, default=Kind.ARTICLE)
    state = models.CharField(
        max_length=16, choices=State.choices, default=State.QUEUED, db_index=True
    )
    feed = models.ForeignKey(
        Feed, null=True, blank=True, on_delete=models.SET_NULL, related_name="jobs"
    )
    meta = models.JSONField(
        default=dict,
        blank=True,
        help_text="What the feed item said (external_id, title, published_at, summary, text).",
    )
    requested_by = models.ForeignKey(
        "auth.User",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    attempts = models.PositiveIntegerField(default=0)
    failure_reason = models.TextField(blank=True)
    http_status = models.PositiveSmallIntegerField(null=True, blank=True)
    final_url = models.URLField(max_length=2000, blank=True)
    result_id = models.CharField(
        max_length=255,
        blank=True,
        help_text="The article id, the source's external id, or the feed id.",
    )
    outcome = models.CharField(
        max_length=32,
        blank=True,
        help_text="created, duplicate, new_version; imported, updated, unchanged; "
        "not_modified or the number of new items of a feed poll.",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    queued_at = models.DateTimeField(null=True, blank=True)
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    failed_at = models.DateTimeField(null=True, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["state", "updated_at"], name="fetchjob_state_updated")]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} {self.url} ({self.state})"
