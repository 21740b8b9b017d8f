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

from dateline.errors import BadSearchQuery, QueryTooLong

#: the longest query accepted, in characters and in words/operators (the REST API's limit too):
#: a query of thousands of ANDs would hold a worker for minutes
MAX_QUERY_CHARS = 500
MAX_QUERY_TERMS = 64


def check_query(query: str) -> None:
    """Refuse a query over MAX_QUERY_CHARS characters or MAX_QUERY_TERMS terms (E306)."""
    if len(query) > MAX_QUERY_CHARS:
        raise QueryTooLong(size=f"{len(query):,} characters", limit=f"{MAX_QUERY_CHARS} characters")
    terms = len(re.findall(r"\w+", query))
    if terms > MAX_QUERY_TERMS:
        raise QueryTooLong(size=f"{terms} terms", limit=f"{MAX_QUERY_TERMS} terms")


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
    """SQLite FTS5: a standalone index (article_id, title, text), porter-stemmed, ranked by bm25."""

    def create_sql(self) -> list[str]:
        return [
            "CREATE VIRTUAL TABLE IF NOT EXISTS article_fts USING fts5("
            "article_id UNINDEXED, title, text, tokenize='porter unicode61')"
        ]

    def drop_sql(self) -> list[str]:
        return ["DROP TABLE IF EXISTS article_fts"]

    def index(self, conn: Connection, article_id: str, title: str | None, text: str) -> None:
        conn.execute(
            sa.text("INSERT INTO article_fts (article_id, title, text) VALUES (:id, :title, :text)"),
            {"id": article_id, "title": title or "", "text": text},
        )

    def remove(self, conn: Connection, article_id: str) -> None:
        conn.execute(sa.text("DELETE FROM article_fts WHERE article_id = :id"), {"id": article_id})

    def search(self, conn: Connection, query: str, limit: int) -> list[dict[str, Any]]:
        sql = sa.text(
            "SELECT f.article_id AS id, a.date AS date, a.title AS title, "
            "snippet(article_fts, 2, '[', ']', '…', 16) AS snippet, -bm25(article_fts) AS score "
            "FROM article_fts f JOIN articles a ON a.id = f.article_id "
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
