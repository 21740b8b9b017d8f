"""JSON Lines: one object a line (contract records for articles, flat rows otherwise)."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from typing import IO, Any


def _default(value: Any) -> str:
    if isinstance(value, dt.date):
        return value.isoformat()
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


def write_jsonl(items: Iterable[dict[str, Any]], kind: str, out: IO[bytes]) -> int:
    from dateline.export import public

    n = 0
    for item in items:
        obj = item if kind == "articles" and "schema" in item else public(item, kind)
        out.write(json.dumps(obj, ensure_ascii=False, default=_default).encode("utf-8") + b"\n")
        n += 1
    return n
