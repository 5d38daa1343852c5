"""Exact-copy detection: one hash for every trivially reformatted copy of an article's text.

Aggregators and syndication partners republish a story with other quotes, dashes, spacing,
letter case or Unicode forms. Hashing the text after folding those away finds such copies in
one index lookup; near-copies (edited, trimmed, with junk added) need similarity, not this.
"""

from __future__ import annotations

import hashlib
import unicodedata

MIN_IDENTIFYING_CHARS = 200
"""Shorter normalised texts (a headline, a teaser, an error page) say too little to identify
an article: many different pages would share them."""


def content_hash(text: str) -> str:
    """A hex digest of `text` folded for case, Unicode form, punctuation and whitespace;
    "" when the folded text is shorter than `MIN_IDENTIFYING_CHARS`."""
    folded = _fold(text or "")
    if len(folded) < MIN_IDENTIFYING_CHARS:
        return ""
    return hashlib.blake2b(folded.encode("utf-8"), digest_size=16).hexdigest()


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).casefold()
    return " ".join(text.translate(_FOLDING).split())


class _FoldingTable(dict[int, str | None]):
    """str.translate table filled on first sight of each character: punctuation, symbols,
    separators and controls become spaces; invisible format characters (zero-width spaces,
    soft hyphens, byte-order marks) vanish; letters, marks and digits stay."""

    def __missing__(self, codepoint: int) -> str | None:
        category = unicodedata.category(chr(codepoint))
        if category == "Cf":
            folded = None
        elif category[0] in "PSZ" or category == "Cc":
            folded = " "
        else:
            folded = chr(codepoint)
        self[codepoint] = folded
        return folded


_FOLDING = _FoldingTable()
