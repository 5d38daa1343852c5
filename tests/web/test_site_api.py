"""The JSON API: articles, sources and search, documented in /openapi.json."""

from __future__ import annotations

from datetime import timedelta

import pytest

from newsloom.model import Policy
from sitekit import NOW

FULL_TEXT = "\n".join(f"Paragraph {n}. " + " ".join(f"w{n}x{i}" for i in range(40)) for n in range(1, 6))


@pytest.fixture
def catalogue(newsroom):
    ids = {
        "open": newsroom.source("Open Gazette", policy=Policy.FULL),
        "harbour": newsroom.source("Harbour Times", policy=Policy.EXCERPT),
        "strict": newsroom.source("Strict Ledger", policy=Policy.HEADLINE),
    }
    ids["full"] = newsroom.publish("Open Gazette", "Full story", text=FULL_TEXT, published=NOW - timedelta(hours=1))
    ids["excerpt"] = newsroom.publish("Harbour Times", "Excerpt story", text=FULL_TEXT,
                                      published=NOW - timedelta(hours=2))
    ids["headline"] = newsroom.publish("Strict Ledger", "Headline story", text=FULL_TEXT,
                                       description="A summary.", published=NOW - timedelta(hours=3))
    newsroom.poll_failed("Strict Ledger", "server answered 503 Service Unavailable")
    return ids


def test_articles_are_listed_newest_first_with_their_source(client, catalogue):
    response = client.get("/api/v1/articles")

    assert response.status_code == 200
    body = response.json()
    assert [a["title"] for a in body] == ["Full story", "Excerpt story", "Headline story"]
    assert body[0]["source"] == {"id": catalogue["open"], "name": "Open Gazette",
                                 "homepage": "https://open-gazette.example/", "policy": "full"}
    assert [a["title"] for a in client.get("/api/v1/articles?limit=1&offset=1").json()] == ["Excerpt story"]
    only = client.get(f"/api/v1/articles?source_id={catalogue['strict']}").json()
    assert [a["title"] for a in only] == ["Headline story"]


def test_article_text_follows_the_source_policy(client, catalogue):
    full = client.get(f"/api/v1/articles/{catalogue['full']}").json()
    excerpt = client.get(f"/api/v1/articles/{catalogue['excerpt']}").json()
    headline = client.get(f"/api/v1/articles/{catalogue['headline']}").json()

    assert full["text"].split() == FULL_TEXT.split()
    assert excerpt["text"].startswith("Paragraph 1.") and "Paragraph 5." not in excerpt["text"]
    assert headline["text"] is None and headline["description"] is None
    assert full["urls"] == [full["url"]]
    assert full["published"].startswith(str((NOW - timedelta(hours=1)).date()))


def test_unknown_ids_and_bad_parameters_are_clear_errors(client, catalogue):
    missing = client.get("/api/v1/articles/999999")
    assert missing.status_code == 404 and missing.json() == {"detail": "No article with id 999999"}
    assert client.get("/api/v1/sources/999999").json() == {"detail": "No source with id 999999"}
    for path in ("/api/v1/articles?limit=0", "/api/v1/articles?limit=101", "/api/v1/articles?limit=ten",
                 "/api/v1/articles?offset=-1", "/api/v1/articles/abc", f"/api/v1/articles/{2**70}",
                 "/api/v1/search", "/api/v1/search?q=", f"/api/v1/articles?source_id={2**70}"):
        response = client.get(path)
        assert response.status_code == 422, path
        assert response.json()["detail"][0]["msg"], path


def test_sources_report_their_health(client, catalogue):
    sources = {s["name"]: s for s in client.get("/api/v1/sources").json()}

    assert list(sources) == ["Harbour Times", "Open Gazette", "Strict Ledger"]
    strict = sources["Strict Ledger"]
    assert strict["status"] == "failing"
    assert "503 Service Unavailable" in strict["last_error"]
    assert strict["channels"][0]["last_status"] == "error" and strict["channels"][0]["failures"] == 3
    assert sources["Harbour Times"]["status"] == "never fetched"
    assert sources["Harbour Times"]["article_count"] == 1
    one = client.get(f"/api/v1/sources/{catalogue['strict']}").json()
    assert one == strict


def test_search_returns_hits_with_marked_snippets(client, catalogue):
    hits = client.get("/api/v1/search?q=w1x3").json()

    assert {h["article"]["title"] for h in hits} == {"Full story", "Excerpt story", "Headline story"}
    marked = {h["article"]["title"]: h["snippet"] for h in hits}
    assert "<mark>" in marked["Full story"]
    assert marked["Headline story"] == "", "a headline-only source's text is not quoted"


def test_openapi_documents_every_endpoint(client):
    schema = client.get("/openapi.json").json()

    assert {"/api/v1/articles", "/api/v1/articles/{article_id}", "/api/v1/sources",
            "/api/v1/sources/{source_id}", "/api/v1/search", "/healthz"} <= set(schema["paths"])
    assert {"ArticleOut", "SourceOut", "SearchHitOut", "ErrorOut"} <= set(schema["components"]["schemas"])


def test_healthz_counts_articles(client, catalogue):
    assert client.get("/healthz").json() == {"status": "ok", "articles": 3}
