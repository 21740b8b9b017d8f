"""Parquet through pyarrow, with real types: dates as date32, numbers as int64/float64, booleans."""

from __future__ import annotations

from collections.abc import Iterable
from typing import IO, Any

from dateline.errors import ExportDependencyMissing
from dateline.store.export import COLUMNS

try:
    import pyarrow as pa
    import pyarrow.parquet as pq
except ImportError as exc:  # the 'export' extra is not installed
    raise ExportDependencyMissing(fmt="parquet", package="pyarrow") from exc

BATCH = 5000  # rows per row group written

_TYPES = {"str": pa.string(), "int": pa.int64(), "float": pa.float64(), "bool": pa.bool_(), "date": pa.date32()}


def arrow_schema(kind: str) -> pa.Schema:
    return pa.schema([pa.field(name, _TYPES[type_]) for name, type_ in COLUMNS[kind]])


def write_parquet(items: Iterable[dict[str, Any]], kind: str, out: IO[bytes]) -> int:
    schema = arrow_schema(kind)
    names = schema.names
    n = 0
    columns: dict[str, list[Any]] = {name: [] for name in names}
    with pq.ParquetWriter(pa.PythonFile(out, mode="w"), schema, compression="zstd") as writer:
        for row in items:
            for name in names:
                columns[name].append(row.get(name))
            n += 1
            if len(columns[names[0]]) >= BATCH:
                writer.write_batch(pa.record_batch(columns, schema=schema))
                columns = {name: [] for name in names}
        if columns[names[0]] or n == 0:
            writer.write_batch(pa.record_batch(columns, schema=schema))
    return n
