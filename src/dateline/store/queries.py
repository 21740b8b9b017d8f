"""The read queries behind `dateline serve`: filtered, paged lists as SQL (SQLite and PostgreSQL).

Every function takes an open Connection and returns plain dicts; filtering, sorting, counting
and paging happen in the database (no Python loop over all rows). Full-text search stays in
``store.search``. Dates are 'YYYY-MM-DD' strings; ``since``/``until`` are inclusive.

An event's date for filtering is its own date when it is a full day (YYYY-MM-DD), else its
article's date (API.md).
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from dateline.store import schema

A = schema.articles
E = schema.events
Q = schema.quotes
R = schema.entity_registry
N = schema.entities
P = schema.places

#: at most this many features in one GeoJSON answer
GEOJSON_MAX = 10_000


_FULL_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def event_day(event_date: str | None, article_date: str | None) -> str | None:
    """The date an event is filtered and counted by (kept in events.day on write)."""
    return event_date if isinstance(event_date, str) and _FULL_DAY.match(event_date) else article_date


#: the date an event is filtered and counted by (indexed)
EVENT_DAY = E.c.day


def _page(select: sa.Select, limit: int, offset: int) -> sa.Select:
    return select.limit(limit).offset(offset)


def _count(conn: Connection, select: sa.Select) -> int:
    return conn.execute(sa.select(sa.func.count()).select_from(select.order_by(None).subquery())).scalar_one()


def _join_pieces(text: str | None, spans: Any, base: int = 0) -> str:
    """The characters of a span or a list of spans, joined by ' … ' (offsets relative to base)."""
    if not text or not spans:
        return ""
    if not isinstance(spans[0], (list, tuple)):
        spans = [spans]
    return " … ".join(text[s - base : e - base] for s, e in spans)


def _bounds(spans: Any) -> tuple[int, int] | None:
    if not spans:
        return None
    if not isinstance(spans[0], (list, tuple)):
        spans = [spans]
    return min(s for s, _ in spans), max(e for _, e in spans)


def _windows(conn: Connection, wanted: list[tuple[str, int, int]]) -> dict[tuple[str, int, int], str]:
    """Slices of article texts, fetched in the database: (article id, start, end) -> text."""
    result: dict[tuple[str, int, int], str] = {}
    unique = list(dict.fromkeys(wanted))
    for chunk_start in range(0, len(unique), 200):
        chunk = unique[chunk_start : chunk_start + 200]
        parts = [
            sa.select(
                sa.literal(i).label("n"),
                sa.func.substr(A.c.text, start + 1, end - start).label("window"),
            ).where(A.c.id == article_id)
            for i, (article_id, start, end) in enumerate(chunk)
        ]
        if not parts:
            continue
        for row in conn.execute(sa.union_all(*parts)):
            result[chunk[row.n]] = row.window
    return result


# -- articles ------------------------------------------------------------------------------


@dataclass
class ArticleFilter:
    since: str | None = None
    until: str | None = None
    source: str | None = None

    def apply(self, select: sa.Select) -> sa.Select:
        if self.since:
            select = select.where(A.c.date >= self.since)
        if self.until:
            select = select.where(A.c.date <= self.until)
        if self.source:
            select = select.where(A.c.source == self.source)
        return select


def list_articles(conn: Connection, filters: ArticleFilter, limit: int, offset: int) -> tuple[int, list[dict[str, Any]]]:
    """Articles newest first (no query): total and one page of {id, date, title, source, url, snippet}."""
    select = filters.apply(
        sa.select(A.c.id, A.c.date, A.c.title, A.c.source, A.c.url, sa.func.substr(A.c.text, 1, 240).label("snippet"))
    )
    total = _count(conn, filters.apply(sa.select(A.c.id)))
    rows = conn.execute(_page(select.order_by(A.c.date.desc().nulls_last(), A.c.id), limit, offset)).mappings()
    items = []
    for row in rows:
        item = dict(row)
        snippet = " ".join((item["snippet"] or "").split())
        item["snippet"] = snippet if len(snippet) < 200 else snippet[:200].rsplit(" ", 1)[0] + " …"
        items.append(item)
    return total, items


def article_count(conn: Connection) -> int:
    return conn.execute(sa.select(sa.func.count()).select_from(A)).scalar_one()


def sources(conn: Connection, limit: int = 200) -> list[str]:
    """The article sources, most frequent first (for filter menus)."""
    select = (
        sa.select(A.c.source).where(A.c.source.is_not(None)).group_by(A.c.source)
        .order_by(sa.func.count().desc(), A.c.source).limit(limit)
    )
    return [row[0] for row in conn.execute(select)]


# -- entities ------------------------------------------------------------------------------


def _entity_item(row: Any) -> dict[str, Any]:
    return {
        "key": row["key"], "name": row["name"], "type": row["type"], "country": row["country"],
        "sector": row["sector"], "role": row["role"], "aliases": row["aliases"] or [],
        "articles": row["article_count"], "mentions": row["mention_count"],
        "first_seen": row["first_seen"], "last_seen": row["last_seen"],
    }


def list_entities(
    conn: Connection, q: str | None, type_: str | None, country: str | None, limit: int, offset: int
) -> tuple[int, list[dict[str, Any]]]:
    """Registry rows, most mentioned first, filtered by a name/key substring, type and country."""
    columns = [c for c in R.c if c.name != "tallies"]
    select = sa.select(*columns)
    if type_:
        select = select.where(R.c.type == type_.upper())
    if country:
        select = select.where(R.c.country == country.upper())
    if q:
        pattern = f"%{q.lower()}%"
        select = select.where(sa.or_(sa.func.lower(R.c.name).like(pattern), R.c.key.like(pattern)))
    total = _count(conn, select)
    ordered = select.order_by(R.c.mention_count.desc(), R.c.article_count.desc(), R.c.key.desc())
    return total, [_entity_item(row) for row in conn.execute(_page(ordered, limit, offset)).mappings()]


def get_entity(conn: Connection, key: str) -> dict[str, Any] | None:
    columns = [c for c in R.c if c.name != "tallies"]
    row = conn.execute(sa.select(*columns).where(R.c.key == key)).mappings().first()
    return _entity_item(row) if row is not None else None


def recent_articles(conn: Connection, key: str, limit: int = 20) -> list[dict[str, Any]]:
    """The articles that mention an entity, newest first: id, date, title."""
    select = (
        sa.select(A.c.id, A.c.date, A.c.title).join(N, N.c.article_id == A.c.id).where(N.c.key == key)
        .group_by(A.c.id, A.c.date, A.c.title).order_by(A.c.date.desc().nulls_last(), A.c.id).limit(limit)
    )
    return [dict(row) for row in conn.execute(select).mappings()]


# -- quotes --------------------------------------------------------------------------------


@dataclass
class QuoteFilter:
    speaker: str | None = None
    q: str | None = None
    since: str | None = None
    until: str | None = None

    def apply(self, select: sa.Select) -> sa.Select:
        if self.speaker:
            select = select.where(Q.c.speaker_key == self.speaker)
        if self.since:
            select = select.where(A.c.date >= self.since)
        if self.until:
            select = select.where(A.c.date <= self.until)
        if self.q:
            pattern = f"%{self.q.lower()}%"
            window = sa.func.lower(sa.func.substr(A.c.text, Q.c.start + 1, Q.c.end - Q.c.start))
            select = select.where(sa.or_(window.like(pattern), sa.func.lower(Q.c.speaker_name).like(pattern)))
        return select


def list_quotes(conn: Connection, filters: QuoteFilter, limit: int, offset: int) -> tuple[int, list[dict[str, Any]]]:
    """Quotes newest first: {article, date, kind, speaker_name, speaker_key, text, content, cue,
    speaker, confidence}; ``text`` is the content's characters joined by ' … '."""
    base = sa.select(Q.c.article_id, Q.c.idx).join(A, A.c.id == Q.c.article_id)
    total = _count(conn, filters.apply(base))
    select = filters.apply(
        sa.select(
            Q.c.article_id, Q.c.idx, A.c.date, Q.c.kind, Q.c.speaker_name, Q.c.speaker_key, Q.c.start, Q.c.data,
            sa.func.substr(A.c.text, Q.c.start + 1, Q.c.end - Q.c.start).label("window"),
        ).join(A, A.c.id == Q.c.article_id)
    ).order_by(A.c.date.desc().nulls_last(), Q.c.article_id, Q.c.idx)
    items = []
    for row in conn.execute(_page(select, limit, offset)).mappings():
        data = row["data"]
        items.append({
            "article": row["article_id"], "date": row["date"], "kind": row["kind"],
            "speaker_name": row["speaker_name"], "speaker_key": row["speaker_key"],
            "text": _join_pieces(row["window"], data.get("content"), row["start"] or 0),
            "content": data.get("content"), "cue": data.get("cue"), "speaker": data.get("speaker"),
            "confidence": data.get("confidence"), "index": row["idx"],
        })
    return total, items


# -- events --------------------------------------------------------------------------------


@dataclass
class EventFilter:
    type: str | None = None
    quad: str | None = None
    actor_country: str | None = None
    recipient_country: str | None = None
    country: str | None = None  # actor or recipient
    entity: str | None = None  # actor or recipient key
    since: str | None = None
    until: str | None = None
    bbox: tuple[float, float, float, float] | None = None  # west, south, east, north

    def apply(self, select: sa.Select) -> sa.Select:
        if self.type:
            select = select.where(E.c.type == self.type.upper())
        if self.quad:
            select = select.where(E.c.quad == self.quad)
        if self.actor_country:
            select = select.where(E.c.actor_country == self.actor_country.upper())
        if self.recipient_country:
            select = select.where(E.c.recipient_country == self.recipient_country.upper())
        if self.country:
            code = self.country.upper()
            select = select.where(sa.or_(E.c.actor_country == code, E.c.recipient_country == code))
        if self.entity:
            select = select.where(sa.or_(E.c.actor_key == self.entity, E.c.recipient_key == self.entity))
        if self.since:
            select = select.where(EVENT_DAY >= self.since)  # noqa: SIM300  (a column, not a constant)
        if self.until:
            select = select.where(EVENT_DAY <= self.until)  # noqa: SIM300  (a column, not a constant)
        if self.bbox:
            west, south, east, north = self.bbox
            select = select.where(E.c.lat.between(south, north))
            if west <= east:
                select = select.where(E.c.lon.between(west, east))
            else:  # the box crosses the antimeridian
                select = select.where(sa.or_(E.c.lon >= west, E.c.lon <= east))
        return select


def _event_rows(conn: Connection, select: sa.Select) -> list[dict[str, Any]]:
    rows = [dict(row) for row in conn.execute(select).mappings()]
    wanted = []
    for row in rows:
        bounds = _bounds(row["data"].get("evidence"))
        row["_bounds"] = bounds
        if bounds:
            wanted.append((row["article_id"], *bounds))
    windows = _windows(conn, wanted)
    items = []
    for row in rows:
        event = dict(row["data"])
        bounds = row["_bounds"]
        window = windows.get((row["article_id"], *bounds)) if bounds else None
        event["article"] = row["article_id"]
        event["article_date"] = row["article_date"]
        event["index"] = row["idx"]
        event["evidence_text"] = _join_pieces(window, event.get("evidence"), bounds[0]) if bounds else ""
        items.append(event)
    return items


def _events_select(filters: EventFilter) -> sa.Select:
    return filters.apply(
        sa.select(E.c.article_id, E.c.idx, E.c.data, A.c.date.label("article_date"), EVENT_DAY.label("day"))
        .join(A, A.c.id == E.c.article_id)
    )


def list_events(conn: Connection, filters: EventFilter, limit: int, offset: int) -> tuple[int, list[dict[str, Any]]]:
    """Events newest first: the contract event plus article, article_date, evidence_text."""
    total = _count(conn, filters.apply(sa.select(E.c.article_id, E.c.idx)))
    select = _events_select(filters).order_by(EVENT_DAY.desc().nulls_last(), E.c.article_id, E.c.idx)
    return total, _event_rows(conn, _page(select, limit, offset))


def events_geojson(conn: Connection, filters: EventFilter, max_features: int = GEOJSON_MAX) -> dict[str, Any]:
    """A GeoJSON FeatureCollection of the events with a place (at most max_features)."""
    select = (
        _events_select(filters).where(E.c.lat.is_not(None), E.c.lon.is_not(None))
        .order_by(EVENT_DAY.desc().nulls_last(), E.c.article_id, E.c.idx).limit(max_features + 1)
    )
    events = _event_rows(conn, select)
    truncated = len(events) > max_features
    features = []
    for event in events[:max_features]:
        place = event.get("place") or {}
        features.append({
            "type": "Feature",
            "geometry": {"type": "Point", "coordinates": [place.get("lon"), place.get("lat")]},
            "properties": {
                "type": event.get("type"), "mode": event.get("mode"), "quad": event.get("quad"),
                "date": event.get("date"), "actor": _party(event.get("actor")),
                "recipient": _party(event.get("recipient")), "article": event["article"],
                "article_date": event["article_date"], "index": event["index"], "place": place.get("name"),
                "evidence_text": event["evidence_text"],
            },
        })
    return {"type": "FeatureCollection", "features": features, "truncated": truncated}


def _party(party: dict[str, Any] | None) -> str | None:
    if not party:
        return None
    return party.get("name") or party.get("text") or party.get("country")


@functools.lru_cache(maxsize=65536)
def _period(day: str, interval: str) -> str:
    if interval == "month":
        return day[:7]
    if interval == "week":
        year, week, _ = dt.date.fromisoformat(day).isocalendar()
        return f"{year}-W{week:02d}"
    return day


def timeline(conn: Connection, filters: EventFilter, interval: str, by: str) -> list[dict[str, Any]]:
    """Event counts per period and type (or quad), by the events' date rule, in period order."""
    key_column = E.c.quad if by == "quad" else E.c.type
    # days and months are grouped in the database; ISO weeks fold from days here
    period = sa.func.substr(EVENT_DAY, 1, 7) if interval == "month" else EVENT_DAY
    select = filters.apply(
        sa.select(period.label("day"), key_column.label("key"), sa.func.count().label("n")).select_from(E)
    ).where(EVENT_DAY.is_not(None)).group_by(period, key_column)
    counts: dict[tuple[str, str], int] = defaultdict(int)
    for day, key, n in conn.execute(select).all():
        if interval == "week":
            try:
                day = _period(day, "week")
            except ValueError:
                continue
        counts[(day, key or "unknown")] += n
    return [{"period": p, "key": k, "count": n} for (p, k), n in sorted(counts.items())]


def event_types(conn: Connection) -> list[str]:
    return [row[0] for row in conn.execute(sa.select(E.c.type).where(E.c.type.is_not(None)).distinct().order_by(E.c.type))]


def event_countries(conn: Connection) -> list[str]:
    actor = sa.select(E.c.actor_country.label("c")).where(E.c.actor_country.is_not(None))
    recipient = sa.select(E.c.recipient_country.label("c")).where(E.c.recipient_country.is_not(None))
    union = sa.union(actor, recipient).subquery()
    return [row[0] for row in conn.execute(sa.select(union.c.c).order_by(union.c.c))]


class ServeQueries:
    """The Store's read interface for the HTTP API (mixed into Store): each call opens one
    connection and runs the queries above; every list returns (total, items)."""

    engine: Any
    search_backend: Any

    def article_page(self, filters: ArticleFilter, limit: int = 20, offset: int = 0) -> tuple[int, list[dict[str, Any]]]:
        with self.engine.connect() as conn:
            return list_articles(conn, filters, limit, offset)

    def search_page(self, query: str, filters: ArticleFilter, limit: int = 20, offset: int = 0) -> tuple[int, list[dict[str, Any]]]:
        from dateline.store.search import SearchFilter, check_query

        check_query(query)
        search_filter = SearchFilter(filters.since, filters.until, filters.source)
        with self.engine.connect() as conn:
            hits = self.search_backend.search(conn, query, limit, offset, search_filter)
            total = self.search_backend.count(conn, query, search_filter)
        return total, hits

    def entity_page(self, q: str | None = None, type_: str | None = None, country: str | None = None,
                    limit: int = 20, offset: int = 0) -> tuple[int, list[dict[str, Any]]]:
        with self.engine.connect() as conn:
            return list_entities(conn, q, type_, country, limit, offset)

    def entity(self, key: str, quotes: int = 50, events: int = 50, articles: int = 20) -> dict[str, Any] | None:
        """One registry entity with its quotes, its events (as actor or recipient) and the
        articles that mention it, each newest first; None when the key is unknown."""
        with self.engine.connect() as conn:
            found = get_entity(conn, key)
            if found is None:
                return None
            found["quotes_total"], found["quotes"] = list_quotes(conn, QuoteFilter(speaker=key), quotes, 0)
            found["events_total"], found["events"] = list_events(conn, EventFilter(entity=key), events, 0)
            found["recent_articles"] = recent_articles(conn, key, articles)
        return found

    def quote_page(self, filters: QuoteFilter, limit: int = 20, offset: int = 0) -> tuple[int, list[dict[str, Any]]]:
        with self.engine.connect() as conn:
            return list_quotes(conn, filters, limit, offset)

    def event_page(self, filters: EventFilter, limit: int = 20, offset: int = 0) -> tuple[int, list[dict[str, Any]]]:
        with self.engine.connect() as conn:
            return list_events(conn, filters, limit, offset)

    def events_geojson(self, filters: EventFilter, max_features: int = GEOJSON_MAX) -> dict[str, Any]:
        with self.engine.connect() as conn:
            return events_geojson(conn, filters, max_features)

    def timeline(self, filters: EventFilter, interval: str = "day", by: str = "type") -> list[dict[str, Any]]:
        with self.engine.connect() as conn:
            return timeline(conn, filters, interval, by)

    def facets(self) -> dict[str, list[str]]:
        """Values for the pages' filter menus: sources, event types, event countries."""
        with self.engine.connect() as conn:
            return {"sources": sources(conn), "event_types": event_types(conn), "countries": event_countries(conn)}

    def article_total(self) -> int:
        with self.engine.connect() as conn:
            return article_count(conn)

    def warm_up(self) -> None:
        """Read the indexes once so that the first request after opening is not the slow one."""
        with self.engine.connect() as conn:
            article_count(conn)
            conn.execute(sa.select(sa.func.count()).select_from(R)).scalar_one()
            conn.execute(sa.select(sa.func.count()).select_from(E)).scalar_one()
            if self.engine.dialect.name == "sqlite":
                conn.execute(sa.text("SELECT count(*) FROM article_fts WHERE article_fts MATCH 'the'")).scalar_one()
