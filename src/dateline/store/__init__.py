"""store: contract records in SQL (SQLite by default, PostgreSQL), with full-text search."""

from dateline.store.store import Store, database_url, open_store

__all__ = ["Store", "database_url", "open_store"]
