"""The store's contents as flat rows, streamed: the read side of ``dateline export``.

One row per record of a kind (``articles``, ``entities``, ``quotes``, ``places``, ``times``,
``events``), with its article's id and date, flat typed columns (``COLUMNS``) and the evidence
text beside the offsets. Rows are read a page at a time in (article id, position) order with
keyset pagination (``WHERE (article_id, idx) > (last) ... LIMIT n``, on the tables' primary
keys), each page in its own short connection: memory stays the same at any store size, on
SQLite and PostgreSQL alike.

The filters (``ExportFilter``) are applied in SQL:

- ``since`` / ``until`` (inclusive, ``YYYY-MM-DD``): an event's own date when it is a full day
  (``YYYY-MM-DD``), else its article's date; the article's date for every other kind.
- ``type``: the event type (PLOVER), the entity type, the TIMEX type, the quote kind; for
  articles, "holds an event of this type".
- ``country`` (ISO 3166-1 alpha-3, or a PLOVER non-state code such as IGO): an event's actor or
  recipient, an entity's country, a place's country (GeoNames alpha-2, converted through the
  country table), a quote speaker's country; for articles, "mentions the country" in any of
  these.
- ``source``: the article's source, exactly.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa

from dateline.data import read_tsv
from dateline.errors import BadExportFilter
from dateline.store import schema

if TYPE_CHECKING:
    from dateline.store.store import Store

__all__ = ["COLUMNS", "KINDS", "ExportFilter", "count", "flat_rows", "iso2_of", "records", "rows"]

#: the record kinds one can export, articles first
KINDS = ("articles", "entities", "quotes", "places", "times", "events")

#: each kind's columns and their types (str, int, float, bool, date), in output order
COLUMNS: dict[str, tuple[tuple[str, str], ...]] = {
    "articles": (
        ("article_id", "str"), ("article_date", "date"), ("title", "str"), ("url", "str"),
        ("source", "str"), ("chars", "int"), ("entities", "int"), ("quotes", "int"),
        ("places", "int"), ("times", "int"), ("events", "int"), ("text", "str"),
    ),
    "entities": (
        ("article_id", "str"), ("article_date", "date"), ("idx", "int"), ("entity_id", "str"),
        ("key", "str"), ("name", "str"), ("type", "str"), ("country", "str"), ("sector", "str"),
        ("role", "str"), ("wikidata", "str"), ("geonames_id", "int"), ("mention_count", "int"),
        ("start", "int"), ("end", "int"), ("mention_text", "str"),
    ),
    "quotes": (
        ("article_id", "str"), ("article_date", "date"), ("idx", "int"), ("kind", "str"),
        ("speaker_name", "str"), ("speaker_key", "str"), ("speaker_country", "str"),
        ("speaker_text", "str"), ("speaker_start", "int"), ("speaker_end", "int"),
        ("text", "str"), ("start", "int"), ("end", "int"), ("cue", "str"),
        ("cue_start", "int"), ("cue_end", "int"), ("confidence", "float"),
    ),
    "places": (
        ("article_id", "str"), ("article_date", "date"), ("idx", "int"), ("start", "int"),
        ("end", "int"), ("text", "str"), ("geonames_id", "int"), ("name", "str"),
        ("lat", "float"), ("lon", "float"), ("country", "str"), ("country_iso3", "str"),
        ("admin1", "str"), ("feature", "str"), ("confidence", "float"),
    ),
    "times": (
        ("article_id", "str"), ("article_date", "date"), ("idx", "int"), ("start", "int"),
        ("end", "int"), ("text", "str"), ("type", "str"), ("value", "str"),
    ),
    "events": (
        ("article_id", "str"), ("article_date", "date"), ("idx", "int"), ("date", "str"),
        ("day", "date"), ("type", "str"), ("mode", "str"), ("quad", "str"), ("cameo", "str"),
        ("actor_name", "str"), ("actor_text", "str"), ("actor_key", "str"),
        ("actor_country", "str"), ("actor_sector", "str"),
        ("recipient_name", "str"), ("recipient_text", "str"), ("recipient_key", "str"),
        ("recipient_country", "str"), ("recipient_sector", "str"),
        ("place_name", "str"), ("lat", "float"), ("lon", "float"), ("geonames_id", "int"),
        ("place_country", "str"), ("modality", "str"), ("negated", "bool"),
        ("evidence_start", "int"), ("evidence_end", "int"), ("evidence_text", "str"),
        ("confidence", "float"),
    ),
}

#: what --type may be, per kind (places take no --type)
TYPES: dict[str, tuple[str, ...]] = {
    "events": ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
               "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"),
    "entities": ("PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT"),
    "times": ("DATE", "TIME", "DURATION", "SET"),
    "quotes": ("direct", "indirect", "mixed"),
}
TYPES["articles"] = TYPES["events"]

_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
PAGE = 500  # rows per query


@functools.cache
def _country_codes() -> dict[str, str]:
    """ISO 3166-1 alpha-3 (and PLOVER non-state codes) -> alpha-2 ('' where there is none)."""
    return {row["iso3"].strip(): row["iso2"].strip() for row in read_tsv("countries/countries.tsv") if row["iso3"].strip()}


@functools.cache
def _iso3_of_iso2() -> dict[str, str]:
    return {iso2: iso3 for iso3, iso2 in _country_codes().items() if iso2}


def iso2_of(iso3: str) -> str | None:
    """The GeoNames alpha-2 code of an alpha-3 code (None for IGO, NGO, ... and unknown codes)."""
    return _country_codes().get(iso3) or None


def iso3_of(iso2: str | None) -> str | None:
    return _iso3_of_iso2().get(iso2 or "")


@dataclass(frozen=True)
class ExportFilter:
    """Which records to export; every field optional. Build it with ``ExportFilter.make``,
    which checks the values (BadExportFilter, E008)."""

    since: str | None = None
    until: str | None = None
    type: str | None = None
    country: str | None = None
    source: str | None = None

    @classmethod
    def make(cls, kind: str = "events", since: Any = None, until: Any = None, type: str | None = None,
             country: str | None = None, source: str | None = None) -> ExportFilter:
        if kind not in KINDS:
            raise BadExportFilter(option="--kind", value=kind, reason=f"is not one of {', '.join(KINDS)}")
        since, until = _day(since, "--since"), _day(until, "--until")
        if since and until and since > until:
            raise BadExportFilter(option="--since", value=since, reason=f"is after --until {until!r}")
        if type is not None:
            allowed = TYPES.get(kind)
            if not allowed:
                raise BadExportFilter(option="--type", value=type, reason=f"--kind {kind} takes no --type")
            match = [t for t in allowed if t.lower() == type.strip().lower()]
            if not match:
                raise BadExportFilter(option="--type", value=type, reason=f"for --kind {kind} it is one of {', '.join(allowed)}")
            type = match[0]
        if country is not None:
            if kind == "times":
                raise BadExportFilter(option="--country", value=country, reason="--kind times takes no --country")
            code = country.strip().upper()
            if code not in _country_codes():
                hint = f" (the alpha-3 code is {iso3_of(code)})" if iso3_of(code) else ""
                raise BadExportFilter(option="--country", value=country,
                                      reason=f"is not an ISO 3166-1 alpha-3 code such as UKR, or a PLOVER code such as IGO{hint}")
            country = code
        return cls(since=since, until=until, type=type, country=country, source=source)


def _day(value: Any, option: str) -> str | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.date):
        return value.isoformat()[:10]
    text = str(value).strip()
    try:
        if not _DAY.fullmatch(text):
            raise ValueError
        return dt.date.fromisoformat(text).isoformat()
    except ValueError:
        raise BadExportFilter(option=option, value=value, reason="is not a calendar date in the form YYYY-MM-DD") from None


# -- SQL -----------------------------------------------------------------------------------


def _speaker_country() -> sa.ScalarSelect:
    q, e = schema.quotes, schema.entities.alias("speaker")
    return (
        sa.select(e.c.country)
        .where(e.c.article_id == q.c.article_id, e.c.key == q.c.speaker_key)
        .order_by(e.c.idx)
        .limit(1)
        .scalar_subquery()
    )


def _mentions_country(code: str) -> sa.ColumnElement:
    """An article that mentions a country: in an entity, an event's actor or recipient, a place."""
    a = schema.articles
    conditions = [
        sa.exists().where(schema.entities.c.article_id == a.c.id, schema.entities.c.country == code),
        sa.exists().where(schema.events.c.article_id == a.c.id,
                          sa.or_(schema.events.c.actor_country == code, schema.events.c.recipient_country == code)),
    ]
    iso2 = iso2_of(code)
    if iso2:
        conditions.append(sa.exists().where(schema.places.c.article_id == a.c.id, schema.places.c.country == iso2))
    return sa.or_(*conditions)


def _conditions(kind: str, flt: ExportFilter, dialect: str) -> list[sa.ColumnElement]:
    a = schema.articles
    out: list[sa.ColumnElement] = []
    if flt.source is not None:
        out.append(a.c.source == flt.source)
    if flt.since or flt.until:
        day: sa.ColumnElement = a.c.date
        if kind == "events":  # kept on write: the event's own date when a full day, else its article's
            day = schema.events.c.day
        if flt.since:
            out.append(day >= flt.since)
        if flt.until:
            out.append(day <= flt.until)
    if flt.type is not None:
        if kind == "articles":
            out.append(sa.exists().where(schema.events.c.article_id == a.c.id, schema.events.c.type == flt.type))
        elif kind == "quotes":
            out.append(schema.quotes.c.kind == flt.type)
        else:
            out.append(schema.RECORD_TABLES[kind].c.type == flt.type)
    if flt.country is not None:
        if kind == "articles":
            out.append(_mentions_country(flt.country))
        elif kind == "events":
            e = schema.events
            out.append(sa.or_(e.c.actor_country == flt.country, e.c.recipient_country == flt.country))
        elif kind == "entities":
            out.append(schema.entities.c.country == flt.country)
        elif kind == "places":
            out.append(schema.places.c.country == (iso2_of(flt.country) or "\x00none"))
        elif kind == "quotes":
            out.append(_speaker_country() == flt.country)
    return out


def _select(kind: str, flt: ExportFilter, dialect: str) -> sa.Select:
    """The filtered query of one kind, without order or paging."""
    a = schema.articles
    if kind == "articles":
        counts = [
            sa.select(sa.func.count()).where(t.c.article_id == a.c.id).scalar_subquery().label(name)
            for name, t in schema.RECORD_TABLES.items()
        ]
        return sa.select(a.c.id, a.c.date, a.c.title, a.c.url, a.c.source, a.c.text, *counts).where(
            *_conditions(kind, flt, dialect))
    table = schema.RECORD_TABLES[kind]
    columns = [table.c.article_id, table.c.idx, table.c.data, a.c.date.label("article_date"), a.c.text.label("article_text")]
    if kind == "quotes":
        columns += [table.c.speaker_key, _speaker_country().label("speaker_country")]
    if kind == "events":
        columns += [table.c.actor_key, table.c.recipient_key, a.c.url.label("article_url"),
                    a.c.ingested_at.label("ingested_at")]
    return sa.select(*columns).join(a, a.c.id == table.c.article_id).where(*_conditions(kind, flt, dialect))


def count(store: Store, kind: str, flt: ExportFilter | None = None) -> int:
    """How many rows ``rows(store, kind, flt)`` yields."""
    flt = flt or ExportFilter()
    query = _select(kind, flt, store.engine.dialect.name).subquery()
    with store.engine.connect() as conn:
        return conn.execute(sa.select(sa.func.count()).select_from(query)).scalar_one()


def rows(store: Store, kind: str, flt: ExportFilter | None = None, page: int = PAGE) -> Iterator[dict[str, Any]]:
    """Every record of ``kind`` that passes ``flt``, as a flat dict of ``COLUMNS[kind]``, in
    (article id, position) order; read ``page`` rows per query (constant memory)."""
    if kind not in KINDS:
        raise ValueError(f"unknown kind {kind!r}; one of {KINDS}")
    flt = flt or ExportFilter()
    dialect = store.engine.dialect.name
    base = _select(kind, flt, dialect)
    a = schema.articles
    last: tuple[Any, ...] | None = None
    while True:
        if kind == "articles":
            query = base.order_by(a.c.id)
            if last is not None:
                query = query.where(a.c.id > last[0])
        else:
            table = schema.RECORD_TABLES[kind]
            query = base.order_by(table.c.article_id, table.c.idx)
            if last is not None:
                query = query.where(sa.tuple_(table.c.article_id, table.c.idx) > sa.tuple_(*last))
        with store.engine.connect() as conn:
            batch = conn.execute(query.limit(page)).mappings().all()
            places = _event_places(conn, batch) if kind == "events" else {}
        if not batch:
            return
        for row in batch:
            yield _FLATTEN[kind](row, places)
        tail = batch[-1]
        last = (tail["id"],) if kind == "articles" else (tail["article_id"], tail["idx"])
        if len(batch) < page:
            return


def _event_places(conn: sa.Connection, batch: Sequence[Any]) -> dict[tuple[str, int], dict[str, Any]]:
    """The place records (country, admin1, ...) behind the events of one page, by (article, GeoNames id)."""
    wanted = {(r["article_id"], (r["data"].get("place") or {}).get("geonames_id")) for r in batch}
    wanted = {(article, gid) for article, gid in wanted if gid is not None}
    if not wanted:
        return {}
    p = schema.places
    found: dict[tuple[str, int], dict[str, Any]] = {}
    query = (
        sa.select(p.c.article_id, p.c.geonames_id, p.c.data)
        # by article only: SQLite would pick the geonames_id index for an IN on both, and scan
        .where(p.c.article_id.in_(sorted({a for a, _ in wanted})), p.c.geonames_id.is_not(None))
        .order_by(p.c.article_id, p.c.idx)
    )
    for article, gid, data in conn.execute(query):
        if (article, gid) in wanted:
            found.setdefault((article, gid), data)
    return found


# -- flattening ----------------------------------------------------------------------------


def _text_at(text: str, span: Any) -> str | None:
    if not span or span[0] is None:
        return None
    return text[span[0]:span[1]]


def _spans(spans: Any) -> list[list[int]]:
    if not spans:
        return []
    return [list(s) for s in spans] if isinstance(spans[0], (list, tuple)) else [list(spans)]


def _joined(text: str, spans: Any) -> tuple[int | None, int | None, str | None]:
    """First start, last end and the characters of each span joined by ' … '."""
    parts = _spans(spans)
    if not parts:
        return None, None, None
    return parts[0][0], parts[-1][1], " … ".join(text[s:e] for s, e in parts)


def _date(value: Any) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10]) if _DAY.fullmatch(str(value)[:10]) else None
    except ValueError:
        return None


def _article(row: Any, _places: Any) -> dict[str, Any]:
    return {
        "article_id": row["id"], "article_date": _date(row["date"]), "title": row["title"], "url": row["url"],
        "source": row["source"], "chars": len(row["text"]), **{k: row[k] for k in schema.RECORD_TABLES},
        "text": row["text"],
    }


def _entity(row: Any, _places: Any) -> dict[str, Any]:
    d, text = row["data"], row["article_text"]
    mentions = _spans(d.get("mentions"))
    first = mentions[0] if mentions else [None, None]
    return {
        "article_id": row["article_id"], "article_date": _date(row["article_date"]), "idx": row["idx"],
        "entity_id": d.get("id"), "key": d.get("key"), "name": d.get("name"), "type": d.get("type"),
        "country": d.get("country"), "sector": d.get("sector"), "role": d.get("role"),
        "wikidata": d.get("wikidata"), "geonames_id": d.get("geonames_id"), "mention_count": len(mentions),
        "start": first[0], "end": first[1], "mention_text": _text_at(text, first),
    }


def _quote(row: Any, _places: Any) -> dict[str, Any]:
    d, text = row["data"], row["article_text"]
    start, end, content = _joined(text, d.get("content"))
    speaker = d.get("speaker") or [None, None]
    cue = d.get("cue") or [None, None]
    return {
        "article_id": row["article_id"], "article_date": _date(row["article_date"]), "idx": row["idx"],
        "kind": d.get("kind"), "speaker_name": d.get("speaker_name"), "speaker_key": row["speaker_key"],
        "speaker_country": row["speaker_country"], "speaker_text": _text_at(text, speaker),
        "speaker_start": speaker[0], "speaker_end": speaker[1], "text": content, "start": start, "end": end,
        "cue": _text_at(text, cue), "cue_start": cue[0], "cue_end": cue[1], "confidence": d.get("confidence"),
    }


def _place(row: Any, _places: Any) -> dict[str, Any]:
    d = row["data"]
    return {
        "article_id": row["article_id"], "article_date": _date(row["article_date"]), "idx": row["idx"],
        **{k: d.get(k) for k in ("start", "end", "text", "geonames_id", "name", "lat", "lon", "country")},
        "country_iso3": iso3_of(d.get("country")), "admin1": d.get("admin1"), "feature": d.get("feature"),
        "confidence": d.get("confidence"),
    }


def _time(row: Any, _places: Any) -> dict[str, Any]:
    d = row["data"]
    return {
        "article_id": row["article_id"], "article_date": _date(row["article_date"]), "idx": row["idx"],
        **{k: d.get(k) for k in ("start", "end", "text", "type", "value")},
    }


def _event(row: Any, places: dict[Any, dict[str, Any]]) -> dict[str, Any]:
    d, text = row["data"], row["article_text"]
    actor, recipient, place = d.get("actor") or {}, d.get("recipient") or {}, d.get("place") or {}
    start, end, evidence = _joined(text, d.get("evidence"))
    own = d.get("date")
    day = _date(own) if own and _DAY.fullmatch(str(own)) else _date(row["article_date"])
    place_record = places.get((row["article_id"], place.get("geonames_id"))) or {}
    out = {
        "article_id": row["article_id"], "article_date": _date(row["article_date"]), "idx": row["idx"],
        "date": own, "day": day, "type": d.get("type"), "mode": d.get("mode"), "quad": d.get("quad"),
        "cameo": d.get("cameo"),
    }
    for role, arg, key in (("actor", actor, row["actor_key"]), ("recipient", recipient, row["recipient_key"])):
        out[f"{role}_name"] = arg.get("name") or arg.get("text")
        out[f"{role}_text"] = arg.get("text")
        out[f"{role}_key"] = key
        out[f"{role}_country"] = arg.get("country")
        out[f"{role}_sector"] = arg.get("sector")
    out.update({
        "place_name": place.get("name"), "lat": place.get("lat"), "lon": place.get("lon"),
        "geonames_id": place.get("geonames_id"), "place_country": place_record.get("country"),
        "modality": d.get("modality"), "negated": d.get("negated"),
        "evidence_start": start, "evidence_end": end, "evidence_text": evidence, "confidence": d.get("confidence"),
    })
    # beside the columns, for the GDELT writer (not written by the others)
    out["_place_admin1"] = place_record.get("admin1")
    out["_url"] = row["article_url"]
    out["_ingested_at"] = row["ingested_at"]
    out["_lead"] = start is not None and "\n" not in text[:start].lstrip()
    return out


_FLATTEN = {"articles": _article, "entities": _entity, "quotes": _quote, "places": _place, "times": _time, "events": _event}


def flat_rows(record: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    """The flat rows of one contract record, by kind (entities, quotes, places, times, events),
    with exactly ``COLUMNS[kind]``'s keys and the values ``rows`` gives for it once stored.

    One definition for the CSV/Parquet export and the flat tables of ``dateline spark``.
    """
    text = record.get("text") or ""
    entities = record.get("entities") or []
    key_of = {e.get("id"): e.get("key") for e in entities}
    country_of: dict[Any, Any] = {}
    for entity in entities:  # the first entity with the key, as the store's speaker_country query
        country_of.setdefault(entity.get("key"), entity.get("country"))
    places: dict[tuple[Any, Any], dict[str, Any]] = {}
    for place in record.get("places") or []:
        if place.get("geonames_id") is not None:
            places.setdefault((record.get("id"), place["geonames_id"]), place)
    base = {"article_id": record.get("id"), "article_date": record.get("date"), "article_text": text,
            "article_url": record.get("url"), "ingested_at": None}
    out: dict[str, list[dict[str, Any]]] = {}
    for kind in schema.RECORD_TABLES:
        flat = []
        for idx, item in enumerate(record.get(kind) or []):
            row = {**base, "idx": idx, "data": item}
            if kind == "quotes":
                row["speaker_key"] = key_of.get(item.get("speaker_entity"))
                row["speaker_country"] = country_of.get(row["speaker_key"]) if row["speaker_key"] else None
            elif kind == "events":
                row["actor_key"] = key_of.get((item.get("actor") or {}).get("entity"))
                row["recipient_key"] = key_of.get((item.get("recipient") or {}).get("entity"))
            values = _FLATTEN[kind](row, places)
            flat.append({name: values.get(name) for name, _ in COLUMNS[kind]})
        out[kind] = flat
    return out


# -- whole records -------------------------------------------------------------------------


def records(store: Store, flt: ExportFilter | None = None, page: int = 200) -> Iterator[dict[str, Any]]:
    """The contract records of the articles that pass ``flt`` (as for ``--kind articles``), in
    id order, exactly as ``store.get(id)`` returns them; ``page`` articles per round of queries."""
    flt = flt or ExportFilter()
    a = schema.articles
    base = sa.select(a).where(*_conditions("articles", flt, store.engine.dialect.name)).order_by(a.c.id)
    last: str | None = None
    while True:
        query = base if last is None else base.where(a.c.id > last)
        with store.engine.connect() as conn:
            heads = conn.execute(query.limit(page)).mappings().all()
            if not heads:
                return
            ids = [h["id"] for h in heads]
            parts: dict[str, dict[str, list[Any]]] = {i: {k: [] for k in schema.RECORD_TABLES} for i in ids}
            for kind, table in schema.RECORD_TABLES.items():
                q = sa.select(table.c.article_id, table.c.data).where(table.c.article_id.in_(ids)).order_by(table.c.article_id, table.c.idx)
                for article_id, data in conn.execute(q):
                    parts[article_id][kind].append(data)
        for head in heads:
            record: dict[str, Any] = {"schema": head["schema"]}
            for name in ("id", "date", "title", "url", "source", "text"):
                record[name] = head[name]
            record.update(parts[head["id"]])
            record.update(head["extra"] or {})
            yield record
        last = ids[-1]
        if len(heads) < page:
            return
