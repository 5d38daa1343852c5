"""Reading a JSON Feed (1.0 and 1.1) into a `Feed`.

Written by hand because the feedparser release Newsloom uses reads only XML formats. A JSON
Feed is untrusted input like any other: every field is type-checked before use, and a field
of the wrong type is treated as absent rather than as an error.
"""

from __future__ import annotations

import json
from datetime import datetime
from email.utils import parsedate_to_datetime
from typing import Any

from ..model import Feed, Lead
from .clean import first_image_in, http_url, plain_text, sane_date

_MAX_CATEGORIES = 20


def parse_json_feed(body: bytes, url: str, now: datetime | None = None) -> Feed:
    """The leads of a JSON Feed document fetched from `url`; `Feed(error=...)` when it is not one."""
    try:
        document = json.loads(body.removeprefix(b"\xef\xbb\xbf"))
    except (ValueError, RecursionError):
        return Feed(error="not a feed: it is not valid JSON")
    if not isinstance(document, dict) or "jsonfeed.org/version" not in _text(document.get("version")):
        return Feed(error="not a feed: JSON without a JSON Feed version")
    items = document.get("items")
    leads = [
        lead
        for item in (items if isinstance(items, list) else [])
        if isinstance(item, dict) and (lead := _lead_from_item(item, url, now)) is not None
    ]
    return Feed(
        title=plain_text(_text(document.get("title"))),
        link=http_url(document.get("home_page_url"), url) or "",
        leads=leads,
        websub_hub=_hub(document.get("hubs"), url),
    )


def _lead_from_item(item: dict[str, Any], feed_url: str, now: datetime | None) -> Lead | None:
    # `url` is the item's permalink; `external_url` is what a link-blog item points at; an
    # absolute `id` is the last resort (relative ids are opaque strings, not links).
    link = http_url(item.get("url"), feed_url) or http_url(item.get("external_url"), feed_url)
    link = link or http_url(item.get("id"), "")
    if link is None:
        return None
    content_html = _text(item.get("content_html"))
    summary = _text(item.get("summary")) or _text(item.get("content_text")) or content_html
    identifier = item.get("id")
    return Lead(
        url=link,
        title=plain_text(_text(item.get("title"))),
        published=sane_date(_date(item.get("date_published")) or _date(item.get("date_modified")), now),
        summary=plain_text(summary),
        image=_image(item, link, content_html),
        author=plain_text(_author(item)),
        categories=_tags(item.get("tags")),
        guid=str(identifier) if isinstance(identifier, (str, int)) and str(identifier).strip() else None,
    )


def _image(item: dict[str, Any], base: str, content_html: str) -> str | None:
    candidates = [item.get("image"), item.get("banner_image")]
    attachments = item.get("attachments")
    for attachment in attachments if isinstance(attachments, list) else []:
        if isinstance(attachment, dict) and _text(attachment.get("mime_type")).startswith("image/"):
            candidates.append(attachment.get("url"))
    for candidate in candidates:
        if (url := http_url(candidate, base)) is not None:
            return url
    return first_image_in(content_html, base)


def _author(item: dict[str, Any]) -> str:
    """JSON Feed 1.1 `authors` (a list), else 1.0 `author` (one object)."""
    authors = item.get("authors")
    people = authors if isinstance(authors, list) else [item.get("author")]
    names = [_text(person.get("name")) for person in people if isinstance(person, dict)]
    return ", ".join(name for name in names if name)


def _tags(tags: object) -> tuple[str, ...]:
    if not isinstance(tags, list):
        return ()
    names = dict.fromkeys(name for tag in tags if (name := plain_text(_text(tag))))
    return tuple(names)[:_MAX_CATEGORIES]


def _hub(hubs: object, feed_url: str) -> str | None:
    for hub in hubs if isinstance(hubs, list) else []:
        if isinstance(hub, dict) and _text(hub.get("type")).lower() == "websub":
            if (url := http_url(hub.get("url"), feed_url)) is not None:
                return url
    return None


def _date(value: object) -> datetime | None:
    """RFC 3339 as the spec says, and RFC 822 because some generators write that instead."""
    text = _text(value).strip()
    if not text:
        return None
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        pass
    try:
        return parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None


def _text(value: object) -> str:
    return value if isinstance(value, str) else ""
