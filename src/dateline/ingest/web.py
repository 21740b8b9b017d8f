"""Readers for web inputs: HTML pages (main text by trafilatura) and RSS/Atom feeds (feedparser)."""

from __future__ import annotations

import datetime as dt
import logging
import re
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from dateline.errors import BadInputDate, InputError, MalformedInput, MissingText, UnknownEncoding
from dateline.ingest.article import Failure, Item
from dateline.ingest.readers import MAX_CHARS, decode, make_article, read_bytes

# the encoding a page or feed declares in its first bytes: <meta charset>, http-equiv, <?xml?>
_DECLARED = re.compile(
    rb"""<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']|<meta[^>]*\bcharset\s*=\s*["']?([\w.:-]+)""", re.IGNORECASE
)
_ISO_DAY = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})")
_RFC822_DAY = re.compile(r"(\d{1,2})\s+([A-Za-z]{3})[A-Za-z]*\.?\s+(\d{4})")
_MONTHS = {m: i for i, m in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), start=1)}
# <meta> names and properties that carry a page's publication date
_DATE_META = re.compile(r"(^|[:_.\s-])(date|published|pubdate|publish_date|created|modified|updated)", re.IGNORECASE)

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


def declared_encoding(data: bytes, where: str) -> str | None:
    """The encoding a page or feed declares for itself (None when it declares none)."""
    import codecs

    match = _DECLARED.search(data[:4096])
    if not match:
        return None
    name = (match.group(1) or match.group(2)).decode("ascii", "replace")
    try:
        codecs.lookup(name)
    except LookupError as exc:
        raise UnknownEncoding(where=where, encoding=name, reason="Python knows no such codec") from exc
    return name


def check_day(value: Any, where: str, field: str) -> None:
    """Refuse a date string naming a day that does not exist (2022-02-30, 31 Apr 2022):
    parsers would quietly move it to another day."""
    if not isinstance(value, str):
        return
    iso = _ISO_DAY.match(value)
    rfc = None if iso else _RFC822_DAY.search(value)
    try:
        if iso:
            dt.date(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))
        elif rfc and rfc.group(2).lower() in _MONTHS:
            dt.date(int(rfc.group(3)), _MONTHS[rfc.group(2).lower()], int(rfc.group(1)))
    except ValueError as exc:
        raise BadInputDate(where=where, field=field, value=value.strip()) from exc


def _check_meta_dates(html: str, where: str) -> None:
    """A page whose <meta> publication date names a day that does not exist is refused."""
    import lxml.html

    try:
        root = lxml.html.document_fromstring(html)
    except Exception:  # noqa: BLE001 - lxml raises several types on junk; trafilatura has its say
        return
    for meta in root.iter("meta"):
        name = meta.get("property") or meta.get("name") or meta.get("itemprop") or ""
        if _DATE_META.search(name):
            check_day(meta.get("content"), where, f"<meta {name}>")
    for node in root.iter("time"):
        check_day(node.get("datetime"), where, "<time datetime>")


def _has_body_text(html: str) -> bool:
    """Whether a page has words outside links, navigation, headers, footers and scripts (a
    page of menus alone has no article, whatever an extractor makes of it)."""
    import lxml.html

    try:
        root = lxml.html.document_fromstring(html)
    except Exception:  # noqa: BLE001 - unparsable: let the extractor decide
        return True
    for tag in ("nav", "header", "footer", "aside", "script", "style", "noscript", "template", "a", "title", "button",
                "select", "form", "menu"):
        for node in list(root.iter(tag)):
            node.drop_tree()
    words = root.text_content().split()
    return sum(1 for w in words if any(c.isalpha() for c in w)) >= 3


def read_html(path: Path, default_date: str | None = None, max_chars: int = MAX_CHARS) -> Iterator[Item]:
    where = str(path)
    try:
        data = read_bytes(path, max_bytes=max_chars * 8)
        html = decode(data, where, declared_encoding(data, where))
        _check_meta_dates(html, where)
        if not _has_body_text(html):
            raise MissingText(where=where, reason=" (the page holds only links and navigation)")
        fields = extract_html(html, where)
        yield make_article(fields, where, default_date, max_chars)
    except InputError as error:
        yield Failure(error, where)


def _entry_date(entry: Any, where: str) -> str | None:
    for name in ("published", "updated", "created"):
        check_day(entry.get(name), where, name)
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
        decode(data, where, declared_encoding(data, where))  # refuse binary junk before feedparser guesses
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
            "source": source,
        }
        try:
            fields["date"] = _entry_date(entry, entry_where)
            yield make_article(fields, entry_where, default_date, max_chars)
        except InputError as error:
            yield Failure(error, entry_where, id=fields["id"])
