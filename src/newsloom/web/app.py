"""The web application: one factory that wires the store and settings into the site, API and feeds.

Nothing is global: `create_app` puts the store, settings and templates on `app.state`, so
tests and the CLI each build their own app around their own store.
"""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exception_handlers import request_validation_exception_handler
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from pydantic import BaseModel
from starlette.datastructures import MutableHeaders
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from newsloom import __version__
from newsloom.config import Settings
from newsloom.store import Store
from newsloom.web import api, feeds, pages, present

_HERE = Path(__file__).parent

SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'self'; img-src 'self' https: http: data:; style-src 'self'; "
        "script-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
        "frame-ancestors 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "X-Frame-Options": "DENY",
}
"""Sent with every response. Scraped content is escaped anyway; the CSP means that if
anything ever slipped through, a browser would still refuse to run it."""


class Health(BaseModel):
    status: str
    articles: int


def create_app(settings: Settings, store: Store) -> FastAPI:
    """The Newsloom site, JSON API (`/api/v1`) and output feeds, reading from `store`."""
    app = FastAPI(
        title="Newsloom",
        version=__version__,
        description="Read the articles, sources and searches of a Newsloom news aggregator.",
        docs_url=None,  # Swagger UI needs inline and third-party scripts, which the CSP forbids.
        redoc_url=None,
    )
    app.state.settings = settings
    app.state.store = store
    app.state.templates = _templates()
    app.add_middleware(SecurityHeaders)
    app.mount("/static", StaticFiles(directory=_HERE / "static"), name="static")
    app.include_router(pages.router)
    app.include_router(api.router)
    app.include_router(feeds.router)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(RequestValidationError, _validation_error)

    @app.get("/healthz", response_model=Health, tags=["health"])
    def healthz(request: Request) -> Health:
        """Liveness for monitors: the database answers, and how many articles it holds."""
        return Health(status="ok", articles=request.app.state.store.count_articles())

    return app


class SecurityHeaders:
    """Adds `SECURITY_HEADERS` to every HTTP response (pure ASGI, so streaming is untouched)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for name, value in SECURITY_HEADERS.items():
                    headers.setdefault(name, value)
            await send(message)

        await self.app(scope, receive, send_with_headers)


def _templates() -> Jinja2Templates:
    templates = Jinja2Templates(directory=_HERE / "templates")  # autoescape is on
    env = templates.env
    env.trim_blocks = env.lstrip_blocks = True
    env.filters.update(
        safe_url=present.safe_url,
        iso=present.iso,
        absolute_date=present.absolute_date,
        relative_date=present.relative_date,
        duration=present.duration,
        readable_error=present.readable_error,
        summary=present.summary,
    )
    env.globals["version"] = __version__
    return templates


def _wants_json(request: Request) -> bool:
    path = request.url.path
    return path.startswith("/api/") or path.startswith("/feeds/") or path == "/healthz"


async def _http_error(request: Request, exc: StarletteHTTPException) -> Response:
    if _wants_json(request):
        return JSONResponse({"detail": exc.detail}, status_code=exc.status_code, headers=exc.headers)
    return pages.error_page(request, exc.status_code, exc.headers)


async def _validation_error(request: Request, exc: RequestValidationError) -> Response:
    """JSON 422 for machines; for pages a bad path segment (`/articles/abc`) is just not found."""
    if _wants_json(request):
        return await request_validation_exception_handler(request, exc)
    return pages.error_page(request, 404)
