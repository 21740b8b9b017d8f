"""Full-text search behind one small interface: SQLite FTS5 by default, PostgreSQL tsvector.

This is the only module with engine-specific SQL. A backend creates its index (from the
migrations), indexes and removes one article inside the caller's transaction, and searches.
"""

from __future__ import annotations

import re
from typing import Any, Protocol

import sqlalchemy as sa
from sqlalchemy.engine import Connection
from sqlalchemy.exc import OperationalError, ProgrammingError

from dateline.errors import BadSearchQuery


class SearchBackend(Protocol):
    def create_sql(self) -> list[str]: ...
    def drop_sql(self) -> list[str]: ...
    def index(self, conn: Connection, article_id: str, title: str | None, text: str) -> None: ...
    def remove(self, conn: Connection, article_id: str) -> None: ...
    def search(self, conn: Connection, query: str, limit: int) -> list[dict[str, Any]]: ...


def _quote_terms(query: str) -> str:
    """A user's words as a query that cannot be a syntax error: each word quoted, all required."""
    words = re.findall(r"\w+", query)
    return " ".join('"' + w + '"' for w in words)


class SQLiteFTS:
    """SQLite FTS5 over articles' title and text, porter-stemmed, ranked by bm25.

    An external-content index (migration 0004): it reads title and text from ``articles`` by
    their ``seq`` number (an explicit column: VACUUM may renumber rowids) instead of keeping
    its own copy of every text.
    """

    def create_sql(self) -> list[str]:
        return [
            "CREATE VIRTUAL TABLE IF NOT EXISTS article_fts USING fts5("
            "title, text, content='articles', content_rowid='seq', tokenize='porter unicode61')"
        ]

    def drop_sql(self) -> list[str]:
        return ["DROP TABLE IF EXISTS article_fts"]

    def index(self, conn: Connection, article_id: str, title: str | None, text: str) -> None:
        self.index_many(conn, [article_id])

    def index_many(self, conn: Connection, article_ids: list[str]) -> None:
        """Index stored articles (call after inserting their rows)."""
        for i in range(0, len(article_ids), 500):
            conn.execute(
                sa.text("INSERT INTO article_fts (rowid, title, text) SELECT seq, title, text FROM articles "
                        "WHERE id IN :ids").bindparams(sa.bindparam("ids", expanding=True)),
                {"ids": article_ids[i : i + 500]},
            )

    def remove(self, conn: Connection, article_id: str) -> None:
        """Unindex an article (call before deleting its row: the index needs the old values)."""
        conn.execute(
            sa.text("INSERT INTO article_fts (article_fts, rowid, title, text) "
                    "SELECT 'delete', seq, title, text FROM articles WHERE id = :id"),
            {"id": article_id},
        )

    def search(self, conn: Connection, query: str, limit: int) -> list[dict[str, Any]]:
        sql = sa.text(
            "SELECT a.id AS id, a.date AS date, a.title AS title, "
            "snippet(article_fts, 1, '[', ']', '…', 16) AS snippet, -bm25(article_fts) AS score "
            "FROM article_fts f JOIN articles a ON a.seq = f.rowid "
            "WHERE article_fts MATCH :q ORDER BY bm25(article_fts) LIMIT :limit"
        )
        try:
            rows = conn.execute(sql, {"q": query, "limit": limit}).mappings().all()
        except OperationalError as exc:  # FTS5 syntax error: retry with every word quoted
            safe = _quote_terms(query)
            if not safe:
                raise BadSearchQuery(query=query, reason="it has no words to search for") from exc
            rows = conn.execute(sql, {"q": safe, "limit": limit}).mappings().all()
        return [dict(row) for row in rows]


class PostgresFTS:
    """PostgreSQL: a generated tsvector column over title and text, a GIN index, ts_rank."""

    def create_sql(self) -> list[str]:
        return [
            "CREATE TABLE IF NOT EXISTS article_fts (article_id TEXT PRIMARY KEY "
            "REFERENCES articles(id) ON DELETE CASCADE, document tsvector NOT NULL)",
            "CREATE INDEX IF NOT EXISTS article_fts_document ON article_fts USING GIN (document)",
        ]

    def drop_sql(self) -> list[str]:
        return ["DROP TABLE IF EXISTS article_fts"]

    def index(self, conn: Connection, article_id: str, title: str | None, text: str) -> None:
        conn.execute(
            sa.text(
                "INSERT INTO article_fts (article_id, document) VALUES (:id, "
                "setweight(to_tsvector('english', :title), 'A') || to_tsvector('english', :text))"
            ),
            {"id": article_id, "title": title or "", "text": text},
        )

    def index_many(self, conn: Connection, article_ids: list[str]) -> None:
        """Index stored articles (call after inserting their rows): one statement per 500."""
        for i in range(0, len(article_ids), 500):
            conn.execute(
                sa.text(
                    "INSERT INTO article_fts (article_id, document) SELECT id, "
                    "setweight(to_tsvector('english', coalesce(title, '')), 'A') || to_tsvector('english', text) "
                    "FROM articles WHERE id IN :ids"
                ).bindparams(sa.bindparam("ids", expanding=True)),
                {"ids": article_ids[i : i + 500]},
            )

    def remove(self, conn: Connection, article_id: str) -> None:
        conn.execute(sa.text("DELETE FROM article_fts WHERE article_id = :id"), {"id": article_id})

    def search(self, conn: Connection, query: str, limit: int) -> list[dict[str, Any]]:
        sql = sa.text(
            "SELECT a.id AS id, a.date AS date, a.title AS title, "
            "ts_headline('english', a.text, q, 'StartSel=[,StopSel=],MaxWords=16,MinWords=8') AS snippet, "
            "ts_rank(f.document, q) AS score "
            "FROM article_fts f JOIN articles a ON a.id = f.article_id, "
            "websearch_to_tsquery('english', :q) q WHERE f.document @@ q "
            "ORDER BY score DESC LIMIT :limit"
        )
        try:
            rows = conn.execute(sql, {"q": query, "limit": limit}).mappings().all()
        except ProgrammingError as exc:
            raise BadSearchQuery(query=query, reason=str(exc.orig)) from exc
        return [dict(row) for row in rows]


def backend_for(dialect: str) -> SearchBackend:
    """The search backend for an SQLAlchemy dialect name ('sqlite', 'postgresql')."""
    if dialect == "postgresql":
        return PostgresFTS()
    return SQLiteFTS()
