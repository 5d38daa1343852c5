"""The simulated news world: the same seed tells the same news, and the news looks like news."""

from __future__ import annotations

import itertools
import statistics
from collections import Counter, defaultdict
from datetime import UTC, datetime, timedelta

import py3langid

from newsloom.simweb import SimWeb
from newsloom.simweb.world import World

EPOCH = datetime(2025, 3, 14, 12, 0, tzinfo=UTC)


def _relative(article, web):
    """An article's ground truth with its outlet's (random) port taken out."""
    base = next(o.base_url for o in web.outlets if o.name == article.outlet)
    return (article.outlet, article.url.removeprefix(base), article.title, tuple(article.paragraphs),
            article.published, article.event_id)


async def test_the_same_seed_publishes_the_same_articles_and_another_seed_does_not():
    async with SimWeb(seed=11, backlog=6, epoch=EPOCH) as first:
        one = [_relative(a, first) for a in first.published()]
    async with SimWeb(seed=11, backlog=6, epoch=EPOCH) as second:
        two = [_relative(a, second) for a in second.published()]
    async with SimWeb(seed=12, backlog=6, epoch=EPOCH) as other:
        three = [_relative(a, other) for a in other.published()]

    assert one == two
    assert len(one) == 6 * len(first.outlets)
    assert {a[2] for a in one} != {a[2] for a in three}


async def test_articles_are_news_reports_of_five_to_twelve_paragraphs_published_before_start():
    async with SimWeb(seed=4, backlog=20, epoch=EPOCH) as web:
        published = web.published()

    for article in published:
        assert 5 <= len(article.paragraphs) <= 12, article.url
        assert all(len(p) > 15 and (p[0].isupper() or p[0] in "«\"") for p in article.paragraphs)
        assert article.title and article.author
        assert article.published.tzinfo is not None and article.published < EPOCH
    assert max(a.published for a in published) - min(a.published for a in published) > timedelta(hours=3)


async def test_several_outlets_report_one_event_in_their_own_words():
    async with SimWeb(seed=5, backlog=30, epoch=EPOCH) as web:
        published = [a for a in web.published() if a.is_copy_of is None and a.language == "en"]

    by_event = defaultdict(list)
    for article in published:
        by_event[article.event_id].append(article)
    assert max(len({a.outlet for a in articles}) for articles in by_event.values()) >= 3
    shared = []
    for articles in by_event.values():
        for one, other in itertools.combinations(articles, 2):
            first, second = (set(" ".join(a.paragraphs).split(". ")) for a in (one, other))
            assert first != second
            shared.append(len(first & second) / min(len(first), len(second)))
    assert statistics.mean(shared) < 0.4  # a few wordings per fact, so some sentences coincide


def test_some_slots_hold_two_similar_events_in_different_places():
    world = World(seed=6)
    twins = [events for n in range(30) if (events := world.events_at(n))[1].twin_of]

    assert twins
    for events in twins:
        assert events[0].kind == events[1].kind
        assert events[0].place.city != events[1].place.city


async def test_outlets_copy_the_wire_verbatim_or_with_light_edits():
    async with SimWeb(seed=8, backlog=12, epoch=EPOCH) as web:
        published = web.published()

    by_url = {a.url: a for a in published}
    copies = [a for a in published if a.is_copy_of and not a.junk]
    assert {a.outlet for a in copies} >= {"The Harbour Herald", "Riverside Post"}
    for copy in copies:
        original = by_url[copy.is_copy_of]
        assert original.outlet == "Meridian Wire" and original.event_id == copy.event_id
        assert copy.published >= original.published
        assert all(p in " ".join(original.paragraphs) for p in copy.paragraphs)
    assert any(c.paragraphs == by_url[c.is_copy_of].paragraphs for c in copies)
    assert any(c.paragraphs != by_url[c.is_copy_of].paragraphs for c in copies)


async def test_one_outlet_writes_in_spanish():
    async with SimWeb(seed=2, backlog=5, epoch=EPOCH) as web:
        published = web.published()

    languages = Counter(py3langid.classify(" ".join(a.paragraphs))[0] for a in published if a.language == "es")
    assert languages.most_common(1)[0][0] == "es"
    assert all(py3langid.classify(" ".join(a.paragraphs))[0] == "en" for a in published if a.language == "en")
