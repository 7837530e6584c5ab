"""``manage.py reindex_sources``: recompute search terms and rebuild the full-text index.

Run it after a change of ``workbench.nlp.textnorm`` (a new SEARCH_VERSION): re-importing the same
file keeps sources "unchanged" and does not touch their index entries.
"""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from sources.selectors import search_backend_name
from sources.services import sources_embed, sources_reindex


class Command(BaseCommand):
    help = "Recompute every source's search terms and rebuild the full-text index."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--embeddings",
            action="store_true",
            help="also store the sentence embedding of sources that lack an up-to-date one",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        count = sources_reindex()
        self.stdout.write(f"{count} sources reindexed ({search_backend_name()})")
        if options["embeddings"]:
            self.stdout.write(f"{sources_embed()} embeddings stored")
