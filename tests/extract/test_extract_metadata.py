"""A reader sees the right headline, author, dates, picture, site and language for each article,
whatever metadata the publisher's template happens to carry."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from extract_report import REPORT

from newsloom.extract import extract_article
from newsloom.model import Article, Lead


def page(head: str, body: str = REPORT, html_attrs: str = ' lang="en"') -> str:
    return f"<!DOCTYPE html><html{html_attrs}><head><meta charset='utf-8'>{head}</head><body>{body}</body></html>"


def extract(html: str, url: str = "https://news.example/city/night-buses-extended", lead: Lead | None = None) -> Article:
    result = extract_article(html, url, lead)
    assert isinstance(result, Article), result
    return result


def test_json_ld_article_is_trusted_first():
    head = """
    <title>Night buses | Metro Daily</title>
    <meta property="og:title" content="Night bus plan approved (social headline)">
    <meta property="og:image" content="https://cdn.news.example/og.jpg">
    <meta name="author" content="Web Desk">
    <script type="application/ld+json">
    {"@context": "https://schema.org", "@graph": [
      {"@type": "Organization", "@id": "https://news.example/#org", "name": "Metro Daily"},
      {"@type": "Person", "@id": "https://news.example/#amina", "name": "Amina Yusuf"},
      {"@type": ["NewsArticle"], "headline": "Council extends night buses to northern suburbs",
       "author": [{"@id": "https://news.example/#amina"}, {"@type": "Person", "name": "Tom&#8217;s Editor"}],
       "datePublished": "2025-03-14T21:05:00+01:00", "dateModified": "2025-03-15T08:00:00+01:00",
       "image": {"@type": "ImageObject", "url": "https://cdn.news.example/bus.jpg"},
       "publisher": {"@id": "https://news.example/#org"}}
    ]}
    </script>"""
    article = extract(page(head))

    assert article.title == "Council extends night buses to northern suburbs"
    assert article.byline == "Amina Yusuf, Tom’s Editor"
    assert article.published == datetime(2025, 3, 14, 20, 5, tzinfo=UTC)
    assert article.published.utcoffset() == timedelta(hours=1)
    assert article.updated == datetime(2025, 3, 15, 7, 0, tzinfo=UTC)
    assert article.image == "https://cdn.news.example/og.jpg"  # og:image outranks JSON-LD image
    assert article.site_name == "Metro Daily"
    assert article.language == "en"


def test_opengraph_only_page():
    head = """
    <meta property="og:title" content="Council extends night buses | Metro Daily">
    <meta property="og:site_name" content="Metro Daily">
    <meta property="og:url" content="https://news.example/city/night-buses-extended">
    <meta property="og:image" content="data:image/png;base64,AAAA">
    <meta name="twitter:image" content="/media/night-bus.jpg">
    <meta property="og:description" content="Routes start in September.">
    <meta property="article:published_time" content="2025-03-14T20:05:00Z">
    <meta property="article:modified_time" content="2025-03-14T23:30:00Z">"""
    article = extract(page(head), url="https://news.example/city/night-buses-extended?utm_source=feed")

    assert article.title == "Council extends night buses"
    assert article.site_name == "Metro Daily"
    assert article.canonical_url == "https://news.example/city/night-buses-extended"
    assert article.image == "https://news.example/media/night-bus.jpg"  # the data: URL is not an image we can show
    assert article.description == "Routes start in September."
    assert article.published == datetime(2025, 3, 14, 20, 5, tzinfo=UTC)
    assert article.updated == datetime(2025, 3, 14, 23, 30, tzinfo=UTC)


def test_page_with_only_time_element_and_meta_tags():
    head = """
    <title>Council extends night buses - Valley Courier</title>
    <meta name="author" content="By Jo Park">
    <meta name="description" content="Northern suburbs get buses after midnight.">
    <link rel="canonical" href="/city/night-buses-extended">"""
    body = f"""<header><a href="/">Valley Courier</a></header>
    <article><h1>Council extends night buses</h1>
    <p class="meta">Published <time datetime="2025-03-14T21:05:00">14 March</time></p>{REPORT}</article>"""
    article = extract(page(head, body), url="https://valleycourier.example/city/night-buses-extended?ref=home")

    assert article.title == "Council extends night buses"
    assert article.byline == "Jo Park"
    assert article.published == datetime(2025, 3, 14, 21, 5, tzinfo=UTC)  # no offset given: taken as UTC
    assert article.canonical_url == "https://valleycourier.example/city/night-buses-extended"
    assert article.description == "Northern suburbs get buses after midnight."
    assert not article.text.startswith("Council extends night buses")  # the title is not repeated as body


def test_site_name_is_cut_from_titles_but_dashes_in_headlines_stay():
    by_site_name = page('<title>Rain - and more rain - expected Sunday | Metro Daily</title>'
                        '<meta name="application-name" content="Metro Daily">')
    assert extract(by_site_name).title == "Rain - and more rain - expected Sunday"

    repeated = page('<meta property="og:title" content="Council extends night buses — Weekly Wire">',
                    "<h1>Council extends night buses</h1>" + REPORT)
    assert extract(repeated).title == "Council extends night buses"

    unknown_suffix = page("<title>Council extends night buses - residents celebrate</title>")
    assert extract(unknown_suffix).title == "Council extends night buses - residents celebrate"


def test_a_logo_in_h1_or_a_description_in_json_ld_is_not_taken_for_the_headline():
    logo = page("<title>Council extends night buses - Valley Courier</title>",
                '<header><h1><a href="/">Valley Courier</a></h1></header>' + REPORT)
    assert extract(logo, url="https://valleycourier.example/city/night-buses").title == "Council extends night buses"

    described = page('<script type="application/ld+json">{"@type": "Article", "headline": "public transport in a '
                     'mid-sized city"}</script><meta property="og:title" content="Council extends night buses">',
                     "<h1>Council extends night buses</h1>" + REPORT)
    assert extract(described).title == "Council extends night buses"


def test_canonical_pointing_at_the_front_page_is_ignored():
    html = page('<title>Buses</title><link rel="canonical" href="https://news.example/">')
    assert extract(html).canonical_url == "https://news.example/city/night-buses-extended"


def test_language_comes_from_text_when_undeclared_or_clearly_wrong():
    german = """
    <p>Der Stadtrat hat am Dienstagabend beschlossen, das Nachtbusnetz bis in die nördlichen Vororte
    auszuweiten. Damit endet eine zweijährige Kampagne der Anwohner, die sich nach zehn Uhr abgehängt fühlten.</p>
    <p>Die neuen Linien sollen im September starten und zwischen Mitternacht und fünf Uhr alle zwanzig
    Minuten fahren, teilte die Verkehrsbehörde mit, die mit rund viertausend Fahrgästen pro Nacht rechnet.</p>"""
    assert extract(page("<title>Nachtbusse</title>", german, html_attrs="")).language == "de"

    spanish = """
    <p>El ayuntamiento aprobó el martes por la noche ampliar la red de autobuses nocturnos hasta los barrios
    del norte, poniendo fin a una campaña de dos años de los vecinos, que se sentían aislados después de las diez.</p>
    <p>Las nuevas líneas empezarán a funcionar en septiembre y pasarán cada veinte minutos entre la medianoche
    y las cinco de la madrugada, según el departamento de transporte, que espera unos cuatro mil viajeros.</p>"""
    assert extract(page("<title>Autobuses</title>", spanish, html_attrs=' lang="en-US"')).language == "es"

    assert extract(page("<title>Buses</title>", html_attrs=' lang="en-GB"')).language == "en"


def test_lead_fills_what_the_page_does_not_say():
    lead = Lead(
        url="https://news.example/city/night-buses-extended",
        title="Night buses reach the northern suburbs",
        published=datetime(2025, 3, 14, 20, 0),
        summary="<p>Routes <b>start</b> in September.</p>",
        image="https://cdn.news.example/lead.jpg",
        author="Amina Yusuf",
        source_name="Metro Daily",
    )
    article = extract(page("", html_attrs=""), lead=lead)

    assert article.title == "Night buses reach the northern suburbs"
    assert article.published == datetime(2025, 3, 14, 20, 0, tzinfo=UTC)
    assert article.description == "Routes start in September."
    assert article.image == "https://cdn.news.example/lead.jpg"
    assert article.byline == "Amina Yusuf"
    assert article.site_name == article.source_name == "Metro Daily"
    assert article.content_hash == "" and article.id is None


def test_page_metadata_outranks_the_lead():
    lead = Lead(url="https://news.example/x", title="Feed title", author="Feed Author", source_name="Metro Daily",
                published=datetime(2025, 3, 1, tzinfo=timezone(timedelta(hours=-5))))
    head = ('<meta property="og:title" content="Page title"><meta name="author" content="Page Author">'
            '<meta property="article:published_time" content="2025-03-14T20:05:00Z">'
            '<meta property="og:site_name" content="Metro Daily Online">')
    article = extract(page(head), lead=lead)

    assert (article.title, article.byline) == ("Page title", "Page Author")
    assert article.published == datetime(2025, 3, 14, 20, 5, tzinfo=UTC)
    assert article.site_name == "Metro Daily Online" and article.source_name == "Metro Daily"


def test_byline_and_date_printed_only_in_the_page_are_found():
    body = f"""<article><h1>Council extends night buses</h1>
    <div class="byline">By <span class="author">Jo Park</span></div><p class="date">March 14, 2025</p>{REPORT}</article>"""
    article = extract(page("<title>Night buses</title>", body), url="https://news.example/city/night-buses")

    assert article.byline == "Jo Park"
    assert article.published == datetime(2025, 3, 14, tzinfo=UTC)


def test_a_byline_printed_only_in_the_page_joins_the_date_the_template_declared():
    body = f"""<article><h1>Council extends night buses</h1>
    <div class="byline">By <span class="author">Jo Park</span></div><p class="date">March 14, 2025</p>{REPORT}</article>"""
    head = '<title>Night buses</title><meta property="article:published_time" content="2025-03-15T06:00:00+00:00">'
    article = extract(page(head, body), url="https://news.example/city/night-buses")

    assert article.byline == "Jo Park"
    assert article.published == datetime(2025, 3, 15, 6, tzinfo=UTC)  # the page's own metadata, not the printed date


def test_a_date_printed_only_in_the_page_joins_the_byline_the_template_declared():
    body = f"""<article><h1>Council extends night buses</h1>
    <div class="byline">By <span class="author">Someone Else</span></div><p class="date">March 14, 2025</p>{REPORT}</article>"""
    head = '<title>Night buses</title><meta name="author" content="Jo Park">'
    article = extract(page(head, body), url="https://news.example/city/night-buses")

    assert article.byline == "Jo Park"
    assert article.published == datetime(2025, 3, 14, tzinfo=UTC)


def test_headline_survives_site_and_date_decoration_and_a_logo_in_the_first_h1():
    head = ('<meta property="og:title" content="Ukraine talks resume in Geneva | Metro Daily | 28.04.2023">'
            '<meta property="og:site_name" content="Metro Daily">')
    body = '<header><h1><a href="/">Log in</a></h1></header><article><h1>Ukraine talks resume in Geneva</h1>' + REPORT
    assert extract(page(head, body + "</article>")).title == "Ukraine talks resume in Geneva"


def test_the_site_name_as_author_gives_way_to_a_persons_byline_on_the_page():
    head = ('<meta property="og:site_name" content="Metro Daily">'
            '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Council extends night buses",'
            ' "author": {"@type": "Organization", "name": "Metro Daily"}}</script>')
    body = '<article><h1>Council extends night buses</h1><p class="byline">By <a rel="author" ' \
           'href="/authors/jo-park">Jo Park</a></p>' + REPORT + "</article>"
    assert extract(page(head, body)).byline == "Jo Park"

    unsigned = page(head, f"<article><h1>Council extends night buses</h1>{REPORT}</article>")
    assert extract(unsigned).byline == "Metro Daily"  # no one signed: the desk is the author

    initials = page('<script type="application/ld+json">{"@type": "NewsArticle", "author": '
                    '[{"name": "Autor Elena Muster (emu)"}, {"name": "Jo Park"}]}</script>')
    assert extract(initials).byline == "Elena Muster, Jo Park"


def test_a_time_without_offset_takes_the_pages_own_offset_and_a_bare_day_takes_the_time_found_elsewhere():
    naive = page('<script type="application/ld+json">{"@type": "NewsArticle", '
                 '"datePublished": "2025-03-14 21:05:00"}</script>'
                 '<meta name="date" content="2025-03-14T21:05:00+01:00">')
    published = extract(naive).published
    assert published == datetime(2025, 3, 14, 20, 5, tzinfo=UTC) and published.utcoffset() == timedelta(hours=1)

    bare_day = page('<meta property="article:published_time" content="2025-03-14">',
                    f'<article><time datetime="2025-03-14T21:05:00+01:00">14 March, 21:05</time>{REPORT}</article>')
    assert extract(bare_day).published == datetime(2025, 3, 14, 20, 5, tzinfo=UTC)

    other_day = page('<meta property="article:published_time" content="2025-03-14">',
                     f'<article><time datetime="2025-02-01T09:00:00+01:00">1 Feb</time>{REPORT}</article>')
    assert extract(other_day).published.date().isoformat() == "2025-03-14"  # a time on another day is not borrowed
