"""The full-text index over Source.search_text, one per database vendor.

SQLite: an FTS5 table (unicode61, remove_diacritics 2) written by the services in the same
transaction as the source row, plus an fts5vocab table that gives document frequencies for the
re-ranker. PostgreSQL: a stored generated tsvector column ('simple' configuration: search_text is
already folded and stemmed in Python, so no unaccent or language stemmer is needed) with a GIN
index; the database keeps it in sync with search_text.
"""

from django.db import migrations

SQLITE_FORWARD = [
    # A regular FTS5 table (it keeps its own copy of the terms) with rowid = Source.id, so the
    # service can replace a row without knowing its old value, and rebuilding the source table
    # in a later SQLite migration cannot corrupt it.
    """CREATE VIRTUAL TABLE sources_source_fts USING fts5(
        search_text,
        tokenize='unicode61 remove_diacritics 2'
    )""",
    "CREATE VIRTUAL TABLE sources_source_fts_vocab USING fts5vocab(sources_source_fts, 'row')",
    # Deletes made outside the services (admin, cascades) also leave the index; if a later
    # migration remakes sources_source this trigger goes with it, and stale rows are then
    # ignored at read time until `sources_reindex` runs.
    """CREATE TRIGGER sources_source_fts_ad AFTER DELETE ON sources_source BEGIN
        DELETE FROM sources_source_fts WHERE rowid = old.id;
    END""",
    """INSERT INTO sources_source_fts(rowid, search_text)
        SELECT id, search_text FROM sources_source""",
]
SQLITE_BACKWARD = [
    "DROP TRIGGER IF EXISTS sources_source_fts_ad",
    "DROP TABLE IF EXISTS sources_source_fts_vocab",
    "DROP TABLE IF EXISTS sources_source_fts",
]
POSTGRES_FORWARD = [
    """ALTER TABLE sources_source ADD COLUMN search_vector tsvector
        GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, search_text)) STORED""",
    "CREATE INDEX sources_source_search_gin ON sources_source USING gin (search_vector)",
]
POSTGRES_BACKWARD = [
    "DROP INDEX IF EXISTS sources_source_search_gin",
    "ALTER TABLE sources_source DROP COLUMN IF EXISTS search_vector",
]


def _run(schema_editor, statements):
    for statement in statements:
        schema_editor.execute(statement)


def backfill_search_text(apps, schema_editor):
    from workbench.nlp.textnorm import index_text

    Source = apps.get_model("sources", "Source")
    for source in Source.objects.only("id", "title", "text").iterator(chunk_size=500):
        Source.objects.filter(pk=source.pk).update(
            search_text=index_text(source.title, source.text)
        )


def create_index(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    if vendor == "sqlite":
        _run(schema_editor, SQLITE_FORWARD)
    elif vendor == "postgresql":
        _run(schema_editor, POSTGRES_FORWARD)


def drop_index(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    if vendor == "sqlite":
        _run(schema_editor, SQLITE_BACKWARD)
    elif vendor == "postgresql":
        _run(schema_editor, POSTGRES_BACKWARD)


class Migration(migrations.Migration):
    dependencies = [
        ("sources", "0002_source_search_text"),
    ]

    operations = [
        migrations.RunPython(backfill_search_text, migrations.RunPython.noop),
        migrations.RunPython(create_index, drop_index),
    ]
