"""``dateline spark``: analyse an archive on Apache Spark, shard by shard, resumably.

The driver splits the inputs into shards (a file, or a slice of ``--shard-size`` articles of a
large JSON Lines or Parquet file), skips the shards the output's manifest lists as done, and
sends the rest to the executors with ``mapPartitions``. Each executor's Python worker loads
dateline's pipeline once (model and gazetteer ship with the package; no network) and reuses it
for every shard it gets. A shard's output is written under ``DIR/_staging/`` and moved into
place with atomic renames, under names derived from the shard, and only then marked done in
``DIR/_manifest/``: a run killed at any moment and started again ends with every article
exactly once, and a rerun analyses nothing already done.

Output (Parquet, hive-style partitions; pyarrow, pandas and Spark read it):
  records/date=YYYY-MM-DD/   id, source, record (the contract JSON exactly as ``analyze`` prints it)
  events/ quotes/ places/ times/ entities/ article_date=YYYY-MM-DD/   flat tables (the columns of the CSV/Parquet export: store/export.py)
  errors/                    the inputs that could not be analysed: input, id, error, error_code

Executors write the shard files themselves: DIR must be a folder every executor can reach
(local mode, NFS, a Databricks /dbfs path, ...).
"""

from __future__ import annotations

import hashlib
import itertools
import json
import os
import resource
import shutil
import sys
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from dateline.errors import SparkFailed, SparkMissing, SparkOutputError
from dateline.store.export import COLUMNS, flat_rows

NULL_PARTITION = "__HIVE_DEFAULT_PARTITION__"  # what Hive, Spark and pyarrow read as a null date
SLICEABLE = {".jsonl", ".ndjson", ".parquet"}
#: the flat tables: every exported kind but whole articles (those are records/)
KINDS = tuple(kind for kind in COLUMNS if kind != "articles")
TABLES = ("records", *KINDS, "errors")


@dataclass(frozen=True)
class Shard:
    id: str
    path: str
    start: int = 0
    stop: int | None = None  # item positions [start, stop) in the file; None: to its end


def _count_items(path: Path) -> int:
    if path.suffix.lower() == ".parquet":
        import pyarrow.parquet as pq

        return pq.ParquetFile(path).metadata.num_rows
    with path.open("rb") as handle:
        return sum(1 for line in handle if line.strip())


def plan_shards(paths: list[str], shard_size: int = 1000) -> list[Shard]:
    """The shards of the inputs: one per file, large JSON Lines / Parquet files in slices."""
    from dateline.ingest import READERS, expand

    shards: list[Shard] = []
    files: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():  # dateline's readers' files, plus Parquet
            files.extend(sorted(p for p in path.rglob("*") if p.is_file() and not any(
                part.startswith((".", "_")) for part in p.relative_to(path).parts)
                and (p.suffix.lower() in READERS or p.suffix.lower() == ".parquet")))
        elif path.suffix.lower() == ".parquet" and path.exists():
            files.append(path)
        else:
            files.extend(p if isinstance(p, Path) else Path(str(p.where)) for p in expand([path]))
    for path in files:
        absolute = str(path.resolve()) if path.exists() else str(path)
        if path.exists() and path.suffix.lower() in SLICEABLE:
            total = _count_items(path)
            bounds: list[tuple[int, int | None]] = [
                (start, min(start + shard_size, total)) for start in range(0, max(total, 1), shard_size)
            ]
        else:
            bounds = [(0, None)]
        for start, stop in bounds:
            digest = hashlib.sha1(f"{absolute}|{start}|{stop}".encode()).hexdigest()[:16]
            shards.append(Shard(digest, absolute, start, stop))
    return shards


def done_shards(out: Path) -> set[str]:
    folder = out / "_manifest"
    return {p.stem for p in folder.glob("*.json")} if folder.is_dir() else set()


# -- executor side ---------------------------------------------------------------------------

_PIPELINE: dict[str | None, Any] = {}  # one pipeline per Python worker process, reused across shards


def _pipeline(config: str | None) -> Any:
    if config not in _PIPELINE:
        from dateline.api import pipeline

        _PIPELINE[config] = pipeline(config)
    return _PIPELINE[config]


def _read_parquet(path: Path, default_date: str | None) -> Any:
    """Articles from a Parquet file with analyze's columns (id, text, date, title, url, source)."""
    import pyarrow.parquet as pq

    from dateline.errors import InputError
    from dateline.ingest import Failure
    from dateline.ingest.readers import make_article

    table = pq.read_table(path)
    for number, row in enumerate(table.to_pylist(), 1):
        try:
            yield make_article(row, f"{path}:{number}", default_date)
        except InputError as error:
            yield Failure(error, f"{path}:{number}")


def shard_items(shard: Shard, default_date: str | None, max_chars: int | None) -> Any:
    from dateline.ingest import read_inputs
    from dateline.ingest.readers import MAX_CHARS

    path = Path(shard.path)
    if path.suffix.lower() == ".parquet":
        items = _read_parquet(path, default_date)
    else:
        items = read_inputs([path], default_date=default_date, max_chars=max_chars or MAX_CHARS)
    return itertools.islice(items, shard.start, shard.stop)


def _schema(table: str) -> Any:
    import pyarrow as pa

    types = {"str": pa.string(), "int": pa.int64(), "float": pa.float64(), "bool": pa.bool_(), "date": pa.date32()}
    if table == "records":
        return pa.schema([("id", pa.string()), ("source", pa.string()), ("record", pa.string())])
    if table == "errors":
        return pa.schema([("input", pa.string()), ("id", pa.string()), ("error", pa.string()), ("error_code", pa.string())])
    return pa.schema([(name, types[kind]) for name, kind in COLUMNS[table] if name != "article_date"])


def partition_key(table: str) -> str | None:
    """The hive partition column of a table: the article's date (flat tables: article_date)."""
    if table == "errors":
        return None
    return "date" if table == "records" else "article_date"


def commit_shard(out: Path, shard: Shard, records: list[dict[str, Any]]) -> dict[str, Any]:
    """Write one shard's tables under _staging, move them into place, then mark it done."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    rows: dict[str, dict[str | None, list[dict[str, Any]]]] = {t: {} for t in TABLES}
    for record in records:
        if "error" in record:
            rows["errors"].setdefault(None, []).append(
                {"input": record.get("input"), "id": record.get("id"), "error": record.get("error"),
                 "error_code": record.get("error_code")})
            continue
        date = record.get("date")
        rows["records"].setdefault(date, []).append(
            {"id": record["id"], "source": record.get("source"), "record": json.dumps(record, ensure_ascii=False)})
        for kind, items in flat_rows(record).items():
            rows[kind].setdefault(date, []).extend(items)
    staging = out / "_staging" / shard.id
    shutil.rmtree(staging, ignore_errors=True)
    moves: list[tuple[Path, Path]] = []
    name = f"part-{shard.id}.parquet"
    for table, by_date in rows.items():
        key = partition_key(table)
        for date, table_rows in by_date.items():
            folder = Path(table) if key is None else Path(table) / f"{key}={date or NULL_PARTITION}"
            (staging / folder).mkdir(parents=True, exist_ok=True)
            data = pa.Table.from_pylist(table_rows, schema=_schema(table))
            pq.write_table(data, staging / folder / name)
            moves.append((staging / folder / name, out / folder / name))
    for source, target in moves:
        target.parent.mkdir(parents=True, exist_ok=True)
        os.replace(source, target)  # atomic: a reader sees the old file or the whole new one
    summary = {
        "shard": asdict(shard), "articles": sum(len(v) for v in rows["records"].values()),
        "errors": sum(len(v) for v in rows["errors"].values()), "files": [str(t.relative_to(out)) for _, t in moves],
    }
    manifest = out / "_manifest"
    manifest.mkdir(exist_ok=True)
    temporary = manifest / f".{shard.id}.json.tmp"
    temporary.write_text(json.dumps(summary), encoding="utf-8")
    os.replace(temporary, manifest / f"{shard.id}.json")
    shutil.rmtree(staging, ignore_errors=True)
    return summary


def process_shards(shards: Any, out: str, config: str | None, default_date: str | None,
                   max_chars: int | None, batch_size: int) -> Any:
    """mapPartitions' function: analyse and commit each shard of one Spark partition."""
    from dateline.nlp import analyze_records

    nlp = _pipeline(config)
    for raw in shards:
        shard = Shard(*raw)
        start = time.perf_counter()
        records = list(analyze_records(nlp, shard_items(shard, default_date, max_chars), batch_size))
        summary = commit_shard(Path(out), shard, records)
        summary["seconds"] = time.perf_counter() - start
        summary["pid"] = os.getpid()
        summary["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        yield json.dumps(summary)


# -- driver side -----------------------------------------------------------------------------


def spark_session(master: str | None, app: str = "dateline") -> Any:
    try:
        from pyspark.sql import SparkSession
    except ImportError as exc:
        raise SparkMissing(reason=str(exc)) from exc
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)  # executors run this environment's Python
    os.environ.setdefault("PYSPARK_DRIVER_PYTHON", sys.executable)
    builder = (SparkSession.builder.appName(app).master(master or "local[*]")
               .config("spark.ui.enabled", "false").config("spark.python.worker.reuse", "true")
               .config("spark.ui.showConsoleProgress", "false"))
    try:
        return builder.getOrCreate()
    except Exception as exc:  # no Java, a bad master URL, ...
        raise SparkMissing(reason=f"{type(exc).__name__}: {exc}") from exc


def run(paths: list[str], out: str | Path, master: str | None = None, partitions: int | None = None,
        config: str | None = None, default_date: str | None = None, shard_size: int = 1000,
        max_chars: int | None = None, log: Any = None) -> dict[str, Any]:
    """Analyse the inputs into ``out``; returns what was done, skipped and how long it took."""
    from dateline.config import load_config

    out = Path(out)
    if out.exists() and not out.is_dir():
        raise SparkOutputError(path=str(out), reason="it is a file, not a folder")
    try:
        for table in TABLES:
            (out / table).mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise SparkOutputError(path=str(out), reason=exc.strerror or str(exc)) from exc
    batch_size = load_config(config)["pipeline"]["batch_size"]
    shards = plan_shards(paths, shard_size)
    done = done_shards(out)
    todo = [s for s in shards if s.id not in done]
    result: dict[str, Any] = {"shards": len(shards), "skipped": len(shards) - len(todo), "done_now": 0,
                              "articles": 0, "errors": 0, "seconds": 0.0, "startup_seconds": 0.0,
                              "workers": []}
    if not todo:
        return result
    started = time.perf_counter()
    spark = spark_session(master)
    result["startup_seconds"] = time.perf_counter() - started
    context = spark.sparkContext
    slices = partitions or min(len(todo), max(context.defaultParallelism, 1))
    config_path = str(Path(config).resolve()) if config else None
    job = context.parallelize([tuple(asdict(s).values()) for s in todo], numSlices=slices).mapPartitions(
        lambda it: process_shards(it, str(out.resolve()), config_path, default_date, max_chars, batch_size))
    try:
        summaries = [json.loads(s) for s in job.collect()]
    except Exception as exc:
        raise SparkFailed(reason=f"{type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}") from exc
    finally:
        spark.stop()
    result["seconds"] = time.perf_counter() - started
    result["done_now"] = len(summaries)
    result["articles"] = sum(s["articles"] for s in summaries)
    result["errors"] = sum(s["errors"] for s in summaries)
    result["workers"] = sorted({s["pid"] for s in summaries})
    result["peak_rss_mb_per_worker"] = max((s["peak_rss_mb"] for s in summaries), default=0.0)
    return result
