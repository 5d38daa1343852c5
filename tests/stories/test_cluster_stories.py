"""Articles from many outlets about one event become one story; similar events stay apart."""

from __future__ import annotations

import random
from collections import Counter
from datetime import UTC, datetime, timedelta

import pytest

from newsloom.simweb.outlets import CATALOGUE
from newsloom.simweb.prose import write_report
from newsloom.simweb.world import World
from newsloom.stories.cluster import StoryClusterer, StoryDoc, Tuning

T0 = datetime(2024, 5, 6, 8, 0, tzinfo=UTC)
VOICES = [spec.voice for spec in CATALOGUE if spec.language == "en"]


def _twin_slot(world: World) -> int:
    return next(slot for slot in range(200) if world.events_at(slot)[1].twin_of)


def _reports(event, when: datetime, tag: str = "") -> list[StoryDoc]:
    docs = []
    for n, voice in enumerate(VOICES):
        report = write_report(event, voice, random.Random(f"{event.id}{tag}{n}"), when.weekday())
        docs.append(StoryDoc(id=f"{event.id}{tag}/{voice.outlet}", title=report.headline,
                             text="\n".join(report.paragraphs), date=when + timedelta(minutes=7 * n),
                             source=voice.outlet))
    return docs


def _running_clusterer(world: World) -> StoryClusterer:
    """A clusterer that has already read a week of earlier news, as a live one has."""
    clusterer = StoryClusterer()
    for slot in range(100, 120):
        for doc in _reports(world.events_at(slot)[0], T0 - timedelta(days=7, hours=slot))[:3]:
            clusterer.add(doc)
    return clusterer


def _stories(clusterer: StoryClusterer, docs: list[StoryDoc]) -> dict[str, str]:
    assigned = {doc.id: clusterer.add(doc) for doc in docs}
    return {doc_id: clusterer.resolve(story) for doc_id, story in assigned.items()}


@pytest.mark.parametrize("seed", [1, 2, 3, 4, 5])
def test_outlets_reports_of_one_event_gather_and_a_similar_event_stays_apart(seed):
    world = World(seed)
    slot = _twin_slot(world)
    first, twin, other = world.events_at(slot)
    assert first.kind == twin.kind and first.place.city != twin.place.city
    clusterer = _running_clusterer(world)
    docs = [doc for trio in zip(_reports(first, T0), _reports(twin, T0), _reports(other, T0)) for doc in trio]
    stories = _stories(clusterer, docs)

    by_event: dict[str, Counter[str]] = {}
    for doc in docs:
        by_event.setdefault(doc.id.split("/")[0], Counter())[stories[doc.id]] += 1
    for event_id, counts in by_event.items():
        assert len(counts) == 1, f"{event_id} was split over {dict(counts)}"
    assert len({next(iter(c)) for c in by_event.values()}) == 3


def test_the_same_kind_of_event_a_month_later_is_a_new_story():
    event = World(11).events_at(3)[0]
    clusterer = StoryClusterer()
    early = _stories(clusterer, _reports(event, T0)[:2])
    late = _stories(clusterer, _reports(event, T0 + timedelta(days=30), tag="-again")[:2])
    next_day = _stories(clusterer, _reports(event, T0 + timedelta(days=31), tag="-follow")[:1])
    assert len(set(early.values())) == 1 and len(set(late.values())) == 1
    assert set(early.values()).isdisjoint(late.values())
    assert set(next_day.values()) == set(late.values())


def test_stories_that_coverage_shows_are_one_merge_and_the_old_id_redirects():
    clusterer = StoryClusterer(Tuning(join=0.6, merge=0.3, merge_min=1, names_share=0.5))
    a = clusterer.add(StoryDoc("a", "Dam breach floods Varnholm valley",
                               "The Varnholm dam breached on Monday. Engineers from Keltra Utilities inspected "
                               "the spillway and evacuated 4,500 residents downstream."))
    b = clusterer.add(StoryDoc("b", "Keltra Utilities orders evacuation",
                               "Keltra Utilities ordered 4,500 residents of Varnholm to leave as floodwater "
                               "rose around the reservoir on Monday night."))
    assert a != b
    c = clusterer.add(StoryDoc("c", "Varnholm dam breach: Keltra Utilities evacuates 4,500",
                               "The Varnholm dam breached on Monday and Keltra Utilities evacuated 4,500 "
                               "residents as floodwater rose around the reservoir; engineers inspected the "
                               "spillway."))
    survivor = clusterer.resolve(c)
    assert clusterer.resolve(a) == clusterer.resolve(b) == survivor
    assert survivor in (a, b)
    assert clusterer.live_stories == 1


def test_the_live_window_is_bounded():
    world = World(11)
    clusterer = StoryClusterer(Tuning(max_articles=10))
    for slot in range(8):
        for doc in _reports(world.events_at(slot)[2], T0 + timedelta(hours=slot))[:3]:
            clusterer.add(doc)
    assert clusterer.live_articles <= 10
