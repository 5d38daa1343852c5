"""trafilatura's byline and date fallbacks, run only for the field a page left missing.

`trafilatura.extract_metadata` reads every field it knows (title, site name, URL, date,
author, categories, tags, licence), about a millisecond and a half a page; the article stage
wants at most two of them, and only when the page's own metadata lacks them. This runs
trafilatura's own steps for those fields, in its order and with its final trimming, and
skips the rest: the values are the ones `extract_metadata` gives.
"""

from __future__ import annotations

from html import unescape

from htmldate import find_date
from lxml.html import HtmlElement
from trafilatura.metadata import examine_meta, extract_author, extract_meta_json, extract_url
from trafilatura.settings import set_date_params
from trafilatura.utils import line_processing

_MAX_CHARS = 10000


def page_fallbacks(tree: HtmlElement, url: str, author: bool, date: bool) -> tuple[str | None, str | None]:
    """(author, date as YYYY-MM-DD) as trafilatura finds them; None for a field not asked for."""
    metadata = examine_meta(tree)
    if metadata.author and " " not in metadata.author:  # trafilatura's own rule: one word is no name
        metadata.author = None
    try:
        metadata = extract_meta_json(tree, metadata)
    except Exception:  # noqa: BLE001 - trafilatura tolerates broken JSON-LD the same way
        pass
    found_author = _trimmed(metadata.author or extract_author(tree)) if author else None
    found_date = None
    if date:
        found_date = _trimmed(find_date(tree, url=metadata.url or extract_url(tree, url), **set_date_params(True)))
    return found_author, found_date


def _trimmed(value: str | None) -> str | None:
    """trafilatura's `Document.clean_and_trim` for one value."""
    if not isinstance(value, str):
        return value
    if len(value) > _MAX_CHARS:
        value = value[: _MAX_CHARS - 1] + "…"
    return line_processing(unescape(value))
