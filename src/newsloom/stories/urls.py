"""One URL per article: the identity that duplicate detection and storage key on.

The same article arrives under many URLs: with campaign parameters, fragments, upper-case
hosts, explicit default ports, differently escaped paths, or through a `rel=canonical` that
points at the site's home page by mistake. `canonical_url` folds those into one string.

Written by hand rather than with courlan's `normalize_url`: courlan's tracker pattern drops
any parameter whose name merely contains words such as "source" or "session", and it decodes
and re-encodes query values (losing bytes that are not UTF-8). Here a parameter goes only if
it is a known tracker, and escapes are normalised without decoding what they stand for.
"""

from __future__ import annotations

import re
from urllib.parse import unquote, urljoin, urlsplit, urlunsplit

TRACKING_PARAMETERS = frozenset(
    {
        "fbclid", "gclid", "gclsrc", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "twclid",
        "ttclid", "li_fat_id", "mc_cid", "mc_eid", "ocid", "cmpid", "cmp", "ito", "smid", "smtyp",
        "ref", "ref_src", "ref_url", "referrer", "_ga", "_gl", "igshid", "igsh", "si", "spm",
        "xtor", "ncid", "sr_share", "guccounter", "guce_referrer", "guce_referrer_sig", "mkt_tok",
        "wt.mc_id", "wt.mc_ev", "s_cid", "_hsenc", "_hsmi", "__twitter_impression", "rss",
        "share", "soc_src", "soc_trk", "feature", "fb_action_ids", "fb_action_types", "fb_ref",
        "fb_source", "action_object_map", "action_type_map", "action_ref_map",
    }
)
"""Query parameters that say how a reader arrived, never which article they read."""

TRACKING_PREFIXES = ("utm_", "at_", "pk_", "mtm_", "ns_", "itm_", "hsa_", "oly_", "vero_", "matomo_")

_DEFAULT_PORTS = {"http": 80, "https": 443}
_UNRESERVED = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
_ESCAPE = re.compile(r"%([0-9A-Fa-f]{2})")
_STRAY_PERCENT = re.compile(r"%(?![0-9A-Fa-f]{2})")
_ALLOWED_IN_PATH = frozenset("!$&'()*+,;=:@/%") | _UNRESERVED
_ALLOWED_IN_QUERY = (_ALLOWED_IN_PATH | frozenset("?")) - frozenset("&=")
_ARTICLE_SEGMENT = re.compile(r"\d|[-_].*[-_]|\.[a-z0-9]{2,5}$", re.IGNORECASE)
_C0_AND_SPACE = "".join(map(chr, range(0x21)))
_TAB_OR_NEWLINE = re.compile(r"[\t\n\r]")


def canonical_url(url: str, declared: str | None = None) -> str:
    """The article's canonical URL: `declared` (rel=canonical or og:url) when it is usable,
    else `url`, normalised either way. Never raises; hopeless input comes back trimmed.

    A root-relative `declared` ("/world/story") is resolved against `url`, since many
    publishers write their canonical link that way; other relative values are more often
    template junk ("undefined", "{{url}}") than links, and are ignored.
    """
    try:
        fetched = _normalise(url)
        if fetched is None:
            return _trim(url)
        if declared and (claimed := _normalise(_resolve(_trim(declared), fetched))):
            if _trustworthy(claimed, fetched):
                return claimed
        return fetched
    except (ValueError, TypeError, UnicodeError):
        return url.strip() if isinstance(url, str) else ""


def _normalise(url: str) -> str | None:
    """Scheme and host lower-cased, default port, user info and fragment dropped, path and
    query escapes normalised, tracking parameters removed. None for non-http(s) URLs."""
    parts = urlsplit(_trim(url))
    scheme = parts.scheme.lower()
    if scheme not in _DEFAULT_PORTS or not parts.hostname:
        return None
    host = _host(parts.hostname)
    port = parts.port
    netloc = host if port in (None, _DEFAULT_PORTS[scheme]) else f"{host}:{port}"
    path = _normalise_escapes(_remove_dot_segments(parts.path or "/"), _ALLOWED_IN_PATH)
    return urlunsplit((scheme, netloc, path, _clean_query(parts.query), ""))


def _trim(url: str) -> str:
    """What a browser does to a typed or pasted URL before parsing it (WHATWG URL standard)."""
    return _TAB_OR_NEWLINE.sub("", url.strip(_C0_AND_SPACE))


def _resolve(declared: str, fetched: str) -> str:
    return urljoin(fetched, declared) if declared.startswith("/") else declared


def _host(hostname: str) -> str:
    host = hostname.rstrip(".").lower()
    if ":" in host:
        return f"[{host}]"
    if host.isascii():
        return host
    try:
        return host.encode("idna").decode("ascii")
    except UnicodeError:
        return host


def _clean_query(query: str) -> str:
    """Known trackers and empty pairs dropped; the rest sorted so that parameter order does
    not make two URLs of one article differ."""
    kept = []
    for pair in query.split("&"):
        if not pair:
            continue
        name = unquote(pair.split("=", 1)[0]).strip().lower()
        if name in TRACKING_PARAMETERS or name.startswith(TRACKING_PREFIXES):
            continue
        kept.append(_normalise_escapes(pair, _ALLOWED_IN_QUERY | frozenset("=")))
    return "&".join(sorted(kept))


def _normalise_escapes(text: str, allowed: frozenset[str]) -> str:
    """Escapes of unreserved characters decoded, other escapes upper-cased, and characters
    that may not appear raw (spaces, non-ASCII) escaped as UTF-8."""

    def escape_case(match: re.Match[str]) -> str:
        char = chr(int(match.group(1), 16))
        return char if char in _UNRESERVED else "%" + match.group(1).upper()

    text = _ESCAPE.sub(escape_case, _STRAY_PERCENT.sub("%25", text))
    if all(char in allowed for char in text):
        return text
    return "".join(char if char in allowed else _escape(char) for char in text)


def _escape(char: str) -> str:
    return "".join(f"%{byte:02X}" for byte in char.encode("utf-8", errors="surrogatepass"))


def _remove_dot_segments(path: str) -> str:
    """RFC 3986 section 5.2.4, so /a/./b/../c and /a/c are one path."""
    if "." not in path:
        return path
    output: list[str] = []
    for segment in path.split("/"):
        if segment == "..":
            if len(output) > 1:
                output.pop()
        elif segment != ".":
            output.append(segment)
    if path.endswith(("/.", "/..")):
        output.append("")
    return "/".join(output) or "/"


def _trustworthy(declared: str, fetched: str) -> bool:
    """Whether a page's declared canonical can replace the URL it was fetched from.

    Publishers often declare their home page or a section index as the canonical of every
    article; following that would merge all their articles into one. A declared URL that is
    shallower than the fetched one is believed only when it still looks like an article
    (an AMP page pointing at its original does that), and one that drops the fetched URL's
    query (?id=123) on the same path is not believed at all.
    """
    claimed, actual = urlsplit(declared), urlsplit(fetched)
    claimed_segments = [s for s in claimed.path.split("/") if s]
    actual_segments = [s for s in actual.path.split("/") if s]
    if not claimed_segments and not claimed.query:
        return not actual_segments and not actual.query
    if claimed.path == actual.path and actual.query and not claimed.query:
        return False
    shallower = len(claimed_segments) < len(actual_segments)
    if shallower and not claimed.query and not _ARTICLE_SEGMENT.search(claimed_segments[-1]):
        return False
    return True
