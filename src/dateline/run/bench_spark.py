"""Articles/s of ``analyze`` with 1 and 2 workers and of ``dateline spark`` with local[1] and
local[2] on the same articles, in one run (so the ratios compare like with like), with Spark's
fixed start-up cost and the peak memory of each executor's Python worker.

    python -m dateline.run.bench_spark --limit 300
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import tempfile
import time
from pathlib import Path
from typing import Any


def run(limit: int = 300, shard_size: int = 25) -> dict[str, Any]:
    from dateline.config import load_config
    from dateline.nlp import analyze_records, build_pipeline
    from dateline.run import spark
    from dateline.run.bench import bench_articles

    articles, where = bench_articles(limit=limit)
    results: dict[str, Any] = {"source": where, "articles": len(articles),
                               "machine": f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"}
    with tempfile.TemporaryDirectory(prefix="dateline-bench-spark-") as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        corpus.write_text("".join(json.dumps({"id": a.id, "text": a.text, "date": a.date, "title": a.title}) + "\n"
                                  for a in articles), encoding="utf-8")
        settings = load_config()["pipeline"]
        nlp = build_pipeline(load_config())
        for workers in (1, 2):
            start = time.perf_counter()
            n = sum(1 for r in analyze_records(nlp, iter(articles), settings["batch_size"], workers) if "error" not in r)
            seconds = time.perf_counter() - start
            results[f"analyze_workers_{workers}"] = {"seconds": seconds, "articles_per_s": n / seconds}
        for cores in (1, 2):
            out = Path(tmp) / f"out{cores}"
            r = spark.run([str(corpus)], out, master=f"local[{cores}]", shard_size=shard_size)
            work = r["seconds"] - r["startup_seconds"]
            results[f"spark_local_{cores}"] = {
                "seconds": r["seconds"], "startup_seconds": r["startup_seconds"],
                "articles_per_s": r["articles"] / r["seconds"], "articles_per_s_after_startup": r["articles"] / work,
                "worker_processes": len(r["workers"]), "peak_rss_mb_per_worker": r["peak_rss_mb_per_worker"],
            }
    return results


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m dateline.run.bench_spark", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--limit", type=int, default=300, help="Articles to run on (the bench articles).")
    parser.add_argument("--shard-size", type=int, default=25, help="Articles per Spark shard.")
    args = parser.parse_args(argv)
    print(json.dumps(run(args.limit, args.shard_size), indent=2))


if __name__ == "__main__":
    main()
