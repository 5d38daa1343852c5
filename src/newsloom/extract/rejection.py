"""Recognising pages that are not an article even though they came back with status 200.

A crawler is shown many such pages: a cookie-consent wall or a bot challenge in place of
the article, a paywall stub (a teaser and a subscribe prompt), an error page served with
200, and front, section, tag or author pages that a feed linked to. Stored as articles they
would put "Just a moment…" or "Accept all cookies" on the site and into story matching.

Two cheap checks, written by hand because no library recognises these pages:

- `reject_before_extraction` reads only the page's title, first heading and metadata (from
  the tree already parsed) and catches challenges, error pages and listing pages before
  trafilatura spends time on them;
- `reject_after_extraction` looks at the extracted text when it is short: a short text
  that is mostly consent or subscription wording is a wall or a paywall stub, not a brief.

Each rule needs two signals (a cue and little text, a section URL and a listing layout), so
a short news brief, or a report *about* cookies or paywalls, is never rejected.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from urllib.parse import urlsplit

from lxml.html import HtmlElement

from newsloom.model import Rejection

SHORT_TEXT_CHARS = 1500
"""Walls and stubs are short; a text longer than this is an article whatever it mentions."""
PAYWALL_TEXT_CHARS = 800
"""A paywall stub shows a lead paragraph or two; more than this is a short article."""
MIN_LISTING_LINKS = 15
"""Headline-like links a listing page has at least (a front page has dozens)..."""
MIN_LISTING_LINKED_SHARE = 0.35
"""...and the share of its text that sits in links: a blog's front page showing whole
posts is mostly running text, a news front page mostly headlines."""
_HEADLINE_LINK_WORDS = 4

_CHALLENGE_TITLE = re.compile(
    r"^(?:just a moment|attention required|one more step|please wait|checking your browser|ddos protection"
    r"|access denied|are you a (?:human|robot)|verify(?:ing)? (?:you are|that you are) (?:a )?human"
    r"|security check|bot verification|human verification|pardon our interruption|captcha)\b",
    re.I,
)
_CHALLENGE_MARKUP = ("cf-browser-verification", "challenge-platform", "cf_chl_", "g-recaptcha", "h-captcha",
                     "px-captcha", "captcha-delivery", "_incapsula_resource")
_ERROR_TITLE = re.compile(
    r"^\W*(?:(?:oops|sorry|error|fehler)\W+)?(?:(?:error\s*)?(?:404|410)\b|not found\b"
    r"|(?:the )?page (?:was )?(?:not found|cannot be found|does not exist|no longer exists)"
    r"|seite nicht gefunden|(?:diese )?seite existiert nicht|página no encontrada|page introuvable"
    r"|pagina non trovata|página não encontrada|pagina niet gevonden|nie znaleziono strony"
    r"|sidan (?:kunde inte hittas|finns inte)|siden finnes ikke)",
    re.I,
)
"""An error page's title or heading begins with the error; a headline merely mentioning one does not."""
_ERROR_WORDS = 10
_CONSENT = re.compile(
    r"\bcookies?\b|\bconsent\b|\baccept all\b|\breject all\b|\bprivacy (?:settings|preferences|policy)\b"
    r"|\bwe and our (?:\d+ )?partners\b|\bpersonali[sz]ed (?:ads|advertising|content)\b|\blegitimate interest\b"
    r"|\beinwilligung\b|\bzustimmen\b|\balle akzeptieren\b|\bdatenschutz\w*\b|\bconsentement\b|\btout accepter\b"
    r"|\bconsentimiento\b|\baceptar todo\b|\bconsenso\b|\baccetta tutt[oi]\b",
    re.I,
)
_PAYWALL = re.compile(
    r"\bsubscribe (?:now|today|to (?:continue|read|unlock))\b|\bto continue reading\b|\bcontinue reading with\b"
    r"|\balready (?:a subscriber|have an account|subscribed)\b|\bsubscribers? only\b|\bfor subscribers\b"
    r"|\bthis (?:article|content|story) is (?:for|only available to|reserved for) (?:subscribers|members)\b"
    r"|\bunlock (?:this|full) (?:article|access|story)\b|\bstart your (?:free )?trial\b"
    r"|\bjetzt (?:abonnieren|weiterlesen|abo)\b|\bmit (?:\w+ )?(?:plus|abo)\b.{0,40}\blesen\b|\bbereits abonnent\b"
    r"|\babonnez-vous\b|\bdéjà abonné\b|\bsuscríbete\b|\bya (?:eres|soy) suscriptor\b|\babbonati\b|\bgià abbonato\b",
    re.I,
)
_LISTING_TYPES = ("CollectionPage", "ItemList", "ProfilePage", "SearchResultsPage")
_SECTION_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)?")
"""A section or tag name: one or two words ("politics", "climate-change"), not an article slug."""
_SECTION_SEGMENTS = {
    "tag", "tags", "topic", "topics", "thema", "themen", "category", "categories", "section", "sections",
    "author", "authors", "autor", "autoren", "archive", "archives", "archiv", "page", "search", "suche",
    "rubrik", "ressort", "categoria", "categorie", "categorie", "tema", "temas", "auteur", "label",
}  # fmt: skip


def reject_before_extraction(
    tree: HtmlElement, url: str, title: str, jsonld_types: tuple[str, ...], says_article: bool
) -> tuple[Rejection, str] | None:
    """A challenge, error or listing page told by its title, metadata, URL and links; None for the rest.

    `says_article` is the page's own claim (og:type article, a JSON-LD article, a publication
    date): such a page is never taken for an error or listing page.
    """
    page_title = _page_title(tree)
    short_title = len(page_title.split()) <= _ERROR_WORDS
    if (short_title and _CHALLENGE_TITLE.match(page_title)) or _has_challenge_markup(tree):
        return Rejection.BOT_CHALLENGE, f"bot challenge page: {page_title[:80]!r}"
    heading = title or page_title
    for text in (page_title, heading):
        if text and len(text.split()) <= _ERROR_WORDS and _ERROR_TITLE.match(text) and not says_article:
            return Rejection.ERROR_PAGE, f"error page served as a page: {text[:80]!r}"
    if not says_article and _looks_like_section(url, jsonld_types):
        links, share = _headline_links(tree)
        if links >= MIN_LISTING_LINKS and share >= MIN_LISTING_LINKED_SHARE:
            return Rejection.NOT_AN_ARTICLE, f"listing page: {links} headline links, {share:.0%} of its text linked"
    return None


def reject_after_extraction(
    text: str, page_text: Callable[[], str], free: bool | None, min_chars: int
) -> tuple[Rejection, str] | None:
    """A consent wall or a paywall stub told by its short text's wording; None for an article.

    The extracted text is judged first; the whole page's text (`page_text`, read only when
    needed) only when too little article text was found, since a real brief shares its page
    with the site's cookie banner and "Subscribe" button.
    """
    if len(text) >= SHORT_TEXT_CHARS:
        return None
    consent = len(_CONSENT.findall(text))
    if consent >= 2 and consent * 40 >= len(text.split()):
        return Rejection.COOKIE_WALL, f"cookie consent wall ({consent} consent phrases in {len(text)} characters)"
    paywall = _PAYWALL.search(text)
    if (free is False or paywall) and len(text) < PAYWALL_TEXT_CHARS:
        cue = f"{paywall.group(0)!r}" if paywall else "isAccessibleForFree is false"
        return Rejection.PAYWALL, f"paywall stub: {len(text)} characters of teaser, {cue}"
    if len(text) < min_chars:
        whole = page_text()
        if len(_CONSENT.findall(whole)) >= 3:
            return Rejection.COOKIE_WALL, f"cookie consent wall, {len(text)} characters of article text"
        if paywall := _PAYWALL.search(whole):
            return Rejection.PAYWALL, f"paywall stub: {len(text)} characters of teaser, {paywall.group(0)!r}"
    return None


def _page_title(tree: HtmlElement) -> str:
    title = tree.find(".//title")
    return " ".join(title.text_content().split()) if title is not None else ""


def _has_challenge_markup(tree: HtmlElement) -> bool:
    """Challenge pages carry their vendor's scripts and form ids; articles only embed captchas in forms."""
    body = tree.find("body")
    if body is None or len(" ".join(body.text_content().split())) > SHORT_TEXT_CHARS:
        return False
    for element in tree.iter("script", "form", "div", "iframe"):
        marks = " ".join(element.get(name, "") for name in ("src", "id", "class", "action"))
        if any(marker in marks for marker in _CHALLENGE_MARKUP):
            return True
    return False


def _looks_like_section(url: str, jsonld_types: tuple[str, ...]) -> bool:
    """A front, section, tag or author address, or a page whose metadata says it is a collection.

    The address must end at the section: "/tag/transport", "/politics/", "/" (without a
    query naming an item), not "/themen/strom/survey-on-power-prices" deeper below it.
    """
    if any(kind in _LISTING_TYPES for kind in jsonld_types):
        return True
    parts = urlsplit(url)
    segments = [segment.lower() for segment in parts.path.split("/") if segment]
    if segments and segments[-1].startswith("index."):
        segments.pop()
    if not segments:
        return not parts.query
    if not _SECTION_WORD.fullmatch(segments[-1]) and not segments[-1].isdigit():
        return False
    if len(segments) == 1:
        return "-" not in segments[0]  # "/politics"; a two-word slug at the root is as often an article
    return any(segment in _SECTION_SEGMENTS for segment in segments[-3:-1]) or segments[-1] in _SECTION_SEGMENTS


def _headline_links(tree: HtmlElement) -> tuple[int, float]:
    """How many links read like headlines, and the share of the body's text inside links."""
    body = tree.find("body")
    if body is None:
        return 0, 0.0
    count = linked = 0
    for link in body.iter("a"):
        text = link.text_content() or ""
        linked += len(text.strip())
        if len(text.split()) >= _HEADLINE_LINK_WORDS:
            count += 1
    total = len(" ".join(body.text_content().split()))
    return count, (linked / total if total else 0.0)
