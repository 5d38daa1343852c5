"""Scraped text is shown as text: nothing a publisher writes can run on the site."""

from __future__ import annotations

import pytest

from newsloom.model import Policy
from sitekit import parse

HOSTILE = '<script>alert(1)</script><img src=x onerror=alert(2)>'
PAGES = ["/", "/sources", "/search", "/search?q=alert", "/articles/{id}", "/sources/{source}", "/nowhere"]


@pytest.fixture
def hostile(newsroom):
    """An article and source whose every scraped field tries to inject markup."""
    source_id = newsroom.source(f"Evil {HOSTILE}", policy=Policy.FULL, slug="evil")
    name = f"Evil {HOSTILE}"
    article_id = newsroom.publish(
        name, f"Headline {HOSTILE}", text=f"alert body {HOSTILE}", byline=HOSTILE, description=HOSTILE,
        html='<p onclick="alert(3)">alert body <a href="javascript:alert(4)">x</a></p><script>alert(5)</script>',
        image="javascript:alert(6)",
    )
    newsroom.poll_failed(name, f"server said {HOSTILE}")
    newsroom.store.record_rejection(newsroom.channels[name], "javascript:alert(7)", "no_text", HOSTILE)
    return {"id": article_id, "source": source_id}


def test_hostile_markup_is_escaped_on_every_page(client, hostile):
    for path in PAGES:
        page = client.get(path.format(**hostile))

        doc = parse(page)
        assert not doc.xpath("//script"), f"{path}: no script element at all"
        for element in doc.iter():
            assert not [name for name in element.attrib if name.lower().startswith("on")], (path, element.tag)
            for attr in ("href", "src"):
                assert not (element.get(attr) or "").strip().lower().startswith("javascript:"), path
        if "{" in path or path in ("/", "/sources"):
            assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page.text, path


def test_every_page_sends_security_headers_and_advertises_its_feeds(client, hostile):
    for path in PAGES:
        page = client.get(path.format(**hostile))

        csp = page.headers["content-security-policy"]
        assert "default-src 'self'" in csp and "script-src 'self'" in csp and "frame-ancestors 'none'" in csp
        assert page.headers["x-content-type-options"] == "nosniff"
        assert page.headers["x-frame-options"] == "DENY"
        assert page.headers["referrer-policy"] == "strict-origin-when-cross-origin"
        links = parse(page).xpath("//head/link[@rel='alternate']")
        feeds = {link.get("type"): link.get("href") for link in links}
        assert set(feeds) == {"application/atom+xml", "application/rss+xml", "application/feed+json"}, path
    for href in feeds.values():
        assert client.get(href).status_code == 200


def test_search_pages_advertise_the_feeds_of_the_same_query(client):
    page = client.get("/search?q=harbour+ferry")

    hrefs = [link.get("href") for link in parse(page).xpath("//head/link[@rel='alternate']")]
    assert [h.split("?")[0].rsplit("/", 1)[-1] for h in hrefs] == ["search.atom", "search.rss", "search.json"]
    assert all(h.endswith("?q=harbour+ferry") for h in hrefs)


def test_static_files_and_the_api_carry_the_headers_too(client):
    css = client.get("/static/newsloom.css")
    assert css.status_code == 200 and "prefers-color-scheme: dark" in css.text
    assert css.headers["x-content-type-options"] == "nosniff"
    assert "content-security-policy" in client.get("/api/v1/articles").headers
