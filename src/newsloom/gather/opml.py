"""Importing and exporting source lists as OPML, the format every feed reader speaks.

OPML files come from users and other programs, so they are parsed with a hardened lxml
parser: no entity expansion, no DTD loading, no network, no huge trees.
"""

from __future__ import annotations

from dataclasses import dataclass
import re
from datetime import UTC, datetime
from email.utils import format_datetime

from lxml import etree

from ..model import Channel, Source


_NOT_XML_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


class OpmlError(ValueError):
    """The text is not OPML that Newsloom can read; the message says why."""


@dataclass(slots=True)
class OpmlEntry:
    """One subscription from an OPML file: a feed (`xml_url`) or, lacking one, a site (`html_url`)."""

    title: str
    xml_url: str | None = None
    html_url: str | None = None
    language: str | None = None
    category: str | None = None


def read_opml(text: str | bytes) -> list[OpmlEntry]:
    """Every subscription in an OPML document, nested folders flattened.

    The enclosing outline's text becomes an entry's category (else the entry's own
    `category` attribute). Raises `OpmlError` when the document is malformed or not OPML.
    """
    body = _body_of(_parse(text))
    entries: list[OpmlEntry] = []
    _collect(body, None, entries)
    return entries


def write_opml(sources: list[tuple[Source, list[Channel]]], title: str = "Newsloom sources") -> str:
    """An OPML 2.0 document listing each source's channels, grouped by the source's region.

    A source without channels is written as a site entry (htmlUrl only), so that exporting
    and importing again loses nothing `read_opml` can carry.
    """
    root = etree.Element("opml", version="2.0")
    head = etree.SubElement(root, "head")
    etree.SubElement(head, "title").text = _NOT_XML_CHARS.sub("", title)
    etree.SubElement(head, "dateCreated").text = format_datetime(datetime.now(UTC), usegmt=True)
    body = etree.SubElement(root, "body")
    groups: dict[str, etree._Element] = {}
    for source, channels in sources:
        parent = body
        if source.region:
            if source.region not in groups:
                region = _NOT_XML_CHARS.sub("", source.region)
                groups[source.region] = etree.SubElement(body, "outline", text=region, title=region)
            parent = groups[source.region]
        for attributes in _outline_attributes(source, channels):
            etree.SubElement(parent, "outline", {k: _NOT_XML_CHARS.sub("", v) for k, v in attributes.items()})
    return etree.tostring(root, encoding="UTF-8", xml_declaration=True, pretty_print=True).decode("utf-8")


def _parse(text: str | bytes) -> etree._Element:
    if isinstance(text, str):
        # lxml refuses str input that carries an encoding declaration; hand it UTF-8 bytes
        # and tell the parser to ignore whatever the declaration says.
        data, encoding = text.encode("utf-8"), "utf-8"
    else:
        data, encoding = text, None
    parser = etree.XMLParser(
        encoding=encoding,
        resolve_entities=False,
        load_dtd=False,
        no_network=True,
        huge_tree=False,
        remove_comments=True,
        remove_pis=True,
    )
    if not data.strip():
        raise OpmlError("the OPML document is empty")
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        raise OpmlError(f"malformed OPML: {exc}") from None
    if root is None:
        raise OpmlError("the OPML document is empty")
    return root


def _body_of(root: etree._Element) -> etree._Element:
    if not isinstance(root.tag, str) or etree.QName(root).localname.lower() != "opml":
        name = etree.QName(root).localname if isinstance(root.tag, str) else "?"
        raise OpmlError(f"not OPML: the document's root element is <{name}>, not <opml>")
    for child in root:
        if isinstance(child.tag, str) and etree.QName(child).localname.lower() == "body":
            return child
    raise OpmlError("not OPML: the document has no <body>")


def _collect(parent: etree._Element, category: str | None, entries: list[OpmlEntry]) -> None:
    for outline in parent:
        if not isinstance(outline.tag, str) or etree.QName(outline).localname.lower() != "outline":
            continue
        attributes = {name.lower(): value.strip() for name, value in outline.attrib.items()}
        title = attributes.get("text") or attributes.get("title") or ""
        xml_url = attributes.get("xmlurl") or None
        link = attributes.get("url") if attributes.get("type", "").lower() == "link" else None
        html_url = attributes.get("htmlurl") or link or None
        has_children = any(isinstance(child.tag, str) for child in outline)
        if xml_url or (html_url and not has_children):
            entries.append(
                OpmlEntry(
                    title=title or xml_url or html_url or "",
                    xml_url=xml_url,
                    html_url=html_url,
                    language=attributes.get("language") or None,
                    category=category or attributes.get("category") or None,
                )
            )
        if has_children:
            _collect(outline, title or category, entries)


def _outline_attributes(source: Source, channels: list[Channel]) -> list[dict[str, str]]:
    common = {"text": source.name, "title": source.name}
    if source.homepage:
        common["htmlUrl"] = source.homepage
    if source.language:
        common["language"] = source.language
    if not channels:
        return [common] if source.homepage else []
    outlines = []
    for channel in channels:
        kind = "rss" if channel.kind == "feed" else channel.kind
        title = channel.title or source.name
        outlines.append({**common, "title": title, "type": kind, "xmlUrl": channel.url})
    return outlines
