"""An article's text as HTML with every record span marked (escaped; no markup from the input).

Each span of an entity mention, quote content piece, place, time expression and event
evidence becomes one ``<mark data-kind=KIND>``; spans nest. A span that crosses the end of
the mark it starts in is cut there, and its rest is a continuation mark (``data-cont``, not
``data-kind``), so that ``mark[data-kind=K]`` is exactly one element per record span.
"""

from __future__ import annotations

import heapq
import re
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote

from markupsafe import Markup, escape

KINDS = ("event", "quote", "entity", "place", "time")  # outermost first when spans coincide


@dataclass(order=True)
class Span:
    start: int
    neg_end: int
    rank: int
    seq: int
    kind: str = field(compare=False)
    ref: str = field(compare=False)
    anchor: str = field(compare=False)
    detail: str = field(compare=False)
    href: str | None = field(compare=False, default=None)
    continuation: bool = field(compare=False, default=False)

    @property
    def end(self) -> int:
        return -self.neg_end


def _pieces(spans: Any) -> list[tuple[int, int]]:
    if not spans:
        return []
    if not isinstance(spans[0], (list, tuple)):
        spans = [spans]
    return [(int(s), int(e)) for s, e in spans if isinstance(s, int) and isinstance(e, int)]


def _lines(*pairs: tuple[str, Any]) -> str:
    return "\n".join(f"{label}: {value}" for label, value in pairs if value not in (None, "", []))


def entity_href(key: str | None) -> str | None:
    return "/entities/" + quote(key, safe=":") if key else None


def record_lists(record: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    """The side lists of the article page: one entry per record, with the anchor of its first
    mark, a label and the details shown on hover and click."""
    text = record.get("text") or ""
    entities = {e.get("id"): e for e in record.get("entities") or []}
    out: dict[str, list[dict[str, Any]]] = {k: [] for k in ("entity", "quote", "place", "time", "event")}
    for i, e in enumerate(record.get("entities") or []):
        out["entity"].append({
            "ref": f"entity-{i}", "spans": _pieces(e.get("mentions")), "label": e.get("name") or "?",
            "sub": " · ".join(x for x in (e.get("type"), e.get("country"), e.get("sector")) if x),
            "count": len(e.get("mentions") or []), "href": entity_href(e.get("key")),
            "detail": _lines(("entity", e.get("name")), ("type", e.get("type")), ("key", e.get("key")),
                             ("country", e.get("country")), ("sector", e.get("sector")), ("role", e.get("role")),
                             ("wikidata", e.get("wikidata"))),
        })
    for i, q in enumerate(record.get("quotes") or []):
        pieces = _pieces(q.get("content"))
        said = " … ".join(text[s:e] for s, e in pieces)
        speaker = entities.get(q.get("speaker_entity")) or {}
        speaker_text = text[q["speaker"][0] : q["speaker"][1]] if _pieces(q.get("speaker")) else None
        out["quote"].append({
            "ref": f"quote-{i}", "spans": pieces, "label": q.get("speaker_name") or speaker_text or "unknown speaker",
            "sub": said if len(said) <= 160 else said[:157] + "…", "href": entity_href(speaker.get("key")),
            "detail": _lines(("quote", q.get("kind")), ("speaker", q.get("speaker_name") or speaker_text),
                             ("as written", speaker_text), ("cue", text[q["cue"][0] : q["cue"][1]] if _pieces(q.get("cue")) else None),
                             ("confidence", q.get("confidence"))),
        })
    for i, p in enumerate(record.get("places") or []):
        out["place"].append({
            "ref": f"place-{i}", "spans": _pieces([p.get("start"), p.get("end")]) if p.get("start") is not None else [],
            "label": p.get("text") or p.get("name") or "?",
            "sub": " · ".join(str(x) for x in (p.get("name"), p.get("country"), p.get("geonames_id")) if x),
            "detail": _lines(("place", p.get("text")), ("resolved to", p.get("name")), ("GeoNames id", p.get("geonames_id")),
                             ("country", p.get("country")), ("admin1", p.get("admin1")), ("feature", p.get("feature")),
                             ("lat, lon", f"{p['lat']}, {p['lon']}" if p.get("lat") is not None else None)),
        })
    for i, t in enumerate(record.get("times") or []):
        out["time"].append({
            "ref": f"time-{i}", "spans": _pieces([t.get("start"), t.get("end")]) if t.get("start") is not None else [],
            "label": t.get("text") or "?", "sub": " · ".join(x for x in (t.get("type"), t.get("value")) if x),
            "detail": _lines(("time", t.get("text")), ("type", t.get("type")), ("normalized", t.get("value"))),
        })
    for i, ev in enumerate(record.get("events") or []):
        actor, recipient, place = ev.get("actor") or {}, ev.get("recipient") or {}, ev.get("place") or {}
        who = actor.get("name") or actor.get("text") or actor.get("country") or "?"
        whom = recipient.get("name") or recipient.get("text") or recipient.get("country")
        out["event"].append({
            "ref": f"event-{i}", "spans": _pieces(ev.get("evidence")), "label": ev.get("type") or "?",
            "sub": who + (f" → {whom}" if whom else "") + (f" · {ev['date']}" if ev.get("date") else "")
            + (f" · {place['name']}" if place.get("name") else ""), "quad": ev.get("quad"),
            "detail": _lines(("event", ev.get("type")), ("mode", ev.get("mode")), ("quad", ev.get("quad")),
                             ("CAMEO", ev.get("cameo")), ("actor", who), ("recipient", whom), ("date", ev.get("date")),
                             ("place", place.get("name")), ("modality", ev.get("modality")),
                             ("negated", "yes" if ev.get("negated") else None), ("confidence", ev.get("confidence"))),
        })
    for items in out.values():
        for item in items:
            item["anchor"] = f"m-{item['ref']}-0" if item["spans"] else None
    return out


_BLANK_RUN = re.compile(r"\n[ \t\r\f\v]*(?:\n[ \t\r\f\v]*){2,}")


def _html(segment: str) -> str:
    """Escaped text; runs of blank lines shown as one (display only: offsets are not used here)."""
    return str(escape(_BLANK_RUN.sub("\n\n", segment)))


def marked_text(text: str, lists: dict[str, list[dict[str, Any]]]) -> Markup:
    """The text as escaped HTML with nested <mark> elements for every span in ``lists``."""
    heap: list[Span] = []
    seq = 0
    for kind, items in lists.items():
        for item in items:
            for n, (start, end) in enumerate(item["spans"]):
                if not (0 <= start < end <= len(text)):
                    continue
                heapq.heappush(heap, Span(start, -end, KINDS.index(kind), seq, kind, item["ref"],
                                          f"m-{item['ref']}-{n}", item["detail"], item.get("href")))
                seq += 1
    out: list[str] = []
    stack: list[Span] = []
    pos = 0

    def close_until(limit: int) -> None:
        nonlocal pos
        while stack and stack[-1].end <= limit:
            top = stack.pop()
            out.append(_html(text[pos : top.end]))
            out.append("</mark>")
            pos = top.end

    while heap:
        span = heapq.heappop(heap)
        close_until(span.start)
        out.append(_html(text[pos : span.start]))
        pos = span.start
        if stack and span.end > stack[-1].end:  # crosses its parent: cut, the rest continues later
            rest = Span(stack[-1].end, span.neg_end, span.rank, seq, span.kind, span.ref, span.anchor,
                        span.detail, span.href, True)
            seq += 1
            heapq.heappush(heap, rest)
            span = Span(span.start, -stack[-1].end, span.rank, span.seq, span.kind, span.ref, span.anchor,
                        span.detail, span.href, span.continuation)
        attrs = [f'class="k-{span.kind}{" cont" if span.continuation else ""}"', f'data-ref="{escape(span.ref)}"',
                 f'title="{escape(span.detail)}"']
        if span.continuation:
            attrs.append(f'data-cont="{span.kind}"')
        else:
            attrs.insert(0, f'id="{escape(span.anchor)}"')
            attrs.append(f'data-kind="{span.kind}"')
            attrs.append('tabindex="0"')
        if span.href:
            attrs.append(f'data-href="{escape(span.href)}"')
        out.append("<mark " + " ".join(attrs) + ">")
        stack.append(span)
    close_until(len(text) + 1)
    out.append(_html(text[pos:]))
    return Markup("".join(out))
