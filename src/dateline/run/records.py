"""Load analysed records into the store in bulk: a ``dateline spark`` output folder or .parquet files.

``dateline ingest DIR`` comes here when DIR holds a ``records/`` dataset (or a path ends in
.parquet with a ``record`` column): no analysis, ``store.write_many`` in large transactions,
articles already stored skipped (idempotent like every ingest), error rows kept once.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from dateline.errors import BulkLoadError
from dateline.store import schema

BATCH = 1000


def is_analysed(path: str | Path) -> bool:
    """A 'dateline spark' output folder, or a Parquet file of records."""
    path = Path(path)
    if path.is_dir():
        return (path / "records").is_dir() and (path / "_manifest").is_dir()
    return path.suffix.lower() == ".parquet" and path.is_file()


def _record_files(path: Path) -> tuple[list[Path], list[Path]]:
    if path.is_dir():
        records = sorted(p for p in (path / "records").rglob("*.parquet") if not p.name.startswith((".", "_")))
        errors = sorted((path / "errors").rglob("*.parquet")) if (path / "errors").is_dir() else []
        return records, errors
    return [path], []


def read_records(path: str | Path) -> Iterator[dict[str, Any]]:
    """The contract records in a spark output folder or a records Parquet file, streamed."""
    import pyarrow.parquet as pq

    files, _errors = _record_files(Path(path))
    for file in files:
        try:
            parquet = pq.ParquetFile(file)
            if "record" not in parquet.schema_arrow.names:
                raise BulkLoadError(path=str(file), reason="it has no 'record' column (a 'dateline spark' records file has one)")
            for batch in parquet.iter_batches(columns=["record"], batch_size=BATCH):
                for text in batch.column(0).to_pylist():
                    yield json.loads(text)
        except BulkLoadError:
            raise
        except Exception as exc:
            raise BulkLoadError(path=str(file), reason=f"{type(exc).__name__}: {exc}") from exc


def read_errors(path: str | Path) -> Iterator[dict[str, Any]]:
    import pyarrow.parquet as pq

    _files, errors = _record_files(Path(path))
    for file in errors:
        for row in pq.read_table(file).to_pylist():
            yield {"schema": 1, **row}


def ingest_analysed(store: Any, paths: Sequence[str | Path], force: bool = False, batch: int = BATCH) -> Counter[str]:
    """Load records into the store with write_many; returns how many were added, ... skipped."""
    from dateline.run.resume import recorded_failures

    outcome: Counter[str] = Counter()
    for path in paths:
        pending: list[dict[str, Any]] = []
        for record in read_records(path):
            pending.append(record)
            if len(pending) >= batch:
                _flush(store, pending, force, outcome)
                pending = []
        _flush(store, pending, force, outcome)
        failed = recorded_failures(store)
        for error in read_errors(path):
            if error.get("input") in failed:
                continue
            store.record_error(error)
            outcome["failed"] += 1
    return outcome


def _flush(store: Any, records: list[dict[str, Any]], force: bool, outcome: Counter[str]) -> None:
    if not records:
        return
    if not force:
        stored: set[str] = set()
        ids = [r["id"] for r in records]
        with store.engine.connect() as conn:
            for i in range(0, len(ids), 500):
                chunk = ids[i : i + 500]
                stored.update(conn.execute(sa.select(schema.articles.c.id).where(schema.articles.c.id.in_(chunk))).scalars())
        outcome["already stored"] += sum(1 for r in records if r["id"] in stored)
        records = [r for r in records if r["id"] not in stored]
    for result in store.write_many(records) if records else []:
        outcome[result] += 1
