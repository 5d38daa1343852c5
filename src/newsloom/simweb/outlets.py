"""The simulated outlets: who they are, how they write, and how their sites are laid out.

Each outlet differs from the others where real sites differ and where Newsloom has to cope:
feed format and where the feed is found, URL shape, tracking parameters, page markup and
metadata, robots rules, and whether it copies the wire or other outlets.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsloom.simweb.aggregator import BUZZWIRE, TRENDPULSE, AggregatorStyle
from newsloom.simweb.prose import Voice

WIRE_SLUG = "wire"
"""The news agency whose reports other outlets copy."""

SECTIONS = {
    "en": {"storm": "world", "attack": "world", "trial": "world", "summit": "world",
           "election": "politics", "strike": "business", "market": "business", "final": "sport"},
    "es": {"storm": "internacional", "attack": "internacional", "trial": "internacional",
           "summit": "internacional", "election": "politica", "strike": "economia", "market": "economia",
           "final": "deportes"},
}


@dataclass(frozen=True, slots=True)
class FeedSpec:
    path: str
    format: str
    """"rss" (2.0), "atom", "rdf" (RSS 1.0) or "json" (JSON Feed 1.1)."""
    title: str
    sections: tuple[str, ...] = ()
    """Sections the feed lists; empty lists every section."""
    tracking: str = ""
    """Query string added to every item link, as campaign trackers do."""
    full_text: bool = False
    content_type: str = ""
    """The Content-Type the outlet sends, when not the format's own."""


@dataclass(frozen=True, slots=True)
class CopyRule:
    """Which slots an outlet fills with the wire's report instead of its own."""

    period: int
    phase: int
    verbatim: bool

    def applies(self, number: int) -> bool:
        return number % self.period == self.phase


@dataclass(frozen=True, slots=True)
class OutletSpec:
    slug: str
    name: str
    site_label: str
    language: str
    page: str
    """Name of the page template in `page_templates`."""
    article_path: str
    """Path of an article: fields {section}, {date} (a datetime), {slug}, {id}."""
    feeds: tuple[FeedSpec, ...]
    robots: str
    voice: Voice
    advertised: bool = True
    """Whether the home page lists the feeds with <link rel="alternate">."""
    wire_copies: CopyRule | None = None
    aggregator: AggregatorStyle | None = None
    id_base: int = 10_000
    id_step: int = 1
    ttl_minutes: int | None = None
    compress: bool = False
    private_link: str | None = None
    """A path disallowed by robots.txt that pages nevertheless link to."""

    @property
    def is_aggregator(self) -> bool:
        return self.aggregator is not None

    def article_id(self, number: int) -> int:
        return self.id_base + number * self.id_step

    def number_of(self, article_id: int) -> int | None:
        offset = article_id - self.id_base
        return offset // self.id_step if offset >= 0 and offset % self.id_step == 0 else None

    def path_pattern(self) -> re.Pattern[str]:
        """A regex matching this outlet's article paths and capturing the article id."""
        pattern = re.escape(self.article_path)
        replacements = {
            r"\{section\}": r"[a-z]+", r"\{slug\}": r"[a-z0-9-]+", r"\{id\}": r"(?P<id>\d+)",
        }
        for field, regex in replacements.items():
            pattern = pattern.replace(field, regex)
        pattern = re.sub(r"\\\{date:[^}]*\\\}", r"[0-9/-]+", pattern)
        return re.compile(pattern + r"\Z")


_PLAIN_ROBOTS = "User-agent: *\nDisallow: /search\nDisallow: /account/\n\nSitemap: {base}/sitemap.xml\n"

CATALOGUE: tuple[OutletSpec, ...] = (
    OutletSpec(
        slug=WIRE_SLUG, name="Meridian Wire", site_label="MeridianWire.example", language="en", page="wire",
        article_path="/article/{date:%Y%m%d}/{slug}-{id}",
        feeds=(FeedSpec("/rss.xml", "rss", "Meridian Wire: Top News"),),
        robots=_PLAIN_ROBOTS, voice=Voice("Meridian Wire", dateline="{CITY} (Meridian Wire) — ", max_sentences=2),
        id_base=480_213, id_step=7, ttl_minutes=5,
    ),
    OutletSpec(
        slug="herald", name="The Harbour Herald", site_label="HarbourHerald.example", language="en", page="herald",
        article_path="/{section}/{date:%Y/%m/%d}/{slug}-n{id}.html",
        feeds=(
            FeedSpec("/world.xml", "rss", "The Harbour Herald - World", ("world", "politics"),
                     tracking="utm_source=rss&utm_medium=feed&utm_campaign=world"),
            FeedSpec("/top.xml", "rss", "The Harbour Herald - Top stories",
                     tracking="utm_source=rss&utm_medium=feed&utm_campaign=top"),
        ),
        robots=_PLAIN_ROBOTS, voice=Voice("The Harbour Herald", max_sentences=3, title_case=True),
        wire_copies=CopyRule(period=4, phase=2, verbatim=False), id_base=7_002_000, ttl_minutes=15, compress=True,
    ),
    OutletSpec(
        slug="northgate", name="Northgate Times", site_label="NorthgateTimes.example", language="en",
        page="northgate", article_path="/stories/{id}/{slug}",
        feeds=(FeedSpec("/atom.xml", "atom", "Northgate Times"),),
        robots="User-agent: *\nCrawl-delay: 0.1\nDisallow: /search\n",
        voice=Voice("Northgate Times", max_sentences=1, closer_chance=0.2), id_base=91_000, id_step=3,
    ),
    OutletSpec(
        slug="ledger", name="Civic Ledger", site_label="CivicLedger.example", language="en", page="ledger",
        article_path="/{section}/{slug}-{id}.html",
        feeds=(FeedSpec("/index.rdf", "rdf", "Civic Ledger"),),
        robots="User-agent: *\nDisallow: /private/\n\nUser-agent: BadBot\nDisallow: /\n",
        voice=Voice("Civic Ledger", max_sentences=2), id_base=3_100, private_link="/private/members-briefing",
    ),
    OutletSpec(
        slug="lantern", name="The Daily Lantern", site_label="DailyLantern.example", language="en", page="lantern",
        article_path="/{date:%Y/%m}/{slug}-{id}",
        feeds=(FeedSpec("/feed.json", "json", "The Daily Lantern"),),
        robots=_PLAIN_ROBOTS, voice=Voice("The Daily Lantern", max_sentences=2, closer_chance=0.6),
        wire_copies=CopyRule(period=5, phase=3, verbatim=False), id_base=55_500, id_step=2,
    ),
    OutletSpec(
        slug="riverside", name="Riverside Post", site_label="RiversidePost.example", language="en",
        page="riverside", article_path="/a/{id}-{slug}",
        feeds=(FeedSpec("/syndication/latest-stories.xml", "rss", "Riverside Post - Latest",
                        tracking="utm_source=feed", full_text=True),),
        robots=_PLAIN_ROBOTS, voice=Voice("Riverside Post", max_sentences=2),
        wire_copies=CopyRule(period=3, phase=1, verbatim=True), id_base=20_450, ttl_minutes=30,
    ),
    OutletSpec(
        slug="observador", name="El Observador Global", site_label="ObservadorGlobal.example", language="es",
        page="observador", article_path="/noticias/{section}/{date:%Y-%m-%d}/{slug}-{id}.html",
        feeds=(FeedSpec("/feed", "rss", "El Observador Global - Portada", content_type="text/xml; charset=utf-8"),),
        robots=_PLAIN_ROBOTS, voice=Voice("El Observador Global", language="es", max_sentences=2),
        advertised=False, id_base=640_000, id_step=5,
    ),
)

AGGREGATORS: tuple[OutletSpec, ...] = (
    OutletSpec(
        slug="trendpulse", name="Trendpulse", site_label=TRENDPULSE.copyright.removeprefix("© "), language="en",
        page="aggregator", article_path="/{slug}-{id}/",
        feeds=(FeedSpec("/feed/", "rss", "Trendpulse", content_type="application/rss+xml; charset=UTF-8"),),
        robots="User-agent: *\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\n",
        voice=Voice("Trendpulse"), aggregator=TRENDPULSE, id_base=1_200, id_step=1,
    ),
    OutletSpec(
        slug="buzzwire", name="Buzzwire Daily", site_label="BuzzwireDaily.example", language="en",
        page="aggregator", article_path="/posts/{id}/{slug}",
        feeds=(FeedSpec("/feed.xml", "rss", "Buzzwire Daily"),),
        robots="User-agent: *\nDisallow: /wp-admin/\n",
        voice=Voice("Buzzwire Daily"), aggregator=BUZZWIRE, id_base=88_000, id_step=11,
    ),
)
"""Automatic aggregators; each needs its own slug, `AggregatorStyle` and (usually) page template."""


def choose_outlets(count: int | None) -> tuple[OutletSpec, ...]:
    """`count` outlets (everything for None): the first of the catalogue and the first aggregator,
    then the other aggregators once the catalogue is used up, so that a smaller web keeps the
    same outlets whatever aggregators are added later."""
    if count is None:
        return (*CATALOGUE, *AGGREGATORS)
    if not 1 <= count <= len(CATALOGUE) + len(AGGREGATORS):
        raise ValueError(f"outlets must be between 1 and {len(CATALOGUE) + len(AGGREGATORS)}, not {count}")
    aggregators = AGGREGATORS[: min(1, count - 1) + max(0, count - 1 - len(CATALOGUE))]
    return (*CATALOGUE[: count - len(aggregators)], *aggregators)
