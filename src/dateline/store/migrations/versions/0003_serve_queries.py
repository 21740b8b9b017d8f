"""serve queries: indexes for the HTTP API's filters and orderings

The registry is listed most mentioned first (no sort of the whole table), quotes by speaker,
events by actor, recipient, quad and place, entity mentions by key and article, articles by
source.

Revision ID: 0003_serve_queries
Revises: 0002_entity_registry
Create Date: 2026-12-06
"""

from alembic import op

revision = "0003_serve_queries"
down_revision = "0002_entity_registry"
branch_labels = None
depends_on = None

INDEXES = [
    ("ix_entity_registry_mentions", "entity_registry", ["mention_count", "article_count", "key"]),
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
    for name, table, columns in INDEXES:
        op.create_index(name, table, columns)


def downgrade() -> None:
    for name, table, _ in reversed(INDEXES):
        op.drop_index(name, table)
