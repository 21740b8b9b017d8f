"""`dateline serve`: the HTTP API and web UI of API.md, as one FastAPI application.

``create_app(store)`` builds it over an open Store (SQLite or PostgreSQL). Security, as API.md
asks: every page carries a Content-Security-Policy allowing only 'self' for scripts; request
bodies are limited; errors are JSON ``{"error": {"code", "message"}}`` without a traceback;
the only write (POST /api/articles) needs the bearer token from --token-file.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
from collections.abc import Callable
from importlib import metadata
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from dateline.errors import (
    BadRequestParameter,
    BodyTooLarge,
    DatelineError,
    InternalServerError,
    NotFound,
    ServeError,
    StoreError,
)

HERE = Path(__file__).parent
STATIC = HERE / "static"
TEMPLATES = HERE / "templates"

#: the largest request body accepted (an article of 1,000,000 characters fits, as JSON)
MAX_BODY = 4 * 1024 * 1024
#: list limits and query lengths (API.md)
MAX_LIMIT = 500
MAX_QUERY = 500

#: the policy of every page: scripts, styles, images and requests from this server only
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
    "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; "
    "form-action 'self'"
)

log = logging.getLogger("dateline.serve")


def version() -> str:
    try:
        return metadata.version("dateline")
    except metadata.PackageNotFoundError:  # pragma: no cover - running from a source tree
        return "0+unknown"


def error_response(error: DatelineError, status: int) -> JSONResponse:
    return JSONResponse({"error": {"code": error.code, "message": error.detail}}, status_code=status)


def read_token(path: str | Path | None) -> str | None:
    """The bearer token kept in a file (its first line, stripped); None when writes are off."""
    from dateline.errors import TokenFileError

    if path is None:
        return None
    try:
        token = Path(path).read_text(encoding="utf-8").strip().splitlines()[0].strip()
    except (OSError, UnicodeDecodeError, IndexError) as exc:
        raise TokenFileError(path=str(path), reason=f"{type(exc).__name__}: {exc}") from None
    if len(token) < 16:
        raise TokenFileError(path=str(path), reason="the token must be at least 16 characters long")
    return token


def token_matches(expected: str | None, header: str | None) -> bool:
    if expected is None or not header or not header.startswith("Bearer "):
        return False
    given = header.removeprefix("Bearer ").strip()
    return hmac.compare_digest(hashlib.sha256(given.encode()).digest(), hashlib.sha256(expected.encode()).digest())


def create_app(
    store: Any,
    token: str | None = None,
    analyze: Callable[..., dict[str, Any]] | None = None,
) -> FastAPI:
    """The application over an open Store. ``token`` enables writes; ``analyze`` (text, date,
    **meta) -> contract record is the pipeline used by POST /api/articles (default: dateline's,
    loaded on the first write)."""
    from dateline.serve.routes import api, docs, pages

    app = FastAPI(
        title="dateline",
        version=version(),
        description="Who said what, and who did what to whom, where and when: the records of a dateline store.",
        docs_url=None,
        redoc_url=None,
    )
    app.state.store = store
    app.state.token = token
    app.state.analyze = analyze

    _add_limits_and_headers(app)
    _add_error_handlers(app)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")

    @app.get("/favicon.ico", include_in_schema=False)
    async def favicon() -> FileResponse:
        return FileResponse(STATIC / "favicon.svg", media_type="image/svg+xml")

    app.include_router(api.router)
    app.include_router(docs.router)
    app.include_router(pages.router)
    return app


def _add_limits_and_headers(app: FastAPI) -> None:
    """Refuse over-large bodies before reading them; set the security headers on every answer."""

    @app.middleware("http")
    async def limits_and_headers(request: Request, call_next: Callable) -> Any:
        length = request.headers.get("content-length")
        if length is not None:
            try:
                size = int(length)
            except ValueError:
                return error_response(BadRequestParameter(name="Content-Length", reason="not a number"), 400)
            if size > MAX_BODY:
                return error_response(BodyTooLarge(size=size, limit=MAX_BODY), 413)
        response = await call_next(request)
        response.headers.setdefault("Content-Security-Policy", CSP)
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        response.headers["X-Frame-Options"] = "DENY"
        return response


def _add_error_handlers(app: FastAPI) -> None:
    """Every failure answers as JSON ``{"error": {"code", "message"}}``, never a traceback."""

    @app.exception_handler(ServeError)
    async def serve_error(_request: Request, exc: ServeError) -> JSONResponse:
        return error_response(exc, exc.status)

    @app.exception_handler(StoreError)
    async def store_error(_request: Request, exc: StoreError) -> JSONResponse:
        status = 404 if exc.code == "E302" else 400 if exc.code in ("E303", "E306") else 500
        return error_response(exc, status)

    @app.exception_handler(DatelineError)
    async def dateline_error(_request: Request, exc: DatelineError) -> JSONResponse:
        return error_response(exc, 400)

    @app.exception_handler(RequestValidationError)
    async def validation_error(_request: Request, exc: RequestValidationError) -> JSONResponse:
        problems = []
        for item in exc.errors():
            where = ".".join(str(p) for p in item.get("loc", ()) if p not in ("query", "body", "path"))
            problems.append(f"{where or 'request'}: {item.get('msg', 'invalid')}")
        name = problems[0].split(":")[0] if problems else "request"
        return error_response(BadRequestParameter(name=name, reason="; ".join(problems)), 422)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        if exc.status_code == 404:
            return error_response(NotFound(what="route", key=request.url.path), 404)
        if exc.status_code == 405:
            return error_response(BadRequestParameter(name="method", reason=f"{request.method} is not allowed here"), 405)
        return error_response(ServeError(detail=str(exc.detail)), exc.status_code)

    @app.exception_handler(Exception)
    async def unexpected(_request: Request, exc: Exception) -> JSONResponse:
        log.exception("unexpected error")
        return error_response(InternalServerError(kind=type(exc).__name__), 500)
