"""The server-rendered site: home, article, sources and search pages.

Every page is a Jinja2 template with autoescaping; the only markup passed through unescaped
is an article's stored body (cleaned again here) and the store's search snippets, which the
store builds from escaped text.
"""

from __future__ import annotations

from http import HTTPStatus
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse
from starlette.exceptions import HTTPException

from newsloom.model import Policy
from newsloom.web import present

router = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)

MAX_ID = 2**63 - 1
"""Ids beyond a 64-bit integer cannot exist; refusing them early keeps the database out of it."""
MAX_PAGE = 10_000


@router.get("/", name="home")
def home(request: Request, page: str = "1") -> HTMLResponse:
    """The latest articles, newest first, a page at a time."""
    number, size = _page_number(page), _page_size(request)
    found = _store(request).latest_articles(limit=size + 1, offset=(number - 1) * size)
    return _render(
        request,
        "home.html",
        articles=found[:size],
        pager=_pager(request, "home", number, len(found) > size),
        total=_store(request).count_articles(),
    )


@router.get("/articles/{article_id}", name="article")
def article(request: Request, article_id: int) -> HTMLResponse:
    """One article, shown as far as its source's policy allows, with a link to the original."""
    view = _store(request).article(article_id) if 0 < article_id <= MAX_ID else None
    if view is None:
        raise HTTPException(404, "No such article")
    policy = Policy(view.policy)
    body_html = present.clean_body(view.html) if policy is Policy.FULL and view.html and not view.error else None
    return _render(
        request,
        "article.html",
        title=view.title,
        article=view,
        policy=policy.value,
        body_html=body_html,
        body_paragraphs=[] if body_html else present.allowed_paragraphs(view),
        original=present.safe_url(view.url) or present.safe_url(view.canonical_url),
        show_updated=bool(view.updated and view.updated != view.published),
    )


@router.get("/sources", name="sources")
def sources(request: Request) -> HTMLResponse:
    """Every source with its health, so a failing feed is seen and can be fixed."""
    return _render(request, "sources.html", title="Sources", sources=_store(request).sources())


@router.get("/sources/{source_id}", name="source")
def source(request: Request, source_id: int, page: str = "1") -> HTMLResponse:
    """One source: its channels' health and its latest articles."""
    store = _store(request)
    health = store.source(source_id) if 0 < source_id <= MAX_ID else None
    if health is None:
        raise HTTPException(404, "No such source")
    number, size = _page_number(page), _page_size(request)
    found = store.latest_articles(limit=size + 1, offset=(number - 1) * size, source_id=health.id)
    return _render(
        request,
        "source.html",
        title=health.name,
        source=health,
        articles=found[:size],
        pager=_pager(request, "source", number, len(found) > size, path_params={"source_id": health.id}),
    )


@router.get("/search", name="search")
def search(request: Request, q: str = "", page: str = "1") -> HTMLResponse:
    """Full-text search; an empty query shows just the form."""
    query = " ".join(q.split())[:500]
    number, size = _page_number(page), _page_size(request)
    hits = _store(request).search(query, limit=size + 1, offset=(number - 1) * size) if query else []
    return _render(
        request,
        "search.html",
        title=f"Search: {query}" if query else "Search",
        query=query,
        hits=hits[:size],
        pager=_pager(request, "search", number, len(hits) > size, query={"q": query}),
        feeds=_feed_links(request, query) if query else None,
    )


def error_page(request: Request, status: int, headers: dict[str, str] | None = None) -> HTMLResponse:
    """The site's page for 404 and other errors, in the site's layout."""
    try:
        reason = HTTPStatus(status).phrase
    except ValueError:
        reason = "Error"
    response = _render(request, "error.html", status_code=status, title=reason, status=status, reason=reason)
    for name, value in (headers or {}).items():
        response.headers[name] = value
    return response


def _render(request: Request, name: str, status_code: int = 200, **context: Any) -> HTMLResponse:
    if not context.get("feeds"):
        context["feeds"] = _feed_links(request, None)
    return request.app.state.templates.TemplateResponse(
        request,
        name,
        context,
        status_code=status_code,
    )


def _feed_links(request: Request, query: str | None) -> list[tuple[str, str, str]]:
    """(media type, title, href) of the Atom, RSS and JSON feeds matching this page."""
    kinds = (("atom", "application/atom+xml", "Atom"), ("rss", "application/rss+xml", "RSS"),
             ("json", "application/feed+json", "JSON Feed"))
    links = []
    for ext, media_type, label in kinds:
        if query:
            href = str(request.url_for(f"feed_search_{ext}").include_query_params(q=query))
            links.append((media_type, f"Newsloom search “{query}” ({label})", href))
        else:
            links.append((media_type, f"Newsloom latest ({label})", str(request.url_for(f"feed_latest_{ext}"))))
    return links


def _pager(
    request: Request,
    route: str,
    number: int,
    has_next: bool,
    query: dict[str, str] | None = None,
    path_params: dict[str, Any] | None = None,
) -> dict[str, Any]:
    base = request.url_for(route, **(path_params or {}))

    def href(n: int) -> str:
        return str(base.include_query_params(**(query or {}), page=n))

    return {
        "number": number,
        "newer": href(number - 1) if number > 1 else None,
        "older": href(number + 1) if has_next else None,
    }


def _page_number(raw: str) -> int:
    """A forgiving page number: anything odd in a hand-edited URL means the first page."""
    try:
        number = int(raw)
    except ValueError:
        return 1
    return min(max(number, 1), MAX_PAGE)


def _page_size(request: Request) -> int:
    return max(1, min(request.app.state.settings.page_size, 100))


def _store(request: Request):
    return request.app.state.store
