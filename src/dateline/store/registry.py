"""The entity registry: one row per canonical key, merged across articles as they are written.

Each row keeps tallies (how often each name, type, country, sector, role, alias and date was
seen), so adding or removing an article updates it exactly in the same transaction; the
displayed name, country, ... are the most frequent values.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from dateline.store import schema

FIELDS = ("name", "type", "country", "sector", "role", "wikidata")

# closed-class words that are mentions but never names (English)
_PRONOUNS = frozenset(
    "i me my mine we us our ours you your yours he him his she her hers it its they them their theirs".split()
)
_DESCRIPTION_STARTS = frozenset("the a an this that these those his her its their our my your".split())


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


def contributions(record: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """What one article adds to the registry, by key: tallies and counts."""
    result: dict[str, dict[str, Any]] = {}
    for entity in record.get("entities") or []:
        key = entity.get("key")
        if not key:
            continue
        mentions = len(entity.get("mentions") or [])
        part = result.setdefault(key, {"tallies": {f: Counter() for f in (*FIELDS, "aliases", "dates")}, "mentions": 0})
        part["mentions"] += mentions
        for field in FIELDS:
            if entity.get(field):
                part["tallies"][field][str(entity[field])] += max(mentions, 1)
        for form in surface_forms(record.get("text") or "", entity):
            part["tallies"]["aliases"][form] += 1
    for part in result.values():
        if record.get("date"):
            part["tallies"]["dates"][record["date"]] += 1
    return result


def _most_common(counter: dict[str, int]) -> str | None:
    if not counter:
        return None
    # most frequent; ties go to the longer value (a full name over a surname), then alphabetical
    return max(counter.items(), key=lambda kv: (kv[1], len(kv[0]), kv[0]))[0]


def apply(conn: Connection, record: dict[str, Any], sign: int) -> None:
    """Add (sign=+1) or remove (sign=-1) one article's contribution to the registry rows."""
    table = schema.entity_registry
    for key, part in contributions(record).items():
        row = conn.execute(sa.select(table).where(table.c.key == key)).mappings().first()
        tallies: dict[str, Counter] = {name: Counter() for name in part["tallies"]}
        articles = mentions = 0
        if row is not None:
            for name, counts in (row["tallies"] or {}).items():
                tallies[name] = Counter(counts)
            articles, mentions = row["article_count"], row["mention_count"]
        for name, counts in part["tallies"].items():
            for value, n in counts.items():
                tallies[name][value] += sign * n
            tallies[name] = Counter({v: n for v, n in tallies[name].items() if n > 0})
        articles += sign
        mentions += sign * part["mentions"]
        if row is not None:
            conn.execute(table.delete().where(table.c.key == key))
        if articles <= 0:
            continue
        dates = sorted(tallies["dates"])
        conn.execute(
            table.insert().values(
                key=key,
                **{field: _most_common(tallies[field]) for field in FIELDS},
                aliases=sorted(tallies["aliases"], key=lambda a: (-tallies["aliases"][a], a)),
                first_seen=dates[0] if dates else None,
                last_seen=dates[-1] if dates else None,
                article_count=articles,
                mention_count=mentions,
                tallies={name: dict(counts) for name, counts in tallies.items()},
            )
        )


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
    return [{k: v for k, v in row.items() if k != "tallies"} for row in conn.execute(select).mappings()]
