"""Reading the schema.org article a page describes in its JSON-LD scripts.

Publishers write JSON-LD for search engines, so it is usually the most careful metadata
on a page. It comes in many shapes (one object, a list, an `@graph` of nodes that point
at each other by `@id`, as WordPress SEO plugins write it); this module flattens them
and picks the first node typed as an article.
"""

from __future__ import annotations

import html
import json
from dataclasses import dataclass
from typing import Any

_ARTICLE_TYPES = {"BlogPosting", "LiveBlogPosting", "NewsArticle", "Report", "SocialMediaPosting"}
_MAX_NODES = 500


@dataclass(slots=True)
class JsonLdArticle:
    """The fields of one schema.org article node, as plain strings ('' when absent)."""

    headline: str = ""
    authors: tuple[str, ...] = ()
    published: str = ""
    modified: str = ""
    image: str = ""
    publisher: str = ""
    free: bool | None = None
    """isAccessibleForFree: False marks a paywalled article."""
    types: tuple[str, ...] = ()
    """The schema.org types of every node on the page: a CollectionPage is a listing."""


def read_jsonld_article(scripts: list[str]) -> JsonLdArticle | None:
    """The first article node found in the page's JSON-LD script bodies, or None."""
    nodes: list[dict[str, Any]] = []
    for script in scripts:
        data = _loads(script)
        if data is not None:
            _flatten(data, nodes)
    by_id = {node["@id"]: node for node in nodes if isinstance(node.get("@id"), str)}
    types = tuple(kind for node in nodes for kind in _types(node))
    for node in nodes:
        if _is_article(node):
            article = _article(node, by_id)
            article.types = types
            return article
    return JsonLdArticle(types=types) if types else None


def _article(node: dict[str, Any], by_id: dict[str, dict[str, Any]]) -> JsonLdArticle:
    publisher = _resolve(node.get("publisher"), by_id)
    return JsonLdArticle(
        headline=_text(node.get("headline")) or _text(node.get("name")),
        authors=_names(node.get("author"), by_id),
        published=_text(node.get("datePublished")) or _text(node.get("dateCreated")),
        modified=_text(node.get("dateModified")),
        image=_image(_resolve(node.get("image"), by_id), by_id),
        publisher=_text(publisher.get("name")) if isinstance(publisher, dict) else _text(publisher),
        free=_boolean(node.get("isAccessibleForFree")),
    )


def _loads(script: str) -> Any:
    """Parse one script body, forgiving the usual hand-written mistakes (comments, raw newlines)."""
    text = script.strip()
    for wrapper in ("<!--", "-->", "<![CDATA[", "]]>", "//<![CDATA[", "//]]>"):
        text = text.replace(wrapper, "")
    text = text.strip().rstrip(";")
    if not text:
        return None
    try:
        return json.loads(text, strict=False)
    except (ValueError, RecursionError):
        return None


def _flatten(data: Any, into: list[dict[str, Any]]) -> None:
    """Collect every node: top-level objects, list members, `@graph` members and main entities."""
    stack = [data]
    while stack and len(into) < _MAX_NODES:
        item = stack.pop()
        if isinstance(item, list):
            stack.extend(reversed(item))
        elif isinstance(item, dict):
            into.append(item)
            for key in ("mainEntity", "@graph"):
                if isinstance(item.get(key), (list, dict)):
                    stack.append(item[key])


def _is_article(node: dict[str, Any]) -> bool:
    return any(kind in _ARTICLE_TYPES or kind.endswith("Article") for kind in _types(node))


def _types(node: dict[str, Any]) -> list[str]:
    types = node.get("@type")
    return [kind for kind in (types if isinstance(types, list) else [types]) if isinstance(kind, str)]


def _boolean(value: Any) -> bool | None:
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip().lower() in ("true", "false"):
        return value.strip().lower() == "true"
    return None


def _resolve(value: Any, by_id: dict[str, dict[str, Any]]) -> Any:
    """Follow a bare `{"@id": ...}` reference to the node it names."""
    if isinstance(value, dict) and set(value) <= {"@id", "@type"} and value.get("@id") in by_id:
        return by_id[value["@id"]]
    return value


def _names(value: Any, by_id: dict[str, dict[str, Any]]) -> tuple[str, ...]:
    names: list[str] = []
    for item in value if isinstance(value, list) else [value]:
        item = _resolve(item, by_id)
        name = _text(item.get("name")) if isinstance(item, dict) else _text(item)
        if name and name not in names:
            names.append(name)
    return tuple(names)


def _image(value: Any, by_id: dict[str, dict[str, Any]]) -> str:
    if isinstance(value, list):
        value = _resolve(value[0], by_id) if value else None
    if isinstance(value, dict):
        return _text(value.get("url")) or _text(value.get("contentUrl"))
    return _text(value)


def _text(value: Any) -> str:
    """A JSON-LD value as clean text; writers often leave HTML entities in their strings."""
    if isinstance(value, list):
        value = value[0] if value else ""
    if not isinstance(value, str):
        return ""
    return " ".join(html.unescape(value).split())
