"""export: the store's contents in the formats researchers already use.

``write(store, fmt, kind, flt, out)`` streams the rows of ``dateline.store.export`` into one of
the writers below, a row at a time (constant memory at any store size):

- ``jsonl``: one JSON object a line: the contract record of each article (``--kind articles``,
  the default for this format: what ``dateline show`` prints), or the flat rows of another kind;
- ``csv`` and ``parquet``: one row per record, the typed columns of ``COLUMNS[kind]``
  (parquet through pyarrow: dates as dates, numbers as numbers, booleans as booleans);
- ``geojson``: a FeatureCollection, one Point (``[lon, lat]``) per resolved place mention
  (``--kind places``) or per event with a place (``--kind events``), the CSV's columns as
  properties;
- ``gdelt``: events as a tab-separated table with the GDELT 2.0 event table's column names.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import IO, Any

from dateline.errors import BadExportKind, ExportWriteError
from dateline.store.export import COLUMNS, KINDS, ExportFilter, count, records, rows

__all__ = ["FORMATS", "KINDS", "default_kind", "write"]

#: each format and the kinds it writes
FORMATS: dict[str, tuple[str, ...]] = {
    "jsonl": KINDS,
    "csv": KINDS,
    "parquet": KINDS,
    "geojson": ("places", "events"),
    "gdelt": ("events",),
}


def default_kind(fmt: str) -> str:
    """``articles`` (whole contract records) for jsonl, ``events`` for every other format."""
    return "articles" if fmt == "jsonl" else "events"


def check(fmt: str, kind: str) -> None:
    """BadExportKind (E009) when ``fmt`` cannot write ``kind``."""
    if fmt not in FORMATS:
        raise BadExportKind(fmt=fmt, kind=kind, allowed="nothing: the formats are " + ", ".join(FORMATS))
    if kind not in FORMATS[fmt]:
        raise BadExportKind(fmt=fmt, kind=kind, allowed="--kind " + " or ".join(FORMATS[fmt]))


def _writer(fmt: str) -> Callable[[Iterable[dict[str, Any]], str, IO[bytes]], int]:
    if fmt == "jsonl":
        from dateline.export.jsonl import write_jsonl as writer
    elif fmt == "csv":
        from dateline.export.table import write_csv as writer
    elif fmt == "parquet":
        from dateline.export.parquet import write_parquet as writer
    elif fmt == "geojson":
        from dateline.export.geojson import write_geojson as writer
    else:
        from dateline.export.gdelt import write_gdelt as writer
    return writer


def write(store: Any, fmt: str, kind: str | None, flt: ExportFilter | None, out: str | Path | IO[bytes],
          progress: Callable[[Iterator[Any], int], Iterator[Any]] | None = None) -> int:
    """Write ``kind``'s records that pass ``flt`` to ``out`` (a path, ``-`` for stdout, or a
    binary stream) as ``fmt``; the number of rows (records, features) written.

    A path is written to ``PATH.part`` and renamed when complete, so a failed export leaves
    no half-written file. ``progress(items, total)`` may wrap the stream (a progress bar).
    """
    kind = kind or default_kind(fmt)
    check(fmt, kind)
    writer = _writer(fmt)  # an absent pyarrow fails here, before any file is made
    flt = flt or ExportFilter()
    items: Iterator[Any] = records(store, flt) if (fmt == "jsonl" and kind == "articles") else rows(store, kind, flt)
    if progress is not None:
        items = progress(items, count(store, kind, flt))
    if not isinstance(out, (str, Path)):
        return writer(items, kind, out)
    if str(out) == "-":
        return writer(items, kind, sys.stdout.buffer)
    path = Path(out)
    part = path.with_name(path.name + ".part")
    try:
        with open(part, "wb") as stream:
            written = writer(items, kind, stream)
        os.replace(part, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            part.unlink()
        raise ExportWriteError(path=str(path), reason=exc.strerror or str(exc)) from exc
    except BaseException:
        with contextlib.suppress(OSError):
            part.unlink()
        raise
    return written


def public(row: dict[str, Any], kind: str) -> dict[str, Any]:
    """A row's columns only, in ``COLUMNS`` order (drops the writers' private ``_`` fields)."""
    return {name: row.get(name) for name, _ in COLUMNS[kind]}
