"""What every reader yields: an Article to analyse, or a Failure saying why an input was lost."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass, field
from typing import Any

from dateline.errors import BadDate, DatelineError

_ISO_DATE = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])")


def printable(value: str | None) -> str | None:
    """A string safe to print and store: a file name's undecodable bytes (kept by Python as
    lone surrogates) become U+FFFD, so a non-UTF-8 file name never breaks output."""
    if value is None:
        return None
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return "".join("\ufffd" if 0xD800 <= ord(c) <= 0xDFFF else c for c in value)
    return value


def stable_id(text: str) -> str:
    """A stable id for an article that came without one: 16 hex digits of SHA-256 of its text."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def parse_date(value: Any, where: str | None = None) -> str | None:
    """A publication date as 'YYYY-MM-DD', from a date, a datetime or an ISO string.

    Empty values give None (an article may have no date); anything else that is not a
    calendar date raises BadDate.
    """
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    text = str(value).strip()
    if not text:
        return None
    match = _ISO_DATE.match(text)
    if match:
        try:
            return dt.date(*(int(g) for g in match.groups())).isoformat()
        except ValueError:
            pass
    raise BadDate(where=where, value=text)


@dataclass(frozen=True)
class Article:
    """One article to analyse. ``text`` is kept exactly as given: every offset indexes into it."""

    text: str
    id: str = ""
    date: str | None = None
    title: str | None = None
    url: str | None = None
    source: str | None = None
    language: str | None = None
    where: str | None = None  # the input it came from (path, path:line), for messages

    def __post_init__(self) -> None:
        if not self.id:
            object.__setattr__(self, "id", stable_id(self.text))
        object.__setattr__(self, "where", printable(self.where))

    def meta(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "date": self.date,
            "title": self.title,
            "url": self.url,
            "source": self.source,
        }


@dataclass(frozen=True)
class Failure:
    """An input that could not be read: it becomes one error record, and the batch goes on."""

    error: DatelineError  # an InputError, or a PipelineError for an article the pipeline lost
    where: str | None = None
    id: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        object.__setattr__(self, "where", printable(self.where))
        object.__setattr__(self, "id", printable(self.id))

    def to_record(self) -> dict[str, Any]:
        return {
            "schema": 1,
            "id": self.id,
            "input": self.where,
            "error": printable(str(self.error)),
            "error_code": self.error.code,
        }


Item = Article | Failure
