"""Rendering an outlet's HTML pages from its stories."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

import jinja2

from newsloom.simweb.aggregator import dress
from newsloom.simweb.newsroom import Story
from newsloom.simweb.outlets import OutletSpec
from newsloom.simweb.page_templates import TEMPLATES

_ENV = jinja2.Environment(loader=jinja2.DictLoader(TEMPLATES), autoescape=True, trim_blocks=True,
                          lstrip_blocks=True)

NAV = {
    "en": (("Home", "/"), ("World", "/section/world"), ("Politics", "/section/politics"),
           ("Business", "/section/business"), ("Sport", "/section/sport")),
    "es": (("Portada", "/"), ("Internacional", "/section/internacional"), ("Política", "/section/politica"),
           ("Economía", "/section/economia"), ("Deportes", "/section/deportes")),
}

BaseUrl = Callable[[OutletSpec], str]
"""Gives an outlet's base URL (scheme, host and port), known only once its server is up."""


def render_article(story: Story, base_url: BaseUrl, related: list[Story]) -> str:
    """The article page of `story`, in its outlet's layout."""
    outlet = story.outlet
    base = base_url(outlet)
    canonical = base + story.path
    owner = story.image_owner or story
    image = base_url(owner.outlet) + owner.image_path
    article = {
        "title": story.title,
        "paragraphs": story.report.paragraphs,
        "author": story.author,
        "iso": story.published.isoformat(),
        "human_date": human_date(story.published, outlet.language),
        "year": story.published.year,
        "canonical": canonical,
        "image": image,
        "description": story.report.summary,
        "section": story.section,
        "language": outlet.language,
        "site_name": outlet.name,
        "nav": NAV[outlet.language],
        "related": [(s.title, base + s.path) for s in related],
        "private_link": outlet.private_link,
    }
    article["jsonld"] = _jsonld(article, base)
    article["jsonld_graph"] = {"@context": "https://schema.org", "@graph": [
        {"@type": "WebPage", "@id": canonical, "url": canonical, "name": story.title},
        {k: v for k, v in article["jsonld"].items() if k != "@context"},
    ]}
    if outlet.aggregator and story.junk:
        article["body_html"] = dress(outlet.aggregator, story.junk, story.report.paragraphs, base)
    return _ENV.get_template(outlet.page).render(a=article)


def render_home(outlet: OutletSpec, base: str, stories: list[Story], heading: str,
                alternates: list[tuple[str, str, str]]) -> str:
    """A home or section page listing `stories`, advertising `alternates` (title, url, type) feeds."""
    listed = [{"url": base + s.path, "title": s.title, "iso": s.published.isoformat(),
               "human_date": human_date(s.published, outlet.language), "summary": s.report.summary}
              for s in stories]
    home = {"language": outlet.language, "site_name": outlet.name, "home": base + "/", "nav": NAV[outlet.language],
            "tagline": "" if outlet.is_aggregator else " - Latest news", "heading": heading, "stories": listed,
            "alternates": alternates}
    return _ENV.get_template("home").render(h=home)


def render_private() -> str:
    return _ENV.get_template("private").render()


def human_date(when: datetime, language: str) -> str:
    if language == "es":
        return when.strftime("%d/%m/%Y %H:%M")
    return when.strftime("%d %B %Y, %H:%M UTC").lstrip("0")


def _jsonld(article: dict, base: str) -> dict:
    return {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": article["title"],
        "description": article["description"],
        "datePublished": article["iso"],
        "dateModified": article["iso"],
        "author": [{"@type": "Person", "name": article["author"]}],
        "publisher": {"@type": "Organization", "name": article["site_name"],
                      "logo": {"@type": "ImageObject", "url": base + "/logo.png"}},
        "image": [article["image"]],
        "mainEntityOfPage": article["canonical"],
        "inLanguage": article["language"],
        "articleSection": article["section"],
    }
