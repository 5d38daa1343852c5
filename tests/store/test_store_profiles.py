"""What Newsloom learns about a source's pages is kept, and a source whose extraction broke is flagged."""

from __future__ import annotations

from newsloom.extract.boilerplate import learn
from newsloom.model import Article, Channel, Source
from newsloom.store.profiles import ExtractionStats


def add(store, name: str) -> int:
    return store.add_source(Source(name), [Channel(f"https://{name.lower()}.example/rss")]).id


def history(pages: list[tuple[bool, int]], stats: ExtractionStats | None = None) -> ExtractionStats:
    """A source's extraction history: (gave article text, characters) for each page, oldest first."""
    stats = stats or ExtractionStats()
    for extracted, chars in pages:
        stats.observe(extracted, chars)
    return stats


def test_a_profile_is_kept_per_source_and_read_back(store):
    source_id = add(store, "Agg")
    profile = learn(None, Article(url="https://agg.example/1", canonical_url="https://agg.example/1",
                                  title="Storm hits the coast", text="© Agg Example\n\nThe storm hit the coast."))

    assert store.boilerplate(source_id) is None
    store.save_boilerplate(source_id, profile)
    store.save_boilerplate(source_id, profile)

    assert store.boilerplate(source_id).to_json() == profile.to_json()
    assert store.boilerplate(add(store, "Other")) is None


def test_a_source_whose_articles_suddenly_shrink_is_flagged_on_its_health(store):
    steady, broken = add(store, "Steady"), add(store, "Broken")
    store.save_extraction_stats(steady, history([(True, 3_000 + 10 * (n % 7)) for n in range(80)]))
    store.save_extraction_stats(broken, history([(True, 3_000)] * 80 + [(True, 240)] * 15))

    health = {h.name: h for h in store.sources()}

    assert health["Steady"].extraction_warning is None
    warning = health["Broken"].extraction_warning
    assert warning.startswith("extraction broken?") and "recent articles average" in warning
    assert store.source(broken).extraction_warning == warning


def test_a_source_whose_pages_stop_giving_text_is_flagged_and_cleared_once_they_recover(store):
    source_id = add(store, "Redesigned")
    stats = history([(True, 2_500)] * 60 + [(False, 0)] * 12)
    store.save_extraction_stats(source_id, stats)

    assert "gave article text" in store.source(source_id).extraction_warning

    stats = history([(False, 0)] * 200, stats)  # a long outage does not become the new normal
    store.save_extraction_stats(source_id, stats)
    assert store.source(source_id).extraction_warning is not None

    store.save_extraction_stats(source_id, history([(True, 2_500)] * 30, stats))
    assert store.source(source_id).extraction_warning is None


def test_a_young_source_is_not_judged_on_a_few_pages(store):
    source_id = add(store, "New")
    store.save_extraction_stats(source_id, history([(True, 3_000)] * 5 + [(False, 0)] * 5))

    assert store.source(source_id).extraction_warning is None
