"""Learning a source's own boilerplate from its recent pages, and removing it from new ones.

`cleanup.clean_body` judges each block of one page on its shape and wording, so it cannot
know that "Keep reading on Example Daily → …" or "Source: syndicated via our partners" is
junk. What gives such lines away is that the same source prints them on page after page,
while a report's sentences are its own. So each source keeps a `BoilerplateProfile`: how
often each short block has recurred over its recent pages.

- A block's *fingerprint* is its text folded for case, Unicode form, punctuation, spacing
  and digits ("© 2026 Example" and "© 2025 Example" are one line), hashed short. Only blocks
  of at most `MAX_WORDS` words get one: a long paragraph is never boilerplate, however
  often a source repeats a background paragraph, so learning cannot eat a report.
- An injected "related" headline differs on every page, so its words never recur; its
  *frame* does. Before folding, two parts of a block are replaced by one placeholder: the
  text of each link in it (of `MIN_MASK_WORDS` words or more; the stored HTML keeps links),
  and any recent title of the same source (an aggregator links its own stories, and a
  headline left as plain text is still a headline). "<a>Storm kills 12</a>" and
  "<a>Markets fall</a>" then share the fingerprint of a lone link, "Read on: <a>…</a>" that
  of its frame, and either recurs like any template line. A short report sentence with a
  link in it recurs only if the source really prints it on a good share of its pages.
- A fingerprint is boilerplate once it was seen on at least `MIN_PAGES` distinct pages and
  on at least `MIN_SHARE` of the recent ones. Counts decay by (1 - 1/`WINDOW`) a page, so
  "recent" means about the last `WINDOW` pages and a template the source dropped fades out.
  The share keeps lines that only some pages end with ("This is a developing story.", on a
  fifth of them) while template lines, on (nearly) every page, go; a template that rotates
  two or three wordings still clears it.
- A source's first pages are stored as they are: nothing has recurred yet.

Written by hand: no maintained library learns per-site boilerplate from a stream of pages
(trafilatura's own deduplication is process-wide, text-exact and forgets sites).
"""

from __future__ import annotations

import hashlib
import html as html_lib
import json
import re
import unicodedata
from dataclasses import dataclass, field, replace

import lxml.html
from lxml import etree

from newsloom.extract.render import sanitize_html
from newsloom.model import Article

MAX_WORDS = 60
"""Blocks longer than this are never fingerprinted (cleanup's disclaimers go up to 90 words;
a learned line is one the source repeats, and those are shorter)."""
MIN_PAGES = 4
MIN_SHARE = 0.3
WINDOW = 50
MAX_FINGERPRINTS = 400
"""A profile keeps this many fingerprints at most (the most frequent): a few kilobytes a source."""
MAX_TITLES = 60
MIN_MASK_WORDS = 3
_DECAY = 1.0 - 1.0 / WINDOW
_MASK = "\x01"
_MAX_MASKED_CHARS = 250
"""Recent titles are looked for in blocks up to this long only: a frame around a headline is short."""
_BLOCK_TAGS = ("p", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "figcaption", "dt", "dd", "td", "th")


@dataclass(slots=True)
class BoilerplateProfile:
    """What one source's recent pages had in common; serialised with `to_json`/`from_json`."""

    pages: int = 0
    """Pages learned from, ever."""
    weight: float = 0.0
    """The decayed page count: about min(pages, WINDOW)."""
    counts: dict[str, list[float]] = field(default_factory=dict)
    """fingerprint -> [decayed count as of page `last`, `last`, distinct pages seen]."""
    titles: list[str] = field(default_factory=list)
    """Folded titles of the source's latest articles, newest last."""
    crossed: list[str] = field(default_factory=list)
    """Fingerprints that became boilerplate on the last `learn` (not saved)."""

    def is_boilerplate(self, fingerprint: str) -> bool:
        entry = self.counts.get(fingerprint)
        if entry is None or entry[2] < MIN_PAGES:
            return False
        count, last, _seen = entry
        return count * _DECAY ** (self.pages - last) >= MIN_SHARE * self.weight

    def to_json(self) -> str:
        return json.dumps({"pages": self.pages, "weight": round(self.weight, 4), "counts": self.counts,
                           "titles": self.titles}, separators=(",", ":"))

    @classmethod
    def from_json(cls, text: str) -> BoilerplateProfile:
        data = json.loads(text)
        return cls(data["pages"], data["weight"], data["counts"], data["titles"])


def learn(profile: BoilerplateProfile | None, article: Article) -> BoilerplateProfile:
    """Count `article`'s short blocks into `profile` (updated in place; a new one for None).

    Learn from the article as extracted, before `strip`: a line is counted on every page it
    is on, including pages where it is already being removed.
    """
    return learn_and_strip(profile, article)[0]


def learn_and_strip(profile: BoilerplateProfile | None, article: Article) -> tuple[BoilerplateProfile, Article]:
    """`learn` from `article`, then `strip` it with what is known now: what a crawl does with
    each new page, reading its blocks once."""
    profile = profile if profile is not None else BoilerplateProfile()
    paragraphs = _fingerprints(article, profile.titles)
    _count(profile, article, {fingerprint for fingerprint, _ in paragraphs if fingerprint})
    return profile, _strip(article, profile, paragraphs)


def strip(article: Article, profile: BoilerplateProfile | None) -> Article:
    """`article` without the blocks `profile` knows as boilerplate, in its text and its HTML.

    The same article comes back when nothing is removed, or when everything would be (a
    page that is all template is better kept whole than stored empty).
    """
    if profile is None or not profile.counts:
        return article
    return _strip(article, profile, _fingerprints(article, profile.titles))


def _count(profile: BoilerplateProfile, article: Article, prints: set[str]) -> None:
    profile.pages += 1
    profile.weight = profile.weight * _DECAY + 1.0
    profile.crossed = []
    for fingerprint in prints:
        was = profile.is_boilerplate(fingerprint)
        entry = profile.counts.get(fingerprint)
        if entry is None:
            profile.counts[fingerprint] = [1.0, profile.pages, 1]
        else:
            entry[0] = entry[0] * _DECAY ** (profile.pages - entry[1]) + 1.0
            entry[1], entry[2] = profile.pages, entry[2] + 1
        if not was and profile.is_boilerplate(fingerprint):
            profile.crossed.append(fingerprint)
    title = _fold(article.title)
    if len(title.split()) >= MIN_MASK_WORDS and title not in profile.titles:
        profile.titles = [*profile.titles, title][-MAX_TITLES:]
    if len(profile.counts) > MAX_FINGERPRINTS * 3 // 2:
        _prune(profile)


def _strip(article: Article, profile: BoilerplateProfile, paragraphs: list[tuple[str | None, str]]) -> Article:
    doomed = {_squash(text) for fingerprint, text in paragraphs if fingerprint and profile.is_boilerplate(fingerprint)}
    if not doomed:
        return article
    kept = [text for _, text in paragraphs if _squash(text) not in doomed]
    if not kept:
        return article
    return replace(article, text="\n\n".join(kept), html=_strip_html(article.html, doomed))


def _fingerprints(article: Article, titles: list[str]) -> list[tuple[str | None, str]]:
    """(fingerprint or None for a long block, paragraph text) for each paragraph of the text."""
    links: list[str] | None = None
    own = _fold(article.title)
    titles = [title for title in titles if title != own]
    result = []
    for text in article.text.split("\n\n"):
        if not text.strip() or len(text.split()) > MAX_WORDS:
            result.append((None, text))
            continue
        if links is None:  # only pages with a short block pay for reading their links
            links = _link_texts(article.html)
        result.append((_fingerprint(text, links, titles), text))
    return result


def _fingerprint(text: str, links: list[str], titles: list[str]) -> str | None:
    folded = f" {_fold(text)} "
    for part in (*links, *titles) if len(text) <= _MAX_MASKED_CHARS else links:
        if part in folded and f" {part} " in folded:
            folded = folded.replace(f" {part} ", f" {_MASK} ")
    folded = " ".join(folded.split())
    if not folded:
        return None
    return hashlib.blake2b(folded.encode("utf-8"), digest_size=8).hexdigest()


def _fold(text: str) -> str:
    """Case, Unicode form, punctuation, spacing and digit runs folded away."""
    text = text.casefold() if text.isascii() else unicodedata.normalize("NFKC", text).casefold()
    return " ".join(_DIGITS.sub("0", _NOT_WORD.sub(" ", text)).split())


def _link_texts(markup: str) -> list[str]:
    """The folded text of each link of `markup` long enough to be a headline, longest first."""
    found = {_fold(html_lib.unescape(_TAG.sub("", inner))) for inner in _LINK.findall(markup)}
    return sorted((text for text in found if len(text.split()) >= MIN_MASK_WORDS), key=len, reverse=True)


def _strip_html(markup: str, doomed: set[str]) -> str:
    """`markup` without the blocks whose text is one of `doomed` (squashed), sanitized again."""
    if not markup.strip():
        return markup
    root = lxml.html.fragment_fromstring(markup, create_parent="div")
    for element in list(root.iter(*_BLOCK_TAGS)):
        if element.getparent() is not None and _squash(element.text_content()) in doomed:
            element.drop_tree()  # keeps any text that trailed it
    for container in list(root.iter("ul", "ol", "dl", "blockquote", "tr")):
        if not container.text_content().strip() and container.getparent() is not None:
            container.drop_tree()
    inner = (root.text or "") + "".join(etree.tostring(child, encoding="unicode") for child in root)
    return sanitize_html(inner)


def _squash(text: str) -> str:
    return " ".join(text.split())


def _prune(profile: BoilerplateProfile) -> None:
    def current(item: tuple[str, list[float]]) -> float:
        count, last, _seen = item[1]
        return count * _DECAY ** (profile.pages - last)

    kept = sorted(profile.counts.items(), key=current, reverse=True)[:MAX_FINGERPRINTS]
    profile.counts = dict(kept)


_DIGITS = re.compile(r"\d+")
_NOT_WORD = re.compile(r"[\W_]+")
_LINK = re.compile(r"<a\b[^>]*>(.*?)</a>", re.S | re.I)
_TAG = re.compile(r"<[^>]+>")
