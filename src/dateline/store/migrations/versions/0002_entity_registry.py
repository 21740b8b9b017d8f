"""entity registry: one row per canonical key across articles, and each article's surface forms

Revision ID: 0002_entity_registry
Revises: 0001_initial
Create Date: 2026-11-25
"""

import sqlalchemy as sa
from alembic import op

revision = "0002_entity_registry"
down_revision = "0001_initial"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("entities") as batch:
        batch.add_column(sa.Column("aliases", sa.JSON))
    op.create_table(
        "entity_registry",
        sa.Column("key", sa.String, primary_key=True),
        sa.Column("name", sa.Text),
        sa.Column("type", sa.String),
        sa.Column("country", sa.String),
        sa.Column("sector", sa.String),
        sa.Column("role", sa.Text),
        sa.Column("wikidata", sa.String),
        sa.Column("aliases", sa.JSON),
        sa.Column("first_seen", sa.String(10)),
        sa.Column("last_seen", sa.String(10)),
        sa.Column("article_count", sa.Integer, nullable=False),
        sa.Column("mention_count", sa.Integer, nullable=False),
        sa.Column("tallies", sa.JSON, nullable=False),
    )
    op.create_index("ix_entity_registry_type", "entity_registry", ["type"])


def downgrade() -> None:
    op.drop_index("ix_entity_registry_type", "entity_registry")
    op.drop_table("entity_registry")
    with op.batch_alter_table("entities") as batch:
        batch.drop_column("aliases")
