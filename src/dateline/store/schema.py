"""The store's tables, in SQLAlchemy 2 Core: the same schema on SQLite and PostgreSQL.

Each record kind of CONTRACT.md has a table with the columns one queries by, plus ``data``
(the record's full JSON), so an article read back is exactly the record that was written.
Full-text search lives behind ``store.search`` (SQLite FTS5, PostgreSQL tsvector).
"""

from __future__ import annotations

import sqlalchemy as sa

metadata = sa.MetaData()


def _child(name: str, *columns: sa.Column) -> sa.Table:
    """A table of one record kind: article_id + position, the query columns, and ``data``."""
    return sa.Table(
        name,
        metadata,
        sa.Column("article_id", sa.String, sa.ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("idx", sa.Integer, primary_key=True),
        *columns,
        sa.Column("data", sa.JSON, nullable=False),
    )


articles = sa.Table(
    "articles",
    metadata,
    sa.Column("id", sa.String, primary_key=True),
    sa.Column("date", sa.String(10), index=True),
    sa.Column("title", sa.Text),
    sa.Column("url", sa.Text),
    sa.Column("source", sa.Text),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("schema", sa.Integer, nullable=False),
    sa.Column("ingested_at", sa.String, nullable=False),
    sa.Column("extra", sa.JSON),  # fields of the record beyond the known ones
)

entities = _child(
    "entities",
    sa.Column("local_id", sa.String),
    sa.Column("key", sa.String, index=True),
    sa.Column("name", sa.Text),
    sa.Column("type", sa.String),
    sa.Column("country", sa.String),
    sa.Column("sector", sa.String),
    sa.Column("role", sa.Text),
    sa.Column("mention_count", sa.Integer),
    sa.Column("aliases", sa.JSON),  # the entity's surface forms in this article (no pronouns)
)

#: one row per canonical key, merged over every stored article on each write; its displayed
#: values are the most frequent of its tallies (entity_tallies)
entity_registry = sa.Table(
    "entity_registry",
    metadata,
    sa.Column("key", sa.String, primary_key=True),
    sa.Column("name", sa.Text),
    sa.Column("type", sa.String, index=True),
    sa.Column("country", sa.String),
    sa.Column("sector", sa.String),
    sa.Column("role", sa.Text),
    sa.Column("wikidata", sa.String),
    sa.Column("aliases", sa.JSON),
    sa.Column("first_seen", sa.String(10)),
    sa.Column("last_seen", sa.String(10)),
    sa.Column("article_count", sa.Integer, nullable=False),
    sa.Column("mention_count", sa.Integer, nullable=False),
)

#: how often each name, type, country, sector, role, wikidata id, alias and date was seen for a
#: key: one row per (key, field, value), updated by upsert, so that a write costs the same at
#: any store size (migration 0004 replaced a JSON column that was read and rewritten whole)
entity_tallies = sa.Table(
    "entity_tallies",
    metadata,
    sa.Column("key", sa.String, primary_key=True),
    sa.Column("field", sa.String, primary_key=True),
    sa.Column("value", sa.Text, primary_key=True),
    sa.Column("count", sa.Integer, nullable=False),
    sqlite_with_rowid=False,
)

quotes = _child(
    "quotes",
    sa.Column("kind", sa.String),
    sa.Column("speaker_key", sa.String, index=True),
    sa.Column("speaker_name", sa.Text),
    sa.Column("start", sa.Integer),
    sa.Column("end", sa.Integer),
    sa.Column("confidence", sa.Float),
)

places = _child(
    "places",
    sa.Column("start", sa.Integer),
    sa.Column("end", sa.Integer),
    sa.Column("text", sa.Text),
    sa.Column("geonames_id", sa.Integer, index=True),
    sa.Column("name", sa.Text),
    sa.Column("lat", sa.Float),
    sa.Column("lon", sa.Float),
    sa.Column("country", sa.String),
)

times = _child(
    "times",
    sa.Column("start", sa.Integer),
    sa.Column("end", sa.Integer),
    sa.Column("text", sa.Text),
    sa.Column("type", sa.String),
    sa.Column("value", sa.String),
)

events = _child(
    "events",
    sa.Column("type", sa.String, index=True),
    sa.Column("mode", sa.String),
    sa.Column("quad", sa.String),
    sa.Column("cameo", sa.String),
    sa.Column("date", sa.String, index=True),
    # the date the event is filtered by: its own date when a full day, else its article's
    sa.Column("day", sa.String(10)),
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

input_errors = sa.Table(
    "input_errors",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("input", sa.Text),
    sa.Column("article_id", sa.String),
    sa.Column("code", sa.String),
    sa.Column("message", sa.Text),
    sa.Column("at", sa.String, nullable=False),
)

#: the record kinds with their tables, in contract order
RECORD_TABLES: dict[str, sa.Table] = {
    "entities": entities,
    "quotes": quotes,
    "places": places,
    "times": times,
    "events": events,
}
