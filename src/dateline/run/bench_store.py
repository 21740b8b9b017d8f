"""The store's load benchmark: records/s and bytes per article as the store grows.

Real analysed records (the bench articles run through the pipeline once, or a JSON Lines file
of records from ``dateline analyze``) are replicated to N articles with new ids and dates spread
over four years, so frequent entities collect many dates and aliases as in a real archive.
Each size loads into a fresh store; the rate of each successive block shows whether a write
slows down as the store grows. Speed is measured here, never in timed tests.

    python -m dateline.run.bench_store --sizes 1000,10000 [--db postgresql+psycopg://...]
"""

from __future__ import annotations

import argparse
import copy
import datetime as dt
import hashlib
import json
import os
import platform
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import sqlalchemy as sa

CACHE = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "dateline" / "bench_records.jsonl"
START = dt.date(2021, 1, 1)


def source_records(path: str | None = None, limit: int = 60) -> list[dict[str, Any]]:
    """Analysed records to replicate: a records file, else the bench articles analysed once (cached)."""
    if path:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
        return [r for r in map(json.loads, lines) if "error" not in r]
    if CACHE.exists():
        return [json.loads(line) for line in CACHE.read_text(encoding="utf-8").splitlines()]
    from dateline.config import load_config
    from dateline.nlp import analyze_records, build_pipeline
    from dateline.run.bench import bench_articles

    articles, _where = bench_articles(limit=limit)
    records = [r for r in analyze_records(build_pipeline(load_config()), articles) if "error" not in r]
    CACHE.parent.mkdir(parents=True, exist_ok=True)
    CACHE.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return records


def replicate(records: list[dict[str, Any]], n: int) -> Iterator[dict[str, Any]]:
    """N records: the sources in turn, each with a new 16-hex id (the length of dateline's own
    ids) and a date spread over four years."""
    for i in range(n):
        record = copy.deepcopy(records[i % len(records)])
        record["id"] = hashlib.sha1(f"{record['id']}-{i}".encode()).hexdigest()[:16]  # as stable_id
        record["date"] = (START + dt.timedelta(days=(i * 7919) % 1461)).isoformat()
        yield record


def store_bytes(store: Any) -> int:
    """The database's size on disk: SQLite pages in use, PostgreSQL's pg_database_size."""
    with store.engine.connect() as conn:
        if store.engine.dialect.name == "sqlite":
            pages = conn.exec_driver_sql("PRAGMA page_count").scalar_one()
            free = conn.exec_driver_sql("PRAGMA freelist_count").scalar_one()
            size = conn.exec_driver_sql("PRAGMA page_size").scalar_one()
            return (pages - free) * size
        return conn.execute(sa.text("SELECT pg_database_size(current_database())")).scalar_one()


def _fresh(url: str | None, tmp: Path, n: int) -> str:
    if url is None:
        return str(tmp / f"bench-{n}.db")
    engine = sa.create_engine(url)
    with engine.begin() as conn:
        conn.execute(sa.text("DROP SCHEMA public CASCADE; CREATE SCHEMA public"))
    engine.dispose()
    return url


def run(sizes: list[int], url: str | None = None, mode: str = "bulk", batch: int = 1000,
        records_path: str | None = None, blocks: int = 4) -> dict[str, Any]:
    from dateline.store import open_store

    sources = source_records(records_path)
    results: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory(prefix="dateline-bench-") as tmp:
        for n in sizes:
            store = open_store(_fresh(url, Path(tmp), n))
            empty = store_bytes(store)
            block = max(n // blocks, 1)
            rates: list[float] = []
            total = cpu = 0.0
            done = 0
            pending: list[dict[str, Any]] = []
            block_start = time.perf_counter()
            block_done = 0
            for record in replicate(sources, n):
                pending.append(record)
                if mode == "single" or len(pending) >= batch or done + len(pending) == n or \
                        block_done + len(pending) >= block:
                    start, start_cpu = time.perf_counter(), time.process_time()
                    if mode == "single":
                        store.write(pending[0])
                    else:
                        store.write_many(pending)
                    total += time.perf_counter() - start
                    cpu += time.process_time() - start_cpu
                    done += len(pending)
                    block_done += len(pending)
                    pending = []
                    if block_done >= block:
                        rates.append(block_done / (time.perf_counter() - block_start))
                        block_start, block_done = time.perf_counter(), 0
            used = store_bytes(store) - empty
            counts = store.counts()
            store.close()
            results.append({
                "articles": n, "records_per_s": n / total, "block_rates": rates,
                # per CPU second of this process (SQLite's work included, a PostgreSQL server's not):
                # less sensitive than wall time to other programs sharing the machine
                "records_per_cpu_s": n / cpu if cpu else None,
                "bytes_per_article": used / n, "counts": counts,
            })
    return {
        "engine": "postgresql" if url else "sqlite", "mode": mode, "batch": batch,
        "source_articles": len(sources),
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}",
        "results": results,
    }


def format_report(r: dict[str, Any]) -> str:
    lines = [(f"store load: {r['engine']}, {r['mode']} writes (batch {r['batch']}), "
              f"{r['source_articles']} analysed articles replicated; {r['machine']}"),
             f"{'articles':>10}{'records/s':>12}{'per CPU s':>12}{'KB/article':>12}   records/s by successive block"]
    for x in r["results"]:
        blocks = ", ".join(f"{v:.0f}" for v in x["block_rates"])
        lines.append(f"{x['articles']:>10,}{x['records_per_s']:>12.0f}{x['records_per_cpu_s'] or 0:>12.0f}"
                     f"{x['bytes_per_article'] / 1000:>12.1f}   {blocks}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m dateline.run.bench_store", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="1000,10000", help="Store sizes to load, comma-separated.")
    parser.add_argument("--db", help="A PostgreSQL URL (its public schema is dropped!); default a temporary SQLite file.")
    parser.add_argument("--mode", choices=["bulk", "single"], default="bulk",
                        help="store.write_many in batches, or store.write one record at a time.")
    parser.add_argument("--batch", type=int, default=1000, help="Records per write_many transaction.")
    parser.add_argument("--records", help="A JSON Lines file of analysed records to replicate.")
    parser.add_argument("--json", action="store_true", help="Print the figures as JSON.")
    args = parser.parse_args(argv)
    result = run([int(s) for s in args.sizes.split(",")], args.db, args.mode, args.batch, args.records)
    print(json.dumps(result, indent=2) if args.json else format_report(result))


if __name__ == "__main__":
    main()
