"""The corpus of candidate evidence. Knows nothing of claims."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Source(models.Model):
    """A document that may corroborate or contradict claims: an article, wire copy, a statement."""

    external_id = models.CharField(
        max_length=255,
        unique=True,
        help_text=_("The caller's stable id, as given at import."),
        verbose_name=_("external id"),
    )
    url = models.URLField(max_length=2000, blank=True, verbose_name=_("url"))
    title = models.CharField(max_length=1000, blank=True, verbose_name=_("title"))
    publisher = models.CharField(max_length=300, blank=True, verbose_name=_("publisher"))
    language = models.CharField(
        max_length=12, blank=True, db_index=True, verbose_name=_("language")
    )
    published_at = models.DateTimeField(null=True, blank=True, verbose_name=_("published at"))
    text = models.TextField(verbose_name=_("text"))
    kind = models.CharField(
        max_length=64,
        blank=True,
        help_text=_("Free text: article, factcheck, statement, wire…"),
        verbose_name=_("kind"),
    )
    content_hash = models.CharField(
        max_length=64,
        help_text=_("SHA-256 of the imported fields, to tell an unchanged re-import."),
        verbose_name=_("content hash"),
    )
    search_text = models.TextField(
        blank=True,
        default="",
        editable=False,
        help_text=_(
            "Folded, stemmed terms of title and text (workbench.nlp.textnorm.index_text); "
            "the full-text index of each database is built on it."
        ),
        verbose_name=_("search text"),
    )
    created_at = models.DateTimeField(auto_now_add=True, verbose_name=_("created at"))
    updated_at = models.DateTimeField(auto_now=True, verbose_name=_("updated at"))

    class Meta:
        verbose_name = _("source")
        verbose_name_plural = _("sources")
        ordering = ["external_id"]

    def __str__(self) -> str:
        return self.title or self.external_id


# --- corroboration (engineer "corroboration") ---------------------------------------------------


class TermStat(models.Model):
    """In how many sources a search term occurs, kept by a database trigger on PostgreSQL.

    The row with the empty term holds the number of sources. SQLite reads the same figures from
    its fts5vocab table, so the table stays empty there.
    """

    term = models.CharField(max_length=255, primary_key=True, verbose_name=_("term"))
    df = models.IntegerField(default=0, verbose_name=_("df"))

    class Meta:
        verbose_name = _("term statistic")
        verbose_name_plural = _("term statistics")

    def __str__(self) -> str:
        return f"{self.term or '(documents)'}: {self.df}"


class SourceSnapshot(models.Model):
    """A source exactly as it was when evidence was found in it, kept by content hash.

    Evidence refers to it (``signals["snapshot"]``), so the passage and the text survive a dead
    link, an updated import or a deleted source.
    """

    content_hash = models.CharField(max_length=64, unique=True, verbose_name=_("content hash"))
    source = models.ForeignKey(
        Source,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="snapshots",
        verbose_name=_("source"),
    )
    external_id = models.CharField(max_length=255, verbose_name=_("external id"))
    url = models.URLField(max_length=2000, blank=True, verbose_name=_("url"))
    title = models.CharField(max_length=1000, blank=True, verbose_name=_("title"))
    publisher = models.CharField(max_length=300, blank=True, verbose_name=_("publisher"))
    language = models.CharField(max_length=12, blank=True, verbose_name=_("language"))
    published_at = models.DateTimeField(null=True, blank=True, verbose_name=_("published at"))
    text = models.TextField(verbose_name=_("text"))
    created_at = models.DateTimeField(auto_now_add=True, verbose_name=_("created at"))

    class Meta:
        verbose_name = _("source snapshot")
        verbose_name_plural = _("source snapshots")
        ordering = ["id"]

    def __str__(self) -> str:
        return f"{self.external_id} @ {self.content_hash[:12]}"


class SourceEmbedding(models.Model):
    """A sentence embedding of a source's title and opening (float32 bytes, L2-normalised)."""

    source = models.OneToOneField(
        Source, on_delete=models.CASCADE, related_name="embedding", verbose_name=_("source")
    )
    model = models.CharField(max_length=100, verbose_name=_("model"))
    text_hash = models.CharField(max_length=64, verbose_name=_("text hash"))
    vector = models.BinaryField(verbose_name=_("vector"))

    class Meta:
        verbose_name = _("source embedding")
        verbose_name_plural = _("source embeddings")

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

    url = models.URLField(max_length=2000, unique=True, verbose_name=_("url"))
    title = models.CharField(max_length=1000, blank=True, verbose_name=_("title"))
    target = models.CharField(
        max_length=16, choices=Target.choices, default=Target.ARTICLES, verbose_name=_("target")
    )
    active = models.BooleanField(default=True, verbose_name=_("active"))
    poll_interval = models.PositiveIntegerField(
        default=900, help_text=_("Seconds between polls."), verbose_name=_("poll interval")
    )
    etag = models.CharField(max_length=1000, blank=True, verbose_name=_("etag"))
    last_modified = models.CharField(max_length=200, blank=True, verbose_name=_("last modified"))
    state = models.CharField(
        max_length=16, choices=State.choices, default=State.NEW, verbose_name=_("state")
    )
    failure_reason = models.TextField(blank=True, verbose_name=_("failure reason"))
    consecutive_failures = models.PositiveIntegerField(
        default=0, verbose_name=_("consecutive failures")
    )
    last_status = models.PositiveSmallIntegerField(
        null=True, blank=True, verbose_name=_("last status")
    )
    last_polled_at = models.DateTimeField(null=True, blank=True, verbose_name=_("last polled at"))
    last_success_at = models.DateTimeField(null=True, blank=True, verbose_name=_("last success at"))
    next_poll_at = models.DateTimeField(
        null=True, blank=True, db_index=True, verbose_name=_("next poll at")
    )
    polls = models.PositiveIntegerField(default=0, verbose_name=_("polls"))
    items_last = models.PositiveIntegerField(
        default=0, help_text=_("Items in the last document fetched."), verbose_name=_("items last")
    )
    new_items_last = models.PositiveIntegerField(
        default=0,
        help_text=_("New or changed items taken in by the last poll."),
        verbose_name=_("new items last"),
    )
    items_total = models.PositiveIntegerField(
        default=0,
        help_text=_("New or changed items taken in since the feed was added."),
        verbose_name=_("items total"),
    )
    seen = models.JSONField(
        default=dict,
        blank=True,
        help_text=_("Item id (guid or link) → fingerprint of the item as last taken in."),
        verbose_name=_("seen"),
    )
    created_at = models.DateTimeField(auto_now_add=True, verbose_name=_("created at"))
    updated_at = models.DateTimeField(auto_now=True, verbose_name=_("updated at"))

    class Meta:
        verbose_name = _("feed")
        verbose_name_plural = _("feeds")
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

    url = models.URLField(max_length=2000, verbose_name=_("url"))
    kind = models.CharField(
        max_length=16, choices=Kind.choices, default=Kind.ARTICLE, verbose_name=_("kind")
    )
    state = models.CharField(
        max_length=16,
        choices=State.choices,
        default=State.QUEUED,
        db_index=True,
        verbose_name=_("state"),
    )
    feed = models.ForeignKey(
        Feed,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="jobs",
        verbose_name=_("feed"),
    )
    meta = models.JSONField(
        default=dict,
        blank=True,
        help_text=_("What the feed item said (external_id, title, published_at, summary, text)."),
        verbose_name=_("meta"),
    )
    requested_by = models.ForeignKey(
        "auth.User",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("requested by"),
    )
    attempts = models.PositiveIntegerField(default=0, verbose_name=_("attempts"))
    failure_reason = models.TextField(blank=True, verbose_name=_("failure reason"))
    http_status = models.PositiveSmallIntegerField(
        null=True, blank=True, verbose_name=_("http status")
    )
    final_url = models.URLField(max_length=2000, blank=True, verbose_name=_("final url"))
    result_id = models.CharField(
        max_length=255,
        blank=True,
        help_text=_("The article id, the source's external id, or the feed id."),
        verbose_name=_("result id"),
    )
    outcome = models.CharField(
        max_length=32,
        blank=True,
        help_text=_(
            "created, duplicate, new_version; imported, updated, unchanged; "
            "not_modified or the number of new items of a feed poll."
        ),
        verbose_name=_("outcome"),
    )
    created_at = models.DateTimeField(auto_now_add=True, verbose_name=_("created at"))
    queued_at = models.DateTimeField(null=True, blank=True, verbose_name=_("queued at"))
    started_at = models.DateTimeField(null=True, blank=True, verbose_name=_("started at"))
    finished_at = models.DateTimeField(null=True, blank=True, verbose_name=_("finished at"))
    failed_at = models.DateTimeField(null=True, blank=True, verbose_name=_("failed at"))
    updated_at = models.DateTimeField(auto_now=True, verbose_name=_("updated at"))

    class Meta:
        verbose_name = _("fetch job")
        verbose_name_plural = _("fetch jobs")
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["state", "updated_at"], name="fetchjob_state_updated")]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} {self.url} ({self.state})"


# --- prior fact-checks (engineer "connectors") --------------------------------------------------


class ConnectorThrottle(models.Model):
    """When a fact-check connector may next send a request, shared by every worker process.

    The database is the one store every worker of every configuration shares (the default cache
    is per process), so the spacing between two requests holds across processes and machines.
    """

    name = models.CharField(max_length=64, primary_key=True, verbose_name=_("name"))
    next_at = models.FloatField(
        default=0.0,
        help_text=_("Unix time of the next allowed request."),
        verbose_name=_("next at"),
    )

    class Meta:
        verbose_name = _("connector throttle")
        verbose_name_plural = _("connector throttles")

    def __str__(self) -> str:
        return f"{self.name} (next at {self.next_at:.3f})"
