"""scale: registry tallies as rows, one compressed copy of each record, SQLite FTS without a text copy

- ``entity_tallies`` (key, field, value, count), updated by upsert, replaces the registry's JSON
  ``tallies`` column that every write read and rewrote whole (a write slowed as the store grew);
- ``articles.annotations``: the record less its text as zlib-compressed JSON; the record
  tables' ``data`` column becomes optional and is no longer written (it duplicated the columns);
  on SQLite those tables and the tallies are WITHOUT ROWID tables (the primary key is the row);
- SQLite's FTS5 index becomes an external-content index over ``articles`` (no second copy of
  every text), keyed by a new ``articles.seq`` number.

Revision ID: 0004_scale_registry
Revises: 0002_entity_registry  (the lead re-chains this after 0003 merges)
Create Date: 2026-12-06
"""

import json
import zlib

import sqlalchemy as sa
from alembic import op

revision = "0004_scale_registry"
down_revision = "0002_entity_registry"
branch_labels = None
depends_on = None

KINDS = ("entities", "quotes", "places", "times", "events")
TEXT_MARK = "\x00text"


def _sqlite_fts(bind: sa.engine.Connection, external: bool) -> None:
    """Rebuild SQLite's FTS5 index as an external-content index, or back to a standalone one."""
    sql = bind.execute(sa.text("SELECT sql FROM sqlite_master WHERE name = 'article_fts'")).scalar() or ""
    if external == ("content='articles'" in sql):
        return
    op.execute("DROP TABLE IF EXISTS article_fts")
    if external:
        op.execute(
            "CREATE VIRTUAL TABLE article_fts USING fts5("
            "title, text, content='articles', content_rowid='seq', tokenize='porter unicode61')"
        )
        op.execute("INSERT INTO article_fts (article_fts) VALUES ('rebuild')")
    else:
        op.execute(
            "CREATE VIRTUAL TABLE article_fts USING fts5("
            "article_id UNINDEXED, title, text, tokenize='porter unicode61')"
        )
        op.execute("INSERT INTO article_fts (article_id, title, text) SELECT id, coalesce(title, ''), text FROM articles")


def upgrade() -> None:
    bind = op.get_bind()
    tallies = op.create_table(
        "entity_tallies",
        sa.Column("key", sa.String, primary_key=True),
        sa.Column("field", sa.String, primary_key=True),
        sa.Column("value", sa.Text, primary_key=True),
        sa.Column("count", sa.Integer, nullable=False),
        sqlite_with_rowid=False,
    )
    rows: list[dict] = []
    for key, blob in bind.execute(sa.text("SELECT key, tallies FROM entity_registry")):
        data = json.loads(blob) if isinstance(blob, str) else (blob or {})
        for field, counts in data.items():
            rows.extend({"key": key, "field": field, "value": v, "count": n} for v, n in counts.items() if n > 0)
    if rows:
        op.bulk_insert(tallies, rows)
    with op.batch_alter_table("entity_registry") as batch:
        batch.drop_column("tallies")
    with op.batch_alter_table("articles") as batch:
        batch.add_column(sa.Column("annotations", sa.LargeBinary))
        batch.add_column(sa.Column("seq", sa.Integer))
    op.execute("UPDATE articles SET seq = (SELECT count(*) FROM articles b WHERE b.id <= articles.id)")
    op.create_index("ix_articles_seq", "articles", ["seq"], unique=True)
    for kind in KINDS:  # on SQLite the tables are rebuilt WITHOUT ROWID: no second copy of the key
        with op.batch_alter_table(kind, recreate="auto", table_kwargs={"sqlite_with_rowid": False}) as batch:
            batch.alter_column("data", existing_type=sa.JSON, nullable=True)
    if bind.dialect.name == "sqlite":
        _sqlite_fts(bind, external=True)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        _sqlite_fts(bind, external=False)
    # put each packed record's items back into the tables' data column
    articles = bind.execute(sa.text("SELECT id, annotations FROM articles WHERE annotations IS NOT NULL")).all()
    for article_id, blob in articles:
        record = json.loads(zlib.decompress(blob).decode("utf-8"))
        for kind in KINDS:
            for idx, item in enumerate(record.get(kind) or []):
                bind.execute(
                    sa.text(f"UPDATE {kind} SET data = :data WHERE article_id = :id AND idx = :idx"),
                    {"data": json.dumps(item), "id": article_id, "idx": idx},
                )
    for kind in KINDS:
        with op.batch_alter_table(kind) as batch:
            batch.alter_column("data", existing_type=sa.JSON, nullable=False)
    op.drop_index("ix_articles_seq", "articles")
    with op.batch_alter_table("articles") as batch:
        batch.drop_column("annotations")
        batch.drop_column("seq")
    with op.batch_alter_table("entity_registry") as batch:
        batch.add_column(sa.Column("tallies", sa.JSON))
    merged: dict[str, dict[str, dict[str, int]]] = {}
    for key, field, value, count in bind.execute(sa.text("SELECT key, field, value, count FROM entity_tallies")):
        merged.setdefault(key, {}).setdefault(field, {})[value] = count
    for key, data in merged.items():
        bind.execute(sa.text("UPDATE entity_registry SET tallies = :t WHERE key = :k"), {"t": json.dumps(data), "k": key})
    op.drop_table("entity_tallies")
