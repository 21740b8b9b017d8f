"""Events as a GDELT 2.0 event table: tab-separated, GDELT's column names, CAMEO codes.

Only the columns for which dateline has a field, in GDELT's order, with a header line. The
CAMEO code is the event's own, else the PLOVER->CAMEO crosswalk's for its (type, mode) or type
(data/events/crosswalk.tsv); events with no CAMEO code are left out. How this differs from
GDELT's own table is in the README (Exports).
"""

from __future__ import annotations

import functools
import hashlib
from collections.abc import Iterable
from typing import IO, Any

from dateline.data import read_tsv

COLUMNS = (
    "GlobalEventID", "Day", "MonthYear", "Year", "Actor1Name", "Actor1CountryCode", "Actor1Type1Code",
    "Actor2Name", "Actor2CountryCode", "Actor2Type1Code", "IsRootEvent", "EventCode", "EventBaseCode",
    "EventRootCode", "QuadClass", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_Lat",
    "ActionGeo_Long", "ActionGeo_FeatureID", "DATEADDED", "SOURCEURL",
)

QUAD_CLASS = {"verbal cooperation": 1, "material cooperation": 2, "verbal conflict": 3, "material conflict": 4}


@functools.cache
def _crosswalk() -> dict[tuple[str, str], str]:
    return {(row["type"], row["mode"] or ""): row["cameo"] for row in read_tsv("events/crosswalk.tsv")}


def cameo_of(row: dict[str, Any]) -> str | None:
    """The event's CAMEO code: its own, else the crosswalk's for (type, mode), else for type."""
    if row.get("cameo"):
        return str(row["cameo"])
    walk = _crosswalk()
    return walk.get((row.get("type") or "", row.get("mode") or "")) or walk.get((row.get("type") or "", ""))


def event_id(article_id: str, idx: int) -> int:
    """A stable positive integer id for one event (the same in every export of the store)."""
    return int(hashlib.sha1(f"{article_id}#{idx}".encode()).hexdigest()[:13], 16)


def _clean(value: Any) -> str:
    """A cell: no tab or line break inside (the file has no quoting), empty for null."""
    if value is None:
        return ""
    return " ".join(str(value).split())


def gdelt_row(row: dict[str, Any]) -> list[Any] | None:
    """One event as GDELT's columns, or None when it has no CAMEO code."""
    code = cameo_of(row)
    if not code:
        return None
    day = row.get("day")
    place = ", ".join(p for p in (row.get("place_name"), row.get("_place_admin1")) if p) or None
    added = "".join(ch for ch in (row.get("_ingested_at") or "")[:19] if ch.isdigit()) or None
    return [
        event_id(row["article_id"], row["idx"]),
        day.strftime("%Y%m%d") if day else None,
        day.strftime("%Y%m") if day else None,
        day.year if day else None,
        row.get("actor_name"), row.get("actor_country"), row.get("actor_sector"),
        row.get("recipient_name"), row.get("recipient_country"), row.get("recipient_sector"),
        1 if row.get("_lead") else 0,
        code, code[:3], code[:2],
        QUAD_CLASS.get(row.get("quad") or ""),
        place, row.get("place_country"), row.get("lat"), row.get("lon"), row.get("geonames_id"),
        added, row.get("_url"),
    ]


def write_gdelt(items: Iterable[dict[str, Any]], kind: str, out: IO[bytes]) -> int:
    out.write(("\t".join(COLUMNS) + "\n").encode())
    n = 0
    for row in items:
        cells = gdelt_row(row)
        if cells is None:
            continue
        out.write(("\t".join(_clean(c) for c in cells) + "\n").encode("utf-8"))
        n += 1
    return n
