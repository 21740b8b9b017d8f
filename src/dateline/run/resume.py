"""Resumable runs: what an output file already holds, and the inputs still to do.

``dateline analyze -o FILE --resume`` and ``dateline ingest --resume`` use these. A run killed
at any moment (even SIGKILL) leaves at most one partial last line in a JSON Lines output: it
is cut off, the complete records are kept, and their articles are not analysed again. Records
are written one line at a time and flushed, so a rerun redoes at most what was in flight.
"""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from dateline.errors import ResumeFormatError, ResumeOutputError
from dateline.ingest import Article, Failure, Item


@dataclass
class Done:
    """What an earlier run finished: article ids, and the inputs that failed (by where)."""

    ids: set[str] = field(default_factory=set)
    failed_inputs: set[str] = field(default_factory=set)
    skipped: int = 0

    def has(self, item: Item) -> bool:
        if isinstance(item, Article):
            return item.id in self.ids
        return item.where is not None and item.where in self.failed_inputs

    def add(self, record: dict[str, Any]) -> None:
        if "error" in record:
            if record.get("input"):
                self.failed_inputs.add(record["input"])
        elif record.get("id"):
            self.ids.add(record["id"])


def read_done(path: str | Path) -> Done:
    """The records a JSON Lines output already holds; a partial last line is cut off the file."""
    path = Path(path)
    done = Done()
    if not path.exists():
        return done
    try:
        with path.open("rb+") as handle:
            data = handle.read()
            end = data.rfind(b"\n") + 1  # everything after the last newline is a torn write
            if end < len(data):
                handle.truncate(end)
    except OSError as exc:
        raise ResumeOutputError(path=str(path), reason=exc.strerror or str(exc)) from exc
    for number, line in enumerate(data[:end].splitlines(), 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except ValueError as exc:
            raise ResumeFormatError(path=str(path), line=number, reason=str(exc)) from exc
        if not isinstance(record, dict):
            raise ResumeFormatError(path=str(path), line=number, reason="not a JSON object")
        done.add(record)
    return done


def skip_done(items: Iterable[Item], done: Done) -> Iterator[Item]:
    """The inputs an earlier run did not finish (counting the others in ``done.skipped``)."""
    for item in items:
        if done.has(item):
            done.skipped += 1
        else:
            yield item


def recorded_failures(store: Any) -> set[str]:
    """The inputs whose failure a store has recorded (``dateline errors``), by where."""
    import sqlalchemy as sa

    from dateline.store import schema

    with store.engine.connect() as conn:
        return {row[0] for row in conn.execute(sa.select(schema.input_errors.c.input).distinct()) if row[0]}


def write_line(out: Any, record: dict[str, Any]) -> None:
    """One record as one JSON line, flushed to the OS so that a killed run loses nothing done."""
    out.write(json.dumps(record, ensure_ascii=False) + "\n")
    out.flush()


def sync(out: Any) -> None:
    with contextlib.suppress(OSError, ValueError):  # pipes and closed files
        os.fsync(out.fileno())


__all__ = ["Done", "Failure", "read_done", "recorded_failures", "skip_done", "sync", "write_line"]
