"""Doc -> the JSON record of CONTRACT.md. The only reader of ``doc._`` outside ``nlp/``."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc

from dateline.nlp import extensions

SCHEMA = 1
RECORD_KINDS = ("entities", "quotes", "places", "times", "events")


def _public(value: Any) -> Any:
    """Records without private fields (keys starting with '_'), tuples as lists."""
    if isinstance(value, dict):
        return {k: _public(v) for k, v in value.items() if not str(k).startswith("_")}
    if isinstance(value, (list, tuple)):
        return [_public(v) for v in value]
    return value


def to_record(doc: Doc) -> dict[str, Any]:
    """The contract record of an analysed Doc: metadata, the unchanged text, every record list."""
    article = doc._.article or {}
    record: dict[str, Any] = {
        "schema": SCHEMA,
        "id": article.get("id"),
        "date": article.get("date"),
        "title": article.get("title"),
        "url": article.get("url"),
        "source": article.get("source"),
        "text": extensions.doc_text(doc),
    }
    for kind in RECORD_KINDS:
        record[kind] = _public(extensions.get(doc, kind))
    return record
