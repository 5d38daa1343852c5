"""What a page says about itself: title, byline, dates, image, site, canonical URL, language.

Each field takes the first trusted source that has it, in this order:

- title: JSON-LD headline > og:title > first <h1> > <title>, skipping a source that
  resembles none of the others (a logo in <h1>, a description as headline); a site-name
  decoration (" | Site", " - Site", " — Site", or the same as a prefix) is removed when
  it is the site's name or host, or when the rest equals another title source.
- byline: JSON-LD author names > meta author / article:author (only when a name, not a URL).
- published: JSON-LD datePublished > article:published_time and kin > a <time datetime>
  marked as the publication time or inside <article>.
- updated: JSON-LD dateModified > article:modified_time / og:updated_time > a <time>
  marked as modified.
- image: og:image > JSON-LD image > twitter:image (absolute http(s) only).
- site_name: og:site_name > JSON-LD publisher name.
- canonical_url: <link rel=canonical> > og:url (absolute http(s); a canonical that
  points at the site's front page while the page is deeper is ignored, a common CMS bug
  that would otherwise merge every article of the site into one).
- description: meta description > og:description.
- language: <html lang> > og:locale > Content-Language, as a primary subtag ("en").

The article stage fills what is still missing from trafilatura, htmldate and the lead.
Everything is read in one walk over the tree's head-like elements.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from urllib.parse import urljoin, urlsplit

from lxml.html import HtmlElement

from newsloom.extract.jsonld import JsonLdArticle, read_jsonld_article

_PUBLISHED_KEYS = ("article:published_time", "og:article:published_time", "datepublished", "pubdate", "publishdate")
_MODIFIED_KEYS = ("article:modified_time", "og:article:modified_time", "og:updated_time", "datemodified")
_IMAGE_KEYS = ("og:image", "og:image:url", "og:image:secure_url")
_TWITTER_IMAGE_KEYS = ("twitter:image", "twitter:image:src")
_SEPARATOR = re.compile(r"\s+(?:[|\-–—·•»/]|::)\s+")
_LANGUAGE_TAG = re.compile(r"^\s*([a-zA-Z]{2})(?:[-_][a-zA-Z0-9]{1,8})*\s*$")
_LEGACY_LANGUAGES = {"iw": "he", "in": "id", "ji": "yi", "jw": "jv", "nb": "no", "nn": "no"}
_EMAIL = re.compile(r"\S@\S+\.\w")
_BYLINE_PREFIX = re.compile(r"^(?:by|von|por|par|di|door|av|af)\s+", re.I)
_MAX_TIMES = 20
_DECORATION_WORDS = 6
_SHARED_TRIGRAMS = 0.3


@dataclass(slots=True)
class PageMetadata:
    """The metadata found on the page itself; empty values mean the page did not say."""

    title: str = ""
    byline: str = ""
    published: datetime | None = None
    updated: datetime | None = None
    image: str | None = None
    site_name: str = ""
    canonical_url: str | None = None
    description: str = ""
    language: str | None = None


def read_metadata(tree: HtmlElement, url: str, known_site_names: tuple[str, ...] = ()) -> PageMetadata:
    """Read the page's own metadata from its parsed tree (see the module docstring for the order)."""
    found = _collect(tree)
    meta, article = found.meta, read_jsonld_article(found.scripts)
    if article is None:
        article = JsonLdArticle()
    site_name = meta.get("og:site_name", "") or article.publisher
    site_names = [name for name in (site_name, meta.get("application-name", ""), *known_site_names) if name]
    images = [*map(meta.get, _IMAGE_KEYS), article.image, *map(meta.get, _TWITTER_IMAGE_KEYS)]
    languages = (found.lang, meta.get("og:locale"), meta.get("content-language"))
    return PageMetadata(
        title=_best_title([article.headline, meta.get("og:title", ""), found.h1, found.title], site_names, url),
        byline=_byline(article.authors, meta),
        published=_first_date([article.published, *map(meta.get, _PUBLISHED_KEYS), found.published_time]),
        updated=_first_date([article.modified, *map(meta.get, _MODIFIED_KEYS), found.modified_time]),
        image=next(filter(None, (absolute_http_url(image, url) for image in images)), None),
        site_name=site_name,
        canonical_url=_canonical(found.canonical, meta.get("og:url"), url),
        description=meta.get("description", "") or meta.get("og:description", ""),
        language=next(filter(None, map(primary_language, languages)), None),
    )


def parse_datetime(value: str | None) -> datetime | None:
    """An ISO 8601 or RFC 2822 date as a timezone-aware datetime (naive ones are taken as UTC)."""
    if not value:
        return None
    value = value.strip()
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        try:
            parsed = parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
    if not 1990 <= parsed.year <= datetime.now(UTC).year + 1:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


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


@dataclass(slots=True)
class _Found:
    meta: dict[str, str] = field(default_factory=dict)
    scripts: list[str] = field(default_factory=list)
    canonical: str | None = None
    title: str = ""
    h1: str = ""
    lang: str | None = None
    published_time: str = ""
    published_marked: bool = False
    modified_time: str = ""


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
            if not found.h1:
                found.h1 = _clean(element.text_content())
        elif times < _MAX_TIMES and element.get("datetime"):
            times += 1
            _note_time(element, found)
    return found


def _note_time(element: HtmlElement, found: _Found) -> None:
    """Keep a <time> that says it is the publication or modification time, or sits in <article>."""
    marks = f"{element.get('itemprop', '')} {element.get('class', '')}".lower()
    value = element.get("datetime", "")
    if "modified" in marks or "updated" in marks:
        found.modified_time = found.modified_time or value
    elif "published" in marks or element.get("pubdate") is not None:
        found.published_time = found.published_time if found.published_marked else value
        found.published_marked = True
    elif not found.published_time and any(a.tag == "article" for a in element.iterancestors()):
        found.published_time = value


def _best_title(candidates: list[str], site_names: list[str], url: str) -> str:
    """The first title source that agrees with some other one (or the last one left).

    A source that resembles none of the others is a different thing in the title's place:
    a logo or section name in <h1>, a description in a JSON-LD headline. Sources are
    compared without their site decoration, so a logo does not match " | Logo".
    """
    present = [_strip_site_decoration(title, site_names, url) for title in map(_clean, candidates) if title]
    for index, title in enumerate(present):
        others = present[:index] + present[index + 1:]
        if index == len(present) - 1 or any(_resembles(title, other) for other in others):
            return _strip_repeated_decoration(title, others)
    return ""


def _resembles(one: str, other: str) -> bool:
    """Whether two titles share enough letter trigrams to be the same headline, decorated or not."""
    first, second = _trigrams(one), _trigrams(other)
    if not first or not second:
        return _norm(one) == _norm(other)
    return len(first & second) >= _SHARED_TRIGRAMS * min(len(first), len(second))


def _trigrams(text: str) -> set[str]:
    norm = _norm(text)
    return {norm[i : i + 3] for i in range(len(norm) - 2)}


def _strip_site_decoration(title: str, site_names: list[str], url: str) -> str:
    """Remove " | Site" and "Site | " from a title when that part names the site."""
    separators = list(_SEPARATOR.finditer(title))
    if separators and _names_site(title[separators[-1].end():], site_names, url):
        title = title[: separators[-1].start()].strip()
        separators = list(_SEPARATOR.finditer(title))
    if separators and _names_site(title[: separators[0].start()], site_names, url):
        title = title[separators[0].end():].strip()
    return title


def _strip_repeated_decoration(title: str, other_titles: list[str]) -> str:
    """Remove " | Whatever" when what precedes it is, on its own, another title source."""
    separators = list(_SEPARATOR.finditer(title))
    if separators:
        kept = title[: separators[-1].start()].strip()
        if any(_norm(kept) == _norm(other) for other in other_titles):
            return kept
    return title


def _names_site(part: str, site_names: list[str], url: str) -> bool:
    """Whether a title part is the site's name, or short and containing its name or host."""
    norm = _norm(part)
    if not norm:
        return False
    if any(norm == _norm(name) for name in site_names):
        return True
    if len(part.split()) > _DECORATION_WORDS:
        return False
    labels = _host_labels(url)
    return any(label in norm for label in labels) or any(_norm(name) and _norm(name) in norm for name in site_names)


def _host_labels(url: str) -> list[str]:
    """'www.example-news.co.uk' gives ['examplenews']: the parts of a host that name a site."""
    host = (urlsplit(url).hostname or "").lower()
    labels = host.split(".")[:-1]
    generic = {"www", "m", "amp", "mobile", "news", "co", "com", "org", "net", "gov", "ac", "edu"}
    return [_norm(label) for label in labels if label not in generic and len(_norm(label)) >= 3]


def _byline(jsonld_authors: tuple[str, ...], meta: dict[str, str]) -> str:
    names = [name for name in jsonld_authors if is_name(name)]
    if not names:
        names = [name for name in (meta.get("author", ""), meta.get("article:author", "")) if is_name(name)][:1]
    return ", ".join(_BYLINE_PREFIX.sub("", name).strip() for name in names)


def _first_date(values: list[str | None]) -> datetime | None:
    for value in values:
        parsed = parse_datetime(value)
        if parsed is not None:
            return parsed
    return None


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
