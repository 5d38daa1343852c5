"""Output feeds: the latest articles, and any search, as Atom, RSS and JSON Feed.

Each item links to the original article at its publisher (that is where a reader should
go) and back to the article's page on Newsloom; summaries follow the source's policy.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response

from newsloom.web import present, syndication
from newsloom.web.syndication import FeedInfo, Item

router = APIRouter(include_in_schema=False)

FORMATS: dict[str, tuple[Callable[[FeedInfo, list[Item]], bytes], str]] = {
    "atom": (syndication.atom, "application/atom+xml; charset=utf-8"),
    "rss": (syndication.rss, "application/rss+xml; charset=utf-8"),
    "json": (syndication.json_feed, "application/feed+json; charset=utf-8"),
}
CACHE_CONTROL = "public, max-age=300"


def latest_feed(fmt: str) -> Callable[[Request], Response]:
    """The endpoint for `/feeds/latest.<fmt>`: one page of the newest articles."""

    def endpoint(request: Request) -> Response:
        views = request.app.state.store.latest_articles(limit=_size(request))
        return _respond(
            request, fmt, views, "Newsloom: latest news",
            "The latest articles from every source Newsloom follows.", home_url=str(request.url_for("home")),
        )

    return endpoint


def search_feed(fmt: str) -> Callable[..., Response]:
    """The endpoint for `/feeds/search.<fmt>?q=`: the best matches of a query, as a subscription."""

    def endpoint(request: Request, q: Annotated[str, Query(min_length=1, max_length=500)]) -> Response:
        query = " ".join(q.split())
        hits = request.app.state.store.search(query, limit=_size(request)) if query else []
        home = str(request.url_for("search").include_query_params(q=query))
        return _respond(
            request, fmt, [h.article for h in hits], f"Newsloom: “{query}”",
            f"Articles matching “{query}” on Newsloom.", home_url=home,
        )

    return endpoint


for _fmt in FORMATS:
    router.add_api_route(f"/feeds/latest.{_fmt}", latest_feed(_fmt), methods=["GET"], name=f"feed_latest_{_fmt}")
    router.add_api_route(f"/feeds/search.{_fmt}", search_feed(_fmt), methods=["GET"], name=f"feed_search_{_fmt}")


def _respond(request: Request, fmt: str, views: list, title: str, description: str, home_url: str) -> Response:
    items = [_item(request, v) for v in views]
    updated = max((i.updated for i in items), default=datetime.now(UTC))
    info = FeedInfo(title=title, description=description, home_url=home_url,
                    self_url=str(request.url), updated=updated)
    write, media_type = FORMATS[fmt]
    return Response(write(info, items), media_type=media_type, headers={"Cache-Control": CACHE_CONTROL})


def _item(request: Request, view) -> Item:
    page = str(request.url_for("article", article_id=view.id))
    return Item(
        id=page,
        title=view.title or "Untitled",
        link=present.safe_url(view.url) or present.safe_url(view.canonical_url) or page,
        page=page,
        published=view.published,
        updated=view.updated or view.published or view.first_seen,
        author=view.byline or "",
        source_name=view.source_name,
        source_homepage=present.safe_url(view.source_homepage),
        summary=present.summary(view, words=present.EXCERPT_WORDS),
        image=present.safe_url(view.image),
        language=view.language,
    )


def _size(request: Request) -> int:
    return max(1, min(request.app.state.settings.page_size, 100))
