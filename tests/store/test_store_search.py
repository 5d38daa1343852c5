"""Searching articles: finds words in the text, ranks titles first, survives any input."""

from __future__ import annotations

import pytest

from newsloom.model import Article

HOSTILE = ['"', "AND (", "*", "NEAR(", "';drop table articles;--", "title:", "-", "a OR", "((", "^x", "'", "\\"]


@pytest.fixture
def newsroom(store, feeds):
    """Three stored articles; returns their ids by nickname."""
    reuters, wire = feeds
    stories = {
        "body": Article(
            url="https://reuters.example/harbour",
            canonical_url="https://reuters.example/harbour",
            title="Port traffic slows",
            text="Dockworkers said the glacier melt changed shipping lanes. The glacier retreat "
            "is also watched by fishermen, and the glacier, they said, is shrinking fast.",
        ),
        "title": Article(
            url="https://wire.example/glacier",
            canonical_url="https://wire.example/glacier",
            title="Glacier collapse in the Alps",
            text="A large part of the ice broke away on Tuesday; nobody was hurt.",
        ),
        "other": Article(
            url="https://wire.example/markets",
            canonical_url="https://wire.example/markets",
            title="Markets close higher",
            text="Shares rose in late trading <b>on hopes</b> of lower rates.",
        ),
    }
    return {name: store.save_article(a, None, reuters if name == "body" else wire)[0] for name, a in stories.items()}


def test_words_in_the_text_find_the_article(store, newsroom):
    hits = store.search("fishermen shipping")
    assert [h.article.id for h in hits] == [newsroom["body"]]
    assert hits[0].article.source_name == "Reuters"


def test_a_title_match_ranks_above_matches_in_the_text(store, newsroom):
    hits = store.search("glacier")
    assert [h.article.id for h in hits] == [newsroom["title"], newsroom["body"]]
    assert hits[0].rank > hits[1].rank


def test_the_snippet_marks_the_words_and_escapes_the_page_text(store, newsroom):
    store.save_article(
        Article(
            url="https://wire.example/xss",
            canonical_url="https://wire.example/xss",
            title="Strange page",
            text="Before <script>alert('x')</script> the tornado hit & damaged <i>roofs</i>.",
        ),
        None,
        None,
    )
    (hit,) = store.search("tornado")
    assert "<script>" not in hit.snippet and "&lt;script&gt;" in hit.snippet
    assert "<mark>tornado</mark>" in hit.snippet
    assert "&amp;" in hit.snippet and "<i>" not in hit.snippet


def test_the_snippet_is_a_window_around_the_first_match(store, feeds):
    words = [f"filler{n}" for n in range(200)]
    words[120] = "Earthquake"
    store.save_article(
        Article(url="https://x.example/q", canonical_url="https://x.example/q", title="Report", text=" ".join(words)),
        None,
        None,
    )
    (hit,) = store.search("earthquake")
    assert hit.snippet.startswith("… ") and hit.snippet.endswith(" …")
    assert "<mark>Earthquake</mark>" in hit.snippet
    assert 20 <= len(hit.snippet.split()) <= 35
    assert "filler0 " not in hit.snippet


def test_hostile_or_empty_queries_return_results_not_errors(store, newsroom):
    for query in HOSTILE + ["", "   ", "glacier AND (", 'glacier "', "NEAR(glacier", "glacier*"]:
        hits = store.search(query)
        assert isinstance(hits, list), query
    assert store.search("") == [] and store.search("   ") == [] and store.search("*") == []
    assert {h.article.id for h in store.search('glacier "')} == {newsroom["title"], newsroom["body"]}
    assert store.count_articles() == 3


def test_text_that_arrives_later_becomes_searchable(store, feeds):
    reuters, _ = feeds
    lead = "https://reuters.example/lead"
    stub = Article(url=lead, canonical_url=lead, title="Election night", error="timeout: no answer")
    store.save_article(stub, lead, reuters)
    assert store.search("turnout") == []

    full = Article(url=lead, canonical_url=lead, title="Election night", text="Turnout reached a record high.")
    store.save_article(full, lead, reuters)
    assert [h.article.title for h in store.search("turnout")] == ["Election night"]


def test_results_page_through_with_limit_and_offset(store, feeds):
    for n in range(5):
        url = f"https://x.example/{n}"
        store.save_article(Article(url=url, canonical_url=url, title=f"Volcano update {n}"), None, None)
    first, second = store.search("volcano", limit=3), store.search("volcano", limit=3, offset=3)
    assert len(first) == 3 and len(second) == 2
    assert not {h.article.id for h in first} & {h.article.id for h in second}


def test_the_last_word_matches_as_a_prefix_on_sqlite(store, newsroom, database_url):
    if not database_url.startswith("sqlite"):
        pytest.skip("PostgreSQL's websearch_to_tsquery matches whole words only")
    assert [h.article.id for h in store.search("market")] == [newsroom["other"]]
    (hit,) = store.search("shares trad")
    assert hit.snippet == "<mark>Shares</mark> rose in late <mark>trading</mark> &lt;b&gt;on hopes&lt;/b&gt; of lower rates."
