"""Flat tables of a contract record: one row per entity, quote, place, time and event.

The columns follow issue 14's CSV/Parquet export (one row per record with its article id and
date, flat typed columns, the evidence text beside the offsets). They are defined here once,
as ``COLUMNS``, so that the Spark output and the store's CSV export can share one definition.
Types are Arrow-style names: string, int64, float64, bool.
"""

from __future__ import annotations

from typing import Any

#: the columns of each flat table, in order, with their types
COLUMNS: dict[str, list[tuple[str, str]]] = {
    "events": [
        ("article_id", "string"), ("article_date", "string"), ("date", "string"), ("type", "string"),
        ("mode", "string"), ("quad", "string"), ("cameo", "string"),
        ("actor_name", "string"), ("actor_country", "string"), ("actor_sector", "string"),
        ("recipient_name", "string"), ("recipient_country", "string"), ("recipient_sector", "string"),
        ("place_name", "string"), ("lat", "float64"), ("lon", "float64"), ("geonames_id", "int64"),
        ("modality", "string"), ("negated", "bool"), ("evidence_text", "string"), ("confidence", "float64"),
    ],
    "quotes": [
        ("article_id", "string"), ("article_date", "string"), ("kind", "string"),
        ("speaker_name", "string"), ("speaker_key", "string"), ("speaker_text", "string"),
        ("text", "string"), ("cue", "string"), ("start", "int64"), ("end", "int64"), ("confidence", "float64"),
    ],
    "places": [
        ("article_id", "string"), ("article_date", "string"), ("start", "int64"), ("end", "int64"),
        ("text", "string"), ("geonames_id", "int64"), ("name", "string"), ("lat", "float64"),
        ("lon", "float64"), ("country", "string"), ("admin1", "string"), ("feature", "string"),
        ("confidence", "float64"),
    ],
    "times": [
        ("article_id", "string"), ("article_date", "string"), ("start", "int64"), ("end", "int64"),
        ("text", "string"), ("type", "string"), ("value", "string"),
    ],
    "entities": [
        ("article_id", "string"), ("article_date", "string"), ("local_id", "string"), ("key", "string"),
        ("name", "string"), ("type", "string"), ("country", "string"), ("sector", "string"),
        ("role", "string"), ("wikidata", "string"), ("geonames_id", "int64"), ("mention_count", "int64"),
        ("first_mention", "string"),
    ],
}

KINDS = tuple(COLUMNS)


def _spans(spans: Any) -> list[list[int]]:
    if not spans:
        return []
    if isinstance(spans[0], (list, tuple)):
        return [list(s) for s in spans]
    return [list(spans)]


def span_text(text: str, spans: Any, joiner: str = " … ") -> str | None:
    """The text of a span or of a list of spans (joined), or None."""
    parts = [text[s[0] : s[1]] for s in _spans(spans) if len(s) == 2]
    return joiner.join(parts) if parts else None


def _int(value: Any) -> int | None:
    return int(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else None


def _float(value: Any) -> float | None:
    return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else None


def flat_rows(record: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    """The flat rows of one contract record, by kind, with exactly ``COLUMNS``' keys."""
    text = record.get("text") or ""
    base = {"article_id": record.get("id"), "article_date": record.get("date")}
    names = {e.get("id"): e for e in record.get("entities") or []}

    def party(value: dict[str, Any] | None, prefix: str) -> dict[str, Any]:
        value = value or {}
        entity = names.get(value.get("entity")) or {}
        name = value.get("name") or entity.get("name") or value.get("text")
        return {f"{prefix}_name": name, f"{prefix}_country": value.get("country"), f"{prefix}_sector": value.get("sector")}

    out: dict[str, list[dict[str, Any]]] = {kind: [] for kind in KINDS}
    for event in record.get("events") or []:
        place = event.get("place") or {}
        out["events"].append({
            **base, "date": event.get("date"), "type": event.get("type"), "mode": event.get("mode"),
            "quad": event.get("quad"), "cameo": event.get("cameo"),
            **party(event.get("actor"), "actor"), **party(event.get("recipient"), "recipient"),
            "place_name": place.get("name"), "lat": _float(place.get("lat")), "lon": _float(place.get("lon")),
            "geonames_id": _int(place.get("geonames_id")), "modality": event.get("modality"),
            "negated": bool(event["negated"]) if event.get("negated") is not None else None,
            "evidence_text": span_text(text, event.get("evidence")), "confidence": _float(event.get("confidence")),
        })
    for quote in record.get("quotes") or []:
        spans = _spans(quote.get("content"))
        speaker = names.get(quote.get("speaker_entity")) or {}
        out["quotes"].append({
            **base, "kind": quote.get("kind"), "speaker_name": quote.get("speaker_name"),
            "speaker_key": speaker.get("key"), "speaker_text": span_text(text, quote.get("speaker")),
            "text": span_text(text, spans), "cue": span_text(text, quote.get("cue")),
            "start": spans[0][0] if spans else None, "end": spans[-1][1] if spans else None,
            "confidence": _float(quote.get("confidence")),
        })
    for place in record.get("places") or []:
        out["places"].append({
            **base, **{k: place.get(k) for k in ("text", "name", "country", "admin1", "feature")},
            "start": _int(place.get("start")), "end": _int(place.get("end")),
            "geonames_id": _int(place.get("geonames_id")), "lat": _float(place.get("lat")),
            "lon": _float(place.get("lon")), "confidence": _float(place.get("confidence")),
        })
    for time in record.get("times") or []:
        out["times"].append({
            **base, "start": _int(time.get("start")), "end": _int(time.get("end")),
            **{k: time.get(k) for k in ("text", "type")},
            "value": None if time.get("value") is None else str(time.get("value")),
        })
    for entity in record.get("entities") or []:
        mentions = _spans(entity.get("mentions"))
        out["entities"].append({
            **base, "local_id": entity.get("id"),
            **{k: entity.get(k) for k in ("key", "name", "type", "country", "sector", "role", "wikidata")},
            "geonames_id": _int(entity.get("geonames_id")), "mention_count": len(mentions),
            "first_mention": span_text(text, mentions[:1]),
        })
    return {kind: [{name: row.get(name) for name, _ in COLUMNS[kind]} for row in rows] for kind, rows in out.items()}
