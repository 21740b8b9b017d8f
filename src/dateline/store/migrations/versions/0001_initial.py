"""initial: articles, one table per record kind, input errors, full-text index

Revision ID: 0001_initial
Revises:
Create Date: 2026-11-25
"""

import sqlalchemy as sa
from alembic import op

from dateline.store.search import backend_for

revision = "0001_initial"
down_revision = None
branch_labels = None
depends_on = None


def _child(name: str, *columns: sa.Column) -> None:
    op.create_table(
        name,
        sa.Column("article_id", sa.String, sa.ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("idx", sa.Integer, primary_key=True),
        *columns,
        sa.Column("data", sa.JSON, nullable=False),
    )


def upgrade() -> None:
    _articles()
    _record_tables()
    _events()
    op.create_table(
        "input_errors",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("input", sa.Text),
        sa.Column("article_id", sa.String),
        sa.Column("code", sa.String),
        sa.Column("message", sa.Text),
        sa.Column("at", sa.String, nullable=False),
    )
    for statement in backend_for(op.get_bind().dialect.name).create_sql():
        op.execute(statement)


def _articles() -> None:
    op.create_table(
        "articles",
        sa.Column("id", sa.String, primary_key=True),
        sa.Column("date", sa.String(10)),
        sa.Column("title", sa.Text),
        sa.Column("url", sa.Text),
        sa.Column("source", sa.Text),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("schema", sa.Integer, nullable=False),
        sa.Column("ingested_at", sa.String, nullable=False),
        sa.Column("extra", sa.JSON),
    )
    op.create_index("ix_articles_date", "articles", ["date"])


def _record_tables() -> None:
    """entities, quotes, places, times: one row per record, the record itself in ``data``."""
    _child(
        "entities",
        sa.Column("local_id", sa.String),
        sa.Column("key", sa.String),
        sa.Column("name", sa.Text),
        sa.Column("type", sa.String),
        sa.Column("country", sa.String),
        sa.Column("sector", sa.String),
        sa.Column("role", sa.Text),
        sa.Column("mention_count", sa.Integer),
    )
    op.create_index("ix_entities_key", "entities", ["key"])
    _child(
        "quotes",
        sa.Column("kind", sa.String),
        sa.Column("speaker_key", sa.String),
        sa.Column("speaker_name", sa.Text),
        sa.Column("start", sa.Integer),
        sa.Column("end", sa.Integer),
        sa.Column("confidence", sa.Float),
    )
    op.create_index("ix_quotes_speaker_key", "quotes", ["speaker_key"])
    _child(
        "places",
        sa.Column("start", sa.Integer),
        sa.Column("end", sa.Integer),
        sa.Column("text", sa.Text),
        sa.Column("geonames_id", sa.Integer),
        sa.Column("name", sa.Text),
        sa.Column("lat", sa.Float),
        sa.Column("lon", sa.Float),
        sa.Column("country", sa.String),
    )
    op.create_index("ix_places_geonames_id", "places", ["geonames_id"])
    _child(
        "times",
        sa.Column("start", sa.Integer),
        sa.Column("end", sa.Integer),
        sa.Column("text", sa.Text),
        sa.Column("type", sa.String),
        sa.Column("value", sa.String),
    )


def _events() -> None:
    _child(
        "events",
        sa.Column("type", sa.String),
        sa.Column("mode", sa.String),
        sa.Column("quad", sa.String),
        sa.Column("cameo", sa.String),
        sa.Column("date", sa.String),
        sa.Column("actor_key", sa.String),
        sa.Column("actor_country", sa.String),
        sa.Column("actor_sector", sa.String),
        sa.Column("recipient_key", sa.String),
        sa.Column("recipient_country", sa.String),
        sa.Column("recipient_sector", sa.String),
        sa.Column("place_name", sa.Text),
        sa.Column("lat", sa.Float),
        sa.Column("lon", sa.Float),
        sa.Column("confidence", sa.Float),
    )
    op.create_index("ix_events_type", "events", ["type"])
    op.create_index("ix_events_date", "events", ["date"])


def downgrade() -> None:
    for statement in backend_for(op.get_bind().dialect.name).drop_sql():
        op.execute(statement)
    for name in ("input_errors", "events", "times", "places", "quotes", "entities", "articles"):
        op.drop_table(name)
