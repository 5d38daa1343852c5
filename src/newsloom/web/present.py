"""How an article is shown: how much of it its publisher's policy allows, safe links, dates.

The pages, the API and the output feeds all go through these functions so that a source's
policy (full text, excerpt or headline only) is applied the same way everywhere, and so
that nothing scraped reaches a page as a link or markup without being checked here.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from urllib.parse import urlsplit

import nh3
from markupsafe import Markup

from newsloom.model import FetchReason, Policy

EXCERPT_WORDS = 80
"""About as much of an article as a short quotation with a link: the excerpt policy's budget."""
EXCERPT_PARAGRAPHS = 3
SUMMARY_WORDS = 40
"""A teaser on a card or in an output feed."""

_REASON_LABELS = {
    FetchReason.BAD_URL: "Bad URL",
    FetchReason.BLOCKED_ADDRESS: "Address not allowed",
    FetchReason.ROBOTS: "Disallowed by robots.txt",
    FetchReason.DNS: "Host not found",
    FetchReason.CONNECTION: "Could not connect",
    FetchReason.TIMEOUT: "Timed out",
    FetchReason.TOO_MANY_REDIRECTS: "Too many redirects",
    FetchReason.TOO_LARGE: "Response too large",
    FetchReason.DECOMPRESSION_BOMB: "Compressed response expands too far",
    FetchReason.HTTP_STATUS: "HTTP error",
    FetchReason.CONTENT_TYPE: "Unexpected content type",
    FetchReason.PARSE: "Could not parse",
}
_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+")
_BODY_URL_SCHEMES = {"http", "https", "mailto"}


def safe_url(url: str | None) -> str | None:
    """The URL if it is an absolute http(s) URL, else None.

    Autoescaping does not stop `javascript:` or `data:` URLs in an href or src, so every
    scraped URL that becomes a link or an image passes through here first.
    """
    if not url:
        return None
    url = url.strip()
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    if any(ch in url for ch in "\r\n\t\x00 "):
        return None
    return url


def excerpt_paragraphs(
    text: str, words: int = EXCERPT_WORDS, max_paragraphs: int = EXCERPT_PARAGRAPHS
) -> list[str]:
    """The first paragraphs of `text`, about `words` words in all, the last one cut at a word.

    A paragraph that runs only a little past the budget is kept whole, so an excerpt
    rarely ends mid-sentence.
    """
    out: list[str] = []
    count = 0
    for paragraph in paragraphs(text):
        remaining = words - count
        if remaining <= 0 or len(out) >= max_paragraphs:
            break
        tokens = paragraph.split()
        if len(tokens) > remaining + 20:
            out.append(" ".join(tokens[:remaining]) + " …")
            break
        out.append(paragraph)
        count += len(tokens)
    return out


def paragraphs(text: str) -> list[str]:
    """Non-empty lines of extracted text, each one paragraph, with runs of spaces folded."""
    return [" ".join(line.split()) for line in (text or "").splitlines() if line.strip()]


def allowed_paragraphs(article) -> list[str]:
    """The plain-text paragraphs the source's policy lets Newsloom show of `article`.

    Full text for `full`, an excerpt for `excerpt`, nothing for `headline`. An article made
    from its feed entry alone (no text) falls back on its description, the feed's summary.
    """
    policy = Policy(article.policy)
    if policy is Policy.HEADLINE:
        return []
    text = article.text or article.description
    if policy is Policy.FULL:
        return paragraphs(text)
    return excerpt_paragraphs(text)


def api_text(article) -> str | None:
    """The text the API may return for `article`: full, excerpt, or None for headline only."""
    if Policy(article.policy) is Policy.HEADLINE:
        return None
    return "\n\n".join(allowed_paragraphs(article))


def summary(article, words: int = SUMMARY_WORDS) -> str:
    """A short teaser: the description, or the first sentences of the text; empty for headline only."""
    if Policy(article.policy) is Policy.HEADLINE:
        return ""
    source = " ".join(article.description.split()) if article.description else ""
    if not source:
        source = " ".join(paragraphs(article.text)[:2])
    return _first_sentences(source, words)


def description(article) -> str | None:
    """The publisher's own summary, unless the policy allows only the headline."""
    if Policy(article.policy) is Policy.HEADLINE:
        return None
    return article.description or None


def clean_body(html: str) -> Markup:
    """The stored (already sanitized) body HTML, cleaned once more at render time.

    The store promises safe HTML; cleaning again is cheap and means one mistake upstream
    cannot become script on the site. Images are lazy and send no Referer to publishers.
    """
    cleaned = nh3.clean(
        html or "",
        url_schemes=_BODY_URL_SCHEMES,
        link_rel="noopener noreferrer nofollow",
        set_tag_attribute_values={"img": {"loading": "lazy", "referrerpolicy": "no-referrer"}},
    )
    return Markup(cleaned)


def iso(dt: datetime | None) -> str:
    """RFC 3339 in UTC for machine-readable `datetime` attributes and feeds."""
    return _utc(dt).isoformat().replace("+00:00", "Z") if dt else ""


def absolute_date(dt: datetime | None) -> str:
    """A date a reader anywhere can read unambiguously, e.g. `3 Mar 2025, 14:05 UTC`."""
    if not dt:
        return ""
    dt = _utc(dt)
    return f"{dt.day} {dt:%b %Y, %H:%M} UTC"


def relative_date(dt: datetime | None, now: datetime | None = None) -> str:
    """`5 minutes ago` (or `in 5 minutes`) within a week, else the date: `3 Mar 2025`."""
    if not dt:
        return ""
    dt = _utc(dt)
    seconds = ((now or datetime.now(UTC)) - dt).total_seconds()
    ahead, seconds = seconds < 0, abs(seconds)
    if seconds < 60:
        return "just now"
    for limit, unit, size in ((3600, "minute", 60), (86400, "hour", 3600), (7 * 86400, "day", 86400)):
        if seconds < limit:
            n = int(seconds // size)
            amount = f"{n} {unit}{'' if n == 1 else 's'}"
            return f"in {amount}" if ahead else f"{amount} ago"
    return f"{dt.day} {dt:%b %Y}"


def duration(seconds: float | None) -> str:
    """A polling interval a person reads at a glance: `45 s`, `30 min`, `2 h`, `1.5 days`."""
    if seconds is None:
        return ""
    for size, unit in ((86400, "days"), (3600, "h"), (60, "min")):
        if seconds >= size:
            value = f"{seconds / size:.1f}".removesuffix(".0")
            return f"{value} {'day' if unit == 'days' and value == '1' else unit}"
    return f"{seconds:.0f} s"


def readable_error(message: str | None) -> str:
    """A stored fetch error (`timeout: ...`) with its reason code spelled out for people."""
    if not message:
        return ""
    code, sep, rest = message.partition(": ")
    label = _REASON_LABELS.get(code)
    return f"{label}: {rest}" if sep and label else message


def _first_sentences(text: str, words: int) -> str:
    out: list[str] = []
    count = 0
    for sentence in _SENTENCE_END.split(text):
        tokens = sentence.split()
        if count and count + len(tokens) > words:
            break
        out.append(sentence)
        count += len(tokens)
        if count >= words * 0.6:
            break
    tokens = " ".join(out).split()
    if len(tokens) > words:
        return " ".join(tokens[:words]) + " …"
    return " ".join(tokens)


def _utc(dt: datetime) -> datetime:
    return dt.replace(tzinfo=UTC) if dt.tzinfo is None else dt.astimezone(UTC)
