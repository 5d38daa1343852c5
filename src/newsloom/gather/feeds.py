"""Reading one feed document (RSS 0.9x/1.0/2.0, Atom, JSON Feed) into leads.

feedparser does the XML formats: it copes with ill-formed XML, detects encodings from the
bytes and headers, and sanitizes markup. It has no JSON Feed parser in the version Newsloom
uses, so JSON Feed is read in `jsonfeed`. Everything a feed says passes through `clean`, so a
lead's title and summary are plain text and its links absolute http(s) URLs.
"""

from __future__ import annotations

import calendar
import io
import time
from datetime import UTC, datetime
from typing import Any

import feedparser

from ..model import Feed, Lead
from .clean import first_image_in, http_url, plain_text, sane_date
from .jsonfeed import parse_json_feed
from .sniff import document_kind

_SECONDS_PER_PERIOD = {
    "hourly": 3600,
    "daily": 86400,
    "weekly": 7 * 86400,
    "monthly": 30 * 86400,
    "yearly": 365 * 86400,
}
_MAX_CATEGORIES = 20


def parse_feed(body: bytes, url: str, content_type: str | None = None, max_leads: int = 200) -> Feed:
    """The leads and polling hints of one feed document fetched from `url`.

    Never raises: a document that is not a feed comes back as `Feed(error="not a feed: ...")`,
    while a valid feed with no entries is simply empty. Leads are unique by URL, newest
    first, at most `max_leads`.
    """
    now = datetime.now(UTC)
    try:
        kind = document_kind(body, content_type)
        if kind in ("json", "json-feed"):
            feed = parse_json_feed(body, url, now)
        else:
            feed = _parse_xml_feed(body, url, content_type, kind, now)
    except Exception as exc:  # noqa: BLE001 - hostile input must not stop the crawl loop
        return Feed(error=f"not a feed: the document could not be parsed ({type(exc).__name__})")
    feed.leads = _newest_unique(feed.leads, max_leads)
    return feed


def _parse_xml_feed(body: bytes, url: str, content_type: str | None, kind: str, now: datetime) -> Feed:
    # No Content-Location: feedparser would then "resolve" plain guids as URLs too. Links are
    # resolved against `url` here instead; xml:base inside the feed still applies.
    headers = {"content-type": content_type} if content_type else {}
    parsed = feedparser.parse(io.BytesIO(body), response_headers=headers, sanitize_html=True)
    entries = parsed.get("entries") or []
    if not entries and not parsed.get("version"):
        return Feed(error="not a feed: " + _why_not_a_feed(kind, parsed))
    meta = parsed.get("feed") or {}
    leads = [lead for entry in entries if (lead := _lead_from_entry(entry, url, now)) is not None]
    return Feed(
        title=plain_text(meta.get("title")),
        link=http_url(meta.get("link"), url) or "",
        leads=leads,
        ttl_s=_poll_hint(meta),
        websub_hub=_hub(meta, url),
    )


def _lead_from_entry(entry: Any, feed_url: str, now: datetime) -> Lead | None:
    link = _entry_link(entry, feed_url)
    if link is None:
        return None
    content = entry.get("content") or []
    content_html = content[0].get("value", "") if content else ""
    summary = entry.get("summary") or content_html
    published = _struct_to_datetime(entry.get("published_parsed") or entry.get("updated_parsed"))
    guid = entry.get("id")
    return Lead(
        url=link,
        title=plain_text(entry.get("title")),
        published=sane_date(published, now),
        summary=plain_text(summary),
        image=_entry_image(entry, link, content_html or summary),
        author=plain_text((entry.get("author_detail") or {}).get("name") or entry.get("author")),
        categories=_categories(entry.get("tags") or []),
        guid=guid if isinstance(guid, str) and guid.strip() else None,
    )


def _entry_link(entry: Any, feed_url: str) -> str | None:
    candidates = [entry.get("link")]
    for link in entry.get("links") or []:
        if link.get("rel", "alternate") == "alternate":
            candidates.append(link.get("href"))
    for candidate in candidates:
        if (url := http_url(candidate, feed_url)) is not None:
            return url
    return None


def _entry_image(entry: Any, base: str, markup: str) -> str | None:
    """media:content (largest image), media:thumbnail, an image enclosure, then the first <img>."""
    media = [m for m in entry.get("media_content") or [] if _is_image(m.get("medium"), m.get("type"), m.get("url"))]
    media.sort(key=lambda m: _int(m.get("width")), reverse=True)
    candidates = [m.get("url") for m in media]
    candidates += [thumbnail.get("url") for thumbnail in entry.get("media_thumbnail") or []]
    for enclosure in entry.get("enclosures") or []:
        if (enclosure.get("type") or "").startswith("image/"):
            candidates.append(enclosure.get("href"))
    for candidate in candidates:
        if (url := http_url(candidate, base)) is not None:
            return url
    return first_image_in(markup, base)


def _is_image(medium: str | None, mime: str | None, url: str | None) -> bool:
    if medium or mime:
        return medium == "image" or (mime or "").startswith("image/")
    path = (url or "").lower().split("?", 1)[0]
    return path.endswith((".jpg", ".jpeg", ".png", ".gif", ".webp", ".avif"))


def _categories(tags: list[Any]) -> tuple[str, ...]:
    names: dict[str, None] = {}
    for tag in tags:
        name = plain_text(tag.get("term") or tag.get("label"))
        if name:
            names.setdefault(name, None)
    return tuple(names)[:_MAX_CATEGORIES]


def _struct_to_datetime(value: time.struct_time | None) -> datetime | None:
    """feedparser's parsed dates are struct_time in UTC."""
    if value is None:
        return None
    try:
        return datetime.fromtimestamp(calendar.timegm(value), UTC)
    except (OverflowError, ValueError, OSError, TypeError):
        return None


def _poll_hint(meta: Any) -> float | None:
    """The feed's own floor on polling: RSS <ttl> (minutes), else sy:updatePeriod/Frequency."""
    ttl = _positive(meta.get("ttl"))
    if ttl is not None:
        return ttl * 60.0
    period = _SECONDS_PER_PERIOD.get(str(meta.get("sy_updateperiod") or "").strip().lower())
    if period is None:
        return None
    return period / (_positive(meta.get("sy_updatefrequency")) or 1.0)


def _hub(meta: Any, feed_url: str) -> str | None:
    for link in meta.get("links") or []:
        if "hub" in str(link.get("rel") or "").lower().split():
            if (hub := http_url(link.get("href"), feed_url)) is not None:
                return hub
    return None


def _why_not_a_feed(kind: str, parsed: Any) -> str:
    if kind == "empty":
        return "the document is empty"
    if kind == "html":
        return "it is an HTML page (look for the site's feed link instead)"
    problem = parsed.get("bozo_exception")
    if problem is not None and hasattr(problem, "getMessage"):
        return f"it is not well-formed XML ({problem.getMessage()})"
    return "no RSS, Atom or JSON Feed root element"


def _newest_unique(leads: list[Lead], max_leads: int) -> list[Lead]:
    """First lead per URL, newest first (undated leads after dated ones, in feed order)."""
    seen: set[str] = set()
    unique = []
    for lead in leads:
        if lead.url not in seen:
            seen.add(lead.url)
            unique.append(lead)
    unique.sort(key=_newest_first)
    return unique[: max(0, max_leads)]


def _newest_first(lead: Lead) -> tuple[bool, float]:
    return (lead.published is None, -lead.published.timestamp() if lead.published else 0.0)


def _positive(value: object) -> float | None:
    try:
        number = float(str(value).strip())
    except ValueError:
        return None
    return number if 0 < number < 1e9 else None


def _int(value: object) -> int:
    try:
        return int(str(value).strip())
    except ValueError:
        return 0
