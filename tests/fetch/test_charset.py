"""Pages in any encoding read right, whichever way the publisher declared it (or didn't)."""

from __future__ import annotations

import codecs

import pytest

from newsloom.fetch.charset import decode

NEWS_RU = "Главные новости дня: правительство объявило о новых мерах поддержки экономики."


def test_the_content_type_charset_is_used_first():
    body = '<meta charset="utf-8"><p>Ça coûte très cher</p>'.encode("cp1252")
    text, encoding = decode(body, "windows-1252")
    assert "Ça coûte très cher" in text and encoding == "cp1252"


def test_latin1_is_read_as_windows_1252_like_browsers_do():
    text, _ = decode("“Quoted” café".encode("cp1252"), "ISO-8859-1")
    assert text == "“Quoted” café"


def test_a_byte_order_mark_wins_and_is_not_part_of_the_text():
    text, encoding = decode(codecs.BOM_UTF8 + "Zürich".encode(), "iso-8859-1")
    assert (text, encoding) == ("Zürich", "utf-8")
    text, encoding = decode(codecs.BOM_UTF16_LE + "東京".encode("utf-16-le"), None)
    assert (text, encoding) == ("東京", "utf-16-le")


@pytest.mark.parametrize(
    "head",
    [
        '<meta charset="koi8-r">',
        "<meta http-equiv='Content-Type' content='text/html; charset=KOI8-R'>",
        '<?xml version="1.0" encoding="koi8-r"?>',
    ],
)
def test_a_declaration_in_the_document_is_honoured(head):
    text, encoding = decode((head + NEWS_RU).encode("koi8-r"), None)
    assert NEWS_RU in text and encoding == "koi8-r"


def test_an_unknown_or_unsafe_label_falls_back_to_the_document():
    body = ('<meta charset="cp1251">' + NEWS_RU).encode("cp1251")
    for label in ("no-such-charset", "base64", "utf-7"):
        text, encoding = decode(body, label)
        assert NEWS_RU in text and encoding == "cp1251", label


def test_an_undeclared_page_is_guessed():
    assert decode(NEWS_RU.encode("cp1251") * 3, None)[0] == NEWS_RU * 3
    assert decode("plain ünïcode".encode(), None) == ("plain ünïcode", "utf-8")
