"""The web pages of API.md: server-rendered Jinja2 (autoescaped), HTMX for partial updates.

No inline script anywhere (the CSP allows scripts from 'self' only): the pages' behaviour is in
/static/app.js, and the data it needs comes from the JSON API or from data-* attributes.
"""

from __future__ import annotations

import datetime as dt
from typing import Any
from urllib.parse import urlencode

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse
from jinja2 import Environment, FileSystemLoader, select_autoescape

from dateline.errors import DatelineError, NotFound
from dateline.serve.routes import api
from dateline.serve.routes.highlight import entity_href, marked_text, record_lists
from dateline.store.queries import QuoteFilter

router = APIRouter(include_in_schema=False)

QUADS = ["verbal cooperation", "material cooperation", "verbal conflict", "material conflict"]
ENTITY_TYPES = ["PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT"]


def _environment() -> Environment:
    from dateline.serve.app import TEMPLATES

    env = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape(default=True, default_for_string=True))
    env.filters["safe_url"] = safe_url
    env.filters["entity_href"] = entity_href
    env.globals["QUADS"] = QUADS
    env.globals["ENTITY_TYPES"] = ENTITY_TYPES
    return env


def safe_url(url: Any) -> str | None:
    """A URL that may be a link: http(s) only (javascript:, data:, ... are not)."""
    if isinstance(url, str) and url.strip().lower().startswith(("http://", "https://")):
        return url.strip()
    return None


ENV = _environment()


def render(request: Request, name: str, status: int = 200, **context: Any) -> HTMLResponse:
    context.setdefault("path", request.url.path)
    return HTMLResponse(ENV.get_template(name).render(**context), status_code=status)


def page_links(request: Request, total: int, limit: int, offset: int) -> dict[str, Any]:
    """Links to the previous and next pages of a list, keeping the other parameters."""
    params = {k: v for k, v in request.query_params.items() if k != "offset" and v}

    def link(at: int) -> str:
        return request.url.path + "?" + urlencode({**params, "offset": at})

    return {
        "prev": link(max(offset - limit, 0)) if offset > 0 else None,
        "next": link(offset + limit) if offset + limit < total else None,
        "first": offset + 1 if total else 0,
        "last": min(offset + limit, total),
    }


def error_page(request: Request, error: DatelineError, status: int) -> HTMLResponse:
    return render(request, "error.html", status=status, error=error, title="Not found" if status == 404 else "Error")


def _store(request: Request) -> Any:
    return request.app.state.store


def _clean(value: str | None) -> str:
    return (value or "").strip()


@router.get("/", response_class=HTMLResponse)
@router.get("/search", response_class=HTMLResponse)
def search_page(
    request: Request, q: str | None = None, since: str | None = None, until: str | None = None,
    source: str | None = None, offset: int = Query(0, ge=0),
) -> HTMLResponse:
    store = _store(request)
    limit = 20
    try:
        result = api.search_articles(store, q, since, until, source, limit, offset)
        error = None
    except DatelineError as exc:
        result, error = {"total": 0, "items": []}, exc
    facets = store.facets()
    context = dict(
        title="Search" if q else "Articles", q=_clean(q), since=_clean(since), until=_clean(until), source=_clean(source),
        result=result, error=error, pages=page_links(request, result["total"], limit, offset), sources=facets["sources"],
        articles_total=store.article_total(),
    )
    if request.headers.get("hx-request") and request.headers.get("hx-target") == "results":
        return render(request, "_results.html", **context)
    return render(request, "search.html", **context)


@router.get("/articles/{article_id:path}", response_class=HTMLResponse)
def article_page(request: Request, article_id: str) -> HTMLResponse:
    try:
        record = _store(request).get(article_id)
    except DatelineError as exc:
        return error_page(request, exc, 404)
    lists = record_lists(record)
    return render(
        request, "article.html", title=record.get("title") or _first_words(record.get("text") or "") or record["id"], record=record,
        lists=lists, text=marked_text(record.get("text") or "", lists), source_url=safe_url(record.get("url")),
    )


def _first_words(text: str, limit: int = 90) -> str:
    """A heading for an article without a title: its first sentence, shortened."""
    first = " ".join(text.split())
    for stop in (". ", "? ", "! "):
        if stop in first[:limit]:
            return first[: first.index(stop, 0, limit) + 1]
    return first if len(first) <= limit else first[:limit].rsplit(" ", 1)[0] + " …"


@router.get("/entities", response_class=HTMLResponse)
def entities_page(
    request: Request, q: str | None = None, type: str | None = None, country: str | None = None,
    offset: int = Query(0, ge=0),
) -> HTMLResponse:
    limit = 50
    try:
        total, items = _store(request).entity_page(
            api.check_query(q), api.short(type, "type"), api.short(country, "country"), limit, offset
        )
        error = None
    except DatelineError as exc:
        total, items, error = 0, [], exc
    return render(request, "entities.html", title="Entities", q=_clean(q), type=_clean(type), country=_clean(country),
                  total=total, items=items, error=error, pages=page_links(request, total, limit, offset))


@router.get("/entities/{key:path}", response_class=HTMLResponse)
def entity_page(request: Request, key: str) -> HTMLResponse:
    found = _store(request).entity(key, quotes=200, events=200)
    if found is None:
        return error_page(request, NotFound(what="entity", key=key), 404)
    return render(request, "entity.html", title=found["name"] or key, entity=found)


@router.get("/quotes", response_class=HTMLResponse)
def quotes_page(
    request: Request, speaker: str | None = None, q: str | None = None, since: str | None = None,
    until: str | None = None, offset: int = Query(0, ge=0),
) -> HTMLResponse:
    limit = 50
    try:
        filters = QuoteFilter(api.short(speaker, "speaker", 500), api.check_query(q), api.check_date(since, "since"),
                              api.check_date(until, "until"))
        total, items = _store(request).quote_page(filters, limit, offset)
        error = None
    except DatelineError as exc:
        total, items, error = 0, [], exc
    return render(request, "quotes.html", title="Quotes", speaker=_clean(speaker), q=_clean(q), since=_clean(since),
                  until=_clean(until), total=total, items=items, error=error, pages=page_links(request, total, limit, offset))


@router.get("/events", response_class=HTMLResponse)
def events_page(
    request: Request, type: str | None = None, quad: str | None = None, country: str | None = None,
    since: str | None = None, until: str | None = None, entity: str | None = None,
    interval: str | None = None, offset: int = Query(0, ge=0),
) -> HTMLResponse:
    store = _store(request)
    limit = 50
    params = {k: v for k, v in dict(type=type, quad=quad, country=country, since=since, until=until, entity=entity).items() if v}
    try:
        filters = api.event_filter(type=type, quad=quad, country=country, since=since, until=until, entity=entity)
        total, items = store.event_page(filters, limit, offset)
        error = None
    except DatelineError as exc:
        total, items, error = 0, [], exc
    if interval not in ("day", "week", "month"):
        interval = _interval(since, until, items)
    facets = store.facets()
    query = urlencode(params)
    return render(
        request, "events.html", title="Events", total=total, items=items, error=error, filters=params,
        type=_clean(type), quad=_clean(quad), country=_clean(country), since=_clean(since), until=_clean(until),
        entity=_clean(entity), interval=interval, types=facets["event_types"], countries=facets["countries"],
        geojson_url="/api/events.geojson?" + query, timeline_url="/api/timeline?" + urlencode({**params, "interval": interval}),
        pages=page_links(request, total, limit, offset),
    )


def _interval(since: str | None, until: str | None, items: list[dict[str, Any]]) -> str:
    """Days for a short range, weeks up to a year, months beyond (from the filter or the data shown)."""
    days: list[str] = [d for d in (since, until) if d] or [str(i["article_date"]) for i in items if i.get("article_date")]
    try:
        dates = sorted(dt.date.fromisoformat(d) for d in days if d)
    except ValueError:
        return "week"
    if len(dates) < 2:
        return "day" if since or until else "week"
    span = (dates[-1] - dates[0]).days
    return "day" if span <= 62 else "week" if span <= 400 else "month"
