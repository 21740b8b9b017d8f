"""Benchmark of `dateline export`: time and peak memory at two store sizes (not a test).

    .venv/bin/python scripts/bench_export.py                    # 2,000 and 20,000 articles, SQLite
    .venv/bin/python scripts/bench_export.py --sizes 500 5000 --postgres   # also a throwaway PostgreSQL

Builds stores of synthetic articles (random, seeded: ~1,500 characters, 8 entities, 3 quotes,
5 places, 4 times, 5 events each), then runs each export in a fresh process (the installed
``dateline export`` command) and reads that process's peak resident memory (``wait4``'s
``ru_maxrss``). A baseline process that opens the store and imports the writers without
exporting gives the memory every run pays anyway. Flat memory means the same peak at both
sizes although the output grows tenfold.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import sqlalchemy as sa  # noqa: E402  (after the sys.path line above)

from dateline.store import open_store, registry  # noqa: E402

TYPES = ["AGREE", "CONSULT", "SUPPORT", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT", "THREATEN",
         "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"]
QUADS = {"AGREE": "verbal cooperation", "CONSULT": "verbal cooperation", "SUPPORT": "verbal cooperation",
         "AID": "material cooperation", "RETREAT": "material cooperation", "REQUEST": "verbal cooperation",
         "ACCUSE": "verbal conflict", "REJECT": "verbal conflict", "THREATEN": "verbal conflict",
         "PROTEST": "verbal conflict", "SANCTION": "material conflict", "MOBILIZE": "material conflict",
         "COERCE": "material conflict", "ASSAULT": "material conflict"}
COUNTRIES = ["UKR", "RUS", "USA", "FRA", "DEU", "CHN", "IND", "BRA", "NGA", "KEN"]
PLACES = [("Kyiv", 703448, 50.4547, 30.5238, "UA"), ("Moscow", 524901, 55.7522, 37.6156, "RU"),
          ("Paris", 2988507, 48.8534, 2.3488, "FR"), ("Berlin", 2950159, 52.5244, 13.4105, "DE"),
          ("Nairobi", 184745, -1.2833, 36.8167, "KE"), ("Lagos", 2332459, 6.4541, 3.3947, "NG")]
WORDS = ["the", "minister", "said", "talks", "would", "continue", "after", "troops", "withdrew", "from", "the", "city", "while",
         "officials", "accused", "the", "government", "of", "blocking", "aid", "and", "protesters", "gathered", "outside", "parliament"]


def synthetic(i: int, rnd: random.Random) -> dict:
    text = " ".join(rnd.choice(WORDS) for _ in range(250))[:1500]
    n = len(text)

    def span(length: int = 20) -> list[int]:
        s = rnd.randrange(0, n - length)
        return [s, s + length]

    entities = [{"id": f"e{k}", "key": f"person:p{rnd.randrange(5000)}", "name": f"Person {k}", "type": "PERSON",
                 "country": rnd.choice(COUNTRIES), "sector": "GOV", "role": None, "mentions": [span(), span()],
                 "wikidata": None, "geonames_id": None} for k in range(8)]
    quotes = [{"kind": "direct", "content": [span(120)], "cue": span(4), "speaker": span(10),
               "speaker_entity": f"e{k}", "speaker_name": f"Person {k}", "confidence": 0.9} for k in range(3)]
    places = []
    for _ in range(5):
        name, gid, lat, lon, cc = rnd.choice(PLACES)
        s, e = span(8)
        places.append({"start": s, "end": e, "text": text[s:e], "geonames_id": gid, "name": name, "lat": lat, "lon": lon,
                       "country": cc, "admin1": None, "feature": "PPLC", "confidence": 0.9})
    day = f"2022-{rnd.randrange(1, 13):02d}-{rnd.randrange(1, 29):02d}"
    times = [{"start": s, "end": e, "text": text[s:e], "type": "DATE", "value": day} for s, e in (span(7) for _ in range(4))]
    events = []
    for _ in range(5):
        type_ = rnd.choice(TYPES)
        name, gid, lat, lon, _cc = rnd.choice(PLACES)
        events.append({"type": type_, "mode": None, "quad": QUADS[type_], "cameo": None,
                       "actor": {"entity": "e0", "text": "x", "span": span(5), "name": "Person 0",
                                 "country": rnd.choice(COUNTRIES), "sector": "GOV"},
                       "recipient": {"entity": "e1", "text": "y", "span": span(5), "name": "Person 1",
                                     "country": rnd.choice(COUNTRIES), "sector": "MIL"},
                       "date": rnd.choice([day, "2022-W11", "PAST_REF"]),
                       "place": {"geonames_id": gid, "name": name, "lat": lat, "lon": lon} if rnd.random() < 0.7 else None,
                       "negated": False, "modality": "asserted", "evidence": [span(150)], "confidence": 0.7})
    return {"schema": 1, "id": f"{i:08d}", "date": day, "title": f"Article {i}", "url": f"https://example.org/{i}",
            "source": rnd.choice(["wire", "paper", "radio"]), "text": text, "entities": entities, "quotes": quotes,
            "places": places, "times": times, "events": events}


def build(url: str, size: int) -> dict:
    """Write ``size`` synthetic articles (500 per transaction, registry kept as by Store.write);
    a store that holds them already (``--folder`` of an earlier run) is used as it is."""
    store = open_store(url)
    rnd = random.Random(size)
    start = time.perf_counter()
    already = store.counts()["articles"]
    if already not in (0, size):
        raise SystemExit(f"{url} holds {already} articles, not {size}")
    for first in range(0, size if already == 0 else 0, 500):
        with store.engine.begin() as conn:
            for i in range(first, min(size, first + 500)):
                record = synthetic(i, rnd)
                store._insert(conn, record)
                registry.apply(conn, record, +1)
    counts = store.counts()
    store.close()
    return {"build_s": round(time.perf_counter() - start, 1), **{k: counts[k] for k in ("articles", "events", "quotes", "places")}}


def measure(args: list[str]) -> tuple[str, float]:
    """The stdout and peak RSS (MiB, ``wait4``'s ru_maxrss) of one fresh process."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        proc = subprocess.Popen(args, stdout=out, stderr=err)
        _, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = status  # reaped here: keep Popen from waiting again
        out.seek(0)
        err.seek(0)
        if status != 0:
            raise SystemExit(f"failed: {' '.join(args)}: {err.read().decode()}")
        return out.read().decode(), usage.ru_maxrss / 1024


# the same code path as `dateline export` less click: open the store, import the writers, then
# time export.write alone; the baseline stops before exporting
SNIPPET = """
import json, sys, time
import dateline.export, dateline.export.parquet, dateline.export.gdelt
from dateline.store import open_store
store = open_store(sys.argv[1]); store.counts()
if len(sys.argv) > 2:
    start = time.perf_counter()
    n = dateline.export.write(store, sys.argv[2], sys.argv[3], None, sys.argv[4])
    print(json.dumps({"rows": n, "seconds": time.perf_counter() - start}))
"""


RUNS = [("jsonl", "articles"), ("csv", "events"), ("parquet", "events"), ("parquet", "quotes"),
        ("geojson", "places"), ("gdelt", "events")]


def run(url: str, sizes: list[int], label: str, make_url) -> list[dict]:
    results = []
    for size in sizes:
        db = make_url(size)
        built = build(db, size)
        _, base = measure([sys.executable, "-c", SNIPPET, db])
        row = {"store": label, "articles": size, **built, "baseline_mib": round(base, 1), "runs": []}
        out = Path(tempfile.mkdtemp(prefix="dateline-export-"))
        for fmt, kind in RUNS:
            target = out / f"{kind}.{fmt}"
            out_text, peak = measure([sys.executable, "-c", SNIPPET, db, fmt, kind, str(target)])
            done = json.loads(out_text)
            row["runs"].append({"format": fmt, "kind": kind, "rows": done["rows"], "seconds": round(done["seconds"], 2),
                                "rows_per_s": round(done["rows"] / done["seconds"]), "peak_mib": round(peak, 1),
                                "file_mib": round(target.stat().st_size / 2**20, 1)})
            target.unlink()
        results.append(row)
        print(json.dumps(row), flush=True)
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[2000, 20000])
    parser.add_argument("--postgres", action="store_true", help="Also measure on a throwaway PostgreSQL server.")
    parser.add_argument("--no-sqlite", action="store_true", help="Only PostgreSQL.")
    parser.add_argument("--folder", type=Path, help="Keep the SQLite stores here (and reuse those already built).")
    args = parser.parse_args()
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))  # so that the PostgreSQL server is stopped
    folder = args.folder or Path(tempfile.mkdtemp(prefix="dateline-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    results = [] if args.no_sqlite else run("", args.sizes, "sqlite", lambda n: str(folder / f"s{n}.db"))
    if args.postgres:
        from tests.postgres import PostgresServer, find_binaries

        server = PostgresServer(find_binaries())
        base_url = server.start()
        try:
            def fresh(n: int) -> str:
                engine = sa.create_engine(base_url)
                with engine.begin() as conn:
                    conn.execute(sa.text("DROP SCHEMA public CASCADE; CREATE SCHEMA public"))
                engine.dispose()
                return base_url

            results += run(base_url, args.sizes, "postgresql", fresh)
        finally:
            server.stop()
    print(json.dumps(results, indent=1), file=sys.stderr)


if __name__ == "__main__":
    main()
