"""Writing an extracted body out as plain text and as sanitized HTML.

trafilatura hands back its body as a small XML vocabulary (p, head, list/item, quote, hi,
ref, lb, table/row/cell). The text is written from it by hand because trafilatura's own
text output is markdown-flavoured when formatting is kept; the HTML goes through
trafilatura's converter and then nh3, so what is stored is already safe to show.
"""

from __future__ import annotations

import nh3
from lxml import etree
from trafilatura.htmlprocessing import convert_to_html

from newsloom.extract.metadata import absolute_http_url

_CONTAINERS = {"list", "quote", "table", "div", "body"}
_BLOCKS = {"p", "head", "list", "item", "quote", "code", "table", "row", "div", "graphic"}
_ALLOWED_TAGS = {
    "p", "br", "hr", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd",
    "blockquote", "pre", "code", "em", "i", "strong", "b", "u", "s", "del", "sub", "sup",
    "kbd", "samp", "var", "a", "img", "figure", "figcaption",
    "table", "thead", "tbody", "tr", "th", "td",
}  # fmt: skip
_DROPPED_WITH_CONTENT = {
    "script", "style", "iframe", "frame", "frameset", "object", "embed", "applet",
    "svg", "math", "noscript", "template", "form", "button", "select", "textarea",
}  # fmt: skip
# soft hyphens and zero-width spaces would split words for search and duplicate detection
_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u2060\ufeff"))
_CLEANER = nh3.Cleaner(
    tags=_ALLOWED_TAGS,
    clean_content_tags=_DROPPED_WITH_CONTENT,
    attributes={
        "a": {"href", "title"},
        "img": {"src", "alt", "title"},
        "td": {"colspan", "rowspan"},
        "th": {"colspan", "rowspan"},
    },
    url_schemes={"http", "https"},
    url_relative="deny",
    link_rel="nofollow noopener noreferrer",
    strip_comments=True,
)


def body_text(body: etree._Element) -> str:
    """The body as plain text: one paragraph per block, blank lines between them."""
    return "\n\n".join(paragraph for paragraph in _paragraphs(body) if paragraph)


def body_html(body: etree._Element, url: str) -> str:
    """The body as sanitized HTML (this rewrites `body` in place: take its text first)."""
    html_body = convert_to_html(body)[0]
    for element in html_body.iter("a", "img", "h1"):
        if element.tag == "h1":
            element.tag = "h2"  # the page shows the title as its own h1
            continue
        attribute = "href" if element.tag == "a" else "src"
        element.set(attribute, absolute_http_url(element.get(attribute), url) or "")
    markup = (html_body.text or "") + "".join(etree.tostring(child, encoding="unicode") for child in html_body)
    return sanitize_html(markup)


def sanitize_html(markup: str) -> str:
    """Keep only safe tags and attributes: http(s) links (nofollow) and images, no scripts or handlers."""
    return _CLEANER.clean(markup).strip()


def _paragraphs(parent: etree._Element) -> list[str]:
    paragraphs: list[str] = []
    _add(paragraphs, parent.text)
    for child in parent:
        if child.tag in _CONTAINERS and any(grandchild.tag in _BLOCKS for grandchild in child):
            paragraphs.extend(_paragraphs(child))
        elif child.tag == "row":
            cells = [" ".join(_inline(cell).split()) for cell in child]
            paragraphs.append(" | ".join(cell for cell in cells if cell))
        elif child.tag != "graphic":
            paragraphs.append(_inline(child))
        _add(paragraphs, child.tail)
    return paragraphs


def _inline(element: etree._Element) -> str:
    """A block's text with its spacing collapsed, keeping only the line breaks it marks with <lb/>."""
    parts: list[str] = []
    _collect_text(element, parts)
    lines = "".join(parts).translate(_INVISIBLE).split("\n")
    return "\n".join(" ".join(line.split()) for line in lines if line.strip())


def _collect_text(element: etree._Element, parts: list[str]) -> None:
    parts.append(_flat(element.text))
    for child in element:
        if child.tag == "lb":
            parts.append("\n")
        else:
            _collect_text(child, parts)
        parts.append(_flat(child.tail))


def _flat(text: str | None) -> str:
    return text.replace("\n", " ").replace("\r", " ") if text else ""


def _add(paragraphs: list[str], text: str | None) -> None:
    if text and text.strip():
        paragraphs.append(" ".join(text.translate(_INVISIBLE).split()))
