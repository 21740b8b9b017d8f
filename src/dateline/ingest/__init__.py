"""Ingest: turn files and folders into a stream of Articles (or Failures, which say why).

``read_inputs(paths)`` is the one entry point; it picks a reader by extension and, for
unknown extensions, by sniffing the first bytes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from dateline.errors import InputError, MissingInput, UnsupportedInput
from dateline.ingest.article import Article, Failure, Item, parse_date, stable_id
from dateline.ingest.readers import MAX_CHARS, decode, read_bytes, read_csv, read_jsonl, read_txt, split_date_header
from dateline.ingest.web import read_feed, read_html

Reader = Callable[..., Iterator[Item]]

READERS: dict[str, Reader] = {
    ".txt": read_txt,
    ".text": read_txt,
    ".jsonl": read_jsonl,
    ".ndjson": read_jsonl,
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
        with path.open("rb") as handle:
            head = handle.read(4096)
    except OSError:
        return read_txt  # read_txt reports the OSError with its reason
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if text.startswith(b"{"):
        return read_jsonl
    if text.startswith(b"<"):
        if b"<rss" in text or b"<feed" in text or b"<rdf:rdf" in text:
            return read_feed
        return read_html
    return read_txt


def reader_for(path: Path) -> Reader:
    return READERS.get(path.suffix.lower()) or sniff(path)


def expand(paths: Iterable[str | Path]) -> Iterator[Path | Failure]:
    """Files named, and the supported files inside folders named (recursively, sorted)."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = sorted(
                p
                for p in path.rglob("*")
                if p.is_file()
                and p.suffix.lower() in READERS
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
            )
            if not found:
                yield Failure(UnsupportedInput(where=str(path), reason="a folder with no supported files", accepted=ACCEPTED), str(path))
            yield from found
        elif path.exists():
            yield path
        else:
            yield Failure(MissingInput(where=str(path)), str(path))


def read_inputs(
    paths: Iterable[str | Path], default_date: str | None = None, max_chars: int = MAX_CHARS
) -> Iterator[Item]:
    """Every article in the given files and folders, in order; unreadable inputs as Failures."""
    for path in expand(paths):
        if isinstance(path, Failure):
            yield path
            continue
        try:
            yield from reader_for(path)(path, default_date=default_date, max_chars=max_chars)
        except InputError as error:  # a reader's own check that escaped: still one record
            yield Failure(error, str(path))


__all__ = [
    "ACCEPTED",
    "Article",
    "Failure",
    "Item",
    "MAX_CHARS",
    "READERS",
    "decode",
    "parse_date",
    "read_bytes",
    "read_inputs",
    "split_date_header",
    "stable_id",
]
