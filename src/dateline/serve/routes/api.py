"""The JSON API of API.md: /api/... (reads never change the store; one write, with the token)."""

from __future__ import annotations

import asyncio
import datetime as dt
import json
from typing import Any, Literal

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field

from dateline.errors import (
    BadBody,
    BadRequestParameter,
    BadToken,
    BodyTooLarge,
    LimitTooLarge,
    NotFound,
    QueryTooLong,
    WritesDisabled,
)
from dateline.store.queries import ArticleFilter, EventFilter, QuoteFilter

router = APIRouter(prefix="/api", tags=["api"])


# -- parameters ----------------------------------------------------------------------------


def check_limit(limit: int) -> int:
    from dateline.serve.app import MAX_LIMIT

    if limit > MAX_LIMIT:
        raise LimitTooLarge(value=limit, limit=MAX_LIMIT)
    return limit


def check_query(q: str | None, name: str = "q") -> str | None:
    from dateline.serve.app import MAX_QUERY

    if q is None:
        return None
    if len(q) > MAX_QUERY:
        raise QueryTooLong(size=len(q), limit=MAX_QUERY)
    q = q.strip()
    return q or None


def check_date(value: str | None, name: str) -> str | None:
    if value is None or not value.strip():
        return None
    try:
        if len(value) != 10:
            raise ValueError
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise BadRequestParameter(name=name, reason=f"{value[:40]!r} is not a date YYYY-MM-DD") from None


def check_bbox(value: str | None) -> tuple[float, float, float, float] | None:
    if value is None or not value.strip():
        return None
    try:
        west, south, east, north = (float(part) for part in value.split(","))
    except ValueError:
        raise BadRequestParameter(name="bbox", reason="give four numbers W,S,E,N (degrees)") from None
    if not (-180 <= west <= 180 and -180 <= east <= 180 and -90 <= south <= north <= 90):
        raise BadRequestParameter(name="bbox", reason="W and E in -180..180, S <= N in -90..90")
    return west, south, east, north


def short(value: str | None, name: str, limit: int = 200) -> str | None:
    if value is None or not value.strip():
        return None
    if len(value) > limit:
        raise BadRequestParameter(name=name, reason=f"longer than {limit} characters")
    return value.strip()


Limit = Query(20, ge=0, description="Items per page (at most 500).")
Offset = Query(0, ge=0, description="Items to skip.")


def listing(total: int, limit: int, offset: int, items: list[dict[str, Any]]) -> dict[str, Any]:
    return {"total": total, "limit": limit, "offset": offset, "items": items}


def event_filter(
    type: str | None = None, quad: str | None = None, actor_country: str | None = None,
    recipient_country: str | None = None, country: str | None = None, entity: str | None = None,
    since: str | None = None, until: str | None = None, bbox: str | None = None,
) -> EventFilter:
    return EventFilter(
        type=short(type, "type"), quad=short(quad, "quad"), actor_country=short(actor_country, "actor_country"),
        recipient_country=short(recipient_country, "recipient_country"), country=short(country, "country"),
        entity=short(entity, "entity", 500), since=check_date(since, "since"), until=check_date(until, "until"),
        bbox=check_bbox(bbox),
    )


def _store(request: Request) -> Any:
    return request.app.state.store


# -- routes --------------------------------------------------------------------------------


@router.get("/health", summary="Server and store status")
def health(request: Request) -> dict[str, Any]:
    from dateline.serve.app import version

    return {"status": "ok", "articles": _store(request).article_total(), "schema": 1, "version": version()}


def search_articles(store: Any, q: str | None, since: str | None, until: str | None, source: str | None,
                    limit: int, offset: int) -> dict[str, Any]:
    """The search (ranked, with q) or the newest articles (without), as one list answer."""
    limit = check_limit(limit)
    q = check_query(q)
    filters = ArticleFilter(check_date(since, "since"), check_date(until, "until"), short(source, "source"))
    if q:
        total, hits = store.search_page(q, filters, limit, offset)
        items = [{k: h[k] for k in ("id", "date", "title", "source", "url", "snippet")} for h in hits]
    else:
        total, items = store.article_page(filters, limit, offset)
    return listing(total, limit, offset, items)


@router.get("/articles", summary="Search articles (ranked) or list them newest first")
def articles(
    request: Request,
    q: str | None = Query(None, description="Full-text query, the CLI's search syntax (at most 500 characters)."),
    since: str | None = Query(None, description="First publication date, YYYY-MM-DD (inclusive)."),
    until: str | None = Query(None, description="Last publication date, YYYY-MM-DD (inclusive)."),
    source: str | None = Query(None, description="Only articles from this source."),
    limit: int = Limit,
    offset: int = Offset,
) -> dict[str, Any]:
    return search_articles(_store(request), q, since, until, source, limit, offset)


@router.get("/articles/{article_id:path}", summary="One article's contract record (as `dateline show`)")
def article(request: Request, article_id: str) -> dict[str, Any]:
    from dateline.errors import ArticleNotFound

    try:
        return _store(request).get(article_id)
    except ArticleNotFound:  # the store's own message names its URL: not for the network
        raise NotFound(what="article", key=article_id) from None


@router.get("/entities", summary="The entity registry, most mentioned first")
def entities(
    request: Request,
    q: str | None = Query(None, description="A substring of the name or key."),
    type: str | None = Query(None, description="PERSON, ORG, GPE, LOC, NORP, FAC or EVENT."),
    country: str | None = Query(None, description="ISO 3166-1 alpha-3 country code."),
    limit: int = Limit,
    offset: int = Offset,
) -> dict[str, Any]:
    limit = check_limit(limit)
    total, items = _store(request).entity_page(check_query(q), short(type, "type"), short(country, "country"), limit, offset)
    return listing(total, limit, offset, items)


@router.get("/entities/{key:path}", summary="One entity with its quotes, events and recent articles")
def entity(request: Request, key: str) -> dict[str, Any]:
    found = _store(request).entity(key)
    if found is None:
        raise NotFound(what="entity", key=key)
    return found


@router.get("/quotes", summary="Who said what: quotes, newest first")
def quotes(
    request: Request,
    speaker: str | None = Query(None, description="The speaker's entity key."),
    q: str | None = Query(None, description="Text in the quote or the speaker's name."),
    since: str | None = Query(None, description="First article date, YYYY-MM-DD."),
    until: str | None = Query(None, description="Last article date, YYYY-MM-DD."),
    limit: int = Limit,
    offset: int = Offset,
) -> dict[str, Any]:
    limit = check_limit(limit)
    filters = QuoteFilter(short(speaker, "speaker", 500), check_query(q), check_date(since, "since"), check_date(until, "until"))
    total, items = _store(request).quote_page(filters, limit, offset)
    return listing(total, limit, offset, items)


EVENT_FILTER_DOC = (
    "Filters: type (PLOVER), quad, actor_country, recipient_country, country (either), entity "
    "(actor or recipient key), since/until (the event's date when a full day, else its article's), "
    "bbox=W,S,E,N."
)


@router.get("/events", summary="Events, newest first", description=EVENT_FILTER_DOC)
def events(
    request: Request, type: str | None = None, quad: str | None = None, actor_country: str | None = None,
    recipient_country: str | None = None, country: str | None = None, entity: str | None = None,
    since: str | None = None, until: str | None = None, bbox: str | None = None,
    limit: int = Limit, offset: int = Offset,
) -> dict[str, Any]:
    limit = check_limit(limit)
    filters = event_filter(type, quad, actor_country, recipient_country, country, entity, since, until, bbox)
    total, items = _store(request).event_page(filters, limit, offset)
    return listing(total, limit, offset, items)


@router.get("/events.geojson", summary="Events with a place, as GeoJSON points", description=EVENT_FILTER_DOC)
def events_geojson(
    request: Request, type: str | None = None, quad: str | None = None, actor_country: str | None = None,
    recipient_country: str | None = None, country: str | None = None, entity: str | None = None,
    since: str | None = None, until: str | None = None, bbox: str | None = None,
) -> JSONResponse:
    filters = event_filter(type, quad, actor_country, recipient_country, country, entity, since, until, bbox)
    return JSONResponse(_store(request).events_geojson(filters), media_type="application/geo+json")


@router.get("/timeline", summary="Event counts per period, by type or quad", description=EVENT_FILTER_DOC)
def timeline(
    request: Request, since: str | None = None, until: str | None = None,
    interval: Literal["day", "week", "month"] = "day", by: Literal["type", "quad"] = "type",
    type: str | None = None, quad: str | None = None, actor_country: str | None = None,
    recipient_country: str | None = None, country: str | None = None, entity: str | None = None,
    bbox: str | None = None,
) -> dict[str, Any]:
    filters = event_filter(type, quad, actor_country, recipient_country, country, entity, since, until, bbox)
    series = _store(request).timeline(filters, interval, by)
    for item in series:
        item["start"], item["end"] = period_bounds(item["period"], interval)
    return {"interval": interval, "by": by, "series": series}


def period_bounds(period: str, interval: str) -> tuple[str, str]:
    """The first and last day of a period (YYYY-MM-DD, YYYY-Www, YYYY-MM)."""
    if interval == "month":
        first = dt.date.fromisoformat(period + "-01")
        following = (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
        return first.isoformat(), (following - dt.timedelta(days=1)).isoformat()
    if interval == "week":
        year, week = period.split("-W")
        first = dt.date.fromisocalendar(int(year), int(week), 1)
        return first.isoformat(), (first + dt.timedelta(days=6)).isoformat()
    return period, period


class NewArticle(BaseModel):
    text: str = Field(..., min_length=1, description="The article's body.")
    date: str = Field(..., description="Publication date YYYY-MM-DD.")
    id: str | None = Field(None, max_length=200)
    title: str | None = Field(None, max_length=2000)
    url: str | None = Field(None, max_length=2000)
    source: str | None = Field(None, max_length=500)


def require_token(request: Request) -> None:
    """Writes need the server's token (checked before the body is read)."""
    from dateline.serve.app import token_matches

    state = request.app.state
    if state.token is None:
        raise WritesDisabled()
    if not token_matches(state.token, request.headers.get("authorization")):
        raise BadToken()


@router.post("/articles", status_code=201, dependencies=[Depends(require_token)], summary="Analyse and store one article (needs the token)",
             responses={401: {"description": "no or wrong token"}, 403: {"description": "writes are off"}})
async def post_article(request: Request, article: NewArticle) -> dict[str, Any]:
    from dateline.serve.app import MAX_BODY

    state = request.app.state
    body = await request.body()
    if len(body) > MAX_BODY:
        raise BodyTooLarge(size=len(body), limit=MAX_BODY)
    date = check_date(article.date, "date")
    if article.url and not article.url.startswith(("http://", "https://")):
        raise BadBody(reason="url must start with http:// or https://")
    meta = {k: v for k, v in article.model_dump().items() if k in ("id", "title", "url", "source") and v}
    analyze: Any = state.analyze or _default_analyze
    record = await asyncio.to_thread(analyze, article.text, date, **meta)
    if "error" in record:
        raise BadBody(reason=str(record["error"]))
    outcome = await asyncio.to_thread(state.store.write, record)
    return {"id": record["id"], "status": "unchanged" if outcome == "unchanged" else "stored"}


def _default_analyze(text: str, date: str | None, **meta: Any) -> dict[str, Any]:
    from dateline.api import analyze

    return json.loads(json.dumps(analyze(text, date, **meta)))
