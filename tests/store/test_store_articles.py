"""Saving articles once however they are reached, and listing them newest first."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta, timezone

from newsloom.model import Article

NOW = datetime.now(UTC)


def article(url: str, **fields) -> Article:
    """An extracted article at `url`; its canonical URL is `url` unless given."""
    fields.setdefault("canonical_url", url)
    fields.setdefault("title", f"Title of {url}")
    fields.setdefault("text", f"Body text of {url}.")
    return Article(url=url, **fields)


def test_one_story_reached_through_two_feeds_is_stored_once_with_both_routes(store, feeds):
    reuters, wire = feeds
    canonical = "https://reuters.example/world/summit"
    first = store.save_article(article("https://reuters.example/world/summit?utm=rss", canonical_url=canonical),
                               "https://reuters.example/rss/item/1", reuters)
    second = store.save_article(article("https://amp.reuters.example/summit", canonical_url=canonical),
                                "https://wire.example/go/77", wire)

    assert first[1] is True and second == (first[0], False)
    assert store.count_articles() == 1
    stored = store.article(first[0])
    assert stored.source_name == "Reuters"
    assert set(stored.urls) == {
        canonical,
        "https://reuters.example/world/summit?utm=rss",
        "https://reuters.example/rss/item/1",
        "https://amp.reuters.example/summit",
        "https://wire.example/go/77",
    }
    assert len(store.publish_times(reuters)) == len(store.publish_times(wire)) == 1


def test_the_same_text_under_unrelated_urls_is_one_article(store, feeds):
    reuters, wire = feeds
    a, created = store.save_article(article("https://reuters.example/a", content_hash="h1"), None, reuters)
    b, again = store.save_article(article("https://mirror.example/copy", content_hash="h1"), None, wire)

    assert (a, created, again) == (b, True, False)
    assert store.known_urls(["https://mirror.example/copy", "https://reuters.example/a", "https://x.example/"]) == {
        "https://mirror.example/copy",
        "https://reuters.example/a",
    }


def test_articles_without_a_content_hash_are_not_merged(store, feeds):
    reuters, _ = feeds
    store.save_article(article("https://reuters.example/a"), None, reuters)
    store.save_article(article("https://reuters.example/b"), None, reuters)
    assert store.count_articles() == 2


def test_saving_the_same_article_again_changes_nothing(store, feeds):
    reuters, _ = feeds
    saved = article("https://reuters.example/a", content_hash="h1")
    first = store.save_article(saved, "https://reuters.example/lead", reuters)
    assert store.save_article(saved, "https://reuters.example/lead", reuters) == (first[0], False)
    assert store.count_articles() == 1
    assert store.sources()[0].items_per_day == 1 / 7


def test_a_lead_only_article_gets_its_text_when_the_page_arrives(store, feeds):
    reuters, _ = feeds
    lead = "https://reuters.example/rss/9"
    published = datetime(2024, 3, 1, 8, 0, tzinfo=UTC)
    stub = Article(url=lead, canonical_url=lead, title="Floods in the north", published=published,
                   error="timeout: no answer in 20 s")
    article_id, _ = store.save_article(stub, lead, reuters)

    full = article("https://reuters.example/floods", title="Floods in the north, thousands moved", text="Rivers rose.")
    assert store.save_article(full, lead, reuters) == (article_id, False)

    stored = store.article(article_id)
    assert (stored.title, stored.text, stored.error) == ("Floods in the north, thousands moved", "Rivers rose.", None)
    assert stored.canonical_url == "https://reuters.example/floods"
    assert stored.published == published  # the feed's date survives a page that gives none
    # A later failed fetch of the same lead does not throw the text away again.
    store.save_article(stub, lead, reuters)
    assert store.article(article_id).text == "Rivers rose."


def test_an_article_found_without_a_feed_is_credited_to_its_named_source(store):
    article_id, _ = store.save_article(article("https://blog.example/post", source_name="The Blog"), None, None)
    (source,) = store.sources()
    assert source.name == "The Blog" and source.article_count == 1
    assert store.article(article_id).source_homepage == "https://blog.example/"


def test_latest_articles_are_newest_first_falling_back_to_when_they_were_found(store, feeds):
    reuters, wire = feeds
    store.save_article(article("https://reuters.example/old", published=NOW - timedelta(days=2)), None, reuters)
    store.save_article(article("https://wire.example/undated"), None, wire)
    store.save_article(article("https://reuters.example/new", published=NOW - timedelta(hours=1)), None, reuters)

    assert [a.url for a in store.latest_articles()] == [
        "https://wire.example/undated",
        "https://reuters.example/new",
        "https://reuters.example/old",
    ]
    assert [a.url for a in store.latest_articles(limit=1, offset=1)] == ["https://reuters.example/new"]
    reuters_source = store.sources()[0].id
    assert [a.url for a in store.latest_articles(source_id=reuters_source)] == [
        "https://reuters.example/new",
        "https://reuters.example/old",
    ]


def test_times_come_back_as_utc_whatever_zone_they_were_given_in(store, feeds):
    reuters, _ = feeds
    paris = timezone(timedelta(hours=2))
    published = datetime(2024, 6, 1, 14, 30, tzinfo=paris)
    article_id, _ = store.save_article(article("https://reuters.example/a", published=published), None, reuters)

    stored = store.article(article_id)
    assert stored.published == published and stored.published.tzinfo == UTC
    assert stored.published.hour == 12
    assert stored.first_seen.tzinfo == UTC and abs(stored.first_seen - datetime.now(UTC)) < timedelta(minutes=1)
    assert store.latest_articles()[0].published.tzinfo == UTC


def test_workers_saving_the_same_article_at_once_store_it_once(store, feeds):
    reuters, wire = feeds
    barrier = threading.Barrier(8)
    results = []

    def save(n: int) -> None:
        barrier.wait()
        results.append(store.save_article(
            article(f"https://reuters.example/a?via={n}", canonical_url="https://reuters.example/a"),
            f"https://lead.example/{n}", reuters if n % 2 else wire))

    threads = [threading.Thread(target=save, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert len({article_id for article_id, _ in results}) == 1
    assert sorted(created for _, created in results) == [False] * 7 + [True]
    assert len(store.article(results[0][0]).urls) == 1 + 8 + 8
    assert store.integrity_check() == []


def test_a_crawl_saving_many_articles_at_once_gets_what_saving_them_one_by_one_gives(store, feeds):
    reuters, wire = feeds
    lead = "https://reuters.example/rss/9"
    stub = Article(url=lead, canonical_url=lead, title="Floods", error="timeout: no answer in 20 s")
    full = article("https://reuters.example/floods", title="Floods in the north", text="Rivers rose.")
    batch = [
        (article("https://reuters.example/a", content_hash="h1"), "https://reuters.example/rss/1", reuters),
        (article("https://reuters.example/b"), "https://reuters.example/rss/2", reuters),
        (article("https://mirror.example/a-copy", content_hash="h1"), "https://wire.example/go/1", wire),
        (stub, lead, reuters),
        (full, lead, reuters),
    ]

    results = store.save_articles(batch)

    a, b, copy, lead_only, page = results
    assert [created for _, created in results] == [True, True, False, True, False]
    assert copy[0] == a[0] and page[0] == lead_only[0]  # duplicates within one batch merge as they would alone
    assert store.count_articles() == 3
    assert store.article(page[0]).text == "Rivers rose." and store.article(page[0]).error is None
    assert set(store.article(a[0]).urls) >= {"https://mirror.example/a-copy",
                                               "https://wire.example/go/1", "https://reuters.example/rss/1"}
    assert store.save_articles(batch) == [(a[0], False), (b[0], False), (a[0], False),
                                          (lead_only[0], False), (lead_only[0], False)]
    assert store.count_articles() == 3 and store.save_articles([]) == []
    assert store.integrity_check() == []
