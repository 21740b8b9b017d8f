"""Every custom attribute dateline puts on spaCy objects, declared in this one place.

Components meet only through these attributes. Records are plain dicts in the shape of
CONTRACT.md (offsets are character offsets into ``doc.text``), so ``to_record`` only copies.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc

#: name -> (default factory, what it holds, who assigns it)
DOC_ATTRIBUTES: dict[str, tuple[Any, str, str]] = {
    "article": (dict, "the article's metadata: id, date (YYYY-MM-DD or None), title, url, source", "caller"),
    "entities": (list, "contract entities: id, key, name, type, country, sector, role, mentions", "dateline_entities"),
    "quotes": (list, "contract quotes: kind, content, cue, speaker, speaker_entity, speaker_name", "dateline_quotes"),
    "places": (list, "contract places: start, end, text, geonames_id, name, lat, lon, country", "dateline_places"),
    "times": (list, "contract times: start, end, text, type, value (TIMEX3)", "dateline_times"),
    "clause_dates": (dict, "token index of a clause's head verb -> the TIMEX3 date value governing it", "dateline_times"),
    "events": (list, "contract events: type, mode, quad, cameo, actor, recipient, date, place", "dateline_events"),
}


def register() -> None:
    """Declare the attributes (idempotent; spaCy refuses a second declaration without force)."""
    for name in DOC_ATTRIBUTES:
        if not Doc.has_extension(name):
            # a getter-free attribute with default None: each Doc gets its own fresh container
            Doc.set_extension(name, default=None)


def get(doc: Doc, name: str) -> Any:
    """The attribute's value, or a fresh empty container when nothing assigned it yet."""
    value = getattr(doc._, name)
    if value is None:
        value = DOC_ATTRIBUTES[name][0]()
        setattr(doc._, name, value)
    return value


def doc_text(doc: Doc) -> str:
    """``doc.text``, read once per Doc: spaCy rebuilds it from every token on each access, which
    costs milliseconds on a long article. A Doc's text never changes, so the copy stays right."""
    text = doc.user_data.get("dateline.text")
    if text is None:
        text = doc.user_data["dateline.text"] = doc.text
    return text


def publication_date(doc: Doc) -> str | None:
    """The article's publication date (YYYY-MM-DD) as it travelled with the Doc, or None."""
    article = doc._.article or {}
    return article.get("date")


register()
