"""The entity registry: one row per canonical key, merged across articles as they are written.

Tallies (how often each name, type, country, sector, role, alias and date was seen) are rows of
``entity_tallies`` updated by upsert, so adding or removing an article updates the registry
exactly in the same transaction at a cost that does not grow with the store; the displayed
name, country, ... are the most frequent values.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from dateline.store import bulk, schema

FIELDS = ("name", "type", "country", "sector", "role", "wikidata")

# closed-class words that are mentions but never names (English)
_PRONOUNS = frozenset(
    ["i", "me", "my", "mine", "we", "us", "our", "ours", "you", "your", "yours", "he", "him", "his", "she", "her", "hers",
     "it", "its", "they", "them", "their", "theirs"]
)
_DESCRIPTION_STARTS = frozenset(["the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my", "your"])


def surface_forms(text: str, entity: dict[str, Any]) -> list[str]:
    """An entity's names as written in one article: mentions less pronouns and descriptions."""
    forms: set[str] = set()
    for span in entity.get("mentions") or []:
        form = " ".join(text[span[0] : span[1]].split())
        if not form or form.lower() in _PRONOUNS:
            continue
        if form.split()[0].lower() in _DESCRIPTION_STARTS:  # "the Ukrainian president": a description
            continue
        forms.add(form)
    if entity.get("name"):
        forms.add(entity["name"])
    return sorted(forms)


def contributions(
    record: dict[str, Any], forms: list[list[str]] | None = None
) -> tuple[Counter[tuple[str, str, str]], dict[str, int]]:
    """What one article adds to the registry: tallies by (key, field, value), mentions by key.

    ``forms`` are the entities' surface forms when the caller has them already.
    """
    tallies: Counter[tuple[str, str, str]] = Counter()
    mentions: dict[str, int] = {}
    text = record.get("text") or ""
    for i, entity in enumerate(record.get("entities") or []):
        key = entity.get("key")
        if not key:
            continue
        n = len(entity.get("mentions") or [])
        mentions[key] = mentions.get(key, 0) + n
        for field in FIELDS:
            value = entity.get(field)
            if value:
                tallies[(key, field, str(value))] += max(n, 1)
        for form in forms[i] if forms is not None else surface_forms(text, entity):
            tallies[(key, "aliases", form)] += 1
    if record.get("date"):
        for key in mentions:
            tallies[(key, "dates", record["date"])] += 1
    return tallies, mentions


def _most_common(counter: dict[str, int]) -> str | None:
    if not counter:
        return None
    # most frequent; ties go to the longer value (a full name over a surname), then alphabetical
    return max(counter.items(), key=lambda kv: (kv[1], len(kv[0]), kv[0]))[0]


def _chunks(items: list[Any], size: int = 500) -> Iterator[list[Any]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def apply(conn: Connection, record: dict[str, Any], sign: int) -> None:
    """Add (sign=+1) or remove (sign=-1) one article's contribution to the registry rows."""
    apply_many(conn, [(record, sign)])


def _summed(
    changes: list[tuple[dict[str, Any], int]], forms: dict[str, list[list[str]]] | None
) -> tuple[Counter[tuple[str, str, str]], Counter[str], Counter[str], dict[str, set[str]], set[str]]:
    """The changes summed: tally deltas, article and mention deltas by key, the new dates by
    key, and the keys some article was removed from."""
    deltas: Counter[tuple[str, str, str]] = Counter()
    articles: Counter[str] = Counter()
    mentions: Counter[str] = Counter()
    dates: dict[str, set[str]] = {}
    removed: set[str] = set()
    for record, sign in changes:
        tallies_, mentions_ = contributions(record, (forms or {}).get(record["id"]) if sign > 0 else None)
        for key, n in mentions_.items():
            articles[key] += sign
            mentions[key] += sign * n
            if sign < 0:
                removed.add(key)
            elif record.get("date"):
                dates.setdefault(key, set()).add(record["date"])
        for item, n in tallies_.items():
            deltas[item] += sign * n
    return deltas, articles, mentions, dates, removed


def apply_many(
    conn: Connection, changes: list[tuple[dict[str, Any], int]], forms: dict[str, list[list[str]]] | None = None
) -> None:
    """Add (+1) or remove (-1) many articles' contributions in one go.

    Tallies are upserted (a write never reads what older articles contributed); then the
    registry row of each touched key is recomputed from that key's name, type, ... and alias
    tallies, whose number depends on how varied the entity is, not on how many articles the
    store holds. First and last seen follow the new dates; after a removal they are looked up
    through the (key, field, value) primary key.
    """
    deltas, articles, mentions, dates, removed = _summed(changes, forms)
    if not articles:
        return
    tallies = schema.entity_tallies
    registry = schema.entity_registry
    bulk.add_counts(conn, "entity_tallies", ("key", "field", "value"), "count",
                    [(k, f, v, n) for (k, f, v), n in deltas.items() if n])
    keys = sorted(articles)
    if removed:
        for chunk in _chunks(sorted(removed)):
            conn.execute(tallies.delete().where(tallies.c.key.in_(chunk), tallies.c.count <= 0))
    old: dict[str, dict[str, Any]] = {}
    counts: dict[str, dict[str, Counter[str]]] = {}
    for chunk in _chunks(keys):
        for row in conn.execute(sa.select(registry).where(registry.c.key.in_(chunk))).mappings():
            old[row["key"]] = dict(row)
        select = sa.select(tallies.c.key, tallies.c.field, tallies.c.value, tallies.c.count).where(
            tallies.c.key.in_(chunk), tallies.c.field.in_((*FIELDS, "aliases"))
        )
        for key, field, value, n in conn.execute(select):
            counts.setdefault(key, {}).setdefault(field, Counter())[value] = n
    rows = []
    for key in keys:
        before = old.get(key) or {"article_count": 0, "mention_count": 0, "first_seen": None, "last_seen": None}
        total = before["article_count"] + articles[key]
        if total <= 0:
            continue
        mine = counts.get(key, {})
        if key in removed:  # a date may have gone: ask the index for the first and last left
            first, last = (
                conn.execute(
                    sa.select(tallies.c.value).where(tallies.c.key == key, tallies.c.field == "dates")
                    .order_by(order(tallies.c.value)).limit(1)
                ).scalar()
                for order in (sa.asc, sa.desc)
            )
        else:
            seen = sorted(dates.get(key, set()) | {d for d in (before["first_seen"], before["last_seen"]) if d})
            first, last = (seen[0], seen[-1]) if seen else (None, None)
        aliases = mine.get("aliases", Counter())
        rows.append({
            "key": key,
            **{field: _most_common(mine.get(field, {})) for field in FIELDS},
            "aliases": sorted(aliases, key=lambda a: (-aliases[a], a)),
            "first_seen": first,
            "last_seen": last,
            "article_count": total,
            "mention_count": before["mention_count"] + mentions[key],
        })
    for chunk in _chunks(keys):
        conn.execute(registry.delete().where(registry.c.key.in_(chunk)))
    columns = list(rows[0]) if rows else []
    for entry in rows:  # the JSON column, as SQLAlchemy would write it
        entry["aliases"] = json.dumps(entry["aliases"], ensure_ascii=False)
    bulk.insert_rows(conn, "entity_registry", columns, [tuple(entry.values()) for entry in rows])


def list_entities(
    conn: Connection, type_: str | None = None, query: str | None = None, limit: int | None = None
) -> list[dict[str, Any]]:
    """Registry rows, most widely seen first; filtered by type and by a substring of a name."""
    table = schema.entity_registry
    select = sa.select(table).order_by(table.c.article_count.desc(), table.c.mention_count.desc(), table.c.key)
    if type_:
        select = select.where(table.c.type == type_.upper())
    if query:
        select = select.where(sa.or_(table.c.name.ilike(f"%{query}%"), table.c.key.ilike(f"%{query}%")))
    if limit:
        select = select.limit(limit)
    return [dict(row) for row in conn.execute(select).mappings()]
