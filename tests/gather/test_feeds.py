"""A user subscribes to feeds of every shape; each entry should become a clean, clickable lead."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest

from newsloom.gather import parse_feed
from newsloom.model import Feed

FEED_URL = "https://news.example.com/world/feed.xml"

RSS2 = b"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/"
     xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
  <title>World &amp; Nation</title>
  <link>/world/</link>
  <ttl>15</ttl>
  <atom:link rel="hub" href="https://hub.example.net/"/>
  <item>
    <title>Summit &lt;b&gt;ends&lt;/b&gt; with   a deal &amp;amp; a photo</title>
    <link>/world/2024/05/01/summit-ends</link>
    <description><![CDATA[<p>Leaders met.<script>steal(document.cookie)</script><img src="/img/a.jpg" onerror="alert(1)"> They agreed.</p><style>p{color:red}</style>]]></description>
    <media:content url="https://cdn.example.com/small.jpg" medium="image" width="320"/>
    <media:content url="https://cdn.example.com/large.jpg" medium="image" width="1280"/>
    <media:content url="https://cdn.example.com/clip.mp4" medium="video" width="1920"/>
    <dc:creator>Ana Ruiz</dc:creator>
    <category>Diplomacy</category><category>Europe</category>
    <guid isPermaLink="false">story-1001</guid>
    <pubDate>Wed, 01 May 2024 16:45:00 +0200</pubDate>
  </item>
  <item>
    <title>Older story</title>
    <link>https://news.example.com/world/2024/04/30/older</link>
    <description>Plain words &amp; nothing else</description>
    <enclosure url="https://cdn.example.com/older.png" type="image/png" length="100"/>
    <pubDate>Tue, 30 Apr 2024 08:00:00 GMT</pubDate>
  </item>
  <item>
    <title>Click me</title>
    <link>javascript:alert(document.domain)</link>
  </item>
  <item>
    <title>No link at all</title>
    <description>nothing to follow</description>
  </item>
  <item>
    <title>Newest, same URL as the first</title>
    <link>https://news.example.com/world/2024/05/01/summit-ends</link>
    <pubDate>Thu, 02 May 2024 09:00:00 GMT</pubDate>
  </item>
  <item>
    <title>From the future</title>
    <link>/world/typo</link>
    <pubDate>Sat, 01 Jan 2999 00:00:00 GMT</pubDate>
  </item>
</channel>
</rss>"""

ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://blog.example.org/">
  <title type="html">Field &lt;em&gt;Notes&lt;/em&gt;</title>
  <link rel="alternate" type="text/html" href="/"/>
  <link rel="self" href="/atom.xml"/>
  <link rel="hub" href="https://pubsubhubbub.example.com/"/>
  <updated>2024-05-03T10:00:00Z</updated>
  <id>tag:blog.example.org,2024:feed</id>
  <entry>
    <title>Dispatch from the border</title>
    <link rel="alternate" type="text/html" href="posts/border-dispatch"/>
    <link rel="enclosure" type="image/jpeg" href="/media/border.jpg"/>
    <id>tag:blog.example.org,2024:1</id>
    <updated>2024-05-03T09:30:00+02:00</updated>
    <author><name>Lin Chen</name></author>
    <category term="migration" label="Migration"/>
    <content type="html">&lt;p&gt;The crossing was &lt;a href="/x"&gt;quiet&lt;/a&gt;.&lt;/p&gt;</content>
  </entry>
</feed>"""

RSS1 = b"""<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
         xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:sy="http://purl.org/rss/1.0/modules/syndication/">
  <channel rdf:about="https://wire.example.org/">
    <title>Wire</title>
    <link>https://wire.example.org/</link>
    <sy:updatePeriod>hourly</sy:updatePeriod>
    <sy:updateFrequency>4</sy:updateFrequency>
    <items><rdf:Seq><rdf:li rdf:resource="https://wire.example.org/a"/></rdf:Seq></items>
  </channel>
  <item rdf:about="https://wire.example.org/a">
    <title>Quake strikes coast</title>
    <link>https://wire.example.org/a</link>
    <description>A magnitude 6 quake.</description>
    <dc:date>2024-05-02T07:15:00-05:00</dc:date>
  </item>
</rdf:RDF>"""


def test_rss2_entries_become_clean_absolute_leads():
    feed = parse_feed(RSS2, FEED_URL, "application/rss+xml")

    assert feed.error is None
    assert feed.title == "World & Nation"
    assert feed.link == "https://news.example.com/world/"
    assert feed.ttl_s == 15 * 60
    assert feed.websub_hub == "https://hub.example.net/"
    urls = [lead.url for lead in feed.leads]
    assert urls == [
        "https://news.example.com/world/2024/05/01/summit-ends",
        "https://news.example.com/world/2024/04/30/older",
        "https://news.example.com/world/typo",
    ]
    summit = feed.leads[0]
    assert summit.title == "Summit ends with a deal & a photo"
    assert summit.published == datetime(2024, 5, 1, 14, 45, tzinfo=UTC)
    assert summit.summary == "Leaders met. They agreed."
    assert summit.image == "https://cdn.example.com/large.jpg"
    assert summit.author == "Ana Ruiz"
    assert summit.categories == ("Diplomacy", "Europe")
    assert summit.guid == "story-1001"


def test_leads_carry_images_from_enclosures_and_plain_summaries():
    older = parse_feed(RSS2, FEED_URL).leads[1]
    assert older.image == "https://cdn.example.com/older.png"
    assert older.summary == "Plain words & nothing else"


def test_a_date_far_in_the_future_is_dropped_and_sorts_last():
    typo = parse_feed(RSS2, FEED_URL).leads[-1]
    assert typo.url.endswith("/typo")
    assert typo.published is None


def test_a_date_a_few_hours_ahead_is_kept_for_feeds_with_clock_skew():
    soon = datetime.now(UTC) + timedelta(hours=3)
    body = RSS2.replace(b"Sat, 01 Jan 2999 00:00:00 GMT", soon.strftime("%a, %d %b %Y %H:%M:%S GMT").encode())
    typo = parse_feed(body, FEED_URL).leads[0]
    assert typo.url.endswith("/typo")
    assert typo.published is not None


def test_max_leads_keeps_the_newest():
    feed = parse_feed(RSS2, FEED_URL, max_leads=1)
    assert [lead.url for lead in feed.leads] == ["https://news.example.com/world/2024/05/01/summit-ends"]


def test_atom_links_resolve_against_xml_base_and_content_stands_in_for_summary():
    feed = parse_feed(ATOM, "https://blog.example.org/atom.xml", "application/atom+xml")

    assert feed.error is None
    assert feed.title == "Field Notes"
    assert feed.link == "https://blog.example.org/"
    assert feed.websub_hub == "https://pubsubhubbub.example.com/"
    (lead,) = feed.leads
    assert lead.url == "https://blog.example.org/posts/border-dispatch"
    assert lead.published == datetime(2024, 5, 3, 7, 30, tzinfo=UTC)
    assert lead.author == "Lin Chen"
    assert lead.categories == ("migration",)
    assert lead.summary == "The crossing was quiet."
    assert lead.image == "https://blog.example.org/media/border.jpg"
    assert lead.guid == "tag:blog.example.org,2024:1"


def test_rss1_items_and_syndication_hints():
    feed = parse_feed(RSS1, "https://wire.example.org/index.rdf")

    assert feed.error is None
    assert feed.ttl_s == 3600 / 4
    (lead,) = feed.leads
    assert lead.url == "https://wire.example.org/a"
    assert lead.title == "Quake strikes coast"
    assert lead.published == datetime(2024, 5, 2, 12, 15, tzinfo=UTC)


def test_a_windows_1252_feed_keeps_its_accents():
    text = (
        '<?xml version="1.0" encoding="windows-1252"?><rss version="2.0"><channel><title>Actualité</title>'
        "<item><title>Élysée : réunion « décisive » — 3 €</title><link>https://fr.example.com/a</link>"
        "<description>Café crème à Besançon</description></item></channel></rss>"
    )
    feed = parse_feed(text.encode("cp1252"), "https://fr.example.com/rss", "text/xml")

    assert feed.title == "Actualité"
    assert feed.leads[0].title == "Élysée : réunion « décisive » — 3 €"
    assert feed.leads[0].summary == "Café crème à Besançon"


def test_an_ill_formed_feed_still_gives_its_items():
    body = (
        b'<rss version="2.0"><channel><title>Sloppy</title>'
        b"<item><title>Fish & chips</title><link>https://sloppy.example/1</link></item>"
        b"<item><title>Unclosed <b>bold</title><link>https://sloppy.example/2</link></item>"
    )
    feed = parse_feed(body, "https://sloppy.example/rss")

    assert feed.error is None
    assert [lead.url for lead in feed.leads] == ["https://sloppy.example/1", "https://sloppy.example/2"]
    assert feed.leads[0].title == "Fish & chips"


def test_an_html_page_is_not_a_feed():
    page = b"<!DOCTYPE html><html><head><title>Home</title></head><body><h1>News</h1></body></html>"
    feed = parse_feed(page, "https://news.example.com/", "text/html; charset=utf-8")

    assert feed.leads == []
    assert feed.error is not None and feed.error.startswith("not a feed:")
    assert "HTML" in feed.error


def test_a_valid_feed_without_entries_is_empty_not_broken():
    body = b'<?xml version="1.0"?><rss version="2.0"><channel><title>Quiet day</title></channel></rss>'
    feed = parse_feed(body, "https://quiet.example/rss")

    assert feed.error is None
    assert feed.title == "Quiet day"
    assert feed.leads == []


@pytest.mark.parametrize(
    "body",
    [
        b"",
        b"   \n",
        b"\x00\xff\xfe garbage \x80",
        b"<",
        b"{",
        b'{"version": "https://jsonfeed.org/version/1.1", "items": "nope", "title": 5}',
        b"[" * 100_000,
        b"<a>" * 5_000,
        b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><rss><channel>'
        b"<item><title>&x;</title><link>https://e.example/1</link></item></channel></rss>",
        "<rss><channel><item><title>\ud800</title></item></channel></rss>".encode("utf-8", "surrogatepass"),
    ],
)
def test_hostile_input_never_raises(body):
    feed = parse_feed(body, FEED_URL)
    assert isinstance(feed, Feed)
    for lead in feed.leads:
        assert lead.url.startswith(("http://", "https://"))
        assert "root:" not in lead.title


def test_summaries_never_carry_markup():
    body = b"""<rss version="2.0"><channel><title>t</title><item><link>https://e.example/x</link>
    <title>&lt;script&gt;alert(1)&lt;/script&gt;Headline</title>
    <description>&lt;div onmouseover="x()"&gt;Text&lt;iframe src="https://evil.example"&gt;&lt;/iframe&gt;
    &lt;svg onload="alert(1)"&gt;&lt;/svg&gt;&lt;img src=x onerror=alert(1)&gt; more&lt;/div&gt;</description>
    </item></channel></rss>"""
    lead = parse_feed(body, "https://e.example/rss").leads[0]

    for text in (lead.title, lead.summary):
        assert "<" not in text and ">" not in text
        assert "alert" not in text and "onerror" not in text
    assert lead.title == "Headline"
    assert lead.summary == "Text more"


def test_json_feed_items_become_leads():
    document = {
        "version": "https://jsonfeed.org/version/1.1",
        "title": "Morning Brief",
        "home_page_url": "https://brief.example.com/",
        "hubs": [{"type": "WebSub", "url": "https://hub.example.com/"}],
        "items": [
            {
                "id": "1",
                "url": "/2024/05/02/markets",
                "title": "Markets <i>rally</i>",
                "content_html": "<p>Stocks rose.</p><script>x()</script><img src='/charts/1.png'>",
                "date_published": "2024-05-02T08:00:00+02:00",
                "authors": [{"name": "Sam Okoro"}, {"name": "Ada Park"}],
                "tags": ["markets", "economy", 7],
            },
            {
                "id": "2",
                "external_url": "https://other.example.net/report",
                "summary": "A linked report.",
                "banner_image": "https://brief.example.com/banner.jpg",
                "date_modified": "2024-05-02T09:00:00Z",
            },
            {"id": "3", "content_text": "no url here"},
            "not an item",
        ],
    }
    feed = parse_feed(json.dumps(document).encode(), "https://brief.example.com/feed.json", "application/feed+json")

    assert feed.error is None
    assert feed.title == "Morning Brief"
    assert feed.link == "https://brief.example.com/"
    assert feed.websub_hub == "https://hub.example.com/"
    assert [lead.url for lead in feed.leads] == [
        "https://other.example.net/report",
        "https://brief.example.com/2024/05/02/markets",
    ]
    report, markets = feed.leads
    assert report.image == "https://brief.example.com/banner.jpg"
    assert markets.title == "Markets rally"
    assert markets.summary == "Stocks rose."
    assert markets.image == "https://brief.example.com/charts/1.png"
    assert markets.author == "Sam Okoro, Ada Park"
    assert markets.categories == ("markets", "economy")
    assert markets.published == datetime(2024, 5, 2, 6, 0, tzinfo=UTC)


def test_json_that_is_not_a_json_feed_is_reported():
    feed = parse_feed(b'{"status": "ok", "items": []}', "https://api.example.com/x", "application/json")
    assert feed.error == "not a feed: JSON without a JSON Feed version"


def test_markup_escaped_twice_by_the_feed_still_comes_out_as_text():
    body = b"""<rss version="2.0"><channel><title>t</title><item><link>https://e.example/y</link>
    <title>Budget &amp;amp; taxes</title>
    <description>&amp;lt;p&amp;gt;Lawmakers &amp;lt;b&amp;gt;voted&amp;lt;/b&amp;gt; late.&amp;lt;/p&amp;gt;</description>
    </item></channel></rss>"""
    lead = parse_feed(body, "https://e.example/rss").leads[0]

    assert lead.title == "Budget & taxes"
    assert lead.summary == "Lawmakers voted late."
