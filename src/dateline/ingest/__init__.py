"""Ingest: turn files and folders into a stream of Articles (or Failures, which say why).

``read_inputs(paths)`` is the one entry point; it picks a reader by extension and, for
unknown extensions, by sniffing the first bytes. Every input is accounted for: each article
comes out as an Article, and everything that is not one (an unreadable file, a dangling link,
an empty corpus, a bad line, an id given twice) as exactly one Failure, and the batch goes on.
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from dateline.errors import (
    BrokenLink,
    DuplicateId,
    InputError,
    LinkLoop,
    MissingInput,
    UnexpectedInputFailure,
    UnreadableFolder,
    UnsupportedInput,
)
from dateline.ingest.article import Article, Failure, Item, parse_date, printable, stable_id
from dateline.ingest.readers import (
    MAX_CHARS,
    decode,
    open_regular,
    read_bytes,
    read_csv,
    read_json,
    read_jsonl,
    read_txt,
    split_date_header,
)
from dateline.ingest.web import read_feed, read_html

Reader = Callable[..., Iterator[Item]]

READERS: dict[str, Reader] = {
    ".txt": read_txt,
    ".text": read_txt,
    ".jsonl": read_jsonl,
    ".ndjson": read_jsonl,
    ".json": read_json,
    ".csv": read_csv,
    ".html": read_html,
    ".htm": read_html,
    ".xml": read_feed,
    ".rss": read_feed,
    ".atom": read_feed,
}

ACCEPTED = ", ".join(sorted(READERS))


def sniff(path: Path) -> Reader:
    """Choose a reader for a file with an unknown extension from its first bytes."""
    try:
        with open_regular(path) as handle:
            head = handle.read(4096)
    except (InputError, OSError):
        return read_txt  # read_txt reports why the file cannot be read
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if text.startswith(b"{"):
        return read_jsonl
    if text.startswith(b"["):
        return read_json
    if text.startswith(b"<"):
        if b"<rss" in text or b"<feed" in text or b"<rdf:rdf" in text:
            return read_feed
        return read_html
    return read_txt


def reader_for(path: Path) -> Reader:
    return READERS.get(path.suffix.lower()) or sniff(path)


def _walk(folder: Path, seen: set[tuple[int, int]]) -> Iterator[Path | Failure]:
    """A folder's supported files (recursively, sorted), following linked folders once each;
    links that dangle or loop and subfolders that cannot be listed come out as Failures."""
    try:
        info = folder.stat()
        key = (info.st_dev, info.st_ino)
        if key in seen:
            yield Failure(LinkLoop(where=str(folder), reason="a folder already being read"), str(folder))
            return
        seen.add(key)
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError as exc:
        yield Failure(UnreadableFolder(where=str(folder), reason=exc.strerror or str(exc)), str(folder))
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = Path(entry.path)
        try:
            mode = os.stat(path).st_mode  # after links
        except OSError as exc:
            if entry.is_symlink():
                error = LinkLoop(where=str(path), reason="too many levels of links") if exc.errno == errno.ELOOP else \
                    BrokenLink(where=str(path), target=os.readlink(path))
            else:
                error = UnreadableFolder(where=str(path), reason=exc.strerror or str(exc))
            yield Failure(error, str(path))
            continue
        if stat.S_ISDIR(mode):
            yield from _walk(path, seen)
        elif path.suffix.lower() in READERS:
            yield path  # a FIFO or device named x.txt is refused by its reader, unread


def expand(paths: Iterable[str | Path]) -> Iterator[Path | Failure]:
    """Files named, and the supported files inside folders named (recursively, sorted)."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = False
            for item in _walk(path, set()):
                found = True
                yield item
            if not found:
                yield Failure(UnsupportedInput(where=str(path), reason="a folder with no supported files", accepted=ACCEPTED), str(path))
        elif path.exists():
            yield path
        elif path.is_symlink():
            try:
                path.stat()
                error = BrokenLink(where=str(path), target=os.readlink(path))
            except OSError as exc:
                error = LinkLoop(where=str(path), reason="too many levels of links") if exc.errno == errno.ELOOP else \
                    BrokenLink(where=str(path), target=os.readlink(path))
            yield Failure(error, str(path))
        else:
            yield Failure(MissingInput(where=str(path)), str(path))


def read_inputs(
    paths: Iterable[str | Path], default_date: str | None = None, max_chars: int = MAX_CHARS
) -> Iterator[Item]:
    """Every article in the given files and folders, in order; unreadable inputs as Failures.

    An id given a second time in one run is a Failure (E119) naming where it was first seen:
    the later article is not analysed, so nothing is replaced silently.
    """
    first_seen: dict[str, str] = {}
    for path in expand(paths):
        if isinstance(path, Failure):
            yield path
            continue
        for item in _read_one(path, default_date, max_chars):
            if isinstance(item, Article):
                if item.id in first_seen:
                    error = DuplicateId(where=item.where, article_id=item.id, first=first_seen[item.id])
                    item = Failure(error, item.where, id=item.id)
                else:
                    first_seen[item.id] = item.where or ""
            yield item


def _read_one(path: Path, default_date: str | None, max_chars: int) -> Iterator[Item]:
    """One file's items; whatever a reader raises becomes one more Failure, never a crash."""
    try:
        yield from reader_for(path)(path, default_date=default_date, max_chars=max_chars)
    except InputError as error:  # a reader's own check that escaped: still one record
        yield Failure(error, str(path))
    except (RecursionError, MemoryError, ValueError, TypeError, OSError, UnicodeError, LookupError) as exc:
        reason = printable(f"{type(exc).__name__}: {exc}")
        yield Failure(UnexpectedInputFailure(where=str(path), reason=reason), str(path))


__all__ = [
    "ACCEPTED",
    "MAX_CHARS",
    "READERS",
    "Article",
    "Failure",
    "Item",
    "decode",
    "parse_date",
    "read_bytes",
    "read_inputs",
    "split_date_header",
    "stable_id",
]
