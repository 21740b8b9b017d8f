"""Full-text search behind one small interface: SQLite FTS5 by default, PostgreSQL tsvector.

This is the only module with engine-specific SQL. A backend creates its index (from the
migrations), indexes and removes one article inside the caller's transaction, and searches.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Protocol

import sqlalchemy as sa
from sqlalchemy.engine import Connection
from sqlalchemy.exc import OperationalError, ProgrammingError

from dateline.errors import BadSearchQuery, SearchQueryTooLong

#: the longest query accepted, in characters and in words/operators (the REST API's limit too):
#: a query of thousands of ANDs would hold a worker for minutes
MAX_QUERY_CHARS = 500
MAX_QUERY_TERMS = 64


def check_query(query: str) -> None:
    """Refuse a query over MAX_QUERY_CHARS characters or MAX_QUERY_TERMS terms (E306)."""
    if len(query) > MAX_QUERY_CHARS:
        raise SearchQueryTooLong(size=f"{len(query):,} characters", limit=f"{MAX_QUERY_CHARS} characters")
    terms = len(re.findall(r"\w+", query))
    if terms > MAX_QUERY_TERMS:
        raise SearchQueryTooLong(size=f"{terms} terms", limit=f"{MAX_QUERY_TERMS} terms")


class SearchBackend(Protocol):
    def create_sql(self) -> list[str]: ...
    def drop_sql(self) -> list[str]: ...
    def index(self, conn: Connection, article_id: str, title: str | None, text: str) -> None: ...
    def remove(self, conn: Connection, article_id: str) -> None: ...
    def search(self, conn: Connection, query: str, limit: int, offset: int = 0,
               filters: SearchFilter | None = None) -> list[dict[str, Any]]: ...
    def count(self, conn: Connection, query: str, filters: SearchFilter | None = None) -> int: ...


@dataclass
class SearchFilter:
    """Optional limits on the articles a search ranks: publication dates (inclusive), source."""

    since: str | None = None
    until: str | None = None
    source: str | None = None

    def sql(self, alias: str = "a") -> tuple[str, dict[str, Any]]:
        """' AND ...' conditions on the articles table (alias) and their parameters."""
        parts, params = [], {}
        if self.since:
            parts.append(f"{alias}.date >= :since")
            params["since"] = self.since
        if self.until:
            parts.append(f"{alias}.date <= :until")
            params["until"] = self.until
        if self.source:
            parts.append(f"{alias}.source = :source")
            params["source"] = self.source
        return "".join(" AND " + p for p in parts), params

    def __bool__(self) -> bool:
        return bool(self.since or self.until or self.source)


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

    def _run(self, conn: Connection, query: str, run: Any) -> Any:
        try:
            return run(query)
        except OperationalError as exc:  # FTS5 syntax error: retry with every word quoted
            safe = _quote_terms(query)
            if not safe:
                raise BadSearchQuery(query=query, reason="it has no words to search for") from exc
            return run(safe)

    def search(self, conn: Connection, query: str, limit: int, offset: int = 0,
               filters: SearchFilter | None = None) -> list[dict[str, Any]]:
        # rank and page inside the index: FTS5 sorts by rank itself and builds snippets only
        # for the rows of the page; the articles of that page are read afterwards. With a date
        # or source filter, the matches are joined to articles before ranking.
        where, params = (filters or SearchFilter()).sql()
        if where:
            ranked = (
                "SELECT f.rowid FROM article_fts f JOIN articles a ON a.id = f.article_id "
                f"WHERE article_fts MATCH :q{where} ORDER BY f.rank LIMIT :limit OFFSET :offset"
            )
            sql = sa.text(
                "SELECT article_id AS id, snippet(article_fts, 2, '[', ']', '…', 16) AS snippet, "
                f"-bm25(article_fts) AS score FROM article_fts WHERE article_fts MATCH :q AND rowid IN ({ranked})"
            )
        else:
            sql = sa.text(
                "SELECT article_id AS id, snippet(article_fts, 2, '[', ']', '…', 16) AS snippet, "
                "-rank AS score FROM article_fts WHERE article_fts MATCH :q ORDER BY rank LIMIT :limit OFFSET :offset"
            )

        def run(q: str) -> list[dict[str, Any]]:
            return [dict(r) for r in conn.execute(sql, {"q": q, "limit": limit, "offset": offset, **params}).mappings()]

        hits = sorted(self._run(conn, query, run), key=lambda h: -h["score"])
        return _with_articles(conn, hits)

    def count(self, conn: Connection, query: str, filters: SearchFilter | None = None) -> int:
        where, params = (filters or SearchFilter()).sql()
        if where:
            sql = sa.text(
                "SELECT count(*) FROM article_fts f JOIN articles a ON a.id = f.article_id "
                f"WHERE article_fts MATCH :q{where}"
            )
        else:
            sql = sa.text("SELECT count(*) FROM article_fts WHERE article_fts MATCH :q")
        return self._run(conn, query, lambda q: conn.execute(sql, {"q": q, **params}).scalar_one())


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

    def search(self, conn: Connection, query: str, limit: int, offset: int = 0,
               filters: SearchFilter | None = None) -> list[dict[str, Any]]:
        # rank and page first, then the headlines of that page only
        where, params = (filters or SearchFilter()).sql()
        join = " JOIN articles a ON a.id = f.article_id" if where else ""
        sql = sa.text(
            "WITH q AS (SELECT websearch_to_tsquery('english', :q) AS q), page AS ("
            f"SELECT f.article_id, ts_rank(f.document, q.q) AS score FROM article_fts f{join}, q "
            f"WHERE f.document @@ q.q{where} ORDER BY score DESC, f.article_id LIMIT :limit OFFSET :offset) "
            "SELECT a.id AS id, ts_headline('english', a.text, q.q, "
            "'StartSel=[,StopSel=],MaxWords=16,MinWords=8') AS snippet, page.score AS score "
            "FROM page JOIN articles a ON a.id = page.article_id, q ORDER BY page.score DESC, a.id"
        )
        try:
            rows = conn.execute(sql, {"q": query, "limit": limit, "offset": offset, **params}).mappings().all()
        except ProgrammingError as exc:
            raise BadSearchQuery(query=query, reason=str(exc.orig)) from exc
        return _with_articles(conn, [dict(row) for row in rows])

    def count(self, conn: Connection, query: str, filters: SearchFilter | None = None) -> int:
        where, params = (filters or SearchFilter()).sql()
        join = " JOIN articles a ON a.id = f.article_id" if where else ""
        sql = sa.text(
            f"SELECT count(*) FROM article_fts f{join}, websearch_to_tsquery('english', :q) q "
            f"WHERE f.document @@ q{where}"
        )
        try:
            return conn.execute(sql, {"q": query, **params}).scalar_one()
        except ProgrammingError as exc:
            raise BadSearchQuery(query=query, reason=str(exc.orig)) from exc


def _with_articles(conn: Connection, hits: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Hits in their order, each with its article's date, title, source and url."""
    if not hits:
        return hits
    rows = conn.execute(
        sa.text("SELECT id, date, title, source, url FROM articles WHERE id IN :ids").bindparams(
            sa.bindparam("ids", expanding=True)
        ),
        {"ids": [h["id"] for h in hits]},
    ).mappings()
    meta = {row["id"]: row for row in rows}
    result = []
    for hit in hits:
        row = meta.get(hit["id"])
        if row is None:
            continue
        result.append({"id": hit["id"], "date": row["date"], "title": row["title"], "snippet": hit["snippet"],
                       "score": hit["score"], "source": row["source"], "url": row["url"]})
    return result


def backend_for(dialect: str) -> SearchBackend:
    """The search backend for an SQLAlchemy dialect name ('sqlite', 'postgresql')."""
    if dialect == "postgresql":
        return PostgresFTS()
    return SQLiteFTS()
