"""How an automatic aggregator dresses up the reports it republishes.

Sites of this kind copy other outlets' articles wholesale and add three pieces of their own:
a copyright line on top, the headline of another story of theirs injected between
paragraphs as a "related" link, and a disclaimer about where the images and text came from.
Everything about those pieces is a parameter of `AggregatorStyle`, so a second aggregator
with different wording and markup is one more style, and cleanup code cannot pass tests by
matching one site's exact strings.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from html import escape


@dataclass(frozen=True, slots=True)
class AggregatorStyle:
    copyright: str
    """The copyright line's text, e.g. "© Example.info"."""
    disclaimers: tuple[str, ...]
    """Disclaimer wordings; each article gets one, chosen by the seed."""
    copyright_markup: str = "<p>{text}</p>"
    related_markup: str = '<p><a href="{url}">{title}</a></p>'
    disclaimer_markup: str = "<p>{text}</p>"


@dataclass(frozen=True, slots=True)
class Junk:
    """What the aggregator added to one article, exactly as a reader sees it."""

    copyright: str
    related_title: str
    related_path: str
    related_after: int
    """Index of the report paragraph the related link follows."""
    disclaimer: str

    @property
    def strings(self) -> tuple[str, str, str]:
        return (self.copyright, self.related_title, self.disclaimer)


def choose_junk(style: AggregatorStyle, rng: random.Random, paragraphs: int, related_title: str,
                related_path: str) -> Junk:
    """The junk for one republished report of `paragraphs` paragraphs."""
    after = rng.randint(1, max(1, paragraphs - 3))
    return Junk(style.copyright, related_title, related_path, after, rng.choice(style.disclaimers))


def dress(style: AggregatorStyle, junk: Junk, paragraphs: tuple[str, ...], base_url: str) -> str:
    """The article body as the aggregator publishes it: report paragraphs with the junk mixed in."""
    parts = [style.copyright_markup.format(text=escape(junk.copyright, quote=False))]
    for i, paragraph in enumerate(paragraphs):
        parts.append(f"<p>{escape(paragraph, quote=False)}</p>")
        if i == junk.related_after:
            url = escape(base_url + junk.related_path)
            parts.append(style.related_markup.format(url=url, title=escape(junk.related_title)))
    parts.append(style.disclaimer_markup.format(text=escape(junk.disclaimer, quote=False)))
    return "\n".join(parts)


TRENDPULSE = AggregatorStyle(
    copyright="© Trendpulse.info",
    disclaimers=(
        "Images are for illustration only. Text and pictures were collected automatically from Google and "
        "other third-party sources. All rights to the images and content belong to their original owners.",
        "Pictures shown are for reference purposes.Content gathered automatically from third-party "
        "websites.All rights remain with their lawful owners.",
        "Disclaimer: this post was aggregated automatically from public sources. Images are for reference "
        "only; all rights belong to the respective owners.",
    ),
    related_markup='<p><strong><a href="{url}" rel="bookmark">{title}</a></strong></p>',
)

BUZZWIRE = AggregatorStyle(
    copyright="Buzzwire Daily brings you the stories everyone is talking about",
    disclaimers=("Source: syndicated via the Buzzwire partner network. Buzzwire does not verify partner reports.",),
    copyright_markup='<div class="bw-tagline"><em>{text}</em></div>',
    related_markup='<p class="bw-next">Keep reading on Buzzwire Daily &#8594; <a href="{url}">{title}</a></p>',
    disclaimer_markup='<p class="bw-source"><small>{text}</small></p>',
)
"""A second aggregator, worded so that no generic cue catches its pieces: only learning does."""
