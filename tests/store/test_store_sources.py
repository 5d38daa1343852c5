"""Sources, their feeds, and the health the sources page shows for them."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from newsloom.model import Article, Channel, FetchError, FetchReason, Policy, Poll, Source

NOW = datetime.now(UTC)


def ok_poll(url: str, **fields) -> Poll:
    return Poll(channel_url=url, fetched_at=NOW, **fields)


def failed_poll(url: str, message: str = "timed out after 20 s", at: datetime = NOW) -> Poll:
    return Poll(channel_url=url, fetched_at=at, error=FetchError(url, FetchReason.TIMEOUT, message))


def test_adding_a_source_twice_stores_it_once_and_keeps_what_was_stored(store):
    first = store.add_source(
        Source("Reuters", "https://reuters.example/", "en", "world", Policy.FULL),
        [Channel("https://reuters.example/rss")],
    )
    again = store.add_source(
        Source("Reuters", "https://elsewhere.example/", policy=Policy.HEADLINE),
        [Channel("https://reuters.example/rss"), Channel("https://reuters.example/world.xml")],
    )

    assert again.id == first.id and first.id is not None
    (health,) = store.sources()
    assert (health.homepage, health.policy, health.language) == ("https://reuters.example/", Policy.FULL, "en")
    assert sorted(c.url for c in health.channels) == ["https://reuters.example/rss", "https://reuters.example/world.xml"]


def test_sources_are_listed_by_name_and_exported_with_their_feeds(store):
    store.add_source(Source("Wire"), [Channel("https://wire.example/feed", title="Wire feed")])
    store.add_source(Source("Agence"), [Channel("https://agence.example/rss")])

    assert [s.name for s in store.sources()] == ["Agence", "Wire"]
    exported = store.export_sources()
    assert [(s.name, [c.url for c in chans]) for s, chans in exported] == [
        ("Agence", ["https://agence.example/rss"]),
        ("Wire", ["https://wire.example/feed"]),
    ]
    assert exported[1][1][0].title == "Wire feed"
    assert store.source(exported[0][0].id).name == "Agence"
    assert store.source(10_000) is None


def test_new_feeds_are_due_at_once_and_then_when_their_next_poll_says(store, feeds):
    reuters, wire = feeds
    store.add_source(Source("Quiet"), [Channel("https://quiet.example/rss", paused=True)])
    assert {c.id for c in store.due_channels(NOW)} == {reuters, wire}

    store.record_poll(reuters, ok_poll("https://reuters.example/rss"), 600, NOW + timedelta(minutes=10), 0)
    store.record_poll(wire, ok_poll("https://wire.example/feed"), 300, NOW + timedelta(minutes=5), 0)

    assert store.due_channels(NOW) == []
    assert [c.id for c in store.due_channels(NOW + timedelta(minutes=30))] == [wire, reuters]
    assert [c.id for c in store.due_channels(NOW + timedelta(minutes=30), limit=1)] == [wire]


def test_a_poll_keeps_the_validators_for_the_next_conditional_request(store, feeds):
    reuters, _ = feeds
    poll = ok_poll("https://reuters.example/rss", etag='"v1"', last_modified="Mon, 01 Jan 2024 00:00:00 GMT",
                   body_hash="abc", feed_title="Reuters World")
    store.record_poll(reuters, poll, 900, NOW, 0)
    store.record_poll(reuters, ok_poll("https://reuters.example/rss", not_modified=True), 1200, NOW, 0)

    (channel,) = [c for c in store.due_channels(NOW) if c.id == reuters]
    assert (channel.etag, channel.last_modified, channel.body_hash) == ('"v1"', "Mon, 01 Jan 2024 00:00:00 GMT", "abc")
    assert channel.title == "Reuters World" and channel.interval_s == 1200
    health = store.sources()[0].channels[0]
    assert health.last_status == "not_modified" and health.last_success_at == NOW


def test_a_source_whose_feeds_all_fail_shows_as_failing_with_the_error(store):
    source = store.add_source(Source("Flaky"), [Channel("https://flaky.example/a"), Channel("https://flaky.example/b")])
    a, b = (c.id for c in store.due_channels(NOW))
    assert store.source(source.id).status == "never fetched"

    store.record_poll(a, failed_poll("https://flaky.example/a"), 1800, NOW + timedelta(hours=1), 1)
    assert store.source(source.id).status == "failing"
    later = NOW + timedelta(minutes=1)
    store.record_poll(b, failed_poll("https://flaky.example/b", "refused", later), 1800, NOW + timedelta(hours=1), 3)

    health = store.source(source.id)
    assert health.status == "failing"
    assert health.last_error == "timeout: refused"
    assert health.last_fetch_at == later
    assert [c.failures for c in health.channels] == [1, 3]

    store.record_poll(b, ok_poll("https://flaky.example/b"), 1800, NOW + timedelta(hours=1), 0)
    assert store.source(source.id).status == "ok"


def test_a_source_with_only_paused_feeds_shows_as_paused(store):
    source = store.add_source(Source("Resting"), [Channel("https://resting.example/rss", paused=True)])
    assert store.source(source.id).status == "paused"


def test_rejected_pages_show_on_their_feed_newest_first(store, feeds):
    reuters, _ = feeds
    for n in range(7):
        store.record_rejection(reuters, f"https://reuters.example/{n}", "blocked_address", f"resolves to 10.0.0.{n}")
    store.record_rejection(None, "https://nowhere.example/", "bad_url", "no channel")

    (channel,) = store.sources()[0].channels
    shown = channel.recent_rejections
    assert [url for _, url, _, _ in shown] == [f"https://reuters.example/{n}" for n in (6, 5, 4, 3, 2)]
    at, _, reason, detail = shown[0]
    assert reason == "blocked_address" and detail == "resolves to 10.0.0.6" and at.tzinfo is not None


def test_publishing_rate_and_last_article_come_from_what_the_feeds_found(store, feeds):
    reuters, wire = feeds
    for n in range(14):
        url = f"https://reuters.example/story/{n}"
        published = NOW - timedelta(hours=n)
        store.save_article(Article(url, url, f"Story {n}", "text", published=published), url, reuters)
    store.save_article(Article("https://reuters.example/story/0", "https://reuters.example/story/0", "Story 0"),
                       "https://wire.example/r0", wire)

    reuters_health, wire_health = store.sources()
    assert reuters_health.article_count == 14 and reuters_health.items_per_day == 2.0
    assert wire_health.article_count == 0 and wire_health.items_per_day == 1 / 7
    assert reuters_health.last_article_at is not None and reuters_health.last_article_at <= datetime.now(UTC)
    assert store.publish_times(reuters, limit=3) == [NOW, NOW - timedelta(hours=1), NOW - timedelta(hours=2)]
    assert store.publish_times(wire) == [NOW]


def test_many_rejections_recorded_at_once_keep_only_the_newest_per_feed(store, feeds):
    reuters, wire = feeds
    store.record_rejections([(reuters, f"https://reuters.example/{n}", "not_html", "a PDF") for n in range(120)]
                            + [(wire, "https://wire.example/x", "no_text", "only 12 characters")])

    reuters_health, wire_health = store.sources()
    assert [url for _, url, _, _ in reuters_health.channels[0].recent_rejections] == [
        f"https://reuters.example/{n}" for n in (119, 118, 117, 116, 115)]
    assert [url for _, url, _, _ in wire_health.channels[0].recent_rejections] == ["https://wire.example/x"]
    assert store.integrity_check() == []
