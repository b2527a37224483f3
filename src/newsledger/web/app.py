"""The NewsLedger web app: HTML pages to browse the ledger and the JSON API, over one open store
(SQLite or PostgreSQL).  ``create_app(store)`` gives the ASGI app; ``newsledger serve`` runs it."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.exceptions import HTTPException as StarletteHTTPException

from newsledger import __version__
from newsledger.errors import NewsLedgerError
from newsledger.store.connection import Store
from newsledger.web.errors import error_body, status_for
from newsledger.web.periods import NamedPeriod

HERE = Path(__file__).parent
STATIC = HERE / "static"
OSM_TILES = "https://tile.openstreetmap.org/{z}/{x}/{y}.png"
HTTP_CODES = {400: "bad_request", 401: "unauthorized", 403: "forbidden", 404: "not_found",
              405: "method_not_allowed", 422: "bad_request"}
log = logging.getLogger("newsledger.web")


@dataclass
class WebSettings:
    token: str | None = None  # when set, POST /api/ingest and /api/periods accept this bearer token
    periods: list[NamedPeriod] = field(default_factory=list)
    tiles_url: str | None = OSM_TILES  # None: country outlines only
    model: str | None = None  # spaCy model for ingest (None: the configured one)


def _csp(tiles_url: str | None) -> str:
    tiles = ""
    if tiles_url:
        parts = urlsplit(tiles_url.replace("{s}", "a"))
        host = parts.netloc.split(".", 1)[-1] if "{s}" in tiles_url else parts.netloc
        tiles = f" {parts.scheme}://*.{host} {parts.scheme}://{host}"
    return ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            f"img-src 'self' data:{tiles}; connect-src 'self'; object-src 'none'; base-uri 'none'; "
            "form-action 'self'; frame-ancestors 'none'")


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api") or request.url.path == "/openapi.json"


def _error_response(request: Request, status: int, code: str, message: str, hint: str | None) -> Response:
    if _wants_json(request):
        return JSONResponse(error_body(code, message, hint), status_code=status)
    templates: Jinja2Templates = request.app.state.templates
    return templates.TemplateResponse(request, "error.html", {"status": status, "code": code, "message": message,
                                                              "hint": hint}, status_code=status)


def _install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(NewsLedgerError)
    async def ledger_error(request: Request, exc: NewsLedgerError) -> Response:
        return _error_response(request, status_for(exc), exc.code, exc.message, exc.hint)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        code = HTTP_CODES.get(exc.status_code, "http_error")
        if exc.status_code == 404:
            message, hint = f"nothing at {request.url.path}", "the API is described at /openapi.json"
        else:
            message, hint = str(exc.detail), None
        return _error_response(request, exc.status_code, code, message, hint)

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError) -> Response:
        first = exc.errors()[0] if exc.errors() else {"loc": (), "msg": "invalid request"}
        where = ".".join(str(p) for p in first.get("loc", ()))
        return _error_response(request, 422, "bad_request", f"{where}: {first.get('msg')}".lstrip(": "),
                               "see /openapi.json for the parameters and body of this endpoint")

    @app.exception_handler(Exception)
    async def unexpected_error(request: Request, exc: Exception) -> Response:
        log.exception("unexpected error on %s", request.url.path)
        return _error_response(request, 500, "internal_error", f"the server failed: {type(exc).__name__}",
                               "this is a bug; the server log has the details")


def create_app(store: Store, settings: WebSettings | None = None) -> FastAPI:
    """The web app over ``store``.  Pages at ``/``, ``/events/{id}``, ``/incidents/{id}``, ``/claims``,
    ``/statements``, ``/victims``; the JSON API under ``/api`` (OpenAPI document at ``/openapi.json``)."""
    from newsledger.web import api, pages

    settings = settings or WebSettings()
    app = FastAPI(title="NewsLedger", version=__version__, docs_url=None, redoc_url=None,
                  description="A sourced ledger of conflict events, casualty claims, statements and victims. "
                              "Errors are `{\"error\": {\"code\", \"message\", \"hint\"}}`.")
    app.state.store = store
    app.state.settings = settings
    templates = Jinja2Templates(directory=str(HERE / "templates"))  # autoescape is on for .html
    templates.env.globals["version"] = __version__
    app.state.templates = templates
    csp = _csp(settings.tiles_url)

    @app.middleware("http")
    async def security_headers(request: Request, call_next):  # type: ignore[no-untyped-def]
        response = await call_next(request)
        response.headers.setdefault("Content-Security-Policy", csp)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "strict-origin-when-cross-origin")  # OSM tiles want a referer
        return response

    _install_error_handlers(app)
    app.include_router(api.router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=str(STATIC), check_dir=False), name="static")
    return app


def vendor_assets_missing() -> list[str]:
    """The vendored browser assets the pages need that are not installed (see `make web-assets`)."""
    needed = ["leaflet/leaflet.js", "leaflet/leaflet.css", "markercluster/leaflet.markercluster.js",
              "topojson/topojson-client.min.js", "world-atlas/countries-110m.json"]
    return [n for n in needed if not (STATIC / "vendor" / n).exists()]
