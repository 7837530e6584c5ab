"""Cross-lingual retrieval on the demo corpus: ``python bench/crosslingual_pairs.py``.

Imports seeds/demo_sources.jsonl (into the database of ``DATABASE_URL``), then for each pair of
sources that report the same event in French and in English, searches with the title of one and
prints the rank of the other (1 = first), for both directions, with and without the bilingual
lexicon and alias table. Leaves the demo sources in place (the seed loads them anyway).
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "workbench.settings")

PAIRS = [
    ("demo-deux-rives-1230-frappes", "demo-eastbrook-1230-qaim-strikes"),
    ("demo-wire-fr-0317-qaim", "demo-meridian-0317-alqaim-handover"),
    ("demo-radio-tigre-0314-onu", "demo-gulf-monitor-0314-sahhaf"),
    ("demo-radio-tigre-0103-mouhandis", "demo-eastbrook-0103-soleimani"),
]


def main() -> None:
    import django

    django.setup()
    import logging

    logging.disable(logging.INFO)
    from unittest import mock

    from sources.models import Source
    from sources.search import ranking
    from sources.selectors import source_search
    from sources.services import sources_import_jsonl

    root = Path(__file__).resolve().parent.parent
    with (root / "seeds" / "demo_sources.jsonl").open(encoding="utf-8") as handle:
        sources_import_jsonl(lines=handle)

    def rank(query_id: str, wanted: str) -> int | None:
        source = Source.objects.get(external_id=query_id)
        hits = source_search(text=source.title, language=source.language, top=50)
        ids = [h.external_id for h in hits if h.external_id != query_id]
        return ids.index(wanted) + 1 if wanted in ids else None

    out = {}
    for label, patch in (("with_lexicon", False), ("without_lexicon", True)):
        rows: list[dict[str, object]] = []
        for fr, en in PAIRS:
            if patch:
                with (
                    mock.patch.object(ranking, "translations", lambda term: ()),
                    mock.patch.object(ranking, "alias_terms", lambda entities: []),
                ):
                    rows.append({"fr→en": rank(fr, en), "en→fr": rank(en, fr), "pair": [fr, en]})
            else:
                rows.append({"fr→en": rank(fr, en), "en→fr": rank(en, fr), "pair": [fr, en]})
        ranks = [r[d] for r in rows for d in ("fr→en", "en→fr")]
        ranks_int = [r for r in ranks if isinstance(r, int)]
        out[label] = {
            "pairs": rows,
            "found_at_1": sum(1 for r in ranks_int if r == 1) / len(ranks),
            "found_in_5": sum(1 for r in ranks_int if r <= 5) / len(ranks),
        }
    print(json.dumps(out, ensure_ascii=False))


if __name__ == "__main__":
    main()
