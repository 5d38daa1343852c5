"""Choosing an article's headline among the places a page states it.

A page names its headline up to five times: the JSON-LD headline, og:title, twitter:title,
<title> and the visible <h1>. Each has its own failure: <title> and og:title carry the
site's name (" | Site", "Site - ", " | Site | 28.04.2023"), the <h1> may be a logo, a
section name or a "Log in" button, or the headline with its kicker run into it
("Premier League Rückschlag im Titelkampf"), and a JSON-LD headline is sometimes a
description. So every source is first stripped of its site decoration, and then the first
source, in order of trust, that agrees with some other source wins; a source that agrees
with none is something else in the headline's place.

The visible <h1> is read from the first few <h1> elements: the first one that agrees with
a metadata title is the article's headline, the others are logos, section titles or
teasers.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

_SEPARATOR = re.compile(r"\s+(?:[|\-–—·•»/~]|::|--)\s+|\s*(?:\||｜|ㅣ|::|--|_)\s*(?=\S)")
_DATE_LIKE = re.compile(r"^[\d\s./:-]+$")
_DECORATION_WORDS = 6
_STRICT_WORDS = 4
_SHARED_TRIGRAMS = 0.3
_GENERIC_HOST_LABELS = {"www", "m", "amp", "mobile", "news", "co", "com", "org", "net", "gov", "ac", "edu"}


def best_title(candidates: list[str], h1s: list[str], site_names: list[str], url: str) -> str:
    """The headline: `candidates` in order of trust, the first agreeing <h1> in third place.

    `candidates` are the metadata titles (JSON-LD headline, og:title, twitter:title, <title>);
    the chosen <h1> is ranked after the first two, where a visible headline sits in trust.
    """
    present = [_strip_site_decoration(title, site_names, url) for title in map(clean, candidates) if title]
    present = [title for title in present if title]
    h1 = _headline_h1(h1s, present)
    if h1:
        present.insert(min(2, len(present)), h1)
    for index, title in enumerate(present):
        others = present[:index] + present[index + 1 :]
        if index == len(present) - 1 or any(_resembles(title, other) for other in others):
            return _strip_repeated_decoration(title, others)
    return ""


def names_site(part: str, site_names: list[str], url: str, strict: bool = False) -> bool:
    """Whether a title part (or an author) is the site's name, or short and containing its name or host.

    `strict` allows at most three words around the name: "n-tv NACHRICHTEN", "STERN.de",
    "Deutsche Welle (www.dw.com)", but not "Jo Park, Metro Daily".
    """
    norm = _norm(part)
    if not norm:
        return False
    if any(norm == _norm(name) for name in site_names):
        return True
    if len(part.split()) > (_STRICT_WORDS if strict else _DECORATION_WORDS):
        return False
    labels = _host_labels(url)
    return any(label in norm for label in labels) or any(_norm(name) and _norm(name) in norm for name in site_names)


def clean(text: str | None) -> str:
    """Text with its whitespace collapsed and soft hyphens removed (they only hint at line breaks)."""
    return " ".join((text or "").replace("\u00ad", "").split())


def _headline_h1(h1s: list[str], metadata_titles: list[str]) -> str:
    """The first <h1> that agrees with a metadata title; the first <h1> when there is nothing to compare."""
    texts = [text for text in map(clean, h1s) if text]
    if not metadata_titles:
        return texts[0] if texts else ""
    for text in texts:
        if any(_resembles(text, title) for title in metadata_titles):
            return text
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
    """Remove " | Site", " | Site | 28.04.2023" and "Site | " from a title when that part names the site."""
    while True:
        separators = list(_SEPARATOR.finditer(title))
        if not separators:
            return title
        last = title[separators[-1].end() :]
        if _DATE_LIKE.match(last) and len(separators) > 1:
            title = title[: separators[-1].start()].strip()  # a date after the site's name
            continue
        if names_site(last, site_names, url):
            title = title[: separators[-1].start()].strip()
            continue
        if names_site(title[: separators[0].start()], site_names, url):
            title = title[separators[0].end() :].strip()
            continue
        return title


def _strip_repeated_decoration(title: str, other_titles: list[str]) -> str:
    """Remove " | Whatever" when what precedes it is, on its own, another title source."""
    for separator in reversed(list(_SEPARATOR.finditer(title))):
        kept = title[: separator.start()].strip()
        if any(_norm(kept) == _norm(other) for other in other_titles):
            return kept
    return title


def _host_labels(url: str) -> list[str]:
    """'www.example-news.co.uk' gives ['examplenews']: the parts of a host that name a site."""
    host = (urlsplit(url).hostname or "").lower()
    labels = host.split(".")[:-1]
    return [_norm(label) for label in labels if label not in _GENERIC_HOST_LABELS and len(_norm(label)) >= 3]


def _norm(text: str) -> str:
    return "".join(ch for ch in text.casefold() if ch.isalnum())
