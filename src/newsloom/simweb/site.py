"""One outlet's web site: the HTTP side of its stories.

Pages and feeds are rendered once and cached (a feed per newest article), so crawling
thousands of pages costs little more than sending bytes. Feeds and pages answer
conditional requests (ETag, Last-Modified) with 304 like a well-run site.
"""

from __future__ import annotations

import hashlib
import re
import time
from collections.abc import Callable
from datetime import datetime
from email.utils import format_datetime, parsedate_to_datetime
from typing import NamedTuple

from aiohttp import web

from newsloom.simweb.feeds import CONTENT_TYPES, FeedHead, FeedItem, render_feed, render_sitemap
from newsloom.simweb.images import lead_image
from newsloom.simweb.newsroom import Newsroom, Story
from newsloom.simweb.outlets import FeedSpec, OutletSpec
from newsloom.simweb.pages import BaseUrl, render_article, render_home, render_private

HOME_SIZE = 30
SITEMAP_SIZE = 200
RELATED_SIZE = 4
_IMAGE = re.compile(r"/images/(\d+)\.png\Z")


class RequestRecord(NamedTuple):
    path: str
    """Path and query string as requested."""
    at: float
    """time.monotonic() when the request arrived."""


class _Cached(NamedTuple):
    body: bytes
    content_type: str
    etag: str
    modified: datetime | None


class OutletSite:
    """The request handler of one outlet."""

    def __init__(self, spec: OutletSpec, newsroom: Newsroom, now: Callable[[], datetime], feed_size: int,
                 base_url: BaseUrl, log: list[RequestRecord]) -> None:
        self.spec = spec
        self.newsroom = newsroom
        self.now = now
        self.feed_size = feed_size
        self.base_url = base_url
        self.log = log
        self._article_path = spec.path_pattern()
        self._cache: dict[str, tuple[int, _Cached]] = {}

    def app(self) -> web.Application:
        app = web.Application(middlewares=[self._record])
        app.router.add_get("/{tail:.*}", self.handle)
        return app

    @property
    def base(self) -> str:
        return self.base_url(self.spec)

    def feed_url(self, feed: FeedSpec) -> str:
        return self.base + feed.path

    async def handle(self, request: web.Request) -> web.StreamResponse:
        path = request.path
        latest = self.newsroom.latest_number(self.now())
        feed = next((f for f in self.spec.feeds if f.path == path), None)
        if feed:
            return self._respond(request, self._cached(path, latest, lambda: self._feed(feed, latest)))
        if path in ("/", "/index.html"):
            return self._respond(request, self._cached("/", latest, lambda: self._home(latest, "")))
        if path.startswith("/section/"):
            section = path.removeprefix("/section/")
            return self._respond(request, self._cached(path, latest, lambda: self._home(latest, section)))
        if path == "/robots.txt":
            return web.Response(text=self.spec.robots.format(base=self.base), content_type="text/plain")
        if path == "/sitemap.xml":
            return self._respond(request, self._cached(path, latest, lambda: self._sitemap(latest)))
        if path == self.spec.private_link:
            return web.Response(text=render_private(), content_type="text/html")
        return self._article_or_image(request, latest)

    def published_stories(self, latest: int, limit: int, sections: tuple[str, ...] = ()) -> list[Story]:
        """The newest published stories, newest first, optionally only from some sections."""
        found = []
        for number in range(latest, -1, -1):
            story = self.newsroom.story(self.spec.slug, number)
            if not sections or story.section in sections:
                found.append(story)
                if len(found) == limit:
                    break
        return found

    def _article_or_image(self, request: web.Request, latest: int) -> web.StreamResponse:
        if image := _IMAGE.match(request.path):
            number = self._published_number(image[1], latest)
            return web.Response(body=lead_image(self.spec.article_id(number)), content_type="image/png")
        article = self._article_path.match(request.path)
        story = self.newsroom.story(self.spec.slug, self._published_number(article["id"] if article else "", latest))
        if story.path != request.path:
            raise web.HTTPMovedPermanently(story.path)
        return self._respond(request, self._cached(story.path, 0, lambda: self._article(story)))

    def _published_number(self, article_id: str, latest: int) -> int:
        """The article number behind an id in a URL; 404 unless that article is out."""
        number = self.spec.number_of(int(article_id)) if article_id else None
        if number is None or number > latest:
            raise web.HTTPNotFound(text="Page not found")
        return number

    def _article(self, story: Story) -> _Cached:
        related = [self.newsroom.story(self.spec.slug, n)
                   for n in range(story.number - 1, max(-1, story.number - 1 - RELATED_SIZE), -1)]
        html = render_article(story, self.base_url, related)
        return _entry(html, "text/html; charset=utf-8", story.published)

    def _feed(self, feed: FeedSpec, latest: int) -> _Cached:
        stories = self.published_stories(latest, self.feed_size, feed.sections)
        items = [self._feed_item(story, feed) for story in stories]
        updated = stories[0].published if stories else self.newsroom.epoch
        head = FeedHead(feed.title, self.feed_url(feed), self.base + "/", self.spec.language, updated,
                        self.spec.ttl_minutes)
        return _entry(render_feed(feed.format, head, items), feed.content_type or CONTENT_TYPES[feed.format],
                      updated if stories else None)

    def _feed_item(self, story: Story, feed: FeedSpec) -> FeedItem:
        url = self.base + story.path + (f"?{feed.tracking}" if feed.tracking else "")
        owner = story.image_owner or story
        content = "".join(f"<p>{p}</p>" for p in story.report.paragraphs) if feed.full_text else ""
        return FeedItem(url=url, guid=f"tag:{self.spec.site_label.lower()},2024:{self.spec.article_id(story.number)}",
                        title=story.title, summary=story.report.summary, published=story.published,
                        author=story.author, category=story.section,
                        image_url=self.base_url(owner.outlet) + owner.image_path, content_html=content)

    def _home(self, latest: int, section: str) -> _Cached:
        stories = self.published_stories(latest, HOME_SIZE, (section,) if section else ())
        alternates = [(f.title, self.feed_url(f), CONTENT_TYPES[f.format]) for f in self.spec.feeds
                      if self.spec.advertised]
        heading = section.capitalize() if section else "Latest news"
        return _entry(render_home(self.spec, self.base, stories, heading, alternates), "text/html; charset=utf-8",
                      stories[0].published if stories else None)

    def _sitemap(self, latest: int) -> _Cached:
        stories = self.published_stories(latest, SITEMAP_SIZE)
        body = render_sitemap([(self.base + s.path, s.published) for s in stories])
        return _entry(body, "application/xml", stories[0].published if stories else None)

    def _cached(self, key: str, latest: int, render: Callable[[], _Cached]) -> _Cached:
        """The rendering of `key` as of the newest article `latest`; older renderings are dropped."""
        kept = self._cache.get(key)
        if kept is None or kept[0] != latest:
            kept = self._cache[key] = (latest, render())
        return kept[1]

    def _respond(self, request: web.Request, entry: _Cached) -> web.StreamResponse:
        headers = {"ETag": entry.etag}
        if entry.modified:
            headers["Last-Modified"] = format_datetime(entry.modified, usegmt=True)
        if _not_modified(request, entry):
            return web.Response(status=304, headers=headers)
        response = web.Response(body=entry.body, headers={**headers, "Content-Type": entry.content_type})
        if self.spec.compress:
            response.enable_compression()
        return response

    @web.middleware
    async def _record(self, request: web.Request, handler):
        self.log.append(RequestRecord(request.path_qs, time.monotonic()))
        return await handler(request)


def _entry(text: str, content_type: str, modified: datetime | None) -> _Cached:
    body = text.encode("utf-8")
    return _Cached(body, content_type, '"' + hashlib.blake2b(body, digest_size=10).hexdigest() + '"', modified)


def _not_modified(request: web.Request, entry: _Cached) -> bool:
    if match := request.headers.get("If-None-Match"):
        return entry.etag in (tag.strip() for tag in match.split(","))
    since = request.headers.get("If-Modified-Since")
    if since and entry.modified:
        try:
            return entry.modified.replace(microsecond=0) <= parsedate_to_datetime(since)
        except (TypeError, ValueError):
            return False
    return False
