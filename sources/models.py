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
