"""Turning a page body into one lxml tree, or a reason why it is not an HTML page.

The tree made here is the only parse of the page: metadata, trafilatura and the fallbacks
all read it. Whatever a hostile or broken server sent ends here as a short reason string
instead of an exception in a worker process.
"""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes
from lxml import etree
from lxml.html import HtmlElement, HTMLParser, fromstring

MAX_HTML_CHARS = 8_000_000
"""Larger documents are refused: the fetcher already caps bodies well below this, so a
page this big reaching extraction is a mistake or an attack, not an article."""

_MARKUP = re.compile(r"<(?:!doctype|html|head|body|meta|title|p|div|article|main|section|span|a|h[1-6])[\s>/]", re.I)
_XML_DECLARATION = re.compile(r"^[\s\ufeff]*<\?xml[^>]*\?>", re.I)
_DECLARED_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([a-z0-9_.:-]{2,40})""", re.I)
_BOMS = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
# C0 controls other than tab, newline and carriage return: libxml2 refuses them in strings.
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]+")
_SNIFF_BYTES = 65_536


def parse_html(html: str | bytes) -> HtmlElement | str:
    """Return the page's tree, or a short reason (str) why the input is not an HTML page."""
    if isinstance(html, (bytes, bytearray)):
        if len(html) > MAX_HTML_CHARS * 2:
            return f"page is larger than {MAX_HTML_CHARS * 2} bytes"
        html = _decode(bytes(html))
    if not isinstance(html, str):
        return f"expected str or bytes, got {type(html).__name__}"
    if len(html) > MAX_HTML_CHARS:
        return f"page is larger than {MAX_HTML_CHARS} characters"
    head = html[:_SNIFF_BYTES]
    if head.count("\x00") > len(head) // 100:
        return "binary content"
    if not _MARKUP.search(head):
        return "no HTML markup"
    if _CONTROL_CHARS.search(html):
        html = _CONTROL_CHARS.sub("", html)
    text = _XML_DECLARATION.sub("", html, count=1)
    try:
        tree = fromstring(text, parser=_parser())
    except (etree.ParserError, etree.XMLSyntaxError, ValueError) as error:
        return f"unparseable HTML: {error}"
    if not isinstance(tree, HtmlElement) or not len(tree):
        return "no HTML elements"
    return tree


def _parser() -> HTMLParser:
    """A fresh parser per page (parsers are not safe to share between threads).

    The options match trafilatura's own loader, so trafilatura sees the tree it would
    have built itself; huge_tree stays off, which keeps libxml2's depth and size limits.
    """
    return HTMLParser(collect_ids=False, default_doctype=False, remove_comments=True, remove_pis=True)


def _decode(body: bytes) -> str:
    """Decode bytes: byte-order mark, then UTF-8, then the page's declared charset, then detection."""
    for bom, encoding in _BOMS:
        if body.startswith(bom):
            return body.decode(encoding, errors="replace")
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError:
        pass
    declared = _DECLARED_CHARSET.search(body[:_SNIFF_BYTES])
    if declared:
        try:
            return body.decode(declared.group(1).decode("ascii"), errors="replace")
        except LookupError:
            pass
    guess = from_bytes(body[:_SNIFF_BYTES]).best()
    return body.decode(guess.encoding if guess else "cp1252", errors="replace")
