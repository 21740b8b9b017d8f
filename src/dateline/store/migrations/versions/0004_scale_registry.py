"""scale: the entity registry's tallies as rows, updated by upsert

``entity_tallies`` (key, field, value, count) replaces the registry's JSON ``tallies`` column,
which every write read and rewrote whole, so that a write slowed down as the store grew.

Revision ID: 0004_scale_registry
Revises: 0003_serve_queries
Create Date: 2026-12-06
"""

import json

import sqlalchemy as sa
from alembic import op

revision = "0004_scale_registry"
down_revision = "0003_serve_queries"
branch_labels = None
depends_on = None


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


def downgrade() -> None:
    bind = op.get_bind()
    with op.batch_alter_table("entity_registry") as batch:
        batch.add_column(sa.Column("tallies", sa.JSON))
    merged: dict[str, dict[str, dict[str, int]]] = {}
    for key, field, value, count in bind.execute(sa.text("SELECT key, field, value, count FROM entity_tallies")):
        merged.setdefault(key, {}).setdefault(field, {})[value] = count
    for key, data in merged.items():
        bind.execute(sa.text("UPDATE entity_registry SET tallies = :t WHERE key = :k"), {"t": json.dumps(data), "k": key})
    op.drop_table("entity_tallies")
