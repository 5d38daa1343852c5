"""Turning what a feed says (markup, links, dates) into plain, safe values for a `Lead`.

Feeds put HTML, entities, scripts and relative or hostile links in every field. Both the
RSS/Atom path and the JSON Feed path pass their values through these helpers, so a lead
looks the same whatever format it came from.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from html import unescape
from urllib.parse import urljoin, urlsplit

from lxml import etree

_FUTURE_SLACK = timedelta(days=1)
_DROPPED_WITH_CONTENT = ("script", "style", "noscript", "template", "iframe", "object", "svg", "math")
_BLOCKS = (
    "p", "div", "br", "li", "ul", "ol", "dd", "dt", "dl", "h1", "h2", "h3", "h4", "h5", "h6",
    "tr", "td", "th", "table", "blockquote", "section", "article", "header", "footer", "aside",
    "figure", "figcaption", "pre", "hr", "img",
)
_HTML_PARSER = etree.HTMLParser(remove_comments=True, remove_pis=True, no_network=True, recover=True)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_C0_AND_SPACE = "".join(map(chr, range(0x21)))
_TAB_OR_NEWLINE = re.compile(r"[\t\n\r]")
_TAG = re.compile(r"<[^>]*>")
_TAG_LIKE = re.compile(r"<[a-zA-Z/!?][^>]*>")
_SCRIPT_OR_STYLE = re.compile(r"<(script|style)\b.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
_IMG_SRC = re.compile(r"""<img\b[^>]*?\bsrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""", re.IGNORECASE)


def plain_text(value: str | None) -> str:
    """Markup or text -> one line of plain text: no tags, no script/style content, entities
    unescaped, whitespace collapsed. Used for titles, summaries and authors alike, because
    feeds mark up (and double-escape) any of them. A literal "<b>" in a headline is lost
    with the markup; that is the price of never passing markup on."""
    if not value:
        return ""
    value = _CONTROL.sub(" ", value)
    for _ in range(2):  # a second pass for markup that the feed escaped twice
        if "&" not in value and "<" not in value:
            break
        value = _text_of_markup(value)
        if not _TAG_LIKE.search(value):
            break
    return " ".join(value.split())


def http_url(href: object, base: str) -> str | None:
    """An absolute http(s) URL for `href` resolved against `base`, or None for anything else
    (javascript:, data:, mailto:, empty, unparseable)."""
    if not isinstance(href, str):
        return None
    href = _CONTROL.sub("", _TAB_OR_NEWLINE.sub("", href.strip(_C0_AND_SPACE))).replace(" ", "%20")
    if not href:
        return None
    try:
        absolute = urljoin(base, href)
        parts = urlsplit(absolute)
    except ValueError:
        return None
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return None
    return parts.scheme + absolute[len(parts.scheme):]


def first_image_in(markup: str | None, base: str) -> str | None:
    """The first <img src> in a piece of HTML, as an absolute http(s) URL.

    A regex is enough: the markup has already been through the feed sanitizer, and only the
    first src attribute is wanted, so building a tree for it would be waste.
    """
    if not markup or "<img" not in markup.lower():
        return None
    for match in _IMG_SRC.finditer(markup):
        src = next(group for group in match.groups() if group is not None)
        url = http_url(unescape(src), base)
        if url:
            return url
    return None


def sane_date(value: datetime | None, now: datetime | None = None) -> datetime | None:
    """An aware UTC datetime, or None when the feed's date is more than a day in the future
    (a typo or a time-zone bug that would pin the lead to the top of every list)."""
    if value is None:
        return None
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    value = value.astimezone(UTC)
    if value > (now or datetime.now(UTC)) + _FUTURE_SLACK:
        return None
    return value


def _text_of_markup(markup: str) -> str:
    try:
        root = etree.HTML(markup, _HTML_PARSER)
    except (etree.LxmlError, ValueError):
        root = None
    if root is None:
        stripped = _TAG.sub(" ", _SCRIPT_OR_STYLE.sub(" ", markup))
        return unescape(stripped)
    etree.strip_elements(root, *_DROPPED_WITH_CONTENT, with_tail=False)
    for element in root.iter(*_BLOCKS):
        element.text = " " + (element.text or "")
        element.tail = " " + (element.tail or "")
    body = root.find("body")
    return "".join((body if body is not None else root).itertext())
