"""GeoJSON (RFC 7946): a FeatureCollection of Points, ``[lon, lat]``, written feature by feature."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import IO, Any

from dateline.export.jsonl import _default


def write_geojson(items: Iterable[dict[str, Any]], kind: str, out: IO[bytes]) -> int:
    """One Point per row with coordinates in range (unresolved places and events without a
    place are left out); properties are the CSV's columns."""
    from dateline.export import public

    out.write(b'{"type": "FeatureCollection", "features": [')
    n = 0
    for row in items:
        lat, lon = row.get("lat"), row.get("lon")
        if lat is None or lon is None or not (-90 <= lat <= 90 and -180 <= lon <= 180):
            continue
        feature = {"type": "Feature", "geometry": {"type": "Point", "coordinates": [lon, lat]},
                   "properties": public(row, kind)}
        out.write((",\n" if n else "\n").encode() + json.dumps(feature, ensure_ascii=False, default=_default).encode("utf-8"))
        n += 1
    out.write(b"\n]}\n")
    return n
