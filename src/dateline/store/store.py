"""The Store: contract records in and out of SQL, one transaction per article, and search."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from alembic import command
from alembic.config import Config as AlembicConfig
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import OperationalError

from dateline.errors import ArticleNotFound, ReadOnlyStore, StoreBusy, StoreOpenError
from dateline.store import registry, schema
from dateline.store.queries import ServeQueries, event_day
from dateline.store.search import SearchBackend, backend_for, check_query

MIGRATIONS = Path(__file__).parent / "migrations"
ARTICLE_FIELDS = ("id", "date", "title", "url", "source", "text", "schema")

#: how long a writer waits for another one (SQLite's busy timeout), in seconds
BUSY_SECONDS = 60
#: the PostgreSQL advisory lock every dateline writer holds for its transaction (any constant)
PG_WRITE_LOCK = 0x64_61_74_65  # "date"


def database_url(url_or_path: str | Path) -> str:
    """An SQLAlchemy URL from a URL or a plain file path (a path means an SQLite file)."""
    text = str(url_or_path)
    if "://" in text:
        return text
    return f"sqlite:///{Path(text).expanduser()}"


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def _span_start_end(spans: Any) -> tuple[int | None, int | None]:
    """First start and last end of a span or a list of spans."""
    if not spans:
        return None, None
    if isinstance(spans[0], (list, tuple)):
        return spans[0][0], spans[-1][1]
    return spans[0], spans[1]


class Store(ServeQueries):
    """dateline's database. Open it with ``dateline.open_store(url)``; it migrates itself."""

    def __init__(self, url: str | Path = "dateline.db") -> None:
        self.url = database_url(url)
        try:
            sqlite = self.url.startswith("sqlite")
            self.engine: Engine = sa.create_engine(self.url, **({"connect_args": {"timeout": BUSY_SECONDS}} if sqlite else {}))
            if self.engine.dialect.name == "sqlite":
                sa.event.listen(self.engine, "connect", _sqlite_pragmas)
                sa.event.listen(self.engine, "begin", _sqlite_begin)
            #: the engine for writing transactions: BEGIN IMMEDIATE (SQLite) or the advisory lock (PostgreSQL)
            self.writer: Engine = self.engine.execution_options(dateline_write=True)
            self.search_backend: SearchBackend = backend_for(self.engine.dialect.name)
            self.migrate()
        except (StoreOpenError, ReadOnlyStore, StoreBusy):
            raise
        except Exception as exc:
            raise StoreOpenError(url=str(url), reason=f"{type(exc).__name__}: {exc}") from exc

    def migrate(self) -> None:
        """Bring the schema to the newest migration (a no-op when it is there already).

        Safe against a second process opening the same new database at the same moment: the
        schema is created inside one writing transaction (SQLite BEGIN IMMEDIATE, PostgreSQL an
        advisory lock), so the second waits, then finds the schema there. A store already at
        the newest migration is only read, so a read-only database can still be searched.
        """
        config = AlembicConfig()
        config.set_main_option("script_location", str(MIGRATIONS))
        heads = set(ScriptDirectory.from_config(config).get_heads())
        with self.engine.connect() as conn:
            if set(MigrationContext.configure(conn).get_current_heads()) == heads:
                return
        with self._writing() as conn:
            config.attributes["connection"] = conn
            command.upgrade(config, "head")

    @contextmanager
    def _writing(self) -> Iterator[Connection]:
        """One writing transaction, serialised against every other dateline writer."""
        try:
            with self.writer.begin() as conn:
                if self.engine.dialect.name == "postgresql":
                    conn.execute(sa.text("SELECT pg_advisory_xact_lock(:key)"), {"key": PG_WRITE_LOCK})
                yield conn
        except OperationalError as exc:
            message = str(exc.orig)
            if "readonly" in message or "read-only" in message:
                raise ReadOnlyStore(url=self.url, reason=message) from exc
            if "locked" in message or "busy" in message:
                raise StoreBusy(url=self.url, seconds=BUSY_SECONDS, reason=message) from exc
            raise

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
        """Store many contract records in ONE transaction (a bulk load); an outcome per record.

        Each record is written as by ``write``; the registry's tallies are rows updated by
        upsert, so a write costs the same however large the store is. A failure rolls the
        whole batch back.
        """
        with self._writing() as conn:
            if conn.dialect.name == "sqlite":
                # writes insert keys all over large indexes: 64 MB of page cache, not SQLite's 2 MB
                conn.exec_driver_sql("PRAGMA cache_size = -65536")
            return [self._write_one(conn, record) for record in records]

    def _write_one(self, conn: Connection, record: dict[str, Any]) -> str:
        article_id = record["id"]
        existing = self._read(conn, article_id)
        if existing is not None and existing == _comparable(record):
            return "unchanged"
        if existing is not None:
            self._delete(conn, article_id, existing)
        self._insert(conn, record)
        registry.apply(conn, record, +1)
        return "replaced" if existing is not None else "added"

    def record_error(self, error_record: dict[str, Any]) -> None:
        """Keep an input that could not be analysed, with its reason, for 'dateline errors'."""
        with self._writing() as conn:
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
        with self._writing() as conn:
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

    def _insert(self, conn: Connection, record: dict[str, Any]) -> None:
        article_id = record["id"]
        extra = {k: v for k, v in record.items() if k not in ARTICLE_FIELDS and k not in schema.RECORD_TABLES}
        conn.execute(
            schema.articles.insert().values(
                id=article_id,
                date=record.get("date"),
                title=record.get("title"),
                url=record.get("url"),
                source=record.get("source"),
                text=record["text"],
                schema=record.get("schema", 1),
                ingested_at=_now(),
                extra=extra or None,
            )
        )
        keys = {e.get("id"): e.get("key") for e in record.get("entities", [])}
        for kind, table in schema.RECORD_TABLES.items():
            rows = [
                {"article_id": article_id, "idx": idx, "data": item, **_columns(kind, item, keys)}
                for idx, item in enumerate(record.get(kind) or [])
            ]
            if kind == "entities":
                for row, item in zip(rows, record.get(kind) or [], strict=True):
                    row["aliases"] = registry.surface_forms(record["text"], item)
            if kind == "events":
                for row in rows:
                    row["day"] = event_day(row["date"], record.get("date"))
            if rows:
                conn.execute(table.insert(), rows)
        self.search_backend.index(conn, article_id, record.get("title"), record["text"])

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

    def search(self, query: str, limit: int = 10, offset: int = 0) -> list[dict[str, Any]]:
        """Articles matching a full-text query, best first: id, date, title, snippet, score."""
        check_query(query)
        with self.engine.connect() as conn:
            hits = self.search_backend.search(conn, query, limit, offset)
        return [{k: hit[k] for k in ("id", "date", "title", "snippet", "score")} for hit in hits]

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

    # -- exports (dateline.store.export): filtered records, streamed -------------------------

    def export(self, kind: str = "events", *, since: Any = None, until: Any = None, type: str | None = None,
               country: str | None = None, source: str | None = None) -> Iterator[dict[str, Any]]:
        """Every record of ``kind`` (articles, entities, quotes, places, times, events) that
        passes the filters, as flat dicts (the columns of ``dateline export --format csv``),
        streamed a page at a time. ``since``/``until`` are inclusive YYYY-MM-DD dates (for
        events the event's own date when it is a full day, else its article's); ``type`` is
        the event/entity/TIMEX type or quote kind; ``country`` an ISO 3166-1 alpha-3 code
        (actor or recipient, entity, place, quote speaker); ``source`` the article's source.
        Bad filter values raise BadExportFilter (E008)."""
        from dateline.store import export

        flt = export.ExportFilter.make(kind, since, until, type, country, source)
        return export.rows(self, kind, flt)

    def records(self, *, since: Any = None, until: Any = None, type: str | None = None,
                country: str | None = None, source: str | None = None) -> Iterator[dict[str, Any]]:
        """The contract records (as ``get``) of the articles dated ``since``..``until`` from
        ``source`` that hold an event of ``type`` and mention ``country``, streamed."""
        from dateline.store import export

        return export.records(self, export.ExportFilter.make("articles", since, until, type, country, source))

    def events(self, **filters: Any) -> Iterator[dict[str, Any]]:
        """Events as flat dicts; the filters of ``export``."""
        return self.export("events", **filters)

    def quotes(self, **filters: Any) -> Iterator[dict[str, Any]]:
        """Quotes as flat dicts (speaker name, key and country, kind, text, cue, confidence)."""
        return self.export("quotes", **filters)

    def places(self, **filters: Any) -> Iterator[dict[str, Any]]:
        """Place mentions as flat dicts (GeoNames id, name, lat, lon, country); ``type`` does not apply."""
        return self.export("places", **filters)

    def times(self, **filters: Any) -> Iterator[dict[str, Any]]:
        """Time expressions as flat dicts (text, TIMEX type and value); ``country`` does not apply."""
        return self.export("times", **filters)

    def entity_records(self, **filters: Any) -> Iterator[dict[str, Any]]:
        """Entities as found in each article, as flat dicts (``entities`` is the registry:
        one row per canonical entity across articles)."""
        return self.export("entities", **filters)


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


def _comparable(record: dict[str, Any]) -> dict[str, Any]:
    """A record as it reads back from the store (JSON round trip: tuples become lists)."""
    return json.loads(json.dumps(record))


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    """Each SQLite connection: foreign keys, a long busy timeout, WAL (readers never block the
    writer), and transactions begun by dateline itself (see _sqlite_begin)."""
    dbapi_connection.isolation_level = None  # pysqlite's own implicit BEGIN would be DEFERRED
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_SECONDS * 1000}")
    try:
        if cursor.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
            cursor.execute("PRAGMA journal_mode = WAL")
    except sqlite3.OperationalError:  # a read-only file keeps its journal mode; reading still works
        pass
    cursor.close()


def _sqlite_begin(conn: Connection) -> None:
    """A writing transaction takes SQLite's write lock at once (BEGIN IMMEDIATE), so two writers
    never both read "absent" and then both insert; reading transactions stay DEFERRED."""
    conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get("dateline_write") else "BEGIN")


def open_store(url: str | Path = "dateline.db") -> Store:
    """Open (creating and migrating as needed) the store at an SQLAlchemy URL or SQLite path."""
    return Store(url)
