"""Who publishes what, and when: the schedule of every outlet's articles.

Article number k of every outlet belongs to slot k of the world. Articles 0..backlog-1 were
published over the hours before the simulated web started, one slot every `SPACING`; later
ones appear together, one per outlet every `new_every_s` seconds of real time. Each outlet
picks one of its slot's events (most pick the slot's main event, so stories gather several
outlets), copies the wire on some slots, and the aggregator republishes another outlet's
article, sometimes cut short. Articles are written the first time they are asked for and kept.
"""

from __future__ import annotations

import dataclasses
import random
import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime, timedelta

from newsloom.simweb.aggregator import AggregatorStyle, Junk, choose_junk
from newsloom.simweb.outlets import SECTIONS, WIRE_SLUG, OutletSpec
from newsloom.simweb.prose import Report, edit_copy, write_report
from newsloom.simweb.world import Event, World, person

SPACING = timedelta(minutes=12)
CUT_CHANCE = 0.5
"""How often an aggregator drops a long report's last paragraph: its copies are then not exact."""
EVENT_WEIGHTS = (0.5, 0.3, 0.2)
_STAFF_SIZE = 6


@dataclass(slots=True)
class Story:
    """One article of one outlet, written and scheduled (published or not yet)."""

    outlet: OutletSpec
    number: int
    event: Event
    report: Report
    path: str
    published: datetime
    author: str
    section: str
    copy_of: Story | None = None
    image_owner: Story | None = None
    """The story whose outlet serves the lead image when not this one (the aggregator hotlinks)."""
    junk: Junk | None = None

    @property
    def title(self) -> str:
        return self.report.headline

    @property
    def image_path(self) -> str:
        return f"/images/{self.outlet.article_id(self.number)}.png"


class Newsroom:
    """Every outlet's articles, generated lazily from the seed."""

    def __init__(self, seed: int, outlets: tuple[OutletSpec, ...], backlog: int, new_every_s: float,
                 epoch: datetime) -> None:
        self.seed = seed
        self.outlets = {o.slug: o for o in outlets}
        self.backlog = backlog
        self.new_every_s = new_every_s
        self.epoch = epoch
        self.world = World(seed)
        self._stories: dict[tuple[str, int], Story] = {}
        self._staff = {o.slug: _staff(seed, o) for o in outlets}

    def latest_number(self, now: datetime) -> int:
        """Number of the newest article published at `now` (-1 when nothing is out yet)."""
        newest = self.backlog - 1
        if self.new_every_s > 0 and now >= self.epoch:
            newest += int((now - self.epoch).total_seconds() / self.new_every_s)
        return newest

    def story(self, slug: str, number: int) -> Story:
        key = (slug, number)
        if key not in self._stories:
            self._stories[key] = self._write(self.outlets[slug], number)
        return self._stories[key]

    def publish_time(self, outlet: OutletSpec, number: int) -> datetime:
        """When an article appears: before the epoch for the backlog, one `new_every_s` apart after it."""
        if number >= self.backlog:
            return self.epoch + timedelta(seconds=(number - self.backlog + 1) * self.new_every_s)
        rng = random.Random(f"{self.seed}:{outlet.slug}:{number}:time")
        if outlet.slug == WIRE_SLUG:
            offset = 0.0
        elif outlet.is_aggregator:
            offset = 6 + rng.uniform(0, 2)
        else:
            offset = 1 + rng.uniform(0, 4)
        when = self.epoch - (self.backlog - number) * SPACING + timedelta(minutes=offset)
        return when.replace(microsecond=0)

    def _write(self, outlet: OutletSpec, number: int) -> Story:
        rng = random.Random(f"{self.seed}:{outlet.slug}:{number}")
        published = self.publish_time(outlet, number)
        weekday = published.weekday()
        if outlet.aggregator:
            return self._republish(outlet, outlet.aggregator, number, rng, published)
        if outlet.wire_copies and outlet.wire_copies.applies(number) and WIRE_SLUG in self.outlets:
            return self._copy_wire(outlet, number, rng, published)
        event = rng.choices(self.world.events_at(number), weights=EVENT_WEIGHTS)[0]
        report = write_report(event, outlet.voice, rng, weekday)
        return self._story(outlet, number, event, report, published, rng.choice(self._staff[outlet.slug]))

    def _copy_wire(self, outlet: OutletSpec, number: int, rng: random.Random, published: datetime) -> Story:
        wire = self.story(WIRE_SLUG, number)
        rule = outlet.wire_copies
        report = wire.report if rule and rule.verbatim else edit_copy(
            wire.report, wire.event, outlet.voice, rng, published.weekday())
        story = self._story(outlet, number, wire.event, report, published, wire.outlet.name)
        story.copy_of = wire
        return story

    def _republish(self, outlet: OutletSpec, style: AggregatorStyle, number: int, rng: random.Random,
                   published: datetime) -> Story:
        source = self._aggregated_source(outlet, number)
        # The injected "related" link is the aggregator's own neighbouring article; its path is
        # worked out here rather than by writing that article, which would chain through every slot.
        neighbour = self._aggregated_source(outlet, number - 1 if number else number + 1)
        neighbour_path = self._path(outlet, neighbour.report.headline, self.publish_time(outlet, neighbour.number),
                                    neighbour.number, neighbour.section)
        report = source.report
        cut = random.Random(f"{self.seed}:{outlet.slug}:{number}:cut").random() < CUT_CHANCE
        if cut and len(report.paragraphs) > 4:
            report = dataclasses.replace(report, paragraphs=report.paragraphs[:-1])
        story = self._story(outlet, number, source.event, report, published, "newsdesk")
        story.copy_of = source
        story.image_owner = source.image_owner or source
        story.junk = choose_junk(style, rng, len(source.report.paragraphs), neighbour.report.headline,
                                 neighbour_path)
        return story

    def _aggregated_source(self, outlet: OutletSpec, number: int) -> Story:
        """The article the aggregator copies in a slot, from an outlet writing in its language."""
        sources = sorted(s for s, o in self.outlets.items() if not o.is_aggregator and o.language == outlet.language)
        rng = random.Random(f"{self.seed}:{outlet.slug}:{number}:source")
        return self.story(rng.choice(sources), number)

    def _story(self, outlet: OutletSpec, number: int, event: Event, report: Report, published: datetime,
               author: str) -> Story:
        section = SECTIONS[outlet.language][event.kind]
        path = self._path(outlet, report.headline, published, number, section)
        return Story(outlet, number, event, report, path, published, author, section)

    def _path(self, outlet: OutletSpec, headline: str, published: datetime, number: int, section: str) -> str:
        return outlet.article_path.format(section=section, date=published, slug=slugify(headline),
                                          id=outlet.article_id(number))


def slugify(text: str, words: int = 9) -> str:
    """A URL slug: ASCII, lower case, hyphens, the first few words."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "-".join(re.findall(r"[a-z0-9]+", ascii_text.lower())[:words])


def _staff(seed: int, outlet: OutletSpec) -> tuple[str, ...]:
    rng = random.Random(f"{seed}:{outlet.slug}:staff")
    return tuple(person(rng) for _ in range(_STAFF_SIZE))
