"""Readers for plain inputs: .txt articles (with an optional date header), JSONL and CSV corpora.

Every reader is a generator of Article or Failure: a bad input or a bad line becomes a
Failure naming what was wrong and where, and reading goes on with the next one.
"""

from __future__ import annotations

import codecs
import csv
import errno
import io
import json
import os
import re
import stat
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any, BinaryIO

from dateline.errors import (
    BinaryInput,
    BrokenLink,
    EmptyInput,
    EncodingInput,
    InputError,
    LinkLoop,
    LoneSurrogate,
    MalformedInput,
    MissingInput,
    MissingText,
    NotRegularFile,
    NumberTooLong,
    TooDeep,
    TooLarge,
    UnreadableInput,
    UnterminatedQuote,
    WrongFieldType,
)
from dateline.ingest.article import Article, Failure, Item, parse_date

#: default largest article, in characters (spaCy's own default max_length)
MAX_CHARS = 1_000_000

# "date 2022-03-30" before the body, possibly after white space, on its own line or not
_DATE_HEADER = re.compile(r"\A\s*[Dd]ate[ \t]*:?[ \t]+(\d{4}-\d{2}-\d{2})(?=\s|\Z)\s*")

FIELDS = ("id", "text", "date", "title", "url", "source", "language")


#: largest corpus file (.csv, .json) read whole; .jsonl is streamed line by line
MAX_CORPUS_BYTES = 1 << 30

_CONTROLS = frozenset(chr(c) for c in (*range(9), *range(14, 32), 127))


def open_regular(path: Path) -> BinaryIO:
    """The file opened for reading, if it is a regular file (after links).

    A FIFO, a device (``/dev/zero``), a socket or a folder is refused without reading (a FIFO
    is opened non-blocking, so it cannot hang); a dangling or looping link gets its own error.
    """
    where = str(path)
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    except OSError as exc:
        raise _open_error(path, exc) from exc
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            raise NotRegularFile(where=where, kind=_kind(mode))
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def _open_error(path: Path, exc: OSError) -> InputError:
    where = str(path)
    if exc.errno == errno.ELOOP:
        return LinkLoop(where=where, reason="too many levels of links")
    if exc.errno == errno.ENOENT and os.path.islink(path):
        return BrokenLink(where=where, target=os.readlink(path))
    if exc.errno == errno.ENOENT:
        return MissingInput(where=where)
    if exc.errno in (errno.ENXIO, errno.EISDIR):  # a FIFO with no writer on some systems, a folder
        return NotRegularFile(where=where, kind=exc.strerror or str(exc))
    return UnreadableInput(where=where, reason=exc.strerror or str(exc))


def _kind(mode: int) -> str:
    for test, name in (
        (stat.S_ISFIFO, "a FIFO"),
        (stat.S_ISCHR, "a character device"),
        (stat.S_ISBLK, "a block device"),
        (stat.S_ISSOCK, "a socket"),
        (stat.S_ISDIR, "a folder"),
    ):
        if test(mode):
            return name
    return "not a plain file"


def read_bytes(path: Path, max_bytes: int | None = None) -> bytes:
    """The file's bytes; a coded InputError instead of an OSError, a hang or a huge read.

    Only regular files are read; the size limit is checked before reading (the file's size)
    and while reading (a file that grows is cut off at the limit and refused).
    """
    limit = MAX_CORPUS_BYTES if max_bytes is None else max_bytes
    with open_regular(path) as handle:
        try:
            size = os.fstat(handle.fileno()).st_size
            if size > limit:
                raise TooLarge(where=str(path), size=f"{size:,} bytes", limit=f"{limit:,} bytes")
            data = handle.read(limit + 1)
        except OSError as exc:
            raise UnreadableInput(where=str(path), reason=exc.strerror or str(exc)) from exc
    if len(data) > limit:
        raise TooLarge(where=str(path), size=f"over {limit:,} bytes", limit=f"{limit:,} bytes")
    return data


def decode(data: bytes, where: str, declared: str | None = None) -> str:
    """Bytes to text: BOM-marked UTF-32/UTF-16, a declared encoding (an HTML or XML page's own
    charset), else UTF-8 (BOM allowed); binary data and control-byte junk are refused."""
    text = _decode(data, where, declared)
    sample = text[:8192]
    controls = sum(1 for c in sample if c in _CONTROLS)
    if controls and controls >= sum(1 for c in sample if c.isalnum()):
        raise BinaryInput(where=where, reason=f"{controls} control characters and few letters")
    return text


def _decode(data: bytes, where: str, declared: str | None) -> str:
    for bom, codec in ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
                       (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                return data.decode(codec)
            except UnicodeDecodeError as exc:
                raise EncodingInput(where=where, reason=f"bad {codec.upper()} at byte {exc.start}") from exc
    head = data[:8192]
    if b"\x00" in head:
        raise BinaryInput(where=where, reason="it contains NUL bytes")
    if declared and codecs.lookup(declared).name not in ("utf-8", "utf-8-sig"):
        try:
            return data.decode(declared)
        except UnicodeDecodeError as exc:
            raise EncodingInput(where=where, reason=f"not valid {declared} at byte {exc.start}") from exc
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
    if isinstance(text, (dict, list)):
        raise WrongFieldType(where=where, field="text", kind=_type_name(text))
    if not isinstance(text, str) or not text.strip():
        reason = "" if text is None else " (the 'text' field is empty or not a string)"
        raise MissingText(where=where, reason=reason or " (no 'text' field)")
    _check_string("text", text, where)
    if len(text) > max_chars:
        raise TooLarge(where=where, size=f"{len(text):,}", limit=f"{max_chars:,}")
    if not any(c.isalnum() for c in text):
        raise MissingText(where=where, reason=" (no letters or digits in it)")
    if isinstance(fields.get("date"), (dict, list, bool)):
        raise WrongFieldType(where=where, field="date", kind=_type_name(fields["date"]))
    date = parse_date(fields.get("date"), where) or default_date

    def optional(name: str) -> str | None:
        value = fields.get(name)
        if value in (None, ""):
            return None
        if isinstance(value, (dict, list, tuple, bool)):  # an object is not an id or a title
            raise WrongFieldType(where=where, field=name, kind=_type_name(value))
        return _check_string(name, str(value), where)

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


def _type_name(value: Any) -> str:
    return {dict: "an object", list: "a list", tuple: "a list", bool: "true/false"}.get(type(value), type(value).__name__)


def _check_string(field: str, value: str, where: str) -> str:
    """The value, unless it holds a lone surrogate (JSON's '\\ud800'): not text anyone can print."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise LoneSurrogate(where=where, field=field, codepoint=f"U+{ord(value[exc.start]):04X}") from exc
    return value


def _parse_json(text: str, where: str) -> Any:
    """json.loads with every way it can fail turned into a coded InputError."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise MalformedInput(where=where, reason=f"invalid JSON ({exc.msg} at column {exc.colno})") from exc
    except RecursionError as exc:
        raise TooDeep(where=where, reason="JSON arrays or objects nested thousands deep") from exc
    except ValueError as exc:  # Python's limit on integer digits (CVE-2020-10735)
        raise NumberTooLong(where=where, reason=str(exc).split(";")[0]) from exc


def read_jsonl(path: Path, default_date: str | None = None, max_chars: int = MAX_CHARS) -> Iterator[Item]:
    """One article per line, streamed: a corpus of any size is never held in memory whole."""
    try:
        handle = open_regular(path)
    except InputError as error:
        yield Failure(error, str(path))
        return
    line_limit = max_chars * 4 + 4096  # bytes: the longest article, UTF-8, plus its fields
    seen_text = False
    with handle:
        lines = _lines(handle, line_limit)
        if handle.peek(4)[:4].startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_BE)):  # UTF-16/32: decode it whole
            try:
                text = decode(read_bytes(path), str(path))
            except InputError as error:
                yield Failure(error, str(path))
                return
            lines = ((n, line.encode("utf-8"), True) for n, line in enumerate(text.split("\n"), start=1))
        for number, raw, whole in lines:
            if not raw.strip():
                continue
            seen_text = True
            where = f"{path}:{number}"
            record: Any = None
            try:
                if not whole:
                    raise TooLarge(where=where, size=f"over {line_limit:,} bytes", limit=f"{line_limit:,} bytes")
                line = decode(raw.removeprefix(codecs.BOM_UTF8) if number == 1 else raw, where)
                record = _parse_json(line, where)
                if not isinstance(record, dict):
                    raise MalformedInput(where=where, reason=f"a line must be a JSON object, not {_type_name(record)}")
                yield make_article(record, where, default_date, max_chars)
            except BinaryInput as error:  # not a corpus at all: one record for the file
                yield Failure(BinaryInput(where=str(path), reason=error.fields.get("reason", "")), str(path))
                return
            except InputError as error:
                yield Failure(error, where, id=_given_id(record))
    if not seen_text:
        yield Failure(EmptyInput(where=str(path), reason="the file is empty or only white space"), str(path))


def _lines(handle: BinaryIO, limit: int) -> Iterator[tuple[int, bytes, bool]]:
    """(line number, bytes, whole?) for each line; a line over ``limit`` bytes is cut, its rest
    skipped without holding it in memory."""
    number = 0
    while True:
        raw = handle.readline(limit + 1)
        if not raw:
            return
        number += 1
        if len(raw) <= limit or raw.endswith(b"\n"):
            yield number, raw, True
            continue
        while raw and not raw.endswith(b"\n"):  # skip the rest of the long line
            raw = handle.readline(1 << 20)
        yield number, b"x", False


def read_json(path: Path, default_date: str | None = None, max_chars: int = MAX_CHARS) -> Iterator[Item]:
    """A .json file: one article object, or an array of article objects (one record each)."""
    where = str(path)
    try:
        data = _parse_json(decode(read_bytes(path), where), where)
    except InputError as error:
        yield Failure(error, where)
        return
    if isinstance(data, dict):
        data, single = [data], True
    elif isinstance(data, list):
        single = False
    else:
        reason = f"a .json file must hold an article object or an array of them, not {_type_name(data)}"
        yield Failure(MalformedInput(where=where, reason=reason), where)
        return
    if not data:
        yield Failure(EmptyInput(where=where, reason="an empty JSON array"), where)
    for number, record in enumerate(data, start=1):
        item_where = where if single else f"{path}#{number}"
        try:
            if not isinstance(record, dict):
                raise MalformedInput(where=item_where, reason=f"an array item must be a JSON object, not {_type_name(record)}")
            yield make_article(record, item_where, default_date, max_chars)
        except InputError as error:
            yield Failure(error, item_where, id=_given_id(record))


def read_csv(path: Path, default_date: str | None = None, max_chars: int = MAX_CHARS) -> Iterator[Item]:
    """A CSV corpus with a header naming at least 'text'. A quote left open spoils only its own
    row: reading starts again on the next line, so the rows after it still come out."""
    try:
        content = decode(read_bytes(path), str(path))
    except InputError as error:
        yield Failure(error, str(path))
        return
    csv.field_size_limit(max(max_chars * 4, 131072))
    lines = list(io.StringIO(content, newline=""))
    rows = _CsvRows(lines)
    header = rows.next_row()
    if header is None or not isinstance(header[1], list) or "text" not in header[1]:
        found = None if header is None or not isinstance(header[1], list) else header[1]
        yield Failure(
            MalformedInput(where=str(path), reason=f"the header must name a 'text' column (it has {found})"), str(path)
        )
        return
    names = header[1]
    count = 0
    while (row := rows.next_row()) is not None:
        start, values = row
        where = f"{path}:{start + 1}"
        count += 1
        if isinstance(values, InputError):
            yield Failure(values.__class__(where=where, **values.fields), where)
            continue
        record = dict(zip(names, values, strict=False))
        try:
            yield make_article(record, where, default_date, max_chars)
        except InputError as error:
            yield Failure(error, where, id=_given_id(record))
    if count == 0:
        yield Failure(EmptyInput(where=str(path), reason="a header but no rows"), str(path))


class _CsvRows:
    """CSV rows with the line each starts on; a row whose quote never closes properly is
    reported and parsing resumes on the line after its start."""

    def __init__(self, lines: list[str]) -> None:
        self.lines = lines
        self.pos = 0
        self.width: int | None = None  # the header's number of fields
        self.reader = self._new_reader()

    def _source(self) -> Iterator[str]:
        while self.pos < len(self.lines):
            self.pos += 1
            yield self.lines[self.pos - 1]

    def _new_reader(self) -> Iterator[list[str]]:
        return csv.reader(self._source(), strict=True)

    def next_row(self) -> tuple[int, list[str] | InputError] | None:
        while True:
            start = self.pos
            try:
                values = next(self.reader)
            except StopIteration:
                return None
            except csv.Error as exc:
                return start, self._resume(start, str(exc))
            if not values:  # a blank line
                continue
            spanned = self.pos - start
            if spanned > 1 and self.width is not None and len(values) != self.width:
                return start, self._resume(start, f"the row runs over {spanned} lines and has {len(values)} fields, not {self.width}")
            if self.width is None:
                self.width = len(values)
            return start, values

    def _resume(self, start: int, reason: str) -> InputError:
        spanned = self.pos - start
        self.pos = start + 1
        self.reader = self._new_reader()
        if spanned > 1 or "end of data" in reason or "EOF" in reason:
            return UnterminatedQuote(reason=reason)
        return MalformedInput(reason=reason)


def _given_id(record: Any) -> str | None:
    if isinstance(record, dict) and isinstance(record.get("id"), (str, int)) and record.get("id") != "":
        return str(record["id"])
    return None
