"""Readers for web inputs: HTML pages (main text by trafilatura) and RSS/Atom feeds (feedparser)."""

from __future__ import annotations

import datetime as dt
import logging
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from dateline.errors import InputError, MalformedInput, MissingText
from dateline.ingest.article import Failure, Item
from dateline.ingest.readers import MAX_CHARS, decode, make_article, read_bytes

# trafilatura and htmldate log every page they find hard; their messages are not ours to print
for _name in ("trafilatura", "htmldate", "courlan"):
    logging.getLogger(_name).setLevel(logging.ERROR)


def extract_html(html: str, where: str, url: str | None = None) -> dict[str, Any]:
    """The article in an HTML page: body text without navigation or footer, title, date, url."""
    import trafilatura

    document = trafilatura.bare_extraction(
        html,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        favor_precision=True,
    )
    if document is None:
        raise MissingText(where=where, reason=" (no article body found in the page)")
    found = document if isinstance(document, dict) else document.as_dict()
    return {
        "text": found.get("text") or "",
        "title": found.get("title"),
        "date": found.get("date"),
        "url": found.get("url") or url,
        "source": found.get("sitename") or found.get("hostname"),
        "language": found.get("language"),
    }


def html_to_text(fragment: str) -> str:
    """Plain text of an HTML fragment (a feed entry's content): block elements become lines."""
    import lxml.html

    if "<" not in fragment:
        return fragment.strip()
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except Exception:  # lxml raises several types on junk; the plain string is the best we have
        return fragment.strip()
    for br in root.iter("br"):
        br.tail = "\n" + (br.tail or "")
    blocks = {"p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "tr"}
    for element in root.iter():
        if element.tag in blocks:
            element.tail = "\n\n" + (element.tail or "")
    lines = [" ".join(line.split()) for line in root.text_content().split("\n")]
    text = "\n".join(lines)
    while "\n\n\n" in text:
        text = text.replace("\n\n\n", "\n\n")
    return text.strip()


def read_html(path: Path, default_date: str | None = None, max_chars: int = MAX_CHARS) -> Iterator[Item]:
    where = str(path)
    try:
        html = decode(read_bytes(path, max_bytes=max_chars * 8), where)
        fields = extract_html(html, where)
        yield make_article(fields, where, default_date, max_chars)
    except InputError as error:
        yield Failure(error, where)


def _entry_date(entry: Any) -> str | None:
    for name in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(name)
        if isinstance(value, time.struct_time):
            return dt.date(value.tm_year, value.tm_mon, value.tm_mday).isoformat()
    return None


def read_feed(path: Path, default_date: str | None = None, max_chars: int = MAX_CHARS) -> Iterator[Item]:
    import feedparser

    where = str(path)
    try:
        data = read_bytes(path, max_bytes=max_chars * 8)
        decode(data, where)  # refuse binary junk before feedparser guesses at it
    except InputError as error:
        yield Failure(error, where)
        return
    feed = feedparser.parse(data)
    if not feed.entries:
        reason = str(feed.get("bozo_exception") or "no entries")
        yield Failure(MalformedInput(where=where, reason=f"not a readable RSS/Atom feed ({reason})"), where)
        return
    source = feed.feed.get("title")
    for number, entry in enumerate(feed.entries, start=1):
        entry_where = f"{path}#entry{number}"
        contents = entry.get("content") or []
        body = contents[0].get("value") if contents else entry.get("summary") or entry.get("description")
        fields = {
            "id": entry.get("id") or entry.get("link"),
            "text": html_to_text(body or ""),
            "title": entry.get("title"),
            "url": entry.get("link"),
            "date": _entry_date(entry),
            "source": source,
        }
        try:
            yield make_article(fields, entry_where, default_date, max_chars)
        except InputError as error:
            yield Failure(error, entry_where, id=fields["id"])
