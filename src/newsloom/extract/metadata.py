"""What a page says about itself: title, byline, dates, image, site, canonical URL, language.

Each field takes the first trusted source that has it, in this order:

- title: JSON-LD headline > og:title > the visible <h1> (the first of the page's first
  five <h1> that agrees with a metadata title) > twitter:title > <title>, skipping a
  source that resembles none of the others (a logo or "Log in" in <h1>, a description as
  headline). Site decoration (" | Site", "Site - ", " | Site | 28.04.2023") is removed
  first when it names the site or its host, or when the rest equals another source
  (`title.py`).
- byline: JSON-LD author names > meta author / article:author > trafilatura's byline
  heuristics (names only, not URLs or handles; "By", "Von", "Autor" and desk initials
  such as "(obe)" removed). A byline that is only the site's own name ("Metro Daily",
  "metro.example") gives way to a person's full name found by the heuristics.
- published: JSON-LD datePublished > article:published_time and kin > a <time datetime>
  marked as the publication time or inside <article> > htmldate (page text and URL) > the
  feed's date.
- updated: JSON-LD dateModified > article:modified_time / og:updated_time > a <time>
  marked as modified.
  For both, a time without an offset takes the offset the page states in its other date
  fields (only a page that never states one is read as UTC), and a bare day gives way to a
  full timestamp on the same day found elsewhere on the page (`dates.py`).
- image: og:image > JSON-LD image > twitter:image (absolute http(s) only).
- site_name: og:site_name > JSON-LD publisher name.
- canonical_url: <link rel=canonical> > og:url (absolute http(s); a canonical that
  points at the site's front page while the page is deeper is ignored, a common CMS bug
  that would otherwise merge every article of the site into one).
- description: meta description > og:description.
- language: <html lang> > og:locale > Content-Language, as a primary subtag ("en").

The article stage fills what is still missing from trafilatura, htmldate and the lead
(the feed's title, author, date and image), which come last for every field.
Everything is read in one walk over the tree's head-like elements.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from urllib.parse import urljoin, urlsplit

from lxml.html import HtmlElement

from newsloom.extract.dates import pick_date
from newsloom.extract.jsonld import JsonLdArticle, read_jsonld_article
from newsloom.extract.title import best_title, names_site

_PUBLISHED_KEYS = (
    "article:published_time", "og:article:published_time", "article:published:time", "datepublished", "pubdate",
    "publishdate", "parsely-pub-date", "sailthru.date",
)  # fmt: skip
_MODIFIED_KEYS = ("article:modified_time", "og:article:modified_time", "article:modified:time", "og:updated_time",
                  "datemodified")
_OTHER_DATE_KEYS = ("date", "dc.date", "dc.date.issued", "dcterms.created", "dcterms.issued", *_MODIFIED_KEYS)
"""Dates that are not trusted as the publication time, but tell the page's timezone or the time of a bare day."""
_IMAGE_KEYS = ("og:image", "og:image:url", "og:image:secure_url")
_TWITTER_IMAGE_KEYS = ("twitter:image", "twitter:image:src")
_LANGUAGE_TAG = re.compile(r"^\s*([a-zA-Z]{2})(?:[-_][a-zA-Z0-9]{1,8})*\s*$")
_LEGACY_LANGUAGES = {"iw": "he", "in": "id", "ji": "yi", "jw": "jv", "nb": "no", "nn": "no"}
_EMAIL = re.compile(r"\S@\S+\.\w")
_BYLINE_PREFIX = re.compile(
    r"^(?:(?:written |reported |text |story )?by|von|por|par|di|door|av|af|autor(?:in)?|author|text|texto)\b\s*:?\s*",
    re.I,
)
_HANDLE_SUFFIX = re.compile(r"\s*\([a-z]{2,4}\.?\)$")
"""A desk handle after a name, "Elena Muster (emu)": the initials, not part of the name."""
_MAX_TIMES = 20
_MAX_H1S = 5


@dataclass(slots=True)
class PageMetadata:
    """The metadata found on the page itself; empty values mean the page did not say."""

    title: str = ""
    byline: str = ""
    byline_names_site: bool = False
    """The byline is the site's own name: a person's byline found on the page replaces it."""
    published: datetime | None = None
    updated: datetime | None = None
    image: str | None = None
    site_name: str = ""
    canonical_url: str | None = None
    description: str = ""
    language: str | None = None
    free: bool | None = None
    """JSON-LD isAccessibleForFree: False marks a paywalled article."""
    jsonld_types: tuple[str, ...] = ()
    og_type: str = ""

    @property
    def says_article(self) -> bool:
        """Whether the page declares itself an article (og:type or a JSON-LD article) or dates itself."""
        declared = any(kind.endswith(("Article", "Posting")) for kind in self.jsonld_types)
        return declared or self.og_type.lower() == "article" or self.published is not None


def read_metadata(tree: HtmlElement, url: str, known_site_names: tuple[str, ...] = ()) -> PageMetadata:
    """Read the page's own metadata from its parsed tree (see the module docstring for the order)."""
    found = _collect(tree)
    meta, article = found.meta, read_jsonld_article(found.scripts)
    if article is None:
        article = JsonLdArticle()
    site_name = meta.get("og:site_name", "") or article.publisher
    site_names = [
        name for name in (site_name, article.publisher, meta.get("application-name", ""), *known_site_names) if name
    ]
    images = [*map(meta.get, _IMAGE_KEYS), article.image, *map(meta.get, _TWITTER_IMAGE_KEYS)]
    meta_authors = (meta.get("author", ""), meta.get("article:author", ""))
    byline, byline_names_site = byline_of(article.authors, meta_authors, site_names, url)
    page_dates = [*map(meta.get, _OTHER_DATE_KEYS), *found.times]
    languages = (found.lang, meta.get("og:locale"), meta.get("content-language"))
    return PageMetadata(
        title=best_title(
            [article.headline, meta.get("og:title", ""), meta.get("twitter:title", ""), found.title],
            found.h1s,
            site_names,
            url,
        ),
        byline=byline,
        byline_names_site=byline_names_site,
        published=pick_date([article.published, *map(meta.get, _PUBLISHED_KEYS), found.published_time], page_dates),
        updated=pick_date([article.modified, *map(meta.get, _MODIFIED_KEYS), found.modified_time], page_dates),
        image=next(filter(None, (absolute_http_url(image, url) for image in images)), None),
        site_name=site_name,
        canonical_url=_canonical(found.canonical, meta.get("og:url"), url),
        description=meta.get("description", "") or meta.get("og:description", ""),
        language=next(filter(None, map(primary_language, languages)), None),
        free=article.free,
        jsonld_types=article.types,
        og_type=meta.get("og:type", ""),
    )


def primary_language(tag: str | None) -> str | None:
    """'en-US', 'en_GB' or 'EN' as 'en'; None for anything else.

    Only two-letter primary subtags count: a three-letter "language" in the wild is far more
    often a charset ("utf-8") than an ISO 639-3 code, and py3langid then decides instead.
    """
    match = _LANGUAGE_TAG.match(tag or "")
    if not match:
        return None
    code = match.group(1).lower()
    return _LEGACY_LANGUAGES.get(code, code)


def absolute_http_url(value: str | None, base: str) -> str | None:
    """The URL made absolute against the page; None unless it is http(s) with a host."""
    if not value or not value.strip():
        return None
    try:
        absolute = urljoin(base, value.strip())
        parts = urlsplit(absolute)
    except ValueError:
        return None
    return absolute if parts.scheme in ("http", "https") and parts.hostname else None


def is_name(value: str) -> bool:
    """Whether an author value is a name, not a URL, an e-mail address, a handle or an id."""
    value = value.strip()
    if not value or len(value) > 120 or "://" in value or value.startswith(("www.", "/", "@")):
        return False
    return not _EMAIL.search(value) and any(ch.isalpha() for ch in value)


def byline_of(
    jsonld_authors: tuple[str, ...], meta_authors: tuple[str, ...], site_names: list[str], url: str
) -> tuple[str, bool]:
    """(byline, whether it only names the site): JSON-LD authors, else the first meta author.

    The site's own name ("Metro Daily", "metro.example") alone in the author field is what
    publishers write when no one signed; it is kept only until a person's byline is found.
    Beside a person ("Jo Park, Metro Daily") it names the desk that shared the work, and stays.
    """
    for names, most in ((jsonld_authors, None), (meta_authors, 1)):
        found = list(dict.fromkeys(person for person in (_person(name) for name in names if is_name(name)) if person))
        people = [name for name in found if not names_site(name, site_names, url, strict=True)]
        if people or found:
            return ", ".join(found[:most]), not people
    return "", False


def _person(name: str) -> str:
    return _HANDLE_SUFFIX.sub("", _BYLINE_PREFIX.sub("", name.strip())).strip()


@dataclass(slots=True)
class _Found:
    meta: dict[str, str] = field(default_factory=dict)
    scripts: list[str] = field(default_factory=list)
    canonical: str | None = None
    title: str = ""
    h1s: list[str] = field(default_factory=list)
    lang: str | None = None
    published_time: str = ""
    published_marked: bool = False
    modified_time: str = ""
    times: list[str] = field(default_factory=list)


def _collect(tree: HtmlElement) -> _Found:
    """One walk over the elements that carry metadata; the first value of each key wins."""
    found = _Found(lang=tree.get("lang") or tree.get("xml:lang"))
    times = 0
    for element in tree.iter("meta", "link", "script", "title", "h1", "time"):
        tag = element.tag
        if tag == "meta":
            key = element.get("property") or element.get("name") or element.get("itemprop") or element.get("http-equiv")
            content = element.get("content")
            if key and content and content.strip():
                found.meta.setdefault(key.strip().lower(), " ".join(content.split()))
        elif tag == "link":
            if found.canonical is None and "canonical" in (element.get("rel") or "").lower().split():
                found.canonical = element.get("href")
        elif tag == "script":
            if (element.get("type") or "").strip().lower() == "application/ld+json" and element.text:
                found.scripts.append(element.text)
        elif tag == "title":
            if not found.title and element.getparent() is not None and element.getparent().tag == "head":
                found.title = _clean(element.text_content())
        elif tag == "h1":
            if len(found.h1s) < _MAX_H1S:
                found.h1s.append(_clean(element.text_content()))
        elif times < _MAX_TIMES and element.get("datetime"):
            times += 1
            _note_time(element, found)
    return found


def _note_time(element: HtmlElement, found: _Found) -> None:
    """Keep a <time> that says it is the publication or modification time, or sits in <article>."""
    marks = f"{element.get('itemprop', '')} {element.get('class', '')}".lower()
    value = element.get("datetime", "")
    found.times.append(value)
    if "modified" in marks or "updated" in marks:
        found.modified_time = found.modified_time or value
    elif "published" in marks or element.get("pubdate") is not None:
        found.published_time = found.published_time if found.published_marked else value
        found.published_marked = True
    elif not found.published_time and any(a.tag == "article" for a in element.iterancestors()):
        found.published_time = value


def _canonical(link: str | None, og_url: str | None, url: str) -> str | None:
    page_path = urlsplit(url).path.strip("/")
    for candidate in (link, og_url):
        absolute = absolute_http_url(candidate, url)
        if absolute and (urlsplit(absolute).path.strip("/") or not page_path):
            return absolute
    return None


def _clean(text: str | None) -> str:
    return " ".join((text or "").split())


def _norm(text: str) -> str:
    return "".join(ch for ch in text.casefold() if ch.isalnum())
