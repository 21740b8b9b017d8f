#!/usr/bin/env python3
"""Benchmark `dateline serve`: fill a large synthetic SQLite store, then time every API route
and the main pages over varied queries; prints p50/p95 per route (milliseconds).

The synthetic articles are copies of real analysed records (from --from-db, a store made by
`dateline ingest`; else the bundled examples are analysed first) with new ids, new dates, the
words outside every annotated span replaced by other corpus words of the same length (so each
offset stays right and the full-text index sees varied text), entity keys spread over many
variants, and places jittered. Requests go through the ASGI app in-process (FastAPI's
TestClient): the figures are the server's own time, without network.

    .venv/bin/python scripts/bench_serve.py --articles 20000
    .venv/bin/python scripts/bench_serve.py --articles 100000 --db /tmp/big.db --keep
"""

from __future__ import annotations

import argparse
import copy
import datetime as dt
import json
import random
import re
import statistics
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

import sqlalchemy as sa

ROOT = Path(__file__).resolve().parent.parent
WORD = re.compile(r"[A-Za-z]{3,}")


def source_records(from_db: str | None) -> list[dict[str, Any]]:
    from dateline.store import open_store

    if from_db:
        store = open_store(from_db)
        return [store.get(i) for i in store.article_ids()]
    from dateline.api import analyze_paths

    print("analysing the bundled examples once (no --from-db given) …", file=sys.stderr)
    return [r for r in analyze_paths([ROOT / "examples"]) if "error" not in r]


def _covered(record: dict[str, Any]) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []

    def add(value: Any) -> None:
        if not value:
            return
        if isinstance(value[0], (list, tuple)):
            for s, e in value:
                spans.append((s, e))
        else:
            spans.append((value[0], value[1]))

    for e in record.get("entities", []):
        add(e.get("mentions"))
    for q in record.get("quotes", []):
        add(q.get("content"))
        add(q.get("speaker"))
        add(q.get("cue"))
    for p in record.get("places", []) + record.get("times", []):
        if p.get("start") is not None:
            add([p["start"], p["end"]])
    return spans


def synthesize(base: dict[str, Any], n: int, rng: random.Random, vocabulary: dict[int, list[str]], keys: int) -> dict[str, Any]:
    record = copy.deepcopy(base)
    record["id"] = f"syn{n:07d}"
    day = dt.date(2020, 1, 1) + dt.timedelta(days=rng.randrange(6 * 365))
    record["date"] = day.isoformat()
    record["source"] = rng.choice(["wire", "daily", "gazette", "monitor", "herald"])
    covered = _covered(record)
    text = record["text"]
    out, pos = [], 0
    for match in WORD.finditer(text):
        s, e = match.span()
        if any(a < e and s < b for a, b in covered) or rng.random() < 0.5:
            continue
        out.append(text[pos:s])
        choices = vocabulary.get(e - s)
        out.append(rng.choice(choices) if choices else match.group())
        pos = e
    out.append(text[pos:])
    record["text"] = "".join(out)
    assert len(record["text"]) == len(text)
    variant = n % keys
    for entity in record.get("entities", []):
        if entity.get("key"):
            entity["key"] = f"{entity['key']}-{variant}"
    for p in record.get("places", []):
        if p.get("lat") is not None:
            p["lat"] = max(-85.0, min(85.0, p["lat"] + rng.uniform(-2, 2)))
            p["lon"] = ((p["lon"] + rng.uniform(-2, 2) + 180) % 360) - 180
    for ev in record.get("events", []):
        if ev.get("date") and len(ev["date"]) == 10:
            ev["date"] = (day - dt.timedelta(days=rng.randrange(3))).isoformat()
        place = ev.get("place") or {}
        if place.get("lat") is not None:
            place["lat"] = max(-85.0, min(85.0, place["lat"] + rng.uniform(-2, 2)))
            place["lon"] = ((place["lon"] + rng.uniform(-2, 2) + 180) % 360) - 180
    return record


def fill(store: Any, bases: list[dict[str, Any]], count: int, keys: int, seed: int) -> None:
    """Bulk-load ``count`` synthetic articles: the Store's own row layout, one transaction per
    batch, the registry merged in memory and written once (store.write per article would take
    hours at this size: it is the ingest path, not what is measured here)."""
    from dateline.store import registry, schema
    from dateline.store.queries import event_day
    from dateline.store.store import _columns

    rng = random.Random(seed)
    words = Counter(w for r in bases for w in WORD.findall(r["text"]))
    vocabulary: dict[int, list[str]] = {}
    for w in words:
        vocabulary.setdefault(len(w), []).append(w)
    merged: dict[str, dict[str, Any]] = {}
    started = time.perf_counter()
    batch = 2000
    for first in range(0, count, batch):
        rows: dict[str, list[dict[str, Any]]] = {k: [] for k in ("articles", *schema.RECORD_TABLES)}
        fts = []
        for n in range(first, min(first + batch, count)):
            record = synthesize(bases[n % len(bases)], n, rng, vocabulary, keys)
            rows["articles"].append({"id": record["id"], "date": record["date"], "title": record.get("title"),
                                     "url": record.get("url"), "source": record["source"], "text": record["text"],
                                     "schema": 1, "ingested_at": "2026-01-01T00:00:00+00:00", "extra": None})
            local = {e.get("id"): e.get("key") for e in record.get("entities", [])}
            for kind in schema.RECORD_TABLES:
                for idx, item in enumerate(record.get(kind) or []):
                    row = {"article_id": record["id"], "idx": idx, "data": item, **_columns(kind, item, local)}
                    if kind == "entities":
                        row["aliases"] = registry.surface_forms(record["text"], item)
                    if kind == "events":
                        row["day"] = event_day(row["date"], record["date"])
                    rows[kind].append(row)
            fts.append({"id": record["id"], "title": record.get("title") or "", "text": record["text"]})
            tallies, mentions = registry.contributions(record)
            for key, n in mentions.items():
                into = merged.setdefault(key, {"tallies": {}, "mentions": 0, "articles": 0})
                into["mentions"] += n
                into["articles"] += 1
            for (key, name, value), n in tallies.items():
                merged[key]["tallies"].setdefault(name, Counter())[value] += n
        with store.engine.begin() as conn:
            conn.execute(schema.articles.insert(), rows["articles"])
            for kind, table in schema.RECORD_TABLES.items():
                if rows[kind]:
                    conn.execute(table.insert(), rows[kind])
            conn.execute(sa.text("INSERT INTO article_fts (article_id, title, text) VALUES (:id, :title, :text)"), fts)
        done = min(first + batch, count)
        rate = done / (time.perf_counter() - started)
        print(f"\r  {done:,}/{count:,} articles ({rate:,.0f}/s)", end="", file=sys.stderr, flush=True)
    print(file=sys.stderr)
    registry_rows = []
    for key, part in merged.items():
        tallies = part["tallies"]
        dates = sorted(tallies.get("dates", {}))
        registry_rows.append({
            "key": key, **{f: registry._most_common(tallies.get(f, {})) for f in registry.FIELDS},
            "aliases": sorted(tallies.get("aliases", {}), key=lambda a: (-tallies["aliases"][a], a)),
            "first_seen": dates[0] if dates else None, "last_seen": dates[-1] if dates else None,
            "article_count": part["articles"], "mention_count": part["mentions"],
        })
    tally_rows = [
        {"key": key, "field": name, "value": value, "count": n}
        for key, part in merged.items() for name, counts in part["tallies"].items() for value, n in counts.items()
    ]
    with store.engine.begin() as conn:
        conn.execute(schema.entity_registry.insert(), registry_rows)
        conn.execute(schema.entity_tallies.insert(), tally_rows)
        conn.execute(sa.text("ANALYZE"))


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=20000, help="synthetic articles in the store (default 20,000)")
    parser.add_argument("--from-db", help="a store of analysed articles to copy (default: analyse examples/)")
    parser.add_argument("--db", help="where to build the store (default: a temporary file); an existing one is reused")
    parser.add_argument("--keep", action="store_true", help="keep the store afterwards")
    parser.add_argument("--requests", type=int, default=40, help="requests per route (default 40)")
    parser.add_argument("--keys", type=int, default=2000, help="variants of each entity key (default 2,000)")
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args()

    import warnings

    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

    from dateline.serve.app import create_app
    from dateline.store import open_store

    path = Path(args.db) if args.db else Path(tempfile.mkdtemp(prefix="dateline-bench-")) / "bench.db"
    build_s = None
    if not path.exists():
        bases = source_records(args.from_db)
        if not bases:
            sys.exit("no analysed articles to copy")
        print(f"building {path} with {args.articles:,} articles from {len(bases)} analysed ones …", file=sys.stderr)
        started = time.perf_counter()
        with open_store(path) as store:
            fill(store, bases, args.articles, args.keys, args.seed)
        build_s = time.perf_counter() - started
    store = open_store(path)
    counts = store.counts()
    opened = time.perf_counter()
    store.warm_up()
    warm_s = time.perf_counter() - opened
    client = TestClient(create_app(store))
    rng = random.Random(args.seed)

    with store.engine.connect() as conn:
        ids = [r[0] for r in conn.execute(sa.text("SELECT id FROM articles ORDER BY random() LIMIT 500"))]
        speakers = [r[0] for r in conn.execute(sa.text(
            "SELECT speaker_key FROM quotes WHERE speaker_key IS NOT NULL GROUP BY speaker_key ORDER BY random() LIMIT 200"))]
        keys = [r[0] for r in conn.execute(sa.text("SELECT key FROM entity_registry ORDER BY random() LIMIT 200"))]
        types = [r[0] for r in conn.execute(sa.text("SELECT DISTINCT type FROM events"))]
        texts = [r[0] for r in conn.execute(sa.text("SELECT text FROM articles ORDER BY random() LIMIT 200"))]
    words = Counter(w.lower() for t in texts for w in WORD.findall(t))
    common = [w for w, _ in words.most_common(30)]
    rare = [w for w, n in words.items() if n == 1][:300] or common
    terms = ["said", *common[:10], *rng.sample(rare, min(30, len(rare)))]

    def day() -> str:
        return (dt.date(2020, 1, 1) + dt.timedelta(days=rng.randrange(6 * 365))).isoformat()

    def since_until() -> dict[str, str]:
        start = dt.date.fromisoformat(day())
        return {"since": start.isoformat(), "until": (start + dt.timedelta(days=rng.choice([7, 30, 90]))).isoformat()}

    routes: dict[str, Any] = {
        "GET /api/articles?q= (search)": lambda: ("/api/articles", {"q": rng.choice(terms)}),
        "GET /api/articles?q=said": lambda: ("/api/articles", {"q": "said"}),
        "GET /api/articles?q=&since&until": lambda: ("/api/articles", {"q": rng.choice(terms), **since_until()}),
        "GET /api/articles (newest)": lambda: ("/api/articles", {"offset": rng.randrange(0, 200)}),
        "GET /api/articles/{id}": lambda: (f"/api/articles/{rng.choice(ids)}", {}),
        "GET /api/entities": lambda: (
            "/api/entities", rng.choice([{}, {"type": "PERSON"}, {"q": rng.choice(["zel", "min", "uni", "pol"])}])
        ),
        "GET /api/entities/{key}": lambda: (f"/api/entities/{rng.choice(keys)}", {}),
        "GET /api/quotes?speaker=": lambda: ("/api/quotes", {"speaker": rng.choice(speakers)} if speakers else {}),
        "GET /api/events (filters)": lambda: (
            "/api/events", rng.choice([{"type": rng.choice(types)}, since_until(), {"bbox": "20,40,40,55"}, {}])
        ),
        "GET /api/events.geojson (month)": lambda: ("/api/events.geojson", {**since_until(), "type": rng.choice(types)}),
        "GET /api/timeline (week)": lambda: ("/api/timeline", {"interval": "week", **rng.choice([{}, {"type": rng.choice(types)}])}),
        "page /search?q=": lambda: ("/search", {"q": rng.choice(terms)}),
        "page /articles/{id}": lambda: (f"/articles/{rng.choice(ids)}", {}),
        "page /entities/{key}": lambda: (f"/entities/{rng.choice(keys)}", {}),
        "page /events": lambda: ("/events", rng.choice([{}, {"type": rng.choice(types)}])),
    }
    results = {}
    for name, make in routes.items():
        times = []
        for _ in range(args.requests):
            url, params = make()
            started = time.perf_counter()
            response = client.get(url, params=params)
            times.append((time.perf_counter() - started) * 1000)
            if response.status_code != 200:
                sys.exit(f"{name}: HTTP {response.status_code} for {url} {params}: {response.text[:200]}")
        results[name] = {"p50_ms": round(statistics.median(times), 1), "p95_ms": round(percentile(times, 0.95), 1),
                         "max_ms": round(max(times), 1)}
    report = {"articles": counts["articles"], "events": counts["events"], "quotes": counts["quotes"],
              "registry": counts["registry"], "db_mb": round(path.stat().st_size / 1e6, 1),
              "build_s": round(build_s, 1) if build_s else None, "warm_up_s": round(warm_s, 2),
              "requests_per_route": args.requests, "routes": results}
    if args.json:
        print(json.dumps(report, indent=2))
    else:
        print(f"store: {counts['articles']:,} articles, {counts['events']:,} events, {counts['quotes']:,} quotes, "
              f"{counts['registry']:,} registry entities, {report['db_mb']} MB"
              + (f"; built in {report['build_s']} s" if build_s else "") + f"; warm-up {report['warm_up_s']} s")
        print(f"{'route':40} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8}")
        for name, r in results.items():
            print(f"{name:40} {r['p50_ms']:8.1f} {r['p95_ms']:8.1f} {r['max_ms']:8.1f}")
    store.close()
    if not args.keep and not args.db:
        path.unlink()


if __name__ == "__main__":
    main()
