"""Hand-made contract records for the serve tests (no model needed): offsets computed from the
text, so every span is right by construction."""

from __future__ import annotations

from typing import Any


def _span(text: str, part: str, after: int = 0) -> list[int]:
    start = text.index(part, after)
    return [start, start + len(part)]


def article(article_id: str, date: str, title: str, source: str, *, url: str | None = None) -> dict[str, Any]:
    """A Zelensky / Russian army article: two entities, one quote, two places, a time, two events."""
    text = (
        f"{title}.\n\nUkrainian President Volodymyr Zelensky said on Tuesday that \"the talks in Istanbul "
        "were positive\". The Russian army withdrew from Chernihiv, officials said, and shelled Kharkiv."
    )
    zel = _span(text, "Volodymyr Zelensky")
    army = _span(text, "The Russian army")
    quote = _span(text, "\"the talks in Istanbul were positive\"")
    return {
        "schema": 1, "id": article_id, "date": date, "title": title, "url": url, "source": source, "text": text,
        "entities": [
            {"id": "e1", "key": "person:volodymyr-zelensky", "name": "Volodymyr Zelensky", "type": "PERSON",
             "country": "UKR", "sector": "GOV", "role": "President", "mentions": [zel], "wikidata": None, "geonames_id": None},
            {"id": "e2", "key": "org:russian-army", "name": "Russian army", "type": "ORG", "country": "RUS",
             "sector": "MIL", "role": None, "mentions": [army], "wikidata": None, "geonames_id": None},
        ],
        "quotes": [{"kind": "direct", "content": [quote], "cue": _span(text, "said"), "speaker": zel,
                    "speaker_entity": "e1", "speaker_name": "Volodymyr Zelensky", "confidence": 0.93}],
        "places": [
            {**dict(zip(("start", "end"), _span(text, "Chernihiv"), strict=True)), "text": "Chernihiv", "geonames_id": 710735,
             "name": "Chernihiv", "lat": 51.5, "lon": 31.3, "country": "UA", "admin1": "Chernihiv", "feature": "PPLA", "confidence": 0.9},
            {**dict(zip(("start", "end"), _span(text, "Kharkiv"), strict=True)), "text": "Kharkiv", "geonames_id": 706483,
             "name": "Kharkiv", "lat": 49.98, "lon": 36.25, "country": "UA", "admin1": "Kharkiv", "feature": "PPLA", "confidence": 0.9},
        ],
        "times": [
            {**dict(zip(("start", "end"), _span(text, "Tuesday"), strict=True)), "text": "Tuesday", "type": "DATE", "value": "2022-03-29"}
        ],
        "events": [
            {"type": "RETREAT", "mode": "withdraw", "quad": "material cooperation", "cameo": "0874",
             "actor": {"entity": "e2", "text": "The Russian army", "span": army, "name": "Russian army", "country": "RUS", "sector": "MIL"},
             "recipient": None, "date": "2022-03-29",
             "place": {"geonames_id": 710735, "name": "Chernihiv", "lat": 51.5, "lon": 31.3},
             "negated": False, "modality": "asserted", "evidence": [_span(text, "The Russian army withdrew from Chernihiv")],
             "confidence": 0.8},
            {"type": "ASSAULT", "mode": "bombard", "quad": "material conflict", "cameo": "195",
             "actor": {"entity": "e2", "text": "The Russian army", "span": army, "name": "Russian army", "country": "RUS", "sector": "MIL"},
             "recipient": {"entity": None, "text": "Kharkiv", "span": _span(text, "Kharkiv"), "name": None,
                           "country": "UKR", "sector": None},
             "date": "2022-W13",
             "place": {"geonames_id": 706483, "name": "Kharkiv", "lat": 49.98, "lon": 36.25},
             "negated": False, "modality": "asserted", "evidence": [_span(text, "and shelled Kharkiv")], "confidence": 0.7},
        ],
    }


def records() -> list[dict[str, Any]]:
    """Three articles on three dates from two sources."""
    return [
        article("a1", "2022-03-30", "Talks in Istanbul", "wire", url="https://example.org/a1"),
        article("a2", "2022-04-02", "Withdrawal from the north", "daily"),
        article("a3", "2022-04-20", "Shelling goes on", "wire"),
    ]


#: payloads that would run script if any field reached the page unescaped
PAYLOADS = [
    "<script>window.__pwned = 1</script>",
    "<img src=x onerror=\"window.__pwned = 1\">",
    "\"><svg onload=window.__pwned=1>",
    "javascript:window.__pwned=1",
]


def hostile() -> dict[str, Any]:
    """An article whose every string field carries a script payload, spans over the payloads too."""
    payload = " ".join(PAYLOADS)
    text = f"{payload} said {payload} in {payload}."
    record = article("x1", "2022-03-31", payload, payload, url="javascript:window.__pwned=1")
    record["id"] = "x1"
    record["text"] = text
    n = len(payload)
    record["entities"][0].update(name=payload, key="person:" + "evil", role=payload, sector=payload, country=payload, mentions=[[0, n]])
    record["entities"][1].update(name=payload, key="org:evil<script>", mentions=[[n + 6, 2 * n + 6]])
    record["quotes"][0].update(content=[[n + 6, 2 * n + 6]], cue=[n + 1, n + 5], speaker=[0, n], speaker_name=payload)
    for place in record["places"]:
        place.update(start=2 * n + 10, end=3 * n + 10, text=payload, name=payload, admin1=payload)
    record["times"][0].update(start=0, end=10, text=payload, value=payload)
    for event in record["events"]:
        event.update(mode=payload, date=payload, evidence=[[0, len(text)]])
        event["actor"].update(text=payload, name=payload, span=[0, n])
        event["place"].update(name=payload)
    return record
