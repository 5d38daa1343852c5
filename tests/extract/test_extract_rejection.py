"""A reader never sees a cookie wall, a bot challenge, a paywall stub, an error page or a front
page as an article: each is recorded with its own reason. Real articles, short ones too, pass."""

from __future__ import annotations

import pytest

from extract_report import REPORT

from newsloom.extract import extract_article
from newsloom.model import Article, Rejected, Rejection

URL = "https://news.example/city/2025/03/14/night-buses-extended"


def page(head: str, body: str) -> str:
    return f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>{head}</head><body>{body}</body></html>"


def rejection(html: str, url: str = URL) -> Rejected:
    result = extract_article(html, url)
    assert isinstance(result, Rejected), result
    assert result.url == url and result.detail
    return result


COOKIE_WALL = page("<title>Before you continue</title>", """
<div class="consent"><h2>We value your privacy</h2>
<p>We and our partners use cookies to store and access information on your device, for personalised ads
and content, ad and content measurement and audience insights. You can accept all or manage your privacy
settings at any time. Some partners rely on legitimate interest, which you can object to.</p>
<button>Accept all</button><button>Reject all</button><a href="/privacy">Privacy policy</a></div>""")

CLOUDFLARE = page("<title>Just a moment...</title>", """
<div class="main-wrapper"><h1>news.example</h1><h2>Checking if the site connection is secure</h2>
<noscript>Enable JavaScript and cookies to continue</noscript>
<form id="challenge-form" action="/?__cf_chl_f_tk=abc"></form>
<script src="/cdn-cgi/challenge-platform/h/b/orchestrate/jsch/v1"></script></div>""")

CAPTCHA = page("<title>Are you a robot?</title>", """
<p>Please confirm that you are a human by completing the puzzle below.</p>
<div class="g-recaptcha" data-sitekey="x"></div>""")

PAYWALL = page(
    '<meta property="og:type" content="article"><script type="application/ld+json">'
    '{"@type": "NewsArticle", "headline": "Council extends night buses", "isAccessibleForFree": false,'
    ' "datePublished": "2025-03-14T20:05:00Z"}</script>',
    """<article><h1>Council extends night buses</h1>
<p>The city council voted on Tuesday evening to extend the night bus network to the northern suburbs,
ending a two-year campaign by residents.</p>
<div class="paywall"><p>Subscribe now to continue reading. Already a subscriber? Log in.</p></div></article>""",
)

NOT_FOUND = page("<title>Page not found | Metro Daily</title>", """
<header><a href="/">Metro Daily</a></header><h1>Sorry, we couldn't find that page</h1>
<p>The page you were looking for may have been moved or deleted. Try searching our site or go back to the
front page, where you will find the latest news from the city, the region and the rest of the world, updated
around the clock by our newsroom.</p>""")

FRONT_PAGE = page(
    '<title>Metro Daily - News from the city</title><meta property="og:type" content="website">',
    "<main>" + "".join(
        f'<article><h2><a href="/city/2025/03/{day:02d}/story-{day}">Council story number {day} makes the news today'
        f'</a></h2><p>A short teaser for story {day}, with a line of text.</p></article>'
        for day in range(1, 25)
    ) + "</main>",
)


@pytest.mark.parametrize(
    ("html", "url", "reason"),
    [
        (COOKIE_WALL, URL, Rejection.COOKIE_WALL),
        (CLOUDFLARE, URL, Rejection.BOT_CHALLENGE),
        (CAPTCHA, URL, Rejection.BOT_CHALLENGE),
        (PAYWALL, URL, Rejection.PAYWALL),
        (NOT_FOUND, URL, Rejection.ERROR_PAGE),
        (FRONT_PAGE, "https://news.example/", Rejection.NOT_AN_ARTICLE),
        (FRONT_PAGE, "https://news.example/politics/", Rejection.NOT_AN_ARTICLE),
        (FRONT_PAGE, "https://news.example/tag/transport", Rejection.NOT_AN_ARTICLE),
    ],
    ids=["cookie wall", "cloudflare", "captcha", "paywall stub", "404 with 200", "front page", "section", "tag"],
)
def test_pages_that_are_not_articles_are_rejected_with_their_reason(html, url, reason):
    assert rejection(html, url).reason == reason


def test_articles_are_not_rejected_even_short_ones_or_ones_about_cookies_and_paywalls():
    normal = page("<title>Council extends night buses | Metro Daily</title>"
                  '<div class="consent">We use cookies. Accept all cookies? <a>Privacy settings</a></div>'
                  '<a href="/subscribe">Subscribe now</a>',
                  f"<article><h1>Council extends night buses</h1>{REPORT}</article>")
    brief = page('<meta property="og:type" content="article">'
                 '<meta property="article:published_time" content="2025-03-14T20:05:00Z">'
                 "<title>Bridge closed</title>",
                 "<article><h1>Bridge closed</h1><p>The Elm Street bridge is closed to traffic until Friday "
                 "after an inspection found cracks in a support beam, the city said.</p></article>")
    about_cookies = page("<title>Bakery wins prize for its cookies</title>",
                         "<article><h1>Bakery wins prize for its cookies</h1>" + REPORT.replace(
                             "night bus network", "cookie recipe contest").replace("passengers", "cookies") + "</article>")
    about_errors = page("<title>Website outage: readers saw 'page not found' for hours</title>",
                        f"<article><h1>Website outage: readers saw 'page not found' for hours</h1>{REPORT}</article>")

    for html in (normal, brief, about_cookies, about_errors):
        assert isinstance(extract_article(html, URL), Article), html[:120]
    assert isinstance(extract_article(normal, "https://news.example/politics"), Article)  # an article at a short URL
