"""Users bring their subscriptions from other readers as OPML and take Newsloom's list away the same way."""

from __future__ import annotations

import pytest

from newsloom.gather import read_opml, write_opml
from newsloom.gather.opml import OpmlEntry, OpmlError
from newsloom.model import Channel, Policy, Source

READER_EXPORT = """<?xml version="1.0" encoding="ISO-8859-1"?>
<opml version="1.0">
  <head><title>My subscriptions</title></head>
  <body>
    <outline text="Europe">
      <outline text="Le Monde" type="rss" xmlUrl="https://www.lemonde.fr/rss/une.xml"
               htmlUrl="https://www.lemonde.fr/" language="fr"/>
      <outline text="Germany">
        <outline title="Tagesschau" type="rss" xmlURL="https://www.tagesschau.de/xml/rss2"/>
      </outline>
    </outline>
    <outline text="Café Babel" htmlUrl="https://cafebabel.example/"/>
    <outline text="Empty folder"/>
    <outline text="Another list" type="include" url="https://lists.example/other.opml"/>
  </body>
</opml>"""


def test_nested_folders_flatten_with_the_parent_as_category():
    entries = read_opml(READER_EXPORT)

    assert entries == [
        OpmlEntry("Le Monde", "https://www.lemonde.fr/rss/une.xml", "https://www.lemonde.fr/", "fr", "Europe"),
        OpmlEntry("Tagesschau", "https://www.tagesschau.de/xml/rss2", None, None, "Germany"),
        OpmlEntry("Café Babel", None, "https://cafebabel.example/", None, None),
    ]


def test_bytes_in_a_declared_legacy_encoding_are_decoded():
    entries = read_opml(READER_EXPORT.encode("iso-8859-1"))
    assert entries[-1].title == "Café Babel"


def test_export_then_import_keeps_every_source():
    sources = [
        (
            Source("BBC News", "https://www.bbc.com/news", "en", "World", Policy.EXCERPT),
            [Channel("https://feeds.bbci.co.uk/news/world/rss.xml"), Channel("https://feeds.bbci.co.uk/news/rss.xml")],
        ),
        (Source("Dawn", "https://www.dawn.com/", "en", "Asia-Pacific"), [Channel("https://www.dawn.com/feeds/home")]),
        (Source("Local <Gazette> & Co", "https://gazette.example/"), [Channel("https://gazette.example/feed?a=1&b=2")]),
        (Source("Site only", "https://site-only.example/", "de", "World"), []),
    ]
    entries = read_opml(write_opml(sources, title="Export"))

    assert entries == [
        OpmlEntry("BBC News", "https://feeds.bbci.co.uk/news/world/rss.xml", "https://www.bbc.com/news", "en", "World"),
        OpmlEntry("BBC News", "https://feeds.bbci.co.uk/news/rss.xml", "https://www.bbc.com/news", "en", "World"),
        OpmlEntry("Site only", None, "https://site-only.example/", "de", "World"),
        OpmlEntry("Dawn", "https://www.dawn.com/feeds/home", "https://www.dawn.com/", "en", "Asia-Pacific"),
        OpmlEntry("Local <Gazette> & Co", "https://gazette.example/feed?a=1&b=2", "https://gazette.example/", None, None),
    ]


def test_written_opml_is_opml_2():
    text = write_opml([(Source("X", "https://x.example/"), [Channel("https://x.example/rss")])])
    assert text.startswith("<?xml version='1.0' encoding='UTF-8'?>")
    assert '<opml version="2.0">' in text
    assert "<title>Newsloom sources</title>" in text
    assert 'type="rss"' in text


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "empty"),
        ("<opml><body><outline text='a'></body></opml>", "malformed OPML"),
        ("<html><body><p>Not a list</p></body></html>", "not OPML"),
        ("<opml version='2.0'><head/></opml>", "no <body>"),
        (
            '<?xml version="1.0"?><!DOCTYPE o [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
            '<opml><body><outline text="&x;" xmlUrl="https://a.example/"/></body></opml>',
            "malformed OPML",
        ),
    ],
)
def test_malformed_or_foreign_documents_raise_a_readable_error(text, message):
    with pytest.raises(OpmlError, match=message):
        read_opml(text)


def test_opml_error_is_a_value_error_for_callers_that_catch_those():
    assert issubclass(OpmlError, ValueError)
