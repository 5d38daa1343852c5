"""The JSON shapes of `newsloom articles --json` and `newsloom extract --json`.

They are a contract for tools and benchmarks; keys are only ever added, never renamed.
"""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

from newsloom.model import Article, Rejected


def article_json(view: Any) -> dict[str, Any]:
    """A stored article (a store `ArticleView`) as one JSON object."""
    return {
        "id": view.id,
        "url": view.url,
        "canonical_url": view.canonical_url,
        "source": view.source_name,
        "title": view.title,
        "byline": view.byline or None,
        "published": _iso(view.published),
        "updated": _iso(view.updated),
        "language": view.language,
        "image": view.image,
        "site_name": view.site_name or None,
        "description": view.description or None,
        "first_seen": _iso(view.first_seen),
        "error": view.error,
        "text": view.text,
    }


def extracted_json(path: str, url: str, result: Article | Rejected) -> dict[str, Any]:
    """One extraction result; a rejected page keeps every key, with `error` saying why."""
    if isinstance(result, Rejected):
        return {"path": path, "url": url or None, "title": None, "text": "", "byline": None, "published": None,
                "image": None, "language": None, "site_name": None, "canonical_url": None,
                "error": f"{result.reason}: {result.detail}".rstrip(": ")}
    return {
        "path": path,
        "url": url or result.url or None,
        "title": result.title,
        "text": result.text,
        "byline": result.byline or None,
        "published": _iso(result.published),
        "updated": _iso(result.updated),
        "image": result.image,
        "language": result.language,
        "site_name": result.site_name or None,
        "canonical_url": result.canonical_url or None,
        "description": result.description or None,
        "error": None,
    }


def human_age(when: datetime | None, now: datetime | None = None) -> str:
    """'3 min ago' style, for tables a person reads."""
    if when is None:
        return "never"
    seconds = ((now or datetime.now(timezone.utc)) - when).total_seconds()
    for unit, size in (("d", 86400), ("h", 3600), ("min", 60)):
        if abs(seconds) >= size:
            return f"{int(seconds // size)} {unit} ago"
    return "just now"


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value else None
