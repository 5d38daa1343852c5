"""Turning a body into text: which character encoding a page is in.

The order follows the HTML Standard's encoding sniffing, which is what publishers test
their pages against: a byte-order mark first (the Standard lets it override even the
Content-Type header, because a BOM is never there by accident), then the Content-Type
charset, then a declaration in the document's first 2 KB (<meta charset>, http-equiv, or
an XML declaration), then a statistical guess by charset-normalizer, and UTF-8 last.
Labels map to codecs the way browsers map them (ISO-8859-1 is really windows-1252 on the
web); a label Python does not know, or one that names no text encoding, is skipped.
"""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

_SNIFF_BYTES = 2048
_GUESS_BYTES = 64 * 1024

_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Browser label mapping (WHATWG Encoding Standard) for the labels whose Python codec differs.
_ALIASES = {
    "iso-8859-1": "cp1252",
    "iso8859-1": "cp1252",
    "iso_8859-1": "cp1252",
    "latin1": "cp1252",
    "latin-1": "cp1252",
    "l1": "cp1252",
    "ascii": "cp1252",
    "us-ascii": "cp1252",
    "iso-8859-9": "cp1254",
    "latin5": "cp1254",
    "iso-8859-11": "cp874",
    "tis-620": "cp874",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-gbk": "gb18030",
    "euc-kr": "cp949",
    "ks_c_5601-1987": "cp949",
    "x-sjis": "shift_jis",
    "unicode-1-1-utf-8": "utf-8",
}
_REFUSED = {"utf-7", "utf7", "unicode-1-1-utf-7"}
_IN_DOCUMENT_UTF16 = re.compile(r"^utf-?(16|32)", re.I)

_XML_DECL = re.compile(rb"""^\s*<\?xml\b[^>]*?\bencoding\s*=\s*["']([A-Za-z0-9_.:\-]+)["']""")
_META = re.compile(rb"""<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([A-Za-z0-9_.:\-]+)""", re.I)


def decode(body: bytes, declared: str | None) -> tuple[str, str]:
    """The body as text and the codec name used; never fails (undecodable bytes become U+FFFD)."""
    for bom, name in _BOMS:
        if body.startswith(bom):
            return body[len(bom) :].decode(name, "replace"), name
    encoding = codec_name(declared) or _declared_in_document(body[:_SNIFF_BYTES]) or _guess(body)
    return body.decode(encoding, "replace"), encoding


def codec_name(label: str | None) -> str | None:
    """Python's codec for a charset label as browsers read it, or None when unusable."""
    if not label:
        return None
    label = label.strip().strip("\"'").lower()
    if not label or label in _REFUSED:
        return None
    label = _ALIASES.get(label, label)
    try:
        info = codecs.lookup(label)
    except LookupError:
        return None
    if not getattr(info, "_is_text_encoding", True):
        return None  # e.g. "base64" or "zlib": codecs, but not character encodings
    return info.name


def _declared_in_document(head: bytes) -> str | None:
    match = _XML_DECL.match(head) or _META.search(head)
    if match is None:
        return None
    label = match.group(1).decode("ascii")
    if _IN_DOCUMENT_UTF16.match(label):
        # A document readable as ASCII to find this declaration is not UTF-16/32 (HTML Standard).
        return "utf-8"
    return codec_name(label)


def _guess(body: bytes) -> str:
    try:
        body.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        pass
    best = from_bytes(body[:_GUESS_BYTES]).best()
    return (codec_name(best.encoding) if best is not None else None) or "utf-8"
