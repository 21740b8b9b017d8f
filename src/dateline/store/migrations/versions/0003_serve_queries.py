"""serve queries: indexes for the HTTP API's filters and orderings

events.day is the date an event is filtered and counted by (its own date when a full day,
else its article's), kept on write and filled here for the events already stored. The
registry is listed most mentioned first (no sort of the whole table), quotes by speaker,
events by actor, recipient, quad and place, entity mentions by key and article, articles by
source.

Revision ID: 0003_serve_queries
Revises: 0002_entity_registry
Create Date: 2026-12-06
"""

import sqlalchemy as sa
from alembic import op

revision = "0003_serve_queries"
down_revision = "0002_entity_registry"
branch_labels = None
depends_on = None

INDEXES = [
    ("ix_entity_registry_mentions", "entity_registry", ["mention_count", "article_count", "key"]),
    ("ix_entity_registry_type_mentions", "entity_registry", ["type", "mention_count", "article_count", "key"]),
    ("ix_events_day_type", "events", ["day", "type"]),
    ("ix_events_day_quad", "events", ["day", "quad"]),
    ("ix_events_type_day", "events", ["type", "day"]),
    ("ix_entity_registry_country", "entity_registry", ["country"]),
    ("ix_events_actor_key", "events", ["actor_key"]),
    ("ix_events_recipient_key", "events", ["recipient_key"]),
    ("ix_events_actor_country", "events", ["actor_country"]),
    ("ix_events_recipient_country", "events", ["recipient_country"]),
    ("ix_events_quad", "events", ["quad"]),
    ("ix_events_lat_lon", "events", ["lat", "lon"]),
    ("ix_entities_key_article", "entities", ["key", "article_id"]),
    ("ix_articles_source_date", "articles", ["source", "date"]),
]


def upgrade() -> None:
    with op.batch_alter_table("events") as batch:
        batch.add_column(sa.Column("day", sa.String(10)))
    op.execute(
        "UPDATE events SET day = CASE WHEN length(date) = 10 AND date LIKE '____-__-__' THEN date "
        "ELSE (SELECT a.date FROM articles a WHERE a.id = events.article_id) END"
    )
    for name, table, columns in INDEXES:
        op.create_index(name, table, columns)


def downgrade() -> None:
    for name, table, _ in reversed(INDEXES):
        op.drop_index(name, table)
    with op.batch_alter_table("events") as batch:
        batch.drop_column("day")
