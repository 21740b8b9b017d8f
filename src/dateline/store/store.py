"""The Store: contract records in and out of SQL, one transaction per article, and search."""

from __future__ import annotations

import datetime as dt
import json
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from alembic import command
from alembic.config import Config as AlembicConfig
from sqlalchemy.engine import Connection, Engine

from dateline.errors import ArticleNotFound, StoreOpenError
from dateline.store import bulk, registry, schema
from dateline.store.search import SearchBackend, backend_for

MIGRATIONS = Path(__file__).parent / "migrations"
ARTICLE_FIELDS = ("id", "date", "title", "url", "source", "text", "schema")


def database_url(url_or_path: str | Path) -> str:
    """An SQLAlchemy URL from a URL or a plain file path (a path means an SQLite file)."""
    text = str(url_or_path)
    if "://" in text:
        return text
    return f"sqlite:///{Path(text).expanduser()}"


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


def _span_start_end(spans: Any) -> tuple[int | None, int | None]:
    """First start and last end of a span or a list of spans."""
    if not spans:
        return None, None
    if isinstance(spans[0], (list, tuple)):
        return spans[0][0], spans[-1][1]
    return spans[0], spans[1]


class Store:
    """dateline's database. Open it with ``dateline.open_store(url)``; it migrates itself."""

    def __init__(self, url: str | Path = "dateline.db") -> None:
        self.url = database_url(url)
        try:
            self.engine: Engine = sa.create_engine(self.url)
            if self.engine.dialect.name == "sqlite":
                sa.event.listen(self.engine, "connect", _sqlite_pragmas)
            self.search_backend: SearchBackend = backend_for(self.engine.dialect.name)
            self.migrate()
        except StoreOpenError:
            raise
        except Exception as exc:
            raise StoreOpenError(url=str(url), reason=f"{type(exc).__name__}: {exc}") from exc

    def migrate(self) -> None:
        """Bring the schema to the newest migration (a no-op when it is there already)."""
        config = AlembicConfig()
        config.set_main_option("script_location", str(MIGRATIONS))
        with self.engine.begin() as conn:
            config.attributes["connection"] = conn
            command.upgrade(config, "head")

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- writing -------------------------------------------------------------------------

    def has(self, article_id: str) -> bool:
        with self.engine.connect() as conn:
            found = conn.execute(sa.select(schema.articles.c.id).where(schema.articles.c.id == article_id))
            return found.first() is not None

    def write(self, record: dict[str, Any]) -> str:
        """Store one contract record in one transaction: 'added', 'replaced' or 'unchanged'.

        An article already stored with the same text and annotations is left as it is; one
        stored differently is replaced whole. A failure rolls the whole article back.
        """
        return self.write_many([record])[0]

    def write_many(self, records: list[dict[str, Any]]) -> list[str]:
        """Store many contract records in ONE transaction (bulk load); an outcome per record.

        New articles go in with one multi-row insert per table, their registry tallies as one
        upsert; articles already stored (or repeated in the batch) take the one-by-one path
        of ``write``. A failure rolls the whole batch back.
        """
        outcomes: list[str] = []
        with self.engine.begin() as conn:
            if conn.dialect.name == "sqlite":
                # writes insert keys all over large indexes: 64 MB of page cache, not SQLite's 2 MB
                conn.exec_driver_sql("PRAGMA cache_size = -65536")
            ids = [r["id"] for r in records]
            stored: set[str] = set()
            for i in range(0, len(ids), 500):
                chunk = ids[i : i + 500]
                stored.update(conn.execute(sa.select(schema.articles.c.id).where(schema.articles.c.id.in_(chunk))).scalars())
            fresh: list[dict[str, Any]] = []
            later: list[int] = []
            seen: set[str] = set()
            for i, record in enumerate(records):
                if record["id"] in stored or record["id"] in seen:
                    later.append(i)
                else:
                    fresh.append(record)
                seen.add(record["id"])
                outcomes.append("added")
            if fresh:
                forms = self._insert_many(conn, fresh)
                registry.apply_many(conn, [(r, +1) for r in fresh], forms)
            for i in later:
                outcomes[i] = self._write_one(conn, records[i])
        return outcomes

    def _write_one(self, conn: Connection, record: dict[str, Any]) -> str:
        article_id = record["id"]
        existing = self._read(conn, article_id)
        if existing is not None and existing == _comparable(record):
            return "unchanged"
        if existing is not None:
            self._delete(conn, article_id, existing)
        forms = self._insert_many(conn, [record])
        registry.apply_many(conn, [(record, +1)], forms)
        return "replaced" if existing is not None else "added"

    def record_error(self, error_record: dict[str, Any]) -> None:
        """Keep an input that could not be analysed, with its reason, for 'dateline errors'."""
        with self.engine.begin() as conn:
            conn.execute(
                schema.input_errors.insert().values(
                    input=error_record.get("input"),
                    article_id=error_record.get("id"),
                    code=error_record.get("error_code"),
                    message=error_record.get("error"),
                    at=_now(),
                )
            )

    def delete(self, article_id: str) -> bool:
        with self.engine.begin() as conn:
            existing = self._read(conn, article_id)
            if existing is None:
                return False
            self._delete(conn, article_id, existing)
            return True

    def _delete(self, conn: Connection, article_id: str, existing: dict[str, Any]) -> None:
        registry.apply(conn, existing, -1)
        for table in schema.RECORD_TABLES.values():
            conn.execute(table.delete().where(table.c.article_id == article_id))
        self.search_backend.remove(conn, article_id)
        conn.execute(schema.articles.delete().where(schema.articles.c.id == article_id))

    def _insert_many(self, conn: Connection, records: list[dict[str, Any]]) -> dict[str, list[list[str]]]:
        """Insert new articles: one multi-row insert per table, then their search index entries.

        The record (less its text) is kept once, compressed, in ``articles.annotations``; the
        record tables hold only the columns one queries by.
        """
        now = _now()
        seq = conn.execute(sa.select(sa.func.coalesce(sa.func.max(schema.articles.c.seq), 0))).scalar_one()
        article_rows = []
        children: dict[str, list[tuple[Any, ...]]] = {kind: [] for kind in schema.RECORD_TABLES}
        forms: dict[str, list[list[str]]] = {}
        for record in records:
            article_id = record["id"]
            extra = {k: v for k, v in record.items() if k not in ARTICLE_FIELDS and k not in schema.RECORD_TABLES}
            seq += 1
            article_rows.append((
                article_id, record.get("date"), record.get("title"), record.get("url"), record.get("source"),
                record["text"], record.get("schema", 1), now, _json(extra) if extra else None, pack(record), seq,
            ))
            keys = {e.get("id"): e.get("key") for e in record.get("entities", [])}
            mine = forms[article_id] = []
            for kind in schema.RECORD_TABLES:
                rows = children[kind]
                for idx, item in enumerate(record.get(kind) or []):
                    values = _columns(kind, item, keys)
                    if kind == "entities":
                        mine.append(registry.surface_forms(record["text"], item))
                        values["aliases"] = _json(mine[-1])
                    rows.append((article_id, idx, *values.values()))
        bulk.insert_rows(conn, "articles", ARTICLE_COLUMNS, article_rows)
        for kind in schema.RECORD_TABLES:
            if children[kind]:
                bulk.insert_rows(conn, kind, _child_columns(kind), children[kind])
        ids = [r[0] for r in article_rows]
        index_many = getattr(self.search_backend, "index_many", None)
        if index_many is not None:
            index_many(conn, ids)
        else:  # pragma: no cover - a backend without bulk indexing
            for record in records:
                self.search_backend.index(conn, record["id"], record.get("title"), record["text"])
        return forms

    # -- reading -------------------------------------------------------------------------

    def get(self, article_id: str) -> dict[str, Any]:
        """The stored article as its contract record; ArticleNotFound (E302) if absent."""
        with self.engine.connect() as conn:
            record = self._read(conn, article_id)
        if record is None:
            raise ArticleNotFound(article_id=article_id, url=self.url)
        return record

    def _read(self, conn: Connection, article_id: str) -> dict[str, Any] | None:
        row = conn.execute(sa.select(schema.articles).where(schema.articles.c.id == article_id)).mappings().first()
        if row is None:
            return None
        if row["annotations"] is not None:
            return unpack(row["annotations"], row["text"])
        # an article stored before migration 0004: its records are in the tables' data column
        record: dict[str, Any] = {"schema": row["schema"]}
        for name in ("id", "date", "title", "url", "source", "text"):
            record[name] = row[name]
        for kind, table in schema.RECORD_TABLES.items():
            rows = conn.execute(
                sa.select(table.c.data).where(table.c.article_id == article_id).order_by(table.c.idx)
            )
            record[kind] = [r[0] for r in rows]
        record.update(row["extra"] or {})
        return record

    def search(self, query: str, limit: int = 10) -> list[dict[str, Any]]:
        """Articles matching a full-text query, best first: id, date, title, snippet, score."""
        with self.engine.connect() as conn:
            return self.search_backend.search(conn, query, limit)

    def entities(self, type_: str | None = None, query: str | None = None, limit: int | None = None) -> list[dict[str, Any]]:
        """The entity registry: canonical key, name, type, country, sector, role, aliases,
        first and last seen, article and mention counts; most widely seen first."""
        with self.engine.connect() as conn:
            return registry.list_entities(conn, type_, query, limit)

    def article_ids(self) -> Iterator[str]:
        with self.engine.connect() as conn:
            for row in conn.execute(sa.select(schema.articles.c.id).order_by(schema.articles.c.id)):
                yield row[0]

    def counts(self) -> dict[str, int]:
        """How many articles and records of each kind the store holds."""
        with self.engine.connect() as conn:
            result = {"articles": conn.execute(sa.select(sa.func.count()).select_from(schema.articles)).scalar_one()}
            for kind, table in schema.RECORD_TABLES.items():
                result[kind] = conn.execute(sa.select(sa.func.count()).select_from(table)).scalar_one()
            result["registry"] = conn.execute(sa.select(sa.func.count()).select_from(schema.entity_registry)).scalar_one()
            result["input_errors"] = conn.execute(sa.select(sa.func.count()).select_from(schema.input_errors)).scalar_one()
        return result


ARTICLE_COLUMNS = ("id", "date", "title", "url", "source", "text", "schema", "ingested_at", "extra", "annotations", "seq")


def _child_columns(kind: str) -> list[str]:
    """A record table's columns in the order ``_columns`` gives them (after article_id, idx)."""
    names = list(_columns(kind, {}, {}))
    return ["article_id", "idx", *names, *(["aliases"] if kind == "entities" else [])]


_encode = json.JSONEncoder(ensure_ascii=False).encode  # one encoder, not one per call
_encode_compact = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def _json(value: Any) -> str:
    return _encode(value)


def _columns(kind: str, item: dict[str, Any], keys: dict[Any, Any]) -> dict[str, Any]:
    """The query columns of one record (the full record goes to ``data``)."""
    if kind == "entities":
        return {
            "local_id": item.get("id"), "key": item.get("key"), "name": item.get("name"),
            "type": item.get("type"), "country": item.get("country"), "sector": item.get("sector"),
            "role": item.get("role"), "mention_count": len(item.get("mentions") or []),
        }
    if kind == "quotes":
        start, end = _span_start_end(item.get("content"))
        return {
            "kind": item.get("kind"), "speaker_key": keys.get(item.get("speaker_entity")),
            "speaker_name": item.get("speaker_name"), "start": start, "end": end,
            "confidence": item.get("confidence"),
        }
    if kind == "places":
        return {k: item.get(k) for k in ("start", "end", "text", "geonames_id", "name", "lat", "lon", "country")}
    if kind == "times":
        return {k: item.get(k) for k in ("start", "end", "text", "type", "value")}
    actor = item.get("actor") or {}
    recipient = item.get("recipient") or {}
    place = item.get("place") or {}
    return {
        "type": item.get("type"), "mode": item.get("mode"), "quad": item.get("quad"),
        "cameo": item.get("cameo"), "date": item.get("date"),
        "actor_key": keys.get(actor.get("entity")), "actor_country": actor.get("country"),
        "actor_sector": actor.get("sector"), "recipient_key": keys.get(recipient.get("entity")),
        "recipient_country": recipient.get("country"), "recipient_sector": recipient.get("sector"),
        "place_name": place.get("name"), "lat": place.get("lat"), "lon": place.get("lon"),
        "confidence": item.get("confidence"),
    }


TEXT_MARK = "\x00text"  # stands for the article's text (kept in its own column) in a packed record


def pack(record: dict[str, Any]) -> bytes:
    """A record as compact, zlib-compressed JSON, its text left out (key order kept)."""
    body = {k: (TEXT_MARK if k == "text" else v) for k, v in record.items()}
    return zlib.compress(_encode_compact(body).encode("utf-8"), 6)


def unpack(blob: bytes, text: str) -> dict[str, Any]:
    """The record ``pack`` made, with its text put back in its place."""
    body = json.loads(zlib.decompress(blob).decode("utf-8"))
    return {k: (text if k == "text" and v == TEXT_MARK else v) for k, v in body.items()}


def _comparable(record: dict[str, Any]) -> dict[str, Any]:
    """A record as it reads back from the store (JSON round trip: tuples become lists)."""
    return json.loads(json.dumps(record))


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA busy_timeout = 5000")
    cursor.close()


def open_store(url: str | Path = "dateline.db") -> Store:
    """Open (creating and migrating as needed) the store at an SQLAlchemy URL or SQLite path."""
    return Store(url)
