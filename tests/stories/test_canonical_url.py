"""The same article reached by many URLs must be recognised as one article."""

from __future__ import annotations

import pytest

from newsloom.stories import canonical_url


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        (
            "https://news.example.com/world/quake.html?utm_source=rss&utm_medium=feed&fbclid=IwAR0x&gclid=abc",
            "https://news.example.com/world/quake.html",
        ),
        ("https://news.example.com/world/quake.html#comments", "https://news.example.com/world/quake.html"),
        ("HTTPS://News.Example.COM:443/world/Quake.html", "https://news.example.com/world/Quake.html"),
        ("http://news.example.com:80", "http://news.example.com/"),
        ("http://news.example.com:8080/a", "http://news.example.com:8080/a"),
        ("https://news.example.com/article.php?id=42&utm_campaign=x", "https://news.example.com/article.php?id=42"),
        ("https://blog.example.com/?p=123&ocid=msn", "https://blog.example.com/?p=123"),
        ("https://news.example.com/s?story_id=9&cmpid=tw&mc_cid=1&mc_eid=2", "https://news.example.com/s?story_id=9"),
        ("https://news.example.com/s?page=2&id=7", "https://news.example.com/s?id=7&page=2"),
        ("https://news.example.com/a?_ga=2.1&igshid=x&msclkid=y&dclid=z&at_medium=a&at_campaign=b&ref_src=t", "https://news.example.com/a"),
        ("https://news.example.com/a?", "https://news.example.com/a"),
        ("https://news.example.com/a/./b/../c", "https://news.example.com/a/c"),
        ("https://news.example.com/%7Eed/caf%c3%a9", "https://news.example.com/~ed/caf%C3%A9"),
        ("https://news.example.com/café du monde", "https://news.example.com/caf%C3%A9%20du%20monde"),
        ("https://nachrichten.bücher.example/x", "https://nachrichten.xn--bcher-kva.example/x"),
        ("  https://news.example.com/a\n", "https://news.example.com/a"),
    ],
)
def test_equivalent_urls_fold_into_one(url, expected):
    assert canonical_url(url) == expected


def test_a_declared_canonical_article_url_wins():
    amp = "https://news.example.com/amp/world/2024/05/01/quake-hits-coast"
    declared = "https://NEWS.example.com/world/2024/05/01/quake-hits-coast?utm_source=amp"
    assert canonical_url(amp, declared) == "https://news.example.com/world/2024/05/01/quake-hits-coast"


def test_a_relative_declared_canonical_is_resolved_against_the_page():
    assert canonical_url("https://m.example.com/story/123", "/story/123") == "https://m.example.com/story/123"
    assert canonical_url("https://m.example.com/a?x=1", "https://www.example.com/a?x=1") == "https://www.example.com/a?x=1"


@pytest.mark.parametrize(
    "declared",
    [
        "https://news.example.com/",
        "https://news.example.com",
        "https://news.example.com/world/",
        "https://news.example.com/middle-east",
        "javascript:void(0)",
        "",
        "::::",
    ],
)
def test_a_home_page_or_section_declared_as_canonical_is_ignored(declared):
    article = "https://news.example.com/world/2024/05/01/quake-hits-coast?utm_source=x"
    assert canonical_url(article, declared) == "https://news.example.com/world/2024/05/01/quake-hits-coast"


def test_a_declared_canonical_that_drops_the_article_id_is_ignored():
    assert canonical_url("https://news.example.com/view.php?id=77", "https://news.example.com/view.php") == (
        "https://news.example.com/view.php?id=77"
    )


def test_the_home_page_may_declare_itself():
    assert canonical_url("https://news.example.com/?utm_source=x", "https://news.example.com/") == "https://news.example.com/"


@pytest.mark.parametrize("url", ["", "not a url", "mailto:desk@example.com", "http://[::1", "http://a:port/", "\x00"])
def test_hopeless_input_never_raises(url):
    assert isinstance(canonical_url(url, "http://[bad"), str)
