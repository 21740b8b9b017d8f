"""Readers for plain inputs: .txt articles (with an optional date header), JSONL and CSV corpora.

Every reader is a generator of Article or Failure: a bad input or a bad line becomes a
Failure naming what was wrong and where, and reading goes on with the next one.
"""

from __future__ import annotations

import codecs
import csv
import io
import json
import re
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from dateline.errors import (
    BinaryInput,
    EncodingInput,
    InputError,
    MalformedInput,
    MissingText,
    TooLarge,
    UnreadableInput,
)
from dateline.ingest.article import Article, Failure, Item, parse_date

#: default largest article, in characters (spaCy's own default max_length)
MAX_CHARS = 1_000_000

# "date 2022-03-30" before the body, possibly after white space, on its own line or not
_DATE_HEADER = re.compile(r"\A\s*[Dd]ate[ \t]*:?[ \t]+(\d{4}-\d{2}-\d{2})(?=\s|\Z)\s*")

FIELDS = ("id", "text", "date", "title", "url", "source", "language")


def read_bytes(path: Path, max_bytes: int | None = None) -> bytes:
    """The file's bytes; UnreadableInput or TooLarge instead of an OSError or a huge read."""
    try:
        size = path.stat().st_size
        if max_bytes is not None and size > max_bytes:
            raise TooLarge(where=str(path), size=f"{size:,} bytes", limit=f"{max_bytes:,} bytes")
        return path.read_bytes()
    except OSError as exc:
        raise UnreadableInput(where=str(path), reason=exc.strerror or str(exc)) from exc


def decode(data: bytes, where: str) -> str:
    """Bytes to text: UTF-8 (BOM allowed) or BOM-marked UTF-16; binary data is refused."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise EncodingInput(where=where, reason=f"bad UTF-16 at byte {exc.start}") from exc
    head = data[:8192]
    if b"\x00" in head:
        raise BinaryInput(where=where, reason="it contains NUL bytes")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        controls = sum(1 for b in head if b < 9 or 13 < b < 32)
        if controls > len(head) * 0.05:
            raise BinaryInput(where=where, reason="it is mostly control bytes") from exc
        raise EncodingInput(
            where=where, reason=f"byte 0x{data[exc.start]:02x} at offset {exc.start}"
        ) from exc
    return text


def split_date_header(content: str) -> tuple[str | None, str]:
    """Split an optional leading 'date YYYY-MM-DD' header from a .txt article's body."""
    match = _DATE_HEADER.match(content)
    if not match:
        return None, content
    return match.group(1), content[match.end() :]


def read_txt(path: Path, default_date: str | None = None, max_chars: int = MAX_CHARS) -> Iterator[Item]:
    where = str(path)
    try:
        content = decode(read_bytes(path, max_bytes=max_chars * 4), where)
        header_date, body = split_date_header(content)
        date = parse_date(header_date, where) if header_date else default_date
        yield make_article({"text": body, "date": date}, where, max_chars=max_chars)
    except InputError as error:
        yield Failure(error, where)


def make_article(
    fields: Mapping[str, Any], where: str, default_date: str | None = None, max_chars: int = MAX_CHARS
) -> Article:
    """An Article from a record's fields (JSONL line, CSV row, feed entry), checked."""
    text = fields.get("text")
    if not isinstance(text, str) or not text.strip():
        reason = "" if text is None else " (the 'text' field is empty or not a string)"
        raise MissingText(where=where, reason=reason or " (no 'text' field)")
    if len(text) > max_chars:
        raise TooLarge(where=where, size=f"{len(text):,}", limit=f"{max_chars:,}")
    date = parse_date(fields.get("date"), where) or default_date

    def optional(name: str) -> str | None:
        value = fields.get(name)
        return None if value in (None, "") else str(value)

    return Article(
        text=text,
        id=optional("id") or "",
        date=date,
        title=optional("title"),
        url=optional("url"),
        source=optional("source"),
        language=optional("language"),
        where=where,
    )


def read_jsonl(path: Path, default_date: str | None = None, max_chars: int = MAX_CHARS) -> Iterator[Item]:
    """One article per line, streamed: a corpus of any size is never held in memory whole."""
    try:
        handle = path.open("rb")
    except OSError as exc:
        yield Failure(UnreadableInput(where=str(path), reason=exc.strerror or str(exc)), str(path))
        return
    with handle:
        for number, raw in enumerate(handle, start=1):
            if not raw.strip():
                continue
            where = f"{path}:{number}"
            record: Any = None
            try:
                line = decode(raw.removeprefix(codecs.BOM_UTF8) if number == 1 else raw, where)
                try:
                    record = json.loads(line)
                except json.JSONDecodeError as exc:
                    raise MalformedInput(where=where, reason=f"invalid JSON ({exc.msg} at column {exc.colno})") from exc
                if not isinstance(record, dict):
                    raise MalformedInput(where=where, reason=f"a line must be a JSON object, not {type(record).__name__}")
                yield make_article(record, where, default_date, max_chars)
            except BinaryInput as error:  # not a corpus at all: one record for the file
                yield Failure(BinaryInput(where=str(path), reason=error.fields.get("reason", "")), str(path))
                return
            except InputError as error:
                yield Failure(error, where, id=_given_id(record))


def read_csv(path: Path, default_date: str | None = None, max_chars: int = MAX_CHARS) -> Iterator[Item]:
    try:
        content = decode(read_bytes(path), str(path))
    except InputError as error:
        yield Failure(error, str(path))
        return
    csv.field_size_limit(max(max_chars * 4, 131072))
    reader = csv.DictReader(io.StringIO(content, newline=""))
    if not reader.fieldnames or "text" not in reader.fieldnames:
        yield Failure(
            MalformedInput(where=str(path), reason=f"the header must name a 'text' column (it has {reader.fieldnames})"),
            str(path),
        )
        return
    rows = iter(reader)
    while True:
        where = f"{path}:{reader.line_num + 1}"
        try:
            row = next(rows)
        except StopIteration:
            return
        except csv.Error as exc:
            yield Failure(MalformedInput(where=where, reason=str(exc)), where)
            return
        try:
            yield make_article(row, where, default_date, max_chars)
        except InputError as error:
            yield Failure(error, where, id=_given_id(row))


def _given_id(record: Any) -> str | None:
    if isinstance(record, dict) and record.get("id") not in (None, ""):
        return str(record["id"])
    return None
