"""Enrichment of one text or a story of several: the entry points the rest of Newsloom calls."""

from __future__ import annotations

import gzip
import re
from pathlib import Path

from newsloom.enrich.entities import find_mentions
from newsloom.enrich.grouping import group_entities
from newsloom.enrich.keywords import extract_keywords, summarise
from newsloom.enrich.language import detect_language
from newsloom.enrich.model import Enrichment
from newsloom.enrich.places import resolve_places
from newsloom.enrich.topics import classify_topics

_FURNITURE_WORDS = 16
"""A body line this short with no closing punctuation is a related link or caption, not prose."""
_CLOSED = re.compile(r"[.!?…:;\"”’)]\s*$")


def enrich_text(text: str, title: str = "", url: str | None = None,
                categories: tuple[str, ...] = ()) -> Enrichment:
    """Language, entities, places, topics, keywords and summary of one article."""
    return enrich_texts([(title, text)], url=url, categories=categories)


def enrich_texts(documents: list[tuple[str, str]], url: str | None = None,
                 categories: tuple[str, ...] = ()) -> Enrichment:
    """Enrichment of a story: (title, text) pairs read together, mentions counted across them."""
    bodies = [_prose(text) for _, text in documents]
    titles = [title for title, _ in documents if title]
    full = "\n".join([*titles, *bodies])
    language, confidence = detect_language(full)
    mentions = find_mentions(full)
    places, chosen = resolve_places([(m.text, m.qualifier) for m in mentions if m.type == "place"])
    entities = group_entities(mentions, chosen)
    return Enrichment(
        language=language,
        language_confidence=round(confidence, 4),
        entities=entities,
        places=places,
        topics=classify_topics(full, url=url, categories=categories),
        keywords=extract_keywords(bodies, titles),
        summary=summarise(bodies),
    )


def enrich_file(path: str | Path) -> Enrichment:
    """Enrichment of a .txt, .html or .html.gz file; HTML is read through the extract stage."""
    path = Path(path)
    raw = path.read_bytes()
    if path.name.endswith(".gz"):
        raw = gzip.decompress(raw)
    if not path.name.endswith((".html", ".htm", ".html.gz", ".htm.gz")):
        return enrich_text(raw.decode("utf-8", errors="replace"))
    from newsloom.extract import extract_article
    from newsloom.model import Article

    article = extract_article(raw, path.resolve().as_uri())
    if isinstance(article, Article) and article.text.strip():
        return enrich_text(article.text, title=article.title, url=article.url)
    return enrich_text(_html_text(raw))


def enrichment_json(e: Enrichment) -> dict:
    """The `newsloom enrich --json` object for one input."""
    return {
        "language": e.language,
        "language_confidence": e.language_confidence,
        "entities": [{"name": x.name, "type": x.type, "count": x.count} for x in e.entities],
        "places": [{"name": p.name, "country": p.country, "lat": p.lat, "lon": p.lon} for p in e.places],
        "topics": list(e.topics),
        "keywords": list(e.keywords),
        "summary": list(e.summary),
    }


def _prose(text: str) -> str:
    """The text without short unpunctuated lines (injected headlines, credits, captions)."""
    lines = [line.strip() for line in text.splitlines()]
    return "\n".join(line for line in lines if line and (
        _CLOSED.search(line) or len(line.split()) > _FURNITURE_WORDS))


def _html_text(raw: bytes) -> str:
    from selectolax.lexbor import LexborHTMLParser as HTMLParser

    tree = HTMLParser(raw.decode("utf-8", errors="replace"))
    for node in tree.css("script, style, noscript"):
        node.decompose()
    return tree.body.text(separator="\n") if tree.body else ""
