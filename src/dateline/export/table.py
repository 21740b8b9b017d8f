"""CSV: a header and one row per record; empty for null, true/false, ISO dates (RFC 4180 quoting)."""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Iterable
from typing import IO, Any

from dateline.store.export import COLUMNS


def cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def write_csv(items: Iterable[dict[str, Any]], kind: str, out: IO[bytes]) -> int:
    names = [name for name, _ in COLUMNS[kind]]
    text = io.TextIOWrapper(out, encoding="utf-8", newline="", write_through=True)
    try:
        writer = csv.writer(text)
        writer.writerow(names)
        n = 0
        for row in items:
            writer.writerow([cell(row.get(name)) for name in names])
            n += 1
        text.flush()
    finally:
        text.detach()  # leave the caller's stream open
    return n
