"""``manage.py reindex_sources``: recompute search terms and rebuild the full-text index.

Run it after a change of ``workbench.nlp.textnorm`` (a new SEARCH_VERSION): re-importing the same
file keeps sources "unchanged" and does not touch their index entries.
"""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand

from sources.selectors import search_backend_name
from sources.services import sources_reindex


class Command(BaseCommand):
    help = "Recompute every source's search terms and rebuild the full-text index."

    def handle(self, *args: Any, **options: Any) -> None:
        count = sources_reindex()
        self.stdout.write(f"{count} sources reindexed ({search_backend_name()})")
